"""Test harness: every server test runs in one of three modes.

* ``replay`` (default): no server; HTTP answers come from ``tests/cassettes/<version>/``.
* ``record``: a real server is used; cassettes are rewritten.
* ``live``: a real server is used; no cassettes are read or written.

Choose with ``--invokeai-mode`` (or ``INVOKEAI_TEST_MODE``). The versions come from the
repository, never from a list here: replay runs every version with a cassette folder; record and
live run the newest snapshot's version unless ``--invokeai-version`` names others. The real server
is started by this run (on loopback, stopped at the end, a watchdog stops it even if pytest is
killed), or is the one already running at ``--invokeai-url`` (or ``INVOKEAI_URL``), whose version
is read from it. Tests marked ``destructive`` (deleting or clearing what they did not create,
pausing the queue, installing models, touching the server's files) run on a server at a URL only
with ``--invokeai-allow-destructive``; otherwise they are skipped, saying why.
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
from scripts import invokeai_server, versions  # noqa: E402
from tests._events import EventRecorder, ReplaySocketServer, events_path  # noqa: E402
from tests._tiny_models import tiny_model_folders  # noqa: E402
from tests._vcr import make_vcr  # noqa: E402

CASSETTES = versions.CASSETTES_DIR
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
        default=os.environ.get("INVOKEAI_VERSION") or None,
        help="InvokeAI server version(s) to record/replay/run against, comma-separated, or "
        "'all' (the folders of tests/cassettes/). Default: all when replaying, the newest "
        "snapshot's version (or the version of --invokeai-url) when recording or live.",
    )
    group.addoption(
        "--invokeai-url",
        default=os.environ.get("INVOKEAI_URL") or None,
        help="record or run live against the server already running at this URL instead of "
        "starting one (its version is read from it)",
    )
    group.addoption(
        "--invokeai-allow-destructive",
        action="store_true",
        default=False,
        help="with --invokeai-url: also run the tests marked destructive on that server",
    )


def target_url(config: pytest.Config) -> str | None:
    """The already running server this run talks to, if any (never in replay mode)."""
    url = config.getoption("--invokeai-url")
    if not url or config.getoption("--invokeai-mode") == "replay":
        return None
    return str(url).rstrip("/")


_URL_VERSIONS: dict[str, str] = {}


def url_version(url: str) -> str:
    """The version the server at ``url`` reports (asked once per run)."""
    if url not in _URL_VERSIONS:
        try:
            payload = httpx.get(f"{url}/api/v1/app/version", timeout=30).json()
        except (httpx.HTTPError, ValueError) as exc:
            raise pytest.UsageError(
                f"--invokeai-url {url}: no InvokeAI answers there ({exc})"
            ) from None
        if not isinstance(payload, dict) or not isinstance(payload.get("version"), str):
            raise pytest.UsageError(f"--invokeai-url {url}: /api/v1/app/version has no version")
        _URL_VERSIONS[url] = payload["version"]
    return _URL_VERSIONS[url]


def selected_versions(config: pytest.Config) -> list[str]:
    option = config.getoption("--invokeai-version")
    mode = config.getoption("--invokeai-mode")
    url = target_url(config)
    if url is not None:
        running = url_version(url)
        if option and [v.strip() for v in str(option).split(",")] != [running]:
            raise pytest.UsageError(
                f"--invokeai-version {option} but the server at {url} runs {running}"
            )
        return [running]
    if not option:
        option = "all" if mode == "replay" else invokeai_server.DEFAULT_VERSION
    if option == "all":
        return versions.recorded_versions()
    return [v.strip() for v in str(option).split(",") if v.strip()]


def _version_key(version: str) -> tuple[int, ...]:
    return versions.version_key(version)


def _in_range(version: str, marker: pytest.Mark | None) -> bool:
    if marker is None:
        return True
    since, before = marker.kwargs.get("since"), marker.kwargs.get("before")
    key = _version_key(version)
    return (since is None or key >= _version_key(since)) and (
        before is None or key < _version_key(before)
    )


MULTIUSER_SINCE = "6.12.0"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every server test runs once per selected server version in its range (``server_versions``
    marker; multi-user ones on 6.12+), unless it parametrizes ``server_version`` itself."""
    if "server_version" not in metafunc.fixturenames:
        return
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0] if marker.args else ""
        if "server_version" in (names if isinstance(names, list | tuple) else names.split(",")):
            return
    selected = selected_versions(metafunc.config)
    in_range = metafunc.definition.get_closest_marker("server_versions")
    chosen = [v for v in selected if _in_range(v, in_range)]
    if metafunc.definition.get_closest_marker("multiuser") is not None:
        chosen = [v for v in chosen if _version_key(v) >= _version_key(MULTIUSER_SINCE)]
    if not chosen:
        # Not silently dropped: one explicit skip says why the test does not run here.
        chosen = [
            pytest.param(
                selected[0] if selected else "none",
                marks=pytest.mark.skip(
                    reason=f"not for InvokeAI {', '.join(selected) or 'any selected version'} "
                    f"({in_range.kwargs if in_range else 'multi-user servers only'})"
                ),
            )
        ]
    metafunc.parametrize("server_version", chosen, indirect=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "server: talks to an InvokeAI server (cassette or real)")
    config.addinivalue_line("markers", "multiuser: needs a multi-user (6.12+) server")
    config.addinivalue_line(
        "markers",
        "server_versions(since=None, before=None): the server lines a test applies to "
        "(since inclusive, before exclusive)",
    )
    config.addinivalue_line(
        "markers",
        "smoke: part of the smoke subset recorded for smoke lines (tests/cassettes/<v>/SMOKE)",
    )
    config.addinivalue_line(
        "markers",
        "destructive: may change or remove what the test did not create (clearing or pausing "
        "the queue, model installs and deletions, the server's files); on a server at "
        "--invokeai-url it needs --invokeai-allow-destructive",
    )


