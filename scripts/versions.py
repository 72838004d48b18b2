"""The server lines this repository knows, read from the repository itself (never a list here).

* snapshot versions: ``openapi/invokeai-<version>.json``; the newest one generates the bindings
  and is the version a server is started at when none is named.
* recorded versions: the folders ``tests/cassettes/<version>/``; each one replays in ``make test``.
  A folder holding a ``SMOKE`` file is a smoke line: only tests marked ``smoke`` were recorded.

    python scripts/versions.py newest|snapshots|recorded|previous
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = REPO_ROOT / "openapi"
CASSETTES_DIR = REPO_ROOT / "tests" / "cassettes"
SMOKE_MARKER = "SMOKE"
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def snapshot_versions(openapi_dir: Path = OPENAPI_DIR) -> list[str]:
    """Versions with a committed snapshot, oldest first."""
    found = (p.stem.removeprefix("invokeai-") for p in openapi_dir.glob("invokeai-*.json"))
    return sorted((v for v in found if _VERSION.match(v)), key=version_key)


def newest_snapshot_version(openapi_dir: Path = OPENAPI_DIR) -> str:
    versions = snapshot_versions(openapi_dir)
    if not versions:
        raise LookupError(f"no invokeai-<version>.json snapshot in {openapi_dir}")
    return versions[-1]


def recorded_versions(cassettes_dir: Path = CASSETTES_DIR) -> list[str]:
    """Versions with a cassette folder, newest first."""
    found = [p.name for p in cassettes_dir.iterdir() if p.is_dir() and _VERSION.match(p.name)]
    return sorted(found, key=version_key, reverse=True)


def is_smoke_line(version: str, cassettes_dir: Path = CASSETTES_DIR) -> bool:
    return (cassettes_dir / version / SMOKE_MARKER).exists()


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "newest"
    if what == "newest":
        print(newest_snapshot_version())
    elif what == "previous":
        versions = snapshot_versions()
        print(versions[-2] if len(versions) > 1 else versions[-1])
    elif what == "snapshots":
        print(" ".join(snapshot_versions()))
    elif what == "recorded":
        print(" ".join(recorded_versions()))
    elif what == "older-lines":
        # Fully recorded lines other than the newest, newest first (CI's fault pass on them).
        newest = newest_snapshot_version()
        print(" ".join(v for v in recorded_versions() if v != newest and not is_smoke_line(v)))
    else:
        print(
            f"unknown {what!r}: newest, previous, snapshots, recorded or older-lines",
            file=sys.stderr,
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
