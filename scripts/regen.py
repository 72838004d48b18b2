"""Regenerate the typed bindings in ``generated/invokeai_api`` from an OpenAPI snapshot.

    python scripts/regen.py                  # from the newest openapi/invokeai-*.json
    python scripts/regen.py --spec openapi/invokeai-5.15.0.json
    python scripts/regen.py --check          # regenerate in a temporary folder, exit 1 on drift
    python scripts/regen.py --from-server (--url URL [--version V] | --version V)
        # add a snapshot first (from a server started on loopback unless --url is given)

Adding a snapshot never downgrades: the bindings always come from the newest snapshot (or the one
named with ``--spec``), whichever version was just pulled, so pulling an older server only adds
its snapshot (and, through ``scripts/compat_table.py``, its compat entries).

openapi-python-client (pinned in pyproject.toml) does the generation with the config and custom
templates in ``openapi/``. Before it runs, the schema is pre-processed to repair what InvokeAI's
schema gets wrong for a generator (see ``preprocess``). The result only replaces ``generated/``
when generation succeeded without a single warning, so a failed run leaves it untouched.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from scripts import gen_nodes, versions  # noqa: E402

OPENAPI_DIR = REPO_ROOT / "openapi"
CONFIG = OPENAPI_DIR / "config.yaml"
TEMPLATES = OPENAPI_DIR / "templates"
PACKAGE = "invokeai_api"
TARGET = REPO_ROOT / "generated" / PACKAGE
SAFE_TAG = re.compile(r"^[A-Za-z0-9_.:-]+$")
GENERATOR_WARNING_MARKERS = (
    "Unable to",
    "will be omitted",
    "will not be generated",
    "Could not",
    "Cannot",
    "Warning(s) encountered",
)


class RegenError(RuntimeError):
    pass


def newest_snapshot() -> Path:
    try:
        return OPENAPI_DIR / f"invokeai-{versions.newest_snapshot_version(OPENAPI_DIR)}.json"
    except LookupError:
        raise RegenError(
            "no openapi/invokeai-*.json snapshot: run `make regen` with a server"
        ) from None


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def split_mixed_enums(document: dict[str, Any]) -> int:
    """``enum: ["auto", 1, 2]`` (InvokeAIAppConfig.attention_slice_size) becomes an anyOf of a
    string enum and an integer enum; the generator rejects one enum holding both types."""
    fixed = 0
    for node in _walk(document):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        kinds = {type(v) for v in values if v is not None}
        if len(kinds) < 2:
            continue
        branches = []
        for kind, json_type in ((str, "string"), (int, "integer"), (float, "number")):
            members = [v for v in values if type(v) is kind]
            if members:
                branches.append({"type": json_type, "enum": members})
        del node["enum"]
        node.pop("type", None)
        node["anyOf"] = branches
        fixed += 1
    return fixed


def add_missing_path_parameters(document: dict[str, Any]) -> int:
    """Declare path parameters that a path template names but the operation forgets.

    ``PATCH /api/v1/workflows/i/{workflow_id}`` takes its id from the body; without the declared
    parameter the generator refuses the whole operation.
    """
    fixed = 0
    for path, item in document.get("paths", {}).items():
        names = re.findall(r"{([^}]+)}", path)
        shared = [p for p in item.get("parameters", []) if p.get("in") == "path"]
        for method, operation in item.items():
            if method == "parameters" or not isinstance(operation, dict):
                continue
            params = operation.setdefault("parameters", [])
            declared = {p.get("name") for p in params + shared if p.get("in") == "path"}
            for name in names:
                if name not in declared:
                    params.append(
                        {
                            "name": name,
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "title": name.replace("_", " ").title()},
                        }
                    )
                    fixed += 1
    return fixed


def dedupe_unions(document: dict[str, Any]) -> int:
    """``GET /queue/{q}/current`` answers anyOf[SessionQueueItem, null, SessionQueueItem, null]."""
    fixed = 0
    for node in _walk(document):
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if not isinstance(members, list):
                continue
            unique: list[Any] = []
            seen: set[str] = set()
            for member in members:
                fingerprint = json.dumps(member, sort_keys=True)
                if fingerprint not in seen:
                    seen.add(fingerprint)
                    unique.append(member)
            if len(unique) != len(members):
                node[key] = unique
                fixed += 1
    return fixed


BINARY_MEDIA_TYPES = ("image/", "video/", "application/zip", "application/octet-stream")


def type_binary_responses(document: dict[str, Any]) -> int:
    """InvokeAI declares ``image/png`` (etc.) responses with an empty schema, which the generator
    turns into "no content"; declare them as binary so the bindings return the bytes."""
    fixed = 0
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for media_type, media in response.get("content", {}).items():
                    if media_type.startswith(BINARY_MEDIA_TYPES) and not media.get("schema"):
                        media["schema"] = {"type": "string", "format": "binary"}
                        fixed += 1
    return fixed


def type_binary_uploads(document: dict[str, Any]) -> int:
    """OpenAPI 3.1 marks uploaded files ``{"type": "string", "contentMediaType": ...}``; the
    generator only knows 3.0's ``format: binary`` and would make them plain strings."""
    fixed = 0
    for node in _walk(document):
        if node.get("type") == "string" and "contentMediaType" in node and "format" not in node:
            node["format"] = "binary"
            fixed += 1
    return fixed


