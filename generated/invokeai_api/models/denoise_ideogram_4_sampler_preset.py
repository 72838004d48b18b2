from enum import StrEnum


class DenoiseIdeogram4SamplerPreset(StrEnum):
    V4_DEFAULT_20 = "V4_DEFAULT_20"
    V4_QUALITY_48 = "V4_QUALITY_48"
    V4_TURBO_12 = "V4_TURBO_12"

    def __str__(self) -> str:
        return str(self.value)
