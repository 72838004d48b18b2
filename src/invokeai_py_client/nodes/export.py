"""Workflow -> Python: readable code that rebuilds a GUI workflow's graph with the node builders.

The graph is the one the client already makes of the workflow (``_core/workflows/convert.py``,
the web UI's own conversion), so running the code gives that very graph. The workflow's form
inputs become the parameters of one function, in form order, defaulting to the values saved in
the workflow and documented with their labels. Nodes whose type or inputs the typed builders
(``nodes.stock``, the newest snapshot's) do not have are built from the server's live schema
(``schemas.node(...)``, see :class:`~invokeai_py_client.nodes.NodeSchemas`): custom nodes, and
inputs of older servers.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from typing import Any

from .._core.errors import InvalidInputError
from .._core.workflows.convert import build_graph
from .._core.workflows.definition import WorkflowDefinition
from .._core.workflows.inputs import exposed_order
from .._core.workflows.node_schema import NodeSchema


def _identifier(text: str, fallback: str) -> str:
    name = re.sub(r"\W+", "_", text.strip().lower()).strip("_")
    if not name or name[0].isdigit():
        name = f"{fallback}_{name}" if name else fallback
    return name + "_" if keyword.iskeyword(name) else name


def _topological(node_ids: list[str], parents: Mapping[str, set[str]]) -> list[str]:
    done: set[str] = set()
    order: list[str] = []
    visiting: set[str] = set()

    def visit(node_id: str) -> None:
        if node_id in done:
            return
        if node_id in visiting:
            raise InvalidInputError(f"the workflow's edges form a cycle through {node_id!r}")
        visiting.add(node_id)
        for parent in sorted(parents.get(node_id, ()), key=node_ids.index):
            visit(parent)
        visiting.discard(node_id)
        done.add(node_id)
        order.append(node_id)

    for node_id in node_ids:
        visit(node_id)
    return order


ATTRIBUTES = ("id", "type", "is_intermediate", "use_cache")


def _literal(value: Any) -> str:
    return repr(value)


def _annotation(value: Any) -> str:
    plain = {bool: "bool", int: "int", float: "float", str: "str"}
    return plain.get(type(value), "Any")


def _call(opening: str, arguments: list[str], close: str = ")", indent: str = "") -> list[str]:
    """``opening`` + arguments + ``close`` on one line, or one argument per line when long."""
    line = opening + ", ".join(arguments) + close
    if len(line) <= 100:
        return [line]
    inner = indent or " " * (len(opening) - len(opening.lstrip())) + "    "
    return [opening, *(f"{inner}{a}," for a in arguments), inner[:-4] + close]


def workflow_to_python(
    definition: WorkflowDefinition,
    nodes: Mapping[str, NodeSchema],
    *,
    function: str = "build",
) -> str:
    """The Python source of a module whose ``function(...)`` returns the workflow's graph as a
    :class:`~invokeai_py_client.nodes.Graph` (``nodes``: the server's node schemas, as
    ``parse_node_schemas(openapi)`` makes them)."""
    from . import stock

    by_type = {node_type: name for name, node_type in stock.TYPES.items()}
    graph = build_graph(definition, [], nodes)
    payloads: dict[str, dict[str, Any]] = graph["nodes"]
    node_ids = [node.id for node in definition.nodes]
    incoming: dict[str, dict[str, list[tuple[str, str]]]] = {}
    parents: dict[str, set[str]] = {}
    for edge in graph["edges"]:
        source, target = edge["source"], edge["destination"]
        incoming.setdefault(target["node_id"], {}).setdefault(target["field"], []).append(
            (source["node_id"], source["field"])
        )
        parents.setdefault(target["node_id"], set()).add(source["node_id"])
    order = _topological(node_ids, parents)

    # Which builder each node takes: the typed one when it has every input used.
    typed: dict[str, str] = {}
    for node_id in order:
        payload = payloads[node_id]
        name = by_type.get(payload["type"])
        if name is None:
            continue
        fields = getattr(stock, name).FIELDS
        values = {k: v for k, v in payload.items() if k not in ATTRIBUTES}
        if not (set(values) | set(incoming.get(node_id, {}))) <= set(fields):
            continue  # an input the newest builders lack (an older server's)
        try:
            getattr(stock, name)(**values)
        except InvalidInputError:
            continue  # a value the newest builders refuse: the server's own schema decides
        typed[node_id] = name

    variables: dict[str, str] = {}
    taken: set[str] = {"graph", "schemas", "m", "Graph", function}
    for node_id in order:
        base = _identifier(payloads[node_id]["type"], "node")
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}_{n}", n + 1
        taken.add(candidate)
        variables[node_id] = candidate

    # The form's inputs, in form order: parameters of the function.
    parameters: list[tuple[str, str, str, str, Any]] = []  # (param, node, field, label, value)
    by_input: dict[tuple[str, str], str] = {}
    used_names: set[str] = set(taken)
    definition_nodes = {node.id: node for node in definition.nodes}
    for node_id, field in exposed_order(definition):
        if node_id not in payloads or field in incoming.get(node_id, {}):
            continue
        workflow_node = definition_nodes[node_id]
        label = workflow_node.input_label(field) or field
        param = _identifier(label, "input")
        candidate, n = param, 2
        while candidate in used_names:
            candidate, n = f"{param}_{n}", n + 1
        used_names.add(candidate)
        by_input[(node_id, field)] = candidate
        node_label = workflow_node.label or payloads[node_id]["type"]
        parameters.append(
            (candidate, node_id, field, f"{label} ({node_label})", payloads[node_id].get(field))
        )

    lines: list[str] = []
    for node_id in order:
        payload = payloads[node_id]
        arguments: list[str] = []
        for field, value in payload.items():
            if field in ("id", "type"):
                continue
            if (node_id, field) in by_input:
                arguments.append(f"{field}={by_input[(node_id, field)]}")
            else:
                arguments.append(f"{field}={_literal(value)}")
        for (input_node, input_field), param in by_input.items():
            if input_node == node_id and input_field not in payload:
                arguments.append(f"{input_field}={param}")
        for field, sources in incoming.get(node_id, {}).items():
            outs = [
                f"{variables[src]}.out.{out}"
                if src in typed
                else f'{variables[src]}.output("{out}")'
                for src, out in sources
            ]
            arguments.append(
                f"{field}={outs[0] if len(outs) == 1 else '[' + ', '.join(outs) + ']'}"
            )
        arguments.append(f"id={node_id!r}")
        # The node's own attributes last, after its inputs.
        ordered = sorted(arguments, key=lambda a: a.split("=", 1)[0] in ATTRIBUTES)
        call = f"{typed[node_id]}(" if node_id in typed else f"schemas.node({payload['type']!r}, "
        lines += _call(f"    {variables[node_id]} = {call}", ordered)

    needs_schemas = any(node_id not in typed for node_id in order)
    signature = [f"{p}: {_annotation(v)} = {_literal(v)}" for p, _, _, _, v in parameters]
    if needs_schemas:
        signature.insert(0, "schemas: NodeSchemas")
    doc_args = [
        f"        {p}: {label}, ``{node}.{field}``." for p, node, field, label, _ in parameters
    ]
    if needs_schemas:
        doc_args.insert(0, "        schemas: the server's node schemas (``NodeSchemas(openapi)``).")
    title = (definition.name or "workflow").replace('"""', "'''")
    builders = sorted(set(typed.values()))
    header = [
        f'"""{title}: the workflow\'s graph, built with the node builders.',
        "",
        "Written by ``invokeai-client export``; run it to print the graph.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from invokeai_py_client.nodes import Graph" + (", NodeSchemas" if needs_schemas else ""),
    ]
    if builders:
        header.append("from invokeai_py_client.nodes.stock import (")
        header += [f"    {name}," for name in builders]
        header.append(")")
    body = [
        "",
        "",
        *_call(f"def {function}(", signature, close=") -> Graph:", indent="    "),
        f'    """{title}.',
    ]
    if doc_args:
        body += ["", "    Args:", *doc_args]
    body += ['    """', *lines]
    members = ", ".join(variables[n] for n in order)
    graph_id = graph.get("id")
    body.append(f"    return Graph({members}, id={graph_id!r})")
    body += [
        "",
        "",
        'if __name__ == "__main__":',
        "    import json",
        "",
    ]
    if needs_schemas:
        body += [
            "    import sys",
            "    from pathlib import Path",
            "",
            "    # python this.py openapi.json  (the server's /openapi.json)",
            "    live = NodeSchemas(json.loads(Path(sys.argv[1]).read_text()))",
            f"    print(json.dumps({function}(live).to_dict(check=False), indent=2))",
        ]
    else:
        body.append(f"    print(json.dumps({function}().to_dict(check=False), indent=2))")
    return "\n".join(header + body) + "\n"


__all__ = ["workflow_to_python"]
