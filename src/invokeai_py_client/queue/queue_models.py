"""The original client's module path ``queue.queue_models`` (its 1.1.1 layout), kept so that
its users' imports work: it re-exports this client's objects, documented where they live;
the original's names of them are aliases (see "Differences from the original client")."""

from invokeai_api.models import (
    CancelAllExceptCurrentResult,
    ClearResult,
    PruneResult,
    SessionProcessorStatus,
    SessionQueueAndProcessorStatus,
    SessionQueueItem,
    SessionQueueItemStatus,
    SessionQueueStatus,
)

ProcessorStatus = SessionProcessorStatus
QueueAndProcessorStatus = SessionQueueAndProcessorStatus
QueueItem = SessionQueueItem
QueueItemStatus = SessionQueueItemStatus
QueueStatus = SessionQueueStatus

__all__ = [
    "CancelAllExceptCurrentResult",
    "ClearResult",
    "ProcessorStatus",
    "PruneResult",
    "QueueAndProcessorStatus",
    "QueueItem",
    "QueueItemStatus",
    "QueueStatus",
]
