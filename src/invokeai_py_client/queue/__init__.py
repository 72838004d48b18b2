"""The session queue: enqueue batches, follow and control queue items, read their outputs."""

from typing import TYPE_CHECKING

from .._lazy import lazy_getattr
from ._outputs import NodeOutputs, image_names, outputs_by_node
from ._waiter import TERMINAL_STATUSES

if TYPE_CHECKING:
    from .._async.queue_handles import AsyncBatchHandle, AsyncJobHandle
    from .._async.queue_repo import AsyncQueueRepository
    from .._sync.queue_handles import BatchHandle, JobHandle
    from .._sync.queue_repo import QueueRepository

__getattr__ = lazy_getattr(
    __name__,
    {
        "AsyncBatchHandle": "._async.queue_handles",
        "AsyncJobHandle": "._async.queue_handles",
        "AsyncQueueRepository": "._async.queue_repo",
        "BatchHandle": "._sync.queue_handles",
        "JobHandle": "._sync.queue_handles",
        "QueueRepository": "._sync.queue_repo",
    },
)

__all__ = [
    "TERMINAL_STATUSES",
    "AsyncBatchHandle",
    "AsyncJobHandle",
    "AsyncQueueRepository",
    "BatchHandle",
    "JobHandle",
    "NodeOutputs",
    "QueueRepository",
    "image_names",
    "outputs_by_node",
]
