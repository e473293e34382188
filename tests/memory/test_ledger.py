"""Ledger: rows written and read back, filters, totals, redaction and a locked database."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.errors import StorageError
from memory.db import SqliteDatabase
from memory.ledger import LABEL, SCHEMA_VERSION, Ledger
from tests.conftest import StoreDb
from tests.helpers import call_record

call = call_record


@pytest.fixture
def ledger(tmp_path: Path, store_db: StoreDb) -> Ledger:
    """The ledger on SQLite and on PostgreSQL: the tests taking it run on both."""
    return Ledger(store_db(LABEL, tmp_path / "data" / "ledger.sqlite"))


def test_record_and_read_back(ledger: Ledger) -> None:
    rec = call(
        request_id="req_1",
        prompt="a red logo",
        size="1024x1024",
        quality="high",
        n=2,
        moderation='{"flagged": false}',
        input_tokens=50,
        output_tokens=4000,
        cost_usd=0.17,
        assets=["a" * 64, "b" * 64],
    )
    row_id = ledger.record(rec)
    (back,) = ledger.rows()
    assert back.id == row_id
    assert back.model_dump(exclude={"id"}) == rec.model_dump(exclude={"id"})
    assert back.ts.tzinfo is not None
    assert ledger.count() == 1


def test_naive_timestamp_is_taken_as_utc(ledger: Ledger) -> None:
    naive = datetime(2030, 1, 2, 3, 4, 5)
    ledger.record(call(ts=naive))
    assert ledger.rows()[0].ts == naive.replace(tzinfo=UTC)


def test_filters(ledger: Ledger) -> None:
    now = datetime.now(UTC)
    ledger.record(call(ts=now - timedelta(hours=2), outcome="generated"))
    ledger.record(call(ts=now - timedelta(minutes=5), outcome="failed", error="boom"))
    ledger.record(call(ts=now, thread_id="t2", outcome="clarified", surface="responses"))
    assert [r.outcome for r in ledger.rows(thread_id="t1")] == ["generated", "failed"]
    assert [r.outcome for r in ledger.rows(outcome="failed")] == ["failed"]
    recent = ledger.rows(since=now - timedelta(hours=1))
    assert [r.outcome for r in recent] == ["failed", "clarified"]
    assert [r.outcome for r in ledger.rows(limit=2)] == ["failed", "clarified"]
    assert ledger.rows(thread_id="t1", outcome="clarified") == []
    assert ledger.count(thread_id="t2") == 1


def test_totals(ledger: Ledger) -> None:
    ledger.record(call(cost_usd=0.25, input_tokens=10, output_tokens=100))
    ledger.record(call(cost_usd=0.5, input_tokens=20, output_tokens=200))
    ledger.record(call(outcome="failed"))
    totals = ledger.totals()
    assert totals["calls"] == 3
    assert totals["cost_usd"] == pytest.approx(0.75)
    assert totals["by_outcome"]["generated"] == {
        "calls": 2,
        "cost_usd": 0.75,
        "input_tokens": 30,
        "output_tokens": 300,
    }
    assert totals["by_outcome"]["failed"]["calls"] == 1
    assert ledger.totals(thread_id="nobody")["calls"] == 0


def test_api_key_lookalikes_are_redacted(ledger: Ledger, tmp_path: Path) -> None:
    key = "sk-proj-AbCdEf0123456789_xyz"
    ledger.record(
        call(
            outcome="failed",
            error=f"401 Incorrect API key provided: {key}",
            prompt=f"use {key} please",
        )
    )
    (row,) = ledger.rows()
    assert key not in (row.error or "")
    assert key not in (row.prompt or "")
    assert "sk-[redacted]" in (row.error or "")
    if isinstance(ledger.db, SqliteDatabase):
        raw = (tmp_path / "data" / "ledger.sqlite").read_bytes()
        wal = tmp_path / "data" / "ledger.sqlite-wal"
        if wal.exists():
            raw += wal.read_bytes()
    else:
        with ledger.db.connect() as conn:
            rows = conn.execute("SELECT calls::text FROM calls").fetchall()
        raw = "".join(r[0] for r in rows).encode()
    assert key.encode() not in raw


def test_short_sk_words_are_kept(ledger: Ledger) -> None:
    ledger.record(call(prompt="sk-short and skiing"))
    assert ledger.rows()[0].prompt == "sk-short and skiing"


def test_reopen_keeps_rows_and_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    Ledger(path).record(call())
    again = Ledger(path)
    assert again.count() == 1
    assert again.schema_version() == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    Ledger(path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    with pytest.raises(StorageError, match="upgrade atelier"):
        Ledger(path)


def test_locked_database_raises_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    ledger = Ledger(path, busy_timeout_ms=100)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageError, match="ledger database is locked by another process"):
            ledger.record(call())
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    ledger.record(call())
    assert ledger.count() == 1


def test_unknown_outcome_is_rejected() -> None:
    with pytest.raises(ValueError):
        call(outcome="exploded")
