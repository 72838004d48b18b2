"""The server a benchmark measures: the one at ``--url``, or a 6.14.2 started on loopback by
scripts/invokeai_server.py for the run (and stopped after it)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from scripts import invokeai_server  # noqa: E402


@contextmanager
def server_url(url: str | None, name: str) -> Iterator[str]:
    if url:
        yield url
        return
    server = invokeai_server.start(
        invokeai_server.DEFAULT_VERSION, name=f"{name}-{os.getpid()}", watch_pid=os.getpid()
    )
    try:
        yield server.url
    finally:
        invokeai_server.stop(server)
