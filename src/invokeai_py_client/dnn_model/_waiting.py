"""How install jobs are waited for: one small strategy object.

:class:`PollingInstallWaiter` reads the job (``GET /api/v2/models/install/{id}``) with a growing
interval until it ends. A waiter that follows the ``model_install_*`` Socket.IO events when a
socket is open only needs the same two methods (:class:`InstallWaiter`); the repository picks
the waiter in ``DnnModelRepository._install_waiter``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from .._constants import POLL_INTERVAL_MAX_S, POLL_INTERVAL_MIN_S
from .errors import ModelInstallTimeout
from .install_job import ModelInstJobInfo

OnUpdate = Callable[[ModelInstJobInfo], Any]


class InstallWaiter(Protocol):
    """Waits until an install job ends and returns it as last read.

    ``on_update(info)`` is called with every reading (it may return an awaitable in the async
    twin). Raises :class:`ModelInstallTimeout` when ``timeout`` seconds pass first.
    """

    def wait_sync(
        self, job_id: int, *, timeout: float | None, on_update: OnUpdate
    ) -> ModelInstJobInfo: ...

    async def wait(
        self, job_id: int, *, timeout: float | None, on_update: OnUpdate
    ) -> ModelInstJobInfo: ...


class _Deadline:
    """The time left of a wait, and the growing poll interval."""

    def __init__(self, job_id: int, timeout: float | None) -> None:
        self.job_id = job_id
        self.timeout = timeout
        self._end = None if timeout is None else time.monotonic() + max(0.0, timeout)
        self._interval = POLL_INTERVAL_MIN_S

    def next_sleep(self, info: ModelInstJobInfo | None) -> float:
        """Seconds to sleep before the next read; raises when the time is up."""
        remaining = None if self._end is None else self._end - time.monotonic()
        if remaining is not None and remaining <= 0:
            raise ModelInstallTimeout(
                f"model install job {self.job_id} did not finish within {self.timeout} s "
                f"(last status: {info.status if info else 'unknown'}; it was left running)",
                job_id=self.job_id,
                info=info,
                timeout=float(self.timeout or 0.0),
            )
        sleep = self._interval if remaining is None else min(self._interval, remaining)
        self._interval = min(self._interval * 2, POLL_INTERVAL_MAX_S)
        return sleep


class PollingInstallWaiter:
    """Polls the install job route until the job ends (0.05 s doubling to 1 s)."""

    def __init__(
        self,
        fetch: Callable[[int], ModelInstJobInfo],
        afetch: Callable[[int], Awaitable[ModelInstJobInfo]],
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch

    def wait_sync(
        self, job_id: int, *, timeout: float | None, on_update: OnUpdate
    ) -> ModelInstJobInfo:
        deadline = _Deadline(job_id, timeout)
        while True:
            info = self._fetch(job_id)
            on_update(info)
            if info.is_done:
                return info
            time.sleep(deadline.next_sleep(info))

    async def wait(
        self, job_id: int, *, timeout: float | None, on_update: OnUpdate
    ) -> ModelInstJobInfo:
        deadline = _Deadline(job_id, timeout)
        while True:
            info = await self._afetch(job_id)
            result = on_update(info)
            if isinstance(result, Awaitable):
                await result
            if info.is_done:
                return info
            await asyncio.sleep(deadline.next_sleep(info))


__all__ = ["InstallWaiter", "PollingInstallWaiter"]
