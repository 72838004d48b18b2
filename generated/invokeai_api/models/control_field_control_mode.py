from enum import StrEnum


class ControlFieldControlMode(StrEnum):
    BALANCED = "balanced"
    MORE_CONTROL = "more_control"
    MORE_PROMPT = "more_prompt"
    UNBALANCED = "unbalanced"

    def __str__(self) -> str:
        return str(self.value)