def drop_cookie_parameters(document: dict[str, Any]) -> int:
    """Media routes also accept the ``invokeai_media_token`` cookie, a stand-in for the Bearer
    header that browsers' <img> tags cannot send. The client always sends the header, and httpx
    deprecates per-request cookies, so the bindings leave the cookie parameter out."""
    fixed = 0
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and "parameters" in operation:
                kept = [p for p in operation["parameters"] if p.get("in") != "cookie"]
                fixed += len(operation["parameters"]) - len(kept)
                operation["parameters"] = kept
    return fixed


def check_type_tags(document: dict[str, Any]) -> None:
    """The tagged-union template writes each member's ``type`` const into code: make sure every
    such tag is a plain identifier-like string."""
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        tag = schema.get("properties", {}).get("type", {}).get("const")
        if tag is not None and not (isinstance(tag, str) and SAFE_TAG.match(tag)):
            raise RegenError(f"schema {name} has a 'type' const {tag!r} that is not a plain tag")


def preprocess(document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, int]]:
    if not isinstance(document, dict) or "paths" not in document or "openapi" not in document:
        raise RegenError("the snapshot is not an OpenAPI document")
    fixed = copy.deepcopy(document)
    report = {
        "mixed enums split": split_mixed_enums(fixed),
        "path parameters declared": add_missing_path_parameters(fixed),
        "duplicate union members removed": dedupe_unions(fixed),
        "binary responses typed": type_binary_responses(fixed),
        "binary uploads typed": type_binary_uploads(fixed),
        "cookie parameters dropped": drop_cookie_parameters(fixed),
    }
    check_type_tags(fixed)
    return fixed, report


def _generator_env() -> dict[str, str]:
    # The generator's post-hooks call `ruff`: use the one pinned beside this interpreter.
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}


def _ruff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "ruff"), *args, "--isolated"]
    command += ["--target-version", "py311", "--line-length", "100", "."]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)


def format_package(package_dir: Path) -> None:
    """Drop the imports the templates leave unused, sort imports, format.

    Ruff removes only part of a long run of unused imports per pass, so loop until it is clean.
    """
    for _ in range(50):
        _ruff("check", "--fix-only", "--select", "F401,I001", "--quiet", cwd=package_dir)
        if _ruff("check", "--select", "F401,I001", "--quiet", cwd=package_dir).returncode == 0:
            break
    else:
        raise RegenError("ruff could not remove the unused imports of the generated code")
    result = _ruff("format", "--quiet", cwd=package_dir)
    if result.returncode != 0:
        raise RegenError(f"ruff could not format the generated code: {result.stderr.strip()}")


def generate(spec: Path, out_dir: Path) -> Path:
    """Generate the package from ``spec`` into ``out_dir/invokeai_api``; return that path."""
    try:
        document = json.loads(spec.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RegenError(f"cannot read {spec}: {exc}") from None
    fixed, _ = preprocess(document)
    work = out_dir / "work"
    work.mkdir(parents=True, exist_ok=True)
    fixed_spec = work / "openapi.json"
    fixed_spec.write_text(json.dumps(fixed), encoding="utf-8")
    package_dir = out_dir / PACKAGE
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(fixed_spec),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--overwrite",
    ]
    proc = subprocess.run(
        command, capture_output=True, text=True, env=_generator_env(), cwd=work, check=False
    )
    output = proc.stdout + proc.stderr
    (out_dir / "generator.log").write_text(output)
    warnings = [
        line.strip()
        for line in output.splitlines()
        if any(marker in line for marker in GENERATOR_WARNING_MARKERS)
    ]
    if proc.returncode != 0 or warnings or not (package_dir / "__init__.py").exists():
        first = warnings[0] if warnings else (output.strip().splitlines() or ["no output"])[-1]
        raise RegenError(f"openapi-python-client rejected {spec.name}: {first}")
    format_package(package_dir)
    # `--meta none` skips the PEP 561 marker; without it the bindings' types never reach users.
    (package_dir / "py.typed").write_text("")
    return package_dir


