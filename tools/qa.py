"""Image QA: the measurable checks an output image gets before anyone looks at it.

Four checks on an output, each a ``QAResult`` with a score, a pass/fail and the evidence
behind it:

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

And what an edit changed, against its parent: ``tone_change`` (darker, lighter, warmer or
cooler inside a region, the rest kept), ``colour_change`` (a region, by default the
backdrop ``background_region`` finds, now a given colour) and ``copy_count`` (how many
times the picture reads a copy: once, not once per edit).

OCR runs the ``tesseract`` program with Debian's language packs
(``tesseract-ocr-{eng,jpn,kor,chi-sim,hin,ben}``), as long-running processes that read
one image after another (``_Reader``): starting the program and loading its models was
most of the cost of a pass. Each runs one thread: tesseract's OpenMP threads made a pass
two to three times slower on the 2-core target, and the review runs it next to the image
classifier. A warm English pass over a 512 px image takes about 25 ms (a process per pass
took 110 ms, 220-370 ms with OpenMP). OpenCV and scikit-image are imported by the checks
that use them, so reading text needs neither. Masks follow the OpenAI convention: alpha 0
marks the region to edit.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import io
import itertools
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pydantic
from cachetools import LRUCache
from PIL import Image, ImageOps

from core.errors import ConfigError, ImageInputError, InputError
from memory.imaging import flatten

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
# The general read (``ocr_text``): one Otsu pass with the long side at most this.
_GENERAL_SIDE = 768
_LIGHT, _DARK = 235, 40
_READ_CHARS = 2_000
# The reading passes of ``text_rendering``, most useful first. Measured on 87 images (the
# offline engine's drawings of 29 copies in six scripts at four sizes, and flat drawings):
# "otsu@512" alone reads 63 copies exactly, then "light-fill@360" 9 of the rest,
# "dark-fill@360" 6 and "dark-fill@512" 1; no other pass reads one these miss. The rest
# keep their earlier order. Against the earlier order (scales first, then preparations),
# the same copies pass or better (79 of 87 instead of 76: the agreement stop no longer
# comes before the pass that reads them) with 1.86 passes per image instead of 2.00.
_PASS_ORDER: tuple[str, ...] = (
    "otsu@512",
    "light-fill@360",
    "dark-fill@360",
    "dark-fill@512",
    "light-fill@512",
    "raw@512",
    "otsu@360",
    "raw@360",
    "otsu@768",
    "light-fill@768",
    "dark-fill@768",
    "raw@768",
    "otsu@1024",
    "light-fill@1024",
    "dark-fill@1024",
    "raw@1024",
    "otsu-inverted@512",
    "raw@full",
)
_TESSERACT_TIMEOUT_S = 120.0
# psm 11 (sparse text): copy on a poster is scattered words, not a page of paragraphs.
_PSM = "11"


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


def _scaled(image: Image.Image, long_side: int) -> Image.Image:
    scale = long_side / max(image.size)
    if abs(scale - 1.0) < 1e-3:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


# -- OCR -----------------------------------------------------------------------------------


def _install_hint(*packages: str) -> str:
    if sys.platform == "darwin":
        return "brew install tesseract tesseract-lang"
    return "apt-get install " + " ".join(packages)


def _env() -> dict[str, str]:
    # One OpenMP thread per tesseract process (see the module docstring).
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


@functools.cache
def _tesseract() -> str:
    """The tesseract program on PATH, checked to run; ConfigError when it is missing."""
    binary = shutil.which("tesseract")
    try:
        if binary is None:
            raise OSError("not on PATH")
        subprocess.run(
            [binary, "--version"], capture_output=True, timeout=30, check=True, env=_env()
        )
    except (OSError, subprocess.SubprocessError):
        raise ConfigError(
            "tesseract is not installed",
            hint=_install_hint("tesseract-ocr", *DEBIAN_PACKAGE.values()),
        ) from None
    return binary


@functools.cache
def installed_langs() -> frozenset[str]:
    done = subprocess.run(
        [_tesseract(), "--list-langs"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env=_env(),
    )
    # The first line is a header ("List of available languages in ...").
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


def _check_langs(langs: Sequence[str]) -> list[str]:
    missing = [lang for lang in langs if lang not in installed_langs()]
    if missing:
        packages = [DEBIAN_PACKAGE.get(m, f"tesseract-ocr-{m}") for m in missing]
        raise ConfigError(
            f"tesseract has no {', '.join(missing)} language data",
            hint=_install_hint(*packages),
        )
    return list(langs)


def _otsu(gray: Image.Image) -> Image.Image:
    """Binarised at Otsu's threshold: the same threshold and output as OpenCV's THRESH_OTSU."""
    arr = np.asarray(gray.convert("L"), dtype=np.uint8)
    counts = np.bincount(arr.ravel(), minlength=256).tolist()
    scale = 1.0 / arr.size
    mu = sum(i * c for i, c in enumerate(counts)) * scale
    # OpenCV's loop, step for step, so the threshold (and every pixel) matches it exactly.
    mu1 = q1 = max_sigma = 0.0
    threshold = 0
    eps = float(np.finfo(np.float32).eps)
    for i, count in enumerate(counts):
        p_i = count * scale
        mu1 *= q1
        q1 += p_i
        q2 = 1.0 - q1
        if min(q1, q2) < eps or max(q1, q2) > 1.0 - eps:
            continue
        mu1 = (mu1 + i * p_i) / q1
        mu2 = (mu - q1 * mu1) / q2
        sigma = q1 * q2 * (mu1 - mu2) * (mu1 - mu2)
        if sigma > max_sigma:
            max_sigma, threshold = sigma, i
    return Image.fromarray(np.where(arr > threshold, 255, 0).astype(np.uint8))


class _ReaderFailed(Exception):
    """A streaming tesseract process died, hung or could not start."""


# Tesseract writes this between pages; a control character no OCR model can output.
_SEPARATOR = "\x1eatelier-page\x1e"
_SEPARATOR_BYTES = _SEPARATOR.encode("ascii")
# A process is replaced after this many images, so nothing it accumulates can grow forever.
_READS_PER_PROCESS = 2_000


class _Reader:
    """One tesseract process, in one set of languages, reading image files as they come.

    Started with ``stream_filelist``, tesseract takes image paths on stdin one line at a
    time and writes each page's text as soon as it is read, so the program and its language
    models load once instead of once per pass (about 70 ms in English and 130 ms for the
    CJK models, most of a pass). The text is the same as a fresh process's, byte for byte
    (checked on 114 passes over the engine's drawings in six scripts). Tesseract writes the
    page separator before every page but the first, so each image is followed by a blank
    one: the separator before the blank closes the image's text.
    """

    def __init__(self, binary: str, langs: tuple[str, ...], folder: Path, blank: Path) -> None:
        self.binary, self.langs = binary, langs
        self.reads = 0
        self._folder, self._blank = folder, blank
        self._buffer = b""
        command = [binary, "stdin", "stdout", "-l", "+".join(langs), "--psm", _PSM]
        command += ["-c", "stream_filelist=1", "-c", f"page_separator={_SEPARATOR}"]
        try:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # per-page chatter; a failure shows as EOF
                env=_env(),
            )
        except OSError as err:
            raise _ReaderFailed(str(err)) from None

    def read(self, gray: Image.Image) -> str:
        path = self._folder / f"{os.getpid()}-{id(self)}-{self.reads}.pgm"
        try:
            gray.save(path, format="PPM")
            stdin = self._proc.stdin
            assert stdin is not None
            stdin.write(f"{path}\n{self._blank}\n".encode())
            stdin.flush()
            # The first image's text ends at the first separator; every later one starts
            # after the separator that ends the blank page before it.
            wanted = 1 if self.reads == 0 else 2
            while self._buffer.count(_SEPARATOR_BYTES) < wanted:
                self._buffer += self._chunk()
            parts = self._buffer.split(_SEPARATOR_BYTES, wanted)
            text, self._buffer = parts[wanted - 1], parts[wanted]
        except (OSError, ValueError) as err:
            raise _ReaderFailed(str(err)) from None
        finally:
            path.unlink(missing_ok=True)
        self.reads += 1
        return text.decode("utf-8", "replace")

    def _chunk(self) -> bytes:
        stdout = self._proc.stdout
        assert stdout is not None
        ready, _, _ = select.select([stdout], [], [], _TESSERACT_TIMEOUT_S)
        if not ready:
            raise _ReaderFailed(f"no answer in {_TESSERACT_TIMEOUT_S:.0f} s")
        chunk = os.read(stdout.fileno(), 65_536)
        if not chunk:
            raise _ReaderFailed(f"tesseract exited with {self._proc.wait()}")
        return chunk

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            if self._proc.stdin is not None:
                self._proc.stdin.close()
        try:
            self._proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()


class _Readers:
    """The running ``_Reader`` processes: one per language set and thread reading at once.

    At most ``per_langs`` processes read in one language set at a time (a further thread
    waits for one to be free) and at most ``max_idle`` wait between reads; beyond that the
    least recently used is stopped. Each holds its language models (35 MB for English,
    70-80 MB with a CJK model) outside this process. All stop when the interpreter exits.
    """

    def __init__(self, *, per_langs: int, max_idle: int) -> None:
        self.per_langs, self.max_idle = per_langs, max_idle
        self._cond = threading.Condition()
        self._idle: list[_Reader] = []  # least recently used first
        self._busy: dict[tuple[str, ...], int] = {}
        self._folder: Path | None = None
        self._pid = os.getpid()

    def read(self, binary: str, langs: tuple[str, ...], gray: Image.Image) -> str:
        reader = self._take(binary, langs)
        try:
            text = reader.read(gray)
        except BaseException:
            reader.close()
            self._give(reader, keep=False)
            raise
        self._give(reader, keep=reader.reads < _READS_PER_PROCESS)
        return text

    def _take(self, binary: str, langs: tuple[str, ...]) -> _Reader:
        with self._cond:
            if self._pid != os.getpid():  # a forked child: the parent's processes are not ours
                self._idle, self._busy, self._folder = [], {}, None
                self._pid = os.getpid()
            while True:
                for reader in reversed(self._idle):
                    if reader.langs == langs and reader.binary == binary:
                        self._idle.remove(reader)
                        self._busy[langs] = self._busy.get(langs, 0) + 1
                        return reader
                if self._busy.get(langs, 0) < self.per_langs:
                    self._busy[langs] = self._busy.get(langs, 0) + 1
                    break
                self._cond.wait()
            folder = self._scratch()
        try:
            return _Reader(binary, langs, folder, folder / "blank.pgm")
        except BaseException:
            with self._cond:
                self._busy[langs] -= 1
                self._cond.notify_all()
            raise

    def _give(self, reader: _Reader, *, keep: bool) -> None:
        retired: list[_Reader] = []
        with self._cond:
            self._busy[reader.langs] -= 1
            if keep:
                self._idle.append(reader)
            else:
                retired.append(reader)
            while len(self._idle) > self.max_idle:
                retired.append(self._idle.pop(0))
            self._cond.notify_all()
        for old in retired:
            old.close()

    def _scratch(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            self._folder = Path(tempfile.mkdtemp(prefix="atelier-ocr-"))
            Image.new("L", (8, 8), 255).save(self._folder / "blank.pgm", format="PPM")
        return self._folder

    def close(self) -> None:
        with self._cond:
            idle, self._idle = self._idle, []
            folder, self._folder = self._folder, None
        for reader in idle:
            reader.close()
        if folder is not None and self._pid == os.getpid():
            shutil.rmtree(folder, ignore_errors=True)


_READERS = _Readers(per_langs=max(1, os.cpu_count() or 1), max_idle=4)
atexit.register(_READERS.close)


def _read_once(binary: str, langs: Sequence[str], gray: Image.Image) -> str:
    """One pass in a process of its own; the image goes in on stdin as PGM."""
    data = io.BytesIO()
    gray.save(data, format="PPM")
    command = [binary, "stdin", "stdout", "-l", "+".join(langs), "--psm", _PSM]
    try:
        done = subprocess.run(
            command,
            input=data.getvalue(),
            capture_output=True,
            timeout=_TESSERACT_TIMEOUT_S,
            check=False,
            env=_env(),
        )
    except subprocess.TimeoutExpired:
        raise ConfigError(
            f"tesseract took longer than {_TESSERACT_TIMEOUT_S:.0f} s to read one image"
        ) from None
    except OSError as err:
        raise ConfigError(f"tesseract could not be run: {err}") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConfigError(f"tesseract failed: {said[-1] if said else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def _tesseract_read(gray: Image.Image, langs: Sequence[str]) -> str:
    """One tesseract pass over ``gray`` in ``langs``."""
    binary = _tesseract()
    gray = gray.convert("L")
    try:
        return _READERS.read(binary, tuple(langs), gray)
    except _ReaderFailed:
        # A reader that died or hung has been stopped; this pass runs on its own, so a
        # real problem (a broken language file) surfaces as that process's error.
        return _read_once(binary, langs, gray)


def ocr_text(image: Image.Image | Path | str, *, langs: Sequence[str] = ALL_LANGS) -> str:
    """Text read from ``image`` with tesseract in ``langs`` (one pass, Otsu-binarised).

    Fewer languages read faster and better; ``text_rendering`` picks them from the script.
    """
    use = _check_langs(langs)
    gray = flatten(load_image(image)).convert("L")
    gray = _scaled(gray, min(_GENERAL_SIDE, max(gray.size)))
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


def _reading_passes(gray: Image.Image) -> Iterator[tuple[str, Image.Image]]:
    """The passes in ``_PASS_ORDER``, each prepared only when it is reached."""
    long_side = max(gray.size)
    scaled: dict[int, Image.Image] = {}

    def at(side: int) -> Image.Image:
        if side not in scaled:
            scaled[side] = _scaled(gray, side)
        return scaled[side]

    for label in _PASS_ORDER:
        kind, _, where = label.partition("@")
        if where == "full":
            if long_side > _OCR_SIDES[-1]:
                yield label, _scaled(gray, min(_OCR_MAX_SIDE, long_side))
            continue
        side = int(where)
        if kind == "otsu-inverted":
            yield label, ImageOps.invert(_otsu(at(side)))
            continue
        if side > long_side and side != _OCR_SIDES[0]:
            continue  # upscaling adds no detail the first pass did not have
        if kind == "otsu":
            yield label, _otsu(at(side))
        elif kind == "raw":
            yield label, at(side)
        else:
            fill = _extreme(at(side), kind == "light-fill")
            if fill is not None:
                yield label, fill


# The review node and a session's expectations check the same stored image for the same
# copy; content-addressed assets never change under a path, and mtime guards the rest.
_TEXT_CACHE: LRUCache[tuple[str, int, int, str, float], QAResult] = LRUCache(maxsize=64)
_TEXT_CACHE_LOCK = threading.Lock()  # batch rows review on several threads


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
    image: ImageLike,
    expected: str,
    *,
    threshold: float = CER_THRESHOLD,
    decoded: Image.Image | None = None,
) -> QAResult:
    """OCR the copy back and score it as CER (lower is better); passed when CER ≤ threshold.

    Reading passes (scales, raw and Otsu-binarised, light or dark fill only, inverted) run
    in ``_PASS_ORDER`` in the copy's script only, and the lowest CER counts; the first pass
    that passes ends the check, so a copy read exactly costs one pass. OCR misses differ
    per pass, but a wrong character the picture really has shows in every one.
    ``decoded`` is the image's pixels when the caller has them already (``image`` still
    names the file, for the cache). The evidence's ``read`` is everything the best pass
    read, the copy and any other text in the picture.
    """
    if not normalise_text(expected):
        raise InputError("the expected text is empty")
    key = _cache_key(image, expected, threshold)
    if key is not None:
        with _TEXT_CACHE_LOCK:
            cached = _TEXT_CACHE.get(key)
        if cached is not None:
            return cached.model_copy(deep=True)
    script = detect_script(expected)
    langs = _check_langs(SCRIPT_LANGS[script])
    gray = flatten(decoded if decoded is not None else load_image(image)).convert("L")
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
        with _TEXT_CACHE_LOCK:
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
    import cv2
    from skimage.metrics import structural_similarity

    before = flatten(load_image(parent, what="parent image"))
    after = flatten(load_image(child, what="edited image"))
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


# sRGB (D65) to CIE XYZ, and the D65 white point for a 2° observer.
_XYZ_FROM_RGB = np.array(
    [
        [0.412453, 0.357580, 0.180423],
        [0.212671, 0.715160, 0.072169],
        [0.019334, 0.119193, 0.950227],
    ]
)
_D65 = np.array([0.95047, 1.0, 1.08883])


def _lab(rgb: npt.ArrayLike) -> F64:
    """CIELAB (D65, 2°) of 0-255 sRGB colours, one row each (scikit-image's rgb2lab)."""
    arr = np.asarray(rgb, dtype=np.float64).reshape(-1, 3) / 255.0
    linear = np.where(arr > 0.04045, ((arr + 0.055) / 1.055) ** 2.4, arr / 12.92)
    xyz = (linear @ _XYZ_FROM_RGB.T) / _D65
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16.0 / 116.0)
    x, y, z = f[:, 0], f[:, 1], f[:, 2]
    return np.stack([116.0 * y - 16.0, 500.0 * (x - y), 200.0 * (y - z)], axis=-1)


