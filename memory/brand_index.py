"""The brand library: a Chroma collection of brand references and their approval workflow.

This module owns the ``brand_references`` collection (one entry per reference image, whose
bytes live in the :class:`~memory.assets.AssetStore`), the pending -> approved -> retired
life cycle, and semantic search over descriptions and tags. Only approved references are
returned to the graph unless a caller asks otherwise.
"""

from __future__ import annotations

import builtins
import re
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, get_args

import chromadb
import pydantic
from chromadb.config import Settings

from agent.errors import InputError, NotFound, StateConflict, StorageError
from memory.assets import AssetStore
from memory.embeddings import MiniLMEmbedder, MiniLMEmbeddingFunction

COLLECTION = "brand_references"
# Recall on unclustered vectors was poor with Chroma's defaults; 200 is cheap at library sizes.
HNSW_CONFIG: dict[str, Any] = {
    "hnsw": {"space": "cosine", "ef_construction": 200, "ef_search": 200}
}
DEFAULT_CHROMA_PORT = 8000

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
    approved_by: str | None = None
    approved_at: datetime | None = None
    retired_at: datetime | None = None
    created_at: datetime


class SearchHit(pydantic.BaseModel):
    reference: Reference
    score: float  # 1 - cosine distance: 1.0 is identical meaning
    why: str


def reference_id(sha256: str) -> str:
    return "ref_" + sha256[:12]


