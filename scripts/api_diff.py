"""Report, for a person to read, what changed between two committed OpenAPI snapshots.

    python scripts/api_diff.py 5.15.0 6.14.2
    python scripts/api_diff.py openapi/invokeai-4.2.9.json openapi/invokeai-6.14.2.json
    make api-diff A=5.15.0 B=6.14.2

Each argument is either a server version (read from ``openapi/invokeai-<version>.json``) or the
path of a snapshot file. The report, written to stdout, has four parts:

1. the two versions with their totals (paths, operations, component schemas);
2. operations (keyed by METHOD + path) added, removed and changed: parameters, request body,
   response status codes and response schemas, operationId, deprecation;
3. component schemas added, removed and changed (invocations, invocation outputs and the other
   schemas apart): properties added or removed, required-ness, type changes;
4. a one-line summary.

Types are compared through a compact rendering of each schema ($ref name, type, union members,
enum values), so edits to descriptions, titles, defaults or UI hints are not reported.
A snapshot that is missing or unreadable ends the script with one line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = REPO_ROOT / "openapi"
SNAPSHOT_PREFIX = "invokeai-"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
JSON_MEDIA_TYPE = "application/json"

REPORT_WIDTH = 100
MAX_SHAPE_CHARS = 60  # a rendered type longer than this is shown as a member diff instead
MAX_LINES_PER_ITEM = 8  # change lines shown for one operation or one schema
MAX_LISTED_CHARS = 36  # union members / enum values listed on one change line

INDENT_ITEM = "  "
INDENT_DETAIL = "      "
INDENT_NAMES = "    "

JsonObject = dict[str, Any]
OperationKey = tuple[str, str]  # (path, METHOD)

SCHEMA_KINDS = ("invocation", "output", "other")
SCHEMA_KIND_TITLES = {
    "invocation": "invocations",
    "output": "invocation outputs",
    "other": "other schemas",
}


class SnapshotError(Exception):
    """A snapshot file that cannot be used; the message is the whole explanation."""


# --- loading -------------------------------------------------------------------------------------


def snapshot_path(argument: str) -> Path:
    """Map a version ("6.14.2") or a file path to the snapshot file it names."""
    if argument.endswith(".json") or "/" in argument or "\\" in argument:
        return Path(argument)
    return OPENAPI_DIR / f"{SNAPSHOT_PREFIX}{argument}.json"


def snapshot_label(path: Path) -> str:
    """The version encoded in a snapshot file name, or the file name when there is none."""
    stem = path.name.removesuffix(".json")
    return stem.removeprefix(SNAPSHOT_PREFIX) if stem.startswith(SNAPSHOT_PREFIX) else path.name


def display_path(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(REPO_ROOT)) if resolved.is_relative_to(REPO_ROOT) else str(path)


def available_versions() -> list[str]:
    return sorted(snapshot_label(p) for p in OPENAPI_DIR.glob(f"{SNAPSHOT_PREFIX}*.json"))


def load_snapshot(path: Path) -> JsonObject:
    """Read an OpenAPI document, raising SnapshotError with a one-line reason on failure."""
    if not path.is_file():
        known = ", ".join(available_versions()) or "none"
        raise SnapshotError(f"snapshot not found: {display_path(path)} (committed: {known})")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SnapshotError(f"cannot read snapshot {display_path(path)}: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SnapshotError(f"{display_path(path)} is not an OpenAPI document (no 'paths')")
    return document


# --- compact rendering of schemas ----------------------------------------------------------------


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def is_enum(schema: Any) -> bool:
    return isinstance(schema, dict) and isinstance(schema.get("enum"), list)


def union_members(schema: JsonObject) -> list[Any] | None:
    for keyword in ("anyOf", "oneOf", "allOf"):
        members = schema.get(keyword)
        if isinstance(members, list):
            return members
    return None


def render_shape(schema: Any) -> str:
    """A short, type-only rendering: ``ImageDTO``, ``string | null``, ``array[Foo]``, enums."""
    if not isinstance(schema, dict):
        return "any"
    if isinstance(schema.get("$ref"), str):
        return ref_name(schema["$ref"])
    members = union_members(schema)
    if members is not None:
        separator = " & " if "allOf" in schema else " | "
        return separator.join(render_shape(member) for member in members) or "any"
    if "const" in schema:
        return f"const {json.dumps(schema['const'])}"
    if is_enum(schema):
        return "enum(" + ", ".join(json.dumps(value) for value in schema["enum"]) + ")"
    return render_typed_shape(schema)


def render_typed_shape(schema: JsonObject) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(render_typed_shape({**schema, "type": one}) for one in kind)
    if kind == "array":
        return f"array[{render_shape(schema.get('items'))}]"
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"dict[{render_shape(schema['additionalProperties'])}]"
    if isinstance(kind, str):
        fmt = schema.get("format")
        return f"{kind}<{fmt}>" if isinstance(fmt, str) else kind
    return "any"


def shape_atoms(schema: Any) -> set[str]:
    """The leaves of a rendering (ref names, enum values, plain types), for member diffs."""
    if not isinstance(schema, dict):
        return {"any"}
    if isinstance(schema.get("$ref"), str):
        return {ref_name(schema["$ref"])}
    members = union_members(schema)
    if members is not None:
        return set().union(*(shape_atoms(member) for member in members))
    if "const" in schema:
        return {f"const {json.dumps(schema['const'])}"}
    if is_enum(schema):
        return {json.dumps(value) for value in schema["enum"]}
    children = [schema.get(key) for key in ("items", "additionalProperties")]
    nested = [child for child in children if isinstance(child, dict)]
    if not nested:
        return {render_typed_shape(schema)}
    return {str(schema.get("type", "any"))}.union(*(shape_atoms(child) for child in nested))


def capped(items: Sequence[str], budget: int = MAX_LISTED_CHARS) -> str:
    """Join as many items as fit in ``budget`` characters (at least one), then "... and N more"."""
    shown: list[str] = []
    for item in items:
        if shown and len(", ".join([*shown, item])) > budget:
            break
        shown.append(item)
    hidden = len(items) - len(shown)
    return ", ".join(shown) + (f", ... and {hidden} more" if hidden else "")


def shortened(text: str) -> str:
    return text if len(text) <= MAX_SHAPE_CHARS else text[: MAX_SHAPE_CHARS - 3] + "..."


def describe_shape_change(old_schema: Any, new_schema: Any) -> str:
    """``old -> new`` when short, else the members (refs, enum values) added and removed."""
    old_shape, new_shape = render_shape(old_schema), render_shape(new_schema)
    both_enums = is_enum(old_schema) and is_enum(new_schema)
    both_short = len(old_shape) <= MAX_SHAPE_CHARS and len(new_shape) <= MAX_SHAPE_CHARS
    if both_short and not both_enums:
        return f"{old_shape} -> {new_shape}"
    old_atoms, new_atoms = shape_atoms(old_schema), shape_atoms(new_schema)
    added, removed = sorted(new_atoms - old_atoms), sorted(old_atoms - new_atoms)
    if not added and not removed:
        return f"{shortened(old_shape)} -> {shortened(new_shape)}"
    parts = [f"+{len(added)} ({capped(added)})"] if added else []
    parts += [f"-{len(removed)} ({capped(removed)})"] if removed else []
    return ("values " if both_enums else "members ") + " ".join(parts)


# --- operations ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation with its $refs to parameters, bodies and responses already resolved."""

    path: str
    method: str
    operation_id: str
    summary: str
    deprecated: bool
    parameters: dict[str, JsonObject]  # keyed "<in> param <name>", e.g. "query param limit"
    request_body: JsonObject | None
    responses: dict[str, JsonObject]

    @property
    def key(self) -> OperationKey:
        return (self.path, self.method)

    @property
    def title(self) -> str:
        return f"{self.method} {self.path}"


