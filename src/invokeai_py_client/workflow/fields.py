"""Typed workflow input fields: assigning ``.value`` checks it against the server's node schema
and raises :class:`InvalidInputError` naming the input (index and label) and what is allowed."""

from __future__ import annotations

import math
from typing import Any

from ..errors import InvalidInputError
from .node_schema import FieldSchema


class Field:
    """A workflow input's value, checked on assignment.

    Attributes:
        schema: the server's description of the field (kind, limits, choices).
        where: how errors name the input, e.g. ``input [2] 'Width' (blank.width)``.
    """

    kind = "any"

    def __init__(self, schema: FieldSchema, value: Any, where: str) -> None:
        self.schema = schema
        self.where = where
        self._value: Any = None
        if value is not None:
            self.value = value

    @property
    def value(self) -> Any:
        return self._value

    @value.setter
    def value(self, new: Any) -> None:
        if new is None:
            if self.schema.required and not self.schema.nullable:
                self._fail("a value is required", None)
            self._value = None
            return
        self._value = self.validate(new)

    def validate(self, value: Any) -> Any:
        """Return the value to store (normalized), or raise via :meth:`_fail`."""
        return value

    def to_payload(self) -> Any:
        """The value as the server takes it in a graph node."""
        return self._value

    def _fail(self, problem: str, value: Any) -> None:
        raise InvalidInputError(f"{self.where}: {problem}, got {value!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._value!r})"


class IntegerField(Field):
    kind = "integer"

    def validate(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                self._fail("expected an integer", value)
        _check_range(self, value)
        return value


class FloatField(Field):
    kind = "float"

    def validate(self, value: Any) -> Any:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            self._fail("expected a finite number", value)
        _check_range(self, value)
        return float(value)


def _check_range(field: Field, value: float) -> None:
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
    allowed = " and ".join(bounds)
    if (
        (s.minimum is not None and value < s.minimum)
        or (s.maximum is not None and value > s.maximum)
        or (s.exclusive_minimum is not None and value <= s.exclusive_minimum)
        or (s.exclusive_maximum is not None and value >= s.exclusive_maximum)
    ):
        field._fail(f"must be {allowed}", value)
    if s.multiple_of is not None and s.multiple_of > 0:
        ratio = value / s.multiple_of
        if not math.isclose(ratio, round(ratio), abs_tol=1e-9):
            field._fail(f"must be a multiple of {s.multiple_of}", value)


class StringField(Field):
    kind = "string"

    def validate(self, value: Any) -> Any:
        if not isinstance(value, str):
            self._fail("expected a string", value)
        s = self.schema
        if s.min_length is not None and len(value) < s.min_length:
            self._fail(f"must have at least {s.min_length} characters", value)
        if s.max_length is not None and len(value) > s.max_length:
            self._fail(f"must have at most {s.max_length} characters", value)
        return value


class BooleanField(Field):
    kind = "boolean"

    def validate(self, value: Any) -> Any:
        if not isinstance(value, bool):
            self._fail("expected True or False", value)
        return value


class EnumField(Field):
    kind = "enum"

    def validate(self, value: Any) -> Any:
        choices = self.schema.choices or ()
        if value not in choices:
            self._fail(f"must be one of {', '.join(repr(c) for c in choices)}", value)
        return value


class ImageField(Field):
    """An image on the server: set an image name (or ``{"image_name": ...}``)."""

    kind = "image"

    def validate(self, value: Any) -> Any:
        name = value.get("image_name") if isinstance(value, dict) else value
        name = getattr(value, "image_name", name)
        if not isinstance(name, str) or not name:
            self._fail("expected an image name (or an object with image_name)", value)
        return {"image_name": name}


class BoardField(Field):
    """The board images are saved to: a board id, ``"auto"`` or ``"none"`` (uncategorized)."""

    kind = "board"

    def validate(self, value: Any) -> Any:
        board_id = value.get("board_id") if isinstance(value, dict) else value
        board_id = getattr(value, "board_id", board_id)
        if not isinstance(board_id, str) or not board_id:
            self._fail("expected a board id, 'auto' or 'none'", value)
        return board_id

    def to_payload(self) -> Any:
        # "auto" and "none" mean: the server's default (no board) in a graph.
        if self._value in (None, "auto", "none"):
            return None
        return {"board_id": self._value}


class ColorField(Field):
    """An RGBA colour: ``{"r","g","b","a"}`` (0-255), a tuple, or ``"#rrggbb[aa]"``."""

    kind = "color"

    def validate(self, value: Any) -> Any:
        rgba: list[Any]
        if isinstance(value, str) and value.startswith("#") and len(value) in (7, 9):
            try:
                rgba = [int(value[i : i + 2], 16) for i in range(1, len(value), 2)]
            except ValueError:
                self._fail("expected a colour like '#ff8800'", value)
        elif isinstance(value, dict):
            rgba = [value.get(k) for k in ("r", "g", "b")] + [value.get("a", 255)]
        elif isinstance(value, list | tuple) and len(value) in (3, 4):
            rgba = list(value)
        else:
            self._fail("expected {'r','g','b','a'}, (r, g, b[, a]) or '#rrggbb[aa]'", value)
        if len(rgba) == 3:
            rgba.append(255)
        if not all(isinstance(c, int) and not isinstance(c, bool) and 0 <= c <= 255 for c in rgba):
            self._fail("colour components must be integers from 0 to 255", value)
        return dict(zip(("r", "g", "b", "a"), rgba, strict=True))


class ModelField(Field):
    """A model identifier ``{"key", "hash", "name", "base", "type"}`` (see ``sync_dnn_model``)."""

    kind = "model"

    def validate(self, value: Any) -> Any:
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        if not isinstance(value, dict) or not isinstance(value.get("key"), str):
            self._fail("expected a model identifier with at least a 'key'", value)
        return dict(value)


class CollectionField(Field):
    """A list; items are checked with the item kind when the schema names one."""

    kind = "collection"

    def validate(self, value: Any) -> Any:
        if not isinstance(value, list | tuple):
            self._fail("expected a list", value)
        item_kind = self.schema.item_kind
        checks = {
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "string": lambda v: isinstance(v, str),
            "boolean": lambda v: isinstance(v, bool),
        }
        check = checks.get(item_kind or "")
        if check is not None:
            bad = [v for v in value if not check(v)]
            if bad:
                self._fail(f"every item must be of kind {item_kind}", bad[0])
        if item_kind == "image":
            return [ImageField(self.schema, v, self.where).value for v in value]
        return list(value)


_FIELD_CLASSES: dict[str, type[Field]] = {
    cls.kind: cls
    for cls in (
        IntegerField,
        FloatField,
        StringField,
        BooleanField,
        EnumField,
        ImageField,
        BoardField,
        ColorField,
        ModelField,
        CollectionField,
    )
}


def make_field(schema: FieldSchema, value: Any, where: str) -> Field:
    """The typed field for a schema (a plain :class:`Field` for kinds not listed above).

    A value stored in a workflow that no longer validates (say, an out-of-range default) is kept
    as it is rather than refusing to load the workflow; it is checked again when set.
    """
    cls = _FIELD_CLASSES.get(schema.kind, Field)
    try:
        return cls(schema, value, where)
    except InvalidInputError:
        field = cls(schema, None, where) if not schema.required else Field(schema, None, where)
        field._value = value
        return field
