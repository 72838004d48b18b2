from enum import StrEnum


class ExternalModelPanelControlName(StrEnum):
    DIMENSIONS = "dimensions"
    REFERENCE_IMAGES = "reference_images"
    SEED = "seed"

    def __str__(self) -> str:
        return str(self.value)
