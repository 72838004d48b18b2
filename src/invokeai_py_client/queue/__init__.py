"""The session queue: enqueue batches, follow and control queue items, read their outputs."""

from ._outputs import NodeOutputs, image_names, outputs_by_node
from ._waiter import TERMINAL_STATUSES
from .handles import BatchHandle, JobHandle
from .repository import QueueRepository

__all__ = [
    "TERMINAL_STATUSES",
    "BatchHandle",
    "JobHandle",
    "NodeOutputs",
    "QueueRepository",
    "image_names",
    "outputs_by_node",
]
