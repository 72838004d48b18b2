"""The typed fields of workflow inputs (``WorkflowHandle.get_input_value`` returns these).

```python
from invokeai_py_client.ivk_fields import IvkIntegerField

steps = IvkIntegerField(minimum=1, maximum=100)
steps.value = 30          # checked at once: InvalidInputError for 0 or "30"
print(steps.to_api_format())      # {'value': 30}
```
"""

from .._core.fields.base import IvkCollectionFieldMixin, IvkField, PydanticFieldMixin
from .._core.fields.complex import IvkBoundingBoxField, IvkCollectionField, IvkColorField
from .._core.fields.enums import SCHEDULER_NAMES, IvkEnumField, IvkSchedulerField, SchedulerName
from .._core.fields.models import (
    IvkCLIPField,
    IvkLoRAField,
    IvkModelIdentifierField,
    IvkTransformerField,
    IvkUNetField,
)
from .._core.fields.primitives import (
    IvkBooleanField,
    IvkFloatField,
    IvkIntegerField,
    IvkStringField,
)
from .._core.fields.resources import (
    IvkBoardField,
    IvkImageField,
    IvkImageFieldMixin,
    IvkLatentsField,
    IvkTensorField,
)

__all__ = [
    "SCHEDULER_NAMES",
    "IvkBoardField",
    "IvkBooleanField",
    "IvkBoundingBoxField",
    "IvkCLIPField",
    "IvkCollectionField",
    "IvkCollectionFieldMixin",
    "IvkColorField",
    "IvkEnumField",
    "IvkField",
    "IvkFloatField",
    "IvkImageField",
    "IvkImageFieldMixin",
    "IvkIntegerField",
    "IvkLatentsField",
    "IvkLoRAField",
    "IvkModelIdentifierField",
    "IvkSchedulerField",
    "IvkStringField",
    "IvkTensorField",
    "IvkTransformerField",
    "IvkUNetField",
    "PydanticFieldMixin",
    "SchedulerName",
]
