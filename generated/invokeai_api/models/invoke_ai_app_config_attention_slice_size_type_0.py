from enum import StrEnum


class InvokeAIAppConfigAttentionSliceSizeType0(StrEnum):
    AUTO = "auto"
    BALANCED = "balanced"
    MAX = "max"

    def __str__(self) -> str:
        return str(self.value)
