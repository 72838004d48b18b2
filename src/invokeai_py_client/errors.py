"""The client's exceptions: ``from invokeai_py_client.errors import NotFoundError``.

They are defined in ``_core/errors.py`` (its docstring draws the whole tree), as httpx defines
its own in ``httpx/_exceptions.py``; this module is their public address.
"""

from typing import Any

from ._core.errors import (
    APIConnectionError,
    APIRequestError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    EventConnectionError,
    InternalServerError,
    InvalidInputError,
    InvokeAIError,
    JobCanceledError,
    JobError,
    JobFailedError,
    JobTimeoutError,
    LoginError,
    ModelInstallJobCanceledError,
    ModelInstallJobFailed,
    ModelInstallJobFailedError,
    ModelInstallJobNotFoundError,
    ModelInstallStartError,
    ModelInstallTimeout,
    ModelInstallTimeoutError,
    NodeUnsupportedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
    UnknownArgumentError,
    UnprocessableEntityError,
    UnsupportedByServerError,
    UnsupportedMediaTypeError,
    UnsupportedModelSourceError,
    WorkflowValidationError,
    error_for_response,
    render_detail,
)
from ._core.errors import __getattr__ as _deprecated_names

__all__ = [
    "APIConnectionError",
    "APIRequestError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "EventConnectionError",
    "InternalServerError",
    "InvalidInputError",
    "InvokeAIError",
    "JobCanceledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "LoginError",
    "ModelInstallJobCanceledError",
    "ModelInstallJobFailed",
    "ModelInstallJobFailedError",
    "ModelInstallJobNotFoundError",
    "ModelInstallStartError",
    "ModelInstallTimeout",
    "ModelInstallTimeoutError",
    "NodeUnsupportedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
    "UnknownArgumentError",
    "UnprocessableEntityError",
    "UnsupportedByServerError",
    "UnsupportedMediaTypeError",
    "UnsupportedModelSourceError",
    "WorkflowValidationError",
    "error_for_response",
    "render_detail",
]


def __getattr__(name: str) -> Any:
    return _deprecated_names(name)  # old names kept for one release (they warn)
