"""The code blocks of the original client's reference pages (``/work/shared/spec`` or
``$INVOKEAI_SPEC_DIR``), read at test time, and what each one is for the tests.

Every ```python block of a page is one of:

* ``run``: an example, executed against the test's server (or cassette), in page order and in one
  namespace per page, after substituting only addresses and placeholder paths (``SUBSTITUTIONS``);
* ``offline``: an example that needs no server (fields, data models), executed the same way;
* ``declaration``: a signature or class outline (``def ...``, ``class X(BaseModel): ...``): not
  code to run, checked against ours by ``tests/test_spec_pages.py`` where it names members;
* ``async``: an example written with top-level ``await`` / ``async for`` (as in a notebook or
  ``python -m asyncio``): executed as such, in the page's namespace;
* ``cannot_run``: cannot run anywhere; ``REASONS`` says why.

The same blocks (all but declarations) are type-checked with mypy --strict.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

SPEC_DIR = Path(os.environ.get("INVOKEAI_SPEC_DIR", "/work/shared/spec"))
PAGES = (
    "index",
    "client-api",
    "boards",
    "models",
    "dnn_model_repo",
    "fields",
    "quick",
    "workflow",
    "utilities",
)
_BLOCK = re.compile(r"```python[^\n]*\n(.*?)```", re.S)

# page -> block index -> kind (blocks not listed are declarations).
KINDS: dict[str, dict[int, str]] = {
    "index": {0: "run", 1: "run", 2: "run", 3: "run", 4: "run", 5: "run", 6: "async"},
    "client-api": {1: "run", 3: "run", 5: "run", 7: "run", 9: "run", 10: "run", 13: "run"}
    | {17: "run", 20: "run", 21: "run", 22: "run", 23: "run", 24: "run", 25: "run"},
    "boards": {1: "run", 3: "run", 5: "run", 9: "run", 12: "run", 14: "run", 16: "run"}
    | {17: "run", 18: "run"},
    "models": {1: "offline", 3: "run", 4: "offline", 5: "run", 9: "offline"},
    "dnn_model_repo": {0: "run", 1: "run", 2: "run", 3: "run", 4: "run", 5: "run"}
    | {6: "cannot_run", 7: "run"},
    "fields": {5: "offline", 7: "offline", 9: "offline", 11: "offline", 21: "run", 22: "run"}
    | {23: "run"},
    "quick": {0: "run", 1: "run", 2: "run", 3: "run"},
    "workflow": {1: "run", 3: "run", 5: "run", 7: "run", 9: "run", 11: "run", 13: "run"}
    | {15: "run"},
    "utilities": {1: "run", 3: "run", 5: "run", 6: "run", 7: "async", 8: "async", 9: "async"}
    | {10: "run", 11: "run", 12: "run", 13: "run", 14: "run", 15: "run"},
}

REASONS: dict[tuple[str, int], str] = {
    ("dnn_model_repo", 6): "installs the placeholder Hugging Face repo 'org/name'; the test "
    "servers have no internet, and no repo id is one every user could install",
}

# Blocks whose code mypy cannot accept as the page wrote it, and why (they still run).
UNTYPED: dict[tuple[str, int], str] = {
    ("models", 1): "calls client.get_job(), which the original client does not have either "
    "(client-api.md lists it among the methods that are not present); the loop never runs for a "
    "finished job",
    ("utilities", 7): "its own callback is annotated `evt: dict` with no return type, which "
    "--strict refuses (it wants dict[str, Any] and -> None); it runs as written",
    ("dnn_model_repo", 7): "falls back to e.get('path') for dict entries: scan_folder returns "
    "the generated FoundModel, whose .path is always set, so the fallback is never reached",
}


@dataclass(frozen=True)
class Block:
    page: str
    index: int
    code: str
    kind: str

    @property
    def name(self) -> str:
        return f"{self.page}.md[{self.index}]"


def blocks(page: str) -> list[Block]:
    text = (SPEC_DIR / f"{page}.md").read_text(encoding="utf-8")
    kinds = KINDS[page]
    return [
        Block(page, i, code, kinds.get(i, "declaration"))
        for i, code in enumerate(_BLOCK.findall(text))
    ]


def substitute(code: str, values: dict[str, str]) -> str:
    """The block with its addresses and placeholder paths replaced (``SUBSTITUTIONS`` keys)."""
    for placeholder, actual in values.items():
        code = code.replace(placeholder, actual)
    return code


def substitutions(url: str, files: dict[str, str]) -> dict[str, str]:
    """Addresses -> the test's server; placeholder files -> real ones made by the test."""
    host, port = url.removeprefix("http://").split(":")
    return {
        "http://localhost:9090": url,
        "http://127.0.0.1:9090": url,
        'host="192.168.1.100"': f'host="{host}"',
        'host="localhost", port=9090': f'host="{host}", port={port}',
        "port=9090": f"port={port}",
        # The address's scheme: the test servers speak plain HTTP on loopback.
        "use_https=True": "use_https=False",
        **{f'"{placeholder}"': f'"{path}"' for placeholder, path in files.items()},
    }
