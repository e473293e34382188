"""The brand library: a Chroma collection of brand references and their approval workflow.

This module owns the ``brand_references`` collection (one entry per reference image, whose
bytes live in the :class:`~memory.assets.AssetStore`), the pending -> approved -> retired
life cycle, duplicate and near-duplicate checks on add, promotion of generated assets, the
per-provider Files API ids cached on each reference, and search over descriptions and tags
(optionally also by how alike the pictures look). Only approved references are returned to
the graph unless a caller asks otherwise.

It also owns :class:`ApprovedTable`, the approved references of one collection held in
memory (vectors, brands, kinds) for exact brute-force ranking, which is what the retrieve
node chooses from: at 10,000 references one numpy product over the table costs well under
a millisecond, where each filtered Chroma query costs 7-12 ms and a turn needed several.
The table is kept right across instances and processes by a change stamp in the
collection's metadata: every write through this class sets a fresh random token after the
data, and each :meth:`BrandIndex.approved` call reads the stamp (and the count) before
trusting its table, then reads only what changed.
"""

from __future__ import annotations

import asyncio
import builtins
import copy
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, cast, get_args

import chromadb
import numpy as np
import numpy.typing as npt
import pydantic
from chromadb.config import Settings

from agent.errors import AtelierError, InputError, NotFound, StateConflict, StorageError
from memory import imagesim
from memory.assets import AssetRef, AssetStore
from memory.embeddings import Embedder, MiniLMEmbedder, chroma_embedding_function

COLLECTION = "brand_references"
# Recall on unclustered vectors was poor with Chroma's defaults; 200 is cheap at library sizes.
HNSW_CONFIG: dict[str, Any] = {
    "hnsw": {"space": "cosine", "ef_construction": 200, "ef_search": 200}
}
DEFAULT_CHROMA_PORT = 8000
# Collection metadata key whose value changes on every write (see ApprovedTable).
STAMP_KEY = "atelier_changed"

Kind = Literal["logo", "product", "palette", "style", "photo", "font-sample"]
Status = Literal["pending", "approved", "retired"]
KINDS: tuple[str, ...] = get_args(Kind)

# Extra words per kind so a query like "brand mark" or "colour swatches" finds the right kind.
_KIND_WORDS: dict[str, str] = {
    "logo": "logo brand mark emblem",
    "product": "product shot packshot",
    "palette": "colour color palette swatches",
    "style": "style reference look and feel",
    "photo": "photograph photo",
    "font-sample": "font typeface typography sample",
}
_WORD = re.compile(r"[\w-]+", re.UNICODE)
_STOPWORDS = frozenset(
    {"a", "an", "and", "the", "of", "in", "on", "for", "with", "to", "by", "at", "from"}
    | {"is", "are", "this", "that", "our", "its", "it"}
)


class Reference(pydantic.BaseModel):
    """A brand reference image and where it stands in the approval workflow."""

    id: str
    sha256: str
    path: str
    brand: str
    kind: Kind
    tags: list[str]
    description: str
    status: Status
    width: int
    height: int
    phash: str = ""
    approved_by: str | None = None
    approved_at: datetime | None = None
    retired_at: datetime | None = None
    created_at: datetime
    # The generated asset this reference was promoted from, when it was.
    promoted_from: str | None = None
    # Provider name -> Files API id of these bytes already uploaded there.
    file_ids: dict[str, str] = pydantic.Field(default_factory=dict)

    @property
    def primary(self) -> bool:
        return "primary" in (t.lower() for t in self.tags)


class SearchHit(pydantic.BaseModel):
    reference: Reference
    score: float  # 1 - cosine distance: 1.0 is identical meaning
    why: str
    image_score: float | None = None  # set when the search compared pixels too


class NearDuplicate(pydantic.BaseModel):
    id: str
    bits: int  # perceptual-hash bits that differ: 0 is visually identical


class Added(pydantic.BaseModel):
    reference: Reference
    near_duplicates: list[NearDuplicate] = pydantic.Field(default_factory=list)


class Skipped(pydantic.BaseModel):
    source: str
    reason: str


class AddReport(pydantic.BaseModel):
    """What a batch add did with each input: added (with near duplicates) or skipped, and why."""

    added: list[Added] = pydantic.Field(default_factory=list)
    skipped: list[Skipped] = pydantic.Field(default_factory=list)


class AddItem(pydantic.BaseModel):
    """One file to add in a batch."""

    path: Path
    brand: str
    kind: str
    tags: list[str] = pydantic.Field(default_factory=list)
    description: str = ""


