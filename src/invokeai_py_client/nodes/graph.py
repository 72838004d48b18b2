"""Graphs built in Python: node builders (`Node`), typed output sockets (`Out`), the graph
(`Graph`) that collects them into the server's graph and batch payloads, and batches (`Vary`).

The builders of the server's invocations are generated into ``nodes/stock/`` from the newest
OpenAPI snapshot (``scripts/gen_nodes.py``); everything here is hand-written and I/O-free: a graph
is submitted with the queue the client already has:
``client.queue_repo.enqueue_batch(graph.batch())``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, cast

from .._core.dnn_models.configs import ModelConfig, model_base, model_type
from .._core.errors import InvalidInputError
from .._core.versions import ServerVersion

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

    from .._core.results import NodeOutputs

T_co = TypeVar("T_co", covariant=True)
R = TypeVar("R")
InputKind = Literal["connection", "direct", "any"]
NODE_ATTRIBUTES = ("id", "type", "is_intermediate", "use_cache")


@dataclass(frozen=True)
class FieldSpec:
    """What the schema says of one input of an invocation: how it may be given (``connection``
    only, ``direct`` value only, or ``any``), whether the node needs it, and its bounds."""

    kind: InputKind = "any"
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    choices: tuple[Any, ...] | None = None
    many: bool = False
    """Several connections may feed it (the ``collect`` node's item)."""
    model_bases: tuple[str, ...] | None = None
    model_types: tuple[str, ...] | None = None
    """For a model input: the bases and types of model it takes (the schema's ``ui_model_*``)."""

    @property
    def constrained(self) -> bool:
        """Whether a value has anything to be checked against (a bound, choices, a model)."""
        return any(
            v is not None
            for v in (
                self.minimum,
                self.maximum,
                self.exclusive_minimum,
                self.exclusive_maximum,
                self.multiple_of,
                self.choices,
                self.model_bases,
                self.model_types,
            )
        )


def model_identifier(config: ModelConfig, submodel: str | None = None) -> dict[str, Any]:
    """The ``ModelIdentifierField`` of an installed model, as found with ``dnn_model_repo``
    (``submodel``: ``"vae"``, ``"unet"``... to load one part of a main model)."""
    if not isinstance(config, ModelConfig):
        raise InvalidInputError(f"not a model config (from dnn_model_repo): {config!r:.100}")
    value = {
        "key": config.key,
        "hash": config.hash_,
        "name": config.name,
        "base": model_base(config),
        "type": model_type(config),
    }
    if submodel is not None:
        value["submodel_type"] = submodel
    return value


class Out(Generic[T_co]):
    """One output of a node, typed by the value it carries: pass it as another node's input to
    connect the two (an edge). ``Out[LatentsField]`` into an image input is a type error."""

    __slots__ = ("field", "node")

    def __init__(self, node: Node[Any], field: str) -> None:
        self.node = node
        self.field = field

    def __repr__(self) -> str:
        return f"Out({self.node.TYPE}.{self.field})"


class Outputs:
    """The typed outputs of one node (generated subclasses give one ``Out`` per output)."""

    __slots__ = ("_node",)
    FIELDS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, node: Node[Any]) -> None:
        self._node = node

    @property
    def node(self) -> Node[Any]:
        return self._node


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_value(node: str, name: str, spec: FieldSpec, value: Any) -> None:
    """Bounds and choices of a direct value (each member of a list); InvalidInputError names the
    node and the field."""
    if isinstance(value, (list, tuple)):
        for member in value:
            check_value(node, name, spec, member)
        return
    where = f"{node}.{name}"
    if spec.model_types is not None or spec.model_bases is not None:
        identifier = to_payload(value)
        if isinstance(identifier, Mapping) and "key" in identifier:
            kind, base = identifier.get("type"), identifier.get("base")
            if spec.model_types is not None and kind not in spec.model_types:
                raise InvalidInputError(
                    f"{where}: model {identifier.get('name')!r} is a {kind!r} model; "
                    f"this input takes {' or '.join(spec.model_types)}"
                )
            if spec.model_bases is not None and base not in spec.model_bases:
                raise InvalidInputError(
                    f"{where}: model {identifier.get('name')!r} has base {base!r}; "
                    f"this input takes {' or '.join(spec.model_bases)}"
                )
        return
    if spec.choices is not None and value not in spec.choices:
        raise InvalidInputError(f"{where}: {value!r} is not one of {list(spec.choices)}")
    if not _is_number(value):
        return
    number = float(value)
    if math.isnan(number):
        raise InvalidInputError(f"{where}: NaN is not a value")
    if spec.minimum is not None and number < spec.minimum:
        raise InvalidInputError(f"{where}: {value!r} is below the minimum {spec.minimum:g}")
    if spec.maximum is not None and number > spec.maximum:
        raise InvalidInputError(f"{where}: {value!r} is above the maximum {spec.maximum:g}")
    if spec.exclusive_minimum is not None and number <= spec.exclusive_minimum:
        raise InvalidInputError(f"{where}: {value!r} must be above {spec.exclusive_minimum:g}")
    if spec.exclusive_maximum is not None and number >= spec.exclusive_maximum:
        raise InvalidInputError(f"{where}: {value!r} must be below {spec.exclusive_maximum:g}")
    if spec.multiple_of is not None and spec.multiple_of > 0:
        ratio = number / spec.multiple_of
        if abs(ratio - round(ratio)) > 1e-9:
            raise InvalidInputError(f"{where}: {value!r} is not a multiple of {spec.multiple_of:g}")


