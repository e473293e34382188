"""The decision call with the lookup tools: offered only when asked for, a lookup call
comes back validated as a ``LookupCall``, and a malformed one is a provider error."""

from __future__ import annotations

import json

import pytest

from agent.context import Services
from core.errors import ProviderError
from prompts.decide import LOOKUP_TOOL_NAMES, LookupReferences, brief_message
from tools.offline import planner
from tools.responses import decide, parse_lookup


@pytest.mark.parametrize("name", LOOKUP_TOOL_NAMES)
def test_planner_lookup_arguments_parse_into_lookup_calls(name: str) -> None:
    args = planner.arguments(name, planner.Brief(text="Which logos are approved for Acme?"))
    call = parse_lookup(name, json.dumps(args), "call_1")
    assert (call.name, call.call_id, call.args.model_dump()) == (name, "call_1", args)


def test_malformed_lookup_arguments_are_a_provider_error() -> None:
    with pytest.raises(ProviderError, match="invalid arguments for lookup_references"):
        parse_lookup("lookup_references", json.dumps({"brand": None, "kind": "banner"}), "c")


def test_the_lookups_are_offered_only_when_asked_for(services: Services) -> None:
    message = brief_message("Which logos are approved for Acme?")
    model = services.settings.decision_model
    looked = decide(services.client, model=model, message=message, lookups=True)
    assert looked.decision is None and looked.lookup is not None
    assert looked.lookup.name == "lookup_references"
    assert looked.lookup.args == LookupReferences(brand="Acme", kind="logo")
    plain = decide(services.client, model=model, message=message)
    assert plain.lookup is None and plain.decision is not None
    assert plain.decision.action == "reply"
