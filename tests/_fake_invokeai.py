"""A stateful in-process InvokeAI stand-in (an httpx transport) for the pool's deterministic tests
and the client's CPU benchmark: a queue with ``slots`` workers whose items take ``run_s`` each
(in real time, computed when read, no threads), the models it has, and switches that make it
down (connection refused) or black-holed (requests hang). Its answers are copies of a queue item
and a model config recorded from 6.14.2 (``tests/cassettes``), with ids and statuses changed."""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from scripts.png import make_png

CASSETTES = Path(__file__).parent / "cassettes" / "6.14.2"


def _recorded(path: str, uri_part: str, key: str | None = None) -> Any:
    document = yaml.safe_load((CASSETTES / path).read_text())
    for interaction in document["interactions"]:
        if uri_part in interaction["request"]["uri"]:
            answer = json.loads(interaction["response"]["body"]["string"])
            if key is None:
                return answer
            if answer.get(key):
                return answer[key]
    raise LookupError(uri_part)


_ITEM = _recorded("test_queue/test_status_and_items_of_a_finished_batch.yaml", "/queue/default/i/")
_CLI = "test_cli/test_a_gui_workflow_renders_with_a_tiny_model_and_live_progress_in_a_terminal.yaml"
MODEL = _recorded(_CLI, "/api/v2/models/", key="models")[0]


def model(name: str, base: str = "sd-1", key: str | None = None) -> dict[str, Any]:
    """A main model config like the recorded one, with another name/base/key."""
    return MODEL | {
        "name": name,
        "base": base,
        "key": key or f"key-{name}-{base}",
        "hash": f"h-{name}",
    }


_PNG = make_png(4, 3)


@functools.cache
def _openapi() -> bytes:
    return (Path(__file__).parent.parent / "openapi" / "invokeai-6.14.2.json").read_bytes()


@dataclass
class _Item:
    item_id: int
    batch_id: str
    start: float
    end: float
    canceled: bool = False

    def status(self, now: float) -> str:
        if self.canceled:
            return "canceled"
        if now >= self.end:
            return "completed"
        return "in_progress" if now >= self.start else "pending"


