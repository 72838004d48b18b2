from enum import StrEnum


class BaseModelType(StrEnum):
    ANIMA = "anima"
    ANY = "any"
    COGVIEW4 = "cogview4"
    ERNIE_IMAGE = "ernie-image"
    EXTERNAL = "external"
    FLUX = "flux"
    FLUX2 = "flux2"
    IDEOGRAM_4 = "ideogram-4"
    KREA_2 = "krea-2"
    QWEN_IMAGE = "qwen-image"
    SDXL = "sdxl"
    SDXL_REFINER = "sdxl-refiner"
    SD_1 = "sd-1"
    SD_2 = "sd-2"
    SD_3 = "sd-3"
    UNKNOWN = "unknown"
    WAN = "wan"
    Z_IMAGE = "z-image"

    def __str__(self) -> str:
        return str(self.value)
