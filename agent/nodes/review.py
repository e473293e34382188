"""review: check every new image before it is returned.

For each image: it must decode; the text in it is read (OCR) and checked against the policy;
the image and that text go to the moderations endpoint together; the brand checks the brief
implies run (the approved logo present and unchanged when the brief asked for it, the copy
rendered). The outcome per image is ``block`` (not returned; the turn is refused), ``review``
(held in the review queue, not returned as final) or ``pass``. A ``review`` rule that fired
on the brief holds every output of the turn. Each image leaves one ledger row with the
verdict, the rules that fired, the review threshold and the image moderation level.
"""

from __future__ import annotations

import base64
import importlib
import json
import re
import time
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.errors import AtelierError, ImageInputError, StorageError
from agent.state import ImageRecord, PendingOutput, ReferenceUse, Refusal, TurnState
from memory.assets import AssetRef
from memory.review_queue import ReviewQueue, review_db
from tools import classifiers
from tools.moderation import Screening, moderate, screen
from tools.policy import load_policy

# Same words retrieve uses to decide that a brief asks for the logo.
_LOGO = re.compile(r"\blogos?\b|ロゴ|로고|标志|徽标|लोगो|লোগো", re.IGNORECASE)
OCR_CHARS = 4_000


def _qa(name: str) -> Any | None:
    try:
        module = importlib.import_module("tools.qa")
    except ImportError:
        return None
    return getattr(module, name, None)


def _asked_logos(state: TurnState) -> list[ReferenceUse]:
    decision = state.decision
    if decision is None or not _LOGO.search(f"{state.brief} {decision.prompt}"):
        return []
    return [r for r in state.references if r.kind == "logo" and r.id in decision.reference_ids]


def _brand_checks(state: TurnState, record: ImageRecord) -> tuple[list[str], list[str]]:
    """(reasons to hold for review, notes) from the checks the brief asked for."""
    hold: list[str] = []
    notes: list[str] = []
    logos = _asked_logos(state)
    if logos:
        check = _qa("logo_presence")
        if check is None:
            # tools.qa is part of atelier; it is only missing in a partial checkout.
            notes.append("the brief asked for the logo but the logo check is not available")
        for logo in logos:
            if check is None:
                break
            result = check(record.asset.path, logo.asset.path)
            if not result.passed:
                hold.append(
                    f"approved logo {logo.id} not found unchanged (score {result.score:.2f})"
                )
    decision = state.decision
    if decision is not None and decision.text:
        check = _qa("text_rendering")
        if check is not None:
            result = check(record.asset.path, decision.text)
            if not result.passed:
                notes.append(f"the copy {decision.text!r} may not be rendered exactly")
    return hold, notes


def screen_image(services: Services, asset: AssetRef) -> tuple[Screening, str | None]:
    """Decode, read the text in the image, then policy + moderation on text and pixels."""
    settings = services.settings
    data = services.assets.read_bytes(asset.sha256)
    img = classifiers.decode(data, name=f"output image {asset.sha256[:12]}")
    small = classifiers.moderation_copy(img)
    url = f"data:image/jpeg;base64,{base64.b64encode(small).decode('ascii')}"
    text = classifiers.image_text(img)
    if text is not None:
        text = " ".join(text.split())[:OCR_CHARS]
    retry = services.retrying(node="review", surface="moderation", model=settings.moderation_model)
    screening = screen(
        services.client,
        model=settings.moderation_model,
        policy=load_policy(settings.home),
        text=text or None,
        image_urls=[url],
        review_threshold=settings.review_threshold,
        image_moderation=settings.image_moderation,
        policy_text=text or "",
        retry=retry,
    )
    if screening.moderation is None:
        # The policy blocked the text in the image; still score the pixels for the record.
        screening.moderation = retry(
            lambda: moderate(
                services.client, model=settings.moderation_model, text=None, image_urls=[url]
            )
        )
    return screening, text


