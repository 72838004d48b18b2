"""Waits when the socket is gone, silently black-holed, or the server restarts (no server: the
waiter's algorithm with a scripted item reader, and a session whose socket dropped or a real
session on a loopback Socket.IO server behind the fault proxy)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from invokeai_py_client import APIConnectionError, InternalServerError, JobTimeoutError
from invokeai_py_client._backends._waits import wait_for_items
from invokeai_py_client._core.constants import SOCKETIO_PATH
from invokeai_py_client.events import EventSession
from invokeai_py_client.events._session import SocketSettings
from invokeai_py_client.events._stream import EventFilter, EventStream
from invokeai_py_client.testing._events import ReplaySocketServer
from tests._fault_proxy import FaultProxy


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


@pytest.fixture
async def socket_server() -> AsyncIterator[tuple[ReplaySocketServer, FaultProxy, EventSession]]:
    """A session connected to a loopback Socket.IO server that sends no event but acknowledges
    the queue subscription as InvokeAI does, through the fault proxy."""
    server = ReplaySocketServer({"events": []}, lambda: 0).start()
    proxy = FaultProxy(server.url)
    settings = SocketSettings(proxy.url, SOCKETIO_PATH, True, lambda: None, {})
    session = EventSession(settings)
    await session.connect()
    yield server, proxy, session
    # The proxy goes first: a black-holed connection would hold up both ends' closing handshakes.
    proxy.close()
    await session.disconnect()
    server.stop()


async def test_a_wait_on_a_black_holed_socket_polls_within_seconds(
    socket_server: tuple[ReplaySocketServer, FaultProxy, EventSession],
) -> None:
    _, proxy, session = socket_server
    proxy.blackhole_websockets()
    job = Job(after=5.0)
    done = await wait_for_items([1], fetch=job.fetch, session=session, timeout=30)
    took = time.monotonic() - job.start
    assert done[1].status == "completed"
    # The connection still looks open (engine.io would notice at its 45 s ping timeout): the
    # wait noticed the silence itself. Before: one read at the start, the next at 15 s.
    assert session.connected
    assert took < job.after + 2.0
    assert job.reads >= 3


async def test_a_quiet_healthy_socket_is_probed_and_the_item_not_polled(
    socket_server: tuple[ReplaySocketServer, FaultProxy, EventSession],
) -> None:
    server, _, session = socket_server
    subscribed_at_connect = server.subscriptions
    job = Job(after=60)
    with pytest.raises(JobTimeoutError):
        await wait_for_items([1], fetch=job.fetch, session=session, timeout=5)
    # The cost of a quiet wait on a live socket: one acknowledged Socket.IO message per 2 s of
    # silence, and no HTTP request beyond the first read.
    assert job.reads == 1
    assert server.subscriptions - subscribed_at_connect >= 2


async def test_a_client_sending_connection_close_still_opens_its_socket() -> None:
    # Hop-by-hop headers of the client's HTTP requests (``headers={"Connection": "close"}``)
    # are not copied onto the websocket handshake, which they would break.
    server = ReplaySocketServer({"events": []}, lambda: 0).start()
    proxy = FaultProxy(server.url)
    headers = {"Connection": "close", "X-Request-Origin": "tests"}
    session = EventSession(SocketSettings(proxy.url, SOCKETIO_PATH, True, lambda: None, headers))
    try:
        await session.connect()
        assert session.connected
        assert await session.probe()
    finally:
        await session.disconnect()
        proxy.close()
        server.stop()
