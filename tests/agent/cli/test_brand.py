"""The `atelier brand` commands end to end: folders, bad files, approvals, search, export,
promotion."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from PIL import Image, ImageDraw
from typer.testing import CliRunner

from agent import cli
from agent.context import build_services
from core.settings import Settings

runner = CliRunner()


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(cli.app, list(args))
    return result.exit_code, result.output


def _img(path: Path, colour: tuple[int, int, int], fmt: str = "PNG") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    img = Image.new("RGB", (120, 80), (255, 255, 255))
    ImageDraw.Draw(img).ellipse((10, 10, 60, 70), fill=colour)
    img.save(path, format=fmt)
    return path


def _ids(output: str) -> list[str]:
    return re.findall(r"ref_[0-9a-f]{12}", output)


def test_add_folder_with_bad_files_then_approve_search_export(
    atelier_home: Path, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    _img(lib / "logo.png", (220, 20, 20))
    _img(lib / "nested" / "logo-small.jpg", (220, 20, 20), "JPEG")
    (lib / "empty.png").write_bytes(b"")
    (lib / "readme.txt").write_text("hello")
    _img(lib / "anim.gif", (1, 2, 3), "GIF")
    (lib / ".hidden.png").write_bytes(b"")
    os.symlink("/etc/hostname", lib / "nested" / "escape.png")
    code, out = _run(
        "brand",
        "add",
        str(lib),
        "--brand",
        "acme",
        "--kind",
        "logo",
        "--tags",
        "primary,red",
        "--description",
        "Acme red logo",
    )
    assert code == 0, out
    assert "2 added, 4 skipped" in out
    assert "near duplicate of" in out
    assert "empty (0 bytes)" in out and "GIF" in out and "readme.txt" in out
    assert "symlink points outside" in out
    assert "Traceback" not in out
    first, second = _ids(out)[:2]

    code, out = _run("brand", "approve", first, "ref_000000000000", "--by", "alice")
    assert code == 0 and f"approved {first}" in out
    assert "no brand reference 'ref_000000000000'" in out and "1 approved, 1 failed" in out
    code, out = _run("brand", "approve", first)
    assert code == 2 and "already approved by alice" in out
    code, out = _run("brand", "retire", second)
    assert code == 0
    code, out = _run("brand", "retire", second)
    assert code == 2 and "already retired" in out and "Traceback" not in out

    code, out = _run("brand", "list", "--status", "approved")
    assert code == 0 and _ids(out) == [first]
    code, out = _run("brand", "show", first)
    assert code == 0 and "alice" in out and "primary" in out
    code, out = _run("brand", "search", "red logo", "--brand", "acme", "--kind", "logo")
    assert code == 0 and _ids(out) == [first]
    code, out = _run("brand", "search", "red logo", "--similar-to", str(lib / "logo.png"))
    assert code == 0 and _ids(out) == [first] and "alike" in out
    code, out = _run("brand", "search", "red logo", "--kind", "banner")
    assert code == 2 and "unknown reference kind" in out

    code, out = _run("brand", "export", str(tmp_path / "export"), "--status", "all")
    assert code == 0, out
    manifest = json.loads((tmp_path / "export" / "manifest.json").read_text())
    entries = {e["id"]: e for e in manifest["references"]}
    assert set(entries) == {first, second}
    assert entries[first]["approved_by"] == "alice" and entries[second]["status"] == "retired"
    assert (tmp_path / "export" / entries[first]["file"]).is_file()


def test_add_only_bad_files_exits_2(atelier_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 30)
    code, out = _run("brand", "add", str(bad), "--kind", "logo")
    assert code == 2 and "corrupt or truncated" in out and "0 added, 1 skipped" in out
    code, out = _run("brand", "add", str(bad), "--kind", "banner")
    assert code == 2 and "unknown kind 'banner'" in out


def test_promote_needs_a_passed_review(atelier_home: Path, tmp_path: Path) -> None:
    code, out = _run("chat", "A square post with the copy “Hi”", "--thread", "t-promote")
    assert code == 0, out
    services = build_services(Settings(home=atelier_home, provider="offline"))
    reviewed = [r.assets[0] for r in services.ledger.rows() if r.node == "review" and r.assets]
    assert reviewed, "the chat turn produced no reviewed image"
    code, out = _run("brand", "promote", reviewed[0][:16], "--brand", "acme", "--kind", "style")
    assert code == 0, out
    [ref_id] = _ids(out)
    ref = services.brand.get(ref_id)
    assert ref.promoted_from == reviewed[0] and ref.status == "pending"
    upload = services.assets.put_file(_img(tmp_path / "u.png", (5, 5, 5)), source="upload")
    code, out = _run("brand", "promote", upload.sha256, "--brand", "acme")
    assert code == 2 and "has not passed review" in out


def test_promote_refuses_a_held_image_until_a_human_approves_it(atelier_home: Path) -> None:
    from memory.assets import AssetStore
    from memory.review_queue import ReviewQueue, review_db
    from tests.helpers import png_bytes

    held = AssetStore(atelier_home / "assets").put_bytes(
        png_bytes((1024, 1024)), source="generated"
    )
    queue = ReviewQueue(review_db(atelier_home))
    item = queue.add(held.sha256, thread_id="t-held", reasons=["logo not found unchanged"])
    code, out = _run("brand", "promote", held.sha256, "--brand", "acme")
    assert code == 2 and "has not passed review" in out
    queue.approve(item.id, reviewer="alice")
    code, out = _run("brand", "promote", held.sha256, "--brand", "acme")
    assert code == 0, out


def test_impact_lists_and_retire_queues_the_published_outputs_once(
    atelier_home: Path, tmp_path: Path
) -> None:
    from memory.review_queue import ReviewQueue, review_db

    _img(tmp_path / "logo.png", (220, 20, 20))
    _img(tmp_path / "unused.png", (20, 20, 220))
    code, out = _run(
        "brand", "add", str(tmp_path / "logo.png"), "--brand", "acme", "--kind", "logo"
    )
    [logo] = _ids(out)
    code, out = _run("brand", "add", str(tmp_path / "unused.png"), "--brand", "acme")
    [unused] = _ids(out)
    assert _run("brand", "approve", logo, "--by", "alice")[0] == 0
    for brief in ("A square post for Acme with the logo and the copy “Hi”", "Finalize it"):
        code, out = _run("chat", brief, "--thread", "t-logo")
        assert code == 0, out
    services = build_services(Settings(home=atelier_home, provider="offline"))
    [final] = [r.assets[0] for r in services.ledger.rows() if r.node == "finalize"]
    code, out = _run("export", final[:12], "--preset", "story", "--out", str(tmp_path / "x"))
    assert code == 0, out
    [export] = [r.assets[0] for r in services.ledger.rows() if r.node == "export"]
    queue = ReviewQueue(review_db(atelier_home))
    # The final was held for a person (its copy or logo check), who approved it.
    [held] = queue.list()
    assert held.asset_sha256 == final, held.reasons
    assert _run("review", "approve", held.id, "--by", "alice")[0] == 0
    before = {i.id for i in queue.list(status=None)}

    code, out = _run("brand", "impact", logo, "--json")
    assert code == 0, out
    impact = json.loads(out)
    assert impact["threads"] == ["t-logo"] and impact["exports"] == [export]
    assert [i["kind"] for i in impact["images"]] == ["made-with", "final", "export"]
    assert [i["review"] for i in impact["images"]] == ["pass", "approved", "approved"]
    assert impact["published"] == [final, export]
    assert {i.id for i in queue.list(status=None)} == before  # listing alone queues nothing

    code, out = _run("brand", "retire", logo, "--reason", "logo redesign")
    assert code == 0, out
    assert f"retired {logo}" in out and "2 still published" in out
    assert "queued 2 still-published outputs for review" in out
    items = [i for i in queue.list(status=None) if i.id not in before]
    assert sorted(i.asset_sha256 for i in items) == sorted([final, export])
    assert all(i.thread_id == "t-logo" for i in items)
    assert all(
        i.reasons[0].startswith(f"brand reference {logo} was retired: logo redesign") for i in items
    )
    code, out = _run("brand", "impact", logo, "--queue")
    assert code == 0 and "queued rv_" in out and "still published" in out
    assert len(queue.list(status=None)) == len(before) + 2
    code, out = _run("brand", "retire", logo)
    assert code == 2 and "already retired" in out

    code, out = _run("brand", "impact", unused)
    assert code == 0 and f"no image, thread or export used {unused}" in out
    code, out = _run("brand", "impact", "ref_000000000000")
    assert code == 2 and "no brand reference" in out
