"""``InvokeAIClient``: configuration, lazily built repositories and the raw-request escape hatch."""

from __future__ import annotations

import logging
import re
import urllib.parse
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import BearerTokenAuth
from ._compat import ServerVersion, require, supports
from ._constants import (
    DEFAULT_BASE_PATH,
    DEFAULT_HOST,
    DEFAULT_MAX_RETRIES,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT_S,
    HEALTH_ENDPOINT,
    LOGGER_NAME,
    SOCKETIO_PATH,
)
from ._portal import Portal
from ._transport import NO_RETRY_EXTENSION, Transport, TransportSettings
from .errors import (
    AuthenticationError,
    AuthError,
    InvokeAIError,
    NotFoundError,
    PermissionDeniedError,
)

if TYPE_CHECKING:
    import asyncio
    from types import TracebackType

    import invokeai_api
    import socketio
    from invokeai_api.models import UserDTO

    from .board import BoardRepository
    from .dnn_model import DnnModelRepository
    from .events import EventSession
    from .events._bridge import SyncEvents
    from .queue import QueueRepository
    from .workflow import WorkflowRepository

logger = logging.getLogger(LOGGER_NAME)
_API_VERSION_SUFFIX = re.compile(r"/api/v\d+$")
_SCHEME_PORTS = {"http": 80, "https": 443}
# close() called inside a running event loop schedules the async pool's closing; keep the task
# referenced until it is done.
_CLOSING_TASKS: set[asyncio.Task[None]] = set()
_KNOWN_KWARGS = frozenset(
    {"headers", "follow_redirects", "transport", "async_transport", "socketio_url"}
)


def _split_base_path(base_path: str) -> tuple[str, str]:
    """``/invoke/api/v1`` -> (``/invoke``, ``/invoke/api/v1``): server prefix and API base path."""
    cleaned = "/" + base_path.strip("/") if base_path.strip("/") else ""
    if _API_VERSION_SUFFIX.search(cleaned):
        return _API_VERSION_SUFFIX.sub("", cleaned), cleaned
    return cleaned, cleaned + DEFAULT_BASE_PATH


