"""Write the compat table (package data, ``_core/compat_table.json``) from the OpenAPI snapshots.

The generated models parse answers in the newest server's shape. Older servers omit fields that
were added later, and the models would fail on them with a KeyError. This script finds, for every
JSON answer of the newest snapshot, the required fields (at any depth) that some older snapshot's
schema of the same name lacks, and writes them as a table: route -> schema, schema -> the
defaults to fill in and the properties to descend into. ``_core.compat.normalize_response``
applies it.

    python scripts/compat_table.py [--check]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from scripts.versions import snapshot_versions  # noqa: E402

OPENAPI = REPO / "openapi"
TARGET = REPO / "src" / "invokeai_py_client" / "_core" / "compat_table.json"

# The generated models follow the newest snapshot; every older one is a server line we support.
NEWEST = snapshot_versions(OPENAPI)[-1]
OLDER = tuple(snapshot_versions(OPENAPI)[:-1])

# Values that say "not applicable" better than an empty value of the field's type.
SEMANTIC_DEFAULTS: dict[str, Any] = {"user_id": "system", "is_public": False}


def _schemas(version: str) -> dict[str, Any]:
    document = json.loads((OPENAPI / f"invokeai-{version}.json").read_text())
    return dict(document)


def _ref(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


def _default_for(name: str, prop: dict[str, Any]) -> Any:
    if name in SEMANTIC_DEFAULTS:
        return SEMANTIC_DEFAULTS[name]
    if "default" in prop:
        return prop["default"]
    variants = prop.get("anyOf") or prop.get("oneOf") or [prop]
    if any(v.get("type") == "null" for v in variants if isinstance(v, dict)):
        return None
    kind = variants[0].get("type") if isinstance(variants[0], dict) else None
    return {"array": [], "object": {}, "integer": 0, "number": 0.0, "boolean": False}.get(
        str(kind), ""
    )


def _response_refs(operation: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for status, response in operation.get("responses", {}).items():
        if status.startswith("2"):
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            for variant in (schema or {}).get("anyOf", [schema]):
                if isinstance(variant, dict):
                    found |= {n for n in (_ref(variant), _ref(variant.get("items"))) if n}
    return found


def _objects_once_empty(newest: dict[str, Any], older: list[dict[str, Any]]) -> set[str]:
    found: set[str] = set()
    for path, operations in newest["paths"].items():
        for method, operation in operations.items():
            refs = _response_refs(operation)
            if len(refs) != 1:
                continue
            for document in older:
                old_operation = document["paths"].get(path, {}).get(method)
                if old_operation is not None and not _response_refs(old_operation):
                    found |= refs
    return found


def _counterparts(newest: dict[str, Any], older: dict[str, Any]) -> dict[str, set[str]]:
    """New schema name -> older schema names at the same place (same route, same property)."""
    pairs: dict[str, set[str]] = {}
    todo: list[tuple[str, str]] = []
    for path, operations in newest["paths"].items():
        for method, operation in operations.items():
            old_operation = older["paths"].get(path, {}).get(method)
            if old_operation is None:
                continue
            new_refs, old_refs = _response_refs(operation), _response_refs(old_operation)
            if len(new_refs) == 1 and len(old_refs) == 1:
                todo.append((next(iter(new_refs)), next(iter(old_refs))))
    new_schemas, old_schemas = newest["components"]["schemas"], older["components"]["schemas"]
    while todo:
        new_name, old_name = todo.pop()
        if new_name == old_name or old_name in pairs.get(new_name, set()):
            continue
        pairs.setdefault(new_name, set()).add(old_name)
        new_children = _children(new_schemas.get(new_name, {}))
        old_children = _children(old_schemas.get(old_name, {}))
        for prop, names in new_children.items():
            old_names = old_children.get(prop, [])
            if len(names) == 1 and len(old_names) == 1:
                todo.append((names[0], old_names[0]))
    return pairs


def _children(schema: dict[str, Any]) -> dict[str, list[str]]:
    """Property -> schema names reachable directly (through arrays, unions, maps)."""
    found: dict[str, list[str]] = {}
    for prop, sub in schema.get("properties", {}).items():
        names: list[str] = []
        stack = [sub]
        while stack:
            node = stack.pop()
            if not isinstance(node, dict):
                continue
            name = _ref(node)
            if name:
                names.append(name)
                continue
            stack.extend(node.get("anyOf", []) + node.get("oneOf", []) + node.get("allOf", []))
            if isinstance(node.get("items"), dict):
                stack.append(node["items"])
        if names:
            found[prop] = names
    return found


def build() -> dict[str, Any]:
    newest = _schemas(NEWEST)
    schemas = newest["components"]["schemas"]
    older_documents = [_schemas(v) for v in OLDER]
    older = [d["components"]["schemas"] for d in older_documents]
    # Schemas renamed between lines (e.g. WorkflowRecordListItemDTO -> ...WithThumbnailDTO),
    # paired through the routes that answer with them.
    counterparts = [_counterparts(newest, document) for document in older_documents]

    own: dict[str, dict[str, Any]] = {}
    for name, schema in schemas.items():
        # InvokeAI lists some names as required that are not properties (output_meta).
        required = set(schema.get("required", [])) & set(schema.get("properties", {}))
        missing: dict[str, Any] = {}
        for old, pairs in zip(older, counterparts, strict=True):
            old_names = {name} | pairs.get(name, set())
            for old_name in old_names:
                old_schema = old.get(old_name)
                if old_schema is None:
                    continue
                for field in sorted(required - set(old_schema.get("properties", {}))):
                    missing[field] = _default_for(field, schema["properties"].get(field, {}))
        if missing:
            own[name] = missing

    # Answers that older lines sent empty (null) where the newest sends an object: all of
    # that object's required fields are filled in.
    for name in _objects_once_empty(newest, older_documents):
        schema = schemas[name]
        required = set(schema.get("required", [])) & set(schema.get("properties", {}))
        filled = {f: _default_for(f, schema["properties"][f]) for f in sorted(required)}
        own[name] = {**filled, **own.get(name, {})}

    needs: dict[str, bool] = {}

    def need(name: str, trail: frozenset[str] = frozenset()) -> bool:
        if name in needs:
            return needs[name]
        if name in trail or name not in schemas:
            return False
        result = name in own or any(
            need(child, trail | {name})
            for children in _children(schemas[name]).values()
            for child in children
        )
        needs[name] = result
        return result

    routes = _routes(newest, need)
    roots = {t for route in routes for t in route[2:] if t} | {
        n for n in schemas if n.endswith("Event")
    }
    reachable: set[str] = set()
    todo = [n for n in roots if need(n)]
    while todo:
        name = todo.pop()
        if name in reachable:
            continue
        reachable.add(name)
        todo += [c for cs in _children(schemas[name]).values() for c in cs if need(c)]

    fills: dict[str, Any] = {}
    for name in sorted(reachable):
        descend = {
            prop: sorted({c for c in children if need(c)})
            for prop, children in _children(schemas[name]).items()
            if any(need(c) for c in children)
        }
        tag = schemas[name].get("properties", {}).get("type", {}).get("const")
        fills[name] = {"defaults": own.get(name, {}), "descend": descend, "tag": tag}
    return {"routes": routes, "fills": fills, "no_content": _no_content_routes(newest)}


def _no_content_routes(newest: dict[str, Any]) -> list[tuple[str, str]]:
    found = []
    for path, operations in sorted(newest["paths"].items()):
        for method, operation in sorted(operations.items()):
            if "204" in operation.get("responses", {}):
                pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path.rstrip("/")))
                found.append((method.upper(), pattern + "/?$"))
    return found


def _routes(newest: dict[str, Any], need: Any) -> list[tuple[str, str, str | None, str | None]]:
    """(method, path regex, schema of an object answer, schema of the items of a list answer)."""
    routes: list[tuple[str, str, str | None, str | None]] = []
    for path, operations in sorted(newest["paths"].items()):
        for method, operation in sorted(operations.items()):
            as_object: str | None = None
            as_list: str | None = None
            for status, response in sorted(operation.get("responses", {}).items()):
                if not status.startswith("2"):
                    continue
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                for variant in (schema or {}).get("anyOf", [schema]):
                    if not isinstance(variant, dict):
                        continue
                    name, items = _ref(variant), _ref(variant.get("items"))
                    if name and need(name):
                        as_object = name
                    if items and need(items):
                        as_list = items
            if as_object or as_list:
                pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path.rstrip("/")))
                routes.append((method.upper(), pattern + "/?$", as_object, as_list))
    return routes


def render(table: dict[str, Any]) -> str:
    document = {
        "_generated": "by scripts/compat_table.py from openapi/*.json: do not edit by hand",
        "_about": f"required fields of InvokeAI {NEWEST} answers that older servers "
        f"({', '.join(OLDER)}) omit; routes answering 204 No Content",
        "routes": [list(route) for route in table["routes"]],
        "fills": table["fills"],
        "no_content": [list(route) for route in table["no_content"]],
    }
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the table is out of date")
    args = parser.parse_args()
    text = render(build())
    if args.check:
        if not TARGET.exists() or TARGET.read_text() != text:
            print(f"{TARGET.relative_to(REPO)} is out of date: run scripts/compat_table.py")
            return 1
        print(f"{TARGET.relative_to(REPO)} is up to date")
        return 0
    TARGET.write_text(text)
    print(f"wrote {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
