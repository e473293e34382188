"""Where an image prompt's negative prompt lies: what the picture must not have.

Both the offline moderation classifier (``tools.offline.moderation.negated``) and the policy
rules (``tools.policy``) read a term inside it as ruled out, as they read "no blood"; the
offline planner reads a brief that has one as written for an image generator.
"""

from __future__ import annotations

import re

# "negative prompt: blood, gore", "neg: knife", "--no blood, weapon", ネガティブ：, 네거티브:,
# 负面提示:, 反向提示词, नेगेटिव प्रॉम्प्ट:, নেগেটিভ:, and "avoid:" after the prompt. Every term
# after it is ruled out, up to the next parameter ("--ar 3:2"), the line's end or a sentence
# after it ("--no watermark. we have no deal with her"); what the prompt asks before it
# stays asked. The text may be as written or case-folded.
NEGATIVE_PROMPT = re.compile(
    r"(?:(?<![\w-])(?:negative|neg|negetiv|negativ)[ _-]?(?:prompts?|terms?|tags?)\s*[:：=]?|"
    r"(?<![\w-])(?:negative|neg|negetiv|negativ|avoid|exclude)\s*[:：=]|"
    r"(?<!\S)--(?:no|neg|negative)(?![\w-])\s*[:：=]?|"
    r"ネガティブ(?:\s*プロンプト)?\s*[:：]?|ネガプロ\s*[:：]?|"
    r"(?:네거티브|네가티브|부정)(?:\s*프롬프트)?\s*[:：]|네거티브(?:\s*프롬프트)?|"
    r"(?:负面|負面|反向|负向|負向)(?:提示词|提示詞|提示|词|詞|关键词|關鍵詞)\s*[:：]?|"
    r"(?:नेगेटिव|नेगटिव|निगेटिव|नकारात्मक)(?:\s*(?:प्रॉम्प्ट|प्रोम्प्ट|प्रांप्ट))?\s*[:：]?|"
    r"(?:নেগেটিভ|নেগেটিব|নেতিবাচক)(?:\s*প্রম্পট)?\s*[:：]?)"
    # The list: over commas and brackets, not past a parameter, a line or a sentence.
    r"(?P<tail>(?:(?!\s--[a-z])(?![.!?。！？।](?:\s|$))[^\n])*)",
    re.IGNORECASE,
)


def spans(text: str) -> list[tuple[int, int]]:
    """The lists of ``text``'s negative prompts, as (start, end) offsets."""
    return [
        m.span("tail") for m in NEGATIVE_PROMPT.finditer(text) if m.end("tail") > m.start("tail")
    ]


def inside(text: str, start: int) -> bool:
    """Whether ``text[start]`` lies in a negative prompt's list."""
    for m in NEGATIVE_PROMPT.finditer(text, text.rfind("\n", 0, start) + 1):
        if m.start() > start:
            return False
        if m.start("tail") <= start < m.end("tail"):
            return True
    return False
