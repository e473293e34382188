"""What the page can do, as plain blocking calls over the same parts the CLI uses.

Turns go through ``Runner`` (one per thread, over ``Services`` shared by every thread, see
``agent.server.ServicesPool``); the brand library through ``BrandIndex``; the review queue,
the ledger, export and promotion through the same functions as their CLI commands. The
routes (``agent.web.routes``) run these calls on worker threads and turn them into JSON.

Every view handed to the page is plain data: ids, sha256s, sizes, text. File paths stay
here; images reach the page by sha256 from the asset store.
"""

from __future__ import annotations

import getpass
import hashlib
import io
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PIL import Image

from agent.budget import start_of_day
from agent.paths import readable_input
from agent.runner import Runner, TurnResult
from agent.server import ServicesPool
from agent.state import STATE_TYPES, TurnState
from agent.web.jobs import Job
from agent.web.uploads import Part
from core.errors import AtelierError, InputError, NotFound, StateConflict
from core.settings import Settings
from core.types import REFERENCE_KINDS
from memory.assets import AssetRef, resolve_inside
from memory.brand.records import AddItem, Reference, Status, check_kind
from memory.checkpoints import close_checkpointer, open_checkpointer
from memory.ledger import CallRecord
from memory.review_queue import ReviewItem, ReviewQueue
from memory.stores import open_review_queue
from tools.sizes import CHANNELS, PRESETS

THREAD_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$")
IMAGE_NODES = ("generate", "edit", "finalize")
IMAGE_OUTCOMES = ("generated", "edited")
KEEP_RUNNERS = 16
THUMB_SIZES = (96, 160, 320, 640)
REPORT_FILES = {".html", ".json", ".png", ".jpg", ".jpeg", ".webp", ".csv", ".svg"}
MAX_REPORTS = 500
ADVICE_MARK = "What you can change: "
CrashHandler = Callable[[BaseException], Path | None]


def check_thread_id(thread_id: str) -> str:
    # The id names a folder under previews/: nothing that could climb out of it.
    if not THREAD_ID.match(thread_id):
        raise InputError(f"{thread_id!r} is not a thread id")
    return thread_id


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def ref_view(ref: Reference) -> dict[str, Any]:
    return {
        "id": ref.id,
        "sha": ref.sha256,
        "brand": ref.brand,
        "kind": ref.kind,
        "tags": ref.tags,
        "description": ref.description,
        "status": ref.status,
        "width": ref.width,
        "height": ref.height,
        "approved_by": ref.approved_by,
        "approved_at": _iso(ref.approved_at),
        "retired_at": _iso(ref.retired_at),
        "created_at": _iso(ref.created_at),
        "promoted_from": ref.promoted_from,
    }


def review_view(item: ReviewItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "sha": item.asset_sha256,
        "thread_id": item.thread_id,
        "reasons": item.reasons,
        "status": item.status,
        "reviewer": item.reviewer,
        "note": item.note,
        "opened_at": _iso(item.opened_at),
        "started_at": _iso(item.started_at),
        "decided_at": _iso(item.decided_at),
        "seconds_spent": item.seconds_spent,
    }


def sent_view(row: CallRecord, settings: Settings) -> dict[str, Any]:
    """The exact prompt and parameters of one image call, as the ledger recorded them."""
    return {
        "model": row.model,
        "surface": row.surface,
        "prompt": row.prompt,
        "size": row.size,
        "quality": row.quality,
        "n": row.n,
        "moderation": settings.image_moderation,
        "partial_images": settings.partial_images,
        "estimate_usd": row.estimate_usd,
        "cost_usd": row.cost_usd,
        "request_id": row.request_id,
        "latency_ms": row.latency_ms,
        "attempt": row.attempt,
    }


@dataclass(frozen=True)
class Report:
    id: str
    name: str
    folder: Path
    modified: float


