"""A user's graph, checked with mypy --strict against the installed wheel: right wiring is clean
and its outputs are typed (each assert_type fails on Any)."""

from __future__ import annotations

from typing import assert_type

from invokeai_api import models as m

from invokeai_py_client.nodes import Graph, Out
from invokeai_py_client.nodes.stock import (
    AddIntegers,
    BlurImage,
    CreateLatentNoise,
    ImageOutput,
    IntegerOutput,
    LatentsToImageSD15SDXL,
    MultiplyIntegers,
    NoiseOutput,
)
from invokeai_py_client.pool import AsyncServerPool, PoolResult, ServerPool

total = AddIntegers(a=2, b=3)
assert_type(total.out, IntegerOutput)
assert_type(total.out.value, Out[int])
product = MultiplyIntegers(a=total.out.value, b=7)
blur = BlurImage(image=m.ImageField(image_name="x.png"), radius=product.out.value)
assert_type(blur.out.image, Out[m.ImageField])
noise = CreateLatentNoise(seed=1, width=64, height=64)
assert_type(noise.out, NoiseOutput)
assert_type(noise.out.noise, Out[m.LatentsField])
decode = LatentsToImageSD15SDXL(latents=noise.out.noise)
assert_type(decode.out, ImageOutput)
graph = Graph(blur, decode)


def results(item: m.SessionQueueItem) -> list[m.ImageOutput]:
    return graph.results(item, blur)


def spread(pool: ServerPool, graphs: list[Graph]) -> list[PoolResult]:
    return pool.run(graphs)  # a pool takes the builders' graphs as they are


async def aspread(pool: AsyncServerPool, graphs: list[Graph]) -> list[PoolResult]:
    return await pool.run(graphs)
