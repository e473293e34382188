"""clarify: put the decision model's question to the user and wait for the answer.

``interrupt()`` stops the run here; the answer resumes the thread, also from a new process.
This node runs again from its start on resume, so it does nothing before the interrupt
that must not happen twice.
"""

from __future__ import annotations

import json
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.context import Services
from agent.state import TurnState
from core.types import PendingOutput


def clarify(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    decision = state.decision
    if decision is None or decision.action != "clarify":
        raise RuntimeError("clarify reached without a clarifying decision")
    question = decision.question or "Could you say more?"
    text = str(interrupt({"question": question, "options": decision.options})).strip()
    while not text:
        # An empty answer asks again instead of failing the turn.
        text = str(
            interrupt({"question": question, "options": decision.options, "retry": True})
        ).strip()
    return {
        "answer": text,
        "pending": PendingOutput(call_id=decision.call_id, output=json.dumps({"answer": text})),
    }