class Studio:
    """The page's operations; every method blocks and may raise ``AtelierError``."""

    def __init__(
        self,
        settings: Settings,
        *,
        report_roots: Sequence[Path] = (),
        on_crash: CrashHandler | None = None,
    ) -> None:
        self.settings = settings
        self.pool = ServicesPool(settings)
        self.report_roots = [settings.home / "runs", *report_roots]
        self.on_crash = on_crash
        self._runners: OrderedDict[str, Runner] = OrderedDict()
        self._busy: set[str] = set()
        self._lock = threading.Lock()
        self._thumbs: OrderedDict[tuple[str, int], bytes] = OrderedDict()
        self._reports: dict[str, Report] = {}
        settings.home.mkdir(parents=True, exist_ok=True)

    @property
    def staging(self) -> Path:
        return self.settings.home / "uploads"

    def close(self) -> None:
        with self._lock:
            for runner in self._runners.values():
                runner.close()
            self._runners.clear()

    # -- threads and runners -----------------------------------------------------------------

    def runner(self, thread_id: str) -> Runner:
        check_thread_id(thread_id)
        with self._lock:
            runner = self._runners.get(thread_id)
            if runner is not None:
                self._runners.move_to_end(thread_id)
                return runner
            runner = Runner(
                self.settings, thread_id=thread_id, services=self.pool.for_thread(thread_id)
            )
            self._runners[thread_id] = runner
            idle = [t for t in self._runners if t not in self._busy and t != thread_id]
            while len(self._runners) > KEEP_RUNNERS and idle:
                self._runners.pop(idle.pop(0)).close()
            return runner

    def claim(self, thread_id: str) -> None:
        """Mark the thread busy for one job; a second job on it is refused until it ends."""
        check_thread_id(thread_id)
        with self._lock:
            if thread_id in self._busy:
                raise StateConflict(
                    "this thread is still working on a turn", hint="wait for it to finish"
                )
            self._busy.add(thread_id)

    def release(self, thread_id: str) -> None:
        with self._lock:
            self._busy.discard(thread_id)

    def busy(self, thread_id: str) -> bool:
        with self._lock:
            return thread_id in self._busy

    def threads(self) -> list[dict[str, Any]]:
        ledger = self.pool.base.ledger
        found: dict[str, dict[str, Any]] = {}
        for group in ledger.cost_by("session"):
            thread_id = group["session"]
            if thread_id:
                found[thread_id] = {
                    "id": thread_id,
                    "title": "",
                    "last": None,
                    "calls": group["calls"],
                    "cost_usd": group["cost_usd"],
                }
        # Titles and activity from recent rows only: enough for the list, cheap on a big ledger.
        for row in ledger.rows(limit=5000):
            entry = found.get(row.thread_id or "")
            if entry is None:
                continue
            entry["last"] = row.ts.isoformat()
            if not entry["title"] and row.node in ("moderate_input", "input") and row.prompt:
                entry["title"] = " ".join(row.prompt.split())[:80]
        # "default" is the thread of calls made outside any turn (brand library embeddings).
        listed = [t for t in found.values() if THREAD_ID.match(t["id"]) and t["id"] != "default"]
        return sorted(listed, key=lambda t: t["last"] or "", reverse=True)

    def thread(self, thread_id: str) -> dict[str, Any]:
        runner = self.runner(thread_id)
        rows = self._image_rows(thread_id)
        busy = self.busy(thread_id)
        history = list(runner.graph.get_state_history(runner.config))
        turns: list[dict[str, Any]] = []
        for index, snapshot in enumerate(reversed(history)):
            is_head = index == len(history) - 1
            if snapshot.next and not is_head:
                continue
            state = TurnState.model_validate(snapshot.values or {})
            if state.turn == 0:
                continue
            status = "done"
            if snapshot.next and busy:
                # Mid-turn because a job is running it now, not because it stopped.
                status = "running"
            elif snapshot.next:
                status = "question" if runner.pending_question() else "unfinished"
            turns.append(self.turn_view(state, status, rows, runner=runner))
        head = runner.state()
        return {
            "id": thread_id,
            "turns": turns,
            "busy": busy,
            "current_image": head.current_image.sha256 if head.current_image else None,
        }

    # -- turns -------------------------------------------------------------------------------

    def run_job(
        self,
        job: Job,
        thread_id: str,
        work: Callable[[Runner, TurnListener], TurnResult],
        *,
        before_end: Callable[[], None] | None = None,
    ) -> None:
        """Run one call into the runner on this (worker) thread, publishing as it goes.

        ``before_end`` runs before the job's last event (staged uploads are removed then),
        so a page that saw the end never finds them still there.
        """
        try:
            runner = self.runner(thread_id)
            listener = TurnListener(self, job, runner)
            result = work(runner, listener)
            rows = self._image_rows(thread_id)
            status = "question" if result.status == "question" else "done"
            job.publish(
                {
                    "kind": "result",
                    "turn": self.turn_view(result.state, status, rows, runner=runner),
                }
            )
        except AtelierError as err:
            job.publish({"kind": "failed", "message": err.one_line()})
        except Exception as err:
            where = self.on_crash(err) if self.on_crash else None
            note = f"; the traceback is in {where}" if where else ""
            job.publish({"kind": "failed", "message": f"unexpected {type(err).__name__}{note}"})
        finally:
            self.release(thread_id)
            if before_end is not None:
                before_end()
            job.finish()

    def turn_work(
        self,
        brief: str,
        *,
        files: Sequence[Part] = (),
        mask: Part | None = None,
        image: str | None = None,
        size: str | None = None,
    ) -> Callable[[Runner, TurnListener], TurnResult]:
        """A new turn: the brief, a stored image to work on, uploaded images and a mask."""

        def work(runner: Runner, listener: TurnListener) -> TurnResult:
            for part in [*files, *([mask] if mask else [])]:
                try:
                    part.check_size()
                except AtelierError as err:
                    runner.record_refused(brief, err)
                    raise
            images = [Path(runner.services.assets.get(image).path)] if image else []
            images.extend(p.path for p in files)
            return runner.turn(
                brief,
                images=images,
                mask=mask.path if mask else None,
                size=size or None,
                on_event=listener,
            )

        return work

    @staticmethod
    def answer_work(text: str) -> Callable[[Runner, TurnListener], TurnResult]:
        return lambda runner, listener: runner.answer(text, on_event=listener)

    @staticmethod
    def resume_work() -> Callable[[Runner, TurnListener], TurnResult]:
        return lambda runner, listener: runner.resume(on_event=listener)

    def finalize_work(
        self, asset: str, size: str | None
    ) -> Callable[[Runner, TurnListener], TurnResult]:
        """Re-render a draft at final quality, worded as ``atelier finalize`` words it."""
        ref = self.pool.base.assets.get(asset)

        def work(runner: Runner, listener: TurnListener) -> TurnResult:
            return runner.turn(f"Finalize draft {ref.sha256[:12]}", size=size, on_event=listener)

        return work

    def _image_rows(self, thread_id: str) -> dict[str, CallRecord]:
        """The image call that made each asset of the thread, by sha256."""
        made: dict[str, CallRecord] = {}
        for row in self.pool.base.ledger.rows(thread_id=thread_id):
            if row.node in IMAGE_NODES and row.outcome in IMAGE_OUTCOMES:
                for sha in row.assets:
                    made[sha] = row
        return made

    def lineage(self, sha: str) -> list[str]:
        """Oldest ancestor first, this asset last."""
        try:
            return [a.sha256 for a in reversed(self.pool.base.assets.lineage(sha))]
        except NotFound:
            return [sha]

    def turn_view(
        self,
        state: TurnState,
        status: str,
        rows: dict[str, CallRecord],
        *,
        runner: Runner | None = None,
    ) -> dict[str, Any]:
        decision = state.decision
        used = set(decision.reference_ids) if decision else set()
        images = []
        for record in state.images:
            row = rows.get(record.asset.sha256)
            images.append(
                {
                    "sha": record.asset.sha256,
                    "width": record.asset.width,
                    "height": record.asset.height,
                    "size": record.size,
                    "quality": record.quality,
                    "action": record.action,
                    "surface": record.surface,
                    "review": record.review,
                    "review_notes": record.review_notes,
                    "prompt": record.prompt,
                    "parent": record.asset.parent,
                    "lineage": self.lineage(record.asset.sha256),
                    "cost_usd": row.cost_usd if row else None,
                    "estimate_usd": row.estimate_usd if row else None,
                    "sent": sent_view(row, self.settings) if row else None,
                }
            )
        view: dict[str, Any] = {
            "turn": state.turn,
            "brief": state.brief,
            "status": "refused" if state.refusal is not None and status == "done" else status,
            "message": state.message or "",
            "answer": state.answer,
            "size": state.size,
            "attachments": [a.sha256 for a in state.attachments],
            "mask": state.mask.sha256 if state.mask else None,
            "decision": decision.model_dump(exclude={"call_id"}) if decision else None,
            "images": images,
            "references": [
                {
                    "id": r.id,
                    "brand": r.brand,
                    "kind": r.kind,
                    "description": r.description,
                    "why": r.why,
                    "sha": r.asset.sha256,
                    "used": r.id in used,
                }
                for r in state.references
            ],
            "refusal": None,
            "question": None,
        }
        if state.refusal is not None:
            message = state.message or ""
            advice = state.refusal.advice or (
                message.split(ADVICE_MARK, 1)[1].rstrip(".") if ADVICE_MARK in message else ""
            )
            view["refusal"] = {
                "stage": state.refusal.stage,
                "reason": state.refusal.reason,
                "advice": advice,
                "rule_ids": state.refusal.rule_ids,
                "categories": state.refusal.categories,
            }
        if status == "question" and runner is not None:
            asked = runner.pending_question()
            if asked is not None:
                view["question"] = {"text": asked[0], "options": asked[1]}
        return view

    # -- assets ------------------------------------------------------------------------------

    def asset(self, sha: str) -> tuple[AssetRef, bytes]:
        assets = self.pool.base.assets
        ref = assets.get(sha)
        return ref, assets.read_bytes(ref)

    def thumbnail(self, sha: str, width: int) -> bytes:
        """A PNG no wider than the nearest thumbnail size at or above ``width``."""
        size = next((s for s in THUMB_SIZES if s >= width), THUMB_SIZES[-1])
        ref = self.pool.base.assets.get(sha)
        key = (ref.sha256, size)
        with self._lock:
            cached = self._thumbs.get(key)
        if cached is not None:
            return cached
        _, data = self.asset(ref.sha256)
        with Image.open(io.BytesIO(data)) as img:
            img.thumbnail((size, size * 4))
            out = io.BytesIO()
            img.convert("RGBA" if img.mode in ("RGBA", "LA", "P") else "RGB").save(out, "PNG")
        thumb = out.getvalue()
        with self._lock:
            self._thumbs[key] = thumb
            while len(self._thumbs) > 512:
                self._thumbs.popitem(last=False)
        return thumb

    def export(
        self, sha: str, preset: str, fmt: str, fit: str, thread_id: str | None
    ) -> dict[str, Any]:
        from agent.export import Fit, Format, export_asset

        if fmt not in ("png", "jpeg", "webp"):
            raise InputError(f"format {fmt!r} is not png, jpeg or webp")
        if fit not in ("crop", "pad"):
            raise InputError(f"fit {fit!r} is not crop or pad")
        if thread_id is not None:
            check_thread_id(thread_id)
        base = self.pool.base
        result = export_asset(
            base.assets,
            base.ledger,
            sha,
            preset,
            out_dir=self.settings.home / "exports",
            fmt=cast(Format, fmt),
            fit=cast(Fit, fit),
            thread_id=thread_id,
        )
        return {
            "sha": result.asset.sha256,
            "channel": result.channel.name,
            "size": result.channel.wire,
            "note": result.note,
            "format": fmt,
            "lineage": self.lineage(result.asset.sha256),
        }

    def promote(
        self, sha: str, *, brand: str, kind: str, tags: Sequence[str], description: str
    ) -> dict[str, Any]:
        from memory.lineage import review_passed

        base = self.pool.base
        stored = base.assets.get(sha)
        if not review_passed(base.ledger, self.review_queue(), stored.sha256):
            raise StateConflict(
                f"asset {stored.sha256[:12]} has not passed review; only reviewed images "
                "can be promoted"
            )
        added = base.brand.promote(
            stored.sha256, brand=brand, kind=kind, tags=tags, description=description
        )
        return {
            "reference": ref_view(added.reference),
            "near_duplicates": [n.model_dump() for n in added.near_duplicates],
            "lineage": self.lineage(stored.sha256),
        }

    # -- brand library -----------------------------------------------------------------------

    def brand_list(
        self,
        *,
        query: str = "",
        status: str = "all",
        brand: str | None = None,
        kind: str | None = None,
    ) -> dict[str, Any]:
        if status not in ("all", "pending", "approved", "retired"):
            raise InputError(f"unknown status {status!r}")
        if kind is not None:
            check_kind(kind)
        index = self.pool.base.brand
        if query.strip():
            hits = index.search(
                query, k=24, kind=kind, brand=brand, approved_only=status == "approved"
            )
            found = [
                {**ref_view(h.reference), "score": round(h.score, 3), "why": h.why}
                for h in hits
                if status in ("all", "approved") or h.reference.status == status
            ]
        else:
            wanted = None if status == "all" else cast(Status, status)
            found = [ref_view(r) for r in index.list(status=wanted, brand=brand, kind=kind)]
        return {"references": found, "brands": sorted(index.brands()), "kinds": REFERENCE_KINDS}

    def brand_add(
        self, files: Sequence[Part], *, brand: str, kind: str, tags: str, description: str
    ) -> dict[str, Any]:
        if not brand.strip():
            raise InputError("a brand reference needs a brand name")
        check_kind(kind)
        if not files:
            raise InputError("choose or drop at least one image")
        tag_list = [t.strip() for t in tags.split(",") if t.strip()]
        skipped: list[dict[str, str]] = []
        items: list[AddItem] = []
        labels: dict[str, str] = {}
        for part in files:
            try:
                part.check_size()
                path = readable_input(part.path, self.settings)
            except AtelierError as err:
                skipped.append({"source": part.filename, "reason": err.one_line()})
                continue
            labels[str(path)] = part.filename
            items.append(
                AddItem(path=path, brand=brand, kind=kind, tags=tag_list, description=description)
            )
        report = self.pool.base.brand.add_many(items)
        skipped.extend(
            {"source": labels.get(s.source, Path(s.source).name), "reason": s.reason}
            for s in report.skipped
        )
        return {
            "added": [
                {
                    "reference": ref_view(a.reference),
                    "near_duplicates": [n.model_dump() for n in a.near_duplicates],
                }
                for a in report.added
            ],
            "skipped": skipped,
        }

    def brand_approve(self, ref_id: str, by: str) -> dict[str, Any]:
        return ref_view(self.pool.base.brand.approve(ref_id, by=by.strip() or "web"))

    def brand_retire(self, ref_id: str) -> dict[str, Any]:
        return ref_view(self.pool.base.brand.retire(ref_id))

    def reference_uses(self, ref_id: str) -> list[dict[str, Any]]:
        """Every turn whose decision used this reference for an image, newest thread first."""
        ref = self.pool.base.brand.get(ref_id)
        saver = open_checkpointer(self.settings, STATE_TYPES)
        uses: dict[tuple[str, int], dict[str, Any]] = {}
        try:
            for found in saver.list(None, limit=50_000):
                values = found.checkpoint.get("channel_values", {})
                decision = values.get("decision")
                images = values.get("images") or []
                if decision is None or ref.id not in getattr(decision, "reference_ids", []):
                    continue
                if not images:
                    continue
                thread_id = str(found.config["configurable"].get("thread_id", ""))
                key = (thread_id, int(values.get("turn", 0)))
                uses.setdefault(
                    key,
                    {
                        "thread_id": thread_id,
                        "turn": key[1],
                        "brief": str(values.get("brief", "")),
                        "images": [i.asset.sha256 for i in images],
                    },
                )
        finally:
            close_checkpointer(saver)
        return sorted(uses.values(), key=lambda u: (u["thread_id"], u["turn"]))

    # -- review queue ------------------------------------------------------------------------

    def review_queue(self) -> ReviewQueue:
        return open_review_queue(self.settings)

    def review_list(self, status: str) -> dict[str, Any]:
        if status not in ("open", "all"):
            raise InputError(f"unknown review status {status!r}")
        queue = self.review_queue()
        items = queue.list(status="open" if status == "open" else None, limit=500)
        return {"items": [review_view(i) for i in items], "stats": queue.stats()}

    def review_open(self, item_id: str) -> dict[str, Any]:
        return review_view(self.review_queue().start(item_id))

    def review_decide(
        self, item_id: str, *, approve: bool, by: str, note: str | None
    ) -> dict[str, Any]:
        queue = self.review_queue()
        if approve:
            item = queue.approve(item_id, reviewer=by, note=note or None)
        else:
            item = queue.reject(item_id, reviewer=by, note=note or None)
        return review_view(item)

    # -- cost and config ---------------------------------------------------------------------

    def cost(self, thread_id: str | None) -> dict[str, Any]:
        ledger = self.pool.base.ledger
        s = self.settings
        thread = ledger.spent(thread_id=check_thread_id(thread_id)) if thread_id else 0.0
        today = ledger.spent(since=start_of_day())

        def left(budget: float, spent: float) -> float | None:
            return round(max(0.0, budget - spent), 6) if budget > 0 else None

        return {
            "thread_usd": thread,
            "today_usd": today,
            "session_budget_usd": s.session_budget_usd or None,
            "daily_budget_usd": s.daily_budget_usd or None,
            "session_left_usd": left(s.session_budget_usd, thread),
            "daily_left_usd": left(s.daily_budget_usd, today),
        }

    def config(self) -> dict[str, Any]:
        s = self.settings
        try:
            reviewer = getpass.getuser()
        except (KeyError, OSError):
            reviewer = "web"
        return {
            "provider": s.resolved_provider,
            "decision_model": s.decision_model,
            "image_model": s.image_model,
            "default_quality": s.default_quality,
            "final_quality": s.final_quality,
            "partial_images": s.partial_images,
            "sizes": [{"name": n, "size": f"{w}x{h}"} for n, (w, h) in PRESETS.items()],
            "channels": [
                {"name": c.name, "size": c.wire, "label": c.description} for c in CHANNELS.values()
            ],
            "kinds": list(REFERENCE_KINDS),
            "reviewer": reviewer,
        }

    # -- reports -----------------------------------------------------------------------------

    def reports(self) -> list[dict[str, Any]]:
        found: dict[str, Report] = {}
        for root in self.report_roots:
            if not root.is_dir():
                continue
            for path in sorted(root.rglob("report.html")):
                if len(found) >= MAX_REPORTS:
                    break
                if path.is_symlink() or not path.is_file():
                    continue
                folder = path.parent.resolve()
                report_id = hashlib.sha256(str(folder).encode()).hexdigest()[:16]
                name = str(path.parent.relative_to(root)) if path.parent != root else root.name
                found[report_id] = Report(report_id, name, folder, path.stat().st_mtime)
        with self._lock:
            self._reports = found
        return [
            {"id": r.id, "name": r.name, "modified": r.modified}
            for r in sorted(found.values(), key=lambda r: r.modified, reverse=True)
        ]

    def report_file(self, report_id: str, name: str) -> Path:
        """A file of a listed report: looked up among the files found there, never opened
        from the name the page sent."""
        with self._lock:
            report = self._reports.get(report_id)
        if report is None:
            self.reports()
            with self._lock:
                report = self._reports.get(report_id)
        if report is None:
            raise NotFound(f"no report {report_id!r}")
        for path in _files_under(report.folder):
            if path.relative_to(report.folder).as_posix() == name:
                return resolve_inside(report.folder, path)
        raise NotFound(f"the report has no file {name!r}")


