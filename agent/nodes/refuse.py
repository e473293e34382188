"""refuse: explain what was refused, which category or rule fired, and what to change."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.state import TurnState

_STAGE = {
    "input": "Your request was not sent to the image model",
    "output": "The image was made but is not returned",
    "provider": "The provider refused the request",
}


def refuse(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    refusal = state.refusal
    if refusal is None:
        return {"message": "Refused."}
    parts = [f"{_STAGE[refusal.stage]}: {refusal.reason}."]
    if refusal.categories:
        parts.append(f"Categories: {', '.join(refusal.categories)}.")
    if refusal.advice:
        parts.append(f"What you can change: {refusal.advice}.")
    return {"message": " ".join(parts)}
