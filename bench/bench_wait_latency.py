"""Submit -> completed latency of the client's event-driven wait, against the floor.

The floor is what a hand-written loop gets at best: a raw ``POST enqueue_batch`` with httpx, then
``GET`` the queue item every 5 ms until it is completed. The client: ``enqueue_batch`` then
``wait_sync`` (Socket.IO events, one GET when the item is announced complete), and the async
twin. Runs alternate so that server drift affects both alike. Target: client median <= 1.1x the
floor median.

    .venv/bin/python bench/bench_wait_latency.py [--url http://127.0.0.1:PORT] [--runs 30]

Without ``--url`` a 6.14.2 server is started on loopback by scripts/invokeai_server.py (and
stopped at the end).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench._server import server_url  # noqa: E402
from invokeai_py_client import InvokeAIClient  # noqa: E402


def _graph() -> dict[str, Any]:
    # The reference graph, written inline so the bench does not depend on files outside the repo.
    nodes = {
        "blank": {
            "id": "blank",
            "type": "blank_image",
            "width": 64,
            "height": 48,
            "mode": "RGB",
            "color": {"r": 255, "g": 0, "b": 0, "a": 255},
            "is_intermediate": True,
        },
        "blur": {
            "id": "blur",
            "type": "img_blur",
            "radius": 2.0,
            "blur_type": "gaussian",
            "is_intermediate": True,
        },
        "save": {"id": "save", "type": "save_image", "is_intermediate": True},
    }
    edges = [
        {
            "source": {"node_id": "blank", "field": "image"},
            "destination": {"node_id": "blur", "field": "image"},
        },
        {
            "source": {"node_id": "blur", "field": "image"},
            "destination": {"node_id": "save", "field": "image"},
        },
    ]
    return {"graph": {"id": "bench", "nodes": nodes, "edges": edges}, "runs": 1}


def floor_once(http: httpx.Client, batch: dict[str, Any]) -> float:
    start = time.perf_counter()
    result = http.post("/api/v1/queue/default/enqueue_batch", json={"batch": batch}).json()
    item_id = result["item_ids"][0]
    while True:
        status = http.get(f"/api/v1/queue/default/i/{item_id}").json()["status"]
        if status in ("completed", "failed", "canceled"):
            break
        time.sleep(0.005)
    return time.perf_counter() - start


def client_once(client: InvokeAIClient, batch: dict[str, Any]) -> float:
    start = time.perf_counter()
    client.queue_repo.enqueue_batch(batch).wait_sync(timeout=120)
    return time.perf_counter() - start


async def client_async_once(client: InvokeAIClient, batch: dict[str, Any]) -> float:
    start = time.perf_counter()
    handle = await client.queue_repo.aenqueue_batch(batch)
    await handle.wait(timeout=120)
    return time.perf_counter() - start


def _summary(name: str, values: list[float], floor: float | None = None) -> str:
    med = statistics.median(values) * 1000
    p90 = sorted(values)[int(0.9 * (len(values) - 1))] * 1000
    ratio = f"   {med / floor:.3f}x floor" if floor else ""
    low = min(values) * 1000
    return f"{name:<28} median {med:7.1f} ms   p90 {p90:7.1f} ms   min {low:7.1f}{ratio}"


def run(url: str, runs: int) -> None:
    batch = _graph()
    floor: list[float] = []
    sync: list[float] = []
    asyn: list[float] = []
    with httpx.Client(base_url=url, timeout=60) as http, InvokeAIClient.from_url(url) as client:
        version = http.get("/api/v1/app/version").json()["version"]
        # Warm-up: imports, connection pools, the socket, the server's first run of each node.
        floor_once(http, batch)
        client_once(client, batch)

        async def async_runs() -> None:
            async with InvokeAIClient.from_url(url) as aclient:
                await client_async_once(aclient, batch)
                for _ in range(runs):
                    asyn.append(await client_async_once(aclient, batch))
                    floor.append(floor_once(http, batch))

        for _ in range(runs):
            floor.append(floor_once(http, batch))
            sync.append(client_once(client, batch))
        asyncio.run(async_runs())
    print(f"server      InvokeAI {version} at {url}")
    print(f"machine     {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")
    print(f"graph       blank_image -> img_blur -> save_image, 1 item per submit; runs {runs}")
    base = statistics.median(floor) * 1000
    print(_summary("floor (enqueue + 5 ms poll)", floor))
    print(_summary("client wait_sync (events)", sync, base))
    print(_summary("client await wait (events)", asyn, base))
    worst = max(statistics.median(sync), statistics.median(asyn)) * 1000 / base
    print(f"target <= 1.1x the floor: {'met' if worst <= 1.1 else 'NOT met'} ({worst:.3f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an InvokeAI server already running (else one is started)")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with server_url(args.url, "bench-wait") as url:
        run(url, args.runs)


if __name__ == "__main__":
    main()
