"""Running GUI-exported workflows on a real server: the spec's example, batches, failures,
cancel, retry, the library, and every default workflow of the server."""

from __future__ import annotations

import asyncio
import re
import struct
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import (
    AsyncInvokeAIClient,
    InvokeAIClient,
    JobCanceledError,
    JobFailedError,
    NotFoundError,
    UnprocessableEntityError,
    UnsupportedByServerError,
)
from invokeai_py_client.workflow import (
    WorkflowDefinition,
    WorkflowHandle,
    WorkflowValidationError,
)

WORKFLOWS = Path(__file__).parent / "workflows"
FORM = WORKFLOWS / "blank_blur_save_form.json"
EXPOSED = WORKFLOWS / "sum_width_crop_exposed.json"
# On the server's machine (loopback); the same path in every run, so that cassettes match.
PROMPTS = Path("/tmp/invokeai-py-client-tests/prompts.txt")
FAKE_MODEL = {
    "key": "no-such-model",
    "hash": "blake3:0",
    "name": "Ghost",
    "base": "sd-1",
    "type": "main",
}


@pytest.fixture
def wf_client(client: InvokeAIClient, server_openapi: dict[str, Any]) -> InvokeAIClient:
    client.workflow_repo.load_node_schemas(server_openapi)
    return client


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.smoke
def test_spec_example_end_to_end(wf_client: InvokeAIClient) -> None:
    client = wf_client
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    labels = [f"[{inp.input_index:02d}] {inp.label or inp.field_name}" for inp in wf.list_inputs()]
    assert labels[0] == "[00] Width"
    field = wf.get_input_value(0)
    if hasattr(field, "value"):
        field.value = 80
    submission = wf.submit_sync()
    assert len(submission.item_ids) == 1
    queue_item = wf.wait_for_completion_sync(timeout=180)
    mapped = {m["node_id"]: m.get("image_names") for m in wf.map_outputs_to_images(queue_item)}
    assert set(mapped) == {"save"}  # blank and blur are intermediate: not outputs
    assert len(mapped["save"]) == 1
    every = wf.map_outputs_to_images(queue_item, include_intermediates=True)
    assert [(m["node_id"], m["is_intermediate"], m["tier"]) for m in every] == [
        ("blank", True, "intermediate"),
        ("blur", True, "intermediate"),
        ("save", False, "output"),
    ]
    [save] = [m for m in every if m["node_id"] == "save"]
    [board_input] = [i for i in wf.list_inputs() if (i.node_id, i.field_name) == ("save", "board")]
    assert save["board_id"] == "none" and save["input_index"] == board_input.input_index
    data = client.board_repo.get_board_handle("none").download_image(mapped["save"][0])
    assert png_size(data) == (80, 48)


def test_a_batch_of_values_makes_one_image_per_value(wf_client: InvokeAIClient) -> None:
    wf = wf_client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    batch = wf.submit_sync(batch_values={"Width": [16, 24, 32]})
    assert batch.enqueued == 3 and len(batch.item_ids) == 3
    items = wf.wait_for_batch_sync(timeout=180)
    widths = sorted(
        png_size(wf_client.board_repo.get_board_handle("none").download_image(name))[0]
        for item in items
        for name in wf.map_outputs_to_images(item)[-1]["image_names"]
    )
    assert widths == [16, 24, 32]


def test_workflow_without_form_runs_with_edges_feeding_values(wf_client: InvokeAIClient) -> None:
    wf = wf_client.workflow_repo.create_workflow(WorkflowDefinition.from_file(EXPOSED))
    wf.get_input_value("Extra width").value = 40  # 40 + 40 = 80 wide, then cropped to 16
    wf.submit_sync()
    item = wf.wait_for_completion_sync(timeout=120)
    assert [o["node_id"] for o in wf.map_outputs_to_images(item)] == ["crop"]
    outputs = wf.map_outputs_to_images(item, include_intermediates=True)
    board = wf_client.board_repo.get_board_handle("none")
    sizes = {o["node_id"]: png_size(board.download_image(o["image_names"][0])) for o in outputs}
    assert sizes == {"blank": (80, 32), "crop": (16, 16)}


