"""``invokeai_py_client.ivk_fields.primitives``: the module path of earlier releases (the fields are
defined in ``_core/fields/primitives.py``; import them from ``invokeai_py_client.ivk_fields``)."""

from .._core.fields.primitives import (
    IvkBooleanField,
    IvkFloatField,
    IvkIntegerField,
    IvkStringField,
    check_range,
)

__all__ = [
    "IvkBooleanField",
    "IvkFloatField",
    "IvkIntegerField",
    "IvkStringField",
    "check_range",
]
