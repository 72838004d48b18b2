"""Benchmark: import time of the client packages, and how many model modules they load.

    python bench/bench_import.py [--runs 15] [--instructions] [--tree OTHER_CHECKOUT ...]

Each import runs in a fresh interpreter (``python -c ...``), so the figures include interpreter
startup; ``python -c pass`` is printed as the baseline. ``--instructions`` also counts the
instructions of each case under valgrind's callgrind: the same count whatever else the machine
is doing, where wall time on a loaded machine moves by more than the differences measured.
``--tree`` measures other checkouts too (each with its own ``.venv``, e.g. a ``git worktree`` of
an older commit), interleaved with this one, for before/after figures in one run.
Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
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
    ("import invokeai_py_client.notebook", "import invokeai_py_client.notebook"),
]

# Optional integrations the client itself must never import (they load only when used).
OPTIONAL = ("IPython", "ipywidgets", "ipykernel", "mcp", "nbclient", "invokeai_py_client.notebook")
COUNT_OPTIONAL = f"""
import json, sys
import invokeai_py_client
from invokeai_py_client import InvokeAIClient
InvokeAIClient.from_url("http://127.0.0.1:9").close()
print(json.dumps({{n: n in sys.modules for n in {OPTIONAL!r}}}))
"""

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


def env(tree: Path) -> dict[str, str]:
    paths = [str(tree / "src"), str(tree / "generated"), os.environ.get("PYTHONPATH", "")]
    # As users import: from .pyc files (the warm-up writes them). Without them every import
    # compiles its source, and the figures measure the compiler.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**base, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def python_of(tree: Path) -> str:
    return sys.executable if tree == REPO else str(tree / ".venv" / "bin" / "python")


def run(code: str, *args: str, tree: Path = REPO) -> subprocess.CompletedProcess[str]:
    cmd = [python_of(tree), "-c", code, *args]
    return subprocess.run(cmd, env=env(tree), capture_output=True, text=True, check=False)


def time_ms(code: str, runs: int, trees: list[Path]) -> dict[Path, list[float]] | None:
    """Wall time of ``runs`` fresh interpreters running ``code`` in each tree (interleaved, so
    that a change of the machine's load hits them alike), or None if it fails somewhere."""
    for tree in trees:
        if run(code, tree=tree).returncode != 0:  # also a warm-up: writes missing .pyc files
            return None
    samples: dict[Path, list[float]] = {tree: [] for tree in trees}
    for _ in range(runs):
        for tree in trees:
            start = time.perf_counter()
            run(code, tree=tree)
            samples[tree].append((time.perf_counter() - start) * 1000)
    return samples


def instructions(code: str, tree: Path) -> int | None:
    """Instructions executed by a fresh interpreter running ``code`` (callgrind), or None."""
    valgrind = shutil.which("valgrind")
    if valgrind is None or run(code, tree=tree).returncode != 0:  # the warm-up writes .pyc
        return None
    cmd = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    proc = subprocess.run(
        [*cmd, python_of(tree), "-c", code], env=env(tree), capture_output=True, text=True
    )
    found = re.search(r"Collected : (\d+)", proc.stderr)
    return int(found.group(1)) if proc.returncode == 0 and found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per case")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (callgrind)"
    )
    parser.add_argument(
        "--tree", type=Path, action="append", default=[], help="another checkout to measure"
    )
    args = parser.parse_args()
    trees = [REPO, *(tree.resolve() for tree in args.tree)]

    print(f"python   {platform.python_version()} ({sys.executable})")
    print(f"machine  {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"load     {os.getloadavg()[0]:.1f} (1-minute average)")
    print(f"runs     {args.runs} per case (after 1 discarded warm-up), wall time of `python -c`")
    for tree in trees:
        print(f"tree     {tree}")
    print()
    print(f"{'case':<66} {'median':>8} {'min':>8} {'max':>8}  (ms)")
    for label, code in CASES:
        measured = time_ms(code, args.runs, trees)
        if measured is None:
            print(f"{label:<66} not available")
            continue
        for tree, samples in measured.items():
            med, low, high = statistics.median(samples), min(samples), max(samples)
            shown = label if len(trees) == 1 else f"{label[:50]} [{tree.name}]"
            print(f"{shown:<66} {med:8.1f} {low:8.1f} {high:8.1f}")
    if args.instructions:
        print()
        print(f"{'case':<66} {'instructions':>14}")
        for label, code in CASES:
            for tree in trees:
                count = instructions(code, tree)
                shown = label if len(trees) == 1 else f"{label[:50]} [{tree.name}]"
                figure = "not available" if count is None else f"{count:14,d}"
                print(f"{shown:<66} {figure}")

    total = sum(
        1 for p in (GENERATED / "invokeai_api" / "models").glob("*.py") if p.stem != "__init__"
    )
    print()
    print(f"invokeai_api.models modules loaded (of {total} in generated/invokeai_api/models):")
    proc = run(COUNT_MODULES, str(FIXTURE))  # this tree only
    if proc.returncode != 0:
        print(f"  failed:\n{proc.stderr}")
        return
    for label, count in json.loads(proc.stdout).items():
        figure = "not available" if count is None else f"{count:5d}  ({count / total:.1%})"
        print(f"  {label:<62} {figure}")

    print()
    print("optional integrations loaded by `import invokeai_py_client` + building a client:")
    proc = run(COUNT_OPTIONAL)
    if proc.returncode != 0:
        print(f"  failed:\n{proc.stderr}")
        return
    for name, loaded in json.loads(proc.stdout).items():
        print(f"  {name:<62} {'LOADED' if loaded else 'not loaded'}")


if __name__ == "__main__":
    main()
