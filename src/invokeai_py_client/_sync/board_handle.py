# Generated from _async/board_handle.py by scripts/unasync.py: do not edit by hand.
"""Operations on one board and its images."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from invokeai_api.models import BoardDTO, ImageCategory, ImageDTO

from .._backends._files import target_path
from .._core import boards, images
from .._core.boards import UNCATEGORIZED, UNCATEGORIZED_NAME
from .._core.constants import POLL_INTERVAL_MAX_S, POLL_INTERVAL_MIN_S, UPLOAD_MAX_BYTES_DEFAULT
from .._core.errors import InvalidInputError, NotFoundError, UnexpectedResponseError
from .._core.media import check_upload
from ..models import IvkImage
from ._requester import Requester
from .pagination import Page


class BoardHandle:
    """One board (or the uncategorized pseudo-board ``"none"``) and its images."""

    def __init__(
        self,
        requester: Requester,
        board_id: str,
        *,
        board_name: str | None = None,
        board: BoardDTO | None = None,
        verified: bool = False,
    ) -> None:
        self._ctx = requester
        self._board_id = board_id
        self._board = board
        self._board_name = board.board_name if board is not None else board_name
        # Whether the board is known to exist: a handle made from a bare id checks it the first
        # time an answer could otherwise hide a typo (an empty listing, an upload filed
        # elsewhere), so that a missing board raises NotFoundError on every line.
        self._verified = verified or board is not None or board_id == UNCATEGORIZED

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

    def refresh(self) -> None:
        """Read the board's record (name, counts) from the server again.

        Raises:
            NotFoundError: the board no longer exists.
        """
        if self.is_uncategorized:
            self._board_name = UNCATEGORIZED_NAME
            return
        self._board = self._ctx.call(boards.get(self.board_id))
        self._board_name = self._board.board_name
        self._verified = True

    def _require_board(self) -> None:
        """Raise ``NotFoundError`` (the server's 404 for the board) unless the board exists."""
        if not self._verified:
            try:
                self.refresh()
            except NotFoundError as exc:
                raise NotFoundError(
                    exc.response, what=f"board {self.board_id!r} does not exist"
                ) from None

    def get_image_count(self) -> int:
        """How many images (of every category, intermediates included) are on this board."""
        page = self.list_image_dtos(limit=1, starred_first=False)
        return page.total if page.total is not None else len(page)

    # ------------------------------------------------------------------------- listing
    def list_image_dtos(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        newest_first: bool = True,
        starred_first: bool = True,
        categories: list[str] | None = None,
    ) -> Page[ImageDTO]:
        """One page of image records on this board (newest and starred first by default).

        ``categories``: ``general`` (generated), ``user`` (uploads), ``mask``, ``control``,
        ``other``; all by default. The page iterates its records; ``next_page()`` reads on.
        """
        result = self._ctx.call(
            images.list_page(
                self.board_id,
                limit=limit,
                offset=offset,
                newest_first=newest_first,
                starred_first=starred_first,
                categories=categories,
            )
        )
        if not result.items and offset == 0:
            self._require_board()

        def load(at: int) -> Any:
            return self.list_image_dtos(
                limit=limit,
                offset=at,
                newest_first=newest_first,
                starred_first=starred_first,
                categories=categories,
            )

        return Page(list(result.items), offset=offset, total=result.total, load=load)

    def iter_images(
        self,
        *,
        page_size: int = 100,
        newest_first: bool = True,
        starred_first: bool = True,
        categories: list[str] | None = None,
    ) -> Iterator[ImageDTO]:
        """Every image record on this board, reading ``page_size`` at a time."""
        page = self.list_image_dtos(
            limit=page_size,
            newest_first=newest_first,
            starred_first=starred_first,
            categories=categories,
        )
        for image in page.auto_paging():
            yield image

    def list_images(
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
        result = self._ctx.call(
            images.list_page(
                self.board_id,
                limit=limit,
                offset=offset,
                newest_first=direction == "DESC",
                starred_first=starred_first,
                search_term=search_term,
            )
        )
        if not result.items and offset == 0:
            self._require_board()
        return [dto.image_name for dto in result.items]

    def list_image_names(self) -> list[str]:
        """Names of every image on this board."""
        return [dto.image_name for dto in self.iter_images(page_size=images.NAMES_PAGE)]

    # ------------------------------------------------------------------------- uploading
    def upload_image(
        self,
        file_path: str | Path,
        is_intermediate: bool = False,
        image_category: ImageCategory | str = ImageCategory.USER,
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
        return self.upload_image_data(
            path.read_bytes(),
            path.name,
            is_intermediate,
            image_category,
            session_id,
            max_bytes=max_bytes,
        )

    def upload_image_data(
        self,
        image_data: bytes,
        filename: str | None = None,
        is_intermediate: bool = False,
        image_category: ImageCategory | str = ImageCategory.USER,
        session_id: str | None = None,
        *,
        max_bytes: int | None = UPLOAD_MAX_BYTES_DEFAULT,
    ) -> IvkImage:
        """Upload image bytes onto this board (``filename`` defaults to ``image.<type>``);
        refused as :meth:`upload_image` says, and for an unknown category."""
        shown = filename or "the data"
        media_type = check_upload(image_data[:32], len(image_data), shown, max_bytes)
        spec = images.upload(
            self.board_id,
            image_data,
            file_name=filename or "image." + media_type.rsplit("/", 1)[-1],
            media_type=media_type,
            shown=shown,
            image_category=images.category(image_category),
            is_intermediate=is_intermediate,
            session_id=session_id,
        )
        uploaded = self._ctx.call(spec)
        if not self.is_uncategorized and uploaded.board_id != self.board_id:
            self._refuse_filed_elsewhere(uploaded.image_name)
        return IvkImage.from_api_response(uploaded.to_dict())

    def _refuse_filed_elsewhere(self, image_name: str) -> None:
        # Before 6.12 an upload to a board that does not exist is filed as uncategorized and
        # answers 201: the upload is undone and refused as newer servers refuse it (404).
        if self._ctx.has_quirk("upload_missing_board_uncategorized"):
            self._verified = False
            try:
                self._require_board()
            except NotFoundError:
                self._ctx.call(images.delete(image_name))
                raise

    def add_image(self, image_name: str) -> None:
        """Move an image onto this board (an image is on at most one board)."""
        if self.is_uncategorized:
            raise InvalidInputError("use remove_image to make an image uncategorized")
        self._ctx.call(images.add_to_board(self.board_id, image_name))

    # ------------------------------------------------------------------------- downloading
    def download_image(self, image_name: str, full_resolution: bool = True) -> bytes:
        """The image's bytes: the full PNG, or the WebP thumbnail."""
        return self._ctx.call(images.file(image_name, full_resolution=full_resolution))

    def download_image_to(
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
        spec = images.file(image_name, full_resolution=full_resolution)
        suffix = "" if full_resolution else ".webp"
        destination = target_path(target, image_name + suffix)
        return self._ctx.stream_to_file(spec, destination, overwrite=overwrite)

    def download_zip(
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
        item_name = self._ctx.call(images.bulk_download(self.board_id, image_names))
        destination = target_path(target, item_name)
        # The zip appears when the server has written it (bulk_download_complete); until then
        # its route answers 404. Polling keeps this independent of a socket.
        deadline = time.monotonic() + timeout
        delay = POLL_INTERVAL_MIN_S
        while True:
            try:
                return self._ctx.stream_to_file(
                    images.bulk_download_file(item_name), destination, overwrite=overwrite
                )
            except NotFoundError:
                if time.monotonic() + delay > deadline:
                    raise
            self._ctx.sleep(delay)
            delay = min(delay * 2, POLL_INTERVAL_MAX_S)

    # ------------------------------------------------------------------------- one image
    def get_image(self, image_name: str) -> ImageDTO:
        """An image's record (size, category, board, starred, ...)."""
        return self._ctx.call(images.record(image_name))

    def remove_image(self, image_name: str) -> bool:
        """Take an image off its board (it becomes uncategorized); True once done."""
        self._ctx.call(images.remove_from_board(image_name))
        return True

    def move_image(self, image_name: str, to_board_id: str) -> None:
        """Move an image from this board to another (``"none"``: uncategorized).

        Raises:
            InvalidInputError: ``to_board_id`` is not a board id (a handle: pass its
                ``board_id``), before anything is sent.
        """
        if not isinstance(to_board_id, str) or not to_board_id:
            raise images.not_a_board_id(to_board_id)
        if to_board_id == UNCATEGORIZED:
            self.remove_image(image_name)
        else:
            BoardHandle(self._ctx, to_board_id).add_image(image_name)

    def move_image_to(self, image_name: str, target_board_id: str) -> bool:
        """The original client's :meth:`move_image`; True once moved."""
        self.move_image(image_name, target_board_id)
        return True

    def star_image(self, image_name: str) -> bool:
        """Star one image; True once done."""
        self.star_images([image_name])
        return True

    def unstar_image(self, image_name: str) -> bool:
        """Remove one image's star; True once done."""
        self.unstar_images([image_name])
        return True

    def star_images(self, image_names: list[str]) -> None:
        """Star images (starred images are listed first)."""
        self._ctx.call(images.star(image_names, starred=True))

    def unstar_images(self, image_names: list[str]) -> None:
        """Remove the star of images."""
        self._ctx.call(images.star(image_names, starred=False))

    def delete_image(self, image_name: str, *, strict: bool = False) -> bool:
        """Delete an image from the server (its file and record): True when the server reports
        it deleted, False when there was no such image (``strict=True``: raise
        ``NotFoundError`` instead)."""
        spec = images.delete(image_name)
        try:
            if self._ctx.has_quirk("image_delete_answers_null"):
                self._ctx.call(images.record(image_name))
            deleted = self._ctx.call(spec)
        except NotFoundError:
            if strict:
                raise
            return False
        if deleted is None:
            return True  # an older server's empty answer: the image was there, so it is gone
        if not deleted and strict:
            raise UnexpectedResponseError(f"the server did not delete {image_name!r}")
        return deleted

    def get_image_metadata(self, image_name: str) -> dict[str, Any] | None:
        """The generation metadata stored in an image, or None."""
        return self._ctx.call(images.metadata(image_name))

    def get_image_workflow(self, image_name: str) -> tuple[dict[str, Any] | None, Any]:
        """The workflow and the graph embedded in an image made by the server (each None
        when absent), decoded from the JSON strings the server keeps."""
        return self._ctx.call(images.embedded(image_name))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.board_id!r})"
