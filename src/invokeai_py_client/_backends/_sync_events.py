"""Events for synchronous code: the client's background loop holds a Socket.IO session, and
blocking waits run there while their progress callbacks run in the caller's thread."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import logging
import queue
import threading
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from .._core.constants import LOGGER_NAME
from .._core.errors import EventConnectionError

if TYPE_CHECKING:
    from ..events._session import EventSession
    from ._portal import Portal

logger = logging.getLogger(LOGGER_NAME)
T = TypeVar("T")
_DONE = object()
# After the caller's callback raised: how long to wait for the background wait to stop.
_STOP_WAIT_S = 5.0
Relay = Callable[[Any], None]  # passes events (or other progress readings) to the caller


class SyncEvents:
    """The Socket.IO session of a client's synchronous API (connected in the background)."""

    def __init__(self, portal: Portal, session_factory: Callable[[], EventSession]) -> None:
        self._portal = portal
        self._factory = session_factory
        self._session: EventSession | None = None
        self._connecting: concurrent.futures.Future[EventSession | None] | None = None
        self._warned = False

    @property
    def session(self) -> EventSession | None:
        return self._session

    def start(self) -> concurrent.futures.Future[EventSession | None]:
        """Begin connecting without waiting (so the socket is up by the time a wait starts)."""
        connecting = self._connecting
        if connecting is None:
            connecting = self._connecting = self._portal.submit(self._connect())
        return connecting

    async def _connect(self) -> EventSession | None:
        if self._session is None:
            self._session = self._factory()
        try:
            await self._session.connect()
        except EventConnectionError as exc:
            if not self._warned:
                logger.warning("no Socket.IO events (%s); waits will poll instead", exc)
                self._warned = True
            self._connecting = None  # try again on the next wait
            return None
        return self._session

    def connect(self) -> bool:
        """Connect (blocking, once); False when sockets are unavailable (waits will poll)."""
        return self.start().result() is not None

    async def ready(self) -> EventSession | None:
        """On the portal loop: the connected session, or None when sockets are unavailable."""
        return await asyncio.wrap_future(self.start())

    def run(
        self,
        make: Callable[[EventSession | None, Callable[[Any], Any] | None], Coroutine[Any, Any, T]],
        on_progress: Callable[[Any], Any] | None,
    ) -> T:
        """Run ``make(session, relay)`` on the background loop and block until it ends.

        Events passed to ``relay`` reach ``on_progress`` in this thread, in lockstep: the wait
        goes on only once the callback has returned, so an exception in the callback (Ctrl-C
        included) stops the wait right there, and nothing of it runs on afterwards."""
        inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        finished = threading.Event()

        async def relay(item: Any) -> None:
            handled: concurrent.futures.Future[None] = concurrent.futures.Future()
            inbox.put((item, handled))
            await asyncio.wrap_future(handled)

        async def job() -> T:
            try:
                return await make(await self.ready(), relay if on_progress is not None else None)
            finally:
                finished.set()

        future = self._portal.submit(job())
        future.add_done_callback(lambda _: inbox.put(_DONE))
        try:
            while (entry := inbox.get()) is not _DONE:
                item, handled = entry
                try:
                    if on_progress is not None:
                        result = on_progress(item)
                        if inspect.iscoroutine(result):  # an async def callback
                            asyncio.run(result)
                except BaseException:
                    handled.cancel()  # the wait stops at this event
                    raise
                handled.set_result(None)
        except BaseException:
            future.cancel()
            finished.wait(timeout=_STOP_WAIT_S)
            raise
        return future.result()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.disconnect()
        self._session = None
        self._connecting = None
