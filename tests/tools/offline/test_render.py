"""The renderer: fonts per script, palettes, masks and determinism."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tools.offline import fonts, render


def test_script_runs_and_cjk_faces() -> None:
    runs = fonts.split_runs("Sale 夏のセール 50% ছাড়")
    assert [r.script for r in runs] == ["latin", "cjk", "bengali"]
    assert fonts.cjk_language("夏のセール") == "ja"
    assert fonts.cjk_language("여름 세일") == "ko"
    assert fonts.cjk_language("夏季促销") == "zh"


def test_noto_faces_are_found_per_script() -> None:
    missing = fonts.fonts_missing()
    assert not missing, f"install the Noto fonts (make system-deps): {missing}"
    assert "Devanagari" in str(getattr(fonts.font_for("devanagari", 32), "path", ""))
    assert "CJK" in str(getattr(fonts.font_for("cjk", 32, "ja"), "path", ""))


def test_missing_fonts_are_reported_and_fall_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "FONT_ROOTS", (tmp_path,))
    fonts._find.cache_clear()
    fonts.font_for.cache_clear()
    try:
        assert fonts.fonts_missing() == [
            "NotoSans-Bold.ttf",
            "NotoSansDevanagari-Bold.ttf",
            "NotoSansBengali-Bold.ttf",
            "NotoSansCJK-Bold.ttc",
        ]
        assert fonts.font_file("cjk") is None
        fallback = fonts.font_for("cjk", 32, "ja")
        assert "Noto" not in str(getattr(fallback, "path", ""))
        plain = render.compose(render.Scene(640, 1024, "poster in navy"))
        texted = render.compose(render.Scene(640, 1024, 'poster in navy "夏のセール"'))
        assert plain.tobytes() != texted.tobytes()
        # A Homebrew cask's regular face counts as the script's font.
        (tmp_path / "NotoSansCJK.ttc").write_bytes(b"")
        fonts._find.cache_clear()
        assert fonts.font_file("cjk") == tmp_path / "NotoSansCJK.ttc"
    finally:
        fonts._find.cache_clear()
        fonts.font_for.cache_clear()


def test_text_is_drawn_in_every_script() -> None:
    for copy in (
        "Summer Sale",
        "夏のセール",
        "여름 세일",
        "夏季促销",
        "ग्रीष्म बिक्री",
        "গ্রীষ্ম বিক্রয়",
    ):
        plain = render.compose(render.Scene(640, 1024, "poster in navy"))
        texted = render.compose(render.Scene(640, 1024, f'poster in navy "{copy}"'))
        assert plain.tobytes() != texted.tobytes(), copy


def test_palette_sources() -> None:
    red = Image.new("RGB", (32, 32), (220, 10, 10))
    assert render.palette_for("anything", [red])[0] == (220, 10, 10)
    assert render.palette_for("a teal and gold poster", [])[:2] == [
        render.NAMED_COLOURS["teal"],
        render.NAMED_COLOURS["gold"],
    ]
    assert render.palette_for("abc", []) == render.palette_for("abc", [])


def test_mask_conventions() -> None:
    alpha = Image.new("RGBA", (4, 1), (0, 0, 0, 255))
    alpha.putpixel((1, 0), (0, 0, 0, 0))
    assert render.edit_region(alpha).tobytes() == bytes([0, 255, 0, 0])
    grey = Image.new("L", (4, 1), 0)
    grey.putpixel((2, 0), 255)
    assert render.edit_region(grey).tobytes() == bytes([0, 0, 255, 0])


def test_compose_is_deterministic() -> None:
    scene = render.Scene(1024, 1024, 'gold banner "Hello"', [Image.new("RGB", (40, 80), "blue")])
    first = render.encode(render.flatten(render.compose(scene), False), "png", None)
    second = render.encode(render.flatten(render.compose(scene), False), "png", None)
    assert first == second


def test_explicit_copy_line_wins_and_is_drawn_once() -> None:
    from tools.offline.render import copy_text

    prompt = 'A sale visual with the copy “夏のセール”\nRender this text exactly: "夏のセール"\n'
    assert copy_text(prompt) == "夏のセール"
    assert copy_text('say "Hi" and "Hi" and “Bye”') == "Hi\nBye"
    assert copy_text("no copy here") is None
