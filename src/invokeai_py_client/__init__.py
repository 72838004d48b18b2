"""Typed Python client (sync and async) for the InvokeAI image-generation server.

>>> from invokeai_py_client import InvokeAIClient
>>> client = InvokeAIClient.from_url("http://localhost:9090")
"""

from .client import InvokeAIClient
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthError,
    BadRequestError,
    ConflictError,
    EventConnectionError,
    InternalServerError,
    InvalidInputError,
    InvokeAIError,
    JobCanceledError,
    JobError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    UnsupportedByServerError,
    UnsupportedMediaTypeError,
)

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EventConnectionError",
    "InternalServerError",
    "InvalidInputError",
    "InvokeAIClient",
    "InvokeAIError",
    "JobCanceledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "UnsupportedByServerError",
    "UnsupportedMediaTypeError",
    "__version__",
]
