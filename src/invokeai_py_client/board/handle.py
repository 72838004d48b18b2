"""Operations on one board and its images."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from invokeai_api.api.boards import add_image_to_board
from invokeai_api.api.images import (
    get_image_full,
    get_image_thumbnail,
    list_image_dtos,
    upload_image,
)
from invokeai_api.models import (
    BodyAddImageToBoard,
    BodyUploadImage,
    ImageCategory,
    ImageDTO,
    OffsetPaginatedResultsImageDTO,
)
from invokeai_api.types import UNSET, File

from .._generated import expect
from .._media import sniff_image_type
from ..errors import InvalidInputError

if TYPE_CHECKING:
    from ..client import InvokeAIClient

UNCATEGORIZED = "none"
"""The board id InvokeAI uses, on reads, for images that are on no board."""


class BoardHandle:
    """One board (or the uncategorized pseudo-board ``"none"``) and its images."""

    def __init__(self, client: InvokeAIClient, board_id: str) -> None:
        self._client = client
        self.board_id = board_id

    @property
    def is_uncategorized(self) -> bool:
        return self.board_id == UNCATEGORIZED

    def list_image_dtos(self, *, limit: int = 100, offset: int = 0) -> list[ImageDTO]:
        """Image records on this board, newest first (starred first), one page."""
        if limit < 1 or offset < 0:
            raise InvalidInputError(f"need limit >= 1 and offset >= 0, got {limit=} {offset=}")
        parsed = list_image_dtos.sync(
            client=self._client.api, board_id=self.board_id, limit=limit, offset=offset
        )
        return expect(parsed, OffsetPaginatedResultsImageDTO, "list images").items

    def list_images(self, limit: int = 100, offset: int = 0) -> list[str]:
        """Names of the images on this board, one page (see :meth:`list_image_dtos`)."""
        return [dto.image_name for dto in self.list_image_dtos(limit=limit, offset=offset)]

    def list_image_names(self) -> list[str]:
        """Names of every image on this board."""
        names: list[str] = []
        page = 500
        while True:
            batch = self.list_images(limit=page, offset=len(names))
            names.extend(batch)
            if len(batch) < page:
                return names

    def upload_image(self, path: str | Path, *, is_intermediate: bool = False) -> ImageDTO:
        """Upload an image file onto this board (uncategorized for ``"none"``).

        Raises ``InvalidInputError`` before sending anything when the file is missing or is not
        an image (PNG, JPEG, WebP, GIF, BMP or TIFF, recognised by content).
        """
        file_path = Path(path)
        if not file_path.is_file():
            raise InvalidInputError(f"cannot upload {str(file_path)!r}: no such file")
        return self.upload_image_data(
            file_path.read_bytes(), file_path.name, is_intermediate=is_intermediate
        )

    def upload_image_data(
        self, data: bytes, filename: str = "image.png", *, is_intermediate: bool = False
    ) -> ImageDTO:
        """Upload image bytes onto this board. Raises ``InvalidInputError`` for non-image data."""
        media_type = sniff_image_type(data[:16])
        if media_type is None:
            raise InvalidInputError(
                f"cannot upload {filename!r}: its content is not a PNG, JPEG, WebP, GIF, BMP "
                "or TIFF image"
            )
        from io import BytesIO

        body = BodyUploadImage(
            file=File(payload=BytesIO(data), file_name=filename, mime_type=media_type)
        )
        parsed = upload_image.sync(
            client=self._client.api,
            body=body,
            image_category=ImageCategory.USER,
            is_intermediate=is_intermediate,
            board_id=UNSET if self.is_uncategorized else self.board_id,
        )
        return expect(parsed, ImageDTO, "upload image")

    def add_image(self, image_name: str) -> None:
        """Move an image onto this board (an image is on at most one board)."""
        if self.is_uncategorized:
            raise InvalidInputError("use remove_image to make an image uncategorized")
        add_image_to_board.sync(
            client=self._client.api,
            body=BodyAddImageToBoard(board_id=self.board_id, image_name=image_name),
        )

    def download_image(self, image_name: str, *, full_resolution: bool = True) -> bytes:
        """The image's bytes: the full PNG, or the WebP thumbnail."""
        endpoint = get_image_full if full_resolution else get_image_thumbnail
        parsed = endpoint.sync(image_name, client=self._client.api)
        return expect(parsed, File, "download image").payload.read()

    def __repr__(self) -> str:
        return f"BoardHandle({self.board_id!r})"
