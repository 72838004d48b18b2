"""Which nodes of a workflow are its outputs, as InvokeAI's web UI means them.

The rule (docs/workflow-outputs.md, read from the web UI's sources of 4.2.9, 5.15.0 and 6.14):

* an output is a node that produces images and whose ``is_intermediate`` is false (its "Save to
  Gallery" switch): its images land in the gallery; the images of intermediate nodes never do;
* nodes that pass an existing image through (``load_image``, ``image``, ``video``) are never
  outputs: the UI does not take their results as new images;
* outputs come in the order the workflow's form shows them (a node is placed by its first field
  on the form), then the others in workflow order;
* a run's ``board_id`` goes to the outputs that have a ``board`` field, never to intermediates.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from typing import Any, Literal, TypedDict

from .definition import WorkflowDefinition
from .inputs import exposed_order
from .node_schema import NodeSchema

# Node types whose image output is an image that already exists (never a new output).
PASS_THROUGH_TYPES = frozenset({"load_image", "image", "video"})


@dataclass(frozen=True)
class OutputNode(Mapping[str, Any]):
    """An output node of a workflow (what ``list_outputs`` returns). Read it as attributes
    (``out.node_id``, ``out.node_name``, ``out.input_index``, as the original client's
    reference does) or as a mapping (``out["node_id"]``)."""

    node_id: str
    type: str
    label: str
    """The node's label in the editor, else its type's title."""
    is_intermediate: bool
    has_board: bool
    input_index: int
    """Index of the form input that sets this node's board; -1 when the form does not show it."""

    @property
    def node_name(self) -> str:
        """The node's display name (the original client's name for :attr:`label`)."""
        return self.label

    @property
    def field_name(self) -> str:
        """The field that sets where the images go: ``"board"``, or ``""`` for a node without
        one (its images go where the server puts them)."""
        return "board" if self.has_board else ""

    def __getitem__(self, key: str) -> Any:
        if key not in _OUTPUT_NODE_KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(_OUTPUT_NODE_KEYS)

    def __len__(self) -> int:
        return len(_OUTPUT_NODE_KEYS)


_OUTPUT_NODE_KEYS = tuple(f.name for f in fields(OutputNode))


class OutputMapping(TypedDict):
    """An output node and the images a run made there (what ``map_outputs_to_images`` returns:
    the original client's ``OutputMapping`` keys, then ours)."""

    node_id: str
    input_index: int
    """Index of the form input that sets this node's board; -1 when the form does not show it."""
    board_id: str | None
    """The board the images were filed on: a board id, ``"none"`` (uncategorized), or None when
    the node let the server choose (``auto``)."""
    tier: Literal["output", "intermediate"]
    """``output`` for a gallery image node, ``intermediate`` for the others."""
    image_names: list[str]
    type: str
    label: str
    is_intermediate: bool
    has_board: bool


def output_nodes(
    definition: WorkflowDefinition,
    nodes: Mapping[str, NodeSchema],
    *,
    include_intermediates: bool = False,
    board_inputs: Mapping[str, int] | None = None,
) -> list[OutputNode]:
    """``{"node_id", "type", "label", "is_intermediate", "has_board"}`` of each output node.

    With ``include_intermediates`` the image-producing intermediate nodes are listed too
    (flagged ``is_intermediate: True``), after the outputs' ordering rule is applied to all.
    """
    form_rank: dict[str, int] = {}
    for node_id, _ in exposed_order(definition):
        form_rank.setdefault(node_id, len(form_rank))
    found: list[tuple[tuple[int, int], OutputNode]] = []
    board_inputs = board_inputs or {}
    for position, node in enumerate(definition.nodes):
        schema = nodes.get(node.type)
        if schema is None or not schema.produces_images or node.type in PASS_THROUGH_TYPES:
            continue
        if node.is_intermediate and not include_intermediates:
            continue
        rank = (0, form_rank[node.id]) if node.id in form_rank else (1, position)
        found.append(
            (
                rank,
                OutputNode(
                    node_id=node.id,
                    type=node.type,
                    label=node.label or schema.title,
                    is_intermediate=node.is_intermediate,
                    has_board="board" in schema.fields,
                    input_index=board_inputs.get(node.id, -1),
                ),
            )
        )
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]


def board_receivers(definition: WorkflowDefinition, nodes: Mapping[str, NodeSchema]) -> set[str]:
    """Ids of the nodes a run's ``board_id`` is given to: non-intermediate, with a board."""
    return {
        entry.node_id
        for entry in output_nodes(definition, nodes)
        if entry.has_board and not entry.is_intermediate
    }


def board_of(queue_item: Any, node_id: str) -> str | None:
    """The board the submitted graph gave ``node_id`` in a queue item: its id, ``"none"`` for
    no board, None for ``auto`` (the server's choice)."""
    session = getattr(queue_item, "session", None)
    graph = getattr(session, "graph", None)
    nodes = getattr(graph, "nodes", None)
    try:
        node = nodes[node_id] if nodes is not None and node_id in nodes else None
    except (KeyError, TypeError):
        node = None
    board = getattr(node, "board", None)
    if board is None or (isinstance(board, str) and board in ("", "none")):
        return "none"
    if isinstance(board, str):  # "auto"
        return None
    board_id = getattr(board, "board_id", None)
    return board_id if isinstance(board_id, str) else "none"
