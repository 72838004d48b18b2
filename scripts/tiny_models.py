"""Tiny real diffusion models (SD-1 and SDXL, random weights) for live tests and the demo.

    python scripts/tiny_models.py build [--kind sd1] [--kind sdxl] [--force]
    python scripts/tiny_models.py path --kind sdxl

Building and caching ship in the package (``invokeai_py_client.testing.tiny_models``, used by the
pytest plugin's ``invokeai_tiny_models`` fixture); this wrapper runs it with the project's servers
directory and adds the project's verified text-to-image graphs (``tests/graphs/t2i_<kind>.json``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from invokeai_py_client.testing.tiny_models import (  # noqa: E402
    BUILDER,
    KINDS,
    LINKS_ROOT,
    MANIFEST,
    TinyModelError,
    ensure,
    ensure_linked,
    folder_size,
    is_built,
    link_path,
    main,
    model_path,
    models_dir,
    recipe_hash,
    server_python,
)
from scripts import invokeai_server  # noqa: E402  (sets the project's servers directory)

__all__ = [
    "BUILDER",
    "GRAPH_FILES",
    "KINDS",
    "LINKS_ROOT",
    "MANIFEST",
    "TinyModelError",
    "ensure",
    "ensure_linked",
    "folder_size",
    "invokeai_server",
    "is_built",
    "link_path",
    "main",
    "model_path",
    "models_dir",
    "recipe_hash",
    "server_python",
    "t2i_payload",
]

GRAPHS_DIR = REPO_ROOT / "tests" / "graphs"
GRAPH_FILES = {"sd1": "t2i_sd1.json", "sdxl": "t2i_sdxl.json"}


def t2i_payload(kind: str, model: dict[str, Any]) -> dict[str, Any]:
    """The verified text-to-image enqueue body for ``kind``, naming the installed ``model``.

    ``model`` is the server's config of the installed main model (its ``key``, ``hash`` and
    ``name`` fill the graph's placeholders).
    """
    if kind not in GRAPH_FILES:
        raise TinyModelError(f"unknown tiny model kind {kind!r}; known kinds: {', '.join(KINDS)}")
    text = (GRAPHS_DIR / GRAPH_FILES[kind]).read_text()
    for field in ("key", "hash", "name"):
        value = model.get(field)
        if not isinstance(value, str):
            raise TinyModelError(f"the model config has no string {field!r}: {model!r}")
        text = text.replace(f"<MODEL_{field.upper()}>", json.dumps(value)[1:-1])
    payload: dict[str, Any] = json.loads(text)
    return payload


if __name__ == "__main__":
    sys.exit(main())
