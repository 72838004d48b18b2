from enum import StrEnum


class UIComponent(StrEnum):
    NONE = "none"
    SLIDER = "slider"
    TEXTAREA = "textarea"
    VIDEO_FRAME_INDEX = "video-frame-index"

    def __str__(self) -> str:
        return str(self.value)
