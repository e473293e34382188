"""generate: make a new image.

A direct job goes to the Image API (``images.edit`` with the brand references when there
are any, ``images.generate`` otherwise). A thread that already has an image continues its
conversation through the Responses image_generation tool, so the model keeps context.
"""

from __future__ import annotations

import json
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.common import preview_saver
from agent.nodes.render import choose_size, reference_images, reference_parts, run_image_call
from agent.state import PendingOutput, TurnState
from prompts.decide import image_prompt
from tools import images, responses
from tools.images import ImageResult


def generate(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    settings = services.settings
    decision = state.decision
    assert decision is not None and decision.action == "generate"
    size, note = choose_size(state, decision, settings.default_size)
    refs = reference_images(services, state, decision)
    prompt = image_prompt(decision.prompt, decision.text, new_image=bool(refs))
    on_partial = preview_saver(runtime, f"turn{state.turn}-generate")
    continuing = state.current_image is not None and state.chain_id is not None

    def via_responses(quality: str) -> tuple[ImageResult, str | None]:
        out = responses.image_tool(
            services.client,
            model=settings.decision_model,
            image_model=settings.image_model,
            prompt=prompt,
            image_urls=[],
            image_parts=reference_parts(services, state, decision),
            size=size.wire,
            quality=quality,
            action="generate",
            moderation=settings.image_moderation,
            partial_images=settings.partial_images,
            pending=PendingOutput(
                call_id=decision.call_id,
                output=json.dumps({"status": "rendering with the image tool"}),
            ),
            previous_response_id=state.chain_id,
            on_partial=on_partial,
        )
        return out.result, out.response_id

    def via_image_api(quality: str) -> tuple[ImageResult, str | None]:
        common: dict[str, Any] = {
            "model": settings.image_model,
            "prompt": prompt,
            "size": size.wire,
            "quality": quality,
            "moderation": settings.image_moderation,
            "partial_images": settings.partial_images,
            "on_partial": on_partial,
        }
        if refs:
            return images.edit(services.client, images=refs, **common), None
        return images.generate(services.client, **common), None

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
