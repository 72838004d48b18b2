from pathlib import Path

import pytest

from invokeai_py_client import InvokeAIClient


@pytest.fixture
def tiny_sd1(invokeai_client: InvokeAIClient, invokeai_tiny_models: dict[str, Path]) -> str:
    """The name of the plugin's tiny SD-1 model, installed on the server (once: installing it
    again is not an error). Recorded with the test, so a replay installs nothing."""
    repo = invokeai_client.dnn_model_repo
    job = repo.install_model(str(invokeai_tiny_models["sd1"]), inplace=True)
    key = job.wait_until(timeout=240).model_key
    assert key is not None
    return repo.get_model(key).name
