"""moderate_input: start a turn, and check the brief and uploaded images before anything else."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.errors import InputError
from agent.nodes.common import input_image
from agent.state import Refusal, TurnState
from tools.moderation import moderate

MAX_BRIEF_CHARS = 32_000


def moderate_input(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    brief = state.brief.strip()
    if not brief:
        raise InputError("the brief is empty", hint="say what you want made or changed")
    if len(brief) > MAX_BRIEF_CHARS:
        raise InputError(
            f"the brief has {len(brief):,} characters; the limit is {MAX_BRIEF_CHARS:,}"
        )
    uploads = [*state.attachments, *([state.mask] if state.mask else [])]
    urls = [input_image(services, ref).data_url() for ref in uploads]
    model = services.settings.moderation_model
    result = moderate(services.client, model=model, text=brief, image_urls=urls)
    verdict = result.verdict
    services.record(
        node="moderate_input",
        surface="moderation",
        model=model,
        outcome="rejected" if verdict.flagged else "moderated",
        latency_ms=result.latency_ms,
        request_id=result.request_id,
        prompt=brief,
        moderation=verdict.model_dump(),
    )
    update: dict[str, Any] = {
        "turn": state.turn + 1,
        "brief_sent": False,
        "input_verdict": verdict,
        "references": [],
        "decision": None,
        "answer": None,
        "images": [],
        "refusal": None,
        "message": None,
    }
    if verdict.flagged:
        update["refusal"] = Refusal(
            stage="input",
            reason="the brief or an attached image was flagged by moderation",
            categories=verdict.categories,
            advice="remove the flagged content and try again",
        )
    return update
