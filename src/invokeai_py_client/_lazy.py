"""Public names resolved on first use (PEP 562).

The resource packages (``board``, ``queue``, ``workflow``, ``dnn_model``) export both twins'
classes, which import those packages' I/O-free modules in turn; loading the classes on first
use breaks that cycle and keeps ``import invokeai_py_client`` light. Type checkers read the
same names from each package's ``TYPE_CHECKING`` imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``names[name]`` (a module path relative to the
    client package) when ``name`` is first asked for."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, "invokeai_py_client"), name)
        globals_of_package = importlib.import_module(package).__dict__
        globals_of_package[name] = value
        return value

    return __getattr__
