"""Submit -> completed latency of a real text-to-image (the tiny SD-1 model, 64x64, 3 steps)
through the client, against the floor on the same server.

The floor: a raw ``POST enqueue_batch`` with httpx, then ``GET`` the queue item every 5 ms until
it has ended. The client: ``queue_repo.enqueue_batch(...).wait()`` (Socket.IO events, one GET
when the item is announced complete). Runs alternate so that server drift affects both alike.
Target: client median <= 1.1x the floor median.

    .venv/bin/python bench/bench_t2i_latency.py [--url http://127.0.0.1:PORT] [--runs 15]

Without ``--url`` a 6.14.2 server is started on loopback (and stopped at the end); the tiny
model is built when missing (scripts/tiny_models.py) and installed in place.
"""

from __future__ import annotations

import argparse
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
from scripts import tiny_models  # noqa: E402

FINAL = ("completed", "failed", "canceled")


def install_tiny_sd1(client: InvokeAIClient) -> dict[str, Any]:
    source = str(tiny_models.ensure_linked(["sd1"])["sd1"])
    found = [m for m in client.dnn_model_repo.list_models(type="main") if m.source == source]
    if not found:
        info = client.dnn_model_repo.install_model(source, inplace=True).wait_until(300)
        assert info.model_key is not None
        found = [client.dnn_model_repo.get_model(info.model_key)]
    model = found[0]
    return {"key": model.key, "hash": model.hash_, "name": model.name}


def floor_once(http: httpx.Client, batch: dict[str, Any]) -> float:
    start = time.perf_counter()
    result = http.post("/api/v1/queue/default/enqueue_batch", json={"batch": batch}).json()
    batch_id = result["batch"]["batch_id"]
    item_ids = result.get("item_ids")
    if not item_ids:  # servers before 6.0 do not say which items they created
        listed = http.get("/api/v1/queue/default/list", params={"limit": 1000}).json()["items"]
        item_ids = [i["item_id"] for i in listed if i["batch_id"] == batch_id]
    while http.get(f"/api/v1/queue/default/i/{item_ids[0]}").json()["status"] not in FINAL:
        time.sleep(0.005)
    return time.perf_counter() - start


def client_once(client: InvokeAIClient, batch: dict[str, Any]) -> float:
    start = time.perf_counter()
    client.queue_repo.enqueue_batch(batch).wait(timeout=300)
    return time.perf_counter() - start


def _summary(name: str, values: list[float], floor: float | None = None) -> str:
    med = statistics.median(values) * 1000
    p90 = sorted(values)[int(0.9 * (len(values) - 1))] * 1000
    ratio = f"   {med / floor:.3f}x floor" if floor else ""
    low = min(values) * 1000
    return f"{name:<22} median {med:8.1f} ms   p90 {p90:8.1f} ms   min {low:8.1f}{ratio}"


def run(url: str, runs: int) -> None:
    floor: list[float] = []
    measured: list[float] = []
    with httpx.Client(base_url=url, timeout=120) as http, InvokeAIClient.from_url(url) as client:
        version = http.get("/api/v1/app/version").json()["version"]
        batch = tiny_models.t2i_payload("sd1", install_tiny_sd1(client))["batch"]
        floor_once(http, batch)  # warm-up: model loading, the socket, the pools
        client_once(client, batch)
        for _ in range(runs):
            measured.append(client_once(client, batch))
            floor.append(floor_once(http, batch))
    floor_median = statistics.median(floor) * 1000
    print(f"InvokeAI {version} at {url}; {runs} runs each; Python {platform.python_version()}")
    print("tiny SD-1 text-to-image, 64x64, 3 steps")
    print(_summary("raw enqueue + 5 ms poll", floor))
    print(_summary("client enqueue + wait", measured, floor_median))
    ratio = statistics.median(measured) * 1000 / floor_median
    print(f"target <= 1.1x: {'met' if ratio <= 1.1 else 'NOT met'} ({ratio:.3f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server (else a 6.14.2 is started here)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with server_url(args.url, "bench-t2i") as url:
        run(url, args.runs)


if __name__ == "__main__":
    main()
