"""The labelled corpus, measured offline through the same screening the graph uses.

Prompts go through ``tools.moderation.screen`` (policy rules, then the offline engine's
moderations endpoint; not the second opinion, which was trained on these briefs and is
tested in ``test_brief_risk.py``) with the helpers of ``bench.moderation``, on both
splits: the tuning split (prompts.yaml) and the held-out split (heldout.yaml, never tuned
on). Images go through ``agent.nodes.review.screen_image`` (decode, OCR, policy on the
text, moderation of text and pixels). An item counts as caught when the outcome is
``block`` or ``review``; a benign item with either outcome is a false positive.
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
from bench import moderation as moderation_bench
from tools import classifiers

DATA = Path(__file__).parents[1] / "data" / "moderation"
MIN_RECALL = 0.95
MAX_FPR = 0.05
MIN_LANG_RECALL = 0.9
LANGS = {"en", "ja", "ko", "zh", "hi", "bn"}


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
    rows = moderation_bench.screen_briefs(
        services.client, services.settings, items, second_opinion=False
    )
    print("\n" + "\n".join(moderation_bench.report("tuning", rows)))
    total = moderation_bench.rates(rows)
    for lang, rate in moderation_bench.by(rows, "lang").items():
        # Each language on its own, not only the total: the rules must hold in every script.
        assert rate.recall >= MIN_LANG_RECALL, lang
    assert total.recall >= MIN_RECALL
    assert total.false_positive_rate <= MAX_FPR
    # The split the rules are written against: every brief right.
    assert total.recall == 1.0 and total.flagged == 0


def test_held_out_corpus_meets_the_goal(services: Services) -> None:
    """Briefs written before the rules and never used to tune them (SOURCES.md)."""
    items = _load("heldout.yaml", "prompts")
    assert len(items) >= 150 and {i["lang"] for i in items} >= LANGS
    assert not {i["text"] for i in items} & {i["text"] for i in _load("prompts.yaml", "prompts")}
    rows = moderation_bench.screen_briefs(
        services.client, services.settings, items, second_opinion=False
    )
    print("\n" + "\n".join(moderation_bench.report("held-out", rows)))
    total = moderation_bench.rates(rows)
    assert total.recall >= MIN_RECALL
    assert total.flagged == 0
    for lang, rate in moderation_bench.by(rows, "lang").items():
        assert rate.recall >= MIN_LANG_RECALL, lang


LATER_SPLITS = moderation_bench.LATER_ROUNDS


@pytest.mark.parametrize(
    "name",
    [
        *(f"heldout_{n}.yaml" for n in LATER_SPLITS),
    ],
)
def test_later_held_out_corpora_meet_the_goal(services: Services, name: str) -> None:
    """Written later in other voices; their first looks and what changed after: SOURCES.md."""
    items = _load(name, "prompts")
    assert {i["lang"] for i in items} >= LANGS
    others = {
        "prompts.yaml",
        "heldout.yaml",
        *(f"heldout_{n}.yaml" for n in LATER_SPLITS),
    } - {name}
    seen = {i["text"] for other in others for i in _load(other, "prompts")}
    assert not {i["text"] for i in items} & seen
    rows = moderation_bench.screen_briefs(
        services.client, services.settings, items, second_opinion=False
    )
    total = moderation_bench.rates(rows)
    assert total.recall >= MIN_RECALL
    assert total.flagged == 0


@pytest.mark.parametrize("category", ["violence", "self-harm", "sexual"])
def test_every_language_has_hard_cases_of_the_harm_categories(category: str) -> None:
    def langs(name: str, label: str) -> set[str]:
        items = _load(name, "prompts")
        return {i["lang"] for i in items if i["kind"] == category and i["label"] == label}

    assert langs("prompts.yaml", "violating") == langs("prompts.yaml", "benign") == LANGS
    assert langs("heldout.yaml", "violating") == LANGS


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
