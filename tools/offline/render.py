"""The offline engine's drawing: deterministic drafts, edits and partial frames.

A generated picture is a vertical gradient in a palette (dominant colours of the
reference images, else colours named in the prompt, else colours hashed from the
prompt), reference images laid out as shadowed cards in a band, the quoted copy from
the prompt drawn large and centred with an outline in a contrasting colour, and a small
caption of the prompt's first words. The same inputs always give the same pixels.

Masks follow the OpenAI convention: where the mask's alpha is below 128 the picture is
edited. A mask without an alpha channel is read by luminance instead, white meaning
"edit here" (the usual inpainting convention); only the alpha form is what the real
service accepts, so atelier should send RGBA masks.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .fonts import FontType, cjk_language, font_for, split_runs
from .textutil import quoted_strings, tokens

RGB = tuple[int, int, int]

NAMED_COLOURS: dict[str, RGB] = {
    "red": (200, 40, 48),
    "crimson": (170, 20, 50),
    "orange": (240, 130, 30),
    "yellow": (245, 210, 50),
    "gold": (212, 170, 55),
    "green": (50, 150, 80),
    "lime": (160, 210, 60),
    "teal": (20, 128, 128),
    "turquoise": (60, 200, 190),
    "cyan": (40, 190, 220),
    "blue": (40, 80, 190),
    "navy": (20, 35, 90),
    "purple": (120, 60, 160),
    "violet": (140, 90, 200),
    "magenta": (200, 40, 150),
    "pink": (240, 140, 180),
    "brown": (120, 80, 50),
    "beige": (225, 210, 180),
    "cream": (245, 238, 215),
    "white": (245, 245, 245),
    "black": (20, 20, 24),
    "grey": (128, 128, 132),
    "gray": (128, 128, 132),
    "silver": (192, 192, 200),
    "pastel": (200, 220, 240),
    "mint": (170, 230, 200),
    "coral": (250, 120, 100),
}


@dataclass(frozen=True)
class Scene:
    width: int
    height: int
    prompt: str
    references: Sequence[Image.Image] = field(default_factory=tuple)
    transparent: bool = False
    variant: int = 0  # picks a different palette for the n-th image of one request


_EXACT = re.compile(r'^Render this text exactly: "(.*)"\s*$', re.MULTILINE)


def copy_text(prompt: str) -> str | None:
    """The copy to draw: the prompt's explicit copy line when it has one, else its quoted
    spans (each once, in order) joined by newlines."""
    exact = _EXACT.findall(prompt)
    spans = exact or list(dict.fromkeys(quoted_strings(prompt)))
    return "\n".join(spans) if spans else None


def _hash_palette(prompt: str) -> list[RGB]:
    digest = hashlib.sha256(prompt.encode("utf-8")).digest()
    colours: list[RGB] = []
    for i in range(3):
        hue = digest[i] / 255.0
        sat = 0.45 + digest[i + 3] / 255.0 * 0.4
        val = 0.45 + digest[i + 6] / 255.0 * 0.45
        r, g, b = colorsys.hsv_to_rgb(hue, sat, val)
        colours.append((int(r * 255), int(g * 255), int(b * 255)))
    return colours


def reference_palette(references: Sequence[Image.Image], count: int = 3) -> list[RGB]:
    """Dominant colours of the references, most frequent first (median-cut on thumbnails)."""
    if not references:
        return []
    strip = Image.new("RGB", (64 * len(references), 64))
    for i, ref in enumerate(references):
        thumb = ref.convert("RGB").resize((64, 64), Image.Resampling.BILINEAR)
        strip.paste(thumb, (64 * i, 0))
    quant = strip.quantize(colors=max(count, 2), method=Image.Quantize.MEDIANCUT)
    flat = quant.getpalette() or []
    counts = sorted(quant.getcolors() or [], reverse=True)
    colours: list[RGB] = []
    for _, index in counts:
        idx = index if isinstance(index, int) else 0
        colours.append((flat[3 * idx], flat[3 * idx + 1], flat[3 * idx + 2]))
    while len(colours) < count:
        colours.append(colours[-1] if colours else (128, 128, 128))
    return colours[:count]


def palette_for(prompt: str, references: Sequence[Image.Image], variant: int = 0) -> list[RGB]:
    colours = reference_palette(references)
    if colours:
        return colours[variant % len(colours) :] + colours[: variant % len(colours)]
    seed = prompt if variant == 0 else f"{prompt}#{variant}"
    named = [NAMED_COLOURS[t] for t in tokens(prompt) if t in NAMED_COLOURS]
    unique = list(dict.fromkeys(named))
    if unique:
        chosen = (unique + _hash_palette(seed))[:3]
        shift = variant % len(chosen)
        return chosen[shift:] + chosen[:shift]
    return _hash_palette(seed)


def _gradient(width: int, height: int, top: RGB, bottom: RGB) -> Image.Image:
    ramp = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    a = np.array(top, dtype=np.float32)
    b = np.array(bottom, dtype=np.float32)
    column = (a[None, :] * (1.0 - ramp) + b[None, :] * ramp).astype(np.uint8)
    rows = np.broadcast_to(column[:, None, :], (height, width, 3))
    return Image.fromarray(np.ascontiguousarray(rows), "RGB")


def _luminance(colour: RGB) -> float:
    return 0.2126 * colour[0] + 0.7152 * colour[1] + 0.0722 * colour[2]


def background(width: int, height: int, colours: Sequence[RGB]) -> Image.Image:
    canvas = _gradient(width, height, colours[0], colours[1 % len(colours)]).convert("RGBA")
    # a soft accent disc gives the draft some structure beyond the gradient
    accent = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(accent)
    radius = int(min(width, height) * 0.42)
    cx, cy = int(width * 0.78), int(height * 0.2)
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        fill=(*colours[2 % len(colours)], 90),
    )
    return Image.alpha_composite(canvas, accent)


def _card(ref: Image.Image, box_w: int, box_h: int) -> Image.Image:
    thumb = ref.convert("RGBA")
    thumb.thumbnail((max(1, box_w), max(1, box_h)), Image.Resampling.BILINEAR)
    border = max(2, min(box_w, box_h) // 40)
    card = Image.new("RGBA", (thumb.width + 2 * border, thumb.height + 2 * border), "white")
    card.alpha_composite(thumb, (border, border))
    return card


def _paste_with_shadow(canvas: Image.Image, card: Image.Image, x: int, y: int) -> None:
    blur = max(2, min(card.width, card.height) // 24)
    pad = blur * 3
    shadow = Image.new("RGBA", (card.width + 2 * pad, card.height + 2 * pad), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).rectangle(
        (pad, pad, pad + card.width, pad + card.height), fill=(0, 0, 0, 110)
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(blur))
    offset = blur
    canvas.alpha_composite(shadow, (x - pad + offset, y - pad + offset))
    canvas.alpha_composite(card, (x, y))


def layout_cards(
    canvas: Image.Image, references: Sequence[Image.Image]
) -> tuple[int, int, int, int]:
    """Draw the references as a grid of cards in a band; return the free area (l, t, r, b)."""
    width, height = canvas.size
    if not references:
        return (0, 0, width, height)
    count = len(references)
    if width >= height:
        band = (int(width * 0.66), 0, width, height)
        cols = 1 if count <= 3 else 2
        free = (0, 0, band[0], height)
    else:
        band = (0, int(height * 0.7), width, height)
        cols = min(count, 4)
        free = (0, 0, width, band[1])
    rows = -(-count // cols)
    gap = max(4, min(width, height) // 48)
    cell_w = (band[2] - band[0] - gap * (cols + 1)) // cols
    cell_h = (band[3] - band[1] - gap * (rows + 1)) // rows
    for i, ref in enumerate(references):
        col, row = i % cols, i // cols
        card = _card(ref, cell_w, cell_h)
        x = band[0] + gap + col * (cell_w + gap) + (cell_w - card.width) // 2
        y = band[1] + gap + row * (cell_h + gap) + (cell_h - card.height) // 2
        _paste_with_shadow(canvas, card, x, y)
    return free


def _line_runs(line: str, size: int) -> list[tuple[str, FontType]]:
    lang = cjk_language(line)
    return [(run.text, font_for(run.script, size, lang)) for run in split_runs(line)]


def _run_width(text: str, font: FontType) -> float:
    return float(font.getlength(text))


def _measure(line: str, size: int) -> float:
    return sum(_run_width(text, font) for text, font in _line_runs(line, size))


def _wrap(text: str, size: int, max_width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ") if " " in paragraph else list(paragraph)
        joiner = " " if " " in paragraph else ""
        current = ""
        for word in words:
            trial = f"{current}{joiner}{word}" if current else word
            if current and _measure(trial, size) > max_width:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    return lines


def draw_text_block(
    canvas: Image.Image,
    text: str,
    area: tuple[int, int, int, int],
    colour: RGB,
    outline: RGB,
) -> None:
    """Auto-fit ``text`` into ``area`` (centred, wrapped) and draw it run by run."""
    left, top, right, bottom = area
    max_w = (right - left) * 0.86
    max_h = (bottom - top) * 0.7
    size = max(8, int(min(right - left, bottom - top) * 0.16))
    lines = _wrap(text, size, max_w)
    while size > 8:
        lines = _wrap(text, size, max_w)
        fits_w = all(_measure(line, size) <= max_w for line in lines)
        if fits_w and len(lines) * size * 1.3 <= max_h:
            break
        size = int(size * 0.88)
    draw = ImageDraw.Draw(canvas)
    stroke = max(1, size // 14)
    line_h = size * 1.3
    y = top + ((bottom - top) - line_h * len(lines)) / 2 + size
    for line in lines:
        x = left + ((right - left) - _measure(line, size)) / 2
        for chunk, font in _line_runs(line, size):
            draw.text(
                (x, y),
                chunk,
                font=font,
                fill=(*colour, 255),
                anchor="ls",
                stroke_width=stroke,
                stroke_fill=(*outline, 255),
            )
            x += _run_width(chunk, font)
        y += line_h


def caption_text(prompt: str, words: int = 8) -> str:
    first = next((line for line in prompt.splitlines() if line.strip()), "")
    return " ".join(first.split()[:words])


def _draw_caption(canvas: Image.Image, prompt: str, area: tuple[int, int, int, int]) -> None:
    caption = caption_text(prompt)
    if not caption:
        return
    size = max(8, min(canvas.size) // 40)
    x: float = area[0] + size
    y = area[3] - size
    draw = ImageDraw.Draw(canvas)
    for chunk, font in _line_runs(caption, size):
        draw.text(
            (x, y),
            chunk,
            font=font,
            fill=(255, 255, 255, 200),
            anchor="ls",
            stroke_width=1,
            stroke_fill=(0, 0, 0, 160),
        )
        x += _run_width(chunk, font)


def _text_colours(colours: Sequence[RGB]) -> tuple[RGB, RGB]:
    mean = _luminance(colours[0]) * 0.5 + _luminance(colours[1 % len(colours)]) * 0.5
    return ((255, 255, 255), (20, 20, 30)) if mean < 140 else ((20, 20, 30), (255, 255, 255))


def compose(scene: Scene, base: Image.Image | None = None) -> Image.Image:
    """Draw a full picture; with ``base`` the input image is the backdrop (maskless edit)."""
    width, height = scene.width, scene.height
    # an edit tints the old picture towards the colours the prompt asks for
    colours = palette_for(scene.prompt, scene.references if base is None else [], scene.variant)
    if base is not None:
        canvas = _cover(base.convert("RGBA"), width, height)
        tint = Image.new("RGBA", (width, height), (*colours[0], 96))
        canvas = Image.alpha_composite(canvas, tint)
    elif scene.transparent:
        canvas = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    else:
        canvas = background(width, height, colours)
    free = layout_cards(canvas, scene.references)
    text = copy_text(scene.prompt)
    if text:
        fill, outline = _text_colours(colours)
        draw_text_block(canvas, text, free, fill, outline)
    _draw_caption(canvas, scene.prompt, free)
    return canvas


def _cover(image: Image.Image, width: int, height: int) -> Image.Image:
    if image.size == (width, height):
        return image.copy()
    scale = max(width / image.width, height / image.height)
    resized = image.resize(
        (max(width, round(image.width * scale)), max(height, round(image.height * scale))),
        Image.Resampling.BILINEAR,
    )
    left = (resized.width - width) // 2
    top = (resized.height - height) // 2
    return resized.crop((left, top, left + width, top + height))


def edit_region(mask: Image.Image) -> Image.Image:
    """Mode "L" image, 255 where the picture is to be edited."""
    bands = mask.getbands()
    if "A" in bands:
        alpha = mask.getchannel("A")
        return alpha.point(lambda v: 255 if v < 128 else 0)
    if mask.mode == "P" and "transparency" in mask.info:
        return edit_region(mask.convert("RGBA"))
    return mask.convert("L").point(lambda v: 255 if v >= 128 else 0)


def edit(
    base: Image.Image,
    prompt: str,
    *,
    mask: Image.Image | None,
    references: Sequence[Image.Image],
    size: tuple[int, int] | None,
) -> Image.Image:
    """Masked edit keeps every pixel outside the region; without a mask, re-compose on it."""
    target = base if size is None or size == base.size else _cover(base, *size)
    if mask is None:
        scene = Scene(target.width, target.height, prompt, references)
        return compose(scene, base=target)
    mode = "RGBA" if "A" in target.getbands() else "RGB"
    out = target.convert(mode)
    region = edit_region(mask if mask.size == target.size else mask.resize(target.size))
    bbox = region.getbbox()
    if bbox is None:
        return out
    w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
    fill = compose(Scene(w, h, prompt, references)).convert(mode)
    out.paste(fill, bbox[:2], region.crop(bbox))
    return out


def partial_frames(final: Image.Image, count: int) -> list[Image.Image]:
    """``count`` previews of ``final``, each sharper than the one before."""
    frames: list[Image.Image] = []
    for i in range(count):
        factor = 2 ** (count - i + 1)
        small = final.resize(
            (max(1, final.width // factor), max(1, final.height // factor)),
            Image.Resampling.BILINEAR,
        )
        # blurring the small copy is as soft as blurring the full one, and far cheaper
        frames.append(
            small.filter(ImageFilter.GaussianBlur(1)).resize(final.size, Image.Resampling.BILINEAR)
        )
    return frames


def encode(image: Image.Image, output_format: str, compression: int | None) -> bytes:
    buffer = io.BytesIO()
    if output_format == "jpeg":
        image.convert("RGB").save(buffer, "JPEG", quality=compression or 90)
    elif output_format == "webp":
        image.save(buffer, "WEBP", quality=compression or 90)
    else:
        image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def flatten(image: Image.Image, transparent: bool) -> Image.Image:
    """Opaque outputs carry no alpha channel; transparent ones keep it."""
    if transparent or image.mode == "RGB":
        return image
    if "A" not in image.getbands():
        return image.convert("RGB")
    backdrop = Image.new("RGBA", image.size, (255, 255, 255, 255))
    return Image.alpha_composite(backdrop, image.convert("RGBA")).convert("RGB")
