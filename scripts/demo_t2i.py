"""The demo's text-to-image part: build the tiny SD-1 model (random weights), install it through
the client, run the server's own "Text to Image - SD1.5" workflow with a text progress bar, and
save the PNG. Random weights make a noise-like picture: the point is the real pipeline."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from invokeai_py_client import InvokeAIClient
from invokeai_py_client.dnn_model import model_base
from invokeai_py_client.events import Event, denoise_progress
from invokeai_py_client.workflow import WorkflowHandle
from scripts import tiny_models

BAR_WIDTH = 30
SIZE = 128
STEPS = 8


def progress_bar(event: Event) -> None:
    """Draw one line of ``[#####.....] step/total`` per denoising step (plain text)."""
    step = denoise_progress(event)
    if step is None:
        return
    done = int(BAR_WIDTH * step.percentage)
    count = f"{step.step}/{step.total_steps}" if step.total_steps else f"{step.percentage:.0%}"
    sys.stdout.write(f"\r  denoising [{'#' * done}{'.' * (BAR_WIDTH - done)}] {count}")
    if step.percentage >= 1.0:
        sys.stdout.write("\n")
    sys.stdout.flush()


def install_tiny_model(client: InvokeAIClient) -> Any:
    print("building the tiny SD-1 model (random weights; cached after the first time)...")
    source = str(tiny_models.ensure_linked(["sd1"])["sd1"])
    for model in client.dnn_model_repo.list_models(type="main"):
        if model.source == source:
            print(f"model {model.name!r} is already installed")
            return model
    info = client.dnn_model_repo.install_model(source, inplace=True).wait_until(300)
    assert info.model_key is not None
    model = client.dnn_model_repo.get_model(info.model_key)
    print(f"installed {model.name!r} ({model_base(model)}) through the client")
    return model


def text_to_image_workflow(client: InvokeAIClient, model: Any, version: str) -> WorkflowHandle:
    listed = client.workflow_repo.list_workflows(categories=["default"], per_page=100)
    (record,) = [w for w in listed.items if w.name == "Text to Image - SD1.5"]
    wf = client.workflow_repo.create_workflow(
        client.workflow_repo.get_workflow_definition(record.workflow_id)
    )
    (model_input,) = [i for i in wf.list_inputs() if i.field_name == "model"]
    model_input.field.value = {
        "key": model.key,
        "hash": model.hash_,
        "name": model.name,
        "base": model_base(model),
        "type": "main",
    }
    positive = next(i for i in wf.list_inputs() if "positive" in i.label.lower())
    positive.field.value = "a lighthouse at dusk"
    for node in wf.definition.nodes:  # fields the form does not show, set by (node id, field)
        if node.type == "noise":
            wf.set_input_value((node.id, "width"), SIZE)
            wf.set_input_value((node.id, "height"), SIZE)
        elif node.type == "denoise_latents":
            wf.set_input_value((node.id, "steps"), STEPS)
        elif node.type == "l2i" and version.startswith("4."):
            wf.set_input_value((node.id, "fp32"), True)  # 4.x's half decode fails on CPU
    return wf


def generate(client: InvokeAIClient, version: str, out_dir: Path) -> Path:
    model = install_tiny_model(client)
    wf = text_to_image_workflow(client, model, version)
    print(f"running {wf.definition.name!r} ({SIZE}x{SIZE}, {STEPS} steps)...")
    wf.submit_sync()
    item = wf.wait_for_completion_sync(timeout=600, progress_callback=progress_bar)
    (output,) = wf.map_outputs_to_images(item)
    name = output["image_names"][0]
    path = out_dir / f"text-to-image-{name}"
    path.write_bytes(wf.download_output_images(item)[output["node_id"]][0])
    print(f"saved the generated picture to {path}")
    print("(the tiny model has random weights, so the picture looks like coloured noise)")
    return path
