from enum import StrEnum


class CreateGradientMaskCoherenceMode(StrEnum):
    BOX_BLUR = "Box Blur"
    GAUSSIAN_BLUR = "Gaussian Blur"
    STAGED = "Staged"

    def __str__(self) -> str:
        return str(self.value)
