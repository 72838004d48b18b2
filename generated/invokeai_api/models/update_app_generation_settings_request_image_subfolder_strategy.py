from enum import StrEnum


class UpdateAppGenerationSettingsRequestImageSubfolderStrategy(StrEnum):
    DATE = "date"
    FLAT = "flat"
    HASH = "hash"
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