def resolve_local_ref(document: JsonObject, node: Any) -> Any:
    """Follow a local ``#/...`` $ref (used for parameter, body and response objects)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return node
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        if target is None:
            return node
        node = target
    return node


def collect_parameters(document: JsonObject, *sources: Any) -> dict[str, JsonObject]:
    """Parameters of path-level then operation-level lists; the operation's win."""
    parameters: dict[str, JsonObject] = {}
    for source in sources:
        for raw in source if isinstance(source, list) else []:
            parameter = resolve_local_ref(document, raw)
            if isinstance(parameter, dict):
                location, name = parameter.get("in", "?"), parameter.get("name", "?")
                parameters[f"{location} param {name}"] = parameter
    return parameters


def build_operation(
    document: JsonObject, path: str, method: str, path_item: JsonObject, raw: JsonObject
) -> Operation:
    body = resolve_local_ref(document, raw.get("requestBody"))
    responses = raw.get("responses") if isinstance(raw.get("responses"), dict) else {}
    return Operation(
        path=path,
        method=method.upper(),
        operation_id=str(raw.get("operationId", "")),
        summary=str(raw.get("summary", "")).strip(),
        deprecated=bool(raw.get("deprecated", False)),
        parameters=collect_parameters(document, path_item.get("parameters"), raw.get("parameters")),
        request_body=body if isinstance(body, dict) else None,
        responses={
            str(code): resolved
            for code, response in (responses or {}).items()
            if isinstance(resolved := resolve_local_ref(document, response), dict)
        },
    )


