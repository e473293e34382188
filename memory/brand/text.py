"""The words of a brand reference: the document its embedding is made from, and why it matched.

A reference is embedded as its description, tags, brand and extra words for its kind (so
"brand mark" finds logos); a search hit explains itself by the words it shares with the
query, or else says it is close in meaning.
"""

from __future__ import annotations

import re

from memory.brand.records import Reference

# Extra words per kind so a query like "brand mark" or "colour swatches" finds the right kind.
KIND_WORDS: dict[str, str] = {
    "logo": "logo brand mark emblem",
    "product": "product shot packshot",
    "palette": "colour color palette swatches",
    "style": "style reference look and feel",
    "photo": "photograph photo",
    "font-sample": "font typeface typography sample",
}
WORD = re.compile(r"[\w-]+", re.UNICODE)
STOPWORDS = frozenset(
    {"a", "an", "and", "the", "of", "in", "on", "for", "with", "to", "by", "at", "from"}
    | {"is", "are", "this", "that", "our", "its", "it"}
)


def document(ref: Reference) -> str:
    parts = [ref.description.rstrip(".")] if ref.description else []
    if ref.tags:
        parts.append("tags: " + ", ".join(ref.tags))
    parts.append(f"{ref.brand} {KIND_WORDS[ref.kind]}")
    return ". ".join(parts)


def words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1}


def why(ref: Reference, document: str | None, query_words: set[str]) -> str:
    shared = sorted(query_words & words(document or ""))
    status = f"approved by {ref.approved_by}" if ref.status == "approved" else ref.status
    basis = f"shares {', '.join(shared)}" if shared else "close in meaning to the description"
    return f"{ref.brand} {ref.kind} ({status}); {basis}"
