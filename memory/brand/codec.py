"""Chroma metadata for a brand reference, and the filters over it.

Chroma metadata holds only flat scalars, so a ``Reference`` is written as strings and
numbers ("" stands for None, tags are comma-joined, each provider's Files API id is its own
key) and read back the same way. Image fingerprints are written once on add; later
updates leave them out, and Chroma merges the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from memory.brand.records import Reference, check_kind

FILE_ID_PREFIX = "file_id:"
# The image fingerprints: most of each entry's metadata, written on add only.
FINGERPRINT_KEYS = frozenset({"signature", "grid"})


def clean_tags(tags: Sequence[str]) -> list[str]:
    # Tags are stored as one comma-joined string, so a comma inside a tag splits it.
    if isinstance(tags, str):
        tags = [tags]
    seen: dict[str, None] = {}
    for tag in tags:
        for part in tag.split(","):
            part = " ".join(part.split())
            if part:
                seen.setdefault(part, None)
    return list(seen)


def facet(status: str, brand: str, kind: str) -> str:
    return f"{status}|{brand}|{kind}"


def where(
    *,
    status: str | None = None,
    brand: str | None = None,
    kinds: Sequence[str] | None = None,
) -> dict[str, Any] | None:
    unique = sorted({check_kind(kind) for kind in kinds or ()})
    if status is not None and brand is not None and len(unique) == 1:
        # One equality on a combined field: Chroma filters it much faster than an $and of 3.
        return {"facet": facet(status, brand.strip(), unique[0])}
    conditions: list[dict[str, Any]] = []
    if status is not None:
        conditions.append({"status": status})
    if brand is not None:
        conditions.append({"brand": brand.strip()})
    if len(unique) == 1:
        conditions.append({"kind": unique[0]})
    elif unique:
        conditions.append({"kind": {"$in": unique}})
    if not conditions:
        return None
    if len(conditions) == 1:
        return conditions[0]
    return {"$and": conditions}


def _iso(ts: datetime | None) -> str:
    return ts.isoformat() if ts is not None else ""


def _dt(text: Any) -> datetime | None:
    return datetime.fromisoformat(str(text)) if text else None


def to_metadata(
    ref: Reference, *, extra: Mapping[str, str] | None = None
) -> dict[str, str | int | float | bool]:
    # Chroma metadata cannot hold None or lists: "" stands for None, tags are comma-joined,
    # and each provider's cached file id is its own key.
    meta: dict[str, str | int | float | bool] = {
        "brand": ref.brand,
        "kind": ref.kind,
        "status": ref.status,
        "facet": facet(ref.status, ref.brand, ref.kind),
        "width": ref.width,
        "height": ref.height,
        "sha256": ref.sha256,
        "path": ref.path,
        "tags": ",".join(ref.tags),
        "description": ref.description,
        "phash": ref.phash,
        "signature": "",
        "grid": "",
        "approved_by": ref.approved_by or "",
        "approved_at": _iso(ref.approved_at),
        "retired_at": _iso(ref.retired_at),
        "created_at": _iso(ref.created_at),
        "promoted_from": ref.promoted_from or "",
    }
    for provider, file_id in ref.file_ids.items():
        meta[FILE_ID_PREFIX + provider] = file_id
    meta.update(extra or {})
    return meta


def from_metadata(ref_id: str, meta: Mapping[str, Any], document: str | None) -> Reference:
    tags = str(meta.get("tags") or "")
    created = _dt(meta.get("created_at"))
    file_ids = {
        key[len(FILE_ID_PREFIX) :]: str(value)
        for key, value in meta.items()
        if key.startswith(FILE_ID_PREFIX) and value
    }
    return Reference(
        id=ref_id,
        sha256=str(meta["sha256"]),
        path=str(meta["path"]),
        brand=str(meta["brand"]),
        kind=meta["kind"],
        tags=[t for t in tags.split(",") if t],
        description=str(meta.get("description", document or "")),
        status=meta["status"],
        width=int(meta["width"]),
        height=int(meta["height"]),
        phash=str(meta.get("phash") or ""),
        approved_by=str(meta.get("approved_by") or "") or None,
        approved_at=_dt(meta.get("approved_at")),
        retired_at=_dt(meta.get("retired_at")),
        created_at=created or datetime.fromtimestamp(0, UTC),
        promoted_from=str(meta.get("promoted_from") or "") or None,
        file_ids=file_ids,
    )


def update_metadata(ref: Reference, *, cleared: Sequence[str] = ()) -> dict[str, Any]:
    """Metadata for an update: the fingerprints left as written, ``cleared`` providers' ids
    removed (Chroma merges on update, so a key is only removed by writing it empty)."""
    meta: dict[str, Any] = to_metadata(ref)
    for key in FINGERPRINT_KEYS:
        meta.pop(key)
    for provider in cleared:
        meta[FILE_ID_PREFIX + provider] = ""
    return meta
