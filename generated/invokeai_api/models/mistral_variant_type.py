from enum import StrEnum


class MistralVariantType(StrEnum):
    COW_MISTRAL3_SMALL = "cow_mistral3_small"
    MISTRAL3_24B = "mistral3_24b"

    def __str__(self) -> str:
        return str(self.value)
