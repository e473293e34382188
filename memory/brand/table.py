"""The approved references of a collection in memory, for exact ranking on every turn.

At 10,000 references one numpy product over the table costs well under a millisecond,
where each filtered Chroma query costs 7-12 ms and a turn needed several. The table is
kept right across instances and processes by a change stamp in the collection's metadata
(``memory.brand.chroma``): each read compares the stamp (and the count) with the table's,
then reads only what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from core.errors import StorageError
from memory.brand.chroma import ChromaCollection, Stamp
from memory.brand.codec import FINGERPRINT_KEYS, from_metadata
from memory.brand.records import KINDS, Reference, check_kind


class ApprovedTable:
    """The approved references of one collection in memory, as of one change stamp.

    Holds what never changes once a reference is approved (its vector, brand, kind, tags,
    approval time) for every approved reference, and the brand of every reference of any
    status. Status, approver and Files API ids can change later, so callers read those
    fresh (:meth:`BrandIndex.hits`) for what they finally pick. Vectors are scaled to unit
    length, so a dot product is the cosine similarity Chroma's cosine space ranks by, and a
    ranking here is exact where Chroma's HNSW is approximate. A table's data never changes
    once built (it only memoises the references it hands out), so threads share it freely;
    a newer one is built from it by :meth:`updated`.
    """

    def __init__(
        self,
        stamp: Stamp,
        *,
        known: Mapping[str, str],
        ids: Sequence[str],
        vectors: npt.ArrayLike,
        metadatas: Sequence[Mapping[str, Any]],
    ) -> None:
        if len(ids) != len(metadatas):
            raise ValueError("ids and metadatas must have one entry per reference")
        self.stamp = stamp
        # Reference id -> brand, for every reference whatever its status.
        self.known: dict[str, str] = dict(known)
        self.brands: frozenset[str] = frozenset(self.known.values())
        self.ids: tuple[str, ...] = tuple(ids)
        self.row_of = {ref_id: row for row, ref_id in enumerate(self.ids)}
        matrix = as_matrix(vectors, len(self.ids))
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        self.vectors: npt.NDArray[np.float32] = np.ascontiguousarray(
            matrix / np.clip(norms, 1e-12, None), dtype=np.float32
        )
        # The image fingerprints are most of each entry's metadata and ranking never uses them.
        self._metas = [
            {key: value for key, value in m.items() if key not in FINGERPRINT_KEYS}
            for m in metadatas
        ]
        names = sorted({str(m["brand"]) for m in self._metas})
        self._brand_code = {name: code for code, name in enumerate(names)}
        self._brand_of = np.asarray(
            [self._brand_code[str(m["brand"])] for m in self._metas], dtype=np.int32
        )
        self._kind_of = np.asarray(
            [KINDS.index(str(m["kind"])) for m in self._metas], dtype=np.int8
        )
        self._refs: dict[int, Reference] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def updated(
        self,
        stamp: Stamp,
        *,
        known: Mapping[str, str],
        approved: Iterable[str],
        ids: Sequence[str],
        vectors: npt.ArrayLike,
        metadatas: Sequence[Mapping[str, Any]],
    ) -> ApprovedTable:
        """This table with only the ``approved`` ids kept, plus the rows given."""
        still = set(approved)
        keep = [row for row, ref_id in enumerate(self.ids) if ref_id in still]
        parts = [m for m in (self.vectors[keep], as_matrix(vectors, len(ids))) if len(m)]
        if len({m.shape[1] for m in parts}) > 1:
            raise StorageError("the brand index holds vectors of two different sizes")
        matrix = np.concatenate(parts) if parts else np.zeros((0, 0), dtype=np.float32)
        return ApprovedTable(
            stamp,
            known=known,
            ids=[self.ids[row] for row in keep] + list(ids),
            vectors=matrix,
            metadatas=[self._metas[row] for row in keep] + list(metadatas),
        )

    def mask(
        self, *, brands: Sequence[str] | None = None, kinds: Sequence[str] | None = None
    ) -> npt.NDArray[np.bool_]:
        """Rows of any of ``brands`` and any of ``kinds`` (``None`` or empty: no restriction)."""
        for kind in kinds or ():
            check_kind(kind)
        keep = np.ones(len(self.ids), dtype=np.bool_)
        if brands:
            names = {b.strip() for b in brands}
            codes = [code for name, code in self._brand_code.items() if name in names]
            keep &= np.isin(self._brand_of, np.asarray(codes, dtype=np.int32))
        if kinds:
            wanted = np.asarray(sorted({KINDS.index(k) for k in kinds}), dtype=np.int8)
            keep &= np.isin(self._kind_of, wanted)
        return keep

    def references(self, mask: npt.NDArray[np.bool_]) -> list[Reference]:
        """The rows in ``mask`` as references, oldest first (as :meth:`BrandIndex.list`).

        Their status and Files API ids are as loaded; read them fresh before relying on them.
        """
        refs = [self._reference(int(row)) for row in np.flatnonzero(mask)]
        return sorted(refs, key=lambda r: (r.created_at, r.id))

    def _reference(self, row: int) -> Reference:
        # Built once per table: a named brand's logos are read on every turn that names it.
        ref = self._refs.get(row)
        if ref is None:
            ref = self._refs[row] = from_metadata(self.ids[row], self._metas[row], None)
        return ref

    def rank(self, vector: npt.ArrayLike) -> Ranking:
        """Score every row against a query embedding once."""
        return Ranking(self, np.asarray(vector, dtype=np.float32).reshape(-1))


class Ranking:
    """One query embedding scored against every row of an :class:`ApprovedTable`."""

    def __init__(self, table: ApprovedTable, vector: npt.NDArray[np.float32]) -> None:
        self.table = table
        self.scores: npt.NDArray[np.float32] = np.zeros(len(table), dtype=np.float32)
        if len(table):
            if vector.shape[0] != table.vectors.shape[1]:
                raise StorageError(
                    f"query vector has {vector.shape[0]} dimensions, "
                    f"the brand index {table.vectors.shape[1]}"
                )
            norm = float(np.linalg.norm(vector))
            unit = (vector / norm if norm > 0 else vector).astype(np.float32)
            self.scores = table.vectors @ unit

    def best(
        self,
        k: int,
        *,
        brands: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
        min_score: float | None = None,
    ) -> list[tuple[str, float]]:
        """``(id, score)`` of the ``k`` best rows of ``brands`` and ``kinds``, best first.

        Scores are rounded as :meth:`BrandIndex.search` reports them and ``min_score``
        applies to the rounded score; equal scores keep the table's order.
        """
        if k < 1:
            return []
        rows = np.flatnonzero(self.table.mask(brands=brands, kinds=kinds))
        if rows.size == 0:
            return []
        scores = self.scores[rows]
        if rows.size > k:
            top = np.argpartition(-scores, k - 1)[:k]
            rows, scores = rows[top], scores[top]
        order = np.lexsort((rows, -scores))
        out: list[tuple[str, float]] = []
        for row, raw in zip(rows[order], scores[order], strict=True):
            score = round(float(raw), 4)
            if min_score is not None and score < min_score:
                break
            out.append((self.table.ids[int(row)], score))
        return out


def load_table(store: ChromaCollection, stamp: Stamp) -> ApprovedTable:
    """Every approved reference of the collection, as of ``stamp``."""
    # Documents are left out: they cost as much to read as everything else together and
    # only the few references finally picked need theirs (read by ``hits``).
    found = store.call("get", include=["embeddings", "metadatas"])
    metas: list[Mapping[str, Any]] = found["metadatas"]
    rows = [i for i, meta in enumerate(metas) if meta.get("status") == "approved"]
    return ApprovedTable(
        stamp,
        known={ref_id: str(m["brand"]) for ref_id, m in zip(found["ids"], metas, strict=True)},
        ids=[found["ids"][i] for i in rows],
        vectors=rows_of(found["embeddings"], rows),
        metadatas=[metas[i] for i in rows],
    )


def refresh_table(store: ChromaCollection, table: ApprovedTable, stamp: Stamp) -> ApprovedTable:
    """``table`` caught up to ``stamp``, reading only the references that changed."""
    known = table.known
    if stamp[1] != table.stamp[1]:
        every = store.call("get", include=[])["ids"]
        if not set(known) <= set(every):
            return load_table(store, stamp)  # something was deleted: start again
        new = [i for i in every if i not in known]
        if new:
            found = store.call("get", ids=new, include=["metadatas"])
            known = {**known}
            known.update(
                (i, str(m["brand"])) for i, m in zip(found["ids"], found["metadatas"], strict=True)
            )
    approved = store.call("get", where={"status": "approved"}, include=[])["ids"]
    added = [i for i in approved if i not in table.row_of]
    ids: list[str] = []
    metas: list[Mapping[str, Any]] = []
    vectors = np.zeros((0, table.vectors.shape[1]), dtype=np.float32)
    if added:
        found = store.call("get", ids=added, include=["embeddings", "metadatas"])
        # Retired between the two reads: the next stamp check catches up.
        rows = [i for i, m in enumerate(found["metadatas"]) if m.get("status") == "approved"]
        ids = [found["ids"][i] for i in rows]
        metas = [found["metadatas"][i] for i in rows]
        vectors = rows_of(found["embeddings"], rows)
        # Added and approved since the ids were read: the brand is known all the same.
        known = {**known, **{i: str(m["brand"]) for i, m in zip(ids, metas, strict=True)}}
    return table.updated(
        stamp, known=known, approved=approved, ids=ids, vectors=vectors, metadatas=metas
    )


def as_matrix(vectors: npt.ArrayLike, n: int) -> npt.NDArray[np.float32]:
    matrix = np.asarray(vectors, dtype=np.float32)
    if n == 0:
        return np.zeros((0, matrix.shape[-1] if matrix.ndim == 2 else 0), dtype=np.float32)
    out: npt.NDArray[np.float32] = matrix.reshape(n, -1)
    return out


def rows_of(embeddings: Any, rows: Sequence[int]) -> npt.NDArray[np.float32]:
    if not rows:
        return np.zeros((0, 0), dtype=np.float32)
    matrix: npt.NDArray[np.float32] = np.asarray(embeddings, dtype=np.float32)[list(rows)]
    return matrix
