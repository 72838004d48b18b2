from enum import StrEnum


class WorkflowCategory(StrEnum):
    DEFAULT = "default"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
