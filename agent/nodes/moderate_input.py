"""moderate_input: start a turn and check the brief and every input image before anything else.

Order matters for cost and safety: the brief is cleaned (control characters out) and size
checked, uploads must decode, then the local policy rules run (multilingual, no call), and
only then the moderations endpoint sees the text and the images. A ``block`` refuses the
turn; a ``review`` rule lets the turn run but holds its output for a human; a ``warn`` rule
becomes a note. Every outcome, bad input included, leaves one ledger row.

``moderate_references`` checks retrieved brand references where they enter the turn, once
per image (verdicts are cached by sha256 in the review database).
"""

from __future__ import annotations

import base64
import time
import unicodedata
from collections.abc import Sequence
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes.common import changes, input_image
from agent.state import ReferenceUse, Refusal, TurnState
from core.errors import ImageInputError, InputError, StorageError
from core.text import check_brief
from core.types import Verdict
from memory.assets import AssetRef
from memory.imaging import decode
from memory.stores import open_moderation_cache
from tools.classifiers import moderation_copy
from tools.moderation import Screening, moderate, screen
from tools.policy import load_policy

# The ledger keeps the start of a rejected over-long brief, enough to recognise it.
LEDGER_PROMPT_CHARS = 2_000
POLICY_MODEL = "policy"


def clean_brief(text: str) -> str:
    """Drop control and format characters (keeping newlines and tabs) and outer spaces.

    Zero-width joiners are kept: Hindi and Bengali spelling needs them.
    """
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n\t" or ch in "\u200c\u200d":
            kept.append(ch)
        elif cat == "Cc":
            kept.append(" ")
        elif cat in ("Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    return "".join(kept).strip()


def _clip(text: str) -> str:
    return text if len(text) <= LEDGER_PROMPT_CHARS else text[:LEDGER_PROMPT_CHARS] + "…"


def _refusal(screening: Screening, stage: str = "input") -> Refusal:
    blocks = screening.policy.by_severity("block")
    if blocks:
        first = blocks[0]
        reason = "; ".join(f"rule {h.rule_id} ({h.category}): {h.explanation}" for h in blocks)
        return Refusal(
            stage="input",
            reason=reason.rstrip("."),
            categories=sorted({h.category for h in blocks}),
            advice=first.advice,
            rule_ids=[h.rule_id for h in blocks],
        )
    verdict = screening.verdict()
    return Refusal(
        stage="input",
        reason="the brief or an input image was flagged by moderation",
        categories=verdict.categories,
        advice="remove or reword the flagged content (see the categories) and try again",
        rule_ids=verdict.rule_ids,
    )


def moderate_input(state: TurnState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    settings = services.settings
    started = time.perf_counter()
    strictness = {
        "review_threshold": settings.review_threshold,
        "image_moderation": settings.image_moderation,
    }

    def reject_input(err: InputError | StorageError, prompt: str) -> None:
        services.record(
            node="moderate_input",
            surface="moderation",
            model=POLICY_MODEL,
            outcome="rejected",
            latency_ms=(time.perf_counter() - started) * 1000,
            prompt=_clip(prompt),
            moderation={"outcome": "invalid-input", **strictness},
            error=err.one_line(),
        )

    brief = clean_brief(state.brief)
    try:
        check_brief(brief)
        uploads = [*state.attachments, *([state.mask] if state.mask else [])]
        urls = []
        for ref in uploads:
            data = input_image(services, ref).data
            small = moderation_copy(decode(data, name=f"the attached image {ref.sha256[:12]}"))
            urls.append(f"data:image/jpeg;base64,{base64.b64encode(small).decode('ascii')}")
    except (InputError, StorageError) as err:
        reject_input(err, brief or state.brief)
        raise
    retry = services.retrying(
        node="moderate_input", surface="moderation", model=settings.moderation_model, prompt=brief
    )
    screening = screen(
        services.client,
        model=settings.moderation_model,
        policy=load_policy(settings.home),
        text=brief,
        image_urls=urls,
        review_threshold=settings.review_threshold,
        image_moderation=settings.image_moderation,
        retry=retry,
        second_opinion=settings.second_opinion,
    )
    verdict = screening.verdict()
    refusal = _refusal(screening) if screening.outcome == "block" else None
    services.record(
        node="moderate_input",
        surface="moderation",
        model=settings.moderation_model if screening.moderation else POLICY_MODEL,
        outcome="rejected" if refusal else "moderated",
        latency_ms=screening.latency_ms,
        request_id=screening.moderation.request_id if screening.moderation else None,
        prompt=_clip(brief),
        moderation=screening.ledger_moderation(),
        error=refusal.reason if refusal else None,
        attempt=retry.attempt,
    )
    return {
        "turn": state.turn + 1,
        "input_verdict": verdict,
        "refusal": refusal,
        # Last turn's results are cleared, the fields that hold any.
        **changes(
            state,
            {
                "brief_sent": False,
                "references": [],
                "decision": None,
                "answer": None,
                "images": [],
                "message": None,
                "proposal": None,
            },
        ),
    }


def moderate_references(services: Services, refs: Sequence[ReferenceUse | AssetRef]) -> Verdict:
    """Moderate retrieved references as images, each sha256 once (cached across turns).

    The returned verdict is flagged when any reference is; ``notes`` names the flagged ones
    (``ref_id: categories``) so the caller can drop them.
    """
    settings = services.settings
    cache = open_moderation_cache(settings)
    model = settings.moderation_model
    categories: set[str] = set()
    notes: list[str] = []
    top = 0.0
    for item in refs:
        asset = item.asset if isinstance(item, ReferenceUse) else item
        label = item.id if isinstance(item, ReferenceUse) else asset.sha256[:12]
        verdict = cache.get(asset.sha256, model)
        if verdict is None:
            image = input_image(services, asset)
            try:
                decode(image.data, name=f"reference {label}")
            except ImageInputError as err:
                verdict = Verdict(flagged=True, categories=["undecodable"], source="local")
                notes.append(f"{label}: {err.message}")
            else:
                url = image.data_url()
                retry = services.retrying(node="retrieve", surface="moderation", model=model)
                result = retry(
                    lambda url=url: moderate(  # type: ignore[misc]
                        services.client, model=model, text=None, image_urls=[url]
                    )
                )
                verdict = result.verdict
                services.record(
                    node="retrieve",
                    surface="moderation",
                    model=model,
                    outcome="rejected" if verdict.flagged else "moderated",
                    latency_ms=result.latency_ms,
                    request_id=result.request_id,
                    moderation=verdict.model_dump(),
                    assets=[asset.sha256],
                    error=f"reference {label} flagged" if verdict.flagged else None,
                    attempt=retry.attempt,
                )
                cache.put(asset.sha256, model, verdict)
        if verdict.flagged:
            categories.update(verdict.categories)
            notes.append(f"{label}: {', '.join(verdict.categories) or 'flagged'}")
        top = max(top, verdict.top_score)
    return Verdict(
        flagged=bool(notes),
        categories=sorted(categories),
        top_score=round(top, 4),
        source=model,
        notes=notes,
        review_threshold=settings.review_threshold,
        image_moderation=settings.image_moderation,
    )
