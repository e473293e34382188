"""Drives one thread of the graph: starts turns, answers questions, resumes after a crash.

The CLI, the demo and scripted sessions all go through ``Runner`` so the checks at the
edge (empty brief, missing or corrupt images, wrong mask size) happen once, before any
model call, and a turn interrupted by Ctrl-C or a crash resumes from its last checkpoint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command

from agent.context import Services, build_services
from agent.graph import build_graph
from agent.paths import readable_input
from agent.state import STATE_TYPES, TurnState
from core.errors import AtelierError, ImageInputError, InputError
from core.ids import new_thread_id
from core.process import release_free_memory
from core.settings import Settings
from memory.assets import AssetRef
from memory.checkpoints import close_checkpointer, open_checkpointer

EventHandler = Callable[[dict[str, Any]], None]

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
        snapshot = self.graph.get_state(self.config)
        for task in snapshot.tasks:
            for intr in task.interrupts:
                value = intr.value if isinstance(intr.value, dict) else {"question": intr.value}
                return str(value.get("question", "")), list(value.get("options", []))
        return None

    def unfinished(self) -> bool:
        """True when a turn stopped part-way (crash, Ctrl-C) and can be resumed."""
        snapshot = self.graph.get_state(self.config)
        # Tasks left in the snapshot are the ones the stopped run had not finished (or had
        # finished without a checkpoint after them); resuming runs or applies exactly those.
        return bool(snapshot.tasks) and self.pending_question() is None

    # -- input checks at the edge ---------------------------------------------------------

    def attach(self, paths: Sequence[Path]) -> list[AssetRef]:
        refs: list[AssetRef] = []
        for path in paths:
            checked = readable_input(path, self.settings)
            refs.append(self.services.assets.put_file(checked, thread_id=self.thread_id))
        return refs

    def check_mask(self, mask: AssetRef, attachments: Sequence[AssetRef]) -> None:
        if mask.format.lower() != "png":
            raise ImageInputError(
                f"the mask is {mask.format.upper()}; masks must be PNG with an alpha channel"
            )
        target = attachments[0] if attachments else self.state().current_image
        if target is None:
            raise ImageInputError(
                "a mask needs an image to apply to", hint="attach the image with --image"
            )
        if (mask.width, mask.height) != (target.width, target.height):
            raise ImageInputError(
                f"the mask is {mask.width}x{mask.height} but the image it applies to is "
                f"{target.width}x{target.height}",
                hint="make the mask the same size as the image",
            )

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
            prompt=brief[:2000],
            error=err.one_line(),
        )

    def _checked_input(
        self, brief: str, images: Sequence[Path], mask: Path | None, size: str | None
    ) -> dict[str, Any]:
        if not brief.strip():
            raise InputError("the brief is empty", hint="say what you want made or changed")
        question = self.pending_question()
        if question is not None:
            raise InputError(
                f"this thread is waiting for an answer: {question[0]}",
                hint="answer it first (atelier chat --thread " + self.thread_id + ")",
            )
        if size is not None:
            from tools.sizes import fit_size

            fit_size(size)
        attachments = self.attach(images)
        mask_ref = self.attach([mask])[0] if mask is not None else None
        if mask_ref is not None:
            self.check_mask(mask_ref, attachments)
        return {"brief": brief, "attachments": attachments, "mask": mask_ref, "size": size}

    def answer(self, text: str, on_event: EventHandler | None = None) -> TurnResult:
        """Answer the open question; with none open, "yes" makes the refused turn's proposal."""
        if self.pending_question() is None:
            return self._accept_proposal(text, on_event)
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

    def _events(self, graph_input: Any) -> Iterator[tuple[str, Any]]:
        stream = self.graph.stream(
            graph_input,
            config=self.config,
            context=self.services,
            stream_mode=["updates", "custom"],
        )
        for mode, chunk in stream:
            yield str(mode), chunk

    def _run(self, graph_input: Any, on_event: EventHandler | None) -> TurnResult:
        for mode, chunk in self._events(graph_input):
            if mode == "updates":
                # A node frees most of what it allocated (decoded pictures, working arrays);
                # hand it back before the next node, so image nodes' peaks do not stack up
                # (core/process.py).
                release_free_memory()
            if on_event is None:
                continue
            if mode == "custom" and isinstance(chunk, dict):
                on_event(chunk)
            elif mode == "updates" and isinstance(chunk, dict):
                for node in chunk:
                    if node != "__interrupt__":
                        on_event({"kind": "node", "node": node})
        state = self.state()
        question = self.pending_question()
        if question is not None:
            return TurnResult("question", state, question=question[0], options=question[1])
        return TurnResult("done", state)
