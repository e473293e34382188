"""The local classifiers: loaded once however many threads ask, and the same answers."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
import yaml

from tests.helpers import modules_loaded_by
from tools import classifiers

pytestmark = pytest.mark.usefixtures("needs_tesseract")


PROMPTS = Path(__file__).parents[1] / "data" / "moderation" / "prompts.yaml"


def test_a_loader_runs_once_when_threads_ask_together() -> None:
    calls: list[int] = []

    def slow() -> object:
        calls.append(1)
        time.sleep(0.05)
        return object()

    once = classifiers._Once(slow)
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(once())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len({id(g) for g in got}) == 1
    once.cache_clear()
    assert once() is not got[0] and len(calls) == 2


def test_a_loader_that_fails_is_tried_again() -> None:
    attempts: list[int] = []

    def flaky() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("first time")
        return "loaded"

    once = classifiers._Once(flaky)
    with pytest.raises(RuntimeError):
        once()
    assert once() == "loaded" and len(attempts) == 2


def test_the_models_are_loaded_through_locked_loaders() -> None:
    assert isinstance(classifiers._detector, classifiers._Once)
    assert isinstance(classifiers._profanity, classifiers._Once)


def test_the_profanity_model_scores_like_the_package_without_scikit_learn() -> None:
    import profanity_check

    texts = [item["text"] for item in yaml.safe_load(PROMPTS.read_text("utf-8"))["prompts"]]
    texts += ["", "   ", "you are a fucking idiot", "THEY ARE SUBHUMAN", "naïve café ünïcödé"]
    ours = classifiers._load_linear_profanity()
    assert ours is not None
    assert np.allclose(ours(texts), profanity_check.predict_prob(texts), rtol=0, atol=1e-12)


def test_loading_the_classifiers_imports_neither_opencv_nor_scikit_learn() -> None:
    code = (
        "from tools import classifiers\n"
        "assert classifiers.profanity_available() and classifiers.nudity_available()\n"
    )
    assert modules_loaded_by(code, ("cv2", "sklearn", "scipy", "nudenet")) == []


def test_nudity_labels_are_read_from_the_package() -> None:
    found = classifiers._nudenet_files()
    assert found is not None
    model, labels = found
    assert model.name == "320n.onnx" and set(labels) >= classifiers.EXPLICIT
    detector = classifiers._detector()
    assert detector is not None and detector.labels == labels