@dataclass
class FakeInvokeAI:
    """One fake server. ``url`` is only a name: the transport answers every request."""

    url: str
    slots: int = 1
    run_s: float = 0.01
    models: list[dict[str, Any]] = field(default_factory=list)
    version: str = "6.14.2"
    down: bool = False
    blackholed: bool = False
    items: dict[int, _Item] = field(default_factory=dict)
    batches: dict[str, list[int]] = field(default_factory=dict)
    log: list[tuple[str, str]] = field(default_factory=list)
    enqueued_graphs: list[dict[str, Any]] = field(default_factory=list)
    cpu_s: float = 0.0
    _free_at: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._free_at = [0.0] * self.slots

    # -------------------------------------------------------------------- test controls
    def completed(self) -> int:
        now = time.monotonic()
        return sum(1 for i in self.items.values() if i.status(now) == "completed")

    def restart(self) -> None:
        """Back up with an empty queue (its in-memory database is gone)."""
        self.items.clear()
        self.batches.clear()
        self._free_at = [0.0] * self.slots
        self.down = False

    def transport(self) -> httpx.AsyncBaseTransport:
        return _Transport(self)

    # -------------------------------------------------------------------- routes
    def answer(self, request: httpx.Request) -> httpx.Response:
        started = time.thread_time()
        try:
            return self._answer(request)
        finally:
            self.cpu_s += time.thread_time() - started  # the server's share, for benchmarks

    def _answer(self, request: httpx.Request) -> httpx.Response:
        method, path = request.method, request.url.path
        self.log.append((method, path))
        now = time.monotonic()
        if path == "/api/v1/app/version":
            return _json({"version": self.version})
        if path == "/api/v1/app/generation_device_options":
            return _json([{"device": f"cuda:{i}", "name": f"GPU {i}"} for i in range(self.slots)])
        if path == "/openapi.json":
            return httpx.Response(
                200, content=_openapi(), headers={"content-type": "application/json"}
            )
        if path.startswith("/api/v1/images/i/") and path.endswith("/full"):
            return httpx.Response(200, content=_PNG, headers={"content-type": "image/png"})
        if path == "/api/v2/models/":
            return _json({"models": self.models})
        if path.endswith("/enqueue_batch"):
            return self._enqueue(json.loads(request.content), now)
        if path.endswith("/cancel_by_batch_ids"):
            ids = json.loads(request.content)["batch_ids"]
            count = 0
            for batch_id in ids:
                for item_id in self.batches.get(batch_id, []):
                    item = self.items[item_id]
                    if item.status(now) in ("pending", "in_progress"):
                        item.canceled, count = True, count + 1
            return _json({"canceled": count})
        if path.endswith("/list_all"):
            return _json([self._item_json(i, now) for i in self.items.values()])
        match = re.search(r"/queue/default/b/([^/]+)/status$", path)
        if match:
            return self._batch_status(match.group(1), now)
        match = re.search(r"/queue/default/i/(\d+)$", path)
        if match:
            item = self.items.get(int(match.group(1)))
            if item is None:
                return _json({"detail": "Not Found"}, 404)
            return _json(self._item_json(item, now))
        return _json({"detail": "Not Found"}, 404)

    def _enqueue(self, body: dict[str, Any], now: float) -> httpx.Response:
        batch = body["batch"]
        batch_id = batch["batch_id"]
        runs = int(batch.get("runs", 1))
        data = batch.get("data") or []
        per_run = len(data[0][0]["items"]) if data and data[0] else 1
        self.enqueued_graphs.append(batch["graph"])
        ids = []
        for _ in range(runs * per_run):
            slot = min(range(self.slots), key=lambda s: self._free_at[s])
            start = max(now, self._free_at[slot])
            end = start + self.run_s
            self._free_at[slot] = end
            item_id = len(self.items) + 1
            self.items[item_id] = _Item(item_id, batch_id, start, end)
            ids.append(item_id)
        self.batches[batch_id] = ids
        return _json(
            {
                "queue_id": "default",
                "enqueued": len(ids),
                "requested": len(ids),
                "batch": {"batch_id": batch_id, "graph": batch["graph"], "runs": runs},
                "priority": 0,
                "item_ids": ids,
            }
        )

    def _batch_status(self, batch_id: str, now: float) -> httpx.Response:
        counts = dict.fromkeys(
            ("pending", "in_progress", "completed", "failed", "canceled", "waiting"), 0
        )
        for item_id in self.batches.get(batch_id, []):
            counts[self.items[item_id].status(now)] += 1
        total = sum(counts.values())
        return _json({"queue_id": "default", "batch_id": batch_id, "total": total, **counts})

    def _item_json(self, item: _Item, now: float) -> dict[str, Any]:
        answer = copy.deepcopy(_ITEM)
        answer.update(item_id=item.item_id, batch_id=item.batch_id, status=item.status(now))
        results = answer["session"]["results"]
        for node_id in results:
            results[node_id]["image"]["image_name"] = (
                f"s{self.url.rsplit(':', 1)[1]}-{item.item_id}-{node_id[:4]}.png"
            )
        return answer


class _Transport(httpx.AsyncBaseTransport):
    def __init__(self, server: FakeInvokeAI) -> None:
        self.server = server

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        waited = 0.0
        limit = (request.extensions.get("timeout") or {}).get("read") or 30.0
        while self.server.blackholed:
            await asyncio.sleep(0.05)
            waited += 0.05
            if waited >= limit:  # as httpcore would: the client's read timeout ends it
                raise httpx.ReadTimeout("black-holed", request=request)
        if self.server.down:
            raise httpx.ConnectError("connection refused", request=request)
        return self.server.answer(request)


def _json(payload: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(payload).encode(), headers={"content-type": "application/json"}
    )
