"""Client configuration, I/O-free: validated once, frozen, shared by both twins.

``ClientOptions`` is what the constructors take apart and what ``with_options`` copies with
changes; addresses (``server_url``, ``base_url``, the Socket.IO address) are derived from it, so
they cannot drift from where requests actually go.
"""

from __future__ import annotations

import dataclasses
import os
import re
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict

import httpx

from .checks import refuse_unknown
from .constants import (
    DEFAULT_BASE_PATH,
    DEFAULT_HOST,
    DEFAULT_MAX_RETRIES,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT_S,
    EVENT_WAIT_POLL_INTERVAL_S,
    SOCKETIO_PATH,
)
from .errors import InvalidInputError

ENV_URL = "INVOKEAI_URL"
ENV_API_KEY = "INVOKEAI_API_KEY"
ENV_LOG = "INVOKEAI_LOG"

_API_VERSION_SUFFIX = re.compile(r"/api/v\d+$")
_SCHEME_PORTS = {"http": 80, "https": 443}
# What a host name or an IP address (v6 literals included) never holds.
_NOT_IN_HOST = re.compile(r"[/\\@?#\s]")


class ClientExtras(TypedDict, total=False):
    """The constructors' further keywords (``**kwargs: Unpack[ClientExtras]``): a misspelt one
    is a type error under ``mypy --strict`` and an ``UnknownArgumentError`` at run time."""

    headers: Mapping[str, str]
    follow_redirects: bool
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport
    socketio_url: str
    socketio_tap: Callable[[str, Any], None]
    wait_reread_interval: float


class UrlKeywords(ClientExtras, total=False):
    """What ``from_url`` takes besides the URL (the constructor's keywords the URL does not
    give)."""

    api_key: str | None
    timeout: float
    verify_ssl: bool
    max_retries: int


KNOWN_KWARGS = frozenset(ClientExtras.__annotations__)
URL_KWARGS = frozenset(UrlKeywords.__annotations__)


def split_base_path(base_path: str) -> tuple[str, str]:
    """``/invoke/api/v1`` -> (``/invoke``, ``/invoke/api/v1``): server prefix and API base path."""
    cleaned = "/" + base_path.strip("/") if base_path.strip("/") else ""
    if _API_VERSION_SUFFIX.search(cleaned):
        return _API_VERSION_SUFFIX.sub("", cleaned), cleaned
    return cleaned, cleaned + DEFAULT_BASE_PATH


