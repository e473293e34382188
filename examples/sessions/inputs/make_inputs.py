"""Draws the input images the example sessions use (run from the repository root).

    python examples/sessions/inputs/make_inputs.py

The PNGs are committed; this script is how they were made and how to make them again.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent


def logo(path: Path) -> None:
    """Acme's logo: a navy square holding a teal triangle, on white."""
    img = Image.new("RGB", (512, 512), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((96, 96, 416, 416), fill=(20, 35, 90))
    draw.polygon([(256, 140), (376, 372), (136, 372)], fill=(40, 190, 200))
    img.save(path, optimize=True)


def product(path: Path) -> None:
    """A product shot: a teal bottle on a pale studio backdrop with a floor line."""
    img = Image.new("RGB", (1024, 1024), (236, 232, 224))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 760, 1024, 1024), fill=(214, 208, 198))
    draw.rounded_rectangle((412, 300, 612, 800), radius=60, fill=(20, 128, 128))
    draw.rectangle((472, 220, 552, 310), fill=(30, 40, 50))
    draw.rectangle((440, 480, 584, 600), fill=(245, 245, 240))
    draw.ellipse((380, 780, 644, 830), fill=(190, 184, 174))
    img.save(path, optimize=True)


def top_mask(path: Path, size: tuple[int, int] = (1024, 1024)) -> None:
    """Opaque except the top third, which is transparent: the region to edit."""
    mask = Image.new("RGBA", size, (0, 0, 0, 255))
    ImageDraw.Draw(mask).rectangle((0, 0, size[0], size[1] // 3), fill=(0, 0, 0, 0))
    mask.save(path, optimize=True)


if __name__ == "__main__":
    logo(HERE / "acme-logo.png")
    product(HERE / "bottle.png")
    top_mask(HERE / "top-third-1024.png")
