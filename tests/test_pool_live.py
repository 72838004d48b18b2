"""The pool against three real 6.14.2 servers on loopback (one install, separate roots and
ports), started by this test (``make test-live``; killing and black-holing servers cannot be
replayed from a cassette, so these run live only; the same rules without servers are
``test_pool.py``): one server is killed (SIGKILL) in the middle of a 60-item run and restarted,
one black-holed by the fault proxy for a while, one lacks the model the model work needs."""

from __future__ import annotations

import concurrent.futures
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import InvokeAIClient
from invokeai_py_client.pool import PoolResult, ServerPool, WorkflowJob
from invokeai_py_client.testing import server as _server
from tests import _diffusion
from tests._fault_proxy import FaultProxy
from tests.test_events import g1_batch

VERSION = "6.14.2"
ITEMS = 60


@pytest.fixture(scope="module")
def three(invokeai_mode: str) -> Iterator[list[_server.RunningServer]]:
    if invokeai_mode != "live":
        pytest.skip("servers killed and black-holed cannot be replayed: run with make test-live")
    started: list[_server.RunningServer] = []
    names = [f"pool-{os.getpid()}-{name}" for name in ("a", "b", "c")]
    try:
        with concurrent.futures.ThreadPoolExecutor(3) as starting:
            for running in starting.map(
                lambda name: _server.start(VERSION, name=name, watch_pid=os.getpid()), names
            ):
                started.append(running)
        yield started
    finally:
        for running in started:
            _server.stop(running)


def _completed_by_batch(url: str, prefix: str) -> dict[str, int]:
    with InvokeAIClient.from_url(url) as client:
        counts: dict[str, int] = {}
        for item in client.queue_repo.list_items():
            if item.batch_id.startswith(prefix) and item.status.value == "completed":
                counts[item.batch_id] = counts.get(item.batch_id, 0) + 1
        return counts


def _release(proxy: FaultProxy) -> None:
    with proxy._lock:
        proxy.rules.clear()
    proxy.websockets_blackholed = False


def _index_of(batch_id: str) -> int:
    return int(batch_id.rsplit("-", 2)[1])


def test_sixty_items_over_three_servers_survive_a_kill_and_a_black_hole(
    three: list[_server.RunningServer], tmp_path: Path
) -> None:
    a, b, c = three
    log = logging.getLogger("invokeai_py_client")
    log.setLevel(logging.INFO)
    trace = logging.FileHandler(os.environ.get("POOL_LIVE_LOG", str(tmp_path / "pool.log")))
    trace.setFormatter(logging.Formatter("%(asctime)s %(threadName)s %(message)s"))
    log.addHandler(trace)
    proxy = FaultProxy(b.url)  # b is reached only through the proxy
    killed = threading.Event()
    restarted: list[_server.RunningServer] = []

    def restart_a() -> None:
        os.killpg(a.pgid, signal.SIGKILL)
        killed.set()
        time.sleep(2.0)
        _server.stop(a)  # reap it, free its state
        again = _server.start(VERSION, name=a.name, port=a.port, watch_pid=os.getpid())
        restarted.append(again)
        three[0] = again  # the module's fixture stops the server that runs now, not the killed one

    b_client = InvokeAIClient.from_url(
        proxy.url, headers={"Connection": "close"}, socketio_url=proxy.url
    )
    results: list[PoolResult] = []
    blackholed_at: float | None = None
    try:
        with ServerPool([a.url, b_client, c.url], item_timeout=120) as pool:
            restarter = threading.Thread(target=restart_a)
            for result in pool.as_completed(
                [g1_batch() for _ in range(ITEMS)], download_to=tmp_path
            ):
                results.append(result)
                if len(results) == ITEMS // 3:
                    restarter.start()
                if len(results) == ITEMS // 2 and blackholed_at is None:
                    blackholed_at = time.monotonic()
                    for method in ("GET", "POST", "PUT"):
                        proxy.add("delay", method, "/", seconds=30.0, times=10**6)
                    proxy.blackhole_websockets()
                    threading.Timer(20.0, _release, (proxy,)).start()
            # the restarted server and the one black-holed rejoin, and get work again
            restarter.join(timeout=300)
            deadline = time.monotonic() + 120
            while len(pool.healthy()) < 3 and time.monotonic() < deadline:
                time.sleep(0.5)
            assert set(pool.healthy()) == {a.url, proxy.url, c.url}
            again = pool.run([g1_batch() for _ in range(9)])
            assert a.url in {r.server for r in again}
    finally:
        proxy.close()
        b_client.close()
    assert killed.is_set() and restarted
    assert sorted(r.index for r in results) == list(range(ITEMS))
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    assert any(r.attempts > 1 for r in results)
    # every image is there, one per item
    assert len({p.name for r in results for p in r.files}) == ITEMS
    # completed queue items of this run on the servers that still hold their queues (b, c and
    # the restarted a): an item is reported once; at most the item b was running when it went
    # silent completed a second time there
    prefix = results[0].batch_id.rsplit("-", 2)[0] + "-"  # type: ignore[union-attr]
    done = [_completed_by_batch(url, prefix) for url in (a.url, b.url, c.url)]
    per_index: dict[int, int] = {}
    for counts in done:
        for batch_id in counts:
            per_index[_index_of(batch_id)] = per_index.get(_index_of(batch_id), 0) + 1
    assert sum(1 for n in per_index.values() if n > 1) <= 2, per_index
    reported = {(r.server, r.batch_id) for r in results}
    assert len(reported) == ITEMS


