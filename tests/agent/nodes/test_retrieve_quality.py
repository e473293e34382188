"""Retrieval quality on the labelled set: recall@4 of the retrieve choice must stay >= 0.8,
and the choice over the approved table must pick what one Chroma query per kind picked."""

from __future__ import annotations

import pytest

from bench import labelled
from memory.assets import AssetStore
from memory.brand_index import BrandIndex

MIN_RECALL = 0.8


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[BrandIndex, dict[str, str]]:
    tmp_path = tmp_path_factory.mktemp("labelled")
    index = BrandIndex(tmp_path / "data", AssetStore(tmp_path / "data" / "assets"))
    return index, labelled.populate(index, tmp_path / "images", labelled.load())


def test_labelled_set_is_big_enough() -> None:
    data = labelled.load()
    assert len(data.references) >= 60 and len(data.briefs) >= 40
    keys = {r["key"] for r in data.references}
    assert all(e in keys for b in data.briefs for e in b["expect"])


def test_recall_at_4_of_the_retrieve_choice(loaded: tuple[BrandIndex, dict[str, str]]) -> None:
    index, ids = loaded
    result = labelled.score(labelled.load(), ids, labelled.retrieve_ranker(index, k=4))
    assert result.leaked == []  # pending and retired references never come back
    assert result.recall >= MIN_RECALL, result.misses


@pytest.mark.parametrize("k", [2, 4])
def test_same_picks_as_one_query_per_kind(
    loaded: tuple[BrandIndex, dict[str, str]], k: int
) -> None:
    index, _ = loaded
    shipped = labelled.retrieve_ranker(index, k=k)
    before = labelled.retrieve_ranker(index, k=k, choose=labelled.multi_query_pick)
    differ = [
        b["brief"] for b in labelled.load().briefs if shipped(b["brief"]) != before(b["brief"])
    ]
    assert differ == []
