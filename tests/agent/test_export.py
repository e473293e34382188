"""Channel presets, custom sizes, and export to exact sizes with lineage."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from agent.cli import app
from agent.export import edge_colour, export_asset, fit_image, parse_focus
from core.errors import InputError
from memory.assets import AssetStore
from memory.ledger import Ledger
from tools.sizes import CHANNELS, MAX_PIXELS, MIN_PIXELS, channel, fit_size

pytestmark = pytest.mark.production

cli = CliRunner()


@pytest.mark.parametrize("name", sorted(CHANNELS))
def test_channel_model_sizes_obey_the_rules(name: str) -> None:
    preset = CHANNELS[name]
    w, h = preset.model_size
    assert w % 16 == 0 and h % 16 == 0 and MIN_PIXELS <= w * h <= MAX_PIXELS
    assert not fit_size(f"{w}x{h}").adjusted
    # The model renders close to the channel's shape, so a crop loses little.
    assert abs(w / h - preset.width / preset.height) / (preset.width / preset.height) < 0.03


def test_required_channels_exist() -> None:
    exact = {name: (c.width, c.height) for name, c in CHANNELS.items()}
    assert exact["4k"] == (3840, 2160)
    assert exact["story"][0] * 16 == exact["story"][1] * 9
    assert exact["portrait"][0] * 5 == exact["portrait"][1] * 4
    assert exact["a4"] == (1240, 1754)  # 150 dpi
    assert {"square-post", "landscape-banner", "web-hero"} <= set(exact)


def test_custom_and_bad_channel_sizes() -> None:
    assert channel("1000x500").wire == "1000x500"
    for bad in ("abc", "0x10", "20000x10"):
        with pytest.raises(InputError):
            channel(bad)


def test_out_of_budget_request_is_scaled_and_explained() -> None:
    choice = fit_size("5000x5000")
    assert choice.adjusted and choice.width * choice.height <= MAX_PIXELS
    assert (choice.width % 16 == 0 and "maximum" in choice.reason) or "edge" in choice.reason


def _img(size: tuple[int, int], color: tuple[int, int, int] = (200, 30, 30)) -> Image.Image:
    img = Image.new("RGB", size, color)
    img.paste((0, 0, 255), (0, 0, size[0] // 4, size[1]))  # a blue strip on the left
    return img


def test_crop_follows_the_focal_point() -> None:
    src = _img((1024, 1024))
    left = fit_image(src, 400, 800, fit="crop", focus=(0.0, 0.5))
    right = fit_image(src, 400, 800, fit="crop", focus=(1.0, 0.5))
    assert left.size == right.size == (400, 800)
    assert left.getpixel((5, 400)) == (0, 0, 255)
    assert right.getpixel((395, 400)) != (0, 0, 255)


def test_pad_uses_the_background() -> None:
    src = Image.new("RGB", (1024, 1024), (10, 120, 40))
    out = fit_image(src, 1200, 628, fit="pad", background=(250, 250, 250))
    assert out.size == (1200, 628) and out.getpixel((2, 300)) == (250, 250, 250)
    auto = fit_image(src, 1200, 628, fit="pad")
    assert auto.getpixel((2, 300)) == edge_colour(src) == (10, 120, 40)


def test_export_stores_child_and_ledger_row(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "assets")
    ledger = Ledger(tmp_path / "l.sqlite")
    buf = io.BytesIO()
    _img((1024, 1280)).save(buf, format="PNG")
    source = store.put_bytes(buf.getvalue())
    result = export_asset(
        store,
        ledger,
        source.sha256[:12],
        "portrait",
        out_dir=tmp_path / "out",
        fmt="jpeg",
        quality=80,
    )
    with Image.open(result.path) as img:
        assert img.size == (1080, 1350) and img.format == "JPEG"
    assert result.asset.parent == source.sha256
    assert [r.sha256 for r in store.lineage(result.asset.sha256)] == [
        result.asset.sha256,
        source.sha256,
    ]
    row = ledger.rows()[-1]
    assert row.outcome == "exported" and row.assets == [result.asset.sha256, source.sha256]
    with pytest.raises(InputError):
        export_asset(store, ledger, source.sha256, "story", out_dir=tmp_path, quality=0)


def test_export_cli(tmp_path: Path, atelier_home: Path) -> None:
    store = AssetStore(atelier_home / "assets")
    buf = io.BytesIO()
    _img((1536, 864)).save(buf, format="PNG")
    sha = store.put_bytes(buf.getvalue()).sha256
    out = cli.invoke(
        app, ["export", sha[:10], "--preset", "web-hero", "--format", "webp", "--out", "x"]
    )
    assert out.exit_code == 0, out.output
    with Image.open(Path("x") / f"{sha[:12]}-web-hero.webp") as img:
        assert img.size == (1920, 1080)
    bad = cli.invoke(app, ["export", sha[:10], "--preset", "web-hero", "--format", "gif"])
    assert bad.exit_code == 2 and "gif" in bad.output
    assert cli.invoke(app, ["export", "deadbeef00", "--preset", "story"]).exit_code == 2
    assert parse_focus("0.2,0.8") == (0.2, 0.8)
    with pytest.raises(InputError):
        parse_focus("2,2")