def collect_operations(document: JsonObject) -> dict[OperationKey, Operation]:
    operations: dict[OperationKey, Operation] = {}
    for path, path_item in document.get("paths", {}).items():
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            raw = path_item.get(method)
            if isinstance(raw, dict):
                operation = build_operation(document, path, method, path_item, raw)
                operations[operation.key] = operation
    return operations


def operation_line(marker: str, operation: Operation) -> str:
    summary = f"  {operation.summary}" if operation.summary else ""
    op_id = f"  ({operation.operation_id})" if operation.operation_id else ""
    return f"{INDENT_ITEM}{marker} {operation.title}{summary}{op_id}"


def required_word(required: bool) -> str:
    return "required" if required else "optional"


def diff_parameters(old: Operation, new: Operation) -> list[str]:
    lines: list[str] = []
    for key in sorted(new.parameters.keys() - old.parameters.keys()):
        parameter = new.parameters[key]
        shape = render_shape(parameter.get("schema"))
        required = required_word(bool(parameter.get("required")))
        lines.append(f"+ {key}: {shortened(shape)} ({required})")
    lines += [f"- {key}" for key in sorted(old.parameters.keys() - new.parameters.keys())]
    for key in sorted(old.parameters.keys() & new.parameters.keys()):
        before, after = old.parameters[key], new.parameters[key]
        changes: list[str] = []
        if bool(before.get("required")) != bool(after.get("required")):
            changes.append(f"now {required_word(bool(after.get('required')))}")
        if render_shape(before.get("schema")) != render_shape(after.get("schema")):
            changes.append(describe_shape_change(before.get("schema"), after.get("schema")))
        if changes:
            lines.append(f"~ {key}: " + "; ".join(changes))
    return lines


def media_types(holder: JsonObject | None) -> dict[str, Any]:
    content = holder.get("content") if holder else None
    return content if isinstance(content, dict) else {}


def render_content(holder: JsonObject | None) -> str:
    """The media types of a body or response with their rendered schemas; JSON ones bare."""
    parts: list[str] = []
    for media_type, media in sorted(media_types(holder).items()):
        schema = media.get("schema") if isinstance(media, dict) else None
        if media_type == JSON_MEDIA_TYPE:
            parts.append(render_shape(schema))
        else:
            parts.append(f"{media_type} {render_shape(schema)}" if schema else media_type)
    return "; ".join(parts) or "no body"


def single_media_schema(holder: JsonObject | None) -> Any:
    """The schema of a body/response when it has exactly one media type, else None."""
    content = media_types(holder)
    if len(content) != 1:
        return None
    media = next(iter(content.values()))
    return media.get("schema") if isinstance(media, dict) else None


