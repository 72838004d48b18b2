"""InvokeAI 6.10 and 6.11 store a new board, then fail to build their answer and send HTTP 500
"Failed to create board" (the service passes one argument too many when converting the record:
invoke-ai/InvokeAI#8865). The web UI ignores the error; the client finds the board instead, so
``create_board`` returns what it created rather than raising while leaving a board behind."""

from __future__ import annotations

import logging

from invokeai_api.models import BoardDTO

from .._core.constants import LOGGER_NAME
from .._core.errors import InternalServerError
from .._core.versions import ServerVersion

logger = logging.getLogger(LOGGER_NAME)

FAILED_DETAIL = "Failed to create board"


def is_affected(version: ServerVersion) -> bool:
    return version.has_quirk("board_create_500")


def quirk_applies(error: InternalServerError, version: ServerVersion) -> bool:
    """Whether ``error`` is that answer on an affected line (then look for the board)."""
    return error.status_code == 500 and error.detail == FAILED_DETAIL and is_affected(version)


def recover_created_board(
    error: InternalServerError,
    board_name: str,
    version: ServerVersion,
    named: list[BoardDTO],
) -> BoardDTO:
    """The board the failed answer stands for (among the boards ``named`` so), or ``error``
    re-raised.

    Only on the affected lines and for that exact answer: there the board was stored before the
    failure, so it is the newest board of that name and is still empty. Anywhere else a 500 may
    mean nothing was stored, and guessing would hand back somebody else's board."""
    if not quirk_applies(error, version) or not named:
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
