"""Python -> workflow: a graph as a GUI workflow (the web UI's JSON, schema 3.0.0), its nodes
laid out left to right by depth, the chosen inputs exposed on its form. The client's own loader
(``WorkflowDefinition`` and the workflow -> graph conversion) turns it back into the same graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._core.errors import InvalidInputError
from .graph import Graph, Node, to_payload

COLUMN = 400  # pixels between columns of the layout
ROW = 320


def _depths(graph: Graph) -> dict[int, int]:
    depth: dict[int, int] = {}
    for node in graph:  # parents come first in a graph's order
        parents = [depth[id(p)] for p in node.upstream() if id(p) in depth]
        depth[id(node)] = 1 + max(parents) if parents else 0
    return depth


def graph_to_workflow(
    graph: Graph,
    *,
    name: str,
    inputs: Sequence[tuple[Node[Any], str]] = (),
    description: str = "",
    labels: dict[tuple[Node[Any], str], str] | None = None,
) -> dict[str, Any]:
    """The workflow JSON of ``graph`` (checked as :meth:`Graph.to_dict` checks it, required
    inputs aside: a workflow may leave a model for its user to choose).

    ``inputs``: (node, input) pairs shown on the form, in this order; ``labels`` their labels.
    """
    if not isinstance(name, str) or not name:
        raise InvalidInputError("a workflow needs a name")
    graph.to_dict(check=False)
    depth = _depths(graph)
    rows: dict[int, int] = {}
    nodes: list[dict[str, Any]] = []
    for node in graph:
        node_id = graph.id_of(node)
        column = depth[id(node)]
        row = rows.get(column, 0)
        rows[column] = row + 1
        fields: dict[str, Any] = {}
        for field in node.FIELDS:
            entry: dict[str, Any] = {"name": field, "label": ""}
            if field in node.values:
                entry["value"] = to_payload(node.values[field])
            fields[field] = entry
        nodes.append(
            {
                "id": node_id,
                "type": "invocation",
                "position": {"x": column * COLUMN, "y": row * ROW},
                "data": {
                    "id": node_id,
                    "type": node.TYPE,
                    "version": getattr(node, "VERSION", ""),
                    "label": "",
                    "notes": "",
                    "isOpen": True,
                    "isIntermediate": bool(node.is_intermediate),
                    "useCache": True if node.use_cache is None else node.use_cache,
                    "nodePack": "invokeai",
                    "inputs": fields,
                },
            }
        )
    edges = []
    for node in graph:
        target = graph.id_of(node)
        for field, outs in node.connections.items():
            for out in outs:
                source = graph.id_of(out.node)
                edges.append(
                    {
                        "id": f"reactflow__edge-{source}{out.field}-{target}{field}",
                        "type": "default",
                        "source": source,
                        "target": target,
                        "sourceHandle": out.field,
                        "targetHandle": field,
                    }
                )
    exposed = []
    for node, field in inputs:
        node_id = graph.id_of(node)
        node._spec(field)  # an input the node has
        if field in node.connections:
            raise InvalidInputError(f"{node_id}.{field} is connected: it cannot be on the form")
        exposed.append({"nodeId": node_id, "fieldName": field})
        label = (labels or {}).get((node, field))
        if label:
            entry = next(n for n in nodes if n["id"] == node_id)["data"]["inputs"][field]
            entry["label"] = label
    workflow: dict[str, Any] = {
        "name": name,
        "author": "",
        "description": description,
        "version": "1.0.0",
        "contact": "",
        "tags": "",
        "notes": "",
        "exposedFields": exposed,
        "meta": {"version": "3.0.0", "category": "user"},
        "nodes": nodes,
        "edges": edges,
    }
    if graph.id is not None:
        workflow["id"] = graph.id
    return workflow


__all__ = ["graph_to_workflow"]
