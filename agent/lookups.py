"""The read-only lookups the decision model may call, answered from atelier's own records.

Each lookup is a plain function from its argument model (``prompts/decide.py``) to its
output record: this conversation's images and what each cost (the ledger, the review
queue and the state's current image), spend and the budgets left (the ledger and the
settings), the approved brand references (the brand library) and why images were held or
requests refused (the review queue and the ledger's rejected rows). ``run_lookup`` runs the
one a call names and returns the JSON sent back to the model as the call's output; a
lookup that cannot read its store says so in that output instead of failing the turn.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from pydantic import BaseModel

from agent.budget import start_of_day
from agent.context import Services
from agent.state import TurnState
from core.errors import AtelierError
from memory.ledger import CallRecord
from memory.review_queue import ReviewItem, ReviewQueue
from memory.stores import open_review_queue
from prompts.decide import (
    MAX_LOOKUP_ITEMS,
    Budget,
    HoldLine,
    HoldsOutput,
    ImageLine,
    ImagesOutput,
    LookupArgs,
    LookupHolds,
    LookupImages,
    LookupReferences,
    LookupSpend,
    ReferenceLine,
    ReferencesOutput,
    SpendOutput,
)
from tools.responses import LookupCall

# How an image-making row and the review of its image are named in answers.
_MADE = {"generate": "generated", "edit": "edited", "finalize": "finalized"}
_REFUSED = {
    "moderate_input": "request refused",
    "review": "image blocked",
    "generate": "image call refused",
    "edit": "image call refused",
    "finalize": "image call refused",
}
ID_CHARS = 12


def _at(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC")


def _money(value: float) -> float:
    return round(value, 6)


def _queue(services: Services) -> ReviewQueue:
    return open_review_queue(services.settings)


def _thread_items(services: Services) -> list[ReviewItem]:
    return [
        i
        for i in _queue(services).list(status=None, limit=10_000)
        if i.thread_id == services.thread_id
    ]


def _review_of(sha: str, rows: list[CallRecord], items: list[ReviewItem]) -> str:
    """What review made of an image: blocked, held (and what a reviewer decided), passed."""
    held = [i for i in items if i.asset_sha256 == sha]
    if held:
        item = held[-1]
        if item.status == "open":
            return f"held for review ({item.id})"
        return f"{item.status} by a reviewer ({item.id})"
    for row in rows:
        if row.node == "review" and sha in row.assets:
            return "blocked" if row.outcome == "rejected" else "passed"
    return "not reviewed"


def lookup_images(services: Services, state: TurnState, args: LookupImages) -> ImagesOutput:
    """This conversation's images, newest first, each with the cost of the call that made it."""
    rows = services.ledger.rows(thread_id=services.thread_id)
    items = _thread_items(services)
    current = state.current_image.sha256 if state.current_image else None
    lines: list[ImageLine] = []
    for row in rows:
        if row.outcome not in ("generated", "edited") or not row.assets:
            continue
        share = None if row.cost_usd is None else _money(row.cost_usd / len(row.assets))
        for sha in row.assets:
            lines.append(
                ImageLine(
                    id=sha[:ID_CHARS],
                    made=_MADE.get(row.node, row.outcome),
                    size=row.size,
                    quality=row.quality,
                    cost_usd=share,
                    review=_review_of(sha, rows, items),
                    current=sha == current,
                    at=_at(row.ts),
                )
            )
    lines.reverse()
    limit = max(1, min(args.limit or MAX_LOOKUP_ITEMS, MAX_LOOKUP_ITEMS))
    return ImagesOutput(
        images=lines[:limit],
        images_total_usd=_money(sum(line.cost_usd or 0.0 for line in lines)),
        conversation_total_usd=services.ledger.spent(thread_id=services.thread_id),
        conversation_calls=len(rows),
    )


