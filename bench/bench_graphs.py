"""Benchmark: the node builders and graphs (nodes/).

    python bench/bench_graphs.py [--runs 15]

Prints: import time of ``import invokeai_py_client`` against ``import httpx, attrs`` (each in a
fresh interpreter, so interpreter start-up is included), loading the builders cold (``import
invokeai_py_client.nodes.stock`` after the client, fresh interpreter), building a 50-node graph
and serialising it warm (median of many), and the size of the generated code. Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STOCK = REPO / "src" / "invokeai_py_client" / "nodes" / "stock"

TIMED = """
import time, sys
t0 = time.perf_counter()
{setup}
t1 = time.perf_counter()
{code}
t2 = time.perf_counter()
print((t1 - t0) * 1000, (t2 - t1) * 1000)
"""


def fresh(setup: str, code: str, runs: int) -> tuple[float, float]:
    firsts, seconds = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", TIMED.format(setup=setup, code=code)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        firsts.append(float(out[0]))
        seconds.append(float(out[1]))
    return statistics.median(firsts), statistics.median(seconds)


def build_50() -> dict[str, object]:
    from invokeai_py_client.nodes import Graph
    from invokeai_py_client.nodes.stock import AddIntegers, MultiplyIntegers

    node = AddIntegers(a=1, b=2)
    nodes = [node]
    for i in range(49):
        node = (MultiplyIntegers if i % 2 else AddIntegers)(a=node.out.value, b=i)
        nodes.append(node)
    return Graph(node).to_dict()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    floor, _ = fresh("import httpx, attrs", "pass", args.runs)
    client, _ = fresh("import invokeai_py_client", "pass", args.runs)
    _, nodes = fresh("import invokeai_py_client", "import invokeai_py_client.nodes", args.runs)
    _, stock = fresh(
        "import invokeai_py_client.nodes",
        "from invokeai_py_client.nodes.stock import *",
        args.runs,
    )
    _, one = fresh(
        "import invokeai_py_client.nodes",
        "from invokeai_py_client.nodes.stock import BlurImage",
        args.runs,
    )
    files = len(list(STOCK.glob("*.py")))
    rows = [
        ("import httpx, attrs", f"{floor:8.1f} ms (median of {args.runs} fresh interpreters)"),
        ("import invokeai_py_client", f"{client:8.1f} ms"),
        ("  then import invokeai_py_client.nodes", f"{nodes:8.1f} ms (the graph, no builder)"),
        ("  then every builder (cold)", f"{stock:8.1f} ms (all {files} modules)"),
        ("  then one builder (cold)", f"{one:8.1f} ms (BlurImage: its category)"),
    ]
    for label, figure in rows:
        print(f"{label:<40}{figure}")
    build_50()
    timings = []
    for _ in range(200):
        t0 = time.perf_counter()
        graph = build_50()
        timings.append((time.perf_counter() - t0) * 1000)
    edges = graph["edges"]
    assert isinstance(edges, list)
    warm = f"{statistics.median(timings):8.3f} ms warm (median of 200; {len(edges)} edges)"
    print(f"{'build + serialise a 50-node graph':<40}{warm}")
    lines = sum(len(p.read_text().splitlines()) for p in STOCK.glob("*.py"))
    print(f"{'generated code':<40}{files} files, {lines} lines")


if __name__ == "__main__":
    main()
