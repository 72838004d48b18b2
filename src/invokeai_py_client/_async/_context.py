"""What every resource (repository, handle) needs from its client, in one object.

Resources never reach into the client: they get an :class:`AsyncContext` and call the generated
bindings through :meth:`AsyncContext.call`, or send a request the bindings built with
:meth:`AsyncContext.send`. Errors are typed in the transport; what is left (a status the
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

from .._compat import ServerVersion, require, supports
from .._constants import HEALTH_ENDPOINT, POLL_INTERVAL_MAX_S
from .._files import CHUNK_BYTES, finish_download, open_download
from .._runtime import AsyncRuntime
from ..errors import UnexpectedResponseError

if TYPE_CHECKING:
    import invokeai_api
    from invokeai_api.models import SessionQueueItem

    from .._options import ClientOptions
    from .._shared import SharedState
    from .._transport import Transport
    from ..dnn_model._job_info import ModelInstJobInfo


class AsyncContext:
    """A client's view for its resources: bindings, raw requests, server features, waits."""

    def __init__(self, options: ClientOptions, shared: SharedState, transport: Transport) -> None:
        self.options = options
        self.shared = shared
        self.transport = transport
        self.runtime = AsyncRuntime(shared)
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
    async def call(self, endpoint: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """Run one generated operation (its module, e.g. ``boards.get_board``) and return what
        the bindings parsed."""
        from invokeai_api import errors as generated_errors

        try:
            response = await endpoint.asyncio_detailed(*args, client=self.api, **kwargs)
        except generated_errors.UnexpectedStatus as exc:
            name = endpoint.__name__.rsplit(".", 1)[-1]
            raise UnexpectedResponseError(
                f"{name}: the server answered HTTP {exc.status_code}, which this operation "
                f"does not document ({exc.content[:200]!r})"
            ) from exc
        return response.parsed

    async def send(self, request: dict[str, Any]) -> httpx.Response:
        """Send a request built by a generated operation's ``build_request`` and return the
        answer unparsed (for answers parsed tolerantly, e.g. model configs)."""
        return await self.transport.async_client.request(**request)

    async def send_json(self, request: dict[str, Any]) -> Any:
        response = await self.send(request)
        try:
            return response.json()
        except ValueError as exc:
            raise UnexpectedResponseError(
                f"{request['method']} {request['url']}: the answer is not JSON "
                f"({response.text[:200]!r})"
            ) from exc

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A raw request to ``path`` under the server URL."""
        return await self.transport.async_client.request(method, path, **kwargs)

    async def stream_to_file(
        self, request: dict[str, Any], destination: Path, *, overwrite: bool
    ) -> Path:
        """GET ``request`` into ``destination`` atomically (see ``_files``)."""
        sink, temporary = open_download(destination, overwrite=overwrite)
        try:
            with sink:
                async with self.transport.async_client.stream(**request) as response:
                    async for chunk in response.aiter_bytes(CHUNK_BYTES):
                        sink.write(chunk)
                sink.flush()
                os.fsync(sink.fileno())
            finish_download(temporary, destination, overwrite=overwrite)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        return destination

    # ------------------------------------------------------------------------- the server
    async def server_version(self) -> ServerVersion:
        """The server's release (asked once per client family, then cached)."""
        if self.shared.server_version is None:
            payload = (await self.request("GET", HEALTH_ENDPOINT)).json()
            version = payload.get("version") if isinstance(payload, dict) else None
            self.shared.server_version = ServerVersion.parse(str(version))
        return self.shared.server_version

    async def require(self, feature: str) -> None:
        """Raise ``UnsupportedByServerError`` when the server lacks ``feature`` (see _compat)."""
        require(await self.server_version(), feature)

    async def supports(self, feature: str) -> bool:
        return supports(await self.server_version(), feature)

    # ------------------------------------------------------------------------- waiting
    async def prepare_events(self) -> None:
        await self.runtime.prepare()

    async def wait_for_items(
        self,
        item_ids: Iterable[int],
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_progress: Callable[[Any], Any] | None,
    ) -> dict[int, SessionQueueItem]:
        return await self.runtime.wait_for_items(
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
        return await self.runtime.follow_install(
            job_id, fetch=fetch, timeout=timeout, on_update=on_update, poll_interval=poll_interval
        )

    async def sleep(self, seconds: float) -> None:
        await self.runtime.sleep(seconds)
