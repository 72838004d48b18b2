import struct
import uuid
from pathlib import Path

from pipeline import render

from invokeai_py_client import InvokeAIClient

OPENAPI = Path(__file__).parent / "openapi.json"
PROMPT = "a red fox in the snow, watercolour"
SEED = 1234
WIDTH, HEIGHT = 96, 64


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_text_to_image(invokeai_client: InvokeAIClient, tiny_sd1: str, tmp_path: Path) -> None:
    result = render(
        invokeai_client,
        prompt=PROMPT,
        seed=SEED,
        width=WIDTH,
        height=HEIGHT,
        model=tiny_sd1,
        board_name=f"foxes {uuid.uuid4()}",  # a new board per run
        out_dir=tmp_path,
        openapi=OPENAPI if OPENAPI.exists() else None,
    )
    boards = invokeai_client.board_repo
    try:
        assert len(result.image_names) == 1 and len(result.files) == 1  # one output node
        assert [f.name for f in result.files] == ["Result-1.png"]  # named after the node
        assert [png_size(f) for f in result.files] == [(WIDTH, HEIGHT)]
        on_board = boards.get_board_handle(result.board_id).list_image_names()
        assert on_board == result.image_names
        (board,) = [b for b in boards.list_boards() if b.board_id == result.board_id]
        # In replay the answers are the recorded ones: that run's uuid, matched in shape.
        assert board.board_name.startswith("foxes ")
    finally:
        boards.delete_board(result.board_id, delete_images=True)
