"""Test harness: every server test runs in one of three modes.

* ``replay`` (default): no server; HTTP answers come from ``tests/cassettes/<version>/``.
* ``record``: a real server is started by ``scripts/invokeai_server.py``; cassettes are rewritten.
* ``live``: a real server is started; no cassettes are read or written.

Choose with ``--invokeai-mode`` (or ``INVOKEAI_TEST_MODE``) and the server version with
``--invokeai-version`` (or ``INVOKEAI_VERSION``, default 6.14.2). Servers are started by this run
only, on loopback, and stopped at the end of the session (a watchdog stops them even if pytest is
killed).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from invokeai_py_client import InvokeAIClient  # noqa: E402
from scripts import invokeai_server  # noqa: E402
from tests._vcr import make_vcr  # noqa: E402

CASSETTES = Path(__file__).resolve().parent / "cassettes"
MODES = ("replay", "record", "live")
REPLAY_URL = "http://127.0.0.1:9090"  # never contacted: every answer comes from the cassette


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("invokeai")
    group.addoption(
        "--invokeai-mode",
        choices=MODES,
        default=os.environ.get("INVOKEAI_TEST_MODE", "replay"),
        help="replay cassettes (default), record them from a real server, or run live",
    )
    group.addoption(
        "--invokeai-version",
        default=os.environ.get("INVOKEAI_VERSION", invokeai_server.DEFAULT_VERSION),
        help="InvokeAI server version to record/replay/run against",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "server: talks to an InvokeAI server (cassette or real)")
    config.addinivalue_line("markers", "multiuser: needs a multi-user (6.12+) server")


@dataclass
class Servers:
    """Real servers started by this test run, one per (version, multiuser), started on demand."""

    started: dict[tuple[str, bool], invokeai_server.RunningServer] = field(default_factory=dict)

    def get(self, version: str, *, multiuser: bool = False) -> invokeai_server.RunningServer:
        key = (version, multiuser)
        if key not in self.started:
            name = f"pytest-{os.getpid()}-{version}{'-multiuser' if multiuser else ''}"
            self.started[key] = invokeai_server.start(
                version, name=name, multiuser=multiuser, watch_pid=os.getpid()
            )
        return self.started[key]

    def stop_all(self) -> None:
        for server in self.started.values():
            invokeai_server.stop(server)
        self.started.clear()


@pytest.fixture(scope="session")
def mode(pytestconfig: pytest.Config) -> str:
    return str(pytestconfig.getoption("--invokeai-mode"))


@pytest.fixture(scope="session")
def default_server_version(pytestconfig: pytest.Config) -> str:
    return str(pytestconfig.getoption("--invokeai-version"))


@pytest.fixture(scope="session")
def servers(mode: str) -> Iterator[Servers]:
    started = Servers()
    try:
        yield started
    finally:
        started.stop_all()


@pytest.fixture
def server_version(request: pytest.FixtureRequest, default_server_version: str) -> str:
    """The version a test runs against: its ``server_version`` parameter, or the option."""
    return str(getattr(request, "param", default_server_version))


@pytest.fixture
def multiuser(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("multiuser") is not None


def cassette_path(request: pytest.FixtureRequest, version: str) -> Path:
    module = Path(str(request.node.fspath)).stem
    return CASSETTES / version / module / f"{request.node.name}.yaml"


@pytest.fixture
def cassette(
    request: pytest.FixtureRequest, mode: str, server_version: str
) -> Iterator[Path | None]:
    """Replays (or records) this test's HTTP traffic; a missing cassette fails the test."""
    if mode == "live":
        yield None
        return
    path = cassette_path(request, server_version)
    if mode == "replay" and not path.exists():
        pytest.fail(
            f"no cassette {path.relative_to(REPO_ROOT)}: record it from a real server with "
            f"`make record INVOKEAI_VERSION={server_version}` (or pytest --invokeai-mode=record "
            f"--invokeai-version={server_version} {request.node.nodeid})",
            pytrace=False,
        )
    if mode == "record":
        path.unlink(missing_ok=True)
    record_mode = "all" if mode == "record" else "none"
    with make_vcr().use_cassette(str(path), record_mode=record_mode):
        yield path


@pytest.fixture
def server_url(mode: str, servers: Servers, server_version: str, multiuser: bool) -> str:
    """Where the test's client points. A real server is started (outside any cassette) first."""
    if mode == "replay":
        return REPLAY_URL
    return servers.get(server_version, multiuser=multiuser).url


@pytest.fixture
def client(server_url: str, cassette: Path | None) -> Iterator[InvokeAIClient]:
    with InvokeAIClient.from_url(server_url) as invokeai:
        yield invokeai
