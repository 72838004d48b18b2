"""Write small, valid PNG images with nothing but the standard library (for tests and the demo)."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def make_png(width: int, height: int, rgb: tuple[int, int, int] = (255, 0, 0)) -> bytes:
    """A ``width`` x ``height`` RGB PNG with a horizontal gradient from black to ``rgb``."""
    if width < 1 or height < 1:
        raise ValueError(f"a PNG needs a positive size, got {width}x{height}")
    rows = []
    for _ in range(height):
        row = bytearray(b"\x00")  # filter type 0 (none) for each scanline
        for x in range(width):
            scale = (x + 1) / width
            row += bytes(int(channel * scale) for channel in rgb)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )
