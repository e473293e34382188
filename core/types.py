"""The records and literals that cross layers: one definition each.

A decision travels from the decision model (``tools/responses.py``, the offline planner)
through the graph (``agent/``) into the ledger and the review queue (``memory/``); a
verdict from moderation (``tools/``) into state, the ledger and the review queue. Their
types live here, below every layer that passes them on.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Action = Literal["generate", "edit", "clarify", "reply", "finalize"]
Quality = Literal["low", "medium", "high"]
ReviewOutcome = Literal["pass", "review", "block"]
EditTarget = Literal["attachment", "current"]
# The image surfaces: the Image API for direct jobs, the Responses image_generation tool.
ImageSurface = Literal["image-api", "responses"]
ImageAction = Literal["generated", "edited"]
# The two image steps a decision can take, and the Image API call each becomes.
ImageStep = Literal["generate", "edit"]
ImageModeration = Literal["auto", "low"]
ReferenceKind = Literal["logo", "product", "palette", "style", "photo", "font-sample"]
REFERENCE_KINDS: tuple[ReferenceKind, ...] = (
    "logo",
    "product",
    "palette",
    "style",
    "photo",
    "font-sample",
)


class Verdict(BaseModel):
    """A moderation result: who decided, whether it blocks, and why."""

    flagged: bool
    categories: list[str] = Field(default_factory=list)
    top_score: float = 0.0
    source: str = ""
    # Policy rules that fired (ids), whether the output must go to human review, warnings,
    # and the strictness in force, so every ledger row that carries the verdict has them.
    rule_ids: list[str] = Field(default_factory=list)
    hold_for_review: bool = False
    notes: list[str] = Field(default_factory=list)
    review_threshold: float | None = None
    image_moderation: str | None = None

    def summary(self) -> str:
        if not self.flagged:
            return f"ok ({self.source}, max {self.top_score:.2f})"
        return f"flagged: {', '.join(self.categories)} ({self.source})"


class Decision(BaseModel):
    """What the decision model chose, validated from its function-call arguments."""

    action: Action
    call_id: str
    prompt: str = ""
    size: str | None = None
    quality: Quality = "low"
    text: str | None = None
    reference_ids: list[str] = Field(default_factory=list)
    reference_kinds: list[str] = Field(default_factory=list)
    target: EditTarget | None = None
    # edit of an attachment: which one (1-based); the others travel as references.
    attachment: int = 1
    question: str | None = None
    options: list[str] = Field(default_factory=list)
    message: str | None = None
    # finalize: the draft to re-render (sha256 or prefix); None means the current image.
    asset: str | None = None


class PendingOutput(BaseModel):
    """The output owed to the decision model's last function call, sent with the next call."""

    call_id: str
    output: str
