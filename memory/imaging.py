"""Opening images atelier stores or is handed: one decoder, one pixel limit, one mask check,
one way to drop transparency.

Every layer reads images (the asset store, brand fingerprints, the review's classifiers,
QA, exports, the offline engine); each reads them through here so a corrupt, truncated or
oversized image is the same one-line ``ImageInputError`` everywhere, and transparent pixels
read as white, as a page shows them.

The pixel limit is checked by hand from the header, before anything is decoded, at Pillow's
own ``MAX_IMAGE_PIXELS`` unless the caller sets a lower one. Pillow only warns between that
limit and twice it, and turning the warning into an error (``warnings.catch_warnings``) is
not thread-safe, so the warning is silenced once here and the check below refuses both.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from core.errors import ImageInputError, ImageTooLarge

warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

# Where the edit model changes the picture: pixels whose alpha is below this.
MASK_EDIT_ALPHA = 128


def pixel_limit() -> int:
    return Image.MAX_IMAGE_PIXELS or 0


def too_large(name: str, width: int, height: int, limit: int) -> ImageTooLarge:
    return ImageTooLarge(
        f"{name} has too many pixels to open safely: {width}x{height} ({width * height:,}); "
        f"the limit is {limit:,}",
        hint="downscale it",
    )


def open_checked(data: bytes, *, name: str = "image", max_pixels: int | None = None) -> Image.Image:
    """Image.open on ``data`` with the pixel limit checked from the header; not decoded yet."""
    limit = max_pixels if max_pixels is not None else pixel_limit()
    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        # Past twice Pillow's limit Image.open refuses before handing back the size.
        raise ImageTooLarge(
            f"{name} has too many pixels to open safely: over {2 * pixel_limit():,}; the "
            f"limit is {limit:,}",
            hint="downscale it",
        ) from None
    if limit and image.width * image.height > limit:
        image.close()
        raise too_large(name, image.width, image.height, limit)
    return image


def decode(data: bytes, *, name: str = "image", max_pixels: int | None = None) -> Image.Image:
    """Fully decode image bytes, or raise ImageInputError with one line saying why."""
    try:
        img = open_checked(data, name=name, max_pixels=max_pixels)
        img.load()
    except ImageInputError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise ImageInputError(f"{name} could not be decoded: {reason}") from None
    return img


def alpha_of(image: Image.Image) -> Image.Image | None:
    """The alpha channel, or None when the image has none."""
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if "A" not in image.getbands():
        return None
    return image.getchannel("A")


def check_mask(
    mask: Image.Image, fmt: str, target: tuple[int, int], *, name: str = "the mask"
) -> None:
    """The one mask check (CLI, web, session files and the offline engine): a PNG with an
    alpha channel, some of it transparent (where the edit goes), the size of its image."""
    if fmt.lower() != "png":
        raise ImageInputError(
            f"{name} is {fmt.upper() or 'not a PNG'}; masks must be PNG with an alpha channel",
            hint="save the mask as a PNG with transparency",
        )
    if (mask.width, mask.height) != target:
        raise ImageInputError(
            f"{name} is {mask.width}x{mask.height} but the image it applies to is "
            f"{target[0]}x{target[1]}: a mask must be the same size as its image"
        )
    alpha = alpha_of(mask)
    if alpha is None:
        raise ImageInputError(
            f"{name} has no alpha channel ({mask.mode}); its transparent pixels mark what to edit",
            hint="save the mask as a PNG with transparency",
        )
    lowest, _ = alpha.getextrema()
    if int(lowest) >= MASK_EDIT_ALPHA:  # type: ignore[arg-type]
        raise ImageInputError(
            f"{name} has no transparent pixel: nothing would be edited",
            hint="make the area to change transparent",
        )


def flatten(image: Image.Image) -> Image.Image:
    """RGB view; transparent pixels become white (logos on transparent backgrounds are
    common, and a viewer shows them on a white page)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")
