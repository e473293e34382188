"""The one retry policy for model calls: which errors are retried, how long to wait, when to stop.

The SDK's own retries are switched off (``tools/client.py`` builds clients with
``max_retries=0``) so that every attempt passes through here and can be logged as its own
ledger row. The rules follow the SDK's measured behaviour: connection errors (a stream
cut part-way among them), timeouts, 408, 409, 429 and 5xx are retried, and so is what
atelier finds transient itself (``ProviderTransient``: a malformed or unfinished answer);
``x-should-retry`` overrides; a moderation block or a 400 is never retried;
``retry-after-ms`` then ``retry-after`` (seconds or HTTP date) set the delay when present
and at most 120 s, otherwise exponential backoff with jitter. Attempts and total time are
both capped.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import openai

from core.errors import ModerationBlocked, ProviderError, ProviderTransient

T = TypeVar("T")

MAX_RETRY_AFTER_S = 120.0
RETRIED_STATUSES = frozenset({408, 409, 429})


@dataclass
class RetryPolicy:
    """``max_attempts`` counts the first call; ``total_s`` bounds the time spent waiting."""

    max_attempts: int = 3
    base_s: float = 0.5
    max_delay_s: float = 8.0
    total_s: float = 120.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    rng: random.Random = field(default_factory=random.Random)

    def backoff(self, retry_index: int) -> float:
        # Up to 25% jitter downwards, as the SDK does, so parallel callers spread out.
        delay = min(self.base_s * (2.0**retry_index), self.max_delay_s)
        return float(delay * (1 - 0.25 * self.rng.random()))


def _sdk_error(err: BaseException) -> openai.APIError | None:
    cause = err.__cause__ if isinstance(err, ProviderError) else err
    return cause if isinstance(cause, openai.APIError) else None


def _headers(err: openai.APIError) -> dict[str, str]:
    response = getattr(err, "response", None)
    if response is None:
        return {}
    return {k.lower(): v for k, v in response.headers.items()}


def retry_after(err: BaseException) -> float | None:
    """Seconds the provider asked us to wait, or None when it did not say (or said nonsense)."""
    sdk = _sdk_error(err)
    if sdk is None:
        return None
    headers = _headers(sdk)
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(0.0, float(raw_ms) / 1000)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    parsed = email.utils.parsedate_to_datetime(raw) if raw.strip() else None
    if parsed is None:
        return None
    return max(0.0, parsed.timestamp() - time.time())


def is_retryable(err: BaseException) -> bool:
    """True for transient failures; a moderation block or a 400 is never retried."""
    if isinstance(err, ModerationBlocked):
        return False
    if isinstance(err, ProviderTransient):
        return True
    sdk = _sdk_error(err)
    if sdk is None:
        return False
    if isinstance(sdk, openai.APIConnectionError):
        return True
    status = getattr(sdk, "status_code", None)
    if status is None or status == 400:
        return False
    should = _headers(sdk).get("x-should-retry")
    if should == "false":
        return False
    if should == "true":
        return True
    return status in RETRIED_STATUSES or status >= 500


RetryHook = Callable[[int, ProviderError, float], None]


def call_with_retries(
    policy: RetryPolicy, fn: Callable[[], T], *, on_retry: RetryHook | None = None
) -> tuple[T, int]:
    """Run ``fn`` under ``policy``; returns its result and the attempt number that succeeded.

    ``on_retry(attempt, error, delay)`` is called for each failed attempt that will be tried
    again, before the wait. The last failure is re-raised unchanged.
    """
    started = policy.clock()
    attempt = 1
    while True:
        try:
            return fn(), attempt
        except ProviderError as err:
            if attempt >= policy.max_attempts or not is_retryable(err):
                raise
            asked = retry_after(err)
            if asked is not None and asked > MAX_RETRY_AFTER_S:
                raise
            delay = asked if asked is not None else policy.backoff(attempt - 1)
            if policy.clock() - started + delay > policy.total_s:
                raise
            if on_retry is not None:
                on_retry(attempt, err, delay)
            policy.sleep(delay)
            attempt += 1
