"""The blocking client's backend: what only it does, behind the same small interface as the
async backend (``_async.py``), as httpcore keeps its ``_backends/sync.py``.

* HTTP over ``httpx.Client``: the retry loop (:class:`RetryTransport`; what to retry and how
  long to wait is ``_core/retry.py``'s), older servers' answers normalized
  (:class:`CompatTransport`), error statuses raised typed (:func:`raise_for_status`);
* sleeping with ``time.sleep``;
* waits (``_waits.py``, asyncio code) run on the client's background loop (``_portal.py``,
  ``_sync_events.py``) with their progress handed to the caller's thread in lockstep;
* the Socket.IO helpers, which are coroutines in both clients (as the original client's reference
  documents them): this client's blocking requests run in a worker thread there.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import httpx

from .._core.compat import needs_normalizing, normalized, wants_identity_encoding
from .._core.constants import LOGGER_NAME, POLL_INTERVAL_MAX_S
from .._core.errors import error_for_response, wrap_transport_error
from .._core.retry import STREAMED_EXTENSION, RetryPolicy, log_retry

if TYPE_CHECKING:
    import asyncio

    from invokeai_api.models import SessionQueueItem

    from .._core.dnn_models.job_info import ModelInstJobInfo
    from ..events import EventSession
    from ._http import HttpClients
    from ._sockets import SocketIOClient, SocketIOSession
    from ._state import SharedState

logger = logging.getLogger(LOGGER_NAME)


class Lock:
    """A lock for one thread at a time (``with lock:``), the twin of ``AsyncLock``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self._lock.release()


class RetryTransport(httpx.BaseTransport):
    """Wraps another transport with the retry policy and typed connection errors."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            response: httpx.Response | None = None
            try:
                response = self._inner.handle_request(request)
                if not self._policy.retry_after_status(request, response, attempt):
                    if not request.extensions.get(STREAMED_EXTENSION):
                        # Inside the boundary: a body that breaks off or stalls is retried.
                        response.read()
                    return response
            except httpx.TransportError as exc:
                if response is not None:
                    response.close()
                if not self._policy.retry_after_error(request, exc, attempt):
                    raise wrap_transport_error(exc, request) from exc
                delay = self._policy.delay(attempt)
                log_retry(request, attempt, self._policy, type(exc).__name__, delay)
            else:
                delay = self._policy.delay(attempt, response)
                log_retry(request, attempt, self._policy, f"HTTP {response.status_code}", delay)
                response.close()
            self._policy.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class CompatTransport(httpx.BaseTransport):
    """Normalizes answers of older servers (see ``_compat.normalize_response``)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if wants_identity_encoding(request.method, request.url.path):
            request.headers["Accept-Encoding"] = "identity"
        response = self._inner.handle_request(request)
        if needs_normalizing(request.method, request.url.path, response.status_code):
            response.read()
            return normalized(request, response)
        return response

    def close(self) -> None:
        """The inner transport belongs to the :class:`Pool`, which closes it."""


def raise_for_status(response: httpx.Response) -> None:
    if response.is_error:
        response.read()
        raise error_for_response(response)


def sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)


