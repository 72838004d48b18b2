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
from invokeai_api.models import BoardChanges, BoardDTO, BoardVisibility, DeleteBoardResult

from .._core.errors import InternalServerError, InvalidInputError, NotFoundError
from .._generated import expect
from ..board._create_quirk import quirk_applies, recover_created_board
from ._context import Context
from .board_handle import UNCATEGORIZED, UNCATEGORIZED_NAME, BoardHandle


def _board_name(board_name: str) -> str:
    if not isinstance(board_name, str) or not board_name.strip():
        raise InvalidInputError(f"board_name must be a non-empty string, got {board_name!r}")
    return board_name


class BoardRepository:
    """Boards of the server: list, find, create, delete, and handles to work with one."""

    def __init__(self, context: Context) -> None:
        self._ctx = context

    def list_boards(
        self,
        all: bool = True,
        include_uncategorized: bool = False,
        *,
        include_archived: bool = False,
    ) -> list[BoardDTO]:
        """Every board the current user can see.

        With ``include_uncategorized`` the first entry is a pseudo-board with ``board_id``
        ``"none"`` that stands for the images on no board. ``all`` is the original client's
        parameter: every board is always listed (in one request), whatever its value.
        """
        if not isinstance(all, bool):
            raise InvalidInputError(f"all must be True or False, got {all!r}")
        parsed = self._ctx.call(list_boards, all_=True, include_archived=include_archived)
        boards = expect(parsed, list, "list boards")
        if include_uncategorized:
            boards.insert(0, self._uncategorized())
        return boards

    def _uncategorized(self) -> BoardDTO:
        names = self.get_board_handle(UNCATEGORIZED).list_image_names()
        return BoardDTO(
            board_id=UNCATEGORIZED,
            board_name=UNCATEGORIZED_NAME,
            archived=False,
            asset_count=0,
            cover_image_name=names[0] if names else None,
            created_at="",
            updated_at="",
            image_count=len(names),
            user_id="",
        )

    def get_board_by_id(self, board_id: str, *, strict: bool = False) -> BoardDTO | None:
        """The board with that id (``"none"``: the uncategorized pseudo-board), or None when
        there is none (``strict=True``: raise ``NotFoundError`` instead)."""
        if board_id == UNCATEGORIZED:
            return self._uncategorized()
        try:
            return expect(self._ctx.call(get_board, board_id), BoardDTO, "get board")
        except NotFoundError:
            if strict:
                raise
            return None

    def get_uncategorized_board(self) -> BoardDTO:
        """The uncategorized pseudo-board (``board_id`` ``"none"``) with its image count."""
        return self._uncategorized()

    def get_uncategorized_handle(self) -> BoardHandle:
        """A handle on the images that are on no board (the web UI's Uncategorized)."""
        return BoardHandle(self._ctx, UNCATEGORIZED, board_name=UNCATEGORIZED_NAME)

    def get_board_handle_by_name(self, name: str) -> BoardHandle | None:
        """A handle on the first board with exactly that name, or None when there is none."""
        boards = self.get_boards_by_name(_board_name(name))
        if not boards:
            return None
        return BoardHandle(self._ctx, boards[0].board_id, board_name=boards[0].board_name)

    def get_boards_by_name(self, name: str) -> list[BoardDTO]:
        """Boards with exactly that name (names are not unique on InvokeAI)."""
        boards = self.list_boards(include_archived=True)
        return [b for b in boards if b.board_name == name]

    def create_board(self, name: str, is_private: bool = False) -> BoardHandle:
        """Create a board and return a handle on it (``handle.board`` is the created record).

        ``is_private=True`` makes the board private on servers with board visibility (6.13+);
        on older servers every board belongs to the server's one user, so there is nothing to
        change. Raises ``InvalidInputError`` for an empty name.
        """
        if not isinstance(is_private, bool):
            raise InvalidInputError(f"is_private must be True or False, got {is_private!r}")
        board = self._create(name)
        if is_private and self._ctx.supports("board_visibility"):
            board = self._update(
                board.board_id, BoardChanges(board_visibility=BoardVisibility.PRIVATE)
            )
        return BoardHandle(self._ctx, board.board_id, board=board)

    def _create(self, board_name: str) -> BoardDTO:
        try:
            parsed = self._ctx.call(create_board, board_name=_board_name(board_name))
        except InternalServerError as exc:
            version = self._ctx.server_version()
            if not quirk_applies(exc, version):
                raise
            named = self.get_boards_by_name(board_name)
            return recover_created_board(exc, board_name, version, named)
        return expect(parsed, BoardDTO, "create board")

    def update_board(
        self,
        board_id: str,
        name: str | None = None,
        is_private: bool | None = None,
        *,
        strict: bool = False,
    ) -> BoardDTO | None:
        """Rename a board and/or change its privacy; returns the updated board, or None when
        there is no such board (``strict=True``: raise ``NotFoundError`` instead).

        ``is_private`` needs board visibility (InvokeAI 6.13+): on older servers it raises
        ``UnsupportedByServerError`` (nothing sent).
        """
        if name is None and is_private is None:
            raise InvalidInputError("update_board needs a new name and/or is_private")
        changes = BoardChanges()
        if name is not None:
            changes.board_name = _board_name(name)
        if is_private is not None:
            if not isinstance(is_private, bool):
                raise InvalidInputError(f"is_private must be True or False, got {is_private!r}")
            self._ctx.require("board_visibility")
            changes.board_visibility = (
                BoardVisibility.PRIVATE if is_private else BoardVisibility.PUBLIC
            )
        try:
            return self._update(board_id, changes)
        except NotFoundError:
            if strict:
                raise
            return None

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

    def delete_board(
        self, board_id: str, delete_images: bool = False, *, strict: bool = False
    ) -> bool:
        """Delete a board: True once deleted, False when there is no such board
        (``strict=True``: raise ``NotFoundError`` instead). Its images move to Uncategorized,
        or are deleted too with ``delete_images=True``. :meth:`delete_board_result` returns
        what the server reports (the ids of the images deleted or moved)."""
        try:
            if board_id != UNCATEGORIZED and self._ctx.has_quirk("board_delete_missing_ok"):
                self._ctx.call(get_board, board_id)
            self.delete_board_result(board_id, delete_images=delete_images)
        except NotFoundError:
            if strict:
                raise
            return False
        return True

    def delete_board_result(
        self, board_id: str, *, delete_images: bool = False
    ) -> DeleteBoardResult:
        """Delete a board and return the server's account of it (raises ``NotFoundError``
        when there is no such board)."""
        if board_id == UNCATEGORIZED:
            raise InvalidInputError("the uncategorized pseudo-board 'none' cannot be deleted")
        if not isinstance(delete_images, bool):
            raise InvalidInputError(f"delete_images must be True or False, got {delete_images!r}")
        parsed = self._ctx.call(delete_board, board_id, include_images=delete_images)
        return expect(parsed, DeleteBoardResult, "delete board")

    def get_board_handle(self, board_id: str | None) -> BoardHandle:
        """A handle for one board; ``"none"`` (or None) is the uncategorized pseudo-board."""
        if board_id is None or board_id == UNCATEGORIZED:
            return self.get_uncategorized_handle()
        if not isinstance(board_id, str) or not board_id:
            raise InvalidInputError(f"board_id must be a non-empty string, got {board_id!r}")
        return BoardHandle(self._ctx, board_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"
