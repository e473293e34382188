"""finalize: re-render a chosen draft at final quality and the final size.

Drafts are made at low quality; only this node pays for the final one. The draft goes to
the Image API as the input image with its original prompt, so composition, copy and logos
carry over, and the final image records the draft as its parent.
"""

from __future__ import annotations

import json
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.common import input_image, preview_saver
from agent.nodes.render import image_api_call, run_image_call
from agent.state import TurnState
from core.errors import InputError, NotFound
from core.types import PendingOutput
from memory.assets import AssetRef
from tools.images import ImageResult
from tools.sizes import SizeChoice, fit_size

FINAL_INSTRUCTION = (
    "Final render of the attached draft: keep its composition, copy and logos exactly; "
    "refine detail, lighting and typography."
)


def _target(services: Services, state: TurnState, asset: str | None) -> AssetRef | None:
    if asset:
        try:
            return services.assets.get(asset)
        except NotFound:
            return None
    return state.current_image


def _final_size(state: TurnState, requested: str | None, draft: AssetRef) -> SizeChoice:
    for candidate in (state.size, requested):
        if candidate:
            try:
                return fit_size(candidate)
            except InputError:
                continue
    return fit_size(f"{draft.width}x{draft.height}")


def finalize(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    settings = services.settings
    decision = state.decision
    assert decision is not None and decision.action == "finalize"
    draft = _target(services, state, decision.asset)
    if draft is None:
        missing = f"draft {decision.asset}" if decision.asset else "a current image"
        return {
            "message": f"There is no {missing} to finalize: make a draft first.",
            "pending": PendingOutput(
                call_id=decision.call_id, output=json.dumps({"status": "no draft to finalize"})
            ),
        }
    size = _final_size(state, decision.size, draft)
    original = services.ledger.prompt_for_asset(draft.sha256)
    prompt = f"{original}\n{FINAL_INSTRUCTION}" if original else FINAL_INSTRUCTION
    draft_image = input_image(services, draft, name=f"draft.{draft.format}")
    on_partial = preview_saver(runtime, f"turn{state.turn}-finalize")

    def via_image_api(quality: str) -> tuple[ImageResult, str | None]:
        result = image_api_call(services, prompt, [draft_image], size, quality, on_partial)
        return result, None

    return run_image_call(
        runtime,
        state,
        node="finalize",
        action="edited",
        surface="image-api",
        size=size,
        prompt=prompt,
        parent=draft.sha256,
        call=via_image_api,
        note=f"final render of draft {draft.sha256[:12]}",
        quality=settings.final_quality,
        input_images=1,
    )
