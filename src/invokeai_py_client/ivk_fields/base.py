"""``invokeai_py_client.ivk_fields.base``: the module path of earlier releases (the fields are
defined in ``_core/fields/base.py``; import them from ``invokeai_py_client.ivk_fields``)."""

from .._core.fields.base import (
    IvkCollectionFieldMixin,
    IvkField,
    PydanticFieldMixin,
    SchemaAttr,
)

__all__ = [
    "IvkCollectionFieldMixin",
    "IvkField",
    "PydanticFieldMixin",
    "SchemaAttr",
]