class BrandIndex:
    """Brand references in Chroma (embedded on disk, or a Chroma server when ``host`` is set)."""

    def __init__(
        self,
        data_dir: Path,
        assets: AssetStore,
        *,
        embedder: MiniLMEmbedder | None = None,
        host: str | None = None,
        port: int | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.assets = assets
        self.embedder = embedder or MiniLMEmbedder()
        # One lock per instance serialises read-modify-write of a reference's status.
        self._lock = threading.Lock()
        settings = Settings(anonymized_telemetry=False)
        try:
            if host:
                self.client: Any = chromadb.HttpClient(
                    host=host, port=port or DEFAULT_CHROMA_PORT, settings=settings
                )
                where = f"Chroma server {host}:{port or DEFAULT_CHROMA_PORT}"
            else:
                path = self.data_dir / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                self.client = chromadb.PersistentClient(path=str(path), settings=settings)
                where = str(path)
            # The embedding function is always passed: Chroma's default one downloads a model.
            self.collection: Any = self.client.get_or_create_collection(
                COLLECTION,
                embedding_function=MiniLMEmbeddingFunction(self.embedder),
                configuration=HNSW_CONFIG,
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
        brand = brand.strip()
        if not brand:
            raise InputError("a brand reference needs a brand name")
        if kind not in KINDS:
            raise InputError(f"unknown reference kind {kind!r}; use one of: {', '.join(KINDS)}")
        clean_tags = _clean_tags(tags)
        description = " ".join(description.split())
        ref = self.assets.put_file(path, source="brand-reference")
        ref_id = reference_id(ref.sha256)
        with self._lock:
            existing = self._fetch([ref_id])
            if existing:
                prior = existing[0]
                raise StateConflict(
                    f"this image is already in the brand library as {prior.id} "
                    f"({prior.brand} {prior.kind}, {prior.status})"
                )
            reference = Reference(
                id=ref_id,
                sha256=ref.sha256,
                path=ref.path,
                brand=brand,
                kind=kind,
                tags=clean_tags,
                description=description,
                status="pending",
                width=ref.width,
                height=ref.height,
                created_at=datetime.now(UTC),
            )
            document = _document(reference)
            embedding = self.embedder.embed_array([document])
            self._call(
                "add",
                ids=[ref_id],
                embeddings=embedding,
                documents=[document],
                metadatas=[_to_metadata(reference)],
            )
        return reference

    def get(self, ref_id: str) -> Reference:
        found = self._fetch([ref_id])
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
        where = _where(status=status, brand=brand, kind=kind)
        result = self._call("get", where=where, include=["metadatas", "documents"])
        refs = [
            _from_metadata(i, m, d)
            for i, m, d in zip(result["ids"], result["metadatas"], result["documents"], strict=True)
        ]
        return sorted(refs, key=lambda r: (r.created_at, r.id))

    def count(self) -> int:
        return int(self._call("count"))

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
            self._call("update", ids=[ref.id], metadatas=[_to_metadata(updated)])
        return updated

    def retire(self, ref_id: str) -> Reference:
        """Take a reference out of use for good (it stays listed, marked retired)."""
        with self._lock:
            ref = self.get(ref_id)
            if ref.status == "retired":
                when = ref.retired_at.isoformat(timespec="seconds") if ref.retired_at else "?"
                raise StateConflict(f"{ref.id} is already retired (at {when})")
            updated = ref.model_copy(update={"status": "retired", "retired_at": datetime.now(UTC)})
            self._call("update", ids=[ref.id], metadatas=[_to_metadata(updated)])
        return updated

    # -- search ----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        k: int = 4,
        brand: str | None = None,
        kind: str | None = None,
        approved_only: bool = True,
    ) -> builtins.list[SearchHit]:
        """The ``k`` references closest in meaning to ``query``, best first.

        By default only approved references; ``approved_only=False`` searches every status.
        """
        query = " ".join(query.split())
        if not query:
            raise InputError("the search query is empty")
        if k < 1:
            return []
        where = _where(status="approved" if approved_only else None, brand=brand, kind=kind)
        vector = self.embedder.embed_array([query])
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

    # -- internals -------------------------------------------------------------------------

    def _fetch(self, ids: builtins.list[str]) -> builtins.list[Reference]:
        result = self._call("get", ids=ids, include=["metadatas", "documents"])
        return [
            _from_metadata(i, m, d)
            for i, m, d in zip(result["ids"], result["metadatas"], result["documents"], strict=True)
        ]

    def _call(self, method: str, **kwargs: Any) -> Any:
        try:
            return getattr(self.collection, method)(**kwargs)
        except Exception as exc:
            raise StorageError(f"brand index {method} failed: {exc}") from exc


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


def _where(
    *, status: str | None = None, brand: str | None = None, kind: str | None = None
) -> dict[str, Any] | None:
    conditions: list[dict[str, Any]] = []
    if status is not None:
        conditions.append({"status": status})
    if brand is not None:
        conditions.append({"brand": brand.strip()})
    if kind is not None:
        if kind not in KINDS:
            raise InputError(f"unknown reference kind {kind!r}; use one of: {', '.join(KINDS)}")
        conditions.append({"kind": kind})
    if not conditions:
        return None
    if len(conditions) == 1:
        return conditions[0]
    return {"$and": conditions}


def _iso(ts: datetime | None) -> str:
    return ts.isoformat() if ts is not None else ""


def _dt(text: Any) -> datetime | None:
    return datetime.fromisoformat(str(text)) if text else None


def _to_metadata(ref: Reference) -> dict[str, str | int | float | bool]:
    # Chroma metadata cannot hold None or lists: "" stands for None, tags are comma-joined.
    return {
        "brand": ref.brand,
        "kind": ref.kind,
        "status": ref.status,
        "width": ref.width,
        "height": ref.height,
        "sha256": ref.sha256,
        "path": ref.path,
        "tags": ",".join(ref.tags),
        "description": ref.description,
        "approved_by": ref.approved_by or "",
        "approved_at": _iso(ref.approved_at),
        "retired_at": _iso(ref.retired_at),
        "created_at": _iso(ref.created_at),
    }


def _from_metadata(ref_id: str, meta: Mapping[str, Any], document: str | None) -> Reference:
    tags = str(meta.get("tags") or "")
    created = _dt(meta.get("created_at"))
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
        approved_by=str(meta.get("approved_by") or "") or None,
        approved_at=_dt(meta.get("approved_at")),
        retired_at=_dt(meta.get("retired_at")),
        created_at=created or datetime.fromtimestamp(0, UTC),
    )


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) > 1}


def _why(ref: Reference, document: str | None, query_words: set[str]) -> str:
    shared = sorted(query_words & _words(document or ""))
    status = f"approved by {ref.approved_by}" if ref.status == "approved" else ref.status
    basis = f"shares {', '.join(shared)}" if shared else "close in meaning to the description"
    return f"{ref.brand} {ref.kind} ({status}); {basis}"
