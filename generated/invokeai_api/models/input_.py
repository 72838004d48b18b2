from enum import StrEnum


class Input(StrEnum):
    ANY = "any"
    CONNECTION = "connection"
    DIRECT = "direct"

    def __str__(self) -> str:
        return str(self.value)
