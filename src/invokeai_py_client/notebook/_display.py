"""What a notebook shows for the client's objects: images as thumbnails (full size on request),
pages of images and boards as grids of thumbnails with names, a workflow's inputs as a table, a
finished run as its output images.

Every display object answers IPython's display protocol (``_repr_mimebundle_`` /
``_repr_html_``) and nothing here imports IPython: the protocol is plain methods.
"""

from __future__ import annotations

import base64
import html
import inspect
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any

from .._core.results import image_names
from .._core.workflows.describe import constraint_text, describe_inputs
from .._core.workflows.inputs import WorkflowInput

Fetch = Callable[[str, bool], "bytes | Awaitable[bytes]"]
"""(image name, full resolution) -> the image's bytes (awaitable for the async client)."""

THUMBNAIL_PX = 160
_NAME_CHARS = 28


def _short(name: str) -> str:
    return name if len(name) <= _NAME_CHARS else name[: _NAME_CHARS - 1] + "…"


def _sniff(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    return "application/octet-stream"


def _data_url(data: bytes) -> str:
    return f"data:{_sniff(data)};base64,{base64.b64encode(data).decode('ascii')}"


def _resolved(value: bytes | Awaitable[bytes]) -> bytes | None:
    if inspect.isawaitable(value):
        close = getattr(value, "close", None)
        if callable(close):
            close()  # an async client's fetch cannot run inside a display call
        return None
    return value


class FullImage:
    """An image at full size (a PNG): shown as itself."""

    def __init__(self, image_name: str, data: bytes) -> None:
        self.image_name = image_name
        self.data = data

    def _repr_png_(self) -> bytes | None:
        return self.data if _sniff(self.data) == "image/png" else None

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {_sniff(self.data): self.data, "text/plain": repr(self)}

    def __repr__(self) -> str:
        return f"FullImage({self.image_name!r}, {len(self.data)} bytes)"


class ImagePreview:
    """An image of the server as a notebook shows it: its thumbnail and name.

    The thumbnail is fetched the first time it is shown and kept on the object;
    :meth:`full` (:meth:`afull` with the async client) fetches the full-size image once and
    keeps it too.
    """

    def __init__(
        self,
        image_name: str,
        fetch: Fetch | None = None,
        *,
        width: int | None = None,
        height: int | None = None,
        caption: str | None = None,
        thumbnail: bytes | None = None,
    ) -> None:
        self.image_name = image_name
        self.width = width
        self.height = height
        self.caption = caption
        self._fetch = fetch
        self._thumbnail = thumbnail
        self._full: bytes | None = None

    # ---------------------------------------------------------------- fetching (once)
    def thumbnail(self) -> bytes | None:
        """The thumbnail's bytes (WebP), fetched once; None with an async client until
        :meth:`aload`."""
        if self._thumbnail is None and self._fetch is not None:
            self._thumbnail = _resolved(self._fetch(self.image_name, False))
        return self._thumbnail

    async def aload(self) -> ImagePreview:
        """Fetch the thumbnail now (the async client's way; the blocking one fetches on
        display)."""
        if self._thumbnail is None and self._fetch is not None:
            value = self._fetch(self.image_name, False)
            self._thumbnail = await value if inspect.isawaitable(value) else value
        return self

    def full(self) -> FullImage:
        """The image at full size, fetched once (blocking client).

        Raises:
            RuntimeError: the preview belongs to an async client (use ``await afull()``).
        """
        if self._full is None:
            if self._fetch is None:
                raise RuntimeError(f"no way to fetch {self.image_name!r}: made without a client")
            data = _resolved(self._fetch(self.image_name, True))
            if data is None:
                raise RuntimeError("an async client's image: use `await preview.afull()`")
            self._full = data
        return FullImage(self.image_name, self._full)

    async def afull(self) -> FullImage:
        """The image at full size, fetched once (either client)."""
        if self._full is None:
            if self._fetch is None:
                raise RuntimeError(f"no way to fetch {self.image_name!r}: made without a client")
            value = self._fetch(self.image_name, True)
            self._full = await value if inspect.isawaitable(value) else value
        return FullImage(self.image_name, self._full)

    # ---------------------------------------------------------------- display
    def tile_html(self) -> str:
        data = self.thumbnail()
        label = html.escape(self.caption or _short(self.image_name))
        title = html.escape(self.image_name)
        size = f"{self.width}x{self.height}" if self.width and self.height else ""
        if data is not None:
            picture = (
                f'<img src="{_data_url(data)}" alt="{title}" title="{title}" '
                f'style="max-width:{THUMBNAIL_PX}px;max-height:{THUMBNAIL_PX}px;display:block;'
                'margin:auto"/>'
            )
        else:
            picture = (
                f'<div style="width:{THUMBNAIL_PX}px;height:{THUMBNAIL_PX // 2}px;display:flex;'
                'align-items:center;justify-content:center;background:#8882;font-size:11px">'
                "no preview</div>"
            )
        small = f'<div style="font-size:10px;opacity:.7">{size}</div>' if size else ""
        return (
            f'<figure style="margin:4px;padding:4px;width:{THUMBNAIL_PX + 8}px;text-align:center">'
            f'{picture}<figcaption style="font-size:11px;word-break:break-all">{label}</figcaption>'
            f"{small}</figure>"
        )

    def _repr_html_(self) -> str:
        return f'<div style="display:flex">{self.tile_html()}</div>'

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {"text/html": self._repr_html_(), "text/plain": repr(self)}

    def __repr__(self) -> str:
        size = f", {self.width}x{self.height}" if self.width and self.height else ""
        return f"ImagePreview({self.image_name!r}{size})"


class Tile:
    """A named tile of a grid without an image of its own to fetch (a board without a cover)."""

    def __init__(self, caption: str, detail: str = "", preview: ImagePreview | None = None):
        self.caption = caption
        self.detail = detail
        self.preview = preview

    def thumbnail(self) -> bytes | None:
        return self.preview.thumbnail() if self.preview is not None else None

    async def aload(self) -> Tile:
        if self.preview is not None:
            await self.preview.aload()
        return self

    def tile_html(self) -> str:
        if self.preview is not None:
            self.preview.caption = self.caption
            inner = self.preview.tile_html()
        else:
            inner = ImagePreview(self.caption, caption=self.caption).tile_html()
        if self.detail:
            detail = f'<div style="font-size:10px;opacity:.7">{html.escape(self.detail)}</div>'
            inner = inner.replace("</figure>", detail + "</figure>")
        return inner

    def __repr__(self) -> str:
        return f"Tile({self.caption!r}{', ' + repr(self.detail) if self.detail else ''})"


class Gallery:
    """A grid of thumbnails with names (a page of images, boards, a run's outputs)."""

    def __init__(self, tiles: Sequence[ImagePreview | Tile], *, title: str = "") -> None:
        self.tiles = list(tiles)
        self.title = title

    def __len__(self) -> int:
        return len(self.tiles)

    def __getitem__(self, index: int) -> ImagePreview | Tile:
        return self.tiles[index]

    async def aload(self) -> Gallery:
        """Fetch every thumbnail now (the async client's way)."""
        for tile in self.tiles:
            await tile.aload()
        return self

    def _repr_html_(self) -> str:
        head = (
            f'<div style="font-weight:bold;margin:2px 4px">{html.escape(self.title)}</div>'
            if self.title
            else ""
        )
        if not self.tiles:
            return head + "<div><em>(nothing to show)</em></div>"
        cells = "".join(tile.tile_html() for tile in self.tiles)
        grid = '<div style="display:flex;flex-wrap:wrap;align-items:flex-start">'
        return f"{head}{grid}{cells}</div>"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {"text/html": self._repr_html_(), "text/plain": repr(self)}

    def __repr__(self) -> str:
        title = f"{self.title!r}, " if self.title else ""
        return f"Gallery({title}{len(self.tiles)} tiles)"


class InputsTable:
    """A workflow's inputs as a table: index, label, node, field, kind, value, constraints."""

    COLUMNS = ("index", "label", "node", "field", "kind", "required", "value", "allowed")

    def __init__(self, inputs: Iterable[WorkflowInput], *, title: str = "") -> None:
        self.rows = describe_inputs(inputs)
        for row in self.rows:
            row["allowed"] = constraint_text(row)
        self.title = title

    def _cell(self, value: Any) -> str:
        text = "" if value is None else str(value)
        if len(text) > 60:
            text = text[:59] + "…"
        return html.escape(text)

    def _repr_html_(self) -> str:
        head = "".join(f"<th style='text-align:left'>{c}</th>" for c in self.COLUMNS)
        body = "".join(
            "<tr>" + "".join(f"<td>{self._cell(row.get(c))}</td>" for c in self.COLUMNS) + "</tr>"
            for row in self.rows
        )
        caption = f"<caption>{html.escape(self.title)}</caption>" if self.title else ""
        style = "font-size:12px;word-break:break-word"
        return (
            f'<table style="{style}">{caption}<thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>"
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {"text/html": self._repr_html_(), "text/plain": self.text()}

    def text(self) -> str:
        """The table as plain text (one input a line)."""
        lines = []
        for row in self.rows:
            allowed = f" [{row['allowed']}]" if row["allowed"] else ""
            required = " (required)" if row["required"] else ""
            lines.append(
                f"[{row['index']}] {row['label']!s} ({row['field']}, {row['kind']}){required}"
                f" = {row['value']!r}{allowed}"
            )
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"InputsTable({len(self.rows)} inputs)"


def queue_item_image_names(items: Iterable[Any]) -> list[str]:
    """Every image name the queue items produced, in order, without repeats."""
    seen: dict[str, None] = {}
    for item in items:
        for name in image_names(item):
            seen.setdefault(name, None)
    return list(seen)
