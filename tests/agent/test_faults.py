"""Whole sessions through provider and disk faults: nothing crashes, nothing is lost or paid twice.

Each test runs turns through ``Runner`` (as the CLI does) on the offline engine, makes the
engine (or the disk) fail in one way, and then checks the same things: the user gets a
clear message, the ledger says what happened, every paid image is one stored asset and one
row with a cost, and a broken stream is tried again rather than left half done.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from agent.runner import Runner
from core.errors import AtelierError, ProviderError, StorageError
from core.settings import Settings
from memory.ledger import CallRecord
from tests.backends import Backend
from tests.helpers import offline_services, write_png
from tools.offline import OfflineEngine

pytestmark = pytest.mark.production

ROOT = Path(__file__).resolve().parents[2]
BRIEF = "A square post with the copy “Hello”"
IMAGE_NODES = ("generate", "edit")


def image_rows(runner: Runner) -> list[CallRecord]:
    rows = runner.services.ledger.rows(thread_id=runner.thread_id)
    return [r for r in rows if r.node in IMAGE_NODES]


def audit(runner: Runner, images: int = 1) -> list[CallRecord]:
    """Every image paid for once and stored once, whole; returns the image rows."""
    rows = image_rows(runner)
    paid = [r for r in rows if r.cost_usd]
    assets = runner.services.assets.list(thread_id=runner.thread_id)
    assert len(paid) == images, [(r.outcome, r.cost_usd, r.error) for r in rows]
    assert len(assets) == images
    stored = {sha for r in rows if r.outcome in ("generated", "edited") for sha in r.assets}
    assert stored == {a.sha256 for a in assets}
    for asset in assets:
        with Image.open(asset.path) as img:
            img.load()  # whole, not a truncated file
            assert img.size == (asset.width, asset.height)
    return rows


@pytest.fixture
def runner(make_runner: Callable[..., Runner]) -> Runner:
    # Partial images on, so image calls stream as they do by default.
    return make_runner(partial_images=2)


@pytest.mark.parametrize(
    ("status", "headers", "said"),
    [
        (429, {"retry-after": "0.01"}, "rate limited"),
        (500, {}, "provider error 500"),
        (503, {}, "provider error 503"),
    ],
)
def test_transient_errors_are_retried_and_logged(
    runner: Runner, engine: OfflineEngine, status: int, headers: dict[str, str], said: str
) -> None:
    engine.inject_fault("/images/generations", status=status, headers=headers, times=2)
    done = runner.turn(BRIEF)
    assert done.status == "done" and done.state.current_image is not None
    rows = audit(runner)
    assert [r.outcome for r in rows] == ["retried", "retried", "generated"]
    assert all(said in (r.error or "") for r in rows[:2])
    assert rows[-1].attempt == 3


def test_an_outage_stops_the_turn_clearly_and_resume_finishes_it_once(
    runner: Runner, engine: OfflineEngine
) -> None:
    engine.inject_fault("/images/generations", status=503, times=50)
    with pytest.raises(ProviderError) as info:
        runner.turn(BRIEF)
    assert info.value.message == "provider error 503: The server had an error."
    assert "try again later" in info.value.hint
    rows = image_rows(runner)
    assert [r.outcome for r in rows] == ["retried"] * 3 + ["failed"]
    assert not any(r.cost_usd for r in rows)
    assert runner.services.assets.list(thread_id=runner.thread_id) == []
    assert runner.unfinished()

    engine._faults.clear()  # the outage ends
    done = runner.resume()
    assert done.status == "done" and done.state.current_image is not None
    assert [r.outcome for r in audit(runner)][-1] == "generated"


def test_decision_outage_is_a_failed_row(runner: Runner, engine: OfflineEngine) -> None:
    engine.inject_fault("/responses", status=500, times=50)
    with pytest.raises(ProviderError):
        runner.turn(BRIEF)
    rows = [r for r in runner.services.ledger.rows(thread_id=runner.thread_id)]
    decide = [r.outcome for r in rows if r.node == "decide"]
    assert decide == ["retried"] * 3 + ["failed"]


def test_an_answer_slower_than_the_timeout_is_retried(
    make_runner: Callable[..., Runner], engine: OfflineEngine
) -> None:
    runner = make_runner(partial_images=2)
    # The client's timeout is fixed when it is built (tools/client.py, from timeout_s).
    runner.services.client = runner.services.client.with_options(timeout=1.0)
    engine.inject_fault("/images/generations", delay_s=6.0)
    done = runner.turn(BRIEF)
    assert done.state.current_image is not None
    rows = audit(runner)
    assert [r.outcome for r in rows] == ["retried", "generated"]
    assert "did not answer in time" in (rows[0].error or "")
    # Paid once as far as atelier knows, and the row says the timed-out one may be billed.
    assert "may still have made and charged this image" in (rows[0].error or "")


def test_an_image_stream_cut_between_partials_is_retried_whole(
    runner: Runner, engine: OfflineEngine
) -> None:
    engine.inject_fault("/images/generations", cut_after=1)
    previews: list[dict[str, Any]] = []
    done = runner.turn(
        BRIEF, on_event=lambda e: previews.append(e) if e["kind"] == "partial" else None
    )
    assert done.state.current_image is not None
    rows = audit(runner)
    assert [r.outcome for r in rows] == ["retried", "generated"]
    assert "dropped part-way" in (rows[0].error or "")
    # One partial from the cut attempt, then both from the whole one: previews, not assets.
    assert [e["index"] for e in previews] == [0, 0, 1]


def test_a_responses_image_stream_cut_is_retried_whole(
    runner: Runner, engine: OfflineEngine
) -> None:
    runner.turn(BRIEF)

    def cut_the_image_call(event: dict[str, Any]) -> None:
        if event["kind"] == "decision":  # the next /responses call is the image tool's
            engine.inject_fault("/responses", cut_after=5)

    done = runner.turn("Now make the background warmer", on_event=cut_the_image_call)
    assert done.state.images and done.state.images[0].surface == "responses"
    rows = audit(runner, images=2)
    assert [r.outcome for r in rows] == ["generated", "retried", "edited"]


@pytest.mark.parametrize("path", ["/images/generations", "/responses"])
def test_malformed_json_is_retried(
    make_runner: Callable[..., Runner], engine: OfflineEngine, path: str
) -> None:
    runner = make_runner(partial_images=0)  # a JSON answer, not a stream
    engine.inject_fault(path, raw=b'{"created": 1, "data": [')
    done = runner.turn(BRIEF)
    assert done.state.current_image is not None
    audit(runner)
    retried = [
        r for r in runner.services.ledger.rows(thread_id=runner.thread_id) if r.outcome == "retried"
    ]
    assert len(retried) == 1 and "malformed answer" in (retried[0].error or "")


BLOCKS: dict[str, dict[str, Any]] = {
    "openai": {
        "error": {
            "message": "Your request was rejected by the safety system. "
            "safety_violations=[violence].",
            "type": "image_generation_user_error",
            "param": None,
            "code": "moderation_blocked",
            "moderation_details": {"moderation_stage": "input", "categories": ["violence"]},
        }
    },
    "azure": {
        "error": {
            "message": "Your request was rejected as a result of our safety system.",
            "type": None,
            "param": "prompt",
            "code": "content_policy_violation",
            "innererror": {
                "code": "ResponsibleAIPolicyViolation",
                "content_filter_result": {
                    "violence": {"filtered": True, "severity": "medium"},
                    "sexual": {"filtered": False, "severity": "safe"},
                },
            },
        }
    },
}


@pytest.mark.parametrize("provider", sorted(BLOCKS))
def test_a_provider_moderation_block_is_a_refusal(
    runner: Runner, engine: OfflineEngine, provider: str
) -> None:
    engine.inject_fault("/images/generations", status=400, body=BLOCKS[provider])
    done = runner.turn(BRIEF)
    refusal = done.state.refusal
    assert refusal is not None and refusal.stage == "provider"
    assert "safety system refused" in refusal.reason and "violence" in refusal.reason
    rows = image_rows(runner)
    assert [r.outcome for r in rows] == ["rejected"]  # never retried, never paid
    assert not rows[0].cost_usd
    assert runner.services.assets.list(thread_id=runner.thread_id) == []


def test_an_expired_reference_file_is_uploaded_again(
    runner: Runner, engine: OfflineEngine, tmp_path: Path
) -> None:
    brand = runner.services.brand
    logo = brand.add(
        write_png(tmp_path / "logo.png"), brand="Acme", kind="logo", description="Acme logo"
    )
    brand.approve(logo.id, by="test")
    runner.turn(BRIEF)

    def expire_before_the_image_call(event: dict[str, Any]) -> None:
        if event["kind"] == "decision":
            engine.inject_fault("/responses", expire_files=True)

    done = runner.turn(
        "Now a new square post for Acme with our logo and the copy “Sale”",
        on_event=expire_before_the_image_call,
    )
    assert done.state.images and done.state.images[0].surface == "responses"
    rows = audit(runner, images=2)
    assert [r.outcome for r in rows] == ["generated", "retried", "generated"]
    assert "no longer has uploaded reference file" in (rows[1].error or "")
    assert brand.get(logo.id).file_ids.get("offline")


def test_a_full_disk_keeps_the_paid_image_for_the_resume(
    runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import core.files
    import memory.assets

    real_write = core.files.atomic_write

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(memory.assets, "atomic_write", disk_full)
    with pytest.raises(StorageError) as info:
        runner.turn(BRIEF)
    line = info.value.one_line()
    assert "made but could not be saved" in line and "No space left" in line
    assert f"atelier chat --thread {runner.thread_id}" in line
    rows = image_rows(runner)
    assert [r.outcome for r in rows] == ["failed"] and rows[0].cost_usd  # paid, and said so
    assert runner.services.assets.list(thread_id=runner.thread_id) == []

    monkeypatch.setattr(memory.assets, "atomic_write", real_write)  # space freed
    done = runner.resume()
    assert done.state.current_image is not None
    rows = audit(runner)
    assert [r.outcome for r in rows] == ["failed", "generated"]


def test_a_disk_too_full_for_the_image_stops_before_paying(
    runner: Runner, engine: OfflineEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    real = shutil.disk_usage

    def nearly_full(path: str | os.PathLike[str]) -> Any:
        return real(path)._replace(free=5 * 2**20)

    monkeypatch.setattr(shutil, "disk_usage", nearly_full)
    with pytest.raises(StorageError) as info:
        runner.turn(BRIEF)
    assert "nothing was sent or paid for" in info.value.one_line()
    assert image_rows(runner) == []  # no image call was made, so none was paid
    assert not any("image" in kind for kind, _ in engine.event_log)  # the engine drew nothing

    monkeypatch.setattr(shutil, "disk_usage", real)  # space freed
    runner.resume()
    assert [r.outcome for r in audit(runner)] == ["generated"]
    assert any("image" in kind for kind, _ in engine.event_log)


def test_every_fault_message_is_one_line(runner: Runner, engine: OfflineEngine) -> None:
    engine.inject_fault("/moderations", status=500, times=50)
    with pytest.raises(AtelierError) as info:
        runner.turn(BRIEF)
    line = info.value.one_line()
    assert "\n" not in line and "500" in line
    rows = runner.services.ledger.rows(thread_id=runner.thread_id)
    assert [r.outcome for r in rows if r.node == "moderate_input"][-1] == "failed"
    assert json.dumps([r.error for r in rows])  # every row serialises (no raw exceptions)


# --- kill -9 mid-turn, then a resume in a new process -----------------------------------

CHILD = """
import sys, time
from agent.runner import Runner
from core.settings import Settings
from tests.helpers import offline_services

