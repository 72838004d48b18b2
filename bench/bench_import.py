"""Benchmark: import time of the client packages, and how many model modules they load.

    python bench/bench_import.py [--runs 15]

Each import runs in a fresh interpreter (``python -c ...``), so the figures include interpreter
startup; ``python -c pass`` is printed as the baseline. Prints figures, asserts nothing.
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
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "generated"
FIXTURE = REPO / "bench" / "fixtures" / "queue_item_20_nodes.json"

CASES: list[tuple[str, str]] = [
    ("python -c pass (baseline)", "pass"),
    ("import httpx, attrs (the floor of any httpx+attrs client)", "import httpx, attrs"),
    ("import invokeai_py_client", "import invokeai_py_client"),
    (
        "from invokeai_py_client import InvokeAIClient, AsyncInvokeAIClient",
        "from invokeai_py_client import InvokeAIClient, AsyncInvokeAIClient",
    ),
    ("import invokeai_api", "import invokeai_api"),
    (
        "from invokeai_api.api.queue import get_queue_item",
        "from invokeai_api.api.queue import get_queue_item",
    ),
]

# Runs in a fresh interpreter; prints how many invokeai_api.models.* modules each step has loaded.
COUNT_MODULES = """
import json, sys
def count():
    return sum(name.startswith("invokeai_api.models.") for name in sys.modules)
counts = {}
from invokeai_api.api.queue import get_queue_item
counts["after: from invokeai_api.api.queue import get_queue_item"] = count()
from invokeai_api.models import SessionQueueItem
with open(sys.argv[1]) as f:
    SessionQueueItem.from_dict(json.load(f))
counts["after: + SessionQueueItem.from_dict(<20-node queue item>)"] = count()
try:
    import invokeai_py_client
    counts["after: + import invokeai_py_client"] = count()
except ImportError:
    counts["after: + import invokeai_py_client"] = None
print(json.dumps(counts))
"""


def env() -> dict[str, str]:
    paths = [str(REPO / "src"), str(GENERATED), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", code, *args]
    return subprocess.run(cmd, env=env(), capture_output=True, text=True, check=False)


def time_ms(code: str, runs: int) -> list[float] | None:
    """Wall time of ``runs`` fresh interpreters running ``code``, or None if it fails."""
    if run(code).returncode != 0:  # also a warm-up: writes any missing .pyc files
        return None
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run(code)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per case")
    args = parser.parse_args()

    print(f"python   {platform.python_version()} ({sys.executable})")
    print(f"machine  {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"runs     {args.runs} per case (after 1 discarded warm-up), wall time of `python -c`")
    print()
    print(f"{'case':<66} {'median':>8} {'min':>8} {'max':>8}  (ms)")
    for label, code in CASES:
        samples = time_ms(code, args.runs)
        if samples is None:
            print(f"{label:<66} not available")
            continue
        med, low, high = statistics.median(samples), min(samples), max(samples)
        print(f"{label:<66} {med:8.1f} {low:8.1f} {high:8.1f}")

    total = sum(
        1 for p in (GENERATED / "invokeai_api" / "models").glob("*.py") if p.stem != "__init__"
    )
    print()
    print(f"invokeai_api.models modules loaded (of {total} in generated/invokeai_api/models):")
    proc = run(COUNT_MODULES, str(FIXTURE))
    if proc.returncode != 0:
        print(f"  failed:\n{proc.stderr}")
        return
    for label, count in json.loads(proc.stdout).items():
        figure = "not available" if count is None else f"{count:5d}  ({count / total:.1%})"
        print(f"  {label:<62} {figure}")


if __name__ == "__main__":
    main()
