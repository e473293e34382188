"""respond: close the turn with a message and the images that passed review."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.common import short
from agent.state import TurnState


def respond(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    lines: list[str] = []
    current = state.current_image
    if state.message and not state.images:
        lines.append(state.message)
    for record in state.images:
        verb = "Generated" if record.action == "generated" else "Edited"
        where = record.asset.path
        if record.review == "pass":
            lines.append(f"{verb} {record.size} ({record.quality}) via {record.surface}: {where}")
            current = record.asset
        elif record.review == "review":
            lines.append(f"{verb} an image that is held for human review: {where}")
        for note in record.review_notes:
            lines.append(f"  note: {note}")
    if state.references:
        used = ", ".join(
            f"{r.id} ({r.kind})"
            for r in state.references
            if state.decision and r.id in state.decision.reference_ids
        )
        if used:
            lines.append(f"Brand references used: {used}")
    summary = short(" / ".join(filter(None, [state.summary, state.brief])), 300)
    return {
        "message": "\n".join(lines) or "Done.",
        "current_image": current,
        "summary": summary,
    }