def _polar(x: F64, y: F64) -> tuple[F64, F64]:
    """Radius and angle, the angle in [0, 2π)."""
    angle = np.arctan2(y, x)
    return np.hypot(x, y), angle + np.where(angle < 0.0, 2 * np.pi, 0.0)


def _ciede2000(lab1: npt.ArrayLike, lab2: npt.ArrayLike) -> F64:
    """CIEDE2000 between broadcastable arrays of Lab colours (last axis L, a, b).

    The same computation as scikit-image's ``deltaE_ciede2000`` (kL = kC = kH = 1), which
    this module no longer imports: its colour package loads part of SciPy (30 MB).
    """
    one, two = np.asarray(lab1, dtype=np.float64), np.asarray(lab2, dtype=np.float64)
    l1, a1, b1 = one[..., 0], one[..., 1], one[..., 2]
    l2, a2, b2 = two[..., 0], two[..., 1], two[..., 2]
    c_mean = 0.5 * (np.hypot(a1, b1) + np.hypot(a2, b2))
    c7 = c_mean**7
    scale = 1 + 0.5 * (1 - np.sqrt(c7 / (c7 + 25**7)))
    c1, h1 = _polar(a1 * scale, b1)
    c2, h2 = _polar(a2 * scale, b2)
    l_mean = 0.5 * (l1 + l2)
    tmp = (l_mean - 50) ** 2
    l_term = (l2 - l1) / (1 + 0.015 * tmp / np.sqrt(20 + tmp))
    c_mean = 0.5 * (c1 + c2)
    c_term = (c2 - c1) / (1 + 0.045 * c_mean)
    h_diff = h2 - h1
    h_sum = h1 + h2
    cc = c1 * c2
    dh = np.array(h_diff, copy=True)
    dh[h_diff > np.pi] -= 2 * np.pi
    dh[h_diff < -np.pi] += 2 * np.pi
    dh[cc == 0.0] = 0.0
    dh_term = 2 * np.sqrt(cc) * np.sin(dh / 2)
    h_mean = np.array(h_sum, copy=True)
    wrap = np.logical_and(cc != 0.0, np.abs(h_diff) > np.pi)
    h_mean[wrap * (h_sum < 2 * np.pi)] += 2 * np.pi
    h_mean[wrap * (h_sum >= 2 * np.pi)] -= 2 * np.pi
    h_mean[cc == 0.0] *= 2
    h_mean *= 0.5
    t = (
        1
        - 0.17 * np.cos(h_mean - np.deg2rad(30))
        + 0.24 * np.cos(2 * h_mean)
        + 0.32 * np.cos(3 * h_mean + np.deg2rad(6))
        - 0.20 * np.cos(4 * h_mean - np.deg2rad(63))
    )
    h_term = dh_term / (1 + 0.015 * c_mean * t)
    c7 = c_mean**7
    rc = 2 * np.sqrt(c7 / (c7 + 25**7))
    dtheta = np.deg2rad(30) * np.exp(-(((np.rad2deg(h_mean) - 275) / 25) ** 2))
    r_term = -np.sin(2 * dtheta) * rc * c_term * h_term
    squared = l_term**2 + c_term**2 + h_term**2 + r_term
    return np.asarray(np.sqrt(np.maximum(squared, 0)), dtype=np.float64)


