"""A brand reference's reach, on a real history: turns through Runner on the offline engine
(the logo sent to the image model, a Responses edit, a final render, a later turn of the
same conversation), exports, a promotion, human review decisions; then exactly those are
found, exactly the published ones are queued, once."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from agent.context import Services
from agent.export import export_asset
from agent.runner import Runner
from core.settings import Settings
from memory.assets import AssetStore
from memory.brand.records import Reference
from memory.ledger import Ledger
from memory.lineage import (
    Impact,
    queue_published,
    reference_impact,
    review_status,
)
from memory.review_queue import ReviewQueue, review_db
from tests.helpers import call_record, offline_services, png_bytes


def _logo(path: Path, colour: tuple[int, int, int]) -> Path:
    img = Image.new("RGB", (200, 120), (255, 255, 255))
    ImageDraw.Draw(img).ellipse((20, 20, 100, 100), fill=colour)
    img.save(path)
    return path


@dataclass
class History:
    services: Services
    queue: ReviewQueue
    logo: Reference
    unused: Reference
    draft: str  # t-a turn 1: made with the logo (Image API)
    edit: str  # t-a turn 2: a Responses edit that was sent the logo too
    final: str  # t-a turn 3: final render of the edit
    later: str  # t-a turn 4: a new image in the same Responses conversation
    story: str  # t-b: made with the logo, promoted, approved by a person, exported
    plain: str  # t-c: no reference at all
    final_export: str
    story_export: str
    rejected_export: str  # export of the draft a person rejected
    promoted: str

    def impact(self, ref: Reference | None = None) -> list[tuple[str, str]]:
        found = reference_impact(
            self.services.brand.get((ref or self.logo).id),
            assets=self.services.assets,
            ledger=self.services.ledger,
            queue=self.queue,
            references=self.services.brand.list(),
        )
        return [(i.sha256, i.kind) for i in found.images]


@pytest.fixture
def history(settings: Settings, tmp_path: Path, runner_factory: Callable[..., Runner]) -> History:
    settings = settings.model_copy(update={"partial_images": 0})
    services = offline_services(settings)
    logo = services.brand.add(
        _logo(tmp_path / "logo.png", (220, 30, 30)),
        brand="acme",
        kind="logo",
        tags=["primary"],
        description="Acme red logo",
    )
    services.brand.approve(logo.id, by="alice")
    unused = services.brand.add(
        _logo(tmp_path / "other.png", (30, 30, 220)), brand="acme", kind="style"
    )

    def turn(thread: str, brief: str, action: str) -> tuple[str, list[str]]:
        runner = runner_factory(thread, services)
        state = runner.turn(brief).state
        assert state.decision is not None and state.decision.action == action, brief
        assert [i.review for i in state.images] == ["pass"], brief
        return state.images[0].asset.sha256, state.decision.reference_ids

    draft, used = turn(
        "t-a", "A square post for Acme with the logo and the copy “Hello”", "generate"
    )
    assert used == [logo.id]
    edit, used = turn("t-a", "Add the Acme logo in the top corner", "edit")
    assert used == [logo.id]
    final, used = turn("t-a", "Finalize it", "finalize")
    later, used = turn("t-a", "A new square post with the copy “Again”", "generate")
    assert used == []
    story, used = turn("t-b", "A story for Acme with the logo", "generate")
    assert used == [logo.id]
    plain, used = turn("t-c", "A square post with the copy “Plain”", "generate")
    assert used == []

    queue = ReviewQueue(review_db(settings.home))
    # A person approved the story (it had been held) and rejected the first draft.
    queue.approve(queue.add(story, thread_id="t-b", reasons=["logo check"]).id, reviewer="alice")
    queue.reject(queue.add(draft, thread_id="t-a", reasons=["copy"]).id, reviewer="kim")

    def export(sha: str, thread: str | None) -> str:
        return export_asset(
            services.assets,
            services.ledger,
            sha,
            "story",
            out_dir=tmp_path / "exports",
            thread_id=thread,
        ).asset.sha256

    final_export = export(final, None)
    story_export = export(story, "t-b")
    rejected_export = export(draft, None)
    promoted = services.brand.promote(story, brand="acme", kind="style").reference.id
    return History(
        services,
        queue,
        logo,
        unused,
        draft,
        edit,
        final,
        later,
        story,
        plain,
        final_export,
        story_export,
        rejected_export,
        promoted,
    )


def _impact(history: History, ref: Reference) -> Impact:
    return reference_impact(
        ref,
        assets=history.services.assets,
        ledger=history.services.ledger,
        queue=history.queue,
        references=history.services.brand.list(),
    )


def test_impact_lists_exactly_what_the_reference_reached(history: History) -> None:
    h = history
    impact = _impact(h, h.logo)
    kinds = {i.sha256: i.kind for i in impact.images}
    expected = {
        h.draft: "made-with",
        h.story: "made-with",
        h.later: "continued",
        h.final: "final",
        h.final_export: "export",
        h.story_export: "export",
        h.rejected_export: "export",
    }
    # A final render that gives back its draft's bytes is that same asset, found first as
    # made with the logo; it is a final render all the same.
    expected[h.edit] = "made-with"
    assert kinds == expected
    assert h.plain not in kinds
    by_sha = {i.sha256: i for i in impact.images}
    assert [i.sha256 for i in impact.images if i.finalized] == [h.final]
    assert by_sha[h.final_export].source == h.final
    if h.final != h.edit:
        assert by_sha[h.final].source == h.edit
    assert "(responses)" in by_sha[h.edit].how and "(image-api)" in by_sha[h.draft].how
    assert by_sha[h.final_export].note == "export story crop png"
    # Filed under no thread, the export of the final is listed where the final was made.
    assert by_sha[h.final_export].threads == ["t-a"]
    assert impact.threads == ["t-a", "t-b"]
    assert set(impact.exports) == {h.final_export, h.story_export, h.rejected_export}
    assert {i.sha256: i.review for i in impact.images if i.kind == "export"} == {
        h.final_export: "pass",
        h.story_export: "approved",
        h.rejected_export: "rejected",
    }
    # Drafts that passed are not published; the rejected draft's export was withdrawn.
    assert set(impact.published) == {h.final, h.final_export, h.story_export}
    assert [(p.id, p.promoted_from) for p in impact.promoted] == [(h.promoted, h.story)]
    assert all(i.queued is None for i in impact.images)


def test_retired_reference_queues_each_published_output_once(history: History) -> None:
    h = history
    retired = h.services.brand.retire(h.logo.id)
    before = {i.id for i in h.queue.list(status=None, limit=1000)}

    def run() -> list[tuple[str, str | None]]:
        impact = queue_published(
            reference_impact(
                retired,
                assets=h.services.assets,
                ledger=h.services.ledger,
                queue=h.queue,
                references=h.services.brand.list(),
            ),
            h.queue,
            why="logo redesign",
        )
        return [(i.sha256, i.queued.id if i.queued else None) for i in impact.images]

    first = run()
    new = [i for i in h.queue.list(status=None, limit=1000) if i.id not in before]
    assert {i.asset_sha256 for i in new} == {h.final, h.final_export, h.story_export}
    for item in new:
        assert item.status == "open" and len(item.reasons) == 1
        assert item.reasons[0].startswith(f"brand reference {h.logo.id} was retired: logo redesign")
    assert {i.asset_sha256: i.thread_id for i in new}[h.story_export] == "t-b"
    # Listing again (the items still open) gives the same answer and queues nothing more.
    assert run() == first
    assert len(h.queue.list(status=None, limit=1000)) == len(before) + 3
    queued = {sha: item for sha, item in first if item}
    assert set(queued) == {h.final, h.final_export, h.story_export}


def test_a_reference_never_used_has_no_impact(history: History) -> None:
    impact = _impact(history, history.unused)
    assert impact.empty and impact.images == [] and impact.threads == []
    assert impact.exports == [] and impact.published == [] and impact.promoted == []


def test_edits_of_the_reference_image_itself_are_reached(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "assets")
    ledger = Ledger(tmp_path / "ledger.sqlite")
    queue = ReviewQueue(tmp_path / "review.sqlite")
    ref_asset = store.put_bytes(png_bytes(color=(200, 0, 0)), source="brand-reference")
    # The reference's file uploaded and edited in a thread: same bytes, same asset.
    edited = store.put_bytes(
        png_bytes(color=(0, 200, 0)), parent=ref_asset.sha256, source="edited", thread_id="t-x"
    )
    ref = Reference(
        id="ref_" + ref_asset.sha256[:12],
        sha256=ref_asset.sha256,
        path=ref_asset.path,
        brand="acme",
        kind="logo",
        tags=[],
        description="",
        status="retired",
        width=ref_asset.width,
        height=ref_asset.height,
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )
    impact = reference_impact(ref, assets=store, ledger=ledger, queue=queue)
    assert [(i.sha256, i.kind, i.how, i.threads) for i in impact.images] == [
        (edited.sha256, "edit", "edit of the reference image", ["t-x"])
    ]
    store.delete(edited.sha256)
    assert reference_impact(ref, assets=store, ledger=ledger, queue=queue).empty


def test_review_status_prefers_people_then_the_last_verdict(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite")
    queue = ReviewQueue(tmp_path / "review.sqlite")
    sha = "a" * 64
    assert review_status(ledger, queue, sha) == "unreviewed"
    for final in ("review", "pass"):
        ledger.record(
            call_record(
                node="review",
                surface="moderation",
                outcome="moderated",
                moderation=json.dumps({"final": final}),
                assets=[sha],
            )
        )
    assert review_status(ledger, queue, sha) == "pass"
    item = queue.add(sha, thread_id="t1", reasons=["rule x"])
    assert review_status(ledger, queue, sha) == "held"
    # A second reason on the open item is kept, once.
    queue.add_reason(item.id, "brand reference ref_000000000000 was retired: x")
    queue.add_reason(item.id, "brand reference ref_000000000000 was retired: x")
    assert queue.get(item.id).reasons == [
        "rule x",
        "brand reference ref_000000000000 was retired: x",
    ]
    queue.reject(item.id, reviewer="kim")
    assert review_status(ledger, queue, sha) == "rejected"
    queue.approve(queue.add(sha, thread_id="t2", reasons=["again"]).id, reviewer="alice")
    assert review_status(ledger, queue, sha) == "approved"
    ledger.record(call_record(node="review", outcome="rejected", assets=["b" * 64]))
    assert review_status(ledger, queue, "b" * 64) == "block"
