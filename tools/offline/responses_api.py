"""``/responses``: choosing what to output, the answer JSON, SSE streams and retrieval.

What the engine outputs for a request:

* ``tool_choice`` "none", or no tools: one assistant message.
* ``{"type": "image_generation"}``, or an image_generation tool and no function tools:
  an ``image_generation_call`` item (drawn by the offline renderer) then a short message.
* function tools named as in ``prompts/decide.py``: one ``function_call`` chosen by the
  planner (``planner.py``), or the named function when ``tool_choice`` forces one. A
  request whose only new input answers an earlier non-clarifying call gets a short
  message under "auto". A request that answers a lookup call (``lookup_*``) gets the
  planner's answer from that output: a ``reply`` call, or a message under "auto" or
  "none".
* other function tools: a call to the first (or the forced) one with schema-minimal
  arguments.

With ``text.format`` json_schema every output_text is a minimal instance of the schema.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import planner, render
from .context import Context
from .conversation import (
    input_images,
    latest_user_text,
    text_length,
)
from .errors import ApiError
from .image_tool import ImageCall, after_image_text, image_item, image_usage, plan_image
from .images_api import b64
from .responses_request import Request, parse_request
from .schema import conform, instance
from .store import new_id

DELTA_CHUNK = 24


# --- deciding ---------------------------------------------------------------------------


@dataclass
class Plan:
    kind: str  # "message" | "function" | "image"
    text: str = ""
    name: str = ""
    arguments: dict[str, Any] = field(default_factory=dict)


def _brief(req: Request) -> planner.Brief | None:
    """The brief for the planner.

    A new full decision message (one with ``<brief>``) wins; otherwise an answer to an
    earlier clarifying question is appended to the brief that question was about (with any
    plain user text sent alongside); otherwise the plain user text is the brief.
    """
    text = latest_user_text(req.input)
    if text is not None and "<brief>" in text:
        return planner.parse_message(text)
    answered = _clarified(req, text)
    if answered is not None:
        return answered
    return planner.parse_message(text) if text is not None else None


def _clarified(req: Request, extra: str | None) -> planner.Brief | None:
    for item in req.input:
        if item.get("type") != "function_call_output":
            continue
        call = req.chain.function_call(item["call_id"])
        if call is None or call.get("name") != planner.CLARIFY:
            continue
        original = req.chain.user_message_before(call)
        if original is None:
            continue
        brief = planner.parse_message(original)
        answer = planner.answer_text(item["output"])
        brief.text = " ".join(part for part in (brief.text, answer, extra) if part)
        return brief
    return None


def _generic_args(tool: dict[str, Any]) -> dict[str, Any]:
    value = instance(tool.get("parameters") or {"type": "object", "properties": {}})
    return value if isinstance(value, dict) else {}


def _function_plan(req: Request, name: str, brief: planner.Brief | None) -> Plan:
    tool = req.functions[name]
    if name in planner.DECISION_TOOLS:
        args = planner.arguments(name, brief or planner.Brief(text=""))
        args = conform(args, tool.get("parameters") or {})
    else:
        args = _generic_args(tool)
    return Plan("function", name=name, arguments=args)


def _looked_up(req: Request) -> tuple[str, Any] | None:
    """The lookup tool and its output when the new input answers a lookup call."""
    for item in req.input:
        if item.get("type") != "function_call_output":
            continue
        call = req.chain.function_call(item["call_id"])
        if call is not None and call.get("name") in planner.LOOKUP_TOOLS:
            return str(call["name"]), item["output"]
    return None


def _answer_lookup(req: Request, tool: str, output: Any) -> Plan:
    """The answer to the question a lookup was for, stating the figures of its output."""
    choice = req.tool_choice
    if isinstance(choice, dict):
        if choice.get("type") == "image_generation":
            return Plan("image")
        if choice.get("name") != planner.REPLY:
            return _function_plan(req, str(choice["name"]), _brief_from_chain(req))
    text = planner.lookup_reply(tool, output)
    if choice in ("auto", "none") or planner.REPLY not in req.functions:
        return Plan("message", text=text)
    return Plan("function", name=planner.REPLY, arguments={"message": text})


def decide(req: Request) -> Plan:
    choice = req.tool_choice
    looked_up = _looked_up(req)
    if looked_up is not None:
        return _answer_lookup(req, *looked_up)
    brief = _brief(req)
    if choice == "none" or not req.tools:
        return Plan("message", text=_message_text(brief))
    if isinstance(choice, dict):
        if choice.get("type") == "image_generation":
            return Plan("image")
        return _function_plan(req, str(choice["name"]), brief)
    decision_tools = [n for n in req.functions if n in planner.DECISION_TOOLS]
    if decision_tools:
        if brief is None:
            if choice == "auto":
                return Plan("message", text="Done.")
            brief = _brief_from_chain(req)
        chosen = planner.choose(brief)
        if chosen not in req.functions:
            chosen = planner.REPLY if planner.REPLY in req.functions else decision_tools[0]
        return _function_plan(req, chosen, brief)
    if req.functions:
        return _function_plan(req, next(iter(req.functions)), brief)
    return Plan("image")


def _brief_from_chain(req: Request) -> planner.Brief:
    text = latest_user_text(req.chain.items)
    return planner.parse_message(text or "")


def _message_text(brief: planner.Brief | None) -> str:
    if brief is None:
        return "Done."
    return planner.reply_message(brief)


# --- building the response --------------------------------------------------------------


def _output_text(req: Request, text: str) -> str:
    if req.schema is None:
        return text
    return json.dumps(instance(req.schema), ensure_ascii=False)


def message_item(item_id: str, text: str, status: str = "completed") -> dict[str, Any]:
    content = [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}]
    return {
        "id": item_id,
        "type": "message",
        "role": "assistant",
        "status": status,
        "content": content if status == "completed" else [],
    }


def function_item(plan: Plan, arguments: str, status: str = "completed") -> dict[str, Any]:
    return {
        "id": new_id("fc_"),
        "type": "function_call",
        "status": status,
        "call_id": new_id("call_"),
        "name": plan.name,
        "arguments": arguments,
    }


class Builder:
    """Response JSON for one request, and its storage once complete."""

    def __init__(self, ctx: Context, req: Request) -> None:
        self.ctx = ctx
        self.req = req
        self.id = new_id("resp_")
        self.created = time.time()
        self.output: list[dict[str, Any]] = []
        self.image_usage: dict[str, Any] | None = None

    def response(self, status: str) -> dict[str, Any]:
        body = self.req.body
        text_config = body.get("text") if isinstance(body.get("text"), dict) else None
        out: dict[str, Any] = {
            "id": self.id,
            "object": "response",
            "created_at": self.created,
            "status": status,
            "model": self.req.model,
            "output": self.output if status == "completed" else [],
            "parallel_tool_calls": bool(body.get("parallel_tool_calls", True)),
            "tool_choice": self.req.tool_choice,
            "tools": self.req.tools,
            "instructions": body.get("instructions"),
            "metadata": body.get("metadata") or {},
            "previous_response_id": body.get("previous_response_id"),
            "temperature": body.get("temperature", 1.0),
            "top_p": body.get("top_p", 1.0),
            "max_output_tokens": body.get("max_output_tokens"),
            "text": text_config or {"format": {"type": "text"}},
            "truncation": body.get("truncation", "disabled"),
            "store": body.get("store", True),
            "background": False,
            "error": None,
            "incomplete_details": None,
            "user": body.get("user"),
            "safety_identifier": body.get("safety_identifier"),
        }
        if status == "completed":
            out["completed_at"] = time.time()
            out["usage"] = self.usage()
            if self.image_usage is not None:
                out["tool_usage"] = {
                    "image_gen": self.image_usage,
                    "web_search": {"num_requests": 0},
                }
        return out

    def usage(self) -> dict[str, Any]:
        items = self.req.chain.items + self.req.input
        images = 65 * len(input_images(items))
        input_tokens = math.ceil(text_length(items) / 4) + images + 20
        output_tokens = max(1, math.ceil(text_length(self.output) / 4))
        return {
            "input_tokens": input_tokens,
            "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
            "output_tokens": output_tokens,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": input_tokens + output_tokens,
        }

    def finish(self) -> dict[str, Any]:
        final = self.response("completed")
        if self.req.body.get("store", True) is not False:
            self.ctx.store.save_response(
                {
                    "response": final,
                    "input": self.req.input,
                    "previous_response_id": self.req.body.get("previous_response_id"),
                }
            )
        return final


def create(ctx: Context, body: dict[str, Any]) -> dict[str, Any] | Iterator[dict[str, Any]]:
    req = parse_request(ctx, body)
    plan = decide(req)
    call = plan_image(ctx, req) if plan.kind == "image" else None
    builder = Builder(ctx, req)
    if req.stream:
        return _stream(ctx, req, plan, call, builder)
    if plan.kind == "function":
        builder.output.append(function_item(plan, json.dumps(plan.arguments, ensure_ascii=False)))
    elif plan.kind == "image" and call is not None:
        result = None
        if call.job is not None:
            picture = call.job.draw()
            result = b64(render.encode(picture, call.output_format, call.compression))
        builder.output.append(image_item(call, new_id("ig_"), "completed", result))
        builder.image_usage = image_usage(call)
        builder.output.append(
            message_item(new_id("msg_"), _output_text(req, after_image_text(call)))
        )
    else:
        builder.output.append(message_item(new_id("msg_"), _output_text(req, plan.text)))
    return builder.finish()


def _chunks(text: str) -> list[str]:
    return [text[i : i + DELTA_CHUNK] for i in range(0, len(text), DELTA_CHUNK)] or [""]


def _stream(
    ctx: Context, req: Request, plan: Plan, call: ImageCall | None, builder: Builder
) -> Iterator[dict[str, Any]]:
    seq = 0

    def event(kind: str, **fields: Any) -> dict[str, Any]:
        nonlocal seq
        payload = {"type": kind, "sequence_number": seq, **fields}
        seq += 1
        ctx.log_event(kind)
        return payload

    def message_events(text: str) -> Iterator[dict[str, Any]]:
        index = len(builder.output)
        item_id = new_id("msg_")
        yield event(
            "response.output_item.added",
            output_index=index,
            item=message_item(item_id, "", status="in_progress"),
        )
        empty = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
        yield event(
            "response.content_part.added",
            item_id=item_id,
            output_index=index,
            content_index=0,
            part=empty,
        )
        for piece in _chunks(text):
            yield event(
                "response.output_text.delta",
                item_id=item_id,
                output_index=index,
                content_index=0,
                delta=piece,
                logprobs=[],
            )
        yield event(
            "response.output_text.done",
            item_id=item_id,
            output_index=index,
            content_index=0,
            text=text,
            logprobs=[],
        )
        yield event(
            "response.content_part.done",
            item_id=item_id,
            output_index=index,
            content_index=0,
            part=dict(empty, text=text),
        )
        done = message_item(item_id, text)
        builder.output.append(done)
        yield event("response.output_item.done", output_index=index, item=done)

    yield event("response.created", response=builder.response("in_progress"))
    yield event("response.in_progress", response=builder.response("in_progress"))
    if plan.kind == "function":
        arguments = json.dumps(plan.arguments, ensure_ascii=False)
        item = function_item(plan, "", status="in_progress")
        yield event("response.output_item.added", output_index=0, item=item)
        for piece in _chunks(arguments):
            yield event(
                "response.function_call_arguments.delta",
                item_id=item["id"],
                output_index=0,
                delta=piece,
            )
        yield event(
            "response.function_call_arguments.done",
            item_id=item["id"],
            output_index=0,
            arguments=arguments,
            name=plan.name,
        )
        item = dict(item, arguments=arguments, status="completed")
        builder.output.append(item)
        yield event("response.output_item.done", output_index=0, item=item)
    elif plan.kind == "image" and call is not None:
        item_id = new_id("ig_")
        yield event(
            "response.output_item.added",
            output_index=0,
            item=image_item(call, item_id, "in_progress", None),
        )
        yield event("response.image_generation_call.in_progress", item_id=item_id, output_index=0)
        yield event("response.image_generation_call.generating", item_id=item_id, output_index=0)
        result = None
        if call.job is not None:
            picture = call.job.draw()
            for index, frame in enumerate(render.partial_frames(picture, call.partial_images)):
                yield event(
                    "response.image_generation_call.partial_image",
                    item_id=item_id,
                    output_index=0,
                    partial_image_index=index,
                    partial_image_b64=b64(
                        render.encode(frame, call.output_format, call.compression)
                    ),
                    size=call.size,
                    quality=call.quality,
                    background=call.background,
                    output_format=call.output_format,
                )
            result = b64(render.encode(picture, call.output_format, call.compression))
        yield event("response.image_generation_call.completed", item_id=item_id, output_index=0)
        done = image_item(call, item_id, "completed", result)
        builder.output.append(done)
        builder.image_usage = image_usage(call)
        yield event("response.output_item.done", output_index=0, item=done)
        yield from message_events(_output_text(req, after_image_text(call)))
    else:
        yield from message_events(_output_text(req, plan.text))
    yield event("response.completed", response=builder.finish())


def retrieve(ctx: Context, response_id: str) -> dict[str, Any]:
    """The stored response with image results removed, as the real service returns it."""
    record = ctx.store.load_response(response_id)
    if record is None:
        raise ApiError(404, f"Response with id '{response_id}' not found.", param="response_id")
    response: dict[str, Any] = record["response"]
    for item in response.get("output", []):
        if item.get("type") == "image_generation_call":
            item["result"] = None
    return response
