"""Socket.IO: the spec's session helpers, typed events in order, reconnects, and cleanup.

The events come from a real server when recording (or live) and from the recording beside each
cassette when replaying.
"""

from __future__ import annotations

import asyncio
import gc
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from invokeai_api.models import (
    InvocationCompleteEvent,
    InvocationStartedEvent,
    QueueItemStatusChangedEvent,
)

from invokeai_py_client import AsyncInvokeAIClient, EventConnectionError, InvokeAIClient
from invokeai_py_client.events import RawEvent, event_name, parse_event
from tests._proxy import CuttableProxy

GRAPHS = Path(__file__).parent / "graphs"


def g1_batch() -> dict[str, Any]:
    """blank_image -> img_blur -> img_resize -> save_image (the reference graph g1)."""
    document = json.loads((GRAPHS / "g1_blank_blur_resize_save.json").read_text())
    return dict(document["batch"])


def _no_client_tasks_left() -> list[asyncio.Task[Any]]:
    current = asyncio.current_task()
    return [t for t in asyncio.all_tasks() if t is not current and not t.done()]


@pytest.mark.smoke
async def test_events_of_a_graph_arrive_typed_and_in_order(aclient: AsyncInvokeAIClient) -> None:
    async with aclient.socketio_session() as sio:
        assert sio.connected
        handle = await aclient.queue_repo.enqueue_batch(g1_batch())
        item_id = handle.item_ids[0]
        names: list[str] = []
        async with aclient.events.stream(item_id=item_id, replay_recent=True) as events:
            async for event in events:
                names.append(event_name(event))
                if isinstance(event, QueueItemStatusChangedEvent):
                    assert event.item_id == item_id
                    if event.status.value == "completed":
                        break
                elif isinstance(event, InvocationStartedEvent | InvocationCompleteEvent):
                    assert event.item_id == item_id
                    assert event.invocation_source_id in {"blank", "blur", "resize", "save"}
    nodes_done = [n for n in names if n == "invocation_complete"]
    assert len(nodes_done) == 4
    # Every node starts before it completes, and the item completes after its last node.
    assert names.index("invocation_started") < names.index("invocation_complete")
    assert names[-1] == "queue_item_status_changed"
    assert "in_progress" not in names  # status names are in the payload, not the event name
    assert not _no_client_tasks_left()


async def test_source_node_order_matches_the_graph(aclient: AsyncInvokeAIClient) -> None:
    completed: list[str] = []

    async def on_complete(event: InvocationCompleteEvent) -> None:
        completed.append(event.invocation_source_id)

    aclient.events.on(InvocationCompleteEvent, on_complete)
    await aclient.connect_socketio()
    try:
        handle = await aclient.queue_repo.enqueue_batch(g1_batch())
        await handle.wait(timeout=60)
        # The waiter returns on the status event, which follows the last node's completion.
        assert completed == ["blank", "blur", "resize", "save"]
    finally:
        await aclient.disconnect_socketio()


async def test_spec_example_raw_handlers_coexist_with_typed_ones(
    aclient: AsyncInvokeAIClient,
) -> None:
    raw_statuses: list[str] = []
    typed_statuses: list[str] = []
    aclient.events.on("queue_item_status_changed", lambda e: typed_statuses.append(e.status.value))
    async with aclient.socketio_session() as sio:
        await sio.emit("subscribe_queue", {"queue_id": "default"})

        @sio.on("queue_item_status_changed")  # type: ignore[misc]
        async def on_status(evt: dict[str, Any]) -> None:
            raw_statuses.append(evt.get("status", "?"))

        handle = await aclient.queue_repo.enqueue_batch(g1_batch())
        await handle.wait(timeout=60)
        await sio.emit("unsubscribe_queue", {"queue_id": "default"})
    assert raw_statuses == ["in_progress", "completed"]
    assert typed_statuses == ["in_progress", "completed"]


async def test_socketio_session_closes_everything(aclient: AsyncInvokeAIClient) -> None:
    async with aclient.socketio_session() as sio:
        assert sio.connected
        assert aclient.events.connected
    assert not aclient.events.connected
    assert not _no_client_tasks_left()
    # A second session works after the first closed.
    async with aclient.socketio_session() as again:
        assert again.connected
    assert not _no_client_tasks_left()


def test_close_disconnects_the_sync_socket(client: InvokeAIClient) -> None:
    handle = client.queue_repo.enqueue_batch(g1_batch())
    handle.wait(timeout=60)
    bridge = client._shared.sync_events
    assert bridge.session is not None and bridge.session.connected
    client.close()
    assert bridge.session is None
    assert not client._shared.portal.running
    assert not any(t.name == "invokeai-py-client-events" for t in threading.enumerate())


