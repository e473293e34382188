"""Drives one thread of the graph: starts turns, answers questions, resumes after a crash.

The CLI, the demo and scripted sessions all go through ``Runner`` so the checks at the
edge (empty, huge or non-UTF-8 brief, missing or corrupt images, a bad mask) happen once, before any
model call, and a turn interrupted by Ctrl-C or a crash resumes from its last checkpoint.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command, Durability, Interrupt, StateSnapshot

from agent.context import EventHandler, Services, build_services, listening
from agent.graph import build_graph
from agent.inputs import check_attachments
from agent.paths import readable_input
from agent.state import STATE_TYPES, TurnState
from core.errors import AtelierError, InputError
from core.ids import new_thread_id
from core.process import map_large_blocks
from core.settings import Settings
from core.text import check_brief, check_text
from memory.assets import AssetRef
from memory.checkpoints import close_checkpointer, open_checkpointer

# Each step's checkpoint is committed before the next node starts. With LangGraph's default
# ("async") the save runs beside the next node, and a process killed just as an image call
# starts could lose the checkpoint holding the decision; the resumed turn would decide
# again and pay for a second image. Commits do not wait for the disk
# (memory/checkpoints.py), so waiting for them costs less than the contention of saving
# beside a running node did (python -m bench.overhead).
DURABILITY: Durability = "sync"
# The name LangGraph gives an interrupt's writes and its chunk in the "updates" stream.
INTERRUPT = "__interrupt__"

# The ledger's model name for checks atelier makes itself before any model call.
EDGE_CHECKS = "atelier-input-checks"
# Answers that accept a refused turn's proposed brief, in the six languages atelier speaks.
YES = frozenset(
    {"yes", "y", "ok", "okay", "sure", "accept", "yes please", "go ahead", "make it"}
    | {"はい", "ええ", "네", "예", "좋아요", "好", "好的", "是", "可以"}
    | {"हाँ", "हां", "हा", "जी हाँ", "জি", "হ্যাঁ", "হ্যা", "হাঁ"}
)


def accepts(text: str) -> bool:
    """True when ``text`` says yes to a proposal."""
    return " ".join(text.casefold().strip(" .!。！?").split()) in YES


@dataclass
class TurnResult:
    status: Literal["done", "question"]
    state: TurnState
    question: str | None = None
    options: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return self.state.message or ""


class Runner:
    def __init__(
        self, settings: Settings, *, thread_id: str | None = None, services: Services | None = None
    ) -> None:
        # Pictures freed by a node go back to the system at once, also when atelier runs
        # inside another program that did not tune malloc (core/process.py).
        map_large_blocks()
        self.thread_id = thread_id or new_thread_id()
        self.services = services or build_services(settings, thread_id=self.thread_id)
        self.services.thread_id = self.thread_id
        self.settings = settings
        self._saver = open_checkpointer(settings, STATE_TYPES)
        self.graph: CompiledStateGraph[TurnState, Services, TurnState, TurnState] = build_graph(
            self._saver
        )

    @property
    def config(self) -> RunnableConfig:
        return {"configurable": {"thread_id": self.thread_id}}

    def close(self) -> None:
        close_checkpointer(self._saver)

    # -- state -----------------------------------------------------------------------------

    def state(self) -> TurnState:
        snapshot = self.graph.get_state(self.config)
        return TurnState.model_validate(snapshot.values or {})

    def pending_question(self) -> tuple[str, list[str]] | None:
        saved = self._saver.get_tuple(self.config)
        # A question is an interrupt written on the newest checkpoint. Without one there is
        # none, and the full snapshot, which prepares every node's next task, is not needed.
        if saved is None or not any(w[1] == INTERRUPT for w in saved.pending_writes or ()):
            return None
        return _question(self.graph.get_state(self.config))

    def unfinished(self) -> bool:
        """True when a turn stopped part-way (crash, Ctrl-C) and can be resumed."""
        snapshot = self.graph.get_state(self.config)
        # Tasks left in the snapshot are the ones the stopped run had not finished (or had
        # finished without a checkpoint after them); resuming runs or applies exactly those.
        return bool(snapshot.tasks) and self.pending_question() is None

    # -- input checks at the edge ---------------------------------------------------------

    def attach(
        self, images: Sequence[Path], mask: Path | None = None
    ) -> tuple[list[AssetRef], AssetRef | None]:
        """Check every image and the mask (``agent.inputs``), then store them: a refused
        file leaves none of the others behind."""
        current = self.state().current_image if mask is not None and not images else None
        checked, mask_file = check_attachments(
            images,
            mask,
            lambda path: readable_input(path, self.settings),
            current=(current.width, current.height) if current is not None else None,
        )
        store = self.services.assets
        refs = [
            store.put_bytes(f.data, thread_id=self.thread_id, name=f.label)
            for f in [*checked, *([mask_file] if mask_file else [])]
        ]
        return (refs[:-1], refs[-1]) if mask_file is not None else (refs, None)

    # -- running ---------------------------------------------------------------------------

    def turn(
        self,
        brief: str,
        *,
        images: Sequence[Path] = (),
        mask: Path | None = None,
        size: str | None = None,
        on_event: EventHandler | None = None,
    ) -> TurnResult:
        try:
            update = self._checked_input(brief, images, mask, size)
        except AtelierError as err:
            self.record_refused(brief, err)
            raise
        return self._run(update, on_event)

    def record_refused(self, brief: str, err: AtelierError) -> None:
        """Refused at the edge, before any model call: the ledger still records the turn."""
        self.services.record(
            node="input",
            surface="local",
            model=EDGE_CHECKS,
            outcome="rejected",
            latency_ms=0.0,
            # A brief refused for holding bytes that are not UTF-8 cannot be stored as it is.
            prompt=brief[:2000].encode("utf-8", "replace").decode("utf-8"),
            error=err.one_line(),
        )

    def _checked_input(
        self, brief: str, images: Sequence[Path], mask: Path | None, size: str | None
    ) -> dict[str, Any]:
        check_brief(brief)
        question = self.pending_question()
        if question is not None:
            raise InputError(
                f"this thread is waiting for an answer: {question[0]}",
                hint="answer it first (atelier chat --thread " + self.thread_id + ")",
            )
        if size is not None:
            from tools.sizes import fit_size

            fit_size(size)
        attachments, mask_ref = self.attach(images, mask)
        return {"brief": brief, "attachments": attachments, "mask": mask_ref, "size": size}

    def answer(self, text: str, on_event: EventHandler | None = None) -> TurnResult:
        """Answer the open question; with none open, "yes" makes the refused turn's proposal."""
        if self.pending_question() is None:
            return self._accept_proposal(text, on_event)
        check_text(text, what="the answer")
        if not text.strip():
            raise InputError("the answer is empty", hint="answer the question or pick an option")
        return self._run(Command(resume=text), on_event)

    def _accept_proposal(self, text: str, on_event: EventHandler | None) -> TurnResult:
        proposal = self.state().proposal
        if proposal is None:
            raise InputError("this thread is not waiting for an answer")
        if not accepts(text):
            raise InputError(
                "this thread is not waiting for an answer",
                hint=f"answer 'yes' to make the proposed brief: {proposal}",
            )
        return self.turn(proposal, on_event=on_event)

    def resume(self, on_event: EventHandler | None = None) -> TurnResult:
        """Continue a turn that stopped part-way, from its last checkpoint."""
        if not self.unfinished():
            raise InputError("this thread has no unfinished turn to resume")
        return self._run(None, on_event)

    def _updates(self, graph_input: Any) -> Iterator[dict[str, Any]]:
        """The run's "updates" chunks: one as each node finishes."""
        for chunk in self.graph.stream(
            graph_input,
            config=self.config,
            context=self.services,
            stream_mode="updates",
            durability=DURABILITY,
        ):
            if isinstance(chunk, dict):
                yield chunk

    def _run(self, graph_input: Any, on_event: EventHandler | None) -> TurnResult:
        # The nodes' own events reach on_event directly (agent.context.listening); the
        # stream adds one event as each node finishes.
        asked: tuple[str, list[str]] | None = None
        with listening(on_event):
            for chunk in self._updates(graph_input):
                for node, update in chunk.items():
                    if node == INTERRUPT:
                        asked = _asked(update)
                    elif on_event is not None:
                        on_event({"kind": "node", "node": node})
        # The state as the run left it is the newest checkpoint's: with every step saved
        # before the next ("sync"), it holds what the last node wrote.
        saved = self._saver.get_tuple(self.config)
        values = saved.checkpoint["channel_values"] if saved is not None else {}
        state = TurnState.model_validate(values)
        if asked is not None:
            return TurnResult("question", state, question=asked[0], options=asked[1])
        return TurnResult("done", state)


def _question(snapshot: StateSnapshot) -> tuple[str, list[str]] | None:
    """The open question in ``snapshot`` (the interrupt clarify raised), if any."""
    for task in snapshot.tasks:
        if task.interrupts:
            return _asked(task.interrupts)
    return None


def _asked(interrupts: Sequence[Interrupt]) -> tuple[str, list[str]] | None:
    """The question and options of the first of ``interrupts``."""
    for intr in interrupts:
        value = intr.value if isinstance(intr.value, dict) else {"question": intr.value}
        return str(value.get("question", "")), list(value.get("options", []))
    return None
