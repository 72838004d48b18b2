"""Typed workflow input fields: the ``Ivk*Field`` classes of :mod:`invokeai_py_client.ivk_fields`
under their short names, and :func:`make_field`, which picks the class for a server schema.

Assigning ``.value`` checks it against the server's node schema and raises
:class:`InvalidInputError` naming the input (index and label) and what is allowed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

from ..errors import InvalidInputError
from ..fields.base import IvkField
from ..fields.complex import IvkCollectionField
from ..fields.complex import IvkColorField as ColorField
from ..fields.enums import IvkEnumField as EnumField
from ..fields.enums import IvkSchedulerField
from ..fields.models import IvkModelIdentifierField as ModelField
from ..fields.primitives import IvkBooleanField as BooleanField
from ..fields.primitives import IvkFloatField as FloatField
from ..fields.primitives import IvkIntegerField as IntegerField
from ..fields.primitives import IvkStringField as StringField
from ..fields.resources import IvkBoardField as BoardField
from ..fields.resources import IvkImageField as ImageField
from .node_schema import FieldSchema

if TYPE_CHECKING:
    Field: TypeAlias = IvkField[Any]
    CollectionField: TypeAlias = IvkCollectionField[Any]
else:  # the classes themselves at run time, so that isinstance() works
    Field = IvkField
    CollectionField = IvkCollectionField

_FIELD_CLASSES: dict[str, type[IvkField[Any]]] = {
    "integer": IntegerField,
    "float": FloatField,
    "string": StringField,
    "boolean": BooleanField,
    "enum": EnumField,
    "image": ImageField,
    "board": BoardField,
    "color": ColorField,
    "model": ModelField,
    "collection": IvkCollectionField,
}


def field_class(schema: FieldSchema) -> type[IvkField[Any]]:
    """The field class for a server schema (the base :class:`IvkField` for kinds not listed)."""
    if schema.kind == "enum" and schema.name == "scheduler":
        return IvkSchedulerField
    return _FIELD_CLASSES.get(schema.kind, IvkField)


def make_field(schema: FieldSchema, value: Any, where: str) -> IvkField[Any]:
    """The typed field for a schema, holding ``value``.

    A value stored in a workflow that no longer validates (say, an out-of-range default) is kept
    as it is rather than refusing to load the workflow; it is checked again when set.
    """
    cls = field_class(schema)
    try:
        return cls(value, schema=schema, where=where)
    except InvalidInputError:
        field = cls(None, schema=schema, where=where) if not schema.required else None
        if field is None:
            field = IvkField(None, schema=schema, where=where)
        field._value = value
        return field


__all__ = [
    "BoardField",
    "BooleanField",
    "CollectionField",
    "ColorField",
    "EnumField",
    "Field",
    "FloatField",
    "ImageField",
    "IntegerField",
    "ModelField",
    "StringField",
    "field_class",
    "make_field",
]
