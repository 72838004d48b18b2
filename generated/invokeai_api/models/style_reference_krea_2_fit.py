from enum import StrEnum


class StyleReferenceKrea2Fit(StrEnum):
    CONTAIN = "contain"
    CROP = "crop"
    STRETCH = "stretch"

    def __str__(self) -> str:
        return str(self.value)
