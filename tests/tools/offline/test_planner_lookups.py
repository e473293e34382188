"""The offline engine with the lookup tools: a question about the work becomes a lookup
call, and the lookup's output, sent back as its function_call_output, becomes an answer
that states its figures."""

from __future__ import annotations

import json
from typing import Any, Literal, cast

from openai import OpenAI
from openai.types.responses import Response, ResponseFunctionToolCall

from prompts.decide import DECIDE_TOOLS, LOOKUP_TOOLS, Budget, SpendOutput, brief_message

# the SDK types tools as TypedDicts; the contract module builds plain dicts
TOOLS: Any = [*DECIDE_TOOLS, *LOOKUP_TOOLS]
DECISION_ONLY: Any = DECIDE_TOOLS
SPEND = SpendOutput(
    session=Budget(spent_usd=0.0123, budget_usd=None, left_usd=None),
    today=Budget(spent_usd=0.5, budget_usd=2.0, left_usd=1.5),
    day="2026-03-01",
    downgrade_when_over=False,
)


def _call(response: Response) -> ResponseFunctionToolCall:
    Response.model_validate(response.model_dump(by_alias=True))
    call = response.output[0]
    assert isinstance(call, ResponseFunctionToolCall)
    return call


def _ask(client: OpenAI, brief: str) -> tuple[Response, ResponseFunctionToolCall]:
    response = client.responses.create(
        model="gpt-5.5",
        input=brief_message(brief, current_image=True),
        tools=TOOLS,
        tool_choice="required",
    )
    return response, _call(response)


def _answer(
    client: OpenAI,
    response: Response,
    call: ResponseFunctionToolCall,
    output: str,
    *,
    choice: Literal["auto", "required"],
) -> Response:
    """The lookup's output sent back on the same chain."""
    return client.responses.create(
        model="gpt-5.5",
        previous_response_id=response.id,
        input=cast(
            Any, [{"type": "function_call_output", "call_id": call.call_id, "output": output}]
        ),
        tools=TOOLS,
        tool_choice=choice,
    )


def test_a_question_becomes_a_lookup_and_its_output_an_answer(client: OpenAI) -> None:
    response, call = _ask(client, "How much have we spent today?")
    assert call.name == "lookup_spend" and json.loads(call.arguments) == {}
    answered = _answer(client, response, call, SPEND.model_dump_json(), choice="required")
    reply = _call(answered)
    assert reply.name == "reply"
    message = json.loads(reply.arguments)["message"]
    assert "This session: $0.0123 spent" in message
    assert "$0.5000 spent of a $2.0000 budget, $1.5000 left" in message


def test_under_auto_the_answer_is_a_message(client: OpenAI) -> None:
    response, call = _ask(client, "Which logos are approved for Acme?")
    assert call.name == "lookup_references"
    assert json.loads(call.arguments) == {"brand": "Acme", "kind": "logo"}
    answered = _answer(
        client,
        response,
        call,
        json.dumps({"brand": "Acme", "kind": "logo", "references": []}),
        choice="auto",
    )
    assert answered.output[0].type == "message"
    assert answered.output_text == "There are no approved Acme logo references."


def test_without_the_lookup_tools_the_question_gets_a_reply(client: OpenAI) -> None:
    response = client.responses.create(
        model="gpt-5.5",
        input=brief_message("How much did that cost?", current_image=True),
        tools=DECISION_ONLY,
        tool_choice="required",
    )
    call = _call(response)
    assert call.name == "reply"
    assert "atelier log" in json.loads(call.arguments)["message"]
