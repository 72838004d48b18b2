"""What may change between two runs of the same pipeline, replaced by numbered placeholders.

A server picks new random ids on every run (image names, batch, session, board and model ids,
all UUID-based in InvokeAI) and stamps its answers with the time; a pipeline may put a UUID or a
timestamp of its own into what it sends. Two requests *match in shape* when they are equal once
every such value is replaced by a placeholder numbered by its first appearance in that request:

    /api/v1/images/i/1b3c...-9f.png/full   ->  /api/v1/images/i/<id:1>.png/full
    {"board_id": "aa..", "image": "aa.."}  ->  {"board_id": "<id:1>", "image": "<id:1>"}
    "2026-11-25 20:56:40.724"              ->  "<time>"

Numbering keeps the wiring: a request that sends the same id twice only matches one that also
sends one id twice. Everything else (prompts, sizes, steps, seeds, model names, node graphs) must
be equal, so a pipeline that changes what it sends no longer matches.
"""

from __future__ import annotations

import json
import re
from typing import Any

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")


def normalize_text(text: str) -> str:
    """``text`` with every UUID replaced by ``<id:n>`` (n: order of first appearance) and every
    ISO-8601 timestamp by ``<time>``."""
    seen: dict[str, int] = {}

    def number(match: re.Match[str]) -> str:
        value = match.group(0).lower()
        if value not in seen:
            seen[value] = len(seen) + 1
        return f"<id:{seen[value]}>"

    return _UUID.sub(number, _TIME.sub("<time>", text))


def normalize_document(document: Any) -> Any:
    """A JSON document with its volatile values replaced (keys sorted, so key order is free)."""
    return json.loads(normalize_text(json.dumps(document, sort_keys=True)))


def first_difference(recorded: Any, sent: Any, where: str = "$") -> str | None:
    """Where two JSON documents first differ, and how (``None`` when they are equal)."""
    if isinstance(recorded, dict) and isinstance(sent, dict):
        for key in sorted(set(recorded) | set(sent), key=str):
            if key not in sent:
                return f"{where}.{key}: recorded {_short(recorded[key])}, not sent any more"
            if key not in recorded:
                return f"{where}.{key}: sent {_short(sent[key])}, not in the recording"
            found = first_difference(recorded[key], sent[key], f"{where}.{key}")
            if found is not None:
                return found
        return None
    if isinstance(recorded, list) and isinstance(sent, list):
        for index, (old, new) in enumerate(zip(recorded, sent, strict=False)):
            found = first_difference(old, new, f"{where}[{index}]")
            if found is not None:
                return found
        if len(recorded) != len(sent):
            return f"{where}: recorded {len(recorded)} items, sent {len(sent)}"
        return None
    if recorded != sent:
        return f"{where}: recorded {_short(recorded)}, sent {_short(sent)}"
    return None


def _short(value: Any, limit: int = 120) -> str:
    text = json.dumps(value) if not isinstance(value, bytes) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
