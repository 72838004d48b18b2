# Generated from _async/board_repo.py by scripts/unasync.py: do not edit by hand.
"""Collection-level board operations."""

from __future__ import annotations

from invokeai_api.api.boards import (
    create_board,
    delete_board,
    get_board,
    list_boards,
    update_board,
)
from invokeai_api.models import BoardChanges, BoardDTO, DeleteBoardResult

from .._generated import expect
from ..board._create_quirk import quirk_applies, recover_created_board
from ..errors import InternalServerError, InvalidInputError
from ._context import Context
from .board_handle import UNCATEGORIZED, BoardHandle


def _board_name(board_name: str) -> str:
    if not isinstance(board_name, str) or not board_name.strip():
        raise InvalidInputError(f"board_name must be a non-empty string, got {board_name!r}")
    return board_name


class BoardRepository:
    """Boards of the server: list, find, create, delete, and handles to work with one."""

    def __init__(self, context: Context) -> None:
        self._ctx = context

    def list_boards(
        self, *, include_uncategorized: bool = False, include_archived: bool = False
    ) -> list[BoardDTO]:
        """Every board the current user can see.

        With ``include_uncategorized`` the first entry is a pseudo-board with ``board_id``
        ``"none"`` that stands for the images on no board.
        """
        parsed = self._ctx.call(list_boards, all_=True, include_archived=include_archived)
        boards = expect(parsed, list, "list boards")
        if include_uncategorized:
            boards.insert(0, self._uncategorized())
        return boards

    def _uncategorized(self) -> BoardDTO:
        names = self.get_board_handle(UNCATEGORIZED).list_image_names()
        return BoardDTO(
            board_id=UNCATEGORIZED,
            board_name="Uncategorized",
            archived=False,
            asset_count=0,
            cover_image_name=names[0] if names else None,
            created_at="",
            updated_at="",
            image_count=len(names),
            user_id="",
        )

    def get_board_by_id(self, board_id: str) -> BoardDTO:
        """The board with that id. Raises ``NotFoundError`` when there is none."""
        return expect(self._ctx.call(get_board, board_id), BoardDTO, "get board")

    def get_boards_by_name(self, board_name: str) -> list[BoardDTO]:
        """Boards with exactly that name (names are not unique on InvokeAI)."""
        boards = self.list_boards(include_archived=True)
        return [b for b in boards if b.board_name == board_name]

    def create_board(self, board_name: str) -> BoardDTO:
        """Create a board. Raises ``InvalidInputError`` for an empty name."""
        try:
            parsed = self._ctx.call(create_board, board_name=_board_name(board_name))
        except InternalServerError as exc:
            version = self._ctx.server_version()
            if not quirk_applies(exc, version):
                raise
            named = self.get_boards_by_name(board_name)
            return recover_created_board(exc, board_name, version, named)
        return expect(parsed, BoardDTO, "create board")

    def rename_board(self, board_id: str, board_name: str) -> BoardDTO:
        """Give a board a new name."""
        return self._update(board_id, BoardChanges(board_name=_board_name(board_name)))

    def archive_board(self, board_id: str) -> BoardDTO:
        """Hide a board from listings (``list_boards(include_archived=True)`` still shows it)."""
        return self._update(board_id, BoardChanges(archived=True))

    def unarchive_board(self, board_id: str) -> BoardDTO:
        """Show an archived board in listings again."""
        return self._update(board_id, BoardChanges(archived=False))

    def _update(self, board_id: str, changes: BoardChanges) -> BoardDTO:
        if board_id == UNCATEGORIZED:
            raise InvalidInputError("the uncategorized pseudo-board 'none' cannot be changed")
        parsed = self._ctx.call(update_board, board_id, body=changes)
        return expect(parsed, BoardDTO, "update board")

    def delete_board(self, board_id: str, *, delete_images: bool) -> DeleteBoardResult:
        """Delete a board. ``delete_images`` must be chosen explicitly: True deletes its images
        too, False moves them to Uncategorized."""
        if board_id == UNCATEGORIZED:
            raise InvalidInputError("the uncategorized pseudo-board 'none' cannot be deleted")
        parsed = self._ctx.call(delete_board, board_id, include_images=delete_images)
        return expect(parsed, DeleteBoardResult, "delete board")

    def get_board_handle(self, board_id: str) -> BoardHandle:
        """A handle for one board; ``"none"`` is the uncategorized pseudo-board."""
        if not isinstance(board_id, str) or not board_id:
            raise InvalidInputError(f"board_id must be a non-empty string, got {board_id!r}")
        return BoardHandle(self._ctx, board_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"
