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
least-squares slope of resident memory over the turns after the first ten (goal: flat,
i.e. within noise of zero). Then the same session runs with the checkpoints and stores in
PostgreSQL (the loopback server ``scripts/test-servers.sh`` prepares) and ``postgres /
sqlite X`` prints the ratio of the mean turn times.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from collections.abc import Sequence
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


def run_session(home: Path, turns: int, *, qa: bool, postgres_url: str | None = None) -> Session:
    """``turns`` turns of ``CYCLE`` in one thread, measured after each; with
    ``postgres_url`` the checkpoints, ledger, review queue and asset index live there
    (checkpoint bytes are then not read: they are SQLite's table sizes)."""
    from pydantic import SecretStr

    from agent.runner import Runner
    from core.settings import Settings
    from tests.helpers import offline_services

    home.mkdir(parents=True, exist_ok=True)
    secret = SecretStr(postgres_url) if postgres_url is not None else None
    settings = Settings(home=home, provider="offline", checkpoint_url=secret, ledger_url=secret)
    common.add_logo(home, settings)
    services = offline_services(settings)
    runner = Runner(settings, services=services)
    session = Session()
    try:
        with nullcontext() if qa else common.qa_off():
            runner.turn(FIRST.brief, size=SIZE_4K)
            measure = postgres_url is None
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
    """Least-squares slope of ``values`` against their index."""
    n = len(values)
    if n < 2:
        return float("nan")
    mx = (n - 1) / 2
    my = sum(values) / n
    num = sum((i - mx) * (v - my) for i, v in enumerate(values))
    den = sum((i - mx) ** 2 for i in range(n))
    return num / den


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
        f"memory growth per turn KB {per_turn_kb:.0f} (least squares over turns "
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
    args = parser.parse_args()
    from core.process import limit_malloc_arenas

    limit_malloc_arenas()  # as the CLI does, before any thread starts
    print(
        f"bench.session: {args.turns} turns in one thread and one process on the offline "
        f"engine, generations at {SIZE_4K}, QA {'off' if args.qa_off else 'on'}; "
        f"{len(os.sched_getaffinity(0))} CPU(s)"
    )
    with tempfile.TemporaryDirectory(prefix="atelier-bench-session-") as tmp:
        session = run_session(Path(tmp) / "sqlite", args.turns, qa=not args.qa_off)
        print("\n".join(report(session)))
        if args.no_postgres:
            return
        # The same session with the stores and checkpoints in PostgreSQL, in a fresh schema
        # of the loopback server the tests use (scripts/test-servers.sh prepares it).
        from tests.backends import postgres_schema

        with postgres_schema() as url:
            on_postgres = run_session(
                Path(tmp) / "postgres", args.turns, qa=not args.qa_off, postgres_url=url
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
