from enum import StrEnum


class Krea2VariantType(StrEnum):
    KREA2_BASE = "krea2_base"
    KREA2_TURBO = "krea2_turbo"

    def __str__(self) -> str:
        return str(self.value)
