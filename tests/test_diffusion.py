"""Real diffusion with the tiny SD-1 / SDXL models on every server line: install and list, the
server's own default text-to-image workflows, a workflow from another machine, batches,
image-to-image, typed progress, cancel, and outputs and boards as the web UI means them."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient, JobCanceledError
from invokeai_py_client.dnn_model import RawModelConfig, model_base, model_format, model_type
from invokeai_py_client.events import DenoiseProgress, Event, denoise_progress
from invokeai_py_client.workflow import WorkflowDefinition
from scripts.png import make_png
from tests._diffusion import (
    RUN_TIMEOUT_S,
    SIZE,
    STEPS,
    default_workflow,
    identifier,
    make_small,
    model_input,
    nodes_of,
    png_size,
    prompt_input,
    ready_workflow,
    tiny_model,
)

pytestmark = pytest.mark.destructive  # installs models


@pytest.fixture
def wf_client(client: InvokeAIClient, server_openapi: dict[str, Any]) -> InvokeAIClient:
    client.workflow_repo.load_node_schemas(server_openapi)
    return client


def test_tiny_models_install_and_list_as_typed_configs(
    client: InvokeAIClient, tiny_models: dict[str, Path]
) -> None:
    for kind, base, cls in (
        ("sd1", "sd-1", "MainDiffusersSD1Config"),
        ("sdxl", "sdxl", "MainDiffusersSDXLConfig"),
    ):
        model = tiny_model(client, tiny_models, kind)
        assert not isinstance(model, RawModelConfig)
        assert type(model).__name__ == cls
        assert (model_type(model), model_format(model), model_base(model)) == (
            "main",
            "diffusers",
            base,
        )
        listed = [m for m in client.dnn_model_repo.list_models(type="main") if m.key == model.key]
        assert [type(m).__name__ for m in listed] == [cls]


@pytest.mark.parametrize("kind", ["sd1", "sdxl"])
def test_default_text_to_image_workflow_runs_with_typed_progress(
    wf_client: InvokeAIClient, tiny_models: dict[str, Path], server_version: str, kind: str
) -> None:
    wf, _ = ready_workflow(wf_client, tiny_models, kind, server_version)
    events: list[Event] = []
    wf.submit_sync()
    item = wf.wait_for_completion_sync(timeout=RUN_TIMEOUT_S, progress_callback=events.append)
    outputs = wf.map_outputs_to_images(item)
    assert [(o["type"], o["is_intermediate"]) for o in outputs] == [("l2i", False)]
    (name,) = outputs[0]["image_names"]
    assert png_size(wf.download_output_images(item)[outputs[0]["node_id"]][0]) == (SIZE, SIZE)
    every = wf.map_outputs_to_images(item, include_intermediates=True)
    assert [o["node_id"] for o in every] == [outputs[0]["node_id"]]  # only l2i makes images
    steps = [p for p in map(denoise_progress, events) if p is not None]
    assert len(steps) >= STEPS + 1
    assert steps[0].percentage < steps[-1].percentage == 1.0  # 4.x starts at 1 / (total + 1)
    if server_version == "4.2.9":  # 4.x counts steps (a scheduler may take more than STEPS)
        (total,) = {p.total_steps for p in steps}
        assert total is not None and total >= STEPS
        assert [p.step for p in steps] == list(range(total + 1))
    else:  # 5.x/6.x send only the percentage
        assert {(p.step, p.total_steps) for p in steps} == {(None, None)}
    assert all(isinstance(p, DenoiseProgress) and p.image is not None for p in steps)
    assert [p.percentage for p in steps] == sorted(p.percentage for p in steps)
    assert name in wf_client.board_repo.get_board_handle("none").list_image_names()


def test_a_workflow_from_another_machine_is_fixed_by_sync_dnn_model(
    wf_client: InvokeAIClient, tiny_models: dict[str, Path], server_version: str
) -> None:
    model = tiny_model(wf_client, tiny_models, "sd1")
    exported = default_workflow(wf_client, "sd1").definition.to_dict()
    loader = next(n for n in exported["nodes"] if n["data"]["type"] == "main_model_loader")
    elsewhere = identifier(model) | {"key": "0f0e0d0c-key-on-another-machine", "hash": "x"}
    loader["data"]["inputs"]["model"]["value"] = elsewhere
    wf = wf_client.workflow_repo.create_workflow(WorkflowDefinition.from_dict(exported))
    [(original, resolved)] = wf.sync_dnn_model(by_name=True, by_base=True)
    assert (original.key, resolved.key) == (elsewhere["key"], model.key)
    assert model_input(wf).value["key"] == model.key
    prompt_input(wf).field.value = "a fox"
    make_small(wf, server_version)
    wf.submit_sync()
    item = wf.wait_for_completion_sync(timeout=RUN_TIMEOUT_S)
    assert [len(o["image_names"]) for o in wf.map_outputs_to_images(item)] == [1]


def test_a_batch_of_three_prompts_gives_three_images(
    wf_client: InvokeAIClient, tiny_models: dict[str, Path], server_version: str
) -> None:
    wf, _ = ready_workflow(wf_client, tiny_models, "sd1", server_version)
    prompts = ["a red fox", "a blue owl", "a green frog"]
    batch = wf.submit_sync(batch_values={prompt_input(wf).input_index: prompts})
    assert batch.enqueued == 3
    items = wf.wait_for_batch_sync(timeout=RUN_TIMEOUT_S)
    names = [n for item in items for o in wf.map_outputs_to_images(item) for n in o["image_names"]]
    assert len(names) == 3 and len(set(names)) == 3
    used = sorted(str(value.value) for item in items for value in item.field_values or [])
    assert used == sorted(prompts)


def test_image_to_image_on_an_uploaded_picture(
    wf_client: InvokeAIClient, tiny_models: dict[str, Path], server_version: str
) -> None:
    uploaded = wf_client.board_repo.get_board_handle("none").upload_image_data(
        make_png(SIZE, SIZE, (30, 200, 90)), "i2i-source.png"
    )
    wf, _ = ready_workflow(wf_client, tiny_models, "sd1", server_version)
    raw = wf.definition.to_dict()
    (loader,) = nodes_of(wf, "main_model_loader")
    (denoise,) = nodes_of(wf, "denoise_latents")
    raw["nodes"].append(
        {
            "id": "i2l",
            "type": "invocation",
            "position": {"x": 0, "y": 0},
            "data": {
                "id": "i2l",
                "type": "i2l",
                "label": "Image to latents",
                "isIntermediate": True,
                "useCache": True,
                "inputs": {
                    "image": {"name": "image", "value": {"image_name": uploaded.image_name}},
                    "fp32": {"name": "fp32", "value": server_version == "4.2.9"},
                },
            },
        }
    )
    for source, source_field, target, target_field in (
        (loader, "vae", "i2l", "vae"),
        ("i2l", "latents", denoise, "latents"),
    ):
        raw["edges"].append(
            {
                "id": f"{source}-{target}-{target_field}",
                "type": "default",
                "source": source,
                "sourceHandle": source_field,
                "target": target,
                "targetHandle": target_field,
            }
        )
    i2i = wf_client.workflow_repo.create_workflow(WorkflowDefinition.from_dict(raw))
    for item in wf.list_inputs():
        i2i.set_input_value((item.node_id, item.field_name), item.value)
    make_small(i2i, server_version)
    i2i.set_input_value((denoise, "denoising_start"), 0.5)
    i2i.submit_sync(attach_workflow=False)
    item = i2i.wait_for_completion_sync(timeout=RUN_TIMEOUT_S)
    outputs = i2i.map_outputs_to_images(item)
    assert [o["type"] for o in outputs] == ["l2i"]
    assert [o["type"] for o in i2i.list_outputs(include_intermediates=True)] == ["l2i"]
    image = i2i.download_output_images(item)[outputs[0]["node_id"]][0]
    assert png_size(image) == (SIZE, SIZE)


def test_the_board_receives_exactly_the_output_images(
    wf_client: InvokeAIClient, tiny_models: dict[str, Path], server_version: str
) -> None:
    wf, _ = ready_workflow(wf_client, tiny_models, "sdxl", server_version)
    board = wf_client.board_repo.create_board("diffusion outputs")
    try:
        wf.submit_sync(board_id=board.board_id)
        item = wf.wait_for_completion_sync(timeout=RUN_TIMEOUT_S)
        outputs = [n for o in wf.map_outputs_to_images(item) for n in o["image_names"]]
        assert len(outputs) == 1
        handle = wf_client.board_repo.get_board_handle(board.board_id)
        assert sorted(handle.list_image_names()) == outputs
        (listed,) = [b for b in wf_client.board_repo.list_boards() if b.board_id == board.board_id]
        assert listed.image_count == 1
    finally:
        wf_client.board_repo.delete_board(board.board_id, delete_images=True)


async def test_cancel_during_denoising(
    aclient: AsyncInvokeAIClient,
    server_openapi: dict[str, Any],
    tiny_models: dict[str, Path],
    server_version: str,
) -> None:
    aclient.workflow_repo.load_node_schemas(server_openapi)
    repo = aclient.dnn_model_repo
    source = str(tiny_models["sd1"])
    found = [m for m in await repo.list_models(type="main") if m.source == source]
    if not found:
        info = await (await repo.install_model(source, inplace=True)).wait_until(240)
        assert info.model_key is not None
        found = [await repo.get_model(info.model_key)]
    listed = await aclient.workflow_repo.list_workflows(categories=["default"], per_page=100)
    (record,) = [w for w in listed.items if w.name == "Text to Image - SD1.5"]
    definition = await aclient.workflow_repo.get_workflow_definition(record.workflow_id)
    wf = await aclient.workflow_repo.create_workflow(definition)
    model_input(wf).field.value = identifier(found[0])  # type: ignore[arg-type]
    prompt_input(wf).field.value = "a slow fox"  # type: ignore[arg-type]
    make_small(wf, server_version, steps=200)  # type: ignore[arg-type]
    denoising = asyncio.Event()

    def on_event(event: Event) -> None:
        if denoise_progress(event) is not None:
            denoising.set()

    batch = await wf.submit()
    waiting = asyncio.create_task(
        wf.wait_for_completion(timeout=RUN_TIMEOUT_S, progress_callback=on_event)
    )
    await asyncio.wait_for(denoising.wait(), RUN_TIMEOUT_S)
    # One item, cancelled by its id: 4.2.9's cancel-by-batch announces the item as still in
    # progress (it emits the item read before the update), so its session runs to the end.
    canceled = await aclient.queue_repo.cancel_item(batch.item_ids[0])
    assert canceled.status == "canceled"
    with pytest.raises(JobCanceledError) as raised:
        await waiting
    assert raised.value.queue_item is not None
    assert raised.value.queue_item.item_id == batch.item_ids[0]
