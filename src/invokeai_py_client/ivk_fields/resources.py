"""``invokeai_py_client.ivk_fields.resources``: the module path of earlier releases (the fields are
defined in ``_core/fields/resources.py``; import them from ``invokeai_py_client.ivk_fields``)."""

from .._core.fields.resources import (
    IvkBoardField,
    IvkImageField,
    IvkImageFieldMixin,
    IvkLatentsField,
    IvkTensorField,
)

__all__ = [
    "IvkBoardField",
    "IvkImageField",
    "IvkImageFieldMixin",
    "IvkLatentsField",
    "IvkTensorField",
]
