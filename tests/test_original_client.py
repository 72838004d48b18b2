"""The original client (CodeGandee's invokeai-py-client 1.1.1) as its users wrote against it.

* Its public surface, walked from ``tests/data/original-surface-1.1.1.json`` (made from its 1.1.1
  tag by ``scripts/original_surface.py``): every module path imports, and each of its classes
  and functions, methods and properties and parameter names is here, but for the gaps listed in
  ``tests/data/original-surface-gaps.txt``; the walk fails on a miss not listed there and on a
  listed gap that is no longer one (so the list only shrinks).
* Its own model-free tests (``tests/test_board_delete.py``, ``test_delete_image_by_name.py``,
  ``test_move_image_to_board.py``, ``test_quick_copy_image_to_board.py`` of its repository),
  their assertions ported here against recordings of each line (its tests read a live server
  and an image that must already be on it; these make their own).
* The methods its users call that this client lacked (``client.list_jobs``,
  ``job.is_complete``, ``board_repo.get_image_by_name``, ``move_image_to_board_by_name``...).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import InvokeAIClient, UnsupportedByServerError
from invokeai_py_client.board.board_handle import BoardHandle
from invokeai_py_client.quick.quick_client import QuickClient
from invokeai_py_client.workflow import WorkflowDefinition
from scripts.png import make_png
from tests._original_surface import walk

GAPS = Path(__file__).resolve().parent / "data" / "original-surface-gaps.txt"
FORM = Path(__file__).resolve().parent / "workflows" / "blank_blur_save_form.json"


def _listed_gaps() -> set[str]:
    lines = GAPS.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


# ------------------------------------------------------------------------------ the surface
def test_the_original_surface_is_here_but_for_the_listed_gaps() -> None:
    found = walk()
    misses = set(found.misses)
    gaps = _listed_gaps()
    assert not found.modules_missing, found.modules_missing  # every module path imports
    assert sorted(misses - gaps) == [], "missing from the original's surface, and not listed"
    assert sorted(gaps - misses) == [], "listed as gaps, but here now: remove them from the list"


def test_the_original_module_paths_re_export_our_objects() -> None:
    from invokeai_py_client import InvokeAIClient as ours
    from invokeai_py_client.client import InvokeAIClient
    from invokeai_py_client.errors import APIStatusError, NotFoundError
    from invokeai_py_client.exceptions import APIError, ResourceNotFoundError
    from invokeai_py_client.queue import QueueRepository as our_queue
    from invokeai_py_client.queue.queue_repo import QueueRepository

    assert InvokeAIClient is ours and QueueRepository is our_queue
    assert APIError is APIStatusError and ResourceNotFoundError is NotFoundError


# --------------------------------------------------- the original's own model-free tests, ported
@pytest.fixture
def uploaded(client: InvokeAIClient) -> Iterator[str]:
    """An uncategorized image (the original's tests expect one on the server already)."""
    image = client.board_repo.get_uncategorized_handle().upload_image_data(
        make_png(24, 16, (200, 10, 10)), "original-client.png"
    )
    yield image.image_name
    client.board_repo.get_uncategorized_handle().delete_image(image.image_name)


def test_delete_board_by_name(client: InvokeAIClient) -> None:  # its test_board_delete.py
    repo = client.board_repo
    repo.create_board("original-delete-me")
    boards = repo.get_boards_by_name("original-delete-me")
    assert boards, "Board 'original-delete-me' not found"
    for board in boards:
        assert repo.delete_board(board.board_id), f"Failed to delete board id={board.board_id}"
    assert repo.get_boards_by_name("original-delete-me") == []


def test_delete_image_by_name(client: InvokeAIClient) -> None:  # its test_delete_image_by_name.py
    repo = client.board_repo
    name = (
        repo.get_uncategorized_handle()
        .upload_image_data(make_png(8, 8, (1, 2, 3)), "delete-me.png")
        .image_name
    )
    exact = repo.get_image_by_name(name)
    assert exact is not None, f"Image not found on server: {name}"
    handle = repo.get_board_handle(repo.get_image_current_board_id(name) or "none")
    assert handle.delete_image(exact.image_name) is True
    assert handle.delete_image(exact.image_name) is False
    assert repo.get_image_by_name(name) is None


def test_move_image_to_board(client: InvokeAIClient, uploaded: str) -> None:  # its Task 1
    repo = client.board_repo
    handle = repo.get_board_handle_by_name("original-mytest") or repo.create_board(
        "original-mytest"
    )
    target = handle.board_id
    try:
        assert repo.get_image_by_name(uploaded) is not None
        current = repo.get_image_current_board_id(uploaded) or "none"
        assert current == "none"
        assert repo.get_board_handle(current).move_image_to(uploaded, target)
        assert uploaded in repo.get_board_handle(target).list_images()
        assert repo.get_image_current_board_id(uploaded) == target
        image = repo.get_image_by_name(uploaded)
        assert image is not None and image.board_id == target
    finally:
        repo.get_board_handle(target).remove_image(uploaded)
        repo.delete_board(target)


def test_quick_copy_image_to_board(client: InvokeAIClient, uploaded: str) -> None:  # its Task 2
    repo = client.board_repo
    qc = QuickClient(client)
    handle = repo.get_board_handle_by_name("original-quickcopy") or repo.create_board(
        "original-quickcopy"
    )
    target = handle.board_id
    try:
        copied = qc.copy_image_to_board(uploaded, target)
        assert copied is not None, "Copy operation returned None (no image produced)"
        assert copied.board_id == target
        assert copied.image_name in repo.get_board_handle(target).list_images()
        assert uploaded in repo.get_uncategorized_handle().list_image_names()  # a copy: kept
    finally:
        repo.delete_board(target, delete_images=True)


# ------------------------------------------------- the methods its users call that were missing
def test_move_image_to_board_by_name_creates_the_board(
    client: InvokeAIClient, uploaded: str
) -> None:
    repo = client.board_repo
    assert repo.get_boards_by_name("original-by-name") == []
    assert repo.move_image_to_board_by_name(uploaded, "original-by-name") is True
    [board] = repo.get_boards_by_name("original-by-name")
    try:
        assert repo.get_image_current_board_id(uploaded) == board.board_id
        assert repo.move_image_to_board_by_name("no-such-image.png", "original-by-name") is False
    finally:
        repo.get_board_handle(board.board_id).remove_image(uploaded)
        repo.delete_board(board.board_id)


@pytest.fixture
def finished_job(client: InvokeAIClient, server_openapi: dict[str, Any]) -> Any:
    client.workflow_repo.load_node_schemas(server_openapi)
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    batch = wf.submit_sync()
    wf.wait_for_completion_sync(timeout=120)
    return client.queue_repo.get_job(batch.item_ids[0])


def test_a_job_says_whether_it_is_complete(client: InvokeAIClient, finished_job: Any) -> None:
    assert finished_job.is_complete() and finished_job.is_successful()
    assert not finished_job.is_pending() and not finished_job.is_running()
    assert not finished_job.is_failed() and not finished_job.is_canceled()
    status = client.queue_repo.get_status()
    assert status.queue.completed >= 1


@pytest.mark.invokeai_versions(since="6.0.0")
def test_list_jobs_lists_the_queue_items_as_jobs(client: InvokeAIClient, finished_job: Any) -> None:
    completed = client.list_jobs(status="completed")
    assert str(finished_job.item_id) in [job.id for job in completed]
    assert all(job.status == "completed" for job in completed)
    assert len(client.list_jobs(limit=1)) == 1


@pytest.mark.invokeai_versions(before="6.0.0")
def test_list_jobs_needs_6_0(client: InvokeAIClient) -> None:
    with pytest.raises(UnsupportedByServerError, match="listing every queue item"):
        client.list_jobs()


def test_board_handle_facade_is_our_handle() -> None:
    from invokeai_py_client.board import BoardHandle as ours

    assert BoardHandle is ours
