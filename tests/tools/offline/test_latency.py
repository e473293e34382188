"""The engine's service latency: its plan, and that the engine waits by it (on a fake clock)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from openai import OpenAI

from tests.tools.offline.conftest import make_client
from tools.offline import OfflineEngine
from tools.offline.latency import IMAGE_S, Latency, StreamPlan, paced, parse_scale


class FakeClock:
    """Time that moves only when the engine sleeps: every wait is the plan's, exactly."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _engine(data_dir: Path, latency: str | float, clock: FakeClock) -> OfflineEngine:
    return OfflineEngine(data_dir, latency=latency, sleep=clock.sleep, clock=clock)


def _collect(events: list[dict[str, Any]], plan: StreamPlan) -> list[tuple[str, float]]:
    clock = FakeClock()

    async def run() -> list[tuple[str, float]]:
        out: list[tuple[str, float]] = []
        stream: AsyncIterator[dict[str, Any]] = paced(
            iter(events), plan, sleep=clock.sleep, clock=clock
        )
        async for event in stream:
            out.append((str(event["type"]), clock.now - 100.0))
        return out

    return asyncio.run(run())


def test_profiles_and_scales_parse() -> None:
    assert parse_scale("none") == 0.0
    assert parse_scale(None) == 0.0
    assert parse_scale("Realistic") == 1.0
    assert parse_scale("0.1") == pytest.approx(0.1)
    for bad in ("fast", "-1", "inf", "nan"):
        with pytest.raises(ValueError):
            parse_scale(bad)


def test_image_schedule_puts_the_first_partial_well_before_the_end() -> None:
    schedule = Latency(1.0).image_schedule("medium", 3)
    assert len(schedule) == 4
    assert schedule[-1] == IMAGE_S["medium"]
    assert schedule == sorted(schedule)
    assert schedule[0] <= 0.4 * schedule[-1]
    assert schedule[2] < schedule[-1]
    # A scale shrinks every offset alike.
    assert Latency(0.1).image_schedule("medium", 3) == pytest.approx([t / 10 for t in schedule])


def test_none_plans_no_wait() -> None:
    latency = Latency.of("none")
    assert not latency.enabled
    assert latency.image_schedule("high", 2) == [0.0, 0.0, 0.0]
    assert latency.answer_s("/moderations", {}, {}) == 0.0
    assert latency.answer_s("/images/generations", {"quality": "high"}, {}) == 0.0


def test_image_api_stream_events_leave_on_the_schedule() -> None:
    events: list[dict[str, Any]] = [
        {"type": "image_generation.partial_image", "partial_image_index": 0, "quality": "low"},
        {"type": "image_generation.partial_image", "partial_image_index": 1, "quality": "low"},
        {"type": "image_generation.completed", "quality": "low"},
    ]
    plan = Latency(1.0).stream_plan({"partial_images": 2, "quality": "low"})
    timed = _collect(events, plan)
    expected = Latency(1.0).image_schedule("low", 2)
    assert [t for _, t in timed] == pytest.approx(expected)
    assert timed[0][1] < timed[-1][1] / 2


def test_responses_stream_waits_for_the_decision_then_the_image() -> None:
    body = {"tools": [{"type": "image_generation", "partial_images": 1, "quality": "high"}]}
    kinds = [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.image_generation_call.partial_image",
        "response.image_generation_call.completed",
        "response.output_item.done",
        "response.output_text.delta",
        "response.completed",
    ]
    events = [{"type": kind, "partial_image_index": 0} for kind in kinds]
    timed = dict(_collect(events, Latency(0.5).stream_plan(body)))
    decision = Latency(0.5).decision_s()
    image = Latency(0.5).image_schedule("high", 1)
    assert timed["response.created"] == 0.0
    assert timed["response.output_item.added"] == pytest.approx(decision)
    assert timed["response.image_generation_call.partial_image"] == pytest.approx(
        decision + image[0]
    )
    assert timed["response.completed"] == pytest.approx(decision + image[-1])


def _stream_image(client: OpenAI) -> list[str]:
    stream = client.images.generate(
        model="gpt-image-2",
        prompt="a lighthouse at dusk",
        size="1024x1024",
        quality="low",
        partial_images=2,
        stream=True,
    )
    return [event.type for event in stream]


def test_engine_streams_partials_at_a_fraction_of_the_call(data_dir: Path) -> None:
    clock = FakeClock()
    client = make_client(_engine(data_dir, "realistic", clock), max_retries=0)
    kinds = _stream_image(client)
    assert kinds[-1] == "image_generation.completed"
    schedule = Latency(1.0).image_schedule("low", 2)
    # The fake clock moves only by the engine's sleeps: first wait = first partial's offset.
    assert clock.sleeps[0] == pytest.approx(schedule[0])
    assert sum(clock.sleeps) == pytest.approx(schedule[-1])
    assert clock.sleeps[0] < sum(clock.sleeps) / 2


def test_engine_paces_json_answers(data_dir: Path) -> None:
    clock = FakeClock()
    client = make_client(_engine(data_dir, 0.1, clock), max_retries=0)
    client.moderations.create(model="omni-moderation-latest", input="a red bicycle")
    assert sum(clock.sleeps) == pytest.approx(0.025)
    client.responses.create(model="gpt-5.4-mini", input="hello")
    assert sum(clock.sleeps) == pytest.approx(0.025 + 0.06)
    client.images.generate(model="gpt-image-2", prompt="a red bicycle", quality="high")
    assert sum(clock.sleeps) == pytest.approx(0.025 + 0.06 + IMAGE_S["high"] / 10)


def test_no_latency_never_sleeps(data_dir: Path) -> None:
    clock = FakeClock()
    client = make_client(_engine(data_dir, "none", clock), max_retries=0)
    _stream_image(client)
    client.moderations.create(model="omni-moderation-latest", input="a red bicycle")
    client.responses.create(model="gpt-5.4-mini", input="hello")
    assert clock.sleeps == []
