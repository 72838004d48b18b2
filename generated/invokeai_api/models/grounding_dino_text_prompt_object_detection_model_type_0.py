from enum import StrEnum


class GroundingDINOTextPromptObjectDetectionModelType0(StrEnum):
    GROUNDING_DINO_BASE = "grounding-dino-base"
    GROUNDING_DINO_TINY = "grounding-dino-tiny"

    def __str__(self) -> str:
        return str(self.value)
