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

import json
import os
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient  # noqa: E402
from invokeai_py_client.events import EventSession  # noqa: E402
from scripts import invokeai_server  # noqa: E402
from tests._events import EventRecorder, ReplaySocketServer, events_path  # noqa: E402
from tests._tiny_models import tiny_model_folders  # noqa: E402
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
        default=os.environ.get("INVOKEAI_VERSION"),
        help="InvokeAI server version(s) to record/replay/run against, comma-separated, or "
        f"'all' ({', '.join(invokeai_server.SUPPORTED_VERSIONS)}). Default: all when replaying, "
        f"{invokeai_server.DEFAULT_VERSION} when recording or live.",
    )


def selected_versions(config: pytest.Config) -> list[str]:
    option = config.getoption("--invokeai-version")
    mode = config.getoption("--invokeai-mode")
    if not option:
        option = "all" if mode == "replay" else invokeai_server.DEFAULT_VERSION
    if option == "all":
        return list(invokeai_server.SUPPORTED_VERSIONS)
    return [v.strip() for v in str(option).split(",") if v.strip()]


MULTIUSER_SINCE = (6, 12, 0)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:3])


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every server test runs once per selected server version (multi-user ones on 6.12+),
    unless it parametrizes ``server_version`` itself."""
    if "server_version" not in metafunc.fixturenames:
        return
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0] if marker.args else ""
        if "server_version" in (names if isinstance(names, list | tuple) else names.split(",")):
            return
    versions = selected_versions(metafunc.config)
    if metafunc.definition.get_closest_marker("multiuser") is not None:
        versions = [v for v in versions if _version_key(v) >= MULTIUSER_SINCE]
    metafunc.parametrize("server_version", versions, indirect=True)


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
    return selected_versions(pytestconfig)[0]


@pytest.fixture(scope="session")
def tiny_models(mode: str) -> dict[str, Path]:
    """Folders of the tiny SD-1 / SDXL models (``sd1``, ``sdxl``), built when live/recording."""
    return tiny_model_folders(mode)


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
    """``cassettes/<version>/<module>/<test name>.yaml``; the version is not repeated in the
    name (``test_x[4.2.9]`` and ``test_x`` are both ``test_x``)."""
    module = Path(str(request.node.fspath)).stem
    name = request.node.name
    if "[" in name:
        base, params = name[:-1].split("[", 1)
        kept = [p for p in params.split("-") if p != version]
        name = f"{base}[{'-'.join(kept)}]" if kept else base
    return CASSETTES / version / module / f"{name}.yaml"


@dataclass
class Recording:
    """The test's cassette, and how its Socket.IO events are recorded or replayed."""

    path: Path | None
    recorder: EventRecorder | None = None
    replay_server: ReplaySocketServer | None = None


@pytest.fixture
def cassette(request: pytest.FixtureRequest, mode: str, server_version: str) -> Iterator[Recording]:
    """Replays (or records) this test's HTTP traffic and Socket.IO events; a missing cassette
    fails the test."""
    if mode == "live":
        yield Recording(None)
        return
    path = cassette_path(request, server_version)
    # A test whose only traffic was Socket.IO has an events file and no cassette.
    if mode == "replay" and not path.exists() and not events_path(path).exists():
        pytest.fail(
            f"no cassette {path.relative_to(REPO_ROOT)}: record it from a real server with "
            f"`make record INVOKEAI_VERSION={server_version}` (or pytest --invokeai-mode=record "
            f"--invokeai-version={server_version} {request.node.nodeid})",
            pytrace=False,
        )
    if mode == "record":
        path.unlink(missing_ok=True)
    record_mode = "all" if mode == "record" else "none"
    recorded_events = events_path(path)
    with make_vcr().use_cassette(str(path), record_mode=record_mode) as tape:
        if mode == "record":
            recorder = EventRecorder(exchanges=lambda: len(tape.data))
            yield Recording(path, recorder=recorder)
            recorder.save(recorded_events, server_version)
        elif recorded_events.exists():
            recording = json.loads(recorded_events.read_text())
            server = ReplaySocketServer(recording, lambda: tape.play_count).start()
            try:
                yield Recording(path, replay_server=server)
            finally:
                server.stop()
        else:
            yield Recording(path)


