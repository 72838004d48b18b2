"""Benchmark: parse a real 20-node queue item with the generated ``SessionQueueItem`` model.

    python bench/bench_parse.py [--iterations 200] [--cold-runs 5]

Measures the first ``SessionQueueItem.from_dict`` in a fresh interpreter (cold: includes the lazy
imports of the models it needs), the warm parse and the ``to_dict()`` round trip, and checks that
the graph nodes parse to their typed classes. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "bench" / "fixtures" / "queue_item_20_nodes.json"
TARGET_MS = 2.0

sys.path[:0] = [str(REPO / "src"), str(REPO / "generated")]

# Runs in a fresh interpreter; prints [import SessionQueueItem, first from_dict] in seconds.
COLD = """
import json, sys, time
with open(sys.argv[1]) as f:
    data = json.load(f)
t0 = time.perf_counter()
from invokeai_api.models import SessionQueueItem
t1 = time.perf_counter()
SessionQueueItem.from_dict(data)
t2 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1]))
"""


def cold_ms(runs: int) -> list[tuple[float, float]]:
    paths = [str(REPO / "src"), str(REPO / "generated"), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    cmd = [sys.executable, "-c", COLD, str(FIXTURE)]
    samples = []
    for _ in range(runs):
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
        imp, parse = json.loads(out)
        samples.append((imp * 1000, parse * 1000))
    return samples


def warm_ms(fn: Callable[[], object], iterations: int) -> list[float]:
    fn()  # warm-up
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> str:
    p95 = statistics.quantiles(samples, n=20)[18]
    return f"median {statistics.median(samples):6.3f}  min {min(samples):6.3f}  p95 {p95:6.3f} ms"


def node_kinds(item: Any) -> tuple[int, int, set[str]]:
    """(typed model instances, raw dicts, class names) among session.graph.nodes."""
    nodes = item.session.graph.nodes.additional_properties.values()
    raw = sum(isinstance(node, dict) for node in nodes)
    names = {type(node).__name__ for node in nodes if not isinstance(node, dict)}
    return len(nodes) - raw, raw, names


def changed(original: dict[str, Any], round_tripped: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Top-level keys whose JSON value differs after from_dict(...).to_dict(): (before, after)."""
    again = json.loads(json.dumps(round_tripped, default=str))
    keys = sorted(original.keys() | again.keys())
    return {k: (original.get(k), again.get(k)) for k in keys if original.get(k) != again.get(k)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=200, help="warm iterations")
    parser.add_argument("--cold-runs", type=int, default=5, help="fresh interpreters for cold")
    args = parser.parse_args()
    from invokeai_api.models import SessionQueueItem

    data = json.loads(FIXTURE.read_text())
    session = data["session"]
    print(f"python      {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")
    print(f"fixture     {FIXTURE.relative_to(REPO)} ({FIXTURE.stat().st_size} bytes)")
    # A queue item has no server version field; record_queue_item.py prints it when recording.
    print(f"server      version not stored in a queue item; fixture recorded {data['created_at']}")
    graph = session["graph"]
    print(
        f"item        status={data['status']}, {len(graph['nodes'])} graph nodes, "
        f"{len(graph['edges'])} edges, {len(session['results'])} results"
    )
    print(
        f"iterations  warm {args.iterations} (after 1 warm-up), cold {args.cold_runs} subprocesses"
    )
    print(f"target      warm parse <= {TARGET_MS} ms")
    print()

    cold = cold_ms(args.cold_runs)
    imports, firsts = [c[0] for c in cold], [c[1] for c in cold]
    print(f"cold  import SessionQueueItem     median {statistics.median(imports):6.2f} ms")
    print(f"cold  first from_dict (lazy imp.) median {statistics.median(firsts):6.2f} ms")

    item = SessionQueueItem.from_dict(data)
    parse = warm_ms(lambda: SessionQueueItem.from_dict(data), args.iterations)
    dump = warm_ms(item.to_dict, args.iterations)
    trip = warm_ms(lambda: SessionQueueItem.from_dict(item.to_dict()), args.iterations)
    print(f"warm  from_dict                   {summary(parse)}")
    print(f"warm  to_dict                     {summary(dump)}")
    print(f"warm  from_dict(to_dict())        {summary(trip)}")
    verdict = "met" if statistics.median(parse) <= TARGET_MS else "NOT met"
    print(f"target warm parse <= {TARGET_MS} ms: {verdict} (median)")
    print()

    typed, raw, names = node_kinds(item)
    again = SessionQueueItem.from_dict(item.to_dict())
    typed2, raw2, names2 = node_kinds(again)
    print(f"graph nodes parsed: {typed} typed, {raw} raw dicts ({len(names)} classes)")
    print(f"  {', '.join(sorted(names))}")
    print(f"after round trip:   {typed2} typed, {raw2} raw dicts, same classes: {names == names2}")
    same_nodes = item.to_dict()["session"]["graph"] == session["graph"]
    print(f"to_dict() session.graph equals the server JSON: {same_nodes}")
    diffs = changed(data, item.to_dict())
    print(f"to_dict() top-level fields that differ from the server JSON: {len(diffs)}")
    for key, (before, after) in diffs.items():
        print(f"  {key}: {before!r} -> {after!r}")


if __name__ == "__main__":
    main()
