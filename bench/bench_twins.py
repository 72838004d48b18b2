"""Benchmark: the two twins on one real server.

    python bench/bench_twins.py [--url http://127.0.0.1:9090] [--workflows 200] [--calls 200]

1. ``--workflows`` submissions and waits of a model-free GUI workflow (blank -> blur -> save):
   through ``AsyncInvokeAIClient`` all at once (``asyncio.gather``), and through
   ``InvokeAIClient`` one after another. The server runs its queue one item at a time, so the
   async figure shows what overlapping the client's own work (requests, waits) saves.
2. Per-call overhead: ``list_boards`` through each client against a raw ``httpx`` GET of the same
   route, ``--calls`` times each, interleaved in rounds so that load on the machine hits all alike.

Without ``--url`` a server of the newest line is started on loopback for the run. Prints
figures, asserts nothing.
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

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench._server import server_url  # noqa: E402
from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient  # noqa: E402
from invokeai_py_client.workflow import WorkflowDefinition  # noqa: E402

WORKFLOW = REPO / "tests" / "workflows" / "blank_blur_save_form.json"


def sync_workflows(url: str, count: int) -> float:
    definition = WorkflowDefinition.from_file(WORKFLOW)
    with InvokeAIClient.from_url(url) as client:
        client.workflow_repo.create_workflow(definition)  # node schemas read before timing
        start = time.perf_counter()
        for _ in range(count):
            wf = client.workflow_repo.create_workflow(definition)
            wf.submit_sync()
            wf.wait_for_completion_sync(timeout=600)
        return time.perf_counter() - start


async def async_workflows(url: str, count: int) -> float:
    definition = WorkflowDefinition.from_file(WORKFLOW)
    async with AsyncInvokeAIClient.from_url(url) as client:
        await client.workflow_repo.create_workflow(definition)

        async def one() -> None:
            wf = await client.workflow_repo.create_workflow(definition)
            await wf.submit()
            await wf.wait_for_completion(timeout=600)

        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(count)))
        return time.perf_counter() - start


def overhead(url: str, calls: int, rounds: int = 5) -> dict[str, tuple[float, float]]:
    """Median seconds per call of each way to list boards: wall time, and the CPU time of this
    process (the client's own work, which the machine's load moves much less than wall time)."""
    per_round = max(1, calls // rounds)
    samples: dict[str, list[tuple[float, float]]] = {
        "raw httpx": [],
        "InvokeAIClient": [],
        "Async": [],
    }

    def clock() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def per_call(start: tuple[float, float]) -> tuple[float, float]:
        wall, cpu = clock()
        return (wall - start[0]) / per_round, (cpu - start[1]) / per_round

    async def async_calls(client: AsyncInvokeAIClient) -> tuple[float, float]:
        start = clock()
        for _ in range(per_round):
            await client.board_repo.list_boards()
        return per_call(start)

    with (
        httpx.Client(base_url=url) as raw,
        InvokeAIClient.from_url(url) as client,
    ):
        aclient = AsyncInvokeAIClient.from_url(url)
        loop = asyncio.new_event_loop()
        try:
            raw.get("/api/v1/boards/", params={"all": "true"})
            client.board_repo.list_boards()
            loop.run_until_complete(aclient.board_repo.list_boards())
            for _ in range(rounds):
                start = clock()
                for _ in range(per_round):
                    raw.get("/api/v1/boards/", params={"all": "true"}).json()
                samples["raw httpx"].append(per_call(start))
                start = clock()
                for _ in range(per_round):
                    client.board_repo.list_boards()
                samples["InvokeAIClient"].append(per_call(start))
                samples["Async"].append(loop.run_until_complete(async_calls(aclient)))
        finally:
            loop.run_until_complete(aclient.close())
            loop.close()
    return {
        name: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
        for name, values in samples.items()
    }


def run(url: str, workflows: int, calls: int) -> None:
    print(f"python   {platform.python_version()}, {os.cpu_count()} cores, server {url}")
    print()
    print(f"1) {workflows} workflow submissions + waits (blank -> blur -> save)")
    sequential = sync_workflows(url, workflows)
    concurrent = asyncio.run(async_workflows(url, workflows))
    print(f"   InvokeAIClient, one after another : {sequential:8.2f} s")
    print(f"   AsyncInvokeAIClient, concurrently : {concurrent:8.2f} s")
    print(f"   ratio sync / async                : {sequential / concurrent:8.2f}x")
    print()
    print(f"2) list_boards, {calls} calls each (median per call; wall, and client CPU)")
    figures = overhead(url, calls)
    wall_base, cpu_base = figures["raw httpx"]
    for name, (wall, cpu) in figures.items():
        print(
            f"   {name:<16} wall {wall * 1000:8.3f} ms {wall / wall_base:6.3f}x raw httpx"
            f"   CPU {cpu * 1000:8.3f} ms {cpu / cpu_base:6.3f}x raw httpx"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an InvokeAI server already running (else one is started)")
    parser.add_argument("--workflows", type=int, default=200)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    with server_url(args.url, "bench-twins") as url:
        run(url, args.workflows, args.calls)


if __name__ == "__main__":
    main()
