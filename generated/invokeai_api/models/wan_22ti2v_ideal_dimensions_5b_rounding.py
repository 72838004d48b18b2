from enum import StrEnum


class Wan22TI2VIdealDimensions5BRounding(StrEnum):
    CEILING = "ceiling"
    FLOOR = "floor"
    NEAREST = "nearest"

    def __str__(self) -> str:
        return str(self.value)
