"""Boards and the images on them (``client.board_repo``)."""

from typing import TYPE_CHECKING

from .._lazy import lazy_getattr

UNCATEGORIZED = "none"
"""The board id InvokeAI uses, on reads, for images that are on no board."""

if TYPE_CHECKING:
    from .._async.board_handle import AsyncBoardHandle
    from .._async.board_repo import AsyncBoardRepository
    from .._sync.board_handle import BoardHandle
    from .._sync.board_repo import BoardRepository

__getattr__ = lazy_getattr(
    __name__,
    {
        "AsyncBoardHandle": "._async.board_handle",
        "AsyncBoardRepository": "._async.board_repo",
        "BoardHandle": "._sync.board_handle",
        "BoardRepository": "._sync.board_repo",
    },
)

__all__ = [
    "UNCATEGORIZED",
    "AsyncBoardHandle",
    "AsyncBoardRepository",
    "BoardHandle",
    "BoardRepository",
]
