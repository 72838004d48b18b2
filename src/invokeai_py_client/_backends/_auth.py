"""Bearer-token authentication that follows InvokeAI's sliding token expiry."""

from __future__ import annotations

import threading
from collections.abc import Generator

import httpx

from .._core.constants import REFRESHED_TOKEN_HEADER


class BearerTokenAuth(httpx.Auth):
    """Sends ``Authorization: Bearer <token>`` and adopts the ``X-Refreshed-Token`` that a
    multi-user server returns on every successful write, so a long-running script's session does
    not expire under it. One instance is shared by the sync client, the async client and the
    generated bindings. The token never appears in ``repr``."""

    def __init__(self, token: str | None = None) -> None:
        self._token = token
        self._lock = threading.Lock()

    @property
    def token(self) -> str | None:
        return self._token

    @token.setter
    def token(self, value: str | None) -> None:
        with self._lock:
            self._token = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._token
        if token and "authorization" not in request.headers:
            request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        refreshed = response.headers.get(REFRESHED_TOKEN_HEADER)
        if token and refreshed:
            with self._lock:
                if self._token == token:
                    self._token = refreshed

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={'<set>' if self._token else None})"
