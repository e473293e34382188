"""Moderation of prompts and images: the local policy first, then the moderations endpoint.

This module owns one screening step used for briefs, uploads, references and outputs alike.
The policy rules (``tools.policy``) run locally and first, so a blocked brief costs no call;
then the moderations endpoint (online ``omni-moderation-latest`` with text and image inputs,
offline the embedded engine's classifiers) scores what is left. The outcome is the worst of
both: ``block`` (policy block or flagged), ``review`` (policy review rule, or a category score
at or above the review threshold), ``warn`` (policy warning) or ``pass``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import openai

from core.types import Verdict
from tools.deobfuscate import deobfuscate
from tools.errors import provider_error
from tools.policy import SEVERITY_ORDER, Outcome, Policy, PolicyResult

if TYPE_CHECKING:
    # Imported when asked: its numpy and model loaders are no cost to commands that only read.
    from tools import brief_risk

# Runs one endpoint call under a retry policy (see Services.retrying).
Retry = Callable[[Callable[[], "ModerationResult"]], "ModerationResult"]


@dataclass
class ModerationResult:
    verdict: Verdict
    request_id: str | None
    latency_ms: float


def moderate(
    client: openai.OpenAI,
    *,
    model: str,
    text: str | None,
    image_urls: Sequence[str] = (),
) -> ModerationResult:
    started = time.perf_counter()
    inputs: list[dict[str, Any]] = []
    if text:
        inputs.append({"type": "text", "text": text})
    inputs.extend({"type": "image_url", "image_url": {"url": url}} for url in image_urls)
    if not inputs:
        return ModerationResult(Verdict(flagged=False, source=model), None, 0.0)
    try:
        raw = client.moderations.with_raw_response.create(model=model, input=inputs)  # type: ignore[arg-type]
    except openai.APIError as err:
        raise provider_error(err) from err
    response = raw.parse()
    categories: set[str] = set()
    top = 0.0
    flagged = False
    for result in response.results:
        flagged = flagged or result.flagged
        scores = result.category_scores.model_dump(by_alias=True)
        hits = result.categories.model_dump(by_alias=True)
        categories.update(name for name, hit in hits.items() if hit)
        top = max([top, *(float(v) for v in scores.values() if v is not None)])
    return ModerationResult(
        verdict=Verdict(
            flagged=flagged,
            categories=sorted(categories),
            top_score=round(top, 4),
            source=response.model,
        ),
        request_id=raw.headers.get("x-request-id"),
        latency_ms=(time.perf_counter() - started) * 1000,
    )


def combine(results: Sequence[ModerationResult], *, latency_ms: float) -> ModerationResult:
    """One result from separate calls on parts of one input (an image's pixels, its text).

    Flagged when any part is, with every category any part flagged and the highest score,
    as the endpoint answers for one input with both parts. The request id is the first
    call's; ``latency_ms`` is the caller's wall time, the calls having overlapped.
    """
    if not results:
        raise ValueError("combine() needs at least one result")
    verdicts = [r.verdict for r in results]
    return ModerationResult(
        verdict=Verdict(
            flagged=any(v.flagged for v in verdicts),
            categories=sorted({c for v in verdicts for c in v.categories}),
            top_score=max(v.top_score for v in verdicts),
            source=verdicts[0].source,
        ),
        request_id=next((r.request_id for r in results if r.request_id), None),
        latency_ms=latency_ms,
    )


@dataclass
class Screening:
    """The policy result and (unless the policy blocked first) the endpoint's result."""

    policy: PolicyResult
    moderation: ModerationResult | None
    review_threshold: float
    image_moderation: str | None = None
    policy_ms: float = 0.0
    extra_notes: list[str] = field(default_factory=list)
    # The brief's resemblance to violating briefs, asked only when nothing else held it.
    resemblance: brief_risk.Resemblance | None = None
    resemblance_ms: float = 0.0

    @property
    def second_opinion_holds(self) -> bool:
        """The resemblance is at a threshold, of a kind no rule has already warned about.

        A rule that warned ("rotating the logo is against the guide") has said what a person
        should know of that risk; looking like briefs of the same kind adds no new reason.
        """
        found = self.resemblance
        if found is None or not found.flagged:
            return False
        from tools.brief_risk import kind_of_category

        warned = {kind_of_category(h.category) for h in self.policy.by_severity("warn")}
        return found.kind not in warned

    @property
    def outcome(self) -> Outcome:
        worst = self.rules_outcome
        held = self.second_opinion_holds
        if held and SEVERITY_ORDER[worst] < SEVERITY_ORDER["review"]:
            worst = "review"
        return worst

    @property
    def rules_outcome(self) -> Outcome:
        """The outcome of the policy and the endpoint alone, without the second opinion."""
        worst: Outcome = self.policy.outcome
        if self.moderation is not None:
            verdict = self.moderation.verdict
            if verdict.flagged:
                worst = "block"
            elif verdict.top_score >= self.review_threshold and SEVERITY_ORDER[worst] < 2:
                worst = "review"
        return worst

    @property
    def latency_ms(self) -> float:
        spent = self.policy_ms + self.resemblance_ms
        return spent + (self.moderation.latency_ms if self.moderation else 0.0)

    def verdict(self) -> Verdict:
        """One Verdict for state and the ledger: categories, rules fired and strictness."""
        base = self.moderation.verdict if self.moderation else None
        blocks = self.policy.by_severity("block")
        categories = list(base.categories) if base else []
        categories += [h.category for h in blocks if h.category not in categories]
        notes = [f"{h.rule_id}: {h.explanation}" for h in self.policy.by_severity("warn")]
        notes += self.extra_notes
        outcome = self.outcome
        if (
            base is not None
            and not base.flagged
            and outcome == "review"
            and base.top_score >= self.review_threshold
        ):
            notes.append(
                f"moderation score {base.top_score:.2f} is at or above the review "
                f"threshold {self.review_threshold:.2f}"
            )
        if self.resemblance is not None and self.second_opinion_holds:
            notes.append(self.resemblance.note())
        return Verdict(
            flagged=outcome == "block",
            categories=categories,
            top_score=base.top_score if base else 0.0,
            source="+".join(filter(None, ["policy", base.source if base else ""])),
            rule_ids=self.policy.rule_ids,
            hold_for_review=outcome == "review",
            notes=notes,
            review_threshold=self.review_threshold,
            image_moderation=self.image_moderation,
        )

    def ledger_moderation(self) -> dict[str, Any]:
        """What the ledger row stores: the verdict plus each rule that fired, with evidence."""
        row: dict[str, Any] = {
            **self.verdict().model_dump(),
            "outcome": self.outcome,
            "rules": [h.as_dict() for h in self.policy.hits],
        }
        if self.resemblance is not None:
            row["second_opinion"] = {
                "score": self.resemblance.score,
                "threshold": self.resemblance.threshold,
                "kind": self.resemblance.kind,
                "spelling_score": self.resemblance.char_score,
                "spelling_threshold": self.resemblance.char_threshold,
            }
        return row


def screen(
    client: openai.OpenAI,
    *,
    model: str,
    policy: Policy,
    text: str | None,
    image_urls: Sequence[str] = (),
    review_threshold: float,
    image_moderation: str | None = None,
    policy_text: str | None = None,
    retry: Retry | None = None,
    second_opinion: bool = False,
) -> Screening:
    """Policy rules on ``policy_text`` (default ``text``), then the endpoint unless blocked.

    Both look at the text as written and at its de-obfuscated reading (``tools.deobfuscate``):
    the policy through ``Policy.check_as_read``, the endpoint once more when the reading
    differs and the first answer flagged nothing. ``retry`` runs the endpoint calls under the
    caller's retry policy.

    ``second_opinion`` (for briefs) asks ``tools.brief_risk`` about a text that the rules and
    the endpoint let through; a brief that reads like violating ones is held for review.
    """
    started = time.perf_counter()
    local = policy.check_as_read(policy_text if policy_text is not None else text or "")
    policy_ms = (time.perf_counter() - started) * 1000
    result = Screening(
        policy=local,
        moderation=None,
        review_threshold=review_threshold,
        image_moderation=image_moderation,
        policy_ms=policy_ms,
    )
    if local.outcome == "block":
        return result

    text_reading = deobfuscate(text) if text else text

    def call() -> ModerationResult:
        return moderate(client, model=model, text=text, image_urls=image_urls)

    def call_reading() -> ModerationResult:
        return moderate(client, model=model, text=text_reading)

    result.moderation = retry(call) if retry is not None else call()
    if text_reading != text and not result.moderation.verdict.flagged:
        # The endpoint reads the brief as written; its evasions undone it may read otherwise.
        second = retry(call_reading) if retry is not None else call_reading()
        result.moderation = combine(
            [result.moderation, second],
            latency_ms=result.moderation.latency_ms + second.latency_ms,
        )
    if second_opinion and text and SEVERITY_ORDER[result.outcome] < SEVERITY_ORDER["review"]:
        from tools import brief_risk

        started = time.perf_counter()
        result.resemblance = brief_risk.resemblance(text)
        result.resemblance_ms = (time.perf_counter() - started) * 1000
    return result
