# Generated from _async/install_job.py by scripts/unasync.py: do not edit by hand.
"""The handle to follow one model install job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._backends._sync_only import deprecated, in_thread
from .._core import checks
from .._core.dnn_models.job_info import (
    InstallProgress,
    InstallProgressCallback,
    ModelInstJobInfo,
    _ProgressReporter,
    raise_for_outcome,
)

if TYPE_CHECKING:
    from .model_installs import ModelInstalls


class ModelInstJobHandle:
    """One model install job: its status, progress, waiting for it, cancelling it.

    Example:
        ```python
        handle = models.install_model("/srv/models/tiny-sd1", inplace=True)
        info = handle.wait_until(timeout=600, on_progress=lambda p: print(p.percentage))
        print(info.status, info.model_key, info.already_installed)
        ```

    With ``idempotent`` (how ``install_model`` makes handles), a job that the server refuses
    because the model is installed already counts as completed: waiting returns an info with
    ``status == "completed"``, ``already_installed == True`` and the existing model's key.
    """

    def __init__(
        self, installs: ModelInstalls, info: ModelInstJobInfo, *, idempotent: bool = False
    ) -> None:
        self._installs = installs
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
        self._info = self._installs.read(self.job_id)
        return self.info

    def status(self) -> str:
        """The job's status, read from the server now."""
        return (self.refresh()).status

    def is_done(self) -> bool:
        """Whether the job has ended, read from the server now."""
        return (self.refresh()).is_done

    def progress(self) -> InstallProgress:
        """Bytes and percentage now (read from the server)."""
        return InstallProgress.of(self.refresh())

    def wait_until(
        self,
        timeout: float | None = None,
        poll_interval: float = 2.0,
        on_progress: InstallProgressCallback | None = None,
    ) -> ModelInstJobInfo:
        """Wait until the job ends; return it when completed.

        ``on_progress(InstallProgress)`` is called whenever the status or the byte count
        changes (in the caller's thread for the blocking client; a coroutine function is
        awaited by the async client). With an idempotent install, a job the server refused as
        a duplicate returns a completed info pointing at the model that was already installed.

        Raises:
            ModelInstallJobFailedError: the job ended in ``error`` (``e.info`` has the job, its
                ``error_reason`` and ``error``).
            ModelInstallJobCanceledError: the job was cancelled (a
                ``ModelInstallJobFailedError`` too).
            ModelInstallTimeoutError: ``timeout`` seconds passed first; the job is left running.
            InvalidInputError: ``poll_interval`` is not a positive number (nothing sent).

        The job is followed through its events; ``poll_interval`` is the longest gap between
        two reads of the job when the server's events cannot be used.
        """
        interval = checks.positive_number(poll_interval, "poll_interval")
        if self._resolved is not None:
            return self._resolved
        reporter = _ProgressReporter(on_progress)
        if self._info.is_done:
            self._installs.report(reporter.report, self._info)
        else:
            self._info = self._installs.follow(self.job_id, timeout, reporter.report, interval)
        return self._outcome()

    def _outcome(self) -> ModelInstJobInfo:
        if self._info.is_duplicate and self._idempotent:
            self._resolved = self._installs.already_installed(self._info)
            return self._resolved
        return raise_for_outcome(self._info)

    def raise_if_failed(self) -> None:
        """Raise ``ModelInstallJobFailedError`` when the job (as last read) failed or was
        cancelled."""
        if self._resolved is None and self._info.is_done:
            self._outcome()

    def cancel(self) -> ModelInstJobInfo:
        """Cancel the job, unless it has ended already.

        A job that has ended is left as it is: InvokeAI would otherwise relabel even a completed
        job ``cancelled`` while keeping its model. Returns the job as read afterwards.

        Raises:
            ModelInstallJobNotFoundError: the server no longer knows the job (e.g. pruned).
        """
        if (self.refresh()).is_done:
            return self.info
        self._installs.cancel(self.job_id)
        return self.refresh()

    def pause(self) -> ModelInstJobInfo:
        """Pause the job's downloads (InvokeAI 6.12+; a job that is not downloading is left as
        it is). Raises ``UnsupportedByServerError`` on older servers."""
        self._info = self._installs.pause(self.job_id)
        return self.info

    def resume(self) -> ModelInstJobInfo:
        """Resume a paused job (InvokeAI 6.12+)."""
        self._info = self._installs.resume(self.job_id)
        return self.info

    def __repr__(self) -> str:
        return f"{type(self).__name__}(job_id={self.job_id}, source={self.source!r})"

    # Only the blocking client has these (_core/names.py, SYNC_ONLY):
    # a name of this client's 0.1 preview, kept one release (it warns)
    arefresh = deprecated("arefresh", in_thread(refresh), "refresh")
