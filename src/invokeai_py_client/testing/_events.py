"""Socket.IO events in record and replay mode.

Record: every event a test's client receives from the real server is written beside the test's
cassette (``<test>.events.json``) with the connection it came on and how many HTTP exchanges the
cassette held at that moment.

Replay: a python-socketio server on loopback serves them back. The events of the n-th connection
go to the n-th client that connects, in order, each one only after the cassette has played as
many HTTP exchanges as it held when the event was recorded, so events and HTTP answers keep the
order they had against the real server.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from invokeai_py_client.testing._vcr import scrub_json

EVENTS_SUFFIX = ".events.json"


def events_path(cassette: Path) -> Path:
    return cassette.with_name(cassette.stem + EVENTS_SUFFIX)


@dataclass
class EventRecorder:
    """Collects what the client's sockets receive during one test (record mode)."""

    exchanges: Callable[[], int]
    connections: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def tap(self, name: str, payload: Any) -> None:
        with self.lock:
            if name == "connect":
                self.connections += 1
                return
            if name == "connect_error":
                # A refused attempt still counts: replay refuses the same attempt.
                self.connections += 1
                self.events.append(
                    {
                        "connection": self.connections,
                        "after_exchanges": self.exchanges(),
                        "name": "connect_error",
                        "data": scrub_json(payload),
                    }
                )
                return
            if name == "disconnect":
                return
            self.events.append(
                {
                    "connection": self.connections,
                    "after_exchanges": self.exchanges(),
                    "name": name,
                    "data": scrub_json(payload),
                }
            )

    def save(self, path: Path, server_version: str) -> None:
        if self.connections == 0:
            path.unlink(missing_ok=True)
            return
        document = {
            "recorded_from": f"InvokeAI {server_version}",
            "connections": self.connections,
            "events": self.events,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n")


class ReplaySocketServer:
    """Serves recorded events on a loopback Socket.IO server (replay mode)."""

    def __init__(self, recording: dict[str, Any], exchanges_played: Callable[[], int]) -> None:
        self._events: list[dict[str, Any]] = recording.get("events", [])
        self._played = exchanges_played
        self._connections = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: Any = None
        self._sio: Any = None
        self._tasks: set[asyncio.Task[None]] = set()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.served = 0
        self.subscriptions = 0

    def start(self) -> ReplaySocketServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    async def _start(self) -> None:
        import socketio
        from aiohttp import web

        sio = socketio.AsyncServer(async_mode="aiohttp", cors_allowed_origins="*")
        self._sio = sio
        app = web.Application()
        sio.attach(app, socketio_path="ws/socket.io")

        @sio.event  # type: ignore[untyped-decorator]
        async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> None:
            self._connections += 1
            mine = [e for e in self._events if e["connection"] == self._connections]
            if mine and mine[0]["name"] == "connect_error":
                raise socketio.exceptions.ConnectionRefusedError(mine[0]["data"])
            task = asyncio.ensure_future(self._serve(sio, sid, mine))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        @sio.on("subscribe_queue")  # type: ignore[untyped-decorator]
        async def subscribe_queue(sid: str, data: Any = None) -> None:
            # Acknowledged as by a real server: clients probe a quiet socket this way.
            self.subscriptions += 1

        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def _serve(self, sio: Any, sid: str, events: list[dict[str, Any]]) -> None:
        for event in events:
            while self._played() < event["after_exchanges"]:
                await asyncio.sleep(0.002)
            try:
                await sio.emit(event["name"], event["data"], to=sid)
            except Exception:  # the client left (e.g. a test cut the connection)
                return
            self.served += 1

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._sio is not None:
                await self._sio.shutdown()
            if self._runner is not None:
                await self._runner.cleanup()
            current = asyncio.current_task()
            others = [t for t in asyncio.all_tasks() if t is not current]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
