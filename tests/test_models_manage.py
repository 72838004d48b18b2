"""Model management on real servers: hashes, missing files, convert, delete all, cache, starter
models, orphaned folders and the Hugging Face token status."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from invokeai_api.models import HFTokenStatus, StarterModelResponse

from invokeai_py_client import BadRequestError, InvokeAIClient, NotFoundError
from invokeai_py_client.dnn_model import DnnModelRepository
from invokeai_py_client.errors import UnsupportedByServerError
from scripts.tiny_models import t2i_payload
from tests._diffusion import RUN_TIMEOUT_S, identifier, tiny_model
from tests._model_files import MODELS_ROOT, fresh_folder, write_tiny_embedding

if TYPE_CHECKING:
    from tests.conftest import Servers

INSTALL_TIMEOUT_S = 60.0

# Deletes models (all of them, once), empties the cache, writes in the server's folders.
pytestmark = pytest.mark.destructive


@pytest.fixture
def models(client: InvokeAIClient) -> Iterator[DnnModelRepository]:
    repo = client.dnn_model_repo
    yield repo
    for model in repo.list_models():
        if model.source.startswith(str(MODELS_ROOT)) or model.path.startswith(str(MODELS_ROOT)):
            repo.delete_model(model.key)
    repo.prune_install_jobs()


def _install(models: DnnModelRepository, path: Path) -> str:
    info = models.install_model(str(path), inplace=True).wait_until(INSTALL_TIMEOUT_S)
    assert info.model_key is not None
    return info.model_key


@pytest.mark.invokeai_versions(since="6.12.0")
def test_a_model_is_found_by_its_hash(models: DnnModelRepository) -> None:
    key = _install(models, write_tiny_embedding(fresh_folder("hash") / "tiny-hash.safetensors", 11))
    file_hash = models.get_model(key).hash_

    assert models.get_model_by_hash(file_hash).key == key
    with pytest.raises(NotFoundError):
        models.get_model_by_hash("blake3:" + "0" * 64)


@pytest.mark.invokeai_versions(before="6.12.0")
def test_finding_by_hash_is_unsupported_before_6_12(models: DnnModelRepository) -> None:
    with pytest.raises(UnsupportedByServerError, match=r"6\.12\.0"):
        models.get_model_by_hash("blake3:" + "0" * 64)


@pytest.mark.invokeai_versions(since="6.12.0")
def test_a_model_whose_file_is_gone_is_listed_as_missing(models: DnnModelRepository) -> None:
    path = write_tiny_embedding(fresh_folder("missing-file") / "tiny-gone.safetensors", 12)
    key = _install(models, path)
    path.unlink()

    assert key in [m.key for m in models.list_missing_models()]


def test_convert_refuses_a_model_that_is_not_a_checkpoint(models: DnnModelRepository) -> None:
    key = _install(
        models, write_tiny_embedding(fresh_folder("convert") / "tiny-cv.safetensors", 13)
    )

    with pytest.raises(BadRequestError, match="not a main"):
        models.convert_model(key)
    with pytest.raises(NotFoundError):
        models.convert_model("no-such-model")


def test_delete_all_models_deletes_every_model(models: DnnModelRepository) -> None:
    folder = fresh_folder("delete-all")
    keys = {
        _install(models, write_tiny_embedding(folder / f"tiny-{n}.safetensors", 20 + n))
        for n in (1, 2)
    }
    before = {m.key for m in models.list_models()}

    result = models.delete_all_models(confirm=True)

    assert set(result.deleted) == before and keys <= before and result.failed == []
    assert models.list_models() == []
    assert models.delete_all_models(confirm=True).deleted == []


def _load_a_model(client: InvokeAIClient, tiny_models: dict[str, Path]) -> None:
    """Run the tiny SD-1 text-to-image graph, which leaves its models in the cache."""
    model = tiny_model(client, tiny_models, "sd1")
    payload = t2i_payload("sd1", identifier(model))
    client.queue_repo.enqueue_batch(payload["batch"]).wait(RUN_TIMEOUT_S)


def test_cache_stats_count_a_loaded_model(
    client: InvokeAIClient, models: DnnModelRepository, tiny_models: dict[str, Path]
) -> None:
    _load_a_model(client, tiny_models)
    stats = models.get_cache_stats()
    assert stats is not None
    assert stats.in_cache >= 1 and stats.hits + stats.misses >= 1


@pytest.mark.invokeai_versions(since="5.6.1")
def test_the_model_cache_can_be_emptied(
    client: InvokeAIClient,
    models: DnnModelRepository,
    tiny_models: dict[str, Path],
) -> None:
    _load_a_model(client, tiny_models)
    loaded = models.get_cache_stats()
    assert loaded is not None and loaded.in_cache >= 1
    models.empty_model_cache()
    emptied = models.get_cache_stats()
    assert emptied is not None
    # The stats are a snapshot taken when a session ends (5.x and 6.x alike): in_cache still
    # shows the last session's models; cleared counts what the emptying dropped.
    assert emptied.cleared >= loaded.in_cache >= 1


@pytest.mark.invokeai_versions(before="5.6.1")
def test_emptying_the_cache_is_unsupported_on_4_2(models: DnnModelRepository) -> None:
    with pytest.raises(UnsupportedByServerError, match=r"5\.6\.1"):
        models.empty_model_cache()


@pytest.mark.smoke
def test_starter_models_are_offered(models: DnnModelRepository, server_version: str) -> None:
    starters = models.get_starter_models()

    assert isinstance(starters, StarterModelResponse)
    assert starters.starter_models and all(m.source and m.name for m in starters.starter_models)
    bundles = starters.starter_bundles.additional_properties
    if server_version == "4.2.9":
        assert bundles == {}  # 4.x had no bundles
    else:
        assert {"sd-1", "sdxl", "flux"} <= set(bundles)
        assert all(bundle.models for bundle in bundles.values())


@pytest.mark.invokeai_versions(since="6.12.0")
def test_orphaned_model_folders_are_listed_and_deleted(
    models: DnnModelRepository, mode: str, servers: Servers, server_version: str
) -> None:
    if mode != "replay":  # a folder in the server's models folder that no model uses
        orphan = Path(servers.get(server_version).root) / "models" / "orphan-from-a-test"
        write_tiny_embedding(orphan / "left-behind.safetensors", 30)

    orphans = {o.path: o for o in models.get_orphaned_models()}
    assert orphans["orphan-from-a-test"].files == ["left-behind.safetensors"]

    result = models.delete_orphaned_models(["orphan-from-a-test"])

    assert result.deleted == ["orphan-from-a-test"]
    assert "orphan-from-a-test" not in [o.path for o in models.get_orphaned_models()]


@pytest.mark.invokeai_versions(before="6.12.0")
def test_orphaned_models_are_unsupported_before_6_12(models: DnnModelRepository) -> None:
    with pytest.raises(UnsupportedByServerError, match=r"6\.12\.0"):
        models.get_orphaned_models()


@pytest.mark.invokeai_versions(since="5.3.1")
def test_hugging_face_token_status_is_reported(models: DnnModelRepository) -> None:
    # The servers the tests start have no token (scripts/invokeai_server.py passes none on).
    assert models.hf_login_status() == HFTokenStatus.INVALID


@pytest.mark.invokeai_versions(before="5.3.1")
def test_hugging_face_login_is_unsupported_on_4_2(models: DnnModelRepository) -> None:
    with pytest.raises(UnsupportedByServerError, match=r"5\.3\.1"):
        models.hf_login_status()
