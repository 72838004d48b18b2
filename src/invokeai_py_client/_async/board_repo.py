"""Collection-level board operations."""

from __future__ import annotations

from invokeai_api.models import BoardChanges, BoardDTO, BoardVisibility, DeleteBoardResult

from .._core import boards, checks, images
from .._core.boards import UNCATEGORIZED, UNCATEGORIZED_NAME
from .._core.errors import InternalServerError, InvalidInputError, NotFoundError
from ..models import IvkImage
from ._requester import AsyncRequester
from .board_handle import AsyncBoardHandle


class AsyncBoardRepository:
    """Boards of the server: list, find, create, delete, and handles to work with one."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._ctx = requester
        # Boards this repository has seen exist (created, listed, read): a handle on one of
        # them needs no check that it exists.
        self._known: set[str] = set()

    def _seen(self, found: list[BoardDTO]) -> list[BoardDTO]:
        self._known.update(board.board_id for board in found)
        return found

    async def list_boards(
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
        checks.boolean(all, "all")
        found = self._seen(await self._ctx.call(boards.list_all(include_archived=include_archived)))
        if include_uncategorized:
            found.insert(0, await self._uncategorized())
        return found

    async def _uncategorized(self) -> BoardDTO:
        names = await self.get_board_handle(UNCATEGORIZED).list_image_names()
        return boards.uncategorized(names[0] if names else None, len(names))

    async def get_board_by_id(self, board_id: str, *, strict: bool = False) -> BoardDTO | None:
        """The board with that id (``"none"``: the uncategorized pseudo-board), or None when
        there is none (``strict=True``: raise ``NotFoundError`` instead)."""
        if board_id == UNCATEGORIZED:
            return await self._uncategorized()
        try:
            return self._seen([await self._ctx.call(boards.get(board_id))])[0]
        except NotFoundError:
            if strict:
                raise
            return None

    async def get_uncategorized_board(self) -> BoardDTO:
        """The uncategorized pseudo-board (``board_id`` ``"none"``) with its image count."""
        return await self._uncategorized()

    def get_uncategorized_handle(self) -> AsyncBoardHandle:
        """A handle on the images that are on no board (the web UI's Uncategorized)."""
        return AsyncBoardHandle(self._ctx, UNCATEGORIZED, board_name=UNCATEGORIZED_NAME)

    async def get_board_handle_by_name(self, name: str) -> AsyncBoardHandle | None:
        """A handle on the first board with exactly that name, or None when there is none."""
        found = await self.get_boards_by_name(boards.board_name(name))
        if not found:
            return None
        return AsyncBoardHandle(
            self._ctx, found[0].board_id, board_name=found[0].board_name, verified=True
        )

    async def get_boards_by_name(self, name: str) -> list[BoardDTO]:
        """Boards with exactly that name (names are not unique on InvokeAI)."""
        listed = await self.list_boards(include_archived=True)
        return [b for b in listed if b.board_name == name]

    async def create_board(self, name: str, is_private: bool = False) -> AsyncBoardHandle:
        """Create a board and return a handle on it (``handle.board`` is the created record).

        ``is_private=True`` makes the board private on servers with board visibility (6.13+);
        on older servers every board belongs to the server's one user, so there is nothing to
        change. Raises ``InvalidInputError`` for an empty name.
        """
        checks.boolean(is_private, "is_private")
        board = self._seen([await self._create(name)])[0]
        if is_private and await self._ctx.supports("board_visibility"):
            board = await self._ctx.call(
                boards.change(
                    board.board_id, BoardChanges(board_visibility=BoardVisibility.PRIVATE)
                )
            )
        return AsyncBoardHandle(self._ctx, board.board_id, board=board)

    async def _create(self, name: str) -> BoardDTO:
        spec = boards.create(name)
        try:
            return await self._ctx.call(spec)
        except InternalServerError as exc:
            version = await self._ctx.server_version()
            if not boards.create_quirk_applies(exc, version):
                raise
            named = await self.get_boards_by_name(name)
            return boards.recover_created_board(exc, name, version, named)

    async def update_board(
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
            changes.board_name = boards.board_name(name)
        if is_private is not None:
            visibility = boards.privacy(is_private)
            await self._ctx.require("board_visibility")
            changes.board_visibility = visibility
        try:
            return await self._change(board_id, changes)
        except NotFoundError:
            if strict:
                raise
            return None

    async def rename_board(self, board_id: str, board_name: str) -> BoardDTO:
        """Give a board a new name (``NotFoundError`` when there is no such board)."""
        changes = BoardChanges(board_name=boards.board_name(board_name))
        return await self._change(board_id, changes)

    async def archive_board(self, board_id: str) -> BoardDTO:
        """Hide a board from listings (``list_boards(include_archived=True)`` still shows it)."""
        return await self._change(board_id, BoardChanges(archived=True))

    async def unarchive_board(self, board_id: str) -> BoardDTO:
        """Show an archived board in listings again."""
        return await self._change(board_id, BoardChanges(archived=False))

    async def _change(self, board_id: str, changes: BoardChanges) -> BoardDTO:
        """Change a board; ``NotFoundError`` on every line when there is none (before 6.12 the
        server answers 500 'Failed to update board': the board is looked up to tell)."""
        try:
            return await self._ctx.call(boards.change(board_id, changes))
        except InternalServerError:
            if await self._ctx.has_quirk("board_update_missing_500"):
                await self._ctx.call(boards.get(board_id))  # NotFoundError when there is none
            raise

    async def delete_board(
        self, board_id: str, delete_images: bool = False, *, strict: bool = False
    ) -> bool:
        """Delete a board: True once deleted, False when there is no such board
        (``strict=True``: raise ``NotFoundError`` instead). Its images move to Uncategorized,
        or are deleted too with ``delete_images=True``. :meth:`delete_board_result` returns
        what the server reports (the ids of the images deleted or moved)."""
        try:
            if board_id != UNCATEGORIZED and await self._ctx.has_quirk("board_delete_missing_ok"):
                await self._ctx.call(boards.get(board_id))
            await self.delete_board_result(board_id, delete_images=delete_images)
        except NotFoundError:
            if strict:
                raise
            return False
        return True

    async def delete_board_result(
        self, board_id: str, *, delete_images: bool = False
    ) -> DeleteBoardResult:
        """Delete a board and return the server's account of it (raises ``NotFoundError``
        when there is no such board)."""
        return await self._ctx.call(boards.delete(board_id, delete_images=delete_images))

    # ------------------------------------------------------------- images by name
    async def get_image_by_name(self, image_name: str) -> IvkImage | None:
        """An image's record by its name, or None when the server has no such image."""
        try:
            record = await self._ctx.call(images.record(image_name))
        except NotFoundError:
            return None
        return IvkImage.from_api_response(record.to_dict())

    async def get_image_current_board_id(self, image_name: str) -> str | None:
        """The id of the board an image is on; None when it is on no board (uncategorized) or
        does not exist."""
        image = await self.get_image_by_name(image_name)
        if image is None or image.board_id in (None, UNCATEGORIZED):
            return None
        return image.board_id

    async def move_image_to_board_by_name(self, image_name: str, target_board_name: str) -> bool:
        """Move an image onto the first board named ``target_board_name``, creating the board
        when there is none; True once moved, False when the image does not exist."""
        handle = await self.get_board_handle_by_name(target_board_name)
        if handle is None:
            handle = await self.create_board(target_board_name)
        if await self.get_image_by_name(image_name) is None:
            return False
        await handle.add_image(image_name)
        return True

    def get_board_handle(self, board_id: str | None) -> AsyncBoardHandle:
        """A handle for one board; ``"none"`` (or None) is the uncategorized pseudo-board.

        Nothing is sent here. A board this repository has not seen (created, listed or read)
        is checked the first time an answer could hide a typo (an empty listing, an upload
        filed elsewhere): a board that does not exist raises ``NotFoundError`` then, on every
        line, rather than listing no images.
        """
        if board_id is None or board_id == UNCATEGORIZED:
            return self.get_uncategorized_handle()
        checked_id = boards.board_id(board_id)
        return AsyncBoardHandle(self._ctx, checked_id, verified=checked_id in self._known)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"
