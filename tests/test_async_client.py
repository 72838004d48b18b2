"""The async client on real servers (recorded per line): boards and images with paging, the
queue with awaited waits and coroutine progress, workflows and the library, models; and the
blocking twin's paging over the same listings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from invokeai_py_client import AsyncInvokeAIClient, AsyncPage, InvokeAIClient, Page
from invokeai_py_client.board import AsyncBoardHandle
from invokeai_py_client.events import Event, event_name
from invokeai_py_client.workflow import WorkflowDefinition
from scripts.png import make_png

WORKFLOWS = Path(__file__).resolve().parent / "workflows"
FORM = WORKFLOWS / "blank_blur_save_form.json"
GRAPHS = Path(__file__).resolve().parent / "graphs"


async def _upload(handle: AsyncBoardHandle, width: int, name: str) -> str:
    dto = await handle.upload_image_data(make_png(width, 8, (200, 10, 30)), name)
    return dto.image_name


async def test_async_boards_images_and_paging(aclient: AsyncInvokeAIClient, tmp_path: Path) -> None:
    assert await aclient.health_check()
    repo = aclient.board_repo
    board = await repo.create_board("async client board")
    try:
        handle = repo.get_board_handle(board.board_id)
        names = [await _upload(handle, 8 + i, f"a{i}.png") for i in range(3)]
        first = await handle.list_image_dtos(limit=2, starred_first=False)
        assert isinstance(first, AsyncPage) and len(first) == 2 and first.total == 3
        assert first.has_next_page()
        second = await first.next_page()
        assert second is not None and len(second) == 1 and not second.has_next_page()
        assert await second.next_page() is None
        paged = [dto.image_name for dto in first] + [dto.image_name for dto in second]
        assert sorted(paged) == sorted(names)
        walked = [dto.image_name async for dto in handle.iter_images(page_size=2)]
        assert sorted(walked) == sorted(names)
        assert sorted(await handle.list_image_names()) == sorted(names)

        path = await handle.download_image_to(names[0], tmp_path)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        await handle.star_images([names[1]])
        assert (await handle.get_image(names[1])).starred is True
        await handle.move_image(names[2], "none")
        assert sorted(await handle.list_image_names()) == sorted(names[:2])
        renamed = await repo.rename_board(board.board_id, "async renamed")
        assert renamed.board_name == "async renamed"
        assert board.board_id in [b.board_id for b in await repo.list_boards()]
        await aclient.board_repo.get_board_handle("none").delete_image(names[2])
    finally:
        await repo.delete_board_result(board.board_id, delete_images=True)


async def test_async_queue_waits_with_coroutine_progress(aclient: AsyncInvokeAIClient) -> None:
    import json

    batch_doc = json.loads((GRAPHS / "g1_blank_blur_resize_save.json").read_text())["batch"]
    seen: list[str] = []

    async def on_progress(event: Event) -> None:
        seen.append(event_name(event))

    batch = await aclient.queue_repo.enqueue_batch({**batch_doc, "runs": 2})
    items = await batch.wait(timeout=120, on_progress=on_progress)
    assert [item.status.value for item in items] == ["completed", "completed"]
    assert seen.count("queue_item_status_changed") >= 2
    job = batch.jobs()[0]
    assert (await job.status()) == "completed"
    assert len(await job.image_names()) >= 1
    counts = await batch.status()
    assert counts.completed == 2
    status = await aclient.queue_repo.get_status()
    assert status.queue.pending == 0


async def test_async_workflow_run_and_library_paging(
    aclient: AsyncInvokeAIClient, server_openapi: dict[str, Any], server_version: str
) -> None:
    aclient.workflow_repo.load_node_schemas(server_openapi)
    wf = await aclient.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    wf.set_input_value("Width", 24)
    await wf.submit()
    item = await wf.wait_for_completion(timeout=120)
    outputs = {o["node_id"]: o["image_names"] for o in wf.map_outputs_to_images(item)}
    assert len(outputs["save"]) == 1
    images = await wf.download_output_images(item)
    assert images["save"][0][:4] == b"\x89PNG"

    first = await aclient.workflow_repo.list_workflows(categories=["default"], per_page=4)
    assert len(first) == 4 and first.total > 4
    second = await first.next_page()
    assert second is not None
    assert {w.workflow_id for w in first}.isdisjoint(w.workflow_id for w in second)
    every = [w async for w in aclient.workflow_repo.iter_workflows(categories=["default"])]
    assert len(every) == first.total


async def test_async_models_and_server_version(aclient: AsyncInvokeAIClient) -> None:
    version = await aclient.get_server_version()
    assert str(version).count(".") == 2
    models = await aclient.dnn_model_repo.list_models()
    assert isinstance(models, list)
    starters = await aclient.dnn_model_repo.get_starter_models()
    assert len(starters.starter_models) > 0


def test_blocking_paging_over_images_and_the_library(client: InvokeAIClient) -> None:
    repo = client.board_repo
    board = repo.create_board("paging board")
    try:
        handle = repo.get_board_handle(board.board_id)
        names = [
            handle.upload_image_data(make_png(8 + i, 8, (1, 2, 3)), f"p{i}.png").image_name
            for i in range(3)
        ]
        page = handle.list_image_dtos(limit=2)
        assert isinstance(page, Page) and len(page) == 2 and page.total == 3
        rest = page.next_page()
        assert rest is not None and len(rest) == 1 and not rest.has_next_page()
        assert rest.next_page() is None  # past the end: None, so `while page is not None` ends
        assert sorted(d.image_name for d in handle.iter_images(page_size=2)) == sorted(names)
        assert sorted(d.image_name for d in page.auto_paging()) == sorted(names)
    finally:
        repo.delete_board_result(board.board_id, delete_images=True)
    library = client.workflow_repo.list_workflows(categories=["default"], per_page=5)
    assert [w.name for w in library] == [w.name for w in library.items]
    walked = list(client.workflow_repo.iter_workflows(categories=["default"], per_page=5))
    assert len(walked) == library.total
