"""generate: make a new image.

A direct job goes to the Image API (``images.edit`` with the attachments and the brand
references when there are any, ``images.generate`` otherwise). A thread that already has
an image continues its conversation through the Responses image_generation tool, so the
model keeps context.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.common import preview_saver
from agent.nodes.render import (
    attachment_images,
    choose_size,
    image_api_call,
    reference_images,
    run_image_call,
    via_image_tool,
)
from agent.state import TurnState
from prompts.decide import image_prompt
from tools.images import ImageResult


def generate(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    settings = services.settings
    decision = state.decision
    assert decision is not None and decision.action == "generate"
    size, note = choose_size(state, decision, settings.default_size)
    attached = attachment_images(services, state, decision)
    refs = [*attached, *reference_images(services, state, decision)]
    prompt = image_prompt(decision.prompt, decision.text, new_image=bool(refs))
    on_partial = preview_saver(runtime, f"turn{state.turn}-generate")
    continuing = state.current_image is not None and state.chain_id is not None

    def via_responses(quality: str) -> tuple[ImageResult, str | None]:
        return via_image_tool(
            services,
            state,
            decision,
            prompt=prompt,
            image_urls=[a.data_url() for a in attached],
            size=size,
            quality=quality,
            action="generate",
            on_partial=on_partial,
        )

    def via_image_api(quality: str) -> tuple[ImageResult, str | None]:
        result = image_api_call(services, prompt, refs, size, quality, on_partial)
        return result, None

    return run_image_call(
        runtime,
        state,
        node="generate",
        action="generated",
        surface="responses" if continuing else "image-api",
        size=size,
        prompt=prompt,
        parent=None,
        call=via_responses if continuing else via_image_api,
        note=note,
        input_images=len(refs),
    )
