"""Recognising image files by their content, before anything is uploaded."""

from __future__ import annotations

_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
)


def sniff_image_type(head: bytes) -> str | None:
    """The image media type of data starting with ``head`` (>= 12 bytes), or None."""
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for signature, offset, media_type in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return media_type
    return None


def declared_size(head: bytes) -> tuple[int, int] | None:
    """The (width, height) a PNG, GIF or BMP header declares (>= 26 bytes of it), else None
    (other formats: the server reads their size)."""
    if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR" and len(head) >= 24:
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        return int.from_bytes(head[6:8], "little"), int.from_bytes(head[8:10], "little")
    if head[:2] == b"BM" and len(head) >= 26:
        width = int.from_bytes(head[18:22], "little", signed=True)
        height = int.from_bytes(head[22:26], "little", signed=True)
        return abs(width), abs(height)
    return None


def check_upload(head: bytes, size: int, filename: str, max_bytes: int | None) -> str:
    """The media type of an upload of ``size`` bytes starting with ``head`` (>= 26 bytes when
    there are), or ``InvalidInputError`` naming ``filename`` for what the server would refuse
    or the caller's limit forbids: not an image, more than ``max_bytes``, or a header
    declaring more pixels than the server's image decoder opens."""
    from .constants import UPLOAD_MAX_PIXELS
    from .errors import InvalidInputError

    media_type = sniff_image_type(head[:16])
    if media_type is None:
        raise InvalidInputError(
            f"cannot upload {filename!r}: its content is not a PNG, JPEG, WebP, GIF, BMP "
            "or TIFF image"
        )
    if max_bytes is not None and size > max_bytes:
        raise InvalidInputError(
            f"cannot upload {filename!r}: {size} bytes is more than max_bytes={max_bytes} "
            "(pass a larger max_bytes, or None, to send it)"
        )
    dimensions = declared_size(head)
    if dimensions is not None and dimensions[0] * dimensions[1] > UPLOAD_MAX_PIXELS:
        width, height = dimensions
        raise InvalidInputError(
            f"cannot upload {filename!r}: it declares {width}x{height} pixels, more than the "
            f"server opens ({UPLOAD_MAX_PIXELS} pixels)"
        )
    return media_type
