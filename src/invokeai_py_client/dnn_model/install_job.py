"""Model install jobs: what the server reports about one (:class:`ModelInstJobInfo`), progress
reports (:class:`InstallProgress`), and the handle to follow one (:class:`ModelInstJobHandle`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from invokeai_api.models import InstallStatus, ModelInstallJob
from invokeai_api.types import Unset

from ..errors import UnexpectedResponseError
from ._configs import ModelConfig, parse_model_config
from .errors import ModelInstallJobCancelled, ModelInstallJobFailed

if TYPE_CHECKING:
    from .repository import DnnModelRepository

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


ProgressCallback = Callable[[InstallProgress], Any]
AsyncProgressCallback = Callable[[InstallProgress], Any | Awaitable[Any]]


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
        raise ModelInstallJobCancelled(
            f"model install job {info.id} ({info.source}) was cancelled", info=info
        )
    if info.status == "error":
        what = ": ".join(part for part in (info.error_reason, info.error) if part)
        raise ModelInstallJobFailed(
            f"model install job {info.id} ({info.source}) failed: {what or 'no reason given'}",
            info=info,
        )
    return info


class ModelInstJobHandle:
    """One model install job: its status, progress, waiting for it, cancelling it.

    Example:
        >>> handle = client.dnn_model_repo.install_model("/models/my.safetensors", inplace=True)
        >>> info = handle.wait_until(timeout=600, on_progress=lambda p: print(p.percentage))
        >>> info.model_key
        '3d1b90e2-...'

    With ``idempotent`` (how ``install_model`` makes handles), a job that the server refuses
    because the model is installed already counts as completed: waiting returns an info with
    ``status == "completed"``, ``already_installed == True`` and the existing model's key.
    """

    def __init__(
        self, repo: DnnModelRepository, info: ModelInstJobInfo, *, idempotent: bool = False
    ) -> None:
        self._repo = repo
        self.job_id = info.id
        self._info = info
        self._idempotent = idempotent
        self._resolved: ModelInstJobInfo | None = info if info.already_installed else None

    @property
    def info(self) -> ModelInstJobInfo:
        """The job as last read (by the install, :meth:`refresh` or a wait)."""
        return self._resolved if self._resolved is not None else self._info

    @property
    def source(self) -> str:
        return self._info.source

    @property
    def already_installed(self) -> bool:
        return self._resolved is not None

    def refresh(self) -> ModelInstJobInfo:
        """Read the job from the server (a resolved duplicate keeps its completed outcome)."""
        self._info = self._repo._get_job_info(self.job_id)
        return self.info

    async def arefresh(self) -> ModelInstJobInfo:
        """The async twin of :meth:`refresh`."""
        self._info = await self._repo._aget_job_info(self.job_id)
        return self.info

    def status(self) -> str:
        """The job's status, read from the server now."""
        return self.refresh().status

    def is_done(self) -> bool:
        return self.refresh().is_done

    def progress(self) -> InstallProgress:
        """Bytes and percentage now (read from the server)."""
        return InstallProgress.of(self.refresh())

    def wait_until(
        self, timeout: float | None = None, on_progress: ProgressCallback | None = None
    ) -> ModelInstJobInfo:
        """Block until the job ends; return it when completed.

        ``on_progress(InstallProgress)`` is called, in this thread, whenever the status or the
        byte count changes. With an idempotent install, a job the server refused as a duplicate
        returns a completed info pointing at the model that was already installed.

        Raises:
            ModelInstallJobFailed: the job ended in ``error`` (``e.info`` has the job, its
                ``error_reason`` and ``error``).
            ModelInstallJobCancelled: the job was cancelled (a ``ModelInstallJobFailed`` too).
            ModelInstallTimeout: ``timeout`` seconds passed first; the job is left running.
        """
        if self._resolved is not None:
            return self._resolved
        reporter = _ProgressReporter(on_progress)
        if self._info.is_done:
            reporter.report(self._info)
        else:
            self._info = self._repo._install_waiter().wait_sync(
                self.job_id, timeout=timeout, on_update=reporter.report
            )
        return self._outcome()

    async def wait(
        self, timeout: float | None = None, on_progress: AsyncProgressCallback | None = None
    ) -> ModelInstJobInfo:
        """The async twin of :meth:`wait_until` (``on_progress`` may be a coroutine function)."""
        if self._resolved is not None:
            return self._resolved
        reporter = _ProgressReporter(on_progress)
        if self._info.is_done:
            result = reporter.report(self._info)
            if isinstance(result, Awaitable):
                await result
        else:
            self._info = await self._repo._install_waiter().wait(
                self.job_id, timeout=timeout, on_update=reporter.report
            )
        return await self._aoutcome()

    def _outcome(self) -> ModelInstJobInfo:
        if self._info.is_duplicate and self._idempotent:
            self._resolved = self._repo._already_installed(self._info)
            return self._resolved
        return raise_for_outcome(self._info)

    async def _aoutcome(self) -> ModelInstJobInfo:
        if self._info.is_duplicate and self._idempotent:
            self._resolved = await self._repo._aalready_installed(self._info)
            return self._resolved
        return raise_for_outcome(self._info)

    def raise_if_failed(self) -> None:
        """Raise ``ModelInstallJobFailed`` when the job (as last read) failed or was cancelled."""
        if self._resolved is None and self._info.is_done:
            self._outcome()

    def cancel(self) -> ModelInstJobInfo:
        """Cancel the job, unless it has ended already.

        A job that has ended is left as it is: InvokeAI would otherwise relabel even a completed
        job ``cancelled`` while keeping its model. Returns the job as read afterwards.

        Raises:
            ModelInstallJobNotFoundError: the server no longer knows the job (e.g. pruned).
        """
        if self.refresh().is_done:
            return self.info
        self._repo.cancel_install_job(self.job_id)
        return self.refresh()

    def pause(self) -> ModelInstJobInfo:
        """Pause the job's downloads (InvokeAI 6.12+; a job that is not downloading is left as
        it is). Raises ``UnsupportedByServerError`` on older servers."""
        self._info = self._repo.pause_install_job(self.job_id)
        return self.info

    def resume(self) -> ModelInstJobInfo:
        """Resume a paused job (InvokeAI 6.12+)."""
        self._info = self._repo.resume_install_job(self.job_id)
        return self.info

    def __repr__(self) -> str:
        return f"ModelInstJobHandle(job_id={self.job_id}, source={self.source!r})"


__all__ = [
    "DUPLICATE_MODEL_REASON",
    "InstallProgress",
    "ModelInstJobHandle",
    "ModelInstJobInfo",
    "ProgressCallback",
    "parse_install_job",
    "raise_for_outcome",
]