home, thread, mode = sys.argv[1:4]
# Realistic pacing, five times faster: the image streams for about 1.6 s, partials between.
settings = Settings(home=home, provider="offline", partial_images=2, offline_latency="0.2")
runner = Runner(settings, thread_id=thread, services=offline_services(settings, thread_id=thread))
if mode == "saved":
    real = runner.services.record

    def record(**kw):
        if kw.get("outcome") == "generated":  # the bytes are stored, the row not yet written
            print("SAVED", flush=True)
            time.sleep(600)
        real(**kw)

    runner.services.record = record

def on_event(event):
    if mode == "partial" and event["kind"] == "partial":
        print("PARTIAL", flush=True)  # the stream goes on: the kill lands mid-stream

runner.turn(sys.argv[4], on_event=on_event)
print("FINISHED", flush=True)
"""


def _kill_when(home: Path, thread: str, mode: str, signal_line: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(home), thread, mode, BRIEF],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stderr is not None
        line = child.stdout.readline().strip()
        assert line == signal_line, (line, child.stderr.read() if line == "" else "")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()  # a failed check above: do not leave it behind
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize(("mode", "signal_line"), [("partial", "PARTIAL"), ("saved", "SAVED")])
def test_kill_9_mid_turn_then_resume_completes_once(
    settings: Settings, runners: list[Runner], mode: str, signal_line: str
) -> None:
    thread = f"t-kill-{mode}"
    _kill_when(settings.home, thread, mode, signal_line)
    services = offline_services(settings, thread_id=thread)
    runner = Runner(settings, thread_id=thread, services=services)
    runners.append(runner)
    assert runner.unfinished()
    done = runner.resume()
    assert done.status == "done" and done.state.current_image is not None
    rows = audit(runner)
    assert [r.outcome for r in rows] == ["generated"]
    if mode == "saved":  # the call was paid before the kill: its row says so, once
        assert "cost estimated" in (rows[0].error or "")
    assert not runner.unfinished()


# --- many threads at once on one data directory -----------------------------------------

THREADS = 20


def run_threads_at_once(settings: Settings, count: int = THREADS) -> list[Runner]:
    """``count`` threads, each one turn making one image, all at once on ``settings``'s
    stores; returns their runners (open, for the caller to check and close)."""
    runners = [
        Runner(settings, thread_id=f"t-many-{i:02d}", services=offline_services(settings))
        for i in range(count)
    ]
    with ThreadPoolExecutor(max_workers=count) as pool:
        done = list(
            pool.map(
                lambda ir: ir[1].turn(f"A square post with the copy “Sale {ir[0]}”"),
                enumerate(runners),
            )
        )
    assert all(d.status == "done" and d.state.current_image is not None for d in done)
    return runners


def test_twenty_threads_at_once_lose_and_duplicate_nothing(
    backend: Backend, settings: Settings, runners: list[Runner]
) -> None:
    """On one data directory's embedded stores, and on PostgreSQL plus a Chroma server."""
    made = run_threads_at_once(settings)
    runners.extend(made)
    shas: list[str] = []
    for runner in made:
        rows = audit(runner)  # one paid row and one whole asset per thread
        assert [r.outcome for r in rows] == ["generated"]
        shas += rows[0].assets
        assert runner.state().current_image is not None
    assert len(set(shas)) == THREADS  # no image duplicated or shared by mistake
    ledger = made[0].services.ledger
    assert len(ledger.rows(outcome="generated")) == THREADS
    for name in ("ledger.sqlite", "checkpoints.sqlite", "assets/index.sqlite"):
        path = settings.home / name
        if path.exists():
            with sqlite3.connect(path) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
