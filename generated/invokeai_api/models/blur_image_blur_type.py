from enum import StrEnum


class BlurImageBlurType(StrEnum):
    BOX = "box"
    GAUSSIAN = "gaussian"

    def __str__(self) -> str:
        return str(self.value)