def reference_id(sha256: str) -> str:
    return "ref_" + sha256[:12]


def collection_name(embedder: Embedder) -> str:
    # Vectors from different models cannot share an index, so each gets its own collection.
    if embedder.name == MiniLMEmbedder.name:
        return COLLECTION
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", embedder.name).strip("-")
    return f"{COLLECTION}-{slug}"[:512]


Stamp = tuple[str, int]  # (change token, reference count)
_FINGERPRINT_KEYS = frozenset({"signature", "grid"})


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
        matrix = _matrix(vectors, len(self.ids))
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        self.vectors: npt.NDArray[np.float32] = np.ascontiguousarray(
            matrix / np.clip(norms, 1e-12, None), dtype=np.float32
        )
        # The image fingerprints are most of each entry's metadata and ranking never uses them.
        self._metas = [
            {key: value for key, value in m.items() if key not in _FINGERPRINT_KEYS}
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
        parts = [m for m in (self.vectors[keep], _matrix(vectors, len(ids))) if len(m)]
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
            if kind not in KINDS:
                raise InputError(f"unknown reference kind {kind!r}; use one of: {', '.join(KINDS)}")
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
            ref = self._refs[row] = _from_metadata(self.ids[row], self._metas[row], None)
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


class BrandIndex:
    """Brand references in Chroma (embedded on disk, or a Chroma server when ``host`` is set)."""

    def __init__(
        self,
        data_dir: Path,
        assets: AssetStore,
        *,
        embedder: Embedder | None = None,
        host: str | None = None,
        port: int | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.assets = assets
        self.embedder: Embedder = embedder or MiniLMEmbedder()
        # One lock per instance serialises read-modify-write of a reference's status.
        self._lock = threading.Lock()
        self._fingerprints: dict[str, imagesim.Fingerprint] | None = None
        self._recent: dict[str, Any] = {}
        self._recent_lock = threading.Lock()
        self._table: ApprovedTable | None = None
        self._table_lock = threading.Lock()
        settings = Settings(anonymized_telemetry=False)
        path = self.data_dir / "chroma"
        where = f"Chroma server {host}:{port or DEFAULT_CHROMA_PORT}" if host else str(path)
        try:
            if host:
                self.client: Any = chromadb.HttpClient(
                    host=host, port=port or DEFAULT_CHROMA_PORT, settings=settings
                )
            else:
                path.mkdir(parents=True, exist_ok=True)
                self.client = chromadb.PersistentClient(path=str(path), settings=settings)
            # The embedding function is always passed: Chroma's default one downloads a model.
            self._embedding_function = chroma_embedding_function(self.embedder)
            self.collection: Any = self.client.get_or_create_collection(
                collection_name(self.embedder),
                embedding_function=self._embedding_function,
                # Chroma writes the embedding function into the dict it is given.
                configuration=copy.deepcopy(HNSW_CONFIG),
            )
        except Exception as exc:
            raise StorageError(f"cannot open the brand index at {where}: {exc}") from exc

    # -- library ---------------------------------------------------------------------------

    def add(
        self,
        path: Path,
        *,
        brand: str,
        kind: str,
        tags: Sequence[str] = (),
        description: str = "",
    ) -> Reference:
        """Store the image and add it as a pending reference; approve it before it is used."""
        return self.add_checked(
            path, brand=brand, kind=kind, tags=tags, description=description
        ).reference

    def add_checked(
        self,
        path: Path,
        *,
        brand: str,
        kind: str,
        tags: Sequence[str] = (),
        description: str = "",
    ) -> Added:
        """Like :meth:`add`, and also say which stored references look nearly the same."""
        item = AddItem(path=path, brand=brand, kind=kind, tags=list(tags), description=description)
        report = self.add_many([item], raise_errors=True)
        return report.added[0]

    def add_many(
        self,
        items: Sequence[AddItem],
        *,
        on_progress: Callable[[Path, str], None] | None = None,
        raise_errors: bool = False,
        batch_size: int = 64,
    ) -> AddReport:
        """Add many files; each bad file is skipped with its reason and the rest go on.

        Embeddings and Chroma writes are batched. ``on_progress(path, outcome)`` is called
        once per item. With ``raise_errors`` the first error is raised instead of skipped.
        """
        report = AddReport()
        pending: builtins.list[tuple[Reference, str, dict[str, str]]] = []

        def flush() -> None:
            if not pending:
                return
            documents = [doc for _, doc, _ in pending]
            vectors = self.embedder.embed_array(documents)
            self._write(
                "add",
                ids=[r.id for r, _, _ in pending],
                embeddings=vectors,
                documents=documents,
                metadatas=[_to_metadata(r, extra=sig) for r, _, sig in pending],
            )
            pending.clear()

        for item in items:
            try:
                added, doc, sig = self._prepare(item, {r.id for r, _, _ in pending})
            except AtelierError as err:
                if raise_errors:
                    raise
                report.skipped.append(Skipped(source=str(item.path), reason=err.one_line()))
                if on_progress is not None:
                    on_progress(item.path, "skipped")
                continue
            pending.append((added.reference, doc, sig))
            report.added.append(added)
            if len(pending) >= batch_size:
                with self._lock:
                    flush()
            if on_progress is not None:
                on_progress(item.path, "added")
        with self._lock:
            flush()
        return report

    def _prepare(self, item: AddItem, queued: set[str]) -> tuple[Added, str, dict[str, str]]:
        brand = item.brand.strip()
        if not brand:
            raise InputError("a brand reference needs a brand name")
        if item.kind not in KINDS:
            raise InputError(
                f"unknown reference kind {item.kind!r}; use one of: {', '.join(KINDS)}"
            )
        asset = self.assets.put_file(item.path, source="brand-reference")
        return self._new_reference(
            asset,
            brand=brand,
            kind=item.kind,
            tags=item.tags,
            description=item.description,
            queued=queued,
        )

    def _new_reference(
        self,
        asset: AssetRef,
        *,
        brand: str,
        kind: str,
        tags: Sequence[str],
        description: str,
        queued: set[str],
        promoted_from: str | None = None,
    ) -> tuple[Added, str, dict[str, str]]:
        ref_id = reference_id(asset.sha256)
        existing = self._fetch([ref_id])
        if existing or ref_id in queued:
            prior = existing[0] if existing else None
            detail = f" ({prior.brand} {prior.kind}, {prior.status})" if prior else ""
            raise StateConflict(f"this image is already in the brand library as {ref_id}{detail}")
        data = self.assets.read_bytes(asset)
        prints = imagesim.fingerprint_bytes(data)
        near = self._near(prints)
        reference = Reference(
            id=ref_id,
            sha256=asset.sha256,
            path=asset.path,
            brand=brand,
            kind=cast(Kind, kind),
            tags=_clean_tags(tags),
            description=" ".join(description.split()),
            status="pending",
            width=asset.width,
            height=asset.height,
            phash=prints.phash,
            created_at=datetime.now(UTC),
            promoted_from=promoted_from,
        )
        self._known()[ref_id] = prints
        stored = {"signature": prints.encoded_signature(), "grid": prints.encoded_grid()}
        return Added(reference=reference, near_duplicates=near), _document(reference), stored

    def promote(
        self,
        asset_sha: str,
        *,
        brand: str,
        kind: str,
        tags: Sequence[str] = (),
        description: str = "",
    ) -> Added:
        """Add a stored (generated) asset as a pending reference that remembers its origin.

        Lineage lives in the asset store (parent chain); the reference records the asset it
        was promoted from. Whether the image passed review is the caller's check.
        """
        brand = brand.strip()
        if not brand:
            raise InputError("a brand reference needs a brand name")
        if kind not in KINDS:
            raise InputError(f"unknown reference kind {kind!r}; use one of: {', '.join(KINDS)}")
        asset = self.assets.get(asset_sha)
        with self._lock:
            added, doc, sig = self._new_reference(
                asset,
                brand=brand,
                kind=kind,
                tags=tags,
                description=description,
                queued=set(),
                promoted_from=asset.sha256,
            )
            vector = self.embedder.embed_array([doc])
            self._write(
                "add",
                ids=[added.reference.id],
                embeddings=vector,
                documents=[doc],
                metadatas=[_to_metadata(added.reference, extra=sig)],
            )
        return added

    def get(self, ref_id: str) -> Reference:
        found = self._fetch([ref_id.strip()])
        if not found:
            raise NotFound(f"no brand reference {ref_id!r}")
        return found[0]

    def list(
        self,
        *,
        status: Status | None = None,
        brand: str | None = None,
        kind: str | None = None,
    ) -> builtins.list[Reference]:
        """References matching every filter given, oldest first."""
        where = _where(status=status, brand=brand, kinds=[kind] if kind else None)
        result = self._call("get", where=where, include=["metadatas", "documents"])
        refs = [
            _from_metadata(i, m, d)
            for i, m, d in zip(result["ids"], result["metadatas"], result["documents"], strict=True)
        ]
        return sorted(refs, key=lambda r: (r.created_at, r.id))

    def count(self) -> int:
        return int(self._call("count"))

    def brands(self) -> set[str]:
        """Every brand name in the library (any status), from the approved table's bookkeeping.

        A turn pays one stamp check instead of a scan of the whole collection.
        """
        return set(self.approved().brands)

    def approve(self, ref_id: str, *, by: str) -> Reference:
        """Approve a pending reference so search returns it."""
        by = by.strip()
        if not by:
            raise InputError("say who approves the reference")
        with self._lock:
            ref = self.get(ref_id)
            if ref.status == "retired":
                raise StateConflict(f"{ref.id} is retired and cannot be approved")
            if ref.status == "approved":
                when = ref.approved_at.isoformat(timespec="seconds") if ref.approved_at else "?"
                raise StateConflict(f"{ref.id} is already approved by {ref.approved_by} at {when}")
            updated = ref.model_copy(
                update={"status": "approved", "approved_by": by, "approved_at": datetime.now(UTC)}
            )
            self._update(updated)
        return updated

    def approve_many(
        self, ref_ids: Sequence[str], *, by: str
    ) -> tuple[builtins.list[Reference], builtins.list[tuple[str, str]]]:
        """Approve many pending references in one read and one write.

        Returns the approved references and ``(id, reason)`` for each one left as it was.
        """
        by = by.strip()
        if not by:
            raise InputError("say who approves the reference")
        done: builtins.list[Reference] = []
        refused: builtins.list[tuple[str, str]] = []
        with self._lock:
            found = {r.id: r for r in self._fetch(builtins.list(dict.fromkeys(ref_ids)))}
            now = datetime.now(UTC)
            for ref_id in dict.fromkeys(ref_ids):
                ref = found.get(ref_id)
                if ref is None:
                    refused.append((ref_id, f"no brand reference {ref_id!r}"))
                elif ref.status != "pending":
                    refused.append((ref_id, f"{ref_id} is {ref.status}, not pending"))
                else:
                    done.append(
                        ref.model_copy(
                            update={"status": "approved", "approved_by": by, "approved_at": now}
                        )
                    )
            if done:
                metas = []
                for ref in done:
                    meta = _to_metadata(ref)
                    for key in ("signature", "grid"):
                        meta.pop(key)
                    metas.append(meta)
                self._write("update", ids=[r.id for r in done], metadatas=metas)
        return done, refused

    def retire(self, ref_id: str) -> Reference:
        """Take a reference out of use for good (it stays listed, marked retired)."""
        with self._lock:
            ref = self.get(ref_id)
            if ref.status == "retired":
                when = ref.retired_at.isoformat(timespec="seconds") if ref.retired_at else "?"
                raise StateConflict(f"{ref.id} is already retired (at {when})")
            updated = ref.model_copy(update={"status": "retired", "retired_at": datetime.now(UTC)})
            self._update(updated)
        return updated

    def set_file_id(self, ref_id: str, provider: str, file_id: str | None) -> Reference:
        """Remember (or forget, with ``None``) the provider's Files API id for these bytes."""
        with self._lock:
            ref = self.get(ref_id)
            ids = dict(ref.file_ids)
            if file_id is None:
                ids.pop(provider, None)
            else:
                ids[provider] = file_id
            updated = ref.model_copy(update={"file_ids": ids})
            self._update(updated, cleared=[provider] if file_id is None else [])
        return updated

    def near_duplicates(
        self, image: bytes, *, exclude: str | None = None
    ) -> builtins.list[NearDuplicate]:
        """Stored references whose perceptual hash is close to ``image``'s."""
        try:
            prints = imagesim.fingerprint_bytes(image)
        except Exception as exc:
            raise InputError(f"cannot read the image to compare with: {exc}") from exc
        return self._near(prints, exclude=exclude)

    # -- the approved table ----------------------------------------------------------------

    def approved(self) -> ApprovedTable:
        """The approved references as of now: the table in memory unless the store changed.

        Each call reads the change stamp (another instance or process may have added,
        approved or retired a reference since). When it moved, only what changed is read:
        the ids, then the rows that are new.
        """
        stamp = self._stamp()
        table = self._table
        if table is not None and table.stamp == stamp:
            return table
        with self._table_lock:
            # Another thread may have caught up meanwhile, maybe to an even newer stamp.
            stamp = self._stamp()
            table = self._table
            if table is None:
                table = self._load_table(stamp)
            elif table.stamp != stamp:
                table = self._refresh_table(table, stamp)
            self._table = table
        return table

    def hits(self, scored: Sequence[tuple[str, float]], query: str) -> builtins.list[SearchHit]:
        """``(id, score)`` pairs as search hits read fresh from the store, in the same order.

        One read for all of them; a reference no longer approved (retired since the table
        was read) is left out.
        """
        if not scored:
            return []
        ids = builtins.list(dict.fromkeys(ref_id for ref_id, _ in scored))
        found = self._call("get", ids=ids, include=["metadatas", "documents"])
        current = {
            ref_id: (_from_metadata(ref_id, meta, doc), doc)
            for ref_id, meta, doc in zip(
                found["ids"], found["metadatas"], found["documents"], strict=True
            )
        }
        words = _words(" ".join(query.split()))
        hits: builtins.list[SearchHit] = []
        for ref_id, score in scored:
            if ref_id not in current or current[ref_id][0].status != "approved":
                continue
            ref, doc = current[ref_id]
            hits.append(SearchHit(reference=ref, score=score, why=_why(ref, doc, words)))
        return hits

    def query_vector(self, query: str) -> npt.NDArray[np.float32]:
        """``query``'s embedding, whitespace-normalised as :meth:`search` does, from a cache."""
        vector = self._query_vector(" ".join(query.split()))
        out: npt.NDArray[np.float32] = np.asarray(vector, dtype=np.float32).reshape(-1)
        return out

    def warm(self) -> None:
        """Load the embedding model and the approved table now rather than on the first turn.

        Idempotent and safe from any thread: the model loads once per process, the table
        once per instance and then only catches up with changes. An embedder without a
        local model (a provider's endpoint) is left alone, so warming never makes a paid call.
        """
        _warm_embedder(self.embedder)
        table = self.approved()
        if len(table):
            # The first read of a reference's document after opening the store costs tens of
            # milliseconds more than later ones; pay it here rather than in the first turn.
            self.hits([(table.ids[0], 0.0)], "")

    def _stamp(self) -> Stamp:
        # Read before the data it vouches for, so a write that lands after this read always
        # leaves a different stamp behind. The count also catches adds by a writer that does
        # not stamp (an older atelier on the same store).
        try:
            current = self.client.get_collection(
                self.collection.name, embedding_function=self._embedding_function
            )
        except Exception as exc:
            raise StorageError(f"brand index stamp read failed: {exc}") from exc
        return str((current.metadata or {}).get(STAMP_KEY, "")), self.count()

    def _touch(self) -> None:
        """Leave a fresh stamp after a write, so every table read before it is stale."""
        try:
            current = self.client.get_collection(
                self.collection.name, embedding_function=self._embedding_function
            )
            meta = dict(current.metadata or {})
            # Chroma refuses to be told the distance again; the space lives in the
            # collection's configuration anyway.
            meta.pop("hnsw:space", None)
            # A random token rather than a counter: two processes bumping a counter at once
            # could both write the same value and one change would go unseen.
            meta[STAMP_KEY] = uuid.uuid4().hex
            self.collection.modify(metadata=meta)
        except Exception as exc:
            raise StorageError(f"brand index stamp write failed: {exc}") from exc

    def _load_table(self, stamp: Stamp) -> ApprovedTable:
        # Documents are left out: they cost as much to read as everything else together and
        # only the few references finally picked need theirs (read by ``hits``).
        found = self._call("get", include=["embeddings", "metadatas"])
        metas: builtins.list[Mapping[str, Any]] = found["metadatas"]
        rows = [i for i, meta in enumerate(metas) if meta.get("status") == "approved"]
        return ApprovedTable(
            stamp,
            known={ref_id: str(m["brand"]) for ref_id, m in zip(found["ids"], metas, strict=True)},
            ids=[found["ids"][i] for i in rows],
            vectors=_rows(found["embeddings"], rows),
            metadatas=[metas[i] for i in rows],
        )

    def _refresh_table(self, table: ApprovedTable, stamp: Stamp) -> ApprovedTable:
        known = table.known
        if stamp[1] != table.stamp[1]:
            every = self._call("get", include=[])["ids"]
            if not set(known) <= set(every):
                return self._load_table(stamp)  # something was deleted: start again
            new = [i for i in every if i not in known]
            if new:
                found = self._call("get", ids=new, include=["metadatas"])
                known = {**known}
                known.update(
                    (i, str(m["brand"]))
                    for i, m in zip(found["ids"], found["metadatas"], strict=True)
                )
        approved = self._call("get", where={"status": "approved"}, include=[])["ids"]
        added = [i for i in approved if i not in table.row_of]
        ids: builtins.list[str] = []
        metas: builtins.list[Mapping[str, Any]] = []
        vectors = np.zeros((0, table.vectors.shape[1]), dtype=np.float32)
        if added:
            found = self._call("get", ids=added, include=["embeddings", "metadatas"])
            # Retired between the two reads: the next stamp check catches up.
            rows = [i for i, m in enumerate(found["metadatas"]) if m.get("status") == "approved"]
            ids = [found["ids"][i] for i in rows]
            metas = [found["metadatas"][i] for i in rows]
            vectors = _rows(found["embeddings"], rows)
            # Added and approved since the ids were read: the brand is known all the same.
            known = {**known, **{i: str(m["brand"]) for i, m in zip(ids, metas, strict=True)}}
        return table.updated(
            stamp, known=known, approved=approved, ids=ids, vectors=vectors, metadatas=metas
        )

    # -- search ----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        k: int = 4,
        brand: str | None = None,
        kind: str | None = None,
        kinds: Sequence[str] | None = None,
        approved_only: bool = True,
        similar_to: bytes | None = None,
    ) -> builtins.list[SearchHit]:
        """The ``k`` references closest in meaning to ``query``, best first.

        By default only approved references; ``approved_only=False`` searches every status.
        ``kind``/``kinds`` restrict the kinds. ``similar_to`` (image bytes) ranks by how alike
        the pictures look first, with the text score as the second half of the score.
        """
        query = " ".join(query.split())
        if not query:
            raise InputError("the search query is empty")
        if k < 1:
            return []
        wanted = builtins.list(kinds or ()) + ([kind] if kind else [])
        where = _where(
            status="approved" if approved_only else None, brand=brand, kinds=wanted or None
        )
        if similar_to is not None:
            return self._search_similar(query, similar_to, where=where, k=k)
        vector = self._query_vector(query)
        result = self._call(
            "query",
            query_embeddings=vector,
            n_results=k,
            where=where,
            include=["metadatas", "documents", "distances"],
        )
        hits: builtins.list[SearchHit] = []
        query_words = _words(query)
        for ref_id, meta, doc, dist in zip(
            result["ids"][0],
            result["metadatas"][0],
            result["documents"][0],
            result["distances"][0],
            strict=True,
        ):
            ref = _from_metadata(ref_id, meta, doc)
            score = round(1.0 - float(dist), 4)
            hits.append(SearchHit(reference=ref, score=score, why=_why(ref, doc, query_words)))
        return hits

    async def asearch(self, query: str, **kwargs: Any) -> builtins.list[SearchHit]:
        """:meth:`search` in a worker thread, so an event loop keeps serving meanwhile."""
        return await asyncio.to_thread(self.search, query, **kwargs)

    def _search_similar(
        self, query: str, image: bytes, *, where: dict[str, Any] | None, k: int
    ) -> builtins.list[SearchHit]:
        try:
            target = imagesim.signature_bytes(image)
        except Exception as exc:
            raise InputError(f"cannot read the image to compare with: {exc}") from exc
        found = self._call("get", where=where, include=["metadatas", "documents"])
        if not found["ids"]:
            return []
        ids: builtins.list[str] = found["ids"]
        docs: builtins.list[str | None] = found["documents"]
        metas: builtins.list[Mapping[str, Any]] = found["metadatas"]
        vectors = self._call("get", ids=ids, include=["embeddings"])
        by_id = dict(zip(vectors["ids"], vectors["embeddings"], strict=True))
        text = self.embedder.embed_array([query])[0]
        query_words = _words(query)
        hits: builtins.list[SearchHit] = []
        for ref_id, meta, doc in zip(ids, metas, docs, strict=True):
            sig = imagesim.decode_signature(str(meta.get("signature") or ""))
            image_score = float(sig @ target) if sig is not None else 0.0
            text_score = float(np.asarray(by_id[ref_id], dtype=np.float32) @ text)
            ref = _from_metadata(ref_id, meta, doc)
            why = _why(ref, doc, query_words) + f"; looks {image_score:.2f} alike"
            hits.append(
                SearchHit(
                    reference=ref,
                    score=round((image_score + text_score) / 2, 4),
                    why=why,
                    image_score=round(image_score, 4),
                )
            )
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:k]

    # -- internals -------------------------------------------------------------------------

    def _query_vector(self, query: str) -> Any:
        # One turn searches the same brief several times (per kind, per brand): embed once.
        with self._recent_lock:
            vector = self._recent.get(query)
        if vector is None:
            vector = self.embedder.embed_array([query])
            with self._recent_lock:
                if len(self._recent) >= 32:
                    self._recent.pop(next(iter(self._recent)))
                self._recent[query] = vector
        return vector

    def _known(self) -> dict[str, imagesim.Fingerprint]:
        """Reference id -> image fingerprint of every stored reference.

        Loaded once per instance, then kept in step by this instance's own adds; another
        process adding meanwhile only makes the near-duplicate note miss that one image.
        """
        if self._fingerprints is None:
            found = self._call("get", include=["metadatas"])
            known: dict[str, imagesim.Fingerprint] = {}
            for ref_id, meta in zip(found["ids"], found["metadatas"], strict=True):
                prints = imagesim.Fingerprint.decode(
                    str(meta.get("phash") or ""), str(meta.get("grid") or "")
                )
                if prints is not None:
                    known[ref_id] = prints
            self._fingerprints = known
        return self._fingerprints

    def _near(
        self, prints: imagesim.Fingerprint, *, exclude: str | None = None
    ) -> builtins.list[NearDuplicate]:
        known = self._known()
        pairs = [(i, f.phash) for i, f in known.items() if i != exclude]
        # The hash alone sees only light and dark, so a recoloured logo shares it: a near
        # duplicate must also keep its colours cell by cell.
        return [
            NearDuplicate(id=ref_id, bits=bits)
            for ref_id, bits in imagesim.near_duplicates(prints.phash, pairs)
            if prints.same_colours(known[ref_id])
        ]

    def _update(self, ref: Reference, *, cleared: Sequence[str] = ()) -> None:
        # Chroma merges metadata on update, so image fingerprints written on add stay as they
        # are, and a key is only removed by writing it empty.
        meta = _to_metadata(ref)
        for key in ("signature", "grid"):
            meta.pop(key)
        for provider in cleared:
            meta[_FILE_ID_PREFIX + provider] = ""
        self._write("update", ids=[ref.id], metadatas=[meta])

    def _fetch(self, ids: builtins.list[str]) -> builtins.list[Reference]:
        result = self._call("get", ids=ids, include=["metadatas", "documents"])
        return [
            _from_metadata(i, m, d)
            for i, m, d in zip(result["ids"], result["metadatas"], result["documents"], strict=True)
        ]

    def _write(self, method: str, **kwargs: Any) -> Any:
        result = self._call(method, **kwargs)
        self._touch()
        return result

    def _call(self, method: str, **kwargs: Any) -> Any:
        try:
            return getattr(self.collection, method)(**kwargs)
        except Exception as exc:
            raise StorageError(f"brand index {method} failed: {exc}") from exc


