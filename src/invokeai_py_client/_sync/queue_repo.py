# Generated from _async/queue_repo.py by scripts/unasync.py: do not edit by hand.
"""The session queue: enqueue, read, cancel, retry, clear, prune, pause and resume."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

from invokeai_api.api.queue import (
    cancel_all_except_current,
    cancel_by_batch_ids,
    cancel_by_destination,
    cancel_queue_item,
    clear,
    delete_queue_item,
    enqueue_batch,
    get_batch_status,
    get_current_queue_item,
    get_next_queue_item,
    get_queue_item,
    get_queue_status,
    list_all_queue_items,
    pause,
    prune,
    resume,
    retry_items_by_id,
)
from invokeai_api.models import (
    BatchStatus,
    BodyCancelByBatchIds,
    BodyEnqueueBatch,
    CancelAllExceptCurrentResult,
    CancelByBatchIDsResult,
    CancelByDestinationResult,
    ClearResult,
    EnqueueBatchResult,
    PruneResult,
    RetryItemsResult,
    SessionProcessorStatus,
    SessionQueueAndProcessorStatus,
    SessionQueueItem,
)

from .._core.compat import LEGACY_NO_ITEM_IDS
from .._core.constants import DEFAULT_QUEUE_ID, LOGGER_NAME
from .._core.errors import (
    APIConnectionError,
    InternalServerError,
    InvalidInputError,
    InvokeAIError,
    UnexpectedResponseError,
    json_of,
)
from .._extras import QueueRepositoryExtras
from .._generated import expect
from ..events import Event
from ._context import Context
from .queue_handles import BatchHandle, JobHandle

ProgressCallback = Callable[[Event], Any]
logger = logging.getLogger(LOGGER_NAME)

# Queues are scanned this many items per page on servers without enqueue item ids (< 6.0).
_LEGACY_PAGE = 1000


def _check_item_id(item_id: int) -> int:
    if isinstance(item_id, bool) or not isinstance(item_id, int) or item_id < 1:
        raise InvalidInputError(f"item_id must be a positive integer, got {item_id!r}")
    return item_id


def _batch_id(chosen: Any) -> str:
    """The batch's id: the caller's, or one chosen here, so that after a failure whose outcome
    is unknown the client can ask the server whether the batch exists."""
    if chosen is None:
        return uuid.uuid4().hex
    from invokeai_api.types import InvalidPathParameter, path_parameter

    try:
        if not isinstance(chosen, str):
            raise InvalidPathParameter("batch_id", chosen)
        path_parameter("batch_id", chosen)
    except InvalidPathParameter as exc:
        raise InvalidInputError(str(exc)) from exc
    return chosen


def _batch_body(batch: Mapping[str, Any], prepend: bool) -> BodyEnqueueBatch:
    if not isinstance(batch, Mapping):
        raise InvalidInputError(
            f"batch must be a mapping (the enqueue_batch 'batch'), got {batch!r}"
        )
    graph = batch.get("graph")
    if not isinstance(graph, Mapping) or not isinstance(graph.get("nodes"), Mapping):
        raise InvalidInputError("batch['graph'] must be a graph with a 'nodes' mapping")
    for key, node in graph["nodes"].items():
        if not isinstance(node, Mapping) or node.get("id") != key:
            raise InvalidInputError(f"graph node {key!r} must be an object whose 'id' is {key!r}")
    runs = batch.get("runs", 1)
    if isinstance(runs, bool) or not isinstance(runs, int) or runs < 1:
        raise InvalidInputError(f"batch['runs'] must be an integer >= 1, got {runs!r}")
    try:
        raw = json.loads(json.dumps({"batch": {**batch, "runs": runs}, "prepend": prepend}))
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(f"the batch is not JSON-serializable: {exc}") from exc
    return cast(BodyEnqueueBatch, _JsonBody(raw))


class _JsonBody:
    """A request body sent as given. Parsing a graph into the generated models would demand
    every required node input, yet the server accepts graphs whose inputs are filled at run
    time (and reports what is missing then), as the web UI's graphs are."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


