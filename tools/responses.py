"""Responses API calls: the decision (function tools) and the image_generation tool.

Both continue the thread's Responses chain through ``previous_response_id``. A function
call from the previous response must be answered with a ``function_call_output`` before
the chain can go on, so callers pass the output they owe (``pending``).

A decision call may also offer the read-only lookup tools; the model then either decides
(a ``Decision``) or asks for a lookup (a ``LookupCall``), whose output the caller sends
back as the ``pending`` output of the next call in the same chain.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import openai
from pydantic import ValidationError

from core.errors import ModerationBlocked, ProviderError, ProviderTransient
from core.types import Decision, ImageStep, PendingOutput
from prompts import decide as prompts
from tools.errors import provider_error
from tools.images import ImageResult, PartialCallback, Usage


@dataclass(frozen=True)
class LookupCall:
    """A lookup the decision model asked for: the tool, its validated arguments, the call."""

    name: str
    call_id: str
    args: prompts.LookupArgs


@dataclass
class DecideResult:
    """What one decision call returned: a decision, or a lookup to run first."""

    decision: Decision | None
    response_id: str
    request_id: str | None
    usage: Usage
    latency_ms: float
    lookup: LookupCall | None = None


def _input_items(
    pending: PendingOutput | None,
    text: str | None,
    image_urls: Sequence[str],
    image_parts: Sequence[dict[str, Any]] = (),
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    if pending is not None:
        items.append(
            {"type": "function_call_output", "call_id": pending.call_id, "output": pending.output}
        )
    if text is not None:
        content: list[dict[str, Any]] = [{"type": "input_text", "text": text}]
        content.extend(
            {"type": "input_image", "image_url": url, "detail": "low"} for url in image_urls
        )
        content.extend(image_parts)
        items.append({"role": "user", "content": content})
    return items


def parse_decision(name: str, arguments: str, call_id: str) -> Decision:
    """Validate a function call into a Decision; a malformed call is a provider error."""
    model = prompts.ARGS_BY_TOOL.get(name)
    if model is None:
        raise ProviderError(f"the decision model called an unknown tool {name!r}")
    try:
        args = model.model_validate(json.loads(arguments or "{}"))
    except (ValueError, ValidationError) as err:
        raise ProviderError(f"the decision model sent invalid arguments for {name}: {err}") from err
    return Decision(action=model.action, call_id=call_id, **args.model_dump())


def parse_lookup(name: str, arguments: str, call_id: str) -> LookupCall:
    """Validate a lookup call; a malformed one is a provider error, like a bad decision."""
    model = prompts.LOOKUP_BY_TOOL[name]
    try:
        args = model.model_validate(json.loads(arguments or "{}"))
    except (ValueError, ValidationError) as err:
        raise ProviderError(f"the decision model sent invalid arguments for {name}: {err}") from err
    return LookupCall(name=name, call_id=call_id, args=args)


def decide(
    client: openai.OpenAI,
    *,
    model: str,
    message: str | None,
    image_urls: Sequence[str] = (),
    pending: PendingOutput | None = None,
    previous_response_id: str | None = None,
    lookups: bool = False,
) -> DecideResult:
    """One decision call; with ``lookups`` the model may ask for a lookup instead."""
    started = time.perf_counter()
    items = _input_items(pending, message, image_urls)
    if not items:
        raise ValueError("a decision call needs a message or a pending output")
    tools = [*prompts.DECIDE_TOOLS, *(prompts.LOOKUP_TOOLS if lookups else [])]
    try:
        raw = client.responses.with_raw_response.create(
            model=model,
            instructions=prompts.DECIDE_INSTRUCTIONS,
            input=cast(Any, items),
            tools=cast(Any, tools),
            tool_choice="required",
            parallel_tool_calls=False,
            previous_response_id=previous_response_id,
            store=True,
        )
        response = raw.parse()
    except openai.APIError as err:
        raise provider_error(err) from err
    except ValueError as err:  # a body that is not the JSON it says it is
        raise ProviderTransient(f"the provider sent a malformed answer: {err}") from err
    calls = [item for item in response.output if item.type == "function_call"]
    if not calls:
        raise ProviderError("the decision model answered without choosing a tool")
    call = calls[0]
    decision: Decision | None = None
    lookup: LookupCall | None = None
    if lookups and call.name in prompts.LOOKUP_BY_TOOL:
        lookup = parse_lookup(call.name, call.arguments, call.call_id)
    else:
        decision = parse_decision(call.name, call.arguments, call.call_id)
    usage = response.usage
    return DecideResult(
        decision=decision,
        lookup=lookup,
        response_id=response.id,
        request_id=raw.headers.get("x-request-id"),
        usage=Usage(
            text_in=usage.input_tokens if usage else 0,
            output=usage.output_tokens if usage else 0,
        ),
        latency_ms=(time.perf_counter() - started) * 1000,
    )


@dataclass
class ImageToolResult:
    result: ImageResult
    response_id: str


def image_tool(
    client: openai.OpenAI,
    *,
    model: str,
    image_model: str,
    prompt: str,
    image_urls: Sequence[str],
    size: str,
    quality: str,
    action: ImageStep,
    image_parts: Sequence[dict[str, Any]] = (),
    mask_url: str | None = None,
    moderation: str = "auto",
    partial_images: int = 0,
    pending: PendingOutput | None = None,
    previous_response_id: str | None = None,
    on_partial: PartialCallback | None = None,
) -> ImageToolResult:
    """One image through the Responses image_generation tool, streamed.

    ``image_urls`` are sent as data URLs (uploads, the image being edited); ``image_parts``
    are ready ``input_image`` parts, such as brand references by cached Files API id.
    """
    started = time.perf_counter()
    tool: dict[str, Any] = {
        "type": "image_generation",
        "model": image_model,
        "size": size,
        "quality": quality,
        "action": action,
        "moderation": moderation,
        "output_format": "png",
        "partial_images": partial_images,
    }
    if mask_url is not None:
        tool["input_image_mask"] = {"image_url": mask_url}
    try:
        stream = client.responses.create(
            model=model,
            input=cast(Any, _input_items(pending, prompt, image_urls, image_parts)),
            tools=cast(Any, [tool]),
            tool_choice={"type": "image_generation"},
            previous_response_id=previous_response_id,
            store=True,
            stream=True,
        )
        request_id = stream.response.headers.get("x-request-id")
        images: list[bytes] = []
        partials = 0
        response_id = ""
        usage = Usage()
        failure: str | None = None
        blocked: list[str] | None = None
        with stream:
            for event in stream:
                if event.type == "response.image_generation_call.partial_image":
                    partials += 1
                    if on_partial is not None:
                        on_partial(
                            event.partial_image_index, base64.b64decode(event.partial_image_b64)
                        )
                elif event.type == "response.output_item.done":
                    item = event.item
                    if item.type == "image_generation_call":
                        if item.result:
                            images.append(base64.b64decode(item.result))
                        elif item.error is not None:
                            failure = item.error.message
                            details = item.error.moderation_details
                            if details is not None:
                                blocked = list(details.categories)
                elif event.type == "response.completed":
                    response_id = event.response.id
                    if event.response.usage is not None:
                        u = event.response.usage
                        usage = Usage(text_in=u.input_tokens, output=u.output_tokens)
                elif event.type in ("response.failed", "error"):
                    failure = getattr(event, "message", None) or "the image call failed"
    except openai.APIError as err:
        raise provider_error(err) from err
    except ValueError as err:  # an event that is not the JSON it says it is
        raise ProviderTransient(f"the provider sent a malformed answer: {err}") from err
    if blocked is not None:
        raise ModerationBlocked(
            f"the provider's safety system refused the image ({', '.join(blocked)})",
            code="moderation_blocked",
            request_id=request_id,
        )
    if not images and failure is None and not response_id:
        # The stream ended cleanly but early: nothing to keep, and worth another attempt.
        raise ProviderTransient(
            "the image stream ended before the image was complete", request_id=request_id
        )
    if not images:
        raise ProviderError(failure or "the image tool returned no image", request_id=request_id)
    return ImageToolResult(
        result=ImageResult(
            images=images,
            size=size,
            quality=quality,
            output_format="png",
            usage=usage,
            request_id=request_id,
            latency_ms=(time.perf_counter() - started) * 1000,
            partials=partials,
        ),
        response_id=response_id,
    )
