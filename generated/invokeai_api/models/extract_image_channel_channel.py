from enum import StrEnum


class ExtractImageChannelChannel(StrEnum):
    A = "A"
    B = "B"
    G = "G"
    R = "R"

    def __str__(self) -> str:
        return str(self.value)
