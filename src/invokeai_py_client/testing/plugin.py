"""The pytest plugin (entry point ``invokeai``): pin a pipeline's exchanges with InvokeAI.

Every test that uses one of its client fixtures runs in one of three modes:

* ``replay`` (default): no server. HTTP answers come from the test's cassette,
  ``<cassettes>/<version>/<test module>/<test name>.yaml``, and the Socket.IO events from the
  ``.events.json`` beside it, served by a loopback Socket.IO server in the order they arrived.
* ``record``: a real server is used and the cassettes are rewritten (secrets filtered).
* ``live``: a real server is used; no cassette is read or written.

Choose with ``--invokeai-mode`` (or ``INVOKEAI_TEST_MODE``). Replay runs each test once per
version folder of the cassettes directory (``--invokeai-cassettes``, ini ``invokeai_cassettes``,
default ``tests/cassettes``); record and live run against ``--invokeai-url`` (its version is
read from it) or against a server this run installs and starts on loopback, of
``--invokeai-version`` (default: the line the bundled bindings follow). A version folder holding a
``SMOKE`` file only replays the tests marked ``smoke``. Tests marked ``destructive`` run on a
server at ``--invokeai-url`` only with ``--invokeai-allow-destructive``.

Requests are matched as described in ``_vcr`` and ``_normalize``: exactly, or else with ids and
timestamps as placeholders; a request the recording does not hold fails the test, saying what
changed and how to re-record.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx
import pytest

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_py_client._core.versions import (
    MULTIUSER_SINCE,
    SMOKE_MARKER,
    at_least,
    in_range,
    is_smoke_line,
    recorded_versions,
)
from invokeai_py_client.testing import server as _server
from invokeai_py_client.testing.tiny_models import tiny_model_folders

if TYPE_CHECKING:
    from invokeai_py_client.testing._events import EventRecorder, ReplaySocketServer
    from invokeai_py_client.testing._vcr import PipelineCassette

_F = TypeVar("_F", bound=Callable[..., Any])


def _async_fixture(function: _F) -> _F:
    """Async fixtures need pytest-asyncio's decorator in its (default) strict mode."""
    try:
        import pytest_asyncio
    except ImportError:  # only a test asking for an async client needs it
        return cast(_F, pytest.fixture(function))
    return cast(_F, pytest_asyncio.fixture(function))


MODES = ("replay", "record", "live")
REPLAY_URL = "http://127.0.0.1:9090"  # never contacted: every answer comes from the cassette
DEFAULT_CASSETTES = "tests/cassettes"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("invokeai", "InvokeAI contract tests (invokeai-py-client)")
    group.addoption(
        "--invokeai-mode",
        choices=MODES,
        default=os.environ.get("INVOKEAI_TEST_MODE", "replay"),
        help="replay cassettes (default), record them from a real server, or run live",
    )
    group.addoption(
        "--invokeai-version",
        default=os.environ.get("INVOKEAI_VERSION") or None,
        help="InvokeAI version(s) to replay/record/run against, comma-separated, or 'all' (the "
        "version folders of the cassettes directory). Default: all when replaying; when "
        "recording or live, the version of --invokeai-url, else "
        f"{_server.DEFAULT_VERSION} (a server installed and started on loopback).",
    )
    group.addoption(
        "--invokeai-url",
        default=os.environ.get("INVOKEAI_URL") or None,
        help="record or run live against the server already running at this URL instead of "
        "starting one (its version is read from it)",
    )
    group.addoption(
        "--invokeai-cassettes",
        default=None,
        metavar="DIR",
        help=f"the cassettes directory (default: ini invokeai_cassettes, else {DEFAULT_CASSETTES}"
        " under the root directory)",
    )
    group.addoption(
        "--invokeai-allow-destructive",
        action="store_true",
        default=False,
        help="with --invokeai-url: also run the tests marked destructive on that server",
    )
    parser.addini(
        "invokeai_cassettes",
        f"cassettes directory, relative to the root directory (default {DEFAULT_CASSETTES})",
        default=DEFAULT_CASSETTES,
    )


def cassettes_dir(config: pytest.Config) -> Path:
    """The cassettes directory: the option (relative to the working directory) or the ini value
    (relative to the root directory)."""
    option = config.getoption("--invokeai-cassettes")
    if option:
        return Path(option).resolve()
    return (config.rootpath / str(config.getini("invokeai_cassettes"))).resolve()


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
        option = "all" if mode == "replay" else _server.DEFAULT_VERSION
    if option == "all":
        # Nothing recorded yet: the default line, whose missing cassettes then say how to record.
        return recorded_versions(cassettes_dir(config)) or [_server.DEFAULT_VERSION]
    return [v.strip() for v in str(option).split(",") if v.strip()]


