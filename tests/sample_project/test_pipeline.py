import struct
from pathlib import Path

from pipeline import WIDTH, make_thumbnails

from invokeai_py_client import InvokeAIClient

OPENAPI = Path(__file__).parent / "openapi.json"


def png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


def test_thumbnails(invokeai_client: InvokeAIClient, tmp_path: Path) -> None:
    written = make_thumbnails(invokeai_client, OPENAPI, tmp_path)
    assert sorted(p.name for p in written) == ["save.png"]  # the gallery output only
    assert png_size(tmp_path / "save.png") == (WIDTH, 48)
