"""Tiny real diffusion models (SD-1 and SDXL, random weights) for live tests and the demo.

    python -m invokeai_py_client.testing.tiny_models build [--kind sd1] [--kind sdxl] [--force]
    python -m invokeai_py_client.testing.tiny_models path --kind sdxl

The weights are made by ``_tiny_models_builder.py`` (beside this module) run with the Python of an
installed
InvokeAI server, which already has torch, diffusers and transformers (the client's environment
stays free of them); nothing is downloaded. Built folders are cached, outside git, under
``$INVOKEAI_SERVERS_DIR/models/tiny-<kind>-<recipe hash>/``. The hash covers the builder's source
(where the whole recipe lives) and the seed, so changing the recipe builds new folders.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from invokeai_py_client.testing import server as invokeai_server

BUILDER = Path(__file__).resolve().parent / "_tiny_models_builder.py"
KINDS = ("sd1", "sdxl")
MANIFEST = "tiny_model.json"


class TinyModelError(RuntimeError):
    """Building a tiny model failed; the message says which step and why."""


def models_dir() -> Path:
    return invokeai_server.servers_dir() / "models"


def recipe_hash() -> str:
    return hashlib.sha256(BUILDER.read_bytes()).hexdigest()[:12]


def model_path(kind: str) -> Path:
    """Where the current recipe's model of that kind lives (built or not)."""
    if kind not in KINDS:
        raise TinyModelError(f"unknown tiny model kind {kind!r}; known kinds: {', '.join(KINDS)}")
    return models_dir() / f"tiny-{kind}-{recipe_hash()}"


def is_built(kind: str) -> bool:
    return (model_path(kind) / MANIFEST).is_file()


def server_python(version: str | None = None) -> Path:
    """The Python of an installed server venv; installs the default server if none is."""
    candidates = [version] if version else [invokeai_server.DEFAULT_VERSION]
    if version is None and invokeai_server.servers_dir().is_dir():
        installed = sorted(p.name for p in invokeai_server.servers_dir().iterdir() if p.is_dir())
        candidates += [v for v in installed if v not in candidates]
    for candidate in candidates:
        if candidate and invokeai_server.installed_version(candidate) == candidate:
            return invokeai_server.venv_dir(candidate) / "bin" / "python"
    target = version or invokeai_server.DEFAULT_VERSION
    return invokeai_server.install(target) / "bin" / "python"


def _builder_env() -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
    }
    # Nothing may come from a hub; the builder never asks, this makes sure of it.
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONHASHSEED": "0"})
    return env


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """Serialises builds across processes (test workers, two terminals) on one machine."""
    models_dir().mkdir(parents=True, exist_ok=True)
    with (models_dir() / ".tiny-models.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _prune_stale(kind: str) -> None:
    """Earlier recipes' folders of this kind are never used again."""
    current = model_path(kind)
    for folder in models_dir().glob(f"tiny-{kind}-*"):
        if folder != current and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


def ensure(
    kinds: Sequence[str] = KINDS, *, force: bool = False, python: Path | None = None
) -> dict[str, Path]:
    """Build whichever of ``kinds`` is missing (all with ``force``); return their folders."""
    paths = {kind: model_path(kind) for kind in kinds}
    with _build_lock():
        missing = [kind for kind in kinds if force or not is_built(kind)]
        if not missing:
            return paths
        interpreter = python or server_python()
        with tempfile.TemporaryDirectory(prefix="tiny-build-", dir=models_dir()) as tmp:
            staging = {kind: Path(tmp) / kind for kind in missing}
            started = time.monotonic()
            proc = subprocess.run(
                [str(interpreter), str(BUILDER), *(f"{k}={p}" for k, p in staging.items())],
                capture_output=True,
                text=True,
                env=_builder_env(),
            )
            if proc.returncode != 0:
                tail = "\n".join(proc.stderr.splitlines()[-20:])
                raise TinyModelError(f"{interpreter} {BUILDER.name} failed:\n{tail}")
            elapsed = time.monotonic() - started
            lines = proc.stdout.splitlines()
            for report in (json.loads(line) for line in lines if line.startswith("{")):
                kind = report["kind"]
                report.update(recipe_hash=recipe_hash(), build_seconds=round(elapsed, 1))
                (staging[kind] / MANIFEST).write_text(json.dumps(report, indent=2) + "\n")
                shutil.rmtree(paths[kind], ignore_errors=True)
                staging[kind].rename(paths[kind])
        for kind in missing:
            if not is_built(kind):
                raise TinyModelError(f"the builder produced no {kind} model")
            _prune_stale(kind)
    return paths


# Fixed paths that point at the cached folders: what is sent to a server (and kept in cassettes)
# stays the same across machines, servers directories and recipe changes.
LINKS_ROOT = Path("/tmp/invokeai-py-client-tests/tiny-models")


def link_path(kind: str) -> Path:
    """The fixed path of the ``kind`` model (``/tmp/.../tiny-models/tiny-<kind>``)."""
    if kind not in KINDS:
        raise TinyModelError(f"unknown tiny model kind {kind!r}; known kinds: {', '.join(KINDS)}")
    return LINKS_ROOT / f"tiny-{kind}"


def ensure_linked(kinds: Sequence[str] = KINDS) -> dict[str, Path]:
    """Build what is missing and point each fixed path at the current recipe's folder."""
    built = ensure(kinds)
    LINKS_ROOT.mkdir(parents=True, exist_ok=True)
    links = {}
    for kind, target in built.items():
        link = link_path(kind)
        if not (link.is_symlink() and link.resolve() == target.resolve()):
            staging = link.with_name(f".{link.name}.{os.getpid()}")
            staging.unlink(missing_ok=True)
            staging.symlink_to(target, target_is_directory=True)
            staging.replace(link)  # atomic: a concurrent reader sees the old or the new link
        links[kind] = link
    return links


def tiny_model_folders(mode: str, kinds: Sequence[str] = KINDS) -> dict[str, Path]:
    """Fixed folder path of each ``kinds`` model; built and linked unless ``mode`` is replay.

    The fixed path (``/tmp/invokeai-py-client-tests/tiny-models/tiny-<kind>``) is what a test
    sends to ``POST /api/v2/models/install``, so it is also what cassettes hold; in ``replay``
    nothing is built or linked, the server's answers come from the cassette.
    """
    if mode == "replay":
        return {kind: link_path(kind) for kind in kinds}
    return ensure_linked(kinds)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="build the missing models (cached) and print paths")
    p_build.add_argument("--kind", action="append", choices=KINDS)
    p_build.add_argument("--force", action="store_true", help="rebuild even when cached")
    p_build.add_argument("--server-version", help="use this installed server's Python")
    p_build.add_argument("--link", action="store_true", help=f"also link them under {LINKS_ROOT}")
    p_path = sub.add_parser("path", help="print the folder of the current recipe (built or not)")
    p_path.add_argument("--kind", choices=KINDS, required=True)
    args = parser.parse_args(argv)
    try:
        if args.command == "path":
            print(model_path(args.kind))
            return 0
        kinds = tuple(args.kind or KINDS)
        python = server_python(args.server_version) if args.server_version else None
        started = time.monotonic()
        paths = ensure(kinds, force=args.force, python=python)
        if args.link:
            paths = ensure_linked(kinds)
        elapsed = time.monotonic() - started
        for kind, path in paths.items():
            print(f"{kind}\t{path}\t{folder_size(path) / 1e6:.1f} MB")
        print(f"ready in {elapsed:.1f} s", file=sys.stderr)
    except (TinyModelError, invokeai_server.ServerToolError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
