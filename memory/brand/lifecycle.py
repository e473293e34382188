"""The approval life cycle of a brand reference: pending -> approved -> retired.

One rule per step, shared by single and batch calls: only a pending reference can be
approved (and someone must say they approve it), and a retired one stays retired. Each
function returns the updated copy or raises ``StateConflict`` saying why not.
"""

from __future__ import annotations

from datetime import UTC, datetime

from core.errors import InputError, StateConflict
from memory.brand.records import Reference


def approver(by: str) -> str:
    by = by.strip()
    if not by:
        raise InputError("say who approves the reference")
    return by


def approved(ref: Reference, *, by: str, now: datetime | None = None) -> Reference:
    """``ref`` approved by ``by``; a retired or already approved one is a conflict."""
    if ref.status == "retired":
        raise StateConflict(f"{ref.id} is retired and cannot be approved")
    if ref.status == "approved":
        when = ref.approved_at.isoformat(timespec="seconds") if ref.approved_at else "?"
        raise StateConflict(f"{ref.id} is already approved by {ref.approved_by} at {when}")
    return ref.model_copy(
        update={
            "status": "approved",
            "approved_by": approver(by),
            "approved_at": now or datetime.now(UTC),
        }
    )


def retired(ref: Reference, *, now: datetime | None = None) -> Reference:
    """``ref`` taken out of use for good; retiring twice is a conflict."""
    if ref.status == "retired":
        when = ref.retired_at.isoformat(timespec="seconds") if ref.retired_at else "?"
        raise StateConflict(f"{ref.id} is already retired (at {when})")
    return ref.model_copy(update={"status": "retired", "retired_at": now or datetime.now(UTC)})
