from enum import StrEnum


class ImageMoveStatusResponseOperationType0(StrEnum):
    MOVE_ALL = "move_all"
    RECOVERY = "recovery"

    def __str__(self) -> str:
        return str(self.value)
