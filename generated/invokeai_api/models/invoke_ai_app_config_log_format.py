from enum import StrEnum


class InvokeAIAppConfigLogFormat(StrEnum):
    COLOR = "color"
    LEGACY = "legacy"
    PLAIN = "plain"
    SYSLOG = "syslog"

    def __str__(self) -> str:
        return str(self.value)
