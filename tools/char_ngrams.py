"""Character n-grams inside words, hashed into a fixed table: what the learned heads read.

Two heads read briefs by their spelling (the second opinion's spelling head in
``tools.brief_risk`` and the planner's second look in ``tools.offline.route_head``). Pieces
of words carry over to wording no list met: a slang spelling, another ending of the same
verb, a compound in a script that writes no spaces. Training and use read a brief through
this one function, so the slots agree.
"""

from __future__ import annotations

import io
import json
import math
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt


def brief_words(text: str, max_chars: int) -> list[str]:
    """The words a head reads in a brief: its first ``max_chars`` characters, NFKC-folded
    (full-width and compatibility forms as their plain letters) and lower-cased."""
    return unicodedata.normalize("NFKC", text[:max_chars]).lower().split()


def hashed_counts(words: Iterable[str], sizes: Sequence[int], slots: int) -> dict[int, float]:
    """Each word's n-grams of ``sizes`` (the word padded with a space each side), hashed to
    ``slots``, with sublinear counts (1 + log n)."""
    counts: dict[int, int] = {}
    for word in words:
        padded = f" {word} "
        for size in sizes:
            for start in range(len(padded) - size + 1):
                slot = zlib.crc32(padded[start : start + size].encode("utf-8")) % slots
                counts[slot] = counts.get(slot, 0) + 1
    return {slot: 1.0 + math.log(n) for slot, n in counts.items()}


def unit_tfidf(
    counts: dict[int, float], idf: npt.NDArray[np.float32]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """The occupied slots of ``counts`` and their tf-idf values, scaled to unit length."""
    slots = np.fromiter(counts, dtype=np.int64, count=len(counts))
    values = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    values *= idf[slots]
    norm = float(np.linalg.norm(values))
    return slots, values / norm if norm else values


def kept_positions(
    kept: npt.NDArray[np.int64], slots: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.int64]]:
    """For hash ``slots``, which are among a sparse head's sorted ``kept`` slots, and where
    each sits in its arrays (meaningful only where kept)."""
    at = np.searchsorted(kept, slots)
    at[at >= kept.size] = 0
    found = kept[at] == slots if kept.size else np.zeros(slots.shape, dtype=bool)
    return found, at


def _write_arrays(path: Path, meta: dict[str, Any], **arrays: npt.NDArray[Any]) -> None:
    buffer = io.BytesIO()
    payload: dict[str, Any] = {"meta": np.array(json.dumps(meta, ensure_ascii=False)), **arrays}
    np.savez_compressed(buffer, **payload)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(path)


def _read_arrays(path: Path, *names: str) -> tuple[list[npt.NDArray[Any]], dict[str, Any]]:
    with np.load(path, allow_pickle=False) as raw:
        meta = json.loads(str(raw["meta"]))
        arrays = [np.asarray(raw[name]) for name in names]
    if not isinstance(meta, dict):
        raise TypeError("its metadata is not a mapping")
    return arrays, meta


def save_head(
    path: Path,
    *,
    idf: npt.NDArray[np.float32],
    weights: npt.NDArray[np.float32],
    meta: dict[str, Any],
) -> None:
    """Store a head's idf and weights (float16: the heads read the same at half the size)
    with its metadata as JSON, replacing ``path`` whole."""
    _write_arrays(path, meta, idf=idf.astype(np.float16), weights=weights.astype(np.float16))


def load_head(
    path: Path,
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], dict[str, Any]]:
    """A head stored by ``save_head``: its idf, its weights (back to float32) and its
    metadata. Raises OSError, KeyError, ValueError or TypeError on a file that is not one;
    each caller names its own head in the error it gives."""
    (idf, weights), meta = _read_arrays(path, "idf", "weights")
    return idf.astype(np.float32), weights.astype(np.float32), meta


def save_sparse_head(
    path: Path,
    *,
    slots: npt.NDArray[np.int64],
    idf: npt.NDArray[np.float32],
    weights: npt.NDArray[np.float32],
    meta: dict[str, Any],
) -> None:
    """Store a head over a hash space too large to hold whole: the sorted ``slots`` it kept,
    with their idf and weights, as ``save_head`` stores a dense one."""
    _write_arrays(
        path,
        meta,
        slots=slots.astype(np.int64),
        idf=idf.astype(np.float16),
        weights=weights.astype(np.float16),
    )


def load_sparse_head(
    path: Path,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32], npt.NDArray[np.float32], dict[str, Any]]:
    """A head stored by ``save_sparse_head``: its slots, idf, weights and metadata. Raises as
    ``load_head`` does on a file that is not one."""
    (slots, idf, weights), meta = _read_arrays(path, "slots", "idf", "weights")
    return slots.astype(np.int64), idf.astype(np.float32), weights.astype(np.float32), meta
