"""A user's pipeline: run a workflow exported from the InvokeAI GUI, file its output on a board
of this run, and download the images."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from invokeai_py_client import InvokeAIClient
from invokeai_py_client.workflow import WorkflowDefinition

HERE = Path(__file__).parent
WORKFLOW = HERE / "workflow.json"
WIDTH = 80


def make_thumbnails(client: InvokeAIClient, openapi: Path, out_dir: Path) -> list[Path]:
    client.workflow_repo.load_node_schemas(json.loads(openapi.read_text()))
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(WORKFLOW))
    wf.get_input_value("Width").value = WIDTH
    wf.submit_sync()
    item = wf.wait_for_completion_sync(timeout=180)
    # A fresh board per run: its name holds a random id, a new one each run (and each replay).
    board = client.board_repo.create_board(f"thumbnails {uuid.uuid4()}")
    handle = client.board_repo.get_board_handle(board.board_id)
    written = []
    for output in wf.map_outputs_to_images(item):
        for name in output["image_names"] or []:
            handle.add_image(name)
            target = out_dir / f"{output['node_id']}.png"
            target.write_bytes(handle.download_image(name))
            written.append(target)
    client.board_repo.delete_board(board.board_id, delete_images=True)
    return written
