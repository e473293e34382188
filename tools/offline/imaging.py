"""Decoding of uploaded images and masks, and the token usage of image work.

Usage follows gpt-image pricing shapes: output tokens scale with area and quality
(1024x1024: low 272, medium 1056, high 4160), text tokens are about a quarter of the
prompt's characters, and each input image costs 65 tokens per 512x512 tile.
"""

from __future__ import annotations

import math
from typing import Any

from PIL import Image

from core.errors import ImageInputError, ImageTooLarge
from memory.imaging import check_mask as shared_check_mask
from memory.imaging import decode

from .errors import invalid_value, not_found
from .moderation import decode_data_url
from .store import Store

OUTPUT_TOKENS_1024 = {"low": 272, "medium": 1056, "high": 4160, "xhigh": 4160, "max": 4160}
MAX_INPUT_PIXELS = 64_000_000


def decode_image(data: bytes, param: str) -> Image.Image:
    """A fully loaded image, or a 400 naming ``param`` when the bytes are not one.

    atelier's own decoder (``memory.imaging``) does the work, with the service's pixel
    limit checked from the header before anything is decoded.
    """
    try:
        image = decode(data, name=param, max_pixels=MAX_INPUT_PIXELS)
    except ImageTooLarge:
        raise invalid_value(
            param, f"Invalid image file for '{param}': the image is too large."
        ) from None
    except ImageInputError:
        raise invalid_value(
            param, f"Invalid image file for '{param}': the data could not be decoded as an image."
        ) from None
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        fmt = image.format
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
        image.format = fmt  # what was sent, for the mask check
    return image


def image_ref_bytes(ref: Any, param: str, store: Store) -> bytes:
    """Bytes behind ``{"file_id"}`` or ``{"image_url"}`` (data URLs only: the engine is offline)."""
    if not isinstance(ref, dict):
        raise invalid_value(param, f"'{param}' must be an object with 'file_id' or 'image_url'.")
    file_id = ref.get("file_id")
    url = ref.get("image_url")
    if isinstance(url, dict):
        url = url.get("url")
    if isinstance(file_id, str):
        content = store.file_content(file_id)
        if content is None:
            raise not_found("File", file_id, param=f"{param}.file_id")
        return content
    if isinstance(url, str):
        return decode_data_url(url, f"{param}.image_url")
    raise invalid_value(param, f"'{param}' must have 'file_id' or 'image_url'.")


def check_mask(mask: Image.Image, first: Image.Image, param: str = "mask") -> None:
    """atelier's mask check (``memory.imaging.check_mask``) as the service's 400."""
    try:
        shared_check_mask(mask, mask.format or "", first.size, name="the mask")
    except ImageInputError as err:
        raise invalid_value(param, f"Invalid mask: {err.message}.") from None


def image_tokens(images: list[Image.Image]) -> int:
    return sum(65 * max(1, math.ceil(im.width * im.height / (512 * 512))) for im in images)


def usage(
    prompt: str, inputs: list[Image.Image], size: tuple[int, int], quality: str, n: int
) -> dict[str, Any]:
    text = max(1, math.ceil(len(prompt) / 4))
    images = image_tokens(inputs)
    per_image = OUTPUT_TOKENS_1024.get(quality, 1056) * size[0] * size[1] / 1_048_576
    output = max(1, math.ceil(per_image)) * n
    return {
        "input_tokens": text + images,
        "input_tokens_details": {"text_tokens": text, "image_tokens": images},
        "output_tokens": output,
        "total_tokens": text + images + output,
    }
