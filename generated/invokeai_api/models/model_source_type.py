from enum import StrEnum


class ModelSourceType(StrEnum):
    EXTERNAL = "external"
    HF_REPO_ID = "hf_repo_id"
    PATH = "path"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
