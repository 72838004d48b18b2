"""Operations on one board and its images."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from io import BytesIO
from pathlib import Path
from typing import Any

from invokeai_api.api.boards import add_image_to_board, get_board, remove_image_from_board
from invokeai_api.api.images import (
    delete_image,
    download_images_from_list,
    get_bulk_download_item,
    get_image_dto,
    get_image_full,
    get_image_metadata,
    get_image_thumbnail,
    get_image_workflow,
    list_image_dtos,
    star_images_in_list,
    unstar_images_in_list,
    upload_image,
)
from invokeai_api.models import (
    BoardDTO,
    BodyAddImageToBoard,
    BodyDownloadImagesFromList,
    BodyRemoveImageFromBoard,
    BodyStarImagesInList,
    BodyUnstarImagesInList,
    BodyUploadImage,
    ImageCategory,
    ImageDTO,
    ImagesDownloaded,
    OffsetPaginatedResultsImageDTO,
    SQLiteDirection,
    WorkflowAndGraphResponse,
)
from invokeai_api.types import UNSET, File

from .._core.compat import LEGACY_EMPTY_ANSWER
from .._core.constants import POLL_INTERVAL_MAX_S, POLL_INTERVAL_MIN_S, UPLOAD_MAX_BYTES_DEFAULT
from .._core.errors import APIStatusError, InvalidInputError, NotFoundError, UnexpectedResponseError
from .._files import target_path
from .._generated import enum_values, expect
from .._media import check_upload
from ..models import ImageCategory as IvkImageCategory
from ..models import IvkImage
from ._context import AsyncContext
from .pagination import AsyncPage

UNCATEGORIZED = "none"
"""The board id InvokeAI uses, on reads, for images that are on no board."""
UNCATEGORIZED_NAME = "Uncategorized"

_NAMES_PAGE = 500


def _decode(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) and value else None


def _name(image_name: str) -> str:
    if not isinstance(image_name, str) or not image_name or "/" in image_name:
        raise InvalidInputError(f"not an image name: {image_name!r}")
    return image_name


def _category(value: Any) -> ImageCategory:
    raw = getattr(value, "value", value)
    try:
        return ImageCategory(raw)
    except ValueError:
        known = ", ".join(sorted(c.value for c in ImageCategory))
        raise InvalidInputError(f"image_category must be one of {known}; got {value!r}") from None


class AsyncBoardHandle:
    """One board (or the uncategorized pseudo-board ``"none"``) and its images."""

    def __init__(
        self,
        context: AsyncContext,
        board_id: str,
        *,
        board_name: str | None = None,
        board: BoardDTO | None = None,
    ) -> None:
        self._ctx = context
        self._board_id = board_id
        self._board = board
        self._board_name = board.board_name if board is not None else board_name

    @property
    def board_id(self) -> str:
        """The board's id (``"none"`` for the uncategorized pseudo-board)."""
        return self._board_id

    @property
    def is_uncategorized(self) -> bool:
        return self.board_id == UNCATEGORIZED

    @property
    def board_name(self) -> str | None:
        """The board's name as last read (by the call that made this handle, or
        :meth:`refresh`); None for a handle made from a bare id until :meth:`refresh`."""
        return self._board_name

    @property
    def board(self) -> BoardDTO | None:
        """The board's record as last read (None for the uncategorized pseudo-board and for a
        handle made from a bare id until :meth:`refresh`)."""
        return self._board

    async def refresh(self) -> None:
        """Read the board's record (name, counts) from the server again.

        Raises:
            NotFoundError: the board no longer exists.
        """
        if self.is_uncategorized:
            self._board_name = UNCATEGORIZED_NAME
            return
        parsed = await self._ctx.call(get_board, self.board_id)
        self._board = expect(parsed, BoardDTO, "get board")
        self._board_name = self._board.board_name

    async def get_image_count(self) -> int:
        """How many images (of every category, intermediates included) are on this board."""
        page = await self.list_image_dtos(limit=1, starred_first=False)
        return page.total if page.total is not None else len(page)

    # ------------------------------------------------------------------------- listing
    async def list_image_dtos(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        newest_first: bool = True,
        starred_first: bool = True,
        categories: list[str] | None = None,
    ) -> AsyncPage[ImageDTO]:
        """One page of image records on this board (newest and starred first by default).

        ``categories``: ``general`` (generated), ``user`` (uploads), ``mask``, ``control``,
        ``other``; all by default. The page iterates its records; ``next_page()`` reads on.
        """
        if limit < 1 or offset < 0:
            raise InvalidInputError(f"need limit >= 1 and offset >= 0, got {limit=} {offset=}")
        wanted = enum_values(ImageCategory, categories, "image category")
        parsed = await self._ctx.call(
            list_image_dtos,
            board_id=self.board_id,
            limit=limit,
            offset=offset,
            order_dir=UNSET if newest_first else SQLiteDirection.ASC,  # the server's default
            starred_first=starred_first,
            categories=wanted,
        )
        result = expect(parsed, OffsetPaginatedResultsImageDTO, "list images")

        def load(at: int) -> Any:
            return self.list_image_dtos(
                limit=limit,
                offset=at,
                newest_first=newest_first,
                starred_first=starred_first,
                categories=categories,
            )

        return AsyncPage(list(result.items), offset=offset, total=result.total, load=load)

    async def iter_images(
        self,
        *,
        page_size: int = 100,
        newest_first: bool = True,
        starred_first: bool = True,
        categories: list[str] | None = None,
    ) -> AsyncIterator[ImageDTO]:
        """Every image record on this board, reading ``page_size`` at a time."""
        page = await self.list_image_dtos(
            limit=page_size,
            newest_first=newest_first,
            starred_first=starred_first,
            categories=categories,
        )
        async for image in page.auto_paging():
            yield image

    async def list_images(
        self,
        offset: int = 0,
        limit: int = 100,
        order_by: str = "created_at",
        order_dir: str = "DESC",
        starred_first: bool = False,
        search_term: str | None = None,
    ) -> list[str]:
        """Names of the images on this board, one page, newest first (``order_dir="ASC"``:
        oldest first), starred ones first with ``starred_first``, and only those whose metadata
        matches ``search_term`` when given. The server orders by creation time only:
        ``order_by`` must be ``"created_at"``."""
        if order_by != "created_at":
            raise InvalidInputError(
                f"order_by must be 'created_at' (the server's only order), got {order_by!r}"
            )
        direction = str(order_dir).upper()
        if direction not in ("ASC", "DESC"):
            raise InvalidInputError(f"order_dir must be 'ASC' or 'DESC', got {order_dir!r}")
        if search_term is not None and not isinstance(search_term, str):
            raise InvalidInputError(f"search_term must be a string, got {search_term!r}")
        if limit < 1 or offset < 0:
            raise InvalidInputError(f"need limit >= 1 and offset >= 0, got {limit=} {offset=}")
        parsed = await self._ctx.call(
            list_image_dtos,
            board_id=self.board_id,
            limit=limit,
            offset=offset,
            order_dir=UNSET if direction == "DESC" else SQLiteDirection.ASC,  # server default
            starred_first=starred_first,
            search_term=search_term or UNSET,
        )
        result = expect(parsed, OffsetPaginatedResultsImageDTO, "list images")
        return [dto.image_name for dto in result.items]

    async def list_image_names(self) -> list[str]:
        """Names of every image on this board."""
        return [dto.image_name async for dto in self.iter_images(page_size=_NAMES_PAGE)]

    # ------------------------------------------------------------------------- uploading
    async def upload_image(
        self,
        file_path: str | Path,
        is_intermediate: bool = False,
        image_category: IvkImageCategory | ImageCategory | str = IvkImageCategory.USER,
        session_id: str | None = None,
        *,
        max_bytes: int | None = UPLOAD_MAX_BYTES_DEFAULT,
    ) -> IvkImage:
        """Upload an image file onto this board (uncategorized for ``"none"``).

        Raises ``InvalidInputError`` naming the file before anything is read or sent when it
        is missing, is not an image (PNG, JPEG, WebP, GIF, BMP or TIFF, recognised by
        content), is larger than ``max_bytes`` (100 MiB by default, ``None`` for no limit:
        the server has none) or declares more pixels than the server opens (PNG, GIF and BMP
        headers; the server's refusal of other formats is raised naming the file too).
        """
        path = Path(file_path)
        if not path.is_file():
            raise InvalidInputError(f"cannot upload {str(path)!r}: no such file")
        with path.open("rb") as source:
            head = source.read(32)
        check_upload(head, path.stat().st_size, path.name, max_bytes)
        return await self.upload_image_data(
            path.read_bytes(),
            path.name,
            is_intermediate,
            image_category,
            session_id,
            max_bytes=max_bytes,
        )

    async def upload_image_data(
        self,
        image_data: bytes,
        filename: str | None = None,
        is_intermediate: bool = False,
        image_category: IvkImageCategory | ImageCategory | str = IvkImageCategory.USER,
        session_id: str | None = None,
        *,
        max_bytes: int | None = UPLOAD_MAX_BYTES_DEFAULT,
    ) -> IvkImage:
        """Upload image bytes onto this board (``filename`` defaults to ``image.<type>``);
        refused as :meth:`upload_image` says, and for an unknown category."""
        shown = filename or "the data"
        media_type = check_upload(image_data[:32], len(image_data), shown, max_bytes)
        category = _category(image_category)
        name = filename or "image." + media_type.rsplit("/", 1)[-1]
        body = BodyUploadImage(
            file=File(payload=BytesIO(image_data), file_name=name, mime_type=media_type)
        )
        try:
            parsed = await self._ctx.call(
                upload_image,
                body=body,
                image_category=category,
                is_intermediate=is_intermediate,
                board_id=UNSET if self.is_uncategorized else self.board_id,
                session_id=UNSET if session_id is None else session_id,
            )
        except APIStatusError as exc:
            if exc.status_code not in (413, 415):
                raise
            # The server (415: its decoder refused the image) or a proxy in front of it (413:
            # too large) refused the file: say which one.
            raise type(exc)(exc.response, what=f"cannot upload {shown!r}") from exc
        return IvkImage.from_api_response(expect(parsed, ImageDTO, "upload image").to_dict())

    async def add_image(self, image_name: str) -> None:
        """Move an image onto this board (an image is on at most one board)."""
        if self.is_uncategorized:
            raise InvalidInputError("use remove_image to make an image uncategorized")
        body = BodyAddImageToBoard(board_id=self.board_id, image_name=_name(image_name))
        await self._ctx.call(add_image_to_board, body=body)

    # ------------------------------------------------------------------------- downloading
    async def download_image(self, image_name: str, full_resolution: bool = True) -> bytes:
        """The image's bytes: the full PNG, or the WebP thumbnail."""
        endpoint = get_image_full if full_resolution else get_image_thumbnail
        parsed = await self._ctx.call(endpoint, _name(image_name))
        return expect(parsed, File, "download image").payload.read()

    async def download_image_to(
        self,
        image_name: str,
        target: str | Path,
        *,
        full_resolution: bool = True,
        overwrite: bool = False,
    ) -> Path:
        """Stream an image into a file and return its path.

        ``target`` is a file path, or a folder (the file is then named after the image). The
        bytes go to a temporary file beside it that is moved into place once complete; an
        existing file is kept unless ``overwrite`` (``FileExistsError``); a server-provided name
        that is not a plain file name is refused (``InvalidInputError``).
        """
        endpoint = get_image_full if full_resolution else get_image_thumbnail
        name = _name(image_name)
        suffix = "" if full_resolution else ".webp"
        destination = target_path(target, name + suffix)
        return await self._ctx.stream_to_file(
            self._ctx.build(endpoint, name), destination, overwrite=overwrite
        )

    async def download_zip(
        self,
        target: str | Path,
        *,
        image_names: list[str] | None = None,
        overwrite: bool = False,
        timeout: float = 120.0,
    ) -> Path:
        """Download this board's images (or ``image_names``) as one zip, written like
        :meth:`download_image_to`. The server builds the zip in the background and deletes it
        after its first download."""
        if image_names is not None:
            body = BodyDownloadImagesFromList(image_names=[_name(n) for n in image_names])
        else:
            body = BodyDownloadImagesFromList(board_id=self.board_id)
        parsed = await self._ctx.call(download_images_from_list, body=body)
        item_name = expect(parsed, ImagesDownloaded, "bulk download").bulk_download_item_name
        if not isinstance(item_name, str):
            raise UnexpectedResponseError("bulk download: the server named no zip")
        destination = target_path(target, item_name)
        # The zip appears when the server has written it (bulk_download_complete); until then
        # its route answers 404. Polling keeps this independent of a socket.
        deadline = time.monotonic() + timeout
        delay = POLL_INTERVAL_MIN_S
        while True:
            try:
                return await self._ctx.stream_to_file(
                    self._ctx.build(get_bulk_download_item, item_name),
                    destination,
                    overwrite=overwrite,
                )
            except NotFoundError:
                if time.monotonic() + delay > deadline:
                    raise
            await self._ctx.sleep(delay)
            delay = min(delay * 2, POLL_INTERVAL_MAX_S)

    # ------------------------------------------------------------------------- one image
    async def get_image(self, image_name: str) -> ImageDTO:
        """An image's record (size, category, board, starred, ...)."""
        parsed = await self._ctx.call(get_image_dto, _name(image_name))
        return expect(parsed, ImageDTO, "get image")

    async def remove_image(self, image_name: str) -> bool:
        """Take an image off its board (it becomes uncategorized); True once done."""
        body = BodyRemoveImageFromBoard(image_name=_name(image_name))
        await self._ctx.call(remove_image_from_board, body=body)
        return True

    async def move_image(self, image_name: str, to_board_id: str) -> None:
        """Move an image from this board to another (``"none"``: uncategorized).

        Raises:
            InvalidInputError: ``to_board_id`` is not a board id (a handle: pass its
                ``board_id``), before anything is sent.
        """
        if not isinstance(to_board_id, str) or not to_board_id:
            raise InvalidInputError(
                f"to_board_id must be a board id (str), got {type(to_board_id).__name__}"
                + (": pass its .board_id" if hasattr(to_board_id, "board_id") else "")
            )
        if to_board_id == UNCATEGORIZED:
            await self.remove_image(image_name)
        else:
            await AsyncBoardHandle(self._ctx, to_board_id).add_image(image_name)

    async def move_image_to(self, image_name: str, target_board_id: str) -> bool:
        """The original client's :meth:`move_image`; True once moved."""
        await self.move_image(image_name, target_board_id)
        return True

    async def star_image(self, image_name: str) -> bool:
        """Star one image; True once done."""
        await self.star_images([image_name])
        return True

    async def unstar_image(self, image_name: str) -> bool:
        """Remove one image's star; True once done."""
        await self.unstar_images([image_name])
        return True

    async def star_images(self, image_names: list[str]) -> None:
        """Star images (starred images are listed first)."""
        body = BodyStarImagesInList(image_names=[_name(n) for n in image_names])
        await self._ctx.call(star_images_in_list, body=body)

    async def unstar_images(self, image_names: list[str]) -> None:
        """Remove the star of images."""
        body = BodyUnstarImagesInList(image_names=[_name(n) for n in image_names])
        await self._ctx.call(unstar_images_in_list, body=body)

    async def delete_image(self, image_name: str, *, strict: bool = False) -> bool:
        """Delete an image from the server (its file and record): True when the server reports
        it deleted, False when there was no such image (``strict=True``: raise
        ``NotFoundError`` instead)."""
        name = _name(image_name)
        try:
            if await self._ctx.has_quirk("image_delete_answers_null"):
                await self._ctx.call(get_image_dto, name)
            payload = await self._ctx.send_json(self._ctx.build(delete_image, name))
        except NotFoundError:
            if strict:
                raise
            return False
        if not isinstance(payload, dict) or payload.get(LEGACY_EMPTY_ANSWER):
            return True  # before 6.x the server answers null once the image is deleted
        deleted = payload.get("deleted_images") or []
        if name not in deleted and strict:
            raise UnexpectedResponseError(f"the server did not delete {name!r}: {payload!r}")
        return name in deleted

    async def get_image_metadata(self, image_name: str) -> dict[str, Any] | None:
        """The generation metadata stored in an image, or None."""
        parsed = await self._ctx.call(get_image_metadata, _name(image_name))
        if parsed is None:
            return None
        to_dict = getattr(parsed, "to_dict", None)
        return dict(to_dict()) if callable(to_dict) else None

    async def get_image_workflow(self, image_name: str) -> tuple[dict[str, Any] | None, Any]:
        """The workflow and the graph embedded in an image made by the server (each None
        when absent), decoded from the JSON strings the server keeps."""
        parsed = await self._ctx.call(get_image_workflow, _name(image_name))
        embedded = expect(parsed, WorkflowAndGraphResponse, "image workflow")
        return _decode(embedded.workflow), _decode(embedded.graph)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.board_id!r})"
