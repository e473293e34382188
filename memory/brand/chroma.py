"""The Chroma side of the brand library: one collection per embedder, and its change stamp.

``ChromaCollection`` opens the collection (embedded on disk, or a Chroma server when a host
is given), turns every Chroma failure into a ``StorageError``, and after each write leaves
a fresh random stamp in the collection's metadata, so any reader (another instance, another
process, another client of the same server) can tell that its copy is stale.
"""

from __future__ import annotations

import copy
import re
import threading
import uuid
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings

from core.errors import StorageError
from memory.embeddings import Embedder, MiniLMEmbedder, chroma_embedding_function

COLLECTION = "brand_references"
# Recall on unclustered vectors was poor with Chroma's defaults; 200 is cheap at library sizes.
HNSW_CONFIG: dict[str, Any] = {
    "hnsw": {"space": "cosine", "ef_construction": 200, "ef_search": 200}
}
DEFAULT_CHROMA_PORT = 8000
# Collection metadata key whose value changes on every write.
STAMP_KEY = "atelier_changed"

Stamp = tuple[str, int]  # (change token, reference count)

# Chroma's clients share one system per path inside a process, and building it from two
# threads at once fails ("no attribute 'bindings'", "could not connect to tenant"): threads
# that open the index at the same moment (many threads on one data directory) take turns.
_OPEN_LOCK = threading.Lock()


def ping_server(host: str, port: int | None) -> str:
    """Where the Chroma server is, if it answers; a ``StorageError`` saying so otherwise."""
    where = f"{host}:{port or DEFAULT_CHROMA_PORT}"
    try:
        client = chromadb.HttpClient(
            host=host,
            port=port or DEFAULT_CHROMA_PORT,
            settings=Settings(anonymized_telemetry=False),
        )
        client.heartbeat()
    except Exception as exc:
        raise StorageError(f"the Chroma server at {where} does not answer: {exc}") from None
    return f"Chroma server {where}"


def collection_name(embedder: Embedder) -> str:
    # Vectors from different models cannot share an index, so each gets its own collection.
    if embedder.name == MiniLMEmbedder.name:
        return COLLECTION
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", embedder.name).strip("-")
    return f"{COLLECTION}-{slug}"[:512]


class ChromaCollection:
    """The brand references' collection, with errors as ``StorageError`` and stamped writes."""

    def __init__(
        self,
        data_dir: Path,
        embedder: Embedder,
        *,
        host: str | None = None,
        port: int | None = None,
    ) -> None:
        settings = Settings(anonymized_telemetry=False)
        path = Path(data_dir) / "chroma"
        where = f"Chroma server {host}:{port or DEFAULT_CHROMA_PORT}" if host else str(path)
        try:
            with _OPEN_LOCK:
                if host:
                    self.client: Any = chromadb.HttpClient(
                        host=host, port=port or DEFAULT_CHROMA_PORT, settings=settings
                    )
                else:
                    path.mkdir(parents=True, exist_ok=True)
                    self.client = chromadb.PersistentClient(path=str(path), settings=settings)
                # The embedding function is always passed: Chroma's default one downloads a model.
                self._embedding_function = chroma_embedding_function(embedder)
                self.collection: Any = self.client.get_or_create_collection(
                    collection_name(embedder),
                    embedding_function=self._embedding_function,
                    # Chroma writes the embedding function into the dict it is given.
                    configuration=copy.deepcopy(HNSW_CONFIG),
                )
        except Exception as exc:
            raise StorageError(f"cannot open the brand index at {where}: {exc}") from exc

    def call(self, method: str, **kwargs: Any) -> Any:
        try:
            return getattr(self.collection, method)(**kwargs)
        except Exception as exc:
            raise StorageError(f"brand index {method} failed: {exc}") from exc

    def write(self, method: str, **kwargs: Any) -> Any:
        result = self.call(method, **kwargs)
        self.touch()
        return result

    def count(self) -> int:
        return int(self.call("count"))

    def _current(self) -> Any:
        return self.client.get_collection(
            self.collection.name, embedding_function=self._embedding_function
        )

    def stamp(self) -> Stamp:
        # Read before the data it vouches for, so a write that lands after this read always
        # leaves a different stamp behind. The count also catches adds by a writer that does
        # not stamp (an older atelier on the same store).
        try:
            current = self._current()
        except Exception as exc:
            raise StorageError(f"brand index stamp read failed: {exc}") from exc
        return str((current.metadata or {}).get(STAMP_KEY, "")), self.count()

    def touch(self) -> None:
        """Leave a fresh stamp after a write, so every copy read before it is stale."""
        try:
            meta = dict(self._current().metadata or {})
            # Chroma refuses to be told the distance again; the space lives in the
            # collection's configuration anyway.
            meta.pop("hnsw:space", None)
            # A random token rather than a counter: two processes bumping a counter at once
            # could both write the same value and one change would go unseen.
            meta[STAMP_KEY] = uuid.uuid4().hex
            self.collection.modify(metadata=meta)
        except Exception as exc:
            raise StorageError(f"brand index stamp write failed: {exc}") from exc
