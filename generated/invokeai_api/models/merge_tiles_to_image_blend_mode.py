from enum import StrEnum


class MergeTilesToImageBlendMode(StrEnum):
    LINEAR = "Linear"
    SEAM = "Seam"

    def __str__(self) -> str:
        return str(self.value)
