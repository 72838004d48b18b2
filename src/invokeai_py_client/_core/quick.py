"""The workflows shipped with the package (``quick/prebuilt-workflows/*.json``) and the pure
helpers of :class:`QuickClient` (no I/O)."""

from __future__ import annotations

from importlib import resources
from typing import Any

from .errors import InvalidInputError
from .workflows.definition import WorkflowDefinition

COPY_IMAGE = "copy-image.json"
SDXL_TEXT_TO_IMAGE = "sdxl-text-to-image.json"


def load_prebuilt(name: str) -> WorkflowDefinition:
    """A prebuilt workflow by file name (read from the installed package)."""
    folder = resources.files("invokeai_py_client._core").joinpath("prebuilt-workflows")
    return WorkflowDefinition.from_json(folder.joinpath(name).read_text(encoding="utf-8"))


def round_to_8(value: Any, what: str) -> int:
    """``value`` rounded to the nearest multiple of 8 (at least 8)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(f"{what} must be a positive integer, got {value!r}")
    return max(8, round(value / 8) * 8)


def pick_model(models: list[Any], model_name: str | None) -> Any:
    """The first model whose name contains ``model_name`` (case-insensitive), else the first."""
    if not models:
        raise InvalidInputError("no SDXL main model is installed on the server")
    if model_name:
        wanted = model_name.lower()
        for model in models:
            if wanted in str(model.name).lower():
                return model
    return models[0]


__all__ = ["COPY_IMAGE", "SDXL_TEXT_TO_IMAGE", "load_prebuilt", "pick_model", "round_to_8"]
