"""Running a scripted session: brand references in, turns through ``Runner``, a transcript out.

``run_session`` validates the whole file first (``agent.sessions.schema``), adds and
approves its brand references, drives one ``Runner`` thread through the turns (answering
the questions it expects, acting as the reviewer it names), checks each turn's
expectations and writes ``transcript.json`` and the assets. The returned ``SessionRun``'s
``failures`` say which expectations did not hold.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agent.context import Services, build_services
from agent.runner import Runner, TurnResult
from agent.sessions.expect import check_turn
from agent.sessions.schema import Turn, TurnExpect, load_session
from agent.sessions.transcript import (
    Check,
    SessionRun,
    TurnRecord,
    copy_asset,
    image_out,
    write_transcript,
)
from agent.state import TurnState
from agent.yamlfile import resolve
from core.errors import AtelierError, InputError, StateConflict
from core.settings import Settings, load_settings
from memory.assets import AssetRef
from memory.review_queue import ReviewQueue
from memory.stores import open_review_queue


def checked_provider(provider: str | None) -> dict[str, Any]:
    """``provider=`` for Settings, or nothing so ATELIER_PROVIDER and the keys decide."""
    if provider is None:
        return {}
    if provider not in ("offline", "openai", "azure"):
        raise InputError(f"unknown provider {provider!r}", hint="use offline, openai or azure")
    return {"provider": provider}


def session_settings(source: Path, out: Path, provider: str | None, **extra: Any) -> Settings:
    """A fresh data directory under ``out``; inputs may be read from the session's folder."""
    roots = os.pathsep.join(
        p for p in (str(source.parent.resolve()), extra.pop("input_roots", "")) if p
    )
    settings = load_settings(
        home=out / "data", input_roots=roots, **checked_provider(provider), **extra
    )
    settings.check()
    return settings


def run_session(
    source: Path,
    out: Path,
    *,
    provider: str | None = None,
    settings: Settings | None = None,
    services: Services | None = None,
    on_turn: Callable[[TurnRecord], None] | None = None,
    reviewer: str = "session",
) -> SessionRun:
    """Validate ``source`` completely, then run its turns; write transcript.json and assets."""
    session, lines = load_session(source)
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    settings = settings or session_settings(source, out, provider or session.provider)
    services = services or build_services(settings)
    base = source.parent
    started = time.perf_counter()
    run = SessionRun(
        name=session.name,
        source=str(source),
        provider=settings.resolved_provider,
        thread_id="",
        started=datetime.now(UTC),
        out=str(out),
    )
    for ref in session.brand:
        path = resolve(base, ref.path)
        try:
            added = services.brand.add(
                path, brand=ref.brand, kind=ref.kind, tags=ref.tags, description=ref.description
            )
        except StateConflict:
            added = next(
                r for r in services.brand.list() if r.brand == ref.brand and r.kind == ref.kind
            )
        if ref.approve and added.status == "pending":
            services.brand.approve(added.id, by=reviewer)
    runner = Runner(settings, services=services)
    run.thread_id = runner.thread_id
    queue = open_review_queue(settings)
    separate: dict[int, list[tuple[int, TurnExpect]]] = {}
    for k, exp in enumerate(session.expectations):
        separate.setdefault(exp.turn, []).append((k, exp))
    try:
        for index, turn in enumerate(session.turns, start=1):
            record = _run_turn(runner, services, queue, turn, index, base, out, reviewer)
            state = runner.state()
            parent = _edit_parent(state, services)
            mask = resolve(base, turn.mask) if turn.mask is not None else None
            if turn.expect is not None and record.error is None:
                record.checks += check_turn(
                    index,
                    turn.expect,
                    record,
                    state,
                    parent,
                    mask,
                    base,
                    ("turns", index - 1, "expect"),
                    lines,
                )
            for k, exp in separate.get(index, []):
                if record.error is None:
                    record.checks += check_turn(
                        index,
                        exp,
                        record,
                        state,
                        parent,
                        mask,
                        base,
                        ("expectations", k),
                        lines,
                    )
            if record.error is not None:
                record.checks.append(
                    Check(
                        turn=index,
                        key="turn",
                        expected="completes",
                        actual=record.error,
                        passed=False,
                        line=lines.line(("turns", index - 1)),
                    )
                )
            run.turns.append(record)
            if on_turn is not None:
                on_turn(record)
            if record.error is not None:
                break
    finally:
        runner.close()
        run.seconds = round(time.perf_counter() - started, 3)
        write_transcript(run, out)
    return run


