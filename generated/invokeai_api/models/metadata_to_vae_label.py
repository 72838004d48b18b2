from enum import StrEnum


class MetadataToVAELabel(StrEnum):
    VAE = "vae"
    VALUE_0 = "* CUSTOM LABEL *"

    def __str__(self) -> str:
        return str(self.value)
