"""The session queue: enqueue, read, cancel, retry, clear, prune, pause and resume."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from invokeai_api.models import (
    BatchStatus,
    EnqueueBatchResult,
    SessionProcessorStatus,
    SessionQueueAndProcessorStatus,
    SessionQueueItem,
)

from .._core import checks, queue
from .._core.compat import LEGACY_NO_ITEM_IDS
from .._core.constants import DEFAULT_QUEUE_ID, LOGGER_NAME
from .._core.errors import (
    APIConnectionError,
    InternalServerError,
    InvokeAIError,
    UnexpectedResponseError,
)
from .._core.events import ProgressCallback
from ._requester import AsyncRequester
from .queue_handles import AsyncBatchHandle, AsyncJobHandle, read_item

logger = logging.getLogger(LOGGER_NAME)


class AsyncQueueRepository:
    """The server's session queue (``queue_id`` ``"default"``, the only one InvokeAI uses).

    Example:
        ```python
        batch = client.queue_repo.enqueue_batch({"graph": graph, "runs": 2})
        items = batch.wait(timeout=120, on_progress=lambda e: print(type(e).__name__))
        ```
    """

    def __init__(self, requester: AsyncRequester, queue_id: str = DEFAULT_QUEUE_ID) -> None:
        self._ctx = requester
        self.queue_id = queue_id

    # ------------------------------------------------------------------------------ enqueue
    async def enqueue_batch(
        self, batch: Mapping[str, Any], *, prepend: bool = False
    ) -> AsyncBatchHandle:
        """Enqueue a batch (``{"graph": ..., "data": ..., "runs": ..., "workflow": ...}``).

        The events socket is opened first, so waiting on the returned handle follows events
        from the start.

        Raises:
            InvalidInputError: a malformed batch (nothing is sent).
            UnprocessableEntityError: the server's validation refused the graph.
        """
        batch_id = queue.batch_id(batch.get("batch_id") if isinstance(batch, Mapping) else None)
        body = queue.batch_body({**batch, "batch_id": batch_id}, prepend)
        await self._ctx.prepare_events()
        try:
            result = await self._ctx.call(queue.enqueue(self.queue_id, body))
            return await self._batch_handle(result)
        except (APIConnectionError, InternalServerError, UnexpectedResponseError):
            # The server may have enqueued the batch before the failure: look for it by the id
            # chosen here rather than enqueue it a second time.
            recovered = await self._find_batch(batch_id)
            if recovered is None:
                raise
            return recovered

    async def _find_batch(self, batch_id: str) -> AsyncBatchHandle | None:
        """A handle on the batch ``batch_id`` if the server has items of it, else None (also
        when the server cannot be asked: the caller's error stands)."""
        try:
            status = await self.get_batch_status(batch_id)
            total = int(status.total)
            if total < 1:
                return None
            if await self._ctx.supports("queue_list_all"):
                items = await self.list_items()
                item_ids = sorted(i.item_id for i in items if i.batch_id == batch_id)
            else:
                item_ids = await self._legacy_batch_item_ids(batch_id, total)
        except InvokeAIError as exc:
            logger.info("enqueue of batch %s: its outcome could not be checked (%s)", batch_id, exc)
            return None
        logger.info("enqueue of batch %s failed in transit but it was enqueued", batch_id)
        return AsyncBatchHandle(
            self, batch_id, item_ids, enqueued=len(item_ids), requested=len(item_ids)
        )

    async def enqueue_graph(
        self,
        graph: Mapping[str, Any],
        *,
        runs: int = 1,
        origin: str | None = None,
        destination: str | None = None,
        prepend: bool = False,
    ) -> AsyncBatchHandle:
        """Enqueue one graph ``runs`` times (a batch without data)."""
        batch = queue.graph_batch(graph, runs=runs, origin=origin, destination=destination)
        return await self.enqueue_batch(batch, prepend=prepend)

    async def _batch_handle(self, result: EnqueueBatchResult) -> AsyncBatchHandle:
        batch_id = result.batch.batch_id
        if not isinstance(batch_id, str):
            raise UnexpectedResponseError("enqueue batch: the server sent no batch id")
        if result.additional_properties.get(LEGACY_NO_ITEM_IDS):
            item_ids = await self._legacy_batch_item_ids(batch_id, result.enqueued)
        else:
            item_ids = list(result.item_ids)
        return AsyncBatchHandle(
            self,
            batch_id,
            item_ids,
            enqueued=result.enqueued,
            requested=result.requested,
            priority=result.priority,
        )

    async def _legacy_batch_item_ids(self, batch_id: str, expected: int) -> list[int]:
        # Servers before 6.0 do not say which items a batch created; their cursor-paginated
        # list (removed in 6.10) is scanned for the batch's items instead.
        found: list[int] = []
        params: dict[str, Any] = {"limit": queue.LEGACY_PAGE}
        path = self._ctx.options.endpoint_path("/queue/")
        while len(found) < expected:
            page = await self._ctx.call(queue.legacy_page(self.queue_id, path, params))
            items = page.get("items", []) if isinstance(page, dict) else []
            found.extend(i["item_id"] for i in items if i.get("batch_id") == batch_id)
            if not items or not page.get("has_more"):
                break
            params = {
                "limit": queue.LEGACY_PAGE,
                "cursor": items[-1]["item_id"],
                "priority": items[-1]["priority"],
            }
        return sorted(found)

    # ------------------------------------------------------------------------------ reading
    async def get_status(self) -> SessionQueueAndProcessorStatus:
        """Counts per status and whether the processor runs."""
        return await self._ctx.call(queue.status(self.queue_id))

    async def get_item(self, item_id: int) -> SessionQueueItem:
        """One queue item with its session (graph, results, errors).

        Raises:
            NotFoundError: no such item, on every line (before 6.0 the server answers 500).
        """
        return await read_item(self._ctx, self.queue_id, item_id)

    def get_job(self, item_id: int) -> AsyncJobHandle:
        """A handle on an existing queue item."""
        return AsyncJobHandle(self, checks.item_id(item_id))

    async def get_current_item(self) -> SessionQueueItem | None:
        """The item being processed, or None."""
        return await self._ctx.call(queue.current(self.queue_id))

    async def get_next_item(self) -> SessionQueueItem | None:
        """The item that will run next, or None."""
        return await self._ctx.call(queue.upcoming(self.queue_id))

    async def list_items(self, *, destination: str | None = None) -> list[SessionQueueItem]:
        """Every item of the queue (optionally only one destination's). InvokeAI 6.0+."""
        await self._ctx.require("queue_list_all")
        return await self._ctx.call(queue.every_item(self.queue_id, destination))

    async def get_batch_status(self, batch_id: str) -> BatchStatus:
        """Counts of a batch's items per status."""
        return await self._ctx.call(queue.batch_status(self.queue_id, batch_id))

    # ------------------------------------------------------------------------------ control
    async def cancel_item(self, item_id: int) -> SessionQueueItem:
        """Cancel one item; returns it."""
        return await self._ctx.call(queue.cancel(self.queue_id, item_id))

    async def cancel_batches(self, batch_ids: Iterable[str]) -> int:
        """Cancel the unfinished items of these batches; returns how many."""
        return await self._ctx.call(queue.cancel_batches(self.queue_id, batch_ids))

    async def cancel_by_destination(self, destination: str) -> int:
        """Cancel the unfinished items sent to ``destination``; returns how many. 5.0+."""
        await self._ctx.require("queue_destination")
        return await self._ctx.call(queue.cancel_destination(self.queue_id, destination))

    async def cancel_all_except_current(self) -> int:
        """Cancel every pending item, leaving the running one; returns how many."""
        await self._ctx.require("queue_cancel_all_except_current")
        return await self._ctx.call(queue.cancel_all_but_current(self.queue_id))

    async def delete_item(self, item_id: int) -> None:
        """Delete one item from the queue's history. InvokeAI 6.0+."""
        await self._ctx.require("queue_item_delete")
        await self._ctx.call(queue.delete(self.queue_id, item_id))

    async def retry_items(self, item_ids: Sequence[int]) -> list[AsyncJobHandle]:
        """Retry failed or canceled items. The server creates *new* items; handles on them are
        returned (found by their ``retried_from_item_id``)."""
        await self._ctx.require("queue_retry")
        retried_ids = await self._ctx.call(queue.retry(self.queue_id, item_ids))
        retried = set(retried_ids)
        if not retried:
            return []
        newest = [
            item
            for item in await self.list_items()
            if getattr(item, "retried_from_item_id", None) in retried
        ]
        newest.sort(key=lambda item: item.item_id)
        latest: dict[int, SessionQueueItem] = {}
        for item in newest:
            latest[cast(int, item.retried_from_item_id)] = item
        return [AsyncJobHandle(self, item.item_id, item.batch_id) for item in latest.values()]

    async def clear(self) -> int:
        """Delete every item (cancelling the running one); returns how many were deleted."""
        return await self._ctx.call(queue.clear_all(self.queue_id))

    async def prune(self) -> int:
        """Delete completed, failed and canceled items; returns how many."""
        return await self._ctx.call(queue.prune_finished(self.queue_id))

    async def pause(self) -> SessionProcessorStatus:
        """Stop starting new items (the running one finishes)."""
        return await self._ctx.call(queue.pause_processor(self.queue_id))

    async def resume(self) -> SessionProcessorStatus:
        """Start processing items again."""
        return await self._ctx.call(queue.resume_processor(self.queue_id))

    # ------------------------------------------------------------------------------ waiting
    async def wait_for_items(
        self,
        item_ids: Sequence[int],
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> dict[int, SessionQueueItem]:
        """Wait until every item ends (whatever its outcome); return them by id.

        ``on_progress(event)`` gets each typed event of these items.

        Raises:
            JobTimeoutError: ``timeout`` seconds passed first (the items are left alone).
        """
        ids = [checks.item_id(i) for i in item_ids]
        return await self._ctx.wait_for_items(
            ids, fetch=self.get_item, timeout=timeout, on_progress=on_progress
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(queue_id={self.queue_id!r})"
