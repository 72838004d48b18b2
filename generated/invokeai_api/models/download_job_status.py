from enum import StrEnum


class DownloadJobStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    ERROR = "error"
    PAUSED = "paused"
    RUNNING = "running"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
