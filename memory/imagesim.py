"""Image fingerprints for the brand library: perceptual hash and a small similarity vector.

This module owns how atelier compares pixels without a model: a 64-bit DCT perceptual hash
and an 8x8 colour grid (together: near-duplicate detection) and a compact signature (the
hash bits plus the centred colour grid) for "find references that look like this image".
Everything is Pillow and numpy, so nothing is downloaded and no extra package is needed.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
from PIL import Image

from memory.imaging import decode, flatten

HASH_SIZE = 8  # 8x8 low frequencies -> 64 bits
_DCT_INPUT = 32
# Near duplicates measured on resized / re-encoded / lightly cropped copies stay well under
# this many differing bits, while unrelated images sit around 32.
NEAR_DUPLICATE_BITS = 10
GRID = 8  # colour layout: mean RGB of an 8x8 grid
SIGNATURE_DIM = 64 + GRID * GRID * 3


@cache
def _dct_matrix(n: int) -> npt.NDArray[np.float64]:
    k = np.arange(n)[:, None]
    i = np.arange(n)[None, :]
    matrix = np.cos(np.pi * (2 * i + 1) * k / (2 * n)) * np.sqrt(2.0 / n)
    matrix[0, :] = np.sqrt(1.0 / n)
    out: npt.NDArray[np.float64] = matrix
    return out


def _hash_bits(img: Image.Image) -> npt.NDArray[np.bool_]:
    gray = img.convert("L").resize((_DCT_INPUT, _DCT_INPUT), Image.Resampling.LANCZOS)
    pixels = np.asarray(gray, dtype=np.float64)
    dct = _dct_matrix(_DCT_INPUT)
    freq = dct @ pixels @ dct.T
    low = freq[:HASH_SIZE, :HASH_SIZE].flatten()
    # The DC term would dominate the median; compare against the median of the rest.
    median = np.median(low[1:])
    bits: npt.NDArray[np.bool_] = low > median
    return bits


def _bits_to_hex(bits: npt.NDArray[np.bool_]) -> str:
    value = 0
    for bit in bits:
        value = (value << 1) | int(bit)
    return f"{value:016x}"


def phash_image(img: Image.Image) -> str:
    """The 64-bit perceptual hash of an open image, as 16 hex digits."""
    return _bits_to_hex(_hash_bits(flatten(img)))


def phash_bytes(data: bytes) -> str:
    img = decode(data)
    return phash_image(img)


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex hashes."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def near_duplicates(
    phash: str, known: Sequence[tuple[str, str]], *, max_bits: int = NEAR_DUPLICATE_BITS
) -> list[tuple[str, int]]:
    """``(id, bits)`` of the ``known`` ``(id, phash)`` pairs within ``max_bits``, closest first."""
    if not known:
        return []
    target = np.uint64(int(phash, 16))
    values = np.array([int(h, 16) for _, h in known], dtype=np.uint64)
    xor = np.bitwise_xor(values, target)
    counts = np.unpackbits(xor.view(np.uint8).reshape(-1, 8), axis=1).sum(axis=1)
    close = [(known[int(i)][0], int(counts[i])) for i in np.flatnonzero(counts <= max_bits)]
    return sorted(close, key=lambda pair: (pair[1], pair[0]))


def signature_image(img: Image.Image) -> npt.NDArray[np.float32]:
    """A unit vector whose dot product with another says how alike two images look.

    Half layout (the hash bits as +-1), half colour layout (mean RGB of an 8x8 grid,
    centred on mid-grey): averaged cells survive re-encoding and resizing, where hard
    histogram bins jump on flat brand colours.
    """
    rgb = flatten(img)
    bits = _hash_bits(rgb).astype(np.float32) * 2.0 - 1.0
    grid = rgb.resize((GRID, GRID), Image.Resampling.BOX)
    colour = (np.asarray(grid, dtype=np.float32).reshape(-1) - 127.5) / 127.5
    norm = float(np.linalg.norm(colour))
    colour = colour / norm if norm > 1e-6 else colour
    vec = np.concatenate([bits / np.linalg.norm(bits), colour])
    unit: npt.NDArray[np.float32] = (vec / np.linalg.norm(vec)).astype(np.float32)
    return unit


# Largest per-cell colour change (0-255, any channel, 8x8 grid) a near duplicate may show:
# re-encoding and resizing move cells by a few levels, a recolour by a hundred or more.
NEAR_DUPLICATE_CELL_DELTA = 48


def colour_grid(img: Image.Image) -> npt.NDArray[np.uint8]:
    """Mean RGB of each cell of an 8x8 grid, flattened (192 bytes)."""
    grid = flatten(img).resize((GRID, GRID), Image.Resampling.BOX)
    cells: npt.NDArray[np.uint8] = np.asarray(grid, dtype=np.uint8).reshape(-1)
    return cells


@dataclass(frozen=True)
class Fingerprint:
    """What the library keeps per image to spot near duplicates and rank by looks."""

    phash: str
    grid: npt.NDArray[np.uint8]
    signature: npt.NDArray[np.float32] | None = None

    def same_colours(self, other: Fingerprint) -> bool:
        delta = np.abs(self.grid.astype(np.int16) - other.grid.astype(np.int16))
        return int(delta.max(initial=0)) <= NEAR_DUPLICATE_CELL_DELTA

    def encoded_grid(self) -> str:
        return base64.b64encode(self.grid.tobytes()).decode("ascii")

    def encoded_signature(self) -> str:
        return encode_signature(self.signature) if self.signature is not None else ""

    @staticmethod
    def decode(phash: str, grid: str) -> Fingerprint | None:
        if not phash or not grid:
            return None
        cells = np.frombuffer(base64.b64decode(grid), dtype=np.uint8)
        if cells.size != GRID * GRID * 3:
            return None
        return Fingerprint(phash=phash, grid=cells)


def fingerprint_bytes(data: bytes) -> Fingerprint:
    img = decode(data)
    return Fingerprint(
        phash=phash_image(img), grid=colour_grid(img), signature=signature_image(img)
    )


def signature_bytes(data: bytes) -> npt.NDArray[np.float32]:
    img = decode(data)
    return signature_image(img)


def encode_signature(vec: npt.NDArray[np.float32]) -> str:
    """Pack a signature into a short string (float16, base64) for Chroma metadata."""
    return base64.b64encode(vec.astype(np.float16).tobytes()).decode("ascii")


def decode_signature(text: str) -> npt.NDArray[np.float32] | None:
    if not text:
        return None
    raw = np.frombuffer(base64.b64decode(text), dtype=np.float16)
    if raw.size != SIGNATURE_DIM:
        return None
    return raw.astype(np.float32)
