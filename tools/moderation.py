"""Moderation of prompts and images through the moderations endpoint.

Online this is ``omni-moderation-latest`` with text and image inputs; offline the embedded
engine answers the same endpoint with its own classifiers.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import openai

from agent.state import Verdict
from tools.errors import provider_error


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
