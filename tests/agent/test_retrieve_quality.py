"""Retrieval quality on the labelled set: recall@4 of the retrieve choice must stay >= 0.8."""

from __future__ import annotations

from pathlib import Path

from bench import labelled
from memory.assets import AssetStore
from memory.brand_index import BrandIndex

MIN_RECALL = 0.8


def test_labelled_set_is_big_enough() -> None:
    data = labelled.load()
    assert len(data.references) >= 60 and len(data.briefs) >= 40
    keys = {r["key"] for r in data.references}
    assert all(e in keys for b in data.briefs for e in b["expect"])


def test_recall_at_4_of_the_retrieve_choice(tmp_path: Path) -> None:
    data = labelled.load()
    index = BrandIndex(tmp_path / "data", AssetStore(tmp_path / "data" / "assets"))
    ids = labelled.populate(index, tmp_path / "images", data)
    result = labelled.score(data, ids, labelled.retrieve_ranker(index, k=4))
    assert result.leaked == []  # pending and retired references never come back
    assert result.recall >= MIN_RECALL, result.misses
