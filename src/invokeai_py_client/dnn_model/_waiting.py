"""How install jobs are waited for: :func:`follow_install` follows the job's
``model_install_*`` Socket.IO events and reads the job when one arrives; without a socket it
polls ``GET /api/v2/models/install/{id}`` with a growing interval. Both twins run it (see
``_waits``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .._core.constants import EVENT_WAIT_POLL_INTERVAL_S, POLL_INTERVAL_MAX_S, POLL_INTERVAL_MIN_S
from .._core.dnn_models.job_info import ModelInstJobInfo
from .._core.errors import ModelInstallTimeoutError
from ..events._models import field
from ..events._session import ConnectionGap

if TYPE_CHECKING:
    from ..events import EventSession

OnUpdate = Callable[[ModelInstJobInfo], Any]


class _Deadline:
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


async def follow_install(
    job_id: int,
    *,
    session: EventSession | None,
    afetch: Callable[[int], Awaitable[ModelInstJobInfo]],
    timeout: float | None,
    on_update: OnUpdate,
    poll_interval: float = POLL_INTERVAL_MAX_S,
) -> ModelInstJobInfo:
    """Wait on ``model_install_*`` events of the job (reading the job after each), or poll when
    there is no socket. The job is read first (it may have ended already) and every
    ``EVENT_WAIT_POLL_INTERVAL_S`` anyway, so a lost event never hangs the wait."""
    deadline = _Deadline(job_id, timeout, poll_interval)
    stream = (
        session.stream(events=set(MODEL_INSTALL_EVENTS), replay_recent=True).open()
        if session is not None
        else None
    )
    try:
        while True:
            info = await afetch(job_id)
            result = on_update(info)
            if isinstance(result, Awaitable):
                await result
            if info.is_done:
                return info
            pause = deadline.next_sleep(info)
            if stream is None:
                await asyncio.sleep(pause)
                continue
            limit = time.monotonic() + max(pause, EVENT_WAIT_POLL_INTERVAL_S)
            while True:  # until an event of this job (or a gap) arrives, or it is time to read
                left = limit - time.monotonic()
                if deadline.expired() or left <= 0:
                    break
                item = await stream.get(timeout=min(left, deadline.left()))
                if item is None or isinstance(item, ConnectionGap) or field(item, "id") == job_id:
                    break
    finally:
        if stream is not None:
            stream.close()


__all__ = ["MODEL_INSTALL_EVENTS", "follow_install"]