class Backend:
    """The blocking client's I/O: its httpx client, sleeps, waits, sockets and shutdown."""

    def __init__(self, shared: SharedState, http: HttpClients) -> None:
        self.shared = shared
        self._http = http

    @property
    def http(self) -> httpx.Client:
        return self._http.sync_client

    @property
    def policy(self) -> RetryPolicy:
        return self._http.policy

    def sleep(self, seconds: float) -> None:
        sleep(seconds)

    def notify(self, callback: Callable[[Any], Any], value: Any) -> None:
        """``callback(value)``; a coroutine it returns (an ``async def`` callback) is run to
        its end, as the waits run such callbacks."""
        result = callback(value)
        if inspect.iscoroutine(result):
            import asyncio

            asyncio.run(result)

    # ----------------------------------------------------------------------------- events
    def prepare_events(self) -> None:
        """Start connecting the socket in the background (it is up by the time a wait starts)."""
        self.shared.sync_events.start()

    def wait_for_items(
        self,
        item_ids: Iterable[int],
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_progress: Callable[[Any], Any] | None,
    ) -> dict[int, SessionQueueItem]:
        from ._waits import wait_for_items

        ids = list(item_ids)

        async def afetch(item_id: int) -> Any:
            import asyncio

            # The blocking pool is thread-safe; the background loop must not block on it.
            return await asyncio.to_thread(fetch, item_id)

        return self.shared.sync_events.run(
            lambda session, relay: wait_for_items(
                ids,
                fetch=afetch,
                session=session,
                timeout=timeout,
                on_progress=relay,
                poll_interval=self.shared.options.wait_reread_interval,
            ),
            on_progress,
        )

    def follow_install(
        self,
        job_id: int,
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_update: Callable[[Any], Any],
        poll_interval: float = POLL_INTERVAL_MAX_S,
    ) -> ModelInstJobInfo:
        from ._waits import follow_install

        async def afetch(job: int) -> Any:
            import asyncio

            return await asyncio.to_thread(fetch, job)

        def run(session: EventSession | None, relay: Callable[[Any], None] | None) -> Any:
            # relay is set: on_update is always given here
            return follow_install(
                job_id,
                session=session,
                afetch=afetch,
                timeout=timeout,
                on_update=relay or _ignore,
                poll_interval=poll_interval,
                reread_interval=self.shared.options.wait_reread_interval,
            )

        result: ModelInstJobInfo = self.shared.sync_events.run(run, on_update)
        return result

    # ----------------------------------------------------------------------------- sockets
    @property
    def events(self) -> EventSession:
        return self.shared.events

    async def connect_socketio(self, probe: Callable[[], Any]) -> SocketIOClient:
        from . import _sockets  # python-socketio loads with the first socket

        return await _sockets.connect(self.shared, _in_thread(probe))

    async def disconnect_socketio(self) -> None:
        from . import _sockets  # python-socketio loads with the first socket

        await _sockets.disconnect(self.shared)

    def socketio_session(self, probe: Callable[[], Any]) -> SocketIOSession:
        from . import _sockets  # python-socketio loads with the first socket

        return _sockets.session(self.shared, _in_thread(probe))

    # ----------------------------------------------------------------------------- lifecycle
    def shutdown(self) -> None:
        """Disconnect Socket.IO, stop the background loop and close the connections.

        Async connections opened by the same client (its async helpers) belong to an event
        loop: inside that running loop their closing is scheduled; with no loop running they
        are closed on a fresh one."""
        import asyncio

        shared = self.shared
        _close_async_session(shared)
        if shared.portal.running:
            shared.stop_portal()
        inner = shared.pool.close()
        if inner is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            try:
                asyncio.run(inner.aclose())
            except RuntimeError as exc:
                logger.warning("async connections could not be closed (%s); use aclose()", exc)
        else:
            _keep_until_done(loop.create_task(inner.aclose()))

    def close(self) -> None:
        """Close this client's blocking httpx wrapper."""
        self._http.close()

    async def aclose(self, *, owner: bool, close: Callable[[], bool]) -> None:
        """Close from async code (where the client's async helpers were used). ``close()``
        marks the client closed (False: it was already)."""
        from ._async import shutdown_on_loop

        if not close():
            return
        if owner:
            await shutdown_on_loop(self.shared)
        self.close()


def _in_thread(probe: Callable[[], Any]) -> Callable[[], Any]:
    """``probe`` (blocking here) in a worker thread, off the caller's event loop."""

    async def run() -> None:
        import asyncio

        await asyncio.to_thread(probe)

    return run


def _ignore(_: Any) -> None:
    return None


# close() inside a running event loop schedules work; keep the tasks referenced until done.
_CLOSING_TASKS: set[asyncio.Task[None]] = set()


def _keep_until_done(task: asyncio.Task[None]) -> None:
    _CLOSING_TASKS.add(task)
    task.add_done_callback(_CLOSING_TASKS.discard)


def _close_async_session(shared: SharedState) -> None:
    import asyncio

    session = shared.events if shared.has_events else None
    if session is None or session.loop is None or session.loop.is_closed():
        return
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is session.loop:
        _keep_until_done(running.create_task(session.disconnect()))
    elif running is None and not session.loop.is_running():
        session.loop.run_until_complete(session.disconnect())
