"""Waits when the socket is gone or the server restarts (no server: the waiter's algorithm with a
scripted item reader and a session whose socket dropped)."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from invokeai_py_client import APIConnectionError, InternalServerError, JobTimeoutError
from invokeai_py_client.events._stream import EventFilter, EventStream
from invokeai_py_client.queue._waiter import wait_for_items


class DroppedSession:
    """A session whose socket dropped and cannot reconnect: no event will ever come."""

    connected = False
    _recent: tuple[Any, ...] = ()

    def stream(self, **_: Any) -> EventStream:
        return EventStream(self, EventFilter(), include_gaps=False)  # type: ignore[arg-type]

    def _attach(self, stream: EventStream) -> None:
        pass

    def _detach(self, stream: EventStream) -> None:
        pass


def _item(item_id: int, status: str) -> Any:
    return SimpleNamespace(item_id=item_id, status=status)


class Job:
    """An item that completes ``after`` seconds from now; reads fail while ``outage`` says so."""

    def __init__(self, after: float, outage: tuple[float, float] | None = None) -> None:
        self.start = time.monotonic()
        self.after = after
        self.outage = outage
        self.reads = 0
        self.failed_reads = 0

    async def fetch(self, item_id: int) -> Any:
        self.reads += 1
        elapsed = time.monotonic() - self.start
        if self.outage is not None and self.outage[0] <= elapsed < self.outage[1]:
            self.failed_reads += 1
            request = httpx.Request("GET", f"http://127.0.0.1:9/api/v1/queue/default/i/{item_id}")
            raise APIConnectionError("ConnectError: refused", request=request)
        if elapsed >= self.after:
            return _item(item_id, "completed")
        return _item(item_id, "in_progress")


async def test_a_wait_whose_socket_dropped_polls_at_once_with_backoff() -> None:
    job = Job(after=0.5)
    started = time.monotonic()
    done = await wait_for_items([1], fetch=job.fetch, session=DroppedSession(), timeout=10)  # type: ignore[arg-type]
    took = time.monotonic() - started
    assert done[1].status == "completed"
    # Before: one read at the drop, then one every 15 s (this took 15 s); now polling backs off
    # from 50 ms to at most 1 s.
    assert took < 2.0
    assert job.reads >= 3


async def test_a_wait_rides_out_a_server_restart_and_reports_the_items_state() -> None:
    job = Job(after=0.2, outage=(0.1, 1.5))
    started = time.monotonic()
    done = await wait_for_items([1], fetch=job.fetch, session=None, timeout=10)
    assert done[1].status == "completed"
    assert job.failed_reads >= 2
    assert 1.4 < time.monotonic() - started < 4.0


async def test_a_server_that_stays_down_ends_the_wait_at_its_timeout_typed() -> None:
    job = Job(after=5, outage=(0.1, 60))
    started = time.monotonic()
    with pytest.raises(JobTimeoutError, match="could not be read") as caught:
        await wait_for_items([1], fetch=job.fetch, session=None, timeout=1.5)
    assert isinstance(caught.value.__cause__, APIConnectionError)
    assert 1.4 < time.monotonic() - started < 3.0


async def test_a_real_server_error_during_a_wait_is_not_ridden_out() -> None:
    async def fetch(item_id: int) -> Any:
        request = httpx.Request("GET", "http://127.0.0.1:9/x")
        raise InternalServerError(httpx.Response(500, request=request, content=b"{}"))

    with pytest.raises(InternalServerError):
        await wait_for_items([1], fetch=fetch, session=None, timeout=5)
