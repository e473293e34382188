"""Wiring only: the nodes, the edges and the small routers that choose between them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Protocol

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.config import get_config
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.clarify import clarify
from agent.nodes.decide import decide
from agent.nodes.edit import edit
from agent.nodes.finalize import finalize
from agent.nodes.generate import generate
from agent.nodes.moderate_input import moderate_input
from agent.nodes.refuse import refuse
from agent.nodes.respond import respond
from agent.nodes.retrieve import retrieve
from agent.nodes.review import review
from agent.state import TurnState


def after_moderation(state: TurnState) -> Literal["refuse", "retrieve"]:
    return "refuse" if state.refusal is not None else "retrieve"


def after_decision(
    state: TurnState,
) -> Literal["generate", "edit", "finalize", "clarify", "respond"]:
    action = state.decision.action if state.decision else "reply"
    if action == "generate":
        return "generate"
    if action == "edit":
        return "edit"
    if action == "finalize":
        return "finalize"
    if action == "clarify":
        return "clarify"
    return "respond"


def after_image(state: TurnState) -> Literal["refuse", "review"]:
    return "refuse" if state.refusal is not None else "review"


def after_review(state: TurnState) -> Literal["refuse", "respond"]:
    return "refuse" if state.refusal is not None else "respond"


class Node(Protocol):
    __name__: str

    def __call__(self, state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]: ...


# Services for a thread id, for runs that bring no context (LangGraph Server passes none).
ServicesFor = Callable[[str], Services]


def with_services(node: Node, services_for: ServicesFor) -> Node:
    """``node``, given ``services_for(thread_id)`` as its context when the run passed none."""

    def run(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
        if not isinstance(runtime.context, Services):
            thread_id = str(get_config().get("configurable", {}).get("thread_id") or "default")
            runtime = runtime.override(context=services_for(thread_id))
        return node(state, runtime)

    run.__name__ = run.__qualname__ = node.__name__
    run.__doc__ = node.__doc__
    return run


def build_graph(
    checkpointer: BaseCheckpointSaver[str] | None = None,
    *,
    services_for: ServicesFor | None = None,
) -> CompiledStateGraph[TurnState, Services, TurnState, TurnState]:
    """The graph; with ``services_for``, runs that pass no context still find ``Services``."""
    nodes: dict[str, Node] = {
        "moderate_input": moderate_input,
        "retrieve": retrieve,
        "decide": decide,
        "clarify": clarify,
        "generate": generate,
        "edit": edit,
        "finalize": finalize,
        "review": review,
        "respond": respond,
        "refuse": refuse,
    }
    # LangGraph turns a dict context into an instance of the schema class; the server sends
    # one ({}), which cannot become Services, so a graph that finds its own declares none.
    schema: type[Services] | None = Services if services_for is None else None
    g = StateGraph(TurnState, context_schema=schema)
    for name, node in nodes.items():
        g.add_node(name, node if services_for is None else with_services(node, services_for))

    g.add_edge(START, "moderate_input")
    g.add_conditional_edges("moderate_input", after_moderation)
    g.add_edge("retrieve", "decide")
    g.add_conditional_edges("decide", after_decision)
    g.add_edge("clarify", "decide")
    g.add_conditional_edges("generate", after_image)
    g.add_conditional_edges("edit", after_image)
    g.add_conditional_edges("finalize", after_image)
    g.add_conditional_edges("review", after_review)
    g.add_edge("respond", END)
    g.add_edge("refuse", END)
    return g.compile(checkpointer=checkpointer)
