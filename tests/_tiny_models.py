"""Tiny real SD-1 / SDXL models for the tests that install models and generate images.

``tiny_model_folders(mode)`` gives the folder of each model at a fixed path
(``/tmp/invokeai-py-client-tests/tiny-models/tiny-<kind>``): that path is what tests send to
``POST /api/v2/models/install``, so it is also what cassettes hold. In ``live`` and ``record``
modes the models are built when missing (about 20 s, with an installed server venv's Python; see
``scripts/tiny_models.py``) and the fixed paths are linked to the cache. In ``replay`` nothing is
built or linked: the server's answers come from the cassette.

``t2i_payload(kind, model_config)`` is the verified text-to-image enqueue body
(``tests/graphs/t2i_<kind>.json``, 64x64, 3 steps) naming an installed model.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from scripts import tiny_models
from scripts.tiny_models import KINDS, t2i_payload

__all__ = ["KINDS", "t2i_payload", "tiny_model_folders"]


def tiny_model_folders(mode: str, kinds: Sequence[str] = KINDS) -> dict[str, Path]:
    """Fixed folder path of each ``kinds`` model; built and linked unless ``mode`` is replay."""
    if mode == "replay":
        return {kind: tiny_models.link_path(kind) for kind in kinds}
    return tiny_models.ensure_linked(kinds)
