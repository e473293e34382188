"""A brand reference's reach: the images, threads, exports and references made with it.

This module owns the question a revocation asks ("this reference may no longer be used:
what carries it?") and the review items that answer it. It reads what the stores keep:

- the asset store's ``inputs`` (the brand references each image call was sent, recorded
  by the render step) and ``provenance`` (every parent -> child: edits, final renders,
  exports, each with its thread);
- the ledger: which node made an image (a final render is the ``finalize`` node's), the
  Responses conversations that were sent the reference, and the review node's verdicts;
- the review queue, for what people decided;
- the brand library's references, for those promoted from an affected image.

An affected image is one of:

========== ===================================================================================
made-with  an image call was sent the reference (an Image API input image or a Responses part)
continued  made later by the Responses image tool in a thread whose conversation had been sent
           the reference: the provider keeps earlier inputs in the conversation's context
edit       an edit of an affected image, or of the reference's own image (an upload of it)
final      a final render of an affected draft
export     a channel export of an affected image
========== ===================================================================================

**Still published** is what left the draft stage and has not been withdrawn: a final
render (an image a finalize call returned, whatever way it was found) whose review passed
(the review node's verdict, or a person approved it), and an
export whose source image's review passed (an export is not reviewed itself, so it
inherits the review of the image it was cut from). A person rejecting the image in the
review queue withdraws it. Review items opened by a revocation and still undecided do not
count as a verdict, so listing twice gives the same answer; ``queue_published`` opens one
item per published output and reference, never a second one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

import pydantic

from core.errors import NotFound
from core.types import ReviewOutcome
from memory.assets import AssetStore
from memory.brand.records import Reference
from memory.ledger import Ledger
from memory.review_queue import ReviewItem, ReviewQueue, Status

ImpactKind = Literal["made-with", "continued", "edit", "final", "export"]
# What review said of an image: a person's decision in the queue ("approved", "rejected", or
# "held" while open), else the review node's last verdict, else "unreviewed".
ReviewStatus = ReviewOutcome | Literal["approved", "rejected", "held", "unreviewed"]
PASSED: frozenset[str] = frozenset({"approved", "pass"})
# Every reason a revocation writes starts so; the reference id follows.
REVOCATION_PREFIX = "brand reference "
_IMAGE_NODES = ("generate", "edit")


class QueueEntry(pydantic.BaseModel):
    """The review item a revocation of this reference opened for an image."""

    id: str
    status: Status


class ImpactedImage(pydantic.BaseModel):
    sha256: str
    kind: ImpactKind
    # The affected image (or the reference's own image) this one was derived from; None
    # when the call that made it was sent the reference itself or continued its conversation.
    source: str | None = None
    threads: list[str] = pydantic.Field(default_factory=list)
    how: str
    note: str | None = None
    review: ReviewStatus = "unreviewed"
    # A finalize call made this image (also when it gave back bytes already stored).
    finalized: bool = False
    published: bool = False
    queued: QueueEntry | None = None


class PromotedReference(pydantic.BaseModel):
    id: str
    sha256: str
    status: str
    promoted_from: str | None


class Impact(pydantic.BaseModel):
    """Everything made with one brand reference, in the order it was found."""

    reference: str
    sha256: str
    status: str
    images: list[ImpactedImage] = pydantic.Field(default_factory=list)
    threads: list[str] = pydantic.Field(default_factory=list)
    exports: list[str] = pydantic.Field(default_factory=list)
    published: list[str] = pydantic.Field(default_factory=list)
    promoted: list[PromotedReference] = pydantic.Field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.images and not self.promoted


def is_revocation(item: ReviewItem) -> bool:
    return any(r.startswith(REVOCATION_PREFIX + "ref_") for r in item.reasons)


def _marker(reference_id: str) -> str:
    return f"{REVOCATION_PREFIX}{reference_id} "


def review_status(
    ledger: Ledger,
    queue: ReviewQueue,
    sha256: str,
    *,
    skip: Callable[[ReviewItem], bool] | None = None,
) -> ReviewStatus:
    """What review said of ``sha256``: a person's decision wins (approval over rejection
    over an open item), then the review node's last verdict. Items ``skip`` selects are
    left out."""
    items = [i for i in queue.items_for(sha256) if skip is None or not skip(i)]
    statuses = {i.status for i in items}
    if "approved" in statuses:
        return "approved"
    if "rejected" in statuses:
        return "rejected"
    if "open" in statuses:
        return "held"
    for row in reversed(ledger.rows_for_asset(sha256)):
        if row.node != "review":
            continue
        if row.outcome == "rejected":
            return "block"
        try:
            final = json.loads(row.moderation or "{}").get("final")
        except (json.JSONDecodeError, AttributeError):
            return "unreviewed"
        if final in ("pass", "review", "block"):
            status: ReviewStatus = final
            return status
        return "unreviewed"
    return "unreviewed"


def review_passed(ledger: Ledger, queue: ReviewQueue, sha256: str) -> bool:
    """Whether the asset passed review: a human approved it in the review queue, or the
    review node's last verdict on it was ``pass`` (not held, not blocked)."""
    return review_status(ledger, queue, sha256) in PASSED


def _open_revocation(item: ReviewItem) -> bool:
    # An undecided revocation item is a question, not a verdict on the image.
    return item.status == "open" and is_revocation(item)


@dataclass
class _Found:
    kind: ImpactKind
    source: str | None
    how: str
    note: str | None = None
    threads: list[str] = field(default_factory=list)