@pytest.mark.smoke
def test_sync_wait_calls_progress_in_the_callers_thread(client: InvokeAIClient) -> None:
    caller = threading.get_ident()
    seen: list[tuple[str, int]] = []
    handle = client.queue_repo.enqueue_batch(g1_batch())
    items = handle.wait(
        timeout=60, on_progress=lambda e: seen.append((event_name(e), threading.get_ident()))
    )
    assert items[0].status.value == "completed"
    assert {thread for _, thread in seen} == {caller}
    names = [name for name, _ in seen]
    assert names.count("invocation_complete") == 4
    assert names[-1] == "queue_item_status_changed"


async def test_reconnects_and_resubscribes_after_the_connection_drops(
    make_async_client: Callable[..., AsyncInvokeAIClient], socket_target: str
) -> None:
    proxy = CuttableProxy(socket_target)
    client = make_async_client(socketio_url=proxy.url)
    try:
        await client.connect_socketio()
        session = client.events
        cut_done = asyncio.Event()

        def cut_after_first_node(event: InvocationCompleteEvent) -> None:
            if not cut_done.is_set():
                proxy.cut()
                cut_done.set()

        session.on(InvocationCompleteEvent, cut_after_first_node)
        handle = await client.queue_repo.enqueue_batch(g1_batch())
        items = await handle.wait(timeout=60)
        assert items[0].status.value == "completed"
        assert cut_done.is_set()
        for _ in range(200):  # the reconnect runs in the background
            if session.connect_count >= 2 and session.connected:
                break
            await asyncio.sleep(0.05)
        assert session.disconnect_count >= 1
        assert session.connect_count >= 2 and session.connected
        assert proxy.accepted >= 2
        # Subscribed again: events of a new item arrive on the new connection.
        again = await client.queue_repo.enqueue_batch(g1_batch())
        async with session.stream(item_id=again.item_ids[0]) as events:
            await again.wait(timeout=60)
            first = await events.get(timeout=10)
        assert first is not None and not isinstance(first, RawEvent)
    finally:
        await client.close()
        proxy.close()


@pytest.mark.multiuser
async def test_multiuser_server_refuses_a_socket_without_token(
    aclient: AsyncInvokeAIClient,
) -> None:
    with pytest.raises(EventConnectionError, match=r"cannot open Socket\.IO"):
        await aclient.connect_socketio()
    assert not _no_client_tasks_left()


def test_unknown_events_pass_through_raw() -> None:
    name, event = parse_event("some_future_event", {"x": 1})
    assert (name, event) == ("some_future_event", RawEvent("some_future_event", {"x": 1}))
    name, event = parse_event("queue_item_status_changed", {"status": "teleported"})
    assert isinstance(event, RawEvent) and event.data == {"status": "teleported"}


@pytest.mark.multiuser
async def test_multiuser_socket_uses_the_login_token(aclient: AsyncInvokeAIClient) -> None:
    from scripts.invokeai_server import ADMIN_EMAIL, ADMIN_PASSWORD

    await aclient.login(ADMIN_EMAIL, ADMIN_PASSWORD)
    sio = await aclient.connect_socketio()
    assert sio.connected
    seen: list[str] = []
    # Multi-user servers save images only to boards the user may write to.
    board = await aclient.board_repo.create_board("socket-test")
    batch = g1_batch()
    for node in batch["graph"]["nodes"].values():
        node["board"] = {"board_id": board.board_id}
    try:
        handle = await aclient.queue_repo.enqueue_batch(batch)
        items = await handle.wait(timeout=60, on_progress=lambda e: seen.append(event_name(e)))
    finally:
        await aclient.board_repo.delete_board_result(board.board_id, delete_images=True)
    assert items[0].status.value == "completed"
    assert seen.count("invocation_complete") == 4
    assert seen[-1] == "queue_item_status_changed"


def test_sockets_opened_inside_asyncio_run_close_with_its_loop(
    make_client: Callable[..., InvokeAIClient],
) -> None:
    clients = [make_client() for _ in range(3)]

    async def use() -> None:
        for invokeai in clients:
            assert (await invokeai.connect_socketio()).connected

    asyncio.run(use())  # ends (and closes its loop) with the sockets still open
    for invokeai in clients:
        assert not invokeai.events.connected
        invokeai.close()  # nothing is left that only the dead loop could have closed
    gc.collect()
