"""The project's own suite runs on the package's pytest plugin (``invokeai_py_client.testing``,
see its docstring for the modes, options and markers); this file only adds what is the project's:

* its cassettes live in ``tests/cassettes`` (pyproject's ``invokeai_cassettes``), one folder per
  recorded line, all replayed by ``make test``; servers are shared in ``.servers/``
  (``scripts/invokeai_server.py`` sets ``INVOKEAI_SERVERS_DIR`` unless it is set);
* the short fixture names its tests use (``client``, ``aclient``, ``mode``...), aliases of the
  plugin's ``invokeai_*`` fixtures;
* ``server_openapi``: the server's /openapi.json, recorded once per line in ``_shared/``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient  # noqa: E402
from invokeai_py_client.testing import _vcr  # noqa: E402
from invokeai_py_client.testing.plugin import REPLAY_URL, Recording, Servers  # noqa: E402
from scripts import invokeai_server  # noqa: E402, F401  (the project's servers directory)

pytest_plugins = ["pytester"]
# A user's project, run in a folder of its own by test_testing_kit.py.
collect_ignore = ["sample_project"]


@pytest.fixture(scope="session")
def mode(invokeai_mode: str) -> str:
    return invokeai_mode


@pytest.fixture(scope="session")
def servers(invokeai_servers: Servers) -> Servers:
    return invokeai_servers


@pytest.fixture(scope="session")
def tiny_models(invokeai_tiny_models: dict[str, Path]) -> dict[str, Path]:
    return invokeai_tiny_models


@pytest.fixture
def server_version(invokeai_version: str) -> str:
    return invokeai_version


@pytest.fixture
def multiuser(invokeai_multiuser: bool) -> bool:
    return invokeai_multiuser


@pytest.fixture
def cassette(invokeai_cassette: Recording) -> Recording:
    return invokeai_cassette


@pytest.fixture
def server_url(invokeai_url: str) -> str:
    return invokeai_url


@pytest.fixture
def socket_target(invokeai_socket_url: str) -> str:
    return invokeai_socket_url


@pytest.fixture
def make_client(
    make_invokeai_client: Callable[..., InvokeAIClient],
) -> Callable[..., InvokeAIClient]:
    return make_invokeai_client


@pytest.fixture
def make_async_client(
    make_async_invokeai_client: Callable[..., AsyncInvokeAIClient],
) -> Callable[..., AsyncInvokeAIClient]:
    return make_async_invokeai_client


@pytest.fixture
def client(invokeai_client: InvokeAIClient) -> InvokeAIClient:
    return invokeai_client


@pytest.fixture
def aclient(async_invokeai_client: AsyncInvokeAIClient) -> AsyncInvokeAIClient:
    """The async client of async tests."""
    return async_invokeai_client


_OPENAPI_DOCUMENTS: dict[str, dict[str, Any]] = {}


@pytest.fixture
def server_openapi(
    mode: str, servers: Servers, server_version: str, invokeai_cassettes_dir: Path
) -> dict[str, Any]:
    """The server's /openapi.json (about 2 MB), fetched once per version and run: it is recorded
    once in ``cassettes/<version>/_shared/openapi.yaml`` instead of in every workflow test."""
    if server_version not in _OPENAPI_DOCUMENTS:
        path = invokeai_cassettes_dir / server_version / "_shared" / "openapi.yaml"
        if mode == "replay" and not path.exists():
            pytest.fail(f"no cassette {path.relative_to(REPO_ROOT)}: record it", pytrace=False)
        url = REPLAY_URL if mode == "replay" else servers.url_of(server_version)
        openapi_url = f"{url}/openapi.json"
        if mode == "live":
            _OPENAPI_DOCUMENTS[server_version] = httpx.get(openapi_url, timeout=120).json()
        else:
            if mode == "record":
                path.unlink(missing_ok=True)
            with _vcr.use_cassette(path, record=mode == "record"):
                _OPENAPI_DOCUMENTS[server_version] = httpx.get(openapi_url, timeout=120).json()
    return _OPENAPI_DOCUMENTS[server_version]
