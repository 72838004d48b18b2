"""Hostile input: every bad workflow, value or batch is refused with a typed error naming what was
wrong, before anything is sent (checked against each real server line's node schemas, recorded
once per version; the client points at a port where nothing listens)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import InvalidInputError, InvokeAIClient
from invokeai_py_client.workflow import WorkflowDefinition, WorkflowValidationError

WORKFLOWS = Path(__file__).parent / "workflows"
FORM = WORKFLOWS / "blank_blur_save_form.json"


@pytest.fixture
def offline(server_openapi: dict[str, Any]) -> InvokeAIClient:
    client = InvokeAIClient(host="127.0.0.1", port=1)  # nothing listens: nothing may be sent
    client.workflow_repo.load_node_schemas(server_openapi)
    return client


def _form() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(FORM.read_text())
    return document


def _create(client: InvokeAIClient, document: Any) -> Any:
    return client.workflow_repo.create_workflow(WorkflowDefinition.from_dict(document))


@pytest.mark.parametrize(
    "text", ["", "{", "[]", "null", '"workflow"', '{"nodes": 3}', '{"nodes": [1]}']
)
def test_malformed_workflow_json_is_refused(text: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(InvalidInputError):
        WorkflowDefinition.from_file(path)


def test_a_form_field_naming_a_field_the_node_lacks_is_refused_at_load(
    offline: InvokeAIClient,
) -> None:
    document = _form()
    element = document["form"]["elements"]["node-field-radius"]
    element["data"]["fieldIdentifier"]["fieldName"] = "radiuss"
    with pytest.raises(WorkflowValidationError, match=r"'radiuss'.*does not have"):
        _create(offline, document)


def test_a_form_field_naming_a_missing_node_is_refused(offline: InvokeAIClient) -> None:
    document = _form()
    element = document["form"]["elements"]["node-field-radius"]
    element["data"]["fieldIdentifier"]["nodeId"] = "no-such-node"
    with pytest.raises(WorkflowValidationError, match="no-such-node"):
        _create(offline, document)


def test_an_unknown_node_type_is_refused_when_its_batch_is_built(offline: InvokeAIClient) -> None:
    document = _form()
    node = next(n for n in document["nodes"] if n["id"] == "blur")
    node["data"]["type"] = "no_such_node_type"
    with pytest.raises(InvalidInputError, match="no_such_node_type"):
        _create(offline, document).build_batch()


@pytest.mark.parametrize(
    ("ref", "value"),
    [(0, "wide"), (0, 1.5), (2, -1), (2, "x"), (3, "not-a-blur"), (4, "red")],
)
def test_wrong_and_out_of_range_values_are_refused(
    offline: InvokeAIClient, ref: int, value: Any
) -> None:
    wf = _create(offline, copy.deepcopy(_form()))
    with pytest.raises(InvalidInputError):
        wf.set_input_value(ref, value)


@pytest.mark.parametrize(
    "batch_values", [{0: 512}, {0: "512"}, {0: {"a": 1}}, [512], {"Width": 512}]
)
def test_batch_values_that_are_not_lists_are_refused(
    offline: InvokeAIClient, batch_values: Any
) -> None:
    wf = _create(offline, _form())
    with pytest.raises(InvalidInputError):
        wf.build_batch(batch_values=batch_values)


def test_batch_values_out_of_range_are_refused(offline: InvokeAIClient) -> None:
    wf = _create(offline, _form())
    with pytest.raises(InvalidInputError):
        wf.build_batch(batch_values={2: [1.0, -1.0]})


def test_empty_and_non_image_uploads_are_refused_before_sending(
    offline: InvokeAIClient, tmp_path: Path
) -> None:
    handle = offline.board_repo.get_board_handle("none")
    with pytest.raises(InvalidInputError, match="not a PNG, JPEG"):
        handle.upload_image_data(b"", "empty.png")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInputError, match="not a PNG, JPEG"):
        handle.upload_image(empty)
    with pytest.raises(InvalidInputError, match="not a PNG, JPEG"):
        handle.upload_image_data(b"<html>not an image</html>", "page.png")


HOSTILE_BOARD_NAMES = ["../../etc/passwd", "日本語のボード ☃", "a/b\\c?d#e%2e%2e", "  spaced  "]


def test_hostile_board_names_and_file_names_round_trip_unchanged(client: InvokeAIClient) -> None:
    from scripts.png import make_png

    repo = client.board_repo
    made = []
    try:
        for name in HOSTILE_BOARD_NAMES:
            board = repo.create_board(name)
            made.append(board.board_id)
            assert board.board_name == name
            assert repo.get_board_by_id(board.board_id).board_name == name
            assert board.board_id in [b.board_id for b in repo.get_boards_by_name(name)]
        handle = repo.get_board_handle(made[0])
        dto = handle.upload_image_data(make_png(8, 8), "../../ünïcödé ☃.png")
        assert dto.image_name.endswith(".png") and "/" not in dto.image_name
        assert handle.list_image_names() == [dto.image_name]
    finally:
        for board_id in made:
            repo.delete_board(board_id, delete_images=True)
