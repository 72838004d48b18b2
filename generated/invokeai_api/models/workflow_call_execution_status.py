from enum import StrEnum


class WorkflowCallExecutionStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    RUNNING_CHILD = "running_child"
    WAITING_FOR_CHILD = "waiting_for_child"

    def __str__(self) -> str:
        return str(self.value)
