"""The QA checks against images whose answers are known: right, wrong, leaked, recoloured."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from agent.demo import make_logo
from core.errors import ImageInputError, InputError
from memory.imaging import flatten
from tests.helpers import COPY, draw_text, modules_loaded_by
from tools import qa

pytestmark = pytest.mark.usefixtures("needs_tesseract")


@pytest.mark.parametrize("script", sorted(COPY))
def test_text_drawn_here_reads_back_in_every_script(script: str) -> None:
    result = qa.text_rendering(draw_text(COPY[script]), COPY[script])
    assert result.evidence["script"] == script
    assert result.passed and result.score <= 0.05, result.evidence


@pytest.mark.parametrize("script", sorted(COPY))
def test_engine_output_reads_back_in_every_script(
    script: str, engine_image: Callable[..., Image.Image]
) -> None:
    image = engine_image(f'A poster for a summer sale\nRender this text exactly: "{COPY[script]}"')
    assert image.size == (1024, 1024)
    result = qa.text_rendering(image, COPY[script])
    assert result.passed and result.score <= 0.05, result.evidence


def test_misspelled_copy_is_caught() -> None:
    result = qa.text_rendering(draw_text("Summer Sael 50% of"), "Summer Sale 50% off")
    assert not result.passed and result.score > 0.05
    assert result.evidence["read"] and len(result.evidence["passes"]) > 1


def test_wrong_number_in_engine_japanese_copy_is_caught(
    engine_image: Callable[..., Image.Image],
) -> None:
    image = engine_image('A poster\nRender this text exactly: "夏のセール 30%オフ"')
    result = qa.text_rendering(image, "夏のセール 50%オフ")
    assert not result.passed, result.evidence


def test_missing_copy_is_caught() -> None:
    result = qa.text_rendering(draw_text("Winter"), "Summer Sale 50% off")
    assert not result.passed and result.score > 0.5


def test_ocr_text_reads_the_picture(engine_image: Callable[..., Image.Image]) -> None:
    image = engine_image('A poster\nRender this text exactly: "Grand Opening"')
    assert "grandopening" in qa.normalise_text(qa.ocr_text(image, langs=("eng",)))


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Hello 50%", "latin"),
        ("夏のセール", "japanese"),
        ("東京 セール", "japanese"),
        ("여름 세일", "korean"),
        ("全场五折", "chinese"),
        ("सेल", "devanagari"),
        ("সেল", "bengali"),
        ("Acme सेल 50%", "devanagari"),
    ],
)
def test_script_detection(text: str, script: str) -> None:
    assert qa.detect_script(text) == script


def test_cer_counts_errors_inside_the_copy_not_around_it() -> None:
    assert qa.cer("Sale 50%", "caption words SALE\n50% more words") == 0.0
    assert qa.cer("Sale 50%", "Sa1e 50%") == pytest.approx(1 / 7)
    assert qa.cer("abcd", "") == 1.0
    with pytest.raises(InputError):
        qa.cer("  ", "anything")


# -- edit stability ------------------------------------------------------------------------


def _mask(size: tuple[int, int], box: tuple[int, int, int, int]) -> Image.Image:
    mask = Image.new("RGBA", size, (0, 0, 0, 255))
    ImageDraw.Draw(mask).rectangle(box, fill=(0, 0, 0, 0))
    return mask


def _sun_edit(
    engine_image: Callable[..., Image.Image],
    engine_edit: Callable[[Image.Image, Image.Image, str], Image.Image],
) -> tuple[Image.Image, Image.Image, Image.Image]:
    """A poster, a mask over its top third, and the engine's masked edit of it."""
    parent = engine_image('A teal poster\nRender this text exactly: "Hello"')
    mask = _mask(parent.size, (0, 0, 1023, 340))
    return parent, mask, engine_edit(parent, mask, "a bright yellow sun")


def test_engine_masked_edit_is_stable(
    engine_image: Callable[..., Image.Image],
    engine_edit: Callable[[Image.Image, Image.Image, str], Image.Image],
) -> None:
    parent, mask, child = _sun_edit(engine_image, engine_edit)
    result = qa.edit_stability(parent, child, mask)
    assert result.passed, result.evidence
    assert result.evidence["ssim_outside"] > 0.99
    assert result.evidence["changed_fraction_inside"] > 0.2


