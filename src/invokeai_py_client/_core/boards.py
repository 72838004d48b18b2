"""Boards, I/O-free: the requests of ``board_repo`` (list, read, create, change, delete), the
uncategorized pseudo-board, and the recovery from the 6.10/6.11 board-creation bug."""

from __future__ import annotations

import logging

from invokeai_api.api.boards import (
    create_board,
    delete_board,
    get_board,
    list_boards,
    update_board,
)
from invokeai_api.models import BoardChanges, BoardDTO, BoardVisibility, DeleteBoardResult

from . import checks
from .constants import LOGGER_NAME
from .errors import InternalServerError, InvalidInputError
from .spec import Spec, checked, list_of
from .versions import ServerVersion

logger = logging.getLogger(LOGGER_NAME)

UNCATEGORIZED = "none"
"""The board id InvokeAI uses, on reads, for images that are on no board."""
UNCATEGORIZED_NAME = "Uncategorized"


def board_id(value: object) -> str:
    """A board's id (``"none"`` is the uncategorized pseudo-board)."""
    return checks.text(value, "board_id")


def board_name(value: object) -> str:
    return checks.text(value, "board_name")


def changeable(board: str) -> str:
    """A board that can be changed or deleted (not the pseudo-board)."""
    if board == UNCATEGORIZED:
        raise InvalidInputError("the uncategorized pseudo-board 'none' cannot be changed")
    return board


def uncategorized(cover_image_name: str | None, image_count: int) -> BoardDTO:
    """The pseudo-board's record (the server has none)."""
    return BoardDTO(
        board_id=UNCATEGORIZED,
        board_name=UNCATEGORIZED_NAME,
        archived=False,
        asset_count=0,
        cover_image_name=cover_image_name,
        created_at="",
        updated_at="",
        image_count=image_count,
        user_id="",
    )


# ------------------------------------------------------------------------------ requests
def list_all(*, include_archived: bool) -> Spec[list[BoardDTO]]:
    return Spec.of(
        list_boards, all_=True, include_archived=include_archived, returns=list_of(BoardDTO)
    )


def get(board: str) -> Spec[BoardDTO]:
    return Spec.of(get_board, board, returns=checked(BoardDTO))


def create(name: str) -> Spec[BoardDTO]:
    return Spec.of(create_board, board_name=board_name(name), returns=checked(BoardDTO))


def change(board: str, changes: BoardChanges) -> Spec[BoardDTO]:
    return Spec.of(update_board, changeable(board), body=changes, returns=checked(BoardDTO))


def privacy(is_private: object) -> BoardVisibility:
    private = checks.boolean(is_private, "is_private")
    return BoardVisibility.PRIVATE if private else BoardVisibility.PUBLIC


def delete(board: str, *, delete_images: object) -> Spec[DeleteBoardResult]:
    if board == UNCATEGORIZED:
        raise InvalidInputError("the uncategorized pseudo-board 'none' cannot be deleted")
    return Spec.of(
        delete_board,
        board,
        include_images=checks.boolean(delete_images, "delete_images"),
        returns=checked(DeleteBoardResult),
    )


# ------------------------------------------------------------------------------ the 6.10 bug
# InvokeAI 6.10 and 6.11 store a new board, then fail to build their answer and send HTTP 500
# "Failed to create board" (the service passes one argument too many when converting the record:
# invoke-ai/InvokeAI#8865). The web UI ignores the error; the client finds the board instead, so
# ``create_board`` returns what it created rather than raising while leaving a board behind.
FAILED_DETAIL = "Failed to create board"


def create_quirk_applies(error: InternalServerError, version: ServerVersion) -> bool:
    """Whether ``error`` is that answer on an affected line (then look for the board)."""
    return (
        error.status_code == 500
        and error.detail == FAILED_DETAIL
        and version.has_quirk("board_create_500")
    )


def recover_created_board(
    error: InternalServerError,
    name: str,
    version: ServerVersion,
    named: list[BoardDTO],
) -> BoardDTO:
    """The board the failed answer stands for (among the boards ``named`` so), or ``error``
    re-raised.

    Only on the affected lines and for that exact answer: there the board was stored before the
    failure, so it is the newest board of that name and is still empty. Anywhere else a 500 may
    mean nothing was stored, and guessing would hand back somebody else's board."""
    if not create_quirk_applies(error, version) or not named:
        raise error
    newest = max(named, key=lambda board: str(board.created_at))
    if newest.image_count or newest.asset_count or newest.created_at != newest.updated_at:
        raise error
    if sum(1 for board in named if board.created_at == newest.created_at) > 1:
        raise error
    logger.warning(
        "InvokeAI %s answered 500 %r but created the board (invoke-ai/InvokeAI#8865): "
        "using board %s",
        version,
        FAILED_DETAIL,
        newest.board_id,
    )
    return newest