@dataclass(frozen=True)
class ClientOptions:
    """Everything a client is configured with. Frozen: derive changed copies with
    :meth:`replace` (``client.with_options`` does)."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout: float = DEFAULT_TIMEOUT_S
    base_path: str = DEFAULT_BASE_PATH
    use_https: bool = False
    verify_ssl: bool = True
    max_retries: int = DEFAULT_MAX_RETRIES
    headers: Mapping[str, str] = field(default_factory=dict)
    follow_redirects: bool = False
    socketio_url: str | None = None
    socketio_tap: Callable[[str, Any], None] | None = field(default=None, repr=False)
    wait_reread_interval: float = EVENT_WAIT_POLL_INTERVAL_S
    sync_transport: httpx.BaseTransport | None = field(default=None, repr=False)
    async_transport: httpx.AsyncBaseTransport | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        host = self.host
        if not isinstance(host, str) or not host.strip():
            raise InvalidInputError(f"host must be a non-empty string, got {host!r}")
        if _NOT_IN_HOST.search(host.strip()):
            raise InvalidInputError(
                f"host must be a host name or an IP address, got {host!r} "
                "(for a URL use InvokeAIClient.from_url)"
            )
        port = self.port
        if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
            raise InvalidInputError(f"port must be an integer from 1 to 65535, got {port!r}")
        timeout = self.timeout
        if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
            raise InvalidInputError(
                f"timeout must be a positive number of seconds, got {timeout!r}"
            )
        retries = self.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise InvalidInputError(f"max_retries must be an integer >= 0, got {retries!r}")
        reread = self.wait_reread_interval
        if not isinstance(reread, int | float) or isinstance(reread, bool) or reread <= 0:
            raise InvalidInputError(
                f"wait_reread_interval must be a positive number of seconds, got {reread!r}"
            )
        object.__setattr__(self, "wait_reread_interval", float(reread))
        object.__setattr__(self, "host", host.strip().strip("[]"))
        object.__setattr__(self, "timeout", float(timeout))
        object.__setattr__(self, "headers", dict(self.headers or {}))

    def replace(self, **changes: Any) -> ClientOptions:
        return dataclasses.replace(self, **changes)

    # ------------------------------------------------------------------------- addresses
    @property
    def server_prefix(self) -> str:
        return split_base_path(self.base_path)[0]

    @property
    def api_base_path(self) -> str:
        return split_base_path(self.base_path)[1]

    @property
    def _origin(self) -> str:
        scheme = "https" if self.use_https else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}"

    @property
    def server_url(self) -> str:
        """Root URL of the server (scheme, host, port and any reverse-proxy prefix)."""
        return self._origin + self.server_prefix

    @property
    def base_url(self) -> str:
        """URL of the v1 API."""
        return self._origin + self.api_base_path

    def endpoint_path(self, endpoint: str) -> str:
        """A ``_make_request`` endpoint as a path under :attr:`server_url`.

        A path that starts with ``/api/`` names a route from the server root (the only way to
        reach ``/api/v2/models/...``); anything else is relative to the v1 base path."""
        if not endpoint.startswith("/"):
            endpoint = "/" + endpoint
        if endpoint.startswith("/api/"):
            return endpoint
        return self.api_base_path[len(self.server_prefix) :] + endpoint

    def socketio_address(self) -> tuple[str, str]:
        """(URL, path) where Socket.IO listens."""
        if self.socketio_url is not None:
            return self.socketio_url.rstrip("/"), SOCKETIO_PATH
        return self._origin, self.server_prefix + SOCKETIO_PATH


def options_from_url(url: str, *, call: str = "from_url()", **kwargs: Any) -> dict[str, Any]:
    """Constructor keywords for ``http://host:port[/prefix][/api/vN]`` (then ``kwargs``).

    Raises:
        InvalidInputError: no scheme, an unsupported scheme, no host or a bad port.
        UnknownArgumentError: a keyword ``from_url`` does not take (named with ``call``).
    """
    refuse_unknown(kwargs, URL_KWARGS | KNOWN_KWARGS, call)
    if not isinstance(url, str) or "://" not in url:
        raise InvalidInputError(f"URL {url!r} has no scheme: write it like 'http://localhost:9090'")
    parts = urllib.parse.urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _SCHEME_PORTS:
        raise InvalidInputError(
            f"unsupported URL scheme {parts.scheme!r} in {url!r}: use 'http' or 'https'"
        )
    if not parts.hostname:
        raise InvalidInputError(f"URL {url!r} has no host")
    try:
        port = parts.port or _SCHEME_PORTS[scheme]
    except ValueError:
        raise InvalidInputError(f"URL {url!r} has an invalid port") from None
    options: dict[str, Any] = {
        "host": parts.hostname,
        "port": port,
        "use_https": scheme == "https",
        "base_path": parts.path.rstrip("/") or DEFAULT_BASE_PATH,
    }
    options.update(kwargs)
    return options


def _address_of_url_host(url: str, port: int | None, base_path: str) -> dict[str, Any]:
    """``InvokeAIClient("http://127.0.0.1:9090")`` (the httpx habit): the URL given as ``host``
    is read as :meth:`from_url` reads it; a ``port`` or ``base_path`` passed as well must agree
    with it."""
    try:
        address = options_from_url(url)
    except InvalidInputError as exc:
        raise InvalidInputError(f"host {url!r} looks like a URL but cannot be read: {exc}") from (
            None
        )
    if port is not None and port != address["port"]:
        raise InvalidInputError(
            f"host {url!r} is a URL with port {address['port']}, but port={port!r} was passed too"
        )
    if base_path != DEFAULT_BASE_PATH:
        if address["base_path"] != DEFAULT_BASE_PATH:
            raise InvalidInputError(
                f"host {url!r} is a URL with a path, but base_path={base_path!r} was passed too"
            )
        address["base_path"] = base_path
    return address


def build_options(
    *,
    host: str | None,
    port: int | None,
    timeout: float,
    base_path: str,
    use_https: bool,
    verify_ssl: bool,
    max_retries: int,
    api_key: str | None,
    extra: Mapping[str, Any],
    call: str = "InvokeAIClient()",
) -> tuple[ClientOptions, str | None]:
    """Validated options and the API key of a constructor call.

    With neither ``host`` nor ``port``, ``INVOKEAI_URL`` gives the address when it is set (and
    ``INVOKEAI_API_KEY`` the key when none is passed)."""
    refuse_unknown(extra, KNOWN_KWARGS, call)
    address: dict[str, Any] = {}
    if isinstance(host, str) and "://" in host:
        address = _address_of_url_host(host, port, base_path)
    elif host is None and port is None and os.environ.get(ENV_URL):
        address = options_from_url(os.environ[ENV_URL])
    else:
        address = {"host": DEFAULT_HOST if host is None else host}
        address["port"] = DEFAULT_PORT if port is None else port
        address["use_https"] = use_https
        address["base_path"] = base_path
    if api_key is None:
        api_key = os.environ.get(ENV_API_KEY) or None
    options = ClientOptions(
        timeout=timeout,
        verify_ssl=verify_ssl,
        max_retries=max_retries,
        headers=dict(extra.get("headers") or {}),
        follow_redirects=bool(extra.get("follow_redirects", False)),
        socketio_url=extra.get("socketio_url"),
        socketio_tap=extra.get("socketio_tap"),
        wait_reread_interval=extra.get("wait_reread_interval", EVENT_WAIT_POLL_INTERVAL_S),
        sync_transport=extra.get("transport"),
        async_transport=extra.get("async_transport"),
        **address,
    )
    return options, api_key
