"""Budgets: the estimate before every image call and the decision to run, downgrade or refuse.

A session is a thread. Spend comes from the ledger's actual costs, so a budget holds across
processes and resumed turns; the day is the UTC calendar day. A call whose estimate would
take the session or the day over its budget is refused with the numbers, or, when
``budget_downgrade`` is on, sent at the best cheaper quality that fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from core.errors import BudgetExceeded, InputError
from memory.ledger import Ledger
from tools.pricing import PriceTable

QUALITY_ORDER = ("high", "medium", "low")
MAX_BUDGET_USD = 1_000_000.0


@dataclass(frozen=True)
class CallPlan:
    """What an image call will be sent as, what it should cost, and why it changed."""

    quality: str
    estimate_usd: float | None
    note: str = ""


def parse_budget(text: str, *, name: str = "budget") -> float:
    """A budget in USD from user text: a non-negative number below an absurd ceiling."""
    cleaned = text.strip().lstrip("$").strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(
            f"{name} {text!r} is not a number", hint="give USD, e.g. 5 or 0.50"
        ) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise InputError(f"{name} {text!r} is not a finite number")
    if value < 0:
        raise InputError(f"{name} {text!r} is negative", hint="use 0 for no limit")
    if value > MAX_BUDGET_USD:
        raise InputError(
            f"{name} ${value:,.2f} is above the ${MAX_BUDGET_USD:,.0f} ceiling",
            hint="check the number of digits",
        )
    return value


def start_of_day(now: datetime | None = None) -> datetime:
    current = (now or datetime.now(UTC)).astimezone(UTC)
    return current.replace(hour=0, minute=0, second=0, microsecond=0)


def plan_image_call(
    *,
    prices: PriceTable,
    ledger: Ledger,
    thread_id: str,
    model: str,
    quality: str,
    size: str,
    n: int = 1,
    input_images: int = 0,
    session_budget: float = 0.0,
    daily_budget: float = 0.0,
    downgrade: bool = False,
) -> CallPlan:
    """Check an image call against the budgets; 0 means no limit."""

    def estimate(q: str) -> float | None:
        return prices.estimate_image(model, quality=q, size=size, n=n, input_images=input_images)

    first = estimate(quality)
    if first is None or (session_budget <= 0 and daily_budget <= 0):
        return CallPlan(quality, first)
    limits: list[tuple[str, float, float]] = []
    if session_budget > 0:
        limits.append(("session", ledger.spent(thread_id=thread_id), session_budget))
    if daily_budget > 0:
        limits.append(("today", ledger.spent(since=start_of_day()), daily_budget))

    def over(cost: float) -> tuple[str, float, float] | None:
        for label, spent, limit in limits:
            if spent + cost > limit + 1e-9:
                return label, spent, limit
        return None

    breach = over(first)
    if breach is None:
        return CallPlan(quality, first)
    if downgrade and quality in QUALITY_ORDER:
        for cheaper in QUALITY_ORDER[QUALITY_ORDER.index(quality) + 1 :]:
            cost = estimate(cheaper)
            if cost is not None and over(cost) is None:
                return CallPlan(
                    cheaper,
                    cost,
                    note=(
                        f"quality {quality} (~${first:.4f}) would exceed the {breach[0]} budget; "
                        f"sent at {cheaper} (~${cost:.4f})"
                    ),
                )
    label, spent, limit = breach
    raise BudgetExceeded(
        f"this {quality} {size} image would cost ~${first:.4f}; {label} spend is "
        f"${spent:.4f} of a ${limit:.2f} budget",
        hint="raise the budget, allow downgrades (ATELIER_BUDGET_DOWNGRADE=1) or pick a "
        "smaller size or lower quality",
    )
