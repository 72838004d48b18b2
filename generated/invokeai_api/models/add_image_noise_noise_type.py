from enum import StrEnum


class AddImageNoiseNoiseType(StrEnum):
    GAUSSIAN = "gaussian"
    SALT_AND_PEPPER = "salt_and_pepper"

    def __str__(self) -> str:
        return str(self.value)