class QueueRepository(QueueRepositoryExtras):
    """The server's session queue (``queue_id`` ``"default"``, the only one InvokeAI uses).

    Example:
        ```python
        batch = client.queue_repo.enqueue_batch({"graph": graph, "runs": 2})
        items = batch.wait(timeout=120, on_progress=lambda e: print(type(e).__name__))
        ```
    """

    def __init__(self, context: Context, queue_id: str = DEFAULT_QUEUE_ID) -> None:
        self._ctx = context
        self.queue_id = queue_id

    # ------------------------------------------------------------------------------ enqueue
    def enqueue_batch(self, batch: Mapping[str, Any], *, prepend: bool = False) -> BatchHandle:
        """Enqueue a batch (``{"graph": ..., "data": ..., "runs": ..., "workflow": ...}``).

        The events socket is opened first, so waiting on the returned handle follows events
        from the start.

        Raises:
            InvalidInputError: a malformed batch (nothing is sent).
            UnprocessableEntityError: the server's validation refused the graph.
        """
        batch_id = _batch_id(batch.get("batch_id") if isinstance(batch, Mapping) else None)
        body = _batch_body({**batch, "batch_id": batch_id}, prepend)
        self._ctx.prepare_events()
        try:
            parsed = self._ctx.call(enqueue_batch, self.queue_id, body=body)
            return self._batch_handle(expect(parsed, EnqueueBatchResult, "enqueue batch"))
        except (APIConnectionError, InternalServerError, UnexpectedResponseError):
            # The server may have enqueued the batch before the failure: look for it by the id
            # chosen here rather than enqueue it a second time.
            recovered = self._find_batch(batch_id)
            if recovered is None:
                raise
            return recovered

    def _find_batch(self, batch_id: str) -> BatchHandle | None:
        """A handle on the batch ``batch_id`` if the server has items of it, else None (also
        when the server cannot be asked: the caller's error stands)."""
        try:
            status = self.get_batch_status(batch_id)
            total = int(status.total)
            if total < 1:
                return None
            if self._ctx.supports("queue_list_all"):
                items = self.list_items()
                item_ids = sorted(i.item_id for i in items if i.batch_id == batch_id)
            else:
                item_ids = self._legacy_batch_item_ids(batch_id, total)
        except InvokeAIError as exc:
            logger.info("enqueue of batch %s: its outcome could not be checked (%s)", batch_id, exc)
            return None
        logger.info("enqueue of batch %s failed in transit but it was enqueued", batch_id)
        return BatchHandle(
            self, batch_id, item_ids, enqueued=len(item_ids), requested=len(item_ids)
        )

    def enqueue_graph(
        self,
        graph: Mapping[str, Any],
        *,
        runs: int = 1,
        origin: str | None = None,
        destination: str | None = None,
        prepend: bool = False,
    ) -> BatchHandle:
        """Enqueue one graph ``runs`` times (a batch without data)."""
        batch: dict[str, Any] = {"graph": dict(graph), "runs": runs}
        if origin is not None:
            batch["origin"] = origin
        if destination is not None:
            batch["destination"] = destination
        return self.enqueue_batch(batch, prepend=prepend)

    def _batch_handle(self, result: EnqueueBatchResult) -> BatchHandle:
        batch_id = result.batch.batch_id
        if not isinstance(batch_id, str):
            raise UnexpectedResponseError("enqueue batch: the server sent no batch id")
        if result.additional_properties.get(LEGACY_NO_ITEM_IDS):
            item_ids = self._legacy_batch_item_ids(batch_id, result.enqueued)
        else:
            item_ids = list(result.item_ids)
        return BatchHandle(
            self,
            batch_id,
            item_ids,
            enqueued=result.enqueued,
            requested=result.requested,
            priority=result.priority,
        )

    def _legacy_batch_item_ids(self, batch_id: str, expected: int) -> list[int]:
        # Servers before 6.0 do not say which items a batch created; their cursor-paginated
        # list (removed in 6.10) is scanned for the batch's items instead.
        found: list[int] = []
        params: dict[str, Any] = {"limit": _LEGACY_PAGE}
        path = f"{self._ctx.options.endpoint_path('/queue/')}{self.queue_id}/list"
        while len(found) < expected:
            page = json_of(self._ctx.request("GET", path, params=params))
            items = page.get("items", []) if isinstance(page, dict) else []
            found.extend(i["item_id"] for i in items if i.get("batch_id") == batch_id)
            if not items or not page.get("has_more"):
                break
            params = {
                "limit": _LEGACY_PAGE,
                "cursor": items[-1]["item_id"],
                "priority": items[-1]["priority"],
            }
        return sorted(found)

    # ------------------------------------------------------------------------------ reading
    def get_status(self) -> SessionQueueAndProcessorStatus:
        """Counts per status and whether the processor runs."""
        parsed = self._ctx.call(get_queue_status, self.queue_id)
        return expect(parsed, SessionQueueAndProcessorStatus, "queue status")

    def get_item(self, item_id: int) -> SessionQueueItem:
        """One queue item with its session (graph, results, errors)."""
        parsed = self._ctx.call(get_queue_item, self.queue_id, _check_item_id(item_id))
        return expect(parsed, SessionQueueItem, "get queue item")

    def get_job(self, item_id: int) -> JobHandle:
        """A handle on an existing queue item."""
        return JobHandle(self, _check_item_id(item_id))

    def get_current_item(self) -> SessionQueueItem | None:
        """The item being processed, or None."""
        parsed = self._ctx.call(get_current_queue_item, self.queue_id)
        return parsed if isinstance(parsed, SessionQueueItem) else None

    def get_next_item(self) -> SessionQueueItem | None:
        """The item that will run next, or None."""
        parsed = self._ctx.call(get_next_queue_item, self.queue_id)
        return parsed if isinstance(parsed, SessionQueueItem) else None

    def list_items(self, *, destination: str | None = None) -> list[SessionQueueItem]:
        """Every item of the queue (optionally only one destination's). InvokeAI 6.0+."""
        self._ctx.require("queue_list_all")
        kwargs: dict[str, Any] = {} if destination is None else {"destination": destination}
        parsed = self._ctx.call(list_all_queue_items, self.queue_id, **kwargs)
        return expect(parsed, list, "list queue items")

    def get_batch_status(self, batch_id: str) -> BatchStatus:
        """Counts of a batch's items per status."""
        parsed = self._ctx.call(get_batch_status, self.queue_id, batch_id)
        return expect(parsed, BatchStatus, "batch status")

    # ------------------------------------------------------------------------------ control
    def cancel_item(self, item_id: int) -> SessionQueueItem:
        """Cancel one item; returns it."""
        parsed = self._ctx.call(cancel_queue_item, self.queue_id, _check_item_id(item_id))
        return expect(parsed, SessionQueueItem, "cancel queue item")

    def cancel_batches(self, batch_ids: Iterable[str]) -> int:
        """Cancel the unfinished items of these batches; returns how many."""
        ids = list(batch_ids)
        if not ids or not all(isinstance(b, str) and b for b in ids):
            raise InvalidInputError(f"batch_ids must be non-empty strings, got {ids!r}")
        body = BodyCancelByBatchIds(batch_ids=ids)
        parsed = self._ctx.call(cancel_by_batch_ids, self.queue_id, body=body)
        return expect(parsed, CancelByBatchIDsResult, "cancel batches").canceled

    def cancel_by_destination(self, destination: str) -> int:
        """Cancel the unfinished items sent to ``destination``; returns how many. 5.0+."""
        self._ctx.require("queue_destination")
        parsed = self._ctx.call(cancel_by_destination, self.queue_id, destination=destination)
        return expect(parsed, CancelByDestinationResult, "cancel by destination").canceled

    def cancel_all_except_current(self) -> int:
        """Cancel every pending item, leaving the running one; returns how many."""
        self._ctx.require("queue_cancel_all_except_current")
        parsed = self._ctx.call(cancel_all_except_current, self.queue_id)
        return expect(parsed, CancelAllExceptCurrentResult, "cancel all except current").canceled

    def delete_item(self, item_id: int) -> None:
        """Delete one item from the queue's history. InvokeAI 6.0+."""
        self._ctx.require("queue_item_delete")
        self._ctx.call(delete_queue_item, self.queue_id, _check_item_id(item_id))

    def retry_items(self, item_ids: Sequence[int]) -> list[JobHandle]:
        """Retry failed or canceled items. The server creates *new* items; handles on them are
        returned (found by their ``retried_from_item_id``)."""
        self._ctx.require("queue_retry")
        ids = [_check_item_id(i) for i in item_ids]
        if not ids:
            raise InvalidInputError("item_ids must name at least one queue item")
        parsed = self._ctx.call(retry_items_by_id, self.queue_id, body=ids)
        retried = set(expect(parsed, RetryItemsResult, "retry items").retried_item_ids)
        if not retried:
            return []
        newest = [
            item
            for item in self.list_items()
            if getattr(item, "retried_from_item_id", None) in retried
        ]
        newest.sort(key=lambda item: item.item_id)
        latest: dict[int, SessionQueueItem] = {}
        for item in newest:
            latest[cast(int, item.retried_from_item_id)] = item
        return [JobHandle(self, item.item_id, item.batch_id) for item in latest.values()]

    def clear(self) -> int:
        """Delete every item (cancelling the running one); returns how many were deleted."""
        parsed = self._ctx.call(clear, self.queue_id)
        return expect(parsed, ClearResult, "clear queue").deleted

    def prune(self) -> int:
        """Delete completed, failed and canceled items; returns how many."""
        parsed = self._ctx.call(prune, self.queue_id)
        return expect(parsed, PruneResult, "prune queue").deleted

    def pause(self) -> SessionProcessorStatus:
        """Stop starting new items (the running one finishes)."""
        parsed = self._ctx.call(pause, self.queue_id)
        return expect(parsed, SessionProcessorStatus, "pause processor")

    def resume(self) -> SessionProcessorStatus:
        """Start processing items again."""
        parsed = self._ctx.call(resume, self.queue_id)
        return expect(parsed, SessionProcessorStatus, "resume processor")

    # ------------------------------------------------------------------------------ waiting
    def wait_for_items(
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
        ids = [_check_item_id(i) for i in item_ids]
        return self._ctx.wait_for_items(
            ids, fetch=self.get_item, timeout=timeout, on_progress=on_progress
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(queue_id={self.queue_id!r})"
