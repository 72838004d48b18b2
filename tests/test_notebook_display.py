"""The notebook display objects and progress, offline: thumbnails fetched once and kept, full
size on request, grids with names, the inputs table, progress from a run's events, and the
client importing nothing of notebooks. (tests/test_notebooks.py runs them in a real kernel
against the recorded servers.)"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from invokeai_py_client._core.events import RawEvent
from invokeai_py_client._core.pages import PageBase
from invokeai_py_client._core.progress import ItemsProgress
from invokeai_py_client.errors import InvalidInputError
from invokeai_py_client.notebook import Gallery, ImagePreview, InputsTable, display_object, progress
from scripts.png import make_png

WEBP = b"RIFF\x10\x00\x00\x00WEBPVP8 fake"


class Fetches:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []

    def __call__(self, name: str, full: bool) -> bytes:
        self.calls.append((name, full))
        return make_png(4, 4) if full else WEBP


def test_a_preview_fetches_its_thumbnail_once_and_keeps_it() -> None:
    fetch = Fetches()
    preview = ImagePreview("a.png", fetch, width=64, height=64)
    first = preview._repr_mimebundle_()
    second = preview._repr_mimebundle_()
    assert fetch.calls == [("a.png", False)]
    assert first == second
    assert "data:image/webp;base64," in first["text/html"] and "64x64" in first["text/html"]


def test_full_size_is_fetched_on_request_once_and_shown_as_png() -> None:
    fetch = Fetches()
    preview = ImagePreview("a.png", fetch)
    full = preview.full()
    assert preview.full().data == full.data
    assert fetch.calls == [("a.png", True)]
    assert full._repr_png_() == full.data and full.data.startswith(b"\x89PNG")


async def test_an_async_preview_is_loaded_by_awaiting() -> None:
    calls = []

    async def fetch(name: str, full: bool) -> bytes:
        calls.append((name, full))
        return make_png(4, 4) if full else WEBP

    preview = ImagePreview("b.png", fetch)
    assert preview.thumbnail() is None  # a display call cannot await
    await preview.aload()
    assert preview.thumbnail() == WEBP
    assert (await preview.afull()).data.startswith(b"\x89PNG")
    with pytest.raises(RuntimeError, match="afull"):
        ImagePreview("c.png", fetch).full()
    assert calls == [("b.png", False), ("b.png", True)]  # the refused ones never ran


class Record:
    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


def test_a_page_of_images_is_a_grid_with_names_and_where_it_sits() -> None:
    fetch = Fetches()
    images = [Record(image_name=f"img-{i}.png", board_id=None, width=8, height=8) for i in range(3)]
    page = PageBase(images, offset=10, total=40)
    shown = display_object(None, page)
    assert isinstance(shown, Gallery) and len(shown) == 3
    assert shown.title == "11-13 of 40"
    shown = Gallery([ImagePreview(i.image_name, fetch) for i in images])
    html = shown._repr_html_()
    assert all(f"img-{i}.png" in html for i in range(3))
    assert len(fetch.calls) == 3


def test_boards_show_their_cover_and_image_count() -> None:
    fetch = Fetches()
    boards = [
        Record(board_name="Renders", cover_image_name="c.png", image_count=5),
        Record(board_name="Empty", cover_image_name=None, image_count=0),
    ]
    shown = display_object(None, boards)
    assert isinstance(shown, Gallery)
    shown.tiles[0].preview._fetch = fetch  # type: ignore[union-attr]
    html = shown._repr_html_()
    assert "Renders" in html and "5 images" in html and "Empty" in html and "no preview" in html
    assert fetch.calls == [("c.png", False)]


def test_what_cannot_be_shown_is_refused_by_name() -> None:
    with pytest.raises(InvalidInputError, match="cannot show int"):
        display_object(None, 42)


def test_the_inputs_table_names_kinds_values_and_bounds() -> None:
    from invokeai_py_client.ivk_fields import IvkIntegerField
    from invokeai_py_client.workflow import WorkflowInput

    width = IvkIntegerField(512, minimum=64, maximum=2048, multiple_of=8)
    item = WorkflowInput(0, "noise", "width", "Width", "noise", width, True, "Noise")
    table = InputsTable([item])
    row = table.rows[0]
    assert (row["label"], row["field"], row["kind"], row["value"]) == (
        "Width",
        "noise.width",
        "integer",
        512,
    )
    assert row["allowed"] == ">= 64; <= 2048; multiple of 8"
    assert "<td>noise.width</td>" in table._repr_html_()
    assert "[0] Width (noise.width, integer) (required) = 512" in table.text()


def _status(item_id: int, status: str) -> RawEvent:
    return RawEvent("queue_item_status_changed", {"item_id": item_id, "status": status})


def _step(item_id: int, percentage: float) -> Any:
    from invokeai_py_client._core.events import parse_event

    payload = {
        "queue_id": "default",
        "item_id": item_id,
        "batch_id": "b",
        "origin": None,
        "destination": None,
        "session_id": "s",
        "invocation": {"id": "d", "type": "denoise_latents"},
        "invocation_source_id": "denoise",
        "message": "Denoising",
        "percentage": percentage,
        "image": None,
        "timestamp": 1,
    }
    return parse_event("invocation_progress", payload)[1]


def test_progress_follows_the_items_of_a_batch_only() -> None:
    state = ItemsProgress([1, 2])
    assert state.update(_status(1, "in_progress"))
    assert not state.update(_status(9, "completed"))  # another batch's item
    state.update(_step(1, 0.5))
    assert state.fraction == pytest.approx(0.25)
    state.update(_status(1, "completed"))
    state.update(_status(2, "failed"))
    assert state.done and state.fraction == 1.0
    assert state.summary == "2/2 items ended · 100% · 1 completed, 1 failed"


def test_progress_outside_ipython_prints_lines(capsys: pytest.CaptureFixture[str]) -> None:
    bar = progress([7], label="run")
    bar(_status(7, "in_progress"))
    bar(_step(7, 0.5))
    bar(_status(7, "completed"))
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "run: 1 item · 100% · 1 completed"
    assert len(lines) == 3


def test_the_client_imports_nothing_of_notebooks_or_agents() -> None:
    code = (
        "import sys, invokeai_py_client\n"
        "from invokeai_py_client import InvokeAIClient\n"
        "InvokeAIClient.from_url('http://127.0.0.1:9').close()\n"
        "print(sorted(m for m in ('IPython', 'ipywidgets', 'ipykernel', 'mcp', 'nbclient',"
        " 'invokeai_py_client.notebook') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_enable_makes_bare_images_display_as_thumbnails() -> None:
    from IPython.core.interactiveshell import InteractiveShell

    from invokeai_py_client.models import IvkImage
    from invokeai_py_client.notebook import enable

    fetch = Fetches()

    class Handle:
        def download_image(self, name: str, full_resolution: bool = True) -> bytes:
            return fetch(name, full_resolution)

    class Boards:
        def get_uncategorized_handle(self) -> Handle:
            return Handle()

    class FakeClient:
        board_repo = Boards()

    shell = InteractiveShell.instance()
    try:
        enable(FakeClient())  # type: ignore[arg-type]
        data, _ = shell.display_formatter.format(IvkImage(image_name="x.png", width=8, height=8))
    finally:
        InteractiveShell.clear_instance()
    assert "data:image/webp;base64," in data["text/html"] and "x.png" in data["text/html"]
    assert fetch.calls == [("x.png", False)]
