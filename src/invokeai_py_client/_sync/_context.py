# Generated from _async/_context.py by scripts/unasync.py: do not edit by hand.
"""What every resource (repository, handle) needs from its client, in one object.

Resources never reach into the client: they get an :class:`Context` and call the generated
bindings through :meth:`Context.call`, or send a request the bindings built with
:meth:`Context.send`. Errors are typed in the transport; what is left (a status the
bindings did not expect) is translated here, at the boundary.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from .._core.constants import (
    AUTH_STATUS_ENDPOINT,
    HEALTH_ENDPOINT,
    POLL_INTERVAL_MAX_S,
)
from .._core.errors import (
    APIConnectionError,
    InvalidInputError,
    InvokeAIError,
    UnexpectedResponseError,
    json_of,
)
from .._core.versions import ServerVersion
from .._files import CHUNK_BYTES, finish_download, open_download
from .._runtime import Runtime
from .._transport import STREAMED_EXTENSION, wrap_transport_error

if TYPE_CHECKING:
    import invokeai_api
    from invokeai_api.models import SessionQueueItem

    from .._core.dnn_models.job_info import ModelInstJobInfo
    from .._core.options import ClientOptions
    from .._shared import SharedState
    from .._transport import Transport


class Context:
    """A client's view for its resources: bindings, raw requests, server features, waits."""

    def __init__(self, options: ClientOptions, shared: SharedState, transport: Transport) -> None:
        self.options = options
        self.shared = shared
        self.transport = transport
        self.runtime = Runtime(shared)
        self._api: invokeai_api.AuthenticatedClient | None = None

    @property
    def api(self) -> invokeai_api.AuthenticatedClient:
        """The generated bindings' client, on this client's pool, auth, retries and errors."""
        self.shared.pool.check_open()
        if self._api is None:
            import invokeai_api

            # The token argument is unused: requests go through our httpx clients, whose auth
            # object holds (and refreshes) the real token.
            api = invokeai_api.AuthenticatedClient(
                base_url=self.options.server_url, token="", raise_on_unexpected_status=True
            )
            self.transport.bind(api)
            self._api = api
        return self._api

    # ------------------------------------------------------------------------- requests
    def call(self, endpoint: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """Run one generated operation (its module, e.g. ``boards.get_board``) and return what
        the bindings parsed.

        Raises:
            InvalidInputError: a path parameter that would leave its URL segment (nothing sent).
            UnexpectedResponseError: an answer that is not what the route promises (an HTML
                page from a proxy, ``{}`` where a model was due, a status it does not document).
        """
        from invokeai_api import errors as generated_errors
        from invokeai_api.types import InvalidPathParameter

        name = endpoint.__name__.rsplit(".", 1)[-1]
        try:
            response = endpoint.sync_detailed(*args, client=self.api, **kwargs)
        except InvalidPathParameter as exc:
            raise InvalidInputError(f"{name}: {exc}") from exc
        except generated_errors.UnexpectedStatus as exc:
            raise UnexpectedResponseError(
                f"{name}: the server answered HTTP {exc.status_code}, which this operation "
                f"does not document ({exc.content[:200]!r})"
            ) from exc
        except InvokeAIError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # Raised by the generated parser (response.json(), Model.from_dict) on a 2xx answer
            # that does not match the route's model.
            raise UnexpectedResponseError(
                f"{name}: the answer does not match what the route promises "
                f"({type(exc).__name__}: {exc})"
            ) from exc
        return response.parsed

    def build(self, endpoint: ModuleType, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """``endpoint.build_request(...)``, for :meth:`send`, :meth:`send_json` and
        :meth:`stream_to_file`; a bad path parameter raises ``InvalidInputError``."""
        from invokeai_api.types import InvalidPathParameter

        try:
            request: dict[str, Any] = endpoint.build_request(*args, **kwargs)
        except InvalidPathParameter as exc:
            name = endpoint.__name__.rsplit(".", 1)[-1]
            raise InvalidInputError(f"{name}: {exc}") from exc
        return request

    def send(self, request: dict[str, Any]) -> httpx.Response:
        """Send a request built by :meth:`build` and return the answer unparsed (for answers
        parsed tolerantly, e.g. model configs)."""
        return self.transport.sync_client.request(**request)

    def send_json(self, request: dict[str, Any]) -> Any:
        return json_of(self.send(request))

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A raw request to ``path`` under the server URL."""
        return self.transport.sync_client.request(method, path, **kwargs)

    def stream_to_file(
        self, request: dict[str, Any], destination: Path, *, overwrite: bool
    ) -> Path:
        """GET ``request`` into ``destination`` atomically (see ``_files``). A body that breaks
        off or stalls is fetched again from the start, into the same temporary file."""
        streamed = {**request, "extensions": {STREAMED_EXTENSION: True}}
        policy = self.transport.policy
        sink, temporary = open_download(destination, overwrite=overwrite)
        try:
            with sink:
                attempt = 0
                while True:
                    sink.seek(0)
                    sink.truncate()
                    try:
                        with self.transport.sync_client.stream(**streamed) as response:
                            for chunk in response.iter_bytes(CHUNK_BYTES):
                                sink.write(chunk)
                        break
                    except httpx.TransportError as exc:
                        if isinstance(exc, APIConnectionError) or attempt >= policy.max_retries:
                            raise wrap_transport_error(exc, self._request_of(streamed)) from exc
                        self.runtime.sleep(policy.delay(attempt))
                        attempt += 1
                sink.flush()
                os.fsync(sink.fileno())
            finish_download(temporary, destination, overwrite=overwrite)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        return destination

    def _request_of(self, request: dict[str, Any]) -> httpx.Request:
        return self.transport.sync_client.build_request(
            request["method"], request["url"], params=request.get("params")
        )

    # ------------------------------------------------------------------------- the server
    def server_version(self) -> ServerVersion:
        """The server's release (asked once per client family, then cached)."""
        if self.shared.server_version is None:
            payload = json_of(self.request("GET", HEALTH_ENDPOINT))
            version = payload.get("version") if isinstance(payload, dict) else None
            self.shared.server_version = ServerVersion.parse(str(version))
        return self.shared.server_version

    def require(self, feature: str) -> None:
        """Raise ``UnsupportedByServerError`` when the server lacks ``feature`` (see _compat)."""
        (self.server_version()).require(feature)

    def supports(self, feature: str) -> bool:
        return (self.server_version()).supports(feature)

    def has_quirk(self, quirk: str) -> bool:
        """Whether the server has a known bug the caller works around (see ``_core.versions``)."""
        return (self.server_version()).has_quirk(quirk)

    def probe_socket_auth(self) -> None:
        """Learn whether a token given as ``api_key`` belongs on the socket (multi-user servers,
        InvokeAI 6.12+, say so at ``/api/v1/auth/status``); once per client family."""
        shared = self.shared
        if shared.multiuser is not None or shared.token_from_login or not shared.auth.token:
            return
        multiuser = False
        if (self.server_version()).supports("auth"):
            status = json_of(self.request("GET", AUTH_STATUS_ENDPOINT))
            multiuser = isinstance(status, dict) and status.get("multiuser_enabled") is True
        shared.multiuser = multiuser

    # ------------------------------------------------------------------------- waiting
    def prepare_events(self) -> None:
        self.probe_socket_auth()
        self.runtime.prepare()

    def wait_for_items(
        self,
        item_ids: Iterable[int],
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_progress: Callable[[Any], Any] | None,
    ) -> dict[int, SessionQueueItem]:
        from ..queue._waiter import check_wait_arguments  # the waiter loads asyncio: on use

        check_wait_arguments(timeout, on_progress)
        self.probe_socket_auth()
        return self.runtime.wait_for_items(
            item_ids, fetch=fetch, timeout=timeout, on_progress=on_progress
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
        self.probe_socket_auth()
        return self.runtime.follow_install(
            job_id, fetch=fetch, timeout=timeout, on_update=on_update, poll_interval=poll_interval
        )

    def sleep(self, seconds: float) -> None:
        self.runtime.sleep(seconds)
