"""decide with the lookup tools: a question is looked up, the lookup's output goes back in
the same Responses chain, and the answer states the ledger's figures; lookups are bounded
and every call is a ledger row."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import openai
import pytest
from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.decide import MAX_LOOKUPS, decide
from agent.state import TurnState
from memory.assets import AssetRef
from prompts.decide import LOOKUP_TOOL_NAMES, usd
from tests.helpers import call_record

SHA = "d" * 64


def _with_an_image(services: Services) -> TurnState:
    services.ledger.record(
        call_record(thread_id=services.thread_id, assets=[SHA], cost_usd=0.0112, quality="low")
    )
    current = AssetRef(sha256=SHA, path="/tmp/d.png", width=1024, height=1024, format="png")
    return TurnState(brief="How much did that cost?", current_image=current)


def test_a_cost_question_is_answered_from_the_ledger(
    runtime: Runtime[Services], services: Services, events: list[dict[str, Any]]
) -> None:
    update = decide(_with_an_image(services), runtime)
    decision = update["decision"]
    assert decision.action == "reply"
    rows = services.ledger.rows(thread_id=services.thread_id)
    asked, answered = [r for r in rows if r.node == "decide"]
    assert (asked.outcome, answered.outcome) == ("decided", "replied")
    assert asked.prompt is not None and "<brief>" in asked.prompt
    total = round(
        sum(r.cost_usd or 0.0 for r in rows if r.id is not None and r.id <= (asked.id or 0)), 6
    )
    assert f"cost {usd(0.0112)}" in decision.message
    assert f"has cost {usd(total)} so far (2 model calls)" in decision.message
    output = json.loads(answered.prompt or "{}")
    assert output["images"][0]["id"] == SHA[:12] and output["images"][0]["current"] is True
    [lookup] = [e for e in events if e["kind"] == "lookup"]
    assert lookup["tool"] == "lookup_images" and json.loads(lookup["output"]) == output
    # The answer continues the chain and owes its output like any reply.
    assert update["pending"].call_id == decision.call_id and update["message"] == decision.message


def _scripted(seen: list[dict[str, Any]]) -> openai.OpenAI:
    """A provider whose model looks something up whenever it may, then replies."""

    def handler(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        seen.append(body)
        names = {t["name"] for t in body["tools"]}
        lookup = "lookup_spend" in names
        n = len(seen)
        call = {
            "id": f"fc_{n}",
            "type": "function_call",
            "status": "completed",
            "call_id": f"call_{n}",
            "name": "lookup_spend" if lookup else "reply",
            "arguments": "{}" if lookup else json.dumps({"message": "done"}),
        }
        return httpx2.Response(
            200,
            headers={"x-request-id": f"req_{n}"},
            json={
                "id": f"resp_{n}",
                "object": "response",
                "created_at": 0,
                "status": "completed",
                "model": body["model"],
                "output": [call],
                "parallel_tool_calls": False,
                "tool_choice": "required",
                "tools": body["tools"],
                "usage": {
                    "input_tokens": 10,
                    "input_tokens_details": {"cached_tokens": 0},
                    "output_tokens": 5,
                    "output_tokens_details": {"reasoning_tokens": 0},
                    "total_tokens": 15,
                },
            },
        )

    return openai.OpenAI(
        api_key="fake",
        base_url="http://fake/v1",
        max_retries=0,
        http_client=openai.DefaultHttpx2Client(transport=httpx2.MockTransport(handler)),
    )


def test_lookups_are_bounded_and_chained(services: Services) -> None:
    seen: list[dict[str, Any]] = []
    services.client = _scripted(seen)
    update = decide(TurnState(brief="How much, again and again?"), Runtime(context=services))
    assert update["decision"].message == "done"
    assert len(seen) == MAX_LOOKUPS + 1
    for body in seen[:-1]:
        assert set(LOOKUP_TOOL_NAMES) <= {t["name"] for t in body["tools"]}
    assert not set(LOOKUP_TOOL_NAMES) & {t["name"] for t in seen[-1]["tools"]}
    for n, body in enumerate(seen[1:], start=1):
        assert body["previous_response_id"] == f"resp_{n}"
        [owed] = body["input"]
        assert owed["type"] == "function_call_output" and owed["call_id"] == f"call_{n}"
        assert "session" in json.loads(owed["output"])
    assert update["chain_id"] == f"resp_{MAX_LOOKUPS + 1}"
    rows = [r for r in services.ledger.rows(thread_id=services.thread_id) if r.node == "decide"]
    assert [r.outcome for r in rows] == ["decided"] * MAX_LOOKUPS + ["replied"]
    assert [r.request_id for r in rows] == [f"req_{n}" for n in range(1, MAX_LOOKUPS + 2)]


@pytest.mark.parametrize("brief", ["A square post for our spring launch", "Thanks!"])
def test_briefs_that_need_no_lookup_take_one_call(
    runtime: Runtime[Services], services: Services, brief: str, events: list[dict[str, Any]]
) -> None:
    decide(TurnState(brief=brief), runtime)
    assert len([r for r in services.ledger.rows(thread_id=services.thread_id)]) == 1
    assert not [e for e in events if e["kind"] == "lookup"]
