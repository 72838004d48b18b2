"""``AsyncInvokeAIClient``: configuration, repositories, auth and the raw-request escape hatch."""

from __future__ import annotations

from collections.abc import Coroutine
from types import TracebackType
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._backends._http import HttpClients
from .._backends._state import SharedState
from .._core.constants import (
    DEFAULT_BASE_PATH,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_S,
    HEALTH_ENDPOINT,
)
from .._core.errors import (
    AuthenticationError,
    ClientClosedError,
    InvokeAIError,
    LoginError,
    NotFoundError,
    PermissionDeniedError,
    UnexpectedResponseError,
    json_of,
)
from .._core.options import (
    ClientExtras,
    ClientOptions,
    UrlKeywords,
    build_options,
    options_from_url,
)
from .._core.retry import NO_RETRY_EXTENSION
from ._requester import AsyncRequester

if TYPE_CHECKING:
    import invokeai_api
    from invokeai_api.models import GenerationDeviceOption, InvocationCacheStatus, UserDTO

    from .._backends._sockets import SocketIOClient, SocketIOSession
    from .._core.versions import ServerVersion
    from ..events import EventSession
    from ..models import IvkJob
    from .board_repo import AsyncBoardRepository
    from .dnn_model_repo import AsyncDnnModelRepository
    from .queue_repo import AsyncQueueRepository
    from .workflow_repo import AsyncWorkflowRepository


