"""Unit tests for ``scripts/api_diff.py``: small constructed documents plus the real snapshots."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "scripts" / "api_diff.py"
OPENAPI_DIR = REPO_ROOT / "openapi"


def load_api_diff() -> ModuleType:
    """Import the script from its path (scripts/ is not meant to be imported as a package)."""
    spec = importlib.util.spec_from_file_location("api_diff", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


api_diff = load_api_diff()


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def document(paths: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "test", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


OLD_DOC = document(
    paths={
        "/api/v1/items/": {
            "get": {
                "operationId": "list_items",
                "summary": "List Items",
                "parameters": [
                    {
                        "in": "query",
                        "name": "limit",
                        "required": False,
                        "schema": {"type": "integer"},
                    },
                    {
                        "in": "query",
                        "name": "legacy",
                        "required": False,
                        "schema": {"type": "string"},
                    },
                ],
                "responses": {"200": {"description": "OK", **json_body(ref("ItemList"))}},
            },
            "post": {
                "operationId": "create_item",
                "summary": "Create Item",
                "requestBody": {"required": True, **json_body(ref("ItemCreate"))},
                "responses": {"201": {"description": "Created", **json_body(ref("Item"))}},
            },
        },
        "/api/v1/old_thing": {
            "delete": {
                "operationId": "delete_old_thing",
                "summary": "Delete Old Thing",
                "responses": {"204": {"description": "Gone"}},
            }
        },
    },
    schemas={
        "Item": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
            "required": ["id"],
        },
        "ItemCreate": {"type": "object", "properties": {"name": {"type": "string"}}},
        "ItemList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": ref("Item")}},
        },
        "Color": {"type": "string", "enum": ["red", "green"]},
        "Obsolete": {"type": "object", "properties": {}},
    },
)

NEW_DOC = document(
    paths={
        "/api/v1/items/": {
            "get": {
                "operationId": "list_items",
                "summary": "List Items",
                "parameters": [
                    {
                        "in": "query",
                        "name": "limit",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {"in": "query", "name": "color", "required": False, "schema": ref("Color")},
                ],
                "responses": {
                    "200": {"description": "OK", **json_body(ref("ItemPage"))},
                    "404": {"description": "Not found"},
                },
            },
            "post": {
                "operationId": "create_item",
                "summary": "Create Item",
                "requestBody": {"required": True, **json_body(ref("ItemCreateV2"))},
                "responses": {"201": {"description": "Created", **json_body(ref("Item"))}},
            },
        },
        "/api/v1/new_thing": {
            "post": {
                "operationId": "make_new_thing",
                "summary": "Make New Thing",
                "responses": {"200": {"description": "OK", **json_body(ref("Item"))}},
            }
        },
    },
    schemas={
        "Item": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "size": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                "color": ref("Color"),
            },
            "required": ["id", "color"],
        },
        "ItemCreate": {"type": "object", "properties": {"name": {"type": "string"}}},
        "ItemCreateV2": {"type": "object", "properties": {"name": {"type": "string"}}},
        "ItemList": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": ref("Item")}},
        },
        "ItemPage": {
            "type": "object",
            "properties": {"items": {"type": "array", "items": ref("Item")}},
        },
        "Color": {"type": "string", "enum": ["red", "green", "blue"]},
        "PaintInvocation": {
            "class": "invocation",
            "type": "object",
            "properties": {"type": {"const": "paint", "type": "string"}},
            "output": ref("PaintOutput"),
            "version": "1.0.0",
        },
        "PaintOutput": {"class": "output", "type": "object", "properties": {}},
    },
)


@pytest.fixture(scope="module")
def small_report() -> str:
    old = api_diff.Snapshot("1.0", OLD_DOC)
    new = api_diff.Snapshot("2.0", NEW_DOC)
    report: str = api_diff.build_report(old, new)
    return report


def section(report: str, start: str, end: str) -> str:
    """The text of ``report`` from the line starting with ``start`` up to the one with ``end``."""
    begin = report.index(start)
    return report[begin : report.index(end, begin + len(start))]


def test_header_has_versions_and_totals(small_report: str) -> None:
    lines = small_report.splitlines()
    assert lines[0] == "InvokeAI API diff: 1.0 -> 2.0"
    assert lines[2].split() == ["1.0", "2.0"]
    assert lines[3].split() == ["paths", "2", "2"]
    assert lines[4].split() == ["operations", "3", "3"]
    assert lines[5].split() == ["component", "schemas", "5", "8"]


def test_added_and_removed_operations(small_report: str) -> None:
    added = section(small_report, "Added operations (1)", "Removed operations")
    assert "+ POST /api/v1/new_thing  Make New Thing  (make_new_thing)" in added
    removed = section(small_report, "Removed operations (1)", "Changed operations")
    assert "- DELETE /api/v1/old_thing  Delete Old Thing  (delete_old_thing)" in removed


def test_changed_parameters_body_and_responses(small_report: str) -> None:
    changed = section(small_report, "Changed operations (2)", "Schemas:")
    assert "~ GET /api/v1/items/  List Items  (list_items)" in changed
    assert "~ query param limit: now required; integer -> string" in changed
    assert "+ query param color: Color (optional)" in changed
    assert "- query param legacy" in changed
    assert "~ response 200: ItemList -> ItemPage" in changed
    assert "+ response 404: no body" in changed
    assert "~ request body: ItemCreate -> ItemCreateV2" in changed


def test_schema_changes(small_report: str) -> None:
    added = section(small_report, "Added schemas (4:", "Removed schemas")
    assert "1 invocations, 1 invocation outputs, 2 other schemas" in added
    assert "Invocations (1):\n    PaintInvocation\n" in added
    assert "Invocation outputs (1):\n    PaintOutput\n" in added
    assert "ItemCreateV2, ItemPage" in added
    assert "Obsolete" in section(small_report, "Removed schemas (1:", "Changed schemas")
    changed = section(small_report, "Changed schemas (2:", "\nSummary ")
    assert "~ Item\n" in changed
    assert "+ color: Color (required)" in changed
    assert "~ size: integer -> integer | null" in changed
    assert '~ enum: values +1 ("blue")' in changed


def test_summary_line(small_report: str) -> None:
    assert small_report.splitlines()[-1] == (
        "Summary 1.0 -> 2.0: operations +1 -1 ~2; schemas +4 -1 ~2 (invocations +1 -0 ~0)"
    )


def test_main_reads_files_given_as_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_file, new_file = tmp_path / "invokeai-1.0.json", tmp_path / "invokeai-2.0.json"
    old_file.write_text(json.dumps(OLD_DOC), encoding="utf-8")
    new_file.write_text(json.dumps(NEW_DOC), encoding="utf-8")
    assert api_diff.main([str(old_file), str(new_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("InvokeAI API diff: 1.0 -> 2.0\n")
    assert "+ POST /api/v1/new_thing" in out


def test_missing_snapshot_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "invokeai-0.0.1.json"
    assert api_diff.main([str(missing), "6.14.2"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert str(missing) in captured.err


def test_missing_version_names_the_expected_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert api_diff.main(["0.0.1", "6.14.2"]) == 1
    assert "openapi/invokeai-0.0.1.json" in capsys.readouterr().err


def test_real_snapshots_5_15_0_to_6_14_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert api_diff.main(["5.15.0", "6.14.2"]) == 0
    report = capsys.readouterr().out
    assert report.splitlines()[0] == "InvokeAI API diff: 5.15.0 -> 6.14.2"
    added = section(report, "Added operations", "Removed operations")
    removed = section(report, "Removed operations", "Changed operations")
    changed = section(report, "Changed operations", "Schemas:")
    # multi-user authentication arrived in 6.12; the cursor-paginated queue list went in 6.10
    assert "+ GET /api/v1/auth/status  Get Setup Status" in added
    assert "+ POST /api/v1/auth/login  Login" in added
    assert "- GET /api/v1/queue/{queue_id}/list  List Queue Items  (list_queue_items)" in removed
    assert "- GET /api/v1/queue/{queue_id}/list" not in added
    assert "+ cookie param invokeai_media_token: string | null (optional)" in changed
    schemas = section(report, "Schemas:", "\nSummary ")
    assert "SetupStatusResponse" in section(schemas, "Added schemas", "Removed schemas")
    assert "+ user_id: string (required)" in section(schemas, "    ~ BoardDTO\n", "    ~ ")
    assert report.splitlines()[-1].startswith("Summary 5.15.0 -> 6.14.2: operations +89 -8 ")