def delta_e(rgb_a: npt.ArrayLike, rgb_b: npt.ArrayLike) -> F64:
    """CIEDE2000 between every colour of ``rgb_a`` (rows) and of ``rgb_b`` (columns)."""
    lab_a, lab_b = _lab(rgb_a), _lab(rgb_b)
    return _ciede2000(lab_a[:, None, :], lab_b[None, :, :])


def dominant_colours(image: Image.Image, k: int = 5) -> list[tuple[tuple[int, int, int], float]]:
    """The ``k`` dominant colours (k-means on a 128 px thumbnail), largest share first."""
    import cv2

    thumb = _scaled(flatten(image), 128)
    pixels = np.asarray(thumb, dtype=np.float32).reshape(-1, 3)
    k = max(1, min(k, len(np.unique(pixels, axis=0))))
    cv2.setRNGSeed(0)  # same picture, same answer
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 30, 0.5)
    _, labels, centres = cv2.kmeans(pixels, k, None, criteria, 3, cv2.KMEANS_PP_CENTERS)  # type: ignore[call-overload, unused-ignore]
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
    lab_want, lab_got = _lab(want), _lab(got)
    corner = lab_want[0]
    off_background = _ciede2000(lab_want, np.broadcast_to(corner, lab_want.shape))
    mark = off_background > 10.0
    if mark.sum() < 0.05 * len(mark):
        mark = np.ones(len(mark), dtype=bool)
    per_pixel = _ciede2000(lab_want[mark], lab_got[mark])
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
    import cv2

    original = load_image(image)
    picture = _scaled(flatten(original), 512)
    mark = flatten(load_image(logo, what="logo"))
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


