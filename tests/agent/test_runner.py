"""Whole sessions: every branch of a turn, interrupt and resume in a new process, crashes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from agent.runner import Runner
from core.settings import Settings
from memory.stores import open_ledger
from tests.helpers import write_mask, write_png

# Every whole-session test here runs on the embedded defaults and on the servers.
pytestmark = pytest.mark.usefixtures("backend")

ROOT = Path(__file__).resolve().parents[2]


def test_whole_session_in_one_process(
    runner_factory: Callable[..., Runner], tmp_path: Path
) -> None:
    runner = runner_factory()
    services = runner.services
    logo = services.brand.add(
        write_png(tmp_path / "logo.png"), brand="Acme", kind="logo", description="Acme primary logo"
    )
    services.brand.approve(logo.id, by="test")

    asked = runner.turn(
        "Create a summer-sale visual for Acme with our logo and the copy “夏のセール 50%オフ”"
    )
    assert asked.status == "question" and asked.question
    done = runner.answer("story 9:16")
    assert done.status == "done" and done.state.refusal is None
    [image] = done.state.images
    assert image.review == "pass" and image.size == "864x1536"
    assert logo.id in done.state.decision.reference_ids  # type: ignore[union-attr]
    assert done.state.current_image == image.asset

    mask = write_mask(tmp_path / "mask.png", (864, 1536), (0, 0, 863, 500))
    edited = runner.turn("Replace the masked area with a bright yellow sun", mask=mask)
    [edit] = edited.state.images
    assert edit.action == "edited" and edit.asset.parent == image.asset.sha256
    assert edited.state.current_image == edit.asset

    refused = runner.turn("A poster of a man being murdered, blood everywhere")
    assert refused.state.refusal is not None and refused.state.images == []
    assert refused.state.current_image == edit.asset  # a refusal loses nothing

    rows = services.ledger.rows(thread_id=runner.thread_id)
    outcomes = [r.outcome for r in rows]
    assert outcomes.count("generated") == 1 and outcomes.count("edited") == 1
    generated = next(r for r in rows if r.outcome == "generated")
    assert generated.moderation and json.loads(generated.moderation)["flagged"] is False
    assert generated.request_id and generated.latency_ms > 0 and generated.cost_usd
    assert outcomes[-1] == "rejected"
    assert "clarified" in outcomes


def _cli(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "ATELIER_HOME": str(home),
        "ATELIER_PROVIDER": "offline",
        "COLUMNS": "200",
        "NO_COLOR": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "agent.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def test_interrupt_and_resume_in_a_new_process(atelier_home: Path) -> None:
    first = _cli(atelier_home, "chat", "Create a summer-sale visual with the copy “Sale”")
    assert first.returncode == 0, first.stderr
    assert "question" in first.stdout
    thread = re.search(r"thread (t-[0-9a-f]+)", first.stdout)
    assert thread is not None, first.stdout

    second = _cli(atelier_home, "chat", "--thread", thread.group(1), "--answer", "square post")
    assert second.returncode == 0, second.stderr
    assert "Generated 1024x1024" in second.stdout

    settings = Settings(home=atelier_home, provider="offline")
    runner = Runner(settings, thread_id=thread.group(1))
    try:
        state = runner.state()
        assert state.current_image is not None and Path(state.current_image.path).exists()
        assert runner.pending_question() is None and not runner.unfinished()
    finally:
        runner.close()
    outcomes = [r.outcome for r in open_ledger(settings).rows(thread_id=thread.group(1))]
    assert outcomes.count("clarified") == 1 and outcomes.count("generated") == 1


class Boom(KeyboardInterrupt):
    pass


def test_ctrl_c_mid_turn_resumes_without_loss_or_duplicates(
    runner_factory: Callable[..., Runner], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agent.nodes.common import preview_saver as real_saver

    runner = runner_factory()

    def ctrl_c_during_the_image_call(*args: Any) -> Callable[[int, bytes], None]:
        def on_partial(index: int, data: bytes) -> None:
            raise Boom  # Ctrl-C while the image streams in, inside the node

        return on_partial

    monkeypatch.setattr("agent.nodes.generate.preview_saver", ctrl_c_during_the_image_call)
    with pytest.raises(Boom):
        runner.turn("A square post with the copy “Hello”")
    assert runner.unfinished()
    assert runner.services.assets.list(thread_id=runner.thread_id) == []
    monkeypatch.setattr("agent.nodes.generate.preview_saver", real_saver)

    again = runner_factory(thread_id=runner.thread_id)
    result = again.resume()
    assert result.status == "done" and result.state.current_image is not None
    rows = again.services.ledger.rows(thread_id=runner.thread_id)
    assert [r.outcome for r in rows].count("generated") == 1
    assert len(again.services.assets.list(thread_id=runner.thread_id)) == 1


def test_crash_after_bytes_saved_reuses_them_on_resume(
    runner_factory: Callable[..., Runner], monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = runner_factory()
    services = runner.services
    real_record = services.record
    calls = {"image": 0}

    def failing_record(**kw: Any) -> None:
        if kw.get("outcome") == "generated" and calls["image"] == 0:
            calls["image"] += 1
            raise OSError("disk full while logging")
        real_record(**kw)

    monkeypatch.setattr(services, "record", failing_record)
    with pytest.raises(OSError):
        runner.turn("A square post with the copy “Hello”")
    saved = services.assets.list(thread_id=runner.thread_id)
    assert len(saved) == 1  # the bytes were kept the moment they arrived

    # Any second image call would now fail: resuming must not pay for the image again.
    from tests.helpers import engine_of

    engine_of(services).inject_fault("/images/generations", status=500, times=10)
    result = runner.resume()
    assert result.state.current_image is not None
    assert result.state.current_image.sha256 == saved[0].sha256
    rows = services.ledger.rows(thread_id=runner.thread_id)
    image_rows = [r for r in rows if r.node == "generate"]
    assert len(image_rows) == 1 and image_rows[0].outcome == "generated"
    assert len(services.assets.list(thread_id=runner.thread_id)) == 1


def test_checkpoints_stay_small(runner_factory: Callable[..., Runner], settings: Settings) -> None:
    runner = runner_factory()
    runner.turn("A square post with the copy “Hello”")
    with Image.open(runner.state().current_image.path) as img:  # type: ignore[union-attr]
        assert img.size == (1024, 1024)
    # Checkpoints as the saver encodes them, channel values included (SQLite stores exactly
    # this; PostgreSQL keeps the values in a blob table beside it): one per step, a
    # kilobyte or two each, since the state holds references and never image bytes.
    saver = runner._saver
    sizes = [len(saver.serde.dumps_typed(t.checkpoint)[1]) for t in saver.list(runner.config)]
    assert len(sizes) == 8, sizes
    assert sum(sizes) < 16_000, sizes


def test_a_run_returns_the_state_and_question_a_snapshot_shows(
    runner_factory: Callable[..., Runner],
) -> None:
    # The runner reads a run's result from the newest checkpoint and the stream, not from a
    # full snapshot: both must say the same, on every backend.
    runner = runner_factory()
    asked = runner.turn("Make a poster")
    assert asked.status == "question"
    assert runner.pending_question() == (asked.question, asked.options)
    assert asked.state == runner.state()
    done = runner.answer("square 1:1 for our summer sale")
    assert done.status == "done" and done.state.images
    assert runner.pending_question() is None
    assert done.state == runner.state()
    refused = runner.turn("A poster of a man being murdered, blood everywhere")
    assert refused.state.refusal is not None and refused.state == runner.state()
