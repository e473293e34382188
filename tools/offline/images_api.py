"""``/images/generations`` and ``/images/edits``: validation, drawing and answers.

Everything that can fail (parameters, image decoding, masks, moderation) is checked
before a stream starts, so a bad request always gets a plain 400 JSON answer.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from . import render
from .context import Context
from .errors import invalid_value, missing, moderation_blocked
from .imaging import check_mask, decode_image, image_ref_bytes, usage
from .moderation import prompt_flags
from .validate import ImageParams, image_params

DEFAULT_SIZE = (1024, 1024)
Answer = dict[str, Any] | Iterator[dict[str, Any]]


@dataclass(frozen=True)
class Job:
    """One picture to draw: a fresh composition, or an edit of ``target``."""

    prompt: str
    size: tuple[int, int]
    references: list[Image.Image] = field(default_factory=list)
    target: Image.Image | None = None
    mask: Image.Image | None = None
    transparent: bool = False
    variant: int = 0

    def draw(self) -> Image.Image:
        if self.target is not None:
            picture = render.edit(
                self.target,
                self.prompt,
                mask=self.mask,
                references=self.references,
                size=self.size,
            )
        else:
            scene = render.Scene(
                self.size[0],
                self.size[1],
                self.prompt,
                self.references,
                self.transparent,
                self.variant,
            )
            picture = render.compose(scene)
        return render.flatten(picture, self.transparent)


NEW_IMAGE_LEAD = "create a new image"


def split_lead(prompt: str) -> tuple[bool, str]:
    """Whether the prompt opens by asking for a new image, and the prompt to draw from.

    The lead sentence is an instruction about the inputs, not content to draw.
    """
    stripped = prompt.lstrip()
    if not stripped.lower().startswith(NEW_IMAGE_LEAD):
        return False, prompt
    return True, stripped.split("\n", 1)[1] if "\n" in stripped else ""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def check_prompt_moderation(prompt: str) -> None:
    flags = prompt_flags(prompt)
    if flags:
        raise moderation_blocked(flags)


def _answer(
    ctx: Context, params: ImageParams, jobs: list[Job], inputs: list[Image.Image], kind: str
) -> Answer:
    size = jobs[0].size
    size_text = f"{size[0]}x{size[1]}"
    quality = params.resolved_quality
    use = usage(params.prompt, inputs, size, quality, params.n)
    if not params.stream:
        data = [
            {
                "b64_json": b64(
                    render.encode(job.draw(), params.output_format, params.output_compression)
                )
            }
            for job in jobs
        ]
        answer: dict[str, Any] = {
            "created": int(time.time()),
            "data": data,
            "background": params.resolved_background,
            "output_format": params.output_format,
            "quality": quality,
            "size": size_text,
            "usage": use,
        }
        if params.safety_identifier:
            answer["safety_identifier"] = params.safety_identifier
        return answer
    return _stream(ctx, params, jobs, use, kind, size_text)


def _stream(
    ctx: Context,
    params: ImageParams,
    jobs: list[Job],
    use: dict[str, Any],
    kind: str,
    size_text: str,
) -> Iterator[dict[str, Any]]:
    common = {
        "size": size_text,
        "quality": params.resolved_quality,
        "background": params.resolved_background,
        "output_format": params.output_format,
    }
    for job in jobs:
        final = job.draw()
        for index, frame in enumerate(render.partial_frames(final, params.partial_images)):
            event: dict[str, Any] = {
                "type": f"{kind}.partial_image",
                "b64_json": b64(
                    render.encode(frame, params.output_format, params.output_compression)
                ),
                "partial_image_index": index,
                "created_at": int(time.time()),
                **common,
            }
            ctx.log_event(str(event["type"]))
            yield event
        done: dict[str, Any] = {
            "type": f"{kind}.completed",
            "b64_json": b64(render.encode(final, params.output_format, params.output_compression)),
            "created_at": int(time.time()),
            "usage": use,
            **common,
        }
        if params.safety_identifier:
            done["safety_identifier"] = params.safety_identifier
        ctx.log_event(str(done["type"]))
        yield done


def generate(ctx: Context, body: dict[str, Any]) -> Answer:
    params = image_params(body, edit=False, enforce_pixel_budget=ctx.enforce_pixel_budget)
    check_prompt_moderation(params.prompt)
    size = params.size or DEFAULT_SIZE
    jobs = [
        Job(params.prompt, size, transparent=params.background == "transparent", variant=i)
        for i in range(params.n)
    ]
    return _answer(ctx, params, jobs, [], "image_generation")


def edit(ctx: Context, body: dict[str, Any], uploads: dict[str, list[bytes]]) -> Answer:
    """An edit from multipart ``uploads`` (image / image[] / mask) or JSON ``images``/``mask``."""
    params = image_params(body, edit=True, enforce_pixel_budget=ctx.enforce_pixel_budget)
    raw_images: list[tuple[bytes, str]] = []
    for field_name in ("image", "image[]"):
        raw_images += [(data, "image") for data in uploads.get(field_name, [])]
    refs = body.get("images")
    if refs is not None:
        if not isinstance(refs, list):
            raise invalid_value("images", "'images' must be an array of image references.")
        for i, ref in enumerate(refs):
            raw_images.append((image_ref_bytes(ref, f"images[{i}]", ctx.store), f"images[{i}]"))
    if not raw_images:
        raise missing("image")
    if len(raw_images) > 16:
        raise invalid_value("image", "At most 16 images can be edited at once.")
    images = [decode_image(data, param) for data, param in raw_images]
    mask: Image.Image | None = None
    mask_bytes = uploads.get("mask", [])
    if mask_bytes:
        mask = decode_image(mask_bytes[0], "mask")
    elif body.get("mask") is not None:
        mask = decode_image(image_ref_bytes(body["mask"], "mask", ctx.store), "mask")
    if mask is not None:
        check_mask(mask, images[0])
    check_prompt_moderation(params.prompt)
    size = params.size or images[0].size
    # Without a mask the edit endpoint also serves generation from references; a prompt
    # that asks for a new image makes every input a reference instead of the canvas.
    asks_new, drawn = split_lead(params.prompt)
    fresh = mask is None and asks_new
    jobs = [
        Job(
            drawn,
            size,
            references=images if fresh else images[1:],
            target=None if fresh else images[0],
            mask=mask,
            transparent=params.background == "transparent",
            variant=i,
        )
        for i in range(params.n)
    ]
    return _answer(ctx, params, jobs, images, "image_edit")