class AsyncInvokeAIClient:
    """A connection to one InvokeAI server.

    Example:
        ```python
        async with AsyncInvokeAIClient.from_url("http://localhost:9090") as client:
            print(await client.health_check())
        ```

    Args:
        host: host name or IP address of the server (a URL such as
            ``"http://127.0.0.1:9090"`` is read as :meth:`from_url` reads it). With neither
            ``host`` nor ``port``, the address comes from ``INVOKEAI_URL`` when it is set
            (else ``localhost:9090``).
        port: TCP port of the server.
        api_key: a bearer token sent as ``Authorization: Bearer <api_key>`` (InvokeAI's
            multi-user mode issues such tokens at login); ``INVOKEAI_API_KEY`` when not given.
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
            ``"http://127.0.0.1:9091"``; the path ``/ws/socket.io`` is appended),
            ``socketio_tap`` (``tap(name, payload)`` is called with every raw Socket.IO event
            the client receives, untouched, and with each ``connect`` / ``connect_error``: to
            record or debug a session; the testing kit records events with it),
            ``wait_reread_interval`` (seconds, 15 by default: how often a wait reads its items
            again while the socket carries events, so that a lost event never holds it up).

    The configuration is fixed once built: :meth:`with_options` derives a client with other
    settings on the same connections. ``INVOKEAI_LOG=debug`` logs every request (secrets
    redacted).

    Raises:
        InvalidInputError: an empty host, a port outside 1..65535, a timeout <= 0 or
            max_retries < 0 (also a ``ValueError``).
        UnknownArgumentError: an unknown keyword argument (also a ``TypeError``).
    """

    def __init__(
        self,
        host: str | None = None,
        port: int | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        base_path: str = DEFAULT_BASE_PATH,
        use_https: bool = False,
        verify_ssl: bool = True,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **kwargs: Unpack[ClientExtras],
    ) -> None:
        from .._core.log import configure_from_env

        configure_from_env()
        options, key = build_options(
            host=host,
            port=port,
            timeout=timeout,
            base_path=base_path,
            use_https=use_https,
            verify_ssl=verify_ssl,
            max_retries=max_retries,
            api_key=api_key,
            extra=kwargs,
            call=f"{type(self).__name__}()",
        )
        self._setup(options, SharedState(options, key), owner=True)

    def _setup(self, options: ClientOptions, shared: SharedState, *, owner: bool) -> None:
        self._options = options
        self._shared = shared
        self._owner = owner
        self._closed = False
        self._ctx = AsyncRequester(options, shared, HttpClients(options, shared.auth, shared.pool))
        self._backend = self._ctx.backend
        self._board_repo: AsyncBoardRepository | None = None
        self._dnn_model_repo: AsyncDnnModelRepository | None = None
        self._queue_repo: AsyncQueueRepository | None = None
        self._workflow_repo: AsyncWorkflowRepository | None = None

    @classmethod
    def from_url(cls, url: str, **kwargs: Unpack[UrlKeywords]) -> AsyncInvokeAIClient:
        """Create a client from a URL such as ``http://localhost:9090`` or
        ``https://my-invoke.ai:8080/api/v1``.

        The scheme gives ``use_https`` and the default port (80 / 443); a path is the base path
        (``/api/v1`` is appended when the path does not end in ``/api/vN``); trailing slashes are
        ignored. Keyword arguments go to the constructor.

        Raises:
            InvalidInputError: no scheme, an unsupported scheme, no host or a bad port.
        """
        return cls(**options_from_url(url, call=f"{cls.__name__}.from_url()", **kwargs))

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> AsyncInvokeAIClient:
        """A client with other settings that shares this one's connections, credentials,
        Socket.IO session and server knowledge. Closing it leaves this client open.

        Example:
            ```python
            patient = client.with_options(timeout=300, max_retries=0)
            ```
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if headers is not None:
            changes["headers"] = {**self._options.headers, **headers}
        derived = object.__new__(type(self))
        derived._setup(self._options.replace(**changes), self._shared, owner=False)
        return derived

    # ----------------------------------------------------------------------------- settings
    @property
    def options(self) -> ClientOptions:
        """The whole configuration (frozen)."""
        return self._options

    @property
    def host(self) -> str:
        return self._options.host

    @property
    def port(self) -> int:
        return self._options.port

    @property
    def timeout(self) -> float:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def use_https(self) -> bool:
        return self._options.use_https

    @property
    def verify_ssl(self) -> bool:
        return self._options.verify_ssl

    @property
    def base_path(self) -> str:
        """Path of the v1 API (with any reverse-proxy prefix)."""
        return self._options.api_base_path

    @property
    def server_url(self) -> str:
        """Root URL of the server (scheme, host, port and any reverse-proxy prefix)."""
        return self._options.server_url

    @property
    def base_url(self) -> str:
        """URL of the v1 API, to which ``_make_request`` appends its endpoint."""
        return self._options.base_url

    @property
    def is_closed(self) -> bool:
        return self._closed or self._shared.pool.closed

    # ----------------------------------------------------------------------------- requests
    async def _make_request(self, method: str, endpoint: str, **kwargs: Any) -> httpx.Response:
        """Send one request and return the ``httpx.Response``.

        ``endpoint`` is appended to :attr:`base_url` (``"/app/version"``); a path starting with
        ``/api/`` is taken from the server root instead (``"/api/v2/models/"``). ``kwargs`` go to
        ``httpx.Client.request`` (``json``, ``params``, ``data``, ``files``, ``content``,
        ``headers``, ``timeout``).

        Raises:
            APIStatusError: (a subclass per status) when the server answers >= 400.
            APIConnectionError / APITimeoutError: when no answer comes back.
            ClientClosedError: the client was closed.
        """
        self._check_open()
        path = self._options.endpoint_path(endpoint)
        return await self._ctx.request(method.upper(), path, **kwargs)

    @property
    def api(self) -> invokeai_api.AuthenticatedClient:
        """The generated low-level bindings, on this client's connection pool, auth and retries.

        Example:
            ```python
            from invokeai_api.api.app import app_version
            print(app_version.sync(client=client.api).version)
            ```
        """
        self._check_open()
        return self._ctx.api

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("this client was closed; create a new one")
        self._shared.pool.check_open()

    async def health_check(self) -> bool:
        """True when an InvokeAI server answers at this address; never raises.

        It asks ``GET /api/v1/app/version`` (InvokeAI has no ``/health`` route; this one needs no
        auth on every server line), once, without retries, and checks that the answer is
        InvokeAI's version object.
        """
        try:
            self._check_open()
            response = await self._backend.http.get(
                HEALTH_ENDPOINT, extensions={NO_RETRY_EXTENSION: True}
            )
            payload = response.json()
        except (InvokeAIError, httpx.HTTPError, ValueError):
            return False
        return isinstance(payload, dict) and isinstance(payload.get("version"), str)

    async def get_server_version(self) -> ServerVersion:
        """The server's release (asked once, on first use, then cached)."""
        self._check_open()
        return await self._ctx.server_version()

    async def get_invocation_cache_status(self) -> InvocationCacheStatus:
        """The server's invocation cache: whether it is on, its size and limit, and how many
        node results it served from the cache (``hits``) or computed (``misses``)."""
        from .._core import app  # the bindings' module of the route loads with the first call

        self._check_open()
        return await self._ctx.call(app.invocation_cache_status())

    async def get_generation_device_options(self) -> list[GenerationDeviceOption]:
        """The devices the server can generate on (``device``, ``name``): a server runs one
        session worker per configured device. InvokeAI 6.14+.

        Raises:
            UnsupportedByServerError: an older server (it runs one session at a time).
        """
        from .._core import app  # the bindings' module of the route loads with the first call

        self._check_open()
        await self._ctx.require("generation_devices")
        return await self._ctx.call(app.generation_device_options())

    # ----------------------------------------------------------------------------- auth
    async def login(self, email: str, password: str, *, remember_me: bool = False) -> UserDTO:
        """Log in to a multi-user server (InvokeAI 6.12+) and use its token from now on.

        Returns the logged-in user. The token is kept privately (never in a repr or a log) and
        replaced whenever the server sends a refreshed one.

        Raises:
            LoginError: wrong credentials, or a single-user server (which has no login).
            UnsupportedByServerError: a server older than 6.12 (it has no user accounts).
        """
        await self._ctx.require("auth")
        try:
            response = await self._make_request(
                "POST",
                "/api/v1/auth/login",
                json={"email": email, "password": password, "remember_me": remember_me},
            )
        except AuthenticationError as exc:
            raise LoginError(
                f"login as {email!r} refused: {exc.detail or 'wrong credentials'}"
            ) from exc
        except PermissionDeniedError as exc:
            raise LoginError(
                "this server runs in single-user mode and has no login "
                f"(it answered 403: {exc.detail}); use the client without logging in"
            ) from exc
        except NotFoundError as exc:
            raise LoginError(
                "this server has no user accounts (login exists since InvokeAI 6.12)"
            ) from exc
        from invokeai_api.models import LoginResponse

        try:
            login = LoginResponse.from_dict(json_of(response))
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, InvokeAIError):
                raise
            raise UnexpectedResponseError(f"login: the answer is not a login ({exc!r})") from exc
        self._shared.auth.token = login.token
        self._shared.token_from_login = True
        return login.user

    async def logout(self) -> None:
        """Forget the token (and tell the server, which clears its media cookie)."""
        if self._shared.auth.token:
            try:
                await self._make_request("POST", "/api/v1/auth/logout")
            finally:
                self._shared.auth.token = None
                self._shared.token_from_login = False

    @property
    def is_authenticated(self) -> bool:
        return self._shared.auth.token is not None

    # ----------------------------------------------------------------------------- repositories
    @property
    def board_repo(self) -> AsyncBoardRepository:
        """Boards and their images (built on first use, then cached)."""
        if self._board_repo is None:
            from .board_repo import AsyncBoardRepository

            self._board_repo = AsyncBoardRepository(self._ctx)
        return self._board_repo

    @property
    def dnn_model_repo(self) -> AsyncDnnModelRepository:
        """Models: list, install (jobs), update, convert, delete, scan, cache, Hugging Face
        login (built on first use, then cached)."""
        if self._dnn_model_repo is None:
            from .dnn_model_repo import AsyncDnnModelRepository

            self._dnn_model_repo = AsyncDnnModelRepository(self._ctx)
        return self._dnn_model_repo

    @property
    def workflow_repo(self) -> AsyncWorkflowRepository:
        """Workflows: prepare GUI-exported workflows for running, and the workflow library."""
        if self._workflow_repo is None:
            from .workflow_repo import AsyncWorkflowRepository

            self._workflow_repo = AsyncWorkflowRepository(self._ctx)
        return self._workflow_repo

    @property
    def queue_repo(self) -> AsyncQueueRepository:
        """The session queue: enqueue, wait, cancel, retry, clear (built on first use)."""
        if self._queue_repo is None:
            from .queue_repo import AsyncQueueRepository

            self._queue_repo = AsyncQueueRepository(self._ctx)
        return self._queue_repo

    async def list_jobs(self, status: str | None = None, limit: int = 100) -> list[IvkJob]:
        """The queue's items as ``IvkJob`` records (the original client's name; it declared
        this and raised ``NotImplementedError``), at most ``limit``, only those with ``status``
        (``pending``, ``running``, ``completed``, ``failed``, ``cancelled``) when given.

        Raises:
            UnsupportedByServerError: InvokeAI before 6.0 cannot list every queue item.
            InvalidInputError: an unknown status or a limit below 1 (nothing sent).
        """
        from .._core import checks
        from ..models import IvkJob, JobStatus

        wanted = None if status is None else JobStatus.from_server(status)
        count = checks.integer(limit, "limit", minimum=1)
        items = await self.queue_repo.list_items()
        jobs = [IvkJob.from_api_response(item.to_dict()) for item in items]
        return [job for job in jobs if wanted is None or job.status == wanted][:count]

    # ----------------------------------------------------------------------------- lifecycle
    async def close(self) -> None:
        """Close the connections and disconnect Socket.IO. A client made by
        :meth:`with_options` only stops itself; the client it came from stays open."""
        if self._closed:
            return
        self._closed = True
        if self._owner:
            await self._backend.shutdown()
        await self._backend.close()

    def aclose(self) -> Coroutine[Any, Any, None]:
        """Close from async code: ``await client.aclose()`` (httpx's name; on the async client
        the same as ``close()``, on the blocking one it closes what its async helpers opened on
        the running loop too)."""
        return self._backend.aclose(owner=self._owner, close=self._mark_closed)

    def _mark_closed(self) -> bool:
        """Mark the client closed; False when it was already."""
        if self._closed:
            return False
        self._closed = True
        return True

    # ----------------------------------------------------------------------------- Socket.IO
    # Coroutines in both clients (the original client's reference documents them so on its
    # blocking client): each returns its backend's coroutine.
    @property
    def events(self) -> EventSession:
        """The Socket.IO session for async code: typed handlers (``on``), filtered streams
        (``stream``), queue subscriptions. Connect it with :meth:`connect_socketio`."""
        return self._backend.events

    def connect_socketio(self) -> Coroutine[Any, Any, SocketIOClient]:
        """Connect to the server's Socket.IO (``/ws/socket.io``, ws or wss following the client,
        with the bearer token on multi-user servers), subscribe to the default queue, and return
        the python-socketio ``AsyncClient``: ``sio = await client.connect_socketio()``.
        Connecting again returns the same client.

        Raises:
            EventConnectionError: refused (e.g. no valid token on a multi-user server) or
                unreachable.
        """
        return self._backend.connect_socketio(self._ctx.probe_socket_auth)

    def disconnect_socketio(self) -> Coroutine[Any, Any, None]:
        """Disconnect Socket.IO and release everything it holds (no session or task is left):
        ``await client.disconnect_socketio()``."""
        return self._backend.disconnect_socketio()

    def socketio_session(self) -> SocketIOSession:
        """``async with client.socketio_session() as sio:`` connects, and disconnects at the end
        (a connection that was already open before the block stays open)."""
        return self._backend.socketio_session(self._ctx.probe_socket_auth)

    async def __aenter__(self) -> AsyncInvokeAIClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        auth = ", authenticated" if self._shared.auth.token else ""
        closed = ", closed" if self.is_closed else ""
        return f"{type(self).__name__}({self.base_url!r}{auth}{closed})"
