"""How each twin runs what is not a plain request (waits, sleeps, shutting down): the only
hand-written difference between the blocking and the async client.

Both run the same event-driven algorithms (``queue._waiter.wait_for_items``,
``dnn_model._waiting.follow_install``). :class:`AsyncWaits` runs them on the caller's event loop
with the client's Socket.IO session; :class:`Waits` runs them on the client's background loop and
hands progress to the caller's thread, so blocking code never touches asyncio.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from ._core.constants import LOGGER_NAME, POLL_INTERVAL_MAX_S
from ._core.errors import EventConnectionError

if TYPE_CHECKING:
    import asyncio

    from invokeai_api.models import SessionQueueItem

    from ._core.dnn_models.job_info import ModelInstJobInfo
    from ._shared import SharedState
    from .events import EventSession

T = TypeVar("T")
logger = logging.getLogger(LOGGER_NAME)


class AsyncRuntime:
    """Waits of the async client, on the caller's event loop."""

    def __init__(self, shared: SharedState) -> None:
        self._shared = shared

    async def session(self) -> EventSession | None:
        """The connected Socket.IO session, or None when no socket can be opened (waits poll)."""
        events = self._shared.events
        if not events.connected:
            with contextlib.suppress(EventConnectionError):
                await events.connect()
        return events if events.connected else None

    async def prepare(self) -> None:
        """Open the socket before an enqueue, so no event of the new items is missed."""
        await self.session()

    async def wait_for_items(
        self,
        item_ids: Iterable[int],
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_progress: Callable[[Any], Any] | None,
    ) -> dict[int, SessionQueueItem]:
        from .queue._waiter import wait_for_items

        return await wait_for_items(
            list(item_ids),
            fetch=fetch,
            session=await self.session(),
            timeout=timeout,
            on_event=on_progress,
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
        from .dnn_model._waiting import follow_install

        return await follow_install(
            job_id,
            session=await self.session(),
            afetch=fetch,
            timeout=timeout,
            on_update=on_update,
            poll_interval=poll_interval,
        )

    async def sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)

    async def shutdown(self) -> None:
        """Disconnect Socket.IO, stop the background loop and close the connections."""
        import asyncio

        shared = self._shared
        if shared.has_events:
            await shared.events.disconnect()
        if shared.portal.running:
            await asyncio.to_thread(shared.stop_portal)
        inner = shared.pool.close()
        if inner is not None:
            await inner.aclose()


class Runtime:
    """Waits of the blocking client: on its background loop, progress in the caller's thread."""

    def __init__(self, shared: SharedState) -> None:
        self._shared = shared

    def prepare(self) -> None:
        """Start connecting the socket in the background (it is up by the time a wait starts)."""
        self._shared.sync_events.start()

    def wait_for_items(
        self,
        item_ids: Iterable[int],
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_progress: Callable[[Any], Any] | None,
    ) -> dict[int, SessionQueueItem]:
        from .queue._waiter import wait_for_items

        ids = list(item_ids)

        async def afetch(item_id: int) -> Any:
            import asyncio

            # The blocking pool is thread-safe; the background loop must not block on it.
            return await asyncio.to_thread(fetch, item_id)

        return self._shared.sync_events.run(
            lambda session, relay: wait_for_items(
                ids, fetch=afetch, session=session, timeout=timeout, on_event=relay
            ),
            on_progress,
        )

    def follow_install(
        self,
        job_id: int,
        *,
        fetch: Callable[[int], Any],
        timeout: float | None,
        on_update: Callable[[Any], Any],
        poll_interval: float = POLL_INTERVAL_MAX_S,
    ) -> ModelInstJobInfo:
        from .dnn_model._waiting import follow_install

        async def afetch(job: int) -> Any:
            import asyncio

            return await asyncio.to_thread(fetch, job)

        def run(session: EventSession | None, relay: Callable[[Any], None] | None) -> Any:
            # relay is set: on_update is always given here
            return follow_install(
                job_id,
                session=session,
                afetch=afetch,
                timeout=timeout,
                on_update=relay or _ignore,
                poll_interval=poll_interval,
            )

        result: ModelInstJobInfo = self._shared.sync_events.run(run, on_update)
        return result

    def sleep(self, seconds: float) -> None:
        import time

        time.sleep(seconds)

    def shutdown(self) -> None:
        """Disconnect Socket.IO, stop the background loop and close the connections.

        Async connections opened by the same client (its async helpers) belong to an event
        loop: inside that running loop their closing is scheduled; with no loop running they
        are closed on a fresh one."""
        import asyncio

        shared = self._shared
        _close_async_session(shared)
        if shared.portal.running:
            shared.stop_portal()
        inner = shared.pool.close()
        if inner is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            try:
                asyncio.run(inner.aclose())
            except RuntimeError as exc:
                logger.warning("async connections could not be closed (%s); use aclose()", exc)
        else:
            _keep_until_done(loop.create_task(inner.aclose()))


def _ignore(_: Any) -> None:

    return None


# close() inside a running event loop schedules work; keep the tasks referenced until done.
_CLOSING_TASKS: set[asyncio.Task[None]] = set()


def _keep_until_done(task: asyncio.Task[None]) -> None:
    _CLOSING_TASKS.add(task)
    task.add_done_callback(_CLOSING_TASKS.discard)


def _close_async_session(shared: SharedState) -> None:
    import asyncio

    session = shared.events if shared.has_events else None
    if session is None or session.loop is None or session.loop.is_closed():
        return
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is session.loop:
        _keep_until_done(running.create_task(session.disconnect()))
    elif running is None and not session.loop.is_running():
        session.loop.run_until_complete(session.disconnect())
