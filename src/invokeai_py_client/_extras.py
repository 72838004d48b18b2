"""What one twin has and the other does not, kept apart from the shared source.

Each class of ``_async/`` derives from an ``Async*Extras`` class here, and its generated sync
twin from the matching ``*Extras`` class:

* names the original client's reference documents on its blocking objects that are coroutines
  there (``WorkflowHandle.submit`` / ``wait_for_completion``, ``InvokeAIClient.aclose``);
* the blocking client's ``server_version`` property;
* old names kept for one release, which warn (``DeprecationWarning``) when used.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

    from ._core.dnn_models.job_info import ModelInstJobInfo
    from ._core.versions import ServerVersion
    from ._sync.dnn_model_repo import DnnModelRepository
    from ._sync.install_job import ModelInstJobHandle
    from ._sync.queue_handles import BatchHandle, JobHandle
    from ._sync.queue_repo import QueueRepository
    from ._sync.workflow_handle import WorkflowHandle

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


async def _in_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``function`` in a worker thread (asyncio is imported on first use, not at import)."""
    import asyncio

    return await asyncio.to_thread(functools.partial(function, *args, **kwargs))


def deprecated(new_name: str) -> Callable[[F], F]:
    """Mark an old name: calling it warns and names the new one."""

    def decorate(function: F) -> F:
        message = f"{function.__name__} is deprecated; use {new_name}"

        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, DeprecationWarning, stacklevel=2)
                return await function(*args, **kwargs)

            return async_wrapper  # type: ignore[return-value]

        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return function(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


# ------------------------------------------------------------------------------------ client
class AsyncClientExtras:
    async def _probe_socket_auth(self) -> None:
        await self._ctx.probe_socket_auth()  # type: ignore[attr-defined]

    async def aclose(self) -> None:
        """Same as ``await client.close()`` (httpx's name)."""
        await self.close()  # type: ignore[attr-defined]


class ClientExtras:
    async def _probe_socket_auth(self) -> None:
        # The blocking client's context blocks: keep it off the caller's event loop.
        await _in_thread(self._ctx.probe_socket_auth)  # type: ignore[attr-defined]

    @property
    def server_version(self) -> ServerVersion:
        """The server's release (asked once, on first use, then cached)."""
        version: ServerVersion = self.get_server_version()  # type: ignore[attr-defined]
        return version

    async def aclose(self) -> None:
        """Close everything from async code (the client's async helpers were used there)."""
        from ._runtime import AsyncRuntime

        if getattr(self, "_closed", False):
            return
        self._closed = True
        if getattr(self, "_owner", False):
            await AsyncRuntime(self._shared).shutdown()  # type: ignore[attr-defined]
        self._ctx.transport.close()  # type: ignore[attr-defined]  # as close() does


# ------------------------------------------------------------------------------------ workflows
class AsyncWorkflowHandleExtras:
    pass


class WorkflowHandleExtras:
    async def submit(self, **options: Any) -> BatchHandle:
        """:meth:`submit_sync` for async code (in a worker thread, as the original client's
        reference has it on this handle); ``AsyncInvokeAIClient`` has a native one."""
        handle: WorkflowHandle = self  # type: ignore[assignment]
        return await _in_thread(handle.submit_sync, **options)

    async def wait_for_completion(
        self,
        poll_interval: float = 2.0,
        timeout: float | None = 300.0,
        progress_callback: Callable[[Any], Any] | None = None,
    ) -> SessionQueueItem:
        """:meth:`wait_for_completion_sync` for async code (in a worker thread)."""
        handle: WorkflowHandle = self  # type: ignore[assignment]
        return await _in_thread(
            handle.wait_for_completion_sync, poll_interval, timeout, progress_callback
        )

    async def cancel_async(self) -> int:
        """:meth:`cancel` for async code (in a worker thread)."""
        handle: WorkflowHandle = self  # type: ignore[assignment]
        return await _in_thread(handle.cancel)

    async def submit_sync_monitor_async(
        self, timeout: float | None = 300.0, **options: Any
    ) -> AsyncIterator[dict[str, Any]]:
        """Submit (see :meth:`submit_sync`), then yield the run's events as dicts as they come:
        first ``{"event_type": "submission", "batch_id", "item_ids"}``, then each event's
        fields with its ``event_type`` (``invocation_progress``, ``queue_item_status_changed``,
        ...), ending once every item has ended. A failed or canceled run raises after its
        events (``JobFailedError`` / ``JobCanceledError``), as :meth:`wait_for_batch_sync` does.
        """
        import asyncio

        from .events._models import event_as_dict

        handle: WorkflowHandle = self  # type: ignore[assignment]
        batch = await _in_thread(handle.submit_sync, **options)
        yield {"event_type": "submission", "batch_id": batch.batch_id, "item_ids": batch.item_ids}
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

        def forward(event: Any) -> None:
            loop.call_soon_threadsafe(inbox.put_nowait, event_as_dict(event))

        waiting = asyncio.ensure_future(
            _in_thread(handle.wait_for_batch_sync, timeout=timeout, progress_callback=forward)
        )
        while not (waiting.done() and inbox.empty()):
            getting = asyncio.ensure_future(inbox.get())
            await asyncio.wait({getting, waiting}, return_when=asyncio.FIRST_COMPLETED)
            if getting.done():
                yield getting.result()
            else:
                getting.cancel()
        waiting.result()


# ------------------------------------------------------------------------------------ queue
class AsyncQueueRepositoryExtras:
    pass


class QueueRepositoryExtras:
    @deprecated("AsyncInvokeAIClient's queue_repo.enqueue_batch")
    async def aenqueue_batch(self, batch: Any, *, prepend: bool = False) -> BatchHandle:
        repo: QueueRepository = self  # type: ignore[assignment]
        return await _in_thread(repo.enqueue_batch, batch, prepend=prepend)

    @deprecated("AsyncInvokeAIClient's queue_repo.get_item")
    async def aget_item(self, item_id: int) -> SessionQueueItem:
        repo: QueueRepository = self  # type: ignore[assignment]
        return await _in_thread(repo.get_item, item_id)


class AsyncJobHandleExtras:
    pass


class JobHandleExtras:
    @deprecated("wait")
    def wait_sync(
        self, timeout: float | None = None, on_progress: Callable[[Any], Any] | None = None
    ) -> SessionQueueItem:
        job: JobHandle = self  # type: ignore[assignment]
        return job.wait(timeout, on_progress)


class AsyncBatchHandleExtras:
    pass


class BatchHandleExtras:
    @deprecated("wait")
    def wait_sync(
        self,
        timeout: float | None = None,
        on_progress: Callable[[Any], Any] | None = None,
        *,
        raise_on_failure: bool = True,
    ) -> list[SessionQueueItem]:
        batch: BatchHandle = self  # type: ignore[assignment]
        return batch.wait(timeout, on_progress, raise_on_failure=raise_on_failure)


# ------------------------------------------------------------------------------------ models
class AsyncDnnModelRepositoryExtras:
    pass


class DnnModelRepositoryExtras:
    @deprecated("AsyncInvokeAIClient's dnn_model_repo.install_model")
    async def ainstall_model(self, source: str, **options: Any) -> ModelInstJobHandle:
        repo: DnnModelRepository = self  # type: ignore[assignment]
        return await _in_thread(repo.install_model, source, **options)


class AsyncModelInstJobHandleExtras:
    pass


class ModelInstJobHandleExtras:
    @deprecated("refresh")
    async def arefresh(self) -> ModelInstJobInfo:
        job: ModelInstJobHandle = self  # type: ignore[assignment]
        return await _in_thread(job.refresh)
