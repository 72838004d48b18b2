"""The whole exception hierarchy of the client, in one module.

Everything the client raises on purpose derives from :class:`InvokeAIError`::

    InvokeAIError
    ├── APIStatusError (also httpx.HTTPStatusError): an HTTP answer >= 400
    │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    │   │   NotFoundError 404 (ModelInstallJobNotFoundError), ConflictError 409
    │   │   (UnsupportedModelSourceError), UnsupportedMediaTypeError 415,
    │   │   UnprocessableEntityError 422, RateLimitError 429
    │   └── InternalServerError 5xx
    ├── APIConnectionError (also httpx.TransportError): no answer came back
    │   └── APITimeoutError (also httpx.TimeoutException)
    ├── InvalidInputError (also ValueError): an argument refused before anything was sent
    │   ├── UnknownArgumentError (also TypeError)
    │   └── WorkflowValidationError: a workflow that cannot be run as it is
    ├── UnexpectedResponseError: a success answer this client cannot read
    ├── UnsupportedByServerError: the connected server is too old for what was asked
    │   └── NodeUnsupportedError (also InvalidInputError): a graph's node or input it lacks
    ├── LoginError, ClientClosedError (also RuntimeError), EventConnectionError
    ├── ModelInstallStartError (UnsupportedModelSourceError)
    ├── PoolError: a pool of servers cannot run what it was given
    │   ├── ModelUnavailableError (also InvalidInputError): no server has the models
    │   └── NoServerAvailableError: every server stayed unreachable
    └── JobError: a job (a queue item or a model install) did not complete
        ├── JobFailedError, JobCanceledError, JobTimeoutError (also TimeoutError)
        └── ModelInstallJobFailedError
            └── ModelInstallJobCanceledError (also JobCanceledError)
        (and ModelInstallTimeoutError, a JobTimeoutError)

Server answers are translated into these at one boundary, the backends' request path
(``_backends``); what a status means for one operation is declared with that operation's
request spec (``_core.spec``).
"""

from __future__ import annotations

import json
import warnings
from typing import TYPE_CHECKING, Any, Literal

import httpx

if TYPE_CHECKING:
    from .dnn_models.job_info import ModelInstJobInfo

_MAX_MESSAGE_CHARS = 400


class InvokeAIError(Exception):
    """Root of every error this client raises on purpose."""


class APIConnectionError(InvokeAIError, httpx.TransportError):
    """The server could not be reached, or the connection broke before an answer came back."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        httpx.TransportError.__init__(self, message, request=request)


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """No answer within the configured timeout."""


def _shorten(text: str, limit: int = _MAX_MESSAGE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 15] + f"... (+{len(text) - limit} chars)"


def _format_location(location: Any) -> str:
    if not isinstance(location, list | tuple):
        return str(location)
    return ".".join(str(part) for part in location)


def render_detail(detail: Any) -> str:
    """A one-line, readable form of a FastAPI ``detail`` (string, or list of validation errors)."""
    if detail is None:
        return ""
    if isinstance(detail, str):
        return _shorten(detail)
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict) and "msg" in item:
                where = _format_location(item.get("loc", ""))
                kind = f" [{item['type']}]" if item.get("type") else ""
                parts.append(f"{where}: {_shorten(str(item['msg']), 200)}{kind}")
            else:
                parts.append(_shorten(json.dumps(item, default=str), 200))
        shown = "; ".join(parts[:5])
        return shown + (f"; ... and {len(parts) - 5} more" if len(parts) > 5 else "")
    return _shorten(json.dumps(detail, default=str))


class APIStatusError(InvokeAIError, httpx.HTTPStatusError):
    """The server answered with an HTTP error status.

    Attributes:
        method, url, status_code: what was asked and how the server answered.
        detail: the server's ``detail`` (a string, or FastAPI's list of validation errors).
        body: the decoded JSON body, or the text when it is not JSON.
        response, request: the httpx objects.
    """

    status_code: int

    def __init__(self, response: httpx.Response, *, what: str | None = None) -> None:
        self.response = response
        self.request = response.request
        self.method = response.request.method
        self.url = str(response.request.url)
        self.status_code = response.status_code
        self.body = _decode_body(response)
        self.detail = self.body.get("detail") if isinstance(self.body, dict) else self.body
        rendered = render_detail(self.detail) or response.reason_phrase
        message = f"{self.method} {self.url} -> {self.status_code}: {rendered}"
        if what:  # what it meant for the caller, e.g. "board 'x' does not exist"
            message = f"{what} ({message})"
        httpx.HTTPStatusError.__init__(self, message, request=response.request, response=response)


class BadRequestError(APIStatusError):
    """HTTP 400: the server refused the request as malformed."""

    status_code: Literal[400]


class AuthenticationError(APIStatusError):
    """HTTP 401: missing, invalid or expired credentials."""

    status_code: Literal[401]


class PermissionDeniedError(APIStatusError):
    """HTTP 403: authenticated, but not allowed (e.g. an admin-only route)."""

    status_code: Literal[403]


class NotFoundError(APIStatusError):
    """HTTP 404: no such resource (board, image, queue item, route...)."""

    status_code: Literal[404]


def not_found_for_500(error: APIStatusError, what: str) -> NotFoundError:
    """A 500 that on the connected line means "no such thing" (a quirk of ``versions.QUIRKS``),
    as the ``NotFoundError`` newer lines raise: ``status_code`` is 404, ``response`` the
    server's 500 answer, and the message says so."""
    found = NotFoundError(error.response, what=f"{what} (this server answers 500 for it)")
    found.status_code = 404
    return found


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the server's state."""

    status_code: Literal[409]


