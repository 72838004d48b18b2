"""A user's script, type-checked with `mypy --strict` against the installed wheel (never run):
the types of the main calls of both clients must reach the user, none of them `Any`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, assert_type

from invokeai_api.models import (
    BoardDTO,
    DeleteBoardResult,
    ImageDTO,
    SessionQueueAndProcessorStatus,
    SessionQueueItem,
    WorkflowRecordListItemWithThumbnailDTO,
)

from invokeai_py_client import (
    AsyncInvokeAIClient,
    AsyncPage,
    InvokeAIClient,
    InvokeAIError,
    NotFoundError,
    Page,
)
from invokeai_py_client.board import AsyncBoardHandle, BoardHandle
from invokeai_py_client.dnn_model import (
    AsyncModelInstJobHandle,
    DnnModel,
    ModelConfig,
    ModelInstJobHandle,
    ModelInstJobInfo,
)
from invokeai_py_client.events import ConnectionGap, Event
from invokeai_py_client.ivk_fields import IvkStringField
from invokeai_py_client.models import IvkImage
from invokeai_py_client.notebook import (
    FullImage,
    Gallery,
    ImagePreview,
    InputsTable,
    NotebookProgress,
    progress,
    show,
)
from invokeai_py_client.queue import AsyncBatchHandle, AsyncJobHandle, BatchHandle, JobHandle
from invokeai_py_client.quick import AsyncQuickClient, QuickClient
from invokeai_py_client.workflow import (
    AsyncWorkflowHandle,
    Field,
    OutputMapping,
    WorkflowDefinition,
    WorkflowHandle,
)


def blocking(
    client: InvokeAIClient, definition: WorkflowDefinition, graph: dict[str, object]
) -> None:
    assert_type(client.health_check(), bool)
    boards = client.board_repo.list_boards()
    assert_type(boards, list[BoardDTO])
    assert_type(boards[0].board_name, str)
    assert_type(client.board_repo.create_board("x"), BoardHandle)
    assert_type(client.board_repo.create_board("x").board_name, str | None)
    assert_type(client.board_repo.get_board_by_id("x"), BoardDTO | None)
    assert_type(client.board_repo.delete_board("id"), bool)
    assert_type(client.board_repo.delete_board_result("id"), DeleteBoardResult)
    handle = client.board_repo.get_board_handle("none")
    assert_type(handle, BoardHandle)
    page = handle.list_image_dtos(limit=10)
    assert_type(page, Page[ImageDTO])
    assert_type(page.next_page(), Page[ImageDTO] | None)
    for image in handle.iter_images():
        assert_type(image, ImageDTO)
    assert_type(handle.upload_image(Path("a.png")), IvkImage)
    assert_type(handle.delete_image("a.png"), bool)
    assert_type(handle.list_images(limit=5, search_term="fox"), list[str])
    assert_type(handle.download_image_to("a.png", Path(".")), Path)
    assert_type(handle.download_image("a.png"), bytes)

    batch = client.queue_repo.enqueue_batch({"graph": graph})
    assert_type(batch, BatchHandle)
    assert_type(batch.wait(timeout=1), list[SessionQueueItem])
    job = batch.jobs()[0]
    assert_type(job, JobHandle)
    assert_type(job.wait(), SessionQueueItem)
    assert_type(client.queue_repo.get_status(), SessionQueueAndProcessorStatus)

    wf = client.workflow_repo.create_workflow(definition)
    assert_type(wf, WorkflowHandle)
    assert_type(wf.get_input_value(0), Field)
    assert_type(wf.submit_sync(), BatchHandle)
    assert_type(wf.submit_sync(board_id="b", runs=2), BatchHandle)
    # Misspelt keywords are type errors (an unused ignore would fail this check under --strict).
    wf.submit_sync(bord_id="b")  # type: ignore[call-arg]
    InvokeAIClient(hedaers={"x": "y"})  # type: ignore[call-arg]
    InvokeAIClient.from_url("http://localhost:9090", tiemout=3)  # type: ignore[call-arg]
    item = wf.wait_for_completion_sync(timeout=1)
    assert_type(item, SessionQueueItem)
    outputs = wf.map_outputs_to_images(item)
    assert_type(outputs, list[OutputMapping])
    assert_type(outputs[0]["image_names"], list[str])
    assert_type(outputs[0]["board_id"], str | None)
    library = client.workflow_repo.list_workflows()
    assert_type(library, Page[WorkflowRecordListItemWithThumbnailDTO])

    models = client.dnn_model_repo.list_models(type="main")
    assert_type(models, list[ModelConfig])
    install = client.dnn_model_repo.install_model("/m.safetensors")
    assert_type(install, ModelInstJobHandle)
    assert_type(install.wait_until(timeout=1), ModelInstJobInfo)
    assert_type(client.dnn_model_repo.get_model_by_key("k"), DnnModel | None)
    assert_type(client.dnn_model_repo.get_install_job(1), ModelInstJobHandle | None)
    assert_type(QuickClient(client).copy_image_to_board("a.png", "none"), IvkImage | None)
    field = wf.get_input_value(1)
    if isinstance(field, IvkStringField):
        assert_type(field, IvkStringField)

    try:
        client.board_repo.get_board_by_id("missing")
    except NotFoundError as exc:
        assert_type(exc.status_code, Literal[404])
    except InvokeAIError:
        pass
    derived = client.with_options(timeout=5)
    assert_type(derived, InvokeAIClient)


async def awaited(
    client: AsyncInvokeAIClient, definition: WorkflowDefinition, graph: dict[str, object]
) -> None:
    assert_type(await client.health_check(), bool)
    boards = await client.board_repo.list_boards()
    assert_type(boards, list[BoardDTO])
    handle = client.board_repo.get_board_handle("none")
    assert_type(handle, AsyncBoardHandle)
    page = await handle.list_image_dtos(limit=10)
    assert_type(page, AsyncPage[ImageDTO])
    async for image in handle.iter_images():
        assert_type(image, ImageDTO)
    assert_type(await handle.upload_image(Path("a.png")), IvkImage)
    assert_type(await handle.delete_image("a.png"), bool)
    quick = AsyncQuickClient(client)
    assert_type(await quick.generate_image_sdxl_t2i("a", "b", 64, 64), IvkImage | None)

    batch = await client.queue_repo.enqueue_batch({"graph": graph})
    assert_type(batch, AsyncBatchHandle)
    assert_type(await batch.wait(timeout=1), list[SessionQueueItem])
    assert_type(batch.jobs()[0], AsyncJobHandle)

    wf = await client.workflow_repo.create_workflow(definition)
    assert_type(wf, AsyncWorkflowHandle)
    assert_type(await wf.submit(), AsyncBatchHandle)
    assert_type(await wf.wait_for_completion(timeout=1), SessionQueueItem)

    install = await client.dnn_model_repo.install_model("/m.safetensors")
    assert_type(install, AsyncModelInstJobHandle)
    assert_type(await install.wait_until(timeout=1), ModelInstJobInfo)

    async with client.events.stream(item_id=1) as events:
        async for event in events:
            assert_type(event, Event | ConnectionGap)
    await client.close()


def in_a_notebook(client: InvokeAIClient) -> None:
    shown = show(client, client.board_repo.list_boards())
    assert_type(shown, ImagePreview | Gallery | InputsTable)
    assert_type(ImagePreview("x.png").full(), FullImage)
    bar = progress()
    assert_type(bar, NotebookProgress)
    client.queue_repo.wait_for_items([1], on_progress=bar)
