"""The server lines this repository knows, read from the repository itself (never a list here).

* snapshot versions: ``openapi/invokeai-<version>.json``; the newest one generates the bindings
  and is the version a server is started at when none is named.
* recorded versions: the folders ``tests/cassettes/<version>/``; each one replays in ``make test``.
  A folder holding a ``SMOKE`` file is a smoke line: only tests marked ``smoke`` were recorded.

The parsing and ordering of versions is the client's one version module
(``invokeai_py_client._core.versions``), loaded by path: the Makefile runs this script with a bare
interpreter, before the project's virtual environment exists.

    python scripts/versions.py newest|snapshots|recorded|previous|older-lines
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = REPO_ROOT / "openapi"
CASSETTES_DIR = REPO_ROOT / "tests" / "cassettes"
_VERSIONS_MODULE = REPO_ROOT / "src" / "invokeai_py_client" / "_core" / "versions.py"


def _load_versions() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_invokeai_versions", _VERSIONS_MODULE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building classes
    spec.loader.exec_module(module)
    return module


versions = _load_versions()
version_key = versions.version_key


def snapshot_versions(openapi_dir: Path = OPENAPI_DIR) -> list[str]:
    """Versions with a committed snapshot, oldest first."""
    found: list[str] = versions.snapshot_versions(openapi_dir)
    return found


def newest_snapshot_version(openapi_dir: Path = OPENAPI_DIR) -> str:
    found = snapshot_versions(openapi_dir)
    if not found:
        raise LookupError(f"no invokeai-<version>.json snapshot in {openapi_dir}")
    return found[-1]


def recorded_versions(cassettes_dir: Path = CASSETTES_DIR) -> list[str]:
    """Versions with a cassette folder, newest first."""
    found: list[str] = versions.recorded_versions(cassettes_dir)
    return found


def is_smoke_line(version: str, cassettes_dir: Path = CASSETTES_DIR) -> bool:
    return bool(versions.is_smoke_line(version, cassettes_dir))


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "newest"
    if what == "newest":
        print(newest_snapshot_version())
    elif what == "previous":
        found = snapshot_versions()
        print(found[-2] if len(found) > 1 else found[-1])
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
