"""Helpers of the tests that run real diffusion with the tiny models (see docs/tiny-models.md).

Models are found by their install source (the fixed ``/tmp/...tiny-models/tiny-<kind>`` path),
never by key or name: keys differ per server and recording, names carry the recipe's hash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from invokeai_py_client import InvokeAIClient
from invokeai_py_client.dnn_model import ModelConfig, model_base
from invokeai_py_client.workflow import WorkflowHandle, WorkflowInput

INSTALL_TIMEOUT_S = 240.0
RUN_TIMEOUT_S = 300.0
SIZE = 64  # pixels: latents 8x8
STEPS = 3
WORKFLOWS = {"sd1": "Text to Image - SD1.5", "sdxl": "Text to Image - SDXL"}


def tiny_model(client: InvokeAIClient, folders: dict[str, Path], kind: str) -> ModelConfig:
    """The installed tiny ``kind`` main model, installed (in place) when missing."""
    source = str(folders[kind])
    for model in client.dnn_model_repo.list_models(type="main"):
        if model.source == source:
            return model
    job = client.dnn_model_repo.install_model(source, inplace=True)
    info = job.wait_until(INSTALL_TIMEOUT_S)
    assert info.model_key is not None, info
    return client.dnn_model_repo.get_model(info.model_key)


def identifier(model: ModelConfig, submodel: str | None = None) -> dict[str, Any]:
    """The ``ModelIdentifierField`` value naming an installed model."""
    value = {
        "key": model.key,
        "hash": model.hash_,
        "name": model.name,
        "base": model_base(model),
        "type": "main",
    }
    return value | ({"submodel_type": submodel} if submodel else {})


def default_workflow(client: InvokeAIClient, kind: str) -> WorkflowHandle:
    """The server's own default text-to-image workflow for ``kind``, found by name."""
    name = WORKFLOWS[kind]
    listed = client.workflow_repo.list_workflows(categories=["default"], per_page=100)
    (record,) = [w for w in listed.items if w.name == name]
    return client.workflow_repo.create_workflow(
        client.workflow_repo.get_workflow_definition(record.workflow_id)
    )


def model_input(wf: WorkflowHandle) -> WorkflowInput:
    """The main model input of a default text-to-image workflow."""
    (found,) = [i for i in wf.list_inputs() if i.field_name == "model"]
    return found


def prompt_input(wf: WorkflowHandle) -> WorkflowInput:
    """The positive prompt of a default text-to-image workflow."""
    return next(i for i in wf.list_inputs() if "positive" in i.label.lower())


def nodes_of(wf: WorkflowHandle, node_type: str) -> list[str]:
    return [node.id for node in wf.definition.nodes if node.type == node_type]


def make_small(wf: WorkflowHandle, server_version: str, steps: int = STEPS) -> None:
    """64x64 and a few steps, through node fields the form may not show; on 4.2.9 the decode in
    fp32 (its half-precision VAE decode fails on CPU, docs/tiny-models.md)."""
    for node_id in nodes_of(wf, "noise"):
        wf.set_input_value((node_id, "width"), SIZE)
        wf.set_input_value((node_id, "height"), SIZE)
    for node_id in nodes_of(wf, "sdxl_compel_prompt"):
        for field in ("original_width", "original_height", "target_width", "target_height"):
            wf.set_input_value((node_id, field), SIZE)
    for node_id in nodes_of(wf, "denoise_latents"):
        wf.set_input_value((node_id, "steps"), steps)
    if server_version == "4.2.9":
        for node_id in nodes_of(wf, "l2i"):
            wf.set_input_value((node_id, "fp32"), True)


def ready_workflow(
    client: InvokeAIClient, folders: dict[str, Path], kind: str, server_version: str
) -> tuple[WorkflowHandle, ModelConfig]:
    """The default workflow of ``kind`` with the tiny model, small, with a prompt."""
    model = tiny_model(client, folders, kind)
    wf = default_workflow(client, kind)
    model_input(wf).field.value = identifier(model)
    for node_id in nodes_of(wf, "vae_loader"):  # SDXL's separate VAE: the main model's own
        wf.set_input_value((node_id, "vae_model"), identifier(model, "vae"))
    prompt_input(wf).field.value = "a tiny red fox"
    make_small(wf, server_version)
    return wf, model


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:8]
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
