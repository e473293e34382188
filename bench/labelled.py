"""The labelled retrieval set (tests/data/retrieval/labelled.yaml) and how it is scored.

Shared by the retrieval-quality test and ``bench/retrieval.py``: it draws the synthetic
reference images, loads them into a brand index with their statuses, and computes recall@k
of the full retrieve choice and of plain rankings (dense, BM25, hybrid) for comparison.

It also keeps the two other ways of making the retrieve choice that the shipped one was
measured against: ``multi_query_pick`` (one Chroma query per kind asked for and per named
brand, the choice before the approved table) and ``one_query_pick`` (one filtered Chroma
query with a larger ``n_results``, split by kind in Python).
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

from agent.nodes.retrieve import (
    MIN_SCORE,
    Pick,
    _name_pattern,
    kinds_in,
    pick_references,
    primary_logos,
)
from memory.brand.codec import facet
from memory.brand.records import KINDS, AddItem
from memory.brand.text import STOPWORDS, document
from memory.brand_index import BrandIndex

Choose = Callable[..., list[Pick]]

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


def retrieve_ranker(
    index: BrandIndex, k: int = 4, choose: Choose = pick_references
) -> Callable[[str], list[str]]:
    """The full retrieve choice (the shipped one unless ``choose`` says otherwise)."""
    return lambda brief: [p.reference.id for p in choose(index, brief, k=k)]


def multi_query_pick(
    index: BrandIndex, brief: str, *, k: int, kinds: Sequence[str] | None = None
) -> list[Pick]:
    """The retrieve choice made with one Chroma query per kind and per named brand."""
    if k <= 0 or not brief.strip():
        return []
    picked: dict[str, Pick] = {}

    def take(pick: Pick) -> None:
        if len(picked) < k and pick.reference.id not in picked:
            picked[pick.reference.id] = pick

    named = sorted(b for b in index.brands() if _name_pattern(b).search(brief))
    for brand in named:
        logo = primary_logos(index.list(status="approved", brand=brand, kind="logo")).get(brand)
        if logo is not None:
            take(Pick(logo, f"rule: the brief names {brand}; its primary logo"))
    allowed = list(kinds) if kinds else None
    scopes: list[str | None] = list(named) or [None]
    for kind in kinds_in(brief):
        if (allowed is not None and kind not in allowed) or (kind == "logo" and named):
            continue
        hits = [
            hit
            for scope in scopes
            for hit in index.search(brief, k=1, brand=scope, kind=kind)
            if hit.score >= MIN_SCORE
        ]
        for hit in sorted(hits, key=lambda h: h.score, reverse=True)[:1]:
            take(Pick(hit.reference, f"rule: the brief asks for a {kind} ({hit.score:.2f})"))
    if len(picked) < k:
        hits = [
            hit
            for scope in scopes
            for hit in index.search(brief, k=k, brand=scope, kinds=allowed)
            if hit.score >= MIN_SCORE
        ]
        for hit in sorted(hits, key=lambda h: h.score, reverse=True):
            take(Pick(hit.reference, f"similar to the brief (score {hit.score:.2f})"))
    return list(picked.values())


def one_query_pick(
    index: BrandIndex,
    brief: str,
    *,
    k: int,
    kinds: Sequence[str] | None = None,
    n_results: int = 48,
) -> list[Pick]:
    """The retrieve choice from one filtered Chroma query of ``n_results``, split by kind.

    Primary logos come from a ``get`` on the status/brand/kind facet (no embedding). A kind
    asked for whose best match is not among the ``n_results`` is missed.
    """
    if k <= 0 or not brief.strip():
        return []
    picked: dict[str, tuple[float, str]] = {}

    def take(ref_id: str, score: float, why: str) -> None:
        if len(picked) < k and ref_id not in picked:
            picked[ref_id] = (score, why)

    named = sorted(b for b in index.brands() if _name_pattern(b).search(brief))
    for brand in named:
        logo = primary_logos(index.list(status="approved", brand=brand, kind="logo")).get(brand)
        if logo is not None:
            take(logo.id, 1.0, f"rule: the brief names {brand}; its primary logo")
    allowed = list(kinds) if kinds else None
    if len(picked) < k:
        facets = [facet("approved", brand, kind) for brand in named for kind in (allowed or KINDS)]
        where: dict[str, Any] = (
            {"facet": {"$in": facets}}
            if named
            else {"status": "approved"}
            if allowed is None
            else {"$and": [{"status": "approved"}, {"kind": {"$in": allowed}}]}
        )
        result = index.store.collection.query(
            query_embeddings=index.query_vector(brief)[None, :],
            n_results=n_results,
            where=where,
            include=["metadatas", "distances"],
        )
        found = [
            (ref_id, str(meta["kind"]), round(1.0 - float(dist), 4))
            for ref_id, meta, dist in zip(
                result["ids"][0], result["metadatas"][0], result["distances"][0], strict=True
            )
            if round(1.0 - float(dist), 4) >= MIN_SCORE
        ]
        for kind in kinds_in(brief):
            if (allowed is not None and kind not in allowed) or (kind == "logo" and named):
                continue
            for ref_id, _, score in [f for f in found if f[1] == kind][:1]:
                take(ref_id, score, f"rule: the brief asks for a {kind} ({score:.2f})")
        for ref_id, kind, score in found:
            if allowed is None or kind in allowed:
                take(ref_id, score, f"similar to the brief (score {score:.2f})")
    hits = index.hits([(ref_id, score) for ref_id, (score, _) in picked.items()], brief)
    return [Pick(hit.reference, picked[hit.reference.id][1]) for hit in hits]


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
    return [w for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


def approved_documents(index: BrandIndex) -> dict[str, str]:
    return {r.id: document(r) for r in index.list(status="approved")}


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
