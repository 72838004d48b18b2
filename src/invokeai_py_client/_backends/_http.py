"""A client's httpx clients: its timeout, retries, auth and headers over the shared connections.

Both backends send through these; the generated bindings (``client.api``) are bound to both, so
that ``sync_detailed`` and ``asyncio_detailed`` alike go through the client's retries, auth and
typed errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .._core.retry import RetryPolicy

if TYPE_CHECKING:
    import invokeai_api

    from .._core.options import ClientOptions
    from ._state import Pool


class HttpClients:
    """The ``httpx.Client`` and (built on first use) ``httpx.AsyncClient`` of one client."""

    def __init__(self, options: ClientOptions, auth: httpx.Auth, pool: Pool) -> None:
        self.options = options
        self.auth = auth
        self.pool = pool
        self.policy = RetryPolicy(max_retries=options.max_retries)
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None

    def _common(self) -> dict[str, Any]:
        o = self.options
        return {
            "base_url": o.server_url,
            "timeout": o.timeout,
            "auth": self.auth,
            "headers": dict(o.headers),
            "follow_redirects": o.follow_redirects,
        }

    @property
    def sync_client(self) -> httpx.Client:
        from ._sync import CompatTransport, RetryTransport, raise_for_status

        self.pool.check_open()
        if self._sync is None:
            self._sync = httpx.Client(
                transport=RetryTransport(CompatTransport(self.pool.sync_inner), self.policy),
                event_hooks={"response": [raise_for_status]},
                **self._common(),
            )
        return self._sync

    @property
    def async_client(self) -> httpx.AsyncClient:
        from ._async import AsyncCompatTransport, AsyncRetryTransport, raise_for_status

        self.pool.check_open()
        if self._async is None:
            self._async = httpx.AsyncClient(
                transport=AsyncRetryTransport(
                    AsyncCompatTransport(self.pool.async_inner), self.policy
                ),
                event_hooks={"response": [raise_for_status]},
                **self._common(),
            )
        return self._async

    def close(self) -> None:
        """Close this client's blocking httpx wrapper (the pool closes the connections)."""
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        """Close both wrappers (the async one on the running loop)."""
        self.close()
        if self._async is not None:
            await self._async.aclose()

    def bind(self, api: invokeai_api.AuthenticatedClient) -> None:
        """Make the generated bindings send through these clients."""
        api.set_httpx_client(self.sync_client)
        api.set_async_httpx_client(self.async_client)
