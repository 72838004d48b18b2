from enum import StrEnum


class FLUXReduxDownsamplingFunction(StrEnum):
    AREA = "area"
    BICUBIC = "bicubic"
    BILINEAR = "bilinear"
    NEAREST = "nearest"
    NEAREST_EXACT = "nearest-exact"

    def __str__(self) -> str:
        return str(self.value)
