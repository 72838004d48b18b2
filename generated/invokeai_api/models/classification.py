from enum import StrEnum


class Classification(StrEnum):
    BETA = "beta"
    DEPRECATED = "deprecated"
    INTERNAL = "internal"
    PROTOTYPE = "prototype"
    SPECIAL = "special"
    STABLE = "stable"

    def __str__(self) -> str:
        return str(self.value)
