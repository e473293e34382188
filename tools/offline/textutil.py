"""Small text helpers shared by the planner, renderer and moderation: quotes and tokens."""

from __future__ import annotations

import re

_QUOTE_RE = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|「([^」\n]+)」|『([^』\n]+)』')
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string, for long keyword lists."""
    return frozenset(text.split())


STOPWORDS = words(
    "a an the and or of to for in on with at by from is are be it this that our your my "
    "we you i me us please can could would should will make new"
)


def quoted_strings(text: str) -> list[str]:
    """Every quoted span in straight, curly, or CJK corner quotes, in order of appearance."""
    found: list[str] = []
    for match in _QUOTE_RE.finditer(text):
        span = next(group for group in match.groups() if group is not None).strip()
        if span:
            found.append(span)
    return found


def tokens(text: str) -> list[str]:
    return [token.lower() for token in _TOKEN_RE.findall(text)]


def content_tokens(text: str) -> set[str]:
    """Tokens worth comparing: no stopwords, no one-letter Latin words."""
    return {
        token
        for token in tokens(text)
        if token not in STOPWORDS and (len(token) > 2 or not token.isascii())
    }


def has_word(text: str, words: frozenset[str] | set[str]) -> bool:
    return any(token in words for token in tokens(text))
