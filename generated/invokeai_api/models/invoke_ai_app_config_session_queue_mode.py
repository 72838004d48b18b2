from enum import StrEnum


class InvokeAIAppConfigSessionQueueMode(StrEnum):
    FIFO = "FIFO"
    ROUND_ROBIN = "round_robin"

    def __str__(self) -> str:
        return str(self.value)
