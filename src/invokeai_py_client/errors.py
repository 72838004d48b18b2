"""The whole exception hierarchy of the client.

Everything the client raises on purpose derives from :class:`InvokeAIError`:

* :class:`APIStatusError` and its per-status subclasses for HTTP answers >= 400. They are also
  ``httpx.HTTPStatusError`` so code written for plain httpx keeps working; they carry the method,
  URL, status and the server's ``detail``.
* :class:`APIConnectionError` / :class:`APITimeoutError` when no answer came back. They are also
  ``httpx.TransportError`` / ``httpx.TimeoutException``.
* :class:`LoginError` for login problems that are not a plain HTTP status.
"""

from __future__ import annotations

import json
import warnings
from typing import Any, Literal

import httpx

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


class EventConnectionError(InvokeAIError):
    """The Socket.IO connection could not be opened (refused, unreachable or unauthorized)."""


class JobError(InvokeAIError):
    """A queue item did not complete. ``queue_item`` is the generated ``SessionQueueItem``
    (``None`` when the server no longer has it); ``item_id`` is always set."""

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
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
    "UnknownArgumentError",
    "UnprocessableEntityError",
    "UnsupportedByServerError",
    "UnsupportedMediaTypeError",
    "error_for_response",
    "render_detail",
]


# Old names kept for one release; using them warns.
_DEPRECATED = {"AuthError": ("LoginError", LoginError)}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        new_name, value = _DEPRECATED[name]
        warnings.warn(f"{name} is deprecated; use {new_name}", DeprecationWarning, stacklevel=2)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
