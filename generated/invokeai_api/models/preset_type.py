from enum import StrEnum


class PresetType(StrEnum):
    DEFAULT = "default"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
