"""Images, I/O-free: the requests of a board handle (list, upload, move, star, download,
delete, metadata), and how their answers are read."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from io import BytesIO
from typing import Any

from invokeai_api.api.boards import add_image_to_board, remove_image_from_board
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
from invokeai_api.types import UNSET, File, Unset

from . import checks
from .boards import UNCATEGORIZED
from .compat import LEGACY_EMPTY_ANSWER
from .errors import APIStatusError, InvalidInputError, UnexpectedResponseError
from .spec import Parse, Spec, checked, nothing

NAMES_PAGE = 500
"""Records read per request when only the names of a board's images are wanted."""


def category(value: Any) -> ImageCategory:
    return checks.member(ImageCategory, value, "image category")


def on_board(board: str) -> str | Unset:
    """The ``board_id`` to send (none for the uncategorized pseudo-board, whose images are on no
    board)."""
    return UNSET if board == UNCATEGORIZED else board


# ------------------------------------------------------------------------------ requests
def list_page(
    board: str,
    *,
    limit: int,
    offset: int,
    newest_first: bool,
    starred_first: bool,
    categories: Iterable[Any] | None = None,
    search_term: str | None = None,
) -> Spec[OffsetPaginatedResultsImageDTO]:
    """One page of a board's image records (``categories``: all when None; ``search_term``:
    only images whose metadata matches)."""
    checks.page(limit, offset)
    return Spec.of(
        list_image_dtos,
        board_id=board,
        limit=limit,
        offset=offset,
        order_dir=UNSET if newest_first else SQLiteDirection.ASC,  # newest first: the default
        starred_first=starred_first,
        categories=checks.members(ImageCategory, categories, "image category"),
        search_term=search_term or UNSET,
        returns=checked(OffsetPaginatedResultsImageDTO),
    )


def upload(
    board: str,
    data: bytes,
    *,
    file_name: str,
    media_type: str,
    shown: str,
    image_category: ImageCategory,
    is_intermediate: bool,
    session_id: str | None,
) -> Spec[ImageDTO]:
    """``shown`` names the file in the error raised when the server (415: its decoder refused
    the image) or a proxy in front of it (413: too large) refuses it."""

    def refused(exc: APIStatusError) -> Exception:
        return type(exc)(exc.response, what=f"cannot upload {shown!r}")

    return Spec.of(
        upload_image,
        body=BodyUploadImage(
            file=File(payload=BytesIO(data), file_name=file_name, mime_type=media_type)
        ),
        image_category=image_category,
        is_intermediate=is_intermediate,
        board_id=on_board(board),
        session_id=UNSET if session_id is None else session_id,
        returns=checked(ImageDTO),
        errors={413: refused, 415: refused},
    )


def add_to_board(board: str, name: str) -> Spec[None]:
    body = BodyAddImageToBoard(board_id=board, image_name=checks.image_name(name))
    return Spec.of(add_image_to_board, body=body, returns=nothing)


def remove_from_board(name: str) -> Spec[None]:
    body = BodyRemoveImageFromBoard(image_name=checks.image_name(name))
    return Spec.of(remove_image_from_board, body=body, returns=nothing)


def file(name: str, *, full_resolution: bool) -> Spec[bytes]:
    """The full PNG, or the WebP thumbnail."""
    endpoint = get_image_full if full_resolution else get_image_thumbnail
    downloaded: Parse[File] = checked(File)
    return Spec.of(
        endpoint, checks.image_name(name), returns=lambda v: downloaded(v).payload.read()
    )


def bulk_download(board: str, names: list[str] | None) -> Spec[str]:
    """Start building a zip of ``names`` (or of the board's images); gives the zip's name."""
    if names is not None:
        body = BodyDownloadImagesFromList(image_names=[checks.image_name(n) for n in names])
    else:
        body = BodyDownloadImagesFromList(board_id=board)

    def zip_name(value: Any) -> str:
        item = checked(ImagesDownloaded)(value).bulk_download_item_name
        if not isinstance(item, str):
            raise UnexpectedResponseError("bulk download: the server named no zip")
        return item

    return Spec.of(download_images_from_list, body=body, returns=zip_name)


def bulk_download_file(item_name: str) -> Spec[None]:
    """The zip (streamed to a file by the caller)."""
    return Spec.of(get_bulk_download_item, item_name, returns=nothing)


def record(name: str) -> Spec[ImageDTO]:
    return Spec.of(get_image_dto, checks.image_name(name), returns=checked(ImageDTO))


def star(names: list[str], *, starred: bool) -> Spec[None]:
    checked_names = [checks.image_name(n) for n in names]
    if starred:
        return Spec.of(
            star_images_in_list,
            body=BodyStarImagesInList(image_names=checked_names),
            returns=nothing,
        )
    return Spec.of(
        unstar_images_in_list,
        body=BodyUnstarImagesInList(image_names=checked_names),
        returns=nothing,
    )


def delete(name: str) -> Spec[bool | None]:
    """Deleting an image, read tolerantly: True/False whether the server reports it deleted,
    None for an older server's empty answer (which names nothing)."""

    def deleted(payload: Any) -> bool | None:
        if not isinstance(payload, dict) or payload.get(LEGACY_EMPTY_ANSWER):
            return None  # before 6.x the server answers null once the image is deleted
        return name in (payload.get("deleted_images") or [])

    return Spec.of(delete_image, checks.image_name(name), json=True, returns=deleted)


def metadata(name: str) -> Spec[dict[str, Any] | None]:
    def read(parsed: Any) -> dict[str, Any] | None:
        if parsed is None:
            return None
        to_dict: Callable[[], Any] | None = getattr(parsed, "to_dict", None)
        return dict(to_dict()) if callable(to_dict) else None

    return Spec.of(get_image_metadata, checks.image_name(name), returns=read)


def _decode(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) and value else None


def embedded(name: str) -> Spec[tuple[dict[str, Any] | None, Any]]:
    """The workflow and the graph embedded in an image (each None when absent), decoded from
    the JSON strings the server keeps."""
    response: Parse[WorkflowAndGraphResponse] = checked(WorkflowAndGraphResponse)

    def read(value: Any) -> tuple[dict[str, Any] | None, Any]:
        found = response(value)
        return _decode(found.workflow), _decode(found.graph)

    return Spec.of(get_image_workflow, checks.image_name(name), returns=read)


def not_a_board_id(value: Any) -> InvalidInputError:
    """The error for a board handle (or anything else) given where a board's id goes."""
    return InvalidInputError(
        f"to_board_id must be a board id (str), got {type(value).__name__}"
        + (": pass its .board_id" if hasattr(value, "board_id") else "")
    )
