"""``AsyncServerPool``: work spread over several InvokeAI servers, by free capacity, with health
probes, model-aware dispatch and failover that runs each item once (see ``docs/pool.md``).

What is decided (capacity, the choice of server, model keys, order) is ``_core/pool.py``'s; this
module sends, waits and probes."""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import inspect
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from .._async.client import AsyncInvokeAIClient
from .._backends._state import SharedState
from .._core import pool as rules
from .._core.boards import UNCATEGORIZED
from .._core.constants import LOGGER_NAME
from .._core.dnn_models.configs import model_summary
from .._core.errors import (
    APIConnectionError,
    InternalServerError,
    InvalidInputError,
    InvokeAIError,
    ModelUnavailableError,
    NoServerAvailableError,
    UnexpectedResponseError,
)
from .._core.results import output_image_names
from .._core.waits import TERMINAL_STATUSES, raise_for_outcome, status_of
from ._work import PoolProgress, PoolResult, WorkflowJob, as_batch

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

    from .._async.queue_handles import AsyncBatchHandle
    from ..nodes.graph import Graph

logger = logging.getLogger(LOGGER_NAME)

ProgressListener = Callable[[PoolProgress], Any]
# A Graph of the node builders is named only for the type checker: the builders load with the
# first graph, not with the pool.
AsyncWork: TypeAlias = (
    "Mapping[str, Any] | WorkflowJob | Graph | Callable[[AsyncInvokeAIClient], Any]"
)

# Errors that say a server could not be reached (or is restarting behind a proxy), as opposed to
# a server that answered and refused: the item goes elsewhere instead of failing.
_UNREACHABLE = (APIConnectionError, UnexpectedResponseError)


class _Blocking:
    """A callable on a *blocking* client (the blocking pool's), run in a worker thread."""

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function


class _Server:
    """One server of the pool: its client, what dispatch knows of it, what runs there."""

    def __init__(self, client: AsyncInvokeAIClient, owned: bool, blocking: Any = None) -> None:
        self.client = client
        self.owned = owned
        self.url = client.options.server_url
        self.load = rules.ServerLoad(self.url, healthy=False)
        self.probe = client.with_options(timeout=rules.HEALTH_TIMEOUT_S, max_retries=0)
        self.installed: list[dict[str, Any]] | None = None
        self.known = False  # reached at least once (its models and slots are known)
        self.health = rules.Health()
        self.attempts: dict[int, tuple[asyncio.Task[None], str]] = {}
        # Items it held when it went down: index -> batch id, asked about when it comes back.
        self.orphans: dict[int, str] = {}
        # A blocking client, for the blocking pool's callables (the caller's, or one of ours).
        self.blocking: Any = blocking
        self.blocking_owned = blocking is None

    async def learn(self) -> None:
        """Its slots and models (on first contact, and when it comes back)."""
        version = await self.client.get_server_version()
        slots = 1
        if version.supports("generation_devices"):
            slots = rules.slots_of(await self.client.get_generation_device_options())
        models = await self.client.dnn_model_repo.list_models()
        self.installed = [model_summary(m) for m in models]
        self.load.slots = slots
        self.known = True

    def blocking_client(self) -> Any:
        if self.blocking is None:
            from .._sync.client import InvokeAIClient

            self.blocking = _twin(self.client, InvokeAIClient)
        return self.blocking


def _twin(client: Any, kind: type[Any]) -> Any:
    """A client of ``kind`` (the other twin) with ``client``'s configuration and credentials,
    on connections of its own."""
    twin = object.__new__(kind)
    twin._setup(client.options, SharedState(client.options, client._shared.auth.token), owner=True)
    return twin


class _Task:
    def __init__(self, index: int, work: Any) -> None:
        self.index = index
        self.work = work
        self.attempts = 0
        self.done = False
        self.needs: list[Mapping[str, Any]] = []
        if isinstance(work, WorkflowJob):
            self.needs = work.needed_models()
        elif _is_typed_graph(work):
            self.needs = rules.model_refs(work.batch()["graph"])
        elif isinstance(work, Mapping):
            # the graph runs; a batch's attached workflow is only its description
            self.needs = rules.model_refs(work.get("graph", work))

    def __lt__(self, other: _Task) -> bool:
        return self.index < other.index


