"""The single retry policy: what is retried, how long it waits, and what the ledger shows."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import openai
import pytest

from agent.context import Services
from agent.runner import Runner
from core.errors import ModerationBlocked, ProviderError
from tests.helpers import engine_of
from tools.client import make_client
from tools.errors import provider_error
from tools.retry import RetryPolicy, call_with_retries, is_retryable, retry_after

pytestmark = pytest.mark.production

BRIEF = "Make a square post for the spring sale"


def _error_from(engine: Any, client: openai.OpenAI, status: int, **kw: Any) -> ProviderError:
    engine.inject_fault("/images/generations", status=status, **kw)
    try:
        try:
            client.images.generate(model="gpt-image-2", prompt="x", size="1024x1024")
        except openai.APIError as err:
            raise provider_error(err) from err  # as tools/images.py does
    except ProviderError as wrapped:
        return wrapped
    raise AssertionError("the fault was not served")


@pytest.fixture
def raw(services: Services) -> tuple[openai.OpenAI, Any]:
    # The client make_client builds, on an engine this test can make fail.
    assert make_client(services.settings).client.max_retries == 0
    return services.client, engine_of(services)


def test_sdk_retries_are_off(raw: tuple[openai.OpenAI, Any]) -> None:
    client, _ = raw
    assert client.max_retries == 0


@pytest.mark.parametrize(
    ("status", "headers", "retryable"),
    [
        (429, {}, True),
        (500, {}, True),
        (503, {"x-should-retry": "false"}, False),
        (408, {}, True),
        (404, {}, False),
        (400, {"x-should-retry": "true"}, False),
    ],
)
def test_which_statuses_are_retried(
    raw: tuple[openai.OpenAI, Any], status: int, headers: dict[str, str], retryable: bool
) -> None:
    client, engine = raw
    err = _error_from(engine, client, status, headers=headers)
    assert is_retryable(err) is retryable


def test_moderation_block_is_never_retried(raw: tuple[openai.OpenAI, Any]) -> None:
    client, engine = raw
    body = {"error": {"message": "rejected", "type": "x", "code": "moderation_blocked"}}
    err = _error_from(engine, client, 400, body=body, headers={"x-should-retry": "true"})
    assert isinstance(err, ModerationBlocked)
    assert not is_retryable(err)


def test_retry_after_headers(raw: tuple[openai.OpenAI, Any]) -> None:
    client, engine = raw
    assert retry_after(_error_from(engine, client, 429, headers={"retry-after-ms": "250"})) == 0.25
    assert retry_after(_error_from(engine, client, 429, headers={"retry-after": "2"})) == 2.0
    assert retry_after(_error_from(engine, client, 429)) is None
    date = "Wed, 21 Oct 2015 07:28:00 GMT"  # in the past: no wait
    assert retry_after(_error_from(engine, client, 429, headers={"retry-after": date})) == 0.0


def _policy(sleeps: list[float], **kw: Any) -> RetryPolicy:
    # A fake clock that advances by each sleep, so the total-time cap is tested exactly.
    now = [0.0]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    return RetryPolicy(sleep=sleep, clock=lambda: now[0], rng=random.Random(1), **kw)


def test_backoff_has_jitter_and_a_cap() -> None:
    policy = RetryPolicy(base_s=1.0, max_delay_s=4.0, rng=random.Random(3))
    delays = [policy.backoff(i) for i in range(6)]
    assert all(0.75 * min(2**i, 4) <= d <= min(2**i, 4) for i, d in enumerate(delays))
    assert max(delays) <= 4.0
    assert len({round(d, 6) for d in delays[3:]}) > 1  # jitter: capped delays differ


def test_retry_after_is_honoured_and_attempts_capped(raw: tuple[openai.OpenAI, Any]) -> None:
    client, engine = raw
    sleeps: list[float] = []
    calls: list[int] = []

    def fn() -> str:
        calls.append(1)
        raise _error_from(engine, client, 429, headers={"retry-after-ms": "40"})

    with pytest.raises(ProviderError):
        call_with_retries(_policy(sleeps, max_attempts=3), fn)
    assert len(calls) == 3 and sleeps == [0.04, 0.04]


def test_long_retry_after_and_total_time_stop_retrying(raw: tuple[openai.OpenAI, Any]) -> None:
    client, engine = raw
    sleeps: list[float] = []

    def too_long() -> str:
        raise _error_from(engine, client, 429, headers={"retry-after": "300"})

    with pytest.raises(ProviderError):
        call_with_retries(_policy(sleeps, max_attempts=5), too_long)
    assert sleeps == []

    def slow() -> str:
        raise _error_from(engine, client, 429, headers={"retry-after": "5"})

    with pytest.raises(ProviderError):
        call_with_retries(_policy(sleeps, max_attempts=5, total_s=12.0), slow)
    assert sleeps == [5.0, 5.0]  # a third wait would pass 12 s


def test_turn_with_429s_logs_each_attempt_and_stores_one_image(
    make_runner: Callable[..., Runner], engine: Any
) -> None:
    runner = make_runner()
    engine.inject_fault("/images/generations", status=429, headers={"retry-after-ms": "5"}, times=2)
    result = runner.turn(BRIEF)
    assert result.status == "done" and len(result.state.images) == 1
    rows = [r for r in runner.services.ledger.rows(thread_id="t-prod") if r.node == "generate"]
    assert [(r.outcome, r.attempt) for r in rows] == [
        ("retried", 1),
        ("retried", 2),
        ("generated", 3),
    ]
    assert rows[0].error is not None and "rate limited" in rows[0].error
    assert rows[-1].assets == [result.state.images[0].asset.sha256]
    stored = runner.services.assets.list(thread_id="t-prod")
    assert len(stored) == 1


def test_exhausted_retries_end_as_one_failed_row(
    make_runner: Callable[..., Runner], engine: Any
) -> None:
    runner = make_runner(max_retries=1)
    engine.inject_fault("/images/generations", status=500, times=5)
    with pytest.raises(ProviderError):
        runner.turn(BRIEF)
    rows = [r for r in runner.services.ledger.rows(thread_id="t-prod") if r.node == "generate"]
    assert [(r.outcome, r.attempt) for r in rows] == [("retried", 1), ("failed", 2)]
    assert runner.services.assets.list(thread_id="t-prod") == []


def test_bad_request_is_not_retried(make_runner: Callable[..., Runner], engine: Any) -> None:
    runner = make_runner()
    engine.inject_fault("/images/generations", status=400, times=3)
    with pytest.raises(ProviderError):
        runner.turn(BRIEF)
    rows = [r for r in runner.services.ledger.rows(thread_id="t-prod") if r.node == "generate"]
    assert [(r.outcome, r.attempt) for r in rows] == [("failed", 1)]


def test_decision_calls_are_retried_too(make_runner: Callable[..., Runner], engine: Any) -> None:
    runner = make_runner()
    engine.inject_fault("/responses", status=503, times=1)
    result = runner.turn(BRIEF)
    assert result.status == "done"
    rows = [r for r in runner.services.ledger.rows(thread_id="t-prod") if r.node == "decide"]
    assert [(r.outcome, r.attempt) for r in rows] == [("retried", 1), ("decided", 2)]
