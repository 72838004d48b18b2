"""Graphs in Python: the typed node builders (``nodes.stock``, generated) and the graph.

Importing this package loads only the graph machinery; the builders load when
``invokeai_py_client.nodes.stock`` (or one of its category modules) is imported."""

from .graph import FieldSpec, Graph, Node, Out, Outputs, Vary, model_identifier
from .schema import NodeSchemas

__all__ = [
    "FieldSpec",
    "Graph",
    "Node",
    "NodeSchemas",
    "Out",
    "Outputs",
    "Vary",
    "model_identifier",
]
