"""A test's recording: its cassette and Socket.IO events, recorded or replayed, and what the
harness gives the clients it builds so that their traffic goes through them."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from invokeai_py_client.testing._events import EventRecorder, ReplaySocketServer
    from invokeai_py_client.testing._vcr import PipelineCassette


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


@contextlib.contextmanager
def cassette(
    request: pytest.FixtureRequest,
    invokeai_mode: str,
    invokeai_version: str,
    invokeai_cassettes_dir: Path,
) -> Iterator[Recording]:
    """What the ``invokeai_cassette`` fixture holds open for a test (see its docstring)."""
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