_PLAIN = frozenset({int, float, str, bool})


def to_payload(value: Any) -> Any:
    """A value as JSON: the bindings' models by their ``to_dict``, a model config (from
    ``dnn_model_repo``) as the identifier of that model, lists member by member."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, ModelConfig):
        return model_identifier(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [to_payload(v) for v in value]
    if isinstance(value, Mapping):
        return {k: to_payload(v) for k, v in value.items()}
    return value


class Node(Generic[R]):
    """One invocation of a graph. ``R`` is the bindings' model of its result (``ImageOutput``),
    which :meth:`Graph.results` returns for it.

    The generated builders (``nodes.stock``) are subclasses with one typed keyword per input;
    :func:`untyped_builder` makes one from a live schema. Inputs are checked when given (a value
    out of bounds, a value for a connection-only input): ``InvalidInputError`` names the node
    and the field.
    """

    TYPE: ClassVar[str] = ""
    VERSION: ClassVar[str] = ""
    FIELDS: ClassVar[Mapping[str, FieldSpec]] = {}
    OUTPUTS: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        id: str | None = None,
        is_intermediate: bool | None = None,
        use_cache: bool | None = None,
        **inputs: Any,
    ) -> None:
        if id is not None and (not isinstance(id, str) or not id):
            raise InvalidInputError(f"{self.TYPE}: id must be a non-empty string, got {id!r}")
        self.id = id
        self.is_intermediate = is_intermediate
        self.use_cache = use_cache
        self.values: dict[str, Any] = {}
        self.connections: dict[str, list[Out[Any]]] = {}
        for name, value in inputs.items():
            if value is not None:
                self.set(name, value)

    # ------------------------------------------------------------------------------ inputs
    def _label(self) -> str:
        return f"{self.TYPE} node {self.id!r}" if self.id else f"{self.TYPE} node"

    def _spec(self, name: str) -> FieldSpec:
        spec = self.FIELDS.get(name)
        if spec is None:
            known = ", ".join(sorted(self.FIELDS)) or "none"
            raise InvalidInputError(f"{self._label()} has no input {name!r} (inputs: {known})")
        return spec

    def set(self, name: str, value: Any) -> None:
        """Give input ``name`` a value, or connect it when ``value`` is an :class:`Out` (a list
        of them for an input that collects)."""
        spec = self._spec(name)
        if isinstance(value, Out):
            outs: list[Out[Any]] = [value]
        elif spec.many and isinstance(value, (list, tuple)) and value:
            outs = [v for v in value if isinstance(v, Out)]
            if outs and len(outs) != len(value):
                raise InvalidInputError(
                    f"{self._label()}: input {name!r} mixes values and connections"
                )
        else:
            outs = []
        if outs:
            if spec.kind == "direct":
                raise InvalidInputError(
                    f"{self._label()}: input {name!r} takes a value, not a connection"
                )
            for out in outs:
                if out.field not in out.node.OUTPUTS:
                    raise InvalidInputError(
                        f"{self._label()}: {out.node.TYPE} has no output {out.field!r}"
                    )
            self.values.pop(name, None)
            self.connections[name] = outs
            return
        if spec.kind == "connection":
            raise InvalidInputError(
                f"{self._label()}: input {name!r} only takes a connection (another node's output)"
            )
        if type(value) in _PLAIN and not spec.constrained and value == value:
            pass  # nothing to check (value == value: not NaN)
        else:
            check_value(self._label(), name, spec, value)
            if type(value) not in _PLAIN and isinstance(value, ModelConfig):
                value = model_identifier(value)
        self.connections.pop(name, None)
        self.values[name] = value

    def output(self, name: str) -> Out[Any]:
        """Output ``name`` of this node, untyped (the typed builders' ``.out`` has each one)."""
        if name not in self.OUTPUTS:
            known = ", ".join(self.OUTPUTS) or "none"
            raise InvalidInputError(f"{self._label()} has no output {name!r} (outputs: {known})")
        return Out(self, name)

    def upstream(self) -> Iterator[Node[Any]]:
        """The nodes whose outputs feed this one."""
        for outs in self.connections.values():
            for out in outs:
                yield out.node

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r})"