def _budget(spent: float, limit: float) -> Budget:
    if limit <= 0:  # 0 means no limit
        return Budget(spent_usd=spent, budget_usd=None, left_usd=None)
    return Budget(spent_usd=spent, budget_usd=limit, left_usd=_money(max(0.0, limit - spent)))


def lookup_spend(services: Services, args: LookupSpend) -> SpendOutput:
    """Spend this session (the thread) and today (UTC), against the budgets in force."""
    settings = services.settings
    day = start_of_day()
    return SpendOutput(
        session=_budget(
            services.ledger.spent(thread_id=services.thread_id), settings.session_budget_usd
        ),
        today=_budget(services.ledger.spent(since=day), settings.daily_budget_usd),
        day=day.date().isoformat(),
        downgrade_when_over=settings.budget_downgrade,
    )


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", name.casefold())


def lookup_references(services: Services, args: LookupReferences) -> ReferencesOutput:
    """Approved references, of one brand and kind when asked (brand names match loosely:
    "Nova Tea" finds "nova-tea")."""
    approved = services.brand.list(status="approved")
    wanted = _key(args.brand) if args.brand else ""
    matched = [
        ref
        for ref in approved
        if (not wanted or wanted in _key(ref.brand) or _key(ref.brand) in wanted)
        and (args.kind is None or ref.kind == args.kind)
    ]
    return ReferencesOutput(
        brand=args.brand,
        kind=args.kind,
        references=[
            ReferenceLine(
                id=ref.id,
                brand=ref.brand,
                kind=ref.kind,
                description=ref.description,
                approved_by=ref.approved_by,
            )
            for ref in matched[:MAX_LOOKUP_ITEMS]
        ],
        brands=sorted({ref.brand for ref in approved}) if not matched else [],
    )


def lookup_holds(services: Services, state: TurnState, args: LookupHolds) -> HoldsOutput:
    """Images of this conversation held for review (and what a reviewer decided), images
    blocked, and requests refused, newest first; one image when ``args.image`` names it."""
    prefix = (args.image or "").strip().lower()
    found: list[tuple[datetime, HoldLine]] = []
    for item in _thread_items(services):
        if prefix and not item.asset_sha256.startswith(prefix):
            continue
        line = HoldLine(
            what="image held for review",
            image=item.asset_sha256[:ID_CHARS],
            status=item.status,
            reasons=[*item.reasons, *([f"reviewer: {item.note}"] if item.note else [])],
            at=_at(item.opened_at),
        )
        found.append((item.opened_at, line))
    for row in services.ledger.rows(thread_id=services.thread_id, outcome="rejected"):
        image = row.assets[0] if row.assets else None
        if prefix and not (image and image.startswith(prefix)):
            continue
        line = HoldLine(
            what=_REFUSED.get(row.node, f"{row.node} refused"),
            image=image[:ID_CHARS] if image else None,
            status="refused",
            reasons=[row.error] if row.error else [],
            at=_at(row.ts),
        )
        found.append((row.ts, line))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return HoldsOutput(holds=[line for _, line in found[:MAX_LOOKUP_ITEMS]])


def lookup(services: Services, state: TurnState, args: LookupArgs) -> BaseModel:
    """The output of the lookup whose arguments ``args`` are."""
    if isinstance(args, LookupImages):
        return lookup_images(services, state, args)
    if isinstance(args, LookupSpend):
        return lookup_spend(services, args)
    if isinstance(args, LookupReferences):
        return lookup_references(services, args)
    if isinstance(args, LookupHolds):
        return lookup_holds(services, state, args)
    raise ValueError(f"no lookup takes {type(args).__name__}")


def run_lookup(services: Services, state: TurnState, call: LookupCall) -> str:
    """The JSON output of the lookup ``call`` names, or of the error that stopped it."""
    try:
        result = lookup(services, state, call.args)
    except AtelierError as err:
        return json.dumps({"error": err.one_line()}, ensure_ascii=False)
    return result.model_dump_json()