# -- what an edit changed ------------------------------------------------------------------

Direction = Literal["darker", "lighter", "warmer", "cooler"]
# Neighbouring pixels closer than this (of 255, largest channel) belong to one smooth area.
SMOOTH_STEP = 10
# A tone edit must move the region's mean this far (CIELAB L* for light, b* for warmth)...
MIN_TONE_CHANGE = 3.0
# ...while the rest of the picture moves at most this far.
MAX_TONE_DRIFT = 1.5
MAX_COLOUR_DELTA_E = 15.0
Region = Literal["all", "background"] | ImageLike | npt.NDArray[np.bool_] | None


def background_region(image: ImageLike) -> npt.NDArray[np.bool_]:
    """True on the picture's backdrop: the smooth areas that reach its border.

    Text, logos, cards and products stand in front of the backdrop with an edge all round,
    so they are not part of it; a gradient or a soft shape that reaches the border is.
    """
    import cv2

    rgb = np.asarray(flatten(load_image(image)), dtype=np.uint8)
    soft = cv2.GaussianBlur(rgb, (3, 3), 0)
    del rgb
    # The largest step to a neighbour on any channel, one channel at a time: whole-picture
    # int16 differences of all three channels at once cost tens of MB on a 4K picture.
    step = np.zeros(soft.shape[:2], dtype=np.int16)
    for channel in range(3):
        plane = soft[:, :, channel].astype(np.int16)
        across = np.abs(np.diff(plane, axis=1))
        step[:, :-1] = np.maximum(step[:, :-1], across)
        step[:, 1:] = np.maximum(step[:, 1:], across)
        down = np.abs(np.diff(plane, axis=0))
        step[:-1, :] = np.maximum(step[:-1, :], down)
        step[1:, :] = np.maximum(step[1:, :], down)
        del plane, across, down
    smooth = (step < SMOOTH_STEP).astype(np.uint8)
    del step
    count, labels = cv2.connectedComponents(smooth, connectivity=4)
    touching = np.zeros(count, dtype=bool)
    for edge in (labels[0], labels[-1], labels[:, 0], labels[:, -1]):
        touching[edge] = True
    touching[0] = False  # label 0 is everything that is not smooth
    backdrop: npt.NDArray[np.bool_] = touching[np.asarray(labels)]
    return backdrop


