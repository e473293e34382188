"""review: check every new image before it is returned.

For each image: it must decode; the text in it is read (OCR) and checked against the policy;
the image's pixels and that text go to the moderations endpoint; the brand checks the brief
implies run (the approved logo present and unchanged when the brief asked for it, the copy
rendered). The outcome per image is ``block`` (not returned; the turn is refused), ``review``
(held in the review queue, not returned as final) or ``pass``. A ``review`` rule that fired
on the brief holds every output of the turn. Each image leaves one ledger row with the
verdict, the rules that fired, the review threshold, the image moderation level and what
was read.

What is read, and how (``tools.qa`` keeps tesseract running between passes, one thread
each; a warm pass costs about 30 ms in English, 50-80 ms with a CJK model):

- With copy to check (``decision.text``): ``tools.qa.text_rendering`` in the copy's script
  only, passes ordered by how often each reads a copy exactly, stopping at the first that
  does (one pass for most images). What that pass read, the copy and any other text in the
  picture, is also the text the policy and the moderations endpoint get: the picture is
  read once, not once for the copy and again for the policy.
- Without copy: every shipped policy rule matches text (document words, names of people,
  characters, brands, artists), and text in an image can trip any of them whatever the
  brief said, so the image gets one general read: one Otsu-binarised pass, long side at
  most 768 px, in the script of the brief (its languages plus English). Measured against
  the earlier read (the same pass in all six languages, about three times the work) on
  the labelled moderation images (tests/data/moderation): the same 13 of 13 violating
  images caught and 0 of 13 benign ones flagged. On 1024 px drawings of the same texts it
  missed one the six-language read caught (large Bengali text on an ID card) and caught
  the same small captions; reading at 512 px lost one more caption, and 1024 px cost a
  fifth more for one more caption. A state with no brief (a bare call) reads all six.
- Without copy and with no policy rule in force (all disabled in ``policy.yaml``) nothing
  is read: the moderations endpoint still sees the pixels.

The pixels go to the moderations endpoint on a worker thread while tesseract reads, so the
image classifier and OCR overlap; the text read is moderated on its own call afterwards
(when the policy has not already blocked it), and the two results count as one.

Without tesseract (or the copy's language data) copy that should be in the image cannot be
read back: the image is held for a person, with the reason and the install command in its
notes. Without copy, a missing tesseract only leaves a note that the text was not checked.
"""

from __future__ import annotations

import base64
import importlib
import json
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from langgraph.runtime import Runtime
from PIL import Image

from agent.context import Services
from agent.state import ImageRecord, ReferenceUse, Refusal, TurnState
from core.errors import AtelierError, ImageInputError, StorageError
from core.types import PendingOutput
from memory.assets import AssetRef
from memory.imaging import decode
from memory.stores import open_review_queue
from prompts.lexicon import LOGO
from tools import classifiers, qa
from tools.moderation import ModerationResult, Screening, combine, moderate
from tools.policy import Policy, load_policy

OCR_CHARS = 4_000


def _qa(name: str) -> Any | None:
    try:
        module = importlib.import_module("tools.qa")
    except ImportError:
        return None
    return getattr(module, name, None)


@dataclass(frozen=True)
class ReadPlan:
    """What to read in each output image of a turn.

    ``copy``: the copy to read back, in its own script. Otherwise ``langs``: the languages
    of one general read for the policy, or None when nothing needs the image's text.
    """

    copy: str | None = None
    langs: tuple[str, ...] | None = qa.ALL_LANGS


def read_plan(state: TurnState, policy: Policy) -> ReadPlan:
    decision = state.decision
    copy = decision.text if decision is not None and decision.text else None
    if copy is not None and qa.normalise_text(copy):
        return ReadPlan(copy=copy, langs=None)
    if not policy.rules:
        return ReadPlan(copy=None, langs=None)
    said = " ".join(
        part for part in (state.brief, decision.prompt if decision else "", state.answer) if part
    )
    if not said.strip():
        return ReadPlan(copy=None, langs=qa.ALL_LANGS)
    return ReadPlan(copy=None, langs=qa.SCRIPT_LANGS[qa.detect_script(said)])


@dataclass
class Reading:
    """The text read in one image, and the copy check when there was copy."""

    text: str | None = None
    copy: qa.QAResult | None = None
    copy_error: str | None = None
    unread: str | None = None  # why text that was needed could not be read
    evidence: dict[str, Any] = field(default_factory=dict)


def _unreadable(langs: Sequence[str]) -> str:
    try:
        qa._check_langs(langs)
    except AtelierError as err:
        return err.one_line()
    return "no OCR engine is installed"


def read_image(img: Image.Image, asset: AssetRef, plan: ReadPlan) -> Reading:
    """Read the image as ``plan`` says; a missing OCR engine is reported, never raised."""
    check = _qa("text_rendering") if plan.copy is not None else None
    if plan.copy is not None and check is not None:
        try:
            result = check(asset.path, plan.copy, decoded=img)
        except AtelierError as err:
            return Reading(
                copy_error=err.one_line(),
                unread=err.one_line(),
                evidence={
                    "read": "copy",
                    "langs": list(qa.SCRIPT_LANGS[qa.detect_script(plan.copy)]),
                },
            )
        passes = result.evidence.get("passes", [])
        return Reading(
            text=str(result.evidence.get("read", "")),
            copy=result,
            evidence={
                "read": "copy",
                "langs": result.evidence.get("langs"),
                "passes": [p["pass"] for p in passes],
            },
        )
    langs = plan.langs
    if langs is None and plan.copy is not None:
        langs = qa.SCRIPT_LANGS[qa.detect_script(plan.copy)]
    if langs is None:
        return Reading(evidence={"read": "none", "why": "no copy to check and no policy rule"})
    text = classifiers.image_text(img, langs=langs)
    evidence = {"read": "general", "langs": list(langs)}
    if text is None:
        return Reading(unread=_unreadable(langs), evidence=evidence)
    return Reading(text=text, evidence=evidence)


