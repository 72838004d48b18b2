"""Hostile input: every bad workflow, value or batch is refused with a typed error naming what was
wrong, before anything is sent (checked against each real server line's node schemas, recorded
once per version; the client points at a port where nothing listens)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import (
    AsyncInvokeAIClient,
    InvalidInputError,
    InvokeAIClient,
    UnsupportedMediaTypeError,
)
from invokeai_py_client.workflow import WorkflowDefinition, WorkflowValidationError

WORKFLOWS = Path(__file__).parent / "workflows"
FORM = WORKFLOWS / "blank_blur_save_form.json"


@pytest.fixture
def offline(server_openapi: dict[str, Any]) -> InvokeAIClient:
    client = InvokeAIClient(host="127.0.0.1", port=1)  # nothing listens: nothing may be sent
    client.workflow_repo.load_node_schemas(server_openapi)
    return client


def _form() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(FORM.read_text())
    return document


def _create(client: InvokeAIClient, document: Any) -> Any:
    return client.workflow_repo.create_workflow(WorkflowDefinition.from_dict(document))


@pytest.mark.parametrize(
    "text", ["", "{", "[]", "null", '"workflow"', '{"nodes": 3}', '{"nodes": [1]}']
)
def test_malformed_workflow_json_is_refused(text: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(InvalidInputError):
        WorkflowDefinition.from_file(path)


def test_a_form_field_naming_a_field_the_node_lacks_is_refused_at_load(
    offline: InvokeAIClient,
) -> None:
    document = _form()
    element = document["form"]["elements"]["node-field-radius"]
    element["data"]["fieldIdentifier"]["fieldName"] = "radiuss"
    with pytest.raises(WorkflowValidationError, match=r"'radiuss'.*does not have"):
        _create(offline, document)


def test_a_form_field_naming_a_missing_node_is_refused(offline: InvokeAIClient) -> None:
    document = _form()
    element = document["form"]["elements"]["node-field-radius"]
    element["data"]["fieldIdentifier"]["nodeId"] = "no-such-node"
    with pytest.raises(WorkflowValidationError, match="no-such-node"):
        _create(offline, document)


def test_an_unknown_node_type_is_refused_when_its_batch_is_built(offline: InvokeAIClient) -> None:
    document = _form()
    node = next(n for n in document["nodes"] if n["id"] == "blur")
    node["data"]["type"] = "no_such_node_type"
    with pytest.raises(InvalidInputError, match="no_such_node_type"):
        _create(offline, document).build_batch()


@pytest.mark.parametrize(
    ("ref", "value"),
    [(0, "wide"), (0, 1.5), (2, -1), (2, "x"), (3, "not-a-blur"), (4, "red")],
)
def test_wrong_and_out_of_range_values_are_refused(
    offline: InvokeAIClient, ref: int, value: Any
) -> None:
    wf = _create(offline, copy.deepcopy(_form()))
    with pytest.raises(InvalidInputError):
        wf.set_input_value(ref, value)


@pytest.mark.parametrize(
    "batch_values", [{0: 512}, {0: "512"}, {0: {"a": 1}}, [512], {"Width": 512}]
)
def test_batch_values_that_are_not_lists_are_refused(
    offline: InvokeAIClient, batch_values: Any
) -> None:
    wf = _create(offline, _form())
    with pytest.raises(InvalidInputError):
        wf.build_batch(batch_values=batch_values)


def test_batch_values_out_of_range_are_refused(offline: InvokeAIClient) -> None:
    wf = _create(offline, _form())
    with pytest.raises(InvalidInputError):
        wf.build_batch(batch_values={2: [1.0, -1.0]})


def test_empty_and_non_image_uploads_are_refused_before_sending(
    offline: InvokeAIClient, tmp_path: Path
) -> None:
    handle = offline.board_repo.get_board_handle("none")
    with pytest.raises(InvalidInputError, match="not a PNG, JPEG"):
        handle.upload_image_data(b"", "empty.png")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInputError, match="not a PNG, JPEG"):
        handle.upload_image(empty)
    with pytest.raises(InvalidInputError, match="not a PNG, JPEG"):
        handle.upload_image_data(b"<html>not an image</html>", "page.png")


HOSTILE_BOARD_NAMES = ["../../etc/passwd", "日本語のボード ☃", "a/b\\c?d#e%2e%2e", "  spaced  "]


def test_hostile_board_names_and_file_names_round_trip_unchanged(client: InvokeAIClient) -> None:
    from scripts.png import make_png

    repo = client.board_repo
    made = []
    try:
        for name in HOSTILE_BOARD_NAMES:
            board = repo.create_board(name)
            made.append(board.board_id)
            assert board.board_name == name
            assert repo.get_board_by_id(board.board_id).board_name == name
            assert board.board_id in [b.board_id for b in repo.get_boards_by_name(name)]
        handle = repo.get_board_handle(made[0])
        dto = handle.upload_image_data(make_png(8, 8), "../../ünïcödé ☃.png")
        assert dto.image_name.endswith(".png") and "/" not in dto.image_name
        assert handle.list_image_names() == [dto.image_name]
    finally:
        for board_id in made:
            repo.delete_board(board_id, delete_images=True)


def _png_declaring(width: int, height: int) -> bytes:
    """A PNG signature and IHDR declaring ``width`` x ``height`` (no pixel data follows)."""
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    crc = zlib.crc32(b"IHDR" + ihdr)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", crc)


def _jpeg_declaring(width: int, height: int) -> bytes:
    """A JPEG whose frame header declares ``width`` x ``height`` (a few dozen bytes)."""
    sof = b"\xff\xc0\x00\x0b\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big")
    sos = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + sof + b"\x01\x01\x11\x00" + sos + b"\x00" * 16 + b"\xff\xd9"


def test_oversized_uploads_are_refused_before_sending_naming_the_file(tmp_path: Path) -> None:
    from scripts.png import make_png

    # Nothing listens on port 1: a request would raise APIConnectionError, not these errors.
    handle = InvokeAIClient(host="127.0.0.1", port=1).board_repo.get_board_handle("none")
    png = make_png(64, 64)
    with pytest.raises(
        InvalidInputError, match=r"'big\.png': \d+ bytes is more than max_bytes=100"
    ):
        handle.upload_image_data(png, "big.png", max_bytes=100)
    # The default limit (100 MiB) is checked on the file's size, before it is read.
    sparse = tmp_path / "sparse.png"
    with sparse.open("wb") as out:
        out.write(png)
        out.truncate(101 * 1024 * 1024)
    with pytest.raises(InvalidInputError, match=r"'sparse\.png': 105906176 bytes is more than"):
        handle.upload_image(sparse)
    # A header declaring more pixels than the server's decoder opens (Pillow's bomb limit).
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_declaring(20_000, 10_000))
    with pytest.raises(InvalidInputError, match=r"'bomb\.png': it declares 20000x10000 pixels"):
        handle.upload_image(bomb)
    with pytest.raises(InvalidInputError, match="declares 65535x65535"):
        handle.upload_image_data(_png_declaring(65_535, 65_535), "bomb.png", max_bytes=None)


async def test_the_async_client_refuses_oversized_uploads_too() -> None:
    async with AsyncInvokeAIClient(host="127.0.0.1", port=1) as client:
        handle = client.board_repo.get_board_handle("none")
        with pytest.raises(InvalidInputError, match="more than max_bytes=10"):
            await handle.upload_image_data(_png_declaring(8, 8), "small.png", max_bytes=10)
        with pytest.raises(InvalidInputError, match="declares 20000x10000"):
            await handle.upload_image_data(_png_declaring(20_000, 10_000), "bomb.png")


def test_an_image_the_server_cannot_open_is_refused_naming_the_file(client: InvokeAIClient) -> None:
    # A JPEG's size is read by the server: one declaring 30000x30000 is refused by its decoder
    # (415 "Failed to read image") before anything is stored; the client names the file.
    repo = client.board_repo
    board = repo.create_board("hostile-upload-oversized")
    try:
        handle = repo.get_board_handle(board.board_id)
        with pytest.raises(UnsupportedMediaTypeError, match=r"cannot upload 'huge\.jpg'") as caught:
            handle.upload_image_data(_jpeg_declaring(30_000, 30_000), "huge.jpg")
        assert caught.value.status_code == 415
        assert handle.list_image_names() == []
    finally:
        repo.delete_board(board.board_id, delete_images=True)
    assert board.board_id not in [b.board_id for b in repo.list_boards()]
