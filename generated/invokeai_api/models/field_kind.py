from enum import StrEnum


class FieldKind(StrEnum):
    INPUT = "input"
    INTERNAL = "internal"
    NODE_ATTRIBUTE = "node_attribute"
    OUTPUT = "output"

    def __str__(self) -> str:
        return str(self.value)
