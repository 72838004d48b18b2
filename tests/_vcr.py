"""vcrpy set-up: what a cassette keeps, what it never keeps, and how requests are matched."""

from __future__ import annotations

import json
import re
from typing import Any

import vcr

REDACTED = "REDACTED"
SECRET_JSON_KEYS = frozenset({"password", "token", "access_token", "new_password"})
SECRET_RESPONSE_HEADERS = frozenset({"x-refreshed-token", "set-cookie"})
_BOUNDARY = re.compile(rb"boundary=([^;\s]+)")


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: (REDACTED if k in SECRET_JSON_KEYS and isinstance(v, str) else _scrub_json(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    return value


scrub_json = _scrub_json


def _scrub_body(body: bytes | str | None) -> bytes | str | None:
    if not body:
        return body
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body
    scrubbed = json.dumps(_scrub_json(document))
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


def before_record_request(request: Any) -> Any:
    """Applied when recording and when matching: secrets never reach a cassette."""
    request.body = _scrub_body(request.body)
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_RESPONSE_HEADERS:
            headers[name] = [REDACTED for _ in headers[name]]
    body = response.get("body", {})
    if isinstance(body.get("string"), bytes | str):
        body["string"] = _scrub_body(body["string"])
    return response


def _normalized_body(request: Any) -> Any:
    body = request.body or b""
    if isinstance(body, str):
        body = body.encode()
    content_type = request.headers.get("content-type", "") or request.headers.get(
        "Content-Type", ""
    )
    if "multipart/form-data" in content_type:
        match = _BOUNDARY.search(content_type.encode())
        if match:
            return body.replace(match.group(1), b"BOUNDARY")
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body
    # Every enqueue carries a batch id the client draws at random: it cannot match a recording.
    if isinstance(document, dict) and isinstance(document.get("batch"), dict):
        document["batch"].pop("batch_id", None)
    return document


def body_matcher(r1: Any, r2: Any) -> None:
    """Bodies match when their JSON is equal, or multipart bodies match up to the boundary."""
    if _normalized_body(r1) != _normalized_body(r2):
        raise AssertionError("request bodies differ")


def make_vcr() -> vcr.VCR:
    recorder = vcr.VCR(
        serializer="yaml",
        match_on=["method", "path", "query", "body"],
        filter_headers=[("authorization", REDACTED), ("cookie", REDACTED)],
        before_record_request=before_record_request,
        before_record_response=before_record_response,
        decode_compressed_response=True,
        # Socket.IO runs over aiohttp: its traffic is recorded as events (tests/_events.py).
        skip_patchers=("aiohttp",),
    )
    recorder.register_matcher("body", body_matcher)
    return recorder