def _matrix(vectors: npt.ArrayLike, n: int) -> npt.NDArray[np.float32]:
    matrix = np.asarray(vectors, dtype=np.float32)
    if n == 0:
        return np.zeros((0, matrix.shape[-1] if matrix.ndim == 2 else 0), dtype=np.float32)
    out: npt.NDArray[np.float32] = matrix.reshape(n, -1)
    return out


def _rows(embeddings: Any, rows: Sequence[int]) -> npt.NDArray[np.float32]:
    if not rows:
        return np.zeros((0, 0), dtype=np.float32)
    matrix: npt.NDArray[np.float32] = np.asarray(embeddings, dtype=np.float32)[list(rows)]
    return matrix


def _warm_embedder(embedder: object) -> None:
    # Wrappers (the ledger's logging embedder) keep the model they wrap as ``inner``.
    seen = 0
    target: object | None = embedder
    while target is not None and seen < 8:
        warm_up = getattr(target, "warm_up", None)
        if callable(warm_up):
            warm_up()
            return
        target = getattr(target, "inner", None)
        seen += 1


def _clean_tags(tags: Sequence[str]) -> list[str]:
    # Tags are stored as one comma-joined string, so a comma inside a tag splits it.
    if isinstance(tags, str):
        tags = [tags]
    seen: dict[str, None] = {}
    for tag in tags:
        for part in tag.split(","):
            part = " ".join(part.split())
            if part:
                seen.setdefault(part, None)
    return builtins.list(seen)


