"""Workflows exported from the InvokeAI web UI: load, set inputs, run, read outputs; and the
server's workflow library."""

from .._async.workflow_handle import AsyncWorkflowHandle
from .._async.workflow_repo import AsyncWorkflowRepository
from .._core.errors import WorkflowValidationError
from .._core.workflows.definition import WorkflowDefinition, WorkflowEdge, WorkflowNode
from .._core.workflows.fields import (
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
from .._core.workflows.inputs import IvkWorkflowInput, WorkflowInput
from .._core.workflows.node_schema import FieldSchema, NodeSchema
from .._core.workflows.outputs import OutputMapping, OutputNode
from .._sync.workflow_handle import WorkflowHandle
from .._sync.workflow_repo import WorkflowRepository

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
