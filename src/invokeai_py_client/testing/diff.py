"""What changed between two recordings of the same tests (two server versions, or two runs):

    python -m invokeai_py_client.testing.diff cassettes/6.14.2 cassettes/6.15.0

Each cassette is shown as its exchanges (request line and body, answer status and body) with ids
and timestamps as placeholders (``_normalize``), so only real changes remain: new or renamed
fields, other statuses, requests the client now sends or no longer sends. Exit status 1 when
anything differs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # vcrpy's dependency

from invokeai_py_client.testing._normalize import normalize_text


def _text(body: Any) -> str:
    if isinstance(body, dict):
        body = body.get("string", "")
    if isinstance(body, bytes):
        try:
            body = body.decode()
        except UnicodeDecodeError:
            return f"<{len(body)} bytes>"
    if not body:
        return ""
    try:
        return json.dumps(json.loads(body), indent=1, sort_keys=True)
    except ValueError:
        return str(body)


def exchanges(cassette: Path) -> list[str]:
    """The cassette as lines to compare, ids and timestamps normalized."""
    document = yaml.safe_load(cassette.read_text()) or {}
    lines: list[str] = []
    for interaction in document.get("interactions", []):
        request, response = interaction["request"], interaction["response"]
        parts = urllib.parse.urlsplit(request["uri"])
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        lines.append(f"> {request['method']} {target}")
        lines += [f">   {line}" for line in _text(request.get("body")).splitlines()]
        lines.append(f"< {response['status']['code']}")
        lines += [f"<   {line}" for line in _text(response.get("body")).splitlines()]
    return normalize_text("\n".join(lines)).splitlines()


def diff(old: Path, new: Path) -> list[str]:
    old_files = {p.relative_to(old) for p in old.rglob("*.yaml")}
    new_files = {p.relative_to(new) for p in new.rglob("*.yaml")}
    out: list[str] = []
    for name in sorted(old_files - new_files):
        out.append(f"only in {old}: {name}")
    for name in sorted(new_files - old_files):
        out.append(f"only in {new}: {name}")
    for name in sorted(old_files & new_files):
        out += difflib.unified_diff(
            exchanges(old / name),
            exchanges(new / name),
            f"{old.name}/{name}",
            f"{new.name}/{name}",
            lineterm="",
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("old", type=Path, help="e.g. cassettes/6.14.2")
    parser.add_argument("new", type=Path, help="e.g. cassettes/6.15.0")
    args = parser.parse_args(argv)
    lines = diff(args.old, args.new)
    print("\n".join(lines) if lines else "no change")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