def _files_under(folder: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for filename in filenames:
            path = Path(dirpath) / filename
            if path.suffix.lower() in REPORT_FILES and not path.is_symlink():
                yield path


class TurnListener:
    """Turns ``Runner`` events into the page's events, on the worker thread of the job.

    Partial images are read from the previews folder the node wrote them to (the path comes
    from the node, never the page) and kept in the job. After an image node finishes, the
    ledger row it wrote gives the page the exact prompt and parameters that were sent.
    """

    def __init__(self, studio: Studio, job: Job, runner: Runner) -> None:
        self.studio = studio
        self.job = job
        self.runner = runner
        self.started = time.perf_counter()

    def _ms(self) -> float:
        return round((time.perf_counter() - self.started) * 1000, 1)

    def __call__(self, event: dict[str, Any]) -> None:
        kind = event.get("kind")
        if kind == "partial":
            self._partial(event)
        elif kind == "node":
            self.job.publish({"kind": "node", "node": event.get("node"), "ms": self._ms()})
            if event.get("node") in IMAGE_NODES:
                self._image(str(event["node"]))
        elif kind == "decision":
            decision = dict(event.get("decision") or {})
            decision.pop("call_id", None)
            self.job.publish({"kind": "decision", "decision": decision, "ms": self._ms()})
        elif kind == "image_call":
            s = self.studio.settings
            self.job.publish(
                {
                    **event,
                    "model": s.image_model,
                    "moderation": s.image_moderation,
                    "partial_images": s.partial_images,
                    "ms": self._ms(),
                }
            )
        elif kind is not None:
            self.job.publish({**event, "ms": self._ms()})

    def _partial(self, event: dict[str, Any]) -> None:
        previews = self.studio.settings.previews_dir
        try:
            path = resolve_inside(previews, str(event.get("path", "")))
            data = path.read_bytes()
        except (AtelierError, OSError):
            return
        index = self.job.add_partial(data)
        self.job.publish(
            {
                "kind": "partial",
                "index": index,
                "url": f"/api/jobs/{self.job.id}/partials/{index}",
                "reviewed": False,
                "ms": self._ms(),
            }
        )

    def _image(self, node: str) -> None:
        thread_id = self.runner.thread_id
        for row in reversed(self.studio.pool.base.ledger.rows(thread_id=thread_id, limit=20)):
            if row.node == node and row.outcome in IMAGE_OUTCOMES and row.assets:
                images = []
                for sha in row.assets:
                    try:
                        ref = self.studio.pool.base.assets.get(sha)
                    except NotFound:
                        continue
                    images.append({"sha": ref.sha256, "width": ref.width, "height": ref.height})
                self.job.publish(
                    {
                        "kind": "image",
                        "node": node,
                        "images": images,
                        "reviewed": False,
                        "sent": sent_view(row, self.studio.settings),
                        "ms": self._ms(),
                    }
                )
                return
