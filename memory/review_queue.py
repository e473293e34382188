"""The human review queue: outputs held back by review, and what a reviewer decided.

This module owns ``review.sqlite`` in the data directory (or its tables in PostgreSQL,
memory/db.py). An item is one held image (its
asset sha256, thread, the reasons it was held); a reviewer opens it (``start``, which the CLI's
``show`` does), then approves or rejects it with an optional note. The time between opening
and deciding is stored as ``seconds_spent``: the human review time a team reports on.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

import pydantic

from core.errors import NotFound, StateConflict
from core.types import Verdict
from memory.db import ConnContext, Database, Row, SqliteDatabase
from memory.sqlite import BUSY_TIMEOUT_MS, Begin

Status = Literal["open", "approved", "rejected"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_items (
    {seq}
    id TEXT PRIMARY KEY,
    asset_sha256 TEXT NOT NULL,
    thread_id TEXT,
    reasons TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    reviewer TEXT,
    note TEXT,
    opened_at TEXT NOT NULL,
    started_at TEXT,
    decided_at TEXT,
    seconds_spent REAL
);
CREATE INDEX IF NOT EXISTS review_status ON review_items(status, opened_at);
CREATE UNIQUE INDEX IF NOT EXISTS review_asset_open
    ON review_items(asset_sha256, thread_id) WHERE status = 'open';
"""


def _now() -> datetime:
    return datetime.now(UTC)


class ReviewItem(pydantic.BaseModel):
    id: str
    asset_sha256: str
    thread_id: str | None
    reasons: list[str]
    status: Status
    reviewer: str | None = None
    note: str | None = None
    opened_at: datetime
    started_at: datetime | None = None
    decided_at: datetime | None = None
    seconds_spent: float | None = None


LABEL = "review queue"


def _database(db: Path | Database, label: str, busy_timeout_ms: int) -> Database:
    return (
        db
        if isinstance(db, Database)
        else SqliteDatabase(Path(db), label=label, busy_timeout_ms=busy_timeout_ms)
    )


