"""The Responses ``image_generation`` tool: what to draw, and the output item it yields.

The prompt is the latest user text; input images are references, or the edit target when
the action is "edit" (or "auto" with a mask). With no input image, an edit applies to the
last image of the chain, which is how multi-turn edits over ``previous_response_id`` work.
Prompts the offline moderation flags give a failed call with ``moderation_blocked``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from PIL import Image

from . import planner
from .context import Context
from .conversation import Chain, input_images, latest_user_text
from .errors import ApiError, invalid_value
from .images_api import Job, split_lead
from .imaging import check_mask, decode_image, image_ref_bytes, usage
from .moderation import decode_data_url, prompt_flags
from .responses_request import Request
from .validate import parse_size


@dataclass
class ImageCall:
    job: Job | None
    size: str
    quality: str
    background: str
    output_format: str
    compression: int | None
    partial_images: int
    action: str
    prompt: str
    inputs: list[Image.Image]
    blocked: list[str]


def _decode_part(ctx: Context, part: dict[str, Any], param: str) -> Image.Image:
    if isinstance(part.get("file_id"), str):
        data = image_ref_bytes({"file_id": part["file_id"]}, param, ctx.store)
    else:
        data = decode_data_url(str(part.get("image_url")), param)
    return decode_image(data, param)


def plan_image(ctx: Context, req: Request) -> ImageCall:
    tool = req.image_tool or {"type": "image_generation"}
    param = f"tools[{req.image_tool_index}]"
    prompt = latest_user_text(req.input) or latest_user_text(req.chain.items) or ""
    images = [_decode_part(ctx, part, "input") for part in input_images(req.input)]
    mask: Image.Image | None = None
    if tool.get("input_image_mask") is not None:
        mask_bytes = image_ref_bytes(
            tool["input_image_mask"], f"{param}.input_image_mask", ctx.store
        )
        mask = decode_image(mask_bytes, f"{param}.input_image_mask")
    action = str(tool.get("action", "auto"))
    previous = Chain(req.chain.items + req.input).last_image()
    target: Image.Image | None = None
    references = images
    wants_edit = planner.has_edit_words(prompt.lower())
    if images and (action == "edit" or (action == "auto" and mask is not None)):
        target, references = images[0], images[1:]
    elif not images and previous and (action == "edit" or (action == "auto" and wants_edit)):
        target = decode_image(base64.b64decode(previous), "previous_response_id")
    elif action == "edit":
        raise invalid_value(f"{param}.action", "There is no image to edit: attach one.")
    if mask is not None:
        if target is None:
            raise invalid_value(f"{param}.input_image_mask", "A mask needs an image to edit.")
        try:
            check_mask(mask, target)
        except ApiError as error:
            error.param = f"{param}.input_image_mask"
            raise
    size = parse_size(tool.get("size"), enforce_pixel_budget=ctx.enforce_pixel_budget)
    resolved = size or (target.size if target is not None else (1024, 1024))
    background = str(tool.get("background", "auto"))
    quality = str(tool.get("quality", "auto"))
    blocked = prompt_flags(prompt)
    job = (
        None
        if blocked
        else Job(
            split_lead(prompt)[1],
            resolved,
            references=references,
            target=target,
            mask=mask,
            transparent=background == "transparent",
        )
    )
    return ImageCall(
        job=job,
        size=f"{resolved[0]}x{resolved[1]}",
        quality="medium" if quality == "auto" else quality,
        background="transparent" if background == "transparent" else "opaque",
        output_format=str(tool.get("output_format", "png")),
        compression=tool.get("output_compression"),
        partial_images=int(tool.get("partial_images", 0)),
        action="edit" if target is not None else "generate",
        prompt=prompt,
        inputs=images,
        blocked=blocked,
    )


def image_item(call: ImageCall, item_id: str, status: str, result: str | None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": item_id,
        "type": "image_generation_call",
        "status": status,
        "result": result,
        "action": call.action,
        "background": call.background,
        "output_format": call.output_format,
        "quality": call.quality,
        "size": call.size,
        "revised_prompt": call.prompt,
    }
    if call.blocked:
        item["status"] = "failed"
        item["result"] = None
        item["error"] = {
            "code": "moderation_blocked",
            "message": "Your request was rejected by the safety system.",
            "param": None,
            "type": "image_generation_user_error",
            "moderation_details": {"categories": call.blocked, "moderation_stage": "input"},
        }
    return item


def image_usage(call: ImageCall) -> dict[str, Any]:
    width, height = (int(v) for v in call.size.split("x"))
    use = usage(call.prompt, call.inputs, (width, height), call.quality, 1)
    if call.blocked:
        use["output_tokens"] = 0
        use["total_tokens"] = use["input_tokens"]
    return use


def after_image_text(call: ImageCall) -> str:
    if call.blocked:
        return "I can't create that image: the request was blocked by moderation."
    verb = "edited" if call.action == "edit" else "created"
    return f"Here is the {verb} image ({call.size})."
