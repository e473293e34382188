"""What a scripted session leaves behind: the per-turn records and ``transcript.json``.

``SessionRun`` holds one ``TurnRecord`` per turn (its questions and answers, decision,
references, images, refusal, cost, QA and the expectation ``Check``s); the images it
names are copied next to the transcript so the folder stands on its own.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pydantic

from agent.state import ImageRecord
from memory.assets import AssetRef


class Check(pydantic.BaseModel):
    """One expectation after one turn: what was wanted, what happened."""

    turn: int
    key: str
    expected: Any
    actual: Any
    passed: bool
    line: int | None = None

    def diff(self, source: Path) -> str:
        where = f"{source}:{self.line}" if self.line else str(source)
        return (
            f"{where}: turn {self.turn} {self.key}: expected {self.expected!r}, got {self.actual!r}"
        )


class ImageOut(pydantic.BaseModel):
    sha256: str
    file: str  # relative to the output folder
    parent: str | None
    action: str
    surface: str
    size: str
    quality: str
    review: str | None
    review_notes: list[str]
    prompt: str


class TurnRecord(pydantic.BaseModel):
    index: int
    user: str
    attachments: list[str] = pydantic.Field(default_factory=list)
    mask: str | None = None
    # The attached images and mask as stored: sha256 and file relative to the output folder.
    inputs: list[dict[str, str]] = pydantic.Field(default_factory=list)
    questions: list[dict[str, Any]] = pydantic.Field(default_factory=list)
    action: str | None = None
    decision: dict[str, Any] | None = None
    references: list[dict[str, Any]] = pydantic.Field(default_factory=list)
    images: list[ImageOut] = pydantic.Field(default_factory=list)
    refusal: dict[str, Any] | None = None
    message: str = ""
    cost_usd: float = 0.0
    calls: int = 0
    latency_s: float = 0.0
    qa: list[dict[str, Any]] = pydantic.Field(default_factory=list)
    checks: list[Check] = pydantic.Field(default_factory=list)
    error: str | None = None


class SessionRun(pydantic.BaseModel):
    name: str
    source: str
    provider: str
    thread_id: str
    started: datetime
    seconds: float = 0.0
    out: str
    turns: list[TurnRecord] = pydantic.Field(default_factory=list)

    @property
    def checks(self) -> list[Check]:
        return [c for t in self.turns for c in t.checks]

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    @property
    def cost_usd(self) -> float:
        return sum(t.cost_usd for t in self.turns)

    @property
    def ok(self) -> bool:
        return not self.failures and not any(t.error for t in self.turns)


def copy_asset(ref: AssetRef, out: Path) -> str:
    target = out / "assets" / f"{ref.sha256[:16]}.{ref.format.lower() or 'png'}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ref.path, target)
    return target.relative_to(out).as_posix()


def image_out(record: ImageRecord, out: Path) -> ImageOut:
    return ImageOut(
        sha256=record.asset.sha256,
        file=copy_asset(record.asset, out),
        parent=record.asset.parent,
        action=record.action,
        surface=record.surface,
        size=record.size,
        quality=record.quality,
        review=record.review,
        review_notes=record.review_notes,
        prompt=record.prompt,
    )


def write_transcript(run: SessionRun, out: Path) -> Path:
    path = out / "transcript.json"
    path.write_text(
        json.dumps(run.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return path
