"""The async client's backend: what only it does, behind the same small interface as the
blocking backend (``_sync.py``), as httpcore keeps its ``_backends/``.

* HTTP over ``httpx.AsyncClient``: the retry loop (:class:`AsyncRetryTransport`; what to retry
  and how long to wait is ``_core/retry.py``'s), older servers' answers normalized
  (:class:`AsyncCompatTransport`), error statuses raised typed (:func:`raise_for_status`);
* sleeping with ``asyncio.sleep`` (asyncio is imported on first use, not at import);
* waits (``_waits.py``) run on the caller's event loop with the client's Socket.IO session;
* the Socket.IO helpers (``_sockets.py``).
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import httpx

from .._core.compat import needs_normalizing, normalized, wants_identity_encoding
from .._core.constants import POLL_INTERVAL_MAX_S
from .._core.errors import EventConnectionError, error_for_response, wrap_transport_error
from .._core.retry import STREAMED_EXTENSION, RetryPolicy, log_retry

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

    from .._core.dnn_models.job_info import ModelInstJobInfo
    from ..events import EventSession
    from ._http import HttpClients
    from ._sockets import SocketIOClient, SocketIOSession
    from ._state import SharedState


class AsyncLock:
    """A lock for one task at a time (``async with lock:``); the asyncio lock is made on first
    use, so that importing the client does not import asyncio."""

    def __init__(self) -> None:
        self._lock: Any = None

    async def __aenter__(self) -> None:
        if self._lock is None:
            import asyncio

            self._lock = asyncio.Lock()
        await self._lock.acquire()

    async def __aexit__(self, *exc_info: object) -> None:
        self._lock.release()


async def sleep(seconds: float) -> None:
    import asyncio  # loaded on first async use, not at import

    await asyncio.sleep(seconds)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            response: httpx.Response | None = None
            try:
                response = await self._inner.handle_async_request(request)
                if not self._policy.retry_after_status(request, response, attempt):
                    if not request.extensions.get(STREAMED_EXTENSION):
                        await response.aread()
                    return response
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                if not self._policy.retry_after_error(request, exc, attempt):
                    raise wrap_transport_error(exc, request) from exc
                delay = self._policy.delay(attempt)
                log_retry(request, attempt, self._policy, type(exc).__name__, delay)
            else:
                delay = self._policy.delay(attempt, response)
                log_retry(request, attempt, self._policy, f"HTTP {response.status_code}", delay)
                await response.aclose()
            await sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()


class AsyncCompatTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`CompatTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if wants_identity_encoding(request.method, request.url.path):
            request.headers["Accept-Encoding"] = "identity"
        response = await self._inner.handle_async_request(request)
        if needs_normalizing(request.method, request.url.path, response.status_code):
            await response.aread()
            return normalized(request, response)
        return response

    async def aclose(self) -> None:
        """The inner transport belongs to the :class:`Pool`, which closes it."""


async def raise_for_status(response: httpx.Response) -> None:
    if response.is_error:
        await response.aread()
        raise error_for_response(response)


class AsyncBackend:
    """The async client's I/O: its httpx client, sleeps, waits, sockets and shutdown."""

    def __init__(self, shared: SharedState, http: HttpClients) -> None:
        self.shared = shared
        self._http = http

    @property
    def http(self) -> httpx.AsyncClient:
        return self._http.async_client

    @property
    def policy(self) -> RetryPolicy:
        return self._http.policy

    async def sleep(self, seconds: float) -> None:
        await sleep(seconds)

    async def notify(self, callback: Callable[[Any], Any], value: Any) -> None:
        """``callback(value)``; a coroutine it returns is awaited."""
        result = callback(value)
        if inspect.isawaitable(result):
            await result

    # ----------------------------------------------------------------------------- events
    async def session(self) -> EventSession | None:
        """The connected Socket.IO session, or None when no socket can be opened (waits poll)."""
        events = self.shared.events
        if not events.connected:
            with contextlib.suppress(EventConnectionError):
                await events.connect()
        return events if events.connected else None

    async def prepare_events(self) -> None:
        """Open the socket before an enqueue, so no event of the new items is missed."""
        await self.session()

    async def wait_for_items(
        self,
        item_ids: Iterable[int],
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_progress: Callable[[Any], Any] | None,
    ) -> dict[int, SessionQueueItem]:
        from ._waits import wait_for_items

        return await wait_for_items(
            list(item_ids),
            fetch=fetch,
            session=await self.session(),
            timeout=timeout,
            on_progress=on_progress,
            poll_interval=self.shared.options.wait_reread_interval,
        )

    async def follow_install(
        self,
        job_id: int,
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_update: Callable[[Any], Any],
        poll_interval: float = POLL_INTERVAL_MAX_S,
    ) -> ModelInstJobInfo:
        from ._waits import follow_install

        return await follow_install(
            job_id,
            session=await self.session(),
            afetch=fetch,
            timeout=timeout,
            on_update=on_update,
            poll_interval=poll_interval,
            reread_interval=self.shared.options.wait_reread_interval,
        )

    # ----------------------------------------------------------------------------- sockets
    @property
    def events(self) -> EventSession:
        return self.shared.events

    async def connect_socketio(self, probe: Callable[[], Any]) -> SocketIOClient:
        from . import _sockets  # python-socketio loads with the first socket

        return await _sockets.connect(self.shared, probe)

    async def disconnect_socketio(self) -> None:
        from . import _sockets  # python-socketio loads with the first socket

        await _sockets.disconnect(self.shared)

    def socketio_session(self, probe: Callable[[], Any]) -> SocketIOSession:
        from . import _sockets  # python-socketio loads with the first socket

        return _sockets.session(self.shared, probe)

    # ----------------------------------------------------------------------------- lifecycle
    async def shutdown(self) -> None:
        """Disconnect Socket.IO, stop the background loop and close the connections (the
        client that made the shared state does this)."""
        await shutdown_on_loop(self.shared)

    async def close(self) -> None:
        """Close this client's httpx wrappers."""
        await self._http.aclose()

    async def aclose(self, *, owner: bool, close: Callable[[], bool]) -> None:
        """Close from async code: for this client what ``close()`` does. ``close()`` marks the
        client closed (False: it was already)."""
        if not close():
            return
        if owner:
            await self.shutdown()
        await self.close()


async def shutdown_on_loop(shared: SharedState) -> None:
    """Disconnect Socket.IO, stop the background loop and close the connections, from async code
    (also how a blocking client closes from async code)."""
    import asyncio

    if shared.has_events:
        await shared.events.disconnect()
    if shared.portal.running:
        await asyncio.to_thread(shared.stop_portal)
    inner = shared.pool.close()
    if inner is not None:
        await inner.aclose()
