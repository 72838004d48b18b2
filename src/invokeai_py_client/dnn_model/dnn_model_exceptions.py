"""The original client's module path ``dnn_model.dnn_model_exceptions`` (its 1.1.1
layout), kept so that
its users' imports work: it re-exports this client's objects, documented where they live;
the original's names of them are aliases (see "Differences from the original client")."""

from invokeai_py_client.dnn_model import (
    APIRequestError,
    ModelInstallJobFailed,
    ModelInstallStartError,
    ModelInstallTimeout,
)
from invokeai_py_client.errors import InvokeAIError

InvokeAIClientError = InvokeAIError
ModelManagerError = InvokeAIError

__all__ = [
    "APIRequestError",
    "InvokeAIClientError",
    "ModelInstallJobFailed",
    "ModelInstallStartError",
    "ModelInstallTimeout",
    "ModelManagerError",
]
