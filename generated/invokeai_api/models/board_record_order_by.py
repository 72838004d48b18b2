from enum import StrEnum


class BoardRecordOrderBy(StrEnum):
    BOARD_NAME = "board_name"
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)