def describe_content_change(before: JsonObject | None, after: JsonObject | None) -> str:
    """Schema change of a body/response with the same single media type, else old -> new."""
    old_schema, new_schema = single_media_schema(before), single_media_schema(after)
    same_media = media_types(before).keys() == media_types(after).keys()
    if same_media and old_schema is not None and new_schema is not None:
        return describe_shape_change(old_schema, new_schema)
    return f"{shortened(render_content(before))} -> {shortened(render_content(after))}"


def diff_request_body(old: Operation, new: Operation) -> list[str]:
    before, after = old.request_body, new.request_body
    if before is None and after is None:
        return []
    if before is None:
        return [f"+ request body: {shortened(render_content(after))}"]
    if after is None:
        return ["- request body"]
    changes: list[str] = []
    if bool(before.get("required")) != bool(after.get("required")):
        changes.append(f"now {required_word(bool(after.get('required')))}")
    if render_content(before) != render_content(after):
        changes.append(describe_content_change(before, after))
    return ["~ request body: " + "; ".join(changes)] if changes else []


def diff_responses(old: Operation, new: Operation) -> list[str]:
    lines = [
        f"+ response {code}: {shortened(render_content(new.responses[code]))}"
        for code in sorted(new.responses.keys() - old.responses.keys())
    ]
    lines += [f"- response {code}" for code in sorted(old.responses.keys() - new.responses.keys())]
    for code in sorted(old.responses.keys() & new.responses.keys()):
        before, after = old.responses[code], new.responses[code]
        if render_content(before) != render_content(after):
            lines.append(f"~ response {code}: {describe_content_change(before, after)}")
    return lines


def diff_operation_attributes(old: Operation, new: Operation) -> list[str]:
    lines: list[str] = []
    if old.operation_id != new.operation_id:
        lines.append(f"~ operationId: {old.operation_id} -> {new.operation_id}")
    if old.deprecated != new.deprecated:
        lines.append("~ now deprecated" if new.deprecated else "~ no longer deprecated")
    return lines


def diff_operation(old: Operation, new: Operation) -> list[str]:
    return (
        diff_operation_attributes(old, new)
        + diff_parameters(old, new)
        + diff_request_body(old, new)
        + diff_responses(old, new)
    )


# --- schemas -------------------------------------------------------------------------------------


def schema_kind(schema: Any) -> str:
    kind = schema.get("class") if isinstance(schema, dict) else None
    return kind if kind in ("invocation", "output") else "other"


def collect_schemas(document: JsonObject) -> dict[str, JsonObject]:
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return {}
    return {name: schema for name, schema in schemas.items() if isinstance(schema, dict)}


def properties_of(schema: JsonObject) -> dict[str, Any]:
    properties = schema.get("properties")
    return properties if isinstance(properties, dict) else {}


def required_of(schema: JsonObject) -> set[str]:
    required = schema.get("required")
    return {str(name) for name in required} if isinstance(required, list) else set()


def diff_schema_attributes(old: JsonObject, new: JsonObject) -> list[str]:
    """Changes to the schema as a whole: its own type/enum, an invocation's version/output."""
    lines: list[str] = []
    if render_shape(old) != render_shape(new):
        label = "enum" if is_enum(old) and is_enum(new) else "type"
        lines.append(f"~ {label}: {describe_shape_change(old, new)}")
    if old.get("version") != new.get("version"):
        lines.append(f"~ version: {old.get('version')} -> {new.get('version')}")
    if render_shape(old.get("output")) != render_shape(new.get("output")):
        lines.append(f"~ output: {describe_shape_change(old.get('output'), new.get('output'))}")
    return lines


