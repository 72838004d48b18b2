from enum import StrEnum


class FloatMathOperation(StrEnum):
    ABS = "ABS"
    ADD = "ADD"
    DIV = "DIV"
    EXP = "EXP"
    MAX = "MAX"
    MIN = "MIN"
    MUL = "MUL"
    SQRT = "SQRT"
    SUB = "SUB"

    def __str__(self) -> str:
        return str(self.value)
