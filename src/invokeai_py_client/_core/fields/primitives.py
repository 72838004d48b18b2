"""Primitive fields: text, integers, decimals and booleans (``.value``)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, ClassVar

from .base import IvkField, PydanticFieldMixin, SchemaAttr

if TYPE_CHECKING:  # the workflow package imports this one
    from ..workflows.node_schema import FieldSchema


class IvkStringField(PydanticFieldMixin, IvkField[str]):
    """Text, with optional ``min_length`` / ``max_length``."""

    kind: ClassVar[str] = "string"
    _constraints = ("min_length", "max_length")
    min_length = SchemaAttr()
    max_length = SchemaAttr()

    def __init__(
        self,
        value: str | None = None,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        given = {"min_length": min_length, "max_length": max_length}
        super().__init__(
            value, schema=schema, where=where, **{k: v for k, v in given.items() if v is not None}
        )

    def validate(self, value: Any) -> Any:
        if not isinstance(value, str):
            self._fail("expected a string", value)
        s = self.schema
        if s.min_length is not None and len(value) < s.min_length:
            self._fail(f"must have at least {s.min_length} characters", value)
        if s.max_length is not None and len(value) > s.max_length:
            self._fail(f"must have at most {s.max_length} characters", value)
        return value


def check_range(field: IvkField[Any], value: float) -> None:
    """Raise (via the field) when ``value`` is outside the field's bounds or step."""
    s = field.schema
    bounds = []
    if s.minimum is not None:
        bounds.append(f">= {s.minimum}")
    if s.exclusive_minimum is not None:
        bounds.append(f"> {s.exclusive_minimum}")
    if s.maximum is not None:
        bounds.append(f"<= {s.maximum}")
    if s.exclusive_maximum is not None:
        bounds.append(f"< {s.exclusive_maximum}")
    if (
        (s.minimum is not None and value < s.minimum)
        or (s.maximum is not None and value > s.maximum)
        or (s.exclusive_minimum is not None and value <= s.exclusive_minimum)
        or (s.exclusive_maximum is not None and value >= s.exclusive_maximum)
    ):
        field._fail(f"must be {' and '.join(bounds)}", value)
    if s.multiple_of is not None and s.multiple_of > 0:
        ratio = value / s.multiple_of
        if not math.isclose(ratio, round(ratio), abs_tol=1e-9):
            field._fail(f"must be a multiple of {s.multiple_of}", value)


class IvkIntegerField(PydanticFieldMixin, IvkField[int]):
    """An integer, with optional ``minimum`` / ``maximum`` / ``multiple_of``."""

    kind: ClassVar[str] = "integer"
    _constraints = ("minimum", "maximum", "multiple_of")
    minimum = SchemaAttr()
    maximum = SchemaAttr()
    multiple_of = SchemaAttr()

    def __init__(
        self,
        value: int | None = None,
        *,
        minimum: int | None = None,
        maximum: int | None = None,
        multiple_of: int | None = None,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        given = {"minimum": minimum, "maximum": maximum, "multiple_of": multiple_of}
        super().__init__(
            value, schema=schema, where=where, **{k: v for k, v in given.items() if v is not None}
        )

    def validate(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                self._fail("expected an integer", value)
        check_range(self, value)
        return value


class IvkFloatField(PydanticFieldMixin, IvkField[float]):
    """A finite number, with optional ``minimum`` / ``maximum``."""

    kind: ClassVar[str] = "float"
    _constraints = ("minimum", "maximum", "multiple_of")
    minimum = SchemaAttr()
    maximum = SchemaAttr()
    multiple_of = SchemaAttr()

    def __init__(
        self,
        value: float | None = None,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        multiple_of: float | None = None,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        given = {"minimum": minimum, "maximum": maximum, "multiple_of": multiple_of}
        super().__init__(
            value, schema=schema, where=where, **{k: v for k, v in given.items() if v is not None}
        )

    def validate(self, value: Any) -> Any:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            self._fail("expected a finite number", value)
        check_range(self, value)
        return float(value)


class IvkBooleanField(PydanticFieldMixin, IvkField[bool]):
    """True or False."""

    kind: ClassVar[str] = "boolean"

    def __init__(
        self,
        value: bool | None = None,
        *,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        super().__init__(value, schema=schema, where=where)

    def validate(self, value: Any) -> Any:
        if not isinstance(value, bool):
            self._fail("expected True or False", value)
        return value


__all__ = ["IvkBooleanField", "IvkFloatField", "IvkIntegerField", "IvkStringField"]
