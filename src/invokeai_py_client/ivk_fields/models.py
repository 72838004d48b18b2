"""``invokeai_py_client.ivk_fields.models``: the module path of earlier releases (the fields are
defined in ``_core/fields/models.py``; import them from ``invokeai_py_client.ivk_fields``)."""

from .._core.fields.models import (
    IvkCLIPField,
    IvkLoRAField,
    IvkModelIdentifierField,
    IvkTransformerField,
    IvkUNetField,
)

__all__ = [
    "IvkCLIPField",
    "IvkLoRAField",
    "IvkModelIdentifierField",
    "IvkTransformerField",
    "IvkUNetField",
]