def review(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    settings = services.settings
    queue = ReviewQueue(review_db(settings.home))
    held_by_brief = state.input_verdict is not None and state.input_verdict.hold_for_review
    brief_notes = list(state.input_verdict.notes) if state.input_verdict else []
    reviewed: list[ImageRecord] = []
    blocked: list[str] = []
    block_rules: list[str] = []
    block_advice: list[str] = []
    for record in state.images:
        started = time.perf_counter()
        notes = list(record.review_notes) + [n for n in brief_notes if n not in record.review_notes]
        hold: list[str] = []
        if held_by_brief and state.input_verdict is not None:
            hold.append(f"the brief triggered {', '.join(state.input_verdict.rule_ids)}")
        try:
            screening, text = screen_image(services, record.asset)
        except (ImageInputError, StorageError) as err:
            services.record(
                node="review",
                surface="moderation",
                model=settings.moderation_model,
                outcome="rejected",
                latency_ms=(time.perf_counter() - started) * 1000,
                moderation={
                    "outcome": "block",
                    "review_threshold": settings.review_threshold,
                    "image_moderation": settings.image_moderation,
                },
                assets=[record.asset.sha256],
                error=err.message,
            )
            blocked.append("undecodable")
            notes.append(err.message)
            reviewed.append(record.model_copy(update={"review": "block", "review_notes": notes}))
            continue
        if text is None:
            notes.append("text in the image was not checked: no OCR engine is installed")
        try:
            brand_hold, brand_notes = _brand_checks(state, record)
        except (AtelierError, OSError) as err:
            brand_hold, brand_notes = [f"brand checks failed: {err}"], []
        hold += brand_hold
        notes += brand_notes
        verdict = screening.verdict()
        notes += [n for n in verdict.notes if n not in notes]
        if record.size != f"{record.asset.width}x{record.asset.height}":
            notes.append(f"size is {record.asset.width}x{record.asset.height}, not {record.size}")
        outcome = screening.outcome
        if outcome == "block":
            blocked.extend(verdict.categories or ["policy"])
            block_rules.extend(screening.policy.rule_ids)
            block_advice.extend(h.advice for h in screening.policy.by_severity("block"))
            notes.append(verdict.summary())
            final = "block"
        elif outcome == "review" or hold:
            reasons = [*hold, *[f"rule {r}" for r in screening.policy.rule_ids]]
            if outcome == "review" and not screening.policy.by_severity("review"):
                reasons.append(verdict.summary())
            item = queue.add(record.asset.sha256, thread_id=services.thread_id, reasons=reasons)
            notes.append(f"held for human review as {item.id}: {'; '.join(reasons)}")
            final = "review"
        else:
            final = "pass"
        moderation = screening.ledger_moderation()
        moderation.update({"final": final, "ocr_text": text, "hold": hold})
        services.record(
            node="review",
            surface="moderation",
            model=settings.moderation_model,
            outcome="rejected" if final == "block" else "moderated",
            latency_ms=(time.perf_counter() - started) * 1000,
            request_id=screening.moderation.request_id if screening.moderation else None,
            moderation=moderation,
            assets=[record.asset.sha256],
            error="; ".join(notes[-1:]) if final == "block" else None,
        )
        reviewed.append(record.model_copy(update={"review": final, "review_notes": notes}))
    update: dict[str, Any] = {"images": reviewed}
    if blocked:
        update["refusal"] = Refusal(
            stage="output",
            reason="the generated image was flagged by review and is not returned",
            categories=sorted(set(blocked)),
            advice=(block_advice[0] if block_advice else "rephrase the brief")
            + "; the blocked image stays in the store for audit only",
            rule_ids=sorted(set(block_rules)),
        )
        if state.decision is not None and state.pending is not None:
            update["pending"] = PendingOutput(
                call_id=state.pending.call_id,
                output=json.dumps({"status": "output blocked by review"}),
            )
    return update
