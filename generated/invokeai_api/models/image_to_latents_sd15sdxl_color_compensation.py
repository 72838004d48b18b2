from enum import StrEnum


class ImageToLatentsSD15SDXLColorCompensation(StrEnum):
    NONE = "None"
    SDXL = "SDXL"

    def __str__(self) -> str:
        return str(self.value)
