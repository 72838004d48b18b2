"""``invokeai_py_client.ivk_fields.enums``: the module path of earlier releases (the fields are
defined in ``_core/fields/enums.py``; import them from ``invokeai_py_client.ivk_fields``)."""

from .._core.fields.enums import (
    SCHEDULER_NAMES,
    IvkEnumField,
    IvkSchedulerField,
    SchedulerName,
)

__all__ = [
    "SCHEDULER_NAMES",
    "IvkEnumField",
    "IvkSchedulerField",
    "SchedulerName",
]
