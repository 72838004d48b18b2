"""vcrpy set-up: what a cassette keeps, what it never keeps, and how requests are matched.

Matching, in replay: a request gets the first unplayed recorded answer whose request is equal
(method, path, query, body: JSON compared as data, multipart up to its boundary); if none is,
the first unplayed one equal *in shape* (``_normalize``: ids and timestamps replaced by numbered
placeholders). A request that matches neither fails the test, saying what differs from the
closest recorded request.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import vcr
from vcr.cassette import Cassette
from vcr.matchers import requests_match

from invokeai_py_client.testing._normalize import first_difference, normalize_text

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


def _shape_of_body(request: Any) -> Any:
    body = _normalized_body(request)
    if isinstance(body, bytes):
        try:
            return normalize_text(body.decode())
        except UnicodeDecodeError:
            return body
    return json.loads(normalize_text(json.dumps(body, sort_keys=True)))


def _shape_of_query(request: Any) -> list[tuple[str, str]]:
    return [(k, normalize_text(v)) for k, v in sorted(request.query)]


def shape_matcher(r1: Any, r2: Any) -> None:
    """Method, path, query and body equal once ids and timestamps are placeholders."""
    if r1.method != r2.method:
        raise AssertionError(f"method {r1.method} != {r2.method}")
    if normalize_text(r1.path) != normalize_text(r2.path):
        raise AssertionError("paths differ")
    if _shape_of_query(r1) != _shape_of_query(r2):
        raise AssertionError("queries differ")
    if _shape_of_body(r1) != _shape_of_body(r2):
        raise AssertionError("bodies differ")


def describe_difference(recorded: Any, sent: Any) -> str:
    """What a sent request changed against the recorded one of the same route (in shape)."""
    old_query, new_query = _shape_of_query(recorded), _shape_of_query(sent)
    if old_query != new_query:
        return f"query: recorded {urllib.parse.urlencode(old_query)!r}, sent " + repr(
            urllib.parse.urlencode(new_query)
        )
    old, new = _shape_of_body(recorded), _shape_of_body(sent)
    if isinstance(old, bytes | str) or isinstance(new, bytes | str):
        return "body: the raw (non-JSON) body differs"
    return "body " + (first_difference(old, new) or "differs")


class PipelineCassette(Cassette):  # type: ignore[misc]
    """A cassette that falls back to matching in shape and explains what did not match."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.mismatches: list[str] = []

    def _responses(self, request: Any) -> Iterator[tuple[int, Any]]:
        request = self._before_record_request(request)
        exact = [
            index
            for index, (stored, _) in enumerate(self.data)
            if requests_match(request, stored, self._match_on)
        ]
        for index in exact:
            yield index, self.data[index][1]
        for index, (stored, response) in enumerate(self.data):
            if index not in exact and requests_match(request, stored, [shape_matcher]):
                yield index, response

    def find_requests_with_most_matches(self, request: Any) -> list[Any]:
        # vcrpy asks this when a request matched nothing: the place to say why.
        filtered = self._before_record_request(request)
        same_route = [
            (index, stored)
            for index, (stored, _) in enumerate(self.data)
            if stored.method == filtered.method
            and normalize_text(stored.path) == normalize_text(filtered.path)
        ]
        route = f"{filtered.method} {filtered.path}"
        if not same_route:
            self.mismatches.append(f"{route}: the recording never sent this request")
        elif any(requests_match(filtered, stored, [shape_matcher]) for _, stored in same_route):
            self.mismatches.append(f"{route}: sent more often than in the recording")
        else:
            # Compared with the first recorded request of that route not yet answered.
            unplayed = [stored for index, stored in same_route if self.play_counts[index] == 0]
            closest = (unplayed or [same_route[0][1]])[0]
            self.mismatches.append(f"{route}: {describe_difference(closest, filtered)}")
        result: list[Any] = super().find_requests_with_most_matches(request)
        return result


def make_vcr() -> vcr.VCR:
    recorder = vcr.VCR(
        serializer="yaml",
        match_on=["method", "path", "query", "body"],
        filter_headers=[("authorization", REDACTED), ("cookie", REDACTED)],
        before_record_request=before_record_request,
        before_record_response=before_record_response,
        decode_compressed_response=True,
        # Socket.IO runs over aiohttp: its traffic is recorded as events (_events.py).
        skip_patchers=("aiohttp",),
    )
    recorder.register_matcher("body", body_matcher)
    return recorder


def use_cassette(path: Path, *, record: bool) -> AbstractContextManager[PipelineCassette]:
    """The cassette at ``path``: rewritten from the real exchanges when ``record``, else replayed
    (a request it does not hold fails)."""
    config = make_vcr().get_merged_config(path=str(path), record_mode="all" if record else "none")
    manager: AbstractContextManager[PipelineCassette] = PipelineCassette.use(**config)
    return manager
