"""Warm-up: the one-time loads a process's first turn would otherwise wait for, done ahead.

This module owns the list of those loads and the daemon thread that runs them while the user
types a first brief: the policy, the offline engine's classifiers (the profanity model and the
nudity detector, offline only), the brand index with its embedder, the SDK's lazily built
response types, and the graph. They are why a process's first turn is slower than its
second (``bench/startup.py`` measures both, with and without warm-up).

Every step goes through the same loader a turn uses, and each of those is safe to call from
two threads at once (see the notes on each step), so a turn that starts before warm-up ends
waits for a load or repeats it, and never sees half of one. A step that fails is logged
(``logging``, INFO, with its traceback) and the next one runs: warm-up never prints and never
raises; if the failure is real, the turn meets it and reports it the usual way.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent.context import Services
    from agent.runner import Runner

log = logging.getLogger(__name__)

# The shape of a decision's response: parsing it builds the pydantic models a real one needs.
_SAMPLE_RESPONSE: dict[str, Any] = {
    "id": "resp_warmup",
    "object": "response",
    "created_at": 0,
    "status": "completed",
    "model": "warm-up",
    "output": [
        {
            "id": "fc_warmup",
            "type": "function_call",
            "status": "completed",
            "call_id": "call_warmup",
            "name": "reply",
            "arguments": "{}",
        },
        {
            "id": "msg_warmup",
            "type": "message",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "", "annotations": []}],
        },
    ],
    "parallel_tool_calls": False,
    "tool_choice": "required",
    "tools": [{"type": "function", "name": "reply", "strict": True, "parameters": {}}],
    "text": {"format": {"type": "text"}},
    "usage": {
        "input_tokens": 0,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": 0,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 0,
    },
}


@dataclass
class WarmUpReport:
    """How long each step took, and why the ones that failed did."""

    timings_ms: dict[str, float] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def total_ms(self) -> float:
        return sum(self.timings_ms.values())


def _policy(services: Services) -> None:
    # load_policy is an lru_cache over a pure function: a concurrent miss reads the YAML twice.
    from tools.policy import load_policy

    load_policy(services.settings.home)


def _profanity(services: Services) -> None:
    # The offline engine's text classifier. tools.classifiers loads each model once per
    # process under a lock: a turn asking meanwhile waits for this load and shares it.
    from tools import classifiers

    classifiers.profanity_available()


def _detector(services: Services) -> None:
    # The offline engine's image classifier (an ONNX session), loaded like the one above.
    from tools import classifiers

    classifiers.nudity_available()


def _brand(services: Services) -> None:
    # Opens Chroma (Services.brand is locked, so a turn asking meanwhile gets the same index),
    # then the index loads its local embedding model; a remote embedder is never called.
    services.brand.warm()


def _sdk(services: Services) -> None:
    # The SDK imports each API's module on first use, and pydantic completes the response
    # models on the first parse (a lock serialises those rebuilds across threads).
    from openai.types.responses import Response

    client = services.client
    for name in ("responses", "moderations", "images", "files"):
        getattr(client, name)
    Response.construct(**_SAMPLE_RESPONSE)


def _graph(services: Services) -> None:
    # A Runner compiles its graph when it is made; this pays the graph's imports and first
    # compile for callers that warm up before making one (the chat's runner already has it).
    from agent.graph import build_graph

    build_graph()


def steps(services: Services) -> list[tuple[str, Callable[[Services], None]]]:
    """The warm-up steps for these services, in the order a first turn needs them."""
    chosen: list[tuple[str, Callable[[Services], None]]] = [("policy", _policy)]
    if services.provider == "offline":
        chosen += [("profanity", _profanity), ("detector", _detector)]
    chosen += [("brand", _brand), ("sdk", _sdk), ("graph", _graph)]
    return chosen


def warm_up(services: Services) -> WarmUpReport:
    """Run every step here and now; a failing step is logged and skipped, never raised."""
    report = WarmUpReport()
    for name, step in steps(services):
        started = time.perf_counter()
        try:
            step(services)
        except Exception as err:
            report.errors[name] = f"{type(err).__name__}: {err}"
            log.info("warm-up step %s failed", name, exc_info=True)
        report.timings_ms[name] = round((time.perf_counter() - started) * 1000, 1)
    log.info("warm-up done in %.0f ms: %s", report.total_ms, report.timings_ms)
    return report


def _daemon(target: Callable[[], None], name: str) -> None:
    # A daemon thread: quitting before warm-up ends must not wait for it.
    threading.Thread(target=target, name=name, daemon=True).start()


def start(services: Services) -> Future[WarmUpReport]:
    """Run :func:`warm_up` on a daemon thread; the future holds its report."""
    done: Future[WarmUpReport] = Future()

    def run() -> None:
        try:
            done.set_result(warm_up(services))
        except BaseException as err:  # warm_up does not raise; this keeps the future honest
            log.info("warm-up stopped", exc_info=True)
            done.set_exception(err)

    _daemon(run, "atelier-warm-up")
    return done


def prepare(make_runner: Callable[[], Runner]) -> tuple[Future[Runner], Future[WarmUpReport]]:
    """Build a runner on a daemon thread, then warm its services up on the same thread.

    The first future holds the runner (or the error building it raised) as soon as it
    exists, so a turn can start while warm-up goes on; ``make_runner`` should import the
    runner itself, so that the caller's thread never pays for the import.
    """
    runner: Future[Runner] = Future()
    report: Future[WarmUpReport] = Future()

    def run() -> None:
        try:
            built = make_runner()
        except BaseException as err:
            runner.set_exception(err)
            report.set_exception(err)
            return
        runner.set_result(built)
        try:
            report.set_result(warm_up(built.services))
        except BaseException as err:
            log.info("warm-up stopped", exc_info=True)
            report.set_exception(err)

    _daemon(run, "atelier-prepare")
    return runner, report
