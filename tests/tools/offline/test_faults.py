"""The engine's fault injection: each kind does what a failing service does, once per ``times``."""

from __future__ import annotations

from typing import Any, cast

import openai
import pytest
from openai import OpenAI

from tools.offline import OfflineEngine

PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
    b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
    b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _stream(client: OpenAI) -> list[str]:
    stream = client.images.generate(
        model="gpt-image-2", prompt="a kite", quality="low", partial_images=3, stream=True
    )
    return [event.type for event in stream]


def test_a_cut_stream_drops_after_n_events_then_heals(
    engine: OfflineEngine, client: OpenAI
) -> None:
    engine.inject_fault("/images/generations", cut_after=2)
    seen: list[str] = []
    with pytest.raises(openai.APIConnectionError):
        for event in client.images.generate(
            model="gpt-image-2", prompt="a kite", quality="low", partial_images=3, stream=True
        ):
            seen.append(event.type)
    assert seen == ["image_generation.partial_image"] * 2
    assert _stream(client)[-1] == "image_generation.completed"


def test_a_cut_json_answer_is_a_connection_error(engine: OfflineEngine, client: OpenAI) -> None:
    engine.inject_fault("/moderations", cut_after=0)
    with pytest.raises(openai.APIConnectionError):
        client.moderations.create(input="hello")


def test_malformed_json_reaches_the_client(engine: OfflineEngine, client: OpenAI) -> None:
    engine.inject_fault("/responses", raw=b'{"id": "resp_1", "output": [')
    with pytest.raises(ValueError):
        client.responses.with_raw_response.create(model="m", input="hi").parse()


def test_a_slow_answer_times_out(engine: OfflineEngine, client: OpenAI) -> None:
    engine.inject_fault("/moderations", delay_s=5.0)
    with pytest.raises(openai.APITimeoutError):
        client.with_options(timeout=0.3).moderations.create(input="hello")


def test_expired_files_are_gone_for_the_next_call(engine: OfflineEngine, client: OpenAI) -> None:
    uploaded = client.files.create(file=("a.png", PNG_1PX, "image/png"), purpose="vision")
    engine.inject_fault("/responses", expire_files=True)
    content: list[dict[str, Any]] = [
        {"type": "input_text", "text": "edit"},
        {"type": "input_image", "file_id": uploaded.id},
    ]
    with pytest.raises(openai.NotFoundError) as info:
        client.responses.create(
            model="m",
            input=cast(Any, [{"role": "user", "content": content}]),
            tools=[{"type": "image_generation"}],
            tool_choice={"type": "image_generation"},
        )
    assert uploaded.id in info.value.message
    with pytest.raises(openai.NotFoundError):
        client.files.retrieve(uploaded.id)


def test_a_fault_must_say_what_fails(engine: OfflineEngine) -> None:
    with pytest.raises(ValueError):
        engine.inject_fault("/responses")
    with pytest.raises(ValueError):
        engine.inject_fault("/responses", status=500, cut_after=1)
