"""Glue between the hand-written layer and the generated bindings."""

from __future__ import annotations

from typing import Any, TypeVar

from .errors import UnexpectedResponseError

T = TypeVar("T")


def expect(parsed: Any, kind: type[T] | tuple[type[T], ...], what: str) -> T:
    """Narrow a generated ``parsed`` union to the success type (errors were raised already)."""
    if not isinstance(parsed, kind):
        raise UnexpectedResponseError(
            f"{what}: expected {getattr(kind, '__name__', kind)}, got {type(parsed).__name__}"
        )
    return parsed
