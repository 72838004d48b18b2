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

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

import pytest

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_py_client.testing import server as _server
from invokeai_py_client.testing._options import REPLAY_URL, add_options, cassettes_dir, target_url
from invokeai_py_client.testing._recording import Recording, cassette, client_keywords
from invokeai_py_client.testing._selection import (
    add_markers,
    mark_smoke_line,
    parametrize_versions,
    selected_versions,
    skip_what_does_not_apply,
)
from invokeai_py_client.testing._servers import Servers
from invokeai_py_client.testing.tiny_models import tiny_model_folders

__all__ = ["REPLAY_URL", "Recording", "Servers", "client_keywords"]

_F = TypeVar("_F", bound=Callable[..., Any])


def _async_fixture(function: _F) -> _F:
    """Async fixtures need pytest-asyncio's decorator in its (default) strict mode."""
    try:
        import pytest_asyncio
    except ImportError:  # only a test asking for an async client needs it
        return cast(_F, pytest.fixture(function))
    return cast(_F, pytest_asyncio.fixture(function))


# ------------------------------------------------------------------------------------- hooks
def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    add_markers(config)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    parametrize_versions(metafunc)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_what_does_not_apply(config, items)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    mark_smoke_line(session, exitstatus)


# ---------------------------------------------------------------------------------- fixtures
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


@pytest.fixture
def invokeai_cassette(
    request: pytest.FixtureRequest,
    invokeai_mode: str,
    invokeai_version: str,
    invokeai_cassettes_dir: Path,
) -> Iterator[Recording]:
    """Replays (or records) this test's HTTP traffic and Socket.IO events; a missing cassette,
    or a request it does not hold, fails the test with the command that records it."""
    with cassette(request, invokeai_mode, invokeai_version, invokeai_cassettes_dir) as recording:
        yield recording


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
