"""The lookups answer from atelier's own records: the ledger, the review queue, the brand
library and the settings, each figure as those stores hold it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agent.context import Services
from agent.lookups import lookup_holds, lookup_images, lookup_references, lookup_spend, run_lookup
from agent.state import TurnState
from core.errors import StorageError
from memory.assets import AssetRef
from memory.ledger import CallRecord
from memory.review_queue import ReviewQueue, review_db
from prompts.decide import (
    MAX_LOOKUP_ITEMS,
    LookupHolds,
    LookupImages,
    LookupReferences,
    LookupSpend,
)
from tests.helpers import call_record, write_png
from tools.responses import LookupCall

SHA_A = "a" * 64
SHA_B = "b" * 64


def _moderation_row(thread: str, node: str, outcome: str, **fields: Any) -> CallRecord:
    return call_record(thread_id=thread, node=node, surface="moderation", outcome=outcome, **fields)


def _asset(sha: str) -> AssetRef:
    return AssetRef(sha256=sha, path=f"/tmp/{sha[:8]}.png", width=1024, height=1024, format="png")


def _record_images(services: Services) -> None:
    ledger, thread = services.ledger, services.thread_id
    ledger.record(call_record(thread_id=thread, node="decide", outcome="decided", cost_usd=0.0002))
    ledger.record(call_record(thread_id=thread, assets=[SHA_A], cost_usd=0.0112, quality="low"))
    ledger.record(_moderation_row(thread, "review", "moderated", assets=[SHA_A]))
    ledger.record(
        call_record(
            thread_id=thread,
            node="finalize",
            assets=[SHA_B],
            cost_usd=0.1672,
            quality="high",
            size="1024x1280",
        )
    )
    # Another conversation's image is not this one's.
    ledger.record(call_record(thread_id="elsewhere", assets=["c" * 64], cost_usd=5.0))


def test_images_newest_first_with_their_costs_and_the_conversation_total(
    services: Services,
) -> None:
    _record_images(services)
    state = TurnState(current_image=_asset(SHA_B))
    out = lookup_images(services, state, LookupImages(limit=None))
    assert [i.id for i in out.images] == [SHA_B[:12], SHA_A[:12]]
    final, draft = out.images
    assert (final.made, final.quality, final.size, final.cost_usd) == (
        "finalized",
        "high",
        "1024x1280",
        0.1672,
    )
    assert final.current and not draft.current
    assert draft.review == "passed" and final.review == "not reviewed"
    assert out.images_total_usd == pytest.approx(0.1784)
    assert out.conversation_total_usd == services.ledger.spent(thread_id=services.thread_id)
    assert out.conversation_total_usd == pytest.approx(0.1786)
    assert out.conversation_calls == 4
    assert lookup_images(services, state, LookupImages(limit=1)).images == [final]


def test_images_say_when_one_is_held_and_when_a_reviewer_decided(services: Services) -> None:
    _record_images(services)
    queue = ReviewQueue(review_db(services.settings.home))
    held = queue.add(SHA_A, thread_id=services.thread_id, reasons=["the copy may be misspelt"])
    out = lookup_images(services, TurnState(), LookupImages(limit=None))
    assert out.images[1].review == f"held for review ({held.id})"
    queue.approve(held.id, reviewer="ana")
    out = lookup_images(services, TurnState(), LookupImages(limit=None))
    assert out.images[1].review == f"approved by a reviewer ({held.id})"


def test_images_of_an_empty_conversation(services: Services) -> None:
    out = lookup_images(services, TurnState(), LookupImages(limit=None))
    assert out.images == [] and out.conversation_total_usd == 0.0


def test_spend_against_the_budgets(services: Services) -> None:
    ledger = services.ledger
    ledger.record(call_record(thread_id=services.thread_id, cost_usd=0.25))
    ledger.record(call_record(thread_id="other", cost_usd=1.0))
    yesterday = datetime.now(UTC) - timedelta(days=1, hours=1)
    ledger.record(call_record(thread_id=services.thread_id, cost_usd=3.0, ts=yesterday))
    services.settings = services.settings.model_copy(
        update={"session_budget_usd": 5.0, "daily_budget_usd": 2.0, "budget_downgrade": True}
    )
    out = lookup_spend(services, LookupSpend())
    assert (out.session.spent_usd, out.session.budget_usd, out.session.left_usd) == (
        3.25,
        5.0,
        1.75,
    )
    assert (out.today.spent_usd, out.today.budget_usd, out.today.left_usd) == (1.25, 2.0, 0.75)
    assert out.day == datetime.now(UTC).date().isoformat() and out.downgrade_when_over


def test_spend_without_budgets_has_no_limit(services: Services) -> None:
    out = lookup_spend(services, LookupSpend())
    assert out.session.budget_usd is None and out.session.left_usd is None
    assert out.today.spent_usd == 0.0


def test_references_are_the_approved_ones_of_the_brand_and_kind_asked(
    services: Services, tmp_path: Path
) -> None:
    brand = services.brand
    logo = brand.add(
        write_png(tmp_path / "l.png"), brand="nova-tea", kind="logo", description="leaf"
    )
    tin = brand.add(
        write_png(tmp_path / "t.png", color=(10, 200, 10)), brand="nova-tea", kind="product"
    )
    brand.add(write_png(tmp_path / "p.png", color=(1, 2, 3)), brand="nova-tea", kind="logo")
    acme = brand.add(write_png(tmp_path / "a.png", color=(200, 1, 1)), brand="Acme", kind="logo")
    for ref in (logo, tin, acme):
        brand.approve(ref.id, by="ana")
    out = lookup_references(services, LookupReferences(brand="Nova Tea", kind=None))
    assert {r.id for r in out.references} == {logo.id, tin.id}  # the pending logo is not
    assert out.references[0].approved_by == "ana"
    logos = lookup_references(services, LookupReferences(brand="nova tea", kind="logo"))
    assert [(r.id, r.description) for r in logos.references] == [(logo.id, "leaf")]
    everything = lookup_references(services, LookupReferences(brand=None, kind="logo"))
    assert {r.id for r in everything.references} == {logo.id, acme.id}
    missing = lookup_references(services, LookupReferences(brand="Solara", kind=None))
    assert missing.references == [] and missing.brands == ["Acme", "nova-tea"]


def test_holds_name_held_images_blocked_images_and_refused_requests(services: Services) -> None:
    thread = services.thread_id
    queue = ReviewQueue(review_db(services.settings.home))
    queue.add(SHA_A, thread_id=thread, reasons=["rule logo-recolour"])
    queue.add(SHA_B, thread_id="elsewhere", reasons=["not this conversation"])
    ledger = services.ledger
    ledger.record(
        _moderation_row(
            thread, "moderate_input", "rejected", error="rule fake-document (illicit): fake IDs"
        )
    )
    ledger.record(
        _moderation_row(thread, "review", "rejected", assets=[SHA_B], error="flagged: violence")
    )
    out = lookup_holds(services, TurnState(), LookupHolds(image=None))
    by_what = {h.what: h for h in out.holds}
    assert set(by_what) == {"image held for review", "request refused", "image blocked"}
    assert by_what["image held for review"].reasons == ["rule logo-recolour"]
    assert by_what["image held for review"].status == "open"
    assert by_what["request refused"].reasons == ["rule fake-document (illicit): fake IDs"]
    assert by_what["image blocked"].image == SHA_B[:12]
    one = lookup_holds(services, TurnState(), LookupHolds(image=SHA_A[:8]))
    assert [h.what for h in one.holds] == ["image held for review"]


def test_lists_are_bounded(services: Services) -> None:
    for i in range(MAX_LOOKUP_ITEMS + 5):
        services.ledger.record(
            call_record(thread_id=services.thread_id, assets=[f"{i:064x}"], cost_usd=0.01)
        )
    out = lookup_images(services, TurnState(), LookupImages(limit=500))
    assert len(out.images) == MAX_LOOKUP_ITEMS
    assert out.images_total_usd == pytest.approx(0.01 * (MAX_LOOKUP_ITEMS + 5))


def test_run_lookup_returns_json_and_reports_a_store_it_cannot_read(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    call = LookupCall(name="lookup_spend", call_id="call_1", args=LookupSpend())
    assert json.loads(run_lookup(services, TurnState(), call))["session"]["spent_usd"] == 0.0

    def broken() -> None:
        raise StorageError("the ledger database is locked")

    monkeypatch.setattr(services.ledger, "spent", lambda **_: broken())
    assert json.loads(run_lookup(services, TurnState(), call)) == {
        "error": "the ledger database is locked"
    }
