"""Filtered, buffered event streams: ``async for event in session.stream(item_id=...)``."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

from .._core.events import Event, field

if TYPE_CHECKING:
    from ._session import ConnectionGap, EventSession

# Events that name no single item but may concern any: they pass item and batch filters.
_QUEUE_WIDE = frozenset({"queue_cleared"})
_ITEM_LISTS = {
    "queue_items_canceled": "canceled_item_ids",
    "queue_items_retried": "retried_item_ids",
}


@dataclass(frozen=True)
class EventFilter:
    """Which events a stream wants; an empty filter takes everything."""

    item_ids: frozenset[int] = frozenset()
    batch_id: str | None = None
    names: set[str] | None = None

    def matches(self, name: str, event: Event) -> bool:
        if self.names is not None and name not in self.names:
            return False
        if name in _QUEUE_WIDE:
            return True
        if name in _ITEM_LISTS:
            if not self.item_ids:
                return True
            listed = field(event, _ITEM_LISTS[name]) or ()
            return bool(self.item_ids.intersection(listed))
        if self.item_ids and field(event, "item_id") not in self.item_ids:
            return False
        return not (self.batch_id is not None and field(event, "batch_id") != self.batch_id)


class EventStream:
    """Events matching a filter, in arrival order, buffered from the moment it is opened.

    ``missed`` counts connection drops seen while it was open: events sent during a drop are
    lost, so a consumer that must not miss a state change re-checks it (the queue waiters poll).
    """

    def __init__(
        self,
        session: EventSession,
        flt: EventFilter,
        *,
        include_gaps: bool,
        replay_recent: bool = False,
    ) -> None:
        self._session = session
        self._replay_recent = replay_recent
        self._filter = flt
        self._include_gaps = include_gaps
        self._queue: asyncio.Queue[Event | ConnectionGap] = asyncio.Queue()
        self.missed = 0

    # The session calls these from its dispatch (same event loop).
    def _offer(self, name: str, event: Event) -> None:
        if self._filter.matches(name, event):
            self._queue.put_nowait(event)

    def _put(self, gap: ConnectionGap) -> None:
        self.missed += 1
        self._queue.put_nowait(gap)

    def open(self) -> EventStream:
        if self._replay_recent:
            for name, event in self._session._recent:
                self._offer(name, event)
        self._session._attach(self)
        return self

    def close(self) -> None:
        self._session._detach(self)

    async def __aenter__(self) -> EventStream:
        return self.open()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def get(self, timeout: float | None = None) -> Event | ConnectionGap | None:
        """The next event or connection gap, or None when ``timeout`` seconds pass first."""
        try:
            if timeout is None:
                return await self._queue.get()
            return await asyncio.wait_for(self._queue.get(), timeout)
        except TimeoutError:
            return None

    def get_nowait(self) -> Event | ConnectionGap | None:
        """The next buffered event or gap, or None when none is waiting."""
        try:
            return self._queue.get_nowait()
        except asyncio.QueueEmpty:
            return None

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> Event | ConnectionGap:
        """The next event (or, with ``include_gaps``, a :class:`ConnectionGap` notice)."""
        from ._session import ConnectionGap

        while True:
            item = await self._queue.get()
            if isinstance(item, ConnectionGap):
                if item.reason == "closed" and not item.reconnected:
                    raise StopAsyncIteration
                if not self._include_gaps:
                    continue
            return item
