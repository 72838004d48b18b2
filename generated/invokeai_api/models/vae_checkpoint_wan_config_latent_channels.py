from enum import IntEnum


class VAECheckpointWanConfigLatentChannels(IntEnum):
    VALUE_16 = 16
    VALUE_48 = 48

    def __str__(self) -> str:
        return str(self.value)
