from enum import StrEnum


class ImageMoveJobResponseState(StrEnum):
    COMMITTED = "committed"
    ERROR = "error"
    MOVED = "moved"
    MOVING = "moving"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
