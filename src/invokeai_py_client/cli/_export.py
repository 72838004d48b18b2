"""``invokeai-client export``: a workflow as readable Python built with the node builders."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import click

from .._core.errors import InvalidInputError
from .._core.workflows.definition import WorkflowDefinition
from .._core.workflows.node_schema import NodeSchema, parse_node_schemas
from ..nodes.export import workflow_to_python
from ._run import _library_option, _workflow_argument
from ._state import State, pass_state
from ._workflows import open_workflow


def _offline_schemas(path: Path) -> dict[str, NodeSchema]:
    try:
        openapi = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInputError(f"cannot read the OpenAPI document {path}: {exc}") from None
    if not isinstance(openapi, dict) or "components" not in openapi:
        raise InvalidInputError(f"{path} is not an OpenAPI document")
    return parse_node_schemas(openapi)


@click.command()
@_workflow_argument
@_library_option
@click.option(
    "--openapi",
    "openapi_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The server's /openapi.json saved to a file: export without a server.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the Python here (default: stdout).",
)
@click.option("--function", default="build", show_default=True, help="Name of the function.")
@pass_state
def export(
    state: State,
    workflow: Path | None,
    library: str | None,
    openapi_file: Path | None,
    output: Path | None,
    function: str,
) -> None:
    """Write WORKFLOW.json (or a library workflow) as Python that rebuilds its graph with the
    typed node builders; its form inputs become the function's parameters, in form order."""
    if not function.isidentifier():
        raise InvalidInputError(f"--function must be a Python name, got {function!r}")
    nodes: Mapping[str, NodeSchema]
    if openapi_file is not None and workflow is not None and library is None:
        definition = WorkflowDefinition.from_file(workflow)
        nodes = _offline_schemas(openapi_file)
        definition.check_node_types(nodes)
    else:
        handle = open_workflow(state.client, workflow, library)
        definition, nodes = handle.definition, handle._nodes
    code = workflow_to_python(definition, nodes, function=function)
    if output is None:
        click.echo(code, nl=False)
    else:
        output.write_text(code, encoding="utf-8")
        state.out.print(f"wrote {output}")
