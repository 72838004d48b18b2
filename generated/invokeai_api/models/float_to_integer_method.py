from enum import StrEnum


class FloatToIntegerMethod(StrEnum):
    CEILING = "Ceiling"
    FLOOR = "Floor"
    NEAREST = "Nearest"
    TRUNCATE = "Truncate"

    def __str__(self) -> str:
        return str(self.value)
