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
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from invokeai_py_client._core.versions import BINDINGS_VERSION, MULTIUSER_SINCE, at_least

# The line the bundled bindings are generated from (the project checks it against its newest
# openapi/ snapshot, so the two cannot drift).
DEFAULT_VERSION = BINDINGS_VERSION
PYTHON_FOR_SERVER = "3.11"
STARTUP_TIMEOUT_S = 240.0
STOP_TIMEOUT_S = 20.0

# Credentials of the first administrator of a multi-user test server. They only ever exist on a
# throw-away loopback server with an in-memory database, and cassettes never contain them.
ADMIN_EMAIL = "admin@example.test"
ADMIN_PASSWORD = "Sup3r-Secret-Pass"
ADMIN_DISPLAY_NAME = "Test Admin"


# Popen objects of the processes this interpreter started, kept so that they are reaped (and
# Python does not warn about a child "still running" when the object is collected).
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}
_WATCHDOGS: dict[str, subprocess.Popen[bytes]] = {}


class ServerToolError(RuntimeError):
    """A step of installing, starting or stopping a server failed; the message says which."""


@dataclass
class RunningServer:
    name: str
    version: str
    url: str
    port: int
    pid: int
    pgid: int
    root: str
    log: str
    multiuser: bool
    admin_email: str | None = None
    admin_password: str | None = None

    @property
    def state_file(self) -> Path:
        return run_dir() / f"{self.name}.json"


def servers_dir() -> Path:
    """Where servers are installed; read at each call so that a caller may set the variable
    after importing this module."""
    configured = os.environ.get("INVOKEAI_SERVERS_DIR")
    if configured:
        return Path(configured)
    return Path.home() / ".cache" / "invokeai-py-client" / "servers"


def run_dir() -> Path:
    return servers_dir() / "run"


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
    if existing is not None and _alive(existing.pid):
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
    _CHILDREN[proc.pid] = proc
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
    _write_state(server)
    if watch_pid is not None:
        _spawn_watchdog(watch_pid, server)
    try:
        server.port = _wait_until_ready(proc, log, port)
        server.url = f"http://127.0.0.1:{server.port}"
        if multiuser:
            _setup_first_admin(server.url)
            server.admin_email, server.admin_password = ADMIN_EMAIL, ADMIN_PASSWORD
    except BaseException:
        stop(server)
        raise
    _write_state(server)
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


def _write_state(server: RunningServer) -> None:
    run_dir().mkdir(parents=True, exist_ok=True)
    tmp = server.state_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(server), indent=2))
    tmp.replace(server.state_file)


def read_state(name: str) -> RunningServer | None:
    path = run_dir() / f"{name}.json"
    if not path.exists():
        return None
    return RunningServer(**json.loads(path.read_text()))


def running_servers() -> list[RunningServer]:
    if not run_dir().exists():
        return []
    states = (read_state(path.stem) for path in sorted(run_dir().glob("*.json")))
    return [state for state in states if state is not None]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop(server: RunningServer) -> None:
    """Stop the server's whole process group: SIGTERM, then SIGKILL after a grace period."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.pgid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    child = _CHILDREN.get(server.pid)
    while time.monotonic() < deadline and _group_alive(server.pgid):
        if child is not None:
            child.poll()
        else:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(server.pid, os.WNOHANG)
        time.sleep(0.2)
    if _group_alive(server.pgid):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pgid, signal.SIGKILL)
    child = _CHILDREN.pop(server.pid, None)
    if child is not None:
        child.wait()
    else:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(server.pid, 0)
    watchdog = _WATCHDOGS.pop(server.name, None)
    if watchdog is not None:
        watchdog.terminate()
        watchdog.wait()
    server.state_file.unlink(missing_ok=True)
    shutil.rmtree(server.root, ignore_errors=True)


def _spawn_watchdog(watch_pid: int, server: RunningServer) -> None:
    """Stop the server when ``watch_pid`` dies, even if that process is killed with SIGKILL."""
    watchdog = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "invokeai_py_client.testing.server",
            "watchdog",
            "--watch-pid",
            str(watch_pid),
            "--name",
            server.name,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    _WATCHDOGS[server.name] = watchdog


def _watchdog(watch_pid: int, name: str) -> None:
    while _alive(watch_pid):
        time.sleep(1.0)
        state = read_state(name)
        if state is None or not _alive(state.pid):
            return
    state = read_state(name)
    if state is not None:
        stop(state)


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
            if state is None or not _alive(state.pid):
                print(f"no server named {args.name!r} is running", file=sys.stderr)
                return 1
            print(state.url)
        elif args.command == "watchdog":
            _watchdog(args.watch_pid, args.name)
    except ServerToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"error: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
