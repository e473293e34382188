"""refuse: explain what was refused, which rule or category fired, and what to change.

The rejection itself is already in the ledger (the node that refused wrote its row with
outcome ``rejected`` and the reason); this node turns the refusal into the user's message.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.state import TurnState

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


def refusal_message(state: TurnState) -> str:
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
    return " ".join(parts)


def refuse(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    return {"message": refusal_message(state)}
