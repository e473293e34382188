"""Graph state and the typed records that travel in it.

State holds references, never pixels: an image is an ``AssetRef`` (sha256 + path). It also
holds no growing history: the conversation lives in the Responses chain (``chain_id``) and
in the ledger, so a checkpoint stays a few KB however long a thread runs.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from core.types import (
    Decision,
    ImageAction,
    ImageSurface,
    PendingOutput,
    ReviewOutcome,
    Verdict,
)
from memory.assets import AssetRef


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
    action: ImageAction
    surface: ImageSurface
    size: str
    quality: str
    prompt: str
    review: ReviewOutcome | None = None
    review_notes: list[str] = Field(default_factory=list)


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
    # The nearest brief that passes, offered by refuse; "yes" starts a turn with it.
    proposal: str | None = None


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
