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

The choice is made over the index's in-memory table of approved references
(:meth:`BrandIndex.approved`): the brief is embedded once and scored against every approved
reference with one numpy product, each rule is a mask over those scores, and the few
references picked are then read fresh from the store (status, Files API ids). Chosen by
``bench/retrieval.py`` at 10,000 references (20 brands, 6 kinds, 2 CPUs, same process):
one Chroma query per kind asked for and per named brand, p50 39-47 ms a turn; one
filtered Chroma query with ``n_results=48`` split by kind in Python, 28-37 ms, and it cannot
promise every asked kind is among its results; the table, 7-9 ms, of which the query
embedding is 2-4 ms and the stamp check and the fresh read about 1 ms each.
The table ranks exactly where HNSW is approximate, and picks the same references as one
query per kind on tests/data/retrieval/labelled.yaml (recall@4 0.984) and on the bench's
10,000. A change stamp checked on every call keeps it right when another instance or
process adds, approves or retires a reference.
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
from memory.brand.records import KINDS, Reference
from memory.brand_index import BrandIndex
from prompts.lexicon import KIND_PATTERNS

MIN_SCORE = 0.25


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
    table = index.approved()
    allowed = list(kinds) if kinds else None
    table.mask(kinds=allowed)  # an unknown kind is an error even when rules fill every place
    # Reference id -> (score, reason); a similarity reason ends with the hit's own why.
    chosen: dict[str, tuple[float, str]] = {}
    similar: set[str] = set()

    def take(ref_id: str, score: float, why: str) -> bool:
        if len(chosen) < k and ref_id not in chosen:
            chosen[ref_id] = (score, why)
            return True
        return False

    named = sorted(b for b in table.brands if _name_pattern(b).search(brief))
    for brand in named:
        logos = primary_logos(table.references(table.mask(brands=[brand], kinds=["logo"])))
        if brand in logos:
            # A rule pick has no similarity score; 1.0 only fills the slot.
            take(logos[brand].id, 1.0, f"rule: the brief names {brand}; its primary logo")
    if len(chosen) < k:
        # Within the named brands when the brief names any: a named brand without an
        # approved reference of a kind gets none of that kind rather than another brand's.
        scope = named or None
        ranking = table.rank(index.query_vector(brief))
        for kind in kinds_in(brief):
            if allowed is not None and kind not in allowed:
                continue
            if kind == "logo" and named:
                continue  # the named brands' primary logos are already in
            for ref_id, score in ranking.best(1, brands=scope, kinds=[kind], min_score=MIN_SCORE):
                take(ref_id, score, f"rule: the brief asks for a {kind} (best match {score:.2f})")
        if len(chosen) < k:
            # The k best always leave enough new ones: at most len(chosen) of them are taken.
            for ref_id, score in ranking.best(k, brands=scope, kinds=allowed, min_score=MIN_SCORE):
                if take(ref_id, score, f"similar to the brief (score {score:.2f}): "):
                    similar.add(ref_id)
    # Status and Files API ids may have changed since the table was read: read them fresh.
    hits = index.hits([(ref_id, score) for ref_id, (score, _) in chosen.items()], brief)
    return [
        Pick(
            hit.reference,
            chosen[hit.reference.id][1] + (hit.why if hit.reference.id in similar else ""),
        )
        for hit in hits
    ]


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
