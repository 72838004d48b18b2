from enum import StrEnum


class StyleReferenceKrea2ValueMode(StrEnum):
    RAW_REFERENCE = "raw_reference"
    REF_MEAN = "ref_mean"
    TARGET = "target"
    TARGET_ADAIN = "target_adain"
    TARGET_ADAIN_PLUS_REF = "target_adain_plus_ref"

    def __str__(self) -> str:
        return str(self.value)
