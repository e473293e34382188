"""Brand library beyond the basics: batch add with bad files, near duplicates, promotion,
cached file ids, image-similarity search, fingerprints, and a real Chroma server."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from core.errors import InputError, NotFound, StateConflict
from memory import imagesim
from memory.assets import AssetStore
from memory.brand.codec import where
from memory.brand.records import AddItem, Reference
from memory.brand_index import BrandIndex
from memory.embeddings import MiniLMEmbedder, aembed
from tests.backends import ChromaServer

WriteImage = Callable[..., Path]


def _logo(colour: tuple[int, int, int], size: tuple[int, int] = (200, 120)) -> Image.Image:
    img = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(img)
    w, h = size
    d.ellipse((w // 10, h // 6, w // 2, 5 * h // 6), fill=colour)
    d.rectangle((3 * w // 5, h // 3, 9 * w // 10, 2 * h // 3), fill=(30, 30, 30))
    return img


def _save(img: Image.Image, path: Path, fmt: str = "PNG", **kw: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format=fmt, **kw)
    return path


@pytest.fixture
def index(tmp_path: Path, embedder: MiniLMEmbedder) -> BrandIndex:
    data = tmp_path / "data"
    return BrandIndex(data, AssetStore(data / "assets"), embedder=embedder)


# -- fingerprints ---------------------------------------------------------------------------


def test_phash_survives_resize_and_jpeg_but_not_a_new_picture() -> None:
    base = _logo((220, 30, 30))
    small = base.resize((120, 72))
    buf = io.BytesIO()
    base.save(buf, format="JPEG", quality=40)
    jpeg = Image.open(io.BytesIO(buf.getvalue()))
    other = Image.new("RGB", (200, 120), (255, 255, 255))
    ImageDraw.Draw(other).polygon(((0, 120), (100, 0), (200, 120)), fill=(10, 10, 200))
    h = imagesim.phash_image(base)
    assert len(h) == 16
    assert imagesim.hamming(h, imagesim.phash_image(small)) <= imagesim.NEAR_DUPLICATE_BITS
    assert imagesim.hamming(h, imagesim.phash_image(jpeg)) <= imagesim.NEAR_DUPLICATE_BITS
    assert imagesim.hamming(h, imagesim.phash_image(other)) > imagesim.NEAR_DUPLICATE_BITS
    sig = imagesim.signature_image(base)
    assert sig.shape == (imagesim.SIGNATURE_DIM,)
    assert float(sig @ imagesim.signature_image(small)) > 0.9
    assert float(sig @ imagesim.signature_image(_logo((30, 200, 30)))) < 0.9
    prints = imagesim.fingerprint_bytes(_png(base))
    assert prints.same_colours(imagesim.fingerprint_bytes(_png(small)))
    assert prints.same_colours(imagesim.fingerprint_bytes(buf.getvalue()))
    assert not prints.same_colours(imagesim.fingerprint_bytes(_png(_logo((30, 200, 30)))))
    restored = imagesim.Fingerprint.decode(prints.phash, prints.encoded_grid())
    assert restored is not None and restored.same_colours(prints)
    decoded = imagesim.decode_signature(imagesim.encode_signature(sig))
    assert decoded is not None and np.allclose(decoded, sig, atol=1e-2)
    assert imagesim.decode_signature("") is None


def test_near_duplicates_helper_orders_by_distance() -> None:
    known = [("a", "ffffffffffffffff"), ("b", "fffffffffffffff0"), ("c", "0000000000000000")]
    assert imagesim.near_duplicates("ffffffffffffffff", known) == [("a", 0), ("b", 4)]
    assert imagesim.near_duplicates("ffffffffffffffff", []) == []


# -- batch add ------------------------------------------------------------------------------


def test_batch_add_skips_each_bad_file_with_its_reason(
    index: BrandIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    good = _save(_logo((200, 20, 20)), src / "good.png")
    good_jpg = _save(_logo((20, 20, 200)), src / "good.jpg", "JPEG")
    empty = src / "empty.png"
    empty.write_bytes(b"")
    text = src / "notes.png"
    text.write_text("not an image")
    corrupt = src / "cut.png"
    corrupt.write_bytes(good.read_bytes()[:200])
    gif = _save(_logo((1, 2, 3)), src / "anim.gif", "GIF")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)  # 200x120 = 24,000 pixels
    bomb = _save(_logo((9, 9, 9)), src / "bomb.png")
    monkeypatch.undo()
    monkeypatch.setattr("memory.assets.MAX_IMAGE_BYTES", 2_000)
    big = _save(Image.effect_noise((200, 200), 64).convert("RGB"), src / "big.png")
    monkeypatch.undo()
    items = [
        AddItem(path=p, brand="acme", kind="logo", description="Acme logo")
        for p in (good, empty, text, corrupt, gif, good_jpg)
    ]
    progress: list[str] = []
    report = index.add_many(items, on_progress=lambda _p, outcome: progress.append(outcome))
    assert [a.reference.path.endswith((".png", ".jpg")) for a in report.added] == [True, True]
    reasons = {Path(s.source).name: s.reason for s in report.skipped}
    assert "empty (0 bytes)" in reasons["empty.png"]
    assert "not an image" in reasons["notes.png"] and "PNG, JPEG or WEBP" in reasons["notes.png"]
    assert "corrupt or truncated" in reasons["cut.png"]
    assert "GIF" in reasons["anim.gif"] and "supported: PNG, JPEG or WEBP" in reasons["anim.gif"]
    assert progress == ["added", "skipped", "skipped", "skipped", "skipped", "added"]
    # Limits: Pillow's pixel limit and the 50 MB size limit, each its own clear reason.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    bomb_report = index.add_many([AddItem(path=bomb, brand="acme", kind="logo")])
    assert "too many pixels" in bomb_report.skipped[0].reason
    monkeypatch.undo()
    monkeypatch.setattr("memory.assets.MAX_IMAGE_BYTES", 2_000)
    big_report = index.add_many([AddItem(path=big, brand="acme", kind="logo")])
    assert "the limit is" in big_report.skipped[0].reason
    monkeypatch.undo()
    assert index.count() == 2
    with pytest.raises(InputError):
        index.add_many([AddItem(path=text, brand="acme", kind="logo")], raise_errors=True)


def test_batch_add_refuses_exact_duplicates_even_within_the_batch(
    index: BrandIndex, tmp_path: Path
) -> None:
    a = _save(_logo((200, 20, 20)), tmp_path / "a.png")
    b = tmp_path / "b.png"
    b.write_bytes(a.read_bytes())
    report = index.add_many(
        [AddItem(path=a, brand="acme", kind="logo"), AddItem(path=b, brand="acme", kind="logo")]
    )
    first = report.added[0].reference.id
    assert len(report.added) == 1
    assert f"already in the brand library as {first}" in report.skipped[0].reason
    with pytest.raises(StateConflict, match=first):
        index.add(b, brand="other", kind="photo")


def test_near_duplicates_are_reported_not_refused(index: BrandIndex, tmp_path: Path) -> None:
    original = index.add_checked(
        AddItem(path=_save(_logo((200, 20, 20)), tmp_path / "a.png"), brand="acme", kind="logo")
    )
    assert original.near_duplicates == []
    smaller = index.add_checked(
        AddItem(
            path=_save(
                _logo((200, 20, 20)).resize((150, 90)), tmp_path / "a.jpg", "JPEG", quality=60
            ),
            brand="acme",
            kind="logo",
        )
    )
    assert [n.id for n in smaller.near_duplicates] == [original.reference.id]
    assert smaller.near_duplicates[0].bits <= imagesim.NEAR_DUPLICATE_BITS
    recolour = index.add_checked(
        AddItem(path=_save(_logo((20, 200, 20)), tmp_path / "green.png"), brand="acme", kind="logo")
    )
    assert recolour.near_duplicates == []  # same layout, other colours: a different logo
    assert index.get(original.reference.id).phash == original.reference.phash
    again = index.near_duplicates(Path(original.reference.path).read_bytes())
    assert {n.id for n in again} == {original.reference.id, smaller.reference.id}


# -- approve / retire / ids ------------------------------------------------------------------


def test_unknown_and_twice_are_clear_errors(index: BrandIndex, tmp_path: Path) -> None:
    ref = index.add(_save(_logo((1, 2, 3)), tmp_path / "a.png"), brand="acme", kind="logo")
    with pytest.raises(NotFound, match="no brand reference 'ref_nope'"):
        index.approve("ref_nope", by="alice")
    index.retire(ref.id)
    with pytest.raises(StateConflict, match="already retired"):
        index.retire(ref.id)
    assert index.get(ref.id).status == "retired"  # kept for lineage


def test_file_ids_are_cached_per_provider_and_survive_updates(
    index: BrandIndex, tmp_path: Path
) -> None:
    ref = index.add(_save(_logo((1, 2, 3)), tmp_path / "a.png"), brand="acme", kind="logo")
    index.set_file_id(ref.id, "openai", "file-1")
    index.set_file_id(ref.id, "azure", "assistant-2")
    approved = index.approve(ref.id, by="alice")
    assert approved.file_ids == {"openai": "file-1", "azure": "assistant-2"}
    assert index.get(ref.id).file_ids == {"openai": "file-1", "azure": "assistant-2"}
    index.set_file_id(ref.id, "openai", None)
    assert index.get(ref.id).file_ids == {"azure": "assistant-2"}


# -- promotion ------------------------------------------------------------------------------


def test_promote_keeps_lineage(index: BrandIndex) -> None:
    store = index.assets
    parent = store.put_bytes(_png(_logo((200, 20, 20))), source="generated")
    child = store.put_bytes(_png(_logo((200, 60, 20))), source="edited", parent=parent.sha256)
    added = index.promote(child.sha256[:12], brand="acme", kind="style", description="Approved")
    ref = added.reference
    assert ref.status == "pending" and ref.promoted_from == child.sha256
    assert [a.sha256 for a in store.lineage(ref.sha256)] == [child.sha256, parent.sha256]
    with pytest.raises(StateConflict):
        index.promote(child.sha256, brand="acme", kind="style")
    with pytest.raises(NotFound):
        index.promote("deadbeefdeadbeef", brand="acme", kind="style")


def _add_acme(
    index: BrandIndex, path: Path, colour: tuple[int, int, int], kind: str, description: str
) -> Reference:
    return index.add(_save(_logo(colour), path), brand="acme", kind=kind, description=description)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


# -- search ----------------------------------------------------------------------------------


def test_similar_to_ranks_by_looks(index: BrandIndex, tmp_path: Path) -> None:
    red = _add_acme(index, tmp_path / "r.png", (220, 20, 20), "logo", "Acme logo")
    blue = _add_acme(index, tmp_path / "b.png", (20, 20, 220), "logo", "Acme logo")
    for ref in (red, blue):
        index.approve(ref.id, by="alice")
    probe = _png(_logo((215, 25, 25)).resize((100, 60)))
    hits = index.search("Acme logo", similar_to=probe, k=2)
    assert [h.reference.id for h in hits] == [red.id, blue.id]
    assert hits[0].image_score is not None and hits[0].image_score > hits[1].image_score  # type: ignore[operator]
    assert "alike" in hits[0].why
    probe_blue = _png(_logo((20, 20, 230)))
    assert index.search("Acme logo", similar_to=probe_blue, k=1)[0].reference.id == blue.id
    with pytest.raises(InputError):
        index.search("Acme logo", similar_to=b"not an image")


def test_where_filters() -> None:
    assert where(status="approved", brand="acme", kinds=["logo"]) == {"facet": "approved|acme|logo"}
    assert where(status="approved", kinds=["logo", "palette"]) == {
        "$and": [{"status": "approved"}, {"kind": {"$in": ["logo", "palette"]}}]
    }
    assert where() is None
    with pytest.raises(InputError):
        where(kinds=["banner"])


def test_search_with_kinds_and_async(index: BrandIndex, tmp_path: Path) -> None:
    logo = _add_acme(index, tmp_path / "a.png", (1, 2, 3), "logo", "red logo")
    palette = _add_acme(index, tmp_path / "b.png", (9, 2, 3), "palette", "red swatches")
    for ref in (logo, palette):
        index.approve(ref.id, by="alice")
    both = index.search("red", k=5, kinds=["logo", "palette"])
    assert {h.reference.id for h in both} == {logo.id, palette.id}
    only = asyncio.run(index.asearch("red", k=5, kinds=["palette"]))
    assert [h.reference.id for h in only] == [palette.id]
    vectors = asyncio.run(aembed(index.embedder, ["red logo", "blue"]))
    assert vectors.shape == (2, 384)


# -- Chroma server ---------------------------------------------------------------------------


def test_against_a_chroma_server(
    chroma_server: ChromaServer, tmp_path: Path, embedder: MiniLMEmbedder
) -> None:
    chroma_server.reset()
    assets = AssetStore(tmp_path / "data" / "assets")
    index = BrandIndex(
        tmp_path / "data",
        assets,
        embedder=embedder,
        host=chroma_server.host,
        port=chroma_server.port,
    )
    ref = _add_acme(index, tmp_path / "a.png", (200, 20, 20), "logo", "Acme red logo")
    index.approve(ref.id, by="alice")
    assert not (tmp_path / "data" / "chroma").exists()  # nothing embedded on disk
    again = BrandIndex(
        tmp_path / "data",
        assets,
        embedder=embedder,
        host=chroma_server.host,
        port=chroma_server.port,
    )
    hits = again.search("red logo", brand="acme", kind="logo")
    assert [h.reference.id for h in hits] == [ref.id]
    assert again.get(ref.id).approved_by == "alice"
    # The change stamp lives in the server's collection, so every client sees each change.
    assert again.approved().ids == (ref.id,)
    index.retire(ref.id)
    assert again.approved().ids == () and again.approved().brands == {"acme"}


def test_brands_follow_adds_from_another_instance(
    index: BrandIndex, tmp_path: Path, embedder: MiniLMEmbedder
) -> None:
    assert index.brands() == set()
    index.add(_save(_logo((1, 2, 3)), tmp_path / "a.png"), brand="acme", kind="logo")
    assert index.brands() == {"acme"}
    other = BrandIndex(index.data_dir, index.assets, embedder=embedder)
    other.add(_save(_logo((9, 9, 9)), tmp_path / "b.png"), brand="nova-tea", kind="photo")
    assert index.brands() == {"acme", "nova-tea"}
