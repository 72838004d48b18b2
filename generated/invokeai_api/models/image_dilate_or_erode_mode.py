from enum import StrEnum


class ImageDilateOrErodeMode(StrEnum):
    DILATE = "Dilate"
    ERODE = "Erode"

    def __str__(self) -> str:
        return str(self.value)
