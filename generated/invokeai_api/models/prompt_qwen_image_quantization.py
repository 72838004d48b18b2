from enum import StrEnum


class PromptQwenImageQuantization(StrEnum):
    INT8 = "int8"
    NF4 = "nf4"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
