"""What a client shares with the clients derived from it by ``with_options``: the connections,
the credentials, the Socket.IO sessions and what was learnt about the server. Only the client
that made it (the owner) closes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._core.errors import ClientClosedError
from ._auth import BearerTokenAuth
from ._portal import Portal

if TYPE_CHECKING:
    from .._core.options import ClientOptions
    from .._core.versions import ServerVersion
    from ..events import EventSession
    from ._sync_events import SyncEvents


class Pool:
    """The connections: the innermost httpx transports (sync, and async on first use)."""

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


class SharedState:
    """One per root client; ``with_options`` copies share it."""

    def __init__(self, options: ClientOptions, api_key: str | None) -> None:
        self.options = options
        self.auth = BearerTokenAuth(api_key)
        self.pool = Pool(options)
        self.portal = Portal()
        self.server_version: ServerVersion | None = None
        # The socket gets the token only where the server wants it: a token from login() (a
        # multi-user server by definition), or an api_key once the server says it runs in
        # multi-user mode (None: not asked yet).
        self.token_from_login = False
        self.multiuser: bool | None = None
        self._events: EventSession | None = None
        self._sync_events: SyncEvents | None = None

    def new_event_session(self) -> EventSession:
        from ..events import EventSession, SocketSettings

        url, path = self.options.socketio_address()
        session = EventSession(
            SocketSettings(
                url=url,
                socketio_path=path,
                verify_ssl=self.options.verify_ssl,
                token=self.socket_token,
                headers=dict(self.options.headers),
            )
        )
        if self.options.socketio_tap is not None:
            session.add_raw_tap(self.options.socketio_tap)
        return session

    def socket_token(self) -> str | None:
        """The token to put in the Socket.IO connect packet, if the server wants one."""
        if self.token_from_login or self.multiuser:
            return self.auth.token
        return None

    @property
    def events(self) -> EventSession:
        """The Socket.IO session of async code (bound to the loop it first connects on)."""
        if self._events is None:
            self._events = self.new_event_session()
        return self._events

    @property
    def has_events(self) -> bool:
        return self._events is not None

    @property
    def sync_events(self) -> SyncEvents:
        """The Socket.IO session of blocking code, living on the background loop."""
        if self._sync_events is None:
            from ._sync_events import SyncEvents

            self._sync_events = SyncEvents(self.portal, self.new_event_session)
        return self._sync_events

    def stop_portal(self) -> None:
        bridge = self._sync_events
        self.portal.stop(bridge.close() if bridge is not None else None)
