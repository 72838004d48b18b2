"""Resource fields: references to things on the server (images, boards, latents, tensors)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .base import IvkField, PydanticFieldMixin

if TYPE_CHECKING:  # the workflow package imports this one
    from ..workflows.node_schema import FieldSchema


def _named(value: Any, key: str) -> Any:
    """``value`` itself, or its ``key`` when it is a mapping or an object with that attribute."""
    if isinstance(value, dict):
        return value.get(key)
    return getattr(value, key, value)


class IvkImageFieldMixin:
    """What image fields share: the image name the server knows (``.value``)."""

    @property
    def image_name(self) -> str | None:
        value = getattr(self, "value", None)
        return value if isinstance(value, str) else None


class IvkImageField(PydanticFieldMixin, IvkImageFieldMixin, IvkField[str]):
    """An image on the server: set its name (or an object / mapping with ``image_name``, such
    as the ``IvkImage`` an upload returns)."""

    kind: ClassVar[str] = "image"

    def __init__(
        self,
        value: Any = None,
        *,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        super().__init__(value, schema=schema, where=where)

    def validate(self, value: Any) -> Any:
        name = _named(value, "image_name")
        if not isinstance(name, str) or not name:
            self._fail("expected an image name (or an object with image_name)", value)
        return name

    def _payload(self, stored: Any) -> Any:
        return None if stored is None else {"image_name": stored}

    def to_api_format(self) -> dict[str, Any]:
        return {"value": self.to_payload(), "type": "image"}

    @classmethod
    def _unwrap(cls, raw: Any) -> Any:
        return _named(raw, "image_name")


class IvkBoardField(PydanticFieldMixin, IvkField[str]):
    """The board images are saved to: a board id, ``"auto"`` or ``"none"`` (uncategorized)."""

    kind: ClassVar[str] = "board"

    def __init__(
        self,
        value: Any = None,
        *,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        super().__init__(value, schema=schema, where=where)

    def validate(self, value: Any) -> Any:
        board_id = _named(value, "board_id")
        if not isinstance(board_id, str) or not board_id:
            self._fail("expected a board id, 'auto' or 'none'", value)
        return board_id

    def _payload(self, stored: Any) -> Any:
        # "auto" and "none" mean: the server's default (no board) in a graph.
        if stored in (None, "auto", "none"):
            return None
        return {"board_id": stored}

    def to_api_format(self) -> dict[str, Any]:
        return {"value": {"board_id": self._value}, "type": "board"}

    @classmethod
    def _unwrap(cls, raw: Any) -> Any:
        return _named(raw, "board_id")


class IvkLatentsField(PydanticFieldMixin, IvkField[dict[str, Any]]):
    """Latents kept by the server: ``value`` is the latents name, ``seed`` the noise seed."""

    kind: ClassVar[str] = "latents"

    def __init__(self, value: str | None = None, *, seed: int | None = None) -> None:
        self.seed = seed
        super().__init__(value)

    def validate(self, value: Any) -> Any:
        name = _named(value, "latents_name")
        if not isinstance(name, str) or not name:
            self._fail("expected a latents name", value)
        return name

    def _payload(self, stored: Any) -> Any:
        if stored is None:
            return None
        return {"latents_name": stored} | ({} if self.seed is None else {"seed": self.seed})

    def to_api_format(self) -> dict[str, Any]:
        return {"value": self.to_payload(), "type": "latents"}

    @classmethod
    def from_api_format(cls, data: dict[str, Any]) -> IvkLatentsField:
        raw = data.get("value", data) if isinstance(data, dict) else data
        seed = raw.get("seed") if isinstance(raw, dict) else None
        return cls(_named(raw, "latents_name"), seed=seed)


class IvkTensorField(PydanticFieldMixin, IvkField[dict[str, Any]]):
    """A tensor kept by the server: ``value`` is the tensor name."""

    kind: ClassVar[str] = "tensor"

    def __init__(self, value: str | None = None) -> None:
        super().__init__(value)

    def validate(self, value: Any) -> Any:
        name = _named(value, "tensor_name")
        if not isinstance(name, str) or not name:
            self._fail("expected a tensor name", value)
        return name

    def _payload(self, stored: Any) -> Any:
        return None if stored is None else {"tensor_name": stored}

    def to_api_format(self) -> dict[str, Any]:
        return {"value": self.to_payload(), "type": "tensor"}

    @classmethod
    def _unwrap(cls, raw: Any) -> Any:
        return _named(raw, "tensor_name")


__all__ = [
    "IvkBoardField",
    "IvkImageField",
    "IvkImageFieldMixin",
    "IvkLatentsField",
    "IvkTensorField",
]
