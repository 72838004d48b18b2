"""Pulling the same server twice leaves its snapshot as it was (InvokeAI orders some ``required``
lists from a set, differently at each start); a real schema change is written."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.pull_openapi import write_snapshot


def _doc(required: list[str], extra: str | None = None) -> dict[str, object]:
    props = {name: {"type": "string"} for name in ["a", "b", "c"] + ([extra] if extra else [])}
    schema = {"type": "object", "properties": props, "required": required}
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"Map": schema}}}


def test_a_reordered_required_list_keeps_the_committed_snapshot(tmp_path: Path) -> None:
    target = tmp_path / "invokeai-1.2.3.json"
    assert write_snapshot(target, _doc(["a", "b", "c"])) is True
    committed = target.read_text()
    assert write_snapshot(target, _doc(["c", "a", "b"])) is False
    assert target.read_text() == committed


def test_a_changed_schema_is_written(tmp_path: Path) -> None:
    target = tmp_path / "invokeai-1.2.3.json"
    write_snapshot(target, _doc(["a", "b", "c"]))
    assert write_snapshot(target, _doc(["a", "b", "c", "d"], extra="d")) is True
    assert json.loads(target.read_text())["components"]["schemas"]["Map"]["required"][-1] == "d"
