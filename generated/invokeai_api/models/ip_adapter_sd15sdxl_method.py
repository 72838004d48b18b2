from enum import StrEnum


class IPAdapterSD15SDXLMethod(StrEnum):
    COMPOSITION = "composition"
    FULL = "full"
    STYLE = "style"
    STYLE_PRECISE = "style_precise"
    STYLE_STRONG = "style_strong"

    def __str__(self) -> str:
        return str(self.value)
