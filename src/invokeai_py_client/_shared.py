"""What a client shares with the clients derived from it by ``with_options``: the connection
pool, the credentials, the Socket.IO sessions and what was learnt about the server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._auth import BearerTokenAuth
from ._portal import Portal
from ._transport import Pool

if TYPE_CHECKING:
    from ._core.options import ClientOptions
    from ._core.versions import ServerVersion
    from .events import EventSession
    from .events._bridge import SyncEvents


class SharedState:
    """One per root client; ``with_options`` copies share it. Only the root closes it."""

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
        from .events import EventSession, SocketSettings

        url, path = self.options.socketio_address()
        return EventSession(
            SocketSettings(
                url=url,
                socketio_path=path,
                verify_ssl=self.options.verify_ssl,
                token=self.socket_token,
                headers=dict(self.options.headers),
            )
        )

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
            from .events._bridge import SyncEvents

            self._sync_events = SyncEvents(self.portal, self.new_event_session)
        return self._sync_events

    def stop_portal(self) -> None:
        bridge = self._sync_events
        self.portal.stop(bridge.close() if bridge is not None else None)
