"""Errors of model management (each derives from ``invokeai_py_client.errors.InvokeAIError``)."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

import httpx

from ..errors import APIStatusError, ConflictError, InvokeAIError, NotFoundError

if TYPE_CHECKING:
    from ._job_info import ModelInstJobInfo


class ModelInstallJobFailedError(InvokeAIError):
    """A model install job ended without installing its model (status ``error`` or
    ``cancelled``).

    Attributes:
        info: the job as last read (:class:`ModelInstJobInfo`): ``info.error_reason`` is the
            server's exception name (e.g. ``UnsafeDownloadURLException``), ``info.error`` its
            message, ``info.job`` the generated ``ModelInstallJob``.
        job_id: the install job's id.
    """

    def __init__(self, message: str, *, info: ModelInstJobInfo) -> None:
        self.info = info
        self.job_id = info.id
        super().__init__(message)

    @property
    def error_reason(self) -> str | None:
        return self.info.error_reason

    @property
    def error(self) -> str | None:
        return self.info.error


class ModelInstallJobCanceledError(ModelInstallJobFailedError):
    """The install job was cancelled (by this client, another client, or the server)."""


class ModelInstallTimeoutError(InvokeAIError, TimeoutError):
    """Waiting for an install job took longer than the timeout; the job itself is untouched.

    Attributes:
        info: the job as last read (None if it was never read).
        timeout: the timeout that passed, in seconds.
    """

    def __init__(
        self, message: str, *, job_id: int, info: ModelInstJobInfo | None, timeout: float
    ) -> None:
        self.job_id = job_id
        self.info = info
        self.timeout = timeout
        super().__init__(message)


class ModelInstallStartError(InvokeAIError):
    """An install job could not be created (the original client's name); the server's refusal
    of a source is :class:`UnsupportedModelSourceError`, which is one."""


class UnsupportedModelSourceError(ConflictError, ModelInstallStartError):
    """The server refused the install source (HTTP 409 ``Unsupported model source``): a local
    path that does not exist *on the server's machine*, or a string that is neither a path, a
    URL nor a Hugging Face repo id. Nothing was installed; it does not mean "already installed".

    Attributes:
        source: the source that was refused.
    """

    def __init__(self, response: httpx.Response, *, source: str) -> None:
        self.source = source
        super().__init__(response)


class ModelInstallJobNotFoundError(NotFoundError):
    """The server knows no install job with that id (pruned, or never created).

    InvokeAI answers 404 when reading such a job and 415 when cancelling, pausing or resuming
    it; ``status_code`` keeps the server's status.
    """

    def __init__(self, response: httpx.Response, *, job_id: int) -> None:
        self.job_id = job_id
        super().__init__(response)


# The names of the original client's reference (dnn_model_repo.md), kept as they are documented.
APIRequestError = APIStatusError
"""Any HTTP error answer (``status_code``, ``detail``, ``response``): the original client's name."""
ModelInstallJobFailed = ModelInstallJobFailedError
ModelInstallTimeout = ModelInstallTimeoutError

__all__ = [
    "APIRequestError",
    "ModelInstallJobCanceledError",
    "ModelInstallJobFailed",
    "ModelInstallJobFailedError",
    "ModelInstallJobNotFoundError",
    "ModelInstallStartError",
    "ModelInstallTimeout",
    "ModelInstallTimeoutError",
    "UnsupportedModelSourceError",
]

_DEPRECATED = {
    "ModelInstallJobCancelled": ("ModelInstallJobCanceledError", ModelInstallJobCanceledError)
}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        new_name, value = _DEPRECATED[name]
        warnings.warn(f"{name} is deprecated; use {new_name}", DeprecationWarning, stacklevel=2)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
