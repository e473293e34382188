"""What atelier adds to the SDK calls a turn makes: against the calls alone, against a bare
LangGraph graph making them, and beside openai-agents-python doing the same briefs.

Run: ``.venv/bin/python -m bench.overhead [--briefs 20] [--no-latency] [--no-peer]``

Twenty briefs (generations, edits of the current image, briefs that need a clarifying
question and its answer) run on the offline engine in this process, the review's QA off
(it still moderates every image), after a few warm-up turns. Each brief runs three ways:

1. **atelier**: ``Runner.turn`` (and ``Runner.answer`` after a question) over the graph
   and its SQLite checkpointer. Every SDK request it makes is recorded, filed under the
   node that made it.
2. **bare LangGraph** (the floor, raw engine only): a graph of the same shape (the same
   nodes, edges and routing, the clarifying question as an ``interrupt``) with the same
   checkpointer factory and the same durability as atelier's runs ("sync": each step's
   checkpoint committed before the next node, which exactly-once resumes need), whose
   nodes make exactly the recorded requests and nothing else. The same graph with
   LangGraph's default durability ("async") is printed beside it.
3. **direct**: the recorded requests made one after another on a client of the same
   engine: the SDK's request building, the call and the parsing of the answer, no more.

The peer: the same briefs through an openai-agents ``Agent`` with its
``ImageGenerationTool`` (one conversation, as atelier's thread), on the same engine, and
its own requests made directly in the same way.

Both pass once on the raw engine and once with the engine paced like the hosted service
(``--latency``, the engine's own ``ATELIER_OFFLINE_LATENCY`` profile; default 0.4 of it:
an image in about 3 s, a decision in 0.24 s, below what the service takes, so the ratio
measured is the harder case). Printed: each way's time per turn, the
time outside the node functions, ``overhead ratio X`` (atelier / direct, with latency;
goal <= 1.05), and atelier's time outside its nodes against the bare graph's on the raw
engine (goal <= 1.5x).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from bench import common

if TYPE_CHECKING:
    from langgraph.types import Durability

RATIO_GOAL = 1.05
FLOOR_GOAL = 1.5


@dataclass(frozen=True)
class Brief:
    kind: str  # generate | edit | clarify
    text: str
    answer: str | None = None


BRIEFS: tuple[Brief, ...] = (
    Brief("generate", "A square post for our spring launch with the copy “Hello Spring”"),
    Brief("edit", "Make the background warmer"),
    Brief("clarify", "Make a poster", answer="square 1:1 for our summer sale"),
    Brief("generate", "A square post of a leather passport holder on a marble table"),
    Brief("edit", "Make it darker"),
    Brief(
        "clarify",
        "Create a summer-sale visual for Acme with our logo and the copy “Stay Cool”",
        answer="square 1:1",
    ),
    Brief("generate", "A landscape banner for our autumn collection with the copy “Autumn”"),
    Brief("edit", "Make the background cooler"),
    Brief("generate", "A square post of a ceramic coffee mug on a wooden desk"),
    Brief("clarify", "Change it", answer="make the background lighter"),
    Brief("generate", "A story banner with the copy “Sale”"),
    Brief("edit", "Make it lighter"),
    Brief("generate", "A portrait 4:5 poster for a jazz night with the copy “Live Tonight”"),
    Brief("clarify", "I need an image for the launch", answer="a square post of a red sneaker"),
    Brief("generate", "A square post of running shoes on a track at sunrise"),
    Brief("edit", "Make the background warmer"),
    Brief("generate", "A square 1:1 post for our grand opening with the copy “Grand Opening”"),
    Brief("clarify", "Make something for the sale", answer="a square post, copy “50% off”"),
    Brief("generate", "A square post of a glass teapot with mint leaves on a white table"),
    Brief("edit", "Make it darker"),
)
WARM_UP: tuple[Brief, ...] = (
    Brief("generate", "A square post for our grand opening with the copy “Open”"),
    Brief("edit", "Make the background warmer"),
    Brief("clarify", "Make a poster", answer="square 1:1 for our winter sale"),
)


@dataclass
class Way:
    """One way of running the briefs: turn wall times and the node functions' share."""

    turns: list[float] = field(default_factory=list)
    in_nodes: list[float] = field(default_factory=list)
    calls: int = 0

    @property
    def total(self) -> float:
        return sum(self.turns)

    @property
    def outside(self) -> list[float]:
        return [t - n for t, n in zip(self.turns, self.in_nodes, strict=True)]


