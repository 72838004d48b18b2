"""Boards and the images on them (``client.board_repo``)."""

from .._async.board_handle import AsyncBoardHandle
from .._async.board_repo import AsyncBoardRepository
from .._core.boards import UNCATEGORIZED
from .._sync.board_handle import BoardHandle
from .._sync.board_repo import BoardRepository

__all__ = [
    "UNCATEGORIZED",
    "AsyncBoardHandle",
    "AsyncBoardRepository",
    "BoardHandle",
    "BoardRepository",
]