@dataclass
class Screened:
    screening: Screening
    reading: Reading
    request_ids: list[str]

    @property
    def text(self) -> str | None:
        return self.reading.text


def _screen(services: Services, asset: AssetRef, plan: ReadPlan) -> Screened:
    """Decode, then OCR and pixel moderation side by side, then policy + text moderation."""
    settings = services.settings
    started = time.perf_counter()
    data = services.assets.read_bytes(asset.sha256)
    img = decode(data, name=f"output image {asset.sha256[:12]}")
    small = classifiers.moderation_copy(img)
    url = f"data:image/jpeg;base64,{base64.b64encode(small).decode('ascii')}"

    def call(text: str | None, urls: list[str]) -> ModerationResult:
        retry = services.retrying(
            node="review", surface="moderation", model=settings.moderation_model
        )
        return retry(
            lambda: moderate(
                services.client, model=settings.moderation_model, text=text, image_urls=urls
            )
        )

    # tesseract runs as a subprocess: the pixel call (the engine's classifier offline, a
    # round trip online) overlaps it instead of waiting for it.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="review-moderation") as pool:
        pixels = pool.submit(call, None, [url])
        reading = read_image(img, asset, plan)
        text = " ".join(reading.text.split())[:OCR_CHARS] if reading.text is not None else None
        reading.text = text
        policy_started = time.perf_counter()
        local = load_policy(settings.home).check(text or "")
        policy_ms = (time.perf_counter() - policy_started) * 1000
        # Text the policy blocks is not sent on: the block stands whatever the endpoint says.
        words = call(text, []) if text and local.outcome != "block" else None
        results = [pixels.result(), *([words] if words is not None else [])]
    moderation = combine(results, latency_ms=(time.perf_counter() - started) * 1000)
    screening = Screening(
        policy=local,
        moderation=moderation,
        review_threshold=settings.review_threshold,
        image_moderation=settings.image_moderation,
        policy_ms=policy_ms,
    )
    return Screened(screening, reading, [r.request_id for r in results if r.request_id])


def screen_image(
    services: Services, asset: AssetRef, *, langs: Sequence[str] = qa.ALL_LANGS
) -> tuple[Screening, str | None]:
    """Decode, read the text in the image (``langs``), then policy + moderation on both."""
    screened = _screen(services, asset, ReadPlan(copy=None, langs=tuple(langs)))
    return screened.screening, screened.text


def _asked_logos(state: TurnState) -> list[ReferenceUse]:
    decision = state.decision
    if decision is None or not LOGO.search(f"{state.brief} {decision.prompt}"):
        return []
    return [r for r in state.references if r.kind == "logo" and r.id in decision.reference_ids]


def _brand_checks(state: TurnState, record: ImageRecord) -> tuple[list[str], list[str]]:
    """(reasons to hold for review, notes) from the logo checks the brief asked for."""
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
    return hold, notes


def _copy_checks(plan: ReadPlan, reading: Reading) -> tuple[list[str], list[str]]:
    """(reasons to hold for review, notes) from reading the copy back."""
    if plan.copy is None:
        return [], []
    if reading.copy_error is not None:
        # Copy nobody could read back is not known to be right: a person looks at it.
        return [f"the copy {plan.copy!r} could not be read back: {reading.copy_error}"], []
    if reading.copy is None:
        return [], [f"the copy {plan.copy!r} was not checked: the text check is not available"]
    if not reading.copy.passed:
        return [], [f"the copy {plan.copy!r} may not be rendered exactly"]
    return [], []


def review(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    settings = services.settings
    queue = open_review_queue(settings)
    plan = read_plan(state, load_policy(settings.home))
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
            if state.input_verdict.rule_ids:
                hold.append(f"the brief triggered {', '.join(state.input_verdict.rule_ids)}")
            else:
                # Held by a score, not a rule: the verdict's notes say which and why.
                hold.append(f"the brief was held: {'; '.join(state.input_verdict.notes)}")
        try:
            screened = _screen(services, record.asset, plan)
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
        screening, reading = screened.screening, screened.reading
        if reading.unread is not None and plan.copy is None:
            notes.append(f"text in the image was not checked: {reading.unread}")
        copy_hold, copy_notes = _copy_checks(plan, reading)
        try:
            brand_hold, brand_notes = _brand_checks(state, record)
        except (AtelierError, OSError) as err:
            brand_hold, brand_notes = [f"brand checks failed: {err}"], []
        hold += copy_hold + brand_hold
        notes += copy_notes + brand_notes
        verdict = screening.verdict()
        notes += [n for n in verdict.notes if n not in notes]
        if record.size != f"{record.asset.width}x{record.asset.height}":
            notes.append(f"size is {record.asset.width}x{record.asset.height}, not {record.size}")
        outcome = screening.outcome
        if outcome == "block":
            blocked.extend(verdict.categories or ["policy"])
            # A refusal cites what refused it, not the review rules that fired beside it.
            blocking = screening.policy.by_severity("block")
            block_rules.extend(h.rule_id for h in blocking)
            block_advice.extend(h.advice for h in blocking)
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
        moderation.update(
            {
                "final": final,
                "ocr_text": screened.text,
                "ocr": reading.evidence,
                "hold": hold,
                "request_ids": screened.request_ids,
            }
        )
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
