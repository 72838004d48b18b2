"""A client's one route to the server, for its resources (repositories, handles).

Resources never reach into the client: they get an :class:`AsyncRequester` and send request
specs (``_core.spec``, built by the core's per-resource modules) through :meth:`call`, which
returns what the spec's parser makes of the answer, typed. Error statuses are typed by the
transport (``_backends``); what is left — a status the bindings did not document, an answer
that is not the route's model, and what a status means for one operation (the spec's
``errors``) — is translated here, at the one boundary. What only one twin does is its backend's.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .._backends._async import AsyncBackend
from .._core.constants import AUTH_STATUS_ENDPOINT, HEALTH_ENDPOINT, POLL_INTERVAL_MAX_S
from .._core.errors import (
    APIConnectionError,
    APIStatusError,
    InvalidInputError,
    InvokeAIError,
    UnexpectedResponseError,
    json_of,
    wrap_transport_error,
)
from .._core.retry import STREAMED_EXTENSION

if TYPE_CHECKING:
    import invokeai_api
    from invokeai_api.models import SessionQueueItem

    from .._backends._http import HttpClients
    from .._backends._state import SharedState
    from .._core.dnn_models.job_info import ModelInstJobInfo
    from .._core.options import ClientOptions
    from .._core.spec import Spec
    from .._core.versions import ServerVersion

T = TypeVar("T")


class AsyncRequester:
    """Specs in, typed results out; the server's version and features; waits."""

    def __init__(self, options: ClientOptions, shared: SharedState, http: HttpClients) -> None:
        self.options = options
        self.shared = shared
        self.http = http
        self.backend = AsyncBackend(shared, http)
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
            self.http.bind(api)
            self._api = api
        return self._api

    # ------------------------------------------------------------------------- requests
    async def call(self, spec: Spec[T]) -> T:
        """Send ``spec`` and return what its parser makes of the answer.

        Raises:
            InvalidInputError: a path parameter that would leave its URL segment (nothing sent).
            APIStatusError: (a subclass per status, or what the spec says the status means).
            UnexpectedResponseError: an answer that is not what the route promises (an HTML
                page from a proxy, ``{}`` where a model was due, a status it does not document).
        """
        from invokeai_api import errors as generated_errors
        from invokeai_api.types import InvalidPathParameter

        try:
            if spec.json:
                response = await self.backend.http.request(**spec.request())
                # An empty answer (204) reads as None; anything else must be JSON.
                return spec.returns(json_of(response) if response.content else None)
            assert spec.operation is not None
            detailed = await spec.operation.asyncio_detailed(
                *spec.args, client=self.api, **spec.kwargs
            )
            return spec.returns(detailed.parsed)
        except APIStatusError as exc:
            meant = spec.meaning(exc)
            if meant is None:
                raise
            raise meant from exc
        except InvalidPathParameter as exc:
            raise InvalidInputError(f"{spec.name}: {exc}") from exc
        except generated_errors.UnexpectedStatus as exc:
            raise UnexpectedResponseError(
                f"{spec.name}: the server answered HTTP {exc.status_code}, which this operation "
                f"does not document ({exc.content[:200]!r})"
            ) from exc
        except InvokeAIError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # Raised by a parser (response.json(), Model.from_dict) on a 2xx answer that does
            # not match the route's model.
            raise UnexpectedResponseError(
                f"{spec.name}: the answer does not match what the route promises "
                f"({type(exc).__name__}: {exc})"
            ) from exc

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A raw request to ``path`` under the server URL (the ``_make_request`` escape hatch)."""
        return await self.backend.http.request(method, path, **kwargs)

    async def stream_to_file(self, spec: Spec[Any], destination: Path, *, overwrite: bool) -> Path:
        """GET ``spec`` into ``destination`` atomically (see ``_backends._files``). A body that
        breaks off or stalls is fetched again from the start, into the same temporary file."""
        from .._backends._files import CHUNK_BYTES, finish_download, open_download

        request = spec.request()
        streamed = {**request, "extensions": {STREAMED_EXTENSION: True}}
        policy = self.backend.policy
        sink, temporary = open_download(destination, overwrite=overwrite)
        try:
            with sink:
                attempt = 0
                while True:
                    sink.seek(0)
                    sink.truncate()
                    try:
                        async with self.backend.http.stream(**streamed) as response:
                            async for chunk in response.aiter_bytes(CHUNK_BYTES):
                                sink.write(chunk)
                        break
                    except httpx.TransportError as exc:
                        if isinstance(exc, APIConnectionError) or attempt >= policy.max_retries:
                            raise wrap_transport_error(exc, self._request_of(streamed)) from exc
                        await self.backend.sleep(policy.delay(attempt))
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
        return self.backend.http.build_request(
            request["method"], request["url"], params=request.get("params")
        )

    # ------------------------------------------------------------------------- the server
    async def server_version(self) -> ServerVersion:
        """The server's release (asked once per client family, then cached)."""
        if self.shared.server_version is None:
            payload = json_of(await self.request("GET", HEALTH_ENDPOINT))
            version = payload.get("version") if isinstance(payload, dict) else None
            from .._core.versions import ServerVersion

            self.shared.server_version = ServerVersion.parse(str(version))
        return self.shared.server_version

    async def require(self, feature: str) -> None:
        """Raise ``UnsupportedByServerError`` when the server lacks ``feature`` (see
        ``_core.versions``)."""
        (await self.server_version()).require(feature)

    async def supports(self, feature: str) -> bool:
        return (await self.server_version()).supports(feature)

    async def has_quirk(self, quirk: str) -> bool:
        """Whether the server has a known bug the caller works around (see ``_core.versions``)."""
        return (await self.server_version()).has_quirk(quirk)

    async def probe_socket_auth(self) -> None:
        """Learn whether a token given as ``api_key`` belongs on the socket (multi-user servers,
        InvokeAI 6.12+, say so at ``/api/v1/auth/status``); once per client family."""
        shared = self.shared
        if shared.multiuser is not None or shared.token_from_login or not shared.auth.token:
            return
        multiuser = False
        if (await self.server_version()).supports("auth"):
            status = json_of(await self.request("GET", AUTH_STATUS_ENDPOINT))
            multiuser = isinstance(status, dict) and status.get("multiuser_enabled") is True
        shared.multiuser = multiuser

    # ------------------------------------------------------------------------- waiting
    async def prepare_events(self) -> None:
        """Before an enqueue: the socket is open (or opening) by the time its wait starts."""
        await self.probe_socket_auth()
        await self.backend.prepare_events()

    async def wait_for_items(
        self,
        item_ids: Iterable[int],
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_progress: Callable[[Any], Any] | None,
    ) -> dict[int, SessionQueueItem]:
        """Wait until every item ends (whatever its outcome); return them by id."""
        from .._core.waits import check_wait_arguments  # with the first wait, not at import

        check_wait_arguments(timeout, on_progress)
        await self.probe_socket_auth()
        return await self.backend.wait_for_items(
            item_ids, fetch=fetch, timeout=timeout, on_progress=on_progress
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
        await self.probe_socket_auth()
        return await self.backend.follow_install(
            job_id, fetch=fetch, timeout=timeout, on_update=on_update, poll_interval=poll_interval
        )

    async def sleep(self, seconds: float) -> None:
        await self.backend.sleep(seconds)
