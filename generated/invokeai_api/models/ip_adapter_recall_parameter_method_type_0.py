from enum import StrEnum


class IPAdapterRecallParameterMethodType0(StrEnum):
    COMPOSITION = "composition"
    FULL = "full"
    STYLE = "style"

    def __str__(self) -> str:
        return str(self.value)
