"""examples/sessions/ask-cost.yaml: "How much did that cost?" is answered with the ledger's
amounts (the image's own cost, the conversation's total when it was asked), and the spend
question with the session's and today's spend."""

from __future__ import annotations

from pathlib import Path

from agent.sessions.run import run_session
from core.settings import Settings
from memory.stores import open_ledger
from prompts.decide import usd

SESSION = Path(__file__).resolve().parents[3] / "examples" / "sessions" / "ask-cost.yaml"


def test_questions_about_cost_state_the_ledger_amounts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = run_session(SESSION, out, provider="offline")
    assert run.ok, [f.diff(SESSION) for f in run.failures]
    ledger = open_ledger(Settings(home=out / "data", provider="offline"))
    rows = ledger.rows(thread_id=run.thread_id)
    [image_row] = [r for r in rows if r.outcome == "generated"]
    assert image_row.cost_usd
    # The decision call that asked for the lookup; the conversation's total is what the
    # ledger held once that call was written.
    asked = next(r for r in rows if r.node == "decide" and "How much did" in (r.prompt or ""))
    assert asked.id is not None
    total = round(sum(r.cost_usd or 0.0 for r in rows if r.id is not None and r.id <= asked.id), 6)
    message = run.turns[1].message
    assert f"cost {usd(image_row.cost_usd)}" in message
    assert f"has cost {usd(total)} so far" in message
    # The answer is a second decision call in the same turn, sent the lookup's output.
    answer = next(r for r in rows if r.node == "decide" and r.id is not None and r.id > asked.id)
    assert answer.outcome == "replied"
    assert '"conversation_total_usd"' in (answer.prompt or "")

    asked_spend = next(r for r in rows if r.node == "decide" and "spent today" in (r.prompt or ""))
    assert asked_spend.id is not None
    session = round(
        sum(r.cost_usd or 0.0 for r in rows if r.id is not None and r.id <= asked_spend.id), 6
    )
    assert run.turns[2].message.startswith(f"This session: {usd(session)} spent")
