from enum import StrEnum


class IPAdapterRecallParameterImageInfluenceType0(StrEnum):
    HIGH = "high"
    HIGHEST = "highest"
    LOW = "low"
    LOWEST = "lowest"
    MEDIUM = "medium"

    def __str__(self) -> str:
        return str(self.value)
