"""The base of every typed field: a value checked on assignment against constraints that are the
field's own attributes (``minimum``, ``max_length``, ``choices``...), kept in a
:class:`FieldSchema` (the server's description when the field comes from a workflow).

Every field class is default-constructable (``IvkStringField()``); ``value`` is checked when it
is assigned (``InvalidInputError`` naming the input and what is allowed), ``validate_field()``
checks the current state again without raising, and ``to_api_format()`` / ``from_api_format()``
convert to and from the server's shapes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from ..errors import InvalidInputError

if TYPE_CHECKING:  # the workflow package imports this one
    from ..workflows.node_schema import FieldSchema

T = TypeVar("T")
Self = TypeVar("Self", bound="IvkField[Any]")


class SchemaAttr:
    """A constraint attribute of a field, stored in its schema (so a change is checked)."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name or ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = self.name or name

    def __get__(self, instance: IvkField[Any] | None, owner: type) -> Any:
        if instance is None:
            return self
        value = getattr(instance.schema, self.name)
        return list(value) if isinstance(value, tuple) else value

    def __set__(self, instance: IvkField[Any], value: Any) -> None:
        if isinstance(value, list):
            value = tuple(value)
        instance.schema = dataclasses.replace(instance.schema, **{self.name: value})


class IvkField(Generic[T]):
    """A workflow input's value, checked on assignment.

    Attributes:
        schema: the constraints (the server's description of the field, for workflow inputs).
        where: how errors name the input, e.g. ``input [2] 'Width' (blank.width)``.
    """

    kind: ClassVar[str] = "any"
    _constraints: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        value: Any = None,
        *,
        schema: FieldSchema | None = None,
        where: str | None = None,
        **constraints: Any,
    ) -> None:
        unknown = sorted(set(constraints) - set(self._constraints))
        if unknown:
            raise InvalidInputError(
                f"{type(self).__name__} has no constraint {', '.join(map(repr, unknown))}"
                + (f"; it has {', '.join(self._constraints)}" if self._constraints else "")
            )
        from ..workflows.node_schema import FieldSchema

        base = schema if schema is not None else FieldSchema(name="value", kind=self.kind)
        given: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in constraints.items()
        }
        self.schema = dataclasses.replace(base, **given) if given else base
        self.where = where or type(self).__name__
        self._value: Any = None
        if value is not None:
            self.value = value

    # ------------------------------------------------------------------ the value
    @property
    def value(self) -> Any:
        return self._value

    @value.setter
    def value(self, new: Any) -> None:
        self._value = self._check(new)

    def _check(self, new: Any) -> Any:
        if new is None:
            if self.schema.required and not self.schema.nullable:
                self._fail("a value is required", None)
            return None
        return self.validate(new)

    def validate(self, value: Any) -> Any:
        """Return the value to store (normalized), or raise via :meth:`_fail`."""
        return value

    def validate_field(self) -> bool:
        """Whether the current value satisfies the current constraints (never raises)."""
        try:
            self._check(self._value)
        except InvalidInputError:
            return False
        return True

    # ------------------------------------------------------------------ conversions
    def to_payload(self) -> Any:
        """The value as the server takes it in a graph node."""
        return self._payload(self._value)

    def payload_of(self, value: Any) -> Any:
        """Check a value (as if assigned, without storing it) and return it as a node takes it."""
        return self._payload(self._check(value))

    def _payload(self, stored: Any) -> Any:
        return stored

    def to_api_format(self) -> dict[str, Any]:
        """The field as the server shows a field value: ``{"value": ...}``."""
        return {"value": self.to_payload()}

    @classmethod
    def from_api_format(cls: type[Self], data: dict[str, Any]) -> Self:
        """A field holding the value of ``{"value": ...}`` (or of the bare value)."""
        raw = data.get("value") if isinstance(data, dict) and "value" in data else data
        return cls(value=cls._unwrap(raw))

    @classmethod
    def _unwrap(cls, raw: Any) -> Any:
        return raw

    def _fail(self, problem: str, value: Any) -> None:
        raise InvalidInputError(f"{self.where}: {problem}, got {value!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._value!r})"


class PydanticFieldMixin:
    """JSON round trips of a field's value and constraints (the original client's pydantic
    integration): ``to_json_dict()`` and ``from_json_dict()``."""

    def to_json_dict(self) -> dict[str, Any]:
        field = cast(IvkField[Any], self)
        out: dict[str, Any] = {"value": field.value}
        for name in field._constraints:
            out[name] = getattr(field, name)
        return out

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Any:
        field_cls = cast(type[IvkField[Any]], cls)
        constraints = {k: v for k, v in data.items() if k in field_cls._constraints}
        return field_cls(value=data.get("value"), **constraints)


class IvkCollectionFieldMixin(Generic[T]):
    """List behaviour for a field whose value is a list; every change is checked."""

    def _items(self) -> list[T]:
        return list(cast(IvkField[Any], self).value or [])

    def _store(self, items: list[T]) -> None:
        cast(IvkField[Any], self).value = items

    def append(self, item: T) -> None:
        self._store([*self._items(), item])

    def extend(self, items: list[T]) -> None:
        self._store([*self._items(), *items])

    def remove(self, item: T) -> None:
        items = self._items()
        items.remove(item)
        self._store(items)

    def clear(self) -> None:
        self._store([])

    def __len__(self) -> int:
        return len(self._items())

    def __getitem__(self, index: int) -> T:
        return self._items()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items())


__all__ = ["IvkCollectionFieldMixin", "IvkField", "PydanticFieldMixin", "SchemaAttr"]