@pytest.fixture(scope="module")
def tiny_sd1(three: list[_server.RunningServer], invokeai_tiny_models: dict[str, Path]) -> Any:
    b = three[1]
    with InvokeAIClient.from_url(b.url) as client:
        model = _diffusion.tiny_model(client, invokeai_tiny_models, "sd1")
        wf = _diffusion.default_workflow(client, "sd1")
        return model, wf.definition


def test_model_work_goes_only_to_the_servers_that_have_the_model(
    three: list[_server.RunningServer], tiny_sd1: Any
) -> None:
    a, b, c = three
    model, definition = tiny_sd1  # installed on b only
    with InvokeAIClient.from_url(b.url) as client:
        wf = client.workflow_repo.create_workflow(definition)
        values: dict[Any, Any] = {}
        for node_id in _diffusion.nodes_of(wf, "noise"):
            values[(node_id, "width")] = values[(node_id, "height")] = _diffusion.SIZE
        for node_id in _diffusion.nodes_of(wf, "denoise_latents"):
            values[(node_id, "steps")] = 2
        model_ref = _diffusion.model_input(wf)
        values[(model_ref.node_id, model_ref.field_name)] = _diffusion.identifier(model) | {
            "key": "a-key-from-another-machine"
        }
        prompt = _diffusion.prompt_input(wf)
    jobs = [
        WorkflowJob(definition, values={**values, (prompt.node_id, prompt.field_name): f"fox {n}"})
        for n in range(3)
    ]
    with ServerPool([a.url, b.url, c.url], item_timeout=300) as pool:
        results = pool.run([*jobs, g1_batch(), g1_batch(), g1_batch()])
    assert all(r.ok for r in results), [r.error for r in results]
    assert {r.server for r in results[:3]} == {b.url}
    assert all(r.image_names for r in results)


@pytest.mark.filterwarnings("ignore")  # Ray's own warnings at start-up
def test_the_ray_pool_survives_a_killed_server(three: list[_server.RunningServer]) -> None:
    ray = pytest.importorskip("ray")
    from invokeai_py_client.pool.ray import RayServerPool

    a, b, c = three
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        with RayServerPool([a.url, b.url, c.url], item_timeout=120) as pool:
            results = []
            for result in pool.as_completed([g1_batch() for _ in range(30)]):
                results.append(result)
                if len(results) == 10:
                    os.killpg(c.pgid, signal.SIGKILL)
    finally:
        ray.shutdown()
    assert sorted(r.index for r in results) == list(range(30))
    assert all(r.ok for r in results), [r.error for r in results]
    assert all(r.image_names for r in results), [
        (r.index, r.server, r.batch_id, len(r.items), r.attempts)
        for r in results
        if not r.image_names
    ]
    assert {r.server for r in results[10:]} <= {a.url, b.url, c.url}
    assert any(r.attempts > 1 for r in results) or all(r.server != c.url for r in results[12:])
    later = sorted(results, key=lambda r: r.index)[20:]
    assert c.url not in {r.server for r in later}
