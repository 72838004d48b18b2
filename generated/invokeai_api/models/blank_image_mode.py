from enum import StrEnum


class BlankImageMode(StrEnum):
    RGB = "RGB"
    RGBA = "RGBA"

    def __str__(self) -> str:
        return str(self.value)