def _document(ref: Reference) -> str:
    parts = [ref.description.rstrip(".")] if ref.description else []
    if ref.tags:
        parts.append("tags: " + ", ".join(ref.tags))
    parts.append(f"{ref.brand} {_KIND_WORDS[ref.kind]}")
    return ". ".join(parts)


def _facet(status: str, brand: str, kind: str) -> str:
    return f"{status}|{brand}|{kind}"


def _where(
    *,
    status: str | None = None,
    brand: str | None = None,
    kinds: Sequence[str] | None = None,
) -> dict[str, Any] | None:
    for kind in kinds or ():
        if kind not in KINDS:
            raise InputError(f"unknown reference kind {kind!r}; use one of: {', '.join(KINDS)}")
    unique = sorted(set(kinds or ()))
    if status is not None and brand is not None and len(unique) == 1:
        # One equality on a combined field: Chroma filters it much faster than an $and of 3.
        return {"facet": _facet(status, brand.strip(), unique[0])}
    conditions: list[dict[str, Any]] = []
    if status is not None:
        conditions.append({"status": status})
    if brand is not None:
        conditions.append({"brand": brand.strip()})
    if len(unique) == 1:
        conditions.append({"kind": unique[0]})
    elif unique:
        conditions.append({"kind": {"$in": unique}})
    if not conditions:
        return None
    if len(conditions) == 1:
        return conditions[0]
    return {"$and": conditions}


