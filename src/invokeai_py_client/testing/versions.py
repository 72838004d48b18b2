"""The InvokeAI lines a cassettes directory holds: one folder per version (``6.14.2/``).

A folder holding a ``SMOKE`` file is a smoke line: only the tests marked ``smoke`` were recorded
on it, so only those replay there.
"""

from __future__ import annotations

import re
from pathlib import Path

SMOKE_MARKER = "SMOKE"
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def recorded_versions(cassettes_dir: Path) -> list[str]:
    """Versions with a folder in ``cassettes_dir``, newest first (none if it does not exist)."""
    if not cassettes_dir.is_dir():
        return []
    found = [p.name for p in cassettes_dir.iterdir() if p.is_dir() and _VERSION.match(p.name)]
    return sorted(found, key=version_key, reverse=True)


def is_smoke_line(version: str, cassettes_dir: Path) -> bool:
    return (cassettes_dir / version / SMOKE_MARKER).exists()
