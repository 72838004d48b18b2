"""Typed Python client (sync and async) for the InvokeAI image-generation server.

```python
from invokeai_py_client import InvokeAIClient
client = InvokeAIClient.from_url("http://localhost:9090")    # every call blocks

from invokeai_py_client import AsyncInvokeAIClient
async with AsyncInvokeAIClient.from_url("http://localhost:9090") as client:   # awaited
    print(await client.health_check())
```
"""

from typing import Any

from ._async.client import AsyncInvokeAIClient
from ._async.pagination import AsyncPage
from ._core.errors import (
    APIConnectionError,
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
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
    UnknownArgumentError,
    UnprocessableEntityError,
    UnsupportedByServerError,
    UnsupportedMediaTypeError,
)
from ._core.options import ClientOptions
from ._sync.client import InvokeAIClient
from ._sync.pagination import Page

__version__ = "1.2.0"

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncInvokeAIClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientOptions",
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
    "LoginError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
    "UnknownArgumentError",
    "UnprocessableEntityError",
    "UnsupportedByServerError",
    "UnsupportedMediaTypeError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    if name == "AuthError":  # the old name of LoginError, kept one release (warns)
        from . import errors

        return errors.AuthError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
