"""Images with known answers for the QA checks: text drawn here, and drawn by the offline engine."""

from __future__ import annotations

import base64
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from core.settings import Settings
from tools.client import make_client
from tools.offline.fonts import cjk_language, font_for, split_runs

COPY = {
    "latin": "Summer Sale 50% off",
    "japanese": "夏のセール 50%オフ",
    "korean": "여름 세일 50% 할인",
    "chinese": "夏季促销 全场五折",
    "devanagari": "गर्मी की सेल 50% छूट",
    "bengali": "গ্রীষ্মের সেল ৫০% ছাড়",
}


@pytest.fixture(scope="session", autouse=True)
def _needs_tesseract() -> None:
    if shutil.which("tesseract") is None:
        pytest.fail("tesseract is not installed: apt-get install the packages in the README")


def draw_text(text: str, size: tuple[int, int] = (1024, 1024), font_px: int = 64) -> Image.Image:
    """Dark copy on a light two-tone background, one line per newline, run by run."""
    image = Image.new("RGB", size, (236, 228, 210))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, size[1] * 2 // 3, size[0], size[1]), fill=(200, 214, 230))
    y = size[1] // 3
    for line in text.split("\n"):
        x = 80.0
        for run in split_runs(line):
            font = font_for(run.script, font_px, cjk_language(line))
            draw.text((x, y), run.text, font=font, fill=(30, 30, 40), anchor="ls")
            x += font.getlength(run.text)
        y += int(font_px * 1.5)
    return image


@pytest.fixture
def engine_image(atelier_home: Path) -> Callable[..., Image.Image]:
    """Images drawn by the offline engine through the SDK, as the graph gets them."""
    client = make_client(Settings(home=atelier_home, provider="offline")).client

    def make(prompt: str, size: str = "1024x1024") -> Image.Image:
        result = client.images.generate(model="gpt-image-2", prompt=prompt, size=size)
        assert result.data and result.data[0].b64_json
        return Image.open(io.BytesIO(base64.b64decode(result.data[0].b64_json))).convert("RGB")

    return make


@pytest.fixture
def engine_edit(atelier_home: Path) -> Callable[[Image.Image, Image.Image, str], Image.Image]:
    client = make_client(Settings(home=atelier_home, provider="offline")).client

    def edit(base: Image.Image, mask: Image.Image, prompt: str) -> Image.Image:
        def png(img: Image.Image) -> bytes:
            buffer = io.BytesIO()
            img.save(buffer, "PNG")
            return buffer.getvalue()

        result = client.images.edit(
            model="gpt-image-2",
            image=("base.png", png(base), "image/png"),
            mask=("mask.png", png(mask), "image/png"),
            prompt=prompt,
            size=f"{base.width}x{base.height}",
        )
        assert result.data and result.data[0].b64_json
        return Image.open(io.BytesIO(base64.b64decode(result.data[0].b64_json))).convert("RGB")

    return edit
