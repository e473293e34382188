"""Local classifiers whose models ship inside pip packages: nothing is downloaded at run time.

This module owns the offline image classifier (``nudenet``'s 320n ONNX detector, which is
inside its wheel), the offline English abuse classifier (``alt-profanity-check``'s linear
model, inside its wheel) and the image-text reader the output review uses
(``tools.qa.ocr_text`` with Tesseract when it is installed). All are optional at import
time: without them an image scores 0 for explicit content, text scores 0 for abuse and an
image reads as having no text; the ``*_available()`` functions say which are in use.

Each model is loaded the first time something asks for it, and only that one: importing
this module loads none, and the detector is built from nudenet's model file without
importing nudenet itself (whose import pulls in OpenCV). The loaders are safe to call from
several threads at once (a warm-up thread and a turn): one thread loads, the others wait
for it and get the same model.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.util
import io
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from cachetools import LRUCache
from PIL import Image

from core.errors import ConfigError
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
OCR_LANGS = qa.ALL_LANGS

_cache_lock = threading.Lock()

T = TypeVar("T")


class _Once(Generic[T]):
    """``factory()`` run once per process, however many threads ask at the same time.

    ``functools.lru_cache`` would let two threads that miss together both run the factory
    (two ONNX sessions, two imports racing); here the second waits for the first. A factory
    that raises is not remembered: the next call tries again.
    """

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._done = False
        self._value: T | None = None
        self.__doc__ = factory.__doc__

    def __call__(self) -> T:
        if not self._done:
            with self._lock:
                if not self._done:
                    self._value = self._factory()
                    self._done = True
        return self._value  # type: ignore[return-value]

    def loaded(self) -> bool:
        return self._done

    def cache_clear(self) -> None:
        with self._lock:
            self._done, self._value = False, None


@dataclass(frozen=True)
class NudityScore:
    score: float
    labels: tuple[str, ...]


@dataclass(frozen=True)
class _Detector:
    session: Any
    input_name: str
    labels: tuple[str, ...]
    explicit: Any  # numpy index array of the explicit classes among the model's outputs


def _nudenet_files() -> tuple[Path, tuple[str, ...]] | None:
    """nudenet's model file and class names, read from its package without importing it."""
    spec = importlib.util.find_spec("nudenet")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    model, source = folder / "320n.onnx", folder / "nudenet.py"
    if not model.is_file() or not source.is_file():
        return None
    # The class names are a literal list in nudenet.py, in the model's output order.
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "__labels"
        ):
            labels = ast.literal_eval(node.value)
            if isinstance(labels, list) and all(isinstance(x, str) for x in labels):
                return model, tuple(labels)
    return None


def _load_detector() -> _Detector | None:
    files = _nudenet_files()
    if files is None:
        return None
    try:
        onnxruntime = importlib.import_module("onnxruntime")
    except ImportError:
        return None
    import numpy as np

    # nudenet's own detect() post-processes 2,100 candidate boxes in a Python loop; only the
    # best explicit score matters here, so the model runs directly and that score is taken
    # with one vectorised max (non-maximum suppression never removes the best box).
    model, labels = files
    options = onnxruntime.SessionOptions()
    # One thread: measured faster on the 2-core target whenever anything else is running
    # (the engine, OCR), and never slower by more than a few milliseconds when idle.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    explicit = np.array([i for i, name in enumerate(labels) if name in EXPLICIT])
    return _Detector(session, session.get_inputs()[0].name, labels, explicit)


_detector = _Once(_load_detector)


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
    # No lock: a session's run() is thread-safe, and with one thread per run two batch rows
    # use both cores.
    (output,) = detector.session.run(None, {detector.input_name: blob})[:1]
    rows = np.squeeze(output).T  # (candidates, 4 box values + one score per class)
    scores = rows[:, 4:]
    best = scores.argmax(axis=1)
    top = scores.max(axis=1)
    keep = (top >= MIN_SCORE) & np.isin(best, detector.explicit)
    if not keep.any():
        return NudityScore(0.0, ())
    found = sorted({detector.labels[int(i)] for i in best[keep]})
    return NudityScore(round(float(top[keep].max()), 4), tuple(found))


def ocr_available() -> bool:
    try:
        qa._check_langs(("eng",))
    except ConfigError:
        return False
    return True


# OCR costs a hundred milliseconds and more per image; the same pixels (a resumed review, a
# re-checked output) are read once. Keyed by a digest of the decoded pixels and languages.
_OCR_CACHE: LRUCache[tuple[str, tuple[str, ...]], str] = LRUCache(maxsize=256)


def image_text(img: Image.Image, *, langs: Sequence[str] = OCR_LANGS) -> str | None:
    """Text read from the image, or None when no OCR engine is installed."""
    rgb = img.convert("RGB")
    key = (hashlib.blake2b(rgb.tobytes(), digest_size=16).hexdigest() + str(rgb.size), tuple(langs))
    with _cache_lock:
        cached = _OCR_CACHE.get(key)
    if cached is not None:
        return cached
    try:
        text = qa.ocr_text(rgb, langs=langs)
    except ConfigError:  # tesseract or its language data missing: the caller notes it
        return None
    with _cache_lock:
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


