"""Offline moderation: a keyword/phrase classifier over the 13 omni-moderation categories.

Each category has a short, honest list of clear phrases in English, Japanese, Korean,
Chinese, Hindi and Bengali. A match scores 0.92 (flagged, threshold 0.5); nothing else is
inferred. Latin-script entries match on word boundaries, other scripts as substrings.
English abuse the lists miss is scored "harassment" by ``tools.classifiers.abuse_score``
(alt-profanity-check's model, shipped in its wheel) when that model is confident.
Images: ``tools.classifiers`` scores "sexual" from nudenet's explicit-nudity detections (its
ONNX model ships in the wheel); without nudenet installed images score 0 in every category.
The same classifier blocks image prompts before anything is drawn.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import invalid_type, invalid_value

CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/instructions",
    "self-harm/intent",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
IMAGE_CATEGORIES = frozenset(
    {
        "self-harm",
        "self-harm/instructions",
        "self-harm/intent",
        "sexual",
        "violence",
        "violence/graphic",
    }
)
THRESHOLD = 0.5
MATCH_SCORE = 0.92
BASE_SCORE = 0.0001

_PHRASES: dict[str, list[str]] = {
    "harassment": [
        "you are worthless",
        "you're worthless",
        "you are pathetic",
        "nobody likes you",
        "お前は価値がない",
        "넌 쓸모없어",
        "你一文不值",
        "तुम बेकार हो",
        "তুমি অকেজো",
    ],
    "harassment/threatening": [
        "i will find you",
        "i know where you live",
        "you will regret this",
        "お前を見つけ出す",
        "널 찾아낼 거야",
        "我会找到你",
        "मैं तुम्हें ढूंढ लूंगा",
        "আমি তোমাকে খুঁজে বের করব",
    ],
    "hate": [
        "inferior race",
        "subhuman",
        "劣等民族",
        "열등한 민족",
        "劣等民族",
        "नीच जाति",
        "নিকৃষ্ট জাতি",
    ],
    "hate/threatening": [
        "should be exterminated",
        "皆殺しにすべき",
        "몰살해야",
        "应该被消灭",
        "खत्म कर देना चाहिए",
        "নির্মূল করা উচিত",
    ],
    "illicit": [
        "how to make a bomb",
        "build a bomb",
        "make meth",
        "cook meth",
        "buy a gun illegally",
        "爆弾の作り方",
        "爆弾を作る",
        "폭탄 만드는",
        "폭탄을 만드는",
        "制造炸弹",
        "怎么做炸弹",
        "बम कैसे बनाएं",
        "बम बनाने",
        "বোমা বানানো",
        "বোমা তৈরি",
    ],
    "illicit/violent": [
        "how to make a bomb",
        "build a bomb",
        "爆弾の作り方",
        "爆弾を作る",
        "폭탄 만드는",
        "폭탄을 만드는",
        "制造炸弹",
        "怎么做炸弹",
        "बम कैसे बनाएं",
        "बम बनाने",
        "বোমা বানানো",
        "বোমা তৈরি",
    ],
    "self-harm": [
        "kill myself",
        "suicide",
        "cut myself",
        "hurt myself",
        "自殺",
        "死にたい",
        "자살",
        "죽고 싶",
        "自杀",
        "想死",
        "आत्महत्या",
        "आत्मह्त्या",
        "আত্মহত্যা",
    ],
    "self-harm/intent": [
        "i want to kill myself",
        "i want to die",
        "死にたい",
        "죽고 싶",
        "我想死",
        "मैं मरना चाहता",
        "मैं मरना चाहती",
        "আমি মরতে চাই",
    ],
    "self-harm/instructions": [
        "how to kill myself",
        "best way to commit suicide",
        "自殺の方法",
        "자살 방법",
        "自杀方法",
        "आत्महत्या कैसे",
        "আত্মহত্যার উপায়",
    ],
    "sexual": [
        "explicit sex",
        "porn",
        "pornographic",
        "nude photo",
        "nude body",
        "nudity",
        "naked body",
        "ヌード",
        "ポルノ",
        "포르노",
        "누드",
        "色情",
        "裸体",
        "अश्लील",
        "नग्न",
        "অশ্লীল",
        "নগ্ন",
    ],
    "violence": [
        "kill",
        "kills",
        "killing",
        "murder",
        "murdered",
        "stab",
        "stabbing",
        "shoot him",
        "shoot her",
        "behead",
        "殺す",
        "殺害",
        "殺して",
        "죽이는 방법",
        "죽일",
        "죽여",
        "살해",
        "杀死",
        "杀人",
        "谋杀",
        "杀了",
        "杀掉",
        "हत्या",
        "मार डाल",
        "जान से मार",
        "খুন",
        "হত্যা",
        "মেরে ফেল",
    ],
    "violence/graphic": [
        "gore",
        "gory",
        "dismember",
        "dismembered",
        "mutilated",
        "blood everywhere",
        "血まみれ",
        "バラバラ死体",
        "피투성이",
        "토막",
        "血肉模糊",
        "肢解",
        "खून से लथपथ",
        "রক্তাক্ত",
    ],
}
_MINOR_WORDS = [
    "child",
    "children",
    "kid",
    "kids",
    "minor",
    "underage",
    "子供",
    "아동",
    "儿童",
    "बच्चे",
    "শিশু",
]


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    parts = []
    for phrase in phrases:
        escaped = re.escape(phrase)
        parts.append(rf"\b{escaped}\b" if phrase.isascii() else escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


_PATTERNS = {category: _pattern(phrases) for category, phrases in _PHRASES.items()}
_MINORS = _pattern(_MINOR_WORDS)


@dataclass
class Scores:
    scores: dict[str, float] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, BASE_SCORE))
    applied: dict[str, set[str]] = field(default_factory=lambda: {c: set() for c in CATEGORIES})

    def merge(self, other: Scores) -> None:
        for category in CATEGORIES:
            self.scores[category] = max(self.scores[category], other.scores[category])
            self.applied[category] |= other.applied[category]

    def flagged_categories(self) -> list[str]:
        return [c for c in CATEGORIES if self.scores[c] >= THRESHOLD]

    def result(self) -> dict[str, Any]:
        flags = {c: self.scores[c] >= THRESHOLD for c in CATEGORIES}
        return {
            "flagged": any(flags.values()),
            "categories": flags,
            "category_scores": {c: round(self.scores[c], 6) for c in CATEGORIES},
            "category_applied_input_types": {
                c: sorted(self.applied[c], key=["text", "image"].index) for c in CATEGORIES
            },
        }


def score_text(text: str) -> Scores:
    result = Scores()
    for category in CATEGORIES:
        result.applied[category].add("text")
        pattern = _PATTERNS.get(category)
        if pattern is not None and pattern.search(text):
            result.scores[category] = MATCH_SCORE
    if result.scores["sexual"] >= THRESHOLD and _MINORS.search(text):
        result.scores["sexual/minors"] = MATCH_SCORE
    from tools.classifiers import abuse_score

    result.scores["harassment"] = max(result.scores["harassment"], abuse_score(text))
    return result


def decode_data_url(url: str, param: str) -> bytes:
    if not url.startswith("data:"):
        raise invalid_value(
            param, "The offline engine cannot fetch remote URLs: send a base64 data URL."
        )
    _, _, payload = url.partition(",")
    try:
        return base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError):
        raise invalid_value(param, "Invalid base64 image data URL.") from None


def score_image(data: bytes) -> Scores:
    from core.errors import ImageInputError
    from tools.classifiers import decode, nudity

    result = Scores()
    for category in IMAGE_CATEGORIES:
        result.applied[category].add("image")
    try:
        img = decode(data)
    except ImageInputError:
        raise invalid_value("input", "The image could not be decoded.") from None
    result.scores["sexual"] = max(BASE_SCORE, nudity(img).score)
    return result


def moderate(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Results for a /moderations request body: one per string, one for a multimodal list."""
    raw = body.get("input")
    if isinstance(raw, str):
        return [score_text(raw).result()]
    if not isinstance(raw, list) or not raw:
        raise invalid_type("input", "a string, an array of strings, or an array of input objects")
    if all(isinstance(item, str) for item in raw):
        return [score_text(item).result() for item in raw]
    combined = Scores()
    for applied in combined.applied.values():
        applied.clear()
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise invalid_type(f"input[{index}]", "an input object")
        if item.get("type") == "text" and isinstance(item.get("text"), str):
            combined.merge(score_text(item["text"]))
        elif item.get("type") == "image_url":
            url = (item.get("image_url") or {}).get("url")
            if not isinstance(url, str):
                raise invalid_type(f"input[{index}].image_url.url", "a string")
            combined.merge(score_image(decode_data_url(url, f"input[{index}].image_url.url")))
        else:
            raise invalid_value(f"input[{index}].type", "Expected 'text' or 'image_url'.")
    return [combined.result()]


def prompt_flags(prompt: str) -> list[str]:
    """Categories for which an image prompt is blocked."""
    return score_text(prompt).flagged_categories()
