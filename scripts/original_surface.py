"""Write the original client's public surface (``tests/data/original-surface-1.1.1.json``) from
a checkout of its 1.1.1 tag: its module paths, the public classes and functions each module
defines, their public methods and properties, and their parameter names. Read with ``ast``
(nothing of the original is imported or copied: only names), so the list can be remade with

    git -C <original clone> archive v1.1.1 src | tar -x -C /tmp/original
    python scripts/original_surface.py /tmp/original/src/invokeai_py_client

``tests/test_original_surface.py`` checks this client against the list.
"""

from __future__ import annotations

import argparse
import ast
import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "tests" / "data" / "original-surface-1.1.1.json"


def _public(name: str) -> bool:
    return not name.startswith("_")


def _parameters(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    args = node.args
    names = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
    return [n for n in names if n not in ("self", "cls")]


def _members(node: ast.ClassDef) -> dict[str, Any]:
    members: dict[str, Any] = {}
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            if not _public(item.name) and item.name != "__init__":
                continue
            decorators = {ast.unparse(d) for d in item.decorator_list}
            kind = (
                "property"
                if "property" in decorators or any(d.endswith(".setter") for d in decorators)
                else "method"
            )
            if item.name in members and kind == "property":
                continue  # a property's setter
            members[item.name] = {
                "kind": kind,
                "async": isinstance(item, ast.AsyncFunctionDef),
                "parameters": _parameters(item) if kind == "method" else [],
            }
    return members


def module_surface(path: Path) -> dict[str, Any]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    defined: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and _public(node.name):
            defined[node.name] = {"kind": "class", "members": _members(node)}
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _public(node.name):
            defined[node.name] = {"kind": "function", "parameters": _parameters(node)}
    return defined


def surface(package: Path) -> dict[str, Any]:
    modules: dict[str, Any] = {}
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent).with_suffix("")
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if any(part.startswith("_") for part in parts[1:]):
            continue
        modules[".".join(parts)] = module_surface(path)
    return {"original": "CodeGandee/invokeai-py-client", "version": "1.1.1", "modules": modules}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, help="the original's src/invokeai_py_client")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    data = surface(args.package)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    modules = data["modules"]
    defined = sum(len(m) for m in modules.values())
    print(f"wrote {args.output}: {len(modules)} modules, {defined} classes and functions")


if __name__ == "__main__":
    main()
