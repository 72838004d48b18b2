"""What waiting decides, I/O-free: when a queue item or an install job has ended, what its
outcome raises, when a wait has run out of time, and how the polling interval grows. The loops
that wait (on events, or polling) are the backends' (``_backends/_waits.py``); both clients run
them."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from .constants import POLL_INTERVAL_MAX_S, POLL_INTERVAL_MIN_S
from .errors import (
    InvalidInputError,
    JobCanceledError,
    JobFailedError,
    JobTimeoutError,
    ModelInstallTimeoutError,
)

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

    from .dnn_models.job_info import ModelInstJobInfo

TERMINAL_STATUSES = frozenset({"completed", "failed", "canceled"})
# Events after which every waited item is read again: they may have ended some of them.
RECHECK_EVENTS = frozenset({"queue_items_canceled", "queue_cleared", "queue_items_retried"})
# 502/503/504: a server restarting behind a proxy; a wait rides it out like a refused connection.
OUTAGE_STATUSES = frozenset({502, 503, 504})


def interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` interrupts a wait from outside: Ctrl-C (``KeyboardInterrupt``) or the
    waiting task cancelled (``asyncio.CancelledError``; asyncio is not imported for this)."""
    if isinstance(exc, KeyboardInterrupt):
        return True
    asyncio = sys.modules.get("asyncio")
    return asyncio is not None and isinstance(exc, asyncio.CancelledError)


def status_of(item: Any) -> str:
    """The status of a queue item or a status event, as a plain string."""
    status = getattr(item, "status", None)
    return str(getattr(status, "value", status))


def check_wait_arguments(timeout: Any, on_event: Any) -> None:
    """Refuse, before waiting, what would only fail deep in the wait (a callback passed where
    the timeout goes, say).

    Raises:
        InvalidInputError: ``timeout`` is not a number of seconds or None, or ``on_event`` is
            neither a callable nor None.
    """
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float)):
        raise InvalidInputError(f"timeout must be a number of seconds or None, got {timeout!r}")
    if on_event is not None and not callable(on_event):
        raise InvalidInputError(f"the progress callback must be callable, got {on_event!r}")


def timed_out(item_id: int, timeout: float | None) -> JobTimeoutError:
    return JobTimeoutError(
        f"queue item {item_id} did not finish within {timeout} s (it was left as it is)",
        item_id=item_id,
    )


def raise_for_outcome(item: SessionQueueItem) -> SessionQueueItem:
    """Return a completed item; raise the typed error of a failed or canceled one."""
    status = status_of(item)
    if status == "failed":
        raise JobFailedError(
            item_id=item.item_id,
            queue_item=item,
            error_type=_text(getattr(item, "error_type", None)),
            error_message=_text(getattr(item, "error_message", None)),
            error_traceback=_text(getattr(item, "error_traceback", None)),
        )
    if status == "canceled":
        raise JobCanceledError(
            f"queue item {item.item_id} was canceled", item_id=item.item_id, queue_item=item
        )
    return item


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class InstallDeadline:
    """The time left of a wait, and the growing poll interval."""

    def __init__(
        self, job_id: int, timeout: float | None, max_interval: float = POLL_INTERVAL_MAX_S
    ) -> None:
        self.job_id = job_id
        self._max_interval = max_interval
        self.timeout = timeout
        self._end = None if timeout is None else time.monotonic() + max(0.0, timeout)
        self._interval = POLL_INTERVAL_MIN_S

    def expired(self) -> bool:
        return self._end is not None and time.monotonic() >= self._end

    def left(self) -> float:
        return 3600.0 if self._end is None else max(0.0, self._end - time.monotonic())

    def next_sleep(self, info: ModelInstJobInfo | None) -> float:
        """Seconds to sleep before the next read; raises when the time is up."""
        remaining = None if self._end is None else self._end - time.monotonic()
        if remaining is not None and remaining <= 0:
            raise ModelInstallTimeoutError(
                f"model install job {self.job_id} did not finish within {self.timeout} s "
                f"(last status: {info.status if info else 'unknown'}; it was left running)",
                job_id=self.job_id,
                info=info,
                timeout=float(self.timeout or 0.0),
            )
        sleep = self._interval if remaining is None else min(self._interval, remaining)
        self._interval = min(self._interval * 2, self._max_interval)
        return sleep


MODEL_INSTALL_EVENTS = frozenset(
    {
        "model_install_download_started",
        "model_install_download_progress",
        "model_install_downloads_complete",
        "model_install_started",
        "model_install_complete",
        "model_install_cancelled",
        "model_install_error",
    }
)
