from enum import StrEnum


class ColorCorrectColorSpace(StrEnum):
    RGB = "RGB"
    YCBCR = "YCbCr"
    YCBCR_CHROMA = "YCbCr-Chroma"
    YCBCR_LUMA = "YCbCr-Luma"

    def __str__(self) -> str:
        return str(self.value)
