"""Older servers' payloads in the current shape: the normalizers of answers and events.

Answers of 4.x/5.x servers lack fields that later servers added; :func:`normalize_response`
fills them in from ``compat_table.json`` (generated from the OpenAPI snapshots by
``scripts/compat_table.py``) before the generated models parse them. Events of pre-4.2.4
servers used other names; :func:`normalize_event` renames them. Which release has which feature
is :mod:`.versions`' business, not this module's.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

import httpx

# ------------------------------------------------------------------------- payload normalizers
# Events and queue items of servers before 4.2.4 used other names for the same fields.
_LEGACY_FIELD_NAMES = {
    "queue_item_id": "item_id",
    "queue_batch_id": "batch_id",
    "graph_execution_state_id": "session_id",
    "node": "invocation",
    "source_node_id": "invocation_source_id",
}


def rename_legacy_fields(payload: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``payload`` with the pre-4.2.4 field names replaced by the current ones."""
    if not any(old in payload for old in _LEGACY_FIELD_NAMES):
        return payload
    renamed = dict(payload)
    for old, new in _LEGACY_FIELD_NAMES.items():
        if old in renamed and new not in renamed:
            renamed[new] = renamed.pop(old)
    return renamed


_LEGACY_EVENT_NAMES = {
    "generator_progress": "invocation_progress",
    "invocation_denoise_progress": "invocation_progress",
    "model_load_completed": "model_load_complete",
    "model_install_running": "model_install_started",
    "model_install_downloading": "model_install_download_progress",
    "model_install_downloads_done": "model_install_downloads_complete",
    "model_install_completed": "model_install_complete",
    "bulk_download_completed": "bulk_download_complete",
    "bulk_download_failed": "bulk_download_error",
}


def legacy_event_name(name: str) -> str:
    """The current name of an event that servers before 4.2.4 sent under another name."""
    return _LEGACY_EVENT_NAMES.get(name, name)


def normalize_event(name: str, payload: Any, schema: str | None) -> Any:
    """Bring an event payload of any supported server (4.x-6.x) to the 6.14 shape.

    ``name`` is the current event name and ``schema`` its generated model's name.
    """
    if not isinstance(payload, dict):
        return payload
    data = rename_legacy_fields(payload)
    if isinstance(data.get("queue_item"), dict) and name == "queue_item_status_changed":
        # Before 4.2.4 the item was nested; its fields are top-level since.
        data = {**rename_legacy_fields(data["queue_item"]), **data}
        data.pop("queue_item", None)
    if name in ("model_load_started", "model_load_complete") and "config" in data:
        data = {**data, "config": complete_model_config(data["config"])}
    if name == "invocation_progress" and "message" not in data:
        data = _progress_from_denoise(data)
    if name in _BATCH_ROUTED_EVENTS and not ("origin" in data and "destination" in data):
        # Batches have had an origin and a destination since 5.0; a 4.x batch has neither.
        data = {"origin": None, "destination": None, **data}
    return fill(schema, data) if schema is not None else data


# Events whose payload names the batch's origin and destination (5.0+).
_BATCH_ROUTED_EVENTS = frozenset(
    {
        "invocation_started",
        "invocation_progress",
        "invocation_complete",
        "invocation_error",
        "queue_item_status_changed",
        "batch_enqueued",
    }
)


def _progress_from_denoise(data: dict[str, Any]) -> dict[str, Any]:
    """4.x ``invocation_denoise_progress`` (step -1..n-1 of ``total_steps``, ``percentage``,
    ``progress_image``) in the 5.0+ ``invocation_progress`` shape. ``step``, ``total_steps`` and
    ``order`` are kept (the typed event's ``additional_properties``; see
    ``events.progress_steps``): later servers send only the percentage."""
    step, total = data.get("step"), data.get("total_steps")
    percentage = data.get("percentage")
    if not isinstance(percentage, int | float) and isinstance(step, int):
        # The 4.x server's own formula: step -1 (the start) is the first of total + 1 events.
        percentage = (step + 1) / (total + 1) if isinstance(total, int) and total >= 0 else None
    image = data.get("progress_image")
    if isinstance(image, dict) and "dataURL" not in image:
        image = None
    return {
        **{k: v for k, v in data.items() if k != "progress_image"},
        "message": "Denoising" if percentage is not None else "",
        "percentage": percentage,
        "image": image,
    }


# Fields that 6.x added to every model config, with the value the client fills in when an older
# server did not send them: what a current server sends when they do not apply, and 0 for
# ``file_size`` (6.x measures the files on disk; 0 means "not reported by this server").
_LATER_MODEL_FIELDS: dict[str, Any] = {"source_url": None, "cover_image": None, "file_size": 0}
# Before 6.x a diffusers or checkpoint main model's prediction type was read from its scheduler
# when loading, not stored; SD-1 and SDXL models are epsilon models unless their config says
# otherwise (what 6.x's probe stores for them), other bases are left unparsed rather than guessed.
_EPSILON_BASES = frozenset({"sd-1", "sdxl", "sdxl-refiner"})


def complete_model_config(payload: dict[str, Any] | Any) -> Any:
    """A 4.x/5.x model config with the fields 6.x added filled in (``payload`` itself when
    nothing was missing), so that it parses into its generated class."""
    if not isinstance(payload, dict):
        return payload
    missing = {k: v for k, v in _LATER_MODEL_FIELDS.items() if k not in payload}
    if (
        payload.get("type") == "main"
        and payload.get("base") in _EPSILON_BASES
        and "prediction_type" not in payload
    ):
        missing["prediction_type"] = "epsilon"
    return {**payload, **missing} if missing else payload


