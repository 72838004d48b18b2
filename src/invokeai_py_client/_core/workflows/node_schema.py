"""What the connected server says about its nodes: input fields (type, limits, choices, whether
required, how they may be given) and what each node outputs, read from its ``/openapi.json``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Field kinds told apart by the schema a field refers to.
_REF_KINDS = {
    "ImageField": "image",
    "BoardField": "board",
    "ColorField": "color",
    "ModelIdentifierField": "model",
    "LatentsField": "connection",
    "ConditioningField": "connection",
}
_JSON_KINDS = {"integer": "integer", "number": "float", "string": "string", "boolean": "boolean"}
IMAGE_OUTPUT_FIELDS = frozenset({"image", "images", "collection"})


@dataclass(frozen=True)
class FieldSchema:
    """One input of a node type, as the server describes it."""

    name: str
    kind: str
    """integer, float, string, boolean, enum, image, board, color, model, collection,
    connection (only given by an edge) or any."""
    required: bool = False
    input: str = "any"
    """``direct`` (a value only), ``connection`` (an edge only) or ``any``."""
    default: Any = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    choices: tuple[Any, ...] | None = None
    item_kind: str | None = None
    nullable: bool = False
    min_length: int | None = None
    max_length: int | None = None
    title: str = ""
    ui_type: str | None = None


@dataclass(frozen=True)
class NodeSchema:
    """A node type (invocation) of the server."""

    type: str
    title: str
    fields: dict[str, FieldSchema]
    output: str | None
    output_fields: dict[str, str] = field(default_factory=dict)
    """Output field name -> kind (``image`` for ImageField outputs)."""

    @property
    def produces_images(self) -> bool:
        return any(kind in ("image", "image_collection") for kind in self.output_fields.values())


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


def _unwrap(schema: dict[str, Any]) -> dict[str, Any]:
    # Servers before 5.x wrap a referenced schema as {"allOf": [{"$ref": ...}]}.
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict):
        return {**{k: v for k, v in schema.items() if k != "allOf"}, **all_of[0]}
    return schema


def _kind(schema: dict[str, Any]) -> tuple[str, str | None, bool]:
    """(kind, item kind, nullable) of a property schema."""
    schema = _unwrap(schema)
    variants = [
        _unwrap(v) if isinstance(v, dict) else v
        for v in (schema.get("anyOf") or schema.get("oneOf") or [schema])
    ]
    nullable = any(isinstance(v, dict) and v.get("type") == "null" for v in variants)
    concrete = [v for v in variants if isinstance(v, dict) and v.get("type") != "null"]
    if not concrete:
        return "any", None, nullable
    first = concrete[0]
    if "enum" in first or "enum" in schema:
        return "enum", None, nullable
    ref = _ref_name(first)
    if ref is not None:
        return _REF_KINDS.get(ref, "connection" if ref.endswith("Field") else "any"), None, nullable
    if first.get("type") == "array":
        item, _, _ = _kind(first.get("items", {}) if isinstance(first.get("items"), dict) else {})
        return "collection", item, nullable
    json_type = first.get("type")
    if isinstance(json_type, str) and json_type in _JSON_KINDS:
        return _JSON_KINDS[json_type], None, nullable
    return "any", None, nullable


def _number(value: Any) -> float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _field(name: str, prop: dict[str, Any]) -> FieldSchema:
    kind, item_kind, nullable = _kind(prop)
    variants = prop.get("anyOf") or [prop]
    limits: dict[str, Any] = {}
    for variant in [prop, *variants]:
        if isinstance(variant, dict):
            for key in (
                "minimum",
                "maximum",
                "exclusiveMinimum",
                "exclusiveMaximum",
                "multipleOf",
                "enum",
                "minLength",
                "maxLength",
            ):
                if key in variant and key not in limits:
                    limits[key] = variant[key]
    return FieldSchema(
        name=name,
        kind=kind,
        required=bool(prop.get("orig_required", False)),
        input=str(prop.get("input", "any")),
        default=prop.get("default"),
        minimum=_number(limits.get("minimum")),
        maximum=_number(limits.get("maximum")),
        exclusive_minimum=_number(limits.get("exclusiveMinimum")),
        exclusive_maximum=_number(limits.get("exclusiveMaximum")),
        multiple_of=_number(limits.get("multipleOf")),
        choices=tuple(limits["enum"]) if isinstance(limits.get("enum"), list) else None,
        item_kind=item_kind,
        nullable=nullable,
        min_length=limits.get("minLength"),
        max_length=limits.get("maxLength"),
        title=str(prop.get("title", name)),
        ui_type=prop.get("ui_type"),
    )


def _output_fields(schemas: dict[str, Any], output: str | None) -> dict[str, str]:
    if output is None or output not in schemas:
        return {}
    found: dict[str, str] = {}
    for name, prop in schemas[output].get("properties", {}).items():
        if name in ("type", "output_meta"):
            continue
        prop = _unwrap(prop)
        variants = [_unwrap(v) for v in (prop.get("anyOf") or [prop]) if isinstance(v, dict)]
        refs = [_ref_name(v) for v in variants] + [
            _ref_name(v.get("items")) for v in variants if isinstance(v, dict)
        ]
        if "ImageField" in refs:
            is_list = any(isinstance(v, dict) and v.get("type") == "array" for v in variants)
            found[name] = "image_collection" if is_list else "image"
        else:
            found[name] = _kind(prop)[0]
    return found


def parse_node_schemas(openapi: dict[str, Any]) -> dict[str, NodeSchema]:
    """Every invocation type of an OpenAPI document, by its ``type`` tag."""
    schemas: dict[str, Any] = openapi.get("components", {}).get("schemas", {})
    nodes: dict[str, NodeSchema] = {}
    for schema in schemas.values():
        if not isinstance(schema, dict) or schema.get("class") != "invocation":
            continue
        props = schema.get("properties", {})
        tag = props.get("type", {}).get("const") or props.get("type", {}).get("default")
        if not isinstance(tag, str):
            continue
        fields = {
            name: _field(name, prop)
            for name, prop in props.items()
            if isinstance(prop, dict)
            and prop.get("field_kind") in ("input", "internal")
            and name not in ("type", "id", "is_intermediate", "use_cache")
        }
        output = _ref_name(schema.get("output"))
        nodes[tag] = NodeSchema(
            type=tag,
            title=str(schema.get("title", tag)),
            fields=fields,
            output=output,
            output_fields=_output_fields(schemas, output),
        )
    return nodes


class NodeSchemaCache:
    """The server's node schemas, kept once read (by the workflow repository, on first use)."""

    def __init__(self) -> None:
        self.nodes: dict[str, NodeSchema] | None = None

    def load(self, openapi: dict[str, Any]) -> dict[str, NodeSchema]:
        """Parse and keep the node schemas of this OpenAPI document."""
        self.nodes = parse_node_schemas(openapi)
        return self.nodes