def _iso(ts: datetime | None) -> str:
    return ts.isoformat() if ts is not None else ""


def _dt(text: Any) -> datetime | None:
    return datetime.fromisoformat(str(text)) if text else None


_FILE_ID_PREFIX = "file_id:"


def _to_metadata(
    ref: Reference, *, extra: Mapping[str, str] | None = None
) -> dict[str, str | int | float | bool]:
    # Chroma metadata cannot hold None or lists: "" stands for None, tags are comma-joined,
    # and each provider's cached file id is its own key.
    meta: dict[str, str | int | float | bool] = {
        "brand": ref.brand,
        "kind": ref.kind,
        "status": ref.status,
        "facet": _facet(ref.status, ref.brand, ref.kind),
        "width": ref.width,
        "height": ref.height,
        "sha256": ref.sha256,
        "path": ref.path,
        "tags": ",".join(ref.tags),
        "description": ref.description,
        "phash": ref.phash,
        "signature": "",
        "grid": "",
        "approved_by": ref.approved_by or "",
        "approved_at": _iso(ref.approved_at),
        "retired_at": _iso(ref.retired_at),
        "created_at": _iso(ref.created_at),
        "promoted_from": ref.promoted_from or "",
    }
    for provider, file_id in ref.file_ids.items():
        meta[_FILE_ID_PREFIX + provider] = file_id
    meta.update(extra or {})
    return meta


