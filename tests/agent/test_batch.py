"""Batch runs: reading rows with line numbers, encodings, the limiter, results and resume."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import agent.graph
import agent.nodes.review
from agent.batch import (
    BatchRow,
    RateLimiter,
    RowResult,
    read_batch,
    results_path,
    run_batch,
)
from agent.cli import app
from agent.context import Services
from core.errors import InputError
from core.settings import Settings

pytestmark = pytest.mark.production

cli = CliRunner()


def _briefs(n: int) -> list[str]:
    return [f"Make a square post for product number {i}" for i in range(n)]


def test_csv_malformed_rows_fail_alone_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text(
        "brief,size\n"
        "Make a square post for tea,1024x1024\n"
        ",1024x1024\n"
        "Make a story for coffee,abc\n"
        "Make a banner,1536x864,extra\n"
        "Make a square post for cake,\n",
        encoding="utf-8",
    )
    rows, _ = read_batch(path)
    good = [r for r in rows if isinstance(r, BatchRow)]
    bad = {r.line: r.error for r in rows if isinstance(r, RowResult)}
    assert [r.line for r in good] == [2, 6]
    assert set(bad) == {3, 4, 5}
    assert all(str(line) in (err or "") for line, err in bad.items())
    assert "unknown size" in (bad[4] or "")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_csv_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "b.csv"
    path.write_bytes("brief\nMake a square post for the café crème\n".encode(encoding))
    rows, used = read_batch(path)
    assert isinstance(rows[0], BatchRow) and rows[0].brief.endswith("café crème")
    assert used == ("utf-8-sig" if encoding == "utf-8-sig" else encoding)


def test_yaml_rows_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(
        "briefs:\n"
        "  - Make a square post for tea\n"
        "  - brief: Make a story for coffee\n"
        "    size: 864x1536\n"
        "    id: coffee\n"
        "  - [not, a, brief]\n"
        "  - brief: ''\n",
        encoding="utf-8",
    )
    rows, _ = read_batch(path)
    assert [(r.line, type(r).__name__) for r in rows] == [
        (2, "BatchRow"),
        (3, "BatchRow"),
        (6, "RowResult"),
        (7, "RowResult"),
    ]
    assert isinstance(rows[1], BatchRow) and rows[1].key == "coffee"


def test_unreadable_batch_files(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("prompt\nx\n")
    (tmp_path / "b.yaml").write_text("briefs: [unclosed\n")
    (tmp_path / "c.txt").write_text("x")
    for name in ("a.csv", "b.yaml", "c.txt", "missing.csv"):
        with pytest.raises(InputError):
            read_batch(tmp_path / name)


def test_rate_limiter_spaces_starts() -> None:
    now = [0.0]
    limiter = RateLimiter(120, clock=lambda: now[0])
    slots = []
    for _ in range(4):
        limiter.acquire()
        slots.append(limiter._next - limiter.interval)
    assert slots == [0.0, 0.5, 1.0, 1.5]


def _write(path: Path, briefs: list[str]) -> Path:
    path.write_text("brief\n" + "\n".join(briefs) + "\n", encoding="utf-8")
    return path


def _results(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in results_path(path).read_text().splitlines()]


def test_batch_runs_every_row_and_resumes_without_duplicates(
    tmp_path: Path, settings: Settings, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path / "b.csv", [*_briefs(4), ""])
    original = agent.nodes.review.review
    crashed: list[int] = []

    def flaky_review(state: Any, runtime: Any) -> Any:
        # The first row to reach review dies after its image was paid for and saved.
        if not crashed:
            crashed.append(1)
            raise RuntimeError("killed")
        return original(state, runtime)

    monkeypatch.setattr(agent.graph, "review", flaky_review)
    first = run_batch(settings, services, path, concurrency=2, rpm=6000)
    assert (first.done, first.failed) == (3, 1)
    failed = next(r for r in _results(path) if r["status"] == "failed")
    assert failed["error"].startswith(f"line {failed['line']}: RuntimeError")

    second = run_batch(settings, services, path, concurrency=2, rpm=6000, resume=True)
    assert (second.done, second.skipped, second.failed) == (4, 3, 0)
    done = [r for r in _results(path) if r["status"] == "done"]
    assert sorted(r["line"] for r in done) == [2, 3, 4, 5]
    for row in done:
        generated = [
            r
            for r in services.ledger.rows(thread_id=row["thread_id"])
            if r.node == "generate" and r.outcome == "generated"
        ]
        assert len(generated) == 1  # the resumed row did not pay twice
        assert len(services.assets.list(thread_id=row["thread_id"])) == 1


def test_row_finished_but_unrecorded_is_not_run_again(
    tmp_path: Path, settings: Settings, services: Services
) -> None:
    path = _write(tmp_path / "b.csv", _briefs(2))
    run_batch(settings, services, path, rpm=6000)
    # A kill between a row's last checkpoint and its result line loses only the line.
    lines = results_path(path).read_text().splitlines()
    results_path(path).write_text(lines[0] + "\n")
    again = run_batch(settings, services, path, rpm=6000, resume=True)
    assert (again.done, again.skipped) == (2, 1)
    paid = [r for r in services.ledger.rows() if r.node == "generate"]
    assert len(paid) == 2
    assert {r["status"] for r in _results(path)} == {"done"}


def test_batch_cli(tmp_path: Path, atelier_home: Path) -> None:
    path = _write(Path("b.csv"), _briefs(2))
    out = cli.invoke(app, ["batch", str(path), "--concurrency", "2", "--rpm", "6000"])
    assert out.exit_code == 0, out.output
    assert "2 done" in out.output
    again = cli.invoke(app, ["batch", str(path), "--resume", "--rpm", "6000"])
    assert again.exit_code == 0 and "2 from before" in again.output
    assert cli.invoke(app, ["batch", str(path), "--concurrency", "0"]).exit_code == 2
    assert cli.invoke(app, ["batch", str(path), "--rpm", "-5"]).exit_code == 2
    bad = cli.invoke(app, ["batch", str(path), "--daily-budget", "-1"])
    assert bad.exit_code == 2 and "negative" in bad.output


def test_batch_budget_fails_rows_not_the_run(tmp_path: Path, atelier_home: Path) -> None:
    path = _write(Path("b.csv"), _briefs(2))
    out = cli.invoke(app, ["batch", str(path), "--rpm", "6000", "--session-budget", "0.001"])
    assert out.exit_code == 1 and "2 failed" in out.output
    assert all("budget" in r["error"] for r in _results(path))


def test_rows_reviewed_at_once_each_read_their_own_copy(
    tmp_path: Path, settings: Settings, services: Services
) -> None:
    from tools import qa

    copies = [
        "Spring Sale",
        "Grand Opening",
        "Fresh Coffee",
        "夏のセール",
        "New Arrivals",
        "여름 세일",
    ]
    briefs = [f"Make a square post with the copy “{copy}”" for copy in copies]
    path = _write(tmp_path / "b.csv", briefs)
    totals = run_batch(settings, services, path, concurrency=4, rpm=60_000)
    assert (totals.done, totals.failed) == (len(copies), 0)
    by_line = {r["line"]: r for r in _results(path)}
    for line, copy in enumerate(copies, start=2):
        rows = services.ledger.rows(thread_id=by_line[line]["thread_id"])
        [reviewed] = [r for r in rows if r.node == "review"]
        logged = json.loads(reviewed.moderation or "{}")
        # The reads of four threads at once went to the right rows, in the right languages.
        assert qa.normalise_text(copy) in qa.normalise_text(logged["ocr_text"])
        assert logged["ocr"]["langs"] == list(qa.SCRIPT_LANGS[qa.detect_script(copy)])
        assert logged["final"] == "pass" and reviewed.request_id
