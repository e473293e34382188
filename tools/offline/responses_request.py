"""Validation of ``/responses`` create requests into a ``Request`` the engine acts on.

Unknown top-level keys, malformed tools, impossible tool choices and bad ``text.format``
answers are 400s; the previous-response chain is loaded here so a missing id is a 404
and an unanswered function call is a 400 before any output is produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .context import Context
from .conversation import Chain, load_chain, normalize_input, require_tool_outputs
from .errors import invalid_type, invalid_value, missing, unknown_parameter
from .schema import check_function_parameters
from .textutil import words
from .validate import BACKGROUNDS, FORMATS, QUALITIES, check_model, parse_size

CREATE_PARAMS = words(
    "access_programs background background_options context_management conversation image "
    "include input instructions max_output_tokens max_tool_calls metadata model "
    "moderation parallel_tool_calls previous_response_id prompt prompt_cache_key "
    "prompt_cache_options prompt_cache_retention reasoning safety_identifier service_tier "
    "store stream stream_options temperature text tool_choice tools top_logprobs top_p "
    "truncation user"
)
IMAGE_TOOL_KEYS = words(
    "type model size quality partial_images input_fidelity input_image_mask moderation "
    "output_format output_compression background action"
)


@dataclass
class Request:
    body: dict[str, Any]
    model: str
    input: list[dict[str, Any]]
    chain: Chain
    tools: list[dict[str, Any]]
    tool_choice: Any
    schema: dict[str, Any] | None
    stream: bool
    functions: dict[str, dict[str, Any]] = field(default_factory=dict)
    image_tool: dict[str, Any] | None = None
    image_tool_index: int = 0


def _check_image_tool(tool: dict[str, Any], index: int, enforce: bool) -> None:
    param = f"tools[{index}]"
    for key in tool:
        if key not in IMAGE_TOOL_KEYS:
            raise unknown_parameter(f"{param}.{key}")
    if "model" in tool:
        check_model(tool["model"], f"{param}.model")
    parse_size(tool.get("size"), enforce_pixel_budget=enforce, param=f"{param}.size")
    choices = {
        "quality": QUALITIES,
        "background": BACKGROUNDS,
        "output_format": FORMATS,
        "action": ("generate", "edit", "auto"),
        "moderation": ("low", "auto"),
    }
    for key, options in choices.items():
        if key in tool and tool[key] not in options:
            raise invalid_value(f"{param}.{key}", f"Invalid value: '{tool[key]}'.")
    partial = tool.get("partial_images", 0)
    if not isinstance(partial, int) or isinstance(partial, bool) or not 0 <= partial <= 3:
        raise invalid_value(f"{param}.partial_images", "partial_images must be 0 to 3.")


def parse_request(ctx: Context, body: dict[str, Any]) -> Request:
    for key in body:
        if key not in CREATE_PARAMS:
            raise unknown_parameter(key)
    model = body.get("model")
    if not model:
        raise missing("model")
    if not isinstance(model, str):
        raise invalid_type("model", "a string")
    if body.get("previous_response_id") and body.get("conversation"):
        raise invalid_value(
            "previous_response_id",
            "'previous_response_id' cannot be used together with 'conversation'.",
        )
    tools = body.get("tools") or []
    if not isinstance(tools, list):
        raise invalid_type("tools", "an array")
    req_functions: dict[str, dict[str, Any]] = {}
    image_tool: dict[str, Any] | None = None
    image_index = 0
    for i, tool in enumerate(tools):
        if not isinstance(tool, dict):
            raise invalid_type(f"tools[{i}]", "an object")
        if tool.get("type") == "function":
            name = tool.get("name")
            if not isinstance(name, str) or not name:
                raise missing(f"tools[{i}].name")
            check_function_parameters(tool.get("parameters"), f"tools[{i}].parameters")
            req_functions[name] = tool
        elif tool.get("type") == "image_generation":
            _check_image_tool(tool, i, ctx.enforce_pixel_budget)
            if image_tool is None:
                image_tool, image_index = tool, i
        else:
            raise invalid_value(
                f"tools[{i}].type",
                f"Tool type '{tool.get('type')}' is not supported by the offline engine.",
            )
    tool_choice = body.get("tool_choice", "auto")
    if isinstance(tool_choice, str):
        if tool_choice not in ("none", "auto", "required"):
            raise invalid_value("tool_choice", f"Invalid value: '{tool_choice}'.")
        if tool_choice == "required" and not tools:
            raise invalid_value("tool_choice", "tool_choice 'required' needs at least one tool.")
    elif isinstance(tool_choice, dict):
        kind = tool_choice.get("type")
        if kind == "function" and tool_choice.get("name") not in req_functions:
            raise invalid_value(
                "tool_choice", f"Tool choice '{tool_choice.get('name')}' not found in 'tools'."
            )
        if kind == "image_generation" and image_tool is None:
            raise invalid_value(
                "tool_choice", "Tool choice 'image_generation' not found in 'tools'."
            )
        if kind not in ("function", "image_generation"):
            raise invalid_value("tool_choice.type", f"Invalid value: '{kind}'.")
    else:
        raise invalid_type("tool_choice", "a string or an object")
    schema: dict[str, Any] | None = None
    text = body.get("text")
    if isinstance(text, dict) and isinstance(text.get("format"), dict):
        fmt = text["format"]
        if fmt.get("type") == "json_schema":
            if not isinstance(fmt.get("name"), str):
                raise missing("text.format.name")
            if not isinstance(fmt.get("schema"), dict):
                raise missing("text.format.schema")
            schema = fmt["schema"]
        elif fmt.get("type") == "json_object":
            schema = {"type": "object"}
        elif fmt.get("type") != "text":
            raise invalid_value("text.format.type", f"Invalid value: '{fmt.get('type')}'.")
    new_input = normalize_input(body.get("input"), ctx.store)
    previous = body.get("previous_response_id")
    chain = load_chain(ctx.store, previous if isinstance(previous, str) else None)
    require_tool_outputs(chain, new_input)
    return Request(
        body=body,
        model=model,
        input=new_input,
        chain=chain,
        tools=tools,
        tool_choice=tool_choice,
        schema=schema,
        stream=bool(body.get("stream")),
        functions=req_functions,
        image_tool=image_tool,
        image_tool_index=image_index,
    )
