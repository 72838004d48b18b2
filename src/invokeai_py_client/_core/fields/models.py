"""Model fields: the model identifier of a model input, and the structured configurations that
flow between model loader and denoise nodes (UNet, CLIP, transformer, LoRA)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, ClassVar

from ..dnn_models.types import BaseDnnModelType, DnnModelType
from .base import IvkField, PydanticFieldMixin

if TYPE_CHECKING:  # the workflow package imports this one
    from ..workflows.node_schema import FieldSchema

_IDENTIFIER_KEYS = ("key", "hash", "name", "base", "type", "submodel_type")


class _IdentifierAttr:
    """One entry of the identifier, read and written as an attribute."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: IvkModelIdentifierField | None, owner: type) -> Any:
        if instance is None:
            return self
        return instance._entry(self.name)

    def __set__(self, instance: IvkModelIdentifierField, value: Any) -> None:
        instance._set_entry(self.name, value)


class IvkModelIdentifierField(PydanticFieldMixin, IvkField[dict[str, Any]]):
    """Which model a model input uses: ``key``, ``hash``, ``name``, ``base``, ``type`` and
    ``submodel_type`` are attributes (``.value`` is the same as one mapping).

    The server finds a model by its ``key``. Setting ``name`` to another model's name chooses
    that model by name: its key and hash are cleared, and until
    ``WorkflowHandle.sync_dnn_model()`` resolves the name to an installed model, using the field
    in a run raises ``InvalidInputError`` (nothing is sent) rather than running the old model.
    """

    kind: ClassVar[str] = "model"
    key = _IdentifierAttr()
    hash = _IdentifierAttr()
    name = _IdentifierAttr()
    base = _IdentifierAttr()
    type = _IdentifierAttr()
    submodel_type = _IdentifierAttr()

    def __init__(
        self,
        value: Any = None,
        *,
        key: str = "",
        hash: str = "",
        name: str = "",
        base: BaseDnnModelType | str = BaseDnnModelType.Any,
        type: DnnModelType | str = DnnModelType.Main,
        submodel_type: str | None = None,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        super().__init__(value, schema=schema, where=where)
        if value is None and (key or name):
            self.value = {
                "key": key,
                "hash": hash,
                "name": name,
                "base": str(getattr(base, "value", base)),
                "type": str(getattr(type, "value", type)),
            } | ({"submodel_type": submodel_type} if submodel_type else {})

    def _entry(self, name: str) -> Any:
        stored = self._value if isinstance(self._value, dict) else {}
        raw = stored.get(name)
        if name == "base":
            return BaseDnnModelType(raw) if raw else BaseDnnModelType.Any
        if name == "type":
            return DnnModelType(raw) if raw else DnnModelType.Main
        if name == "submodel_type":
            return raw
        return "" if raw is None else str(raw)

    def _set_entry(self, name: str, value: Any) -> None:
        current = dict(self._value) if isinstance(self._value, dict) else {}
        raw = getattr(value, "value", value)
        if name == "submodel_type":
            if raw is None:
                current.pop(name, None)
            else:
                current[name] = raw
        else:
            if not isinstance(raw, str):
                self._fail(f"{name} must be a string", value)
            if name == "name" and raw != current.get("name"):
                # Another model, chosen by name: the old key would still run the old model.
                current["key"] = ""
                current["hash"] = ""
            current[name] = raw
        current.setdefault("base", BaseDnnModelType.Any.value)
        current.setdefault("type", DnnModelType.Main.value)
        self._value = current

    def validate(self, value: Any) -> Any:
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        if not isinstance(value, dict):
            self._fail("expected a model identifier with at least a 'key'", value)
        identifier = {k: getattr(v, "value", v) for k, v in value.items()}
        if not isinstance(identifier.get("key"), str) and not isinstance(
            identifier.get("name"), str
        ):
            self._fail("expected a model identifier with at least a 'key'", value)
        return identifier

    @property
    def is_resolved(self) -> bool:
        """Whether the identifier names a model by key (what the server needs)."""
        return isinstance(self._value, dict) and bool(self._value.get("key"))

    def _payload(self, stored: Any) -> Any:
        if stored is None:
            return None
        if not stored.get("key"):
            self._fail(
                f"model {stored.get('name')!r} is chosen by name only; call "
                "sync_dnn_model() to resolve it to an installed model's key",
                stored,
            )
        return dict(stored)

    def to_api_format(self) -> dict[str, Any]:
        """``{"key", "hash", "name", "base", "type", "submodel_type"}``."""
        return {k: getattr(self._entry(k), "value", self._entry(k)) for k in _IDENTIFIER_KEYS}

    @classmethod
    def from_api_format(cls, data: dict[str, Any]) -> IvkModelIdentifierField:
        raw = data.get("value", data) if isinstance(data, dict) else data
        return cls(value=raw)


class _ConfigField(PydanticFieldMixin, IvkField[dict[str, Any]]):
    """A structured configuration: its attributes are the value (no ``.value`` to set)."""

    kind: ClassVar[str] = "config"
    _attrs: ClassVar[dict[str, Any]] = {}

    def __init__(self, **attrs: Any) -> None:
        unknown = sorted(set(attrs) - set(self._attrs))
        if unknown:
            super().__init__(**{k: attrs[k] for k in unknown})  # raises, naming them
        super().__init__()
        for name, default in self._attrs.items():
            setattr(self, name, attrs.get(name, copy.deepcopy(default)))

    @property
    def value(self) -> Any:
        return self.to_api_format()

    @value.setter
    def value(self, new: Any) -> None:
        if new is None:
            return
        if not isinstance(new, dict):
            self._fail("expected a mapping of the configuration's attributes", new)
        for name in self._attrs:
            if name in new:
                setattr(self, name, new[name])

    def to_payload(self) -> Any:
        return self.to_api_format()

    def to_api_format(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._attrs}

    @classmethod
    def from_api_format(cls, data: dict[str, Any]) -> Any:
        raw = data.get("value", data) if isinstance(data, dict) else {}
        return cls(**{k: v for k, v in dict(raw).items() if k in cls._attrs})


class IvkUNetField(_ConfigField):
    kind: ClassVar[str] = "unet"
    _attrs: ClassVar[dict[str, Any]] = {
        "unet_model": None,
        "scheduler": None,
        "loras": [],
        "seamless_axes": [],
        "freeu_config": None,
    }


class IvkCLIPField(_ConfigField):
    kind: ClassVar[str] = "clip"
    _attrs: ClassVar[dict[str, Any]] = {
        "tokenizer": None,
        "text_encoder": None,
        "skipped_layers": 0,
        "loras": [],
    }


class IvkTransformerField(_ConfigField):
    kind: ClassVar[str] = "transformer"
    _attrs: ClassVar[dict[str, Any]] = {"transformer_model": None, "loras": []}


class IvkLoRAField(_ConfigField):
    kind: ClassVar[str] = "lora"
    _attrs: ClassVar[dict[str, Any]] = {"lora_model": None, "weight": 1.0}


__all__ = [
    "IvkCLIPField",
    "IvkLoRAField",
    "IvkModelIdentifierField",
    "IvkTransformerField",
    "IvkUNetField",
]