def _region(parent: Image.Image, region: Region) -> npt.NDArray[np.bool_]:
    if region is None or (isinstance(region, str) and region == "all"):
        return np.ones((parent.height, parent.width), dtype=bool)
    if isinstance(region, str) and region == "background":
        return background_region(parent)
    if isinstance(region, np.ndarray):
        return region.astype(bool)
    mask = load_image(region, what="mask")
    if mask.size != parent.size:
        mask = mask.resize(parent.size, Image.Resampling.NEAREST)
    return edit_region(mask)


def _pair(parent: ImageLike, child: ImageLike) -> tuple[Image.Image, Image.Image]:
    before = flatten(load_image(parent, what="parent image"))
    after = flatten(load_image(child, what="edited image"))
    if after.size != before.size:
        after = after.resize(before.size, Image.Resampling.LANCZOS)
    return before, after


def _mean_lab(image: Image.Image, where: npt.NDArray[np.bool_]) -> F64:
    pixels = np.asarray(image, dtype=np.float64)[where]
    if not len(pixels):
        return np.zeros(3)
    return np.asarray(_lab(pixels).mean(axis=0), dtype=np.float64)


def tone_change(
    parent: ImageLike,
    child: ImageLike,
    direction: Direction,
    *,
    region: Region = None,
    min_change: float = MIN_TONE_CHANGE,
    max_drift: float = MAX_TONE_DRIFT,
) -> QAResult:
    """Did the edit make ``region`` darker, lighter, warmer or cooler, and only there?

    Light is the mean CIELAB L*, warmth the mean b* (yellow against blue). ``region``: a
    mask (OpenAI convention), "background" (``background_region`` of the parent), a boolean
    array, or the whole picture. The score is the change in the asked direction.
    """
    before, after = _pair(parent, child)
    inside = _region(before, region)
    if not inside.any():
        raise InputError("the region to check is empty")
    axis = 0 if direction in ("darker", "lighter") else 2
    sign = -1.0 if direction in ("darker", "cooler") else 1.0
    lab_in = _mean_lab(before, inside), _mean_lab(after, inside)
    change = float(lab_in[1][axis] - lab_in[0][axis]) * sign
    evidence: dict[str, Any] = {
        "direction": direction,
        "region_fraction": round(float(inside.mean()), 4),
        "inside_before": [round(float(v), 2) for v in lab_in[0]],
        "inside_after": [round(float(v), 2) for v in lab_in[1]],
        "min_change": min_change,
    }
    failures = []
    if change < min_change:
        failures.append(f"{direction} by {change:.2f} inside, less than {min_change}")
    outside = ~inside
    if outside.any():
        lab_out = _mean_lab(before, outside), _mean_lab(after, outside)
        drift = float(np.abs(lab_out[1] - lab_out[0]).max())
        evidence["outside_drift"] = round(drift, 2)
        if drift > max_drift:
            failures.append(f"the rest of the picture moved by {drift:.2f} (max {max_drift})")
    evidence["failures"] = failures
    return QAResult(
        name="tone_change", score=round(change, 2), passed=not failures, evidence=evidence
    )


