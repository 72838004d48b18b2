"""InvokeAI 6.10/6.11 answer 500 "Failed to create board" yet store the board: create_board
returns that board (and says so in the log); nowhere else is a 500 ever taken for a success."""

from __future__ import annotations

import logging

import httpx
import pytest
from invokeai_api.models import BoardDTO

from invokeai_py_client import InternalServerError, InvokeAIClient
from invokeai_py_client._core.boards import recover_created_board
from invokeai_py_client._core.versions import ServerVersion

NAME = "created-despite-a-500"


@pytest.mark.smoke
@pytest.mark.invokeai_versions(since="6.10.0", before="6.12.0")
def test_the_board_created_despite_the_500_is_returned(
    client: InvokeAIClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="invokeai_py_client"):
        board = client.board_repo.create_board(NAME)
    try:
        assert board.board is not None and board.board.image_count == 0
        assert board.board_name == NAME
        assert "answered 500 'Failed to create board' but created the board" in caplog.text
        assert board.board_id in [b.board_id for b in client.board_repo.get_boards_by_name(NAME)]
    finally:
        client.board_repo.delete_board_result(board.board_id, delete_images=False)


def _error(detail: str, status: int = 500) -> InternalServerError:
    request = httpx.Request("POST", f"http://127.0.0.1:9/api/v1/boards/?board_name={NAME}")
    return InternalServerError(httpx.Response(status, json={"detail": detail}, request=request))


def _board(board_id: str, created_at: str, *, images: int = 0, updated_at: str = "") -> BoardDTO:
    return BoardDTO(
        board_id=board_id,
        board_name=NAME,
        archived=False,
        asset_count=0,
        cover_image_name=None,
        created_at=created_at,
        updated_at=updated_at or created_at,
        image_count=images,
        user_id="system",
    )


def _recover(version: str, error: InternalServerError, boards: list[BoardDTO]) -> BoardDTO:
    return recover_created_board(error, NAME, ServerVersion.parse(version), boards)


OLD, NEW = _board("old", "2026-01-01 10:00:00.000"), _board("new", "2026-01-02 10:00:00.000")


def test_on_an_affected_line_the_newest_empty_board_of_that_name_is_taken() -> None:
    assert _recover("6.10.0", _error("Failed to create board"), [OLD, NEW]) is NEW
    assert _recover("6.11.1", _error("Failed to create board"), [NEW, OLD]) is NEW


@pytest.mark.parametrize("version", ["5.15.0", "6.9.0", "6.12.0", "6.14.2"])
def test_other_lines_keep_the_500(version: str) -> None:
    error = _error("Failed to create board")
    with pytest.raises(InternalServerError) as raised:
        _recover(version, error, [OLD, NEW])
    assert raised.value is error


@pytest.mark.parametrize(
    ("error", "boards"),
    [
        (_error("database is locked"), [NEW]),  # another failure: nothing may have been stored
        (_error("Failed to create board"), []),  # nothing of that name: it was not stored
        (_error("Failed to create board"), [_board("used", "2026-01-03 10:00:00.000", images=2)]),
        (
            _error("Failed to create board"),
            [_board("renamed", "2026-01-03 10:00:00.000", updated_at="2026-01-04 10:00:00.000")],
        ),
        (_error("Failed to create board"), [NEW, _board("twin", NEW.created_at)]),  # ambiguous
    ],
)
def test_anything_but_one_fresh_board_keeps_the_500(
    error: InternalServerError, boards: list[BoardDTO]
) -> None:
    with pytest.raises(InternalServerError):
        _recover("6.10.0", error, boards)
