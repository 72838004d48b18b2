"""Each error class, from a real server's answer (recorded in the cassettes)."""

from __future__ import annotations

import httpx
import pytest

from invokeai_py_client import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    InvokeAIClient,
    InvokeAIError,
    NotFoundError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)


@pytest.mark.smoke
def test_missing_board_raises_not_found_with_the_servers_detail(client: InvokeAIClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.board_repo.get_board_by_id("no-such-board", strict=True)
    error = caught.value
    assert isinstance(error, httpx.HTTPStatusError) and isinstance(error, InvokeAIError)
    assert error.status_code == 404
    assert error.method == "GET"
    assert error.url.endswith("/api/v1/boards/no-such-board")
    assert error.detail == "Board not found"
    assert "GET" in str(error) and "404" in str(error) and "Board not found" in str(error)
    assert error.response.status_code == 404


def test_invalid_graph_raises_unprocessable_entity_naming_the_field(client: InvokeAIClient) -> None:
    batch = {
        "batch": {
            "graph": {
                "id": "bad",
                "nodes": {"blank": {"id": "blank", "type": "blank_image", "width": "abc"}},
                "edges": [],
            },
            "runs": 1,
        },
        "prepend": False,
    }
    with pytest.raises(UnprocessableEntityError) as caught:
        client._make_request("POST", "/queue/default/enqueue_batch", json=batch)
    error = caught.value
    assert error.status_code == 422
    assert any(item["loc"][-1] == "width" for item in error.errors)
    assert "width" in str(error) and "int_parsing" in str(error)


def test_listing_boards_without_paging_raises_bad_request(client: InvokeAIClient) -> None:
    with pytest.raises(BadRequestError) as caught:
        client._make_request("GET", "/boards/")
    assert caught.value.status_code == 400


def test_upload_that_is_not_an_image_raises_unsupported_media_type(client: InvokeAIClient) -> None:
    with pytest.raises(UnsupportedMediaTypeError) as caught:
        client._make_request(
            "POST",
            "/images/upload",
            params={"image_category": "user", "is_intermediate": "false"},
            files={"file": ("notes.txt", b"plain text", "text/plain")},
        )
    assert caught.value.status_code == 415


def test_installing_a_missing_model_path_raises_conflict(client: InvokeAIClient) -> None:
    with pytest.raises(ConflictError) as caught:
        client._make_request(
            "POST",
            "/api/v2/models/install",
            params={"source": "/nonexistent/model.safetensors"},
            json={},
        )
    assert "Unsupported model source" in str(caught.value.detail)


def test_server_failure_raises_internal_server_error(client: InvokeAIClient) -> None:
    # With no network (HF_HUB_OFFLINE) the server fails this lookup with a 500.
    with pytest.raises(InternalServerError) as caught:
        client._make_request(
            "GET", "/api/v2/models/hugging_face", params={"hugging_face_repo": "a/b"}
        )
    assert caught.value.status_code == 500
    assert isinstance(caught.value, APIStatusError)


def test_errors_raised_through_the_generated_bindings_are_typed(client: InvokeAIClient) -> None:
    from invokeai_api.api.workflows import get_workflow

    with pytest.raises(NotFoundError, match="Workflow not found"):
        get_workflow.sync("no-such-workflow", client=client.api)


def test_bad_board_name_is_rejected_before_sending() -> None:
    # No server and no cassette: the check must happen before any request.
    with InvokeAIClient(port=1) as offline, pytest.raises(InvalidInputError, match="board_name"):
        offline.board_repo.create_board("   ")
