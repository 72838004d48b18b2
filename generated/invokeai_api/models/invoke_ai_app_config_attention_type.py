from enum import StrEnum


class InvokeAIAppConfigAttentionType(StrEnum):
    AUTO = "auto"
    NORMAL = "normal"
    SLICED = "sliced"
    TORCH_SDP = "torch-sdp"
    XFORMERS = "xformers"

    def __str__(self) -> str:
        return str(self.value)
