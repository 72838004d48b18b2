from enum import StrEnum


class ClipVariantType(StrEnum):
    GIGANTIC = "gigantic"
    LARGE = "large"

    def __str__(self) -> str:
        return str(self.value)
