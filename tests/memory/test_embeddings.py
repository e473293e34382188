"""Offline MiniLM embedder: shape, normalisation, batching, meaning, and the Chroma adapter."""

from __future__ import annotations

import numpy as np
import pytest
from chromadb.utils.embedding_functions import known_embedding_functions

from memory.embeddings import EF_NAME, MiniLMEmbedder, MiniLMEmbeddingFunction


def test_vectors_are_unit_length_float32(embedder: MiniLMEmbedder) -> None:
    vectors = embedder.embed_array(["red logo", "", "a much longer sentence " * 200])
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    as_lists = embedder.embed(["red logo"])
    assert len(as_lists) == 1 and len(as_lists[0]) == 384
    assert embedder.embed([]) == []


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
