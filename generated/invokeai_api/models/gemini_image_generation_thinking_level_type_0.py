from enum import StrEnum


class GeminiImageGenerationThinkingLevelType0(StrEnum):
    HIGH = "high"
    MINIMAL = "minimal"

    def __str__(self) -> str:
        return str(self.value)
