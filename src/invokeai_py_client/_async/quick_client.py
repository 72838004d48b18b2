"""Common tasks in one call, run by workflows shipped with the package."""

from __future__ import annotations

from typing import TYPE_CHECKING

from invokeai_api.models import SessionQueueItem

from .._core.boards import UNCATEGORIZED
from .._core.errors import InvalidInputError, JobCanceledError, NotFoundError
from .._core.fields.enums import IvkSchedulerField
from .._core.quick import (
    COPY_IMAGE,
    SDXL_TEXT_TO_IMAGE,
    load_prebuilt,
    pick_model,
    round_to_8,
)
from .._core.results import outputs_by_node
from ..models import IvkImage
from .workflow_handle import AsyncWorkflowHandle

if TYPE_CHECKING:
    from .client import AsyncInvokeAIClient

DEFAULT_TIMEOUT_S = 600.0


class AsyncQuickClient:
    """Shortcuts over the repositories: copy an image to a board, make an SDXL image.

    Example:
        ```python
        qc = QuickClient(client)
        copy = qc.copy_image_to_board(dto.image_name, handle.board_id)
        ```
    """

    def __init__(self, client: AsyncInvokeAIClient) -> None:
        self.client = client

    async def copy_image_to_board(
        self, image_name: str, target_board_id: str, *, timeout: float | None = DEFAULT_TIMEOUT_S
    ) -> IvkImage | None:
        """Save a new copy of an image on a board (``"none"``: uncategorized), on the server:
        nothing is downloaded. Returns the new image, or None if the run produced none.

        Raises:
            InvalidInputError: the board or the source image does not exist (nothing is run).
            JobFailedError / JobTimeoutError: the run failed or took longer than ``timeout``.
        """
        await self._require_board(target_board_id)
        try:
            await self.client.board_repo.get_board_handle(UNCATEGORIZED).get_image(image_name)
        except NotFoundError:
            raise InvalidInputError(f"no image {image_name!r} on the server") from None
        wf = await self.client.workflow_repo.create_workflow(load_prebuilt(COPY_IMAGE))
        wf.get_input_value(("save", "image")).value = image_name
        wf.get_input_value(("save", "board")).value = target_board_id
        return await self._run(wf, "save", timeout)

    async def generate_image_sdxl_t2i(
        self,
        positive_prompt: str,
        negative_prompt: str,
        width: int,
        height: int,
        steps: int | None = None,
        model_name: str | None = None,
        scheduler: str | None = None,
        board_id: str | None = None,
        *,
        timeout: float | None = DEFAULT_TIMEOUT_S,
    ) -> IvkImage | None:
        """Make an image with an installed SDXL main model and return it (None if the run was
        canceled or produced no image).

        ``width``/``height`` are rounded to multiples of 8; ``model_name`` picks the first SDXL
        main model whose name contains it (case-insensitive), else the first SDXL main model;
        ``scheduler`` takes InvokeAI's names and common aliases (``euler_ancestral``);
        ``board_id`` None means uncategorized.

        Raises:
            InvalidInputError: no SDXL main model, an unknown board or scheduler, a bad size
                or step count (nothing is run).
            JobFailedError / JobTimeoutError: the run failed or took longer than ``timeout``.
        """
        board = UNCATEGORIZED if board_id is None else board_id
        await self._require_board(board)
        models = await self.client.dnn_model_repo.list_models(base="sdxl", type="main")
        model = pick_model(models, model_name)
        wf = await self.client.workflow_repo.create_workflow(load_prebuilt(SDXL_TEXT_TO_IMAGE))
        wf.get_input_value(("model", "model")).value = {
            "key": model.key,
            "hash": model.hash_,
            "name": model.name,
            "base": str(model.base),
            "type": "main",
        }
        wf.get_input_value(("positive", "prompt")).value = positive_prompt
        wf.get_input_value(("negative", "prompt")).value = negative_prompt
        wf.get_input_value(("noise", "width")).value = round_to_8(width, "width")
        wf.get_input_value(("noise", "height")).value = round_to_8(height, "height")
        if steps is not None:
            wf.get_input_value(("denoise", "steps")).value = steps
        if scheduler is not None:
            wf.get_input_value(("denoise", "scheduler")).value = IvkSchedulerField.normalize_alias(
                scheduler
            )
        wf.get_input_value(("decode", "board")).value = board
        try:
            return await self._run(wf, "decode", timeout)
        except JobCanceledError:
            return None

    async def _require_board(self, board_id: str) -> None:
        if not isinstance(board_id, str) or not board_id:
            raise InvalidInputError(f"board_id must be a board id or 'none', got {board_id!r}")
        if board_id != UNCATEGORIZED and (
            await self.client.board_repo.get_board_by_id(board_id) is None
        ):
            raise InvalidInputError(f"no board {board_id!r} on the server")

    async def _run(
        self, wf: AsyncWorkflowHandle, node_id: str, timeout: float | None
    ) -> IvkImage | None:
        batch = await self.client.queue_repo.enqueue_batch(wf.build_batch(attach_workflow=False))
        items = await batch.wait(timeout)
        return await self._first_image(items[-1], node_id)

    async def _first_image(self, item: SessionQueueItem, node_id: str) -> IvkImage | None:
        produced = outputs_by_node(item).get(node_id)
        if produced is None or not produced.image_names:
            return None
        handle = self.client.board_repo.get_board_handle(UNCATEGORIZED)
        dto = await handle.get_image(produced.image_names[0])
        return IvkImage.from_api_response(dto.to_dict())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.client!r})"
