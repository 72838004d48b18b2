"""Turning the client's objects into display objects, with the client that fetches their
images: :func:`show` (blocking client), :func:`ashow` (async client), :func:`enable` (the bare
objects display themselves from then on)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._core.errors import InvalidInputError
from .._core.pages import PageBase
from .._core.results import output_image_names
from .._core.workflows.form import WorkflowForm
from ._display import Gallery, ImagePreview, InputsTable, Tile

if TYPE_CHECKING:
    from .._async.client import AsyncInvokeAIClient
    from .._sync.client import InvokeAIClient

    AnyClient = InvokeAIClient | AsyncInvokeAIClient

Displayable = ImagePreview | Gallery | InputsTable


def fetcher(client: AnyClient) -> Callable[[str, bool], bytes | Awaitable[bytes]]:
    """(image name, full size) -> its bytes, through ``client`` (a coroutine for the async
    client)."""
    handle = client.board_repo.get_uncategorized_handle()

    def fetch(name: str, full: bool) -> bytes | Awaitable[bytes]:
        return handle.download_image(name, full_resolution=full)

    return fetch


def _is_image(value: Any) -> bool:
    return isinstance(getattr(value, "image_name", None), str)


def _is_board_record(value: Any) -> bool:
    return hasattr(value, "board_name") and hasattr(value, "cover_image_name")


def _is_board_handle(value: Any) -> bool:
    return hasattr(value, "board_id") and hasattr(value, "list_image_dtos")


def _is_queue_item(value: Any) -> bool:
    return hasattr(value, "item_id") and hasattr(value, "session") and hasattr(value, "status")


def _preview(fetch: Any, value: Any) -> ImagePreview:
    if isinstance(value, str):
        return ImagePreview(value, fetch)
    width, height = getattr(value, "width", None), getattr(value, "height", None)
    return ImagePreview(
        value.image_name,
        fetch,
        width=width if isinstance(width, int) else None,
        height=height if isinstance(height, int) else None,
    )


def _board_tile(fetch: Any, value: Any) -> Tile:
    record = value.board if _is_board_handle(value) else value
    name = getattr(value, "board_name", None) or getattr(record, "board_name", None) or "?"
    count = getattr(record, "image_count", None)
    cover = getattr(record, "cover_image_name", None)
    detail = f"{count} images" if isinstance(count, int) else ""
    preview = ImagePreview(cover, fetch) if isinstance(cover, str) and cover else None
    return Tile(str(name), detail, preview)


def _tile(fetch: Any, value: Any) -> ImagePreview | Tile:
    if _is_board_record(value) or _is_board_handle(value):
        return _board_tile(fetch, value)
    if isinstance(value, str) or _is_image(value):
        return _preview(fetch, value)
    raise InvalidInputError(f"cannot show {type(value).__name__} as a thumbnail: {value!r:.80}")


def _run_outputs(fetch: Any, items: Iterable[Any]) -> Gallery:
    items = list(items)
    names: dict[str, None] = {}
    for item in items:
        for name in output_image_names(item):
            names.setdefault(name, None)
    ids = ", ".join(str(getattr(item, "item_id", "?")) for item in items)
    statuses = sorted({str(getattr(getattr(i, "status", ""), "value", "")) for i in items})
    title = f"queue item{'s' if len(items) != 1 else ''} {ids}: {', '.join(statuses)}"
    return Gallery([ImagePreview(name, fetch) for name in names], title=title)


def display_object(client: AnyClient | None, value: Any) -> Displayable:
    """The display object of ``value``: an image (record, ``IvkImage`` or name), a page or list
    of images or boards, a board (record or handle), a workflow handle (its inputs), a finished
    queue item, job, batch or list of queue items (their output images).

    Raises:
        InvalidInputError: nothing to show for this kind of value.
    """
    fetch = fetcher(client) if client is not None else None
    if isinstance(value, ImagePreview | Gallery | InputsTable):
        return value
    if isinstance(value, WorkflowForm):
        return InputsTable(value.list_inputs(), title=f"inputs of {value.definition.name!r}")
    if _is_queue_item(value):
        return _run_outputs(fetch, [value])
    if hasattr(value, "item_ids") and hasattr(value, "jobs"):  # a batch handle
        items = [job.item for job in value.jobs if job.item is not None]
        return _run_outputs(fetch, items)
    if hasattr(value, "item") and hasattr(value, "item_id"):  # a job handle
        return _run_outputs(fetch, [value.item] if value.item is not None else [])
    if _is_board_record(value) or _is_board_handle(value):
        return Gallery([_board_tile(fetch, value)])
    if isinstance(value, str) or _is_image(value):
        return _preview(fetch, value)
    if isinstance(value, PageBase):
        shown = f"{value.offset + 1}-{value.offset + len(value)}" if len(value) else "none"
        return Gallery([_tile(fetch, v) for v in value], title=f"{shown} of {value.total}")
    if isinstance(value, list | tuple):
        if value and all(_is_queue_item(v) for v in value):
            return _run_outputs(fetch, value)
        return Gallery([_tile(fetch, v) for v in value])
    if isinstance(value, Mapping):
        raise InvalidInputError("cannot show a mapping: pass the client's objects (records, pages)")
    raise InvalidInputError(f"cannot show {type(value).__name__}: {value!r:.80}")


def show(client: InvokeAIClient, value: Any) -> Displayable:
    """What a notebook shows for ``value`` (see :func:`display_object`), fetching thumbnails
    through the blocking ``client`` when it is displayed. The last expression of a cell shows
    it::

        show(client, client.board_repo.list_boards())
    """
    return display_object(client, value)


async def ashow(client: AsyncInvokeAIClient, value: Any) -> Displayable:
    """:func:`show` for the async client: the thumbnails are fetched here (a display call
    cannot await)::

        await ashow(client, await board.list_image_dtos(limit=12))
    """
    shown = display_object(client, value)
    if isinstance(shown, ImagePreview | Gallery):
        await shown.aload()
    return shown


def enable(client: InvokeAIClient) -> None:
    """Make the client's bare objects display themselves in this IPython session: an image
    record shows its thumbnail, a page or list of boards a grid, a workflow handle its inputs,
    a queue item its output images (through the blocking ``client``).

    Outside IPython it does nothing.
    """
    import sys

    if "IPython" not in sys.modules:
        return
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        return
    from invokeai_api.models import BoardDTO, ImageDTO, SessionQueueItem

    from .._sync.board_handle import BoardHandle
    from .._sync.pagination import Page
    from .._sync.queue_handles import BatchHandle, JobHandle
    from .._sync.workflow_handle import WorkflowHandle
    from ..models import IvkImage

    formatter = shell.display_formatter.formatters["text/html"]

    def html_of(value: Any) -> str | None:
        try:
            return display_object(client, value)._repr_html_()
        except InvalidInputError:
            return None

    for cls in (
        ImageDTO,
        IvkImage,
        BoardDTO,
        BoardHandle,
        Page,
        WorkflowHandle,
        SessionQueueItem,
        JobHandle,
        BatchHandle,
    ):
        formatter.for_type(cls, html_of)
