"""Brand index: add, approval life cycle, filtered search and persistence, on a real Chroma."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from chromadb.api.shared_system_client import SharedSystemClient

from agent.errors import ImageInputError, InputError, NotFound, StateConflict
from memory.assets import AssetStore
from memory.brand_index import BrandIndex, reference_id
from memory.embeddings import MiniLMEmbedder

WriteImage = Callable[..., Path]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def index(data_dir: Path, embedder: MiniLMEmbedder) -> BrandIndex:
    return BrandIndex(data_dir, AssetStore(data_dir / "assets"), embedder=embedder)


@pytest.fixture
def library(index: BrandIndex, write_image: WriteImage) -> dict[str, str]:
    """Four approved references across two brands, and one pending."""
    specs = [
        (
            "acme-logo.png",
            (220, 20, 30),
            "acme",
            "logo",
            ["red", "wordmark"],
            "Acme wordmark logo in bold red letters",
        ),
        (
            "acme-shoe.png",
            (40, 40, 40),
            "acme",
            "product",
            ["shoes", "running"],
            "Black running shoe product photo on white",
        ),
        (
            "nova-logo.png",
            (20, 60, 220),
            "nova",
            "logo",
            ["blue", "round"],
            "Nova round blue emblem logo",
        ),
        (
            "nova-palette.png",
            (250, 200, 0),
            "nova",
            "palette",
            ["yellow", "blue"],
            "Nova palette: sunflower yellow and deep blue swatches",
        ),
        (
            "acme-draft.png",
            (200, 10, 10),
            "acme",
            "logo",
            ["red", "draft"],
            "Unreviewed red Acme logo draft",
        ),
    ]
    ids: dict[str, str] = {}
    for name, color, brand, kind, tags, description in specs:
        ref = index.add(
            write_image(name, color=color, label=name),
            brand=brand,
            kind=kind,
            tags=tags,
            description=description,
        )
        ids[name] = ref.id
        if name != "acme-draft.png":
            index.approve(ref.id, by="alice")
    return ids


def test_add_creates_pending_reference(index: BrandIndex, write_image: WriteImage) -> None:
    ref = index.add(
        write_image("logo.png", width=80, height=40),
        brand=" acme ",
        kind="logo",
        tags=["red", "bold, wordmark", "red", " "],
        description="Acme   logo",
    )
    assert ref.id == reference_id(ref.sha256) and ref.id.startswith("ref_")
    assert len(ref.id) == 16
    assert (ref.brand, ref.kind, ref.status) == ("acme", "logo", "pending")
    assert ref.tags == ["red", "bold", "wordmark"]
    assert ref.description == "Acme logo"
    assert (ref.width, ref.height) == (80, 40)
    assert Path(ref.path).is_file()
    assert ref.approved_by is None and ref.approved_at is None
    assert index.get(ref.id) == ref
    assert index.assets.get(ref.sha256).path == ref.path


def test_duplicate_is_refused_naming_existing_id(
    index: BrandIndex, write_image: WriteImage
) -> None:
    ref = index.add(write_image("a.png"), brand="acme", kind="logo")
    copy = write_image("copy-of-a.png")  # same pixels, same bytes
    with pytest.raises(StateConflict, match=f"already in the brand library as {ref.id}"):
        index.add(copy, brand="other", kind="photo")
    assert index.count() == 1


def test_bad_inputs(index: BrandIndex, write_image: WriteImage, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown reference kind 'banner'"):
        index.add(write_image("x.png"), brand="acme", kind="banner")
    with pytest.raises(InputError, match="brand name"):
        index.add(write_image("x.png"), brand="  ", kind="logo")
    with pytest.raises(ImageInputError, match="not found"):
        index.add(tmp_path / "missing.png", brand="acme", kind="logo")
    with pytest.raises(InputError, match="empty"):
        index.search("   ")
    assert index.count() == 0


def test_get_unknown(index: BrandIndex) -> None:
    with pytest.raises(NotFound, match="ref_000000000000"):
        index.get("ref_000000000000")
    with pytest.raises(NotFound):
        index.approve("ref_000000000000", by="alice")
    with pytest.raises(NotFound):
        index.retire("ref_000000000000")


def test_approve_and_retire_state_errors(index: BrandIndex, write_image: WriteImage) -> None:
    ref = index.add(write_image("a.png"), brand="acme", kind="logo")
    approved = index.approve(ref.id, by="alice")
    assert approved.status == "approved" and approved.approved_by == "alice"
    assert approved.approved_at is not None
    assert index.get(ref.id) == approved
    with pytest.raises(StateConflict, match=f"{ref.id} is already approved by alice at 20"):
        index.approve(ref.id, by="bob")
    retired = index.retire(ref.id)
    assert retired.status == "retired" and retired.approved_by == "alice"
    with pytest.raises(StateConflict, match="already retired"):
        index.retire(ref.id)
    with pytest.raises(StateConflict, match="retired and cannot be approved"):
        index.approve(ref.id, by="bob")
    with pytest.raises(InputError):
        index.approve(ref.id, by=" ")


def test_list_filters(index: BrandIndex, library: dict[str, str]) -> None:
    assert len(index.list()) == 5
    assert [r.id for r in index.list(status="pending")] == [library["acme-draft.png"]]
    assert {r.id for r in index.list(brand="nova")} == {
        library["nova-logo.png"],
        library["nova-palette.png"],
    }
    acme_logos = index.list(brand="acme", kind="logo", status="approved")
    assert [r.id for r in acme_logos] == [library["acme-logo.png"]]


def test_search_finds_best_match_first(index: BrandIndex, library: dict[str, str]) -> None:
    hits = index.search("red logo", k=4)
    assert hits[0].reference.id == library["acme-logo.png"]
    assert all(h.reference.status == "approved" for h in hits)
    assert hits == sorted(hits, key=lambda h: h.score, reverse=True)
    assert 0.0 < hits[0].score <= 1.0
    assert "acme logo" in hits[0].why and "red" in hits[0].why
    shoes = index.search("sneakers for jogging", k=1)
    assert shoes[0].reference.id == library["acme-shoe.png"]


def test_pending_and_retired_never_returned_by_default(
    index: BrandIndex, library: dict[str, str]
) -> None:
    draft = library["acme-draft.png"]
    assert draft not in {h.reference.id for h in index.search("unreviewed red logo draft", k=10)}
    everything = index.search("unreviewed red logo draft", k=10, approved_only=False)
    assert everything[0].reference.id == draft
    index.retire(library["acme-logo.png"])
    remaining = {h.reference.id for h in index.search("red logo", k=10)}
    assert library["acme-logo.png"] not in remaining
    assert remaining == {
        library["acme-shoe.png"],
        library["nova-logo.png"],
        library["nova-palette.png"],
    }


def test_search_filters_by_brand_and_kind(index: BrandIndex, library: dict[str, str]) -> None:
    nova = index.search("logo", k=10, brand="nova")
    assert {h.reference.brand for h in nova} == {"nova"}
    assert len(nova) == 2
    logos = index.search("logo", k=10, kind="logo")
    assert {h.reference.id for h in logos} == {library["acme-logo.png"], library["nova-logo.png"]}
    both = index.search("colours", k=10, brand="nova", kind="palette")
    assert [h.reference.id for h in both] == [library["nova-palette.png"]]
    assert index.search("logo", brand="nobody") == []
    with pytest.raises(InputError):
        index.search("logo", kind="banner")
    assert index.search("logo", k=0) == []


def test_empty_index_search(index: BrandIndex) -> None:
    assert index.search("anything") == []


def test_reopen_in_new_instance(
    data_dir: Path, embedder: MiniLMEmbedder, index: BrandIndex, library: dict[str, str]
) -> None:
    before = index.list()
    del index
    SharedSystemClient.clear_system_cache()  # forget the open client: read from disk again
    reopened = BrandIndex(data_dir, AssetStore(data_dir / "assets"), embedder=embedder)
    assert reopened.list() == before
    assert reopened.search("red logo", k=1)[0].reference.id == library["acme-logo.png"]
    with pytest.raises(StateConflict):
        reopened.approve(library["acme-logo.png"], by="bob")


def test_reopen_in_new_process(data_dir: Path, library: dict[str, str]) -> None:
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from memory.assets import AssetStore
        from memory.brand_index import BrandIndex
        d = Path({str(data_dir)!r})
        index = BrandIndex(d, AssetStore(d / "assets"))
        print(index.search("red logo", k=1)[0].reference.id)
        print(len(index.list(status="approved")))
        """
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [library["acme-logo.png"], "4"]
