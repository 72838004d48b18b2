from enum import StrEnum


class ControlNetRecallParameterControlModeType0(StrEnum):
    BALANCED = "balanced"
    MORE_CONTROL = "more_control"
    MORE_PROMPT = "more_prompt"

    def __str__(self) -> str:
        return str(self.value)
