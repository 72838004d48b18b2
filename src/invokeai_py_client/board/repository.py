"""Collection-level board operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from invokeai_api.api.boards import (
    create_board,
    delete_board,
    get_board,
    list_boards,
    update_board,
)
from invokeai_api.models import BoardChanges, BoardDTO, DeleteBoardResult

from .._generated import expect
from ..errors import InternalServerError, InvalidInputError
from ._create_quirk import recover_created_board
from .handle import UNCATEGORIZED, BoardHandle

if TYPE_CHECKING:
    from ..client import InvokeAIClient


class BoardRepository:
    """Boards of the server: list, find, create, delete, and handles to work with one."""

    def __init__(self, client: InvokeAIClient) -> None:
        self._client = client

    def list_boards(
        self, *, include_uncategorized: bool = False, include_archived: bool = False
    ) -> list[BoardDTO]:
        """Every board the current user can see.

        With ``include_uncategorized`` the first entry is a pseudo-board with ``board_id``
        ``"none"`` that stands for the images on no board.
        """
        parsed = list_boards.sync(
            client=self._client.api, all_=True, include_archived=include_archived
        )
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
        return expect(get_board.sync(board_id, client=self._client.api), BoardDTO, "get board")

    def get_boards_by_name(self, board_name: str) -> list[BoardDTO]:
        """Boards with exactly that name (names are not unique on InvokeAI)."""
        return [b for b in self.list_boards(include_archived=True) if b.board_name == board_name]

    def create_board(self, board_name: str) -> BoardDTO:
        """Create a board. Raises ``InvalidInputError`` for an empty name."""
        if not isinstance(board_name, str) or not board_name.strip():
            raise InvalidInputError(f"board_name must be a non-empty string, got {board_name!r}")
        try:
            parsed = create_board.sync(client=self._client.api, board_name=board_name)
        except InternalServerError as exc:
            return recover_created_board(
                exc, board_name, lambda: self._client.server_version, self.get_boards_by_name
            )
        return expect(parsed, BoardDTO, "create board")

    def rename_board(self, board_id: str, board_name: str) -> BoardDTO:
        """Give a board a new name."""
        if not isinstance(board_name, str) or not board_name.strip():
            raise InvalidInputError(f"board_name must be a non-empty string, got {board_name!r}")
        return self._update(board_id, BoardChanges(board_name=board_name))

    def archive_board(self, board_id: str) -> BoardDTO:
        """Hide a board from listings (``list_boards(include_archived=True)`` still shows it)."""
        return self._update(board_id, BoardChanges(archived=True))

    def unarchive_board(self, board_id: str) -> BoardDTO:
        return self._update(board_id, BoardChanges(archived=False))

    def _update(self, board_id: str, changes: BoardChanges) -> BoardDTO:
        if board_id == UNCATEGORIZED:
            raise InvalidInputError("the uncategorized pseudo-board 'none' cannot be changed")
        parsed = update_board.sync(board_id, client=self._client.api, body=changes)
        return expect(parsed, BoardDTO, "update board")

    def delete_board(self, board_id: str, *, delete_images: bool) -> DeleteBoardResult:
        """Delete a board. ``delete_images`` must be chosen explicitly: True deletes its images
        too, False moves them to Uncategorized."""
        if board_id == UNCATEGORIZED:
            raise InvalidInputError("the uncategorized pseudo-board 'none' cannot be deleted")
        parsed = delete_board.sync(board_id, client=self._client.api, include_images=delete_images)
        return expect(parsed, DeleteBoardResult, "delete board")

    def get_board_handle(self, board_id: str) -> BoardHandle:
        """A handle for one board; ``"none"`` is the uncategorized pseudo-board."""
        if not isinstance(board_id, str) or not board_id:
            raise InvalidInputError(f"board_id must be a non-empty string, got {board_id!r}")
        return BoardHandle(self._client, board_id)
