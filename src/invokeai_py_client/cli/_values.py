"""``--set KEY=VALUE`` and ``--batch KEY=V1,V2``: which input a key names, and the text of a
value turned into what the input's kind takes. Only model inputs need the server (installed
models are looked up by name or key)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from .._core.errors import InvalidInputError
from ..workflow import WorkflowHandle, WorkflowInput

ModelLister = Callable[[], Sequence[dict[str, Any]]]
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def split_assignment(text: str, option: str) -> tuple[str, str]:
    """``KEY=VALUE`` -> (KEY, VALUE); the value may itself contain ``=``."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise InvalidInputError(
            f"{option} takes KEY=VALUE (an index, a label or node.field), got {text!r}"
        )
    return key.strip(), value


def resolve_input(wf: WorkflowHandle, key: str) -> WorkflowInput:
    """The input a key names: an index (``3``), a label (``Positive Prompt``) or
    ``node_id.field_name``."""
    if key.isdigit():
        return wf.get_input(int(key))
    try:
        return wf.get_input(key)
    except InvalidInputError:
        node_id, dot, field_name = key.rpartition(".")
        if not dot:
            raise
        try:
            return wf.get_input((node_id, field_name))
        except InvalidInputError:
            pass
        raise


def _where(inp: WorkflowInput) -> str:
    return f"input [{inp.input_index}] {inp.label!r}"


def convert(inp: WorkflowInput, text: str, models: ModelLister) -> Any:
    """The value of ``text`` for this input's kind (raises InvalidInputError naming it)."""
    kind = inp.field.kind
    try:
        if kind == "integer":
            return int(text)
        if kind == "float":
            return float(text)
    except ValueError:
        raise InvalidInputError(f"{_where(inp)} takes a number ({kind}), got {text!r}") from None
    if kind == "boolean":
        lowered = text.strip().lower()
        if lowered in _TRUE | _FALSE:
            return lowered in _TRUE
        raise InvalidInputError(f"{_where(inp)} takes true or false, got {text!r}")
    if kind in ("string", "enum", "image", "board"):
        return text
    if kind == "model":
        return _model(inp, text, models)
    try:
        return json.loads(text)
    except ValueError:
        if kind in ("collection", "color"):
            raise InvalidInputError(f"{_where(inp)} takes JSON ({kind}), got {text!r}") from None
        return text


def _model(inp: WorkflowInput, text: str, models: ModelLister) -> dict[str, Any]:
    if text.lstrip().startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            raise InvalidInputError(f"{_where(inp)}: unreadable model JSON {text!r}") from None
        if not isinstance(value, dict):
            raise InvalidInputError(f"{_where(inp)}: a model is a JSON object, got {text!r}")
        return value
    installed = list(models())
    matches = [m for m in installed if m.get("key") == text] or [
        m for m in installed if m.get("name") == text
    ]
    if len(matches) == 1:
        return {k: matches[0].get(k) for k in ("key", "hash", "name", "base", "type")}
    if matches:
        found = ", ".join(f"{m.get('key')} ({m.get('base')} {m.get('type')})" for m in matches)
        raise InvalidInputError(f"{_where(inp)}: {len(matches)} models are named {text!r}: {found}")
    raise InvalidInputError(
        f"{_where(inp)}: no installed model has the name or key {text!r} "
        "(see `invokeai-client models ls`)"
    )


def split_values(inp: WorkflowInput, text: str) -> list[str] | list[Any]:
    """The values of ``--batch``: a JSON list, or comma-separated texts."""
    if text.lstrip().startswith("["):
        try:
            values = json.loads(text)
        except ValueError:
            raise InvalidInputError(f"{_where(inp)}: unreadable JSON list {text!r}") from None
        if not isinstance(values, list):
            raise InvalidInputError(f"{_where(inp)}: expected a JSON list, got {text!r}")
        return values
    return [part.strip() for part in text.split(",")]


def apply_sets(wf: WorkflowHandle, assignments: Sequence[str], models: ModelLister) -> None:
    """Set each ``KEY=VALUE`` (checked against the server's node schema at once)."""
    for text in assignments:
        key, value = split_assignment(text, "--set")
        inp = resolve_input(wf, key)
        inp.field.value = convert(inp, value, models)


def batch_values(
    wf: WorkflowHandle, assignments: Sequence[str], models: ModelLister
) -> dict[int, list[Any]]:
    """``--batch`` options as ``{input index: [values]}``: zipped, so all as long as each
    other. Each value is checked like a ``--set`` one."""
    result: dict[int, list[Any]] = {}
    for text in assignments:
        key, raw = split_assignment(text, "--batch")
        inp = resolve_input(wf, key)
        if inp.input_index in result:
            raise InvalidInputError(f"{_where(inp)} is given twice in --batch")
        values = [
            convert(inp, v, models) if isinstance(v, str) else v for v in split_values(inp, raw)
        ]
        for value in values:
            inp.field.validate(value)
        result[inp.input_index] = values
    lengths = {len(v) for v in result.values()}
    if len(lengths) > 1:
        raise InvalidInputError(
            "--batch lists are zipped and must be as long as each other, got lengths "
            + ", ".join(str(len(v)) for v in result.values())
        )
    return result
