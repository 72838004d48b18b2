"""The plugin's command-line and ini options, and what they name: mode, cassettes, target server."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from invokeai_py_client.testing import server as _server

MODES = ("replay", "record", "live")
REPLAY_URL = "http://127.0.0.1:9090"  # never contacted: every answer comes from the cassette
DEFAULT_CASSETTES = "tests/cassettes"


def add_options(parser: pytest.Parser) -> None:
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
