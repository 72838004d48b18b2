"""The inputs a workflow exposes, in the order its form shows them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import WorkflowValidationError
from .definition import WorkflowDefinition
from .fields import Field, make_field
from .node_schema import FieldSchema, NodeSchema


@dataclass(eq=False)
class WorkflowInput:
    """One exposed input. ``input_index`` is its stable position in :meth:`list_inputs`."""

    input_index: int
    node_id: str
    field_name: str
    label: str
    node_type: str
    field: Field
    required: bool
    node_name: str = ""
    """The containing node's display name: its label in the editor, else its type's title."""

    @property
    def value(self) -> Any:
        return self.field.value

    @property
    def key(self) -> str:
        """``node_id.field_name``: what the index maps to (see ``export_input_map``)."""
        return f"{self.node_id}.{self.field_name}"


IvkWorkflowInput = WorkflowInput
"""The original client's name of :class:`WorkflowInput`."""


def exposed_order(definition: WorkflowDefinition) -> list[tuple[str, str]]:
    """(node id, field name) of each exposed input: depth-first through the form's containers,
    or the ``exposedFields`` order for workflows without a form."""
    form = definition.form
    if form is None:
        return _unique(definition.exposed_fields)
    elements: Mapping[str, Any] = form.get("elements", {})
    root = form.get("rootElementId")
    order: list[tuple[str, str]] = []

    def visit(element_id: Any, depth: int) -> None:
        element = elements.get(element_id) if isinstance(element_id, str) else None
        if not isinstance(element, Mapping) or depth > 64:
            return
        data = element.get("data") or {}
        if element.get("type") == "node-field":
            identifier = data.get("fieldIdentifier") or {}
            node_id, field_name = identifier.get("nodeId"), identifier.get("fieldName")
            if isinstance(node_id, str) and isinstance(field_name, str):
                order.append((node_id, field_name))
        for child in data.get("children") or []:
            visit(child, depth + 1)

    if isinstance(root, str) and root in elements:
        visit(root, 0)
    else:  # a form without a root: take its node fields in the order they are stored
        for element_id in elements:
            visit(element_id, 0)
    return _unique(order)


def _unique(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    return [p for p in pairs if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


def build_inputs(
    definition: WorkflowDefinition, nodes: Mapping[str, NodeSchema]
) -> list[WorkflowInput]:
    """The exposed inputs as typed fields, holding the workflow's current values."""
    inputs: list[WorkflowInput] = []
    for node_id, field_name in exposed_order(definition):
        if not definition.has_node(node_id):
            raise WorkflowValidationError(
                f"the form exposes {field_name!r} of node {node_id!r}, which is not in the workflow"
            )
        node = definition.node(node_id)
        node_schema = nodes.get(node.type)
        schema = node_schema.fields.get(field_name) if node_schema else None
        if schema is None and (node_schema is not None or field_name not in node.inputs):
            # A typo in an exported form: its value would be accepted, then dropped silently.
            raise WorkflowValidationError(
                f"the form exposes field {field_name!r} of node {node_id!r} ({node.type}), "
                "which that node does not have"
            )
        if schema is None:
            schema = FieldSchema(name=field_name, kind="any")
        index = len(inputs)
        label = node.input_label(field_name) or schema.title or field_name
        where = f"input [{index}] {label!r} ({node_id}.{field_name})"
        inputs.append(
            WorkflowInput(
                input_index=index,
                node_id=node_id,
                field_name=field_name,
                label=label,
                node_type=node.type,
                field=make_field(schema, node.input_value(field_name), where),
                required=schema.required,
                node_name=node.label or (node_schema.title if node_schema else "") or node.type,
            )
        )
    return inputs


NOT_IN_FORM = -1
"""``input_index`` of a node field that the form does not expose (see :func:`node_field`)."""


def node_field(
    definition: WorkflowDefinition, nodes: Mapping[str, NodeSchema], node_id: str, field_name: str
) -> WorkflowInput:
    """A field of any node, typed and checked like a form input, holding the workflow's value.

    Raises:
        WorkflowValidationError: no such node, the server's node has no such input, or an edge
            feeds it (its value comes from that edge).
    """
    node = definition.node(node_id)
    node_schema = nodes.get(node.type)
    schema = node_schema.fields.get(field_name) if node_schema is not None else None
    if schema is None:
        known = ", ".join(sorted(node_schema.fields)) if node_schema is not None else ""
        raise WorkflowValidationError(
            f"node {node_id!r} ({node.label or node.type}) has no input {field_name!r}"
            + (f"; its inputs: {known}" if known else "")
        )
    if (node_id, field_name) in definition.connected_inputs():
        raise WorkflowValidationError(
            f"input {field_name!r} of node {node_id!r} is fed by an edge: it takes no value"
        )
    if schema.input == "connection":
        raise WorkflowValidationError(
            f"input {field_name!r} of node {node_id!r} only takes a connection, not a value"
        )
    label = node.input_label(field_name) or schema.title or field_name
    return WorkflowInput(
        input_index=NOT_IN_FORM,
        node_id=node_id,
        field_name=field_name,
        label=label,
        node_type=node.type,
        field=make_field(schema, node.input_value(field_name), f"{node_id}.{field_name} {label!r}"),
        required=schema.required,
    )


def compare_input_map(
    saved: Any, inputs: list[WorkflowInput], source: str
) -> dict[str, list[dict[str, Any]]]:
    """How ``inputs`` differ from a map saved by ``export_input_map``: ``unchanged``, ``moved``,
    ``missing`` and ``new`` lists of ``{"name", "key", "old_index", "new_index"}`` (an input is
    known by ``node_id.field_name``; ``name`` is its label, else the field's name).

    Raises:
        InvalidInputError: ``saved`` (read from ``source``) is not such a map.
    """
    from ..errors import InvalidInputError

    try:
        entries = {e["key"]: e for e in saved["inputs"]}
    except (KeyError, TypeError) as exc:
        raise InvalidInputError(f"{source!r} is not an input map: {exc!r}") from None
    current = {i.key: i for i in inputs}
    report: dict[str, list[dict[str, Any]]] = {
        "unchanged": [],
        "moved": [],
        "missing": [],
        "new": [],
    }
    for key, entry in entries.items():
        now = current.get(key)
        kind = "missing" if now is None else "unchanged"
        if now is not None and now.input_index != entry.get("index"):
            kind = "moved"
        report[kind].append(
            {
                "name": entry.get("label") or key.rpartition(".")[2],
                "key": key,
                "old_index": entry.get("index"),
                "new_index": None if now is None else now.input_index,
            }
        )
    for key, now in current.items():
        if key not in entries:
            report["new"].append(
                {
                    "name": now.label or now.field_name,
                    "key": key,
                    "old_index": None,
                    "new_index": now.input_index,
                }
            )
    return report
