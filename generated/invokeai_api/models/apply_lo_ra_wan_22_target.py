from enum import StrEnum


class ApplyLoRAWan22Target(StrEnum):
    AUTO = "auto"
    BOTH = "both"
    HIGH = "high"
    LOW = "low"

    def __str__(self) -> str:
        return str(self.value)
