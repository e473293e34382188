"""Local classifiers whose models ship inside pip packages: nothing is downloaded at run time.

This module owns the offline image classifier (``nudenet``'s 320n ONNX detector, which is
inside its wheel), the offline English abuse classifier (``alt-profanity-check``'s linear
model, inside its wheel) and the image-text reader the output review uses
(``tools.qa.ocr_text`` with Tesseract when it is installed). All are optional at import
time: without them an image scores 0 for explicit content, text scores 0 for abuse and an
image reads as having no text; the ``*_available()`` functions say which are in use.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from agent.errors import ConfigError, ImageInputError
from tools import qa

# Detector classes that mean explicit nudity; covered parts, faces and feet do not.
EXPLICIT = frozenset(
    {
        "FEMALE_GENITALIA_EXPOSED",
        "MALE_GENITALIA_EXPOSED",
        "FEMALE_BREAST_EXPOSED",
        "BUTTOCKS_EXPOSED",
        "ANUS_EXPOSED",
    }
)
# The detector's input is 320 px; sending it more only costs decoding time.
DETECTOR_SIDE = 320
MODERATION_SIDE = 512
# nudenet drops candidate boxes scoring below this.
MIN_SCORE = 0.2
OCR_LANGS = ("eng", "jpn", "kor", "chi_sim", "hin", "ben")

_lock = threading.Lock()


@dataclass(frozen=True)
class NudityScore:
    score: float
    labels: tuple[str, ...]


def decode(data: bytes, *, name: str = "image") -> Image.Image:
    """Fully decode image bytes, or raise ImageInputError with one line saying why."""
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise ImageInputError(f"{name} could not be decoded: {reason}") from None
    return img


@dataclass(frozen=True)
class _Detector:
    session: Any
    input_name: str
    explicit: Any  # numpy index array of the explicit classes among the model's outputs


@lru_cache(maxsize=1)
def _detector() -> _Detector | None:
    try:
        nudenet = importlib.import_module("nudenet.nudenet")
        onnxruntime = importlib.import_module("onnxruntime")
    except ImportError:
        return None
    import numpy as np

    # nudenet's own detect() post-processes 2,100 candidate boxes in a Python loop; only the
    # best explicit score matters here, so the model runs directly and that score is taken
    # with one vectorised max (non-maximum suppression never removes the best box).
    model = Path(str(nudenet.__file__)).with_name("320n.onnx")
    options = onnxruntime.SessionOptions()
    # One thread: measured faster on the 2-core target whenever anything else is running
    # (the engine, OCR), and never slower by more than a few milliseconds when idle.
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    labels: list[str] = list(getattr(nudenet, "__labels"))
    explicit = np.array([i for i, name in enumerate(labels) if name in EXPLICIT])
    return _Detector(session, session.get_inputs()[0].name, explicit)


def nudity_available() -> bool:
    return _detector() is not None


def nudity(img: Image.Image) -> NudityScore:
    """Highest confidence of an explicit-nudity detection (0 when the detector is absent)."""
    detector = _detector()
    if detector is None:
        return NudityScore(0.0, ())
    import numpy as np

    rgb = img.convert("RGB")
    side = max(rgb.size)
    # The model sees a square: pad right and bottom with black, as nudenet does, then scale.
    square = Image.new("RGB", (side, side))
    square.paste(rgb, (0, 0))
    small = square.resize((DETECTOR_SIDE, DETECTOR_SIDE), Image.Resampling.BILINEAR)
    blob = np.asarray(small, dtype=np.float32).transpose(2, 0, 1)[None] / 255.0
    with _lock:  # one inference at a time: the session already uses every core
        (output,) = detector.session.run(None, {detector.input_name: blob})[:1]
    rows = np.squeeze(output).T  # (candidates, 4 box values + one score per class)
    scores = rows[:, 4:]
    best = scores.argmax(axis=1)
    top = scores.max(axis=1)
    keep = (top >= MIN_SCORE) & np.isin(best, detector.explicit)
    if not keep.any():
        return NudityScore(0.0, ())
    names: list[str] = list(getattr(importlib.import_module("nudenet.nudenet"), "__labels"))
    found = sorted({names[int(i)] for i in best[keep]})
    return NudityScore(round(float(top[keep].max()), 4), tuple(found))


def ocr_available() -> bool:
    try:
        qa.ocr_text(Image.new("L", (32, 32), 255), langs=("eng",))
    except ConfigError:
        return False
    return True


# OCR costs hundreds of milliseconds per image; the same pixels (a resumed review, a
# re-checked output) are read once. Keyed by a digest of the decoded pixels and languages.
_OCR_CACHE: dict[tuple[str, tuple[str, ...]], str] = {}
_OCR_CACHE_MAX = 256


def image_text(img: Image.Image, *, langs: Sequence[str] = OCR_LANGS) -> str | None:
    """Text read from the image, or None when no OCR engine is installed."""
    rgb = img.convert("RGB")
    key = (hashlib.blake2b(rgb.tobytes(), digest_size=16).hexdigest() + str(rgb.size), tuple(langs))
    cached = _OCR_CACHE.get(key)
    if cached is not None:
        return cached
    try:
        text = qa.ocr_text(rgb, langs=langs)
    except ConfigError:  # tesseract or its language data missing: the caller notes it
        return None
    with _lock:
        if len(_OCR_CACHE) >= _OCR_CACHE_MAX:
            _OCR_CACHE.pop(next(iter(_OCR_CACHE)))
        _OCR_CACHE[key] = text
    return text


def moderation_copy(img: Image.Image, side: int = MODERATION_SIDE) -> bytes:
    """A JPEG no larger than about ``side`` px for the moderations endpoint.

    Classifiers look at a few hundred pixels (nudenet 320, the omni model downsizes too), so
    sending the full output only costs encoding, upload and decoding time; an integer
    box reduction and JPEG keep this step to a few milliseconds.
    """
    copy = img.convert("RGB")
    factor = max(1, max(copy.size) // side)
    if factor > 1:
        copy = copy.reduce(factor)
    out = io.BytesIO()
    copy.save(out, format="JPEG", quality=90)
    return out.getvalue()


# alt-profanity-check is trained on English only and is not calibrated like the omni model:
# only a confident answer is used (and then as the abuse score); anything below says nothing.
PROFANITY_CONFIDENT = 0.9


@lru_cache(maxsize=1)
def _profanity() -> Any | None:
    try:
        module = importlib.import_module("profanity_check")
    except ImportError:
        return None
    return module.predict_prob


def profanity_available() -> bool:
    return _profanity() is not None


def abuse_score(text: str) -> float:
    """Probability that English text is abusive, when confident; 0.0 otherwise."""
    predict = _profanity()
    if predict is None or not text.strip():
        return 0.0
    prob = float(predict([text[:10_000]])[0])
    return prob if prob >= PROFANITY_CONFIDENT else 0.0
