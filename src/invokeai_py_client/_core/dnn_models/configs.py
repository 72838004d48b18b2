"""Model configs: the generated config classes, and a raw fallback for kinds they cannot parse.

The server's ``AnyModelConfig`` is a union of 124 config classes (in 6.14.2) with no
discriminator field: pydantic tells them apart by the tag ``type.format.base``. The generated
union parser tries every class in turn and raises on a config none of them accepts (a model kind
newer than the bindings, or an older server's config shape), which would break a whole listing.
Here each config is parsed on its own, by the class(es) whose constant ``type``/``format``/
``base`` match its tag, and anything that does not parse becomes a :class:`RawModelConfig`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

from ..compat import complete_model_config
from ..errors import UnexpectedResponseError

_CONFIG_NAME = re.compile(r"\b([A-Z]\w*Config)\b")
# What a generated config class raises when a payload is not of its kind.
_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError)


@runtime_checkable
class ModelConfig(Protocol):
    """What every model config has, whether parsed into its generated class (e.g.
    ``invokeai_api.models.TIFileSD1Config``) or kept as a :class:`RawModelConfig`.

    The generated classes name three fields with a trailing underscore (``type_``, ``format_``,
    ``hash_``); :func:`model_type` / :func:`model_format` read either form.
    """

    @property
    def key(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def base(self) -> str: ...

    @property
    def type_(self) -> str: ...

    @property
    def format_(self) -> str: ...

    @property
    def hash_(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def source(self) -> str: ...

    def to_dict(self) -> dict[str, Any]: ...


class RawModelConfig:
    """A model config the generated classes could not parse (a model kind these bindings do not
    know, or a config of an older server), kept as the server sent it.

    The common fields are attributes (``key``, ``name``, ``base``, ``type`` / ``type_``,
    ``format`` / ``format_``, ``hash`` / ``hash_``, ``path``, ``source``, ``description``);
    ``data`` is the whole payload, and ``config["field"]`` reads any field.
    """

    __slots__ = ("data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data: dict[str, Any] = dict(data)

    def _text(self, field: str) -> str:
        value = self.data.get(field)
        return "" if value is None else str(value)

    @property
    def key(self) -> str:
        return self._text("key")

    @property
    def name(self) -> str:
        return self._text("name")

    @property
    def base(self) -> str:
        return self._text("base")

    @property
    def type(self) -> str:
        return self._text("type")

    @property
    def type_(self) -> str:
        return self._text("type")

    @property
    def format(self) -> str:
        return self._text("format")

    @property
    def format_(self) -> str:
        return self._text("format")

    @property
    def hash(self) -> str:
        return self._text("hash")

    @property
    def hash_(self) -> str:
        return self._text("hash")

    @property
    def path(self) -> str:
        return self._text("path")

    @property
    def source(self) -> str:
        return self._text("source")

    @property
    def description(self) -> str | None:
        value = self.data.get("description")
        return None if value is None else str(value)

    def __getitem__(self, field: str) -> Any:
        return self.data[field]

    def __contains__(self, field: object) -> bool:
        return field in self.data

    def get(self, field: str, default: Any = None) -> Any:
        return self.data.get(field, default)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RawModelConfig) and other.data == self.data

    __hash__ = None  # type: ignore[assignment]  # mutable, like the generated attrs classes

    def __repr__(self) -> str:
        tag = ".".join(self._text(f) for f in ("type", "format", "base"))
        return f"RawModelConfig(key={self.key!r}, name={self.name!r}, tag={tag!r})"


def _tag(payload: Mapping[str, Any]) -> tuple[Any, Any, Any]:
    return payload.get("type"), payload.get("format"), payload.get("base")


@lru_cache(maxsize=1)
def _classes_by_tag() -> dict[tuple[Any, Any, Any], tuple[type[Any], ...]]:
    """The generated config classes, indexed by their constant ``(type, format, base)``."""
    import attrs
    import invokeai_api.models as generated

    # The members of the generated ``AnyModelConfig`` union, as ModelsList declares them.
    declared = str(attrs.fields(generated.ModelsList).models.type)
    index: dict[tuple[Any, Any, Any], list[type[Any]]] = {}
    for name in dict.fromkeys(_CONFIG_NAME.findall(declared)):
        cls = getattr(generated, name, None)
        if cls is None or not attrs.has(cls):
            continue
        fields = attrs.fields_dict(cls)
        try:
            tag = (fields["type_"].default, fields["format_"].default, fields["base"].default)
        except KeyError:
            continue
        index.setdefault(tag, []).append(cls)
    return {tag: tuple(classes) for tag, classes in index.items()}


def parse_model_config(payload: Any) -> ModelConfig:
    """Parse one config into its generated class, or keep it as a :class:`RawModelConfig`.

    Raises:
        UnexpectedResponseError: the payload is not a JSON object at all.
    """
    if not isinstance(payload, Mapping):
        raise UnexpectedResponseError(f"a model config must be an object, got {payload!r}")
    try:
        candidates = _classes_by_tag().get(_tag(payload), ())
    except TypeError:  # an unhashable type/format/base: not a kind anyone knows
        candidates = ()
    filled = complete_model_config(payload) if candidates else payload
    for cls in candidates:
        try:
            config: ModelConfig = cls.from_dict(filled)
        except _PARSE_ERRORS:
            continue
        return config
    return RawModelConfig(payload)


def parse_model_configs(payloads: Iterable[Any]) -> list[ModelConfig]:
    return [parse_model_config(payload) for payload in payloads]


def _field(config: Any, name: str) -> str:
    # Generated classes use ``type_`` / ``format_`` / ``hash_``; raw configs both forms.
    value = getattr(config, name + "_", None)
    if value is None:
        value = getattr(config, name, None)
    value = getattr(value, "value", value)
    return "" if value is None else str(value)


def model_type(config: Any) -> str:
    """The model's type (``main``, ``embedding``, ``lora``, ``unknown``...), as a string."""
    return _field(config, "type")


def model_format(config: Any) -> str:
    """The model's format (``checkpoint``, ``diffusers``, ``embedding_file``...), as a string."""
    return _field(config, "format")


def model_base(config: Any) -> str:
    """The model's base (``sd-1``, ``sdxl``, ``flux``, ``any``, ``unknown``...), as a string."""
    value = getattr(config, "base", None)
    value = getattr(value, "value", value)
    return "" if value is None else str(value)


__all__ = [
    "ModelConfig",
    "RawModelConfig",
    "model_base",
    "model_format",
    "model_type",
    "parse_model_config",
    "parse_model_configs",
]


# What identifies an installed model wherever a model input is pointed at one (a workflow's
# sync_dnn_model, the pool's per-server mapping).
MODEL_KEYS = ("key", "hash", "name", "base", "type")


def model_summary(model: Any) -> dict[str, Any]:
    """key/hash/name/base/type of a model config (generated, raw for kinds not known, or
    already a mapping), with enum members as their plain values."""
    if isinstance(model, Mapping):
        source: Mapping[str, Any] = model
    else:
        raw = getattr(model, "data", None)
        source = raw if isinstance(raw, Mapping) else model.to_dict()
    return {k: getattr(source.get(k), "value", source.get(k)) for k in MODEL_KEYS}