@dataclass
class Pass:
    latency: bool
    atelier: Way = field(default_factory=Way)
    bare: Way = field(default_factory=Way)
    bare_default: Way = field(default_factory=Way)
    direct: Way = field(default_factory=Way)
    peer: Way = field(default_factory=Way)
    peer_direct: Way = field(default_factory=Way)
    outcomes: list[str] = field(default_factory=list)
    peer_note: str = ""


# -- the floor: a bare LangGraph graph of the same shape ------------------------------------


class BareState(TypedDict, total=False):
    brief: str
    step: str


def bare_graph(checkpointer: Any, clock: common.Clock, client: Any) -> Any:
    """atelier's graph shape with nodes that only make the requests recorded for them.

    ``plan`` (set before each turn) holds the turn's recorded node visits in order; each
    node takes the next visit, makes its requests, and the routers go where atelier went.
    """
    from langgraph.graph import END, START, StateGraph
    from langgraph.types import interrupt

    plan: list[common.Visit] = []

    def node(name: str) -> Callable[[BareState], BareState]:
        def run(state: BareState) -> BareState:
            visit = plan.pop(0)
            if visit.node != name:
                raise RuntimeError(f"bare graph at {name}, atelier was at {visit.node}")
            if name == "clarify" and not visit.calls and plan and plan[0].node == "clarify":
                interrupt("question")  # atelier asked here; its second visit is the resume
            for call in visit.calls:
                common.replay(client, call)
            return {"step": name}

        return clock.wrap_node(name, run)

    def to_next(state: BareState) -> str:
        return plan[0].node if plan else END

    g: Any = StateGraph(BareState)
    for name in common.NODE_NAMES:
        g.add_node(name, node(name))
    g.add_edge(START, "moderate_input")
    g.add_conditional_edges("moderate_input", to_next, ["refuse", "retrieve"])
    g.add_edge("retrieve", "decide")
    g.add_conditional_edges(
        "decide", to_next, ["generate", "edit", "finalize", "clarify", "respond"]
    )
    g.add_edge("clarify", "decide")
    for image_node in ("generate", "edit", "finalize"):
        g.add_conditional_edges(image_node, to_next, ["refuse", "review"])
    g.add_conditional_edges("review", to_next, ["refuse", "respond"])
    g.add_edge("respond", END)
    g.add_edge("refuse", END)
    compiled = g.compile(checkpointer=checkpointer)
    compiled.plan = plan
    return compiled


def bare_turn(
    graph: Any,
    thread_id: str,
    brief: Brief,
    visits: list[common.Visit],
    durability: Durability | None = None,
) -> None:
    """One turn of the floor; ``durability`` None is LangGraph's default ("async")."""
    from langgraph.types import Command

    graph.plan[:] = visits
    config = {"configurable": {"thread_id": thread_id}}
    result = graph.invoke({"brief": brief.text}, config, durability=durability)
    if "__interrupt__" in result:
        graph.invoke(Command(resume=brief.answer or ""), config, durability=durability)
    if graph.plan:
        raise RuntimeError(f"bare graph stopped before {graph.plan[0].node}")


# -- atelier -------------------------------------------------------------------------------


def atelier_turn(runner: Any, brief: Brief) -> str:
    # A listener as the chat's view has one: the events (decision, partial images, each node
    # done) are part of what a turn costs.
    events: list[dict[str, Any]] = []
    result = runner.turn(brief.text, on_event=events.append)
    asked = result.status == "question"
    if asked:
        result = runner.answer(brief.answer or "square 1:1", on_event=events.append)
    return ("asked, then " if asked else "") + _outcome(result.state)


def _outcome(state: Any) -> str:
    if state.refusal is not None:
        return f"refused ({state.refusal.stage})"
    if state.images:
        return ", ".join(f"{i.action} {i.size}" for i in state.images)
    return "replied"


def replay_all(client: Any, calls: Sequence[common.Call]) -> None:
    for call in calls:
        common.replay(client, call)


