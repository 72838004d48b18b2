from enum import StrEnum


class HFTokenStatus(StrEnum):
    INVALID = "invalid"
    UNKNOWN = "unknown"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
