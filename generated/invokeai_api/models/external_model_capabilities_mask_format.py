from enum import StrEnum


class ExternalModelCapabilitiesMaskFormat(StrEnum):
    ALPHA = "alpha"
    BINARY = "binary"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