def _in_range(version: str, marker: pytest.Mark | None) -> bool:
    if marker is None:
        return True
    return in_range(version, marker.kwargs.get("since"), marker.kwargs.get("before"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test using ``invokeai_version`` runs once per selected server version in its range
    (``invokeai_versions`` marker; multi-user ones on 6.12+), unless it parametrizes it."""
    if "invokeai_version" not in metafunc.fixturenames:
        return
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0] if marker.args else ""
        if "invokeai_version" in (names if isinstance(names, list | tuple) else names.split(",")):
            return
    selected = selected_versions(metafunc.config)
    in_range = metafunc.definition.get_closest_marker("invokeai_versions")
    chosen: list[Any] = [v for v in selected if _in_range(v, in_range)]
    if metafunc.definition.get_closest_marker("multiuser") is not None:
        chosen = [v for v in chosen if at_least(v, MULTIUSER_SINCE)]
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
    metafunc.parametrize("invokeai_version", chosen, indirect=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "multiuser: needs a multi-user (6.12+) InvokeAI server")
    config.addinivalue_line(
        "markers",
        "invokeai_versions(since=None, before=None): the InvokeAI lines a test applies to "
        "(since inclusive, before exclusive)",
    )
    config.addinivalue_line(
        "markers",
        "smoke: part of the smoke subset recorded for smoke lines (<cassettes>/<v>/SMOKE)",
    )
    config.addinivalue_line(
        "markers",
        "destructive: may change or remove what the test did not create; on a server at "
        "--invokeai-url it needs --invokeai-allow-destructive",
    )


def _reason_to_skip(item: pytest.Item, config: pytest.Config) -> str | None:
    callspec = getattr(item, "callspec", None)
    version = callspec.params.get("invokeai_version") if callspec is not None else None
    if version is None:
        return None
    mode = config.getoption("--invokeai-mode")
    url = target_url(config)
    if mode == "replay":
        folder = cassettes_dir(config)
        if is_smoke_line(str(version), folder) and item.get_closest_marker("smoke") is None:
            return (
                f"InvokeAI {version} is a smoke line ({folder / str(version) / SMOKE_MARKER}): "
                "only tests marked smoke were recorded on it"
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
        marker = cassettes_dir(config) / version / SMOKE_MARKER
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(
            "Only the tests marked smoke were recorded on this server line; delete this file "
            "after recording every test.\n"
        )


@dataclass
class Servers:
    """Real servers started by this test run, one per (version, multiuser), started on demand
    and stopped when the session ends."""

    started: dict[tuple[str, bool], _server.RunningServer] = field(default_factory=dict)
    url: str | None = None  # the already running server of --invokeai-url

    def url_of(self, version: str, *, multiuser: bool = False) -> str:
        """Where the server of that version answers: the one at --invokeai-url, or ours."""
        if self.url is not None and not multiuser:
            return self.url
        return self.get(version, multiuser=multiuser).url

    def get(self, version: str, *, multiuser: bool = False) -> _server.RunningServer:
        """A server started by this run (needed for its files or its admin's credentials)."""
        if self.url is not None:
            pytest.skip(f"needs a server started by this run, not the one at {self.url}")
        return self.start(version, multiuser=multiuser)

    def start(
        self, version: str = _server.DEFAULT_VERSION, *, multiuser: bool = False
    ) -> _server.RunningServer:
        """Install (once) and start InvokeAI ``version`` on a free loopback port, once per run."""
        key = (version, multiuser)
        if key not in self.started:
            name = f"pytest-{os.getpid()}-{version}{'-multiuser' if multiuser else ''}"
            self.started[key] = _server.start(
                version, name=name, multiuser=multiuser, watch_pid=os.getpid()
            )
        return self.started[key]

    def stop_all(self) -> None:
        for running in self.started.values():
            _server.stop(running)
        self.started.clear()


@pytest.fixture(scope="session")
def invokeai_mode(pytestconfig: pytest.Config) -> str:
    """``replay``, ``record`` or ``live``."""
    return str(pytestconfig.getoption("--invokeai-mode"))


@pytest.fixture(scope="session")
def invokeai_cassettes_dir(pytestconfig: pytest.Config) -> Path:
    return cassettes_dir(pytestconfig)


@pytest.fixture(scope="session")
def invokeai_servers(pytestconfig: pytest.Config) -> Iterator[Servers]:
    started = Servers(url=target_url(pytestconfig))
    try:
        yield started
    finally:
        started.stop_all()


@pytest.fixture(scope="session")
def invokeai_server(
    invokeai_servers: Servers,
) -> Callable[..., _server.RunningServer]:
    """``invokeai_server(version, multiuser=False)``: a real InvokeAI of that version, installed
    once, started on a free loopback port for the session and stopped after it."""
    return invokeai_servers.start


@pytest.fixture(scope="session")
def invokeai_tiny_models(invokeai_mode: str) -> dict[str, Path]:
    """Folders of the tiny SD-1 / SDXL models (``sd1``, ``sdxl``; random weights, 64x64 images
    in a few CPU seconds) at fixed paths, built (about 20 s, with an installed server's Python)
    when recording or live; in replay only the paths (the server's answers are recorded)."""
    return tiny_model_folders(invokeai_mode)


@pytest.fixture(scope="session")
def invokeai_default_version(pytestconfig: pytest.Config) -> str:
    return selected_versions(pytestconfig)[0]


@pytest.fixture
def invokeai_version(request: pytest.FixtureRequest, invokeai_default_version: str) -> str:
    """The version a test runs against: its ``invokeai_version`` parameter, or the option."""
    return str(getattr(request, "param", invokeai_default_version))


@pytest.fixture
def invokeai_multiuser(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("multiuser") is not None


def cassette_path(request: pytest.FixtureRequest, folder: Path, version: str) -> Path:
    """``<cassettes>/<version>/<module>/<test name>.yaml``; the version is not repeated in the
    name (``test_x[4.2.9]`` and ``test_x`` are both ``test_x``)."""
    module = Path(str(request.node.fspath)).stem
    name = request.node.name
    if "[" in name:
        base, params = name[:-1].split("[", 1)
        kept = [p for p in params.split("-") if p != version]
        name = f"{base}[{'-'.join(kept)}]" if kept else base
    return folder / version / module / f"{name}.yaml"


# Long enough for the events released by one exchange to reach the client first (a few ms).
REPLAY_REREAD_INTERVAL_S = 1.0


@dataclass
class Recording:
    """The test's cassette, and how its Socket.IO events are recorded or replayed."""

    path: Path | None
    recorder: EventRecorder | None = None
    replay_server: ReplaySocketServer | None = None
    tape: PipelineCassette | None = None


def _shown(path: Path, config: pytest.Config) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        try:
            return str(path.relative_to(config.rootpath))
        except ValueError:
            return str(path)


def _record_command(request: pytest.FixtureRequest, version: str) -> str:
    return (
        f"pytest --invokeai-mode=record --invokeai-version={version} {request.node.nodeid}"
        " (starts that server on loopback; or --invokeai-url=URL for one already running)"
    )


def _import_recording_tools() -> tuple[Any, Any]:
    try:
        from invokeai_py_client.testing import _events, _vcr
    except ImportError as exc:  # vcrpy is the optional extra `testing`
        pytest.fail(
            f"replaying or recording needs the testing extra ({exc}): "
            "pip install 'invokeai-py-client[testing]'",
            pytrace=False,
        )
    return _events, _vcr


@pytest.fixture
def invokeai_cassette(
    request: pytest.FixtureRequest,
    invokeai_mode: str,
    invokeai_version: str,
    invokeai_cassettes_dir: Path,
) -> Iterator[Recording]:
    """Replays (or records) this test's HTTP traffic and Socket.IO events; a missing cassette,
    or a request it does not hold, fails the test with the command that records it."""
    if invokeai_mode == "live":
        yield Recording(None)
        return
    _events, _vcr = _import_recording_tools()
    path = cassette_path(request, invokeai_cassettes_dir, invokeai_version)
    recorded_events = _events.events_path(path)
    # A test whose only traffic was Socket.IO has an events file and no cassette.
    if invokeai_mode == "replay" and not path.exists() and not recorded_events.exists():
        pytest.fail(
            f"no cassette {_shown(path, request.config)}: record it from a real InvokeAI "
            f"{invokeai_version} with {_record_command(request, invokeai_version)}",
            pytrace=False,
        )
    if invokeai_mode == "record":
        path.unlink(missing_ok=True)
    with _vcr.use_cassette(path, record=invokeai_mode == "record") as tape:
        if invokeai_mode == "record":
            recorder = _events.EventRecorder(exchanges=lambda: len(tape.data))
            yield Recording(path, recorder=recorder, tape=tape)
            recorder.save(recorded_events, invokeai_version)
        elif recorded_events.exists():
            recording = json.loads(recorded_events.read_text())
            replay = _events.ReplaySocketServer(recording, lambda: tape.play_count).start()
            try:
                yield Recording(path, replay_server=replay, tape=tape)
            finally:
                replay.stop()
        else:
            yield Recording(path, tape=tape)
    if tape.mismatches:
        listed = "\n  ".join(tape.mismatches)
        pytest.fail(
            f"the test sent {len(tape.mismatches)} request(s) that {_shown(path, request.config)}"
            f" does not hold:\n  {listed}\nIf the change is intended, re-record: "
            f"{_record_command(request, invokeai_version)}",
            pytrace=False,
        )


@pytest.fixture
def invokeai_url(
    invokeai_mode: str, invokeai_servers: Servers, invokeai_version: str, invokeai_multiuser: bool
) -> str:
    """Where the test's client points. A real server is started (outside any cassette) first."""
    if invokeai_mode == "replay":
        return REPLAY_URL
    return invokeai_servers.url_of(invokeai_version, multiuser=invokeai_multiuser)


@pytest.fixture
def invokeai_socket_url(invokeai_url: str, invokeai_cassette: Recording) -> str:
    """Where this test's sockets connect: the real server, or the replay server."""
    if invokeai_cassette.replay_server is not None:
        return invokeai_cassette.replay_server.url
    return invokeai_url


def client_keywords(socket_url: str, cassette: Recording) -> dict[str, Any]:
    """What the harness adds to a client it builds (or that test code builds): Socket.IO at the
    test's target (the replay server in replay), and its events recorded when recording (the
    client's ``socketio_tap`` hook). In replay a wait re-reads its items sooner: the replay server
    sends each recorded event after the exchange it followed, so a wait that read again every 15 s
    while recording would wait those 15 s again for the next events; the exchanges stay the same."""
    keywords: dict[str, Any] = {"socketio_url": socket_url}
    if cassette.recorder is not None:
        keywords["socketio_tap"] = cassette.recorder.tap
    if cassette.replay_server is not None:
        keywords["wait_reread_interval"] = REPLAY_REREAD_INTERVAL_S
    return keywords


@pytest.fixture
def make_invokeai_client(
    invokeai_url: str, invokeai_socket_url: str, invokeai_cassette: Recording
) -> Iterator[Callable[..., InvokeAIClient]]:
    """Builds clients (``InvokeAIClient.from_url`` keywords) whose HTTP is recorded or replayed
    with the test's cassette and whose Socket.IO events with its events file; closed after."""
    made: list[InvokeAIClient] = []

    def build(**kwargs: Any) -> InvokeAIClient:
        invokeai = InvokeAIClient.from_url(
            invokeai_url, **{**client_keywords(invokeai_socket_url, invokeai_cassette), **kwargs}
        )
        made.append(invokeai)
        return invokeai

    yield build
    for invokeai in made:
        invokeai.close()


@_async_fixture
async def make_async_invokeai_client(
    invokeai_url: str, invokeai_socket_url: str, invokeai_cassette: Recording
) -> AsyncIterator[Callable[..., AsyncInvokeAIClient]]:
    """:func:`make_invokeai_client` for the async client (closed inside the test's loop)."""
    made: list[AsyncInvokeAIClient] = []

    def build(**kwargs: Any) -> AsyncInvokeAIClient:
        invokeai = AsyncInvokeAIClient.from_url(
            invokeai_url, **{**client_keywords(invokeai_socket_url, invokeai_cassette), **kwargs}
        )
        made.append(invokeai)
        return invokeai

    yield build
    for invokeai in made:
        await invokeai.close()


@pytest.fixture
def invokeai_client(make_invokeai_client: Callable[..., InvokeAIClient]) -> InvokeAIClient:
    """An ``InvokeAIClient`` on the test's server or cassette."""
    return make_invokeai_client()


@_async_fixture
async def async_invokeai_client(
    make_async_invokeai_client: Callable[..., AsyncInvokeAIClient],
) -> AsyncInvokeAIClient:
    """An ``AsyncInvokeAIClient`` on the test's server or cassette."""
    return make_async_invokeai_client()
