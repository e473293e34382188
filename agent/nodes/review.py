"""review: check every new image before it is returned.

Each image is moderated as an image and checked against what was asked (it decodes, it has
the size that was sent). A flagged image is blocked; a borderline one is held for review;
only images that pass become the thread's current image.
"""

from __future__ import annotations

import json
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.common import input_image
from agent.state import ImageRecord, PendingOutput, Refusal, TurnState
from tools.moderation import moderate

REVIEW_THRESHOLD = 0.3


def review(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    model = services.settings.moderation_model
    reviewed: list[ImageRecord] = []
    blocked: list[str] = []
    for record in state.images:
        notes = list(record.review_notes)
        result = moderate(
            services.client,
            model=model,
            text=None,
            image_urls=[input_image(services, record.asset).data_url()],
        )
        verdict = result.verdict
        services.record(
            node="review",
            surface="moderation",
            model=model,
            outcome="rejected" if verdict.flagged else "moderated",
            latency_ms=result.latency_ms,
            request_id=result.request_id,
            moderation=verdict.model_dump(),
            assets=[record.asset.sha256],
        )
        if record.size != f"{record.asset.width}x{record.asset.height}":
            notes.append(f"size is {record.asset.width}x{record.asset.height}, not {record.size}")
        if verdict.flagged:
            outcome = "block"
            blocked.extend(verdict.categories)
            notes.append(verdict.summary())
        elif verdict.top_score >= REVIEW_THRESHOLD:
            outcome = "review"
            notes.append(f"held for human review: {verdict.summary()}")
        else:
            outcome = "pass"
        reviewed.append(record.model_copy(update={"review": outcome, "review_notes": notes}))
    update: dict[str, Any] = {"images": reviewed}
    if blocked:
        decision = state.decision
        update["refusal"] = Refusal(
            stage="output",
            reason="the generated image was flagged by moderation and is not returned",
            categories=sorted(set(blocked)),
            advice="rephrase the brief; the blocked image stays in the store for audit only",
        )
        if decision is not None and state.pending is not None:
            update["pending"] = PendingOutput(
                call_id=state.pending.call_id,
                output=json.dumps({"status": "output blocked by moderation"}),
            )
    return update
