"""Structured fields: colours, bounding boxes, and lists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from .base import IvkCollectionFieldMixin, IvkField, PydanticFieldMixin, SchemaAttr

if TYPE_CHECKING:  # the workflow package imports this one
    from ..workflows.node_schema import FieldSchema

T = TypeVar("T")
_RGBA = ("r", "g", "b", "a")


class IvkColorField(PydanticFieldMixin, IvkField[dict[str, int]]):
    """An RGBA colour (0-255 each): ``r``, ``g``, ``b``, ``a`` attributes; ``.value`` takes
    ``{"r","g","b","a"}``, a tuple or ``"#rrggbb[aa]"``."""

    kind: ClassVar[str] = "color"

    def __init__(
        self,
        value: Any = None,
        *,
        r: int = 0,
        g: int = 0,
        b: int = 0,
        a: int = 255,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        super().__init__(value, schema=schema, where=where)
        if value is None and schema is None:
            self.value = {"r": r, "g": g, "b": b, "a": a}

    def validate(self, value: Any) -> Any:
        rgba: list[Any] = []
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
        return dict(zip(_RGBA, rgba, strict=True))

    def _component(self, name: str) -> int:
        stored = self._value if isinstance(self._value, dict) else {}
        return int(stored.get(name, 255 if name == "a" else 0))

    @property
    def r(self) -> int:
        return self._component("r")

    @r.setter
    def r(self, value: int) -> None:
        self.set_rgba(value, self.g, self.b, self.a)

    @property
    def g(self) -> int:
        return self._component("g")

    @g.setter
    def g(self, value: int) -> None:
        self.set_rgba(self.r, value, self.b, self.a)

    @property
    def b(self) -> int:
        return self._component("b")

    @b.setter
    def b(self, value: int) -> None:
        self.set_rgba(self.r, self.g, value, self.a)

    @property
    def a(self) -> int:
        return self._component("a")

    @a.setter
    def a(self, value: int) -> None:
        self.set_rgba(self.r, self.g, self.b, value)

    def set_rgba(self, r: int, g: int, b: int, a: int = 255) -> None:
        self.value = {"r": r, "g": g, "b": b, "a": a}

    def set_hex(self, color: str) -> None:
        self.value = color if color.startswith("#") else "#" + color

    def to_rgba(self) -> tuple[int, int, int, int]:
        return (self.r, self.g, self.b, self.a)

    def to_hex(self) -> str:
        return "#" + "".join(f"{c:02x}" for c in self.to_rgba())


class IvkBoundingBoxField(PydanticFieldMixin, IvkField[dict[str, Any]]):
    """A box ``x_min``..``x_max`` by ``y_min``..``y_max`` (pixels), with an optional ``score``."""

    kind: ClassVar[str] = "bounding_box"

    def __init__(
        self,
        *,
        x_min: int = 0,
        x_max: int = 0,
        y_min: int = 0,
        y_max: int = 0,
        score: float | None = None,
    ) -> None:
        super().__init__()
        self.x_min, self.x_max, self.y_min, self.y_max, self.score = (
            x_min,
            x_max,
            y_min,
            y_max,
            score,
        )

    def validate_field(self) -> bool:
        corners = (self.x_min, self.x_max, self.y_min, self.y_max)
        return (
            all(isinstance(c, int) and not isinstance(c, bool) for c in corners)
            and self.x_min <= self.x_max
            and self.y_min <= self.y_max
        )

    def to_payload(self) -> Any:
        box: dict[str, Any] = {
            "x_min": self.x_min,
            "x_max": self.x_max,
            "y_min": self.y_min,
            "y_max": self.y_max,
        }
        return box | ({} if self.score is None else {"score": self.score})

    def to_api_format(self) -> dict[str, Any]:
        return dict(self.to_payload())

    @classmethod
    def from_api_format(cls, data: dict[str, Any]) -> IvkBoundingBoxField:
        raw = data.get("value", data) if isinstance(data, dict) else {}
        keys = ("x_min", "x_max", "y_min", "y_max", "score")
        return cls(**{k: raw[k] for k in keys if k in raw})


_ITEM_CHECKS: dict[str, Any] = {
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
}


class IvkCollectionField(
    PydanticFieldMixin, IvkCollectionFieldMixin[T], IvkField[list[T]], Generic[T]
):
    """A list, with optional ``item_type`` and ``min_length`` / ``max_length``; items are also
    checked with the server's item kind for workflow inputs."""

    kind: ClassVar[str] = "collection"
    _constraints = ("min_length", "max_length")
    min_length = SchemaAttr()
    max_length = SchemaAttr()

    def __init__(
        self,
        value: list[T] | None = None,
        *,
        item_type: type[T] | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        self.item_type = item_type
        given = {"min_length": min_length, "max_length": max_length}
        super().__init__(
            None, schema=schema, where=where, **{k: v for k, v in given.items() if v is not None}
        )
        self.value = [] if value is None and schema is None else value

    def validate(self, value: Any) -> Any:
        from .resources import IvkImageField

        if not isinstance(value, list | tuple):
            self._fail("expected a list", value)
        item_kind = self.schema.item_kind
        check = _ITEM_CHECKS.get(item_kind or "")
        if check is None and self.item_type is not None:
            item_type = self.item_type

            def check(v: Any) -> bool:
                return isinstance(v, item_type)

        if check is not None:
            bad = [v for v in value if not check(v)]
            if bad:
                self._fail(f"every item must be of kind {item_kind or self.item_type}", bad[0])
        s = self.schema
        if s.min_length is not None and len(value) < s.min_length:
            self._fail(f"must have at least {s.min_length} items", value)
        if s.max_length is not None and len(value) > s.max_length:
            self._fail(f"must have at most {s.max_length} items", value)
        if item_kind == "image":
            return [
                IvkImageField(v, schema=self.schema, where=self.where).to_payload() for v in value
            ]
        return list(value)


__all__ = ["IvkBoundingBoxField", "IvkCollectionField", "IvkColorField"]
