"""Contains some shared types for properties"""

import importlib
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class InvalidPathParameter(ValueError):
    """A path parameter that would change which route a request reaches: empty, a dot segment
    (``.``, ``..``, which URL normalization removes) or containing ``/``. Nothing was sent."""

    def __init__(self, name: str, value: Any) -> None:
        self.name = name
        self.value = value
        super().__init__(
            f"{name} must be a non-empty name that is not '.' or '..' and has no '/', got {value!r}"
        )


def path_parameter(name: str, value: Any) -> str:
    """``value`` quoted for a URL path segment, refused when it would leave its segment."""
    text = str(value)
    if text in ("", ".", "..") or "/" in text:
        raise InvalidPathParameter(name, value)
    return quote(text, safe="")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# Tagged unions: InvokeAI's node and output unions (300+ members each) carry no OpenAPI
# discriminator, but every member has a constant ``type``. Generated ``from_dict`` code looks the
# tag up in a table (a constant tuple of (tag, module, class) triples built at compile time)
# instead of trying every member in turn, and imports only the member it needs.
_TAG_TABLES: dict[int, tuple[dict[str, tuple[str, str]], tuple[tuple[str, str, str], ...]]] = {}
_RESOLVED: dict[tuple[str, str], type] = {}


def parse_tagged(data: object, table: tuple[tuple[str, str, str], ...]) -> Any:
    """Parse ``data`` into the union member whose ``type`` tag it carries.

    A mapping whose tag is not in the table (say, a node from a custom node pack the bindings
    were not generated with) is returned unchanged as a dict instead of failing the whole parse.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"expected an object with a 'type' tag, got {type(data).__name__}")
    entry = _TAG_TABLES.get(id(table))
    if entry is None:
        entry = ({tag: (module, name) for tag, module, name in table}, table)
        _TAG_TABLES[id(table)] = entry
    target = entry[0].get(data.get("type"))  # type: ignore[arg-type]
    if target is None:
        return dict(data)
    cls = _RESOLVED.get(target)
    if cls is None:
        module = importlib.import_module(f"{__package__}.models.{target[0]}")
        cls = getattr(module, target[1])
        _RESOLVED[target] = cls
    return cls.from_dict(data)  # type: ignore[attr-defined]


def dump_tagged(value: Any) -> Any:
    """Serialize a tagged-union member; raw dicts (unknown tags) pass through unchanged."""
    if isinstance(value, Mapping):
        return dict(value)
    return value.to_dict()


__all__ = [
    "UNSET",
    "dump_tagged",
    "parse_tagged",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
