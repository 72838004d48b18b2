from enum import StrEnum


class MainModelDefaultSettingsVaePrecisionType0(StrEnum):
    FP16 = "fp16"
    FP32 = "fp32"

    def __str__(self) -> str:
        return str(self.value)