def _default_text_to_image(client: InvokeAIClient) -> WorkflowHandle:
    listed = client.workflow_repo.list_workflows(categories=["default"], query="SD1.5", per_page=50)
    record = next(w for w in listed.items if w.name == "Text to Image - SD1.5")
    definition = client.workflow_repo.get_workflow_definition(record.workflow_id)
    return client.workflow_repo.create_workflow(definition)


def test_a_failing_workflow_raises_the_servers_error(wf_client: InvokeAIClient) -> None:
    wf = _default_text_to_image(wf_client)
    model_input = next(i for i in wf.list_inputs() if i.field_name == "model")
    model_input.field.value = FAKE_MODEL
    wf.get_input_value(("7d8bf987-284f-413a-b2fd-d825445a5d6c", "prompt")).value = "a fox"
    wf.submit_sync()
    with pytest.raises(JobFailedError) as failed:
        wf.wait_for_completion_sync(timeout=120)
    assert failed.value.error_type  # the server's exception class
    assert "no-such-model" in (failed.value.error_message or "")
    assert "no-such-model" in str(failed.value)
    assert failed.value.queue_item is not None and failed.value.queue_item.status.value == "failed"


@pytest.mark.destructive  # pauses the queue
def test_cancel_a_waiting_batch(wf_client: InvokeAIClient) -> None:
    queue = wf_client.queue_repo
    wf = wf_client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    queue.pause()
    try:
        batch = wf.submit_sync(runs=2)
        assert batch.cancel() == 2
    finally:
        queue.resume()
    with pytest.raises(JobCanceledError) as canceled:
        batch.wait(timeout=60)
    assert canceled.value.item_id == batch.item_ids[0]


def test_retry_a_failed_item(wf_client: InvokeAIClient, server_version: str) -> None:
    wf = _default_text_to_image(wf_client)
    next(i for i in wf.list_inputs() if i.field_name == "model").field.value = FAKE_MODEL
    wf.get_input_value(("7d8bf987-284f-413a-b2fd-d825445a5d6c", "prompt")).value = "a fox"
    first = wf.submit_sync()
    with pytest.raises(JobFailedError):
        first.wait(timeout=120)
    if not wf_client.server_version.at_least("6.0.0"):
        with pytest.raises(UnsupportedByServerError, match="needs InvokeAI"):
            wf_client.queue_repo.retry_items(first.item_ids)
        return
    [retried] = wf_client.queue_repo.retry_items(first.item_ids)
    assert retried.item_id != first.item_ids[0]
    with pytest.raises(JobFailedError) as again:
        retried.wait(timeout=120)
    assert again.value.queue_item.retried_from_item_id == first.item_ids[0]


def with_placeholder_models(definition: WorkflowDefinition, client: InvokeAIClient) -> Any:
    """The workflow with every empty required model input set to a model that does not exist
    (the server checks at enqueue that such inputs are there, and at run time what they name)."""
    nodes = client.workflow_repo._schemas.nodes
    data = definition.to_dict()
    connected = definition.connected_inputs()
    for node in data["nodes"]:
        if node.get("type") != "invocation":
            continue
        schema = nodes.get(node["data"]["type"])
        if schema is None:
            continue  # an unknown type: create_workflow names it
        for name, field in schema.fields.items():
            entry = node["data"]["inputs"].setdefault(name, {"name": name, "label": ""})
            if entry.get("value") or (node["data"]["id"], name) in connected:
                continue
            if field.kind == "model" and field.required:
                entry["value"] = FAKE_MODEL
            elif name == "file_path":  # prompt_from_file checks at enqueue that the file exists
                PROMPTS.parent.mkdir(parents=True, exist_ok=True)
                PROMPTS.write_text("a red fox\na blue bird\n")
                entry["value"] = str(PROMPTS)
    return WorkflowDefinition.from_dict(data)


