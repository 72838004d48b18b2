from enum import StrEnum


class ConcatenateVideosTransition(StrEnum):
    CROSSFADE = "crossfade"
    CUT = "cut"
    FADE_THROUGH_BLACK = "fade_through_black"

    def __str__(self) -> str:
        return str(self.value)
