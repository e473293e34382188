"""Wiring only: the nodes, the edges and the small routers that choose between them."""

from __future__ import annotations

from typing import Literal

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

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


def build_graph(
    checkpointer: BaseCheckpointSaver[str] | None = None,
) -> CompiledStateGraph[TurnState, Services, TurnState, TurnState]:
    g = StateGraph(TurnState, context_schema=Services)
    g.add_node("moderate_input", moderate_input)
    g.add_node("retrieve", retrieve)
    g.add_node("decide", decide)
    g.add_node("clarify", clarify)
    g.add_node("generate", generate)
    g.add_node("edit", edit)
    g.add_node("finalize", finalize)
    g.add_node("review", review)
    g.add_node("respond", respond)
    g.add_node("refuse", refuse)

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
