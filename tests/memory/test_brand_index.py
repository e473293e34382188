"""Brand index: add, approval life cycle, filtered search, persistence, and the approved
table kept in step with other instances and processes, on a real Chroma."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from chromadb.api.shared_system_client import SharedSystemClient

from core.errors import ImageInputError, InputError, NotFound, StateConflict
from memory.assets import AssetStore
from memory.brand.chroma import ChromaCollection
from memory.brand.records import reference_id
from memory.brand.table import ApprovedTable, load_table
from memory.brand_index import BrandIndex
from memory.embeddings import MiniLMEmbedder, warm_embedder
from tests.backends import ChromaServer

WriteImage = Callable[..., Path]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(params=["embedded", "server"])
def index(data_dir: Path, embedder: MiniLMEmbedder, request: pytest.FixtureRequest) -> BrandIndex:
    """The index on disk and on the test session's Chroma server (HttpClient): every test
    taking it runs on both."""
    if request.param == "embedded":
        return BrandIndex(data_dir, AssetStore(data_dir / "assets"), embedder=embedder)
    server: ChromaServer = request.getfixturevalue("chroma_server")
    server.reset()
    made = BrandIndex(
        data_dir,
        AssetStore(data_dir / "assets"),
        embedder=embedder,
        host=server.host,
        port=server.port,
    )
    # The HTTP client, not an embedded one: Chroma's FastAPI implementation.
    assert made.store.client.get_settings().chroma_api_impl.endswith("FastAPI")
    return made


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
    host, port = index.host, index.port
    del index
    SharedSystemClient.clear_system_cache()  # forget the open client: read from disk again
    reopened = BrandIndex(
        data_dir,
        AssetStore(data_dir / "assets"),
        embedder=embedder,
        host=host,
        port=port,
    )
    assert reopened.list() == before
    assert reopened.search("red logo", k=1)[0].reference.id == library["acme-logo.png"]
    with pytest.raises(StateConflict):
        reopened.approve(library["acme-logo.png"], by="bob")


def test_reopen_in_new_process(data_dir: Path, index: BrandIndex, library: dict[str, str]) -> None:
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from memory.assets import AssetStore
        from memory.brand_index import BrandIndex
        d = Path({str(data_dir)!r})
        index = BrandIndex(d, AssetStore(d / "assets"), host={index.host!r}, port={index.port!r})
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


# -- the approved table ----------------------------------------------------------------------


def _other(index: BrandIndex, embedder: MiniLMEmbedder) -> BrandIndex:
    """A second instance on the same store (as another worker or CLI process would open)."""
    return BrandIndex(
        index.data_dir, index.assets, embedder=embedder, host=index.host, port=index.port
    )


def test_table_holds_exactly_the_approved_references(
    index: BrandIndex, library: dict[str, str]
) -> None:
    table = index.approved()
    assert set(table.ids) == {i for n, i in library.items() if n != "acme-draft.png"}
    assert table.brands == {"acme", "nova"}
    assert table.vectors.shape == (4, 384)
    assert np.allclose(np.linalg.norm(table.vectors, axis=1), 1.0, atol=1e-5)
    assert index.approved() is table  # nothing changed: the same table, not a reload


def test_table_masks_split_by_brand_and_kind(index: BrandIndex, library: dict[str, str]) -> None:
    table = index.approved()

    def ids(mask: npt.NDArray[np.bool_]) -> set[str]:
        return {table.ids[i] for i in np.flatnonzero(mask)}

    assert ids(table.mask(kinds=["logo"])) == {library["acme-logo.png"], library["nova-logo.png"]}
    assert ids(table.mask(brands=["nova"])) == {
        library["nova-logo.png"],
        library["nova-palette.png"],
    }
    assert ids(table.mask(brands=["nova"], kinds=["palette", "product"])) == {
        library["nova-palette.png"]
    }
    assert ids(table.mask(brands=["acme", "nova"], kinds=["logo"])) == ids(
        table.mask(kinds=["logo"])
    )
    assert ids(table.mask(brands=["nobody"])) == set()
    assert len(ids(table.mask())) == 4
    with pytest.raises(InputError, match="banner"):
        table.mask(kinds=["banner"])


@pytest.mark.parametrize(
    ("query", "brand", "kind"),
    [
        ("red logo", None, None),
        ("logo", "nova", None),
        ("colours", "nova", "palette"),
        ("sneakers for jogging", None, "product"),
        ("emblem", "acme", "logo"),
    ],
)
def test_ranking_agrees_with_chroma_search(
    index: BrandIndex, library: dict[str, str], query: str, brand: str | None, kind: str | None
) -> None:
    expected = index.search(query, k=3, brand=brand, kind=kind)
    ranking = index.approved().rank(index.query_vector(query))
    brands, kinds = ([brand] if brand else None), ([kind] if kind else None)
    got = ranking.best(3, brands=brands, kinds=kinds)
    assert [i for i, _ in got] == [h.reference.id for h in expected]
    assert [s for _, s in got] == pytest.approx([h.score for h in expected], abs=2e-4)
    assert ranking.best(3, brands=["nobody"]) == [] and ranking.best(0) == []
    floor = ranking.best(4, brands=brands, kinds=kinds, min_score=got[0][1])
    assert [i for i, _ in floor] == [got[0][0]]


def test_approval_by_another_instance_is_seen(
    index: BrandIndex, embedder: MiniLMEmbedder, library: dict[str, str]
) -> None:
    draft = library["acme-draft.png"]
    before = index.approved()
    assert draft not in before.ids
    _other(index, embedder).approve(draft, by="bob")
    after = index.approved()
    assert after is not before and draft in after.ids
    assert set(after.ids) == set(before.ids) | {draft}
    row = after.ids.index(draft)
    expected = index.embedder.embed_array([index.store.collection.get(ids=[draft])["documents"][0]])
    assert np.allclose(after.vectors[row], expected[0], atol=1e-5)


def test_retired_by_another_instance_disappears(
    index: BrandIndex, embedder: MiniLMEmbedder, library: dict[str, str]
) -> None:
    logo = library["acme-logo.png"]
    vector = index.query_vector("red logo")
    assert index.approved().rank(vector).best(1)[0][0] == logo
    _other(index, embedder).retire(logo)
    table = index.approved()
    assert logo not in table.ids and len(table) == 3
    assert logo not in [i for i, _ in table.rank(vector).best(4)]
    assert "acme" in table.brands  # a brand stays known while any reference names it


def test_adds_by_another_instance_bring_their_brand(
    index: BrandIndex, embedder: MiniLMEmbedder, library: dict[str, str], write_image: WriteImage
) -> None:
    assert "zephyr" not in index.brands()
    other = _other(index, embedder)
    ref = other.add(write_image("z.png", color=(5, 200, 90)), brand="zephyr", kind="photo")
    table = index.approved()
    assert "zephyr" in table.brands and ref.id not in table.ids  # pending: named, not used
    other.approve(ref.id, by="bob")
    assert ref.id in index.approved().ids
    # Caught up step by step, the table equals one read from scratch.
    fresh = _other(index, embedder).approved()
    table = index.approved()
    assert set(fresh.ids) == set(table.ids) and fresh.brands == table.brands
    order = [table.ids.index(i) for i in fresh.ids]
    assert np.allclose(fresh.vectors, table.vectors[order])


def test_every_write_moves_the_stamp(
    index: BrandIndex, write_image: WriteImage, embedder: MiniLMEmbedder
) -> None:
    stamps = [index.approved().stamp]

    def moved() -> bool:
        stamps.append(index.approved().stamp)
        return stamps[-1] != stamps[-2]

    a = index.add(write_image("a.png", color=(1, 2, 3)), brand="acme", kind="logo")
    assert moved()
    b = index.add(write_image("b.png", color=(200, 2, 3)), brand="acme", kind="photo")
    assert moved()
    index.approve(a.id, by="alice")
    assert moved()
    index.approve_many([b.id], by="alice")
    assert moved()
    index.set_file_id(a.id, "openai", "file-1")
    assert moved()
    index.retire(b.id)
    assert moved()
    assert not moved()  # reading changes nothing
    assert index.count() == 2


def test_hits_read_the_current_state(
    index: BrandIndex, embedder: MiniLMEmbedder, library: dict[str, str]
) -> None:
    logo, shoe = library["acme-logo.png"], library["acme-shoe.png"]
    table = index.approved()
    other = _other(index, embedder)
    other.set_file_id(logo, "openai", "file-9")
    other.retire(shoe)
    # The table read before those writes still lists both; the hits say how they are now.
    assert {logo, shoe} <= set(table.ids)
    hits = index.hits([(logo, 0.9), (shoe, 0.8)], "red logo")
    assert [h.reference.id for h in hits] == [logo]
    assert hits[0].reference.file_ids == {"openai": "file-9"}
    assert hits[0].score == 0.9 and "approved by alice" in hits[0].why and "red" in hits[0].why
    assert index.hits([], "red logo") == []


def test_empty_index_table(index: BrandIndex, write_image: WriteImage) -> None:
    table = index.approved()
    assert len(table) == 0 and table.brands == frozenset()
    assert table.rank(index.query_vector("logo")).best(4) == []
    index.add(write_image("a.png"), brand="acme", kind="logo")  # pending only
    table = index.approved()
    assert len(table) == 0 and table.brands == {"acme"}
    assert table.rank(index.query_vector("logo")).best(4) == []


def test_warm_loads_the_model_and_the_table_once(
    index: BrandIndex, library: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = BrandIndex(
        index.data_dir, index.assets, embedder=index.embedder, host=index.host, port=index.port
    )
    loads: list[int] = []
    real = load_table

    def counting(store: ChromaCollection, stamp: tuple[str, int]) -> ApprovedTable:
        loads.append(1)
        time.sleep(0.05)  # long enough for the other threads to queue on the lock
        return real(store, stamp)

    monkeypatch.setattr("memory.brand_index.load_table", counting)
    threads = [threading.Thread(target=fresh.warm) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert loads == [1]
    fresh.warm()
    assert loads == [1] and len(fresh.approved()) == 4


def test_warm_finds_the_model_inside_a_wrapper(index: BrandIndex) -> None:
    class Model:
        name = "stub"
        warmed = 0

        def warm_up(self) -> None:
            Model.warmed += 1

    class Wrapper:
        name = "stub"

        def __init__(self, inner: object) -> None:
            self.inner = inner

    class Bare:
        name = "bare"

    warm_embedder(Wrapper(Wrapper(Model())))
    assert Model.warmed == 1
    warm_embedder(Bare())  # nothing to load: nothing happens, nothing is called


def test_approval_in_another_process_is_seen(index: BrandIndex, library: dict[str, str]) -> None:
    draft = library["acme-draft.png"]
    assert draft not in index.approved().ids
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from memory.assets import AssetStore
        from memory.brand_index import BrandIndex
        d = Path({str(index.data_dir)!r})
        index = BrandIndex(d, AssetStore(d / "assets"), host={index.host!r}, port={index.port!r})
        index.approve({draft!r}, by="carol")
        index.retire({library["nova-logo.png"]!r})
        """
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=120
    )
    assert done.returncode == 0, done.stderr
    table = index.approved()
    assert draft in table.ids and library["nova-logo.png"] not in table.ids
