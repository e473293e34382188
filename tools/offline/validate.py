"""Request validation for the Image API, mirroring the real service's 400 answers.

Size rules for gpt-image-2 (the spec gives the first three; the pixel window comes from
OpenAI's image guide as quoted by third parties, so it can be switched off): both edges
multiples of 16, aspect ratio within 1:3..3:1, longest edge at most 3840, and total pixels
between 655,360 and 8,294,400.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import ApiError, invalid_type, invalid_value, missing, unknown_parameter

MIN_PIXELS = 655_360
MAX_PIXELS = 8_294_400
MAX_EDGE = 3840
LEGACY_SIZES = frozenset({"1024x1024", "1536x1024", "1024x1536"})
QUALITIES = ("low", "medium", "high", "xhigh", "max", "auto")
BACKGROUNDS = ("transparent", "opaque", "auto")
FORMATS = ("png", "jpeg", "webp")
MAX_PROMPT = 32_000
DEFAULT_MODEL = "gpt-image-2"

COMMON_PARAMS = frozenset(
    {
        "model",
        "prompt",
        "size",
        "quality",
        "n",
        "background",
        "output_format",
        "output_compression",
        "moderation",
        "stream",
        "partial_images",
        "user",
        "safety_identifier",
        "response_format",
    }
)
EDIT_PARAMS = COMMON_PARAMS | {"image", "image[]", "images", "mask", "input_fidelity"}
# Real SDK parameters that this engine does not implement: refused by name, not as unknown.
UNSUPPORTED = frozenset(
    {"complexity", "frame_count", "frame_duration_ms", "svg", "markup", "style"}
)

_SIZE_RE = re.compile(r"^(\d{1,6})x(\d{1,6})$")


@dataclass(frozen=True)
class ImageParams:
    model: str
    prompt: str
    size: tuple[int, int] | None  # None means "auto"
    quality: str
    n: int
    background: str
    output_format: str
    output_compression: int | None
    moderation: str
    stream: bool
    partial_images: int
    safety_identifier: str | None

    @property
    def resolved_quality(self) -> str:
        return "medium" if self.quality == "auto" else self.quality

    @property
    def resolved_background(self) -> str:
        return "transparent" if self.background == "transparent" else "opaque"


def check_model(model: Any, param: str = "model") -> str:
    if model is None:
        return DEFAULT_MODEL
    if not isinstance(model, str):
        raise invalid_type(param, "a string")
    if not model.startswith(("gpt-image", "chatgpt-image")):
        raise invalid_value(
            param,
            f"Invalid value: '{model}'. The offline engine serves GPT Image models only "
            "(names starting with 'gpt-image' or 'chatgpt-image').",
        )
    return model


def parse_size(
    value: Any, *, enforce_pixel_budget: bool, param: str = "size"
) -> tuple[int, int] | None:
    """``None`` for "auto", else (width, height); raises a 400 naming the rule broken."""
    if value is None or value == "auto":
        return None
    if not isinstance(value, str):
        raise invalid_type(param, "a string")
    if value in LEGACY_SIZES:
        width, height = (int(part) for part in value.split("x"))
        return width, height
    match = _SIZE_RE.match(value)
    if not match:
        raise invalid_value(
            param, f"Invalid size '{value}'. Use 'auto' or WIDTHxHEIGHT, for example '1536x864'."
        )
    width, height = int(match.group(1)), int(match.group(2))
    if width <= 0 or height <= 0:
        raise invalid_value(param, f"Invalid size '{value}': width and height must be positive.")
    if width % 16 or height % 16:
        raise invalid_value(
            param, f"Invalid size '{value}': width and height must both be multiples of 16."
        )
    if max(width, height) > 3 * min(width, height):
        raise invalid_value(
            param, f"Invalid size '{value}': the aspect ratio must be between 1:3 and 3:1."
        )
    if max(width, height) > MAX_EDGE:
        raise invalid_value(
            param, f"Invalid size '{value}': the longest edge must be at most {MAX_EDGE} pixels."
        )
    pixels = width * height
    if enforce_pixel_budget and not MIN_PIXELS <= pixels <= MAX_PIXELS:
        raise invalid_value(
            param,
            f"Invalid size '{value}': total pixels ({pixels}) must be between "
            f"{MIN_PIXELS} and {MAX_PIXELS}.",
        )
    return width, height


def _as_int(body: dict[str, Any], key: str, default: int | None, low: int, high: int) -> int | None:
    raw = body.get(key)
    if raw is None:
        return default
    if isinstance(raw, bool):
        raise invalid_type(key, "an integer")
    if isinstance(raw, str):
        try:
            raw = int(raw)
        except ValueError:
            raise invalid_type(key, "an integer") from None
    if not isinstance(raw, int):
        raise invalid_type(key, "an integer")
    if not low <= raw <= high:
        raise invalid_value(key, f"Invalid value for '{key}': expected {low} to {high}, got {raw}.")
    return raw


def _as_bool(body: dict[str, Any], key: str) -> bool:
    raw = body.get(key)
    if raw is None:
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    raise invalid_type(key, "a boolean")


def _choice(body: dict[str, Any], key: str, options: tuple[str, ...], default: str) -> str:
    raw = body.get(key)
    if raw is None:
        return default
    if raw not in options:
        supported = ", ".join(f"'{o}'" for o in options)
        raise invalid_value(key, f"Invalid value: '{raw}'. Supported values are: {supported}.")
    return str(raw)


def check_keys(body: dict[str, Any], allowed: frozenset[str]) -> None:
    for key in body:
        if key in UNSUPPORTED:
            raise ApiError(
                400,
                f"'{key}' is not supported by the offline engine.",
                param=key,
                code="unsupported_parameter",
            )
        if key not in allowed:
            raise unknown_parameter(key)


def image_params(body: dict[str, Any], *, edit: bool, enforce_pixel_budget: bool) -> ImageParams:
    check_keys(body, EDIT_PARAMS if edit else COMMON_PARAMS)
    prompt = body.get("prompt")
    if prompt is None or prompt == "":
        raise missing("prompt")
    if not isinstance(prompt, str):
        raise invalid_type("prompt", "a string")
    if len(prompt) > MAX_PROMPT:
        raise invalid_value(
            "prompt",
            f"Invalid 'prompt': string too long. Expected at most {MAX_PROMPT} characters.",
        )
    model = check_model(body.get("model"))
    if body.get("response_format") not in (None, "b64_json"):
        raise invalid_value(
            "response_format", "GPT Image models always return base64 images: use 'b64_json'."
        )
    size = parse_size(body.get("size"), enforce_pixel_budget=enforce_pixel_budget)
    background = _choice(body, "background", BACKGROUNDS, "auto")
    output_format = _choice(body, "output_format", FORMATS, "png")
    if background == "transparent" and output_format == "jpeg":
        raise invalid_value(
            "background", "Transparent background requires output_format 'png' or 'webp'."
        )
    compression = _as_int(body, "output_compression", None, 0, 100)
    return ImageParams(
        model=model,
        prompt=prompt,
        size=size,
        quality=_choice(body, "quality", QUALITIES, "auto"),
        n=_as_int(body, "n", 1, 1, 10) or 1,
        background=background,
        output_format=output_format,
        output_compression=compression,
        moderation=_choice(body, "moderation", ("low", "auto"), "auto"),
        stream=_as_bool(body, "stream"),
        partial_images=_as_int(body, "partial_images", 0, 0, 3) or 0,
        safety_identifier=body.get("safety_identifier") or body.get("user"),
    )
