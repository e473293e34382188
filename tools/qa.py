"""Image QA: the measurable checks an output image gets before anyone looks at it.

Four checks, each a ``QAResult`` with a score, a pass/fail and the evidence behind it:

- ``text_rendering``: the copy the brief asked for, read back with tesseract, as a
  character error rate (CER) for the script of the copy (Latin, Japanese, Korean,
  Chinese, Devanagari, Bengali). Lower is better.
- ``edit_stability``: against the parent image, how similar the picture stayed outside
  the mask (SSIM, PSNR, share of leaked pixels) and how much it changed inside. Higher
  is better (the score is the SSIM outside the mask).
- ``palette_adherence``: dominant colours (k-means) against the brand palette, as the
  share-weighted CIEDE2000 distance to the nearest brand colour. Lower is better.
- ``logo_presence``: the approved logo found by multi-scale template matching, and its
  colour compared with the approved file so a recoloured logo is caught. Higher is better
  (the score is the match correlation).

OCR uses Debian's tesseract language packs (``tesseract-ocr-{eng,jpn,kor,chi-sim,hin,ben}``).
Masks follow the OpenAI convention: alpha 0 marks the region to edit.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import cv2
import numpy as np
import numpy.typing as npt
import pydantic
from PIL import Image, ImageOps

from agent.errors import ConfigError, ImageInputError, InputError

Script = Literal["latin", "japanese", "korean", "chinese", "devanagari", "bengali"]
ImageLike = Path | str | Image.Image  # asset records carry paths as str
U8 = npt.NDArray[np.uint8]
F64 = npt.NDArray[np.float64]

ALL_LANGS: tuple[str, ...] = ("eng", "jpn", "kor", "chi_sim", "hin", "ben")
# Each script's tesseract languages; English rides along for digits, % and Latin brand names.
SCRIPT_LANGS: dict[Script, tuple[str, ...]] = {
    "latin": ("eng",),
    "japanese": ("jpn", "eng"),
    "korean": ("kor", "eng"),
    "chinese": ("chi_sim", "eng"),
    "devanagari": ("hin", "eng"),
    "bengali": ("ben", "eng"),
}
DEBIAN_PACKAGE = {
    "eng": "tesseract-ocr-eng",
    "jpn": "tesseract-ocr-jpn",
    "kor": "tesseract-ocr-kor",
    "chi_sim": "tesseract-ocr-chi-sim",
    "hin": "tesseract-ocr-hin",
    "ben": "tesseract-ocr-ben",
}

CER_THRESHOLD = 0.05
MIN_SSIM_OUTSIDE = 0.97
MAX_LEAK_FRACTION = 0.01
MIN_CHANGE_INSIDE = 0.05
PIXEL_CHANGED = 32  # of 255, on the largest channel difference
MAX_PALETTE_DELTA_E = 15.0
MIN_LOGO_CORRELATION = 0.8
MIN_LOGO_SHARE = 0.08
MAX_LOGO_DELTA_E = 12.0
# OCR reads the whole picture; the long side is scaled to these sizes (then the original)
# because tesseract misses glyphs much taller than ~100 px, as drafts often have.
_OCR_SIDES = (512, 360, 768, 1024)
_OCR_MAX_SIDE = 1600
_LIGHT, _DARK = 235, 40
_READ_CHARS = 2_000


class QAResult(pydantic.BaseModel):
    """One check on one image: ``score`` is the check's measure, ``evidence`` the details."""

    name: str
    score: float
    passed: bool
    evidence: dict[str, Any] = pydantic.Field(default_factory=dict)


# -- loading -------------------------------------------------------------------------------


def load_image(image: ImageLike, *, what: str = "image") -> Image.Image:
    """A decoded copy of ``image``; a path that is missing or not an image is an input error."""
    if isinstance(image, Image.Image):
        return image.copy()
    path = Path(image)
    try:
        with Image.open(path) as opened:
            opened.load()
            return opened.copy()
    except FileNotFoundError:
        raise ImageInputError(f"the {what} {path} does not exist") from None
    except (OSError, ValueError, Image.DecompressionBombError) as err:
        raise ImageInputError(f"the {what} {path} cannot be read as an image: {err}") from None


