"""One Socket.IO connection per client, shared by every handler, stream and waiter.

python-socketio calls one handler per event name, so a user handler registered on the raw
``sio`` would replace ours. The session therefore taps events below the handler table (in
``_TappedClient._trigger_event``) and fans each one out to every registered handler and stream:
two waiters never overwrite each other, and a user's own ``@sio.on(...)`` keeps working.

Reconnects use python-socketio's own backoff. After every reconnect the session subscribes to
its queues again and tells each open stream that events may have been missed (a
:class:`ConnectionGap`), so waiters can re-check by polling.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._core.constants import (
    DEFAULT_QUEUE_ID,
    LOGGER_NAME,
    RECENT_EVENTS_KEPT,
    SOCKET_PROBE_TIMEOUT_S,
    SOCKETIO_CONNECT_TIMEOUT_S,
    SOCKETIO_RECONNECT_DELAY_MAX_S,
    SOCKETIO_RECONNECT_DELAY_S,
)
from .._core.errors import EventConnectionError
from .._core.events import Event, RawEvent, event_name, parse_event

if TYPE_CHECKING:
    import aiohttp
    import socketio

    from ._stream import EventStream

logger = logging.getLogger(LOGGER_NAME)

Handler = Callable[[Event], Awaitable[None] | None]
RawTap = Callable[[str, Any], None]
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
_LIFECYCLE_EVENTS = frozenset({"connect", "disconnect", "connect_error", "__disconnect_final"})


@dataclass(frozen=True)
class ConnectionGap:
    """Put in every open stream when the connection dropped: events may have been missed."""

    reason: str
    reconnected: bool


def _tapped_client_class() -> type[socketio.AsyncClient]:
    import socketio

    class _TappedClient(socketio.AsyncClient):  # type: ignore[misc]
        tap: Callable[[str, tuple[Any, ...]], Awaitable[None]] | None = None

        async def _trigger_event(self, event: str, namespace: str, *args: Any) -> Any:
            if self.tap is not None:
                await self.tap(event, args)
            return await super()._trigger_event(event, namespace, *args)

    return _TappedClient


@dataclass(frozen=True)
class SocketSettings:
    """Where and how to connect; built by the client from its own configuration."""

    url: str
    socketio_path: str
    verify_ssl: bool
    token: Callable[[], str | None]
    headers: dict[str, str]


class EventSession:
    """The client's Socket.IO connection: typed handlers, filtered streams, queue subscriptions.

    Get it from :attr:`InvokeAIClient.events`. It is bound to the event loop it connects on.

    Example:
        ```python
        async with client.events.stream(batch_id=batch.batch_id, replay_recent=True) as events:
            async for event in events:
                if isinstance(event, InvocationCompleteEvent):
                    print("done:", event.invocation_source_id)
        ```
    """

    def __init__(self, settings: SocketSettings) -> None:
        self._settings = settings
        self._sio: socketio.AsyncClient | None = None
        self._http: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._guard: AsyncIterator[None] | None = None
        self._queues: set[str] = set()
        self._bulk_downloads: set[str] = set()
        self._handlers: dict[str, list[Handler]] = {}
        self._streams: set[EventStream] = set()
        self._taps: list[RawTap] = []
        # Recent events, so that a waiter opened just after its item started (or ended) still
        # sees what happened since the enqueue.
        self._recent: deque[tuple[str, Event]] = deque(maxlen=RECENT_EVENTS_KEPT)
        self._pending: set[asyncio.Task[None]] = set()
        self._lock: asyncio.Lock | None = None
        self._last_heard = 0.0
        self._probe: asyncio.Task[bool] | None = None
        self.connect_count = 0
        """How many times the socket connected (1 + the number of reconnects)."""
        self.disconnect_count = 0
        """How many times an established connection ended (dropped or closed)."""

    # ---------------------------------------------------------------------------- connection
    @property
    def sio(self) -> socketio.AsyncClient:
        """The raw python-socketio client (connected by :meth:`connect`)."""
        if self._sio is None:
            raise EventConnectionError("the Socket.IO session is not connected; call connect()")
        return self._sio

    @property
    def connected(self) -> bool:
        return self._sio is not None and bool(self._sio.connected)

    @property
    def silent_for(self) -> float:
        """Seconds since the connection last carried anything to the client: a connect, an
        event, or the acknowledgement of a :meth:`probe`."""
        return time.monotonic() - self._last_heard

    def probe(self, timeout: float = SOCKET_PROBE_TIMEOUT_S) -> asyncio.Future[bool]:
        """Learn whether the connection still carries traffic both ways: the server is asked to
        acknowledge the queue subscription, sent again (harmless: it is already subscribed).
        Resolves to True when the acknowledgement came within ``timeout`` seconds, False when
        it did not or nothing is connected. Callers at the same time share one probe.

        A connection a proxy silently stopped forwarding still looks connected until engine.io's
        ping timeout (45 s with InvokeAI's defaults); waits use this to stop trusting it within
        seconds."""
        if self._probe is None or self._probe.done():
            self._probe = asyncio.ensure_future(self._ask(timeout))
        return asyncio.shield(self._probe)

    async def _ask(self, timeout: float) -> bool:
        sio = self._sio
        if sio is None or not sio.connected:
            return False
        queue_id = min(self._queues) if self._queues else DEFAULT_QUEUE_ID
        try:
            await sio.call("subscribe_queue", {"queue_id": queue_id}, timeout=timeout)
        except Exception as exc:  # socketio's TimeoutError, or the connection went meanwhile
            logger.debug("Socket.IO probe unanswered: %r", exc)
            return False
        self._last_heard = time.monotonic()
        return True

    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """The event loop this session lives on (None before the first connect)."""
        return self._loop

    async def connect(self) -> socketio.AsyncClient:
        """Connect (once; later calls return the same client) and subscribe to the default queue.

        Raises:
            EventConnectionError: the server refused the socket (e.g. no valid token on a
                multi-user server) or could not be reached.
        """
        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop is not loop and self._sio is not None:
            raise EventConnectionError(
                "this Socket.IO session belongs to another event loop; disconnect it there first"
            )
        if self._lock is None or self._loop is not loop:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._sio is not None:
                return self._sio
            self._loop = loop
            self._queues.add(DEFAULT_QUEUE_ID)
            await self._open()
            self._guard = self._closed_with_the_loop()
            await self._guard.__anext__()
            return self.sio

    async def _closed_with_the_loop(self) -> AsyncIterator[None]:
        # asyncio.run() closes every async generator (shutdown_asyncgens) before it closes its
        # loop: a session still open then is closed on its own loop, so nothing it holds is
        # left for a later close() that could no longer reach that loop.
        try:
            yield
        finally:
            if self._sio is not None and self._loop is asyncio.get_running_loop():
                await self._close_quietly()

    async def _open(self) -> None:
        import aiohttp
        import socketio

        settings = self._settings
        http = aiohttp.ClientSession()
        sio = _tapped_client_class()(
            reconnection=True,
            reconnection_attempts=0,
            reconnection_delay=SOCKETIO_RECONNECT_DELAY_S,
            reconnection_delay_max=SOCKETIO_RECONNECT_DELAY_MAX_S,
            randomization_factor=0.5,
            http_session=http,
            ssl_verify=settings.verify_ssl,
            handle_sigint=False,
        )
        sio.tap = self._on_raw
        # Hop-by-hop headers describe the client's HTTP connections (e.g. ``Connection: close``);
        # copied onto the websocket handshake they would make the server refuse the upgrade.
        headers = {k: v for k, v in settings.headers.items() if k.lower() not in _HOP_BY_HOP}

        def auth() -> dict[str, str]:
            token = settings.token()
            return {"token": token} if token else {}

        self._sio, self._http = sio, http
        try:
            await sio.connect(
                settings.url,
                headers=headers,
                auth=auth,
                transports=["websocket"],
                socketio_path=settings.socketio_path,
                wait_timeout=SOCKETIO_CONNECT_TIMEOUT_S,
            )
        except (socketio.exceptions.ConnectionError, OSError, ValueError) as exc:
            await self._close_quietly()
            raise EventConnectionError(
                f"cannot open Socket.IO at {settings.url}{settings.socketio_path}: {exc}"
            ) from exc

    async def disconnect(self) -> None:
        """Close the socket and everything it holds (aiohttp session, background tasks)."""
        if self._sio is None:
            return
        await self._close_quietly()

    async def _close_quietly(self) -> None:
        sio, http = self._sio, self._http
        self._sio, self._http = None, None
        self._guard = None
        probe, self._probe = self._probe, None
        if probe is not None and not probe.done():
            probe.cancel()
            await asyncio.gather(probe, return_exceptions=True)
        try:
            if sio is not None:
                sio.tap = None
                try:
                    await sio.shutdown()
                    # engineio leaves its read/write/ping tasks finishing; wait so none outlives
                    # us.
                    await _drain_engineio_tasks(sio)
                except asyncio.CancelledError:
                    # Its tasks were cancelled already (asyncio.run() ending): go on closing,
                    # unless it is this task that is being cancelled.
                    current = asyncio.current_task()
                    if current is not None and current.cancelling():
                        raise
                except Exception as exc:  # a dying connection must not prevent the cleanup
                    logger.debug("Socket.IO shutdown: %r", exc)
        finally:
            if http is not None:
                await http.close()
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
        for stream in list(self._streams):
            stream._put(ConnectionGap("closed", reconnected=False))

    # ---------------------------------------------------------------------------- subscriptions
    async def subscribe_queue(self, queue_id: str = DEFAULT_QUEUE_ID) -> None:
        """Receive the events of a queue (again after every reconnect)."""
        self._queues.add(queue_id)
        if self.connected:
            await self.sio.emit("subscribe_queue", {"queue_id": queue_id})

    async def unsubscribe_queue(self, queue_id: str = DEFAULT_QUEUE_ID) -> None:
        self._queues.discard(queue_id)
        if self.connected:
            await self.sio.emit("unsubscribe_queue", {"queue_id": queue_id})

    async def subscribe_bulk_download(self, bulk_download_id: str = "default") -> None:
        """Receive bulk-download events (single-user servers route them by this id)."""
        self._bulk_downloads.add(bulk_download_id)
        if self.connected:
            await self.sio.emit("subscribe_bulk_download", {"bulk_download_id": bulk_download_id})

    async def unsubscribe_bulk_download(self, bulk_download_id: str = "default") -> None:
        self._bulk_downloads.discard(bulk_download_id)
        if self.connected:
            await self.sio.emit("unsubscribe_bulk_download", {"bulk_download_id": bulk_download_id})

    # ---------------------------------------------------------------------------- handlers
    def on(self, event: str | type[Any], handler: Handler | None = None) -> Any:
        """Call ``handler(event)`` for every event of that name (or generated model class);
        ``"*"`` for all. Several handlers per event are kept. Usable as a decorator.

        Example:
            ```python
            @client.events.on("invocation_complete")
            async def done(event: InvocationCompleteEvent) -> None:
                completed.append(event.invocation_source_id)
            ```
        """
        key = _event_key(event)

        def register(fn: Handler) -> Handler:
            self._handlers.setdefault(key, []).append(fn)
            return fn

        return register(handler) if handler is not None else register

    def off(self, event: str | type[Any], handler: Handler) -> None:
        """Remove a handler registered with :meth:`on` (no error when it is not there)."""
        handlers = self._handlers.get(_event_key(event), [])
        if handler in handlers:
            handlers.remove(handler)

    def add_raw_tap(self, tap: RawTap) -> None:
        """Call ``tap(name, payload)`` for every server event, untouched, and for each
        ``connect`` / ``connect_error`` (used to record events for the tests)."""
        self._taps.append(tap)

    def stream(
        self,
        *,
        item_id: int | None = None,
        item_ids: set[int] | None = None,
        batch_id: str | None = None,
        events: set[str] | None = None,
        include_gaps: bool = False,
        replay_recent: bool = False,
    ) -> EventStream:
        """An async iterator over the events that match every filter given.

        Use it as ``async with session.stream(...) as events: async for event in events: ...``.
        Events are buffered from the moment the stream is opened; with ``replay_recent`` the
        matching events of the last moments (up to a few hundred events) come first.
        """
        from ._stream import EventFilter, EventStream

        ids = set(item_ids or ())
        if item_id is not None:
            ids.add(item_id)
        return EventStream(
            self,
            EventFilter(item_ids=frozenset(ids), batch_id=batch_id, names=events),
            include_gaps=include_gaps,
            replay_recent=replay_recent,
        )

    def _attach(self, stream: EventStream) -> None:
        self._streams.add(stream)

    def _detach(self, stream: EventStream) -> None:
        self._streams.discard(stream)

    # ---------------------------------------------------------------------------- dispatch
    async def _on_raw(self, name: str, args: tuple[Any, ...]) -> None:
        if name not in ("disconnect", "connect_error", "__disconnect_final"):
            self._last_heard = time.monotonic()
        if name in ("connect", "connect_error"):
            for tap in self._taps:
                tap(name, args[0] if args else None)
        if name == "connect":
            self.connect_count += 1
            if self.connect_count > 1:
                logger.info("Socket.IO reconnected (connection %d)", self.connect_count)
                self._spawn(self._resubscribe())
            else:
                await self._resubscribe()
            return
        if name == "disconnect":
            self.disconnect_count += 1
            reason = str(args[0]) if args else "disconnected"
            for stream in list(self._streams):
                stream._put(ConnectionGap(reason, reconnected=False))
            return
        if name in _LIFECYCLE_EVENTS:
            return
        payload = args[0] if args else None
        for tap in self._taps:
            tap(name, payload)
        current, event = parse_event(name, payload)
        self._recent.append((current, event))
        for stream in list(self._streams):
            stream._offer(current, event)
        for key in (current, "*"):
            for handler in list(self._handlers.get(key, ())):
                try:
                    result = handler(event)
                    if inspect.isawaitable(result):
                        await result
                except Exception:
                    logger.exception("event handler %r failed on %s", handler, current)

    async def _resubscribe(self) -> None:
        sio = self._sio
        if sio is None:
            return
        for queue_id in sorted(self._queues):
            await sio.emit("subscribe_queue", {"queue_id": queue_id})
        for bulk_id in sorted(self._bulk_downloads):
            await sio.emit("subscribe_bulk_download", {"bulk_download_id": bulk_id})
        if self.connect_count > 1:
            for stream in list(self._streams):
                stream._put(ConnectionGap("reconnected", reconnected=True))

    def _spawn(self, coro: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    def __repr__(self) -> str:
        state = "connected" if self.connected else "not connected"
        return f"EventSession({self._settings.url!r}, {state})"


def _event_key(event: str | type[Any]) -> str:
    if isinstance(event, str):
        return event
    from .._core.events import EVENT_MODELS

    for name, class_name in EVENT_MODELS.items():
        if class_name == event.__name__:
            return name
    if event is RawEvent:
        return "*"
    raise ValueError(f"{event!r} is not an InvokeAI event model")


async def _drain_engineio_tasks(sio: socketio.AsyncClient) -> None:
    eio = sio.eio
    tasks = [
        getattr(eio, attr, None) for attr in ("read_loop_task", "write_loop_task", "ping_task")
    ]
    live = [t for t in tasks if isinstance(t, asyncio.Future) and not t.done()]
    if live:
        await asyncio.wait(live, timeout=2.0)
    reconnect = getattr(sio, "_reconnect_task", None)
    if isinstance(reconnect, asyncio.Future) and not reconnect.done():
        reconnect.cancel()
        await asyncio.gather(reconnect, return_exceptions=True)


__all__ = ["ConnectionGap", "EventSession", "SocketSettings", "event_name"]
