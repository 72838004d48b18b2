"""Faults injected by a loopback proxy between the client and a real server (``make test-live``;
a proxy's faults cannot be replayed from a cassette, so these tests run live only). The same
cases, deterministic and without a server, are in ``test_faults.py``."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from invokeai_py_client import APITimeoutError, InternalServerError, InvokeAIClient
from invokeai_py_client._core.retry import RetryPolicy
from tests._fault_proxy import FaultProxy
from tests.test_events import g1_batch

ENQUEUE = "/api/v1/queue/default/enqueue_batch"
VERSION = "/api/v1/app/version"


@pytest.fixture
def proxy(mode: str, server_url: str) -> Iterator[FaultProxy]:
    if mode != "live":
        pytest.skip("a proxy's faults cannot be replayed from a cassette: run with make test-live")
    faults = FaultProxy(server_url)
    yield faults
    faults.close()


@pytest.fixture
def through(proxy: FaultProxy) -> Iterator[Callable[..., InvokeAIClient]]:
    made: list[InvokeAIClient] = []

    def build(**kwargs: Any) -> InvokeAIClient:
        kwargs.setdefault("socketio_url", proxy.url)
        invokeai = InvokeAIClient.from_url(
            proxy.url, headers={"Connection": "close"}, max_retries=3, **kwargs
        )
        invokeai._ctx.http.policy = RetryPolicy(max_retries=3, initial_delay=0.05, max_delay=0.2)
        made.append(invokeai)
        return invokeai

    yield build
    proxy.close()  # first: a black-holed socket would hold up the clients' closing handshake
    for invokeai in made:
        invokeai.close()


def _items_of(client: InvokeAIClient, batch_id: str) -> int:
    return client.queue_repo.get_batch_status(batch_id).total


# Every enqueue carries a batch_id chosen by the client (the caller's, or a fresh uuid4 hex); the
# server lines 4.2.9, 5.15.0 and 6.14.2 all keep it, so after an unknown outcome the client asks
# for that batch (its status, then its items) instead of enqueuing again.
_UNKNOWN_OUTCOMES = [
    pytest.param(("drop_answer", {}), {}, False, id="dropped-after-receipt"),
    pytest.param(("answer_status", {"status": 502}), {}, True, id="502-after-receipt"),
    pytest.param(
        ("drop_answer", {"seconds": 3.0}), {"timeout": 1.0}, True, id="timeout-after-sending"
    ),
]


@pytest.mark.parametrize(("fault", "client_options", "caller_id"), _UNKNOWN_OUTCOMES)
def test_an_enqueue_whose_answer_is_lost_returns_its_batch_once(
    through: Callable[..., InvokeAIClient],
    proxy: FaultProxy,
    fault: tuple[str, dict[str, Any]],
    client_options: dict[str, Any],
    caller_id: bool,
) -> None:
    kind, options = fault
    rule = proxy.add(kind, "POST", ENQUEUE, **options)
    client = through(**client_options)
    batch = {**g1_batch(), "runs": 2}
    if caller_id:
        batch["batch_id"] = f"fault-proxy-{uuid.uuid4().hex}"
    handle = client.queue_repo.enqueue_batch(batch)
    assert proxy.sent("POST", ENQUEUE) == 1 and rule.hits == 1
    chosen = handle.batch_id
    assert chosen == batch.get("batch_id", chosen) and len(chosen) >= 32
    assert len(handle.item_ids) == 2
    assert _items_of(client, chosen) == 2
    items = handle.wait(timeout=60)
    assert {i.status.value for i in items} == {"completed"}
    assert {i.batch_id for i in items} == {chosen}


def test_an_enqueue_refused_before_the_server_keeps_its_error(
    through: Callable[..., InvokeAIClient], proxy: FaultProxy
) -> None:
    # The proxy answers 500 without forwarding: the client finds no such batch, the error stands.
    proxy.add("status", "POST", ENQUEUE, status=500)
    with pytest.raises(InternalServerError):
        through().queue_repo.enqueue_batch(g1_batch())
    assert proxy.sent("POST", ENQUEUE) == 1


@pytest.mark.parametrize("retry_after", [None, "soon", "0.1"])
@pytest.mark.parametrize("status", [503, 429])
def test_5xx_and_429_with_and_without_a_bad_retry_after_are_ridden_out(
    through: Callable[..., InvokeAIClient], proxy: FaultProxy, status: int, retry_after: str | None
) -> None:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    proxy.add("status", "GET", "/api/v1/boards/", status=status, headers=headers, times=2)
    client = through()
    assert isinstance(client.board_repo.list_boards(), list)
    assert proxy.sent("GET", "/api/v1/boards/") == 3


@pytest.mark.parametrize("kind", ["reset", "truncate"])
def test_a_reset_or_a_truncated_answer_is_retried(
    through: Callable[..., InvokeAIClient], proxy: FaultProxy, kind: str
) -> None:
    options: dict[str, Any] = {"keep": 40} if kind == "truncate" else {}
    proxy.add(kind, "GET", VERSION, times=2, **options)
    assert str(through().get_server_version()).count(".") == 2
    assert proxy.sent("GET", VERSION) == 3


def test_a_truncated_image_download_is_fetched_again_from_the_start(
    through: Callable[..., InvokeAIClient], proxy: FaultProxy, tmp_path: Any
) -> None:
    client = through()
    handle = client.queue_repo.enqueue_batch(g1_batch())
    item = handle.wait(timeout=60)[0]
    name = next(iter(handle.jobs()[0].image_names()))
    assert item.status.value == "completed"
    whole = client.board_repo.get_board_handle("none").download_image(name)
    proxy.add("truncate", "GET", f"/api/v1/images/i/{name}/full", keep=300, times=2)
    written = client.board_repo.get_board_handle("none").download_image_to(name, tmp_path)
    assert written.read_bytes() == whole
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_an_answer_slower_than_the_timeout_is_typed(
    through: Callable[..., InvokeAIClient], proxy: FaultProxy
) -> None:
    proxy.add("delay", "POST", "/api/v1/boards/", seconds=2.0)
    client = through(timeout=0.5)
    with pytest.raises(APITimeoutError):
        client.board_repo.create_board("fault-proxy-timeout")


@pytest.mark.destructive
def test_a_wait_whose_socket_cannot_reconnect_polls_at_once(
    through: Callable[..., InvokeAIClient], proxy: FaultProxy
) -> None:
    client = through()
    client.queue_repo.pause()
    try:
        handle = client.queue_repo.enqueue_batch(g1_batch())
        time.sleep(1.0)  # the socket opened at the enqueue is up
        proxy.cut_websockets()
        time.sleep(0.3)
        client.queue_repo.resume()
        started = time.monotonic()
        items = handle.wait(timeout=60)
        took = time.monotonic() - started
    finally:
        client.queue_repo.resume()
    assert items[0].status.value == "completed"
    # Before: one read at the drop, then one every 15 s.
    assert took < 8.0


@pytest.mark.destructive
def test_a_wait_whose_socket_is_black_holed_returns_within_seconds_of_the_end(
    through: Callable[..., InvokeAIClient], proxy: FaultProxy
) -> None:
    client = through()
    client.queue_repo.pause()
    try:
        handle = client.queue_repo.enqueue_batch(g1_batch())
        result: dict[str, Any] = {}

        def wait() -> None:
            result["items"] = handle.wait(timeout=60)
            result["returned"] = time.monotonic()

        waiter = threading.Thread(target=wait)
        waiter.start()
        time.sleep(1.0)
        # The socket stays open but carries nothing more: the client cannot tell from the
        # connection (engine.io's ping timeout is 45 s).
        proxy.blackhole_websockets()
        time.sleep(3.0)
        resumed = time.monotonic()
        client.queue_repo.resume()
        waiter.join(timeout=60)
    finally:
        client.queue_repo.resume()
    assert result["items"][0].status.value == "completed"
    assert client.queue_repo.get_item(handle.item_ids[0]).status.value == "completed"
    # Before: the item was read again only 15 s after the last read.
    assert result["returned"] - resumed < 5.0
