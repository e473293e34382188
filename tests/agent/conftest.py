"""Fixtures for graph tests: offline settings, services, node runtimes and test images."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from langgraph.runtime import Runtime
from PIL import Image, ImageDraw

from agent.context import Services, build_services
from agent.runner import Runner
from core.settings import Settings


def png_bytes(
    size: tuple[int, int] = (512, 512),
    color: tuple[int, int, int] = (240, 130, 40),
    mode: str = "RGB",
) -> bytes:
    img = Image.new(mode, size, color if mode == "RGB" else (*color, 255))
    ImageDraw.Draw(img).rectangle(
        (size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2),
        fill=(30, 30, 60) if mode == "RGB" else (30, 30, 60, 255),
    )
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def write_png(
    path: Path, size: tuple[int, int] = (512, 512), color: tuple[int, int, int] = (240, 130, 40)
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(size, color))
    return path


def write_mask(path: Path, size: tuple[int, int], box: tuple[int, int, int, int]) -> Path:
    """Opaque everywhere except ``box``, which is transparent: the region to edit."""
    mask = Image.new("RGBA", size, (0, 0, 0, 255))
    ImageDraw.Draw(mask).rectangle(box, fill=(0, 0, 0, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    mask.save(path, format="PNG")
    return path


@pytest.fixture
def settings(atelier_home: Path) -> Settings:
    return Settings(home=atelier_home, provider="offline", partial_images=1)


@pytest.fixture
def services(settings: Settings) -> Services:
    return build_services(settings, thread_id="t-test")


@pytest.fixture
def events() -> list[dict[str, Any]]:
    return []


@pytest.fixture
def runtime(services: Services, events: list[dict[str, Any]]) -> Runtime[Services]:
    return Runtime(context=services, stream_writer=events.append)


@pytest.fixture
def runner_factory(settings: Settings) -> Iterator[Callable[..., Runner]]:
    made: list[Runner] = []

    def make(thread_id: str | None = None, services: Services | None = None) -> Runner:
        runner = Runner(settings, thread_id=thread_id, services=services)
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.close()
