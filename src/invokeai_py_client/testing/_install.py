"""Installing InvokeAI server versions with uv, each into a venv of its own (once per version)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


class ServerToolError(RuntimeError):
    """A step of installing, starting or stopping a server failed; the message says which."""


PYTHON_FOR_SERVER = "3.11"


def servers_dir() -> Path:
    """Where servers are installed; read at each call so that a caller may set the variable
    after importing this module."""
    configured = os.environ.get("INVOKEAI_SERVERS_DIR")
    if configured:
        return Path(configured)
    return Path.home() / ".cache" / "invokeai-py-client" / "servers"


def venv_dir(version: str) -> Path:
    return servers_dir() / version / "venv"


def installed_version(version: str) -> str | None:
    """The invokeai version installed in that version's venv (read from dist-info, no import)."""
    site_packages = list(venv_dir(version).glob("lib/python3*/site-packages"))
    for sp in site_packages:
        for dist_info in sp.glob("*.dist-info"):
            if not dist_info.name.lower().startswith("invokeai-"):
                continue
            metadata = dist_info / "METADATA"
            if metadata.exists():
                for line in metadata.read_text(errors="replace").splitlines():
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
    return None


def _uv() -> str:
    # .venv/bin/uv or the one `make venv` bootstrapped into .tools/ before pip: a system Python
    # may forbid `pip install` (PEP 668).
    for candidate in (
        shutil.which("uv"),
        str(Path(sys.executable).parent / "uv"),
        str(Path.cwd() / ".tools" / "bin" / "uv"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    print("uv not found: installing it with pip", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "uv"], check=True)
    candidates = [shutil.which("uv"), str(Path(sys.executable).parent / "uv")]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    raise ServerToolError("pip installed uv but no `uv` executable can be found on PATH")


def install(version: str) -> Path:
    """Install ``invokeai==version`` into ``.servers/<version>/venv``; a no-op when it is there."""
    if installed_version(version) == version:
        return venv_dir(version)
    uv = _uv()
    target = venv_dir(version)
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    print(f"installing invokeai=={version} into {target} (a few minutes, several GB)", flush=True)
    subprocess.run([uv, "venv", "--quiet", "-p", PYTHON_FOR_SERVER, str(target)], check=True)
    env = {**os.environ, "VIRTUAL_ENV": str(target)}
    log_path = target.parent / "install.log"
    with log_path.open("w") as log:
        proc = subprocess.run(
            [uv, "pip", "install", f"invokeai=={version}"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    if proc.returncode != 0 or installed_version(version) != version:
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-15:])
        raise ServerToolError(f"installing invokeai=={version} failed (see {log_path}):\n{tail}")
    return target
