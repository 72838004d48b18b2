"""The errors of model management, at the address the package has documented (they are defined
with every other error of the client in ``_core/errors.py``)."""

from typing import Any

from .._core.errors import (
    APIRequestError,
    ModelInstallJobCanceledError,
    ModelInstallJobFailed,
    ModelInstallJobFailedError,
    ModelInstallJobNotFoundError,
    ModelInstallStartError,
    ModelInstallTimeout,
    ModelInstallTimeoutError,
    UnsupportedModelSourceError,
)
from .._core.errors import __getattr__ as _deprecated_names

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


def __getattr__(name: str) -> Any:
    return _deprecated_names(name)  # ModelInstallJobCancelled, kept one release (warns)
