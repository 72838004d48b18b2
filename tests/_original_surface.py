"""Walking the original client's public surface (``tests/data/original-surface-1.1.1.json``,
made by ``scripts/original_surface.py`` from its 1.1.1 tag) against this client: which of its
module paths import, which of its classes and functions are reachable at the same path (or only
elsewhere in the package), which of their methods and properties exist, and which parameter
names each of those callables takes. ``python -m tests._original_surface`` prints the figures."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "original-surface-1.1.1.json"


def original() -> dict[str, Any]:
    modules: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))["modules"]
    return modules


@dataclass
class Walk:
    modules: list[str] = field(default_factory=list)
    modules_missing: list[str] = field(default_factory=list)
    defined_same_path: list[str] = field(default_factory=list)
    defined_elsewhere: list[str] = field(default_factory=list)
    defined_missing: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    members_missing: list[str] = field(default_factory=list)
    parameters: list[str] = field(default_factory=list)
    parameters_missing: list[str] = field(default_factory=list)

    @property
    def misses(self) -> list[str]:
        return sorted(
            [f"module {m}" for m in self.modules_missing]
            + [f"defined {d}" for d in self.defined_elsewhere + self.defined_missing]
            + [f"member {m}" for m in self.members_missing]
            + [f"parameter {p}" for p in self.parameters_missing]
        )

    def figures(self) -> str:
        def share(found: list[str], missing: list[str]) -> str:
            return f"{len(found)} of {len(found) + len(missing)}"

        total_defined = (
            len(self.defined_same_path) + len(self.defined_elsewhere) + len(self.defined_missing)
        )
        return (
            f"module paths {share(self.modules, self.modules_missing)}; "
            f"classes and functions {len(self.defined_same_path)} of {total_defined} at the same "
            f"path ({len(self.defined_elsewhere)} more only elsewhere); "
            f"methods and properties {share(self.members, self.members_missing)}; "
            f"parameter names {share(self.parameters, self.parameters_missing)}"
        )


def _our_modules() -> dict[str, ModuleType]:
    import invokeai_py_client

    found = {"invokeai_py_client": invokeai_py_client}
    for info in pkgutil.walk_packages(invokeai_py_client.__path__, "invokeai_py_client."):
        if any(part.startswith("_") for part in info.name.split(".")[1:]):
            continue
        if info.name.startswith(("invokeai_py_client.cli", "invokeai_py_client.testing")):
            continue
        try:
            found[info.name] = importlib.import_module(info.name)
        except ImportError:
            continue
    return found


def _import(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _elsewhere(name: str, ours: dict[str, ModuleType]) -> Any:
    for module in ours.values():
        found = getattr(module, name, None)
        if found is not None:
            return found
    return None


def _parameter_names(target: Any) -> set[str] | None:
    """The names a callable accepts; None when it takes any keyword (``**kwargs`` untyped)."""
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):
        return set()
    names = set()
    for parameter in signature.parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            continue
        names.add(parameter.name)
    return names


def _check_parameters(walk: Walk, where: str, target: Any, expected: list[str]) -> None:
    accepted = _parameter_names(target)
    for name in expected:
        if name in ("args", "kwargs"):
            continue
        label = f"{where}({name})"
        if accepted is None or name in accepted:
            walk.parameters.append(label)
        else:
            walk.parameters_missing.append(label)


def walk() -> Walk:
    result = Walk()
    ours = _our_modules()
    for module_name, defined in original().items():
        module = _import(module_name)
        (result.modules if module is not None else result.modules_missing).append(module_name)
        for name, spec in defined.items():
            where = f"{module_name}.{name}"
            target = getattr(module, name, None) if module is not None else None
            if target is not None:
                result.defined_same_path.append(where)
            else:
                target = _elsewhere(name, ours)
                if target is None:
                    result.defined_missing.append(where)
                    for member in spec.get("members", {}):
                        if member != "__init__":
                            result.members_missing.append(f"{where}.{member}")
                    continue
                result.defined_elsewhere.append(where)
            if spec["kind"] == "function":
                _check_parameters(result, where, target, spec["parameters"])
                continue
            for member, info in spec["members"].items():
                member_where = f"{where}.{member}"
                if member != "__init__":
                    if not hasattr(target, member) and member not in _fields_of(target):
                        result.members_missing.append(member_where)
                        continue
                    result.members.append(member_where)
                if info["kind"] == "method":
                    _check_parameters(
                        result, member_where, getattr(target, member), info["parameters"]
                    )
    return result


def _fields_of(target: Any) -> set[str]:
    """Attributes a class declares without a class attribute: dataclass / attrs / pydantic
    fields, annotations, and the instance attributes its methods assign (``self.x = ...``)."""
    import ast
    import textwrap

    names: set[str] = set()
    for klass in getattr(target, "__mro__", ()):
        names.update(getattr(klass, "__annotations__", {}))
        names.update(getattr(klass, "model_fields", {}) or {})
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        except (OSError, TypeError, SyntaxError):
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                names.add(node.attr)
    return names


if __name__ == "__main__":
    print(walk().figures())