def colour_change(
    parent: ImageLike,
    child: ImageLike,
    colour: str | Sequence[int],
    *,
    region: Region = "background",
    max_delta_e: float = MAX_COLOUR_DELTA_E,
) -> QAResult:
    """Did ``region`` become ``colour`` (hex or RGB)? Score: ΔE2000 of its mean to it."""
    target = parse_hex(colour) if isinstance(colour, str) else tuple(int(c) for c in colour)
    before, after = _pair(parent, child)
    inside = _region(before, region)
    if not inside.any():
        raise InputError("the region to check is empty")
    means = [np.asarray(img, dtype=np.float64)[inside].mean(axis=0) for img in (before, after)]
    distance = delta_e(np.vstack(means), [target])[:, 0]
    was, now = float(distance[0]), float(distance[1])
    return QAResult(
        name="colour_change",
        score=round(now, 2),
        passed=now <= max_delta_e and now < was,
        evidence={
            "colour": to_hex(target),
            "mean_before": to_hex(means[0]),
            "mean_after": to_hex(means[1]),
            "delta_e_before": round(was, 2),
            "delta_e_after": round(now, 2),
            "region_fraction": round(float(inside.mean()), 4),
            "max_delta_e": max_delta_e,
        },
    )


def copy_count(
    image: ImageLike, copy: str, *, langs: Sequence[str] | None = None, passes: int = 4
) -> QAResult:
    """How many times the picture reads ``copy`` (OCR): 1 is right, 2 is a copy drawn twice.

    The first ``passes`` reading passes of ``text_rendering`` are read and the highest count
    any of them gives is the score, so one pass missing a copy does not hide it.
    """
    wanted = normalise_text(copy)
    if not wanted:
        raise InputError("the copy to count is empty")
    use = _check_langs(langs or SCRIPT_LANGS[detect_script(copy)])
    gray = flatten(load_image(image)).convert("L")
    reads: list[dict[str, Any]] = []
    best = 0
    for label, prepared in itertools.islice(_reading_passes(gray), passes):
        read = _tesseract_read(prepared, use)
        count = normalise_text(read).count(wanted)
        reads.append({"pass": label, "count": count, "read": " ".join(read.split())[:200]})
        best = max(best, count)
    return QAResult(
        name="copy_count",
        score=float(best),
        passed=best == 1,
        evidence={"copy": copy, "langs": use, "passes": reads},
    )
