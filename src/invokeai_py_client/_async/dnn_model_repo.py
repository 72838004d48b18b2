"""Collection-level model management on ``/api/v2/models`` (the model manager)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from invokeai_api.api.model_manager import (
    bulk_delete_models,
    cancel_model_install_job,
    convert_model,
    delete_model,
    delete_orphaned_models,
    do_hf_login,
    empty_model_cache,
    get_hf_login_status,
    get_model_install_job,
    get_model_record,
    get_model_records_by_attrs,
    get_model_records_by_hash,
    get_orphaned_models,
    get_starter_models,
    get_stats,
    install_model,
    list_missing_models,
    list_model_installs,
    list_model_records,
    pause_model_install_job,
    prune_model_install_jobs,
    reset_hf_token,
    resume_model_install_job,
    scan_for_models,
    update_model_record,
)
from invokeai_api.models import (
    BaseModelType,
    BodyDoHfLogin,
    BulkDeleteModelsRequest,
    BulkDeleteModelsResponse,
    CacheStats,
    DeleteOrphanedModelsRequest,
    DeleteOrphanedModelsResponse,
    FoundModel,
    HFTokenStatus,
    ModelFormat,
    ModelRecordChanges,
    ModelType,
    OrphanedModelInfo,
    StarterModelResponse,
)
from invokeai_api.types import UNSET, Unset

from .._core.dnn_models.configs import ModelConfig, parse_model_config, parse_model_configs
from .._core.dnn_models.job_info import ModelInstJobInfo
from .._core.dnn_models.types import DnnModel
from .._core.errors import (
    APIStatusError,
    ConflictError,
    InvalidInputError,
    ModelInstallJobFailedError,
    ModelInstallJobNotFoundError,
    NotFoundError,
    UnexpectedResponseError,
    UnsupportedMediaTypeError,
    UnsupportedModelSourceError,
)
from .._extras import AsyncDnnModelRepositoryExtras
from .._generated import expect
from ._context import AsyncContext
from .install_job import AsyncModelInstJobHandle

E = TypeVar("E", bound=StrEnum)
# How the server words a duplicate (the same in 4.2, 5.x and 6.x).
_DUPLICATE_PATH = re.compile(r"A model with path '(?P<path>.+)' is already installed")
_DUPLICATE_KEY = re.compile(r"A model with key '(?P<key>[^']+)' is already installed")
_DUPLICATE_ATTRS = re.compile(
    r"A model with name='(?P<name>.*)', type='(?P<type>[^']*)', base='(?P<base>[^']*)' is already"
)
_DUPLICATE_DEST = re.compile(r"is already installed at (?P<dest>.+)$")


def _enum(kind: type[E], value: Any, what: str) -> E:
    if isinstance(value, kind):
        return value
    raw = getattr(value, "value", value)
    try:
        return kind(raw)
    except ValueError:
        known = ", ".join(sorted(member.value for member in kind))
        raise InvalidInputError(f"{what} must be one of {known}; got {value!r}") from None


def _text_arg(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"{what} must be a non-empty string, got {value!r}")
    return value


def _job_id_arg(job_id: Any) -> int:
    if isinstance(job_id, bool) or not isinstance(job_id, int) or job_id < 0:
        raise InvalidInputError(f"job_id must be an integer >= 0, got {job_id!r}")
    return job_id


def _record_changes(changes: ModelRecordChanges | Mapping[str, Any] | None) -> ModelRecordChanges:
    if changes is None:
        return ModelRecordChanges()
    if isinstance(changes, ModelRecordChanges):
        return changes
    if not isinstance(changes, Mapping):
        raise InvalidInputError(
            f"changes must be a ModelRecordChanges or a mapping of its fields, got {changes!r}"
        )
    unknown = sorted(set(changes) - _record_fields())
    if unknown:
        raise InvalidInputError(
            f"unknown model record field(s) {', '.join(map(repr, unknown))}; known: "
            f"{', '.join(sorted(_record_fields()))}"
        )
    try:
        return ModelRecordChanges.from_dict(dict(changes))
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidInputError(f"invalid model record changes {dict(changes)!r}: {exc}") from exc


def _record_fields() -> frozenset[str]:
    import attrs

    return frozenset(
        field.name.rstrip("_")
        for field in attrs.fields(ModelRecordChanges)
        if field.name != "additional_properties"
    )


class AsyncDnnModelRepository(AsyncDnnModelRepositoryExtras):
    """The server's models: discovery, install jobs, and management.

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

    def __init__(self, context: AsyncContext) -> None:
        self._ctx = context

    # Routes whose answers contain model configs are parsed here rather than by the generated
    # union parser (which raises on a config it does not know); the generated ``build_request``
    # still builds each request.

    @staticmethod
    def _models_of(payload: Any) -> list[ModelConfig]:
        models = payload.get("models") if isinstance(payload, Mapping) else None
        if not isinstance(models, list):
            raise UnexpectedResponseError(f"expected {{'models': [...]}}, got {payload!r}")
        return parse_model_configs(models)

    # ------------------------------------------------------------------------ discovery
    async def list_models(
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
        bases: list[BaseModelType] | Unset = UNSET
        if base is not None:
            items = [base] if isinstance(base, str) else list(base)
            bases = [_enum(BaseModelType, item, "base") for item in items]
        request = self._ctx.build(
            list_model_records,
            base_models=bases,
            model_type=UNSET if type is None else _enum(ModelType, type, "type"),
            model_name=UNSET if name is None else _text_arg(name, "name"),
            model_format=UNSET if format is None else _enum(ModelFormat, format, "format"),
        )
        return self._models_of(await self._ctx.send_json(request))

    async def get_model(self, key: str) -> ModelConfig:
        """The model with that key. Raises ``NotFoundError`` when there is none."""
        return parse_model_config(
            await self._ctx.send_json(self._ctx.build(get_model_record, _text_arg(key, "key")))
        )

    async def get_model_by_key(self, key: str, *, strict: bool = False) -> DnnModel | None:
        """The model with that key as a :class:`DnnModel` (the original client's record:
        ``type``, ``base``, ``format`` as enums), or None when there is none (``strict=True``:
        raise ``NotFoundError`` instead). :meth:`get_model` returns the full config."""
        try:
            return DnnModel.from_config(await self.get_model(key))
        except NotFoundError:
            if strict:
                raise
            return None

    async def get_model_by_attrs(
        self,
        name: str,
        type: ModelType | str,
        base: BaseModelType | str,
    ) -> ModelConfig:
        """The model with that name, type and base. Raises ``NotFoundError`` when none."""
        request = self._ctx.build(
            get_model_records_by_attrs,
            name=_text_arg(name, "name"),
            type_=_enum(ModelType, type, "type"),
            base=_enum(BaseModelType, base, "base"),
        )
        return parse_model_config(await self._ctx.send_json(request))

    async def get_model_by_hash(self, hash: str) -> ModelConfig:
        """The model whose file(s) have that hash (``"blake3:..."``), e.g. to find a model that
        was deleted and reinstalled under a new key (InvokeAI 6.12+).

        Raises:
            NotFoundError: no model has that hash.
            UnsupportedByServerError: the server is older than 6.12.
        """
        await self._ctx.require("model_by_hash")
        request = self._ctx.build(get_model_records_by_hash, hash_=_text_arg(hash, "hash"))
        return parse_model_config(await self._ctx.send_json(request))

    async def list_missing_models(self) -> list[ModelConfig]:
        """Models whose files are missing from disk (InvokeAI 6.12+)."""
        await self._ctx.require("model_missing")
        return self._models_of(await self._ctx.send_json(self._ctx.build(list_missing_models)))

    async def update_model(
        self, key: str, changes: ModelRecordChanges | Mapping[str, Any]
    ) -> ModelConfig:
        """Change a model's record (``{"name": ..., "description": ..., "trigger_phrases":
        [...], "default_settings": {...}}``...); returns the updated config.

        Raises:
            InvalidInputError: a field ``ModelRecordChanges`` does not have (nothing sent).
            NotFoundError: no model has that key.
        """
        body = _record_changes(changes)
        request = self._ctx.build(update_model_record, _text_arg(key, "key"), body=body)
        return parse_model_config(await self._ctx.send_json(request))

    # ------------------------------------------------------------------------ installing
    def _install_request(
        self,
        source: str,
        inplace: bool,
        config: ModelRecordChanges | Mapping[str, Any] | None,
        access_token: str | None,
    ) -> dict[str, Any]:
        _text_arg(source, "source")
        if not isinstance(inplace, bool):
            raise InvalidInputError(f"inplace must be True or False, got {inplace!r}")
        return self._ctx.build(
            install_model,
            body=_record_changes(config),
            source=source,
            inplace=inplace,
            access_token=UNSET if access_token is None else access_token,
        )

    async def _install_handle(self, payload: Any, idempotent: bool) -> AsyncModelInstJobHandle:
        info = ModelInstJobInfo.from_payload(payload)
        if idempotent and info.is_duplicate:
            info = await self._already_installed(info)
        return AsyncModelInstJobHandle(self, info, idempotent=idempotent)

    async def install_model(
        self,
        source: str,
        *,
        inplace: bool = False,
        config: ModelRecordChanges | Mapping[str, Any] | None = None,
        access_token: str | None = None,
        idempotent: bool = True,
    ) -> AsyncModelInstJobHandle:
        """Start installing a model; returns a handle to follow the install job.

        ``source`` is a path *on the server's machine* (a file or a diffusers folder), a URL
        of a model file, or a Hugging Face repo id (``owner/name``, ``owner/name:fp16``,
        ``owner/name::subfolder``). With ``inplace`` a local model stays where it is;
        otherwise the server moves (6.x) or copies (4.x/5.x) it into its models folder.
        ``config`` overrides what the server probes (``{"name": ..., "description": ...}``);
        ``access_token`` is sent for URLs that need one.

        With ``idempotent`` (the default) a source that is installed already is not an error:
        the handle's wait returns ``status == "completed"``, ``already_installed == True`` and
        the existing model's key.

        Raises:
            UnsupportedModelSourceError: the server cannot use the source (HTTP 409
                ``Unsupported model source``): typically a path that does not exist on the
                server's machine. This is not "already installed".
            InvalidInputError: an empty source, a non-bool ``inplace`` or an unknown config
                field (nothing sent).
        """
        request = self._install_request(source, inplace, config, access_token)
        try:
            payload = await self._ctx.send_json(request)
        except ConflictError as exc:
            raise UnsupportedModelSourceError(exc.response, source=source) from exc
        return await self._install_handle(payload, idempotent)

    async def install_huggingface(
        self,
        repo_id: str,
        *,
        config: ModelRecordChanges | Mapping[str, Any] | None = None,
        access_token: str | None = None,
        idempotent: bool = True,
    ) -> AsyncModelInstJobHandle:
        """Start installing a model from Hugging Face: ``owner/name``, ``owner/name:variant``
        or ``owner/name::subfolder`` (see :meth:`install_model`).

        Raises:
            InvalidInputError: ``repo_id`` is not of the form ``owner/name`` (nothing sent).
        """
        text = _text_arg(repo_id, "repo_id")
        owner, _, rest = text.partition("/")
        if not owner or not rest or rest.startswith("/") or "://" in text or text.startswith("."):
            raise InvalidInputError(f"repo_id must look like 'owner/name', got {repo_id!r}")
        return await self.install_model(
            text, config=config, access_token=access_token, idempotent=idempotent
        )

    async def list_install_jobs(self) -> list[AsyncModelInstJobHandle]:
        """Every install job the server remembers (until pruned), oldest first, as handles
        with the job as read now (``handle.job_id``, ``handle.info``)."""
        payload = await self._ctx.send_json(self._ctx.build(list_model_installs))
        if not isinstance(payload, list):
            raise UnexpectedResponseError(f"expected a list of install jobs, got {payload!r}")
        return [
            AsyncModelInstJobHandle(self, ModelInstJobInfo.from_payload(item)) for item in payload
        ]

    async def get_install_job(
        self, job_id: int, *, strict: bool = False
    ) -> AsyncModelInstJobHandle | None:
        """A handle on an existing install job (read from the server now), or None when the
        server knows no job with that id (it may have been pruned).

        Raises:
            ModelInstallJobNotFoundError: with ``strict=True``, instead of returning None.
        """
        try:
            return AsyncModelInstJobHandle(self, await self._get_job_info(job_id))
        except ModelInstallJobNotFoundError:
            if strict:
                raise
            return None

    async def _get_job_info(self, job_id: int) -> ModelInstJobInfo:
        request = self._ctx.build(get_model_install_job, _job_id_arg(job_id))
        try:
            return ModelInstJobInfo.from_payload(await self._ctx.send_json(request))
        except NotFoundError as exc:
            raise ModelInstallJobNotFoundError(exc.response, job_id=job_id) from exc

    async def _wait_for_job(
        self, job_id: int, timeout: float | None, on_update: Any, poll_interval: float
    ) -> ModelInstJobInfo:
        # Follows the job's model_install_* events (reading the job when one arrives), and
        # polls when no socket can be opened.
        return await self._ctx.follow_install(
            job_id,
            fetch=self._get_job_info,
            timeout=timeout,
            on_update=on_update,
            poll_interval=poll_interval,
        )

    async def _job_action(self, module: Any, job_id: int) -> Any:
        request = self._ctx.build(module, _job_id_arg(job_id))
        try:
            return await self._ctx.send_json(request)
        except (NotFoundError, UnsupportedMediaTypeError) as exc:
            # InvokeAI answers 415 "No job with id N known" to actions on an unknown job.
            raise ModelInstallJobNotFoundError(exc.response, job_id=job_id) from exc

    async def cancel_install_job(self, job_id: int) -> None:
        """Ask the server to cancel an install job.

        InvokeAI marks even a finished job ``cancelled`` (an installed model stays installed);
        :meth:`ModelInstJobHandle.cancel` leaves finished jobs alone.

        Raises:
            ModelInstallJobNotFoundError: no job has that id.
        """
        await self._job_action(cancel_model_install_job, job_id)

    async def pause_install_job(self, job_id: int) -> ModelInstJobInfo:
        """Pause a job's downloads (InvokeAI 6.12+); a job that is not downloading is returned
        as it is. Raises ``UnsupportedByServerError`` on older servers."""
        await self._ctx.require("model_install_pause")
        return ModelInstJobInfo.from_payload(
            await self._job_action(pause_model_install_job, job_id)
        )

    async def resume_install_job(self, job_id: int) -> ModelInstJobInfo:
        """Resume a paused job (InvokeAI 6.12+)."""
        await self._ctx.require("model_install_pause")
        return ModelInstJobInfo.from_payload(
            await self._job_action(resume_model_install_job, job_id)
        )

    async def prune_install_jobs(self) -> None:
        """Forget every finished (completed, failed or cancelled) install job."""
        await self._ctx.send(self._ctx.build(prune_model_install_jobs))

    # ------------------------------------------------------------------------ duplicates
    async def _already_installed(self, info: ModelInstJobInfo) -> ModelInstJobInfo:
        """The completed outcome of a job refused as a duplicate: the model already there."""
        existing = await self._find_existing(info)
        if existing is None:
            raise ModelInstallJobFailedError(
                f"model install job {info.id} ({info.source}) was refused as already installed "
                f"({info.error}), but no installed model matches it",
                info=info,
            )
        return ModelInstJobInfo(
            info.job, status="completed", config=existing, already_installed=True
        )

    async def _find_existing(self, info: ModelInstJobInfo) -> ModelConfig | None:
        message = info.error or ""
        match = _DUPLICATE_KEY.search(message)
        if match:
            return await self._model_or_none(match["key"])
        match = _DUPLICATE_ATTRS.search(message)
        if match:
            try:
                return await self.get_model_by_attrs(match["name"], match["type"], match["base"])
            except (NotFoundError, InvalidInputError):
                pass
        match = _DUPLICATE_DEST.search(message)
        if match:
            # 6.x installs into <models>/<key>/: the destination names the key.
            by_key = await self._model_or_none(match["dest"].rstrip("/").rsplit("/", 1)[-1])
            if by_key is not None:
                return by_key
        wanted = [m["path"] for m in [_DUPLICATE_PATH.search(message)] if m]
        wanted += [match["dest"]] if match else []
        wanted += [info.local_path, info.source]
        models = await self.list_models()
        for path in wanted:
            for model in models:
                if _same_path(model.path, path):
                    return model
        same_source = [model for model in models if model.source == info.source]
        return same_source[0] if len(same_source) == 1 else None

    async def _model_or_none(self, key: str) -> ModelConfig | None:
        try:
            return await self.get_model(key)
        except NotFoundError:
            return None

    # ------------------------------------------------------------------------ managing
    async def convert_model(self, key: str) -> ModelConfig:
        """Convert a main SD1/SD2/SDXL checkpoint into diffusers format, in place (permanent);
        returns the new config.

        Raises:
            BadRequestError: the model is not such a checkpoint.
            NotFoundError: no model has that key (the server answers 424 here).
        """
        request = self._ctx.build(convert_model, _text_arg(key, "key"))
        try:
            return parse_model_config(await self._ctx.send_json(request))
        except APIStatusError as exc:
            if exc.status_code == 424:  # InvokeAI's answer for an unknown key here
                raise NotFoundError(exc.response) from exc
            raise

    async def delete_model(self, key: str) -> None:
        """Delete a model's record; files the server keeps in its models folder are deleted
        too, files installed in place elsewhere are left on disk.

        Raises:
            NotFoundError: no model has that key.
        """
        await self._ctx.send(self._ctx.build(delete_model, _text_arg(key, "key")))

    async def delete_all_models(self, *, confirm: bool) -> BulkDeleteModelsResponse:
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
        keys = [model.key for model in await self.list_models()]
        if not keys:
            return BulkDeleteModelsResponse(deleted=[], failed=[])
        if await self._ctx.supports("model_bulk_delete"):
            parsed = await self._ctx.call(
                bulk_delete_models, body=BulkDeleteModelsRequest(keys=keys)
            )
            return expect(parsed, BulkDeleteModelsResponse, "delete all models")
        for key in keys:
            await self.delete_model(key)
        return BulkDeleteModelsResponse(deleted=keys, failed=[])

    async def scan_folder(self, path: str) -> list[FoundModel]:
        """Models found in a folder *on the server's machine* (recursively), each with
        ``is_installed``.

        Raises:
            BadRequestError: the server cannot scan that path (e.g. it does not exist).
        """
        parsed = await self._ctx.call(scan_for_models, scan_path=_text_arg(path, "path"))
        return expect(parsed, list, "scan folder")

    async def empty_model_cache(self) -> None:
        """Drop every model from the server's RAM/VRAM cache (models in use stay) (5.6.1+)."""
        await self._ctx.require("empty_model_cache")
        await self._ctx.call(empty_model_cache)

    async def get_cache_stats(self) -> CacheStats | None:
        """Statistics of the model cache; None when no model was loaded yet."""
        parsed = await self._ctx.call(
            get_stats,
        )
        return parsed if isinstance(parsed, CacheStats) else None

    async def get_stats(self) -> CacheStats | None:
        """The original client's name of :meth:`get_cache_stats`."""
        return await self.get_cache_stats()

    async def get_starter_models(self) -> StarterModelResponse:
        """The starter models and bundles the server offers to install."""
        payload = await self._ctx.send_json(self._ctx.build(get_starter_models))
        if isinstance(payload, list):  # 4.x answered the list of models alone
            payload = {"starter_models": payload, "starter_bundles": {}}
        bundles = payload.get("starter_bundles") if isinstance(payload, dict) else None
        if isinstance(bundles, dict) and any(isinstance(b, list) for b in bundles.values()):
            # 5.x bundled a plain list of models per base; 6.x names each bundle.
            payload = {
                **payload,
                "starter_bundles": {
                    base: {"name": base, "models": b} if isinstance(b, list) else b
                    for base, b in bundles.items()
                },
            }
        try:
            return StarterModelResponse.from_dict(payload)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise UnexpectedResponseError(f"unreadable starter models: {exc!r}") from exc

    async def get_orphaned_models(self) -> list[OrphanedModelInfo]:
        """Folders in the server's models folder that no model record uses (InvokeAI 6.12+)."""
        await self._ctx.require("model_orphans")
        return expect(
            await self._ctx.call(
                get_orphaned_models,
            ),
            list,
            "orphaned models",
        )

    async def delete_orphaned_models(self, paths: Iterable[str]) -> DeleteOrphanedModelsResponse:
        """Delete orphaned folders, given by their ``path`` (relative to the models folder) as
        listed by :meth:`get_orphaned_models` (InvokeAI 6.12+)."""
        paths = [_text_arg(path, "path") for path in ([paths] if isinstance(paths, str) else paths)]
        await self._ctx.require("model_orphans")
        parsed = await self._ctx.call(
            delete_orphaned_models, body=DeleteOrphanedModelsRequest(paths=paths)
        )
        return expect(parsed, DeleteOrphanedModelsResponse, "delete orphaned models")

    # ------------------------------------------------------------------------ Hugging Face
    async def hf_login_status(self) -> HFTokenStatus:
        """Whether the server holds a valid Hugging Face token (``valid`` / ``invalid`` /
        ``unknown``) (InvokeAI 5.3.1+)."""
        await self._ctx.require("hf_login")
        parsed = await self._ctx.call(
            get_hf_login_status,
        )
        return expect(parsed, HFTokenStatus, "Hugging Face login status")

    async def hf_status(self) -> HFTokenStatus:
        """The original client's name of :meth:`hf_login_status`."""
        return await self.hf_login_status()

    async def hf_login(self, token: str) -> HFTokenStatus:
        """Store a Hugging Face token on the server (for gated repos); returns its status."""
        body = BodyDoHfLogin(token=_text_arg(token, "token"))
        await self._ctx.require("hf_login")
        parsed = await self._ctx.call(do_hf_login, body=body)
        return expect(parsed, HFTokenStatus, "Hugging Face login")

    async def hf_logout(self) -> HFTokenStatus:
        """Remove the server's Hugging Face token; returns the status afterwards."""
        await self._ctx.require("hf_login")
        parsed = await self._ctx.call(
            reset_hf_token,
        )
        return expect(parsed, HFTokenStatus, "Hugging Face logout")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"


def _same_path(model_path: str, path: str) -> bool:
    """Whether a model's path (absolute, or relative to the models folder) names ``path``."""
    if not model_path or not path:
        return False
    model_path, path = model_path.rstrip("/"), path.rstrip("/")
    return model_path == path or (
        not model_path.startswith("/") and path.endswith("/" + model_path)
    )
