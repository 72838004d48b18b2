"""What an OpenAPI schema says of the invocations: each input's :class:`FieldSpec` (written once,
for the generator of ``nodes/stock`` and for the untyped builders of a live server), the untyped
validated builders of any server (custom nodes included), and the refusal of a graph's node or
field that a server lacks, before anything is sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from .._core import versions
from .._core.errors import InvalidInputError, NodeUnsupportedError
from .graph import FieldSpec, Graph, Node

BOUND_KEYS = {
    "minimum": "minimum",
    "ge": "minimum",
    "maximum": "maximum",
    "le": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "multipleOf": "multiple_of",
}
INPUT_KINDS = ("input", "internal")


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _members(prop: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [prop, *prop.get("anyOf", []), *prop.get("oneOf", []), *prop.get("allOf", [])]


def _names(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def spec_arguments(prop: Mapping[str, Any], schemas: Mapping[str, Any]) -> dict[str, Any]:
    """The non-default arguments of the :class:`FieldSpec` of one input property.

    ``input`` says how it may be given; ``orig_required`` (not JSON Schema's ``required``, which
    a connection input never is) whether a graph may leave it open; the bounds and the choices
    (``enum``, also behind a ``$ref``) are checked when a value is given.
    """
    arguments: dict[str, Any] = {}
    kind = prop.get("input", "any")
    if kind in ("connection", "direct"):
        arguments["kind"] = kind
    if prop.get("orig_required") and prop.get("field_kind") == "input":
        arguments["required"] = True
    for member in _members(prop):
        for key, name in BOUND_KEYS.items():
            value = member.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                arguments.setdefault(name, value)
    for member in _members(prop):
        target = schemas.get(_ref_name(member["$ref"]), {}) if "$ref" in member else member
        if isinstance(target.get("enum"), list):
            arguments["choices"] = tuple(v for v in target["enum"] if v is not None)
            break
    if prop.get("ui_type") == "CollectionItemField":
        arguments["many"] = True
    for key, name in (("ui_model_base", "model_bases"), ("ui_model_type", "model_types")):
        found = _names(prop.get(key))
        if found is not None:
            arguments[name] = found
    return arguments


def input_properties(schema: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {
        name: prop
        for name, prop in schema.get("properties", {}).items()
        if prop.get("field_kind") in INPUT_KINDS
    }


class NodeSchemas:
    """The invocations of one server's ``/openapi.json``: validated builders without types, for
    any node the server has (custom nodes too), and :meth:`check` of a graph against it.

    Example:
        ```python
        schemas = NodeSchemas(openapi)  # the server's /openapi.json (custom nodes included)
        shout = schemas.node("shout", text="hello", times=2)
        echo = schemas.node("shout", text=shout.output("value"), times=1)
        schemas.check(Graph(echo))
        ```
    """

    def __init__(self, openapi: Mapping[str, Any], *, version: str | None = None) -> None:
        schemas = openapi.get("components", {}).get("schemas", {})
        if not isinstance(schemas, Mapping):
            raise InvalidInputError("not an OpenAPI document: no components.schemas")
        self.version = version or str(openapi.get("info", {}).get("version", "")) or None
        self._builders: dict[str, type[Node[Any]]] = {}
        for schema in schemas.values():
            if not isinstance(schema, Mapping) or schema.get("class") != "invocation":
                continue
            node_type = schema.get("properties", {}).get("type", {}).get("const")
            output_ref = schema.get("output", {}).get("$ref")
            if not isinstance(node_type, str) or not isinstance(output_ref, str):
                continue
            output = schemas.get(_ref_name(output_ref), {})
            fields = {
                name: FieldSpec(**spec_arguments(prop, schemas))
                for name, prop in input_properties(schema).items()
            }
            outputs = tuple(
                name
                for name, prop in output.get("properties", {}).items()
                if prop.get("field_kind") == "output"
            )
            builder = type(
                str(schema.get("title") or node_type).replace(" ", ""),
                (Node,),
                {
                    "TYPE": node_type,
                    "VERSION": str(schema.get("version", "")),
                    "FIELDS": fields,
                    "OUTPUTS": outputs,
                    "__doc__": str(schema.get("description") or node_type),
                },
            )
            self._builders[node_type] = cast("type[Node[Any]]", builder)

    @property
    def types(self) -> list[str]:
        return sorted(self._builders)

    def builder(self, node_type: str) -> type[Node[Any]]:
        """The builder class of ``node_type`` (its inputs checked as the typed builders')."""
        try:
            return self._builders[node_type]
        except KeyError:
            raise NodeUnsupportedError(
                node_type=node_type, field=None, versions=(), server_version=self.version
            ) from None

    def node(self, node_type: str, *, id: str | None = None, **inputs: Any) -> Node[Any]:
        """A node of ``node_type`` with these inputs (values, or ``other.output("field")``)."""
        return self.builder(node_type)(id=id, **inputs)

    def check(self, graph: Graph) -> None:
        """Refuse (``NodeUnsupportedError``) a node type or an input this server does not have."""
        for node in graph:
            builder = self.builder(node.TYPE)
            for name in [*node.values, *node.connections]:
                if name not in builder.FIELDS:
                    raise NodeUnsupportedError(
                        node_type=node.TYPE,
                        field=name,
                        versions=(),
                        server_version=self.version,
                        node_id=graph.id_of(node),
                    )


# ------------------------------------------------------------------ by release (the snapshots)
Presence = Mapping[str, tuple[tuple[str, ...], Mapping[str, tuple[str, ...]]]]


def check_release(
    graph: Graph, server_version: str, presence: Presence, lines: Sequence[str]
) -> None:
    """Refuse (``NodeUnsupportedError``) a node or an input that release ``server_version``
    does not have, as the schema snapshots show it (``presence``: type -> (releases that have
    it, {input: releases that have it} for the inputs some of those lack); ``lines``: the
    snapshots' releases). What the snapshots cannot tell is left to the server."""
    for node in graph:
        known = presence.get(node.TYPE)
        if known is None:
            continue  # not a stock node (a custom node): NodeSchemas.check decides
        have, partial = known
        if versions.known_absent(server_version, have, lines):
            raise NodeUnsupportedError(
                node_type=node.TYPE,
                field=None,
                versions=versions.sort_releases(have),
                server_version=server_version,
                node_id=graph.id_of(node),
            )
        for name in [*node.values, *node.connections]:
            field_lines = partial.get(name)
            if field_lines is not None and versions.known_absent(
                server_version, field_lines, lines
            ):
                raise NodeUnsupportedError(
                    node_type=node.TYPE,
                    field=name,
                    versions=versions.sort_releases(field_lines),
                    server_version=server_version,
                    node_id=graph.id_of(node),
                )


__all__ = ["NodeSchemas", "check_release", "input_properties", "spec_arguments"]
