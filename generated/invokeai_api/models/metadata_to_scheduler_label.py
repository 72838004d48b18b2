from enum import StrEnum


class MetadataToSchedulerLabel(StrEnum):
    SCHEDULER = "scheduler"
    VALUE_0 = "* CUSTOM LABEL *"

    def __str__(self) -> str:
        return str(self.value)
