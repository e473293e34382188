"""Opening images atelier stores or is handed: one decoder, one way to drop transparency.

Every layer reads images (the asset store, brand fingerprints, the review's classifiers,
QA, exports); each reads them through here so a corrupt, truncated or oversized image is
the same one-line ``ImageInputError`` everywhere, and transparent pixels read as white,
as a page shows them.
"""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from core.errors import ImageInputError


def decode(data: bytes, *, name: str = "image") -> Image.Image:
    """Fully decode image bytes, or raise ImageInputError with one line saying why."""
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise ImageInputError(f"{name} could not be decoded: {reason}") from None
    return img


def flatten(image: Image.Image) -> Image.Image:
    """RGB view; transparent pixels become white (logos on transparent backgrounds are
    common, and a viewer shows them on a white page)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")