class UnsupportedMediaTypeError(APIStatusError):
    """HTTP 415: e.g. an upload whose content type is not an image."""

    status_code: Literal[415]


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the server's validation rejected the request.

    ``errors`` lists FastAPI's validation errors (``loc``, ``msg``, ``type``), when it sent them.
    """

    status_code: Literal[422]

    @property
    def errors(self) -> list[dict[str, Any]]:
        if isinstance(self.detail, list):
            return [item for item in self.detail if isinstance(item, dict)]
        return []


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests."""

    status_code: Literal[429]


class InternalServerError(APIStatusError):
    """HTTP 5xx: the server failed while handling the request."""


class InvalidInputError(InvokeAIError, ValueError):
    """An argument was rejected before anything was sent (the message names it)."""


class UnexpectedResponseError(InvokeAIError):
    """The server answered successfully, but with something this client cannot interpret."""


def json_of(response: httpx.Response) -> Any:
    """The JSON of a successful answer; ``UnexpectedResponseError`` when it is not JSON (an HTML
    page from a proxy or the web UI)."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError) as exc:
        raise UnexpectedResponseError(
            f"{response.request.method} {response.request.url}: the answer is not JSON "
            f"({response.text[:200]!r})"
        ) from exc


class LoginError(InvokeAIError):
    """A login could not be done (wrong credentials, or a server without user accounts)."""


class ClientClosedError(InvokeAIError, RuntimeError):
    """The client was used after ``close()``; create a new one."""


class UnknownArgumentError(InvalidInputError, TypeError):
    """A call got a keyword argument it does not take (nothing was sent)."""


class UnsupportedByServerError(InvokeAIError):
    """The connected server is too old for what was asked; nothing was sent for it.

    Attributes:
        feature: what was asked, in words.
        since: the first InvokeAI release that has it.
        server_version: the version of the connected server.
    """

    def __init__(self, *, feature: str, since: str, server_version: str) -> None:
        self.feature = feature
        self.since = since
        self.server_version = server_version
        super().__init__(
            f"{feature} needs InvokeAI {since} or newer; this server runs {server_version}"
        )


class NodeUnsupportedError(UnsupportedByServerError, InvalidInputError):
    """A graph has a node type, or an input of a node, that the connected server does not have;
    nothing was sent.

    Attributes:
        node_type / node_id: the node (``node_id`` None when refused before it had one).
        field: the input the server lacks (None: the whole node type).
        versions: the releases (of the client's schema snapshots) that have it, oldest first;
            empty when none of them does (a custom node of another server).
        server_version: the connected server's release.
    """

    def __init__(
        self,
        *,
        node_type: str,
        field: str | None,
        versions: tuple[str, ...] | list[str],
        server_version: str | None,
        node_id: str | None = None,
    ) -> None:
        self.node_type = node_type
        self.node_id = node_id
        self.field = field
        self.versions = tuple(versions)
        what = f"node {node_type!r}" + (f" ({node_id!r})" if node_id else "")
        if field is not None:
            what = f"input {field!r} of {what}"
        have = (
            f"it is in InvokeAI {', '.join(self.versions)}"
            if self.versions
            else "no InvokeAI release this client knows has it"
        )
        InvokeAIError.__init__(
            self, f"{what}: the server ({server_version or 'unknown release'}) lacks it; {have}"
        )
        self.feature = what
        self.since = self.versions[0] if self.versions else ""
        self.server_version = server_version or ""


class EventConnectionError(InvokeAIError):
    """The Socket.IO connection could not be opened (refused, unreachable or unauthorized)."""


class JobError(InvokeAIError):
    """A job did not complete: a queue item (``queue_item`` is the generated
    ``SessionQueueItem``, ``None`` when the server no longer has it) or a model install job.
    ``item_id`` is always set: the queue item's id, or the install job's."""

    def __init__(self, message: str, *, item_id: int, queue_item: Any = None) -> None:
        self.item_id = item_id
        self.queue_item = queue_item
        super().__init__(message)


class JobFailedError(JobError):
    """The queue item ended ``failed``. ``error_type`` / ``error_message`` / ``error_traceback``
    are the server's (e.g. ``MissingInputException``)."""

    def __init__(
        self,
        *,
        item_id: int,
        queue_item: Any = None,
        error_type: str | None = None,
        error_message: str | None = None,
        error_traceback: str | None = None,
    ) -> None:
        self.error_type = error_type
        self.error_message = error_message
        self.error_traceback = error_traceback
        what = ": ".join(part for part in (error_type, error_message) if part) or "no reason given"
        super().__init__(
            f"queue item {item_id} failed: {_shorten(what)}", item_id=item_id, queue_item=queue_item
        )


class JobCanceledError(JobError):
    """The queue item was canceled (by this client, another client, or a queue clear)."""


class JobTimeoutError(JobError, TimeoutError):
    """Waiting for the queue item took longer than the timeout; the item itself is untouched."""


class WorkflowValidationError(InvalidInputError):
    """The workflow cannot be run as it is (malformed, unknown node types, inputs that do not
    exist or have no value); nothing was sent."""


# ------------------------------------------------------------------------------ model installs
class ModelInstallJobFailedError(JobError):
    """A model install job ended without installing its model (status ``error`` or
    ``cancelled``).

    Attributes:
        info: the job as last read (``ModelInstJobInfo``): ``info.error_reason`` is the
            server's exception name (e.g. ``UnsafeDownloadURLException``), ``info.error`` its
            message, ``info.job`` the generated ``ModelInstallJob``.
        job_id: the install job's id (also ``item_id``).
    """

    def __init__(self, message: str, *, info: ModelInstJobInfo) -> None:
        self.info = info
        self.job_id = info.id
        super().__init__(message, item_id=info.id)

    @property
    def error_reason(self) -> str | None:
        return self.info.error_reason

    @property
    def error(self) -> str | None:
        return self.info.error


class ModelInstallJobCanceledError(ModelInstallJobFailedError, JobCanceledError):
    """The install job was cancelled (by this client, another client, or the server)."""


class ModelInstallTimeoutError(JobTimeoutError):
    """Waiting for an install job took longer than the timeout; the job itself is untouched.

    Attributes:
        info: the job as last read (None if it was never read).
        timeout: the timeout that passed, in seconds.
        job_id: the install job's id (also ``item_id``).
    """

    def __init__(
        self, message: str, *, job_id: int, info: ModelInstJobInfo | None, timeout: float
    ) -> None:
        self.job_id = job_id
        self.info = info
        self.timeout = timeout
        super().__init__(message, item_id=job_id)


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


def wrap_transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The typed error of a connection failure (also while an answer's body was read)."""
    if isinstance(exc, APIConnectionError):
        return exc
    where = f"{request.method} {request.url}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{where}: no answer in time ({type(exc).__name__})", request=request
        )
    return APIConnectionError(f"{where}: {type(exc).__name__}: {exc}", request=request)


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _decode_body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError, httpx.ResponseNotRead):
        try:
            return response.text
        except httpx.ResponseNotRead:
            return None


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The typed error for an HTTP error response (its body must have been read)."""
    status = response.status_code
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(response)


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
    "wrap_transport_error",
]


# Old names kept for one release; using them warns.
_DEPRECATED = {
    "AuthError": ("LoginError", LoginError),
    "ModelInstallJobCancelled": ("ModelInstallJobCanceledError", ModelInstallJobCanceledError),
}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        new_name, value = _DEPRECATED[name]
        warnings.warn(f"{name} is deprecated; use {new_name}", DeprecationWarning, stacklevel=2)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class PoolError(InvokeAIError):
    """A pool of servers (``invokeai_py_client.pool``) cannot run what it was given."""


class ModelUnavailableError(PoolError, InvalidInputError):
    """No server of the pool has every model a piece of work needs (nothing was sent).

    ``missing`` maps each server's URL to the models it lacks (``name (base, type)``);
    ``index`` is the work's position in the submission."""

    def __init__(self, index: int, missing: dict[str, list[str]]) -> None:
        self.index = index
        self.missing = missing
        where = "; ".join(f"{url} lacks {', '.join(models)}" for url, models in missing.items())
        super().__init__(f"work {index}: no server of the pool can run it: {where}")


class NoServerAvailableError(PoolError):
    """Every server of the pool stayed unreachable for longer than the pool waits for one."""
