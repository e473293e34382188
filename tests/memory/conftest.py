"""Fixtures for the memory tests: test images drawn with Pillow and a shared embedder."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from memory.assets import AssetStore
from memory.embeddings import MiniLMEmbedder

ImageFactory = Callable[..., bytes]


def image_bytes(
    width: int = 64,
    height: int = 48,
    color: tuple[int, int, int] = (200, 30, 40),
    fmt: str = "PNG",
    label: str = "",
) -> bytes:
    img = Image.new("RGB", (width, height), color)
    if label:
        ImageDraw.Draw(img).text((2, 2), label, fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    return buf.getvalue()


@pytest.fixture
def make_image() -> ImageFactory:
    return image_bytes


@pytest.fixture
def write_image(tmp_path: Path) -> Callable[..., Path]:
    def write(name: str, **kw: object) -> Path:
        path = tmp_path / "inputs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(image_bytes(**kw))  # type: ignore[arg-type]
        return path

    return write


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "data" / "assets")


@pytest.fixture(scope="session")
def embedder() -> MiniLMEmbedder:
    model = MiniLMEmbedder()
    model.warm_up()
    return model
