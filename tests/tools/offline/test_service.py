"""Files, auth, Azure URL shapes, injected faults with SDK retries, and the TCP server."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx2
import openai
import pytest
from openai import AzureOpenAI, DefaultHttpx2Client, OpenAI
from openai.types import FileObject, ImagesResponse

from tools.offline import OfflineEngine, make_server, sync_transport

from .conftest import make_client
from .helpers import png


def test_files_create_get_delete(client: OpenAI) -> None:
    created = client.files.create(
        file=("ref.png", png((8, 8), (1, 2, 3)), "image/png"), purpose="vision"
    )
    FileObject.model_validate(created.model_dump(by_alias=True))
    assert created.id.startswith("file-") and created.filename == "ref.png"
    assert client.files.retrieve(created.id).bytes == created.bytes
    assert client.files.delete(created.id).deleted
    with pytest.raises(openai.NotFoundError):
        client.files.retrieve(created.id)
    with pytest.raises(openai.BadRequestError) as caught:
        client.files.create(file=("x.png", b"x"), purpose="nonsense")  # type: ignore[arg-type]
    assert caught.value.param == "purpose"


def test_missing_auth_is_401(engine: OfflineEngine) -> None:
    with httpx2.Client(transport=sync_transport(engine.asgi_app)) as http:
        reply = http.post("http://offline/v1/moderations", json={"input": "x"})
    assert reply.status_code == 401
    assert set(reply.json()["error"]) >= {"message", "type", "param", "code"}


def test_azure_shapes(engine: OfflineEngine) -> None:
    http = DefaultHttpx2Client(transport=sync_transport(engine.asgi_app))
    azure = AzureOpenAI(
        azure_endpoint="https://res.openai.azure.com",
        api_version="2025-04-01-preview",
        api_key="az-key",
        http_client=http,
        max_retries=0,
    )
    image = azure.images.generate(model="my-gpt-image-2", prompt="x", quality="low")
    assert image.data
    assert azure.responses.create(model="dep", input="hi").output_text
    assert azure.moderations.create(input="hi").results
    uploaded = azure.files.create(file=("a.png", png((4, 4), (0, 0, 0))), purpose="vision")
    assert azure.files.retrieve(uploaded.id).id == uploaded.id
    with pytest.raises(openai.BadRequestError) as caught:
        azure.images.generate(model="my-gpt-image-2", prompt="x", size="1000x1000")
    assert caught.value.param == "size"
    deployed = AzureOpenAI(
        azure_endpoint="https://res.openai.azure.com",
        api_version="2025",
        azure_deployment="dep1",
        azure_ad_token_provider=lambda: "token",
        http_client=http,
        max_retries=0,
    )
    edited = deployed.images.edit(
        model="gpt-image-2", prompt="x", image=("a.png", png((64, 64), (9, 9, 9)), "image/png")
    )
    assert edited.size == "64x64"
    v1 = OpenAI(
        base_url="https://res.openai.azure.com/openai/v1/",
        api_key="az-key",
        http_client=http,
        max_retries=0,
    )
    assert v1.images.generate(model="gpt-image-2", prompt="x", quality="low").data


def test_injected_429_is_retried_after_retry_after(engine: OfflineEngine) -> None:
    client = make_client(engine, max_retries=2)
    engine.inject_fault("/images/generations", status=429, headers={"retry-after": "0.05"}, times=2)
    result = client.images.generate(model="gpt-image-2", prompt="x", quality="low")
    assert result.data


def test_injected_errors_surface(engine: OfflineEngine) -> None:
    client = make_client(engine, max_retries=0)
    engine.inject_fault("/responses", status=500)
    with pytest.raises(openai.InternalServerError):
        client.responses.create(model="gpt-5.5", input="x")
    body = {
        "error": {
            "message": "Your request was rejected by the safety system.",
            "type": "image_generation_user_error",
            "param": None,
            "code": "moderation_blocked",
            "moderation_details": {"moderation_stage": "output", "categories": ["sexual"]},
        }
    }
    engine.inject_fault("/images/generations", status=400, body=body)
    with pytest.raises(openai.BadRequestError) as caught:
        client.images.generate(model="gpt-image-2", prompt="x")
    assert caught.value.code == "moderation_blocked"
    assert client.images.generate(model="gpt-image-2", prompt="x", quality="low").data


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_serve_over_loopback(data_dir: Path) -> None:
    port = _free_port()
    server = make_server(data_dir, "127.0.0.1", port)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        assert server.started
        url = f"http://127.0.0.1:{port}/v1"
        with OpenAI(api_key="k", base_url=url, max_retries=0) as client:
            result = client.images.generate(model="gpt-image-2", prompt="x", quality="low")
            ImagesResponse.model_validate(result.model_dump(by_alias=True))
            stream = client.responses.create(model="m", input="hi", stream=True)
            events = [event.type for event in stream]
        assert events[-1] == "response.completed"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_every_answer_carries_a_request_id(client: OpenAI) -> None:
    raw = client.moderations.with_raw_response.create(input="hello")
    first = raw.headers.get("x-request-id")
    assert first and first.startswith("req_")
    again = client.moderations.with_raw_response.create(input="hello")
    assert again.headers.get("x-request-id") != first
