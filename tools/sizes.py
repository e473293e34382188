"""Image sizes: named channel presets, parsing ``WxH`` and the model's size rules.

Two kinds of size live here. ``PRESETS`` are model sizes (what is sent to the image model).
``CHANNELS`` are the exact pixel sizes a channel wants (1080x1350 for a 4:5 post, A4 at
150 dpi), each paired with the model size to render at; ``agent/export.py`` crops or pads
the model's image to the channel's exact size.


gpt-image-2 takes custom sizes whose edges are multiples of 16, whose aspect ratio is
within 1:3..3:1, whose long edge is at most 3840 and whose pixel count is within
655,360..8,294,400. A request outside the budget is scaled into it, and the caller is told
exactly what was sent instead of what was asked.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from core.errors import InputError

MIN_PIXELS = 655_360
MAX_PIXELS = 8_294_400
MAX_EDGE = 3840
MAX_ASPECT = 3.0
STEP = 16
MAX_EXPORT_EDGE = 16_384

PRESETS: dict[str, tuple[int, int]] = {
    "square": (1024, 1024),
    "portrait": (1024, 1280),
    "story": (864, 1536),
    "landscape": (1536, 864),
    "banner": (1536, 864),
    "hero": (1920, 1088),
    "4k": (3840, 2160),
    "a4": (1024, 1440),
    "square-post": (1024, 1024),
    "landscape-banner": (1568, 816),
    "web-hero": (1920, 1088),
    "a4-print": (1664, 2352),
}


@dataclass(frozen=True)
class Channel:
    """A channel's exact output size and the model size that renders it best."""

    name: str
    width: int
    height: int
    model_size: tuple[int, int]
    description: str

    @property
    def wire(self) -> str:
        return f"{self.width}x{self.height}"


CHANNELS: dict[str, Channel] = {
    c.name: c
    for c in (
        Channel("square-post", 1080, 1080, PRESETS["square-post"], "Instagram/LinkedIn 1:1"),
        Channel("portrait", 1080, 1350, PRESETS["portrait"], "feed portrait 4:5"),
        Channel("story", 1080, 1920, PRESETS["story"], "stories and reels 9:16"),
        Channel(
            "landscape-banner", 1200, 628, PRESETS["landscape-banner"], "link/ad banner 1.91:1"
        ),
        Channel("web-hero", 1920, 1080, PRESETS["web-hero"], "website hero 16:9"),
        Channel("4k", 3840, 2160, PRESETS["4k"], "UHD 16:9"),
        Channel("a4", 1240, 1754, PRESETS["a4-print"], "A4 portrait at 150 dpi"),
    )
}


def channel(text: str) -> Channel:
    """A channel preset by name, or a custom exact ``WxH`` (any edges, up to 16384)."""
    key = text.strip().lower()
    if key in CHANNELS:
        return CHANNELS[key]
    match = _WXH.match(key)
    if not match:
        names = ", ".join(CHANNELS)
        raise InputError(f"unknown preset {text!r}", hint=f"use WIDTHxHEIGHT or one of: {names}")
    width, height = int(match.group(1)), int(match.group(2))
    if width == 0 or height == 0:
        raise InputError(f"size {text!r} has a zero edge")
    if max(width, height) > MAX_EXPORT_EDGE:
        raise InputError(f"size {text!r} is above the {MAX_EXPORT_EDGE}-pixel export limit")
    model = fit_size(f"{width}x{height}") if max(width, height) / min(width, height) <= 3 else None
    model_size = (model.width, model.height) if model else (width, height)
    return Channel(f"{width}x{height}", width, height, model_size, "custom size")


_WXH = re.compile(r"^\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*$")


@dataclass(frozen=True)
class SizeChoice:
    requested: str
    width: int
    height: int
    adjusted: bool
    reason: str = ""

    @property
    def wire(self) -> str:
        return f"{self.width}x{self.height}"


def _round16(value: float) -> int:
    return max(STEP, round(value / STEP) * STEP)


def parse_size(text: str) -> tuple[int, int]:
    """``WxH`` or a preset name to pixels; anything else is an InputError naming the forms."""
    key = text.strip().lower()
    if key in PRESETS:
        return PRESETS[key]
    match = _WXH.match(key)
    if not match:
        names = ", ".join(PRESETS)
        raise InputError(
            f"unknown size {text!r}", hint=f"use WIDTHxHEIGHT (e.g. 1536x864) or one of: {names}"
        )
    width, height = int(match.group(1)), int(match.group(2))
    if width == 0 or height == 0:
        raise InputError(f"size {text!r} has a zero edge")
    return width, height


def fit_size(text: str) -> SizeChoice:
    """Turn a requested size into one the model accepts, saying what changed and why."""
    width, height = parse_size(text)
    aspect = max(width, height) / min(width, height)
    if aspect > MAX_ASPECT:
        raise InputError(
            f"size {text!r} has aspect ratio {aspect:.2f}:1",
            hint="the model accepts 1:3 to 3:1; crop to the channel size afterwards",
        )
    reasons: list[str] = []
    w, h = float(width), float(height)
    pixels = w * h
    if pixels < MIN_PIXELS:
        scale = math.sqrt(MIN_PIXELS / pixels)
        w, h = w * scale, h * scale
        reasons.append(f"below the {MIN_PIXELS:,}-pixel minimum")
    if max(w, h) > MAX_EDGE:
        scale = MAX_EDGE / max(w, h)
        w, h = w * scale, h * scale
        reasons.append(f"edge above {MAX_EDGE}")
    if w * h > MAX_PIXELS:
        scale = math.sqrt(MAX_PIXELS / (w * h))
        w, h = w * scale, h * scale
        reasons.append(f"above the {MAX_PIXELS:,}-pixel maximum")
    out_w, out_h = _round16(w), _round16(h)
    # Rounding to 16 can push the area just outside the window; step inwards or outwards.
    while out_w * out_h > MAX_PIXELS or max(out_w, out_h) > MAX_EDGE:
        out_w, out_h = (out_w - STEP, out_h) if out_w >= out_h else (out_w, out_h - STEP)
    while out_w * out_h < MIN_PIXELS:
        out_w, out_h = (out_w + STEP, out_h) if out_w <= out_h else (out_w, out_h + STEP)
    if (out_w, out_h) != (width, height) and not reasons:
        reasons.append("edges rounded to multiples of 16")
    return SizeChoice(
        requested=text,
        width=out_w,
        height=out_h,
        adjusted=(out_w, out_h) != (width, height),
        reason="; ".join(reasons),
    )