class InvokeAIClient:
    """A connection to one InvokeAI server.

    Example:
        >>> with InvokeAIClient.from_url("http://127.0.0.1:9090") as client:
        ...     client.health_check()
        True

    Args:
        host: host name or IP address of the server.
        port: TCP port of the server.
        api_key: a bearer token sent as ``Authorization: Bearer <api_key>`` (InvokeAI's multi-user
            mode issues such tokens at login; see :meth:`login`).
        timeout: seconds to wait for each request.
        base_path: path of the v1 API; a path without ``/api/vN`` is taken as the prefix the server
            is mounted under (a reverse proxy), and ``/api/v1`` is appended.
        use_https: use https (and wss for Socket.IO).
        verify_ssl: verify the server's TLS certificate.
        max_retries: retries for connection errors and 429/502/503/504 answers to GET/HEAD;
            a request that may have reached the server is never re-sent unless it is idempotent.
        **kwargs: ``headers`` (extra headers for every request), ``follow_redirects``,
            ``transport`` / ``async_transport`` (replace the innermost httpx transports),
            ``socketio_url`` (where Socket.IO listens, when not at the HTTP address, e.g.
            ``"http://127.0.0.1:9091"``; the path ``/ws/socket.io`` is appended).

    Raises:
        ValueError: on an empty host, a port outside 1..65535, a timeout <= 0 or max_retries < 0.
        TypeError: on an unknown keyword argument.
    """

    def __init__(
        self,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        base_path: str = DEFAULT_BASE_PATH,
        use_https: bool = False,
        verify_ssl: bool = True,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **kwargs: Any,
    ) -> None:
        unknown = set(kwargs) - _KNOWN_KWARGS
        if unknown:
            raise TypeError(
                f"InvokeAIClient got unexpected keyword argument(s): {', '.join(sorted(unknown))}"
            )
        if not isinstance(host, str) or not host.strip():
            raise ValueError(f"host must be a non-empty string, got {host!r}")
        if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
            raise ValueError(f"port must be an integer from 1 to 65535, got {port!r}")
        if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")

        self.host = host.strip().strip("[]")
        self.port = port
        self.timeout = float(timeout)
        self.use_https = use_https
        self.verify_ssl = verify_ssl
        self.max_retries = max_retries
        self._server_prefix, self.base_path = _split_base_path(base_path)
        self._auth = BearerTokenAuth(api_key)
        self._transport = Transport(
            TransportSettings(
                server_url=self.server_url,
                timeout=self.timeout,
                verify_ssl=verify_ssl,
                max_retries=max_retries,
                auth=self._auth,
                headers=dict(kwargs.get("headers") or {}),
                follow_redirects=bool(kwargs.get("follow_redirects", False)),
                sync_transport=kwargs.get("transport"),
                async_transport=kwargs.get("async_transport"),
            )
        )
        self._api: invokeai_api.AuthenticatedClient | None = None
        self._headers = dict(kwargs.get("headers") or {})
        self._socketio_url: str | None = kwargs.get("socketio_url")
        self._events: EventSession | None = None
        self._sync_events_bridge: SyncEvents | None = None
        self._portal = Portal()
        self._server_version: ServerVersion | None = None
        self._board_repo: BoardRepository | None = None
        self._dnn_model_repo: DnnModelRepository | None = None
        self._queue_repo: QueueRepository | None = None
        self._workflow_repo: WorkflowRepository | None = None

    # ----------------------------------------------------------------------------- construction
    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> InvokeAIClient:
        """Create a client from a URL such as ``http://localhost:9090`` or
        ``https://my-invoke.ai:8080/api/v1``.

        The scheme gives ``use_https`` and the default port (80 / 443); a path is the base path
        (``/api/v1`` is appended when the path does not end in ``/api/vN``); trailing slashes are
        ignored. Keyword arguments go to the constructor.

        Raises:
            ValueError: when the URL has no scheme, an unsupported scheme, no host or a bad port.
        """
        if not isinstance(url, str) or "://" not in url:
            raise ValueError(f"URL {url!r} has no scheme: write it like 'http://localhost:9090'")
        parts = urllib.parse.urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in _SCHEME_PORTS:
            raise ValueError(
                f"unsupported URL scheme {parts.scheme!r} in {url!r}: use 'http' or 'https'"
            )
        if not parts.hostname:
            raise ValueError(f"URL {url!r} has no host")
        try:
            port = parts.port or _SCHEME_PORTS[scheme]
        except ValueError:
            raise ValueError(f"URL {url!r} has an invalid port") from None
        options: dict[str, Any] = {
            "host": parts.hostname,
            "port": port,
            "use_https": scheme == "https",
            "base_path": parts.path.rstrip("/") or DEFAULT_BASE_PATH,
        }
        options.update(kwargs)
        return cls(**options)

    # ----------------------------------------------------------------------------- addresses
    @property
    def server_url(self) -> str:
        """Root URL of the server (scheme, host, port and any reverse-proxy prefix)."""
        scheme = "https" if self.use_https else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}{self._server_prefix}"

    @property
    def base_url(self) -> str:
        """URL of the v1 API, to which ``_make_request`` appends its endpoint."""
        scheme = "https" if self.use_https else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}{self.base_path}"

    def _endpoint_path(self, endpoint: str) -> str:
        # A path that already starts with /api/ names a route from the server root (the only way
        # to reach /api/v2/models/...); anything else is relative to base_path, as documented.
        if not endpoint.startswith("/"):
            endpoint = "/" + endpoint
        # Paths are relative to server_url, which already carries any reverse-proxy prefix.
        if endpoint.startswith("/api/"):
            return endpoint
        return self.base_path[len(self._server_prefix) :] + endpoint

    # ----------------------------------------------------------------------------- requests
    def _make_request(self, method: str, endpoint: str, **kwargs: Any) -> httpx.Response:
        """Send one request and return the ``httpx.Response``.

        ``endpoint`` is appended to :attr:`base_url` (``"/app/version"``); a path starting with
        ``/api/`` is taken from the server root instead (``"/api/v2/models/"``). ``kwargs`` go to
        ``httpx.Client.request`` (``json``, ``params``, ``data``, ``files``, ``content``,
        ``headers``, ``timeout``).

        Raises:
            APIStatusError: (a subclass per status) when the server answers >= 400.
            APIConnectionError / APITimeoutError: when no answer comes back.
        """
        return self._transport.request(method.upper(), self._endpoint_path(endpoint), **kwargs)

    async def _amake_request(self, method: str, endpoint: str, **kwargs: Any) -> httpx.Response:
        """The async twin of :meth:`_make_request`."""
        path = self._endpoint_path(endpoint)
        return await self._transport.arequest(method.upper(), path, **kwargs)

    @property
    def api(self) -> invokeai_api.AuthenticatedClient:
        """The generated low-level bindings, on this client's connection pool, auth and retries.

        Example:
            >>> from invokeai_api.api.boards import get_board
            >>> board = get_board.sync("my-board-id", client=client.api)
        """
        if self._api is None:
            import invokeai_api

            # The token argument is unused: requests go through our httpx clients, whose auth
            # object holds (and refreshes) the real token.
            api = invokeai_api.AuthenticatedClient(
                base_url=self.server_url, token="", raise_on_unexpected_status=True
            )
            api.set_httpx_client(self._transport.sync_client)
            api.set_async_httpx_client(self._transport.async_client)
            self._api = api
        return self._api

    def health_check(self) -> bool:
        """True when an InvokeAI server answers at this address; never raises.

        It asks ``GET /api/v1/app/version`` (InvokeAI has no ``/health`` route; this one needs no
        auth on every server line), once, without retries, and checks that the answer is
        InvokeAI's version object.
        """
        try:
            response = self._transport.sync_client.get(
                HEALTH_ENDPOINT,
                extensions={NO_RETRY_EXTENSION: True},
            )
            payload = response.json()
        except (InvokeAIError, httpx.HTTPError, ValueError):
            return False
        return isinstance(payload, dict) and isinstance(payload.get("version"), str)

    @property
    def server_version(self) -> ServerVersion:
        """The server's release (asked once, on first use, then cached)."""
        if self._server_version is None:
            payload = self._make_request("GET", HEALTH_ENDPOINT).json()
            version = payload.get("version") if isinstance(payload, dict) else None
            self._server_version = ServerVersion.parse(str(version))
        return self._server_version

    async def aserver_version(self) -> ServerVersion:
        """The async twin of :attr:`server_version`."""
        if self._server_version is None:
            payload = (await self._amake_request("GET", HEALTH_ENDPOINT)).json()
            version = payload.get("version") if isinstance(payload, dict) else None
            self._server_version = ServerVersion.parse(str(version))
        return self._server_version

    def _require(self, feature: str) -> None:
        """Raise ``UnsupportedByServerError`` when the server lacks ``feature`` (see _compat)."""
        require(self.server_version, feature)

    def _supports(self, feature: str) -> bool:
        return supports(self.server_version, feature)

    # ----------------------------------------------------------------------------- auth
    def login(self, email: str, password: str, *, remember_me: bool = False) -> UserDTO:
        """Log in to a multi-user server (InvokeAI 6.12+) and use its token from now on.

        Returns the logged-in user. The token is kept privately (never in a repr or a log) and
        replaced whenever the server sends a refreshed one.

        Raises:
            AuthError: wrong credentials, or a single-user server (which has no login).
            UnsupportedByServerError: a server older than 6.12 (it has no user accounts).
        """
        self._require("auth")
        try:
            response = self._make_request(
                "POST",
                "/api/v1/auth/login",
                json={"email": email, "password": password, "remember_me": remember_me},
            )
        except AuthenticationError as exc:
            raise AuthError(
                f"login as {email!r} refused: {exc.detail or 'wrong credentials'}"
            ) from exc
        except PermissionDeniedError as exc:
            raise AuthError(
                "this server runs in single-user mode and has no login "
                f"(it answered 403: {exc.detail}); use the client without logging in"
            ) from exc
        except NotFoundError as exc:
            raise AuthError(
                "this server has no user accounts (login exists since InvokeAI 6.12)"
            ) from exc
        from invokeai_api.models import LoginResponse

        login = LoginResponse.from_dict(response.json())
        self._auth.token = login.token
        return login.user

    def logout(self) -> None:
        """Forget the token (and tell the server, which clears its media cookie)."""
        if self._auth.token:
            try:
                self._make_request("POST", "/api/v1/auth/logout")
            finally:
                self._auth.token = None

    @property
    def is_authenticated(self) -> bool:
        return self._auth.token is not None

    # ----------------------------------------------------------------------------- Socket.IO
    def _new_event_session(self) -> EventSession:
        from .events import EventSession, SocketSettings

        if self._socketio_url is not None:
            url, prefix = self._socketio_url.rstrip("/"), ""
        else:
            url, prefix = (
                self.server_url[: len(self.server_url) - len(self._server_prefix)],
                (self._server_prefix),
            )
        return EventSession(
            SocketSettings(
                url=url,
                socketio_path=prefix + SOCKETIO_PATH,
                verify_ssl=self.verify_ssl,
                token=lambda: self._auth.token,
                headers=self._headers,
            )
        )

    @property
    def events(self) -> EventSession:
        """The Socket.IO session for async code: typed handlers (``on``), filtered streams
        (``stream``), queue subscriptions. Connect it with :meth:`connect_socketio`."""
        if self._events is None:
            self._events = self._new_event_session()
        return self._events

    @property
    def _sync_events(self) -> SyncEvents:
        # The session that synchronous waits use, living on the client's background loop.
        if self._sync_events_bridge is None:
            from .events._bridge import SyncEvents

            self._sync_events_bridge = SyncEvents(self._portal, self._new_event_session)
        return self._sync_events_bridge

    async def connect_socketio(self) -> socketio.AsyncClient:
        """Connect to the server's Socket.IO (``/ws/socket.io``, ws or wss following the client,
        with the bearer token on multi-user servers), subscribe to the default queue, and return
        the python-socketio ``AsyncClient``. Connecting again returns the same client.

        Raises:
            EventConnectionError: refused (e.g. no valid token on a multi-user server) or
                unreachable.
        """
        return await self.events.connect()

    async def disconnect_socketio(self) -> None:
        """Disconnect Socket.IO and release everything it holds (no session or task is left)."""
        if self._events is not None:
            await self._events.disconnect()

    @asynccontextmanager
    async def socketio_session(self) -> AsyncIterator[socketio.AsyncClient]:
        """``async with client.socketio_session() as sio:`` connects, and disconnects at the end
        (a connection that was already open before the block stays open)."""
        was_connected = self.events.connected
        sio = await self.connect_socketio()
        try:
            yield sio
        finally:
            if not was_connected:
                await self.disconnect_socketio()

    # ----------------------------------------------------------------------------- repositories
    @property
    def board_repo(self) -> BoardRepository:
        """Boards and their images (built on first use, then cached)."""
        if self._board_repo is None:
            from .board import BoardRepository

            self._board_repo = BoardRepository(self)
        return self._board_repo

    @property
    def dnn_model_repo(self) -> DnnModelRepository:
        """Models: list, install (jobs), update, convert, delete, scan, cache, Hugging Face
        login (built on first use, then cached)."""
        if self._dnn_model_repo is None:
            from .dnn_model import DnnModelRepository

            self._dnn_model_repo = DnnModelRepository(self)
        return self._dnn_model_repo

    @property
    def workflow_repo(self) -> WorkflowRepository:
        """Workflows: prepare GUI-exported workflows for running, and the workflow library."""
        if self._workflow_repo is None:
            from .workflow import WorkflowRepository

            self._workflow_repo = WorkflowRepository(self)
        return self._workflow_repo

    @property
    def queue_repo(self) -> QueueRepository:
        """The session queue: enqueue, wait, cancel, retry, clear (built on first use)."""
        if self._queue_repo is None:
            from .queue import QueueRepository

            self._queue_repo = QueueRepository(self)
        return self._queue_repo

    # ----------------------------------------------------------------------------- lifecycle
    def close(self) -> None:
        """Close the connection pools (and an async pool, if one was opened) and disconnect
        Socket.IO."""
        import asyncio

        self._close_event_sessions()
        self._transport.close()
        async_client = self._transport.detach_async_client()
        if async_client is not None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                try:
                    asyncio.run(async_client.aclose())
                except RuntimeError as exc:
                    # Its connections belong to an event loop that is gone (asyncio.run ended
                    # before close()); only aclose() inside that loop could close them cleanly.
                    logger.warning("async connections could not be closed (%s); use aclose()", exc)
            else:
                task = loop.create_task(async_client.aclose())
                _CLOSING_TASKS.add(task)
                task.add_done_callback(_CLOSING_TASKS.discard)

    async def aclose(self) -> None:
        """Close everything from async code."""
        import asyncio

        if self._events is not None:
            await self._events.disconnect()
        if self._portal.running:
            await asyncio.to_thread(self._stop_portal)
        await self._transport.aclose()

    def _stop_portal(self) -> None:
        bridge = self._sync_events_bridge
        self._portal.stop(bridge.close() if bridge is not None else None)

    def _close_event_sessions(self) -> None:
        import asyncio

        session = self._events
        if session is not None and session.loop is not None and not session.loop.is_closed():
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is session.loop:
                task = running.create_task(session.disconnect())
                _CLOSING_TASKS.add(task)
                task.add_done_callback(_CLOSING_TASKS.discard)
            elif running is None and not session.loop.is_running():
                session.loop.run_until_complete(session.disconnect())
        if self._portal.running:
            self._stop_portal()

    def __enter__(self) -> InvokeAIClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> InvokeAIClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        auth = ", authenticated" if self._auth.token else ""
        return f"InvokeAIClient({self.base_url!r}{auth})"
