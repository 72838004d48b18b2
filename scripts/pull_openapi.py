"""Snapshot a running InvokeAI server's OpenAPI schema into ``openapi/invokeai-<version>.json``.

    python scripts/pull_openapi.py --url http://127.0.0.1:9090

The snapshot is normalized (sorted keys, two-space indent, trailing newline) so that the diff
between two server versions reads as a diff of their APIs. Any failure (unreachable URL, a server
that is not InvokeAI, a document that is not OpenAPI) ends the script with one line saying what
happened; nothing is written then.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = REPO_ROOT / "openapi"
TIMEOUT_S = 60.0


class PullError(RuntimeError):
    pass


def dump_normalized(document: Any) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _canonical(node: Any) -> Any:
    """The document with every ``required`` list sorted: InvokeAI builds some of them from a set,
    so their order changes from one server start to the next without meaning anything."""
    if isinstance(node, dict):
        return {
            key: sorted(value)
            if key == "required"
            and isinstance(value, list)
            and all(isinstance(v, str) for v in value)
            else _canonical(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_canonical(value) for value in node]
    return node


def write_snapshot(target: Path, document: Any) -> bool:
    """Write the snapshot unless the file already holds the same schema; True when written.

    Keeping the committed file when only a set-ordered list moved means pulling the same server
    again changes nothing."""
    if target.exists():
        try:
            existing = json.loads(target.read_text(encoding="utf-8"))
        except ValueError:
            existing = None
        if existing is not None and _canonical(existing) == _canonical(document):
            return False
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".json.tmp")
    tmp.write_text(dump_normalized(document), encoding="utf-8")
    tmp.replace(target)
    return True


def _get_json(client: httpx.Client, url: str, what: str) -> Any:
    try:
        response = client.get(url)
    except httpx.TimeoutException:
        raise PullError(f"{url} did not answer within {TIMEOUT_S:.0f} s") from None
    except httpx.HTTPError as exc:
        raise PullError(f"cannot reach {url}: {exc}") from None
    if response.status_code != 200:
        raise PullError(f"{url} answered HTTP {response.status_code}; is this an InvokeAI server?")
    try:
        return response.json()
    except ValueError:
        raise PullError(
            f"{url} did not return JSON ({what}); is this an InvokeAI server?"
        ) from None


def pull(url: str) -> tuple[str, dict[str, Any]]:
    """Return (server version, OpenAPI document) read from the server at ``url``."""
    base = url.rstrip("/")
    with httpx.Client(timeout=TIMEOUT_S) as client:
        version_payload = _get_json(client, f"{base}/api/v1/app/version", "app version")
        if not isinstance(version_payload, dict) or not isinstance(
            version_payload.get("version"), str
        ):
            raise PullError(f"{base}/api/v1/app/version has no 'version': not an InvokeAI server")
        version: str = version_payload["version"]
        document = _get_json(client, f"{base}/openapi.json", "OpenAPI schema")
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise PullError(f"{base}/openapi.json is not an OpenAPI document")
    return version, document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Snapshot an InvokeAI server's OpenAPI schema")
    parser.add_argument("--url", required=True, help="base URL of a running InvokeAI server")
    parser.add_argument("--out-dir", type=Path, default=OPENAPI_DIR)
    args = parser.parse_args(argv)
    try:
        version, document = pull(args.url)
    except PullError as exc:
        print(f"pull_openapi: {exc}", file=sys.stderr)
        return 1
    target = args.out_dir / f"invokeai-{version}.json"
    write_snapshot(target, document)
    print(target.relative_to(REPO_ROOT) if target.is_relative_to(REPO_ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
