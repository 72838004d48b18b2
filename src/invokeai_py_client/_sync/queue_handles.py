# Generated from _async/queue_handles.py by scripts/unasync.py: do not edit by hand.
"""Handles on what was enqueued: one queue item (:class:`JobHandle`) or one batch
(:class:`BatchHandle`). Waiting follows Socket.IO events and re-checks by polling."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .._backends._sync_only import deprecated
from .._core import queue
from .._core.constants import LOGGER_NAME
from .._core.errors import InternalServerError, not_found_for_500
from .._core.events import ProgressCallback
from .._core.results import NodeOutputs, image_names, outputs_by_node
from .._core.submission import SubmissionKeys
from .._core.waits import TERMINAL_STATUSES, interrupted, raise_for_outcome, status_of

_log = logging.getLogger(LOGGER_NAME)


def read_item(requester: Requester, queue_id: str, item_id: int) -> SessionQueueItem:
    """One queue item; ``NotFoundError`` on every line when there is no such item (before 6.0
    the server answers 500 for it)."""
    try:
        return requester.call(queue.item(queue_id, item_id))
    except InternalServerError as exc:
        if requester.has_quirk("queue_item_missing_500"):
            raise not_found_for_500(exc, f"queue item {item_id} does not exist") from None
        raise


if TYPE_CHECKING:
    from invokeai_api.models import BatchStatus, SessionQueueItem

    from ._requester import Requester
    from .queue_repo import QueueRepository


class JobHandle:
    """One queue item: its status, waiting for it, cancelling it, and its outputs.

    Example:
        ```python
        job = client.queue_repo.get_job(batch.item_ids[0])
        item = job.wait(timeout=60, on_progress=lambda e: print(type(e).__name__))
        print(job.status(), job.image_names())
        ```
    """

    def __init__(self, repo: QueueRepository, item_id: int, batch_id: str | None = None) -> None:
        self._ctx = repo._ctx
        self._queue_id = repo.queue_id
        self.item_id = item_id
        self.batch_id = batch_id
        self._item: SessionQueueItem | None = None

    @property
    def item(self) -> SessionQueueItem | None:
        """The queue item as last read (by :meth:`refresh` or a wait)."""
        return self._item

    def refresh(self) -> SessionQueueItem:
        """Read the item from the server (``NotFoundError`` when there is no such item)."""
        self._item = read_item(self._ctx, self._queue_id, self.item_id)
        return self._item

    def status(self) -> str:
        """``pending``, ``in_progress``, ``waiting``, ``completed``, ``failed`` or ``canceled``."""
        return status_of(self.refresh())

    def is_pending(self) -> bool:
        """Whether the item waits to run (reads it from the server)."""
        return self.status() == "pending"

    def is_running(self) -> bool:
        """Whether the item runs now (reads it from the server)."""
        return self.status() == "in_progress"

    def is_complete(self) -> bool:
        """Whether the item has ended: completed, failed or canceled (reads it)."""
        return self.status() in TERMINAL_STATUSES

    def is_successful(self) -> bool:
        """Whether the item completed (reads it from the server)."""
        return self.status() == "completed"

    def is_failed(self) -> bool:
        """Whether the item failed (reads it from the server)."""
        return self.status() == "failed"

    def is_canceled(self) -> bool:
        """Whether the item was canceled (reads it from the server)."""
        return self.status() == "canceled"

    def wait(
        self, timeout: float | None = None, on_progress: ProgressCallback | None = None
    ) -> SessionQueueItem:
        """Wait until the item ends; return it when completed.

        ``on_progress(event)`` is called with each typed event of this item (invocation
        started/progress/complete/error, status changes): in the caller's thread for the
        blocking client; a coroutine function is awaited by the async client.

        Raises:
            JobFailedError: the item failed (carries the server's error type and message).
            JobCanceledError: the item was canceled.
            JobTimeoutError: ``timeout`` seconds passed first; the item is left running.
        """
        items = self._ctx.wait_for_items(
            [self.item_id], fetch=self._fetch, timeout=timeout, on_progress=on_progress
        )
        self._item = items[self.item_id]
        return raise_for_outcome(self._item)

    def cancel(self) -> SessionQueueItem:
        """Cancel the item (a finished item is left as it is); returns it."""
        self._item = self._ctx.call(queue.cancel(self._queue_id, self.item_id))
        return self._item

    def outputs(self) -> dict[str, NodeOutputs]:
        """A finished item's outputs per node id of the submitted graph."""
        return outputs_by_node(self._item if self._item is not None else self.refresh())

    def image_names(self) -> list[str]:
        """Names of every image the item produced, in graph order."""
        return image_names(self._item if self._item is not None else self.refresh())

    def _fetch(self, item_id: int) -> SessionQueueItem:
        return self._ctx.call(queue.item(self._queue_id, item_id))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(item_id={self.item_id}, batch_id={self.batch_id!r})"

    # Only the blocking client has these (_core/names.py, SYNC_ONLY):
    # a name of this client's 0.1 preview, kept one release (it warns)
    wait_sync = deprecated("wait_sync", wait, "wait")


class BatchHandle(SubmissionKeys):
    """A batch enqueued with ``enqueue_batch``: its queue items, status and waiting.

    Attributes:
        batch_id: the server's id of the batch.
        item_ids: ids of the queue items it created, ascending.
        enqueued / requested: how many items were enqueued (fewer than requested when the
            queue was full).
        session_id: the session of its first item, once a workflow's wait has seen it run.

    It also reads like the original client's submission dict: ``handle["batch_id"]``,
    ``handle.get("item_ids")``.
    """

    def __init__(
        self,
        repo: QueueRepository,
        batch_id: str,
        item_ids: list[int],
        *,
        enqueued: int,
        requested: int,
        priority: int = 0,
    ) -> None:
        self._repo = repo
        self._ctx = repo._ctx
        self._queue_id = repo.queue_id
        self.batch_id = batch_id
        self.item_ids = sorted(item_ids)
        self.enqueued = enqueued
        self.requested = requested
        self.priority = priority
        self.session_id: str | None = None
        self.canceled_on_interrupt: list[int] | None = None
        """The items an interrupted :meth:`wait` canceled (None while no wait was
        interrupted)."""

    def jobs(self) -> list[JobHandle]:
        """A handle on each queue item of the batch."""
        return [JobHandle(self._repo, item_id, self.batch_id) for item_id in self.item_ids]

    def status(self) -> BatchStatus:
        """Counts of the batch's items per status."""
        return self._ctx.call(queue.batch_status(self._queue_id, self.batch_id))

    def wait(
        self,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        *,
        raise_on_failure: bool = True,
        cancel_on_interrupt: bool = True,
    ) -> list[SessionQueueItem]:
        """Wait until every item ends; return them ordered by item id.

        Interrupted (Ctrl-C, ``KeyboardInterrupt``, the task cancelled), the wait cancels the
        batch's items that have not ended before passing the interruption on, and says so (a
        note on the exception, a warning in the log, :attr:`canceled_on_interrupt`):
        ``cancel_on_interrupt=False`` leaves them queued. A timeout never cancels anything.

        Raises (with ``raise_on_failure``, for the first item that did not complete):
            JobFailedError / JobCanceledError; and JobTimeoutError when ``timeout`` passes.
        """
        try:
            items = self._ctx.wait_for_items(
                self.item_ids, fetch=self._fetch, timeout=timeout, on_progress=on_progress
            )
        except BaseException as exc:
            if cancel_on_interrupt and interrupted(exc):
                self._cancel_on_interrupt(exc)
            raise
        ordered = [items[item_id] for item_id in self.item_ids]
        if raise_on_failure:
            for item in ordered:
                raise_for_outcome(item)
        return ordered

    def cancel(self) -> int:
        """Cancel every item of the batch that has not ended; returns how many."""
        return self._ctx.call(queue.cancel_batches(self._queue_id, [self.batch_id]))

    def cancel_unfinished(self) -> list[int]:
        """Cancel every item of the batch that has not ended; returns the ids of the batch's
        items that are canceled now (reading each item once)."""
        self.cancel()
        return [
            item_id for item_id in self.item_ids if status_of(self._fetch(item_id)) == "canceled"
        ]

    def _cancel_on_interrupt(self, exc: BaseException) -> None:
        canceled = self.cancel_unfinished()
        self.canceled_on_interrupt = canceled
        message = queue.interrupt_note(self.batch_id, self.item_ids, canceled)
        exc.add_note(message)
        _log.warning("%s", message)

    def _fetch(self, item_id: int) -> SessionQueueItem:
        return self._ctx.call(queue.item(self._queue_id, item_id))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(batch_id={self.batch_id!r}, item_ids={self.item_ids})"

    # Only the blocking client has these (_core/names.py, SYNC_ONLY):
    # a name of this client's 0.1 preview, kept one release (it warns)
    wait_sync = deprecated("wait_sync", wait, "wait")
