from enum import StrEnum


class PBRMapsBorderMode(StrEnum):
    MIRROR = "mirror"
    NONE = "none"
    REPLICATE = "replicate"
    SEAMLESS = "seamless"

    def __str__(self) -> str:
        return str(self.value)
