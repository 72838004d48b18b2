"""A test's cassette and Socket.IO events, recorded or replayed inside another process: the
Jupyter kernel that runs a docs notebook, the MCP server an agent's client starts over stdio.

The test passes :class:`ProcessRecording`'s settings (mode, cassette, version, node schemas) as
JSON; the other process calls :meth:`ProcessRecording.start` before any client is built and
:meth:`ProcessRecording.stop` at its end, which reports the requests the cassette did not hold.
Every ``InvokeAIClient`` / ``AsyncInvokeAIClient`` built in between gets what the in-process
harness gives (``client_keywords``: Socket.IO at the replay server, taps when recording) and the
recorded node schemas (``_shared/openapi.yaml``) instead of a 2 MB download per test.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

SETTINGS_ENV = "INVOKEAI_TEST_RECORDING"


@dataclass
class Settings:
    mode: str  # replay, record or live
    cassette: str
    version: str
    url: str  # the server (or, in replay, the address the cassette answers for)
    openapi: str | None = None  # a JSON file of the server's /openapi.json
    report: str | None = None  # where stop() writes the mismatches (for a process that exits)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Settings:
        return cls(**json.loads(text))


class ProcessRecording:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._manager: Any = None
        self._tape: Any = None
        self._recorder: Any = None
        self._replay: Any = None
        self._originals: list[tuple[type[Any], Any]] = []

    def start(self) -> ProcessRecording:
        from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient
        from invokeai_py_client.testing import _events, _vcr
        from invokeai_py_client.testing._recording import Recording, client_keywords

        s = self.settings
        openapi = json.loads(Path(s.openapi).read_text()) if s.openapi else None
        socket_url = s.url
        recording = Recording(None)
        if s.mode != "live":
            path = Path(s.cassette)
            path.parent.mkdir(parents=True, exist_ok=True)
            if s.mode == "record":
                path.unlink(missing_ok=True)
            self._manager = _vcr.use_cassette(path, record=s.mode == "record")
            self._tape = self._manager.__enter__()
            events = _events.events_path(path)
            if s.mode == "record":
                tape = self._tape
                self._recorder = _events.EventRecorder(exchanges=lambda: len(tape.data))
                recording = Recording(path, recorder=self._recorder, tape=tape)
            elif events.exists():
                tape = self._tape
                self._replay = _events.ReplaySocketServer(
                    json.loads(events.read_text()), lambda: tape.play_count
                ).start()
                socket_url = self._replay.url
                recording = Recording(path, replay_server=self._replay, tape=tape)

        for cls in (InvokeAIClient, AsyncInvokeAIClient):
            original = cls.__init__
            self._originals.append((cls, original))

            def __init__(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> None:
                extra = client_keywords(socket_url, recording)
                _original(self, *args, **{**extra, **kwargs})
                if openapi is not None:
                    self.workflow_repo.load_node_schemas(openapi)

            cls.__init__ = __init__  # type: ignore[method-assign]
        return self

    def stop(self) -> list[str]:
        """End the recording; the requests the cassette did not hold (replay)."""
        for cls, original in self._originals:
            cls.__init__ = original  # type: ignore[method-assign]
        self._originals.clear()
        mismatches: list[str] = []
        if self._manager is not None:
            from invokeai_py_client.testing import _events

            mismatches = list(self._tape.mismatches)
            self._manager.__exit__(None, None, None)
            if self._recorder is not None:
                path = Path(self.settings.cassette)
                self._recorder.save(_events.events_path(path), self.settings.version)
            if self._replay is not None:
                self._replay.stop()
            self._manager = None
        if self.settings.report:
            Path(self.settings.report).write_text(json.dumps(mismatches))
        return mismatches


def start_from_env() -> ProcessRecording | None:
    """The recording this process was started for (``INVOKEAI_TEST_RECORDING``), started."""
    text = os.environ.get(SETTINGS_ENV)
    return ProcessRecording(Settings.from_json(text)).start() if text else None
