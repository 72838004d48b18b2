"""Faults between the client and the server, injected deterministically (httpx mock transports):
every failure is a typed ``InvokeAIError`` naming what happened, and nothing is lost.

The same faults against a real server, through a loopback proxy: ``test_faults_live.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from invokeai_py_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    InvalidInputError,
    InvokeAIClient,
    RateLimitError,
    UnexpectedResponseError,
)
from invokeai_py_client._core.retry import RetryPolicy
from tests._mock_server import (
    VERSION,
    MockServer,
    broken,
    html_page,
    json_answer,
    stalled,
)

VERSION_PATH = "/api/v1/app/version"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


# --------------------------------------------------------------------------- Retry-After
@pytest.mark.parametrize("value", ["soon", "Tue, 99 Foo 2025", "-", "1e999e"])
def test_an_unparseable_retry_after_is_treated_as_absent(value: str) -> None:
    policy = RetryPolicy(max_retries=3, jitter=lambda: 0.0)
    request = httpx.Request("GET", "http://x")
    answer = httpx.Response(503, headers={"retry-after": value}, request=request)
    assert policy.retry_after_status(request, answer, 0)
    assert policy.delay(1, answer) == policy.delay(1)


@pytest.mark.parametrize("status", [503, 429])
def test_a_5xx_or_429_with_a_bad_retry_after_is_retried_then_succeeds(status: int) -> None:
    server = MockServer()
    server.on("GET", VERSION_PATH, json_answer({}, status, **{"Retry-After": "soon"}))
    server.routes[("GET", VERSION_PATH)].append(json_answer(VERSION))
    with server.client() as client:
        assert str(client.get_server_version()) == "6.14.2"
    assert len(server.sent("GET", VERSION_PATH)) == 2


def test_a_5xx_with_a_bad_retry_after_ends_typed_when_retries_run_out() -> None:
    server = MockServer()
    server.on(
        "GET", "/api/v1/boards/", json_answer({"detail": "busy"}, 503, **{"Retry-After": "soon"})
    )
    with server.client(max_retries=2) as client, pytest.raises(InternalServerError) as caught:
        client.board_repo.list_boards()
    assert caught.value.status_code == 503
    assert len(server.sent("GET", "/api/v1/boards/")) == 3


def test_a_429_without_retry_after_is_retried_with_backoff_then_typed() -> None:
    server = MockServer()
    server.on("GET", "/api/v1/boards/", json_answer({"detail": "slow down"}, 429))
    with server.client(max_retries=1) as client, pytest.raises(RateLimitError):
        client.board_repo.list_boards()
    assert len(server.sent("GET", "/api/v1/boards/")) == 2


# --------------------------------------------------------------------------- bodies
def test_a_body_that_breaks_off_is_read_again_inside_the_retry_boundary() -> None:
    server = MockServer()
    server.on("GET", VERSION_PATH, broken(), json_answer(VERSION))
    with server.client() as client:
        assert str(client.get_server_version()) == "6.14.2"
    assert len(server.sent("GET", VERSION_PATH)) == 2


def test_a_body_that_keeps_breaking_off_raises_api_connection_error() -> None:
    server = MockServer()
    server.on("GET", "/api/v1/images/i/a.png/full", broken(b"\x89PNG"))
    with server.client(max_retries=2) as client, pytest.raises(APIConnectionError) as caught:
        client.board_repo.get_board_handle("none").download_image("a.png")
    assert "RemoteProtocolError" in str(caught.value)
    assert len(server.sent("GET", "/api/v1/images/i/a.png/full")) == 3


def test_a_body_that_stalls_raises_api_timeout_error() -> None:
    server = MockServer()
    server.on("GET", "/api/v1/images/i/a.png", stalled(b'{"image_na'))
    with server.client(max_retries=1) as client, pytest.raises(APITimeoutError):
        client.board_repo.get_board_handle("none").get_image("a.png")
    assert len(server.sent("GET", "/api/v1/images/i/a.png")) == 2


def test_a_post_whose_answer_breaks_off_is_not_sent_again() -> None:
    server = MockServer()
    server.on("POST", "/api/v1/boards/", broken(b'{"board_id'))
    with server.client() as client, pytest.raises(APIConnectionError):
        client.board_repo.create_board("x")
    assert len(server.sent("POST", "/api/v1/boards/")) == 1


def test_a_streamed_download_that_breaks_off_is_fetched_again_from_the_start(
    tmp_path: Path,
) -> None:
    server = MockServer()
    route = "/api/v1/images/i/a.png/full"
    server.on("GET", route, broken(PNG[:10]), stalled(PNG[:20]), httpx.Response(200, content=PNG))
    with server.client() as client:
        written = client.board_repo.get_board_handle("none").download_image_to("a.png", tmp_path)
    assert written.read_bytes() == PNG
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]
    assert len(server.sent("GET", route)) == 3


def test_a_streamed_download_that_keeps_breaking_off_is_typed_and_leaves_no_file(
    tmp_path: Path,
) -> None:
    server = MockServer()
    server.on("GET", "/api/v1/images/i/a.png/full", broken(PNG[:10]))
    with server.client(max_retries=1) as client, pytest.raises(APIConnectionError):
        client.board_repo.get_board_handle("none").download_image_to("a.png", tmp_path)
    assert list(tmp_path.iterdir()) == []


async def test_the_async_client_reads_bodies_inside_the_retry_boundary_too(tmp_path: Path) -> None:
    server = MockServer()
    server.on("GET", VERSION_PATH, broken(), json_answer(VERSION))
    route = "/api/v1/images/i/a.png/full"
    server.on("GET", route, stalled(PNG[:20]), httpx.Response(200, content=PNG))
    async with server.async_client() as client:
        assert str(await client.get_server_version()) == "6.14.2"
        handle = client.board_repo.get_board_handle("none")
        written = await handle.download_image_to("a.png", tmp_path / "x.png")
    assert written.read_bytes() == PNG


# --------------------------------------------------------------------------- answers
_NOT_THE_MODEL = [
    pytest.param(html_page, id="html"),
    pytest.param(lambda: json_answer({}), id="{}"),
]


@pytest.mark.parametrize("answer", _NOT_THE_MODEL)
def test_answers_that_are_not_the_routes_model_raise_unexpected_response(answer: Any) -> None:
    server = MockServer()
    server.on("GET", "/api/v1/boards/", answer())
    server.on("GET", "/api/v1/queue/default/i/7", answer())
    server.on("POST", "/api/v1/queue/default/enqueue_batch", answer())
    server.on("GET", "/api/v1/images/i/a.png", answer())
    graph = {"nodes": {"n": {"id": "n", "type": "add"}}, "edges": []}
    with server.client() as client:
        handle = client.board_repo.get_board_handle("none")
        calls = [
            client.board_repo.list_boards,
            lambda: client.queue_repo.get_item(7),
            lambda: client.queue_repo.enqueue_batch({"graph": graph}),
            lambda: handle.get_image("a.png"),
        ]
        for call in calls:
            with pytest.raises(UnexpectedResponseError):
                call()


def test_a_version_answer_that_is_an_html_page_raises_unexpected_response() -> None:
    server = MockServer()
    server.on("GET", VERSION_PATH, html_page())
    with server.client() as client, pytest.raises(UnexpectedResponseError, match="not JSON"):
        client.get_server_version()


# --------------------------------------------------------------------------- path parameters
BAD_IDS = ["..", ".", "", "a/b", "../etc", "x/.."]


def _id_calls(client: InvokeAIClient, bad: str) -> dict[str, Any]:
    boards = client.board_repo
    handle = boards.get_board_handle("none")
    models = client.dnn_model_repo
    workflows = client.workflow_repo
    calls: dict[str, Any] = {
        "get_board_by_id": lambda: boards.get_board_by_id(bad),
        "rename_board": lambda: boards.rename_board(bad, "x"),
        "archive_board": lambda: boards.archive_board(bad),
        "delete_board": lambda: boards.delete_board(bad, delete_images=False),
        "get_image": lambda: handle.get_image(bad),
        "download_image": lambda: handle.download_image(bad),
        "download_thumbnail": lambda: handle.download_image(bad, full_resolution=False),
        "delete_image": lambda: handle.delete_image(bad),
        "get_image_metadata": lambda: handle.get_image_metadata(bad),
        "get_image_workflow": lambda: handle.get_image_workflow(bad),
        "get_model": lambda: models.get_model(bad),
        "delete_model": lambda: models.delete_model(bad),
        "convert_model": lambda: models.convert_model(bad),
        "get_workflow": lambda: workflows.get_workflow(bad),
        "delete_workflow": lambda: workflows.delete_workflow(bad),
        "get_workflow_from_image": lambda: workflows.get_workflow_from_image(bad),
        "get_batch_status": lambda: client.queue_repo.get_batch_status(bad),
    }
    return calls


@pytest.mark.parametrize("bad", BAD_IDS)
def test_every_id_parameter_refuses_dot_segments_slashes_and_empty_before_sending(
    bad: str, tmp_path: Path
) -> None:
    server = MockServer()
    with server.client() as client:
        calls = _id_calls(client, bad)
        calls["download_image_to"] = lambda: client.board_repo.get_board_handle(
            "none"
        ).download_image_to(bad, tmp_path / "x.png")
        for name, call in calls.items():
            with pytest.raises(InvalidInputError) as caught:
                call()
            assert repr(bad) in str(caught.value) or bad == "", name
    assert [p for _, p in server.log if p != VERSION_PATH] == []
    assert list(tmp_path.iterdir()) == []


async def test_the_async_client_refuses_bad_path_parameters_too() -> None:
    server = MockServer()
    async with server.async_client() as client:
        handle = client.board_repo.get_board_handle("none")
        with pytest.raises(InvalidInputError, match="image_name"):
            await handle.download_image("..")
        with pytest.raises(InvalidInputError, match="board_id"):
            await client.board_repo.delete_board("..", delete_images=True)
        with pytest.raises(InvalidInputError, match="key"):
            await client.dnn_model_repo.delete_model("..")
    assert [p for _, p in server.log if p != VERSION_PATH] == []


def test_names_with_dots_that_are_not_dot_segments_are_sent_quoted() -> None:
    server = MockServer()
    server.on("GET", "/api/v1/images/i/..a.png/full", httpx.Response(200, content=PNG))
    with server.client() as client:
        assert client.board_repo.get_board_handle("none").download_image("..a.png") == PNG


# --------------------------------------------------------------------------- enqueue outcome
ENQUEUE = "/api/v1/queue/default/enqueue_batch"
GRAPH = {"nodes": {"n": {"id": "n", "type": "add"}}, "edges": []}


def _batch_status(batch_id: str, total: int) -> dict[str, Any]:
    counts = dict.fromkeys(("pending", "in_progress", "completed", "failed", "canceled"), 0)
    return {"queue_id": "default", "batch_id": batch_id, "total": total, **counts, "pending": total}


def _queue_item(item_id: int, batch_id: str) -> dict[str, Any]:
    return {
        "item_id": item_id,
        "status": "pending",
        "priority": 0,
        "batch_id": batch_id,
        "session_id": f"s{item_id}",
        "queue_id": "default",
        "created_at": "2025-01-01T00:00:00",
        "updated_at": "2025-01-01T00:00:00",
        "field_values": None,
        "session": {
            "id": f"s{item_id}",
            "graph": {"nodes": {}, "edges": []},
            "execution_graph": {"nodes": {}, "edges": []},
            **{key: [] for key in ("executed", "executed_history")},
            **{key: {} for key in ("results", "errors")},
            **{key: [] for key in ("workflow_call_stack", "workflow_call_history")},
            **{key: {} for key in ("prepared_source_mapping", "source_prepared_mapping")},
        },
        "workflow": None,
        "error_type": None,
        "error_message": None,
        "error_traceback": None,
        "started_at": None,
        "completed_at": None,
        "origin": None,
        "destination": None,
        "retried_from_item_id": None,
    }


class EnqueueThenFail:
    """The server enqueues the batch (two items), then the answer is lost in the way ``fail``
    says; the status and list routes report what was enqueued."""

    def __init__(self, server: MockServer, fail: Any, version: str = "6.14.2") -> None:
        self.batch_ids: list[str] = []
        self.server = server
        self.fail = fail
        server.on("GET", VERSION_PATH, json_answer({"version": version}))
        server.on("POST", ENQUEUE, self.enqueue)

    def enqueue(self, request: httpx.Request) -> httpx.Response:
        import json

        self.batch_ids.append(json.loads(request.content)["batch"]["batch_id"])
        batch_id = self.batch_ids[-1]
        status = f"/api/v1/queue/default/b/{batch_id}/status"
        self.server.on("GET", status, json_answer(_batch_status(batch_id, 2)))
        items = [_queue_item(11, batch_id), _queue_item(12, batch_id), _queue_item(5, "other")]
        self.server.on("GET", "/api/v1/queue/default/list_all", json_answer(items))
        page = {"items": items, "has_more": False, "limit": 1000}
        self.server.on("GET", "/api/v1/queue/default/list", json_answer(page))
        if isinstance(self.fail, Exception):
            raise self.fail
        return self.fail()


_LOST_ANSWERS = [
    pytest.param(lambda: json_answer({"detail": "boom"}, 500), id="500"),
    pytest.param(lambda: json_answer({"detail": "bad gateway"}, 502), id="502"),
    pytest.param(httpx.RemoteProtocolError("connection dropped"), id="dropped"),
    pytest.param(httpx.ReadTimeout("no answer in time"), id="timeout"),
    pytest.param(html_page, id="html-200"),
]


@pytest.mark.parametrize("version", ["6.14.2", "5.15.0", "4.2.9"])
@pytest.mark.parametrize("fail", _LOST_ANSWERS)
def test_an_enqueue_whose_answer_is_lost_returns_the_batch_it_created(
    fail: Any, version: str
) -> None:
    server = MockServer()
    script = EnqueueThenFail(server, fail, version)
    with server.client() as client:
        batch = client.queue_repo.enqueue_batch({"graph": GRAPH, "runs": 2})
    assert len(server.sent("POST", ENQUEUE)) == 1  # never enqueued twice
    assert batch.batch_id == script.batch_ids[0]
    assert batch.item_ids == [11, 12]


def test_an_enqueue_that_created_nothing_raises_its_error() -> None:
    server = MockServer()
    server.on("POST", ENQUEUE, json_answer({"detail": "boom"}, 500))
    server.on("GET", "/api/v1/queue/default/b/{}/status", json_answer({}))

    def no_batch(request: httpx.Request) -> httpx.Response:
        batch_id = request.url.path.split("/")[-2]
        return json_answer(_batch_status(batch_id, 0))

    with server.client() as client:
        original = server.handle

        def route(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/status"):
                server.log.append((request.method, request.url.path))
                return no_batch(request)
            return original(request)

        server.handle = route  # type: ignore[method-assign]
        with pytest.raises(InternalServerError):
            client.queue_repo.enqueue_batch({"graph": GRAPH})
    assert len(server.sent("POST", ENQUEUE)) == 1


def test_every_enqueue_carries_a_fresh_client_chosen_batch_id() -> None:
    server = MockServer()
    seen: list[str] = []

    def enqueue(request: httpx.Request) -> httpx.Response:
        import json

        seen.append(json.loads(request.content)["batch"]["batch_id"])
        return json_answer({"detail": "x"}, 400)

    server.on("POST", ENQUEUE, enqueue)
    with server.client() as client:
        for _ in range(2):
            with pytest.raises(Exception, match="400"):
                client.queue_repo.enqueue_batch({"graph": GRAPH})
    assert len(set(seen)) == 2 and all(len(b) == 32 for b in seen)


@pytest.mark.parametrize("bad", ["..", "", "a/b"])
def test_a_chosen_batch_id_that_would_leave_its_segment_is_refused(bad: str) -> None:
    server = MockServer()
    with server.client() as client, pytest.raises(InvalidInputError, match="batch_id"):
        client.queue_repo.enqueue_batch({"graph": GRAPH, "batch_id": bad})
    assert server.sent("POST") == []
