"""Workflow definitions and inputs, checked against the node schemas of each real server line
(its /openapi.json, recorded once per version). Nothing here sends a request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import InvalidInputError, InvokeAIClient
from invokeai_py_client.workflow import (
    ColorField,
    EnumField,
    FloatField,
    IntegerField,
    WorkflowDefinition,
    WorkflowHandle,
    WorkflowValidationError,
)

WORKFLOWS = Path(__file__).parent / "workflows"
FORM = WORKFLOWS / "blank_blur_save_form.json"
EXPOSED = WORKFLOWS / "sum_width_crop_exposed.json"


@pytest.fixture
def offline(server_openapi: dict[str, Any]) -> InvokeAIClient:
    client = InvokeAIClient(host="127.0.0.1", port=1)  # nothing listens: nothing may be sent
    client.workflow_repo.load_node_schemas(server_openapi)
    return client


def handle(client: InvokeAIClient, path: Path) -> WorkflowHandle:
    return client.workflow_repo.create_workflow(WorkflowDefinition.from_file(path))


def test_inputs_follow_the_form_depth_first(offline: InvokeAIClient) -> None:
    wf = handle(offline, FORM)
    listed = [(i.input_index, i.label, i.key) for i in wf.list_inputs()]
    assert listed == [
        (0, "Width", "blank.width"),
        (1, "Height", "blank.height"),
        (2, "Blur radius", "blur.radius"),
        (3, "Blur type", "blur.blur_type"),
        (4, "Background", "blank.color"),
        (5, "Board", "save.board"),
    ]
    kinds = [type(i.field) for i in wf.list_inputs()[:5]]
    assert kinds == [IntegerField, IntegerField, FloatField, EnumField, ColorField]


def test_inputs_follow_exposed_fields_without_a_form(offline: InvokeAIClient) -> None:
    wf = handle(offline, EXPOSED)
    assert [i.key for i in wf.list_inputs()] == ["a.value", "b.value", "blank.height", "crop.width"]
    assert wf.get_input_value(0).value == 40


def test_assignment_is_checked_against_the_server_schema(offline: InvokeAIClient) -> None:
    wf = handle(offline, FORM)
    with pytest.raises(InvalidInputError, match=r"input \[2\] 'Blur radius'.*must be >= 0"):
        wf.get_input_value(2).value = -1
    with pytest.raises(InvalidInputError, match=r"input \[3\] 'Blur type'.*'gaussian', 'box'"):
        wf.get_input_value(3).value = "median"
    with pytest.raises(InvalidInputError, match=r"input \[0\] 'Width'.*expected an integer"):
        wf.get_input_value(0).value = "wide"
    with pytest.raises(InvalidInputError, match=r"input \[4\] 'Background'.*0 to 255"):
        wf.get_input_value(4).value = (300, 0, 0)
    wf.get_input_value(4).value = "#00ff0080"
    assert wf.get_input_value(4).value == {"r": 0, "g": 255, "b": 0, "a": 128}
    wf.get_input_value(2).value = 3  # an int is a valid float
    assert wf.get_input_value(2).value == 3.0


def test_inputs_by_index_label_or_node_and_field(offline: InvokeAIClient) -> None:
    wf = handle(offline, FORM)
    assert wf.get_input("Height") is wf.get_input(1) is wf.get_input(("blank", "height"))
    wf.set_input_value(("blur", "radius"), 5.5)
    assert wf.get_input_value("Blur radius").value == 5.5
    with pytest.raises(InvalidInputError, match=r"no input \[9\]: this workflow has 6 inputs"):
        wf.get_input(9)
    with pytest.raises(InvalidInputError, match="no input labelled 'Depth'"):
        wf.get_input("Depth")


def test_graph_carries_values_and_edges_not_connected_inputs(offline: InvokeAIClient) -> None:
    wf = handle(offline, FORM)
    wf.get_input_value("Width").value = 80
    batch = wf.build_batch(board_id="my-board")
    nodes = batch["graph"]["nodes"]
    assert set(nodes) == {"blank", "blur", "save"}  # the notes node is editor-only
    assert nodes["blank"]["width"] == 80 and nodes["blank"]["is_intermediate"] is True
    assert "image" not in nodes["blur"]  # fed by an edge
    assert (
        nodes["save"]["board"] == {"board_id": "my-board"} and not nodes["save"]["is_intermediate"]
    )
    assert batch["graph"]["edges"][0] == {
        "source": {"node_id": "blank", "field": "image"},
        "destination": {"node_id": "blur", "field": "image"},
    }
    assert batch["workflow"]["name"] == "Blank, blur, save (form)" and "id" not in batch["workflow"]
    rows = wf.preview()  # the original client's shape: a row per input
    assert [(r["index"], r["label"], r["type"], r["value"]) for r in rows][:1] == [
        (0, "Width", "IvkIntegerField", 80)
    ]
    assert set(rows[0]) >= {"index", "label", "type", "value", "required"}


def test_batch_values_are_zipped_and_multiplied(offline: InvokeAIClient) -> None:
    wf = handle(offline, FORM)
    batch = wf.build_batch(
        batch_values=[{"Width": [16, 24], 1: [8, 12]}, {("blur", "radius"): [1.0, 2.0, 3.0]}],
        runs=2,
    )
    assert batch["runs"] == 2
    assert batch["data"] == [
        [
            {"node_path": "blank", "field_name": "width", "items": [16, 24]},
            {"node_path": "blank", "field_name": "height", "items": [8, 12]},
        ],
        [{"node_path": "blur", "field_name": "radius", "items": [1.0, 2.0, 3.0]}],
    ]
    with pytest.raises(WorkflowValidationError, match="as many values each"):
        wf.build_batch(batch_values={"Width": [16, 24], "Height": [8]})
    with pytest.raises(InvalidInputError, match=r"input \[2\] 'Blur radius'.*>= 0"):
        wf.build_batch(batch_values={"Blur radius": [1.0, -2.0]})


def test_outputs_are_the_non_intermediate_image_nodes(offline: InvokeAIClient) -> None:
    wf = handle(offline, EXPOSED)
    assert [(o["node_id"], o["is_intermediate"]) for o in wf.list_outputs()] == [("crop", False)]
    every = wf.list_outputs(include_intermediates=True)
    assert [(o["node_id"], o["is_intermediate"]) for o in every] == [
        ("blank", True),
        ("crop", False),
    ]
    assert [o["node_id"] for o in handle(offline, FORM).list_outputs()] == ["save"]


def test_outputs_follow_the_form_then_the_workflow_order(offline: InvokeAIClient) -> None:
    raw = json.loads(EXPOSED.read_text())
    for node in raw["nodes"]:
        if node["id"] == "blank":
            node["data"]["isIntermediate"] = False
    raw["nodes"].sort(key=lambda node: node["id"] != "crop")  # crop first in the node list
    raw["exposedFields"] = [{"nodeId": "blank", "fieldName": "height"}]  # only blank is shown
    wf = offline.workflow_repo.create_workflow(WorkflowDefinition.from_dict(raw))
    assert [o["node_id"] for o in wf.list_outputs()] == ["blank", "crop"]
    raw["exposedFields"] = []
    plain = offline.workflow_repo.create_workflow(WorkflowDefinition.from_dict(raw))
    assert [o["node_id"] for o in plain.list_outputs()] == ["crop", "blank"]


def test_the_board_goes_only_to_output_nodes_with_a_board_field(offline: InvokeAIClient) -> None:
    wf = handle(offline, FORM)
    nodes = wf.build_batch(board_id="my-board")["graph"]["nodes"]
    assert nodes["save"]["board"] == {"board_id": "my-board"}
    assert "board" not in nodes["blank"] and "board" not in nodes["blur"]  # intermediates
    (save,) = wf.list_outputs()
    assert save["has_board"] is True


def test_any_node_field_can_be_set_with_the_same_checks(offline: InvokeAIClient) -> None:
    wf = handle(offline, FORM)
    assert ("blank", "mode") not in [(i.node_id, i.field_name) for i in wf.list_inputs()]
    wf.set_input_value(("blank", "mode"), "RGBA")
    field = wf.get_input(("blank", "mode"))
    assert field.input_index == -1 and isinstance(field.field, EnumField)
    with pytest.raises(InvalidInputError, match=r"blank\.mode.*one of"):
        wf.set_input_value(("blank", "mode"), "CMYK")
    with pytest.raises(WorkflowValidationError, match="has no input 'depth'"):
        wf.set_input_value(("blank", "depth"), 1)
    with pytest.raises(WorkflowValidationError, match="has no node 'ghost'"):
        wf.set_input_value(("ghost", "width"), 1)
    with pytest.raises(WorkflowValidationError, match="fed by an edge"):
        wf.set_input_value(("blur", "image"), {"image_name": "x.png"})
    assert wf.build_batch()["graph"]["nodes"]["blank"]["mode"] == "RGBA"
    batch = wf.build_batch(batch_values={("blank", "mode"): ["RGB", "RGBA"]})
    assert batch["data"] == [
        [{"node_path": "blank", "field_name": "mode", "items": ["RGB", "RGBA"]}]
    ]


def test_input_map_detects_moved_inputs(offline: InvokeAIClient) -> None:
    wf = handle(offline, FORM)
    saved = wf.export_input_map()
    wf.verify_input_map(saved)
    moved = json.loads(FORM.read_text())
    root = moved["form"]["elements"]["root"]["data"]["children"]
    root.remove("node-field-radius")
    root.append("node-field-radius")
    rearranged = offline.workflow_repo.create_workflow(WorkflowDefinition.from_dict(moved))
    with pytest.raises(WorkflowValidationError, match=r"\[2\] was blur.radius"):
        rearranged.verify_input_map(saved)


def test_missing_required_inputs_are_reported_before_sending(offline: InvokeAIClient) -> None:
    broken = json.loads(FORM.read_text())
    broken["edges"] = broken["edges"][1:]  # blur.image loses its edge
    wf = offline.workflow_repo.create_workflow(WorkflowDefinition.from_dict(broken))
    assert wf.validate_inputs() == {
        -1: ["node 'blur' (img_blur): field 'image' is required and has no value"]
    }
    with pytest.raises(WorkflowValidationError, match="'image' is required"):
        wf.submit_sync()  # refused before anything is sent (port 1 would fail otherwise)


def _with_prompt_node(value: object) -> WorkflowDefinition:
    """The form workflow plus a ``dynamic_prompt`` node, whose ``prompt`` is required."""
    raw = json.loads(FORM.read_text())
    inputs: dict[str, Any] = {"prompt": {"name": "prompt", "label": ""}}
    if value is not ...:
        inputs["prompt"]["value"] = value
    raw["nodes"].append(
        {
            "id": "prompt",
            "type": "invocation",
            "position": {"x": 0, "y": 300},
            "data": {
                "id": "prompt",
                "version": "1.0.0",
                "label": "",
                "notes": "",
                "type": "dynamic_prompt",
                "inputs": inputs,
                "isOpen": True,
                "isIntermediate": True,
                "useCache": True,
            },
        }
    )
    return WorkflowDefinition.from_dict(raw)


def test_an_empty_string_is_a_value_for_a_required_input(offline: InvokeAIClient) -> None:
    # The web UI refuses only a missing value with no edge, the server only None: the stock
    # workflows shipping an empty prompt or path ("Prompt from File", Wan 2.2, ...) must run.
    empty = offline.workflow_repo.create_workflow(_with_prompt_node(""))
    assert empty.validate_inputs() == {}
    assert empty.build_batch()["graph"]["nodes"]["prompt"]["prompt"] == ""
    for missing in (None, ...):
        wf = offline.workflow_repo.create_workflow(_with_prompt_node(missing))
        assert wf.validate_inputs() == {
            -1: ["node 'prompt' (dynamic_prompt): field 'prompt' is required and has no value"]
        }


def test_unknown_node_types_and_bad_edges_are_named(offline: InvokeAIClient) -> None:
    custom = json.loads(FORM.read_text())
    custom["nodes"][1]["data"]["type"] = "my_custom_blur"
    with pytest.raises(WorkflowValidationError, match=r"node 'blur'.*'my_custom_blur'"):
        offline.workflow_repo.create_workflow(WorkflowDefinition.from_dict(custom))
    bad_edge = json.loads(FORM.read_text())
    bad_edge["edges"][0]["targetHandle"] = "picture"
    with pytest.raises(WorkflowValidationError, match="input 'picture' of node 'blur'"):
        offline.workflow_repo.create_workflow(WorkflowDefinition.from_dict(bad_edge))


def test_definition_errors_name_the_node_or_edge() -> None:
    base = json.loads(FORM.read_text())
    dangling = {**base, "edges": [*base["edges"], {**base["edges"][0], "target": "ghost"}]}
    with pytest.raises(WorkflowValidationError, match="target node 'ghost'"):
        WorkflowDefinition.from_dict(dangling)
    twice = {**base, "nodes": [base["nodes"][0], base["nodes"][0]]}
    with pytest.raises(WorkflowValidationError, match="two nodes have the id 'blank'"):
        WorkflowDefinition.from_dict(twice)
    with pytest.raises(WorkflowValidationError, match="not valid JSON"):
        WorkflowDefinition.from_json("{nope")
    with pytest.raises(WorkflowValidationError, match="no workflow file"):
        WorkflowDefinition.from_file(WORKFLOWS / "missing.json")


def test_wait_arguments_are_checked_before_anything_is_sent(offline: InvokeAIClient) -> None:
    from invokeai_py_client.queue import JobHandle

    job = JobHandle(offline.queue_repo, 1)
    with pytest.raises(InvalidInputError, match="timeout must be a number of seconds"):
        job.wait(lambda event: None)  # type: ignore[arg-type]  # a callback where the timeout goes
    with pytest.raises(InvalidInputError, match="progress callback must be callable"):
        offline.queue_repo.wait_for_items([1], 5.0, "print")  # type: ignore[arg-type]
    wf = handle(offline, FORM)
    with pytest.raises(InvalidInputError, match="poll_interval must be positive"):
        wf.wait_for_completion_sync(poll_interval=0)
