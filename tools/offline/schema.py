"""Minimal JSON Schema support: deterministic instances and argument conformance.

Used for ``text.format`` json_schema answers and to make function-call arguments fit
the schema a caller declared. Only the keywords strict-mode schemas use are handled.
"""

from __future__ import annotations

from typing import Any

from .errors import invalid_value


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return schema
    node: Any = root
    for part in ref[2:].split("/"):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return _resolve(node, root) if isinstance(node, dict) else {}


def _first_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        return str(non_null[0]) if non_null else "null"
    return str(kind) if isinstance(kind, str) else None


def instance(schema: Any, root: dict[str, Any] | None = None, depth: int = 0) -> Any:
    """A small valid value for ``schema``: first enum/const, minimum lengths, all properties."""
    if not isinstance(schema, dict) or depth > 24:
        return None
    root = root if root is not None else schema
    schema = _resolve(schema, root)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            return instance(options[0], root, depth + 1)
    kind = _first_type(schema)
    if kind == "object" or (kind is None and "properties" in schema):
        props = schema.get("properties") or {}
        return {name: instance(sub, root, depth + 1) for name, sub in props.items()}
    if kind == "array":
        count = int(schema.get("minItems") or 0)
        return [instance(schema.get("items") or {}, root, depth + 1) for _ in range(count)]
    if kind == "string":
        min_len = int(schema.get("minLength") or 0)
        return "offline" + "x" * max(0, min_len - 7)
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        value = low if isinstance(low, (int, float)) else 0
        if "exclusiveMinimum" in schema and value == schema["exclusiveMinimum"]:
            value += 1
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return False
    return None


def _matches_type(value: Any, kind: str) -> bool:
    checks: dict[str, Any] = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    check = checks.get(kind)
    return bool(check(value)) if check else True


def conform(value: Any, schema: Any, root: dict[str, Any] | None = None, depth: int = 0) -> Any:
    """``value`` made valid for ``schema``: wrong parts replaced by ``instance()`` values."""
    if not isinstance(schema, dict) or depth > 24:
        return value
    root = root if root is not None else schema
    schema = _resolve(schema, root)
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return value if value in schema["enum"] else schema["enum"][0]
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    if kinds and not any(_matches_type(value, k) for k in kinds):
        return instance(schema, root, depth)
    if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        props: dict[str, Any] = schema["properties"]
        out: dict[str, Any] = {}
        for name, sub in props.items():
            out[name] = (
                conform(value[name], sub, root, depth + 1)
                if name in value
                else (instance(sub, root, depth + 1))
            )
        if schema.get("additionalProperties") is not False:
            out.update({k: v for k, v in value.items() if k not in props})
        return out
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [conform(item, schema["items"], root, depth + 1) for item in value]
    return value


def check_function_parameters(parameters: Any, param: str) -> None:
    if parameters is None:
        return
    if not isinstance(parameters, dict) or parameters.get("type") != "object":
        raise invalid_value(
            param, f"Invalid schema for function: '{param}' must be a JSON schema of type 'object'."
        )
