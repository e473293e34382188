"""The labelled retrieval set (tests/data/retrieval/labelled.yaml) and how it is scored.

Shared by the retrieval-quality test and ``bench/retrieval.py``: it draws the synthetic
reference images, loads them into a brand index with their statuses, and computes recall@k
of the full retrieve choice and of plain rankings (dense, BM25, hybrid) for comparison.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml
from PIL import Image, ImageDraw

from agent.nodes.retrieve import pick_references
from memory.brand_index import _STOPWORDS, AddItem, BrandIndex, _document

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "retrieval" / "labelled.yaml"
IMAGE_SIZE = (160, 120)


@dataclass(frozen=True)
class LabelledSet:
    references: list[dict[str, Any]]
    briefs: list[dict[str, Any]]


def load(path: Path = DATA) -> LabelledSet:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return LabelledSet(references=list(raw["references"]), briefs=list(raw["briefs"]))


def draw(spec: Sequence[str], size: tuple[int, int] = IMAGE_SIZE, seed: int = 0) -> Image.Image:
    """A small picture from ``[shape, background, foreground, (third colour)]``."""
    shape, background, foreground = spec[0], spec[1], spec[2]
    w, h = size
    img = Image.new("RGB", size, background)
    d = ImageDraw.Draw(img)
    jitter = seed % 7
    box = (w // 4 + jitter, h // 4, 3 * w // 4 + jitter, 3 * h // 4)
    if shape == "palette":
        colours = spec[1:]
        step = w // len(colours)
        for i, colour in enumerate(colours):
            d.rectangle((i * step, 0, (i + 1) * step, h), fill=colour)
    elif shape == "text":
        for row in range(3):
            y = h // 5 + row * h // 5
            d.rectangle(
                (w // 8 + jitter, y, 7 * w // 8 - row * w // 8, y + h // 10), fill=foreground
            )
    elif shape == "stripes":
        for x in range(-h, w, 24):
            d.polygon(((x, h), (x + 10, h), (x + 10 + h, 0), (x + h, 0)), fill=foreground)
    elif shape in ("circle", "sun", "leaf"):
        d.ellipse(box, fill=foreground)
        if shape == "sun":
            d.rectangle((0, 3 * h // 5, w, h), fill=spec[2] if len(spec) < 4 else spec[3])
    elif shape == "hills":
        d.polygon(
            ((0, h), (w // 3, h // 3), (2 * w // 3, 2 * h // 3), (w, h // 4), (w, h)), foreground
        )
    elif shape == "grid":
        for x in range(w // 6, 5 * w // 6, w // 8):
            for y in range(h // 6, 5 * h // 6, h // 6):
                d.rectangle((x, y, x + w // 10, y + h // 8), fill=foreground)
    elif shape in ("bottle", "can", "bag", "phone"):
        narrow = {"bottle": 8, "can": 5, "bag": 3, "phone": 5}[shape]
        cx = w // 2 + jitter
        d.rectangle(
            (cx - w // narrow // 2 * 2, h // 8, cx + w // narrow, 7 * h // 8), fill=foreground
        )
    elif shape in ("cup", "pot"):
        d.pieslice((w // 4, h // 6, 3 * w // 4, 5 * h // 6), 0, 180, fill=foreground)
    elif shape in ("shoe", "shirt", "card", "square"):
        d.rounded_rectangle(box, radius=8, fill=foreground)
    else:
        raise ValueError(f"unknown shape {shape!r}")
    return img


def populate(index: BrandIndex, folder: Path, data: LabelledSet | None = None) -> dict[str, str]:
    """Add every labelled reference, set its status, and return key -> reference id."""
    data = data or load()
    folder.mkdir(parents=True, exist_ok=True)
    items: list[AddItem] = []
    for n, ref in enumerate(data.references):
        path = folder / f"{ref['key']}.png"
        draw(ref["draw"], seed=n).save(path)
        items.append(
            AddItem(
                path=path,
                brand=ref["brand"],
                kind=ref["kind"],
                tags=ref.get("tags", []),
                description=ref["description"],
            )
        )
    report = index.add_many(items)
    if report.skipped:
        raise RuntimeError(f"labelled set did not load: {report.skipped[0].reason}")
    ids = {
        ref["key"]: added.reference.id
        for ref, added in zip(data.references, report.added, strict=True)
    }
    for ref in data.references:
        status = ref.get("status", "approved")
        if status in ("approved", "retired"):
            index.approve(ids[ref["key"]], by="labeller")
        if status == "retired":
            index.retire(ids[ref["key"]])
    return ids


@dataclass(frozen=True)
class Score:
    recall: float
    misses: list[tuple[str, list[str]]]  # brief, expected keys that were not returned
    leaked: list[str]  # non-approved keys that were returned


def score(
    data: LabelledSet,
    ids: dict[str, str],
    ranker: Callable[[str], list[str]],
) -> Score:
    """Mean recall@k over the briefs; ``ranker`` returns reference ids for a brief."""
    key_of = {v: k for k, v in ids.items()}
    blocked = {r["key"] for r in data.references if r.get("status", "approved") != "approved"}
    total = 0.0
    misses: list[tuple[str, list[str]]] = []
    leaked: list[str] = []
    for item in data.briefs:
        got = {key_of.get(i, i) for i in ranker(item["brief"])}
        expected = list(item["expect"])
        found = [e for e in expected if e in got]
        total += len(found) / len(expected)
        if len(found) < len(expected):
            misses.append((item["brief"], [e for e in expected if e not in got]))
        leaked.extend(sorted(got & blocked))
    return Score(recall=total / len(data.briefs), misses=misses, leaked=leaked)


def retrieve_ranker(index: BrandIndex, k: int = 4) -> Callable[[str], list[str]]:
    """The full retrieve choice: rules plus dense similarity."""
    return lambda brief: [p.reference.id for p in pick_references(index, brief, k=k)]


def dense_ranker(index: BrandIndex, k: int = 4) -> Callable[[str], list[str]]:
    """Dense similarity alone (the index's embedder), approved references only."""
    return lambda brief: [h.reference.id for h in index.search(brief, k=k)]


_TOKEN = re.compile(r"[\w-]+", re.UNICODE)


class BM25:
    """Okapi BM25 over the approved references' documents (the lexical candidate)."""

    def __init__(self, docs: dict[str, str], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.ids = list(docs)
        self.tokens = [_tokens(docs[i]) for i in self.ids]
        self.k1, self.b = k1, b
        self.avg = sum(len(t) for t in self.tokens) / max(1, len(self.tokens))
        df: Counter[str] = Counter()
        for toks in self.tokens:
            df.update(set(toks))
        n = len(self.tokens)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self.tf = [Counter(t) for t in self.tokens]

    def scores(self, query: str) -> dict[str, float]:
        out: dict[str, float] = {}
        terms = _tokens(query)
        for ref_id, tf, toks in zip(self.ids, self.tf, self.tokens, strict=True):
            s = 0.0
            for t in terms:
                f = tf.get(t, 0)
                if f:
                    norm = f + self.k1 * (1 - self.b + self.b * len(toks) / self.avg)
                    s += self.idf[t] * f * (self.k1 + 1) / norm
            out[ref_id] = s
        return out

    def rank(self, query: str, k: int) -> list[str]:
        scored = self.scores(query)
        return sorted((i for i in scored if scored[i] > 0), key=lambda i: -scored[i])[:k]


def _tokens(text: str) -> list[str]:
    return [w for w in _TOKEN.findall(text.lower()) if w not in _STOPWORDS and len(w) > 1]


def approved_documents(index: BrandIndex) -> dict[str, str]:
    return {r.id: _document(r) for r in index.list(status="approved")}


def bm25_ranker(index: BrandIndex, k: int = 4) -> Callable[[str], list[str]]:
    bm25 = BM25(approved_documents(index))
    return lambda brief: bm25.rank(brief, k)


def hybrid_ranker(index: BrandIndex, k: int = 4, rrf: int = 60) -> Callable[[str], list[str]]:
    """Reciprocal-rank fusion of dense and BM25 rankings (top 20 of each)."""
    bm25 = BM25(approved_documents(index))

    def rank(brief: str) -> list[str]:
        fused: dict[str, float] = {}
        for pos, hit in enumerate(index.search(brief, k=20)):
            fused[hit.reference.id] = fused.get(hit.reference.id, 0.0) + 1.0 / (rrf + pos)
        for pos, ref_id in enumerate(bm25.rank(brief, 20)):
            fused[ref_id] = fused.get(ref_id, 0.0) + 1.0 / (rrf + pos)
        return sorted(fused, key=lambda i: -fused[i])[:k]

    return rank


class LexicalHashEmbedder:
    """The lexical candidate as an embedder: hashed word and word-pair counts, L2-normalised.

    It plugs into the brand index and the retrieve node unchanged, so the full retrieve
    choice can be measured with it against MiniLM.
    """

    name = "lexical-hash-1024"
    dim = 1024

    def embed_array(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            toks = _tokens(text)
            grams = toks + [a + " " + b for a, b in itertools.pairwise(toks)]
            for gram in grams:
                digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                out[row, value % self.dim] += 1.0 if (value >> 63) & 1 else -1.0
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
        return out
