from enum import StrEnum


class MetadataToSDXLModelLabel(StrEnum):
    MODEL = "model"
    VALUE_0 = "* CUSTOM LABEL *"

    def __str__(self) -> str:
        return str(self.value)
