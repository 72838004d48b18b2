"""The session queue: enqueue batches, follow and control queue items, read their outputs."""

from .._async.queue_handles import AsyncBatchHandle, AsyncJobHandle
from .._async.queue_repo import AsyncQueueRepository
from .._core.results import NodeOutputs, image_names, outputs_by_node
from .._core.waits import TERMINAL_STATUSES
from .._sync.queue_handles import BatchHandle, JobHandle
from .._sync.queue_repo import QueueRepository

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
