"""decide: ask the decision model, through function tools, what this turn should do.

The model may first look things up (read-only lookup tools: this thread's images and
their cost, spend and budgets, approved references, why something was held): each lookup
runs here, its output goes back as the call's ``function_call_output`` in the same
Responses chain, and the model is asked again, at most ``MAX_LOOKUPS`` times a turn; the
call after the last allowed lookup offers the decision tools only. Every call is a ledger
row, as decisions are, whose prompt is what was sent (the brief, or a lookup's output).
"""

from __future__ import annotations

import json
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.lookups import run_lookup
from agent.nodes.common import emit, input_image
from agent.nodes.retrieve import checked_references
from agent.state import ReferenceUse, TurnState
from core.types import Decision, PendingOutput
from prompts.decide import brief_message
from tools.responses import DecideResult
from tools.responses import decide as decide_call

# Lookups one turn may make before the model must decide; each is a model call.
MAX_LOOKUPS = 3

OUTCOMES = {
    "generate": "decided",
    "edit": "decided",
    "finalize": "decided",
    "clarify": "clarified",
    "reply": "replied",
}


def _sanitise(decision: Decision, state: TurnState) -> Decision:
    """Keep the decision inside what this turn can do."""
    known = {ref.id for ref in state.references}
    decision = decision.model_copy(
        update={"reference_ids": [r for r in decision.reference_ids if r in known]}
    )
    if decision.action == "edit":
        has_target = bool(state.attachments) or state.current_image is not None
        if not has_target:
            return Decision(
                action="reply",
                call_id=decision.call_id,
                message="There is no image to edit yet: attach one, or ask me to create one.",
            )
        if decision.target == "attachment" and not state.attachments:
            decision = decision.model_copy(update={"target": "current"})
        if decision.target == "current" and state.current_image is None:
            decision = decision.model_copy(update={"target": "attachment"})
    return decision


def _fetch_missing_kinds(
    runtime: Runtime[Services], state: TurnState, decision: Decision
) -> tuple[list[ReferenceUse], Decision]:
    """Retrieval ran before the decision; when the model asks for a kind of reference the
    turn does not have yet (a product shot, the palette), fetch approved ones of it."""
    have = {r.kind for r in state.references}
    missing = [k for k in decision.reference_kinds if k not in have]
    room = runtime.context.settings.max_references - len(state.references)
    if not missing or room <= 0:
        return state.references, decision
    known = {r.id for r in state.references}
    extra = [
        r
        for r in checked_references(runtime, state.brief, k=room, kinds=missing)
        if r.kind in missing and r.id not in known
    ]
    for use in extra:
        use.why = f"the decision asked for a {use.kind} reference; {use.why}"
    ids = [*decision.reference_ids, *(r.id for r in extra)]
    return [*state.references, *extra], decision.model_copy(update={"reference_ids": ids})


def _ask(
    services: Services,
    *,
    message: str | None,
    urls: list[str],
    pending: PendingOutput | None,
    chain_id: str | None,
    lookups: bool,
    sent: str | None,
) -> tuple[DecideResult, int]:
    """One decision call under the retry policy, and the attempt that answered; ``sent``
    is what its ledger rows record as the prompt."""
    model = services.settings.decision_model
    return services.with_retries(
        lambda: decide_call(
            services.client,
            model=model,
            message=message,
            image_urls=urls,
            pending=pending,
            previous_response_id=chain_id,
            lookups=lookups,
        ),
        node="decide",
        surface="responses",
        model=model,
        prompt=sent,
    )


def decide(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    message: str | None = None
    urls: list[str] = []
    if not state.brief_sent:
        message = brief_message(
            state.brief,
            attachments=len(state.attachments),
            mask=state.mask is not None,
            current_image=state.current_image is not None,
            references=[(r.id, r.brand, r.kind, r.description) for r in state.references],
        )
        urls = [input_image(services, ref).data_url() for ref in state.attachments]
    model = services.settings.decision_model
    pending, chain_id = state.pending, state.chain_id
    for done in range(MAX_LOOKUPS + 1):
        sent = message if message is not None else (pending.output if pending else None)
        result, attempt = _ask(
            services,
            message=message,
            urls=urls,
            pending=pending,
            chain_id=chain_id,
            lookups=done < MAX_LOOKUPS,
            sent=sent,
        )
        chain_id = result.response_id
        if result.lookup is None:
            break
        services.record(
            node="decide",
            surface="responses",
            model=model,
            outcome="decided",
            latency_ms=result.latency_ms,
            request_id=result.request_id,
            prompt=sent,
            usage=result.usage,
            attempt=attempt,
        )
        output = run_lookup(services, state, result.lookup)
        emit(
            runtime,
            {
                "kind": "lookup",
                "tool": result.lookup.name,
                "arguments": result.lookup.args.model_dump(),
                "output": output,
            },
        )
        pending = PendingOutput(call_id=result.lookup.call_id, output=output)
        message, urls = None, []
    assert result.decision is not None  # the last call offers the decision tools only
    decision = _sanitise(result.decision, state)
    references = state.references
    if decision.action in ("generate", "edit") and decision.reference_kinds:
        references, decision = _fetch_missing_kinds(runtime, state, decision)
    services.record(
        node="decide",
        surface="responses",
        model=model,
        outcome=OUTCOMES[decision.action],
        latency_ms=result.latency_ms,
        request_id=result.request_id,
        prompt=sent,
        size=decision.size,
        quality=decision.quality,
        usage=result.usage,
        attempt=attempt,
    )
    emit(runtime, {"kind": "decision", "decision": decision.model_dump()})
    update: dict[str, Any] = {
        "references": references,
        "decision": decision,
        "chain_id": chain_id,
        "pending": None,
        "brief_sent": True,
    }
    if decision.action == "reply":
        update["message"] = decision.message
        update["pending"] = PendingOutput(
            call_id=decision.call_id, output=json.dumps({"status": "shown to the user"})
        )
    return update
