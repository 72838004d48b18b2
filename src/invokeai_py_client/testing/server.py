"""Install, start and stop real InvokeAI servers on loopback.

The pytest plugin (record and live modes, the ``invokeai_server`` fixture), the project's
``make server``, ``make regen`` and ``make demo`` all go through this module, so that a new
machine or CI needs nothing installed by hand.

    python -m invokeai_py_client.testing.server install [--version V]
    python -m invokeai_py_client.testing.server start   [--version V] [--multiuser] [--name NAME]
    python -m invokeai_py_client.testing.server stop    [--name NAME | --all]
    python -m invokeai_py_client.testing.server url     [--name NAME]

Layout, under ``$INVOKEAI_SERVERS_DIR`` (default ``~/.cache/invokeai-py-client/servers``):
``<version>/venv`` holds the installed server (several GB, installed once per version);
``run/<name>.json`` describes a running one (pid, process group, URL, root folder).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from invokeai_py_client._core.versions import BINDINGS_VERSION, MULTIUSER_SINCE, at_least
from invokeai_py_client.testing._install import (
    ServerToolError,
    install,
    installed_version,
    servers_dir,
    venv_dir,
)
from invokeai_py_client.testing._processes import (
    CHILDREN,
    RunningServer,
    alive,
    read_state,
    run_dir,
    running_servers,
    spawn_watchdog,
    stop,
    watchdog_loop,
    write_state,
)

# The line the bundled bindings are generated from (the project checks it against its newest
# openapi/ snapshot, so the two cannot drift).
__all__ = [
    "ADMIN_DISPLAY_NAME",
    "ADMIN_EMAIL",
    "ADMIN_PASSWORD",
    "DEFAULT_VERSION",
    "RunningServer",
    "ServerToolError",
    "free_loopback_port",
    "install",
    "installed_version",
    "invokeai_server",
    "main",
    "read_state",
    "run_dir",
    "running_servers",
    "servers_dir",
    "start",
    "stop",
    "venv_dir",
]

DEFAULT_VERSION = BINDINGS_VERSION
STARTUP_TIMEOUT_S = 240.0

# Credentials of the first administrator of a multi-user test server. They only ever exist on a
# throw-away loopback server with an in-memory database, and cassettes never contain them.
ADMIN_EMAIL = "admin@example.test"
ADMIN_PASSWORD = "Sup3r-Secret-Pass"
ADMIN_DISPLAY_NAME = "Test Admin"


def _config_schema_version(version: str) -> str:
    """The ``schema_version`` this server's invokeai.yaml loader expects, read from its source."""
    for sp in venv_dir(version).glob("lib/python3*/site-packages"):
        source = sp / "invokeai/app/services/config/config_default.py"
        if source.exists():
            match = re.search(r'CONFIG_SCHEMA_VERSION\s*=\s*"([^"]+)"', source.read_text())
            if match:
                return match.group(1)
    raise ServerToolError(f"cannot find CONFIG_SCHEMA_VERSION in the invokeai {version} install")


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _write_config(root: Path, version: str, port: int, multiuser: bool) -> None:
    lines = [
        f"schema_version: {_config_schema_version(version)}",
        "host: 127.0.0.1",
        f"port: {port}",
        "device: cpu",
        "precision: float32",
        "use_memory_db: true",
        "patchmatch: false",
        # Without the invocation cache a graph run twice produces fresh images both times, so
        # recorded and live runs agree.
        "node_cache_size: 0",
        "log_format: plain",
        "scan_models_on_startup: false",
    ]
    if multiuser:
        lines.append("multiuser: true")
    (root / "invokeai.yaml").write_text("\n".join(lines) + "\n")


def _http_json(url: str, *, data: dict[str, object] | None = None, timeout: float = 5.0) -> object:
    body = json.dumps(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, method="POST" if data is not None else "GET")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode())


_RUNNING_LINE = re.compile(r"Invoke running on https?://[^:\s]+:(\d+)")


def _wait_until_ready(proc: subprocess.Popen[bytes], log: Path, port: int) -> int:
    """Wait for ``GET /api/v1/app/version``; return the port the server really listens on.

    InvokeAI silently moves to the next free port when its port is taken, so the port announced
    in its log wins over the one we asked for.
    """
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-25:])
            raise ServerToolError(f"the server exited with code {proc.returncode}:\n{tail}")
        match = _RUNNING_LINE.search(log.read_text(errors="replace"))
        actual_port = int(match.group(1)) if match else port
        try:
            payload = _http_json(f"http://127.0.0.1:{actual_port}/api/v1/app/version", timeout=2)
        except (urllib.error.URLError, OSError, ValueError):
            time.sleep(0.5)
            continue
        if isinstance(payload, dict) and "version" in payload:
            return actual_port
        time.sleep(0.5)
    raise ServerToolError(f"the server did not answer within {STARTUP_TIMEOUT_S:.0f} s; see {log}")


