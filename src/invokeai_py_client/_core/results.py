"""Reading a finished queue item's results by the node ids of the graph that was submitted.

The server keys ``session.results`` by *prepared* node ids (fresh UUIDs, several per node when
it sits after an ``iterate``); ``session.source_prepared_mapping`` maps each submitted node id
to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from invokeai_api.types import Unset

from .errors import InvalidInputError

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem


@dataclass
class NodeOutputs:
    """What one node of the submitted graph produced (one entry per execution)."""

    node_id: str
    results: list[Any] = field(default_factory=list)
    """The typed outputs (e.g. ``ImageOutput``), in execution order."""
    image_names: list[str] = field(default_factory=list)
    """Names of the images among them."""


def _image_name(result: Any) -> str | None:
    image = getattr(result, "image", None)
    if image is None and isinstance(result, dict):
        image = result.get("image")
    name = getattr(image, "image_name", None)
    if name is None and isinstance(image, dict):
        name = image.get("image_name")
    return name if isinstance(name, str) else None


def outputs_by_node(item: SessionQueueItem) -> dict[str, NodeOutputs]:
    """Outputs of each node of the submitted graph, keyed by its node id, in graph order.

    Nodes that have not run (or failed) are absent.
    """
    session = getattr(item, "session", None)
    if session is None or isinstance(session, Unset):
        return {}
    results = session.results.additional_properties
    mapping = session.source_prepared_mapping.additional_properties
    graph_nodes = list(getattr(session.graph.nodes, "additional_properties", {}) or mapping)
    ordered = graph_nodes + [node for node in mapping if node not in graph_nodes]
    outputs: dict[str, NodeOutputs] = {}
    for node_id in ordered:
        prepared = [p for p in mapping.get(node_id, []) if p in results]
        if not prepared:
            continue
        node = NodeOutputs(node_id)
        for prepared_id in prepared:
            result = results[prepared_id]
            node.results.append(result)
            name = _image_name(result)
            if name is not None:
                node.image_names.append(name)
        outputs[node_id] = node
    return outputs


def image_names(item: SessionQueueItem) -> list[str]:
    """Every image name the item produced, in graph order (intermediate images included)."""
    return [name for node in outputs_by_node(item).values() for name in node.image_names]


def output_image_names(item: SessionQueueItem) -> list[str]:
    """The image names of the item's outputs: those of its nodes not marked intermediate (what
    the web UI shows on a board), in graph order."""
    session = getattr(item, "session", None)
    if session is None or isinstance(session, Unset):
        return []
    nodes = getattr(session.graph.nodes, "additional_properties", None) or {}
    names: list[str] = []
    for node_id, outputs in outputs_by_node(item).items():
        node = nodes.get(node_id)
        if isinstance(node, Mapping):
            flag = node.get("is_intermediate")
        else:
            flag = getattr(node, "is_intermediate", None)
            if flag is None:
                flag = getattr(node, "additional_properties", {}).get("is_intermediate")
        if flag is not True:
            names.extend(outputs.image_names)
    return names


def as_queue_item(value: SessionQueueItem | Mapping[str, Any]) -> SessionQueueItem:
    """A queue item from what a wait returned, or from its dict form (``to_dict()``, the original
    client's results).

    Raises:
        InvalidInputError: a mapping that is not a queue item.
    """
    if not isinstance(value, Mapping):
        return value
    from invokeai_api.models import SessionQueueItem as Model

    try:
        return Model.from_dict(value)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(f"not a queue item ({exc!r}): {value!r:.200}") from None
