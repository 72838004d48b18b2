"""The original client's module path ``exceptions`` (its 1.1.1 layout), kept so that
its users' imports work: it re-exports this client's objects, documented where they live;
the original's names of them are aliases (see "Differences from the original client")."""

from invokeai_py_client import AuthenticationError, InvokeAIError, JobError
from invokeai_py_client.errors import (
    APIConnectionError,
    APIStatusError,
    InvalidInputError,
    JobTimeoutError,
    NotFoundError,
    WorkflowValidationError,
)

APIError = APIStatusError
ConfigurationError = InvalidInputError
ConnectionError = APIConnectionError
FileError = InvalidInputError
ResourceNotFoundError = NotFoundError
TimeoutError = JobTimeoutError
ValidationError = InvalidInputError
WorkflowError = WorkflowValidationError

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConnectionError",
    "FileError",
    "InvokeAIError",
    "JobError",
    "ResourceNotFoundError",
    "TimeoutError",
    "ValidationError",
    "WorkflowError",
]