def _rgb(image: Image.Image) -> Image.Image:
    """RGB view; transparent pixels become white, as a viewer shows them on a page."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")


def _scaled(image: Image.Image, long_side: int) -> Image.Image:
    scale = long_side / max(image.size)
    if abs(scale - 1.0) < 1e-3:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


# -- OCR -----------------------------------------------------------------------------------


@functools.cache
def _tesseract() -> Any:
    try:
        import pytesseract

        pytesseract.get_tesseract_version()
    except Exception:
        raise ConfigError(
            "tesseract is not installed", hint="apt-get install tesseract-ocr (see README)"
        ) from None
    return pytesseract


@functools.cache
def installed_langs() -> frozenset[str]:
    return frozenset(_tesseract().get_languages(config=""))


def _check_langs(langs: Sequence[str]) -> list[str]:
    missing = [lang for lang in langs if lang not in installed_langs()]
    if missing:
        packages = " ".join(DEBIAN_PACKAGE.get(m, f"tesseract-ocr-{m}") for m in missing)
        raise ConfigError(
            f"tesseract has no {', '.join(missing)} language data",
            hint=f"apt-get install {packages}",
        )
    return list(langs)


def _otsu(gray: Image.Image) -> Image.Image:
    arr = np.asarray(gray, dtype=np.uint8)
    _, binary = cv2.threshold(arr, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return Image.fromarray(binary)


def _tesseract_read(gray: Image.Image, langs: Sequence[str]) -> str:
    # psm 11 (sparse text): copy on a poster is scattered words, not a page of paragraphs.
    return str(_tesseract().image_to_string(gray, lang="+".join(langs), config="--psm 11"))


def ocr_text(image: Image.Image | Path | str, *, langs: Sequence[str] = ALL_LANGS) -> str:
    """Text read from ``image`` with tesseract in ``langs`` (one pass, Otsu-binarised).

    Fewer languages read faster and better; ``text_rendering`` picks them from the script.
    """
    use = _check_langs(langs)
    gray = _rgb(load_image(image)).convert("L")
    gray = _scaled(gray, min(_OCR_SIDES[0] + 256, max(gray.size)))
    return _tesseract_read(_otsu(gray), use)


# -- text rendering --------------------------------------------------------------------------


def detect_script(text: str) -> Script:
    """The main script of ``text``: kana means Japanese, hangul Korean, Han alone Chinese."""
    counts: dict[Script, int] = {}
    has_kana = has_hangul = has_han = False
    for char in text:
        code = ord(char)
        script: Script | None = None
        if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
            has_kana = True
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            has_hangul = True
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            has_han = True
        elif 0x0900 <= code <= 0x097F:
            script = "devanagari"
        elif 0x0980 <= code <= 0x09FF:
            script = "bengali"
        elif char.isalpha():
            script = "latin"
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if has_kana:
        return "japanese"
    if has_hangul:
        return "korean"
    if has_han:
        return "chinese"
    for indic in ("devanagari", "bengali"):
        if counts.get(indic):
            return indic
    return "latin"


def normalise_text(text: str) -> str:
    """NFC, no whitespace, case-folded: line breaks and letter case are layout, not spelling."""
    return "".join(unicodedata.normalize("NFC", text).split()).casefold()


def _edit_distance_row(expected: str, read: str) -> list[int]:
    """Last DP row of edit distance from ``expected`` to every prefix-free span of ``read``."""
    previous = [0] * (len(read) + 1)  # the copy may start anywhere in the read text
    for i, char in enumerate(expected, start=1):
        current = [i] + [0] * len(read)
        for j, other in enumerate(read, start=1):
            current[j] = min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (char != other),
            )
        previous = current
    return previous


def cer(expected: str, read: str) -> float:
    """Character error rate of ``expected`` against its best-matching span of ``read``.

    Other text in the picture (a caption, a logo's letters) costs nothing; every missing,
    wrong or extra character inside the copy costs one edit. Both sides are normalised.
    """
    want, got = normalise_text(expected), normalise_text(read)[:_READ_CHARS]
    if not want:
        raise InputError("the expected text is empty")
    return min(_edit_distance_row(want, got)) / len(want)


def _extreme(gray: Image.Image, light: bool) -> Image.Image | None:
    """Only the near-white (or near-black) pixels, as dark text on white.

    Poster copy is often a white fill with a dark outline (or the reverse) over a busy
    background; Otsu then splits fill from outline, so the glyphs come out hollow.
    """
    arr = np.asarray(gray, dtype=np.uint8)
    ink = arr >= _LIGHT if light else arr <= _DARK
    share = float(ink.mean())
    if not 0.002 <= share <= 0.4:
        return None  # no such fill, or it is the background itself
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8))


def _reading_passes(gray: Image.Image) -> list[tuple[str, Image.Image]]:
    passes: list[tuple[str, Image.Image]] = []
    for side in _OCR_SIDES:
        if side > max(gray.size) and side != _OCR_SIDES[0]:
            continue  # upscaling adds no detail the first pass did not have
        small = _scaled(gray, side)
        passes.append((f"otsu@{side}", _otsu(small)))
        for light in (True, False):
            fill = _extreme(small, light)
            if fill is not None:
                passes.append((f"{'light' if light else 'dark'}-fill@{side}", fill))
        passes.append((f"raw@{side}", small))
    passes.append(("otsu-inverted@512", ImageOps.invert(_otsu(_scaled(gray, 512)))))
    if max(gray.size) > _OCR_SIDES[-1]:
        passes.append(("raw@full", _scaled(gray, min(_OCR_MAX_SIDE, max(gray.size)))))
    return passes


# The review node and a session's expectations check the same stored image for the same
# copy; content-addressed assets never change under a path, and mtime guards the rest.
_TEXT_CACHE: dict[tuple[str, int, int, str, float], QAResult] = {}


def _cache_key(
    image: ImageLike, expected: str, threshold: float
) -> tuple[str, int, int, str, float] | None:
    if isinstance(image, Image.Image):
        return None
    try:
        stat = Path(image).stat()
    except OSError:
        return None
    return (str(Path(image).resolve()), stat.st_mtime_ns, stat.st_size, expected, threshold)


def text_rendering(
    image: ImageLike, expected: str, *, threshold: float = CER_THRESHOLD
) -> QAResult:
    """OCR the copy back and score it as CER (lower is better); passed when CER ≤ threshold.

    Several reading passes (scales, raw and Otsu-binarised, inverted) run in turn and the
    lowest CER counts, stopping at the first pass that passes: OCR misses differ per pass,
    but a wrong character the picture really has shows in every one.
    """
    if not normalise_text(expected):
        raise InputError("the expected text is empty")
    key = _cache_key(image, expected, threshold)
    if key is not None and key in _TEXT_CACHE:
        return _TEXT_CACHE[key].model_copy(deep=True)
    script = detect_script(expected)
    langs = _check_langs(SCRIPT_LANGS[script])
    gray = _rgb(load_image(image)).convert("L")
    results: list[dict[str, Any]] = []
    best_text, best = "", 1.0
    seen: set[str] = set()
    for label, prepared in _reading_passes(gray):
        read = _tesseract_read(prepared, langs)
        score = cer(expected, read)
        results.append({"pass": label, "cer": round(score, 4)})
        if score < best or not best_text:
            best, best_text = score, read
        if best <= threshold:
            break
        # Two differently prepared passes reading the very same text: that is what the
        # picture says, and more passes only spend time. (Equal error counts are not
        # agreement: two passes can fail on different parts of the copy.)
        words = normalise_text(read)
        if words and words in seen:
            break
        seen.add(words)
    result = QAResult(
        name="text_rendering",
        score=round(best, 4),
        passed=best <= threshold,
        evidence={
            "expected": expected,
            "read": " ".join(best_text.split()),
            "script": script,
            "langs": langs,
            "threshold": threshold,
            "passes": results,
        },
    )
    if key is not None:
        if len(_TEXT_CACHE) >= 64:
            _TEXT_CACHE.pop(next(iter(_TEXT_CACHE)))
        _TEXT_CACHE[key] = result.model_copy(deep=True)
    return result


# -- edit stability ----------------------------------------------------------------------------


def edit_region(mask: Image.Image) -> npt.NDArray[np.bool_]:
    """True where the mask says "edit": alpha below 128 (OpenAI), else white (inpainting)."""
    if mask.mode == "P" and "transparency" in mask.info:
        mask = mask.convert("RGBA")
    if "A" in mask.getbands():
        return np.asarray(mask.getchannel("A")) < 128
    return np.asarray(mask.convert("L")) >= 128


def edit_stability(
    parent: ImageLike,
    child: ImageLike,
    mask: ImageLike,
    *,
    min_ssim_outside: float = MIN_SSIM_OUTSIDE,
    max_leak: float = MAX_LEAK_FRACTION,
    min_change_inside: float = MIN_CHANGE_INSIDE,
) -> QAResult:
    """Did the edit stay inside the mask, and did it change what is inside?

    A seam a few pixels wide around the region is ignored: real edits blend into it.
    """
    from skimage.metrics import structural_similarity

    before = _rgb(load_image(parent, what="parent image"))
    after = _rgb(load_image(child, what="edited image"))
    mask_img = load_image(mask, what="mask")
    notes: list[str] = []
    if after.size != before.size:
        notes.append(f"edited image {after.width}x{after.height} scaled to the parent's size")
        after = after.resize(before.size, Image.Resampling.LANCZOS)
    if mask_img.size != before.size:
        notes.append(f"mask {mask_img.width}x{mask_img.height} scaled to the parent's size")
        mask_img = mask_img.resize(before.size, Image.Resampling.NEAREST)
    region = edit_region(mask_img)
    if not region.any():
        raise InputError("the mask marks no region to edit (no pixel with alpha below 128)")
    seam = max(2, round(min(before.size) * 0.01))
    kernel = np.ones((2 * seam + 1, 2 * seam + 1), np.uint8)
    grown = cv2.dilate(region.astype(np.uint8), kernel) > 0
    outside = ~grown
    a = np.asarray(before, dtype=np.int16)
    b = np.asarray(after, dtype=np.int16)
    diff = np.abs(a - b).max(axis=2)
    _, ssim_map = structural_similarity(  # type: ignore[no-untyped-call]
        np.asarray(before.convert("L")),
        np.asarray(after.convert("L")),
        data_range=255,
        full=True,
    )
    evidence: dict[str, Any] = {"edited_fraction": round(float(region.mean()), 4), "seam_px": seam}
    if outside.any():
        ssim_out = float(ssim_map[outside].mean())
        mse = float(((a - b)[outside].astype(np.float64) ** 2).mean())
        psnr = 100.0 if mse == 0 else min(100.0, 10 * np.log10(255.0**2 / mse))
        leak = float((diff[outside] > PIXEL_CHANGED).mean())
    else:
        ssim_out, psnr, leak = 1.0, 100.0, 0.0
        notes.append("the mask covers the whole image: nothing outside it to keep")
    ssim_in = float(ssim_map[region].mean())
    changed_in = float((diff[region] > PIXEL_CHANGED).mean())
    evidence.update(
        {
            "ssim_outside": round(ssim_out, 4),
            "psnr_outside_db": round(float(psnr), 2),
            "leaked_fraction": round(leak, 4),
            "ssim_inside": round(ssim_in, 4),
            "mean_change_inside": round(float(diff[region].mean()) / 255.0, 4),
            "changed_fraction_inside": round(changed_in, 4),
        }
    )
    failures: list[str] = []
    if ssim_out < min_ssim_outside:
        failures.append(f"SSIM outside the mask {ssim_out:.3f} < {min_ssim_outside}")
    if leak > max_leak:
        failures.append(f"{leak:.1%} of the pixels outside the mask changed (max {max_leak:.1%})")
    if changed_in < min_change_inside:
        failures.append(f"only {changed_in:.1%} of the masked region changed")
    evidence["failures"] = failures
    evidence["notes"] = notes
    return QAResult(
        name="edit_stability", score=round(ssim_out, 4), passed=not failures, evidence=evidence
    )


# -- colour ---------------------------------------------------------------------------------


def parse_hex(colour: str) -> tuple[int, int, int]:
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        if len(value) != 6:
            raise ValueError
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        raise InputError(f"{colour!r} is not a hex colour like #E62828") from None


def to_hex(rgb: Sequence[float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(255.0, float(c)))):02X}" for c in rgb)


def _lab(rgb: npt.ArrayLike) -> F64:
    from skimage.color import rgb2lab

    arr = np.asarray(rgb, dtype=np.float64).reshape(-1, 1, 3) / 255.0
    return np.asarray(rgb2lab(arr), dtype=np.float64).reshape(-1, 3)


def delta_e(rgb_a: npt.ArrayLike, rgb_b: npt.ArrayLike) -> F64:
    """CIEDE2000 between every colour of ``rgb_a`` (rows) and of ``rgb_b`` (columns)."""
    from skimage.color import deltaE_ciede2000

    lab_a, lab_b = _lab(rgb_a), _lab(rgb_b)
    pairs = deltaE_ciede2000(lab_a[:, None, :], lab_b[None, :, :])  # type: ignore[no-untyped-call]
    return np.asarray(pairs, dtype=np.float64)


def dominant_colours(image: Image.Image, k: int = 5) -> list[tuple[tuple[int, int, int], float]]:
    """The ``k`` dominant colours (k-means on a 128 px thumbnail), largest share first."""
    thumb = _scaled(_rgb(image), 128)
    pixels = np.asarray(thumb, dtype=np.float32).reshape(-1, 3)
    k = max(1, min(k, len(np.unique(pixels, axis=0))))
    cv2.setRNGSeed(0)  # same picture, same answer
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 30, 0.5)
    _, labels, centres = cv2.kmeans(pixels, k, None, criteria, 3, cv2.KMEANS_PP_CENTERS)  # type: ignore[call-overload]
    shares = np.bincount(labels.ravel(), minlength=k) / len(labels)
    order = np.argsort(-shares)
    return [
        (
            (round(float(centres[i][0])), round(float(centres[i][1])), round(float(centres[i][2]))),
            float(shares[i]),
        )
        for i in order
        if shares[i] > 0
    ]


def palette_adherence(
    image: ImageLike,
    palette: Sequence[str],
    *,
    max_delta_e: float = MAX_PALETTE_DELTA_E,
    k: int = 5,
) -> QAResult:
    """Share-weighted ΔE2000 from each dominant colour to its nearest brand colour."""
    if not palette:
        raise InputError("the brand palette is empty")
    brand = [parse_hex(c) for c in palette]
    colours = dominant_colours(load_image(image), k)
    distances = delta_e([c for c, _ in colours], brand)
    nearest = distances.argmin(axis=1)
    weighted = float(sum(distances[i, nearest[i]] * share for i, (_, share) in enumerate(colours)))
    per_brand = distances.min(axis=0)
    evidence = {
        "dominant": [
            {
                "colour": to_hex(c),
                "share": round(share, 4),
                "nearest": to_hex(brand[int(nearest[i])]),
                "delta_e": round(float(distances[i, nearest[i]]), 2),
            }
            for i, (c, share) in enumerate(colours)
        ],
        "brand": [
            {"colour": to_hex(c), "closest_delta_e": round(float(per_brand[j]), 2)}
            for j, c in enumerate(brand)
        ],
        "max_delta_e": max_delta_e,
    }
    return QAResult(
        name="palette_adherence",
        score=round(weighted, 2),
        passed=weighted <= max_delta_e,
        evidence=evidence,
    )


# -- logo --------------------------------------------------------------------------------------


def _logo_colour_distance(want: F64, got: F64) -> float:
    """Median ΔE2000 over the logo's own pixels (not its background, which any copy keeps)."""
    from skimage.color import deltaE_ciede2000

    lab_want, lab_got = _lab(want), _lab(got)
    corner = lab_want[0]
    off_background = deltaE_ciede2000(  # type: ignore[no-untyped-call]
        lab_want, np.broadcast_to(corner, lab_want.shape)
    )
    mark = np.asarray(off_background) > 10.0
    if mark.sum() < 0.05 * len(mark):
        mark = np.ones(len(mark), dtype=bool)
    per_pixel = deltaE_ciede2000(lab_want[mark], lab_got[mark])  # type: ignore[no-untyped-call]
    return float(np.median(per_pixel))


def logo_presence(
    image: ImageLike,
    logo: ImageLike,
    *,
    min_correlation: float = MIN_LOGO_CORRELATION,
    max_delta_e: float = MAX_LOGO_DELTA_E,
) -> QAResult:
    """Find the approved logo at any scale; passed when found and not recoloured.

    Matching is on luminance (normalised correlation), so a recoloured logo is still found;
    its colour is then compared with the approved file pixel by pixel (median ΔE2000).
    """
    original = load_image(image)
    picture = _scaled(_rgb(original), 512)
    mark = _rgb(load_image(logo, what="logo"))
    gray = np.asarray(picture.convert("L"), dtype=np.float32)
    if float(np.asarray(mark.convert("L"), dtype=np.float32).std()) < 1.0:
        raise InputError("the logo is a single flat colour; there is nothing to match")
    best: tuple[float, int, int, int, int] = (-1.0, 0, 0, 0, 0)
    # Below ~8% of the short side a logo is illegible, and tiny templates match any blob.
    width_min = max(16, int(min(picture.size) * MIN_LOGO_SHARE * mark.width / max(mark.size)))
    width_max = min(picture.width, int(picture.height * mark.width / mark.height))
    if width_max >= width_min:
        for width in np.unique(np.geomspace(width_min, width_max, 32).astype(int)):
            height = max(1, round(int(width) * mark.height / mark.width))
            if height > picture.height:
                continue
            template = np.asarray(
                mark.resize((int(width), height), Image.Resampling.LANCZOS).convert("L"),
                dtype=np.float32,
            )
            if float(template.std()) < 1.0:
                continue
            scores = cv2.matchTemplate(gray, template, cv2.TM_CCOEFF_NORMED)
            _, top, _, (x, y) = cv2.minMaxLoc(scores)
            if np.isfinite(top) and top > best[0]:
                best = (float(top), x, y, int(width), height)
    correlation, x, y, w, h = best
    found = correlation >= min_correlation
    evidence: dict[str, Any] = {"found": found, "correlation": round(correlation, 4)}
    passed = False
    if found:
        scale = max(original.size) / max(picture.size)
        crop = np.asarray(picture.crop((x, y, x + w, y + h)), dtype=np.float64).reshape(-1, 3)
        want = np.asarray(mark.resize((w, h), Image.Resampling.LANCZOS), dtype=np.float64)
        want = want.reshape(-1, 3)
        colour_distance = _logo_colour_distance(want, crop)
        recoloured = colour_distance > max_delta_e
        passed = not recoloured
        evidence.update(
            {
                "box": [round(v * scale) for v in (x, y, x + w, y + h)],
                "colour_delta_e": round(colour_distance, 2),
                "recoloured": recoloured,
                "max_delta_e": max_delta_e,
            }
        )
    evidence["min_correlation"] = min_correlation
    return QAResult(
        name="logo_presence",
        score=round(max(correlation, 0.0), 4),
        passed=passed,
        evidence=evidence,
    )
