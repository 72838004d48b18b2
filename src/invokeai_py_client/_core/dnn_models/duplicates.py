"""Reading a refused install: when the server says a model "is already installed", which model
that is. The message names it by key, by name/type/base, by path or by destination, the same way
in 4.2, 5.x and 6.x; :func:`clues` reads them and :func:`same_path` compares paths."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DUPLICATE_PATH = re.compile(r"A model with path '(?P<path>.+)' is already installed")
_DUPLICATE_KEY = re.compile(r"A model with key '(?P<key>[^']+)' is already installed")
_DUPLICATE_ATTRS = re.compile(
    r"A model with name='(?P<name>.*)', type='(?P<type>[^']*)', base='(?P<base>[^']*)' is already"
)
_DUPLICATE_DEST = re.compile(r"is already installed at (?P<dest>.+)$")


@dataclass(frozen=True)
class Clues:
    """What a refusal says of the model already installed, most telling first."""

    key: str | None = None
    attrs: tuple[str, str, str] | None = None  # name, type, base
    destination_key: str | None = None  # 6.x installs into <models>/<key>/
    paths: list[str] = field(default_factory=list)


def clues(message: str, *, local_path: str, source: str) -> Clues:
    key = _DUPLICATE_KEY.search(message)
    attrs = _DUPLICATE_ATTRS.search(message)
    dest = _DUPLICATE_DEST.search(message)
    paths = [m["path"] for m in [_DUPLICATE_PATH.search(message)] if m]
    paths += [dest["dest"]] if dest else []
    paths += [local_path, source]
    return Clues(
        key=key["key"] if key else None,
        attrs=(attrs["name"], attrs["type"], attrs["base"]) if attrs else None,
        destination_key=dest["dest"].rstrip("/").rsplit("/", 1)[-1] if dest else None,
        paths=paths,
    )


def same_path(model_path: str, path: str) -> bool:
    """Whether a model's path (absolute, or relative to the models folder) names ``path``."""
    if not model_path or not path:
        return False
    model_path, path = model_path.rstrip("/"), path.rstrip("/")
    return model_path == path or (
        not model_path.startswith("/") and path.endswith("/" + model_path)
    )
