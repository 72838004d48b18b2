"""The waits both clients run: events for progress, polling for the final answer.

Queue items (:func:`wait_for_items`):

A waiter opens its event stream *before* it first reads the items, so an item that finishes
between the enqueue and the wait is seen by that first read, and one that finishes later is
announced by ``queue_item_status_changed``, after which the item is read once more. When the
connection drops (a :class:`ConnectionGap`), when a bulk cancel or a queue clear may concern the
items, or every ``EVENT_WAIT_POLL_INTERVAL_S`` anyway, the items are read again. Without a live
socket (none, or one that dropped and has not reconnected) the waiter polls with a growing
interval. A socket counts as live only while it shows life: after ``SOCKET_QUIET_S`` of silence
the session is probed (one acknowledged Socket.IO message, no HTTP request), and a socket that
does not answer is treated as gone until something arrives on it again: a connection that a
proxy silently black-holed costs a few seconds, not engine.io's 45 s ping timeout. A server that
cannot be reached (restarting) is read again until the wait's timeout.

Install jobs (:func:`follow_install`) follow their ``model_install_*`` events and are read when
one arrives; without a socket they are polled with a growing interval.

These are asyncio code: the async backend runs them on the caller's loop, the blocking backend on
its background loop. What they decide (terminal states, outcomes, deadlines) is
``_core/waits.py``'s.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

from .._core.constants import (
    EVENT_WAIT_POLL_INTERVAL_S,
    FINAL_EVENT_GRACE_S,
    FINAL_EVENT_SETTLE_S,
    LOGGER_NAME,
    POLL_INTERVAL_MAX_S,
    POLL_INTERVAL_MIN_S,
    READ_AHEAD,
    SERVER_OUTAGE_MAX_S,
    SERVER_OUTAGE_POLL_MAX_S,
    SOCKET_QUIET_S,
)
from .._core.dnn_models.job_info import ModelInstJobInfo
from .._core.errors import APIConnectionError, InternalServerError, JobTimeoutError
from .._core.events import Event, ProgressCallback, event_name, field
from .._core.waits import (
    MODEL_INSTALL_EVENTS,
    OUTAGE_STATUSES,
    RECHECK_EVENTS,
    TERMINAL_STATUSES,
    InstallDeadline,
    status_of,
    timed_out,
)
from ..events._session import ConnectionGap

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

    from ..events import EventSession, EventStream

logger = logging.getLogger(LOGGER_NAME)

FetchItem = Callable[[int], Awaitable["SessionQueueItem"]]
OnUpdate = Callable[[ModelInstJobInfo], Any]


async def wait_for_items(
    item_ids: Iterable[int],
    *,
    fetch: FetchItem,
    session: EventSession | None,
    timeout: float | None,
    on_progress: ProgressCallback | None = None,
    poll_interval: float = EVENT_WAIT_POLL_INTERVAL_S,
) -> dict[int, SessionQueueItem]:
    """Wait until every item is completed, failed or canceled; return them by id.

    Raises:
        JobTimeoutError: ``timeout`` seconds passed first (the items are left alone).
    """
    pending = set(item_ids)
    done: dict[int, SessionQueueItem] = {}
    deadline = None if timeout is None else time.monotonic() + timeout
    fetch = _riding_out_outages(fetch, deadline, timeout)
    stream = session.stream(item_ids=pending, replay_recent=True).open() if session else None
    # Items some event of which reached on_progress, and those whose final status event did.
    touched: set[int] = set()
    finals: set[int] = set()
    try:
        await _read(pending, done, fetch)
        interval = POLL_INTERVAL_MIN_S
        next_read = time.monotonic() + poll_interval
        # Set when the socket looked connected but did not answer a probe (black-holed).
        silent = False
        while pending:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                raise timed_out(min(pending), timeout)
            connected = stream is not None and session is not None and session.connected
            if silent and connected and session is not None:
                session.probe()  # answered or not, in the background; one at a time
                if session.silent_for < SOCKET_QUIET_S:
                    logger.info("the Socket.IO connection carries events again")
                    silent, interval = False, POLL_INTERVAL_MIN_S
            if not connected or silent:
                # No socket, one that dropped and has not reconnected (refused), or one that
                # carries nothing (black-holed): poll with backoff at once; an event or a
                # reconnect's gap notice ends the pause early.
                pause = interval if remaining is None else min(interval, remaining)
                interval = min(interval * 2, POLL_INTERVAL_MAX_S)
                if stream is None:
                    await asyncio.sleep(pause)
                    await _read(pending, done, fetch)
                    continue
                item = await stream.get(timeout=pause)
                if item is not None and not isinstance(item, ConnectionGap):
                    await _handle_event(item, pending, done, fetch, on_progress)
                    _note(item, touched, finals)
                await _read(pending, done, fetch)
                continue
            assert stream is not None and session is not None
            interval = POLL_INTERVAL_MIN_S
            now = time.monotonic()
            if now >= next_read:
                await _read(pending, done, fetch)
                next_read = time.monotonic() + poll_interval
                continue
            wait = min(next_read - now, SOCKET_QUIET_S)
            item = await stream.get(timeout=wait if remaining is None else min(wait, remaining))
            if item is None:
                if session.silent_for >= SOCKET_QUIET_S and not await session.probe():
                    logger.info("the Socket.IO connection went silent; polling the queue items")
                    silent, interval = True, POLL_INTERVAL_MIN_S
                    await _read(pending, done, fetch)
                continue
            if isinstance(item, ConnectionGap):
                await _read(pending, done, fetch, ahead=None)
                continue
            await _handle_event(item, pending, done, fetch, on_progress)
            _note(item, touched, finals)
        if stream is not None and on_progress is not None and not silent:
            # (a silent socket would only make the callback wait for events that cannot come)
            await _deliver_final_events(stream, done, on_progress, touched, finals)
    finally:
        if stream is not None:
            stream.close()
    return done


def _riding_out_outages(
    fetch: FetchItem, deadline: float | None, timeout: float | None
) -> FetchItem:
    """``fetch``, retried while the server cannot be reached or answers 502/503/504 (restarting
    behind a proxy), until the wait's own deadline (or ``SERVER_OUTAGE_MAX_S`` without one);
    then ``JobTimeoutError`` says so, with the last failure as its cause."""

    async def fetch_through_outages(item_id: int) -> SessionQueueItem:
        delay = POLL_INTERVAL_MIN_S
        give_up = deadline if deadline is not None else time.monotonic() + SERVER_OUTAGE_MAX_S
        while True:
            try:
                return await fetch(item_id)
            except (APIConnectionError, InternalServerError) as exc:
                if isinstance(exc, InternalServerError) and exc.status_code not in OUTAGE_STATUSES:
                    raise
                left = give_up - time.monotonic()
                if left <= 0:
                    if deadline is None:
                        raise
                    raise JobTimeoutError(
                        f"queue item {item_id} did not finish within {timeout} s: the server "
                        f"could not be read at the end ({exc})",
                        item_id=item_id,
                    ) from exc
                logger.info("queue item %s: server unavailable (%s); retrying", item_id, exc)
                await asyncio.sleep(min(delay, left))
                delay = min(delay * 2, SERVER_OUTAGE_POLL_MAX_S)

    return fetch_through_outages


def _note(event: Any, touched: set[int], finals: set[int]) -> None:
    """Record that an event of its item reached the callback (and whether it was the final
    status)."""
    item_id = field(event, "item_id")
    if not isinstance(item_id, int):
        return
    touched.add(item_id)
    if event_name(event) == "queue_item_status_changed" and status_of(event) in TERMINAL_STATUSES:
        finals.add(item_id)


async def _deliver_final_events(
    stream: EventStream,
    done: dict[int, SessionQueueItem],
    on_progress: ProgressCallback,
    touched: set[int],
    finals: set[int],
) -> None:
    """Give the progress callback the events received for items that a read found finished,
    in order, up to each item's final status event.

    The read can be a moment ahead of the socket: once an event of an item has arrived, its
    final status event is awaited for up to ``FINAL_EVENT_GRACE_S``, so a progress display
    always sees the end of what it showed begin (an item that ended long before the wait, of
    which no event arrives, costs only ``FINAL_EVENT_SETTLE_S``)."""
    settle_until = time.monotonic() + FINAL_EVENT_SETTLE_S
    grace_until = time.monotonic() + FINAL_EVENT_GRACE_S
    while True:
        waiting_for = (touched & set(done)) - finals
        now = time.monotonic()
        limit = grace_until if waiting_for else settle_until
        if now >= limit:
            return
        item = await stream.get(timeout=limit - now)
        if item is None:
            if not waiting_for:
                return
            continue
        if isinstance(item, ConnectionGap):
            continue
        result = on_progress(item)
        if asyncio.iscoroutine(result):
            await result
        _note(item, touched, finals)


async def _handle_event(
    event: Event,
    pending: set[int],
    done: dict[int, SessionQueueItem],
    fetch: FetchItem,
    on_progress: ProgressCallback | None,
) -> None:
    name = event_name(event)
    if on_progress is not None:
        result = on_progress(event)
        if asyncio.iscoroutine(result):
            await result
    if name in RECHECK_EVENTS:
        await _read(pending, done, fetch, ahead=None)
    elif name == "queue_item_status_changed" and status_of(event) in TERMINAL_STATUSES:
        item_id = field(event, "item_id")
        if item_id in pending:
            await _read({item_id}, done, fetch, pending)


async def _read(
    ids: set[int],
    done: dict[int, SessionQueueItem],
    fetch: FetchItem,
    pending: set[int] | None = None,
    *,
    ahead: int | None = READ_AHEAD,
) -> None:
    """Read items, lowest id first; with ``ahead``, stop after that many unfinished ones.

    A queue runs its items in order, so the items after several unfinished ones have almost
    always not ended either: reading them all at each poll made the client's cost grow with the
    square of a batch (a 10,000-item batch read every pending item at every poll). Those left
    are read when the ones before them have ended (or on their own final event). ``ahead=None``
    reads every item (after a bulk cancel or a reconnect, which may concern any of them)."""
    pending = ids if pending is None else pending
    unfinished = 0
    for item_id in sorted(ids):
        item = await fetch(item_id)
        if status_of(item) in TERMINAL_STATUSES:
            done[item_id] = item
            pending.discard(item_id)
        else:
            unfinished += 1
            if ahead is not None and unfinished >= ahead:
                return


async def follow_install(
    job_id: int,
    *,
    session: EventSession | None,
    afetch: Callable[[int], Awaitable[ModelInstJobInfo]],
    timeout: float | None,
    on_update: OnUpdate,
    poll_interval: float = POLL_INTERVAL_MAX_S,
    reread_interval: float = EVENT_WAIT_POLL_INTERVAL_S,
) -> ModelInstJobInfo:
    """Wait on ``model_install_*`` events of the job (reading the job after each), or poll when
    there is no socket. The job is read first (it may have ended already) and every
    ``reread_interval`` anyway, so a lost event never hangs the wait."""
    deadline = InstallDeadline(job_id, timeout, poll_interval)
    stream = (
        session.stream(events=set(MODEL_INSTALL_EVENTS), replay_recent=True).open()
        if session is not None
        else None
    )
    try:
        while True:
            info = await afetch(job_id)
            result = on_update(info)
            if isinstance(result, Awaitable):
                await result
            if info.is_done:
                return info
            pause = deadline.next_sleep(info)
            if stream is None:
                await asyncio.sleep(pause)
                continue
            limit = time.monotonic() + max(pause, reread_interval)
            while True:  # until an event of this job (or a gap) arrives, or it is time to read
                left = limit - time.monotonic()
                if deadline.expired() or left <= 0:
                    break
                item = await stream.get(timeout=min(left, deadline.left()))
                if item is None or isinstance(item, ConnectionGap) or field(item, "id") == job_id:
                    break
    finally:
        if stream is not None:
            stream.close()
