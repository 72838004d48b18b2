"""Request specs: one request to the server, described without sending it.

A :class:`Spec` names the generated operation (a module of ``invokeai_api.api``: its
``build_request``, ``sync_detailed`` and ``asyncio_detailed``), its arguments, what the answer
becomes (``returns``: a parser that also checks the type) and what an error status means for
this operation (``errors``). Both clients send specs through one method,
``Requester.call(spec) -> T``, so the result type travels with the call and no caller re-asserts
it; the resources' specs live in the core modules beside this one (``boards``, ``queue`` ...):
``Spec.of(get_board, board_id, returns=checked(BoardDTO))`` is a ``Spec[BoardDTO]``, and
``await requester.call(spec)`` a ``BoardDTO``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, TypeVar

from .errors import APIStatusError, InvalidInputError, UnexpectedResponseError

T = TypeVar("T")
Parse = Callable[[Any], T]
# What an error status means for one operation: the status's APIStatusError -> the error to raise.
ErrorMeaning = Callable[[APIStatusError], Exception]


@dataclass(frozen=True, kw_only=True)
class Spec(Generic[T]):
    """One request: ``operation(*args, **kwargs)``, its answer parsed by ``returns``.

    ``json=True`` sends the request the operation builds and gives ``returns`` the decoded JSON
    of the answer (None for an empty one) instead of what the generated parser makes of it
    (for answers parsed tolerantly: model configs of kinds the bindings do not know, older
    servers' shapes).
    ``path`` / ``method`` / ``params`` describe a request without a generated operation (a
    route an older server has and the newest does not).
    """

    operation: ModuleType | None
    returns: Parse[T]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    json: bool = False
    errors: Mapping[int, ErrorMeaning] = field(default_factory=dict)
    method: str = "GET"
    path: str = ""
    params: Mapping[str, Any] | None = None

    @classmethod
    def of(
        cls,
        operation: ModuleType,
        *args: Any,
        returns: Parse[T],
        json: bool = False,
        errors: Mapping[int, ErrorMeaning] | None = None,
        **kwargs: Any,
    ) -> Spec[T]:
        """The spec of one generated operation called with ``args`` and ``kwargs``."""
        return cls(
            operation=operation,
            returns=returns,
            args=args,
            kwargs=kwargs,
            json=json,
            errors=errors or {},
        )

    @classmethod
    def route(
        cls,
        method: str,
        path: str,
        *,
        returns: Parse[T],
        params: Mapping[str, Any] | None = None,
    ) -> Spec[T]:
        """The spec of a request to ``path`` (from the server root) that no generated operation
        describes; ``returns`` gets the decoded JSON of the answer."""
        return cls(
            operation=None, returns=returns, json=True, method=method, path=path, params=params
        )

    @property
    def name(self) -> str:
        """The operation's name (``get_board``), for messages."""
        if self.operation is None:
            return f"{self.method} {self.path}"
        return self.operation.__name__.rsplit(".", 1)[-1]

    def request(self) -> dict[str, Any]:
        """The keywords of ``httpx.Client.request`` for this spec; a path parameter that would
        leave its URL segment raises ``InvalidInputError`` (nothing is sent)."""
        if self.operation is None:
            request: dict[str, Any] = {"method": self.method, "url": self.path}
            if self.params is not None:
                request["params"] = dict(self.params)
            return request
        from invokeai_api.types import InvalidPathParameter

        try:
            built: dict[str, Any] = self.operation.build_request(*self.args, **self.kwargs)
        except InvalidPathParameter as exc:
            raise InvalidInputError(f"{self.name}: {exc}") from exc
        return built

    def meaning(self, error: APIStatusError) -> Exception | None:
        """The error an error status means for this operation (None: the status's own)."""
        mean = self.errors.get(error.status_code)
        return None if mean is None else mean(error)


# ------------------------------------------------------------------------------ parsers
def checked(kind: type[T]) -> Parse[T]:
    """A parser that accepts what the bindings parsed when it is a ``kind``."""

    def parse(value: Any) -> T:
        if not isinstance(value, kind):
            raise UnexpectedResponseError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return parse


def list_of(kind: type[T]) -> Parse[list[T]]:
    """A parser that accepts a list of ``kind``."""

    def parse(value: Any) -> list[T]:
        if not isinstance(value, list) or not all(isinstance(item, kind) for item in value):
            raise UnexpectedResponseError(f"expected a list of {kind.__name__}, got {value!r:.200}")
        return value

    return parse


def optional(kind: type[T]) -> Parse[T | None]:
    """A parser that gives a ``kind``, or None for any other answer (``null``, ``{}``)."""

    def parse(value: Any) -> T | None:
        return value if isinstance(value, kind) else None

    return parse


def nothing(_: Any) -> None:
    """A parser for an answer that carries nothing the caller needs."""
    return None


def attribute(parse: Parse[Any], name: str, kind: type[T]) -> Parse[T]:
    """A parser that gives the ``name`` attribute (of type ``kind``) of what ``parse`` gives."""

    def read(value: Any) -> T:
        found = getattr(parse(value), name)
        if not isinstance(found, kind):
            raise UnexpectedResponseError(f"expected {name} to be a {kind.__name__}: {found!r}")
        return found

    return read
