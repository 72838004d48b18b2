from enum import StrEnum


class QwenImageVariantType(StrEnum):
    EDIT = "edit"
    GENERATE = "generate"

    def __str__(self) -> str:
        return str(self.value)
