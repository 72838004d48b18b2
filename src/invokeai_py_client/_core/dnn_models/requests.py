"""The model manager's requests (``/api/v2/models``), I/O-free.

Answers that hold model configs are read by the client's tolerant parser (``configs``), not by
the generated union parser, which raises on a config kind it does not know: one unknown model
never breaks a listing. The generated ``build_request`` still builds each request.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

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

from .. import checks
from ..errors import (
    APIStatusError,
    InvalidInputError,
    ModelInstallJobNotFoundError,
    NotFoundError,
    UnexpectedResponseError,
    UnsupportedModelSourceError,
)
from ..spec import Spec, checked, list_of, nothing, optional
from .configs import ModelConfig, parse_model_config, parse_model_configs
from .job_info import ModelInstJobInfo


def models_of(payload: Any) -> list[ModelConfig]:
    models = payload.get("models") if isinstance(payload, Mapping) else None
    if not isinstance(models, list):
        raise UnexpectedResponseError(f"expected {{'models': [...]}}, got {payload!r}")
    return parse_model_configs(models)


def record_changes(changes: ModelRecordChanges | Mapping[str, Any] | None) -> ModelRecordChanges:
    """A model record's changes, from the generated model or a mapping of its fields."""
    if changes is None:
        return ModelRecordChanges()
    if isinstance(changes, ModelRecordChanges):
        return changes
    if not isinstance(changes, Mapping):
        raise InvalidInputError(
            f"changes must be a ModelRecordChanges or a mapping of its fields, got {changes!r}"
        )
    known = _record_fields()
    unknown = sorted(set(changes) - known)
    if unknown:
        raise InvalidInputError(
            f"unknown model record field(s) {', '.join(map(repr, unknown))}; known: "
            f"{', '.join(sorted(known))}"
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


def repo_id(value: Any) -> str:
    """A Hugging Face repo id: ``owner/name``, ``owner/name:variant``, ``owner/name::subfolder``."""
    text = checks.text(value, "repo_id")
    owner, _, rest = text.partition("/")
    if not owner or not rest or rest.startswith("/") or "://" in text or text.startswith("."):
        raise InvalidInputError(f"repo_id must look like 'owner/name', got {value!r}")
    return text


# ------------------------------------------------------------------------------ discovery
def list_models(
    *,
    base: BaseModelType | str | Iterable[BaseModelType | str] | None = None,
    type: ModelType | str | None = None,
    name: str | None = None,
    format: ModelFormat | str | None = None,
) -> Spec[list[ModelConfig]]:
    bases: list[BaseModelType] | Unset = UNSET
    if base is not None:
        items = [base] if isinstance(base, str) else list(base)
        bases = [checks.member(BaseModelType, item, "base") for item in items]
    return Spec.of(
        list_model_records,
        base_models=bases,
        model_type=UNSET if type is None else checks.member(ModelType, type, "type"),
        model_name=UNSET if name is None else checks.text(name, "name"),
        model_format=UNSET if format is None else checks.member(ModelFormat, format, "format"),
        json=True,
        returns=models_of,
    )


def get(key: str) -> Spec[ModelConfig]:
    return Spec.of(get_model_record, checks.text(key, "key"), json=True, returns=parse_model_config)


def by_attrs(name: str, type: ModelType | str, base: BaseModelType | str) -> Spec[ModelConfig]:
    return Spec.of(
        get_model_records_by_attrs,
        name=checks.text(name, "name"),
        type_=checks.member(ModelType, type, "type"),
        base=checks.member(BaseModelType, base, "base"),
        json=True,
        returns=parse_model_config,
    )


def by_hash(hash: str) -> Spec[ModelConfig]:
    return Spec.of(
        get_model_records_by_hash,
        hash_=checks.text(hash, "hash"),
        json=True,
        returns=parse_model_config,
    )


def missing() -> Spec[list[ModelConfig]]:
    return Spec.of(list_missing_models, json=True, returns=models_of)


def starter_models() -> Spec[StarterModelResponse]:
    return Spec.of(get_starter_models, json=True, returns=_starter_models)


def _starter_models(payload: Any) -> StarterModelResponse:
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


def scan(path: str) -> Spec[list[FoundModel]]:
    return Spec.of(
        scan_for_models, scan_path=checks.text(path, "path"), returns=list_of(FoundModel)
    )


# ------------------------------------------------------------------------------ managing
def update(key: str, changes: ModelRecordChanges | Mapping[str, Any]) -> Spec[ModelConfig]:
    body = record_changes(changes)
    return Spec.of(
        update_model_record,
        checks.text(key, "key"),
        body=body,
        json=True,
        returns=parse_model_config,
    )


def convert(key: str) -> Spec[ModelConfig]:
    """InvokeAI answers 424 for an unknown key here: it means not found."""
    return Spec.of(
        convert_model,
        checks.text(key, "key"),
        json=True,
        returns=parse_model_config,
        errors={424: lambda exc: NotFoundError(exc.response)},
    )


def delete(key: str) -> Spec[None]:
    return Spec.of(delete_model, checks.text(key, "key"), json=True, returns=nothing)


def delete_many(keys: list[str]) -> Spec[BulkDeleteModelsResponse]:
    return Spec.of(
        bulk_delete_models,
        body=BulkDeleteModelsRequest(keys=keys),
        returns=checked(BulkDeleteModelsResponse),
    )


def orphans() -> Spec[list[OrphanedModelInfo]]:
    return Spec.of(get_orphaned_models, returns=list_of(OrphanedModelInfo))


def delete_orphans(paths: Iterable[str] | str) -> Spec[DeleteOrphanedModelsResponse]:
    listed = [checks.text(p, "path") for p in ([paths] if isinstance(paths, str) else paths)]
    return Spec.of(
        delete_orphaned_models,
        body=DeleteOrphanedModelsRequest(paths=listed),
        returns=checked(DeleteOrphanedModelsResponse),
    )


# ------------------------------------------------------------------------------ the cache
def empty_cache() -> Spec[None]:
    return Spec.of(empty_model_cache, returns=nothing)


def cache_stats() -> Spec[CacheStats | None]:
    return Spec.of(get_stats, returns=optional(CacheStats))


# ------------------------------------------------------------------------------ Hugging Face
def hf_status() -> Spec[HFTokenStatus]:
    return Spec.of(get_hf_login_status, returns=checked(HFTokenStatus))


def hf_login(token: str) -> Spec[HFTokenStatus]:
    body = BodyDoHfLogin(token=checks.text(token, "token"))
    return Spec.of(do_hf_login, body=body, returns=checked(HFTokenStatus))


def hf_logout() -> Spec[HFTokenStatus]:
    return Spec.of(reset_hf_token, returns=checked(HFTokenStatus))


# ------------------------------------------------------------------------------ install jobs
def install(
    source: str,
    *,
    inplace: bool,
    config: ModelRecordChanges | Mapping[str, Any] | None,
    access_token: str | None,
) -> Spec[ModelInstJobInfo]:
    """HTTP 409 here is the server refusing the source (``UnsupportedModelSourceError``)."""
    text = checks.text(source, "source")
    checks.boolean(inplace, "inplace")

    def refused(exc: APIStatusError) -> Exception:
        return UnsupportedModelSourceError(exc.response, source=text)

    return Spec.of(
        install_model,
        body=record_changes(config),
        source=text,
        inplace=inplace,
        access_token=UNSET if access_token is None else access_token,
        json=True,
        returns=ModelInstJobInfo.from_payload,
        errors={409: refused},
    )


def install_jobs() -> Spec[list[ModelInstJobInfo]]:
    def jobs(payload: Any) -> list[ModelInstJobInfo]:
        if not isinstance(payload, list):
            raise UnexpectedResponseError(f"expected a list of install jobs, got {payload!r}")
        return [ModelInstJobInfo.from_payload(item) for item in payload]

    return Spec.of(list_model_installs, json=True, returns=jobs)


def _no_such_job(job_id: int) -> Any:
    def meaning(exc: APIStatusError) -> Exception:
        return ModelInstallJobNotFoundError(exc.response, job_id=job_id)

    return meaning


def install_job(job_id: int) -> Spec[ModelInstJobInfo]:
    job = checks.job_id(job_id)
    return Spec.of(
        get_model_install_job,
        job,
        json=True,
        returns=ModelInstJobInfo.from_payload,
        errors={404: _no_such_job(job)},
    )


def _job_action(operation: Any, job_id: int, returns: Any) -> Any:
    # InvokeAI answers 415 "No job with id N known" to actions on an unknown job.
    job = checks.job_id(job_id)
    meaning = _no_such_job(job)
    return Spec.of(operation, job, json=True, returns=returns, errors={404: meaning, 415: meaning})


def cancel_job(job_id: int) -> Spec[None]:
    spec: Spec[None] = _job_action(cancel_model_install_job, job_id, nothing)
    return spec


def pause_job(job_id: int) -> Spec[ModelInstJobInfo]:
    spec: Spec[ModelInstJobInfo] = _job_action(
        pause_model_install_job, job_id, ModelInstJobInfo.from_payload
    )
    return spec


def resume_job(job_id: int) -> Spec[ModelInstJobInfo]:
    spec: Spec[ModelInstJobInfo] = _job_action(
        resume_model_install_job, job_id, ModelInstJobInfo.from_payload
    )
    return spec


def prune_jobs() -> Spec[None]:
    return Spec.of(prune_model_install_jobs, json=True, returns=nothing)
