"""Workflow -> Python: ``invokeai-client export`` writes code that rebuilds a workflow's graph
with the node builders. Proven on what nobody here wrote: every stock workflow of each server
line's library becomes Python whose graph equals the client's own conversion of the workflow
(the web UI's), recorded on each full line; and offline on a workflow file."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any

from invokeai_py_client import InvokeAIClient
from invokeai_py_client._core.workflows.convert import build_graph
from invokeai_py_client._core.workflows.node_schema import parse_node_schemas
from invokeai_py_client.cli import main
from invokeai_py_client.errors import WorkflowValidationError
from invokeai_py_client.nodes import Graph, NodeSchemas
from invokeai_py_client.nodes.export import workflow_to_python
from invokeai_py_client.workflow import WorkflowDefinition

REPO = Path(__file__).resolve().parent.parent
FORM_WORKFLOW = Path(__file__).parent / "workflows" / "blank_blur_save_form.json"


def _normal(graph: dict[str, Any]) -> tuple[Any, Any, list[str]]:
    edges = sorted(json.dumps(e, sort_keys=True) for e in graph["edges"])
    return graph.get("id"), graph["nodes"], edges


def _with_defaults(graph: dict[str, Any]) -> dict[str, Any]:
    """A graph with each node's is_intermediate / use_cache made explicit (their defaults)."""
    nodes = {
        key: {"is_intermediate": False, "use_cache": True, **node}
        for key, node in graph["nodes"].items()
    }
    return {**graph, "nodes": nodes}


def _back_from_workflow(graph: Graph, nodes: Any, **kwargs: Any) -> dict[str, Any]:
    """graph -> workflow JSON -> our loader -> graph."""
    workflow = json.loads(json.dumps(graph.to_workflow(name="round trip", **kwargs)))
    definition = WorkflowDefinition.from_dict(workflow)
    definition.check_node_types(nodes)
    return build_graph(definition, [], nodes)


def _run(code: str, openapi: dict[str, Any], **arguments: Any) -> Graph:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<exported>", "exec"), namespace)
    build = namespace["build"]
    if "schemas" in inspect.signature(build).parameters:
        arguments["schemas"] = NodeSchemas(openapi)
    graph = build(**arguments)
    assert isinstance(graph, Graph)
    return graph


def test_export_of_a_form_workflow_takes_its_inputs_as_parameters_in_form_order(
    tmp_path: Path,
) -> None:
    openapi = json.loads((REPO / "openapi" / "invokeai-6.14.2.json").read_text())
    target = tmp_path / "blur.py"
    status = main(
        [
            "export",
            str(FORM_WORKFLOW),
            "--openapi",
            str(REPO / "openapi" / "invokeai-6.14.2.json"),
            "-o",
            str(target),
        ]
    )
    assert status == 0
    code = target.read_text()
    signature = re.search(r"def build\((.*?)\) -> Graph:", code, re.S)
    assert signature is not None
    names = [p.strip().split(":")[0] for p in signature.group(1).split(",\n") if p.strip()]
    assert names == ["width", "height", "blur_radius", "blur_type", "background", "board"]
    assert "from invokeai_py_client.nodes.stock import (" in code and "BlurImage(" in code
    definition = WorkflowDefinition.from_file(FORM_WORKFLOW)
    expected = build_graph(definition, [], parse_node_schemas(openapi))
    assert _normal(_run(code, openapi).to_dict()) == _normal(expected)
    # The parameters are the form's inputs.
    wider = _run(code, openapi, width=128).to_dict()
    assert wider["nodes"]["blank"]["width"] == 128


def test_a_graph_made_in_python_becomes_a_workflow_that_loads_back_to_it() -> None:
    from invokeai_py_client.nodes.stock import BlankImage, BlurImage, SaveImage

    openapi = json.loads((REPO / "openapi" / "invokeai-6.14.2.json").read_text())
    nodes = parse_node_schemas(openapi)
    blank = BlankImage(width=64, height=48, is_intermediate=True)
    blur = BlurImage(image=blank.out.image, radius=3.0)
    save = SaveImage(image=blur.out.image, use_cache=False)
    graph = Graph(save, id="made-in-python")
    workflow = graph.to_workflow(name="made in Python", inputs=[(blank, "width"), (blur, "radius")])
    xs = [n["position"]["x"] for n in workflow["nodes"]]
    assert xs == sorted(xs) and len(set(xs)) == 3  # left to right
    assert _normal(_back_from_workflow(graph, nodes)) == _normal(_with_defaults(graph.to_dict()))
    # The chosen inputs are the form's, in order: exporting it again makes them parameters.
    code = workflow_to_python(WorkflowDefinition.from_dict(workflow), nodes)
    assert "def build(width: int = 64, radius: float = 3.0) -> Graph:" in code


def test_every_stock_workflow_round_trips_through_python(
    client: InvokeAIClient, server_openapi: dict[str, Any], server_version: str
) -> None:
    nodes = parse_node_schemas(server_openapi)
    repo = client.workflow_repo
    defaults = repo.list_workflows(categories=["default"], per_page=100).items
    assert defaults
    exported, stale, untyped = 0, [], 0
    for record in defaults:
        definition = repo.get_workflow_definition(record.workflow_id)
        try:
            definition.check_node_types(nodes)
        except WorkflowValidationError:
            stale.append(record.name)  # a node type this very server no longer has
            continue
        code = workflow_to_python(definition, nodes)
        compile(code, record.name, "exec")
        built = _run(code, server_openapi)
        graph = built.to_dict(check=False)
        assert _normal(graph) == _normal(build_graph(definition, [], nodes)), record.name
        # And back: graph -> workflow JSON -> graph.
        assert _normal(_back_from_workflow(built, nodes)) == _normal(graph), record.name
        exported += 1
        untyped += "schemas.node(" in code
    assert exported == len(defaults) - len(stale) and exported > len(stale), stale
    if server_version == "6.14.2":
        # The typed builders are this line's: every node of every workflow is typed.
        assert untyped == 0
    print(f"{server_version}: {exported} stock workflows round-trip ({untyped} use schemas.node)")
