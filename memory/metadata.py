"""Removing the text a handed-in image carries beside its pixels, before atelier keeps it.

Uploads and brand references go on to the models as input images. Text in their metadata
(PNG ``tEXt``/``iTXt``/``zTXt`` chunks, EXIF, XMP, IPTC, JPEG comments) is invisible to the
person who approved the image but not to a model, so it is a place to hide instructions.
``strip_metadata`` rebuilds the file without those parts, at the byte level, so pixels are
untouched: PNG keeps its image and colour chunks, JPEG its frame, tables and colour profile,
WebP its image and colour chunks. A JPEG whose EXIF turns it (orientation) is turned first
and re-encoded, since dropping the EXIF alone would show it sideways.

Generated images are never passed through here: their metadata (C2PA provenance) is the
provider's and stays.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

from PIL import Image, ImageOps

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The chunks that draw the image (and animate it), and its colour and density.
_PNG_KEEP = frozenset(
    {
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP",
        b"sBIT", b"pHYs", b"bKGD", b"acTL", b"fcTL", b"fdAT",
    }
)  # fmt: skip
# JPEG segments that carry text: EXIF/XMP (APP1), Ducky (APP12), IPTC (APP13), comments.
_JPEG_DROP = frozenset({0xE1, 0xEC, 0xED, 0xFE})
_JPEG_SOS = 0xDA
_WEBP_DROP = frozenset({b"EXIF", b"XMP "})
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04
ORIENTATION = 0x0112


@dataclass(frozen=True)
class Stripped:
    data: bytes
    removed: tuple[str, ...]  # what was taken out, for the message the user sees


def strip_metadata(data: bytes) -> Stripped:
    """``data`` without its text metadata; the same bytes when it has none or is not a
    PNG, JPEG or WebP file this can read."""
    try:
        if data.startswith(_PNG_SIGNATURE):
            return _png(data)
        if data[:3] == b"\xff\xd8\xff":
            return _jpeg(data)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _webp(data)
    except (struct.error, ValueError, IndexError):
        pass  # a file the validators passed but this cannot walk: kept as it is
    return Stripped(data, ())


def _png(data: bytes) -> Stripped:
    out = [_PNG_SIGNATURE]
    removed: list[str] = []
    at = len(_PNG_SIGNATURE)
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        end = at + 12 + length
        if end > len(data):
            raise ValueError("truncated chunk")
        if kind in _PNG_KEEP:
            out.append(data[at:end])
        else:
            removed.append(kind.decode("latin-1"))
        at = end
        if kind == b"IEND":
            break
    return _result(data, b"".join(out), removed)


def _jpeg(data: bytes) -> Stripped:
    if _orientation(data) not in (None, 1):
        # Pillow copies the comment into the new file: its segments are filtered too.
        turned = _segments(_turned(data))
        return Stripped(turned.data, ("EXIF (turned upright first)", *turned.removed))
    return _segments(data)


def _segments(data: bytes) -> Stripped:
    out = [data[:2]]
    removed: list[str] = []
    at = 2
    while at < len(data):
        if data[at] != 0xFF:
            raise ValueError("not a marker")
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if 0xD0 <= marker <= 0xD9:  # markers without a length
            out.append(data[at : at + 2])
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        end = at + 2 + length
        if marker == _JPEG_SOS:
            out.append(data[at:])  # the scan and everything after it, as it is
            break
        if marker in _JPEG_DROP:
            removed.append("comment" if marker == 0xFE else f"APP{marker - 0xE0}")
        else:
            out.append(data[at:end])
        at = end
    return _result(data, b"".join(out), removed)


def _orientation(data: bytes) -> int | None:
    with Image.open(io.BytesIO(data)) as image:
        value = image.getexif().get(ORIENTATION)
    return int(value) if value is not None else None


def _turned(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        upright = ImageOps.exif_transpose(image)
        icc = image.info.get("icc_profile")
        buffer = io.BytesIO()
        upright.save(buffer, "JPEG", quality=95, icc_profile=icc)
    return buffer.getvalue()


def _webp(data: bytes) -> Stripped:
    chunks: list[bytes] = []
    removed: list[str] = []
    at = 12
    while at + 8 <= len(data):
        kind = data[at : at + 4]
        (size,) = struct.unpack("<I", data[at + 4 : at + 8])
        end = at + 8 + size + (size & 1)
        if end > len(data) + 1:
            raise ValueError("truncated chunk")
        chunk = data[at:end]
        if kind in _WEBP_DROP:
            removed.append(kind.decode("latin-1").strip())
        else:
            if kind == b"VP8X":
                flags = chunk[8] & ~(_VP8X_EXIF | _VP8X_XMP)
                chunk = chunk[:8] + bytes([flags]) + chunk[9:]
            chunks.append(chunk)
        at = end
    body = b"WEBP" + b"".join(chunks)
    return _result(data, b"RIFF" + struct.pack("<I", len(body)) + body, removed)


def _result(original: bytes, rebuilt: bytes, removed: list[str]) -> Stripped:
    return Stripped(rebuilt, tuple(removed)) if removed else Stripped(original, ())
