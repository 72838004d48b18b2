from enum import StrEnum


class IntegerMathOperation(StrEnum):
    ABS = "ABS"
    ADD = "ADD"
    DIV = "DIV"
    EXP = "EXP"
    MAX = "MAX"
    MIN = "MIN"
    MOD = "MOD"
    MUL = "MUL"
    SUB = "SUB"

    def __str__(self) -> str:
        return str(self.value)
