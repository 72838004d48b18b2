"""Installing models on real servers: a tiny genuine embedding, in place and copied, again
(idempotent), from a missing path, from a file that is no model, and jobs that really fail."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from invokeai_api.models import InstallStatus, ModelInstallJob, TIFileSD1Config

from invokeai_py_client import AsyncInvokeAIClient, ConflictError, InvokeAIClient, NotFoundError
from invokeai_py_client.dnn_model import (
    DnnModelRepository,
    InstallProgress,
    ModelConfig,
    ModelInstallJobFailedError,
    ModelInstallJobNotFoundError,
    UnsupportedModelSourceError,
    model_base,
    model_format,
    model_type,
)
from invokeai_py_client.errors import UnsupportedByServerError
from tests._model_files import MODELS_ROOT, fresh_folder, write_not_a_model, write_tiny_embedding

INSTALL_TIMEOUT_S = 60.0

# Installs and deletes models and prunes every finished install job.
pytestmark = pytest.mark.destructive


@pytest.fixture
def models(client: InvokeAIClient) -> Iterator[DnnModelRepository]:
    """The model repository; afterwards every model installed from the test folders is deleted
    and finished install jobs are pruned."""
    repo = client.dnn_model_repo
    yield repo
    for model in repo.list_models():
        if model.source.startswith(str(MODELS_ROOT)) or model.path.startswith(str(MODELS_ROOT)):
            repo.delete_model(model.key)
    repo.prune_install_jobs()


@pytest.mark.smoke
def test_install_in_place_then_get_update_and_delete(models: DnnModelRepository) -> None:
    path = write_tiny_embedding(fresh_folder("in-place") / "tiny-in-place.safetensors", seed=1)
    reports: list[InstallProgress] = []

    handle = models.install_model(str(path), inplace=True)
    info = handle.wait_until(timeout=INSTALL_TIMEOUT_S, on_progress=reports.append)

    assert info.status == "completed" and not info.already_installed
    assert info.model_key is not None and info.source == str(path) and info.inplace
    assert isinstance(info.job, ModelInstallJob) and info.job.status == InstallStatus.COMPLETED
    assert reports[-1].status == "completed"
    assert reports[-1].bytes == reports[-1].total_bytes == path.stat().st_size
    assert reports[-1].percentage == 100.0

    model = models.get_model(info.model_key)
    assert isinstance(model, ModelConfig)
    assert (model_type(model), model_format(model), model_base(model)) == (
        "embedding",
        "embedding_file",
        "sd-1",
    )
    assert model.path == str(path) and model.name == "tiny-in-place"

    embeddings = models.list_models(type="embedding", base="sd-1")
    assert info.model_key in [m.key for m in embeddings]
    assert [m.key for m in models.list_models(name="tiny-in-place")] == [info.model_key]
    assert models.list_models(base=["sdxl"], type="embedding", name="tiny-in-place") == []
    by_attrs = models.get_model_by_attrs("tiny-in-place", "embedding", "sd-1")
    assert by_attrs.key == info.model_key

    updated = models.update_model(
        info.model_key, {"name": "tiny-renamed", "description": "a tiny test embedding"}
    )
    assert (updated.name, updated.key) == ("tiny-renamed", info.model_key)
    assert models.get_model(info.model_key).name == "tiny-renamed"

    models.delete_model(info.model_key)
    with pytest.raises(NotFoundError):
        models.get_model(info.model_key)
    assert path.exists()  # a model installed in place keeps its file


def test_install_copied_into_the_models_folder(models: DnnModelRepository) -> None:
    path = write_tiny_embedding(fresh_folder("copied") / "tiny-copied.safetensors", seed=2)

    info = models.install_model(str(path)).wait_until(timeout=INSTALL_TIMEOUT_S)

    assert info.status == "completed" and not info.inplace
    model = models.get_model(info.model_key or "")
    # The server keeps the copy under its models folder: a path relative to it.
    assert model.source == str(path) and not model.path.startswith("/")
    assert model.path.endswith("tiny-copied.safetensors")
    models.delete_model(model.key)
    assert model.key not in [m.key for m in models.list_models()]


def test_installing_the_same_path_again_is_idempotent(models: DnnModelRepository) -> None:
    path = write_tiny_embedding(fresh_folder("again") / "tiny-again.safetensors", seed=3)
    first = models.install_model(str(path), inplace=True).wait_until(timeout=INSTALL_TIMEOUT_S)

    again = models.install_model(str(path), inplace=True)
    info = again.wait_until(timeout=INSTALL_TIMEOUT_S)

    assert info.status == "completed" and info.already_installed and again.already_installed
    assert info.model_key == first.model_key
    # The server's own record of the second job says what really happened.
    assert info.job.status == InstallStatus.ERROR
    assert info.error_reason == "DuplicateModelException"
    assert [m.key for m in models.list_models(name="tiny-again")] == [first.model_key]

    with pytest.raises(ModelInstallJobFailedError) as caught:
        models.install_model(str(path), inplace=True, idempotent=False).wait_until(
            timeout=INSTALL_TIMEOUT_S
        )
    assert caught.value.info.error_reason == "DuplicateModelException"


def test_installing_a_missing_path_raises_unsupported_model_source(
    models: DnnModelRepository,
) -> None:
    missing = str(MODELS_ROOT / "missing" / "no-such-model.safetensors")

    with pytest.raises(UnsupportedModelSourceError) as caught:
        models.install_model(missing, inplace=True)

    error = caught.value
    assert isinstance(error, ConflictError) and error.status_code == 409
    assert error.source == missing
    assert "Unsupported model source" in str(error.detail)
    assert missing not in [m.source for m in models.list_models()]


def test_a_job_that_fails_raises_model_install_job_failed_with_the_job_info(
    models: DnnModelRepository,
) -> None:
    notes = fresh_folder("fails") / "notes.txt"
    notes.write_text("not a model\n")
    handle = models.install_model(str(notes), inplace=True)

    with pytest.raises(ModelInstallJobFailedError) as caught:
        handle.wait_until(timeout=INSTALL_TIMEOUT_S)

    error = caught.value
    assert error.job_id == handle.job_id and error.info.id == handle.job_id
    assert error.info.status == "error" and error.info.job.status == InstallStatus.ERROR
    assert error.error_reason and error.error  # the server's exception name and message
    assert error.info.source == str(notes) and error.info.model_key is None
    assert error.error_reason in str(error)


def test_a_download_that_fails_raises_model_install_job_failed(
    models: DnnModelRepository,
) -> None:
    # Nothing listens on port 1 (and 6.x refuses loopback downloads outright).
    url = "http://127.0.0.1:1/tiny.safetensors"
    handle = models.install_model(url)

    with pytest.raises(ModelInstallJobFailedError) as caught:
        handle.wait_until(timeout=INSTALL_TIMEOUT_S)

    assert caught.value.info.source == url and caught.value.info.status == "error"
    assert caught.value.error_reason in {"UnsafeDownloadURLException", "ConnectionError"}


@pytest.mark.invokeai_versions(since="6.12.0")
def test_an_unidentifiable_file_is_registered_as_unknown_and_listing_still_works(
    models: DnnModelRepository,
) -> None:
    # InvokeAI 6.x registers what it cannot identify as type 'unknown' (older servers refuse).
    folder = fresh_folder("unknown")
    mystery = write_not_a_model(folder / "mystery.safetensors")
    tiny = write_tiny_embedding(folder / "tiny-beside.safetensors", seed=4)

    unknown = models.install_model(str(mystery), inplace=True).wait_until(INSTALL_TIMEOUT_S)
    known = models.install_model(str(tiny), inplace=True).wait_until(INSTALL_TIMEOUT_S)

    listed = {m.key: m for m in models.list_models()}
    assert model_type(listed[unknown.model_key or ""]) == "unknown"
    assert model_base(listed[unknown.model_key or ""]) == "unknown"
    assert model_type(listed[known.model_key or ""]) == "embedding"
    assert [m.key for m in models.list_models(type="unknown")] == [unknown.model_key]


def test_scan_folder_tells_installed_models_from_new_ones(models: DnnModelRepository) -> None:
    folder = fresh_folder("scan")
    installed = write_tiny_embedding(folder / "tiny-installed.safetensors", seed=5)
    new = write_tiny_embedding(folder / "sub" / "tiny-new.safetensors", seed=6)
    models.install_model(str(installed), inplace=True).wait_until(INSTALL_TIMEOUT_S)

    found = {f.path: f.is_installed for f in models.scan_folder(str(folder))}

    assert found == {str(installed): True, str(new): False}


def test_install_jobs_are_listed_read_and_pruned(models: DnnModelRepository) -> None:
    path = write_tiny_embedding(fresh_folder("jobs") / "tiny-jobs.safetensors", seed=7)
    info = models.install_model(str(path), inplace=True).wait_until(INSTALL_TIMEOUT_S)

    assert info.id in [job.job_id for job in models.list_install_jobs()]
    again = models.get_install_job(info.id)
    assert again is not None
    assert again.info.status == "completed" and again.info.model_key == info.model_key
    assert again.cancel().status == "completed"  # a finished job is left as it is

    models.prune_install_jobs()

    assert models.list_install_jobs() == []
    assert models.get_install_job(info.id) is None  # the documented answer for a missing job
    with pytest.raises(ModelInstallJobNotFoundError) as caught:
        models.get_install_job(info.id, strict=True)
    assert caught.value.job_id == info.id and isinstance(caught.value, NotFoundError)
    with pytest.raises(ModelInstallJobNotFoundError):
        models.cancel_install_job(info.id)


@pytest.mark.invokeai_versions(since="6.12.0")
def test_pause_and_resume_leave_a_finished_job_as_it_is(models: DnnModelRepository) -> None:
    path = write_tiny_embedding(fresh_folder("pause") / "tiny-pause.safetensors", seed=8)
    handle = models.install_model(str(path), inplace=True)
    handle.wait_until(INSTALL_TIMEOUT_S)

    assert handle.pause().status == "completed"
    assert handle.resume().status == "completed"


@pytest.mark.invokeai_versions(before="6.12.0")
def test_pause_is_unsupported_before_6_12(models: DnnModelRepository) -> None:
    with pytest.raises(UnsupportedByServerError, match=r"6\.12\.0"):
        models.pause_install_job(0)


@pytest.mark.invokeai_versions(since="6.12.0")
async def test_async_install_and_wait(aclient: AsyncInvokeAIClient) -> None:
    repo = aclient.dnn_model_repo
    path = write_tiny_embedding(fresh_folder("async") / "tiny-async.safetensors", seed=9)
    reports: list[str] = []

    async def on_progress(progress: InstallProgress) -> None:
        reports.append(progress.status)

    handle = await repo.install_model(str(path), inplace=True)
    try:
        info = await handle.wait_until(timeout=INSTALL_TIMEOUT_S, on_progress=on_progress)

        assert info.status == "completed" and reports[-1] == "completed"
        again = await repo.install_model(str(path), inplace=True)
        assert (await again.wait_until(timeout=INSTALL_TIMEOUT_S)).model_key == info.model_key
    finally:
        for model in await repo.list_models(name="tiny-async"):
            await repo.delete_model(model.key)
        await repo.prune_install_jobs()


def test_models_of_every_server_line_keep_their_fields(
    models: DnnModelRepository, server_version: str
) -> None:
    # Whatever the server line, a listed model exposes its key, name, type, base and path;
    # 4.x configs lack fields 6.x added (file_size): filled in, they parse into the same class.
    path = write_tiny_embedding(fresh_folder("fields") / "tiny-fields.safetensors", seed=10)
    info = models.install_model(str(path), inplace=True).wait_until(INSTALL_TIMEOUT_S)

    (model,) = models.list_models(name="tiny-fields")

    assert model.key == info.model_key and model.path == str(path)
    assert (model_type(model), model_base(model)) == ("embedding", "sd-1")
    assert model.hash_.startswith("blake3:")
    assert isinstance(model, TIFileSD1Config)
    if server_version == "4.2.9":
        assert model.file_size == 0  # not reported by 4.x