def _setup_first_admin(url: str) -> None:
    try:
        _http_json(
            f"{url}/api/v1/auth/setup",
            data={
                "email": ADMIN_EMAIL,
                "display_name": ADMIN_DISPLAY_NAME,
                "password": ADMIN_PASSWORD,
            },
        )
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode(errors="replace")
        raise ServerToolError(
            f"creating the first admin failed: HTTP {exc.code} {detail}"
        ) from None


def start(
    version: str = DEFAULT_VERSION,
    *,
    name: str | None = None,
    multiuser: bool = False,
    port: int | None = None,
    watch_pid: int | None = None,
) -> RunningServer:
    """Start a fresh server (own root folder, in-memory database) and wait until it answers."""
    if multiuser and not at_least(version, MULTIUSER_SINCE):
        raise ServerToolError(f"multi-user mode needs InvokeAI 6.12 or later, not {version}")
    name = name or (f"{version}-multiuser" if multiuser else version)
    existing = read_state(name)
    if existing is not None and alive(existing.pid):
        raise ServerToolError(f"server {name!r} already runs at {existing.url}; stop it first")
    install(version)
    root = Path(tempfile.mkdtemp(prefix=f"root-{name}-", dir=servers_dir() / version))
    port = port or free_loopback_port()
    _write_config(root, version, port, multiuser)
    log = root / "server.log"
    executable = venv_dir(version) / "bin" / "invokeai-web"
    env = {
        key: value
        for key, value in os.environ.items()
        # A test server never sees the caller's Hugging Face token (its status is asserted).
        if not key.startswith("INVOKEAI_")
        and key not in {"VIRTUAL_ENV", "PYTHONPATH", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"}
    }
    env.update({"HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"})
    with log.open("wb") as log_file:
        proc = subprocess.Popen(
            [str(executable), "--root", str(root)],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=root,
            start_new_session=True,  # its own process group, so stop() takes every child with it
        )
    CHILDREN[proc.pid] = proc
    server = RunningServer(
        name=name,
        version=version,
        url="",
        port=port,
        pid=proc.pid,
        pgid=proc.pid,
        root=str(root),
        log=str(log),
        multiuser=multiuser,
    )
    write_state(server)
    if watch_pid is not None:
        spawn_watchdog(watch_pid, server)
    try:
        server.port = _wait_until_ready(proc, log, port)
        server.url = f"http://127.0.0.1:{server.port}"
        if multiuser:
            _setup_first_admin(server.url)
            server.admin_email, server.admin_password = ADMIN_EMAIL, ADMIN_PASSWORD
    except BaseException:
        stop(server)
        raise
    write_state(server)
    return server


@contextlib.contextmanager
def invokeai_server(
    version: str = DEFAULT_VERSION, *, name: str | None = None, multiuser: bool = False
) -> Iterator[RunningServer]:
    """Install (once) and start InvokeAI ``version`` on a free loopback port; stop it on exit.

    A watchdog stops the server even if this process is killed.
    """
    name = name or f"py-{os.getpid()}-{version}{'-multiuser' if multiuser else ''}"
    server = start(version, name=name, multiuser=multiuser, watch_pid=os.getpid())
    try:
        yield server
    finally:
        stop(server)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    p_install = sub.add_parser("install", help="install a server version (no-op when present)")
    p_install.add_argument("--version", default=DEFAULT_VERSION)
    p_start = sub.add_parser("start", help="start a server on a free loopback port")
    p_start.add_argument("--version", default=DEFAULT_VERSION)
    p_start.add_argument("--name")
    p_start.add_argument("--multiuser", action="store_true")
    p_start.add_argument("--port", type=int)
    p_stop = sub.add_parser("stop", help="stop a server started by this tool")
    p_stop.add_argument("--name")
    p_stop.add_argument("--all", action="store_true")
    p_url = sub.add_parser("url", help="print the URL of a running server")
    p_url.add_argument("--name", default=DEFAULT_VERSION)
    p_watch = sub.add_parser("watchdog", help=argparse.SUPPRESS)
    p_watch.add_argument("--watch-pid", type=int, required=True)
    p_watch.add_argument("--name", required=True)
    args = parser.parse_args(argv)

    try:
        if args.command == "install":
            print(install(args.version))
        elif args.command == "start":
            server = start(args.version, name=args.name, multiuser=args.multiuser, port=args.port)
            print(f"InvokeAI {server.version} ({server.name}) running at {server.url}")
            print(f"  pid {server.pid}, root {server.root}, log {server.log}")
        elif args.command == "stop":
            targets = running_servers()
            if not args.all:
                wanted = args.name or DEFAULT_VERSION
                targets = [s for s in targets if s.name == wanted]
            if not targets:
                print("no server of ours is running")
            for server in targets:
                stop(server)
                print(f"stopped {server.name} (pid {server.pid})")
        elif args.command == "url":
            state = read_state(args.name)
            if state is None or not alive(state.pid):
                print(f"no server named {args.name!r} is running", file=sys.stderr)
                return 1
            print(state.url)
        elif args.command == "watchdog":
            watchdog_loop(args.watch_pid, args.name)
    except ServerToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"error: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
