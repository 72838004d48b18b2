from enum import StrEnum


class PiDDecoderVariantType(StrEnum):
    RES2KTO4K_SR4X = "res2kto4k_sr4x"
    RES2K_SR4X = "res2k_sr4x"

    def __str__(self) -> str:
        return str(self.value)