def _time(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def run_pass(home: Path, briefs: Sequence[Brief], *, latency: str, bare: bool) -> Pass:
    from agent.runner import DURABILITY, Runner
    from core.settings import Settings
    from memory.checkpoints import sqlite_checkpointer
    from tests.helpers import engine_of, offline_services
    from tools.offline import offline_client

    home.mkdir(parents=True, exist_ok=True)
    common.add_logo(home)
    settings = Settings(home=home, provider="offline", offline_latency=latency)
    figures = Pass(latency=settings.offline_latency != "none")
    clock = common.Clock()
    with common.qa_off(), common.clocked_graph(clock):
        services = offline_services(settings)
        engine = engine_of(services)
        clock.wrap_client(services.client)
        direct = offline_client(engine, max_retries=0)
        runner = Runner(settings, services=services)
    saver = sqlite_checkpointer(home / "bare-checkpoints.sqlite", ())
    floor = bare_graph(saver, clock, direct)
    default_saver = sqlite_checkpointer(home / "bare-default-checkpoints.sqlite", ())
    default_floor = bare_graph(default_saver, clock, direct)
    try:
        with common.qa_off():
            for brief in WARM_UP:
                atelier_turn(runner, brief)
                visits = clock.take()
                if bare:
                    bare_turn(floor, "bare", brief, visits, DURABILITY)
                    bare_turn(default_floor, "bare", brief, visits)
                    clock.take()
            for brief in briefs:
                took, outcome = _time(lambda b=brief: atelier_turn(runner, b))  # type: ignore[misc]
                visits = clock.take()
                figures.outcomes.append(outcome)
                figures.atelier.turns.append(took)
                figures.atelier.in_nodes.append(sum(v.seconds for v in visits))
                calls = [c for v in visits for c in v.calls]
                figures.atelier.calls += len(calls)
                if bare:
                    for way, graph, durability in (
                        (figures.bare, floor, DURABILITY),
                        (figures.bare_default, default_floor, None),
                    ):
                        took, _ = _time(
                            lambda g=graph, b=brief, v=visits, d=durability: bare_turn(  # type: ignore[misc]
                                g, "bare", b, v, d
                            )
                        )
                        way.turns.append(took)
                        way.in_nodes.append(sum(v.seconds for v in clock.take()))
                        way.calls += len(calls)
                took, _ = _time(lambda c=calls: replay_all(direct, c))  # type: ignore[misc]
                figures.direct.turns.append(took)
                figures.direct.in_nodes.append(took)
                figures.direct.calls += len(calls)
            if clock.loose:
                raise RuntimeError(f"{len(clock.loose)} SDK calls were made outside any node")
    finally:
        runner.close()
        saver.conn.close()
        default_saver.conn.close()
    return figures


# -- the peer: openai-agents-python ----------------------------------------------------------


def peer_pass(home: Path, briefs: Sequence[Brief], latency: str, figures: Pass) -> None:
    """The briefs through an openai-agents ``Agent`` with ``ImageGenerationTool``."""
    try:
        import agents
        from agents.models.openai_responses import OpenAIResponsesModel
    except ImportError as err:
        figures.peer_note = f"openai-agents is not installed ({err.name}); pip install -e .[dev]"
        return
    import httpx2
    import openai

    from core.settings import Settings
    from tools.offline import OfflineEngine
    from tools.offline.client import BASE_URL

    os.environ.setdefault("OPENAI_AGENTS_DISABLE_TRACING", "1")
    agents.set_tracing_disabled(True)  # its traces would go to OpenAI
    settings = Settings(home=home, provider="offline")
    engine = OfflineEngine(home / "peer-engine", latency=latency)

    def client() -> openai.AsyncOpenAI:
        transport = httpx2.ASGITransport(app=engine.asgi_app)
        return openai.AsyncOpenAI(
            api_key="offline",
            base_url=BASE_URL,
            max_retries=0,
            http_client=openai.DefaultAsyncHttpx2Client(transport=transport),
        )

    recorded = client()
    clock = common.Clock()
    clock.wrap_async_client(recorded)
    direct = client()
    agent = agents.Agent(
        name="atelier-peer",
        instructions="You make on-brand marketing images for the brief you are given.",
        model=OpenAIResponsesModel(settings.decision_model, recorded),
        tools=[
            agents.ImageGenerationTool(
                tool_config={
                    "type": "image_generation",
                    "model": settings.image_model,
                    "quality": settings.default_quality,
                    "size": settings.default_size,
                }
            )
        ],
    )
    previous: list[str | None] = [None]

    def run(brief: Brief) -> None:
        result = agents.Runner.run_sync(agent, brief.text, previous_response_id=previous[0])
        previous[0] = result.last_response_id

    async def replay_all(calls: list[common.Call]) -> None:
        for call in calls:
            await common.areplay(direct, call)

    for brief in WARM_UP:
        run(brief)
    clock.loose.clear()
    for brief in briefs:
        took, _ = _time(lambda b=brief: run(b))  # type: ignore[misc]
        calls, clock.loose = clock.loose, []
        figures.peer.turns.append(took)
        figures.peer.in_nodes.append(0.0)
        figures.peer.calls += len(calls)
        took, _ = _time(lambda c=calls: asyncio.run(replay_all(c)))  # type: ignore[misc]
        figures.peer_direct.turns.append(took)
        figures.peer_direct.in_nodes.append(took)
        figures.peer_direct.calls += len(calls)


# -- report --------------------------------------------------------------------------------


def _row(label: str, way: Way, base: Way | None, n: int) -> str:
    per_turn = way.total / n * 1000
    outside = common.mean(way.outside) * 1000 if any(way.in_nodes) else float("nan")
    ratio = way.total / base.total if base is not None and base.total else float("nan")
    return (
        f"  {label:<30} {way.calls:>5} {per_turn:>11.1f} {outside:>13.1f} "
        f"{'' if base is None else f'{ratio:>8.3f}'}"
    )


def report(figures: Pass, briefs: Sequence[Brief]) -> list[str]:
    n = len(briefs)
    lines = [
        f"  {'way':<30} {'calls':>5} {'ms per turn':>11} {'outside nodes':>13} {'/ direct':>8}",
        _row("direct SDK calls", figures.direct, None, n),
    ]
    if figures.bare.turns:
        lines.append(_row("bare LangGraph, same calls", figures.bare, figures.direct, n))
        lines.append(
            _row("  the same, default durability", figures.bare_default, figures.direct, n)
        )
    lines.append(_row("atelier (Runner)", figures.atelier, figures.direct, n))
    if figures.peer.turns:
        lines.append(_row("peer direct SDK calls", figures.peer_direct, None, n))
        lines.append(_row("peer: openai-agents Agent", figures.peer, figures.peer_direct, n))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=len(BRIEFS), help="how many briefs")
    parser.add_argument("--no-latency", action="store_true", help="skip the latency pass")
    parser.add_argument(
        "--latency", default="0.4", help="the paced pass: realistic or a scale on it"
    )
    parser.add_argument("--no-peer", action="store_true", help="skip openai-agents")
    args = parser.parse_args()
    briefs = BRIEFS[: max(1, min(args.briefs, len(BRIEFS)))]
    kinds = {k: sum(1 for b in briefs if b.kind == k) for k in ("generate", "edit", "clarify")}
    cpus = len(os.sched_getaffinity(0))
    print(
        f"bench.overhead: {len(briefs)} briefs ({kinds['generate']} generate, {kinds['edit']} "
        f"edit, {kinds['clarify']} clarify) on the offline engine in-process, QA off, after "
        f"{len(WARM_UP)} warm-up turns; {cpus} CPU(s)"
    )
    latency = args.latency
    with tempfile.TemporaryDirectory(prefix="atelier-bench-overhead-") as tmp:
        raw = run_pass(Path(tmp) / "raw", briefs, latency="none", bare=True)
        if not args.no_peer:
            peer_pass(Path(tmp) / "raw-peer", briefs, "none", raw)
        slow = None
        if not args.no_latency:
            slow = run_pass(Path(tmp) / "latency", briefs, latency=latency, bare=False)
            if not args.no_peer:
                peer_pass(Path(tmp) / "latency-peer", briefs, latency, slow)

    for i, (brief, outcome) in enumerate(zip(briefs, raw.outcomes, strict=True), start=1):
        print(f"  {i:>2}. [{brief.kind:<8}] {brief.text[:56]:<56} {outcome}")
    print("\nraw engine (no latency):")
    print("\n".join(report(raw, briefs)))
    if raw.peer_note:
        print(f"  peer: {raw.peer_note}")
    atelier_out = common.mean(raw.atelier.outside) * 1000
    bare_out = common.mean(raw.bare.outside) * 1000
    floor = atelier_out / bare_out if bare_out else float("nan")
    print(
        f"\natelier outside its nodes {atelier_out:.1f} ms a turn against {bare_out:.1f} ms for "
        f"the bare LangGraph graph: {floor:.2f}x the floor (goal <= {FLOOR_GOAL}x -> "
        f"{'ok' if floor <= FLOOR_GOAL else 'MISSED'})"
    )
    raw_ratio = raw.atelier.total / raw.direct.total
    bare_ratio = raw.bare.total / raw.direct.total
    print(f"raw overhead ratio {raw_ratio:.3f} (bare LangGraph {bare_ratio:.3f})")
    if raw.peer.turns:
        print(f"raw peer overhead ratio {raw.peer.total / raw.peer_direct.total:.3f}")
    if slow is not None:
        print(f"\nwith the engine paced like the hosted service ({latency!r} of its profile):")
        print("\n".join(report(slow, briefs)))
        ratio = slow.atelier.total / slow.direct.total
        verdict = "ok" if ratio <= RATIO_GOAL else "MISSED"
        peer = (
            f"; peer (openai-agents) {slow.peer.total / slow.peer_direct.total:.3f}"
            if slow.peer.turns
            else f"; peer: {slow.peer_note or 'skipped'}"
        )
        print(f"overhead ratio {ratio:.3f} (goal <= {RATIO_GOAL} -> {verdict}){peer}")


if __name__ == "__main__":
    main()
