from enum import StrEnum


class Wan22I2VIdealDimensionsA14BRounding(StrEnum):
    CEILING = "ceiling"
    FLOOR = "floor"
    NEAREST = "nearest"

    def __str__(self) -> str:
        return str(self.value)
