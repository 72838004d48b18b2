"""The Socket.IO helpers of both clients (async in both, as the original client's reference
documents them): one shared session per client family."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socketio

    from ._shared import SharedState
    from .events import EventSession


class SocketIOMixin:
    """``events``, ``connect_socketio``, ``disconnect_socketio`` and ``socketio_session``."""

    _shared: SharedState

    @property
    def events(self) -> EventSession:
        """The Socket.IO session for async code: typed handlers (``on``), filtered streams
        (``stream``), queue subscriptions. Connect it with :meth:`connect_socketio`."""
        return self._shared.events

    async def connect_socketio(self) -> socketio.AsyncClient:
        """Connect to the server's Socket.IO (``/ws/socket.io``, ws or wss following the client,
        with the bearer token on multi-user servers), subscribe to the default queue, and return
        the python-socketio ``AsyncClient``. Connecting again returns the same client.

        Raises:
            EventConnectionError: refused (e.g. no valid token on a multi-user server) or
                unreachable.
        """
        await self._probe_socket_auth()
        return await self._shared.events.connect()

    async def _probe_socket_auth(self) -> None:
        """Each twin learns whether its token belongs on the socket (see ``_extras``)."""

    async def disconnect_socketio(self) -> None:
        """Disconnect Socket.IO and release everything it holds (no session or task is left)."""
        if self._shared.has_events:
            await self._shared.events.disconnect()

    @asynccontextmanager
    async def socketio_session(self) -> AsyncIterator[socketio.AsyncClient]:
        """``async with client.socketio_session() as sio:`` connects, and disconnects at the end
        (a connection that was already open before the block stays open)."""
        was_connected = self._shared.events.connected
        sio = await self.connect_socketio()
        try:
            yield sio
        finally:
            if not was_connected:
                await self.disconnect_socketio()
