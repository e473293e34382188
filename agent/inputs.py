"""The images and mask handed to a turn, checked together before any of them is stored.

The CLI, the web page (through ``Runner``) and session files (before their first model
call) all check attachments here: each path inside the folders atelier reads, each file a
complete image of a supported format and a sane size (``memory.assets``), without the text
its metadata carried (``memory.metadata``), the mask a PNG
with transparency the size of the image it applies to (``memory.imaging.check_mask``).
Nothing is written until every file has passed, so a refused turn leaves no asset behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import ImageInputError
from memory.assets import read_image_file, validate_image_bytes
from memory.imaging import check_mask, decode
from memory.metadata import strip_metadata
from tools.images import MAX_INPUT_IMAGES


@dataclass(frozen=True)
class CheckedImage:
    path: Path
    label: str
    data: bytes
    width: int
    height: int
    format: str


def check_image_file(path: Path, readable: Callable[[Path], Path]) -> CheckedImage:
    """``path`` allowed by ``readable``, read, validated and stripped of the text its
    metadata carries (``memory.metadata``), not stored."""
    allowed = readable(path)
    data, label = read_image_file(allowed)
    width, height, fmt = validate_image_bytes(data, name=label)
    return CheckedImage(allowed, label, strip_metadata(data).data, width, height, fmt)


def check_mask_image(mask: CheckedImage, target: tuple[int, int]) -> None:
    check_mask(decode(mask.data, name=mask.label), mask.format, target)


def check_attachments(
    images: Sequence[Path],
    mask: Path | None,
    readable: Callable[[Path], Path],
    *,
    current: tuple[int, int] | None = None,
) -> tuple[list[CheckedImage], CheckedImage | None]:
    """Every image, then the mask against the first image (or ``current``, the thread's
    image, when none is attached)."""
    if len(images) > MAX_INPUT_IMAGES:
        raise ImageInputError(
            f"{len(images)} images are attached, but one request can send at most "
            f"{MAX_INPUT_IMAGES}",
            hint="attach fewer images, or split the work over several turns",
        )
    checked = [check_image_file(p, readable) for p in images]
    if mask is None:
        return checked, None
    mask_file = check_image_file(mask, readable)
    target = (checked[0].width, checked[0].height) if checked else current
    if target is None:
        raise ImageInputError(
            "a mask needs an image to apply to", hint="attach the image with --image"
        )
    check_mask_image(mask_file, target)
    return checked, mask_file
