"""The typed node builders (generated into nodes/stock/ from the newest snapshot) and the graph
they make: inputs checked when given, required inputs, cycles, ids, edges, batches, offline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from invokeai_api import models as m

from invokeai_py_client.errors import InvalidInputError
from invokeai_py_client.nodes import Graph, Node, Out, Vary, stock
from invokeai_py_client.nodes.stock import (
    AddIntegers,
    BlurImage,
    CollectInvocation,
    CreateLatentNoise,
    IntegerPrimitive,
    MultiplyIntegers,
)

REPO = Path(__file__).resolve().parent.parent
SNAPSHOT = REPO / "openapi" / f"invokeai-{stock.SNAPSHOT}.json"


def _invocations() -> dict[str, dict[str, Any]]:
    schemas = json.loads(SNAPSHOT.read_text())["components"]["schemas"]
    return {
        s["properties"]["type"]["const"]: s
        for s in schemas.values()
        if s.get("class") == "invocation"
    }


def test_one_builder_per_invocation_of_the_newest_snapshot() -> None:
    invocations = _invocations()
    builders = {getattr(stock, name).TYPE: getattr(stock, name) for name in stock.TYPES}
    assert set(builders) == set(invocations)
    assert len(builders) == len(invocations) > 100
    for node_type, builder in builders.items():
        schema = invocations[node_type]
        inputs = {
            k
            for k, p in schema["properties"].items()
            if p.get("field_kind") in ("input", "internal")
        }
        assert set(builder.FIELDS) == inputs, node_type
        assert builder.__doc__ and node_type in builder.__doc__
        required = {
            k
            for k, p in schema["properties"].items()
            if p.get("field_kind") == "input" and p.get("orig_required")
        }
        assert {k for k, f in builder.FIELDS.items() if f.required} == required, node_type
        assert isinstance(builder(), Node)  # every builder builds with nothing given


def test_a_graph_derives_ids_and_edges_from_the_outputs_passed() -> None:
    total = AddIntegers(a=2, b=3)
    product = MultiplyIntegers(a=total.out.value, b=7, id="times", is_intermediate=True)
    graph = Graph(product)
    assert [graph.id_of(n) for n in graph] == ["add_1", "times"]
    assert graph.to_dict() == {
        "nodes": {
            "add_1": {"id": "add_1", "type": "add", "a": 2, "b": 3},
            "times": {"id": "times", "type": "mul", "is_intermediate": True, "b": 7},
        },
        "edges": [
            {
                "source": {"node_id": "add_1", "field": "value"},
                "destination": {"node_id": "times", "field": "a"},
            }
        ],
    }


def test_values_are_serialised_with_the_bindings_models() -> None:
    blur = BlurImage(image=m.ImageField(image_name="a.png"), blur_type="box", use_cache=False)
    node = Graph(blur).to_dict()["nodes"]["img_blur_1"]
    assert node == {
        "id": "img_blur_1",
        "type": "img_blur",
        "use_cache": False,
        "image": {"image_name": "a.png"},
        "blur_type": "box",
    }


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: BlurImage(radius=-1.0), "img_blur node.radius: -1.0 is below the minimum 0"),
        (lambda: BlurImage(blur_type="median"), "'median' is not one of ['gaussian', 'box']"),
        (lambda: CreateLatentNoise(width=65), "width: 65 is not a multiple of 8"),
        (lambda: IntegerPrimitive(value=float("nan")), "NaN is not a value"),
    ],
)
def test_a_bound_or_a_choice_is_checked_when_given(build: Any, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message.replace("[", r"\[").replace(".", r"\.")):
        build()


def test_a_required_input_left_open_names_the_node_and_the_field() -> None:
    graph = Graph(BlurImage(id="soft"))
    with pytest.raises(InvalidInputError, match="img_blur node 'soft': required input 'image'"):
        graph.to_dict()


def test_connection_only_and_value_only_inputs() -> None:
    total = AddIntegers()
    with pytest.raises(InvalidInputError, match="'metadata' only takes a connection"):
        BlurImage().set("metadata", {"a": 1})
    with pytest.raises(InvalidInputError, match="'board' takes a value, not a connection"):
        BlurImage().set("board", total.out.value)
    with pytest.raises(InvalidInputError, match="has no input 'radios'"):
        BlurImage().set("radios", 1.0)


def test_a_cycle_is_refused() -> None:
    first = AddIntegers(a=1)
    second = AddIntegers(a=first.out.value, b=1)
    graph = Graph(second)
    first.set("b", second.out.value)  # wired after the fact
    with pytest.raises(InvalidInputError, match="cycle"):
        graph.to_dict()
    with pytest.raises(InvalidInputError, match="cycle"):
        Graph(first)


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="two nodes of the graph have the id 'x'"):
        Graph(AddIntegers(id="x"), MultiplyIntegers(id="x"))


def test_collect_takes_several_connections() -> None:
    a, b = IntegerPrimitive(value=1), IntegerPrimitive(value=2)
    collect = CollectInvocation(item=[a.out.value, b.out.value])
    edges = Graph(collect).to_dict()["edges"]
    assert [(e["source"]["node_id"], e["destination"]["field"]) for e in edges] == [
        ("integer_1", "item"),
        ("integer_2", "item"),
    ]


def test_batches_zip_within_a_group_and_multiply_groups() -> None:
    total = AddIntegers(a=1)
    blur = BlurImage(radius=total.out.value)
    graph = Graph(blur)
    batch = graph.batch(
        [Vary(total, "a", [1, 2, 3]), Vary(total, "b", [4, 5, 6])],
        Vary(blur, "image", [m.ImageField(image_name="a"), m.ImageField(image_name="b")]),
        runs=2,
    )
    assert batch["runs"] == 2
    assert graph.runs_of([Vary(total, "a", [1, 2, 3])], Vary(blur, "image", [1, 2])) == 6
    assert batch["data"] == [
        [
            {"node_path": "add_1", "field_name": "a", "items": [1, 2, 3]},
            {"node_path": "add_1", "field_name": "b", "items": [4, 5, 6]},
        ],
        [
            {
                "node_path": "img_blur_1",
                "field_name": "image",
                "items": [{"image_name": "a"}, {"image_name": "b"}],
            }
        ],
    ]
    with pytest.raises(InvalidInputError, match="zipped"):
        graph.batch([Vary(total, "a", [1]), Vary(total, "b", [1, 2])])
    with pytest.raises(InvalidInputError, match="radius: -1 is below the minimum 0"):
        graph.batch(Vary(blur, "radius", [-1]))
    with pytest.raises(InvalidInputError, match="img_blur node is not in this graph"):
        graph.batch(Vary(BlurImage(), "radius", [1]))


def test_out_is_typed_by_what_it_carries() -> None:
    out = CreateLatentNoise().out.noise
    assert isinstance(out, Out) and out.field == "noise"
    assert repr(out) == "Out(noise.noise)"


def test_importing_the_client_does_not_load_the_builders() -> None:
    code = (
        "import sys, invokeai_py_client, invokeai_py_client.nodes\n"
        "print(any(m.startswith('invokeai_py_client.nodes.stock') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------ version-aware, custom nodes
def test_a_node_or_field_the_release_lacks_is_refused_before_sending() -> None:
    from invokeai_py_client.errors import NodeUnsupportedError, UnsupportedByServerError
    from invokeai_py_client.nodes.stock import CannyEdgeDetection

    noise = CreateLatentNoise(seed=1, noise_type="FLUX", id="n")
    graph = Graph(noise)
    graph.check_release("6.14.2")
    with pytest.raises(NodeUnsupportedError) as caught:
        graph.batch(server_version="5.15.0")
    error = caught.value
    assert (error.node_type, error.node_id, error.field, error.versions) == (
        "noise",
        "n",
        "noise_type",
        ("6.14.2",),
    )
    assert isinstance(error, UnsupportedByServerError)
    assert "input 'noise_type' of node 'noise' ('n')" in str(error)
    assert "the server (5.15.0) lacks it; it is in InvokeAI 6.14.2" in str(error)
    # Between two snapshots that disagree, the client cannot tell: the server decides.
    graph.check_release("6.12.0")
    canny = Graph(CannyEdgeDetection(image=m.ImageField(image_name="a.png")))
    canny.check_release("5.15.0")
    lacks = r"node 'canny_edge_detection'.*\(4\.2\.9\) lacks it; it is in InvokeAI 5\.15\.0"
    with pytest.raises(NodeUnsupportedError, match=lacks):
        canny.check_release("4.2.9")
    with pytest.raises(NodeUnsupportedError, match=r"5\.15\.0, 6\.10\.0, 6\.14\.2"):
        canny.check_release("4.0.0")  # before every snapshot: the next one lacks it


def test_untyped_builders_from_a_live_schema_validate_and_refuse_what_it_lacks() -> None:
    from invokeai_py_client.errors import NodeUnsupportedError
    from invokeai_py_client.nodes import NodeSchemas

    openapi = json.loads(SNAPSHOT.read_text())
    custom = {
        "class": "invocation",
        "title": "Shout",
        "description": "Upper-cases a string",
        "output": {"$ref": "#/components/schemas/StringOutput"},
        "properties": {
            "type": {"const": "shout", "field_kind": "node_attribute"},
            "text": {
                "anyOf": [{"type": "string"}, {"type": "null"}],
                "field_kind": "input",
                "input": "any",
                "orig_required": True,
            },
            "times": {"type": "integer", "minimum": 1, "field_kind": "input", "input": "any"},
        },
    }
    openapi["components"]["schemas"]["ShoutInvocation"] = custom
    schemas = NodeSchemas(openapi, version="6.14.2+custom")
    assert "shout" in schemas.types and "add" in schemas.types
    total = schemas.node("add", a=1, b=2)
    shout = schemas.node("shout", times=2, id="loud")
    with pytest.raises(InvalidInputError, match=r"shout node 'loud'\.times: 0 is below"):
        shout.set("times", 0)
    with pytest.raises(InvalidInputError, match="has no output 'valeu'"):
        total.output("valeu")
    graph = Graph(shout)
    with pytest.raises(InvalidInputError, match="required input 'text'"):
        graph.to_dict()
    shout.set("text", "hi")
    schemas.check(graph)
    assert graph.to_dict()["nodes"]["loud"] == {
        "id": "loud",
        "type": "shout",
        "times": 2,
        "text": "hi",
    }
    # A node this server does not have, and an input it lacks (a typed builder's, newer).
    without = NodeSchemas(json.loads((REPO / "openapi" / "invokeai-5.15.0.json").read_text()))
    with pytest.raises(NodeUnsupportedError, match="node 'shout'"):
        without.check(graph)
    with pytest.raises(NodeUnsupportedError, match="input 'noise_type' of node 'noise'"):
        without.check(Graph(CreateLatentNoise(noise_type="FLUX")))


def test_a_model_input_takes_a_model_config_and_checks_its_kind() -> None:
    from invokeai_py_client.dnn_model import RawModelConfig
    from invokeai_py_client.nodes.stock import ApplyLoRASD15, MainModelSD15SD2

    main = RawModelConfig(
        {
            "key": "k1",
            "hash": "h1",
            "name": "tiny",
            "base": "sd-1",
            "type": "main",
            "format": "diffusers",
            "path": "/m",
            "source": "/m",
        }
    )
    loader = MainModelSD15SD2(model=main)
    assert Graph(loader).to_dict()["nodes"]["main_model_loader_1"]["model"] == {
        "key": "k1",
        "hash": "h1",
        "name": "tiny",
        "base": "sd-1",
        "type": "main",
    }
    with pytest.raises(
        InvalidInputError, match="model 'tiny' is a 'main' model; this input takes lora"
    ):
        ApplyLoRASD15(lora=main)