def diff_properties(old: JsonObject, new: JsonObject) -> list[str]:
    old_props, new_props = properties_of(old), properties_of(new)
    old_required, new_required = required_of(old), required_of(new)
    lines: list[str] = []
    for name in sorted(new_props.keys() - old_props.keys()):
        shape = shortened(render_shape(new_props[name]))
        lines.append(f"+ {name}: {shape}" + (" (required)" if name in new_required else ""))
    lines += [f"- {name}" for name in sorted(old_props.keys() - new_props.keys())]
    for name in sorted(old_props.keys() & new_props.keys()):
        changes: list[str] = []
        if (name in old_required) != (name in new_required):
            changes.append(f"now {required_word(name in new_required)}")
        if render_shape(old_props[name]) != render_shape(new_props[name]):
            changes.append(describe_shape_change(old_props[name], new_props[name]))
        if changes:
            lines.append(f"~ {name}: " + "; ".join(changes))
    return lines


def diff_schema(old: JsonObject, new: JsonObject) -> list[str]:
    return diff_schema_attributes(old, new) + diff_properties(old, new)


# --- report --------------------------------------------------------------------------------------


@dataclass
class Snapshot:
    """One loaded OpenAPI document and the version label it is reported under."""

    label: str
    document: JsonObject

    @cached_property
    def operations(self) -> dict[OperationKey, Operation]:
        return collect_operations(self.document)

    @cached_property
    def schemas(self) -> dict[str, JsonObject]:
        return collect_schemas(self.document)


@dataclass
class Counts:
    added: int = 0
    removed: int = 0
    changed: int = 0

    def text(self) -> str:
        return f"+{self.added} -{self.removed} ~{self.changed}"


def heading(title: str) -> list[str]:
    return ["", title, "=" * len(title)]


def subheading(title: str) -> list[str]:
    return ["", f"{title}:"]


def capped_details(details: Sequence[str]) -> list[str]:
    """Detail lines of one item, at most MAX_LINES_PER_ITEM of them."""
    shown = [f"{INDENT_DETAIL}{line}" for line in details[:MAX_LINES_PER_ITEM]]
    if len(details) > MAX_LINES_PER_ITEM:
        shown.append(f"{INDENT_DETAIL}... and {len(details) - MAX_LINES_PER_ITEM} more")
    return shown


def wrapped_names(names: Iterable[str]) -> list[str]:
    return textwrap.wrap(
        ", ".join(names),
        width=REPORT_WIDTH,
        initial_indent=INDENT_NAMES,
        subsequent_indent=INDENT_NAMES,
        break_long_words=False,
        break_on_hyphens=False,
    )


def header_lines(old: Snapshot, new: Snapshot) -> list[str]:
    title = f"InvokeAI API diff: {old.label} -> {new.label}"
    rows: list[tuple[str, Callable[[Snapshot], int]]] = [
        ("paths", lambda snap: len(snap.document.get("paths", {}))),
        ("operations", lambda snap: len(snap.operations)),
        ("component schemas", lambda snap: len(snap.schemas)),
    ]
    width = max(len(old.label), len(new.label), 8)
    lines = [title, "=" * len(title), f"{'':<20}{old.label:>{width}}  {new.label:>{width}}"]
    for name, count in rows:
        lines.append(f"{name:<20}{count(old):>{width}}  {count(new):>{width}}")
    return lines


def operations_section(old: Snapshot, new: Snapshot) -> tuple[list[str], Counts]:
    before, after = old.operations, new.operations
    added = [after[key] for key in sorted(after.keys() - before.keys())]
    removed = [before[key] for key in sorted(before.keys() - after.keys())]
    changed = [
        (after[key], details)
        for key in sorted(before.keys() & after.keys())
        if (details := diff_operation(before[key], after[key]))
    ]
    counts = Counts(len(added), len(removed), len(changed))
    lines = heading(f"Operations: {counts.text()}")
    if added:
        lines += subheading(f"Added operations ({len(added)})")
        lines += [operation_line("+", operation) for operation in added]
    if removed:
        lines += subheading(f"Removed operations ({len(removed)})")
        lines += [operation_line("-", operation) for operation in removed]
    if changed:
        lines += subheading(f"Changed operations ({len(changed)})")
        for operation, details in changed:
            lines.append(operation_line("~", operation))
            lines += capped_details(details)
    if not (added or removed or changed):
        lines.append("  (no differences)")
    return lines, counts