def reference_impact(
    reference: Reference,
    *,
    assets: AssetStore,
    ledger: Ledger,
    queue: ReviewQueue,
    references: Iterable[Reference] = (),
) -> Impact:
    """Every image, thread and export made with ``reference``, which of them are still
    published, the review items already opened for them, and the library references
    promoted from them (``references``: the library, or the part of it to look through)."""
    found: dict[str, _Found] = {}

    def add(sha: str, item: _Found, thread: str | None) -> None:
        known = found.setdefault(sha, item)
        if thread and thread not in known.threads:
            known.threads.append(thread)

    conversations: list[tuple[str, str]] = []
    for use in assets.made_with(reference.sha256):
        surface = use["surface"] or "image call"
        how = f"made with {reference.id} sent to the image model ({surface})"
        add(use["sha256"], _Found("made-with", None, how), use["thread_id"])
        if use["surface"] == "responses" and use["thread_id"]:
            conversations.append((use["thread_id"], use["created_at"]))
    for thread, since in conversations:
        for row in ledger.rows(thread_id=thread, since=datetime.fromisoformat(since)):
            if row.surface != "responses" or row.node not in _IMAGE_NODES:
                continue
            if row.outcome not in ("generated", "edited"):
                continue
            how = f"made later in the conversation of thread {thread}, sent {reference.id} before"
            for sha in row.assets:
                add(sha, _Found("continued", None, how), thread)
    pending = [reference.sha256, *found]
    seen = set(pending)
    while pending:
        parent = pending.pop(0)
        origin = "the reference image" if parent == reference.sha256 else parent[:12]
        for child in assets.children(parent):
            sha = child["sha256"]
            kind = _child_kind(ledger, child["source"], sha)
            how = {
                "export": f"export of {origin}",
                "final": f"final render of {origin}",
            }.get(kind, f"edit of {origin}")
            note = child["note"] if kind == "export" else None
            add(sha, _Found(kind, parent, how, note), child["thread_id"])
            if sha not in seen:
                seen.add(sha)
                pending.append(sha)

    impact = Impact(reference=reference.id, sha256=reference.sha256, status=reference.status)
    statuses: dict[str, ReviewStatus] = {}
    for sha, item in found.items():
        try:
            provenance = assets.provenance(sha)
        except NotFound:
            continue  # purged from the store: nothing of it is left to withdraw
        for entry in provenance:
            if entry["thread_id"] and entry["thread_id"] not in item.threads:
                item.threads.append(entry["thread_id"])
        if not item.threads and item.source in found:
            # An export filed under no thread belongs where its source was made.
            item.threads = list(found[item.source].threads)
        own = review_status(ledger, queue, sha, skip=_open_revocation)
        statuses[sha] = own
        review = own
        if item.kind == "export" and own == "unreviewed" and item.source is not None:
            # Exports are cut from reviewed images, never reviewed themselves.
            review = statuses.get(item.source) or review_status(
                ledger, queue, item.source, skip=_open_revocation
            )
        finalized = item.kind == "final" or _finalized(ledger, sha)
        published = (finalized or item.kind == "export") and review in PASSED
        queued = next(
            (
                QueueEntry(id=i.id, status=i.status)
                for i in queue.items_for(sha)
                if any(r.startswith(_marker(reference.id)) for r in i.reasons)
            ),
            None,
        )
        impact.images.append(
            ImpactedImage(
                sha256=sha,
                kind=item.kind,
                source=item.source,
                threads=item.threads,
                how=item.how,
                note=item.note,
                review=review,
                finalized=finalized,
                published=published,
                queued=queued,
            )
        )
    impact.threads = sorted({t for i in impact.images for t in i.threads})
    impact.exports = [i.sha256 for i in impact.images if i.kind == "export"]
    impact.published = [i.sha256 for i in impact.images if i.published]
    affected = {i.sha256 for i in impact.images}
    impact.promoted = [
        PromotedReference(id=r.id, sha256=r.sha256, status=r.status, promoted_from=r.promoted_from)
        for r in references
        if r.id != reference.id and (r.sha256 in affected or r.promoted_from in affected)
    ]
    return impact


def _finalized(ledger: Ledger, sha: str) -> bool:
    return any(r.node == "finalize" and r.outcome == "edited" for r in ledger.rows_for_asset(sha))


def _child_kind(ledger: Ledger, source: str, sha: str) -> ImpactKind:
    if source == "export":
        return "export"
    return "final" if _finalized(ledger, sha) else "edit"


def revocation_reason(impact: Impact, image: ImpactedImage, why: str | None) -> str:
    """The reason a published output is queued: which reference, what happened, why, and
    how the image carries it."""
    verb = "was retired" if impact.status == "retired" else "is under revocation review"
    said = why.strip() if why and why.strip() else "it may no longer be used"
    return f"{_marker(impact.reference)}{verb}: {said} (this image: {image.how})"


def queue_published(impact: Impact, queue: ReviewQueue, *, why: str | None = None) -> Impact:
    """Open a review item for each still-published output of ``impact`` that has none for
    this reference yet; returns the impact with each output's item."""
    images: list[ImpactedImage] = []
    for image in impact.images:
        if image.published and image.queued is None:
            reason = revocation_reason(impact, image, why)
            thread = image.threads[0] if image.threads else None
            item = queue.add(image.sha256, thread_id=thread, reasons=[reason])
            if reason not in item.reasons:
                # The image was already open in that thread for another reason.
                item = queue.add_reason(item.id, reason)
            image = image.model_copy(update={"queued": QueueEntry(id=item.id, status=item.status)})
        images.append(image)
    return impact.model_copy(update={"images": images})
