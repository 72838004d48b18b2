"""The members only the blocking client has, made from its own methods: the helpers that the
names table (``_core/names.py``, ``SYNC_ONLY``) applies in the generated blocking classes.

Each keeps the wrapped method's signature for type checkers (``ParamSpec``), so that
``await handle.submit(board_id=...)`` on the blocking handle is as typed as ``submit_sync``.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, overload

P = ParamSpec("P")
T = TypeVar("T")
S = TypeVar("S")
F = TypeVar("F", bound=Callable[..., Any])


def in_thread(
    method: Callable[P, T], doc: str | None = None
) -> Callable[P, Coroutine[Any, Any, T]]:
    """A coroutine running the blocking ``method`` in a worker thread (asyncio is imported on
    first use, not at import). Assigned in a class body, it is a method like ``method``."""

    @functools.wraps(method)
    async def bridge(*args: P.args, **kwargs: P.kwargs) -> T:
        import asyncio

        return await asyncio.to_thread(functools.partial(method, *args, **kwargs))

    if doc is not None:
        bridge.__doc__ = doc
    return bridge


def deprecated(old_name: str, function: F, new_name: str) -> F:
    """``old_name``, an old name of ``function``: calling it warns (``DeprecationWarning``)
    naming the new one."""
    message = f"{old_name} is deprecated; use {new_name}"
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return await function(*args, **kwargs)

        wrapper: Callable[..., Any] = async_wrapper
    else:

        @functools.wraps(function)
        def sync_wrapper(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return function(*args, **kwargs)

        wrapper = sync_wrapper
    wrapper.__name__ = old_name
    wrapper.__qualname__ = wrapper.__qualname__.rsplit(".", 1)[0] + "." + old_name
    return wrapper  # type: ignore[return-value]


class blocking_property(Generic[S, T]):
    """A read-only property whose value is ``getter(self)`` (a blocking call)."""

    def __init__(self, getter: Callable[[S], T]) -> None:
        self._getter = getter
        self.__doc__ = getter.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> blocking_property[S, T]: ...
    @overload
    def __get__(self, instance: S, owner: type[Any]) -> T: ...
    def __get__(self, instance: S | None, owner: type[Any]) -> T | blocking_property[S, T]:
        if instance is None:
            return self
        return self._getter(instance)


class _Submitted(Protocol):
    batch_id: str
    item_ids: list[int]


def monitor_in_thread(
    submit: Callable[..., _Submitted], wait: Callable[..., Any]
) -> Callable[..., AsyncIterator[dict[str, Any]]]:
    """``submit_sync_monitor_async``: submit, then yield the run's events as dicts as they come
    (both blocking calls run in worker threads)."""

    async def submit_sync_monitor_async(
        self: Any, timeout: float | None = 300.0, **options: Any
    ) -> AsyncIterator[dict[str, Any]]:
        """Submit (see :meth:`submit_sync`), then yield the run's events as dicts as they come:
        first ``{"event_type": "submission", "batch_id", "item_ids"}``, then each event's
        fields with its ``event_type`` (``invocation_progress``, ``queue_item_status_changed``,
        ...), ending once every item has ended. A failed or canceled run raises after its
        events (``JobFailedError`` / ``JobCanceledError``), as :meth:`wait_for_batch_sync` does.
        """
        import asyncio

        from .._core.events import event_as_dict

        batch = await asyncio.to_thread(functools.partial(submit, self, **options))
        yield {"event_type": "submission", "batch_id": batch.batch_id, "item_ids": batch.item_ids}
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

        def forward(event: Any) -> None:
            loop.call_soon_threadsafe(inbox.put_nowait, event_as_dict(event))

        waiting = asyncio.ensure_future(
            asyncio.to_thread(
                functools.partial(wait, self, timeout=timeout, progress_callback=forward)
            )
        )
        while not (waiting.done() and inbox.empty()):
            getting = asyncio.ensure_future(inbox.get())
            await asyncio.wait({getting, waiting}, return_when=asyncio.FIRST_COMPLETED)
            if getting.done():
                yield getting.result()
            else:
                getting.cancel()
        waiting.result()

    return submit_sync_monitor_async
