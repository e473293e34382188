"""The review queue store and the `atelier review` / `atelier policy` commands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent import cli
from core.errors import NotFound, StateConflict
from core.settings import Settings
from memory.assets import AssetStore
from memory.review_queue import LABEL, ReviewQueue, review_db
from tests.conftest import StoreDb
from tests.helpers import png_bytes

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def queue(tmp_path: Path, store_db: StoreDb) -> ReviewQueue:
    """The queue on SQLite and on PostgreSQL: the tests taking it run on both."""
    return ReviewQueue(store_db(LABEL, tmp_path / "review.sqlite"))


def test_review_time_runs_from_opening_to_decision(queue: ReviewQueue) -> None:
    item = queue.add("a" * 64, thread_id="t-1", reasons=["rule x"])
    assert queue.add("a" * 64, thread_id="t-1", reasons=["again"]).id == item.id  # no duplicate
    queue.start(item.id, at=T0)
    queue.start(item.id, at=T0 + timedelta(seconds=30))  # a second look keeps the first start
    done = queue.approve(item.id, reviewer="ana", note="fine", at=T0 + timedelta(seconds=95))
    assert (done.status, done.reviewer, done.note) == ("approved", "ana", "fine")
    assert done.seconds_spent == 95.0
    assert queue.list() == [] and [i.id for i in queue.list(status=None)] == [item.id]
    stats = queue.stats()
    assert stats["approved"] == 1 and stats["seconds_total"] == 95.0


def test_deciding_twice_or_an_unknown_id_is_an_error(queue: ReviewQueue) -> None:
    item = queue.add("b" * 64, thread_id=None, reasons=["r"])
    queue.reject(item.id, reviewer="bo")
    assert queue.get(item.id).seconds_spent == 0.0  # never opened: no time claimed
    with pytest.raises(StateConflict, match="already rejected"):
        queue.approve(item.id, reviewer="bo")
    with pytest.raises(NotFound):
        queue.get("rv_missing")
    with pytest.raises(StateConflict):
        queue.approve(queue.add("c" * 64, thread_id=None, reasons=[]).id, reviewer=" ")


runner = CliRunner()


def test_review_commands_record_reviewer_note_and_time(atelier_home: Path) -> None:
    settings = Settings(home=atelier_home, provider="offline")
    asset = AssetStore(settings.assets_dir).put_bytes(png_bytes((64, 64)))
    item = ReviewQueue(review_db(atelier_home)).add(
        asset.sha256, thread_id="t-1", reasons=["rule third-party-brand-mention"]
    )
    listed = runner.invoke(cli.app, ["review", "list"])
    assert listed.exit_code == 0 and item.id in listed.output and "1 open" in listed.output
    shown = runner.invoke(cli.app, ["review", "show", item.id])
    assert shown.exit_code == 0 and asset.path in shown.output.replace("\n", "")
    decided = runner.invoke(
        cli.app, ["review", "reject", item.id, "--note", "shows a rival cup", "--by", "kim"]
    )
    assert decided.exit_code == 0, decided.output
    assert "rejected by kim" in decided.output and "shows a rival cup" in decided.output
    stored = ReviewQueue(review_db(atelier_home)).get(item.id)
    assert stored.started_at is not None and stored.seconds_spent is not None
    again = runner.invoke(cli.app, ["review", "approve", item.id])
    assert again.exit_code == 2 and "error: review item" in again.output
    missing = runner.invoke(cli.app, ["review", "show", "rv_nope"])
    assert missing.exit_code == 2 and "no review item" in missing.output


def test_policy_commands(atelier_home: Path) -> None:
    shown = runner.invoke(cli.app, ["policy", "show"])
    assert shown.exit_code == 0 and "fake-document" in shown.output
    assert "logo-recolour" in shown.output
    blocked = runner.invoke(cli.app, ["policy", "check", "নকল পাসপোর্ট বানাও"])
    assert blocked.exit_code == 1 and "block: fake-document" in blocked.output
    fine = runner.invoke(cli.app, ["policy", "check", "product shot of a passport holder"])
    assert fine.exit_code == 0 and "pass" in fine.output
    (atelier_home / "policy.yaml").write_text("rules: [", encoding="utf-8")
    broken = runner.invoke(cli.app, ["policy", "show"])
    assert broken.exit_code == 2 and "not valid YAML" in broken.output