class ReviewQueue:
    """The queue in SQLite or PostgreSQL; one short transaction per operation, safe across
    processes."""

    def __init__(self, db: Path | Database, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.db = _database(db, LABEL, busy_timeout_ms)
        self.db.setup(_SCHEMA)

    def _connect(self, *, begin: Begin | None = "DEFERRED") -> ConnContext:
        return self.db.connect(begin=begin)

    @staticmethod
    def _item(row: Row) -> ReviewItem:
        data = dict(row)
        data.pop("seq", None)
        data["reasons"] = json.loads(data["reasons"])
        return ReviewItem.model_validate(data)

    def add(
        self, asset_sha256: str, *, thread_id: str | None, reasons: Sequence[str]
    ) -> ReviewItem:
        """Queue an image; the same image already open in the same thread is not queued twice."""
        # IMMEDIATE: the look-up and the insert are one step for every writer, so racing
        # workers queue an image once (the unique index cannot, for items with no thread).
        with self._connect(begin="IMMEDIATE") as conn:
            row = conn.execute(
                "SELECT * FROM review_items WHERE asset_sha256 = ? "
                "AND thread_id IS NOT DISTINCT FROM ? AND status = 'open'",
                (asset_sha256, thread_id),
            ).fetchone()
            if row is not None:
                return self._item(row)
            item_id = f"rv_{uuid.uuid4().hex[:12]}"
            conn.execute(
                "INSERT INTO review_items (id, asset_sha256, thread_id, reasons, opened_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    item_id,
                    asset_sha256,
                    thread_id,
                    json.dumps(list(reasons), ensure_ascii=False),
                    _now().isoformat(),
                ),
            )
            row = conn.execute("SELECT * FROM review_items WHERE id = ?", (item_id,)).fetchone()
        return self._item(row)

    def items_for(self, asset_sha256: str) -> list[ReviewItem]:
        """Every item ever opened for this image, in any thread and status, oldest first."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT * FROM review_items WHERE asset_sha256 = ? "
                f"ORDER BY opened_at, {self.db.rowid}",
                (asset_sha256,),
            ).fetchall()
        return [self._item(r) for r in rows]

    def add_reason(self, item_id: str, reason: str) -> ReviewItem:
        """Add ``reason`` to an open item (``add`` returns an image already open in its
        thread as it is, so a new reason to look at it would otherwise be lost)."""
        with self._connect(begin="IMMEDIATE") as conn:
            row = conn.execute("SELECT * FROM review_items WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                raise NotFound(f"no review item {item_id!r}", hint="see atelier review list")
            item = self._item(row)
            if item.status != "open":
                raise StateConflict(f"review item {item_id} is already {item.status}")
            if reason not in item.reasons:
                conn.execute(
                    "UPDATE review_items SET reasons = ? WHERE id = ?",
                    (json.dumps([*item.reasons, reason], ensure_ascii=False), item_id),
                )
        return self.get(item_id)

    def get(self, item_id: str) -> ReviewItem:
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM review_items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFound(f"no review item {item_id!r}", hint="see atelier review list")
        return self._item(row)

    def list(self, *, status: Status | None = "open", limit: int = 100) -> list[ReviewItem]:
        sql = "SELECT * FROM review_items"
        args: tuple[object, ...] = ()
        if status is not None:
            sql += " WHERE status = ?"
            args = (status,)
        sql += " ORDER BY opened_at LIMIT ?"
        with self._connect() as conn:
            rows = conn.execute(sql, (*args, int(limit))).fetchall()
        return [self._item(r) for r in rows]

    def start(self, item_id: str, *, at: datetime | None = None) -> ReviewItem:
        """Mark that a reviewer opened the item; review time counts from the first opening."""
        item = self.get(item_id)
        if item.status == "open" and item.started_at is None:
            with self._connect() as conn:
                conn.execute(
                    "UPDATE review_items SET started_at = ? WHERE id = ? AND started_at IS NULL",
                    ((at or _now()).isoformat(), item_id),
                )
            item = self.get(item_id)
        return item

    def approve(
        self, item_id: str, *, reviewer: str, note: str | None = None, at: datetime | None = None
    ) -> ReviewItem:
        return self._decide(item_id, "approved", reviewer=reviewer, note=note, at=at)

    def reject(
        self, item_id: str, *, reviewer: str, note: str | None = None, at: datetime | None = None
    ) -> ReviewItem:
        return self._decide(item_id, "rejected", reviewer=reviewer, note=note, at=at)

    def _decide(
        self,
        item_id: str,
        status: Status,
        *,
        reviewer: str,
        note: str | None,
        at: datetime | None,
    ) -> ReviewItem:
        if not reviewer.strip():
            raise StateConflict("a decision needs the reviewer's name")
        item = self.get(item_id)
        if item.status != "open":
            raise StateConflict(f"review item {item_id} is already {item.status}")
        decided = at or _now()
        # Decided without being opened first (e.g. straight from the list): the time from
        # queueing would overstate the work, so only a real opening counts.
        began = item.started_at or decided
        spent = max(0.0, (decided - began).total_seconds())
        with self._connect() as conn:
            cur = conn.execute(
                "UPDATE review_items SET status = ?, reviewer = ?, note = ?, decided_at = ?, "
                "seconds_spent = ?, started_at = COALESCE(started_at, ?) "
                "WHERE id = ? AND status = 'open'",
                (status, reviewer, note, decided.isoformat(), spent, began.isoformat(), item_id),
            )
            if cur.rowcount != 1:
                raise StateConflict(f"review item {item_id} was decided by someone else")
        return self.get(item_id)

    def stats(self) -> dict[str, float]:
        """Counts per status and the total and median seconds spent on decided items."""
        with self._connect() as conn:
            rows = conn.execute("SELECT status, seconds_spent FROM review_items").fetchall()
        out: dict[str, float] = {"open": 0, "approved": 0, "rejected": 0}
        spent = sorted(float(r["seconds_spent"]) for r in rows if r["seconds_spent"] is not None)
        for r in rows:
            out[str(r["status"])] = out.get(str(r["status"]), 0) + 1
        out["seconds_total"] = round(sum(spent), 2)
        out["seconds_median"] = round(spent[len(spent) // 2], 2) if spent else 0.0
        return out


def review_db(home: Path) -> Path:
    """Where the review queue and the reference verdict cache live in the data directory."""
    return home / "review.sqlite"


class ModerationCache:
    """Verdicts on brand reference images by sha256 and moderation model: checked once."""

    def __init__(self, db: Path | Database) -> None:
        self.db = _database(db, "moderation cache", BUSY_TIMEOUT_MS)
        self.db.setup(
            "CREATE TABLE IF NOT EXISTS reference_verdicts (sha256 TEXT NOT NULL, "
            "model TEXT NOT NULL, verdict TEXT NOT NULL, checked_at TEXT NOT NULL, "
            "PRIMARY KEY (sha256, model))"
        )

    def _connect(self) -> ConnContext:
        return self.db.connect()

    def get(self, sha256: str, model: str) -> Verdict | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT verdict FROM reference_verdicts WHERE sha256 = ? AND model = ?",
                (sha256, model),
            ).fetchone()
        return Verdict.model_validate_json(row[0]) if row else None

    def put(self, sha256: str, model: str, verdict: Verdict) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO reference_verdicts (sha256, model, verdict, checked_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (sha256, model) DO UPDATE SET "
                "verdict = excluded.verdict, checked_at = excluded.checked_at",
                (sha256, model, verdict.model_dump_json(), _now().isoformat()),
            )
