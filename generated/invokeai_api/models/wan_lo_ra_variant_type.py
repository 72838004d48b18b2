from enum import StrEnum


class WanLoRAVariantType(StrEnum):
    A14B = "a14b"
    VALUE_1 = "5b"

    def __str__(self) -> str:
        return str(self.value)
