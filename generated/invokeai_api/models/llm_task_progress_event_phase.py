from enum import StrEnum


class LLMTaskProgressEventPhase(StrEnum):
    GENERATING = "generating"
    LOADING_MODEL = "loading_model"

    def __str__(self) -> str:
        return str(self.value)
