"""Graph state and the typed records that travel in it.

State holds references, never pixels: an image is an ``AssetRef`` (sha256 + path). It also
holds no growing history: the conversation lives in the Responses chain (``chain_id``) and
in the ledger, so a checkpoint stays a few KB however long a thread runs.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from memory.assets import AssetRef

Action = Literal["generate", "edit", "clarify", "reply", "finalize"]
Quality = Literal["low", "medium", "high"]
ReviewOutcome = Literal["pass", "review", "block"]


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
    target: Literal["attachment", "current"] | None = None
    question: str | None = None
    options: list[str] = Field(default_factory=list)
    message: str | None = None
    # finalize: the draft to re-render (sha256 or prefix); None means the current image.
    asset: str | None = None


class ReferenceUse(BaseModel):
    """An approved brand reference picked for this turn, and why."""

    id: str
    brand: str
    kind: str
    description: str = ""
    asset: AssetRef
    why: str = ""


class ImageRecord(BaseModel):
    asset: AssetRef
    action: Literal["generated", "edited"]
    surface: Literal["image-api", "responses"]
    size: str
    quality: str
    prompt: str
    review: ReviewOutcome | None = None
    review_notes: list[str] = Field(default_factory=list)


class PendingOutput(BaseModel):
    """The output owed to the decision model's last function call, sent with the next call."""

    call_id: str
    output: str


class Refusal(BaseModel):
    stage: Literal["input", "output", "provider", "budget"]
    reason: str
    categories: list[str] = Field(default_factory=list)
    advice: str = ""
    rule_ids: list[str] = Field(default_factory=list)


class TurnState(BaseModel):
    # The turn's input.
    brief: str = ""
    attachments: list[AssetRef] = Field(default_factory=list)
    mask: AssetRef | None = None
    size: str | None = None

    # Carried from turn to turn.
    turn: int = 0
    chain_id: str | None = None
    pending: PendingOutput | None = None
    current_image: AssetRef | None = None
    summary: str = ""

    # Produced during the turn; moderate_input clears them at the start of each turn.
    brief_sent: bool = False
    input_verdict: Verdict | None = None
    references: list[ReferenceUse] = Field(default_factory=list)
    decision: Decision | None = None
    answer: str | None = None
    images: list[ImageRecord] = Field(default_factory=list)
    refusal: Refusal | None = None
    message: str | None = None


STATE_TYPES = (
    AssetRef,
    Verdict,
    Decision,
    ReferenceUse,
    ImageRecord,
    PendingOutput,
    Refusal,
    TurnState,
)