def _reason_to_skip(item: pytest.Item, config: pytest.Config) -> str | None:
    callspec = getattr(item, "callspec", None)
    version = callspec.params.get("server_version") if callspec is not None else None
    if version is None:
        return None
    mode = config.getoption("--invokeai-mode")
    url = target_url(config)
    if mode == "replay":
        if versions.is_smoke_line(str(version)) and item.get_closest_marker("smoke") is None:
            return (
                f"InvokeAI {version} is a smoke line (tests/cassettes/{version}/SMOKE): only "
                "tests marked smoke were recorded on it"
            )
        return None
    if version not in selected_versions(config):
        return f"runs on InvokeAI {version} only; this run targets {selected_versions(config)}"
    if url is None:
        return None
    if item.get_closest_marker("multiuser") is not None:
        return f"needs a multi-user server started by this run, not the one at {url}"
    if item.get_closest_marker("destructive") is not None and not config.getoption(
        "--invokeai-allow-destructive"
    ):
        return (
            f"destructive: not run on {url}, a server this run did not start "
            "(allow with --invokeai-allow-destructive)"
        )
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        reason = _reason_to_skip(item, config)
        if reason is not None:
            item.add_marker(pytest.mark.skip(reason=reason))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Recording only the smoke tests (``-m smoke``) makes the version a smoke line."""
    config = session.config
    if config.getoption("--invokeai-mode") != "record" or config.option.markexpr != "smoke":
        return
    if exitstatus != 0:
        return
    for version in selected_versions(config):
        marker = CASSETTES / version / versions.SMOKE_MARKER
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(
            "Only the tests marked smoke were recorded on this server line "
            "(make record-smoke); delete this file after a full `make record`.\n"
        )


@dataclass
class Servers:
    """Real servers started by this test run, one per (version, multiuser), started on demand."""

    started: dict[tuple[str, bool], invokeai_server.RunningServer] = field(default_factory=dict)
    url: str | None = None  # the already running server of --invokeai-url

    def url_of(self, version: str, *, multiuser: bool = False) -> str:
        """Where the server of that version answers: the one at --invokeai-url, or ours."""
        if self.url is not None and not multiuser:
            return self.url
        return self.get(version, multiuser=multiuser).url

    def get(self, version: str, *, multiuser: bool = False) -> invokeai_server.RunningServer:
        """A server started by this run (needed for its files or its admin's credentials)."""
        if self.url is not None:
            pytest.skip(f"needs a server started by this run, not the one at {self.url}")
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
def servers(pytestconfig: pytest.Config) -> Iterator[Servers]:
    started = Servers(url=target_url(pytestconfig))
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
    return servers.url_of(server_version, multiuser=multiuser)


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
        url = REPLAY_URL if mode == "replay" else servers.url_of(server_version)
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
