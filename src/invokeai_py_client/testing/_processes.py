"""Running servers as process groups: their state files, stopping them, and the watchdog that stops
a server when the process that started it dies."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from invokeai_py_client.testing._install import servers_dir

STOP_TIMEOUT_S = 20.0


# Popen objects of the processes this interpreter started, kept so that they are reaped (and
# Python does not warn about a child "still running" when the object is collected).
CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


WATCHDOGS: dict[str, subprocess.Popen[bytes]] = {}


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


def run_dir() -> Path:
    return servers_dir() / "run"


def write_state(server: RunningServer) -> None:
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


def _signal_reaches(send: Callable[[int, int], None], target: int) -> bool:
    """Signal 0 checks that ``target`` exists (a process of another user still counts)."""
    try:
        send(target, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def alive(pid: int) -> bool:
    return _signal_reaches(os.kill, pid)


def group_alive(pgid: int) -> bool:
    return _signal_reaches(os.killpg, pgid)


def stop(server: RunningServer) -> None:
    """Stop the server's whole process group: SIGTERM, then SIGKILL after a grace period."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.pgid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    child = CHILDREN.get(server.pid)
    while time.monotonic() < deadline and group_alive(server.pgid):
        if child is not None:
            child.poll()
        else:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(server.pid, os.WNOHANG)
        time.sleep(0.2)
    if group_alive(server.pgid):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pgid, signal.SIGKILL)
    child = CHILDREN.pop(server.pid, None)
    if child is not None:
        child.wait()
    else:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(server.pid, 0)
    watchdog = WATCHDOGS.pop(server.name, None)
    if watchdog is not None:
        watchdog.terminate()
        watchdog.wait()
    server.state_file.unlink(missing_ok=True)
    shutil.rmtree(server.root, ignore_errors=True)


def spawn_watchdog(watch_pid: int, server: RunningServer) -> None:
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
    WATCHDOGS[server.name] = watchdog


def watchdog_loop(watch_pid: int, name: str) -> None:
    while alive(watch_pid):
        time.sleep(1.0)
        state = read_state(name)
        if state is None or not alive(state.pid):
            return
    state = read_state(name)
    if state is not None:
        stop(state)
