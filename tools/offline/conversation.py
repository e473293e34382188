"""Responses input: validation, normalization and the ``previous_response_id`` chain.

Input is normalized to a list of items (messages with a list of content parts,
function calls, function call outputs, image generation calls), which is what is stored
with each response so a later request, even in another process, can rebuild the chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError, invalid_type, invalid_value, not_found
from .store import Store

PART_TYPES = frozenset({"input_text", "input_image", "input_file", "output_text", "refusal"})
ITEM_TYPES = frozenset(
    {
        "message",
        "function_call",
        "function_call_output",
        "image_generation_call",
        "item_reference",
        "reasoning",
    }
)


def _part(part: Any, param: str, store: Store) -> dict[str, Any]:
    if isinstance(part, str):
        return {"type": "input_text", "text": part}
    if not isinstance(part, dict):
        raise invalid_type(param, "an object")
    kind = part.get("type")
    if kind not in PART_TYPES:
        raise invalid_value(f"{param}.type", f"Invalid content type: '{kind}'.")
    if kind in ("input_text", "output_text") and not isinstance(part.get("text"), str):
        raise invalid_type(f"{param}.text", "a string")
    if kind == "input_image":
        file_id = part.get("file_id")
        url = part.get("image_url")
        if isinstance(file_id, str):
            if store.file_meta(file_id) is None:
                raise not_found("File", file_id, param=f"{param}.file_id")
        elif not isinstance(url, str):
            raise invalid_value(param, "An input_image needs 'image_url' or 'file_id'.")
        elif not url.startswith("data:"):
            raise invalid_value(
                f"{param}.image_url",
                "The offline engine cannot fetch remote URLs: send a base64 data URL or a file_id.",
            )
    return dict(part)


def normalize_input(raw: Any, store: Store) -> list[dict[str, Any]]:
    if raw is None:
        return []
    if isinstance(raw, str):
        return [
            {"type": "message", "role": "user", "content": [{"type": "input_text", "text": raw}]}
        ]
    if not isinstance(raw, list):
        raise invalid_type("input", "a string or an array of input items")
    items: list[dict[str, Any]] = []
    for i, item in enumerate(raw):
        param = f"input[{i}]"
        if not isinstance(item, dict):
            raise invalid_type(param, "an object")
        kind = item.get("type", "message" if "role" in item else None)
        if kind not in ITEM_TYPES:
            raise invalid_value(f"{param}.type", f"Invalid input item type: '{kind}'.")
        if kind == "message":
            role = item.get("role")
            if role not in ("user", "assistant", "system", "developer"):
                raise invalid_value(f"{param}.role", f"Invalid role: '{role}'.")
            content = item.get("content")
            if isinstance(content, str):
                parts = [
                    {
                        "type": "output_text" if role == "assistant" else "input_text",
                        "text": content,
                    }
                ]
            elif isinstance(content, list):
                parts = [_part(p, f"{param}.content[{j}]", store) for j, p in enumerate(content)]
            else:
                raise invalid_type(f"{param}.content", "a string or an array")
            items.append({"type": "message", "role": role, "content": parts})
        elif kind == "function_call_output":
            if not isinstance(item.get("call_id"), str):
                raise invalid_type(f"{param}.call_id", "a string")
            if "output" not in item:
                raise ApiError(
                    400,
                    f"Missing required parameter: '{param}.output'.",
                    param=f"{param}.output",
                    code="missing_required_parameter",
                )
            items.append({"type": kind, "call_id": item["call_id"], "output": item["output"]})
        else:
            items.append(dict(item, type=kind))
    return items


@dataclass
class Chain:
    """Everything before the new input, oldest first."""

    items: list[dict[str, Any]] = field(default_factory=list)
    last_output: list[dict[str, Any]] = field(default_factory=list)

    def function_call(self, call_id: str) -> dict[str, Any] | None:
        for item in reversed(self.items):
            if item.get("type") == "function_call" and item.get("call_id") == call_id:
                found: dict[str, Any] = item
                return found
        return None

    def user_message_before(self, item: dict[str, Any]) -> str | None:
        """Text of the last user message that came before ``item`` in the chain."""
        index = next((i for i, it in enumerate(self.items) if it is item), len(self.items))
        for earlier in reversed(self.items[:index]):
            text = message_text(earlier)
            if text is not None:
                return text
        return None

    def last_image(self) -> str | None:
        for item in reversed(self.items):
            if item.get("type") == "image_generation_call" and item.get("result"):
                return str(item["result"])
        return None


def load_chain(store: Store, previous_id: str | None) -> Chain:
    chain = Chain()
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    current = previous_id
    while current and current not in seen:
        seen.add(current)
        record = store.load_response(current)
        if record is None:
            if current == previous_id:
                raise not_found("Previous response", current, param="previous_response_id")
            break
        records.append(record)
        current = record.get("previous_response_id")
    for record in reversed(records):
        chain.items.extend(record.get("input", []))
        chain.items.extend(record["response"].get("output", []))
    if records:
        chain.last_output = list(records[0]["response"].get("output", []))
    return chain


def require_tool_outputs(chain: Chain, new_input: list[dict[str, Any]]) -> None:
    answered = {it["call_id"] for it in new_input if it.get("type") == "function_call_output"}
    for item in chain.last_output:
        if item.get("type") == "function_call" and item.get("call_id") not in answered:
            raise ApiError(
                400,
                f"No tool output found for function call {item.get('call_id')}.",
                param="input",
            )


def message_text(item: dict[str, Any]) -> str | None:
    """Joined input_text of a user message item; None for anything else."""
    if item.get("type") != "message" or item.get("role") != "user":
        return None
    texts = [p["text"] for p in item.get("content", []) if p.get("type") == "input_text"]
    return "\n".join(texts) if texts else None


def latest_user_text(items: list[dict[str, Any]]) -> str | None:
    for item in reversed(items):
        text = message_text(item)
        if text is not None:
            return text
    return None


def input_images(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        part
        for item in items
        if item.get("type") == "message" and item.get("role") == "user"
        for part in item.get("content", [])
        if part.get("type") == "input_image"
    ]


def text_length(items: list[dict[str, Any]]) -> int:
    total = 0
    for item in items:
        for part in item.get("content", []) if isinstance(item.get("content"), list) else []:
            total += len(str(part.get("text", "")))
        total += len(str(item.get("output", ""))) + len(str(item.get("arguments", "")))
    return total
