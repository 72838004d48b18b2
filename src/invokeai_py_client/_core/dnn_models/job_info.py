"""Model install jobs as the server reports them (:class:`ModelInstJobInfo`) and progress
reports (:class:`InstallProgress`); I/O-free."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from invokeai_api.models import InstallStatus, ModelInstallJob
from invokeai_api.types import Unset

from ..errors import (
    ModelInstallJobCanceledError,
    ModelInstallJobFailedError,
    UnexpectedResponseError,
)
from .configs import ModelConfig, parse_model_config

# What the server sets as ``error_reason`` when the model is installed already.
DUPLICATE_MODEL_REASON = "DuplicateModelException"
TERMINAL_STATUSES = frozenset({"completed", "error", "cancelled"})
_KNOWN_STATUSES = frozenset(status.value for status in InstallStatus)
_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError)


def parse_install_job(payload: Any) -> tuple[ModelInstallJob, ModelConfig | None, str]:
    """Parse an install job tolerantly: its ``config_out`` goes through the model-config parser
    (a kind the bindings do not know stays a raw config) and a status these bindings do not
    know is kept as text. Returns the job, its parsed config and its status."""
    if not isinstance(payload, Mapping):
        raise UnexpectedResponseError(f"a model install job must be an object, got {payload!r}")
    data = dict(payload)
    raw_config = data.pop("config_out", None)
    status = str(data.get("status") or "waiting")
    if status not in _KNOWN_STATUSES:
        data.pop("status", None)
    try:
        job = ModelInstallJob.from_dict({**data, "config_out": None})
    except _PARSE_ERRORS as exc:
        raise UnexpectedResponseError(f"unreadable model install job {payload!r}: {exc!r}") from exc
    config = parse_model_config(raw_config) if raw_config is not None else None
    # The generated field is typed with the generated classes only; a raw config is kept too.
    job.config_out = config  # type: ignore[assignment]
    return job, config, status


def _text(value: Any) -> str | None:
    return None if value is None or isinstance(value, Unset) else str(value)


def _source_text(source: Any) -> str:
    # The server's own string form of a source: the path, the repo id (with :variant and
    # ::subfolder) or the URL.
    if isinstance(source, Mapping):
        return str(source.get("path") or source.get("repo_id") or source.get("url") or source)
    for attr in ("path", "url"):
        value = getattr(source, attr, None)
        if isinstance(value, str):
            return value
    repo_id = getattr(source, "repo_id", None)
    if isinstance(repo_id, str):
        variant = _text(getattr(source, "variant", None))
        subfolder = _text(getattr(source, "subfolder", None))
        text = repo_id + (f":{variant}" if variant else "")
        return text + (f"::{subfolder}" if subfolder else "")
    return str(source)


class ModelInstJobInfo:
    """One install job as the server reported it, with the fields most code needs.

    Attributes:
        job: the generated ``ModelInstallJob`` exactly as the server sent it (its
            ``config_out`` may be a :class:`RawModelConfig` for a model kind these bindings
            do not know).
        status: ``waiting``, ``downloading``, ``downloads_done``, ``running``, ``paused``,
            ``completed``, ``error`` or ``cancelled``. For an install that found the model
            already installed it is ``completed`` (see ``already_installed``), while
            ``job.status`` keeps the server's ``error``.
        model_key: key of the installed model once completed (else None).
        config: the installed model's config once completed (else None).
        error_reason / error / error_traceback: the server's exception name, message and
            traceback when the job failed.
        already_installed: True when the server refused the install as a duplicate and this
            info points at the model that was already there.
    """

    __slots__ = ("already_installed", "config", "job", "status")

    def __init__(
        self,
        job: ModelInstallJob,
        *,
        status: str,
        config: ModelConfig | None = None,
        already_installed: bool = False,
    ) -> None:
        self.job = job
        self.status = status
        self.config = config
        self.already_installed = already_installed

    @classmethod
    def from_payload(cls, payload: Any) -> ModelInstJobInfo:
        job, config, status = parse_install_job(payload)
        return cls(job, status=status, config=config)

    @property
    def id(self) -> int:
        return int(self.job.id)

    @property
    def source(self) -> str:
        """The source as the server writes it: a path, a Hugging Face repo id or a URL."""
        return _source_text(self.job.source)

    @property
    def model_key(self) -> str | None:
        return self.config.key if self.config is not None else None

    @property
    def error(self) -> str | None:
        return _text(self.job.error)

    @property
    def error_reason(self) -> str | None:
        return _text(self.job.error_reason)

    @property
    def error_traceback(self) -> str | None:
        return _text(self.job.error_traceback)

    @property
    def bytes(self) -> int:
        value = self.job.bytes_
        return 0 if isinstance(value, Unset) else int(value)

    @property
    def total_bytes(self) -> int:
        value = self.job.total_bytes
        return 0 if isinstance(value, Unset) else int(value)

    @property
    def percentage(self) -> float | None:
        """Bytes done as a percentage (0-100) of the total, None while the total is unknown."""
        total = self.total_bytes
        return None if total <= 0 else min(100.0, 100.0 * self.bytes / total)

    @property
    def inplace(self) -> bool:
        value = self.job.inplace
        return False if isinstance(value, Unset) else bool(value)

    @property
    def local_path(self) -> str:
        return str(self.job.local_path)

    @property
    def is_done(self) -> bool:
        """Whether the job has ended (completed, error or cancelled)."""
        return self.status in TERMINAL_STATUSES

    @property
    def is_duplicate(self) -> bool:
        """Whether the server refused the install because the model is installed already."""
        return self.status == "error" and self.error_reason == DUPLICATE_MODEL_REASON

    def __repr__(self) -> str:
        extra = ", already_installed=True" if self.already_installed else ""
        reason = f", error_reason={self.error_reason!r}" if self.error_reason else ""
        return (
            f"ModelInstJobInfo(id={self.id}, status={self.status!r}, source={self.source!r}, "
            f"model_key={self.model_key!r}{reason}{extra})"
        )


@dataclass(frozen=True)
class InstallProgress:
    """A progress report of an install job: sent when its status or byte count changes.

    ``percentage`` is 0-100 (None while the total size is unknown); ``info`` is the whole job.
    """

    job_id: int
    status: str
    bytes: int
    total_bytes: int
    percentage: float | None
    info: ModelInstJobInfo

    @classmethod
    def of(cls, info: ModelInstJobInfo) -> InstallProgress:
        return cls(info.id, info.status, info.bytes, info.total_bytes, info.percentage, info)


InstallProgressCallback = Callable[[InstallProgress], Any | Awaitable[Any]]
"""Given the install's progress (a coroutine function is awaited by the async client)."""


class _ProgressReporter:
    """Calls the user's callback once per change of status or bytes (polls repeat themselves)."""

    def __init__(self, callback: Callable[[InstallProgress], Any] | None) -> None:
        self._callback = callback
        self._last: tuple[str, int, int] | None = None

    def report(self, info: ModelInstJobInfo) -> Any:
        state = (info.status, info.bytes, info.total_bytes)
        if self._callback is None or state == self._last:
            return None
        self._last = state
        return self._callback(InstallProgress.of(info))


def raise_for_outcome(info: ModelInstJobInfo) -> ModelInstJobInfo:
    """Return a completed job; raise the typed error of one that failed or was cancelled."""
    if info.status == "cancelled":
        raise ModelInstallJobCanceledError(
            f"model install job {info.id} ({info.source}) was cancelled", info=info
        )
    if info.status == "error":
        what = ": ".join(part for part in (info.error_reason, info.error) if part)
        raise ModelInstallJobFailedError(
            f"model install job {info.id} ({info.source}) failed: {what or 'no reason given'}",
            info=info,
        )
    return info
