from enum import IntEnum


class PromptFLUX2DevMaxSeqLen(IntEnum):
    VALUE_256 = 256
    VALUE_512 = 512

    def __str__(self) -> str:
        return str(self.value)
