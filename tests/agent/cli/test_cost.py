"""Ledger reports, purging prompts and their images, migrations and a locked database."""

from __future__ import annotations

import io
import json
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from agent.cli import app
from agent.runner import Runner
from core.errors import StorageError
from memory.assets import AssetStore
from memory.ledger import SCHEMA_VERSION, CallRecord, Ledger

pytestmark = pytest.mark.production

cli = CliRunner()


def _png(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), color).save(out, format="PNG")
    return out.getvalue()


def _row(
    ts: datetime,
    *,
    thread: str,
    outcome: str = "generated",
    cost: float = 0.01,
    assets: list[str] | None = None,
    model: str = "gpt-image-2",
) -> CallRecord:
    return CallRecord.model_validate(
        {
            "ts": ts,
            "thread_id": thread,
            "node": "generate",
            "surface": "image-api",
            "provider": "offline",
            "model": model,
            "prompt": f"a prompt with a name in it ({thread})",
            "latency_ms": 1.0,
            "cost_usd": cost,
            "outcome": outcome,
            "assets": assets or [],
        }
    )


def test_cost_by_each_grouping(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite")
    day1 = datetime(2026, 1, 1, 12, tzinfo=UTC)
    ledger.record(_row(day1, thread="a", cost=0.1))
    ledger.record(_row(day1, thread="b", cost=0.2, model="gpt-5.4-mini", outcome="decided"))
    ledger.record(_row(day1 + timedelta(days=1), thread="a", cost=0.3))
    by_day = ledger.cost_by("day")
    assert [(g["day"], g["cost_usd"]) for g in by_day] == [
        ("2026-01-01", pytest.approx(0.3)),
        ("2026-01-02", pytest.approx(0.3)),
    ]
    by_session = {g["session"]: g["cost_usd"] for g in ledger.cost_by("session")}
    assert by_session == {"a": pytest.approx(0.4), "b": pytest.approx(0.2)}
    by_model = {g["model"]: g["calls"] for g in ledger.cost_by("model")}
    assert by_model == {"gpt-5.4-mini": 1, "gpt-image-2": 2}
    by_outcome = {g["outcome"]: g["cost_usd"] for g in ledger.cost_by("outcome")}
    assert by_outcome == {"decided": pytest.approx(0.2), "generated": pytest.approx(0.4)}
    assert ledger.spent(thread_id="a") == pytest.approx(0.4)


def test_purge_forgets_prompts_and_only_unshared_images(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite")
    assets = AssetStore(tmp_path / "assets")
    only_old = assets.put_bytes(_png((255, 0, 0)))
    shared = assets.put_bytes(_png((0, 255, 0)))
    new = assets.put_bytes(_png((0, 0, 255)))
    old_ts = datetime.now(UTC) - timedelta(days=40)
    ledger.record(_row(old_ts, thread="old", assets=[only_old.sha256, shared.sha256]))
    ledger.record(_row(datetime.now(UTC), thread="new", assets=[shared.sha256, new.sha256]))
    purged, referenced, still = ledger.purge_prompts(datetime.now(UTC) - timedelta(days=30))
    assert purged == 1
    assert referenced - still == {only_old.sha256}
    rows = ledger.rows()
    assert rows[0].prompt is None and rows[0].assets == []
    assert rows[1].prompt is not None and rows[1].cost_usd == 0.01  # cost kept for reports


def test_log_purge_cli_deletes_files(
    make_runner: Callable[..., Runner], atelier_home: Path
) -> None:
    runner = make_runner()
    result = runner.turn("Make a square post for the spring sale")
    image = Path(result.state.images[0].asset.path)
    assert image.exists()
    out = cli.invoke(app, ["log", "purge", "--before", "2999-01-01", "--yes"])
    assert out.exit_code == 2 and "future" in out.output
    future = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
    time.sleep(1.1)
    out = cli.invoke(app, ["log", "purge", "--before", future, "--yes"])
    assert out.exit_code == 0, out.output
    assert "deleted 1 images" in " ".join(out.output.split())
    assert not image.exists()
    assert all(r.prompt is None for r in runner.services.ledger.rows())
    assert "forgot 1 idle threads" in " ".join(out.output.split())
    assert runner.state().brief == ""  # the checkpointed brief is gone too


def test_log_cli_filters_and_formats(make_runner: Callable[..., Runner]) -> None:
    make_runner().turn("Make a square post for the spring sale")
    out = cli.invoke(app, ["log", "--json", "--outcome", "generated"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines() if line.strip()]
    assert len(rows) == 1 and rows[0]["surface"] == "image-api" and rows[0]["attempt"] == 1
    out = cli.invoke(app, ["log", "--csv", "--thread", "t-prod"])
    header = out.output.splitlines()[0].split(",")
    assert {"thread_id", "node", "surface", "provider", "attempt", "error"} <= set(header)
    assert cli.invoke(app, ["log", "--since", "yesterday"]).exit_code == 2
    assert cli.invoke(app, ["log", "--outcome", "nope"]).exit_code == 2
    out = cli.invoke(app, ["cost", "--by", "model", "--json"])
    assert out.exit_code == 0 and "gpt-image-2" in out.output
    assert cli.invoke(app, ["cost", "--by", "colour"]).exit_code == 2


def test_v1_ledger_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    Ledger(db)
    with sqlite3.connect(db) as conn:  # roll the file back to a v1 layout
        conn.execute("ALTER TABLE calls DROP COLUMN estimate_usd")
        conn.execute("DELETE FROM schema_version WHERE version > 1")
    ledger = Ledger(db)
    assert ledger.schema_version() == SCHEMA_VERSION
    ledger.record(_row(datetime.now(UTC), thread="x"))
    assert ledger.rows()[0].estimate_usd is None


def test_locked_ledger_waits_then_fails_clearly(tmp_path: Path) -> None:
    db = tmp_path / "l.sqlite"
    Ledger(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        ledger = Ledger(db, busy_timeout_ms=200)
        started = time.monotonic()
        with pytest.raises(StorageError) as info:
            ledger.record(_row(datetime.now(UTC), thread="x"))
        assert time.monotonic() - started >= 0.15
        assert "locked" in info.value.message
    finally:
        holder.rollback()
        holder.close()
    assert Ledger(db).count() == 0
