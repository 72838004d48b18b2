"""Glue between the hand-written layer and the generated bindings."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Any, TypeVar

from invokeai_api.types import UNSET, Unset

from ._core.errors import InvalidInputError, UnexpectedResponseError

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


def enum_values(kind: type[E], values: Sequence[str] | None, what: str) -> list[E] | Unset:
    """``values`` as members of a generated enum (UNSET when none are given); an unknown value
    raises ``InvalidInputError`` naming what is allowed, before anything is sent."""
    if not values:
        return UNSET
    allowed = {member.value: member for member in kind}
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise InvalidInputError(
            f"unknown {what} {unknown[0]!r}; allowed: {', '.join(map(repr, allowed))}"
        )
    return [allowed[v] for v in values]


def expect(parsed: Any, kind: type[T] | tuple[type[T], ...], what: str) -> T:
    """Narrow a generated ``parsed`` union to the success type (errors were raised already)."""
    if not isinstance(parsed, kind):
        raise UnexpectedResponseError(
            f"{what}: expected {getattr(kind, '__name__', kind)}, got {type(parsed).__name__}"
        )
    return parsed
