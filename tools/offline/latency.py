"""Service latency for the offline engine: when each answer, and each streamed event, leaves.

Off by default ("none"): the engine answers as fast as it draws, which keeps tests quick.
"realistic" paces answers like the hosted service: a decision or message from
``/responses`` after a few hundred ms, a moderation after a quarter of a second, an image
after seconds with its partial images spread over that time (the first well before the
end, as gpt-image-2 streams ``partial_images``). A float is a scale on the realistic
profile: ``0.1`` is ten times faster than the real service, for benches that want the
shape of real latency without the wait.

The figures are approximations of what the hosted models take, not measurements; what
matters to atelier is their order of magnitude and the share of an image call that
passes before the first partial.

Pacing only waits: it never reorders or changes events. Its waits are ``await``ed on the
engine's event loop, with the clock and the sleep injectable so tests can check the plan
without timing anything. Time the engine spends drawing counts towards the planned
offsets: an event is held only until its planned offset from the start of the call.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]

# Seconds at scale 1 ("realistic").
DECISION_S = 0.6
MODERATION_S = 0.25
FILE_S = 0.15
IMAGE_S = {"low": 8.0, "medium": 20.0, "high": 45.0}
# Share of an image call that passes before its first partial, and before its last one.
FIRST_PARTIAL = 0.35
LAST_PARTIAL = 0.8

PROFILES = {"none": 0.0, "realistic": 1.0}


def parse_scale(spec: str | float | None) -> float:
    """0.0 for "none" (or None), 1.0 for "realistic", a float scale otherwise."""
    if spec is None:
        return 0.0
    if isinstance(spec, (int, float)):
        value = float(spec)
    else:
        text = spec.strip().lower()
        if text in PROFILES:
            return PROFILES[text]
        try:
            value = float(text)
        except ValueError:
            raise ValueError(
                f"unknown latency {spec!r}: use none, realistic or a scale such as 0.1"
            ) from None
    if not value >= 0.0 or value == float("inf"):
        raise ValueError(f"latency scale must be a finite number >= 0, not {spec!r}")
    return value


def _quality(value: Any) -> str:
    return value if value in IMAGE_S else "medium"


@dataclass(frozen=True)
class Latency:
    """How long the service takes, scaled; ``scale`` 0 adds nothing."""

    scale: float = 0.0

    @classmethod
    def of(cls, spec: str | float | Latency | None) -> Latency:
        return spec if isinstance(spec, Latency) else cls(parse_scale(spec))

    @property
    def enabled(self) -> bool:
        return self.scale > 0.0

    def image_s(self, quality: Any) -> float:
        return IMAGE_S[_quality(quality)] * self.scale

    def image_schedule(self, quality: Any, partials: int) -> list[float]:
        """Offsets from the start of drawing: one per partial image, then the final image."""
        total = self.image_s(quality)
        if partials <= 0:
            return [total]
        if partials == 1:
            shares = [FIRST_PARTIAL]
        else:
            step = (LAST_PARTIAL - FIRST_PARTIAL) / (partials - 1)
            shares = [FIRST_PARTIAL + step * i for i in range(partials)]
        return [total * share for share in shares] + [total]

    def decision_s(self) -> float:
        return DECISION_S * self.scale

    def answer_s(self, path: str, body: dict[str, Any], answer: dict[str, Any]) -> float:
        """The whole time of a JSON (non-streamed) answer to ``path``."""
        if path in ("/images/generations", "/images/edits"):
            return self.image_s(answer.get("quality", body.get("quality")))
        if path == "/responses":
            seconds = self.decision_s()
            for item in answer.get("output", []):
                if item.get("type") == "image_generation_call" and item.get("result"):
                    seconds += self.image_s(item.get("quality"))
            return seconds
        if path == "/moderations":
            return MODERATION_S * self.scale
        if path.startswith("/files"):
            return FILE_S * self.scale
        return 0.0

    def stream_plan(self, body: dict[str, Any]) -> StreamPlan:
        return StreamPlan(self, body)


class StreamPlan:
    """The planned offset (seconds from the start of the call) of each streamed event.

    Image events are placed on ``image_schedule`` after the decision time (zero for the
    Image API, whose stream is the image); other events leave at the latest offset so far,
    so text deltas and closing events follow the event they come after.
    """

    def __init__(self, latency: Latency, body: dict[str, Any]) -> None:
        self.latency = latency
        self.body = body
        self.floor = 0.0
        self.image_start: float | None = None

    def _partials_and_quality(self, event: dict[str, Any]) -> tuple[int, Any]:
        if str(event.get("type", "")).startswith("response."):
            for tool in self.body.get("tools") or []:
                if isinstance(tool, dict) and tool.get("type") == "image_generation":
                    return int(tool.get("partial_images", 0) or 0), tool.get("quality")
            return 0, event.get("quality")
        return int(self.body.get("partial_images", 0) or 0), self.body.get("quality")

    def offset(self, event: dict[str, Any]) -> float:
        kind = str(event.get("type", ""))
        if kind.startswith("response.") and kind not in (
            "response.created",
            "response.in_progress",
        ):
            # The first output of a Responses call waits for the model's decision.
            self.floor = max(self.floor, self.latency.decision_s())
        if kind.endswith(".partial_image") or kind in (
            "image_generation.completed",
            "image_edit.completed",
            "response.image_generation_call.completed",
        ):
            if self.image_start is None:
                self.image_start = self.floor
            partials, quality = self._partials_and_quality(event)
            quality = event.get("quality", quality)
            schedule = self.latency.image_schedule(quality, partials)
            if kind.endswith(".partial_image"):
                index = min(int(event.get("partial_image_index", 0)), len(schedule) - 1)
                at = schedule[index]
            else:
                at = schedule[-1]
            self.floor = max(self.floor, self.image_start + at)
        return self.floor


def _next(events: Iterator[dict[str, Any]]) -> dict[str, Any] | None:
    return next(events, None)


async def paced(
    events: Iterator[dict[str, Any]],
    plan: StreamPlan,
    *,
    sleep: Sleep = asyncio.sleep,
    clock: Clock = time.monotonic,
    started: float | None = None,
) -> AsyncIterator[dict[str, Any]]:
    """``events`` (drawn off the loop), each held until its planned offset from ``started``."""
    start = clock() if started is None else started
    while True:
        # Producing an event may draw a picture: a worker thread, not the event loop.
        event = await run_in_threadpool(_next, events)
        if event is None:
            return
        wait = plan.offset(event) - (clock() - start)
        if wait > 0:
            await sleep(wait)
        yield event


async def wait_answer(
    seconds: float, started: float, *, sleep: Sleep = asyncio.sleep, clock: Clock = time.monotonic
) -> None:
    """Hold a JSON answer until ``seconds`` after ``started``."""
    wait = seconds - (clock() - started)
    if wait > 0:
        await sleep(wait)
