"""A workflow's pure half: its typed inputs, input maps, the batch it would send, its outputs
as the web UI means them, and the mapping of a finished run's images onto them. Both clients'
workflow handles are this plus the requests (submit, wait, cancel, download)."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from ..dnn_models.configs import MODEL_KEYS, model_summary
from ..errors import InvalidInputError, WorkflowValidationError
from ..results import as_queue_item, outputs_by_node
from .convert import batch_data, build_batch, build_graph
from .definition import WorkflowDefinition
from .fields import Field, ModelField
from .inputs import WorkflowInput, build_inputs, compare_input_map, node_field
from .node_schema import NodeSchema
from .outputs import OutputMapping, OutputNode, board_of, output_nodes

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

InputRef = int | str | tuple[str, str]
BatchValues = Mapping[InputRef, Sequence[Any]]


class BatchOptions(TypedDict, total=False):
    """What ``submit`` passes on to :meth:`WorkflowForm.build_batch` (``**options:
    Unpack[BatchOptions]``): a misspelt keyword is a type error under ``mypy --strict`` and an
    ``UnknownArgumentError`` naming the call at run time."""

    board_id: str | None
    batch_values: BatchValues | Sequence[BatchValues] | None
    runs: int
    origin: str | None
    destination: str | None
    batch_id: str | None
    attach_workflow: bool


BATCH_OPTIONS = frozenset(BatchOptions.__annotations__)


class WorkflowForm:
    """A workflow with its inputs typed by the server's node schemas (nothing is sent).

    Raises ``WorkflowValidationError`` for a node type the schemas do not have, or an edge to a
    field a node does not have.
    """

    def __init__(self, definition: WorkflowDefinition, nodes: Mapping[str, NodeSchema]) -> None:
        definition.check_node_types(nodes)
        self.definition = definition
        self._nodes = nodes
        self._inputs = build_inputs(definition, nodes)
        self._node_fields: dict[tuple[str, str], WorkflowInput] = {}

    def list_inputs(self) -> list[WorkflowInput]:
        """The exposed inputs in form order; ``input_index`` is each one's stable handle."""
        return list(self._inputs)

    def get_input(self, ref: InputRef) -> WorkflowInput:
        """An input by index, by label, or by ``(node_id, field_name)``.

        ``(node_id, field_name)`` also reaches any field of any node that the form left out
        (e.g. ``("noise", "seed")``): it is typed and checked like a form input (its
        ``input_index`` is -1), and its value goes into the graph like the form's.

        Raises:
            InvalidInputError: no such input, or a label that several inputs share; for a node
                field: no such node or field, or a field fed by an edge.
        """
        if isinstance(ref, bool):
            raise InvalidInputError(f"no input {ref!r}")
        if isinstance(ref, int):
            if not 0 <= ref < len(self._inputs):
                raise InvalidInputError(
                    f"no input [{ref}]: this workflow has {len(self._inputs)} inputs "
                    f"(0..{len(self._inputs) - 1})"
                )
            return self._inputs[ref]
        if isinstance(ref, tuple) and len(ref) == 2:
            for item in self._inputs:
                if (item.node_id, item.field_name) == ref:
                    return item
            if ref not in self._node_fields:
                self._node_fields[ref] = node_field(self.definition, self._nodes, *ref)
            return self._node_fields[ref]
        if isinstance(ref, str):
            matches = [item for item in self._inputs if item.label == ref]
            if len(matches) == 1:
                return matches[0]
            if matches:
                indices = ", ".join(str(m.input_index) for m in matches)
                raise InvalidInputError(f"{len(matches)} inputs are labelled {ref!r} ({indices})")
            labels = ", ".join(repr(i.label) for i in self._inputs)
            raise InvalidInputError(f"no input labelled {ref!r}; labels: {labels}")
        raise InvalidInputError(
            f"an input is named by index, label or (node_id, field), not {ref!r}"
        )

    def get_input_value(self, ref: InputRef) -> Field:
        """The typed field of an input: assign ``.value`` to set it (checked at once)."""
        return self.get_input(ref).field

    def set_input_value(self, ref: InputRef, value: Any) -> None:
        """Set an input (index, label or ``(node_id, field_name)``, any node field); the value
        is checked against the server's schema at once (``InvalidInputError`` names it)."""
        self.get_input(ref).field.value = value

    def validate_inputs(self) -> dict[int, list[str]]:
        """Problems that would make the run fail, by input index: required fields (per the
        server's node schema) that have neither a value nor an edge. Fields the form does not
        show are under -1. Empty when the workflow can run.

        An empty string is a value (the web UI refuses only a missing value, the server only
        ``None``): the stock workflows that ship an empty prompt or path run as shipped."""
        problems: dict[int, list[str]] = {}
        connected = self.definition.connected_inputs()
        overrides = {(i.node_id, i.field_name): i for i in self._all_inputs()}
        for node in self.definition.nodes:
            schema = self._nodes[node.type]
            for name, field in schema.fields.items():
                if not field.required or (node.id, name) in connected:
                    continue
                exposed = overrides.get((node.id, name))
                value = exposed.value if exposed is not None else node.input_value(name)
                if value is None:
                    shown = exposed is not None and exposed.input_index >= 0
                    where = (
                        f"input [{exposed.input_index}] {exposed.label!r}"
                        if exposed is not None and shown
                        else f"node {node.id!r} ({node.label or node.type})"
                    )
                    index = exposed.input_index if exposed is not None and shown else -1
                    problems.setdefault(index, []).append(
                        f"{where}: field {name!r} is required and has no value"
                    )
        return problems

    def export_input_map(self) -> dict[str, Any]:
        """The index -> input map, to save beside a script (see :meth:`verify_input_map`)."""
        return {
            "workflow": self.definition.name,
            "inputs": [
                {"index": i.input_index, "key": i.key, "label": i.label, "kind": i.field.kind}
                for i in self._inputs
            ],
        }

    def export_input_index_map(self, filepath: str | os.PathLike[str]) -> None:
        """Write :meth:`export_input_map` to a JSON file, to commit beside a script (see
        :meth:`verify_input_index_map`). An existing file is replaced (it is the baseline)."""
        Path(filepath).write_text(json.dumps(self.export_input_map(), indent=2) + "\n")

    def verify_input_index_map(self, filepath: str | os.PathLike[str]) -> dict[str, Any]:
        """Compare the inputs with a map saved by :meth:`export_input_index_map`.

        Returns ``{"unchanged", "moved", "missing", "new"}``: lists of ``{"name", "key",
        "old_index", "new_index"}`` (an input is known by its node and field; ``name`` is its
        label, else the field's name; ``old_index`` / ``new_index`` is None where it does not
        apply).

        Raises:
            InvalidInputError: the file is not such a map.
        """
        try:
            saved = json.loads(Path(filepath).read_text())
        except (OSError, ValueError) as exc:
            raise InvalidInputError(f"{os.fspath(filepath)!r} is not an input map: {exc}") from None
        return compare_input_map(saved, self._inputs, os.fspath(filepath))

    def verify_input_map(self, saved: Mapping[str, Any]) -> None:
        """Raise when the inputs moved since ``saved`` was exported (a re-exported workflow
        whose indices now point at other fields)."""
        report = compare_input_map(saved, self._inputs, "the saved map")
        if report["moved"] or report["missing"] or report["new"]:
            gone = [
                f"[{r['old_index']}] was {r['key']}" for r in report["moved"] + report["missing"]
            ]
            raise WorkflowValidationError(
                "the workflow's inputs changed since the map was saved: "
                + ("; ".join(gone) or f"{len(report['new'])} new inputs")
            )

    def _all_inputs(self) -> list[WorkflowInput]:
        return [*self._inputs, *self._node_fields.values()]

    def list_outputs(self, include_intermediates: bool = False) -> list[OutputNode]:
        """The workflow's outputs as the web UI means them: image-producing nodes that are not
        intermediate ("Save to Gallery" on), in form order where the form shows them, then in
        workflow order. Nodes that only pass an image through (``load_image``, ``image``) are
        never outputs.

        Returns typed dicts ``{"node_id", "type", "label", "is_intermediate", "has_board",
        "input_index"}`` (``input_index``: the form input that sets the node's board, or -1);
        ``include_intermediates=True`` adds the intermediate image nodes (flagged
        ``is_intermediate: True``). See docs/workflow-outputs.md.
        """
        board_inputs = {i.node_id: i.input_index for i in self._inputs if i.field_name == "board"}
        return output_nodes(
            self.definition,
            self._nodes,
            include_intermediates=include_intermediates,
            board_inputs=board_inputs,
        )

    def build_batch(
        self,
        *,
        board_id: str | None = None,
        batch_values: BatchValues | Sequence[BatchValues] | None = None,
        runs: int = 1,
        origin: str | None = None,
        destination: str | None = None,
        batch_id: str | None = None,
        attach_workflow: bool = True,
    ) -> dict[str, Any]:
        """The ``batch`` that :meth:`submit` sends.

        ``board_id`` files the outputs' images on that board (the non-intermediate nodes that
        have a board field), never intermediate images, as the web UI does.
        ``batch_values`` maps inputs (index, label or ``(node_id, field)``) to lists of values:
        one mapping is zipped (one queue item per position), a list of mappings is multiplied.
        """
        groups: list[BatchValues] = []
        if isinstance(batch_values, Mapping):
            groups = [batch_values]
        elif batch_values is not None:
            groups = list(batch_values)
        if not all(isinstance(g, Mapping) for g in groups):
            raise InvalidInputError(f"batch_values must map inputs to lists, got {batch_values!r}")
        resolved = [{self.get_input(ref): values for ref, values in g.items()} for g in groups]
        graph = build_graph(self.definition, self._all_inputs(), self._nodes, board_id=board_id)
        return build_batch(
            graph,
            workflow=self.definition.without_id() if attach_workflow else None,
            runs=runs,
            data=batch_data(self._inputs, resolved) if resolved else None,
            origin=origin,
            destination=destination,
            batch_id=batch_id,
        )

    def preview(self) -> list[dict[str, Any]]:
        """A row per input, to print: ``index``, ``label`` (else the field's name), ``type``
        (the field class's name), ``value``, ``required``, ``node_id``, ``field_name``.
        :meth:`build_batch` shows what would be sent."""
        return [
            {
                "index": i.input_index,
                "label": i.label or i.field_name,
                "type": type(i.field).__name__,
                "value": i.value,
                "required": i.required,
                "node_id": i.node_id,
                "field_name": i.field_name,
            }
            for i in self._inputs
        ]

    def _refuse_missing_inputs(self) -> None:
        problems = self.validate_inputs()
        if problems:
            raise WorkflowValidationError("; ".join(m for ms in problems.values() for m in ms))

    def map_outputs_to_images(
        self,
        queue_item: SessionQueueItem | Mapping[str, Any],
        include_intermediates: bool = False,
    ) -> list[OutputMapping]:
        """Per output node of the workflow (see :meth:`list_outputs`), the images the queue item
        produced there and the board they were filed on.

        ``queue_item`` is what :meth:`wait_for_completion` returned (or its ``to_dict()``).
        Returns typed dicts (the original client's ``OutputMapping``: ``node_id``,
        ``input_index``, ``board_id``, ``tier``, ``image_names``; and ``type``, ``label``,
        ``is_intermediate``, ``has_board``) in :meth:`list_outputs` order; intermediate nodes
        only with ``include_intermediates=True``.
        """
        item = as_queue_item(queue_item)
        produced = outputs_by_node(item)
        result: list[OutputMapping] = []
        for output in self.list_outputs(include_intermediates):
            found = produced.get(output.node_id)
            result.append(
                OutputMapping(
                    node_id=output.node_id,
                    input_index=output.input_index,
                    board_id=board_of(item, output.node_id),
                    tier="intermediate" if output.is_intermediate else "output",
                    image_names=list(found.image_names) if found else [],
                    type=output.type,
                    label=output.label,
                    is_intermediate=output.is_intermediate,
                    has_board=output.has_board,
                )
            )
        return result

    def resolve_models(
        self, installed: Sequence[Any], *, by_name: bool, by_base: bool
    ) -> list[tuple[ModelField, ModelField]]:
        """Point model inputs at the ``installed`` model configs (see ``sync_dnn_model``)."""
        models = [model_summary(m) for m in installed]
        changed: list[tuple[ModelField, ModelField]] = []
        for item in self._inputs:
            if not isinstance(item.field, ModelField) or not isinstance(item.value, dict):
                continue
            current = item.value
            if any(m.get("key") == current.get("key") for m in models):
                continue
            candidates = [m for m in models if by_name and m.get("name") == current.get("name")]
            if by_base:
                candidates = [m for m in candidates if m.get("base") == current.get("base")]
            if not candidates:
                raise InvalidInputError(
                    f"input [{item.input_index}] {item.label!r}: no installed model matches "
                    f"{current.get('name')!r} ({current.get('base')}, {current.get('type')})"
                )
            model = candidates[0]
            original = copy.copy(item.field)
            item.field.value = {k: model.get(k) for k in MODEL_KEYS} | (
                {"submodel_type": current["submodel_type"]} if current.get("submodel_type") else {}
            )
            changed.append((original, item.field))
        return changed

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.definition.name!r}, {len(self._inputs)} inputs)"