@pytest.mark.destructive  # pauses the queue
def test_every_default_workflow_is_accepted_at_enqueue(wf_client: InvokeAIClient) -> None:
    repo, queue = wf_client.workflow_repo, wf_client.queue_repo
    defaults = repo.list_workflows(categories=["default"], per_page=100).items
    assert defaults
    stale: dict[str, str] = {}
    accepted = 0
    queue.pause()
    try:
        for record in defaults:
            definition = with_placeholder_models(
                repo.get_workflow_definition(record.workflow_id), wf_client
            )
            try:
                wf = repo.create_workflow(definition)
            except WorkflowValidationError as exc:
                # A default workflow using a node type this very server no longer has: it
                # cannot run anywhere; the server refuses such a node too.
                [missing] = re.findall(r"has type '([^']+)'", str(exc))
                stale[record.name] = missing
                lone = {"graph": {"nodes": {"n": {"id": "n", "type": missing}}, "edges": []}}
                with pytest.raises(UnprocessableEntityError, match=missing):
                    queue.enqueue_batch(lone)
                continue
            # Accepted at enqueue (a 422 would raise here); running would then fail for lack of
            # models, as test_a_failing_workflow_raises_the_servers_error shows.
            batch = queue.enqueue_batch(wf.build_batch())
            assert batch.enqueued >= 1, record.name
            accepted += 1
            queue.cancel_batches([batch.batch_id])
    finally:
        queue.resume()
    # 6.14.2 ships three defaults with the removed canny_image_processor node: the server
    # refuses them as well (checked above); every other default is accepted.
    assert accepted == len(defaults) - len(stale) and accepted > len(stale), stale


def test_library_create_get_update_delete(wf_client: InvokeAIClient) -> None:
    repo = wf_client.workflow_repo
    saved = repo.save_workflow(WorkflowDefinition.from_file(FORM))
    try:
        assert repo.get_workflow(saved.workflow_id).name == "Blank, blur, save (form)"
        found = repo.list_workflows(categories=["user"], query="Blank, blur").items
        assert saved.workflow_id in [w.workflow_id for w in found]
        changed = WorkflowDefinition.from_file(FORM).to_dict() | {"name": "Renamed in a test"}
        repo.update_workflow(saved.workflow_id, WorkflowDefinition.from_dict(changed))
        loaded = repo.get_workflow_definition(saved.workflow_id)
        assert loaded.name == "Renamed in a test" and len(loaded.nodes) == 3
    finally:
        repo.delete_workflow(saved.workflow_id)


def test_images_carry_the_workflow_that_made_them(wf_client: InvokeAIClient) -> None:
    wf = wf_client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    wf.submit_sync()
    [save] = [
        m
        for m in wf.map_outputs_to_images(wf.wait_for_completion_sync(timeout=120))
        if m["node_id"] == "save"
    ]
    embedded = wf_client.workflow_repo.get_workflow_from_image(save["image_names"][0])
    assert embedded.name == "Blank, blur, save (form)"
    assert [n.id for n in embedded.nodes] == ["blank", "blur", "save"]


async def test_concurrent_async_workflows_do_not_interfere(
    aclient: AsyncInvokeAIClient, server_openapi: dict[str, Any]
) -> None:
    aclient.workflow_repo.load_node_schemas(server_openapi)
    handles = []
    for width in (20, 30):
        wf = await aclient.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
        wf.get_input_value("Width").value = width
        await wf.submit()
        handles.append(wf)
    seen: dict[int, list[str]] = {0: [], 1: []}
    items = await asyncio.gather(
        *(
            wf.wait_for_completion(
                timeout=120, progress_callback=lambda e, i=i: seen[i].append(type(e).__name__)
            )
            for i, wf in enumerate(handles)
        )
    )
    assert [item.status.value for item in items] == ["completed", "completed"]
    assert items[0].item_id != items[1].item_id
    # Each waiter saw only its own item's events.
    for i, wf in enumerate(handles):
        assert seen[i].count("InvocationCompleteEvent") <= 3
        assert all(
            getattr(item, "item_id", None) in (None, wf._submitted().item_ids[0])
            for item in [items[i]]
        )


def test_an_unknown_board_is_refused_before_anything_is_enqueued(wf_client: InvokeAIClient) -> None:
    wf = wf_client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    before = wf_client.queue_repo.get_status().queue.total
    with pytest.raises(NotFoundError, match="board 'no-such-board' does not exist"):
        wf.submit_sync(board_id="no-such-board")
    assert wf.batch is None
    assert wf_client.queue_repo.get_status().queue.total == before