def test_edit_that_leaks_outside_the_mask_is_caught(
    engine_image: Callable[..., Image.Image],
    engine_edit: Callable[[Image.Image, Image.Image, str], Image.Image],
) -> None:
    parent, mask, child = _sun_edit(engine_image, engine_edit)
    ImageDraw.Draw(child).ellipse((600, 600, 900, 900), fill=(250, 20, 20))
    result = qa.edit_stability(parent, child, mask)
    assert not result.passed
    assert result.evidence["leaked_fraction"] > 0.01
    assert any("outside the mask" in f for f in result.evidence["failures"])


def test_edit_that_changes_nothing_inside_is_caught(
    engine_image: Callable[..., Image.Image],
) -> None:
    parent = engine_image("A teal poster")
    result = qa.edit_stability(parent, parent.copy(), _mask(parent.size, (100, 100, 400, 400)))
    assert not result.passed and result.score == 1.0
    assert result.evidence["changed_fraction_inside"] == 0.0


def test_edit_stability_reads_files_and_rejects_bad_input(tmp_path: Path) -> None:
    parent = draw_text("Hello", (256, 256), 40)
    parent.save(tmp_path / "p.png")
    with pytest.raises(ImageInputError, match="does not exist"):
        qa.edit_stability(tmp_path / "p.png", tmp_path / "nope.png", parent)
    with pytest.raises(InputError, match="no region"):
        qa.edit_stability(parent, parent, Image.new("RGBA", (256, 256), (0, 0, 0, 255)))


# -- palette ---------------------------------------------------------------------------------


