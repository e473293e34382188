"""Estimates before image calls, budgets that refuse or downgrade, and the price table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest

from agent.budget import parse_budget, plan_image_call, start_of_day
from agent.runner import Runner
from core.errors import BudgetExceeded, ConfigError, InputError
from core.settings import Settings
from memory.ledger import Ledger
from tests.helpers import call_record
from tools.pricing import PriceTable

pytestmark = pytest.mark.production

BRIEF = "Make a square post for the spring sale"


def _spend(
    ledger: Ledger, usd: float, *, thread: str = "t-prod", ts: datetime | None = None
) -> None:
    ledger.record(
        call_record(ts=ts or datetime.now(UTC), thread_id=thread, latency_ms=1.0, cost_usd=usd)
    )


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("-1", "negative"), ("abc", "not a number"), ("1e12", "ceiling"), ("nan", "finite")],
)
def test_bad_budgets_are_refused(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        parse_budget(text)
    assert fragment in info.value.one_line()


def test_budget_parses_dollars() -> None:
    assert parse_budget("$2.50") == 2.5 and parse_budget("0") == 0.0


def test_settings_reject_negative_budgets(atelier_home: Path) -> None:
    with pytest.raises(ValueError):
        Settings(home=atelier_home, session_budget_usd=-1)


def test_estimate_scales_with_quality_and_pixels() -> None:
    prices = PriceTable.load()
    low = prices.estimate_image("gpt-image-2", quality="low", size="1024x1024")
    high = prices.estimate_image("gpt-image-2", quality="high", size="1024x1024")
    big = prices.estimate_image("gpt-image-2", quality="high", size="2048x2048")
    assert low is not None and high is not None and big is not None
    assert low < high and big == pytest.approx(4 * high)
    assert prices.estimate_image("unknown-model", quality="low", size="1024x1024") is None


def test_price_file_overrides_and_bad_file_is_a_config_error(tmp_path: Path) -> None:
    good = tmp_path / "prices.yaml"
    good.write_text(
        "gpt-image-2:\n  text_input: 1\n  output: 2\n  image: {low: 0.5}\n  taken: '2026-01'\n"
    )
    prices = PriceTable.load(good)
    assert prices.estimate_image("gpt-image-2", quality="low", size="1024x1024") == 0.5
    bad = tmp_path / "bad.yaml"
    bad.write_text("gpt-image-2:\n  text_input: -3\n  output: 1\n")
    with pytest.raises(ConfigError):
        PriceTable.load(bad)


def test_plan_refuses_over_session_budget(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite")
    _spend(ledger, 0.95)
    plan = partial(plan_image_call, prices=PriceTable.load(), ledger=ledger, thread_id="t-prod")
    ok = plan(model="gpt-image-2", quality="low", size="1024x1024", session_budget=1.0)
    assert ok.quality == "low" and ok.estimate_usd == pytest.approx(0.011)
    with pytest.raises(BudgetExceeded) as info:
        plan(model="gpt-image-2", quality="high", size="1024x1024", session_budget=1.0)
    assert "session" in info.value.message and "$0.9500" in info.value.message
    # Another thread's spend does not count against this session.
    other = plan(
        thread_id="t-other",
        model="gpt-image-2",
        quality="high",
        size="1024x1024",
        session_budget=1.0,
    )
    assert other.quality == "high"


def test_plan_downgrades_when_allowed(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite")
    _spend(ledger, 0.95)
    plan = plan_image_call(
        prices=PriceTable.load(),
        ledger=ledger,
        thread_id="t-prod",
        model="gpt-image-2",
        quality="high",
        size="1024x1024",
        session_budget=1.0,
        downgrade=True,
    )
    assert plan.quality == "medium" and "sent at medium" in plan.note


def test_daily_budget_counts_only_today(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.sqlite")
    _spend(ledger, 5.0, thread="t-a", ts=start_of_day() - timedelta(minutes=1))
    _spend(ledger, 0.5, thread="t-b")
    plan = partial(
        plan_image_call,
        prices=PriceTable.load(),
        ledger=ledger,
        thread_id="t-c",
        model="gpt-image-2",
        size="1024x1024",
    )
    assert plan(quality="high", daily_budget=0.7).quality == "high"
    with pytest.raises(BudgetExceeded, match="today"):
        plan(quality="high", daily_budget=0.6)


def test_turn_over_budget_is_refused_before_paying(
    make_runner: Callable[..., Runner],
) -> None:
    runner = make_runner(session_budget_usd=0.001)
    result = runner.turn(BRIEF)
    # The turn ends as a refusal that says what to change; nothing is left half-done.
    assert result.status == "done" and not runner.unfinished()
    assert result.state.refusal is not None and result.state.refusal.stage == "budget"
    assert "budget" in result.message and "downgrade" in result.message
    rows = runner.services.ledger.rows(thread_id="t-prod")
    image_rows = [r for r in rows if r.surface == "image-api"]
    assert [(r.outcome, r.output_tokens) for r in image_rows] == [("rejected", None)]
    assert "budget" in (image_rows[0].error or "")
    assert runner.services.assets.list(thread_id="t-prod") == []


def test_turn_records_estimate_next_to_actual(make_runner: Callable[..., Runner]) -> None:
    runner = make_runner(session_budget_usd=5.0)
    runner.turn(BRIEF)
    row = next(r for r in runner.services.ledger.rows(thread_id="t-prod") if r.node == "generate")
    assert row.estimate_usd is not None and row.cost_usd is not None
    assert row.estimate_usd == pytest.approx(row.cost_usd, rel=0.5)
