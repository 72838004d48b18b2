from enum import StrEnum


class ZImageVariantType(StrEnum):
    TURBO = "turbo"
    ZBASE = "zbase"

    def __str__(self) -> str:
        return str(self.value)
