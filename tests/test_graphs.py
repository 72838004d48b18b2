"""Graphs built with the typed node builders, run on real servers (each full line): enqueued
through the queue both clients have, waited on with progress, their outputs mapped back to the
node objects, images filed on a board, batches; and real text-to-image with the tiny SD-1
model, its model found through ``dnn_model_repo``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from invokeai_api import models as m

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_py_client.errors import JobFailedError
from invokeai_py_client.nodes import Graph, Vary
from invokeai_py_client.nodes.stock import (
    AddIntegers,
    BlankImage,
    BlurImage,
    CreateLatentNoise,
    DenoiseSD15SDXL,
    ImageToLatentsSD15SDXL,
    LatentsToImageSD15SDXL,
    MainModelSD15SD2,
    MainModelSDXL,
    MultiplyIntegers,
    PromptSD15,
    PromptSDXL,
    SaveImage,
)
from tests._diffusion import RUN_TIMEOUT_S, SIZE, STEPS, png_size, tiny_model

RED = m.ColorField(r=255, g=0, b=0, a=255)


def blur_graph() -> tuple[Graph, BlankImage, BlurImage, SaveImage]:
    blank = BlankImage(width=64, height=48, color=RED, is_intermediate=True)
    blur = BlurImage(image=blank.out.image, radius=2.0, is_intermediate=True)
    save = SaveImage(image=blur.out.image, id="save")
    return Graph(save), blank, blur, save


def test_a_model_free_graph_runs_and_its_outputs_map_back_to_its_nodes(
    client: InvokeAIClient,
) -> None:
    graph, blank, blur, save = blur_graph()
    board = client.board_repo.create_board("graph outputs")
    try:
        batch = client.queue_repo.enqueue_batch(
            graph.batch(board=board.board_id, origin="tests", destination="graphs")
        )
        [item] = batch.wait(timeout=60)
        outputs = graph.outputs(item)
        assert list(outputs) == [blank, blur, save]
        [saved] = graph.results(item, save)
        assert isinstance(saved, m.ImageOutput)
        assert (saved.width, saved.height) == (64, 48)
        handle = client.board_repo.get_board_handle(board.board_id)
        assert handle.list_image_names() == [saved.image.image_name]
        data = handle.download_image(saved.image.image_name)
        assert png_size(data) == (64, 48)
    finally:
        client.board_repo.delete_board(board.board_id, delete_images=True)


async def test_the_async_client_runs_the_same_graph(aclient: AsyncInvokeAIClient) -> None:
    graph, _, blur, save = blur_graph()
    batch = await aclient.queue_repo.enqueue_batch(graph.batch())
    [item] = await batch.wait(timeout=60)
    [saved] = graph.results(item, save)
    [blurred] = graph.results(item, blur)
    assert (saved.width, blurred.width) == (64, 64)


def test_a_batch_zips_within_a_group_and_multiplies_groups(client: InvokeAIClient) -> None:
    total = AddIntegers(a=0, b=0)
    product = MultiplyIntegers(a=total.out.value, b=1)
    graph = Graph(product)
    groups: list[Any] = [
        [Vary(total, "a", [1, 2]), Vary(total, "b", [10, 20])],
        Vary(product, "b", [1, 3, 5]),
    ]
    batch = client.queue_repo.enqueue_batch(graph.batch(*groups))
    assert len(batch.item_ids) == graph.runs_of(*groups) == 6
    items = batch.wait(timeout=120)
    values = sorted(graph.results(item, product)[0].value for item in items)
    assert values == sorted((a + b) * k for a, b in ((1, 10), (2, 20)) for k in (1, 3, 5))


def test_text_to_image_with_the_tiny_sd1_model(
    client: InvokeAIClient, tiny_models: dict[str, Path], server_version: str
) -> None:
    model = tiny_model(client, tiny_models, "sd1")  # found through dnn_model_repo
    loader = MainModelSD15SD2(model=model)
    positive = PromptSD15(prompt="a tiny red fox", clip=loader.out.clip)
    negative = PromptSD15(prompt="", clip=loader.out.clip)
    noise = CreateLatentNoise(seed=123, width=SIZE, height=SIZE)
    denoise = DenoiseSD15SDXL(
        positive_conditioning=positive.out.conditioning,
        negative_conditioning=negative.out.conditioning,
        noise=noise.out.noise,
        unet=loader.out.unet,
        steps=STEPS,
        cfg_scale=7.5,
        scheduler="euler",
        denoising_start=0.0,
        denoising_end=1.0,
    )
    decode = LatentsToImageSD15SDXL(
        latents=denoise.out.latents,
        vae=loader.out.vae,
        fp32=server_version == "4.2.9",  # its half-precision decode fails on CPU
    )
    graph = Graph(decode)
    assert len(graph) == 6
    batch = client.queue_repo.enqueue_batch(graph.batch())
    events: list[str] = []
    [item] = batch.wait(
        timeout=RUN_TIMEOUT_S, on_progress=lambda e: events.append(type(e).__name__)
    )
    assert "InvocationProgressEvent" in events
    [image] = graph.results(item, decode)
    assert (image.width, image.height) == (SIZE, SIZE)
    data = client.board_repo.get_board_handle(None).download_image(image.image.image_name)
    assert png_size(data) == (SIZE, SIZE)


def test_text_to_image_with_the_tiny_sdxl_model(
    client: InvokeAIClient, tiny_models: dict[str, Path], server_version: str
) -> None:
    loader = MainModelSDXL(model=tiny_model(client, tiny_models, "sdxl"))
    prompts = [
        PromptSDXL(
            prompt=text,
            style=text,
            clip=loader.out.clip,
            clip2=loader.out.clip2,
            original_width=SIZE,
            original_height=SIZE,
            target_width=SIZE,
            target_height=SIZE,
        )
        for text in ("a tiny red fox", "")
    ]
    denoise = DenoiseSD15SDXL(
        positive_conditioning=prompts[0].out.conditioning,
        negative_conditioning=prompts[1].out.conditioning,
        noise=CreateLatentNoise(seed=7, width=SIZE, height=SIZE).out.noise,
        unet=loader.out.unet,
        steps=STEPS,
        scheduler="euler",
    )
    decode = LatentsToImageSD15SDXL(
        latents=denoise.out.latents, vae=loader.out.vae, fp32=server_version == "4.2.9"
    )
    graph = Graph(decode)
    [item] = client.queue_repo.enqueue_batch(graph.batch()).wait(timeout=RUN_TIMEOUT_S)
    [image] = graph.results(item, decode)
    assert (image.width, image.height) == (SIZE, SIZE)


def test_image_to_image_with_the_tiny_sd1_model(
    client: InvokeAIClient, tiny_models: dict[str, Path], server_version: str
) -> None:
    loader = MainModelSD15SD2(model=tiny_model(client, tiny_models, "sd1"))
    start = BlankImage(width=SIZE, height=SIZE, color=RED, is_intermediate=True)
    encode = ImageToLatentsSD15SDXL(image=start.out.image, vae=loader.out.vae, fp32=True)
    denoise = DenoiseSD15SDXL(
        positive_conditioning=PromptSD15(prompt="a fox", clip=loader.out.clip).out.conditioning,
        negative_conditioning=PromptSD15(prompt="", clip=loader.out.clip).out.conditioning,
        noise=CreateLatentNoise(seed=5, width=SIZE, height=SIZE).out.noise,
        latents=encode.out.latents,
        unet=loader.out.unet,
        steps=STEPS,
        scheduler="euler",
        denoising_start=0.5,
        denoising_end=1.0,
    )
    decode = LatentsToImageSD15SDXL(
        latents=denoise.out.latents, vae=loader.out.vae, fp32=server_version == "4.2.9"
    )
    graph = Graph(decode)
    [item] = client.queue_repo.enqueue_batch(graph.batch()).wait(timeout=RUN_TIMEOUT_S)
    [latents] = graph.results(item, encode)
    assert (latents.width, latents.height) == (SIZE, SIZE)
    [image] = graph.results(item, decode)
    assert (image.width, image.height) == (SIZE, SIZE)


def test_a_graph_the_server_refuses_is_a_typed_error(client: InvokeAIClient) -> None:
    bad = BlurImage(image=m.ImageField(image_name="no-such-image.png"))
    batch = client.queue_repo.enqueue_batch(Graph(bad).batch())
    with pytest.raises(JobFailedError, match="failed"):
        batch.wait(timeout=60)
