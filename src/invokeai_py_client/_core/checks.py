"""Argument checks, written once: each returns the value in the form the request needs, or
raises ``InvalidInputError`` naming the argument and what it got, before anything is sent."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import InvalidInputError, UnknownArgumentError

if TYPE_CHECKING:
    from invokeai_api.types import Unset

E = TypeVar("E", bound=Enum)


def text(value: Any, what: str) -> str:
    """A non-empty string (whitespace alone is empty)."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"{what} must be a non-empty string, got {value!r}")
    return value


def boolean(value: Any, what: str) -> bool:
    """``True`` or ``False`` (not 0, 1 or "yes")."""
    if not isinstance(value, bool):
        raise InvalidInputError(f"{what} must be True or False, got {value!r}")
    return value


def integer(value: Any, what: str, *, minimum: int) -> int:
    """An ``int`` (not a ``bool``) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        bound = "a positive integer" if minimum == 1 else f"an integer >= {minimum}"
        raise InvalidInputError(f"{what} must be {bound}, got {value!r}")
    return value


def positive_number(value: Any, what: str) -> float:
    """An ``int`` or ``float`` (not a ``bool``) greater than 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError(f"{what} must be a number, got {value!r}")
    if not value > 0:
        raise InvalidInputError(f"{what} must be positive, got {value!r}")
    return float(value)


def item_id(value: Any) -> int:
    """A queue item's id."""
    return integer(value, "item_id", minimum=1)


def job_id(value: Any) -> int:
    """A model install job's id."""
    return integer(value, "job_id", minimum=0)


def image_name(value: Any) -> str:
    """An image's name (the server's, a plain file name)."""
    if not isinstance(value, str) or not value or "/" in value:
        raise InvalidInputError(f"not an image name: {value!r}")
    return value


def page(limit: Any, offset: Any) -> tuple[int, int]:
    """A page's size and start."""
    if (
        isinstance(limit, bool)
        or isinstance(offset, bool)
        or not isinstance(limit, int)
        or not isinstance(offset, int)
        or limit < 1
        or offset < 0
    ):
        raise InvalidInputError(f"need limit >= 1 and offset >= 0, got {limit=} {offset=}")
    return limit, offset


def member(kind: type[E], value: Any, what: str) -> E:
    """A member of the (generated) enum ``kind``, given as the member or its value."""
    if isinstance(value, kind):
        return value
    raw = getattr(value, "value", value)
    for candidate in kind:
        if candidate.value == raw:
            return candidate
    raise _unknown(kind, value, what)


def members(kind: type[E], values: Iterable[Any] | None, what: str) -> list[E] | Unset:
    """Members of ``kind`` (UNSET when none are given, for the server's default)."""
    if not values:
        # The bindings load with the first request; the constructor's checks come from here too.
        from invokeai_api.types import UNSET

        return UNSET
    return [member(kind, value, what) for value in values]


def _unknown(kind: type[Enum], value: Any, what: str) -> InvalidInputError:
    allowed = ", ".join(repr(m.value) for m in kind)
    return InvalidInputError(f"unknown {what} {value!r}; allowed: {allowed}")


def refuse_unknown(given: Mapping[str, Any], known: frozenset[str], call: str) -> None:
    """Raise ``UnknownArgumentError`` naming the call the user made (``InvokeAIClient()``,
    ``WorkflowHandle.submit_sync()``) and the keywords it does not take."""
    unknown = sorted(set(given) - known)
    if unknown:
        raise UnknownArgumentError(
            f"{call} got unexpected keyword argument(s): {', '.join(map(repr, unknown))} "
            f"(it takes: {', '.join(sorted(known))})"
        )
