"""The pool of servers, deterministic: dispatch by free capacity, results in order naming their
server, model-aware dispatch and its typed refusal, failover when a server goes down or is
black-holed (each item completed exactly once), a server that comes back rejoining, the blocking
twin and callables. Against in-process fake servers (``tests/_fake_invokeai.py``); the same
against real servers is ``test_pool_live.py``."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_py_client._core import pool as rules
from invokeai_py_client.errors import InvalidInputError, ModelUnavailableError
from invokeai_py_client.pool import AsyncServerPool, PoolProgress, ServerPool
from tests._fake_invokeai import FakeInvokeAI, model
from tests.test_events import g1_batch


@pytest.fixture(autouse=True)
def quick_health(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "HEALTH_INTERVAL_S", 0.1)
    monkeypatch.setattr(rules, "HEALTH_TIMEOUT_S", 0.3)
    monkeypatch.setattr(rules, "SILENT_DOWN_S", 0.6)


def _fakes(*slots: int, run_s: float = 0.05, **options: Any) -> list[FakeInvokeAI]:
    return [
        FakeInvokeAI(f"http://127.0.0.1:{n + 1}", slots=s, run_s=run_s, **options)
        for n, s in enumerate(slots)
    ]


@pytest.fixture
async def clients() -> AsyncIterator[Callable[[list[FakeInvokeAI]], list[AsyncInvokeAIClient]]]:
    made: list[AsyncInvokeAIClient] = []

    def build(fakes: list[FakeInvokeAI]) -> list[AsyncInvokeAIClient]:
        for fake in fakes:
            made.append(AsyncInvokeAIClient.from_url(fake.url, async_transport=fake.transport()))
        return made[-len(fakes) :]

    yield build
    for client in made:
        await client.aclose()


def _model_batch(name: str, base: str = "sd-1") -> dict[str, Any]:
    batch = g1_batch()
    batch["graph"]["nodes"]["loader"] = {
        "id": "loader",
        "type": "main_model_loader",
        "model": {
            "key": "from-another-machine",
            "hash": "",
            "name": name,
            "base": base,
            "type": "main",
        },
    }
    return batch


# ------------------------------------------------------------------------------ the rules
def test_the_least_loaded_server_with_a_free_place_gets_the_next_item() -> None:
    loads = [rules.ServerLoad("a", slots=1, inflight=1), rules.ServerLoad("b", slots=2, inflight=1)]
    assert rules.pick_server(loads, [True, True]) == 1
    loads[1].inflight = 4  # full: two per slot
    assert rules.pick_server(loads, [True, True]) == 0
    loads[0].inflight = 2
    assert rules.pick_server(loads, [True, True]) is None
    loads[0].inflight, loads[0].healthy = 0, False
    assert rules.pick_server(loads, [True, True]) is None


def test_slots_come_from_the_device_options_else_one() -> None:
    assert rules.slots_of(None) == 1
    assert rules.slots_of([]) == 1
    assert rules.slots_of([{"device": "cuda:0"}, {"device": "cuda:1"}]) == 2


def test_a_model_is_matched_by_key_then_hash_then_name_and_base() -> None:
    installed = [model("tiny", key="k1"), model("tiny", base="sdxl", key="k2")]
    assert rules.match_model({"key": "k2", "name": "x", "base": "y"}, installed)["key"] == "k2"
    ref = {"key": "other", "hash": "h-tiny", "name": "tiny", "base": "sd-1"}
    assert rules.match_model(ref, installed)["key"] == "k1"
    ref = {"key": "other", "hash": "", "name": "tiny", "base": "sdxl", "type": "main"}
    assert rules.match_model(ref, installed)["key"] == "k2"
    assert rules.match_model({"key": "o", "name": "tiny", "base": "flux"}, installed) is None
    mapped = rules.map_models(_model_batch("tiny", "sdxl"), installed)
    assert mapped["graph"]["nodes"]["loader"]["model"]["key"] == "k2"


def test_results_are_handed_back_in_order_as_they_arrive() -> None:
    order = rules.InOrder()
    assert order.add(1, "b") == []
    assert order.add(0, "a") == ["a", "b"]
    assert order.add(2, "c") == ["c"]


# ------------------------------------------------------------------------------ the pool
async def test_work_is_spread_by_free_capacity_and_returned_in_order(clients: Any) -> None:
    fakes = _fakes(1, 2)
    seen: list[PoolProgress] = []
    async with AsyncServerPool(clients(fakes), on_progress=seen.append) as pool:
        assert pool.slots() == {fakes[0].url: 1, fakes[1].url: 2}
        results = await pool.run([g1_batch() for _ in range(12)])
    assert [r.index for r in results] == list(range(12))
    assert all(r.ok and len(r.items) == 1 for r in results)
    assert {r.server for r in results} == {f.url for f in fakes}
    # the server with two slots ran about twice as many
    assert fakes[1].completed() > fakes[0].completed() >= 2
    assert sum(f.completed() for f in fakes) == 12
    assert seen[-1].completed == 12 and seen[-1].running == 0


async def test_a_graph_alone_and_a_callable_are_run_too(clients: Any) -> None:
    fakes = _fakes(1)

    async def version(client: AsyncInvokeAIClient) -> str:
        return str(await client.get_server_version())

    async with AsyncServerPool(clients(fakes)) as pool:
        results = await pool.run([g1_batch()["graph"], version])
    assert results[0].ok and results[0].batch_id and results[0].image_names
    assert results[1].value == "6.14.2" and results[1].server == fakes[0].url


async def test_a_typed_graph_is_built_for_the_server_that_runs_it(clients: Any) -> None:
    from invokeai_py_client.nodes import Graph
    from invokeai_py_client.nodes.stock import BlankImage, SaveImage

    fakes = _fakes(1)
    graph = Graph(SaveImage(image=BlankImage(width=8, height=8).out.image, id="save"))
    async with AsyncServerPool(clients(fakes)) as pool:
        results = await pool.run([graph, graph])
    assert all(r.ok for r in results)
    assert [set(g["nodes"]) for g in fakes[0].enqueued_graphs] == [
        set(graph.to_dict()["nodes"])
    ] * 2


async def test_work_goes_only_where_its_model_is_with_the_key_mapped(clients: Any) -> None:
    fakes = _fakes(1, 1)
    fakes[1].models = [model("tiny", key="key-on-b")]
    async with AsyncServerPool(clients(fakes)) as pool:
        results = await pool.run([_model_batch("tiny") for _ in range(4)])
    assert {r.server for r in results} == {fakes[1].url}
    assert fakes[0].items == {}
    assert {g["nodes"]["loader"]["model"]["key"] for g in fakes[1].enqueued_graphs} == {"key-on-b"}


async def test_work_no_server_can_run_fails_at_once_naming_what_is_missing(clients: Any) -> None:
    fakes = _fakes(1, 1)
    fakes[0].models = [model("tiny", base="sdxl")]
    async with AsyncServerPool(clients(fakes)) as pool:
        with pytest.raises(ModelUnavailableError) as caught:
            await pool.run([g1_batch(), _model_batch("tiny")])
    assert caught.value.index == 1
    assert set(caught.value.missing) == {f.url for f in fakes}
    assert "'tiny' (sd-1, main)" in str(caught.value)
    assert all(f.items == {} for f in fakes)  # nothing was sent


def test_bad_work_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(InvalidInputError):
        AsyncServerPool([])
    fake = _fakes(1)[0]
    client = InvokeAIClient.from_url(fake.url)
    with ServerPool([client]) as pool, pytest.raises(InvalidInputError):
        pool.run([{"neither": "graph"}])
    client.close()


async def test_a_server_that_goes_down_has_its_items_run_elsewhere_once(clients: Any) -> None:
    fakes = _fakes(1, 1, 1, run_s=0.1)
    async with AsyncServerPool(clients(fakes)) as pool:
        results = []
        async for result in pool.as_completed([g1_batch() for _ in range(30)]):
            results.append(result)
            if len(results) == 10:
                fakes[0].down = True  # killed: its queue is lost
            if len(results) == 14:
                fakes[1].blackholed = True  # answers nothing, keeps working
    assert sorted(r.index for r in results) == list(range(30))
    assert all(r.ok for r in results)
    assert any(r.attempts > 1 for r in results)
    later = [r for r in results if r.index >= 20]
    assert {r.server for r in later} == {fakes[2].url}
    # every item completed exactly once on the servers the pool still counts (the killed one's
    # queue is gone; the black-holed one keeps the items it had finished before)
    reported = {(r.server, r.batch_id) for r in results}
    assert len(reported) == 30


async def test_a_black_holed_server_that_comes_back_has_its_duplicate_cancelled(
    clients: Any,
) -> None:
    fakes = _fakes(1, 1, run_s=0.3)
    async with AsyncServerPool(clients(fakes)) as pool:
        results = []
        async for result in pool.as_completed([g1_batch() for _ in range(8)]):
            results.append(result)
            if len(results) == 2:
                fakes[0].blackholed = True
                await asyncio.sleep(1.5)
                fakes[0].blackholed = False
    assert sorted(r.index for r in results) == list(range(8))
    total_completed = sum(f.completed() for f in fakes)
    # the black-holed server finished what it held (its running and its queued item: it could
    # not be told otherwise); each item was reported once, and any other copy was cancelled
    assert total_completed <= 8 + rules.ITEMS_PER_SLOT
    assert fakes[0].url in pool.healthy()


async def test_a_restarted_server_rejoins(clients: Any) -> None:
    fakes = _fakes(1, 1, run_s=0.05)
    async with AsyncServerPool(clients(fakes)) as pool:
        fakes[0].down = True
        await asyncio.sleep(0.6)
        assert pool.healthy() == [fakes[1].url]
        fakes[0].restart()
        await asyncio.sleep(0.4)
        assert set(pool.healthy()) == {f.url for f in fakes}
        results = await pool.run([g1_batch() for _ in range(8)])
    assert {r.server for r in results} == {f.url for f in fakes}


def test_the_blocking_pool_runs_blocking_callables_and_downloads_nothing_by_default(
    tmp_path: Path,
) -> None:
    fakes = _fakes(1, 1)
    made = [
        InvokeAIClient.from_url(f.url, transport=_sync_transport(f), async_transport=f.transport())
        for f in fakes
    ]

    def version(client: InvokeAIClient) -> str:
        return str(client.get_server_version())

    started = time.monotonic()
    with ServerPool(made) as pool:
        results = list(pool.in_order([g1_batch(), version, g1_batch()]))
    assert [r.index for r in results] == [0, 1, 2]
    assert results[1].value == "6.14.2"
    assert results[0].ok and results[2].ok and not results[0].files
    assert time.monotonic() - started < 30
    for client in made:
        client.close()


def _sync_transport(fake: FakeInvokeAI) -> Any:
    import httpx

    return httpx.MockTransport(fake.answer)


# ------------------------------------------------------------------------------ the CLI
FORM = Path(__file__).parent / "workflows" / "blank_blur_save_form.json"


def test_the_cli_spreads_a_run_over_every_url_with_one_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from invokeai_py_client.cli import main

    fakes = {f.url: f for f in _fakes(1, 1)}

    def factory(url: str | None, api_key: str | None) -> InvokeAIClient:
        assert url in fakes
        fake = fakes[url]
        return InvokeAIClient.from_url(
            url, transport=_sync_transport(fake), async_transport=fake.transport()
        )

    urls = [arg for url in fakes for arg in ("--url", url)]
    args = ["run", str(FORM), "--batch", "Width=16,24,32,40", "--runs", "2", "--out", str(tmp_path)]
    code = main([*urls, "--json", *args], client_factory=factory)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    items = json.loads(captured.out)["items"]
    assert [i["index"] for i in items] == list(range(8))
    assert {i["server"] for i in items} == set(fakes)
    assert all(i["status"] == "completed" and i["images"] for i in items)
    assert all(Path(p).parent == tmp_path for i in items for p in i["images"])
    assert sum(f.completed() for f in fakes.values()) == 8
    code = main([*urls, *args], client_factory=factory)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "8 queue item(s) over 2 servers" in captured.err


def test_the_pool_never_imports_ray() -> None:
    import subprocess
    import sys

    code = "import sys, invokeai_py_client, invokeai_py_client.pool;print('ray' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
