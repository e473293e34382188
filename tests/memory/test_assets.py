"""Asset store: atomic, idempotent puts, lineage, and every kind of bad input refused."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

import memory.assets as assets_mod
from core.errors import ImageInputError, NotFound, PathOutsideDataDir, StorageError
from memory.assets import LABEL, AssetRef, AssetStore, resolve_inside, validate_image_bytes
from tests.conftest import StoreDb
from tests.helpers import ImageFactory


@pytest.fixture
def store(tmp_path: Path, store_db: StoreDb) -> AssetStore:
    """The store with its index in SQLite and in PostgreSQL: the tests taking it run on both."""
    root = tmp_path / "data" / "assets"
    return AssetStore(root, db=store_db(LABEL, root / "index.sqlite"))


def test_put_bytes_stores_content_addressed_file(
    store: AssetStore, make_image: ImageFactory
) -> None:
    data = make_image(64, 48)
    ref = store.put_bytes(data, thread_id="t1")
    sha = hashlib.sha256(data).hexdigest()
    assert ref == AssetRef(
        sha256=sha, path=ref.path, width=64, height=48, format="png", parent=None
    )
    assert Path(ref.path) == store.root / sha[:2] / f"{sha}.png"
    assert Path(ref.path).read_bytes() == data
    assert store.read_bytes(ref) == data
    assert store.read_bytes(sha) == data


def test_formats_and_extensions(store: AssetStore, make_image: ImageFactory) -> None:
    jpeg = store.put_bytes(make_image(fmt="JPEG"))
    webp = store.put_bytes(make_image(fmt="WEBP"))
    assert (jpeg.format, Path(jpeg.path).suffix) == ("jpeg", ".jpg")
    assert (webp.format, Path(webp.path).suffix) == ("webp", ".webp")


def test_same_bytes_twice_is_idempotent(
    store: AssetStore, make_image: ImageFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make_image()
    first = store.put_bytes(data, thread_id="t1")
    replaces: list[object] = []
    real_replace = os.replace

    def counting_replace(src: str, dst: str) -> None:
        replaces.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", counting_replace)
    second = store.put_bytes(data, thread_id="t1")
    assert second == first
    assert replaces == []  # nothing rewritten
    assert len(store.list()) == 1
    assert len(store.provenance(first.sha256)) == 1


def test_second_put_with_other_parent_keeps_first_parent(
    store: AssetStore, make_image: ImageFactory
) -> None:
    a = store.put_bytes(make_image(color=(1, 1, 1)))
    b = store.put_bytes(make_image(color=(2, 2, 2)))
    child_bytes = make_image(color=(3, 3, 3))
    child = store.put_bytes(child_bytes, parent=a.sha256, source="edit", thread_id="t1")
    again = store.put_bytes(child_bytes, parent=b.sha256, source="edit", thread_id="t2")
    assert again.parent == a.sha256 == child.parent
    parents = [p["parent"] for p in store.provenance(child.sha256)]
    assert parents == [a.sha256, b.sha256]


def test_atomic_write_leaves_nothing_on_failure(
    store: AssetStore, make_image: ImageFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    data = make_image()
    with pytest.raises(StorageError, match="cannot write asset"):
        store.put_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    assert not list((store.root / sha[:2]).iterdir())  # temp file cleaned up
    with pytest.raises(NotFound):
        store.get(sha)


def test_no_temp_files_after_put(store: AssetStore, make_image: ImageFactory) -> None:
    ref = store.put_bytes(make_image())
    assert [p.name for p in Path(ref.path).parent.iterdir()] == [Path(ref.path).name]


def test_get_by_prefix_and_unknown(store: AssetStore, make_image: ImageFactory) -> None:
    ref = store.put_bytes(make_image())
    assert store.get(ref.sha256[:8]) == ref
    assert store.get(ref.sha256.upper()) == ref
    with pytest.raises(NotFound, match="at least 8"):
        store.get(ref.sha256[:7])
    with pytest.raises(NotFound):
        store.get("0" * 64 if not ref.sha256.startswith("0") else "f" * 64)


def test_lineage_walks_parents(store: AssetStore, make_image: ImageFactory) -> None:
    a = store.put_bytes(make_image(color=(10, 0, 0)))
    b = store.put_bytes(make_image(color=(20, 0, 0)), parent=a.sha256, source="edit")
    c = store.put_bytes(make_image(color=(30, 0, 0)), parent=b.sha256[:10], source="edit")
    assert c.parent == b.sha256
    assert [r.sha256 for r in store.lineage(c.sha256)] == [c.sha256, b.sha256, a.sha256]
    assert store.lineage(a.sha256) == [a]


def test_unknown_parent_is_refused(store: AssetStore, make_image: ImageFactory) -> None:
    with pytest.raises(NotFound, match="parent asset"):
        store.put_bytes(make_image(), parent="deadbeef" * 8)


def test_list_by_thread(store: AssetStore, make_image: ImageFactory) -> None:
    a = store.put_bytes(make_image(color=(1, 2, 3)), thread_id="t1")
    b = store.put_bytes(make_image(color=(4, 5, 6)), thread_id="t2")
    store.put_bytes(make_image(color=(1, 2, 3)), thread_id="t2")  # t2 re-uses a
    assert store.list(thread_id="t1") == [a]
    assert {r.sha256 for r in store.list(thread_id="t2")} == {a.sha256, b.sha256}
    assert len(store.list(limit=1)) == 1


def test_index_survives_reopen(tmp_path: Path, make_image: ImageFactory) -> None:
    ref = AssetStore(tmp_path / "assets").put_bytes(make_image())
    assert AssetStore(tmp_path / "assets").get(ref.sha256) == ref


def test_tampered_file_is_reported(store: AssetStore, make_image: ImageFactory) -> None:
    ref = store.put_bytes(make_image())
    Path(ref.path).write_bytes(b"x" * 10)
    with pytest.raises(StorageError, match="does not match its hash"):
        store.read_bytes(ref)


def test_put_file(store: AssetStore, write_image: Callable[..., Path]) -> None:
    path = write_image("logo.png", width=30, height=20)
    ref = store.put_file(path, source="brand-reference")
    assert (ref.width, ref.height) == (30, 20)


# -- bad inputs ----------------------------------------------------------------------------


def test_zero_byte_file(store: AssetStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(ImageInputError, match=r"^empty\.png is empty \(0 bytes\)$"):
        store.put_file(empty)


def test_text_file(store: AssetStore, tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("this is not a picture\n")
    with pytest.raises(ImageInputError, match=r"not an image.*PNG, JPEG or WEBP"):
        store.put_file(text)


def test_unsupported_format(store: AssetStore, make_image: ImageFactory) -> None:
    with pytest.raises(ImageInputError, match="is a GIF image; supported: PNG, JPEG or WEBP"):
        store.put_bytes(make_image(fmt="GIF"))


def test_truncated_png(store: AssetStore) -> None:
    img = Image.effect_noise((256, 256), 64).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    data = buf.getvalue()
    with pytest.raises(ImageInputError, match="corrupt or truncated"):
        store.put_bytes(data[: len(data) // 2], name="cut.png")
    assert store.list() == []


def test_over_size_limit(
    store: AssetStore, write_image: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assets_mod, "MAX_IMAGE_BYTES", 100)
    path = write_image("big.png", width=64, height=64)
    with pytest.raises(ImageInputError, match=r"big\.png is \d+ bytes; the limit is 100 bytes"):
        store.put_file(path)
    with pytest.raises(ImageInputError, match="the limit is 100 bytes"):
        validate_image_bytes(path.read_bytes())


def test_limit_message_in_megabytes() -> None:
    data = b"\0" * (assets_mod.MAX_IMAGE_BYTES + 1)
    with pytest.raises(ImageInputError, match=r"is 50\.0 MB; the limit is 50\.0 MB"):
        validate_image_bytes(data)


def test_decompression_bomb_error(
    store: AssetStore, make_image: ImageFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # 100x100 is over twice that
    with pytest.raises(ImageInputError, match="too many pixels"):
        store.put_bytes(make_image(100, 100))


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_decompression_bomb_warning_range_is_refused_too(
    store: AssetStore, make_image: ImageFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 6000)  # Pillow would only warn
    with pytest.raises(ImageInputError, match="too many pixels"):
        store.put_bytes(make_image(100, 100))


def test_missing_file(store: AssetStore, tmp_path: Path) -> None:
    with pytest.raises(ImageInputError, match=r"image file not found: .*nope\.png"):
        store.put_file(tmp_path / "nope.png")


def test_directory_is_not_a_file(store: AssetStore, tmp_path: Path) -> None:
    with pytest.raises(ImageInputError, match="not a file"):
        store.put_file(tmp_path)


# -- paths ---------------------------------------------------------------------------------


def test_resolve_inside_accepts_paths_in_base(tmp_path: Path) -> None:
    base = tmp_path / "data"
    (base / "sub").mkdir(parents=True)
    assert resolve_inside(base, "sub/x.png") == (base / "sub" / "x.png").resolve()
    assert resolve_inside(base, base / "y.png") == (base / "y.png").resolve()
    assert resolve_inside(base, "sub/../z.png") == (base / "z.png").resolve()


def test_resolve_inside_refuses_dotdot(tmp_path: Path) -> None:
    base = tmp_path / "data"
    base.mkdir()
    with pytest.raises(PathOutsideDataDir, match="outside"):
        resolve_inside(base, "../secret.png")
    with pytest.raises(PathOutsideDataDir):
        resolve_inside(base, "/etc/passwd")


def test_resolve_inside_refuses_symlink_escape(tmp_path: Path) -> None:
    base = tmp_path / "data"
    base.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(b"x")
    (base / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(PathOutsideDataDir):
        resolve_inside(base, "link/secret.png")


def test_small_stores_name_themselves_when_locked(tmp_path: Path) -> None:
    import sqlite3

    from memory.review_queue import ReviewQueue

    queue = ReviewQueue(tmp_path / "review.sqlite", busy_timeout_ms=100)
    holder = sqlite3.connect(tmp_path / "review.sqlite")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        # The queue is in WAL mode: readers go on, a writer waits and then says who blocks it.
        with pytest.raises(StorageError, match="review queue is locked by another process"):
            queue.add("ab" * 32, thread_id="t1", reasons=["held"])
    finally:
        holder.rollback()
        holder.close()
    assert queue.list() == []
