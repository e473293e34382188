"""Image API: sizes, answers, edits with masks, JSON edits, streaming and moderation."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path
from typing import Any

import openai
import pytest
from openai import OpenAI
from openai.types import ImagesResponse
from PIL import Image, ImageChops, ImageDraw

from tools.offline import OfflineEngine, render

from .conftest import make_client
from .helpers import (
    EDIT_EVENT,
    GEN_EVENT,
    decode_b64,
    hole_mask,
    png,
    sse_events,
    striped_png,
)


def test_generate_default_answer_validates(client: OpenAI) -> None:
    result = client.images.generate(model="gpt-image-2", prompt='A teal poster "Summer Sale"')
    checked = ImagesResponse.model_validate(result.model_dump(by_alias=True))
    assert checked.size == "1024x1024"
    assert checked.quality == "medium"  # "auto" resolved: ImagesResponse rejects it
    assert checked.background == "opaque"
    assert checked.output_format == "png"
    assert checked.data and checked.data[0].b64_json
    image = decode_b64(checked.data[0].b64_json)
    assert image.size == (1024, 1024)
    assert checked.usage is not None and checked.usage.output_tokens == 1056


@pytest.mark.parametrize(
    ("size", "quality", "tokens"),
    [
        ("1024x1024", "low", 272),
        ("1024x1024", "high", 4160),
        ("1536x864", "medium", 1337),
        ("864x1536", "low", 345),
        ("2048x1152", "low", 612),
        ("auto", "medium", 1056),
    ],
)
def test_generate_sizes_ok(client: OpenAI, size: str, quality: Any, tokens: int) -> None:
    result = client.images.generate(
        model="gpt-image-2", prompt="a red fox", size=size, quality=quality
    )
    assert result.data and result.data[0].b64_json
    expected = "1024x1024" if size == "auto" else size
    assert result.size == expected
    assert decode_b64(result.data[0].b64_json).size == tuple(int(v) for v in expected.split("x"))
    assert result.usage is not None and result.usage.output_tokens == tokens


@pytest.mark.parametrize(
    ("size", "words"),
    [
        ("1000x1000", "multiples of 16"),
        ("0x0", "positive"),
        ("99999x16", "multiples of 16"),
        ("4096x2304", "longest edge"),
        ("16x4096", "aspect ratio"),
        ("1024x3584", "aspect ratio"),
        ("512x1600", "aspect ratio"),
        ("512x512", "total pixels"),
        ("big", "WIDTHxHEIGHT"),
    ],
)
def test_generate_bad_sizes(client: OpenAI, size: str, words: str) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.images.generate(model="gpt-image-2", prompt="x", size=size)
    assert caught.value.param == "size"
    assert caught.value.code == "invalid_value"
    assert words in caught.value.message


def test_aspect_rule_is_checked(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.images.generate(model="gpt-image-2", prompt="x", size="2880x928")
    assert "aspect ratio" in caught.value.message


def test_pixel_budget_can_be_switched_off(data_dir: Any) -> None:
    client = make_client(OfflineEngine(data_dir, enforce_pixel_budget=False), max_retries=0)
    result = client.images.generate(model="gpt-image-2", prompt="x", size="512x512")
    assert result.size == "512x512"


@pytest.mark.parametrize(
    ("kwargs", "param", "code"),
    [
        ({"model": "dall-e-3"}, "model", "invalid_value"),
        ({"quality": "ultra"}, "quality", "invalid_value"),
        ({"n": 11}, "n", "invalid_value"),
        ({"partial_images": 4}, "partial_images", "invalid_value"),
        ({"output_format": "gif"}, "output_format", "invalid_value"),
        ({"extra_body": {"colour": "red"}}, "colour", "unknown_parameter"),
        ({"prompt": "x" * 32001}, "prompt", "invalid_value"),
    ],
)
def test_generate_bad_params(client: OpenAI, kwargs: dict[str, Any], param: str, code: str) -> None:
    args: dict[str, Any] = {"model": "gpt-image-2", "prompt": "x", **kwargs}
    with pytest.raises(openai.BadRequestError) as caught:
        client.images.generate(**args)
    assert caught.value.param == param
    assert caught.value.code == code
    if code == "unknown_parameter":
        assert caught.value.message == "Error code: 400 - Unknown parameter: 'colour'."


def test_generate_is_deterministic_and_n_varies(client: OpenAI) -> None:
    first = client.images.generate(
        model="gpt-image-2", prompt="gold banner", n=2, size="1536x864", quality="low"
    )
    second = client.images.generate(
        model="gpt-image-2", prompt="gold banner", n=2, size="1536x864", quality="low"
    )
    assert first.data and second.data
    assert [d.b64_json for d in first.data] == [d.b64_json for d in second.data]
    assert first.data[0].b64_json != first.data[1].b64_json
    assert first.usage is not None and first.usage.output_tokens == 2 * 345


def test_generate_jpeg_and_transparent(client: OpenAI) -> None:
    jpeg = client.images.generate(
        model="gpt-image-2", prompt="x", output_format="jpeg", output_compression=60
    )
    assert jpeg.data and jpeg.data[0].b64_json
    assert base64.b64decode(jpeg.data[0].b64_json)[:2] == b"\xff\xd8"
    clear = client.images.generate(model="gpt-image-2", prompt="x", background="transparent")
    assert clear.background == "transparent"
    assert clear.data and clear.data[0].b64_json
    assert decode_b64(clear.data[0].b64_json).mode == "RGBA"
    with pytest.raises(openai.BadRequestError) as caught:
        client.images.generate(
            model="gpt-image-2", prompt="x", background="transparent", output_format="jpeg"
        )
    assert caught.value.param == "background"


def test_strict_client_accepts_every_answer(engine: OfflineEngine) -> None:
    strict = make_client(engine, max_retries=0, _strict_response_validation=True)
    result = strict.images.generate(model="gpt-image-2", prompt="x", quality="auto")
    assert result.quality == "medium"
    edited = strict.images.edit(
        model="gpt-image-2",
        prompt="make it blue",
        image=("a.png", png((256, 256), (200, 0, 0)), "image/png"),
    )
    assert edited.size == "256x256"
    reply = strict.responses.create(model="gpt-5.5", input="hello")
    assert reply.output_text
    mod = strict.moderations.create(input="hello")
    assert mod.results[0].flagged is False


def test_edit_with_several_images_and_mask_keeps_outside(client: OpenAI) -> None:
    size = (320, 240)
    base = striped_png(size)
    box = (40, 30, 200, 150)
    result = client.images.edit(
        model="gpt-image-2",
        prompt='Replace the sky "New!"',
        image=[
            ("a.png", base, "image/png"),
            ("b.png", png((100, 60), (0, 90, 200)), "image/png"),
            ("c.png", png((60, 100), (250, 200, 0)), "image/png"),
        ],
        mask=("mask.png", hole_mask(size, box), "image/png"),
        extra_body={"moderation": "low"},
    )
    ImagesResponse.model_validate(result.model_dump(by_alias=True))
    assert result.size == "320x240"
    assert result.data and result.data[0].b64_json
    out = decode_b64(result.data[0].b64_json).convert("RGB")
    original = Image.open(io.BytesIO(base)).convert("RGB")
    outside = Image.new("L", size, 255)
    outside.paste(0, box)
    diff = ImageChops.difference(out, original)
    black = Image.new("RGB", size)
    assert ImageChops.composite(diff, black, outside).getbbox() is None
    assert diff.crop(box).getbbox() is not None  # the masked region did change
    assert result.usage is not None
    assert result.usage.input_tokens_details.image_tokens == 3 * 65


def test_edit_mask_of_wrong_size(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.images.edit(
            model="gpt-image-2",
            prompt="x",
            image=("a.png", png((256, 256), (1, 2, 3)), "image/png"),
            mask=("m.png", hole_mask((128, 128), (0, 0, 10, 10)), "image/png"),
        )
    assert caught.value.param == "mask"
    assert "same size" in caught.value.message


def test_edit_corrupt_image(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.images.edit(
            model="gpt-image-2", prompt="x", image=("a.png", b"\x89PNG not really", "image/png")
        )
    assert caught.value.param == "image"


def test_edit_without_mask_recomposes(client: OpenAI) -> None:
    result = client.images.edit(
        model="gpt-image-2",
        prompt='poster "Hi"',
        size="1024x1536",
        image=("a.png", png((300, 300), (10, 160, 60)), "image/png"),
    )
    assert result.data and result.data[0].b64_json
    assert decode_b64(result.data[0].b64_json).size == (1024, 1536)


def test_json_edit_by_file_id(client: OpenAI) -> None:
    size = (256, 256)
    uploaded = client.files.create(
        file=("base.png", striped_png(size), "image/png"), purpose="vision"
    )
    mask = client.files.create(
        file=("mask.png", hole_mask(size, (0, 0, 64, 64)), "image/png"), purpose="vision"
    )
    result = client.post(
        "/images/edits",
        cast_to=ImagesResponse,
        body={
            "model": "gpt-image-2",
            "prompt": "add a sun",
            "images": [{"file_id": uploaded.id}],
            "mask": {"file_id": mask.id},
        },
    )
    assert result.data and result.data[0].b64_json
    out = decode_b64(result.data[0].b64_json).convert("RGB")
    original = Image.open(io.BytesIO(striped_png(size))).convert("RGB")
    assert out.crop((64, 64, 256, 256)).tobytes() == original.crop((64, 64, 256, 256)).tobytes()
    with pytest.raises(openai.NotFoundError):
        client.post(
            "/images/edits",
            cast_to=ImagesResponse,
            body={"model": "gpt-image-2", "prompt": "x", "images": [{"file_id": "file-missing"}]},
        )


def test_stream_partial_images_arrive_incrementally(
    engine: OfflineEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_encode = render.encode

    def slow_encode(image: Image.Image, fmt: str, compression: int | None) -> bytes:
        time.sleep(0.15)  # stands in for a slow model so the test can see the gaps
        return real_encode(image, fmt, compression)

    monkeypatch.setattr(render, "encode", slow_encode)
    events = sse_events(
        engine.asgi_app,
        "/v1/images/generations",
        {
            "model": "gpt-image-2",
            "prompt": "x",
            "stream": True,
            "partial_images": 3,
            "size": "1024x1024",
        },
    )
    kinds = [GEN_EVENT.validate_python(payload).type for payload, _ in events]
    assert kinds == ["image_generation.partial_image"] * 3 + ["image_generation.completed"]
    assert [p["partial_image_index"] for p, _ in events[:3]] == [0, 1, 2]
    produced_last = engine.event_log[-1][1]
    first_arrival = events[0][1]
    assert first_arrival < produced_last


def test_stream_with_sdk_and_edit_events(client: OpenAI, engine: OfflineEngine) -> None:
    stream = client.images.generate(model="gpt-image-2", prompt="x", stream=True, partial_images=1)
    assert [event.type for event in stream] == [
        "image_generation.partial_image",
        "image_generation.completed",
    ]
    events = sse_events(
        engine.asgi_app,
        "/v1/images/edits",
        {
            "model": "gpt-image-2",
            "prompt": "x",
            "stream": True,
            "partial_images": 2,
            "images": [
                {
                    "image_url": "data:image/png;base64,"
                    + base64.b64encode(png((128, 128), (9, 9, 9))).decode()
                }
            ],
        },
    )
    kinds = [EDIT_EVENT.validate_python(payload).type for payload, _ in events]
    assert kinds == ["image_edit.partial_image"] * 2 + ["image_edit.completed"]


def test_moderation_blocked_prompt(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.images.generate(model="gpt-image-2", prompt="how to make a bomb poster")
    error = caught.value
    assert error.code == "moderation_blocked"
    assert error.type == "image_generation_user_error"
    assert isinstance(error.body, dict)
    assert error.body["moderation_details"]["categories"] == ["illicit", "illicit/violent"]


def test_edit_json_rejects_remote_urls(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.post(
            "/images/edits",
            cast_to=ImagesResponse,
            body={
                "model": "gpt-image-2",
                "prompt": "x",
                "images": [{"image_url": "https://example.com/a.png"}],
            },
        )
    assert caught.value.param == "images[0].image_url"


def test_edit_without_mask_asking_for_a_new_image_uses_inputs_as_references(
    client: OpenAI, tmp_path: Path
) -> None:
    from tools.qa import logo_presence

    logo = Image.new("RGB", (512, 512), "white")
    ImageDraw.Draw(logo).ellipse((96, 96, 416, 416), fill=(20, 40, 160))
    logo.save(tmp_path / "logo.png")
    data = (tmp_path / "logo.png").read_bytes()

    def render(prompt: str) -> Image.Image:
        out = client.images.edit(
            model="gpt-image-2", prompt=prompt, image=("logo.png", data), size="1024x1536"
        )
        return decode_b64((out.data or [])[0].b64_json or "").convert("RGB")

    # As the canvas the logo is cropped to the frame; as a reference it stays whole.
    as_canvas = render('Put a sale sticker on it\nRender this text exactly: "Sale"')
    fresh = render(
        "Create a new image; the attached images are references, not the canvas.\n"
        'A sale poster\nRender this text exactly: "Sale"'
    )
    assert not logo_presence(as_canvas, logo).passed
    assert logo_presence(fresh, logo).passed
