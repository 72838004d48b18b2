from enum import StrEnum


class WanVariantType(StrEnum):
    I2V_A14B = "i2v_a14b"
    T2V_A14B = "t2v_a14b"
    TI2V_5B = "ti2v_5b"

    def __str__(self) -> str:
        return str(self.value)
