# Generated from _async/dnn_model_repo.py by scripts/unasync.py: do not edit by hand.
"""The server's models (``client.dnn_model_repo``, the model manager on ``/api/v2/models``):
discovery and management here; install jobs, the cache and the Hugging Face login as
sub-resources (``installs``, ``cache``, ``huggingface``), with the names the original client
documented kept as delegates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from invokeai_api.models import (
    BaseModelType,
    BulkDeleteModelsResponse,
    CacheStats,
    DeleteOrphanedModelsResponse,
    FoundModel,
    HFTokenStatus,
    ModelFormat,
    ModelRecordChanges,
    ModelType,
    OrphanedModelInfo,
    StarterModelResponse,
)

from .._backends._sync_only import deprecated, in_thread
from .._core.dnn_models import requests as models
from .._core.dnn_models.configs import ModelConfig
from .._core.dnn_models.job_info import ModelInstJobInfo
from .._core.dnn_models.types import DnnModel
from .._core.errors import InvalidInputError, ModelInstallJobNotFoundError, NotFoundError
from ._requester import Requester
from .huggingface import HuggingFace
from .install_job import ModelInstJobHandle
from .model_cache import ModelCache
from .model_installs import ModelInstalls


class DnnModelRepository:
    """The server's models: discovery and management; install jobs (:attr:`installs`), the
    cache (:attr:`cache`) and the Hugging Face login (:attr:`huggingface`).

    Example:
        ```python
        models = client.dnn_model_repo
        print(len(models.list_models(base="sdxl", type="main")))
        handle = models.install_model("/srv/models/tiny-sd1", inplace=True)
        info = handle.wait_until(timeout=600, on_progress=lambda p: print(p.percentage))
        installed = models.get_model(info.model_key)
        ```

    Model configs come back as the generated config classes (``TIFileSD1Config``,
    ``MainCheckpointSDXLConfig``...), or as :class:`RawModelConfig` for a kind these bindings
    cannot parse, so that one unknown model never breaks a listing. Model-management routes are
    admin-only on multi-user servers.
    """

    def __init__(self, requester: Requester) -> None:
        self._ctx = requester
        self.installs = ModelInstalls(requester)
        """Install jobs: ``start``, ``start_huggingface``, ``list``, ``get``, ``cancel``,
        ``pause``, ``resume``, ``prune``."""
        self.cache = ModelCache(requester)
        """The model cache: ``stats``, ``empty``."""
        self.huggingface = HuggingFace(requester)
        """The Hugging Face login: ``status``, ``login``, ``logout``."""

    # ------------------------------------------------------------------------ discovery
    def list_models(
        self,
        *,
        base: BaseModelType | str | Iterable[BaseModelType | str] | None = None,
        type: ModelType | str | None = None,
        name: str | None = None,
        format: ModelFormat | str | None = None,
    ) -> list[ModelConfig]:
        """Every installed model (a fresh request each time), optionally filtered by the server
        on base(s) (``"sdxl"`` or ``["sd-1", "sdxl"]``), type (``"main"``, ``"lora"``...),
        exact name and format.

        Raises:
            InvalidInputError: a base, type or format the bindings do not know (nothing sent).
        """
        return self._ctx.call(models.list_models(base=base, type=type, name=name, format=format))

    def get_model(self, key: str) -> ModelConfig:
        """The model with that key. Raises ``NotFoundError`` when there is none."""
        return self._ctx.call(models.get(key))

    def get_model_by_key(self, key: str, *, strict: bool = False) -> DnnModel | None:
        """The model with that key as a :class:`DnnModel` (the original client's record:
        ``type``, ``base``, ``format`` as enums), or None when there is none (``strict=True``:
        raise ``NotFoundError`` instead). :meth:`get_model` returns the full config."""
        try:
            return DnnModel.from_config(self.get_model(key))
        except NotFoundError:
            if strict:
                raise
            return None

    def get_model_by_attrs(
        self,
        name: str,
        type: ModelType | str,
        base: BaseModelType | str,
    ) -> ModelConfig:
        """The model with that name, type and base. Raises ``NotFoundError`` when none."""
        return self._ctx.call(models.by_attrs(name, type, base))

    def get_model_by_hash(self, hash: str) -> ModelConfig:
        """The model whose file(s) have that hash (``"blake3:..."``), e.g. to find a model that
        was deleted and reinstalled under a new key (InvokeAI 6.12+).

        Raises:
            NotFoundError: no model has that hash.
            UnsupportedByServerError: the server is older than 6.12.
        """
        self._ctx.require("model_by_hash")
        return self._ctx.call(models.by_hash(hash))

    def list_missing_models(self) -> list[ModelConfig]:
        """Models whose files are missing from disk (InvokeAI 6.12+)."""
        self._ctx.require("model_missing")
        return self._ctx.call(models.missing())

    def scan_folder(self, path: str) -> list[FoundModel]:
        """Models found in a folder *on the server's machine* (recursively), each with
        ``is_installed``.

        Raises:
            BadRequestError: the server cannot scan that path (e.g. it does not exist).
        """
        return self._ctx.call(models.scan(path))

    def get_starter_models(self) -> StarterModelResponse:
        """The starter models and bundles the server offers to install."""
        return self._ctx.call(models.starter_models())

    # ------------------------------------------------------------------------ managing
    def update_model(
        self, key: str, changes: ModelRecordChanges | Mapping[str, Any]
    ) -> ModelConfig:
        """Change a model's record (``{"name": ..., "description": ..., "trigger_phrases":
        [...], "default_settings": {...}}``...); returns the updated config.

        Raises:
            InvalidInputError: a field ``ModelRecordChanges`` does not have (nothing sent).
            NotFoundError: no model has that key.
        """
        return self._ctx.call(models.update(key, changes))

    def convert_model(self, key: str) -> ModelConfig:
        """Convert a main SD1/SD2/SDXL checkpoint into diffusers format, in place (permanent);
        returns the new config.

        Raises:
            BadRequestError: the model is not such a checkpoint.
            NotFoundError: no model has that key (the server answers 424 here).
        """
        return self._ctx.call(models.convert(key))

    def delete_model(self, key: str) -> None:
        """Delete a model's record; files the server keeps in its models folder are deleted
        too, files installed in place elsewhere are left on disk.

        Raises:
            NotFoundError: no model has that key.
        """
        self._ctx.call(models.delete(key))

    def delete_all_models(self, *, confirm: bool) -> BulkDeleteModelsResponse:
        """Delete every installed model. ``confirm=True`` must be passed explicitly: this deletes
        user data (records, and the files inside the server's models folder).

        Returns the keys deleted (and, with InvokeAI 6.10+, which ones failed and why).

        Raises:
            InvalidInputError: ``confirm`` is not True (nothing is deleted).
        """
        if confirm is not True:
            raise InvalidInputError(
                "delete_all_models deletes every model on the server; pass confirm=True to do it"
            )
        keys = [model.key for model in self.list_models()]
        if not keys:
            return BulkDeleteModelsResponse(deleted=[], failed=[])
        if self._ctx.supports("model_bulk_delete"):
            return self._ctx.call(models.delete_many(keys))
        for key in keys:
            self.delete_model(key)
        return BulkDeleteModelsResponse(deleted=keys, failed=[])

    def get_orphaned_models(self) -> list[OrphanedModelInfo]:
        """Folders in the server's models folder that no model record uses (InvokeAI 6.12+)."""
        self._ctx.require("model_orphans")
        return self._ctx.call(models.orphans())

    def delete_orphaned_models(self, paths: Iterable[str]) -> DeleteOrphanedModelsResponse:
        """Delete orphaned folders, given by their ``path`` (relative to the models folder) as
        listed by :meth:`get_orphaned_models` (InvokeAI 6.12+)."""
        spec = models.delete_orphans(paths)
        self._ctx.require("model_orphans")
        return self._ctx.call(spec)

    # ------------------------------------------------------------------------ delegates
    # The names the original client documented, on their sub-resources now.
    def install_model(
        self,
        source: str,
        *,
        inplace: bool = False,
        config: ModelRecordChanges | Mapping[str, Any] | None = None,
        access_token: str | None = None,
        idempotent: bool = True,
    ) -> ModelInstJobHandle:
        """Start installing a model; returns a handle to follow the install job (see
        :meth:`installs.start <ModelInstalls.start>`).

        Raises:
            UnsupportedModelSourceError: the server cannot use the source (HTTP 409).
            InvalidInputError: an empty source, a non-bool ``inplace`` or an unknown config
                field (nothing sent).
        """
        return self.installs.start(
            source, inplace=inplace, config=config, access_token=access_token, idempotent=idempotent
        )

    def install_huggingface(
        self,
        repo_id: str,
        *,
        config: ModelRecordChanges | Mapping[str, Any] | None = None,
        access_token: str | None = None,
        idempotent: bool = True,
    ) -> ModelInstJobHandle:
        """Start installing a model from Hugging Face: ``owner/name``, ``owner/name:variant``
        or ``owner/name::subfolder`` (see :meth:`install_model`).

        Raises:
            InvalidInputError: ``repo_id`` is not of the form ``owner/name`` (nothing sent).
        """
        return self.installs.start_huggingface(
            repo_id, config=config, access_token=access_token, idempotent=idempotent
        )

    def list_install_jobs(self) -> list[ModelInstJobHandle]:
        """Every install job the server remembers (until pruned), oldest first, as handles
        with the job as read now (``handle.job_id``, ``handle.info``)."""
        return self.installs.list()

    def get_install_job(self, job_id: int, *, strict: bool = False) -> ModelInstJobHandle | None:
        """A handle on an existing install job (read from the server now), or None when the
        server knows no job with that id (it may have been pruned).

        Raises:
            ModelInstallJobNotFoundError: with ``strict=True``, instead of returning None.
        """
        try:
            return self.installs.get(job_id)
        except ModelInstallJobNotFoundError:
            if strict:
                raise
            return None

    def cancel_install_job(self, job_id: int) -> None:
        """Ask the server to cancel an install job (see :meth:`installs.cancel
        <ModelInstalls.cancel>`).

        Raises:
            ModelInstallJobNotFoundError: no job has that id.
        """
        self.installs.cancel(job_id)

    def pause_install_job(self, job_id: int) -> ModelInstJobInfo:
        """Pause a job's downloads (InvokeAI 6.12+); a job that is not downloading is returned
        as it is. Raises ``UnsupportedByServerError`` on older servers."""
        return self.installs.pause(job_id)

    def resume_install_job(self, job_id: int) -> ModelInstJobInfo:
        """Resume a paused job (InvokeAI 6.12+)."""
        return self.installs.resume(job_id)

    def prune_install_jobs(self) -> None:
        """Forget every finished (completed, failed or cancelled) install job."""
        self.installs.prune()

    def empty_model_cache(self) -> None:
        """Drop every model from the server's RAM/VRAM cache (models in use stay) (5.6.1+)."""
        self.cache.empty()

    def get_cache_stats(self) -> CacheStats | None:
        """Statistics of the model cache; None when no model was loaded yet."""
        return self.cache.stats()

    get_stats = get_cache_stats  # the original client's name (_core/names.py, ALIASES)

    def hf_login_status(self) -> HFTokenStatus:
        """Whether the server holds a valid Hugging Face token (``valid`` / ``invalid`` /
        ``unknown``) (InvokeAI 5.3.1+)."""
        return self.huggingface.status()

    hf_status = hf_login_status  # the original client's name (_core/names.py, ALIASES)

    def hf_login(self, token: str) -> HFTokenStatus:
        """Store a Hugging Face token on the server (for gated repos); returns its status."""
        return self.huggingface.login(token)

    def hf_logout(self) -> HFTokenStatus:
        """Remove the server's Hugging Face token; returns the status afterwards."""
        return self.huggingface.logout()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"

    # Only the blocking client has these (_core/names.py, SYNC_ONLY):
    # a name of this client's 0.1 preview, kept one release (it warns)
    ainstall_model = deprecated(
        "ainstall_model",
        in_thread(install_model),
        "AsyncInvokeAIClient's dnn_model_repo.install_model",
    )
