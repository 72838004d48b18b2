"""The Socket.IO helpers of both clients, coroutines in both (as the original client's reference
documents them on its blocking client): one session per client family, connected on the
caller's event loop."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import socketio

    from ._state import SharedState

    # Named here so that the twins' shared source spells them without "Async" (which
    # scripts/unasync.py would rewrite): both clients hand out python-socketio's AsyncClient.
    SocketIOClient: TypeAlias = socketio.AsyncClient
    SocketIOSession: TypeAlias = AbstractAsyncContextManager[socketio.AsyncClient]

# Learns whether the client's token belongs on the socket (awaited before connecting).
Probe = Callable[[], Awaitable[None]]


async def connect(shared: SharedState, probe: Probe) -> socketio.AsyncClient:
    await probe()
    return await shared.events.connect()


async def disconnect(shared: SharedState) -> None:
    if shared.has_events:
        await shared.events.disconnect()


@asynccontextmanager
async def session(shared: SharedState, probe: Probe) -> AsyncIterator[socketio.AsyncClient]:
    was_connected = shared.events.connected
    sio = await connect(shared, probe)
    try:
        yield sio
    finally:
        if not was_connected:
            await disconnect(shared)
