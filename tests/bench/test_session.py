"""bench.session's code path on two turns: what a turn adds to the checkpoint database."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import session


def test_two_turns_are_measured(tmp_path: Path) -> None:
    figures = session.run_session(tmp_path / "s", 2, qa=False)
    generate, edit = figures.turns
    assert generate.outcome.startswith("generated 3840x2160")
    assert edit.outcome.startswith("edited 3840x2160")
    # Input, start and six nodes: one checkpoint per step.
    assert generate.checkpoints == edit.checkpoints == 8
    assert 0 < generate.stored_bytes < 16 * 1024 and generate.file_bytes > 0
    assert generate.rss_mb > 0
    lines = session.report(figures)
    assert any(line.startswith("checkpoint KB per turn ") for line in lines)
    assert any(line.startswith("turn 2 / turn ") for line in lines)
    assert any(line.startswith("memory growth per turn KB") for line in lines)


def test_the_same_session_runs_on_postgres(tmp_path: Path) -> None:
    from tests.backends import postgres_schema

    with postgres_schema() as url:
        figures = session.run_session(tmp_path / "pg", 1, qa=False, postgres_url=url)
    (generate,) = figures.turns
    assert generate.outcome.startswith("generated 3840x2160") and generate.seconds > 0
    # Nothing fell back to the embedded stores.
    assert not list((tmp_path / "pg").rglob("ledger.sqlite"))
    assert not list((tmp_path / "pg").rglob("checkpoints.sqlite"))


def test_slope_of_a_line_and_of_a_flat_series() -> None:
    assert session.slope([1.0, 3.0, 5.0, 7.0]) == 2.0
    assert session.slope([4.0, 4.0, 4.0]) == 0.0


def test_one_reading_with_a_large_buffer_alive_does_not_make_a_slope() -> None:
    flat = [260.0 + 0.01 * (i % 3) for i in range(40)]
    flat[25] += 33.0  # a 4K image's pixels still alive when memory was read
    assert abs(session.slope(flat)) < 0.01


def test_the_engine_child_process_serves_and_stops(tmp_path: Path) -> None:
    import openai

    with session.engine_process(tmp_path / "engine") as url:
        client = openai.OpenAI(api_key="offline", base_url=url, max_retries=0)
        assert client.moderations.create(input="a mug on a desk").results
    with pytest.raises(openai.APIConnectionError):
        client.moderations.create(input="a mug on a desk")
