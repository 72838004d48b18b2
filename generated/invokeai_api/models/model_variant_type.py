from enum import StrEnum


class ModelVariantType(StrEnum):
    DEPTH = "depth"
    INPAINT = "inpaint"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
