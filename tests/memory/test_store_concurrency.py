"""Twenty writers at once on one data store, SQLite and PostgreSQL: every ledger row kept,
the same image stored once, the same held image queued once, nothing left half written.

The writers are threads in one test and spawned processes (each with its own connections
and pools, as separate workers have) in the other.
"""

from __future__ import annotations

import io
import multiprocessing
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from memory.assets import LABEL as ASSETS
from memory.assets import AssetStore
from memory.db import Database, PostgresDatabase, SqliteDatabase
from memory.ledger import LABEL as LEDGER
from memory.ledger import CallRecord, Ledger
from memory.review_queue import LABEL as REVIEW
from memory.review_queue import ReviewQueue
from tests.backends import postgres_schema

WRITERS = 20
ROWS = 8
NOTE = "call-shared"


def _png(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), (seed * 11 % 256, 40, 200)).save(out, "PNG")
    return out.getvalue()


def _db(where: str, label: str, file: str) -> Database:
    if where.startswith("postgresql://"):
        return PostgresDatabase(where, label=label)
    return SqliteDatabase(Path(where) / file, label=label)


def _stores(where: str, root: Path) -> tuple[Ledger, AssetStore, ReviewQueue]:
    return (
        Ledger(_db(where, LEDGER, "ledger.sqlite")),
        AssetStore(root, db=_db(where, ASSETS, "index.sqlite")),
        ReviewQueue(_db(where, REVIEW, "review.sqlite")),
    )


def write_as(n: int, where: str, root: str, start: Any) -> None:
    """What one worker does: its ledger rows, the shared image (the same call resumed by
    every worker), an image of its own, and the shared image held for review."""
    ledger, store, queue = _stores(where, Path(root))
    start.wait()
    for i in range(ROWS):
        ledger.record(
            CallRecord(
                thread_id=f"w{n}",
                node="generate",
                surface="image-api",
                provider="offline",
                model="gpt-image-2",
                prompt=f"{n}:{i}",
                latency_ms=1.0,
                outcome="generated",
            )
        )
    shared = store.put_bytes(_png(0), source="generated", thread_id="shared", note=NOTE)
    store.put_bytes(_png(n + 1), source="generated", thread_id=f"w{n}")
    queue.add(shared.sha256, thread_id="shared", reasons=[f"w{n}"])
    queue.add(shared.sha256, thread_id=None, reasons=[f"w{n}"])


def _check(where: str, root: Path) -> None:
    ledger, store, queue = _stores(where, root)
    prompts = sorted(r.prompt or "" for r in ledger.rows())
    assert prompts == sorted(f"{n}:{i}" for n in range(WRITERS) for i in range(ROWS))
    assert len({r.id for r in ledger.rows()}) == WRITERS * ROWS
    [shared] = store.find(note=NOTE, thread_id="shared")
    assert len(store.list(limit=1000)) == WRITERS + 1
    assert len(store.provenance(shared.sha256)) == 1
    files = sorted(p.name for p in root.rglob("*") if p.is_file() and p.suffix == ".png")
    assert len(files) == WRITERS + 1 and not list(root.rglob("*.tmp"))
    assert store.read_bytes(shared) == _png(0)
    items = queue.items_for(shared.sha256)
    assert sorted(str(i.thread_id) for i in items) == ["None", "shared"]


@pytest.fixture(params=["sqlite", "postgres"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        yield str(tmp_path / "data")
        return
    with postgres_schema() as url:
        yield url


def _run(where: str, root: Path, start: Any, spawn: Callable[..., Any]) -> None:
    _stores(where, root)  # schemas in place, as a deployment's first start leaves them
    workers = [spawn(target=write_as, args=(n, where, str(root), start)) for n in range(WRITERS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    codes = [getattr(w, "exitcode", 0) for w in workers]
    assert codes == [0] * WRITERS, codes


def test_twenty_threads_lose_nothing_and_duplicate_nothing(where: str, tmp_path: Path) -> None:
    root = tmp_path / "assets"
    errors: list[BaseException] = []

    def guarded(*args: Any) -> None:
        try:
            write_as(*args)
        except BaseException as exc:
            errors.append(exc)
            raise

    def spawn(target: Callable[..., None], args: tuple[Any, ...]) -> threading.Thread:
        return threading.Thread(target=guarded, args=args)

    _run(where, root, threading.Barrier(WRITERS), spawn)
    assert not errors, errors
    _check(where, root)


def test_twenty_processes_lose_nothing_and_duplicate_nothing(where: str, tmp_path: Path) -> None:
    root = tmp_path / "assets"
    ctx = multiprocessing.get_context("spawn")
    _run(where, root, ctx.Barrier(WRITERS), ctx.Process)
    _check(where, root)
