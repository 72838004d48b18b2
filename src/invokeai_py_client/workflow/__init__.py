"""Workflows exported from the InvokeAI web UI: load, set inputs, run, read outputs; and the
server's workflow library."""

from typing import TYPE_CHECKING

from .._core.errors import WorkflowValidationError
from .._lazy import lazy_getattr
from .definition import WorkflowDefinition, WorkflowEdge, WorkflowNode
from .fields import (
    BoardField,
    BooleanField,
    CollectionField,
    ColorField,
    EnumField,
    Field,
    FloatField,
    ImageField,
    IntegerField,
    ModelField,
    StringField,
)
from .inputs import IvkWorkflowInput, WorkflowInput
from .node_schema import FieldSchema, NodeSchema
from .outputs import OutputMapping, OutputNode

if TYPE_CHECKING:
    from .._async.workflow_handle import AsyncWorkflowHandle
    from .._async.workflow_repo import AsyncWorkflowRepository
    from .._sync.workflow_handle import WorkflowHandle
    from .._sync.workflow_repo import WorkflowRepository

__getattr__ = lazy_getattr(
    __name__,
    {
        "AsyncWorkflowHandle": "._async.workflow_handle",
        "AsyncWorkflowRepository": "._async.workflow_repo",
        "WorkflowHandle": "._sync.workflow_handle",
        "WorkflowRepository": "._sync.workflow_repo",
    },
)

__all__ = [
    "AsyncWorkflowHandle",
    "AsyncWorkflowRepository",
    "BoardField",
    "BooleanField",
    "CollectionField",
    "ColorField",
    "EnumField",
    "Field",
    "FieldSchema",
    "FloatField",
    "ImageField",
    "IntegerField",
    "IvkWorkflowInput",
    "ModelField",
    "NodeSchema",
    "OutputMapping",
    "OutputNode",
    "StringField",
    "WorkflowDefinition",
    "WorkflowEdge",
    "WorkflowHandle",
    "WorkflowInput",
    "WorkflowNode",
    "WorkflowRepository",
    "WorkflowValidationError",
]