def _from_metadata(ref_id: str, meta: Mapping[str, Any], document: str | None) -> Reference:
    tags = str(meta.get("tags") or "")
    created = _dt(meta.get("created_at"))
    file_ids = {
        key[len(_FILE_ID_PREFIX) :]: str(value)
        for key, value in meta.items()
        if key.startswith(_FILE_ID_PREFIX) and value
    }
    return Reference(
        id=ref_id,
        sha256=str(meta["sha256"]),
        path=str(meta["path"]),
        brand=str(meta["brand"]),
        kind=meta["kind"],
        tags=[t for t in tags.split(",") if t],
        description=str(meta.get("description", document or "")),
        status=meta["status"],
        width=int(meta["width"]),
        height=int(meta["height"]),
        phash=str(meta.get("phash") or ""),
        approved_by=str(meta.get("approved_by") or "") or None,
        approved_at=_dt(meta.get("approved_at")),
        retired_at=_dt(meta.get("retired_at")),
        created_at=created or datetime.fromtimestamp(0, UTC),
        promoted_from=str(meta.get("promoted_from") or "") or None,
        file_ids=file_ids,
    )


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) > 1}


def _why(ref: Reference, document: str | None, query_words: set[str]) -> str:
    shared = sorted(query_words & _words(document or ""))
    status = f"approved by {ref.approved_by}" if ref.status == "approved" else ref.status
    basis = f"shares {', '.join(shared)}" if shared else "close in meaning to the description"
    return f"{ref.brand} {ref.kind} ({status}); {basis}"
