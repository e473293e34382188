"""edit: change an existing image, only inside the mask when there is one.

Masked edits and edits of an attached file go to the Image API (the mask applies to the
first image; the other attachments and the brand references follow it). An unmasked edit
of the thread's current image continues the Responses conversation with the
image_generation tool.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.common import input_image, preview_saver
from agent.nodes.render import (
    attachment_images,
    edit_target,
    image_api_call,
    reference_images,
    run_image_call,
    via_image_tool,
)
from agent.state import TurnState
from core.errors import ImageInputError
from prompts.decide import image_prompt
from tools.images import ImageResult
from tools.sizes import fit_size


def edit(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    decision = state.decision
    assert decision is not None and decision.action == "edit"
    target = edit_target(state, decision)
    if target is None:
        raise ImageInputError("there is no image to edit", hint="attach one with --image")
    if state.mask is not None and (state.mask.width, state.mask.height) != (
        target.width,
        target.height,
    ):
        raise ImageInputError(
            f"the mask is {state.mask.width}x{state.mask.height} but the image is "
            f"{target.width}x{target.height}",
            hint="a mask must have the same size as the image it applies to",
        )
    size = fit_size(f"{target.width}x{target.height}")
    prompt = image_prompt(decision.prompt, decision.text)
    target_image = input_image(services, target, name=f"target.{target.format}")
    others = attachment_images(services, state, decision)
    refs = [*others, *reference_images(services, state, decision)]
    on_partial = preview_saver(runtime, f"turn{state.turn}-edit")
    use_image_api = state.mask is not None or decision.target == "attachment"

    def via_image_api(quality: str) -> tuple[ImageResult, str | None]:
        mask = input_image(services, state.mask, name="mask.png") if state.mask else None
        images = [target_image, *refs]
        result = image_api_call(services, prompt, images, size, quality, on_partial, mask=mask)
        return result, None

    def via_responses(quality: str) -> tuple[ImageResult, str | None]:
        return via_image_tool(
            services,
            state,
            decision,
            prompt=prompt,
            image_urls=[target_image.data_url(), *(a.data_url() for a in others)],
            size=size,
            quality=quality,
            action="edit",
            on_partial=on_partial,
        )

    return run_image_call(
        runtime,
        state,
        node="edit",
        action="edited",
        surface="image-api" if use_image_api else "responses",
        size=size,
        prompt=prompt,
        parent=target.sha256,
        call=via_image_api if use_image_api else via_responses,
        input_images=1 + len(refs),
    )
