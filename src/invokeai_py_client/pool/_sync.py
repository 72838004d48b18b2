"""``ServerPool``: the blocking twin of ``AsyncServerPool``. It runs the async pool on a
background event loop (the ``_backends`` portal), so the dispatch, health and failover rules are
written once; callables are given a blocking client and run in worker threads."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from .._backends._portal import Portal
from .._core.errors import InvalidInputError
from .._sync.client import InvokeAIClient
from ._async import AsyncServerPool, ProgressListener, _Blocking, _Server, _twin
from ._work import PoolResult, WorkflowJob

if TYPE_CHECKING:
    from ..nodes.graph import Graph

Work: TypeAlias = "Mapping[str, Any] | WorkflowJob | Graph | Callable[[InvokeAIClient], Any]"


class ServerPool:
    """Several InvokeAI servers used as one, for blocking code (see :class:`AsyncServerPool`
    for the rules it follows).

    The "Many servers" guide (``docs/pool.md``) shows it at work.

    ``on_progress`` is called from the pool's own thread. Callables get a blocking
    :class:`InvokeAIClient` of the server chosen for them and run in a worker thread.
    """

    def __init__(
        self,
        servers: Sequence[str | InvokeAIClient],
        *,
        item_timeout: float | None = None,
        on_progress: ProgressListener | None = None,
        **client_options: Any,
    ) -> None:
        from .._async.client import AsyncInvokeAIClient

        if isinstance(servers, str) or not servers:
            raise InvalidInputError("a pool needs a list of one or more server URLs or clients")
        made: list[_Server] = []
        for server in servers:
            if isinstance(server, str):
                made.append(_Server(AsyncInvokeAIClient.from_url(server, **client_options), True))
            elif isinstance(server, InvokeAIClient):
                made.append(_Server(_twin(server, AsyncInvokeAIClient), True, blocking=server))
            else:
                raise InvalidInputError(
                    f"a pool takes server URLs or InvokeAIClient, got {type(server).__name__}"
                )
        self._portal = Portal()
        self._pool = AsyncServerPool._of_servers(made, item_timeout, on_progress)
        self._closed = False

    def __enter__(self) -> ServerPool:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start(self) -> None:
        """Reach every server and start the health probes (done by the first run anyway)."""
        self._portal.call(self._pool.start())

    def close(self) -> None:
        """Stop the probes, close the clients the pool built and its background loop."""
        if self._closed:
            return
        self._closed = True
        self._portal.stop(self._pool.aclose())

    @property
    def servers(self) -> list[str]:
        return self._pool.servers

    def healthy(self) -> list[str]:
        return self._pool.healthy()

    def slots(self) -> dict[str, int]:
        return self._pool.slots()

    def run(
        self, works: Iterable[Work], *, download_to: str | Path | None = None
    ) -> list[PoolResult]:
        """Every result, in submission order (see :meth:`AsyncServerPool.run`)."""
        return sorted(self.as_completed(works, download_to=download_to), key=lambda r: r.index)

    def in_order(
        self, works: Iterable[Work], *, download_to: str | Path | None = None
    ) -> Iterator[PoolResult]:
        """The results in submission order, each as soon as it and those before it are done."""
        from .._core.pool import InOrder

        order = InOrder()
        for result in self.as_completed(works, download_to=download_to):
            yield from order.add(result.index, result)

    def as_completed(
        self, works: Iterable[Work], *, download_to: str | Path | None = None
    ) -> Iterator[PoolResult]:
        """The results as the items complete."""
        if self._closed:
            raise InvalidInputError("this pool was closed")
        wrapped = [_blocking(w) for w in works]
        handed: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()

        async def pump() -> None:
            try:
                async for result in self._pool.as_completed(wrapped, download_to=download_to):
                    handed.put(("result", result))
            except BaseException as exc:
                handed.put(("error", exc))
                raise
            handed.put(("end", None))

        future = self._portal.submit(pump())
        try:
            while True:
                kind, value = handed.get()
                if kind == "result":
                    yield value
                elif kind == "error":
                    raise value
                else:
                    return
        finally:
            future.cancel()


def _blocking(work: Any) -> Any:
    from ._async import _is_typed_graph

    if callable(work) and not isinstance(work, Mapping | WorkflowJob) and not _is_typed_graph(work):
        return _Blocking(work)
    return work
