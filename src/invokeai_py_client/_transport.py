"""The one place where requests are sent: base URL, auth, timeouts, retries and error mapping.

``Transport`` owns an ``httpx.Client`` and (built on first async use) an ``httpx.AsyncClient``.
Both carry the same auth object, the same retry policy (as a wrapping httpx transport) and the
same error hook, so ``_make_request``, the repositories and the generated bindings behave alike.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

import httpx

from ._core.compat import needs_normalizing, normalize_response, wants_identity_encoding
from ._core.constants import LOGGER_NAME
from ._core.errors import APIConnectionError, APITimeoutError, ClientClosedError, error_for_response
from ._core.retry import RetryPolicy

if TYPE_CHECKING:
    import invokeai_api

    from ._core.options import ClientOptions

logger = logging.getLogger(LOGGER_NAME)

# A request carrying this extension has its body read by the caller (streamed to a file), which
# retries and translates errors itself; every other body is read inside the retry boundary.
STREAMED_EXTENSION = "invokeai_streamed"


def wrap_transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The typed error of a connection failure (also while an answer's body was read)."""
    if isinstance(exc, APIConnectionError):
        return exc
    where = f"{request.method} {request.url}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{where}: no answer in time ({type(exc).__name__})", request=request
        )
    return APIConnectionError(f"{where}: {type(exc).__name__}: {exc}", request=request)


def _log_retry(
    request: httpx.Request, attempt: int, policy: RetryPolicy, why: str, delay: float
) -> None:
    logger.debug(
        "retrying %s %s in %.2f s (retry %d of %d) after %s",
        request.method,
        request.url,
        delay,
        attempt + 1,
        policy.max_retries,
        why,
    )


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
                _log_retry(request, attempt, self._policy, type(exc).__name__, delay)
            else:
                delay = self._policy.delay(attempt, response)
                _log_retry(request, attempt, self._policy, f"HTTP {response.status_code}", delay)
                response.close()
            self._policy.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


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
                _log_retry(request, attempt, self._policy, type(exc).__name__, delay)
            else:
                delay = self._policy.delay(attempt, response)
                _log_retry(request, attempt, self._policy, f"HTTP {response.status_code}", delay)
                await response.aclose()
            import asyncio  # loaded on first async use, not at import

            await asyncio.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()


def _compat_response(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """The response with its JSON brought to the current shape when an older server sent it."""
    if not needs_normalizing(request.method, request.url.path, response.status_code):
        return response
    try:
        payload = json.loads(response.content)
    except ValueError:
        return response
    changed = normalize_response(request.method, request.url.path, payload)
    if changed is payload:
        return response
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-length", "content-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=json.dumps(changed).encode(),
        request=request,
        extensions=response.extensions,
    )


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
            return _compat_response(request, response)
        return response

    def close(self) -> None:
        """The inner transport belongs to the :class:`Pool`, which closes it."""


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
            return _compat_response(request, response)
        return response

    async def aclose(self) -> None:
        """The inner transport belongs to the :class:`Pool`, which closes it."""


def _raise_for_status(response: httpx.Response) -> None:
    if response.is_error:
        response.read()
        raise error_for_response(response)


async def _araise_for_status(response: httpx.Response) -> None:
    if response.is_error:
        await response.aread()
        raise error_for_response(response)


class Pool:
    """The connections: the innermost httpx transports, shared by a client and every client
    derived from it with ``with_options``; only the client that created the pool closes it."""

    def __init__(self, options: ClientOptions) -> None:
        self._options = options
        self._sync: httpx.BaseTransport | None = None
        self._async: httpx.AsyncBaseTransport | None = None
        self.closed = False

    def check_open(self) -> None:
        if self.closed:
            raise ClientClosedError("this client was closed; create a new one")

    @property
    def sync_inner(self) -> httpx.BaseTransport:
        self.check_open()
        if self._sync is None:
            self._sync = self._options.sync_transport or httpx.HTTPTransport(
                verify=self._options.verify_ssl
            )
        return self._sync

    @property
    def async_inner(self) -> httpx.AsyncBaseTransport:
        self.check_open()
        if self._async is None:
            self._async = self._options.async_transport or httpx.AsyncHTTPTransport(
                verify=self._options.verify_ssl
            )
        return self._async

    def close(self) -> httpx.AsyncBaseTransport | None:
        """Close the sync connections; hand back the async ones (they must be closed on their
        own event loop)."""
        self.closed = True
        if self._sync is not None:
            self._sync.close()
            self._sync = None
        inner, self._async = self._async, None
        return inner


class Transport:
    """A client's sync and async httpx clients: its timeout, retries, auth and headers over the
    shared :class:`Pool`."""

    def __init__(self, options: ClientOptions, auth: httpx.Auth, pool: Pool) -> None:
        self.options = options
        self.auth = auth
        self.pool = pool
        self._policy = RetryPolicy(max_retries=options.max_retries)
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

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
        self.pool.check_open()
        if self._sync is None:
            self._sync = httpx.Client(
                transport=RetryTransport(CompatTransport(self.pool.sync_inner), self._policy),
                event_hooks={"response": [_raise_for_status]},
                **self._common(),
            )
        return self._sync

    @property
    def async_client(self) -> httpx.AsyncClient:
        self.pool.check_open()
        if self._async is None:
            self._async = httpx.AsyncClient(
                transport=AsyncRetryTransport(
                    AsyncCompatTransport(self.pool.async_inner), self._policy
                ),
                event_hooks={"response": [_araise_for_status]},
                **self._common(),
            )
        return self._async

    def close(self) -> None:
        """Close this client's httpx wrappers (the pool closes the connections)."""
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        self.close()
        if self._async is not None:
            await self._async.aclose()

    def bind(self, api: invokeai_api.AuthenticatedClient) -> None:
        """Make the generated bindings send through these clients."""
        api.set_httpx_client(self.sync_client)
        api.set_async_httpx_client(self.async_client)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self.sync_client.request(method, url, **kwargs)

    async def arequest(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return await self.async_client.request(method, url, **kwargs)