@pytest.fixture
def server_url(mode: str, servers: Servers, server_version: str, multiuser: bool) -> str:
    """Where the test's client points. A real server is started (outside any cassette) first."""
    if mode == "replay":
        return REPLAY_URL
    return servers.get(server_version, multiuser=multiuser).url


@pytest.fixture
def socket_target(server_url: str, cassette: Recording) -> str:
    """Where this test's sockets connect: the real server, or the replay server."""
    if cassette.replay_server is not None:
        return cassette.replay_server.url
    return server_url


def _recording_sockets(invokeai: InvokeAIClient | AsyncInvokeAIClient, cassette: Recording) -> None:
    # The harness taps the client's Socket.IO sessions to record their events.
    if cassette.recorder is None:
        return
    shared = invokeai._shared
    new_session = shared.new_event_session
    tap = cassette.recorder.tap

    def recorded_session() -> EventSession:
        session = new_session()
        session.add_raw_tap(tap)
        return session

    shared.new_event_session = recorded_session  # type: ignore[method-assign]


@pytest.fixture
def make_client(
    server_url: str, socket_target: str, cassette: Recording
) -> Iterator[Callable[..., InvokeAIClient]]:
    """Builds clients for this test: their HTTP is recorded or replayed with the cassette and
    their Socket.IO events with the events file. ``socketio_url`` may be overridden (a proxy)."""
    made: list[InvokeAIClient] = []

    def build(**kwargs: Any) -> InvokeAIClient:
        kwargs.setdefault("socketio_url", socket_target)
        invokeai = InvokeAIClient.from_url(server_url, **kwargs)
        _recording_sockets(invokeai, cassette)
        made.append(invokeai)
        return invokeai

    yield build
    for invokeai in made:
        invokeai.close()


@pytest.fixture
async def make_async_client(
    server_url: str, socket_target: str, cassette: Recording
) -> AsyncIterator[Callable[..., AsyncInvokeAIClient]]:
    """:func:`make_client` for the async client (closed inside the test's event loop)."""
    made: list[AsyncInvokeAIClient] = []

    def build(**kwargs: Any) -> AsyncInvokeAIClient:
        kwargs.setdefault("socketio_url", socket_target)
        invokeai = AsyncInvokeAIClient.from_url(server_url, **kwargs)
        _recording_sockets(invokeai, cassette)
        made.append(invokeai)
        return invokeai

    yield build
    for invokeai in made:
        await invokeai.close()


@pytest.fixture
def client(make_client: Callable[..., InvokeAIClient]) -> InvokeAIClient:
    return make_client()


_OPENAPI_DOCUMENTS: dict[str, dict[str, Any]] = {}


@pytest.fixture
def server_openapi(mode: str, servers: Servers, server_version: str) -> dict[str, Any]:
    """The server's /openapi.json (about 2 MB), fetched once per version and run: it is recorded
    once in ``cassettes/<version>/_shared/openapi.yaml`` instead of in every workflow test."""
    if server_version not in _OPENAPI_DOCUMENTS:
        path = CASSETTES / server_version / "_shared" / "openapi.yaml"
        if mode == "replay" and not path.exists():
            pytest.fail(f"no cassette {path.relative_to(REPO_ROOT)}: record it", pytrace=False)
        url = REPLAY_URL if mode == "replay" else servers.get(server_version).url
        openapi_url = f"{url}/openapi.json"
        if mode == "live":
            _OPENAPI_DOCUMENTS[server_version] = httpx.get(openapi_url, timeout=120).json()
        else:
            if mode == "record":
                path.unlink(missing_ok=True)
            record_mode = "all" if mode == "record" else "none"
            with make_vcr().use_cassette(str(path), record_mode=record_mode):
                _OPENAPI_DOCUMENTS[server_version] = httpx.get(openapi_url, timeout=120).json()
    return _OPENAPI_DOCUMENTS[server_version]


@pytest.fixture
def aclient(make_async_client: Callable[..., AsyncInvokeAIClient]) -> AsyncInvokeAIClient:
    """The async client of async tests."""
    return make_async_client()
