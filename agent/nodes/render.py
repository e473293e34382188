"""What generate and edit share: size choice, saving bytes at once, and the ledger row."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

from langgraph.runtime import Runtime

from agent.context import Services
from agent.errors import InputError, ModerationBlocked, ProviderError
from agent.nodes.common import emit, input_image
from agent.state import Decision, ImageRecord, PendingOutput, Refusal, TurnState
from memory.assets import AssetRef
from tools.images import ImageResult, InputImage
from tools.sizes import SizeChoice, fit_size


def choose_size(state: TurnState, decision: Decision, fallback: str) -> tuple[SizeChoice, str]:
    """The user's explicit size wins over the model's; a bad model size falls back."""
    if state.size:
        return fit_size(state.size), ""
    try:
        return fit_size(decision.size or fallback), ""
    except InputError as err:
        return fit_size(fallback), f"the model asked for an unusable size ({err.message})"


def reference_images(services: Services, state: TurnState, decision: Decision) -> list[InputImage]:
    chosen = [r for r in state.references if r.id in decision.reference_ids]
    return [input_image(services, r.asset, name=f"{r.id}.{r.asset.format}") for r in chosen]


def run_image_call(
    runtime: Runtime[Services],
    state: TurnState,
    *,
    node: str,
    action: Literal["generated", "edited"],
    surface: Literal["image-api", "responses"],
    size: SizeChoice,
    prompt: str,
    parent: str | None,
    call: Callable[[], tuple[ImageResult, str | None]],
    note: str = "",
) -> dict[str, Any]:
    """Run one image call, store its bytes the moment they arrive, and log it.

    ``call`` returns the result and, for the Responses surface, the new chain id.
    """
    services = runtime.context
    decision = state.decision
    assert decision is not None
    model = services.settings.image_model
    emit(
        runtime,
        {
            "kind": "image_call",
            "surface": surface,
            "size": size.wire,
            "quality": decision.quality,
            "adjusted": size.reason,
        },
    )
    call_key = f"call {decision.call_id}"
    verdict = state.input_verdict.model_dump() if state.input_verdict else None

    def log(outcome: str, **fields: Any) -> None:
        base: dict[str, Any] = {
            "node": node,
            "surface": surface,
            "model": model,
            "outcome": outcome,
            "latency_ms": 0.0,
            "prompt": prompt,
            "size": size.wire,
            "quality": decision.quality,
            "n": 1,
            "moderation": verdict,
        }
        services.record(**{**base, **fields})

    saved = services.assets.find(note=call_key, thread_id=services.thread_id)
    if saved:
        # This call already delivered its bytes before the turn stopped: use them, pay nothing.
        log(
            action,
            n=len(saved),
            assets=[r.sha256 for r in saved],
            error="resumed: reused images saved before an interruption",
        )
        return _records_update(
            decision, saved, action, surface, size, prompt, decision.quality, note, chain_id=None
        )
    try:
        result, chain_id = call()
    except ModerationBlocked as err:
        log("rejected", request_id=err.request_id, error=err.message)
        return {
            "refusal": Refusal(
                stage="provider",
                reason=err.message,
                advice="rephrase the brief without the flagged content",
            ),
            "pending": PendingOutput(
                call_id=decision.call_id, output=json.dumps({"status": "refused by the provider"})
            ),
        }
    except ProviderError as err:
        log("failed", request_id=err.request_id, error=err.message)
        raise
    refs = [
        services.assets.put_bytes(
            data, parent=parent, source=action, thread_id=services.thread_id, note=call_key
        )
        for data in result.images
    ]
    log(
        action,
        latency_ms=result.latency_ms,
        request_id=result.request_id,
        size=result.size,
        quality=result.quality,
        n=len(refs),
        usage=result.usage,
        assets=[r.sha256 for r in refs],
    )
    return _records_update(
        decision, refs, action, surface, size, prompt, result.quality, note, chain_id=chain_id
    )


def _records_update(
    decision: Decision,
    refs: list[AssetRef],
    action: Literal["generated", "edited"],
    surface: Literal["image-api", "responses"],
    size: SizeChoice,
    prompt: str,
    quality: str,
    note: str,
    *,
    chain_id: str | None,
) -> dict[str, Any]:
    size_note = size.reason and f"size {size.requested} sent as {size.wire}: {size.reason}"
    records = [
        ImageRecord(
            asset=ref,
            action=action,
            surface=surface,
            size=f"{ref.width}x{ref.height}",
            quality=quality,
            prompt=prompt,
            review_notes=[n for n in (note, size_note) if n],
        )
        for ref in refs
    ]
    update: dict[str, Any] = {"images": records}
    if chain_id is not None:
        update["chain_id"] = chain_id
        update["pending"] = None
    else:
        summary = {"status": action, "images": [r.sha256[:12] for r in refs], "size": size.wire}
        update["pending"] = PendingOutput(call_id=decision.call_id, output=json.dumps(summary))
    return update
