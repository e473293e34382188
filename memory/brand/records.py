"""The brand library's records: a reference, its kinds and statuses, and what add reports.

A reference is one approved-or-not brand image (its bytes live in the asset store); its
kind says what it is for (logo, product shot, palette, ...), its status where it stands in
the pending -> approved -> retired life cycle.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

import pydantic

from core.errors import InputError
from core.types import REFERENCE_KINDS, ReferenceKind

Kind = ReferenceKind
Status = Literal["pending", "approved", "retired"]
KINDS: tuple[str, ...] = REFERENCE_KINDS


def check_kind(kind: str) -> str:
    """``kind`` when atelier knows it; otherwise an input error that lists the kinds."""
    if kind not in KINDS:
        raise InputError(f"unknown reference kind {kind!r}; use one of: {', '.join(KINDS)}")
    return kind


def reference_id(sha256: str) -> str:
    return "ref_" + sha256[:12]


class Reference(pydantic.BaseModel):
    """A brand reference image and where it stands in the approval workflow."""

    id: str
    sha256: str
    path: str
    brand: str
    kind: Kind
    tags: list[str]
    description: str
    status: Status
    width: int
    height: int
    phash: str = ""
    approved_by: str | None = None
    approved_at: datetime | None = None
    retired_at: datetime | None = None
    created_at: datetime
    # The generated asset this reference was promoted from, when it was.
    promoted_from: str | None = None
    # Provider name -> Files API id of these bytes already uploaded there.
    file_ids: dict[str, str] = pydantic.Field(default_factory=dict)

    @property
    def primary(self) -> bool:
        return "primary" in (t.lower() for t in self.tags)


class SearchHit(pydantic.BaseModel):
    reference: Reference
    score: float  # 1 - cosine distance: 1.0 is identical meaning
    why: str
    image_score: float | None = None  # set when the search compared pixels too


class NearDuplicate(pydantic.BaseModel):
    id: str
    bits: int  # perceptual-hash bits that differ: 0 is visually identical


class Added(pydantic.BaseModel):
    reference: Reference
    near_duplicates: list[NearDuplicate] = pydantic.Field(default_factory=list)


class Skipped(pydantic.BaseModel):
    source: str
    reason: str


class AddReport(pydantic.BaseModel):
    """What a batch add did with each input: added (with near duplicates) or skipped, and why."""

    added: list[Added] = pydantic.Field(default_factory=list)
    skipped: list[Skipped] = pydantic.Field(default_factory=list)


class AddItem(pydantic.BaseModel):
    """One file to add in a batch."""

    path: Path
    brand: str
    kind: str
    tags: list[str] = pydantic.Field(default_factory=list)
    description: str = ""
