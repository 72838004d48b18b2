from enum import StrEnum


class ScaleImageResampleMode(StrEnum):
    BICUBIC = "bicubic"
    BILINEAR = "bilinear"
    BOX = "box"
    HAMMING = "hamming"
    LANCZOS = "lanczos"
    NEAREST = "nearest"

    def __str__(self) -> str:
        return str(self.value)