@dataclass(frozen=True)
class Vary:
    """One input of one node taking each of ``items`` in turn (the web UI's batch nodes): the
    graph's :meth:`Graph.batch` zips the ``Vary`` of one group and multiplies the groups."""

    node: Node[Any]
    field: str
    items: Sequence[Any]


class Graph:
    """Nodes and the edges their connections make, as the server's graph.

    ``Graph(*nodes)`` takes the nodes given and every node that feeds them. Node ids are the
    ones given to the builders, else ``<type>_<n>`` in the order the nodes are added.

    Example:
        ```python
        blur = BlurImage(image=blank.out.image, radius=2.0, is_intermediate=True)
        save = SaveImage(image=blur.out.image, id="save")
        graph = Graph(save)  # save, and every node that feeds it
        batch = client.queue_repo.enqueue_batch(graph.batch(board=board.board_id))
        [item] = batch.wait(timeout=120)
        [saved] = graph.results(item, save)
        ```
    """

    def __init__(self, *nodes: Node[Any], id: str | None = None) -> None:
        self.id = id
        self._ids: dict[int, str] = {}
        self._taken: set[str] = set()
        self._counters: dict[str, int] = {}
        self._nodes: list[Node[Any]] = []
        self.add(*nodes)

    @property
    def nodes(self) -> list[Node[Any]]:
        return list(self._nodes)

    def add(self, *nodes: Node[Any]) -> None:
        """Add nodes (and the nodes that feed them, not added yet)."""
        for node in nodes:
            if not isinstance(node, Node):
                raise InvalidInputError(f"a graph takes nodes, got {node!r}")
            self._visit(node, set())

    def _visit(self, node: Node[Any], path: set[int]) -> None:
        if id(node) in path:
            raise InvalidInputError(f"{node._label()}: its connections form a cycle")
        if id(node) in self._ids:
            return
        path.add(id(node))
        for parent in node.upstream():
            self._visit(parent, path)
        path.discard(id(node))
        self._register(node)

    def _register(self, node: Node[Any]) -> None:
        taken = self._taken
        node_id = node.id
        if node_id is None:
            n = self._counters.get(node.TYPE, 0) + 1
            while f"{node.TYPE}_{n}" in taken:
                n += 1
            self._counters[node.TYPE] = n
            node_id = f"{node.TYPE}_{n}"
        elif node_id in taken:
            raise InvalidInputError(f"two nodes of the graph have the id {node_id!r}")
        taken.add(node_id)
        self._ids[id(node)] = node_id
        self._nodes.append(node)

    def id_of(self, node: Node[Any]) -> str:
        """The id ``node`` has in this graph."""
        try:
            return self._ids[id(node)]
        except KeyError:
            raise InvalidInputError(f"{node._label()} is not in this graph") from None

    # ------------------------------------------------------------------------------ payloads
    def _check(self, varied: set[tuple[int, str]], required: bool = True) -> None:
        # Connections made after a node joined the graph: add the nodes they bring, and look
        # for a cycle they may close (one depth-first pass, each node visited once).
        for node in list(self._nodes):
            for parent in node.upstream():
                if id(parent) not in self._ids:
                    self.add(parent)
        state: dict[int, bool] = {}  # False: on the current path, True: done

        def visit(node: Node[Any]) -> None:
            seen = state.get(id(node))
            if seen is True:
                return
            if seen is False:
                raise InvalidInputError(
                    f"{node.TYPE} node {self.id_of(node)!r}: its connections form a cycle"
                )
            state[id(node)] = False
            for parent in node.upstream():
                visit(parent)
            state[id(node)] = True

        for node in self._nodes:
            visit(node)
            if not required:
                continue
            for name, spec in node.FIELDS.items():
                if not spec.required or name in node.values or name in node.connections:
                    continue
                if (id(node), name) in varied:
                    continue
                raise InvalidInputError(
                    f"{node.TYPE} node {self.id_of(node)!r}: required input {name!r} is "
                    "neither given nor connected"
                )

    def to_dict(
        self, *, check: bool = True, _varied: Iterable[tuple[int, str]] = ()
    ) -> dict[str, Any]:
        """The graph as the server takes it (``{"id", "nodes", "edges"}``); ``check=False``
        leaves required inputs open (as a workflow with an empty model field is saved).

        Raises:
            InvalidInputError: a required input neither given nor connected (nor varied by a
                batch), or connections that form a cycle; the message names node and field.
        """
        self._check(set(_varied), required=check)
        nodes: dict[str, Any] = {}
        edges: list[dict[str, Any]] = []
        for node in self._nodes:
            node_id = self._ids[id(node)]
            payload: dict[str, Any] = {"id": node_id, "type": node.TYPE}
            if node.is_intermediate is not None:
                payload["is_intermediate"] = node.is_intermediate
            if node.use_cache is not None:
                payload["use_cache"] = node.use_cache
            for name, value in node.values.items():
                payload[name] = to_payload(value)
            nodes[node_id] = payload
            for name, outs in node.connections.items():
                for out in outs:
                    source = {"node_id": self._ids[id(out.node)], "field": out.field}
                    edges.append(
                        {"source": source, "destination": {"node_id": node_id, "field": name}}
                    )
        graph: dict[str, Any] = {"nodes": nodes, "edges": edges}
        if self.id is not None:
            graph["id"] = self.id
        return graph

    def batch(
        self,
        *groups: Vary | Sequence[Vary],
        runs: int = 1,
        board: str | None = None,
        server_version: ServerVersion | str | None = None,
        origin: str | None = None,
        destination: str | None = None,
    ) -> dict[str, Any]:
        """The batch to enqueue (``client.queue_repo.enqueue_batch(graph.batch(...))``).

        ``board`` (a board id) files the images of the graph's outputs there: each node with a
        ``board`` input that is not intermediate and was given no board.

        ``server_version`` (``client.server_version``): refuse, before anything is sent, a node
        or an input that release lacks (see :meth:`check_release`).

        Each group (one :class:`Vary` or a list of them) zips its inputs' items (the lists must
        be as long); the groups multiply: ``batch([a, b], c)`` runs ``len(a) * len(c)`` graphs.
        """
        if not isinstance(runs, int) or isinstance(runs, bool) or runs < 1:
            raise InvalidInputError(f"runs must be a positive integer, got {runs!r}")
        data: list[list[dict[str, Any]]] = []
        varied: set[tuple[int, str]] = set()
        for group in groups:
            members = [group] if isinstance(group, Vary) else list(group)
            if not members or not all(isinstance(m, Vary) for m in members):
                raise InvalidInputError(f"a batch group is a Vary or a list of them, got {group!r}")
            lengths = {len(m.items) for m in members}
            if len(lengths) != 1 or 0 in lengths:
                raise InvalidInputError(
                    "the inputs of one batch group are zipped: give them as many items, at "
                    f"least one (got {sorted(lengths)})"
                )
            datums = []
            for member in members:
                node_id = self.id_of(member.node)
                spec = member.node._spec(member.field)
                if spec.kind == "connection":
                    raise InvalidInputError(
                        f"{member.node.TYPE} node {node_id!r}: input {member.field!r} only "
                        "takes a connection and cannot be varied"
                    )
                for item in member.items:
                    check_value(f"{member.node.TYPE} node {node_id!r}", member.field, spec, item)
                varied.add((id(member.node), member.field))
                datums.append(
                    {
                        "node_path": node_id,
                        "field_name": member.field,
                        "items": to_payload(list(member.items)),
                    }
                )
            data.append(datums)
        graph = self.to_dict(_varied=varied)
        if server_version is not None:
            self.check_release(str(server_version))
        if board is not None:
            if not isinstance(board, str) or not board:
                raise InvalidInputError(f"board must be a board id, got {board!r}")
            for node in self._nodes:
                payload = graph["nodes"][self._ids[id(node)]]
                if "board" in node.FIELDS and not node.is_intermediate and "board" not in payload:
                    payload["board"] = {"board_id": board}
        batch: dict[str, Any] = {"graph": graph, "runs": runs}
        if data:
            batch["data"] = data
        if origin is not None:
            batch["origin"] = origin
        if destination is not None:
            batch["destination"] = destination
        return batch

    def runs_of(self, *groups: Vary | Sequence[Vary]) -> int:
        """How many graphs ``batch(*groups)`` makes per run."""
        sizes = [len(g.items) if isinstance(g, Vary) else len(g[0].items) for g in groups]
        return math.prod(sizes) if sizes else 1

    def check_release(self, server_version: str) -> None:
        """Refuse a node or an input that InvokeAI ``server_version`` does not have, as the
        client's schema snapshots show it.

        Raises:
            NodeUnsupportedError: names the node, the input and the releases that have it.
        """
        from ._presence import LINES, PRESENCE
        from .schema import check_release

        check_release(self, server_version, PRESENCE, LINES)

    def to_workflow(
        self,
        *,
        name: str,
        inputs: Sequence[tuple[Node[Any], str]] = (),
        description: str = "",
    ) -> dict[str, Any]:
        """The graph as a GUI workflow (the web UI's JSON), ``inputs`` on its form."""
        from .workflow import graph_to_workflow

        return graph_to_workflow(self, name=name, inputs=inputs, description=description)

    # ------------------------------------------------------------------------------ results
    def outputs(self, item: SessionQueueItem) -> dict[Node[Any], NodeOutputs]:
        """A finished queue item's outputs, keyed by the node objects that produced them."""
        from .._core.results import outputs_by_node

        by_id = outputs_by_node(item)
        return {
            node: by_id[self._ids[id(node)]] for node in self._nodes if self._ids[id(node)] in by_id
        }

    def results(self, item: SessionQueueItem, node: Node[R]) -> list[R]:
        """What ``node`` produced in a finished queue item (one per execution), typed by the node:
        ``graph.results(item, decode)`` is a ``list[ImageOutput]``."""
        from .._core.results import outputs_by_node

        found = outputs_by_node(item).get(self.id_of(node))
        return cast("list[R]", list(found.results) if found is not None else [])

    def __len__(self) -> int:
        return len(self._nodes)

    def __iter__(self) -> Iterator[Node[Any]]:
        return iter(self._nodes)


__all__ = [
    "FieldSpec",
    "Graph",
    "ModelConfig",
    "Node",
    "Out",
    "Outputs",
    "Vary",
    "check_value",
    "model_identifier",
    "to_payload",
]
