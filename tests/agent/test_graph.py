"""Each router, on the states that send it each way."""

from __future__ import annotations

import pytest

from agent.graph import after_decision, after_image, after_moderation, after_review
from agent.state import Refusal, TurnState
from core.types import Decision

REFUSAL = Refusal(stage="input", reason="flagged")


def test_after_moderation() -> None:
    assert after_moderation(TurnState()) == "retrieve"
    assert after_moderation(TurnState(refusal=REFUSAL)) == "refuse"


@pytest.mark.parametrize(
    ("action", "node"),
    [("generate", "generate"), ("edit", "edit"), ("clarify", "clarify"), ("reply", "respond")],
)
def test_after_decision(action: str, node: str) -> None:
    state = TurnState(decision=Decision.model_validate({"action": action, "call_id": "c"}))
    assert after_decision(state) == node


def test_after_decision_without_decision_responds() -> None:
    assert after_decision(TurnState()) == "respond"


def test_after_image_and_review() -> None:
    assert after_image(TurnState()) == "review"
    assert after_image(TurnState(refusal=REFUSAL)) == "refuse"
    assert after_review(TurnState()) == "respond"
    assert after_review(TurnState(refusal=REFUSAL)) == "refuse"