# ------------------------------------------------------------------------- REST answers
# Marks an enqueue result of a server that did not say which items it created (< 6.0).
LEGACY_NO_ITEM_IDS = "_client_no_item_ids"
# Marks a DeleteImagesResult filled in for an older server's empty answer (it names no images).
LEGACY_EMPTY_ANSWER = "_client_empty_answer"


TABLE_FILE = "compat_table.json"


@functools.cache
def _tables() -> tuple[list[Any], frozenset[str], list[Any], dict[str, dict[str, Any]]]:
    # Loaded and compiled on the first request, not at import (import time is a target).
    from importlib import resources

    table = json.loads(resources.files(__package__).joinpath(TABLE_FILE).read_text("utf-8"))
    routes = [(m, re.compile(p), obj, items) for m, p, obj, items in table["routes"]]
    hints = frozenset(p.split("/")[3] for _, p, _, _ in table["routes"])
    no_content = [(m, re.compile(p)) for m, p in table["no_content"]]
    return routes, hints, no_content, table["fills"]


def _route(method: str, path: str) -> tuple[str | None, str | None] | None:
    path = path[path.find("/api/") :] if "/api/" in path else path  # behind a path prefix
    parts = path.split("/", 4)
    routes, hints, _, _ = _tables()
    if len(parts) < 4 or parts[3] not in hints:
        return None
    for route_method, pattern, as_object, as_list in routes:
        if route_method == method and pattern.match(path):
            return as_object, as_list
    return None


def wants_identity_encoding(method: str, path: str) -> bool:
    """True for routes that answer 204: InvokeAI 6.14's gzip middleware turns an empty 204
    answer into a 500 when the request accepts gzip (the action is done all the same), so such
    requests ask for no compression."""
    path = path[path.find("/api/") :] if "/api/" in path else path
    return any(m == method and pattern.match(path) for m, pattern in _tables()[2])


def needs_normalizing(method: str, path: str, status: int) -> bool:
    """Whether an answer may come from an older server in an older shape (cheap check)."""
    return 200 <= status < 300 and _route(method, path) is not None


def normalize_response(method: str, path: str, payload: Any) -> Any:
    """Bring an answer of a 4.x/5.x server to the shape the generated models parse.

    Fields that later servers added get the value a current server sends when they do not apply
    (from ``compat_table.json``, generated from the OpenAPI snapshots). Returns ``payload`` itself
    when nothing had to change, as for every answer of a current server.
    """
    route = _route(method, path)
    if route is None:
        return payload
    path = path[path.find("/api/") :] if "/api/" in path else path
    as_object, as_list = route
    if isinstance(payload, list) and as_list is not None:
        items = [fill(as_list, item) for item in payload]
        return items if any(a is not b for a, b in zip(items, payload, strict=True)) else payload
    if payload is None and as_object is not None:
        # Some routes answered nothing on older servers (e.g. POST board_images/ before 6.x).
        if as_object == "DeleteImagesResult":
            return {**fill(as_object, {}), LEGACY_EMPTY_ANSWER: True}
        return fill(as_object, {})
    if isinstance(payload, dict) and as_object is not None:
        filled = fill(as_object, payload)
        if as_object == "EnqueueBatchResult" and "item_ids" not in payload:
            filled = {**filled, LEGACY_NO_ITEM_IDS: True}
        return filled
    return payload


def fill(schema: str, value: Any) -> Any:
    """``value`` with the fields of ``schema`` (and nested schemas) that it lacks filled in."""
    spec = _tables()[3].get(schema)
    if spec is None or not isinstance(value, dict):
        return value
    result = value
    missing = {k: v for k, v in spec["defaults"].items() if k not in value}
    if missing:
        result = {**value, **_copies(missing)}
    for prop, schemas in spec["descend"].items():
        child = result.get(prop)
        if child is None:
            continue
        new_child = _fill_any(schemas, child)
        if new_child is not child:
            result = {**result, prop: new_child} if result is value else result
            result[prop] = new_child
    return result


def _fill_any(schemas: list[str], child: Any) -> Any:
    if isinstance(child, list):
        items = [_fill_any(schemas, item) for item in child]
        return items if any(a is not b for a, b in zip(items, child, strict=True)) else child
    if not isinstance(child, dict):
        return child
    if len(schemas) == 1:
        return fill(schemas[0], child)
    # A union member: only the schema whose type tag the value carries applies.
    for schema in schemas:
        if _tables()[3][schema].get("tag") == child.get("type"):
            return fill(schema, child)
    return child


def _copies(defaults: dict[str, Any]) -> dict[str, Any]:
    # Fresh lists and dicts, so that no two answers share a mutable default.
    return {k: (type(v)() if isinstance(v, list | dict) else v) for k, v in defaults.items()}


def normalized(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """The response with its JSON brought to the current shape when an older server sent it."""
    if not needs_normalizing(request.method, request.url.path, response.status_code):
        return response
    try:
        payload = json.loads(response.content)
    except ValueError:
        return response
    changed = normalize_response(request.method, request.url.path, payload)
    if changed is payload:
        return response
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-length", "content-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=json.dumps(changed).encode(),
        request=request,
        extensions=response.extensions,
    )
