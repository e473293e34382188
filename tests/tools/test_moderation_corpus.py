"""The labelled corpus, measured offline through the same screening the graph uses.

Prompts go through ``tools.moderation.screen`` (policy rules, then the offline engine's
moderations endpoint); images through ``agent.nodes.review.screen_image`` (decode, OCR,
policy on the text, moderation of text and pixels). An item counts as caught when the
outcome is ``block`` or ``review``; a benign item with either outcome is a false positive.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml
from PIL import Image

from agent.context import Services
from agent.nodes.review import screen_image
from tools import classifiers
from tools.moderation import screen
from tools.policy import load_policy

DATA = Path(__file__).parents[1] / "data" / "moderation"
MIN_RECALL = 0.95
MAX_FPR = 0.05
MIN_LANG_RECALL = 0.9


def _load(name: str, key: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))[key]
    return items


def _report(title: str, rows: list[tuple[dict[str, Any], bool]], group: str) -> tuple[float, float]:
    violating = [(item, caught) for item, caught in rows if item["label"] == "violating"]
    benign = [(item, caught) for item, caught in rows if item["label"] == "benign"]
    recall = sum(c for _, c in violating) / len(violating)
    fpr = sum(c for _, c in benign) / len(benign)
    print(f"\n{title}: {len(violating)} violating, {len(benign)} benign")
    print(f"  recall {recall:.3f}  false-positive rate {fpr:.3f}")
    per: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for item, caught in rows:
        per[item[group]] += 1
        hit[item[group]] += caught == (item["label"] == "violating")
    print(
        "  correct per " + group + ": " + ", ".join(f"{k} {hit[k]}/{per[k]}" for k in sorted(per))
    )
    for item, caught in rows:
        if caught != (item["label"] == "violating"):
            print(f"  wrong: {item['label']} {item.get('text', '')!r}")
    return recall, fpr


def test_prompt_corpus_recall_and_false_positives(services: Services) -> None:
    items = _load("prompts.yaml", "prompts")
    langs = {item["lang"] for item in items}
    assert len(items) >= 150 and len(langs) >= 6
    policy = load_policy()
    rows = []
    for item in items:
        result = screen(
            services.client,
            model=services.settings.moderation_model,
            policy=policy,
            text=item["text"],
            review_threshold=services.settings.review_threshold,
        )
        rows.append((item, result.outcome in ("block", "review")))
    recall, fpr = _report("prompts", rows, "lang")
    for lang in sorted(langs):
        # Each language on its own, not only the total: the rules must hold in every script.
        own = [c for item, c in rows if item["lang"] == lang and item["label"] == "violating"]
        assert sum(own) / len(own) >= MIN_LANG_RECALL, lang
    assert recall >= MIN_RECALL
    assert fpr <= MAX_FPR


@pytest.mark.skipif(not classifiers.ocr_available(), reason="no OCR engine (tesseract) installed")
def test_image_corpus_recall_and_false_positives(services: Services) -> None:
    items = _load("images.yaml", "images")
    assert len(items) >= 20
    # Tesseract runs as a subprocess: read the images two at a time first (the review reads
    # them again from the OCR cache), so the measurement takes half the wall time.
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(
            pool.map(
                lambda i: classifiers.image_text(Image.open(DATA / "images" / i["file"])), items
            )
        )
    rows = []
    for item in items:
        asset = services.assets.put_file(DATA / "images" / item["file"])
        result, _text = screen_image(services, asset)
        rows.append((item, result.outcome in ("block", "review")))
    recall, fpr = _report("images", rows, "label")
    assert recall >= MIN_RECALL
    assert fpr <= MAX_FPR
