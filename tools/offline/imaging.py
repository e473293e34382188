"""Decoding of uploaded images and masks, and the token usage of image work.

Usage follows gpt-image pricing shapes: output tokens scale with area and quality
(1024x1024: low 272, medium 1056, high 4160), text tokens are about a quarter of the
prompt's characters, and each input image costs 65 tokens per 512x512 tile.
"""

from __future__ import annotations

import io
import math
import warnings
from typing import Any

from PIL import Image

from .errors import ApiError, invalid_value, not_found
from .moderation import decode_data_url
from .store import Store

OUTPUT_TOKENS_1024 = {"low": 272, "medium": 1056, "high": 4160, "xhigh": 4160, "max": 4160}
MAX_INPUT_PIXELS = 64_000_000


def decode_image(data: bytes, param: str) -> Image.Image:
    """A fully loaded image, or a 400 naming ``param`` when the bytes are not one."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_INPUT_PIXELS:
                raise invalid_value(param, "The image is too large.")
            image.load()
    except ApiError:
        raise
    except Exception:
        raise invalid_value(
            param, f"Invalid image file for '{param}': the data could not be decoded as an image."
        ) from None
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
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


def check_mask(mask: Image.Image, first: Image.Image) -> None:
    if mask.size != first.size:
        raise invalid_value(
            "mask",
            f"Invalid mask: the mask ({mask.width}x{mask.height}) must be the same size as the "
            f"first image ({first.width}x{first.height}).",
        )


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
