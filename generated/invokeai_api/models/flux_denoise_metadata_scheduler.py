from enum import StrEnum


class FLUXDenoiseMetadataScheduler(StrEnum):
    EULER = "euler"
    HEUN = "heun"
    LCM = "lcm"

    def __str__(self) -> str:
        return str(self.value)
