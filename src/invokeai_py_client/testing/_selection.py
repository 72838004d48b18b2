"""Which server versions each test runs on, and why a test does not run (skips that say so)."""

from __future__ import annotations

from typing import Any

import pytest

from invokeai_py_client._core.versions import (
    MULTIUSER_SINCE,
    SMOKE_MARKER,
    at_least,
    in_range,
    is_smoke_line,
    recorded_versions,
)
from invokeai_py_client.testing import server as _server
from invokeai_py_client.testing._options import cassettes_dir, target_url, url_version


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


def parametrize_versions(metafunc: pytest.Metafunc) -> None:
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


def add_markers(config: pytest.Config) -> None:
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


def skip_what_does_not_apply(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        reason = _reason_to_skip(item, config)
        if reason is not None:
            item.add_marker(pytest.mark.skip(reason=reason))


def mark_smoke_line(session: pytest.Session, exitstatus: int) -> None:
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
