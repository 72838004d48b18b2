"""The real servers a test run starts: one per (version, multi-user), stopped at the end."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest

from invokeai_py_client.testing import server as _server


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
