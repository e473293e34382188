"""The brand library: brand references, their approval workflow, and search over them.

``BrandIndex`` is the one entry point. It adds references (storing the image, refusing
exact duplicates and reporting near ones), promotes generated assets, approves and retires
(``memory.brand.lifecycle``), caches per-provider Files API ids, and searches by meaning
(optionally also by how alike the pictures look). The retrieve node chooses from
:meth:`BrandIndex.approved`, the approved references held in memory
(``memory.brand.table``). Chroma itself is behind ``memory.brand.chroma``, the metadata
format behind ``memory.brand.codec``. Only approved references are returned to the graph
unless a caller asks otherwise.
"""

from __future__ import annotations

import asyncio
import builtins
import functools
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from core.errors import AtelierError, InputError, NotFound, StateConflict
from core.text import check_text
from memory import imagesim
from memory.assets import AssetRef, AssetStore
from memory.brand import codec, lifecycle, text
from memory.brand.chroma import ChromaCollection
from memory.brand.records import (
    Added,
    AddItem,
    AddReport,
    Kind,
    NearDuplicate,
    Reference,
    SearchHit,
    Skipped,
    Status,
    check_kind,
    reference_id,
)
from memory.brand.table import ApprovedTable, load_table, refresh_table
from memory.embeddings import Embedder, MiniLMEmbedder, warm_embedder


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
        # A Chroma server when host is set (several workers share one), else on disk.
        self.host, self.port = host, port
        self.embedder: Embedder = embedder or MiniLMEmbedder()
        # One lock per instance serialises read-modify-write of a reference's status.
        self._lock = threading.Lock()
        self._fingerprints: dict[str, imagesim.Fingerprint] | None = None
        # One turn searches the same brief several times (per kind, per brand): embed once.
        self._query_vector = functools.lru_cache(maxsize=32)(self._embed_query)
        self._table: ApprovedTable | None = None
        self._table_lock = threading.Lock()
        self.store = ChromaCollection(self.data_dir, self.embedder, host=host, port=port)

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
        item = AddItem(path=path, brand=brand, kind=kind, tags=list(tags), description=description)
        return self.add_checked(item).reference

    def add_checked(self, item: AddItem) -> Added:
        """Like :meth:`add`, and also say which stored references look nearly the same."""
        return self.add_many([item], raise_errors=True).added[0]

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
            self.store.write(
                "add",
                ids=[r.id for r, _, _ in pending],
                embeddings=vectors,
                documents=documents,
                metadatas=[codec.to_metadata(r, extra=sig) for r, _, sig in pending],
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
        brand = check_text(item.brand, what="the brand name").strip()
        if not brand:
            raise InputError("a brand reference needs a brand name")
        check_text(item.description, what="the description")
        for tag in item.tags:
            check_text(tag, what="a tag")
        check_kind(item.kind)
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
            tags=codec.clean_tags(tags),
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
        return Added(reference=reference, near_duplicates=near), text.document(reference), stored

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
        check_kind(kind)
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
            self.store.write(
                "add",
                ids=[added.reference.id],
                embeddings=vector,
                documents=[doc],
                metadatas=[codec.to_metadata(added.reference, extra=sig)],
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
        where = codec.where(status=status, brand=brand, kinds=[kind] if kind else None)
        result = self.store.call("get", where=where, include=["metadatas", "documents"])
        refs = [
            codec.from_metadata(i, m, d)
            for i, m, d in zip(result["ids"], result["metadatas"], result["documents"], strict=True)
        ]
        return sorted(refs, key=lambda r: (r.created_at, r.id))

    def count(self) -> int:
        return int(self.store.count())

    def brands(self) -> set[str]:
        """Every brand name in the library (any status), from the approved table's bookkeeping.

        A turn pays one stamp check instead of a scan of the whole collection.
        """
        return set(self.approved().brands)

    def approve(self, ref_id: str, *, by: str) -> Reference:
        """Approve a pending reference so search returns it."""
        lifecycle.approver(by)
        with self._lock:
            updated = lifecycle.approved(self.get(ref_id), by=by)
            self._update(updated)
        return updated

    def approve_many(
        self, ref_ids: Sequence[str], *, by: str
    ) -> tuple[builtins.list[Reference], builtins.list[tuple[str, str]]]:
        """Approve many pending references in one read and one write.

        Returns the approved references and ``(id, reason)`` for each one left as it was.
        """
        lifecycle.approver(by)
        done: builtins.list[Reference] = []
        refused: builtins.list[tuple[str, str]] = []
        with self._lock:
            found = {r.id: r for r in self._fetch(builtins.list(dict.fromkeys(ref_ids)))}
            now = datetime.now(UTC)
            for ref_id in dict.fromkeys(ref_ids):
                ref = found.get(ref_id)
                if ref is None:
                    refused.append((ref_id, f"no brand reference {ref_id!r}"))
                    continue
                try:
                    done.append(lifecycle.approved(ref, by=by, now=now))
                except StateConflict as err:
                    refused.append((ref_id, err.message))
            if done:
                self.store.write(
                    "update",
                    ids=[r.id for r in done],
                    metadatas=[codec.update_metadata(r) for r in done],
                )
        return done, refused

    def retire(self, ref_id: str) -> Reference:
        """Take a reference out of use for good (it stays listed, marked retired)."""
        with self._lock:
            updated = lifecycle.retired(self.get(ref_id))
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
        stamp = self.store.stamp()
        table = self._table
        if table is not None and table.stamp == stamp:
            return table
        with self._table_lock:
            # Another thread may have caught up meanwhile, maybe to an even newer stamp.
            stamp = self.store.stamp()
            table = self._table
            if table is None:
                table = load_table(self.store, stamp)
            elif table.stamp != stamp:
                table = refresh_table(self.store, table, stamp)
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
        found = self.store.call("get", ids=ids, include=["metadatas", "documents"])
        current = {
            ref_id: (codec.from_metadata(ref_id, meta, doc), doc)
            for ref_id, meta, doc in zip(
                found["ids"], found["metadatas"], found["documents"], strict=True
            )
        }
        query_words = text.words(" ".join(query.split()))
        hits: builtins.list[SearchHit] = []
        for ref_id, score in scored:
            if ref_id not in current or current[ref_id][0].status != "approved":
                continue
            ref, doc = current[ref_id]
            hits.append(SearchHit(reference=ref, score=score, why=text.why(ref, doc, query_words)))
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
        warm_embedder(self.embedder)
        table = self.approved()
        if len(table):
            # The first read of a reference's document after opening the store costs tens of
            # milliseconds more than later ones; pay it here rather than in the first turn.
            self.hits([(table.ids[0], 0.0)], "")

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
        where = codec.where(
            status="approved" if approved_only else None, brand=brand, kinds=wanted or None
        )
        if similar_to is not None:
            return self._search_similar(query, similar_to, where=where, k=k)
        vector = self._query_vector(query)
        result = self.store.call(
            "query",
            query_embeddings=vector,
            n_results=k,
            where=where,
            include=["metadatas", "documents", "distances"],
        )
        hits: builtins.list[SearchHit] = []
        query_words = text.words(query)
        for ref_id, meta, doc, dist in zip(
            result["ids"][0],
            result["metadatas"][0],
            result["documents"][0],
            result["distances"][0],
            strict=True,
        ):
            ref = codec.from_metadata(ref_id, meta, doc)
            score = round(1.0 - float(dist), 4)
            hits.append(SearchHit(reference=ref, score=score, why=text.why(ref, doc, query_words)))
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
        found = self.store.call("get", where=where, include=["metadatas", "documents"])
        if not found["ids"]:
            return []
        ids: builtins.list[str] = found["ids"]
        docs: builtins.list[str | None] = found["documents"]
        metas: builtins.list[Mapping[str, Any]] = found["metadatas"]
        vectors = self.store.call("get", ids=ids, include=["embeddings"])
        by_id = dict(zip(vectors["ids"], vectors["embeddings"], strict=True))
        query_vector = self.embedder.embed_array([query])[0]
        query_words = text.words(query)
        hits: builtins.list[SearchHit] = []
        for ref_id, meta, doc in zip(ids, metas, docs, strict=True):
            sig = imagesim.decode_signature(str(meta.get("signature") or ""))
            image_score = float(sig @ target) if sig is not None else 0.0
            text_score = float(np.asarray(by_id[ref_id], dtype=np.float32) @ query_vector)
            ref = codec.from_metadata(ref_id, meta, doc)
            reason = text.why(ref, doc, query_words) + f"; looks {image_score:.2f} alike"
            hits.append(
                SearchHit(
                    reference=ref,
                    score=round((image_score + text_score) / 2, 4),
                    why=reason,
                    image_score=round(image_score, 4),
                )
            )
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:k]

    # -- internals -------------------------------------------------------------------------

    def _embed_query(self, query: str) -> npt.NDArray[np.float32]:
        return self.embedder.embed_array([query])

    def _known(self) -> dict[str, imagesim.Fingerprint]:
        """Reference id -> image fingerprint of every stored reference.

        Loaded once per instance, then kept in step by this instance's own adds; another
        process adding meanwhile only makes the near-duplicate note miss that one image.
        """
        if self._fingerprints is None:
            found = self.store.call("get", include=["metadatas"])
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
        self.store.write(
            "update", ids=[ref.id], metadatas=[codec.update_metadata(ref, cleared=cleared)]
        )

    def _fetch(self, ids: builtins.list[str]) -> builtins.list[Reference]:
        result = self.store.call("get", ids=ids, include=["metadatas", "documents"])
        return [
            codec.from_metadata(i, m, d)
            for i, m, d in zip(result["ids"], result["metadatas"], result["documents"], strict=True)
        ]
