"""A user's pipeline: run the text-to-image workflow exported from the InvokeAI GUI with a prompt,
seed, size and model chosen here, file its output on a board of its own, and download it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from invokeai_py_client import InvokeAIClient
from invokeai_py_client.workflow import WorkflowDefinition

HERE = Path(__file__).parent
WORKFLOW = HERE / "workflow.json"  # "Download Workflow" in the web UI's workflow editor
BASE = "sd-1"  # the workflow is the SD1.5 text-to-image graph


@dataclass
class Render:
    board_id: str
    image_names: list[str]  # what the workflow's output node produced, in order
    files: list[Path]  # their full-resolution PNGs, downloaded


def render(
    client: InvokeAIClient,
    *,
    prompt: str,
    seed: int,
    width: int,
    height: int,
    model: str,
    board_name: str,
    out_dir: Path,
    openapi: Path | None = None,
) -> Render:
    """Generate one picture on a new board named ``board_name`` and download it to ``out_dir``."""
    if openapi is not None:  # a saved /openapi.json spares fetching the node schemas (2-3 MB)
        client.workflow_repo.load_node_schemas(json.loads(openapi.read_text()))
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(WORKFLOW))
    # The export names the model of the machine it came from: pick this server's by name.
    installed = client.dnn_model_repo.get_model_by_attrs(model, "main", BASE)
    wf.get_input_value("Model").value = {
        "key": installed.key,
        "hash": installed.hash_,
        "name": installed.name,
        "base": BASE,
        "type": "main",
    }
    wf.get_input_value("Positive Prompt").value = prompt
    wf.get_input_value("Seed").value = seed
    wf.get_input_value("Width").value = width
    wf.get_input_value("Height").value = height

    board_id = client.board_repo.create_board(board_name).board_id
    wf.submit_sync(board_id=board_id)
    item = wf.wait_for_completion_sync(timeout=300)

    handle = client.board_repo.get_board_handle(board_id)
    names: list[str] = []
    files: list[Path] = []
    for output in wf.map_outputs_to_images(item):
        for name in output["image_names"]:
            names.append(name)
            target = out_dir / f"{output['label'] or output['node_id']}-{len(files) + 1}.png"
            files.append(handle.download_image_to(name, target))
    return Render(board_id=board_id, image_names=names, files=files)
