"""Workflows exported from the InvokeAI web UI: load, set inputs, run, read outputs; and the
server's workflow library."""

from .definition import WorkflowDefinition, WorkflowEdge, WorkflowNode, WorkflowValidationError
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
from .handle import WorkflowHandle
from .inputs import WorkflowInput
from .node_schema import FieldSchema, NodeSchema
from .repository import WorkflowRepository

__all__ = [
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
    "ModelField",
    "NodeSchema",
    "StringField",
    "WorkflowDefinition",
    "WorkflowEdge",
    "WorkflowHandle",
    "WorkflowInput",
    "WorkflowNode",
    "WorkflowRepository",
    "WorkflowValidationError",
]