def names_by_kind(names: Iterable[str], schemas: Mapping[str, JsonObject]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {kind: [] for kind in SCHEMA_KINDS}
    for name in sorted(names):
        grouped[schema_kind(schemas[name])].append(name)
    return grouped


def schema_name_list(verb: str, grouped: Mapping[str, list[str]]) -> list[str]:
    total = sum(len(names) for names in grouped.values())
    if not total:
        return []
    breakdown = ", ".join(
        f"{len(grouped[kind])} {SCHEMA_KIND_TITLES[kind]}" for kind in SCHEMA_KINDS
    )
    lines = subheading(f"{verb} schemas ({total}: {breakdown})")
    for kind in SCHEMA_KINDS:
        if grouped[kind]:
            lines.append(f"  {SCHEMA_KIND_TITLES[kind].capitalize()} ({len(grouped[kind])}):")
            lines += wrapped_names(grouped[kind])
    return lines


def changed_schema_list(
    changes: Mapping[str, list[str]], schemas: Mapping[str, JsonObject]
) -> list[str]:
    if not changes:
        return []
    grouped = names_by_kind(changes, schemas)
    breakdown = ", ".join(
        f"{len(grouped[kind])} {SCHEMA_KIND_TITLES[kind]}" for kind in SCHEMA_KINDS
    )
    lines = subheading(f"Changed schemas ({len(changes)}: {breakdown})")
    for kind in SCHEMA_KINDS:
        if grouped[kind]:
            lines.append(f"  {SCHEMA_KIND_TITLES[kind].capitalize()} ({len(grouped[kind])}):")
            for name in grouped[kind]:
                lines.append(f"{INDENT_NAMES}~ {name}")
                lines += capped_details(changes[name])
    return lines


def schemas_section(old: Snapshot, new: Snapshot) -> tuple[list[str], Counts, Counts]:
    """The schema part of the report, with counts over all schemas and over invocations."""
    before, after = old.schemas, new.schemas
    added = names_by_kind(after.keys() - before.keys(), after)
    removed = names_by_kind(before.keys() - after.keys(), before)
    changes = {
        name: details
        for name in sorted(before.keys() & after.keys())
        if (details := diff_schema(before[name], after[name]))
    }
    counts = Counts(sum(map(len, added.values())), sum(map(len, removed.values())), len(changes))
    invocations = Counts(
        len(added["invocation"]),
        len(removed["invocation"]),
        sum(1 for name in changes if schema_kind(after[name]) == "invocation"),
    )
    lines = heading(f"Schemas: {counts.text()}")
    lines += schema_name_list("Added", added)
    lines += schema_name_list("Removed", removed)
    lines += changed_schema_list(changes, after)
    if not (counts.added or counts.removed or counts.changed):
        lines.append("  (no differences)")
    return lines, counts, invocations


def build_report(old: Snapshot, new: Snapshot) -> str:
    """The whole plain-text report comparing ``old`` to ``new``."""
    operation_lines, operation_counts = operations_section(old, new)
    schema_lines, schema_counts, invocation_counts = schemas_section(old, new)
    summary = (
        f"Summary {old.label} -> {new.label}: operations {operation_counts.text()}; "
        f"schemas {schema_counts.text()} (invocations {invocation_counts.text()})"
    )
    lines = header_lines(old, new) + operation_lines + schema_lines + ["", summary]
    return "\n".join(lines) + "\n"


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Readable differences between two OpenAPI snapshots of InvokeAI",
        epilog="example: python scripts/api_diff.py 5.15.0 6.14.2",
    )
    parser.add_argument("old", help="older snapshot: a version (5.15.0) or a .json path")
    parser.add_argument("new", help="newer snapshot: a version (6.14.2) or a .json path")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    old_path, new_path = snapshot_path(args.old), snapshot_path(args.new)
    try:
        old = Snapshot(snapshot_label(old_path), load_snapshot(old_path))
        new = Snapshot(snapshot_label(new_path), load_snapshot(new_path))
    except SnapshotError as exc:
        print(f"api_diff: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(build_report(old, new))
    return 0


if __name__ == "__main__":
    sys.exit(main())
