"""retrieve: pick the approved brand references this brief needs, and say why.

Text similarity finds the candidates; one rule always applies on top: a brief that mentions
a logo gets the approved logos of the brands it names (or of every brand when it names none).
"""

from __future__ import annotations

import re
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.state import ReferenceUse, TurnState
from memory.brand_index import Reference

MIN_SCORE = 0.25
_LOGO = re.compile(r"\blogos?\b|ロゴ|로고|标志|徽标|लोगो|লোগো", re.IGNORECASE)


def _use(ref: Reference, services: Services, why: str) -> ReferenceUse:
    return ReferenceUse(
        id=ref.id,
        brand=ref.brand,
        kind=ref.kind,
        description=ref.description,
        asset=services.assets.get(ref.sha256),
        why=why,
    )


def retrieve(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    k = services.settings.max_references
    if k == 0:
        return {"references": []}
    index = services.brand
    approved = index.list(status="approved")
    if not approved:
        return {"references": []}
    brief = state.brief
    lowered = brief.lower()
    picked: dict[str, ReferenceUse] = {}
    if _LOGO.search(brief):
        named = {r.brand for r in approved if r.brand and r.brand.lower() in lowered}
        for ref in approved:
            if ref.kind == "logo" and (not named or ref.brand in named):
                brand_note = "names the brand" if named else "asks for the logo"
                picked.setdefault(ref.id, _use(ref, services, f"rule: the brief {brand_note}"))
    for hit in index.search(brief, k=k):
        if len(picked) >= k:
            break
        if hit.score >= MIN_SCORE and hit.reference.id not in picked:
            picked[hit.reference.id] = _use(
                hit.reference, services, f"similar to the brief (score {hit.score:.2f})"
            )
    return {"references": list(picked.values())[:k]}
