from enum import StrEnum


class MetadataToModelLabel(StrEnum):
    MODEL = "model"
    VALUE_0 = "* CUSTOM LABEL *"

    def __str__(self) -> str:
        return str(self.value)
