"""Helpers the tests share: images with known content, and services whose engine a test drives.

Engine injection lives here, not in the product: ``offline_services`` builds the offline
engine itself, hands its client to ``build_services``, and remembers which engine serves
which services, so a test can make that engine fail (``engine_of(services).inject_fault``).
"""

from __future__ import annotations

import ast
import io
import json
import subprocess
import sys
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openai
from PIL import Image, ImageDraw

from agent.context import Services, build_services
from core.settings import Settings
from memory.ledger import CallRecord
from tools.client import ProviderClient
from tools.offline import OfflineEngine, offline_client
from tools.offline.fonts import cjk_language, font_for, split_runs

ImageFactory = Callable[..., bytes]

# Debian's browser, started so that it reaches nothing past loopback (tests and bench.web).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
    "--disable-domain-reliability",
    "--no-pings",
    # Nothing resolves but the loopback addresses served on.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2",
]

_ENGINES: weakref.WeakKeyDictionary[openai.OpenAI, OfflineEngine] = weakref.WeakKeyDictionary()


def offline_services(settings: Settings, *, thread_id: str = "default") -> Services:
    """Services on an offline engine this module keeps track of (see ``engine_of``)."""
    engine = OfflineEngine(settings.engine_dir, latency=settings.offline_latency)
    client = offline_client(engine, max_retries=0, timeout=settings.timeout_s)
    services = build_services(
        settings, thread_id=thread_id, provider=ProviderClient(client, "offline")
    )
    _ENGINES[client] = engine
    return services


def engine_of(services: Services) -> OfflineEngine:
    """The offline engine behind services made by ``offline_services``."""
    return _ENGINES[services.client]


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


COPY = {
    "latin": "Summer Sale 50% off",
    "japanese": "夏のセール 50%オフ",
    "korean": "여름 세일 50% 할인",
    "chinese": "夏季促销 全场五折",
    "devanagari": "गर्मी की सेल 50% छूट",
    "bengali": "গ্রীষ্মের সেল ৫০% ছাড়",
}


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


def call_record(**fields: Any) -> CallRecord:
    """A ledger row of a generated image, with ``fields`` changed."""
    row: dict[str, Any] = {
        "node": "generate",
        "surface": "image-api",
        "provider": "offline",
        "model": "gpt-image-2",
        "latency_ms": 12.5,
        "outcome": "generated",
        "thread_id": "t1",
    }
    row.update(fields)
    return CallRecord(**row)


def modules_loaded_by(code: str, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` a fresh interpreter has imported after running ``code``."""
    probe = f"{code}\nimport sys\nprint(sorted(m for m in {names!r} if m in sys.modules))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    loaded: list[str] = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    return loaded


RIVAL_POLICY = """
terms:
  rival: [globex]
rules:
  - id: rival-brand
    severity: block
    category: brand rules
    explanation: never mention Globex
    match: [[rival]]
"""


def write_rival_policy(home: Path, rewrite: str = "") -> None:
    """A user policy with one block rule (never mention Globex), and its rewrite recipe."""
    (home / "policy.yaml").write_text(RIVAL_POLICY + rewrite, encoding="utf-8")


def sse_events(lines: Any) -> list[tuple[str, Any]]:
    """(event name, JSON data) of every event in an SSE stream's ``lines``."""
    got: list[tuple[str, Any]] = []
    name = ""
    for line in lines:
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            got.append((name, json.loads(line[6:])))
    return got
