"""A long session in one process: checkpoint bytes per turn and resident memory per turn.

Run: ``.venv/bin/python -m bench.session [--turns 50] [--qa-off]``

One thread runs ``--turns`` turns on the offline engine in this process (after a first
turn, not counted: it starts from an empty state), cycling through
a 4K generation (3840x2160), edits of it, a clarifying question with its answer, and a
reply, against a brand library holding the Acme logo. After every turn the bench reads
what the turn added to the checkpoint database (checkpoint rows and their metadata, and
the channel writes: payload bytes, as stored) and the process's resident memory.

Printed: a line per turn, ``checkpoint KB per turn`` (mean; goal <= 16), ``turn 50 / turn
1`` (the last turn's checkpoint bytes against the first turn of the same kind; goal <=
1.2), checkpoints per turn, the file's growth, and ``memory growth per turn KB``: the
Theil-Sen slope of resident memory over the turns after the first ten (goal: flat,
i.e. within noise of zero). Then the same session runs with the checkpoints and stores in
PostgreSQL (the loopback server ``scripts/test-servers.sh`` prepares) and ``postgres /
sqlite X`` prints the ratio of the mean turn times.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import common

SIZE_4K = "3840x2160"
CHECKPOINT_GOAL_KB = 16.0
GROWTH_GOAL = 1.2
SETTLE_TURNS = 10  # the first turns load models and fill caches


@dataclass(frozen=True)
class Step:
    kind: str  # generate | edit | clarify | reply
    brief: str
    answer: str | None = None


# Seven steps, so that turn 50 is the same kind of turn as turn 1 (49 = 7 x 7).
CYCLE: tuple[Step, ...] = (
    Step("generate", "A 4K banner for our summer sale with the copy “Summer Sale”"),
    Step("edit", "Make the background warmer"),
    Step("clarify", "Change it", answer="make it darker"),
    Step("reply", "What can you do for our team?"),
    Step("edit", "Make the background cooler"),
    Step("generate", "A 4K hero image of a ceramic coffee mug on a wooden desk"),
    Step("edit", "Make it lighter"),
)
# Not counted: a thread's very first turn starts from an empty state (no image, no chain,
# no summary yet) and would make every later turn look like growth.
FIRST = Step("generate", "A 4K banner for our grand opening with the copy “Grand Opening”")


@dataclass
class TurnFigures:
    kind: str
    outcome: str
    seconds: float
    checkpoints: int
    checkpoint_bytes: int
    write_bytes: int
    file_bytes: int
    rss_mb: float

    @property
    def stored_bytes(self) -> int:
        return self.checkpoint_bytes + self.write_bytes


@dataclass
class Session:
    turns: list[TurnFigures] = field(default_factory=list)


def _totals(db: Path) -> tuple[int, int, int, int]:
    """(checkpoints, their bytes with metadata, write bytes, database bytes)."""
    conn = sqlite3.connect(str(db))
    try:
        count, saved = conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(checkpoint) + LENGTH(metadata)), 0) "
            "FROM checkpoints"
        ).fetchone()
        writes = conn.execute("SELECT COALESCE(SUM(LENGTH(value)), 0) FROM writes").fetchone()[0]
        # Pages in use as this connection sees the database (WAL included): rows, their
        # keys and the indexes, what the data directory really keeps.
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return int(count), int(saved), int(writes), int(pages) * int(page_size)


def _outcome(result: Any, asked: bool) -> str:
    state = result.state
    said = "asked, then " if asked else ""
    if state.refusal is not None:
        return f"{said}refused ({state.refusal.stage})"
    if state.images:
        return said + ", ".join(f"{i.action} {i.size} [{i.review}]" for i in state.images)
    return f"{said}replied"


@contextlib.contextmanager
def engine_process(data_dir: Path) -> Iterator[str]:
    """The offline engine served over ``data_dir`` by a child process; yields its base URL."""
    from tests.backends import free_port

    port = free_port()
    code = (
        "from pathlib import Path; from tools.offline import serve; "
        f"serve(Path({str(data_dir)!r}), port={port})"
    )
    root = Path(__file__).resolve().parents[1]
    child = subprocess.Popen([sys.executable, "-c", code], cwd=root)
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if child.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the offline engine did not start on port {port}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        child.terminate()
        child.wait(timeout=30)


def _services(settings: Any, base_url: str | None) -> Any:
    """Services on an in-process engine, or on the engine served at ``base_url``."""
    import openai

    from agent.context import build_services
    from tests.helpers import offline_services
    from tools.client import ProviderClient

    if base_url is None:
        return offline_services(settings)
    client = openai.OpenAI(
        api_key="offline", base_url=base_url, max_retries=0, timeout=settings.timeout_s
    )
    return build_services(settings, thread_id="default", provider=ProviderClient(client, "offline"))


def run_session(
    home: Path,
    turns: int,
    *,
    qa: bool,
    postgres_url: str | None = None,
    engine_in_process: bool = False,
) -> Session:
    """``turns`` turns of ``CYCLE`` in one thread, measured after each; with
    ``postgres_url`` the checkpoints, ledger, review queue and asset index live there
    (checkpoint bytes are then not read: they are SQLite's table sizes)."""
    from pydantic import SecretStr

    from agent.runner import Runner
    from core.settings import Settings

    home.mkdir(parents=True, exist_ok=True)
    secret = SecretStr(postgres_url) if postgres_url is not None else None
    settings = Settings(home=home, provider="offline", checkpoint_url=secret, ledger_url=secret)
    common.add_logo(home, settings)
    with contextlib.ExitStack() as stack:
        base_url = (
            None if engine_in_process else stack.enter_context(engine_process(settings.engine_dir))
        )
        return _measured(
            settings,
            Runner(settings, services=_services(settings, base_url)),
            turns,
            qa=qa,
            measure=postgres_url is None,
        )


def _measured(settings: Any, runner: Any, turns: int, *, qa: bool, measure: bool) -> Session:
    session = Session()
    try:
        with nullcontext() if qa else common.qa_off():
            runner.turn(FIRST.brief, size=SIZE_4K)
            before = _totals(settings.checkpoint_db) if measure else (0, 0, 0, 0)
            for i in range(turns):
                step = CYCLE[i % len(CYCLE)]
                started = time.perf_counter()
                size = SIZE_4K if step.kind == "generate" else None
                result = runner.turn(step.brief, size=size)
                asked = result.status == "question"
                if asked:
                    result = runner.answer(step.answer or "yes")
                seconds = time.perf_counter() - started
                after = _totals(settings.checkpoint_db) if measure else (0, 0, 0, 0)
                session.turns.append(
                    TurnFigures(
                        kind=step.kind,
                        outcome=_outcome(result, asked),
                        seconds=seconds,
                        checkpoints=after[0] - before[0],
                        checkpoint_bytes=after[1] - before[1],
                        write_bytes=after[2] - before[2],
                        file_bytes=after[3] - before[3],
                        rss_mb=common.rss_mb(),
                    )
                )
                before = after
    finally:
        runner.close()
    return session


def slope(values: Sequence[float]) -> float:
    """Theil-Sen slope of ``values`` against their index: the median of the pairwise slopes.

    Least squares let one reading taken while a 4K image's 33 MB of pixels were still
    alive swing the figure by a hundred KB a turn either way."""
    pairs = [
        (values[j] - values[i]) / (j - i)
        for i in range(len(values))
        for j in range(i + 1, len(values))
    ]
    return statistics.median(pairs) if pairs else float("nan")


def report(session: Session) -> list[str]:
    turns = session.turns
    lines = [
        f"  {'turn':>4} {'kind':<9} {'s':>5} {'ckpts':>5} {'ckpt KB':>8} {'writes KB':>9} "
        f"{'db KB':>8} {'RSS MB':>7}  outcome"
    ]
    for i, t in enumerate(turns, start=1):
        lines.append(
            f"  {i:>4} {t.kind:<9} {t.seconds:>5.2f} {t.checkpoints:>5} "
            f"{t.checkpoint_bytes / 1024:>8.2f} {t.write_bytes / 1024:>9.2f} "
            f"{t.file_bytes / 1024:>8.1f} {t.rss_mb:>7.1f}  {t.outcome}"
        )
    kb = common.mean([t.stored_bytes for t in turns]) / 1024
    last = turns[-1]
    same_kind = next(t for t in turns if t.kind == last.kind)
    growth = last.stored_bytes / same_kind.stored_bytes
    lines.append("")
    lines.append(
        f"checkpoint KB per turn {kb:.1f} (checkpoints with metadata, and channel writes; "
        f"{common.mean([t.checkpoints for t in turns]):.1f} checkpoints a turn; the database "
        f"grows {common.mean([t.file_bytes for t in turns]) / 1024:.1f} KB a turn with keys "
        f"and indexes; goal <= {CHECKPOINT_GOAL_KB:.0f} -> "
        f"{'ok' if kb <= CHECKPOINT_GOAL_KB else 'MISSED'})"
    )
    lines.append(
        f"turn {len(turns)} / turn {turns.index(same_kind) + 1} {growth:.2f} (both "
        f"{last.kind}: {same_kind.stored_bytes / 1024:.1f} KB, then "
        f"{last.stored_bytes / 1024:.1f} KB; goal <= {GROWTH_GOAL} -> "
        f"{'ok' if growth <= GROWTH_GOAL else 'MISSED'})"
    )
    settled = [t.rss_mb for t in turns[SETTLE_TURNS:]]
    per_turn_kb = slope(settled) * 1024
    settle = min(SETTLE_TURNS, len(turns))
    lines.append(
        f"memory growth per turn KB {per_turn_kb:.0f} (Theil-Sen slope over turns "
        f"{settle + 1}-{len(turns)}; resident {turns[settle - 1].rss_mb:.0f} MB after turn "
        f"{settle}, {last.rss_mb:.0f} MB after turn {len(turns)}, peak "
        f"{common.status_mb('VmHWM'):.0f} MB)"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=50)
    parser.add_argument("--qa-off", action="store_true", help="the review reads no text")
    parser.add_argument(
        "--no-postgres", action="store_true", help="skip the same session on PostgreSQL"
    )
    parser.add_argument(
        "--engine",
        choices=("process", "thread"),
        default="process",
        help="serve the offline engine from a child process (default) or in this process",
    )
    args = parser.parse_args()
    in_process = args.engine == "thread"
    from core.process import tune_memory

    tune_memory()  # as the CLI does, before any thread starts
    print(
        f"bench.session: {args.turns} turns in one thread and one process on the offline "
        f"engine, generations at {SIZE_4K}, QA {'off' if args.qa_off else 'on'}; "
        f"{len(os.sched_getaffinity(0))} CPU(s); the engine "
        f"{'in this process' if in_process else 'in a child process, over loopback HTTP'}"
    )
    with tempfile.TemporaryDirectory(prefix="atelier-bench-session-") as tmp:
        session = run_session(
            Path(tmp) / "sqlite", args.turns, qa=not args.qa_off, engine_in_process=in_process
        )
        print("\n".join(report(session)))
        if args.no_postgres:
            return
        # The same session with the stores and checkpoints in PostgreSQL, in a fresh schema
        # of the loopback server the tests use (scripts/test-servers.sh prepares it).
        from tests.backends import postgres_schema

        with postgres_schema() as url:
            on_postgres = run_session(
                Path(tmp) / "postgres",
                args.turns,
                qa=not args.qa_off,
                postgres_url=url,
                engine_in_process=in_process,
            )
    sqlite_s = common.mean([t.seconds for t in session.turns])
    postgres_s = common.mean([t.seconds for t in on_postgres.turns])
    print(
        f"postgres / sqlite {postgres_s / sqlite_s:.3f} (mean turn {postgres_s:.2f} s on "
        f"PostgreSQL against {sqlite_s:.2f} s on SQLite, same {args.turns} turns; resident "
        f"{on_postgres.turns[-1].rss_mb:.0f} MB after the last)"
    )


if __name__ == "__main__":
    main()