def _edit_parent(state: TurnState, services: Services) -> AssetRef | None:
    """The image this turn's edit started from (the recorded parent of its first output)."""
    for image in state.images:
        if image.action == "edited" and image.asset.parent:
            for ref in state.attachments:
                if ref.sha256 == image.asset.parent:
                    return ref
            try:
                return services.assets.get(image.asset.parent)
            except AtelierError:
                return None
    return None


def _run_turn(
    runner: Runner,
    services: Services,
    queue: ReviewQueue,
    turn: Turn,
    index: int,
    base: Path,
    out: Path,
    reviewer: str,
) -> TurnRecord:
    before = {r.id for r in services.ledger.rows(thread_id=runner.thread_id)}
    record = TurnRecord(
        index=index,
        user=turn.user,
        attachments=[str(p) for p in turn.images],
        mask=str(turn.mask) if turn.mask else None,
    )
    started = time.perf_counter()
    answers = list(turn.answers)
    refused: TurnState | None = None

    def answer_questions(result: TurnResult) -> None:
        while result.status == "question":
            asked: dict[str, Any] = {"question": result.question or "", "options": result.options}
            record.questions.append(asked)
            if not answers:
                record.error = f"asked {result.question!r} and the session has no answer left"
                return
            reply = answers.pop(0)
            asked["answer"] = reply
            result = runner.answer(reply)

    try:
        answer_questions(
            runner.turn(
                turn.user,
                images=[resolve(base, p) for p in turn.images],
                mask=resolve(base, turn.mask) if turn.mask else None,
                size=turn.size,
            )
        )
        if record.error is None and turn.accept_rewrite:
            offered = runner.state()
            if offered.proposal is None:
                record.error = "accept_rewrite is set but the turn offered no rewrite to accept"
            else:
                refused = offered
                answer_questions(runner.answer("yes"))
        if record.error is None and answers:
            record.error = f"{len(answers)} answer(s) left unused: no more questions were asked"
    except AtelierError as err:
        record.error = err.one_line()
    record.latency_s = round(time.perf_counter() - started, 3)
    state = runner.state()
    rows = [r for r in services.ledger.rows(thread_id=runner.thread_id) if r.id not in before]
    record.calls = len(rows)
    record.cost_usd = round(sum(r.cost_usd or 0.0 for r in rows), 6)
    if state.decision is not None:
        record.action = state.decision.action
        record.decision = state.decision.model_dump(exclude={"call_id"})
    record.references = [
        {
            "id": r.id,
            "brand": r.brand,
            "kind": r.kind,
            "why": r.why,
            "file": copy_asset(r.asset, out),
        }
        for r in state.references
    ]
    record.images = [image_out(i, out) for i in state.images]
    stored = [*state.attachments, *([state.mask] if state.mask is not None else [])]
    if record.error is None:
        record.inputs = [{"sha256": a.sha256, "file": copy_asset(a, out)} for a in stored]
    shown = state.refusal or (refused.refusal if refused is not None else None)
    record.refusal = shown.model_dump() if shown is not None else None
    said = [refused.message if refused is not None else None, state.message]
    record.message = "\n".join(m for m in said if m)
    if turn.review is not None:
        shas = {i.asset.sha256 for i in state.images if i.review == "review"}
        for item in queue.list(status="open"):
            if item.asset_sha256 in shas:
                if turn.review == "approve":
                    queue.approve(item.id, reviewer=reviewer)
                else:
                    queue.reject(item.id, reviewer=reviewer)
    return record