class _Fitted:
    """Stands in for a scikit-learn class while its fitted attributes are unpickled."""

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


@dataclass(frozen=True)
class _LinearProfanity:
    """alt-profanity-check's model, scored with numpy alone.

    The wheel's model is a TF-IDF vectoriser (lower-cased words of two or more characters,
    l2-normalised) and a sigmoid-calibrated linear SVM fitted on several folds, whose
    probabilities are averaged; this computes the same numbers (to within 1e-15 on the
    prompt corpus and 300 random texts) from the same files, without importing scikit-learn
    and SciPy (about 90 MB resident, most of a session's classifier memory).
    """

    vocabulary: dict[str, int]
    idf: Any  # float64 array, one weight per vocabulary entry
    token: re.Pattern[str]
    coef: Any  # (folds, vocabulary) float64
    intercept: Any  # (folds,)
    a: Any  # (folds,) sigmoid calibration, p = 1 / (1 + exp(a * score + b))
    b: Any

    def __call__(self, texts: Sequence[str]) -> Any:
        import numpy as np

        out = np.empty(len(texts), dtype=np.float64)
        for row, text in enumerate(texts):
            counts: dict[int, int] = {}
            for word in self.token.findall(text.lower()):
                index = self.vocabulary.get(word)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            score = self.intercept.copy()
            if counts:
                idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
                weights = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
                weights *= self.idf[idx]
                weights /= np.sqrt(float((weights * weights).sum()))
                score += self.coef[:, idx] @ weights
            out[row] = float((1.0 / (1.0 + np.exp(self.a * score + self.b))).mean())
        return out


def _load_linear_profanity() -> _LinearProfanity | None:
    """The model from alt-profanity-check's data files, or None if they are not as expected."""
    spec = importlib.util.find_spec("profanity_check")
    if spec is None or not spec.submodule_search_locations:
        return None
    import numpy as np

    # joblib ships no type hints: its unpickler (which reads the arrays stored beside the
    # pickle) is subclassed as Any.
    base: Any = importlib.import_module("joblib.numpy_pickle").NumpyUnpickler
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"

    class Unpickler(base):  # type: ignore[misc]
        def find_class(self, module: str, name: str) -> Any:
            if module.split(".")[0] == "sklearn":
                return type(name, (_Fitted,), {})
            return super().find_class(module, name)

    def load(name: str) -> Any:
        path = folder / name
        with path.open("rb") as handle:
            return Unpickler(str(path), handle, ensure_native_byte_order=True).load()

    vectoriser, model = load("vectorizer.joblib"), load("model.joblib")
    tfidf = vectoriser._tfidf
    folds = model.calibrated_classifiers_
    expected = (
        vectoriser.analyzer == "word"
        and vectoriser.lowercase is True
        and vectoriser.strip_accents is None
        and vectoriser.preprocessor is None
        and vectoriser.tokenizer is None
        and tuple(vectoriser.ngram_range) == (1, 1)
        and vectoriser.binary is False
        and vectoriser.norm == "l2"
        and vectoriser.use_idf is True
        and vectoriser.sublinear_tf is False
        and model.method == "sigmoid"
        and list(model.classes_) == [0, 1]
        and all(len(f.calibrators) == 1 and f.estimator.coef_.shape[0] == 1 for f in folds)
    )
    if not expected:
        return None
    return _LinearProfanity(
        vocabulary=dict(vectoriser.vocabulary_),
        idf=np.asarray(tfidf.idf_, dtype=np.float64),
        token=re.compile(vectoriser.token_pattern),
        coef=np.stack([np.asarray(f.estimator.coef_, dtype=np.float64)[0] for f in folds]),
        intercept=np.array([float(f.estimator.intercept_[0]) for f in folds]),
        a=np.array([float(f.calibrators[0].a_) for f in folds]),
        b=np.array([float(f.calibrators[0].b_) for f in folds]),
    )


def _load_profanity() -> Callable[[Sequence[str]], Any] | None:
    try:
        linear = _load_linear_profanity()
    except Exception:  # another release's file layout: the package's own loader reads it
        linear = None
    if linear is not None:
        return linear
    try:
        module = importlib.import_module("profanity_check")
    except ImportError:
        return None
    predict: Callable[[Sequence[str]], Any] = module.predict_prob
    return predict


_profanity = _Once(_load_profanity)


def profanity_available() -> bool:
    return _profanity() is not None


def abuse_score(text: str) -> float:
    """Probability that English text is abusive, when confident; 0.0 otherwise."""
    predict = _profanity()
    if predict is None or not text.strip():
        return 0.0
    prob = float(predict([text[:10_000]])[0])
    return prob if prob >= PROFANITY_CONFIDENT else 0.0
