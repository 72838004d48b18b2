"""Clients that example code builds itself (``InvokeAIClient(host=...)``, ``from_url(...)``),
as written: the harness only points their Socket.IO at the test's target (the replay server in
replay) and taps their sockets when recording. Shared by the docs and spec-page tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from invokeai_py_client.testing.plugin import Recording, client_keywords


def route_built_clients(
    monkeypatch: pytest.MonkeyPatch,
    cls: type[Any],
    socket_target: str,
    cassette: Recording,
    on_built: Callable[[Any], None] | None = None,
) -> None:
    original: Callable[..., None] = cls.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **{**client_keywords(socket_target, cassette), **kwargs})
        if on_built is not None:
            on_built(self)

    monkeypatch.setattr(cls, "__init__", __init__)
