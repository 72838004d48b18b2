"""sync_dnn_model points a workflow's model inputs at the models of the connected server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from invokeai_py_client import InvalidInputError, InvokeAIClient
from invokeai_py_client.workflow import WorkflowDefinition
from tests._model_files import fresh_folder, write_tiny_embedding

# Installs a model and prunes every finished install job.
pytestmark = pytest.mark.destructive


@pytest.fixture
def installed(client: InvokeAIClient) -> Iterator[Any]:
    path = write_tiny_embedding(fresh_folder("sync-models") / "sync-me.safetensors", seed=9)
    info = client.dnn_model_repo.install_model(str(path), inplace=True).wait_until(timeout=60)
    model = client.dnn_model_repo.get_model(info.model_key)
    yield model
    client.dnn_model_repo.delete_model(model.key)
    client.dnn_model_repo.prune_install_jobs()


def loader_workflow(model: dict[str, Any]) -> WorkflowDefinition:
    node = {
        "id": "loader",
        "type": "invocation",
        "data": {
            "id": "loader",
            "type": "main_model_loader",
            "label": "",
            "inputs": {"model": {"name": "model", "label": "Model", "value": model}},
            "isIntermediate": True,
            "useCache": True,
        },
    }
    return WorkflowDefinition.from_dict(
        {
            "name": "model input",
            "nodes": [node],
            "edges": [],
            "exposedFields": [{"nodeId": "loader", "fieldName": "model"}],
        }
    )


def test_model_inputs_are_matched_by_name_and_base(
    client: InvokeAIClient, server_openapi: dict[str, Any], installed: Any
) -> None:
    client.workflow_repo.load_node_schemas(server_openapi)
    base = getattr(installed.base, "value", installed.base)
    foreign = {
        "key": "key-on-another-machine",
        "hash": "blake3:0",
        "name": installed.name,
        "base": base,
        "type": "embedding",
    }
    wf = client.workflow_repo.create_workflow(loader_workflow(foreign))
    [(original, resolved)] = wf.sync_dnn_model(by_name=True, by_base=True)
    assert (original.key, resolved.key) == ("key-on-another-machine", installed.key)
    assert resolved is wf.get_input_value(0)
    assert wf.get_input_value("Model").value["key"] == installed.key
    assert wf.sync_dnn_model() == []  # already pointing at an installed model

    ghost = {**foreign, "name": "a model nobody installed"}
    unmatched = client.workflow_repo.create_workflow(loader_workflow(ghost))
    with pytest.raises(InvalidInputError, match=r"input \[0\] 'Model': no installed model"):
        unmatched.sync_dnn_model()
