"""``invokeai_py_client.ivk_fields.complex``: the module path of earlier releases (the fields are
defined in ``_core/fields/complex.py``; import them from ``invokeai_py_client.ivk_fields``)."""

from .._core.fields.complex import (
    IvkBoundingBoxField,
    IvkCollectionField,
    IvkColorField,
)

__all__ = [
    "IvkBoundingBoxField",
    "IvkCollectionField",
    "IvkColorField",
]
