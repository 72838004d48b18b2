"""Tiny, genuine model files for the model-management tests (no torch needed).

A safetensors file holding one float32 tensor ``emb_params`` of shape [2, 768] is what
InvokeAI identifies as a textual-inversion embedding (``embedding`` / ``embedding_file``) of
base ``sd-1``. The files live under a fixed folder, so the paths sent to the server (and kept in
the cassettes) are the same when recording and when replaying.
"""

from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path

MODELS_ROOT = Path("/tmp/invokeai-py-client-tests/models")
_TOKENS, _DIM = 2, 768


def fresh_folder(name: str) -> Path:
    """An empty folder ``MODELS_ROOT/<name>`` (emptied if it was there)."""
    folder = MODELS_ROOT / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def write_tiny_embedding(path: Path, seed: int = 0) -> Path:
    """Write a 6 KB safetensors embedding; ``seed`` varies the values (and so the file hash)."""
    count = _TOKENS * _DIM
    header = {
        "emb_params": {"dtype": "F32", "shape": [_TOKENS, _DIM], "data_offsets": [0, count * 4]}
    }
    header_bytes = json.dumps(header, separators=(",", ":")).encode()
    header_bytes += b" " * (-len(header_bytes) % 8)  # the format pads the header to 8 bytes
    values = [((i * 7 + seed * 13) % 101) / 101.0 for i in range(count)]
    data = struct.pack(f"<{count}f", *values)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(struct.pack("<Q", len(header_bytes)) + header_bytes + data)
    return path


def write_not_a_model(path: Path) -> Path:
    """A file with a model extension whose content no model class recognizes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a safetensors file at all")
    return path
