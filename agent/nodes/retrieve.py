"""retrieve: pick the approved brand references this brief needs, and say why.

Rules first, then similarity, never more than ``settings.max_references``:

1. A brief that names a brand gets that brand's primary logo: the approved logo tagged
   ``primary``, else the one approved first.
2. Each kind the brief asks for in words ("logo", "product shot", "palette", "style
   frame", ...) gets its best match of that kind, within the named brands if any.
3. The remaining places go to the references closest in meaning to the brief (scored at
   least ``MIN_SCORE``), within the named brands when the brief names any.

``pick_references`` is the same choice as a plain function, with an explicit ``kinds``
restriction for callers that already know which kinds they want.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.common import emit
from agent.nodes.moderate_input import moderate_references
from agent.state import ReferenceUse, TurnState
from memory.brand_index import KINDS, BrandIndex, Reference

MIN_SCORE = 0.25

_LOGO = r"\blogos?\b|\bbrand ?marks?\b|\bwordmarks?\b|\bemblems?\b|ロゴ|로고|标志|徽标|लोगो|লোগো"
# Words that ask for a kind of reference; the first group of each is what the user said.
KIND_PATTERNS: dict[str, re.Pattern[str]] = {
    "logo": re.compile(_LOGO, re.IGNORECASE),
    "product": re.compile(
        r"\b(?:product (?:shots?|photos?|images?|renders?)|packshots?|pack shots?)\b",
        re.IGNORECASE,
    ),
    "palette": re.compile(
        r"\b(?:palettes?|colou?r (?:scheme|swatch(?:es)?)|swatch(?:es)?|brand colou?rs)\b",
        re.IGNORECASE,
    ),
    "style": re.compile(
        r"\b(?:style (?:frames?|references?|guides?)|look and feel|mood ?boards?|in the style)\b",
        re.IGNORECASE,
    ),
    "photo": re.compile(r"\b(?:photos?|photographs?|photography|lifestyle shots?)\b", re.I),
    "font-sample": re.compile(
        r"\b(?:fonts?|typefaces?|typography|font samples?|lettering)\b", re.IGNORECASE
    ),
}


@dataclass(frozen=True)
class Pick:
    reference: Reference
    why: str


def kinds_in(brief: str) -> list[str]:
    """The reference kinds a brief asks for in words, in the order of ``KINDS``."""
    return [kind for kind in KINDS if KIND_PATTERNS[kind].search(brief)]


def _name_pattern(brand: str) -> re.Pattern[str]:
    # "Nova Tea", "nova-tea" and "nova_tea" all name the brand "nova-tea".
    parts = [re.escape(p) for p in re.split(r"[\s_-]+", brand.strip()) if p]
    return re.compile(r"(?<!\w)" + r"[\s_-]*".join(parts) + r"(?!\w)", re.IGNORECASE)


def primary_logos(logos: Iterable[Reference]) -> dict[str, Reference]:
    """Brand -> its primary logo among approved logos."""
    best: dict[str, Reference] = {}
    for ref in logos:
        if ref.status != "approved" or ref.kind != "logo":
            continue
        current = best.get(ref.brand)
        if current is None or _logo_rank(ref) < _logo_rank(current):
            best[ref.brand] = ref
    return best


def _logo_rank(ref: Reference) -> tuple[int, str, str]:
    when = ref.approved_at.isoformat() if ref.approved_at else "~"
    return (0 if ref.primary else 1, when, ref.id)


def pick_references(
    index: BrandIndex,
    brief: str,
    *,
    k: int,
    kinds: Sequence[str] | None = None,
) -> list[Pick]:
    """At most ``k`` approved references for ``brief``, rules first, each with its reason.

    ``kinds`` restricts the similarity picks to those kinds (the brand logo rule still
    applies, since a named brand's logo is always wanted).
    """
    if k <= 0 or not brief.strip():
        return []
    picked: dict[str, Pick] = {}

    def take(ref: Reference, why: str) -> None:
        if len(picked) < k and ref.id not in picked:
            picked[ref.id] = Pick(ref, why)

    named = sorted(b for b in index.brands() if _name_pattern(b).search(brief))
    asked = kinds_in(brief)
    for brand in named:
        logo = primary_logos(index.list(status="approved", brand=brand, kind="logo")).get(brand)
        if logo is not None:
            take(logo, f"rule: the brief names {brand}; its primary logo")
    allowed = list(kinds) if kinds else None
    scopes: list[str | None] = list(named) or [None]
    for kind in asked:
        if allowed is not None and kind not in allowed:
            continue
        if kind == "logo" and named:
            continue  # the named brands' primary logos are already in
        hits = [
            hit
            for scope in scopes
            for hit in index.search(brief, k=1, brand=scope, kind=kind)
            if hit.score >= MIN_SCORE
        ]
        for hit in sorted(hits, key=lambda h: h.score, reverse=True)[:1]:
            take(hit.reference, f"rule: the brief asks for a {kind} (best match {hit.score:.2f})")
    if len(picked) < k:
        hits = [
            hit
            for scope in scopes
            for hit in index.search(brief, k=k, brand=scope, kinds=allowed)
            if hit.score >= MIN_SCORE
        ]
        for hit in sorted(hits, key=lambda h: h.score, reverse=True):
            take(hit.reference, f"similar to the brief (score {hit.score:.2f}): {hit.why}")
    return list(picked.values())


def checked_references(
    runtime: Runtime[Services], brief: str, *, k: int, kinds: Sequence[str] | None = None
) -> list[ReferenceUse]:
    """Pick references for ``brief`` and keep those moderation lets through.

    References are images entering the turn: each is moderated (once per sha256) and a
    flagged one is left out rather than sent to the image model.
    """
    services = runtime.context
    uses = [
        ReferenceUse(
            id=p.reference.id,
            brand=p.reference.brand,
            kind=p.reference.kind,
            description=p.reference.description,
            asset=services.assets.get(p.reference.sha256),
            why=p.why,
        )
        for p in pick_references(services.brand, brief, k=k, kinds=kinds)
    ]
    if not uses:
        return []
    verdict = moderate_references(services, uses)
    flagged = {note.split(":", 1)[0] for note in verdict.notes}
    for use in uses:
        if use.id in flagged:
            emit(
                runtime, {"kind": "reference_dropped", "id": use.id, "why": "flagged by moderation"}
            )
    return [u for u in uses if u.id not in flagged]


def retrieve(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    k = runtime.context.settings.max_references
    return {"references": checked_references(runtime, state.brief, k=k) if k > 0 else []}