class AsyncServerPool:
    """Several InvokeAI servers used as one.

    Work goes to the server with the most free capacity (slots from its generation devices,
    one item queued ahead of each); a server that stops answering gets no new work and its
    unfinished items go elsewhere, each run once; one that comes back rejoins. Work that needs
    a model goes only where the model is installed, with its key mapped there.

    The "Many servers" guide (``docs/pool.md``) shows it at work.

    Args:
        servers: URLs or async clients (a client given is not closed by the pool).
        item_timeout: seconds one item may take on a server before it fails (None: no limit).
        on_progress: called with the pool's :class:`PoolProgress` whenever it changes.
        **client_options: for the clients the pool builds from URLs (``timeout``, ``api_key``,
            ``headers`` ...).

    Raises:
        InvalidInputError: no server, or one that is neither a URL nor an async client.
    """

    def __init__(
        self,
        servers: Sequence[str | AsyncInvokeAIClient],
        *,
        item_timeout: float | None = None,
        on_progress: ProgressListener | None = None,
        **client_options: Any,
    ) -> None:
        if isinstance(servers, str) or not servers:
            raise InvalidInputError("a pool needs a list of one or more server URLs or clients")
        self._servers: list[_Server] = []
        for server in servers:
            if isinstance(server, str):
                client = AsyncInvokeAIClient.from_url(server, **client_options)
                self._servers.append(_Server(client, owned=True))
            elif isinstance(server, AsyncInvokeAIClient):
                self._servers.append(_Server(server, owned=False))
            else:
                raise InvalidInputError(
                    f"a pool takes server URLs or AsyncInvokeAIClient, got {type(server).__name__}"
                )
        self._item_timeout = item_timeout
        self._init_state(on_progress)

    @classmethod
    def _of_servers(
        cls,
        servers: list[_Server],
        item_timeout: float | None,
        on_progress: ProgressListener | None,
    ) -> AsyncServerPool:
        """A pool over servers already made (the blocking pool's)."""
        pool = object.__new__(cls)
        pool._servers = servers
        pool._item_timeout = item_timeout
        pool._init_state(on_progress)
        return pool

    def _init_state(self, on_progress: ProgressListener | None) -> None:
        self._listeners: list[ProgressListener] = [on_progress] if on_progress else []
        self._changed = asyncio.Event()
        self._monitors: list[asyncio.Task[None]] = []
        self._reconciling: set[asyncio.Task[None]] = set()
        self._asking: set[int] = set()  # items a server that came back is asked about
        self._closed = False
        self._run_id = uuid.uuid4().hex[:12]
        self._tasks: dict[int, _Task] = {}
        self._pending: list[_Task] = []
        self._results: asyncio.Queue[PoolResult] = asyncio.Queue()
        self._progress = PoolProgress(total=0)
        self._download_to: Path | None = None

    # ----------------------------------------------------------------------------- lifecycle
    async def __aenter__(self) -> AsyncServerPool:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def start(self) -> None:
        """Reach every server (its version, slots and models) and start the health probes; a
        server that does not answer joins when it does."""
        if self._monitors:
            return
        await asyncio.gather(*(self._first_contact(s) for s in self._servers))
        self._monitors = [asyncio.create_task(self._watch(s)) for s in self._servers]

    async def _first_contact(self, server: _Server) -> None:
        try:
            await server.learn()
            server.load.healthy = True
        except InvokeAIError as exc:
            logger.warning(
                "pool: %s cannot be reached (%s); it joins when it answers", server.url, exc
            )

    async def aclose(self) -> None:
        """Stop the probes and close the clients the pool built."""
        if self._closed:
            return
        self._closed = True
        for task in [*self._monitors, *self._reconciling]:
            task.cancel()
        for server in self._servers:
            for task, _ in server.attempts.values():
                task.cancel()
        await asyncio.gather(*self._monitors, *self._reconciling, return_exceptions=True)
        await asyncio.gather(*(self._close_server(s) for s in self._servers))

    async def _close_server(self, server: _Server) -> None:
        # Bounded: the closing handshake of a socket that a proxy black-holed never ends.
        try:
            async with asyncio.timeout(rules.CLOSE_TIMEOUT_S):
                await server.probe.aclose()
                if server.owned:
                    await server.client.aclose()
                if server.blocking is not None and server.blocking_owned:
                    await asyncio.to_thread(server.blocking.close)
        except TimeoutError:
            logger.warning("pool: closing the client of %s took too long; left", server.url)

    @property
    def servers(self) -> list[str]:
        """The servers' URLs, in the order given."""
        return [s.url for s in self._servers]

    def healthy(self) -> list[str]:
        """The servers that answer now."""
        return [s.url for s in self._servers if s.load.healthy]

    def slots(self) -> dict[str, int]:
        """Generation slots per server (1 until a server is reached)."""
        return {s.url: s.load.slots for s in self._servers}

    # ----------------------------------------------------------------------------- running
    async def run(
        self, works: Iterable[AsyncWork], *, download_to: str | Path | None = None
    ) -> list[PoolResult]:
        """Run every piece of work; return the results in submission order (a failed item's
        result carries its error: one item's failure does not stop the others).

        Raises:
            ModelUnavailableError: some work needs a model no server has (nothing is sent).
            NoServerAvailableError: every server stayed down too long.
        """
        results = [r async for r in self.as_completed(works, download_to=download_to)]
        return sorted(results, key=lambda r: r.index)

    async def in_order(
        self, works: Iterable[AsyncWork], *, download_to: str | Path | None = None
    ) -> AsyncIterator[PoolResult]:
        """The results in submission order, each as soon as it and those before it are done."""
        order = rules.InOrder()
        async for result in self.as_completed(works, download_to=download_to):
            for ready in order.add(result.index, result):
                yield ready

    async def as_completed(
        self, works: Iterable[AsyncWork], *, download_to: str | Path | None = None
    ) -> AsyncIterator[PoolResult]:
        """The results as the items complete (each names its :attr:`PoolResult.server`)."""
        if self._closed:
            raise InvalidInputError("this pool was closed")
        if self._tasks:
            raise InvalidInputError("this pool is already running work; one run at a time")
        await self.start()
        tasks = [_Task(i, w) for i, w in enumerate(works)]
        for task in tasks:
            _check_work(task.work)
        self._refuse_unrunnable(tasks)
        self._download_to = Path(download_to) if download_to is not None else None
        if self._download_to is not None:
            self._download_to.mkdir(parents=True, exist_ok=True)
        self._run_id = uuid.uuid4().hex[:12]  # batch ids are unique per run
        self._tasks = {t.index: t for t in tasks}
        self._pending = list(tasks)
        heapq.heapify(self._pending)
        self._results = asyncio.Queue()
        self._progress = PoolProgress(total=len(tasks))
        left = len(tasks)
        dispatcher = asyncio.create_task(self._dispatch_loop())
        try:
            while left:
                getter = asyncio.ensure_future(self._results.get())
                await asyncio.wait({getter, dispatcher}, return_when=asyncio.FIRST_COMPLETED)
                if not getter.done():
                    getter.cancel()
                    dispatcher.result()  # raises what ended the dispatcher
                    continue
                left -= 1
                yield getter.result()
        finally:
            dispatcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await dispatcher
            for server in self._servers:
                for attempt, _ in server.attempts.values():
                    attempt.cancel()
            self._tasks = {}
            self._pending = []

    def _refuse_unrunnable(self, tasks: Sequence[_Task]) -> None:
        known = [s for s in self._servers if s.known]
        if not known or len(known) < len(self._servers):
            return  # a server not reached yet may have the model
        for task in tasks:
            if not task.needs:
                continue
            missing = {s.url: rules.missing_models(task.needs, s.installed or []) for s in known}
            if all(missing.values()):
                raise ModelUnavailableError(task.index, missing)

    def _eligible(self, task: _Task) -> list[bool]:
        return [
            s.known and not (task.needs and rules.missing_models(task.needs, s.installed or []))
            for s in self._servers
        ]

    async def _dispatch_loop(self) -> None:
        down_since: float | None = None
        while True:
            self._dispatch()
            if any(s.load.healthy for s in self._servers):
                down_since = None
            elif self._pending:
                down_since = down_since or time.monotonic()
                if time.monotonic() - down_since > rules.ALL_DOWN_MAX_S:
                    raise NoServerAvailableError(
                        f"every server of the pool stayed unreachable for "
                        f"{rules.ALL_DOWN_MAX_S:.0f} s: {', '.join(self.servers)}"
                    )
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), timeout=rules.HEALTH_INTERVAL_S)
            except TimeoutError:
                self._requeue_lost()

    def _requeue_lost(self) -> None:
        """A safety net, checked when nothing happened for a while: an unfinished item that is
        neither waiting nor running anywhere (nor being asked about) goes back to the queue."""
        placed = {t.index for t in self._pending}
        for server in self._servers:
            placed.update(server.attempts)
        placed.update(self._asking)
        for task in self._tasks.values():
            if not task.done and task.index not in placed:
                logger.warning("pool: item %s was in no queue; sent again", task.index)
                heapq.heappush(self._pending, task)

    def _dispatch(self) -> None:
        """Hand pending items (lowest index first) to servers with a free place."""
        loads = [s.load for s in self._servers]
        skipped: list[_Task] = []
        while self._pending and any(load.free > 0 for load in loads):
            task = heapq.heappop(self._pending)
            if task.done:
                continue
            eligible = self._eligible(task)
            if task.needs and not any(eligible) and all(s.known for s in self._servers):
                missing = {
                    s.url: rules.missing_models(task.needs, s.installed or [])
                    for s in self._servers
                }
                self._report(
                    task,
                    PoolResult(task.index, "", error=ModelUnavailableError(task.index, missing)),
                )
                continue
            chosen = rules.pick_server(loads, eligible)
            if chosen is None:
                skipped.append(task)
                continue
            self._start_attempt(self._servers[chosen], task)
        for task in skipped:
            heapq.heappush(self._pending, task)

    def _start_attempt(self, server: _Server, task: _Task) -> None:
        batch_id = rules.batch_id_for(self._run_id, task.index, task.attempts)
        task.attempts += 1
        server.load.inflight += 1
        attempt = asyncio.create_task(self._attempt(server, task, batch_id))
        server.attempts[task.index] = (attempt, batch_id)
        self._progress.running += 1
        self._notify()

    async def _attempt(self, server: _Server, task: _Task, batch_id: str) -> None:
        try:
            result = await self._execute(server, task, batch_id)
        except asyncio.CancelledError:
            raise
        except _UNREACHABLE as exc:
            logger.info("pool: %s did not answer for item %s (%s)", server.url, task.index, exc)
            self._abandon(server, task.index)
            orphan = server.orphans.pop(task.index, None)
            if orphan is not None and server.load.healthy:  # ask about it at once
                self._spawn_reconcile(server, {task.index: orphan})
            elif orphan is not None:
                server.orphans[task.index] = orphan
            return
        except InternalServerError as exc:
            if exc.status_code in (502, 503, 504):
                self._abandon(server, task.index)
                return
            result = PoolResult(task.index, server.url, batch_id, error=exc)
        except InvokeAIError as exc:
            result = PoolResult(task.index, server.url, batch_id, error=exc)
        finally:
            self._release(server, task.index)
        result.attempts = task.attempts
        self._report(task, result)

    def _release(self, server: _Server, index: int) -> None:
        if server.attempts.pop(index, None) is not None:
            server.load.inflight -= 1
            self._progress.running -= 1
            self._wake()

    def _abandon(self, server: _Server, index: int) -> None:
        """Take an unfinished item away from a server (down, or unreachable for it): it goes back
        to the pending ones; the server is asked about it if it comes back."""
        entry = server.attempts.get(index)
        task = self._tasks.get(index)
        if entry is None or task is None or task.done:
            return
        attempt, batch_id = entry
        server.orphans[index] = batch_id
        self._release(server, index)
        if attempt is not asyncio.current_task():
            attempt.cancel()
        heapq.heappush(self._pending, task)
        self._progress.failovers += 1
        logger.info("pool: item %s leaves %s for another server", index, server.url)

    def _report(self, task: _Task, result: PoolResult) -> None:
        if task.done:
            return
        task.done = True
        if result.ok:
            self._progress.completed += 1
            by = self._progress.done_by_server
            by[result.server] = by.get(result.server, 0) + 1
        else:
            self._progress.failed += 1
        self._results.put_nowait(result)
        self._notify()

    def _wake(self) -> None:
        self._changed.set()

    def _notify(self) -> None:
        progress = self._progress
        progress.servers_up = [s.url for s in self._servers if s.load.healthy]
        progress.servers_down = [s.url for s in self._servers if not s.load.healthy]
        for listener in self._listeners:
            try:
                listener(progress)
            except Exception:  # a display's bug must not stop the pool
                logger.exception("pool: the progress callback failed")
        self._wake()

    # ----------------------------------------------------------------------------- one item
    async def _execute(self, server: _Server, task: _Task, batch_id: str) -> PoolResult:
        work = task.work
        if isinstance(work, _Blocking):
            client = server.blocking_client()
            value = await asyncio.to_thread(work.function, client)
            return PoolResult(task.index, server.url, value=value)
        if (
            callable(work)
            and not isinstance(work, Mapping | WorkflowJob)
            and not _is_typed_graph(work)
        ):
            value = work(server.client)
            if inspect.isawaitable(value):
                value = await value
            return PoolResult(task.index, server.url, value=value)
        batch = await self._batch_for(server, work, batch_id)
        handle = await server.client.queue_repo.enqueue_batch(batch)
        return await self._finish(server, task, handle)

    async def _batch_for(self, server: _Server, work: Any, batch_id: str) -> dict[str, Any]:
        installed = server.installed or []
        if isinstance(work, WorkflowJob):
            handle = await server.client.workflow_repo.create_workflow(work.definition)
            for ref, value in work.values.items():
                handle.set_input_value(ref, value)
            board = server.client.board_repo.get_board_handle(UNCATEGORIZED)
            for ref, image in work.images.items():
                if isinstance(image, bytes):
                    uploaded = await board.upload_image_data(image)
                else:
                    uploaded = await board.upload_image(Path(image))
                handle.set_input_value(ref, uploaded.image_name)
            batch = handle.build_batch(
                board_id=work.board_id,
                batch_values=work.batch_values,
                runs=work.runs,
                batch_id=batch_id,
            )
        elif _is_typed_graph(work):  # a Graph of the node builders: checked for this server
            version = await server.client.get_server_version()
            batch = work.batch(server_version=str(version))
        else:
            batch = as_batch(work)
        if rules.model_refs(batch["graph"]):
            batch["graph"] = rules.map_models(batch["graph"], installed)
        batch["batch_id"] = batch_id
        return batch

    async def _finish(self, server: _Server, task: _Task, handle: AsyncBatchHandle) -> PoolResult:
        items = await handle.wait(self._item_timeout, raise_on_failure=False)
        return await self._result_of(server, task, handle.batch_id, items)

    async def _result_of(
        self, server: _Server, task: _Task, batch_id: str, items: list[SessionQueueItem]
    ) -> PoolResult:
        result = PoolResult(task.index, server.url, batch_id, items=items)
        for item in items:
            try:
                raise_for_outcome(item)
            except InvokeAIError as exc:
                result.error = exc
                return result
        if self._download_to is not None:
            board = server.client.board_repo.get_board_handle(UNCATEGORIZED)
            for item in items:
                for name in output_image_names(item):
                    result.files.append(
                        await board.download_image_to(name, self._download_to, overwrite=True)
                    )
        return result

    # ----------------------------------------------------------------------------- health
    async def _watch(self, server: _Server) -> None:
        """Probe one server for as long as the pool lives: down after HEALTH_MISSES refused
        probes or SILENT_DOWN_S without an answer (its unfinished items go elsewhere), up
        again at the first answer."""
        while True:
            await asyncio.sleep(rules.HEALTH_INTERVAL_S)
            started = time.monotonic()
            try:  # (health_check never raises; the bound is for a transport that ignores timeouts)
                ok = await asyncio.wait_for(server.probe.health_check(), rules.HEALTH_TIMEOUT_S * 2)
            except TimeoutError:
                ok = False
            now = time.monotonic()
            down = server.health.probed(ok, now - started, now)
            if ok and not server.load.healthy:
                await self._rejoin(server)
            elif down and server.load.healthy:
                self._down(server)

    def _down(self, server: _Server) -> None:
        logger.warning("pool: %s stopped answering; its items go to the others", server.url)
        server.load.healthy = False
        for index in sorted(server.attempts):
            self._abandon(server, index)
        self._notify()

    async def _rejoin(self, server: _Server) -> None:
        try:
            await server.learn()
        except InvokeAIError as exc:
            logger.info("pool: %s answers but cannot be read yet (%s)", server.url, exc)
            return
        logger.warning("pool: %s answers again and rejoins", server.url)
        if server.orphans:
            self._spawn_reconcile(server, dict(server.orphans))
            server.orphans.clear()
        server.load.healthy = True
        self._notify()

    def _spawn_reconcile(self, server: _Server, orphans: dict[int, str]) -> None:
        reconcile = asyncio.create_task(self._reconcile(server, orphans))
        self._reconciling.add(reconcile)
        reconcile.add_done_callback(self._reconciling.discard)

    async def _reconcile(self, server: _Server, orphans: dict[int, str]) -> None:
        """A server that comes back is asked about the items taken from it: one it completed
        that is not reported yet is reported from it (and the copy sent elsewhere is
        cancelled); any other is cancelled there, so each item runs to completion once."""
        queue = server.client.queue_repo
        self._asking.update(orphans)
        try:
            await self._ask(server, queue, orphans)
        finally:
            self._asking.difference_update(orphans)

    async def _ask(self, server: _Server, queue: Any, orphans: dict[int, str]) -> None:
        for index, batch_id in sorted(orphans.items()):
            task = self._tasks.get(index)
            try:
                if task is None or task.done:
                    await queue.cancel_batches([batch_id])
                    continue
                found = await queue._find_batch(batch_id)
                if found is None:
                    continue
                items = [await queue.get_item(i) for i in found.item_ids]
                finished = all(status_of(i) in TERMINAL_STATUSES for i in items)
                if finished and all(status_of(i) == "completed" for i in items):
                    result = await self._result_of(server, task, batch_id, items)
                    if task.done:  # the copy elsewhere finished meanwhile
                        continue
                    self._cancel_copies(task, keep=server)
                    result.attempts = task.attempts
                    self._report(task, result)
                else:
                    await queue.cancel_batches([batch_id])
            except InvokeAIError as exc:
                logger.info(
                    "pool: item %s on %s could not be reconciled (%s)", index, server.url, exc
                )

    def _cancel_copies(self, task: _Task, keep: _Server) -> None:
        for other in self._servers:
            entry = other.attempts.get(task.index)
            if other is keep or entry is None:
                continue
            attempt, batch_id = entry
            attempt.cancel()
            self._release(other, task.index)
            canceller = asyncio.create_task(
                _quietly(other.client.queue_repo.cancel_batches([batch_id]))
            )
            self._reconciling.add(canceller)
            canceller.add_done_callback(self._reconciling.discard)


async def _quietly(awaitable: Awaitable[Any]) -> None:
    try:
        await awaitable
    except InvokeAIError as exc:
        logger.info("pool: a duplicate could not be cancelled (%s)", exc)


def _is_typed_graph(work: Any) -> bool:
    from ..nodes.graph import Graph

    return isinstance(work, Graph)


def _check_work(work: Any) -> None:
    if isinstance(work, WorkflowJob | _Blocking) or _is_typed_graph(work):
        return
    if isinstance(work, Mapping):
        as_batch(work)
        return
    if callable(work):
        return
    raise InvalidInputError(
        "a pool runs batches, graphs, WorkflowJob or callables taking a client; "
        f"got {type(work).__name__}"
    )
