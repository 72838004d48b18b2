"""One workflow prepared for running: submitting it, waiting for it, its outputs' images (its
inputs and conversion are the pure ``WorkflowForm`` it is)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._core import boards, checks, names
from .._core.boards import UNCATEGORIZED
from .._core.dnn_models import requests as model_requests
from .._core.errors import InvalidInputError, NotFoundError
from .._core.events import ProgressCallback
from .._core.workflows.definition import WorkflowDefinition
from .._core.workflows.events import EventCallback, EventRouter
from .._core.workflows.fields import ModelField
from .._core.workflows.form import BATCH_OPTIONS, BatchOptions, WorkflowForm
from .._core.workflows.node_schema import NodeSchema
from ._requester import AsyncRequester
from .board_handle import AsyncBoardHandle
from .queue_handles import AsyncBatchHandle
from .queue_repo import AsyncQueueRepository

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem


class AsyncWorkflowHandle(WorkflowForm):
    """A workflow bound to a client: set its inputs, run it, read its outputs.

    Example:
        ```python
        wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file("blur-form.json"))
        wf.get_input_value(0).value = 96
        batch = wf.submit()
        item = wf.wait_for_completion(timeout=180)
        outputs = wf.map_outputs_to_images(item)
        ```
    """

    def __init__(
        self,
        requester: AsyncRequester,
        definition: WorkflowDefinition,
        nodes: Mapping[str, NodeSchema],
    ) -> None:
        super().__init__(definition, nodes)
        self._ctx = requester
        self.batch: AsyncBatchHandle | None = None
        """The last submission (set by :meth:`submit`)."""
        self.session_id: str | None = None
        """The session of the last submission's first item, once a wait has seen it run."""
        self._subscribed: dict[str, EventCallback] = {}

    async def submit(
        self,
        *,
        subscribe_events: bool = False,
        on_invocation_started: EventCallback | None = None,
        on_invocation_progress: EventCallback | None = None,
        on_invocation_complete: EventCallback | None = None,
        on_invocation_error: EventCallback | None = None,
        **options: Unpack[BatchOptions],
    ) -> AsyncBatchHandle:
        """Enqueue the workflow (see :meth:`build_batch` for the options); returns the batch
        (it also answers the original client's keys: ``submission["batch_id"]``,
        ``["item_ids"]``, ``["session_id"]``).

        The ``on_invocation_*`` callbacks (plain functions or coroutines, given the typed event;
        ``event.get("session_id")`` reads it like a dict) receive this submission's events while
        :meth:`wait_for_completion` waits for it; ``subscribe_events=True`` alone changes
        nothing, since every wait rides on the events.

        Raises:
            InvalidInputError: a required input has no value (nothing is sent).
            NotFoundError: ``board_id`` names no board of the server (nothing is sent: the
                server would file the images as uncategorized without a word).
            UnprocessableEntityError: the server refused the graph.
            UnknownArgumentError: a keyword this method does not take (nothing is sent).
        """
        checks.refuse_unknown(options, BATCH_OPTIONS, names.called(type(self).__name__, "submit"))
        self._refuse_missing_inputs()
        board_id = options.get("board_id")
        if board_id is not None and board_id not in (UNCATEGORIZED, "auto"):
            await self._require_board(board_id)
        queue = AsyncQueueRepository(self._ctx)
        self.batch = await queue.enqueue_batch(self.build_batch(**options))
        self.session_id = None
        self._subscribed = {
            name: callback
            for name, callback in (
                ("invocation_started", on_invocation_started),
                ("invocation_progress", on_invocation_progress),
                ("invocation_complete", on_invocation_complete),
                ("invocation_error", on_invocation_error),
            )
            if callback is not None
        }
        return self.batch

    async def _require_board(self, board_id: str) -> None:
        try:
            await self._ctx.call(boards.get(board_id))
        except NotFoundError as exc:
            raise NotFoundError(exc.response, what=f"board {board_id!r} does not exist") from exc

    async def wait_for_completion(
        self,
        poll_interval: float = 2.0,
        timeout: float | None = 300.0,
        progress_callback: ProgressCallback | None = None,
        *,
        cancel_on_interrupt: bool = True,
    ) -> SessionQueueItem:
        """Wait for the last submission; return its queue item (the last one of a batch):
        ``item.status``, or ``item.get("status")`` as the original client read it.

        The wait rides on the server's events and returns as soon as the item ends; without a
        socket it polls, with backoff from 0.05 s up to 1 s (``poll_interval`` is checked and
        kept for the original client's signature: this wait never polls more slowly).
        ``progress_callback`` gets each event of the run (typed; ``event.get("status")`` reads
        it like a dict).
        ``timeout=None`` waits as long as it takes. Interrupted (Ctrl-C, the task cancelled),
        it cancels the items the submission enqueued that have not ended, and says so on the
        exception and in the log; ``cancel_on_interrupt=False`` leaves them queued.

        Raises JobFailedError (with the server's error type and message), JobCanceledError or
        JobTimeoutError; InvalidInputError for a ``poll_interval`` that is not positive, a
        ``timeout`` that is not a number or None, or a ``progress_callback`` that is not callable.
        """
        items = await self.wait_for_batch(
            poll_interval, timeout, progress_callback, cancel_on_interrupt=cancel_on_interrupt
        )
        return items[-1]

    async def wait_for_batch(
        self,
        poll_interval: float = 2.0,
        timeout: float | None = 300.0,
        progress_callback: ProgressCallback | None = None,
        *,
        cancel_on_interrupt: bool = True,
    ) -> list[SessionQueueItem]:
        """Every queue item of the last submission, ordered by item id (see
        :meth:`wait_for_completion`)."""
        checks.positive_number(poll_interval, "poll_interval")
        batch = self._submitted()
        listeners = [progress_callback] if progress_callback is not None else []
        router = EventRouter(
            batch.item_ids,
            listeners=listeners,
            subscribed=self._subscribed,
            on_session=self._learn_session,
        )
        return await batch.wait(timeout, router.route, cancel_on_interrupt=cancel_on_interrupt)

    def _learn_session(self, session_id: str) -> None:
        self.session_id = session_id
        if self.batch is not None:
            self.batch.session_id = session_id

    async def cancel(self) -> int:
        """Cancel the last submission's queue items that have not ended; returns how many."""
        return await self._submitted().cancel()

    def _submitted(self) -> AsyncBatchHandle:
        if self.batch is None:
            raise InvalidInputError("nothing was submitted yet: call submit() first")
        return self.batch

    async def download_output_images(
        self,
        queue_item: SessionQueueItem | Mapping[str, Any],
        *,
        full_resolution: bool = True,
        include_intermediates: bool = False,
    ) -> dict[str, list[bytes]]:
        """The bytes of each output node's images, by node id (see
        :meth:`map_outputs_to_images`; intermediates only with ``include_intermediates``)."""
        board = AsyncBoardHandle(self._ctx, UNCATEGORIZED)
        images: dict[str, list[bytes]] = {}
        for output in self.map_outputs_to_images(queue_item, include_intermediates):
            images[output["node_id"]] = [
                await board.download_image(name, full_resolution=full_resolution)
                for name in output["image_names"]
            ]
        return images

    async def sync_dnn_model(
        self, by_name: bool = True, by_base: bool = True
    ) -> list[tuple[ModelField, ModelField]]:
        """Point model inputs at models installed on the connected server.

        A model identifier from another machine has keys that do not exist here: each model
        input is matched by key, else by name (``by_name``) and, among those, by base
        (``by_base``). Returns ``(original, resolved)`` for each input that changed (a copy
        of the field as it was, and the input's field now: ``.key``, ``.name``, ...).

        Raises:
            InvalidInputError: a model input matches no installed model (naming the input).
        """
        installed = await self._ctx.call(model_requests.list_models())
        return self.resolve_models(installed, by_name=by_name, by_base=by_base)
