"""The session queue, I/O-free: the batch that is enqueued (checked, with a batch id chosen by the
client so that an enqueue whose answer is lost can be looked up), and the queue's requests."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
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

from . import checks
from .errors import InvalidInputError
from .spec import Spec, attribute, checked, list_of, nothing, optional

# Queues are scanned this many items per page on servers without enqueue item ids (< 6.0).
LEGACY_PAGE = 1000


def batch_id(chosen: Any) -> str:
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


def interrupt_note(batch: str, item_ids: Sequence[int], canceled: Sequence[int]) -> str:
    """What an interrupted wait says it did to the items of the batch it waited for."""
    shown = ", ".join(map(str, canceled)) or "none"
    return (
        f"the wait was interrupted: canceled {len(canceled)} of the {len(item_ids)} queue "
        f"item(s) of batch {batch} (canceled: {shown}); wait(cancel_on_interrupt=False) "
        "leaves them queued"
    )


def batch_body(batch: Mapping[str, Any], prepend: bool) -> BodyEnqueueBatch:
    """The enqueue body, checked (nothing is sent when it is malformed)."""
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


def graph_batch(
    graph: Mapping[str, Any],
    *,
    runs: int,
    origin: str | None,
    destination: str | None,
) -> dict[str, Any]:
    """A batch that runs one graph ``runs`` times (no data)."""
    batch: dict[str, Any] = {"graph": dict(graph), "runs": runs}
    if origin is not None:
        batch["origin"] = origin
    if destination is not None:
        batch["destination"] = destination
    return batch


def batch_ids(values: Iterable[str]) -> list[str]:
    ids = list(values)
    if not ids or not all(isinstance(b, str) and b for b in ids):
        raise InvalidInputError(f"batch_ids must be non-empty strings, got {ids!r}")
    return ids


# ------------------------------------------------------------------------------ requests
def enqueue(queue_id: str, body: BodyEnqueueBatch) -> Spec[EnqueueBatchResult]:
    return Spec.of(enqueue_batch, queue_id, body=body, returns=checked(EnqueueBatchResult))


def status(queue_id: str) -> Spec[SessionQueueAndProcessorStatus]:
    return Spec.of(get_queue_status, queue_id, returns=checked(SessionQueueAndProcessorStatus))


def item(queue_id: str, item_id: int) -> Spec[SessionQueueItem]:
    return Spec.of(
        get_queue_item, queue_id, checks.item_id(item_id), returns=checked(SessionQueueItem)
    )


def current(queue_id: str) -> Spec[SessionQueueItem | None]:
    return Spec.of(get_current_queue_item, queue_id, returns=optional(SessionQueueItem))


def upcoming(queue_id: str) -> Spec[SessionQueueItem | None]:
    return Spec.of(get_next_queue_item, queue_id, returns=optional(SessionQueueItem))


def every_item(queue_id: str, destination: str | None) -> Spec[list[SessionQueueItem]]:
    kwargs: dict[str, Any] = {} if destination is None else {"destination": destination}
    return Spec.of(list_all_queue_items, queue_id, returns=list_of(SessionQueueItem), **kwargs)


def legacy_page(queue_id: str, path: str, params: Mapping[str, Any]) -> Spec[Any]:
    """A page of the cursor-paginated list of servers before 6.0 (removed in 6.10)."""
    return Spec.route("GET", f"{path}{queue_id}/list", params=params, returns=lambda v: v)


def batch_status(queue_id: str, batch: str) -> Spec[BatchStatus]:
    return Spec.of(get_batch_status, queue_id, batch, returns=checked(BatchStatus))


def cancel(queue_id: str, item_id: int) -> Spec[SessionQueueItem]:
    return Spec.of(
        cancel_queue_item, queue_id, checks.item_id(item_id), returns=checked(SessionQueueItem)
    )


def cancel_batches(queue_id: str, ids: Iterable[str]) -> Spec[int]:
    body = BodyCancelByBatchIds(batch_ids=batch_ids(ids))
    return Spec.of(
        cancel_by_batch_ids,
        queue_id,
        body=body,
        returns=attribute(checked(CancelByBatchIDsResult), "canceled", int),
    )


def cancel_destination(queue_id: str, destination: str) -> Spec[int]:
    return Spec.of(
        cancel_by_destination,
        queue_id,
        destination=destination,
        returns=attribute(checked(CancelByDestinationResult), "canceled", int),
    )


def cancel_all_but_current(queue_id: str) -> Spec[int]:
    return Spec.of(
        cancel_all_except_current,
        queue_id,
        returns=attribute(checked(CancelAllExceptCurrentResult), "canceled", int),
    )


def delete(queue_id: str, item_id: int) -> Spec[None]:
    return Spec.of(delete_queue_item, queue_id, checks.item_id(item_id), returns=nothing)


def retry(queue_id: str, item_ids: Sequence[int]) -> Spec[list[int]]:
    ids = [checks.item_id(i) for i in item_ids]
    if not ids:
        raise InvalidInputError("item_ids must name at least one queue item")
    return Spec.of(
        retry_items_by_id,
        queue_id,
        body=ids,
        returns=attribute(checked(RetryItemsResult), "retried_item_ids", list),
    )


def clear_all(queue_id: str) -> Spec[int]:
    return Spec.of(clear, queue_id, returns=attribute(checked(ClearResult), "deleted", int))


def prune_finished(queue_id: str) -> Spec[int]:
    return Spec.of(prune, queue_id, returns=attribute(checked(PruneResult), "deleted", int))


def pause_processor(queue_id: str) -> Spec[SessionProcessorStatus]:
    return Spec.of(pause, queue_id, returns=checked(SessionProcessorStatus))


def resume_processor(queue_id: str) -> Spec[SessionProcessorStatus]:
    return Spec.of(resume, queue_id, returns=checked(SessionProcessorStatus))
