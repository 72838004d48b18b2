"""The client's own CPU and memory per queue item, as the batch grows: one batch of N runs of a
model-free GUI workflow through ``submit_sync`` + ``wait_for_batch_sync``, and the same N items
through a one-server ``ServerPool``, against a fast in-process fake server
(``tests/_fake_invokeai.py``: answers copied from a recorded 6.14.2, items done in ``--run-ms``).
The fake's own CPU (measured in its handler) is subtracted; it has no Socket.IO, so the wait
polls. Each size runs in a fresh process (peak RSS is per process).

Targets (issue 23): CPU per item within 1.2x from 100 to 10,000 items, at most 2 ms per item;
peak memory growing at most linearly (bytes per item).

    .venv/bin/python bench/bench_client_cpu.py [--sizes 100,1000,10000] [--run-ms 0.5]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FORM = REPO / "tests" / "workflows" / "blank_blur_save_form.json"


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(n: int, run_ms: float, how: str, read_all: bool = False) -> dict[str, float]:
    import httpx

    if read_all:  # the waits as they were: every pending item read at every poll
        from invokeai_py_client._backends import _waits

        assert _waits._read.__kwdefaults__ is not None
        _waits._read.__kwdefaults__["ahead"] = None

    from invokeai_py_client import InvokeAIClient
    from invokeai_py_client.workflow import WorkflowDefinition
    from tests._fake_invokeai import FakeInvokeAI

    fake = FakeInvokeAI("http://127.0.0.1:1", run_s=run_ms / 1000)
    client = InvokeAIClient.from_url(
        fake.url, transport=httpx.MockTransport(fake.answer), async_transport=fake.transport()
    )
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    client.get_server_version()
    wf.submit_sync(runs=1)  # warm: lazy imports, the (refused) socket, the first parse
    wf.wait_for_batch_sync(timeout=None)
    fake.log.clear()
    base_rss = _rss_kb()
    fake.cpu_s = 0.0
    cpu0, wall0 = time.process_time(), time.monotonic()
    if how == "wait":
        wf.submit_sync(runs=n)
        items = wf.wait_for_batch_sync(timeout=None)
        assert len(items) == n and all(i.status.value == "completed" for i in items)
    else:
        from invokeai_py_client.pool import ServerPool

        batch = wf.build_batch()
        with ServerPool([client]) as pool:
            results = pool.run(dict(batch) for _ in range(n))
        assert len(results) == n and all(r.ok for r in results)
    cpu = time.process_time() - cpu0 - fake.cpu_s
    wall = time.monotonic() - wall0
    client.close()
    return {
        "n": n,
        "client_cpu_s": cpu,
        "server_cpu_s": fake.cpu_s,
        "wall_s": wall,
        "requests": len(fake.log),
        "rss_growth_kb": _rss_kb() - base_rss,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--run-ms", type=float, default=0.5)
    parser.add_argument("--how", default="wait,pool", help="wait (submit + wait) and/or pool")
    parser.add_argument(
        "--read-all", action="store_true", help="read every pending item at each poll (before)"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.run_ms, args.how, args.read_all)))
        return
    before = " (reading every pending item at each poll, as before)" if args.read_all else ""
    print(
        f"python {platform.python_version()}, {platform.machine()}, fake server item "
        f"{args.run_ms} ms{before}"
    )
    print(
        f"{'how':5} {'items':>6} {'client CPU s':>12} {'ms/item':>8} {'requests':>9} "
        f"{'req/item':>8} {'peak RSS +MB':>12} {'bytes/item':>10} {'wall s':>7}"
    )
    for how in args.how.split(","):
        for n in (int(s) for s in args.sizes.split(",")):
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    str(n),
                    "--run-ms",
                    str(args.run_ms),
                    "--how",
                    how,
                    *(["--read-all"] if args.read_all else []),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(
                f"{how:5} {n:>6} {r['client_cpu_s']:>12.2f} {1000 * r['client_cpu_s'] / n:>8.2f} "
                f"{r['requests']:>9} {r['requests'] / n:>8.2f} {r['rss_growth_kb'] / 1024:>12.1f} "
                f"{1024 * r['rss_growth_kb'] / n:>10.0f} {r['wall_s']:>7.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
