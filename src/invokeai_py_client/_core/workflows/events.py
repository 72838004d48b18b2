"""Routing a wait's events to the callbacks of a workflow run (I/O-free).

A wait hands every event of its items to one callable; a workflow run has several listeners:
the wait's ``progress_callback`` (every event) and the ``on_invocation_*`` callbacks given to
``submit`` (events of that kind, of this run only). Callbacks may be coroutine functions (the
original client's reference writes them ``async def``): their coroutines are awaited together.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from ..events import event_name, field

EventCallback = Callable[[Any], Any]


class EventRouter:
    """Calls each listener with every event, and ``subscribed[name]`` with the events named
    ``name`` that belong to ``item_ids``; reports the first session seen running one of them."""

    def __init__(
        self,
        item_ids: Iterable[int],
        *,
        listeners: Iterable[EventCallback] = (),
        subscribed: Mapping[str, EventCallback] | None = None,
        on_session: Callable[[str], None] | None = None,
    ) -> None:
        self._item_ids = set(item_ids)
        self._listeners = list(listeners)
        self._subscribed = dict(subscribed or {})
        self._on_session = on_session

    def route(self, event: Any) -> Awaitable[None] | None:
        """Deliver ``event``; returns an awaitable when a callback returned one."""
        ours = field(event, "item_id") in self._item_ids
        session_id = field(event, "session_id")
        if ours and self._on_session is not None and isinstance(session_id, str):
            self._on_session(session_id)
            self._on_session = None
        results = [listener(event) for listener in self._listeners]
        callback = self._subscribed.get(event_name(event)) if ours else None
        if callback is not None:
            results.append(callback(event))
        pending = [r for r in results if inspect.isawaitable(r)]
        return _all(pending) if pending else None


async def _all(pending: list[Awaitable[Any]]) -> None:
    for awaitable in pending:
        await awaitable
