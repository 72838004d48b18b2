"""Downloads to files that never lose data: streamed (memory stays flat whatever the size),
written to a temporary file beside the target and moved into place only when complete, never
over an existing file unless asked, and never outside the chosen folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from pathlib import Path
from typing import BinaryIO

from .._core.errors import InvalidInputError

CHUNK_BYTES = 256 * 1024
_FORBIDDEN = set('/\\:*?"<>|\x00')


def safe_filename(name: str) -> str:
    """``name`` if it is a plain file name; raises for anything that could leave the folder."""
    if (
        not isinstance(name, str)
        or not name
        or name in (".", "..")
        or name.startswith(".")
        or any(ch in _FORBIDDEN or ord(ch) < 32 for ch in name)
    ):
        raise InvalidInputError(f"refusing to use {name!r} as a file name (not a plain name)")
    return name


def target_path(target: str | Path, default_name: str) -> Path:
    """The file to write: ``target`` itself, or ``default_name`` inside it when it is a folder.

    ``default_name`` comes from the server and is checked with :func:`safe_filename`.
    """
    path = Path(target)
    if path.is_dir():
        folder = path.resolve()
        destination = (folder / safe_filename(default_name)).resolve()
        if destination.parent != folder:
            raise InvalidInputError(f"{default_name!r} would be written outside {folder}")
        return destination
    if not path.parent.is_dir():
        raise InvalidInputError(f"cannot write {str(path)!r}: its folder does not exist")
    return path


_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux's
    ``/proc/self/status``), else set and restored under a lock."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def open_download(destination: Path, *, overwrite: bool) -> tuple[BinaryIO, str]:
    """A temporary file beside ``destination`` to stream into, and its path.

    Raises:
        FileExistsError: ``destination`` exists and ``overwrite`` is False (checked again,
            atomically, by :func:`finish_download`).
    """
    if destination.exists() and not overwrite:
        raise FileExistsError(f"{destination} exists; pass overwrite=True to replace it")
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".part", dir=destination.parent
    )
    # mkstemp makes the file 0600; a download gets the mode any new file gets (0644 under the
    # usual umask 022), as `open(path, "wb")` would give it.
    if hasattr(os, "fchmod"):  # not on Windows before 3.13, where files have no such bits
        with contextlib.suppress(OSError):
            os.fchmod(descriptor, 0o666 & ~current_umask())
    return os.fdopen(descriptor, "wb"), temporary


def finish_download(temporary: str, destination: Path, *, overwrite: bool) -> None:
    """Put a complete temporary file in place."""
    if overwrite:
        os.replace(temporary, destination)
    else:
        # link() fails when the name was taken meanwhile: never replace someone's file.
        os.link(temporary, destination)
        os.unlink(temporary)
