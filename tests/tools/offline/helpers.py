"""Image builders and SDK-type validators shared by the offline engine tests."""

from __future__ import annotations

import base64
import io
from typing import Any

import pydantic
from openai.types import ImageEditStreamEvent, ImageGenStreamEvent
from openai.types.responses import ResponseStreamEvent
from PIL import Image

GEN_EVENT: pydantic.TypeAdapter[ImageGenStreamEvent] = pydantic.TypeAdapter(ImageGenStreamEvent)
EDIT_EVENT: pydantic.TypeAdapter[ImageEditStreamEvent] = pydantic.TypeAdapter(ImageEditStreamEvent)
RESPONSE_EVENT: pydantic.TypeAdapter[ResponseStreamEvent] = pydantic.TypeAdapter(
    ResponseStreamEvent
)


def png(size: tuple[int, int], colour: tuple[int, ...], mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def striped_png(size: tuple[int, int]) -> bytes:
    """A picture with detail everywhere, so any changed pixel is noticed."""
    image = Image.new("RGB", size)
    image.putdata(
        [
            ((x * 7) % 256, (y * 5) % 256, (x + y) % 256)
            for y in range(size[1])
            for x in range(size[0])
        ]
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def hole_mask(size: tuple[int, int], box: tuple[int, int, int, int]) -> bytes:
    """RGBA mask, opaque everywhere except a transparent ``box`` (the region to edit)."""
    mask = Image.new("RGBA", size, (0, 0, 0, 255))
    mask.paste((0, 0, 0, 0), box)
    buffer = io.BytesIO()
    mask.save(buffer, "PNG")
    return buffer.getvalue()


def decode_b64(data: str) -> Image.Image:
    image = Image.open(io.BytesIO(base64.b64decode(data)))
    image.load()
    return image


def data_url(data: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def dump(model: Any) -> dict[str, Any]:
    dumped: dict[str, Any] = model.model_dump(by_alias=True, exclude_unset=True)
    return dumped


def sse_events(app: Any, path: str, body: dict[str, Any]) -> list[tuple[dict[str, Any], float]]:
    """POST ``body`` and return each SSE ``data:`` payload with its arrival time (monotonic)."""
    import json
    import time

    import httpx2

    from tools.offline import sync_transport

    events: list[tuple[dict[str, Any], float]] = []
    with (
        httpx2.Client(transport=sync_transport(app), base_url="http://offline.atelier") as http,
        http.stream("POST", path, json=body, headers={"authorization": "Bearer k"}) as reply,
    ):
        assert reply.status_code == 200, reply.read()
        for line in reply.iter_lines():
            if line.startswith("data: "):
                events.append((json.loads(line[6:]), time.monotonic()))
    return events
