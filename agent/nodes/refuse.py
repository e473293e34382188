"""refuse: explain what was refused, which rule or category fired, and what to change.

The rejection itself is already in the ledger (the node that refused wrote its row with
outcome ``rejected`` and the reason); this node turns the refusal into the user's message.
When policy rules refused the brief, it also offers the nearest brief that passes (the
rules' rewrite recipes, ``tools.policy.Policy.propose``). The proposal goes through the same
screening as any brief (policy, then the moderations endpoint, one ledger row) and is
offered only when it passes; it is kept in state as ``proposal`` so that answering "yes"
(``Runner.answer``) starts a turn with it.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.moderate_input import clean_brief
from agent.state import TurnState
from tools.moderation import screen
from tools.policy import SEVERITY_ORDER, load_policy

_STAGE = {
    "input": "Your request was not sent to the image model",
    "output": "The image was made but is not returned",
    "provider": "The provider's safety system refused the request",
    "budget": "The image call was not made",
}
_DEFAULT_ADVICE = {
    "input": "remove or reword the flagged part of the brief or the attached image",
    "output": "rephrase the brief so the image does not contain the flagged content",
    "provider": "rephrase the brief without the flagged content; retrying unchanged will fail",
    "budget": "raise the budget, allow downgrades, or ask for a smaller or lower-quality image",
}
ACCEPT_HINT = "answer 'yes' to make it"


def refusal_message(state: TurnState, proposal: str | None = None) -> str:
    refusal = state.refusal
    if refusal is None:
        return "Refused."
    reason = refusal.reason.rstrip(". ")
    parts = [f"{_STAGE[refusal.stage]}: {reason}."]
    if refusal.rule_ids:
        parts.append(
            f"Policy rule{'s' if len(refusal.rule_ids) > 1 else ''}: {', '.join(refusal.rule_ids)}."
        )
    if refusal.categories:
        parts.append(f"Categories: {', '.join(refusal.categories)}.")
    advice = (refusal.advice or _DEFAULT_ADVICE[refusal.stage]).rstrip(". ")
    parts.append(f"What you can change: {advice}.")
    if proposal:
        parts.append(f"Proposed instead: “{proposal}”; {ACCEPT_HINT}.")
    return " ".join(parts)


def propose(state: TurnState, services: Services) -> str | None:
    """The moderated rewrite of a brief the policy rules refused, or None."""
    refusal = state.refusal
    if refusal is None or refusal.stage != "input" or not refusal.rule_ids:
        return None
    # An upload that was part of the refusal is not something a rewrite of the words fixes.
    if state.attachments or state.mask is not None:
        return None
    settings = services.settings
    policy = load_policy(settings.home)
    candidate = policy.propose(clean_brief(state.brief))
    if candidate is None:
        return None
    retry = services.retrying(
        node="refuse", surface="moderation", model=settings.moderation_model, prompt=candidate
    )
    screening = screen(
        services.client,
        model=settings.moderation_model,
        policy=policy,
        text=candidate,
        review_threshold=settings.review_threshold,
        image_moderation=settings.image_moderation,
        retry=retry,
        second_opinion=settings.second_opinion,
    )
    passed = SEVERITY_ORDER[screening.outcome] <= SEVERITY_ORDER["warn"]
    services.record(
        node="refuse",
        surface="moderation",
        model=settings.moderation_model if screening.moderation else "policy",
        outcome="moderated" if passed else "rejected",
        latency_ms=screening.latency_ms,
        request_id=screening.moderation.request_id if screening.moderation else None,
        prompt=candidate,
        moderation=screening.ledger_moderation(),
        error=None if passed else "the proposed rewrite did not pass screening",
        attempt=retry.attempt,
    )
    return candidate if passed else None


def refuse(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    proposal = propose(state, runtime.context)
    return {"message": refusal_message(state, proposal), "proposal": proposal}
