"""Export: exact channel sizes from a model-size image, with lineage.

The model renders at sizes it accepts (multiples of 16, a pixel window); channels want
exact pixels (1080x1350, 1200x628, A4 at 150 dpi). ``export_asset`` scales the image to
cover the channel and crops around a focal point, or scales it to fit and pads with the
brand background, then stores the result as a child of the source asset and writes a
ledger row (surface ``local``, outcome ``exported``) so lineage and purges see it.
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image

from core.errors import InputError
from memory.assets import AssetRef, AssetStore
from memory.ledger import CallRecord, Ledger
from tools.sizes import Channel, channel

Format = Literal["png", "jpeg", "webp"]
Fit = Literal["crop", "pad"]
_PIL_FORMAT = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
_HEX_COLOUR = re.compile(r"^#?([0-9a-fA-F]{6})$")


@dataclass(frozen=True)
class ExportResult:
    asset: AssetRef
    path: Path
    channel: Channel
    fit: Fit
    note: str


def parse_colour(text: str) -> tuple[int, int, int]:
    match = _HEX_COLOUR.match(text.strip())
    if not match:
        raise InputError(f"colour {text!r} is not #RRGGBB")
    value = match.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def parse_focus(text: str) -> tuple[float, float]:
    """``x,y`` as fractions of width and height (0..1); 0.5,0.5 is the centre."""
    try:
        x_text, y_text = text.split(",")
        x, y = float(x_text), float(y_text)
    except ValueError:
        raise InputError(f"focus {text!r} is not X,Y", hint="e.g. 0.5,0.3") from None
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        raise InputError(f"focus {text!r} is outside 0..1")
    return x, y


def edge_colour(img: Image.Image) -> tuple[int, int, int]:
    """The median colour of the image's border: the background a pad should continue."""
    rgb = img.convert("RGB")
    w, h = rgb.size
    strips = [(0, 0, w, 1), (0, h - 1, w, h), (0, 0, 1, h), (w - 1, 0, w, h)]
    pixels: list[tuple[int, int, int]] = []
    for box in strips:
        strip = rgb.crop(box).resize((16, 1) if box[3] - box[1] == 1 else (1, 16))
        raw = strip.tobytes()
        pixels.extend((raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 3))
    mid = len(pixels) // 2
    r, g, b = (sorted(p[c] for p in pixels)[mid] for c in range(3))
    return r, g, b


def fit_image(
    img: Image.Image,
    width: int,
    height: int,
    *,
    fit: Fit = "crop",
    focus: tuple[float, float] = (0.5, 0.5),
    background: tuple[int, int, int] | None = None,
) -> Image.Image:
    """``img`` at exactly ``width`` x ``height``: cover-and-crop or contain-and-pad."""
    src = img.convert("RGBA") if img.mode in ("RGBA", "LA", "P") else img.convert("RGB")
    sw, sh = src.size
    if fit == "crop":
        scale = max(width / sw, height / sh)
        rw, rh = max(width, round(sw * scale)), max(height, round(sh * scale))
        resized = src.resize((rw, rh), Image.Resampling.LANCZOS)
        # Centre the crop window on the focal point, clamped inside the image.
        left = min(max(0, round(focus[0] * rw - width / 2)), rw - width)
        top = min(max(0, round(focus[1] * rh - height / 2)), rh - height)
        return resized.crop((left, top, left + width, top + height))
    scale = min(width / sw, height / sh)
    rw, rh = max(1, round(sw * scale)), max(1, round(sh * scale))
    resized = src.resize((rw, rh), Image.Resampling.LANCZOS)
    colour = background or edge_colour(src)
    canvas = Image.new(src.mode, (width, height), colour if src.mode == "RGB" else (*colour, 255))
    canvas.paste(resized, ((width - rw) // 2, (height - rh) // 2))
    return canvas


def encode(img: Image.Image, fmt: Format, quality: int) -> bytes:
    out = io.BytesIO()
    if fmt == "jpeg":
        img = img.convert("RGB")
        img.save(out, format="JPEG", quality=quality, optimize=True)
    elif fmt == "webp":
        img.save(out, format="WEBP", quality=quality)
    else:
        img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def export_asset(
    assets: AssetStore,
    ledger: Ledger,
    source: str,
    preset: str,
    *,
    out_dir: Path,
    fmt: Format = "png",
    quality: int = 90,
    fit: Fit = "crop",
    focus: tuple[float, float] = (0.5, 0.5),
    background: tuple[int, int, int] | None = None,
    thread_id: str | None = None,
) -> ExportResult:
    """Export stored asset ``source`` (sha256 or prefix) at ``preset``'s exact size."""
    if fmt not in _PIL_FORMAT:
        raise InputError(f"format {fmt!r} is not png, jpeg or webp")
    if not 1 <= quality <= 100:
        raise InputError(f"quality {quality} is outside 1..100")
    started = time.perf_counter()
    target = channel(preset)
    ref = assets.get(source)
    with Image.open(io.BytesIO(assets.read_bytes(ref))) as img:
        img.load()
        out = fit_image(
            img, target.width, target.height, fit=fit, focus=focus, background=background
        )
    data = encode(out, fmt, quality)
    label = f"export {target.name} {fit} {fmt}"
    exported = assets.put_bytes(
        data, parent=ref.sha256, source="export", thread_id=thread_id, note=label
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    ext = "jpg" if fmt == "jpeg" else fmt
    path = out_dir / f"{ref.sha256[:12]}-{target.name}.{ext}"
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    note = f"{ref.width}x{ref.height} -> {target.wire} by {fit}"
    ledger.record(
        CallRecord(
            thread_id=thread_id,
            node="export",
            surface="local",
            provider="local",
            model="pillow",
            size=target.wire,
            quality=str(quality) if fmt != "png" else None,
            n=1,
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
            cost_usd=0.0,
            outcome="exported",
            error=None,
            prompt=None,
            assets=[exported.sha256, ref.sha256],
        )
    )
    return ExportResult(asset=exported, path=path, channel=target, fit=fit, note=note)