def diff_trees(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""
    differences: list[str] = []

    def visit(cmp: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(f"only in generated/: {prefix}{n}" for n in cmp.left_only)
        differences.extend(f"missing from generated/: {prefix}{n}" for n in cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        differences.extend(f"differs: {prefix}{n}" for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            visit(sub, f"{prefix}{name}/")

    ignore = ["__pycache__", ".ruff_cache"]
    visit(filecmp.dircmp(str(left), str(right), ignore=ignore), "")
    return sorted(differences)


def pull_from_server(url: str | None, version: str | None) -> Path:
    """Snapshot the schema of the server at ``url``, or of a server started (and stopped) here.

    With both, the server at ``url`` must run ``version``: a snapshot of another version than
    the one asked for is refused rather than filed under the wrong name.
    """
    from scripts import invokeai_server, pull_openapi

    if not url and not version:
        raise RegenError("--from-server needs --url (a running server) or --version (one to start)")

    def snapshot(server_url: str) -> Path:
        server_version, document = pull_openapi.pull(server_url)
        if version and server_version != version:
            raise RegenError(f"{server_url} runs InvokeAI {server_version}, not {version}")
        target = OPENAPI_DIR / f"invokeai-{server_version}.json"
        written = pull_openapi.write_snapshot(target, document)
        state = "pulled" if written else "unchanged (same schema)"
        print(f"{state}: {target.relative_to(REPO_ROOT)} from {server_url}")
        return target

    try:
        if url:
            return snapshot(url)
        assert version is not None
        server = invokeai_server.start(version, name=f"regen-{version}", watch_pid=os.getpid())
        try:
            return snapshot(server.url)
        finally:
            invokeai_server.stop(server)
    except (pull_openapi.PullError, invokeai_server.ServerToolError) as exc:
        raise RegenError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate generated/invokeai_api")
    parser.add_argument("--spec", type=Path, help="snapshot to generate from (default: newest)")
    parser.add_argument("--out", type=Path, default=TARGET, help="package folder to replace")
    parser.add_argument("--check", action="store_true", help="fail if the output would change")
    parser.add_argument("--from-server", action="store_true", help="pull a fresh snapshot first")
    parser.add_argument("--url", help="with --from-server: a running server to pull from")
    parser.add_argument(
        "--version", help="with --from-server: server version to start (or to expect at --url)"
    )
    args = parser.parse_args(argv)
    try:
        if args.from_server:
            pulled = pull_from_server(args.url, args.version)
            newest = newest_snapshot()
            if pulled != newest and not args.spec:
                print(
                    f"{pulled.name} is older than {newest.name}: the bindings stay generated "
                    f"from {newest.name}"
                )
        spec = args.spec or newest_snapshot()
        with tempfile.TemporaryDirectory(prefix="invokeai-regen-") as tmp:
            fresh = generate(spec, Path(tmp))
            # The typed node builders follow the same snapshot, from the fresh bindings.
            nodes_status = gen_nodes.run(spec, fresh, gen_nodes.TARGET, check=args.check)
            if nodes_status:
                return nodes_status
            if args.check:
                if not args.out.exists():
                    print(f"regen-check: {args.out} does not exist", file=sys.stderr)
                    return 1
                differences = diff_trees(args.out, fresh)
                if differences:
                    print(
                        f"regen-check: generated/ drifted from {spec.name} "
                        f"({len(differences)} files); run `make regen-local`:",
                        file=sys.stderr,
                    )
                    for line in differences[:20]:
                        print(f"  {line}", file=sys.stderr)
                    return 1
                print(f"regen-check: generated/ matches {spec.name}")
                return 0
            args.out.parent.mkdir(parents=True, exist_ok=True)
            staged = args.out.with_name(args.out.name + ".new")
            shutil.rmtree(staged, ignore_errors=True)
            shutil.copytree(fresh, staged, ignore=shutil.ignore_patterns("__pycache__"))
            previous = args.out.with_name(args.out.name + ".old")
            shutil.rmtree(previous, ignore_errors=True)
            if args.out.exists():
                args.out.rename(previous)
            staged.rename(args.out)
            shutil.rmtree(previous, ignore_errors=True)
    except RegenError as exc:
        print(f"regen: {exc}", file=sys.stderr)
        return 1
    print(f"regenerated {args.out.relative_to(REPO_ROOT)} from {spec.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
