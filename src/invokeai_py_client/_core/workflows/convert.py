"""Workflow -> graph -> ``enqueue_batch`` payload, as the web UI builds it.

Every invocation node becomes a graph node carrying its input values, ``is_intermediate`` and
``use_cache``; inputs fed by an edge carry no value (the edge gives it); editor-only nodes and
collapsed-edge duplicates are left out. The workflow itself rides along in the batch so that the
images it produces carry it, as images made in the web UI do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import WorkflowValidationError
from .definition import WorkflowDefinition
from .fields import BoardField, Field
from .inputs import WorkflowInput
from .node_schema import NodeSchema
from .outputs import board_receivers

UI_BOARD_SENTINELS = ("auto", "none")


def _node_value(field_name: str, value: Any, schema: NodeSchema | None) -> Any:
    field = schema.fields.get(field_name) if schema is not None else None
    if field is not None and field.kind == "board":
        if value in UI_BOARD_SENTINELS or value is None:
            return None
        return value if isinstance(value, Mapping) else {"board_id": value}
    return value


def build_graph(
    definition: WorkflowDefinition,
    inputs: Sequence[WorkflowInput],
    nodes: Mapping[str, NodeSchema],
    *,
    board_id: str | None = None,
) -> dict[str, Any]:
    """The graph of a workflow with the inputs' current values.

    ``board_id`` puts the images of the workflow's outputs (non-intermediate nodes that have a
    board field left on "auto") on that board, as the web UI files gallery images; intermediate
    images never go to a board (see ``workflow/outputs.py``).
    """
    overrides: dict[tuple[str, str], Field] = {(i.node_id, i.field_name): i.field for i in inputs}
    connected = definition.connected_inputs()
    receivers = board_receivers(definition, nodes) if board_id is not None else set()
    graph_nodes: dict[str, Any] = {}
    for node in definition.nodes:
        schema = nodes.get(node.type)
        payload: dict[str, Any] = {
            "id": node.id,
            "type": node.type,
            "is_intermediate": node.is_intermediate,
            "use_cache": node.use_cache,
        }
        for name in node.inputs:
            if (node.id, name) in connected:
                continue
            if schema is not None and name not in schema.fields:
                continue  # an input the server's node no longer has
            field = overrides.get((node.id, name))
            if field is not None:
                value = field.to_payload()
            else:
                value = _node_value(name, node.input_value(name), schema)
            if value is not None:
                payload[name] = value
        if (
            board_id is not None
            and node.id in receivers
            and (node.id, "board") not in connected
            and _board_is_auto(node.input_value("board"), overrides.get((node.id, "board")))
        ):
            payload["board"] = {"board_id": board_id}
        graph_nodes[node.id] = payload
    edges = [
        {
            "source": {"node_id": edge.source, "field": edge.source_field},
            "destination": {"node_id": edge.target, "field": edge.target_field},
        }
        for edge in definition.edges
    ]
    return {"id": definition.id or "workflow", "nodes": graph_nodes, "edges": edges}


def _board_is_auto(stored: Any, override: Field | None) -> bool:
    value = override.value if isinstance(override, BoardField) else stored
    return value in (None, "auto")


def batch_data(
    inputs: Sequence[WorkflowInput],
    groups: Sequence[Mapping[WorkflowInput, Sequence[Any]]],
) -> list[list[dict[str, Any]]]:
    """``Batch.data``: inputs of one group are zipped (equal lengths), groups are multiplied."""
    data: list[list[dict[str, Any]]] = []
    for group in groups:
        for workflow_input, values in group.items():
            if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
                raise WorkflowValidationError(
                    f"input [{workflow_input.input_index}] {workflow_input.label!r}: batch "
                    f"values must be a list of values, got {values!r}"
                )
        lengths = {len(values) for values in group.values()}
        if len(lengths) > 1:
            names = ", ".join(f"[{i.input_index}] {i.label!r}" for i in group)
            raise WorkflowValidationError(
                f"inputs zipped together must have as many values each: {names} "
                f"have {sorted(lengths)}"
            )
        entries = []
        for workflow_input, values in group.items():
            if not values:
                raise WorkflowValidationError(
                    f"input [{workflow_input.input_index}] {workflow_input.label!r}: "
                    "a batch needs at least one value"
                )
            checked = []
            for value in values:
                checked.append(workflow_input.field.payload_of(value))
            entries.append(
                {
                    "node_path": workflow_input.node_id,
                    "field_name": workflow_input.field_name,
                    "items": checked,
                }
            )
        data.append(entries)
    return data


def build_batch(
    graph: dict[str, Any],
    *,
    workflow: dict[str, Any] | None,
    runs: int = 1,
    data: list[list[dict[str, Any]]] | None = None,
    origin: str | None = None,
    destination: str | None = None,
    batch_id: str | None = None,
) -> dict[str, Any]:
    """The ``batch`` of an ``enqueue_batch`` request."""
    if isinstance(runs, bool) or not isinstance(runs, int) or runs < 1:
        raise WorkflowValidationError(f"runs must be an integer >= 1, got {runs!r}")
    batch: dict[str, Any] = {"graph": graph, "runs": runs}
    if data:
        batch["data"] = data
    if workflow is not None:
        batch["workflow"] = workflow
    for key, value in (("origin", origin), ("destination", destination), ("batch_id", batch_id)):
        if value is not None:
            batch[key] = value
    return batch
