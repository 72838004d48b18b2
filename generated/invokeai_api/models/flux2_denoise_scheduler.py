from enum import StrEnum


class FLUX2DenoiseScheduler(StrEnum):
    EULER = "euler"
    HEUN = "heun"
    LCM = "lcm"

    def __str__(self) -> str:
        return str(self.value)
