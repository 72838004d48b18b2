"""The queue repository on a real server: status, reading items, cancelling in every way,
pruning, clearing, pausing (each server line; what a line lacks raises the clear error)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import InvalidInputError, InvokeAIClient, UnsupportedByServerError

GRAPHS = Path(__file__).parent / "graphs"


def g1(destination: str | None = None) -> dict[str, Any]:
    batch = dict(json.loads((GRAPHS / "g1_blank_blur_resize_save.json").read_text())["batch"])
    if destination is not None:
        batch["destination"] = destination
    return batch


@pytest.mark.smoke
def test_status_and_items_of_a_finished_batch(client: InvokeAIClient) -> None:
    queue = client.queue_repo
    batch = queue.enqueue_batch(g1())
    [item] = batch.wait(timeout=60)
    assert queue.get_item(item.item_id).status.value == "completed"
    status = queue.get_status()
    assert status.processor.is_started is True and status.queue.completed >= 1
    counts = batch.status()
    assert (counts.completed, counts.total) == (1, 1)
    job = queue.get_job(item.item_id)
    assert job.status() == "completed" and len(job.image_names()) == 4
    assert list(job.outputs()) == ["blank", "blur", "resize", "save"]


@pytest.mark.destructive
def test_cancel_an_item_and_cancel_all_but_the_current(client: InvokeAIClient) -> None:
    queue = client.queue_repo
    queue.pause()
    try:
        first = queue.enqueue_batch({**g1(), "runs": 3})
        canceled = first.jobs()[0].cancel()
        assert canceled.status.value == "canceled"
        if client.server_version.at_least("5.6.1"):
            assert queue.cancel_all_except_current() == 2
        else:
            with pytest.raises(UnsupportedByServerError, match="cancel_all_except_current"):
                queue.cancel_all_except_current()
            assert queue.cancel_batches([first.batch_id]) == 2
    finally:
        queue.resume()
    items = first.wait(timeout=60, raise_on_failure=False)
    assert [i.status.value for i in items] == ["canceled"] * 3


@pytest.mark.destructive
def test_cancel_by_destination(client: InvokeAIClient) -> None:
    queue = client.queue_repo
    if not client.server_version.at_least("5.0.0"):
        with pytest.raises(UnsupportedByServerError, match="destination"):
            queue.cancel_by_destination("py-client-test")
        return
    queue.pause()
    try:
        batch = queue.enqueue_batch(g1(destination="py-client-test"))
        assert queue.cancel_by_destination("py-client-test") == 1
    finally:
        queue.resume()
    assert batch.wait(timeout=60, raise_on_failure=False)[0].status.value == "canceled"


@pytest.mark.destructive
def test_prune_and_clear(client: InvokeAIClient) -> None:
    queue = client.queue_repo
    queue.enqueue_batch(g1()).wait(timeout=60)
    assert queue.prune() >= 1
    assert queue.get_status().queue.completed == 0
    queue.pause()
    try:
        queue.enqueue_batch({**g1(), "runs": 2})
        assert queue.clear() == 2
        assert queue.get_status().queue.pending == 0
    finally:
        queue.resume()


@pytest.mark.smoke
def test_listing_and_deleting_items_needs_6_0(client: InvokeAIClient) -> None:
    queue = client.queue_repo
    batch = queue.enqueue_batch(g1(destination="listed"))
    batch.wait(timeout=60)
    if not client.server_version.at_least("6.0.0"):
        with pytest.raises(UnsupportedByServerError, match=r"needs InvokeAI 6\.0\.0"):
            queue.list_items()
        with pytest.raises(UnsupportedByServerError):
            queue.delete_item(batch.item_ids[0])
        return
    listed = queue.list_items(destination="listed")
    assert batch.item_ids[0] in [item.item_id for item in listed]
    queue.delete_item(batch.item_ids[0])
    assert batch.item_ids[0] not in [item.item_id for item in queue.list_items()]


def test_bad_arguments_are_refused_before_sending() -> None:
    with InvokeAIClient(host="127.0.0.1", port=1) as offline:
        queue = offline.queue_repo
        with pytest.raises(InvalidInputError, match="item_id"):
            queue.get_item(0)
        with pytest.raises(InvalidInputError, match="runs"):
            queue.enqueue_batch({**g1(), "runs": 0})
        with pytest.raises(InvalidInputError, match="graph node 'x'"):
            queue.enqueue_batch({"graph": {"nodes": {"x": {"id": "y", "type": "add"}}}})
        with pytest.raises(InvalidInputError, match="batch_ids"):
            queue.cancel_batches([])
