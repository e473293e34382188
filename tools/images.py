"""Image API calls: generate and edit (masks, several reference images, streaming).

Image bytes are handed to the caller the moment they arrive: a stored response fetched
later carries no image, so nothing here keeps pixels for later. Partial images are paid
for, so they are passed on to ``on_partial`` rather than dropped.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import openai
from openai.types import ImagesResponse

from core.errors import ProviderTransient
from tools.errors import provider_error

# The image model takes at most this many input images in one call, canvas included.
MAX_INPUT_IMAGES = 16

PartialCallback = Callable[[int, bytes], None]


@dataclass(frozen=True)
class Usage:
    text_in: int = 0
    image_in: int = 0
    output: int = 0

    @classmethod
    def from_sdk(cls, usage: Any) -> Usage:
        if usage is None:
            return cls()
        details = getattr(usage, "input_tokens_details", None)
        text_in = getattr(details, "text_tokens", None) if details is not None else None
        image_in = getattr(details, "image_tokens", None) if details is not None else None
        total_in = int(getattr(usage, "input_tokens", 0) or 0)
        return cls(
            text_in=int(text_in) if text_in is not None else total_in,
            image_in=int(image_in or 0),
            output=int(getattr(usage, "output_tokens", 0) or 0),
        )

    @property
    def input_total(self) -> int:
        return self.text_in + self.image_in


@dataclass
class ImageResult:
    images: list[bytes]
    size: str
    quality: str
    output_format: str
    usage: Usage
    request_id: str | None
    latency_ms: float
    partials: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class InputImage:
    """An image handed to the model: a filename, its bytes and MIME type."""

    name: str
    data: bytes
    mime: str = "image/png"

    def data_url(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"

    def as_file(self) -> tuple[str, bytes, str]:
        return (self.name, self.data, self.mime)


def _request_id(headers: Any) -> str | None:
    value = headers.get("x-request-id") if headers is not None else None
    return str(value) if value else None


def _from_response(
    resp: ImagesResponse, request_id: str | None, started: float, size: str, quality: str
) -> ImageResult:
    images = [base64.b64decode(item.b64_json) for item in (resp.data or []) if item.b64_json]
    return ImageResult(
        images=images,
        size=resp.size or size,
        quality=resp.quality or quality,
        output_format=resp.output_format or "png",
        usage=Usage.from_sdk(resp.usage),
        request_id=request_id,
        latency_ms=(time.perf_counter() - started) * 1000,
    )


def _consume_stream(
    stream: Any, started: float, size: str, quality: str, on_partial: PartialCallback | None
) -> ImageResult:
    request_id = _request_id(stream.response.headers)
    images: list[bytes] = []
    partials = 0
    usage = Usage()
    fmt = "png"
    out_size, out_quality = size, quality
    with stream:
        for event in stream:
            kind = event.type
            if kind.endswith(".partial_image"):
                partials += 1
                if on_partial is not None:
                    on_partial(event.partial_image_index, base64.b64decode(event.b64_json))
            elif kind.endswith(".completed"):
                images.append(base64.b64decode(event.b64_json))
                usage = Usage.from_sdk(event.usage)
                fmt = event.output_format
                out_size, out_quality = event.size, event.quality
    if not images:
        # The stream ended cleanly but early: nothing to keep, and worth another attempt.
        raise ProviderTransient(
            "the image stream ended before the image was complete", request_id=request_id
        )
    return ImageResult(
        images=images,
        size=out_size,
        quality=out_quality,
        output_format=fmt,
        usage=usage,
        request_id=request_id,
        latency_ms=(time.perf_counter() - started) * 1000,
        partials=partials,
    )


def generate(
    client: openai.OpenAI,
    *,
    model: str,
    prompt: str,
    size: str,
    quality: str,
    n: int = 1,
    moderation: str = "auto",
    partial_images: int = 0,
    on_partial: PartialCallback | None = None,
) -> ImageResult:
    started = time.perf_counter()
    params: dict[str, Any] = {
        "model": model,
        "prompt": prompt,
        "size": size,
        "quality": quality,
        "n": n,
        "moderation": moderation,
        "output_format": "png",
    }
    return _send(client, "generate", params, started, partial_images, on_partial)


def edit(
    client: openai.OpenAI,
    *,
    model: str,
    prompt: str,
    images: Sequence[InputImage],
    mask: InputImage | None = None,
    size: str,
    quality: str,
    n: int = 1,
    moderation: str = "auto",
    partial_images: int = 0,
    on_partial: PartialCallback | None = None,
) -> ImageResult:
    """Edit the first image (the mask applies to it); the others are references."""
    if not images:
        raise ValueError("an edit needs at least one image")
    if len(images) > MAX_INPUT_IMAGES:
        raise ValueError(f"an edit takes at most {MAX_INPUT_IMAGES} input images")
    started = time.perf_counter()
    files = [img.as_file() for img in images]
    params: dict[str, Any] = {
        "model": model,
        "prompt": prompt,
        "image": files[0] if len(files) == 1 else files,
        "size": size,
        "quality": quality,
        "n": n,
        "output_format": "png",
        # images.edit() has no moderation keyword; the service takes it as a form field.
        "extra_body": {"moderation": moderation},
    }
    if mask is not None:
        params["mask"] = mask.as_file()
    return _send(client, "edit", params, started, partial_images, on_partial)


def _send(
    client: openai.OpenAI,
    method: Literal["generate", "edit"],
    params: dict[str, Any],
    started: float,
    partial_images: int,
    on_partial: PartialCallback | None,
) -> ImageResult:
    """One Image API call, streamed when partial images are wanted; errors as atelier's."""
    size, quality = str(params["size"]), str(params["quality"])
    try:
        if partial_images > 0:
            call = getattr(client.images, method)
            stream = call(**params, stream=True, partial_images=partial_images)
            return _consume_stream(stream, started, size, quality, on_partial)
        raw = getattr(client.images.with_raw_response, method)(**params)
        return _from_response(raw.parse(), _request_id(raw.headers), started, size, quality)
    except openai.APIError as err:
        raise provider_error(err) from err
    except ValueError as err:  # a body that is not the JSON it says it is
        raise ProviderTransient(f"the provider sent a malformed answer: {err}") from err