def _blocks(colours: list[str]) -> Image.Image:
    image = Image.new("RGB", (600, 400))
    draw = ImageDraw.Draw(image)
    for i, colour in enumerate(colours):
        draw.rectangle((i * 600 // len(colours), 0, (i + 1) * 600 // len(colours), 400), colour)
    return image


def test_image_in_brand_colours_adheres() -> None:
    result = qa.palette_adherence(_blocks(["#E02A30", "#1A3A8A"]), ["#E62828", "#1B3B8B"])
    assert result.passed and result.score < 3, result.evidence
    assert {d["nearest"] for d in result.evidence["dominant"]} == {"#E62828", "#1B3B8B"}


def test_off_brand_colours_are_caught() -> None:
    result = qa.palette_adherence(_blocks(["#30C030", "#F0E020"]), ["#E62828", "#1B3B8B"])
    assert not result.passed and result.score > 15


def test_bad_palette_is_an_input_error() -> None:
    with pytest.raises(InputError, match="hex colour"):
        qa.palette_adherence(_blocks(["#000000"]), ["not-a-colour"])
    with pytest.raises(InputError, match="empty"):
        qa.palette_adherence(_blocks(["#000000"]), [])


# -- logo ------------------------------------------------------------------------------------


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    return make_logo(tmp_path / "logo.png")


def _with(logo_image: Image.Image | None) -> Image.Image:
    canvas = draw_text("Grand Opening", (1024, 768), 64)
    if logo_image is not None:
        canvas.paste(logo_image.convert("RGB").resize((220, 220)), (760, 500))
    return canvas


def test_approved_logo_is_found(logo: Path) -> None:
    result = qa.logo_presence(_with(Image.open(logo)), logo)
    assert result.passed and result.evidence["found"] and not result.evidence["recoloured"]
    x0, y0, x1, _ = result.evidence["box"]
    assert abs(x0 - 760) < 16 and abs(y0 - 500) < 16 and abs((x1 - x0) - 220) < 24


def test_recoloured_logo_is_found_but_fails(logo: Path) -> None:
    swapped = np.asarray(Image.open(logo).convert("RGB"))[:, :, ::-1]
    result = qa.logo_presence(_with(Image.fromarray(np.ascontiguousarray(swapped))), logo)
    assert result.evidence["found"] and result.evidence["recoloured"]
    assert not result.passed and result.evidence["colour_delta_e"] > 12


def test_absent_logo_is_not_found(logo: Path, engine_image: Callable[..., Image.Image]) -> None:
    for picture in (_with(None), engine_image('A poster\nRender this text exactly: "Sale"')):
        result = qa.logo_presence(picture, logo)
        assert not result.passed and not result.evidence["found"], result.evidence


def test_flat_logo_is_an_input_error() -> None:
    with pytest.raises(InputError, match="flat colour"):
        qa.logo_presence(_with(None), Image.new("RGB", (64, 64), "red"))


# -- the OCR machinery ---------------------------------------------------------------------


def _one_shot(gray: Image.Image, langs: tuple[str, ...]) -> str:
    return qa._read_once(qa._tesseract(), langs, gray.convert("L"))


def test_a_streaming_reader_reads_what_a_fresh_process_reads(
    engine_image: Callable[..., Image.Image],
) -> None:
    pictures = [
        (engine_image(f'A poster\nRender this text exactly: "{COPY[s]}"'), qa.SCRIPT_LANGS[s])
        for s in ("latin", "japanese", "bengali")
    ]
    pictures.append((Image.new("RGB", (300, 200), "white"), ("eng",)))  # no text at all
    for picture, langs in pictures:
        gray = flatten(picture).convert("L")
        for _, prepared in list(qa._reading_passes(gray))[:3]:
            assert qa._tesseract_read(prepared, langs) == _one_shot(prepared, langs)


def test_readers_serve_threads_at_once_and_a_dead_one_is_replaced() -> None:
    from concurrent.futures import ThreadPoolExecutor

    words = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    images = [qa._otsu(draw_text(w, (512, 256), 48).convert("L")) for w in words]
    with ThreadPoolExecutor(max_workers=4) as pool:
        read = list(pool.map(lambda img: qa._tesseract_read(img, ("eng",)), images * 2))
    assert [qa.normalise_text(r) for r in read] == [w.lower() for w in words * 2]
    for reader in list(qa._READERS._idle):
        reader._proc.kill()  # as if the process had crashed between two turns
        reader._proc.wait()
    assert qa.normalise_text(qa._tesseract_read(images[0], ("eng",))) == "monday"
    assert qa.normalise_text(qa._tesseract_read(images[1], ("eng",))) == "tuesday"


def test_otsu_matches_opencv() -> None:
    import cv2

    rng = np.random.default_rng(0)
    pictures = [draw_text(COPY[s], (640, 480), 48).convert("L") for s in sorted(COPY)]
    pictures += [Image.fromarray(rng.integers(0, 256, (90, 120), dtype=np.uint8))]
    pictures += [Image.fromarray(rng.integers(100, 103, (64, 64), dtype=np.uint8))]
    pictures += [Image.new("L", (16, 16), 255), Image.new("L", (16, 16), 0)]
    for picture in pictures:
        arr = np.asarray(picture, dtype=np.uint8)
        _, expected = cv2.threshold(arr, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        assert np.array_equal(np.asarray(qa._otsu(picture)), expected)


def test_colour_distances_match_scikit_image() -> None:
    from skimage.color import deltaE_ciede2000, rgb2lab

    rng = np.random.default_rng(1)
    a = np.vstack([rng.integers(0, 256, (400, 3)), [[0, 0, 0], [255, 255, 255], [9, 9, 9]]])
    b = np.vstack([rng.integers(0, 256, (40, 3)), [[128, 128, 128]]])

    def lab(rgb: np.ndarray) -> np.ndarray:
        return np.asarray(rgb2lab(rgb.reshape(-1, 1, 3) / 255.0)).reshape(-1, 3)

    assert np.allclose(qa._lab(a), lab(a), rtol=0, atol=1e-9)
    expected = deltaE_ciede2000(lab(a)[:, None, :], lab(b)[None, :, :])  # type: ignore[no-untyped-call]
    assert np.allclose(qa.delta_e(a, b), expected, rtol=0, atol=1e-9)


def test_reading_text_needs_neither_opencv_nor_scikit_image() -> None:
    code = (
        "from PIL import Image\n"
        "from tools import qa\n"
        "qa.ocr_text(Image.new('RGB', (64, 64), 'white'), langs=('eng',))\n"
        "qa.text_rendering(Image.new('RGB', (64, 64), 'white'), 'Sale')\n"
    )
    assert modules_loaded_by(code, ("cv2", "skimage", "scipy")) == []
