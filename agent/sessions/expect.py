"""Expectations of a scripted session: what must hold after a turn, checked into ``Check``s.

Each key of an ``Expect`` that is set becomes one ``Check`` with what was wanted, what
happened and the line of the key in the session file. Image expectations (copy read back,
edit stability, palette, logo) run the QA checks on every image of the turn, and record
their evidence on the turn.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent.sessions.schema import Expect
from agent.sessions.transcript import Check, TurnRecord
from agent.state import TurnState
from agent.yamlfile import Lines, Loc, resolve
from memory.assets import AssetRef


def _refusal_ids(state: TurnState) -> list[str]:
    refusal = state.refusal
    if refusal is None:
        return []
    return [*refusal.categories, *getattr(refusal, "rule_ids", [])]


def check_turn(
    index: int,
    expect: Expect,
    record: TurnRecord,
    state: TurnState,
    parent: AssetRef | None,
    mask: Path | None,
    base: Path,
    where: Loc,
    lines: Lines,
) -> list[Check]:
    from tools import qa

    checks: list[Check] = []

    def add(key: str, expected: Any, actual: Any, passed: bool) -> None:
        checks.append(
            Check(
                turn=index,
                key=key,
                expected=expected,
                actual=actual,
                passed=passed,
                line=lines.line((*where, key)),
            )
        )

    images = list(state.images)
    if expect.action is not None:
        add("action", expect.action, record.action, record.action == expect.action)
    if expect.asked is not None:
        asked = bool(record.questions)
        add("asked", expect.asked, asked, asked == expect.asked)
    if expect.question_contains is not None:
        texts = " | ".join(q["question"] for q in record.questions)
        ok = expect.question_contains.casefold() in texts.casefold()
        add("question_contains", expect.question_contains, texts or None, ok)
    if expect.refused is not None:
        refused = state.refusal is not None
        add("refused", expect.refused, refused, refused == expect.refused)
    if expect.refused_rule is not None:
        ids = _refusal_ids(state)
        add("refused_rule", expect.refused_rule, ids, expect.refused_rule in ids)
    if expect.images is not None:
        add("images", expect.images, len(images), len(images) == expect.images)
    if expect.size is not None:
        sizes = [f"{i.asset.width}x{i.asset.height}" for i in images]
        add("size", expect.size, sizes, bool(sizes) and all(s == expect.size for s in sizes))
    if expect.review is not None:
        reviews = [i.review for i in images]
        add(
            "review",
            expect.review,
            reviews,
            bool(reviews) and all(r == expect.review for r in reviews),
        )
    if expect.message_contains is not None:
        ok = expect.message_contains.casefold() in record.message.casefold()
        add("message_contains", expect.message_contains, record.message, ok)
    if expect.max_cost_usd is not None:
        add(
            "max_cost_usd",
            expect.max_cost_usd,
            round(record.cost_usd, 6),
            record.cost_usd <= expect.max_cost_usd,
        )
    for image in images:
        short = image.asset.sha256[:12]
        if expect.text is not None:
            result = qa.text_rendering(image.asset.path, expect.text, threshold=expect.max_cer)
            record.qa.append({"image": short, **result.model_dump()})
            add(
                "text",
                expect.text,
                {"read": result.evidence["read"], "cer": result.score},
                result.passed,
            )
        if expect.edit_stability is not None:
            if parent is None or mask is None:
                add(
                    "edit_stability",
                    expect.edit_stability,
                    "no masked edit of an earlier image",
                    False,
                )
            else:
                result = qa.edit_stability(parent.path, image.asset.path, mask)
                record.qa.append({"image": short, **result.model_dump()})
                ok = result.score >= expect.edit_stability and result.passed
                add(
                    "edit_stability",
                    expect.edit_stability,
                    {"ssim_outside": result.score, "failures": result.evidence["failures"]},
                    ok,
                )
        if expect.palette is not None:
            result = qa.palette_adherence(image.asset.path, expect.palette)
            record.qa.append({"image": short, **result.model_dump()})
            add("palette", expect.palette, {"delta_e": result.score}, result.passed)
        if expect.logo is not None:
            result = qa.logo_presence(image.asset.path, resolve(base, expect.logo))
            record.qa.append({"image": short, **result.model_dump()})
            add(
                "logo",
                str(expect.logo),
                {k: result.evidence.get(k) for k in ("found", "colour_delta_e")},
                result.passed,
            )
    image_keys = ("text", "edit_stability", "palette", "logo")
    for key in image_keys:
        if getattr(expect, key) is not None and not images:
            add(
                key,
                getattr(expect, key) if key != "logo" else str(expect.logo),
                "no image was made",
                False,
            )
    return checks
