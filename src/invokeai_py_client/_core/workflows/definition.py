"""A workflow as the InvokeAI web UI exports it (schema 3.x, with or without a ``form``)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import WorkflowValidationError


@dataclass(frozen=True)
class WorkflowNode:
    """An invocation node of the workflow (notes and other UI-only nodes are left out)."""

    id: str
    type: str
    label: str
    inputs: Mapping[str, Any]
    is_intermediate: bool
    use_cache: bool

    def input_value(self, field_name: str) -> Any:
        entry = self.inputs.get(field_name)
        return entry.get("value") if isinstance(entry, Mapping) else None

    def input_label(self, field_name: str) -> str:
        entry = self.inputs.get(field_name)
        label = entry.get("label") if isinstance(entry, Mapping) else None
        return label if isinstance(label, str) else ""


@dataclass(frozen=True)
class WorkflowEdge:
    source: str
    source_field: str
    target: str
    target_field: str


class WorkflowDefinition:
    """A workflow exported from the web UI (``Save As`` / download), loaded and checked.

    Raises ``WorkflowValidationError`` on load when a node lacks an id or type, two nodes share
    an id, or an edge names a node or field handle that is not there.

    Example:
        ```python
        definition = WorkflowDefinition.from_file("blur-form.json")
        print([node.type for node in definition.nodes])
        ```
    """

    def __init__(self, raw: Mapping[str, Any]) -> None:
        if not isinstance(raw, Mapping):
            raise WorkflowValidationError(f"a workflow must be a JSON object, got {type(raw)}")
        self._raw: dict[str, Any] = copy.deepcopy(dict(raw))
        self.nodes, self.edges = _parse(self._raw)
        self._by_id = {node.id: node for node in self.nodes}

    # ------------------------------------------------------------------------- loading
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkflowDefinition:
        return cls(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> WorkflowDefinition:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise WorkflowValidationError(f"the workflow is not valid JSON: {exc}") from exc
        return cls(data)

    @classmethod
    def from_file(cls, path: str | Path) -> WorkflowDefinition:
        file = Path(path)
        if not file.is_file():
            raise WorkflowValidationError(f"no workflow file at {str(file)!r}")
        try:
            return cls.from_json(file.read_bytes())
        except WorkflowValidationError as exc:
            raise WorkflowValidationError(f"{file}: {exc}") from exc

    # ------------------------------------------------------------------------- reading
    @property
    def name(self) -> str:
        return str(self._raw.get("name") or "")

    @property
    def id(self) -> str | None:
        value = self._raw.get("id")
        return value if isinstance(value, str) and value else None

    @property
    def form(self) -> Mapping[str, Any] | None:
        form = self._raw.get("form")
        return form if isinstance(form, Mapping) and form.get("elements") else None

    @property
    def exposed_fields(self) -> list[tuple[str, str]]:
        fields = self._raw.get("exposedFields") or []
        return [
            (str(f.get("nodeId")), str(f.get("fieldName")))
            for f in fields
            if isinstance(f, Mapping) and f.get("nodeId") and f.get("fieldName")
        ]

    def node(self, node_id: str) -> WorkflowNode:
        try:
            return self._by_id[node_id]
        except KeyError:
            raise WorkflowValidationError(f"the workflow has no node {node_id!r}") from None

    def has_node(self, node_id: str) -> bool:
        return node_id in self._by_id

    def connected_inputs(self) -> set[tuple[str, str]]:
        """(node id, field) pairs that an edge feeds: they take no value."""
        return {(edge.target, edge.target_field) for edge in self.edges}

    def check_node_types(self, known: Mapping[str, Any]) -> None:
        """Raise when a node type is not one the server knows (e.g. a missing custom node)."""
        for node in self.nodes:
            if node.type not in known:
                raise WorkflowValidationError(
                    f"node {node.id!r} ({node.label or node.type}) has type {node.type!r}, "
                    "which the connected server does not have"
                )
        for edge in self.edges:
            for node_id, field_name, side in (
                (edge.source, edge.source_field, "output"),
                (edge.target, edge.target_field, "input"),
            ):
                schema = known[self._by_id[node_id].type]
                names = schema.output_fields if side == "output" else schema.fields
                if field_name not in names and field_name not in ("collection", "item"):
                    raise WorkflowValidationError(
                        f"an edge uses {side} {field_name!r} of node {node_id!r} "
                        f"({schema.type}), which has no such {side}"
                    )

    def to_dict(self) -> dict[str, Any]:
        """The workflow JSON (a copy)."""
        return copy.deepcopy(self._raw)

    def without_id(self) -> dict[str, Any]:
        """The workflow as a batch carries it (``WorkflowWithoutID``)."""
        data = self.to_dict()
        data.pop("id", None)
        return data

    def __iter__(self) -> Iterator[WorkflowNode]:
        return iter(self.nodes)

    def __repr__(self) -> str:
        return (
            f"WorkflowDefinition({self.name!r}, {len(self.nodes)} nodes, {len(self.edges)} edges)"
        )


def _parse(raw: dict[str, Any]) -> tuple[list[WorkflowNode], list[WorkflowEdge]]:
    raw_nodes = raw.get("nodes")
    if not isinstance(raw_nodes, list):
        raise WorkflowValidationError("the workflow has no 'nodes' list")
    nodes: list[WorkflowNode] = []
    seen: set[str] = set()
    for position, entry in enumerate(raw_nodes):
        if not isinstance(entry, Mapping):
            raise WorkflowValidationError(f"nodes[{position}] is not an object")
        if entry.get("type") not in (None, "invocation"):
            continue  # notes, current_image and other nodes that exist only in the editor
        data = entry.get("data")
        if not isinstance(data, Mapping):
            raise WorkflowValidationError(f"node {entry.get('id')!r} has no 'data' object")
        node_id, node_type = data.get("id") or entry.get("id"), data.get("type")
        if not isinstance(node_id, str) or not node_id:
            raise WorkflowValidationError(f"nodes[{position}] has no id")
        if not isinstance(node_type, str) or not node_type:
            raise WorkflowValidationError(f"node {node_id!r} has no invocation type")
        if node_id in seen:
            raise WorkflowValidationError(f"two nodes have the id {node_id!r}")
        seen.add(node_id)
        inputs = data.get("inputs") or {}
        if not isinstance(inputs, Mapping):
            raise WorkflowValidationError(f"node {node_id!r}: 'inputs' is not an object")
        nodes.append(
            WorkflowNode(
                id=node_id,
                type=node_type,
                label=str(data.get("label") or ""),
                inputs=inputs,
                is_intermediate=bool(data.get("isIntermediate", False)),
                use_cache=bool(data.get("useCache", True)),
            )
        )
    edges: list[WorkflowEdge] = []
    for position, entry in enumerate(raw.get("edges") or []):
        if not isinstance(entry, Mapping):
            raise WorkflowValidationError(f"edges[{position}] is not an object")
        if entry.get("type") == "collapsed":
            continue  # drawn for collapsed nodes only; the real edges are also listed
        source, target = entry.get("source"), entry.get("target")
        source_field, target_field = entry.get("sourceHandle"), entry.get("targetHandle")
        for node_id, role in ((source, "source"), (target, "target")):
            if node_id not in seen:
                raise WorkflowValidationError(
                    f"edges[{position}] ({entry.get('id', '?')}) has {role} node {node_id!r}, "
                    "which is not in the workflow"
                )
        if not isinstance(source_field, str) or not isinstance(target_field, str):
            raise WorkflowValidationError(
                f"edges[{position}] from {source!r} to {target!r} lacks a field handle"
            )
        edges.append(WorkflowEdge(str(source), source_field, str(target), target_field))
    return nodes, edges
