"""A workflow's inputs described as plain data (JSON-safe): what a notebook's table and an
agent's tool show — names, kinds, whether required, the current value, choices and bounds."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any

from .inputs import WorkflowInput

_BOUNDS = ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum", "multiple_of")
_LENGTHS = ("min_length", "max_length")


def plain(value: Any) -> Any:
    """``value`` as JSON-safe data: enums by value, typed records by ``to_dict()``, anything
    else unknown by ``str()``."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    return str(value)


def describe_input(item: WorkflowInput) -> dict[str, Any]:
    """One input: ``index``, ``label``, ``node`` (the node's name), ``field``
    (``node_id.field_name``), ``kind``, ``required``, ``value``, and when the server gives
    them ``choices``, ``bounds`` (``minimum``...) and ``lengths``."""
    schema = item.field.schema
    described: dict[str, Any] = {
        "index": item.input_index,
        "label": item.label,
        "node": item.node_name or item.node_type,
        "field": item.key,
        "kind": item.field.kind,
        "required": item.required,
        "value": plain(item.value),
    }
    choices = getattr(schema, "choices", None)
    if choices:
        described["choices"] = [plain(c) for c in choices]
    bounds = {n: getattr(schema, n) for n in _BOUNDS if getattr(schema, n, None) is not None}
    if bounds:
        described["bounds"] = bounds
    lengths = {n: getattr(schema, n) for n in _LENGTHS if getattr(schema, n, None) is not None}
    if lengths:
        described["lengths"] = lengths
    return described


def describe_inputs(inputs: Iterable[WorkflowInput]) -> list[dict[str, Any]]:
    """Every input of :meth:`list_inputs`, described by :func:`describe_input`."""
    return [describe_input(item) for item in inputs]


def constraint_text(described: dict[str, Any]) -> str:
    """The choices and bounds of a described input as one short line (empty when none)."""
    parts = []
    if "choices" in described:
        shown = ", ".join(str(c) for c in described["choices"][:12])
        more = len(described["choices"]) - 12
        parts.append(f"one of {shown}" + (f" (+{more} more)" if more > 0 else ""))
    symbols = {
        "minimum": ">=",
        "maximum": "<=",
        "exclusive_minimum": ">",
        "exclusive_maximum": "<",
        "multiple_of": "multiple of",
    }
    for name, bound in described.get("bounds", {}).items():
        shown = f"{bound:g}" if isinstance(bound, float) else str(bound)
        parts.append(f"{symbols[name]} {shown}")
    for name, length in described.get("lengths", {}).items():
        parts.append(f"{name.replace('_', ' ')} {length}")
    return "; ".join(parts)
