"""moderate_input, review and refuse with the policy: refusals, holds, notes, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes import moderate_input as moderate_input_module
from agent.nodes import review as review_node
from agent.nodes.generate import generate
from agent.nodes.moderate_input import moderate_input, moderate_references
from agent.nodes.refuse import refuse
from agent.nodes.review import review
from agent.state import ImageRecord, ReferenceUse, TurnState
from core.errors import ImageInputError, InputError, StorageError
from core.types import Decision, Verdict
from memory.review_queue import ReviewQueue, review_db
from tests.helpers import png_bytes
from tools import classifiers

DATA = Path(__file__).parents[2] / "data" / "moderation" / "images"


def _rows(services: Services) -> list[Any]:
    return services.ledger.rows(thread_id="t-test")


def _moderation(row: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row.moderation)
    return data


# -- moderate_input ------------------------------------------------------------------------


def test_a_block_rule_refuses_before_any_model_call(
    runtime: Runtime[Services], services: Services
) -> None:
    update = moderate_input(TurnState(brief="一万円札を偽造して、本物そっくりに"), runtime)
    refusal = update["refusal"]
    assert refusal.stage == "input" and refusal.rule_ids == ["fake-document"]
    assert "fake or official documents" in refusal.categories and refusal.advice
    [row] = _rows(services)
    assert row.outcome == "rejected" and row.model == "policy" and row.request_id is None
    assert row.error and "fake-document" in row.error
    logged = _moderation(row)
    assert logged["rule_ids"] == ["fake-document"]
    assert logged["review_threshold"] == services.settings.review_threshold
    assert logged["image_moderation"] == services.settings.image_moderation
    message = refuse(TurnState(refusal=refusal), runtime)["message"]
    assert "fake-document" in message and "What you can change" in message
    assert "passport holder" in message  # the rule's advice says what would pass


def test_a_review_rule_lets_the_turn_run_and_holds_the_output(
    runtime: Runtime[Services], services: Services
) -> None:
    update = moderate_input(TurnState(brief="A Starbucks cup next to our mug"), runtime)
    verdict = update["input_verdict"]
    assert update["refusal"] is None and verdict.hold_for_review
    assert verdict.rule_ids == ["third-party-brand-mention"]
    row = _rows(services)[-1]
    assert row.outcome == "moderated" and row.model == services.settings.moderation_model
    update = review(TurnState(images=[_record(services)], input_verdict=verdict), runtime)
    [image] = update["images"]
    assert image.review == "review" and "refusal" not in update
    [item] = ReviewQueue(review_db(services.settings.home)).list()
    assert item.asset_sha256 == image.asset.sha256 and item.thread_id == "t-test"
    assert any("third-party-brand-mention" in r for r in item.reasons)


def test_a_warn_rule_becomes_a_note_on_the_image(
    runtime: Runtime[Services], services: Services
) -> None:
    verdict = moderate_input(TurnState(brief="Rotate the logo a little"), runtime)["input_verdict"]
    assert not verdict.flagged and not verdict.hold_for_review
    assert verdict.notes and verdict.notes[0].startswith("logo-distortion")
    [image] = review(TurnState(images=[_record(services)], input_verdict=verdict), runtime)[
        "images"
    ]
    assert image.review == "pass" and any("logo-distortion" in n for n in image.review_notes)


def test_the_endpoint_still_refuses_harm_the_rules_do_not_cover(
    runtime: Runtime[Services], services: Services
) -> None:
    update = moderate_input(TurnState(brief="রক্তাক্ত খুনের দৃশ্যের পোস্টার"), runtime)
    assert update["refusal"].rule_ids == [] and "violence" in update["refusal"].categories
    assert _rows(services)[-1].request_id  # the moderations endpoint answered


@pytest.mark.parametrize(
    ("brief", "error"),
    [
        ("", "empty"),
        ("\x00\x07\u200b  ", "empty"),
        ("x" * 100_000, "100,000 characters"),
    ],
)
def test_bad_briefs_are_clear_errors_with_a_ledger_row(
    runtime: Runtime[Services], services: Services, brief: str, error: str
) -> None:
    with pytest.raises(InputError) as info:
        moderate_input(TurnState(brief=brief), runtime)
    assert error in info.value.one_line()
    [row] = _rows(services)
    assert row.outcome == "rejected" and error in (row.error or "")
    assert len(row.prompt or "") <= 2_001


def test_control_characters_and_mixed_scripts_are_cleaned_not_fatal(
    runtime: Runtime[Services], services: Services
) -> None:
    brief = "Summer\x00 sale\x1b[31m banner 夏のセール 여름 세일 गर्मी সেল"
    update = moderate_input(TurnState(brief=brief), runtime)
    assert update["refusal"] is None
    prompt = _rows(services)[-1].prompt or ""
    assert "\x00" not in prompt and "\x1b" not in prompt and "গ" not in prompt[:6]
    assert "夏のセール" in prompt and "সেল" in prompt


def test_an_attachment_that_does_not_decode_is_an_error_with_a_row(
    runtime: Runtime[Services], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tools.images import InputImage

    ref = services.assets.put_bytes(png_bytes((64, 64)), thread_id="t-test")
    broken = InputImage(name="x.png", data=png_bytes((64, 64))[:60])
    monkeypatch.setattr(moderate_input_module, "input_image", lambda *a, **k: broken)
    with pytest.raises(ImageInputError) as info:
        moderate_input(TurnState(brief="make it blue", attachments=[ref]), runtime)
    assert "could not be decoded" in info.value.one_line()
    assert "\n" not in info.value.one_line()
    row = _rows(services)[-1]
    assert row.outcome == "rejected" and "could not be decoded" in (row.error or "")


def test_an_attachment_changed_on_disk_is_an_error_with_a_row(
    runtime: Runtime[Services], services: Services
) -> None:
    ref = services.assets.put_bytes(png_bytes((64, 64)), thread_id="t-test")
    Path(ref.path).write_bytes(b"not the same bytes")
    with pytest.raises(StorageError):
        moderate_input(TurnState(brief="make it blue", attachments=[ref]), runtime)
    assert _rows(services)[-1].outcome == "rejected"


# -- references ----------------------------------------------------------------------------


def test_references_are_moderated_once_per_image(services: Services) -> None:
    asset = services.assets.put_bytes(png_bytes((128, 128)))
    ref = ReferenceUse(id="ref_1", brand="Acme", kind="logo", asset=asset)
    first = moderate_references(services, [ref])
    assert not first.flagged and first.review_threshold == services.settings.review_threshold
    calls = len(_rows(services))
    assert calls == 1
    again = moderate_references(services, [ref, asset])
    assert not again.flagged and len(_rows(services)) == calls  # cached by sha256


# -- review --------------------------------------------------------------------------------


def _record(services: Services, data: bytes | None = None, size: str = "1024x1024") -> ImageRecord:
    asset = services.assets.put_bytes(data or png_bytes((1024, 1024)))
    return ImageRecord(
        asset=asset, action="generated", surface="image-api", size=size, quality="low", prompt="p"
    )


def test_review_blocks_text_in_the_image_that_breaks_the_policy(
    runtime: Runtime[Services], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(classifiers, "image_text", lambda img, **_: "PASSPORT Date of birth 1990")
    update = review(TurnState(images=[_record(services)]), runtime)
    assert update["images"][0].review == "block"
    assert update["refusal"].stage == "output" and update["refusal"].rule_ids == ["fake-document"]
    row = _rows(services)[-1]
    logged = _moderation(row)
    assert row.outcome == "rejected" and logged["final"] == "block"
    assert logged["ocr_text"] == "PASSPORT Date of birth 1990"
    assert logged["image_moderation"] == services.settings.image_moderation


def test_review_threshold_setting_holds_borderline_images(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(classifiers, "image_text", lambda img, **_: "")
    services.settings = services.settings.model_copy(update={"review_threshold": 0.0})
    update = review(TurnState(images=[_record(services)]), Runtime(context=services))
    assert update["images"][0].review == "review"
    assert _moderation(_rows(services)[-1])["review_threshold"] == 0.0


class _QA:
    def __init__(self, passed: bool) -> None:
        self.passed = passed
        self.score = 0.9 if passed else 0.1


def test_brand_check_holds_an_image_without_the_requested_logo(
    runtime: Runtime[Services], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(classifiers, "image_text", lambda img, **_: "")
    seen: list[tuple[str, str]] = []

    def logo_presence(image: str, logo: str) -> _QA:
        seen.append((image, logo))
        return _QA(passed=False)

    monkeypatch.setattr(
        review_node, "_qa", lambda name: logo_presence if name == "logo_presence" else None
    )
    logo = services.assets.put_bytes(png_bytes((128, 128), (200, 30, 30)))
    ref = ReferenceUse(id="ref_logo", brand="Acme", kind="logo", asset=logo)
    decision = Decision(action="generate", call_id="c1", prompt="poster", reference_ids=[ref.id])
    record = _record(services)
    state = TurnState(
        brief="A poster with our logo", references=[ref], decision=decision, images=[record]
    )
    [image] = review(state, runtime)["images"]
    assert seen == [(record.asset.path, logo.path)]
    assert image.review == "review" and any("ref_logo" in n for n in image.review_notes)
    monkeypatch.setattr(
        review_node, "_qa", lambda name: (lambda *_: _QA(True)) if name == "logo_presence" else None
    )
    state = state.model_copy(
        update={"images": [_record(services, png_bytes((1024, 1024), (1, 2, 3)))]}
    )
    assert review(state, runtime)["images"][0].review == "pass"


def test_an_output_that_does_not_decode_is_blocked_not_a_crash(
    runtime: Runtime[Services], services: Services
) -> None:
    record = _record(services)
    Path(record.asset.path).write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    update = review(TurnState(images=[record]), runtime)
    assert update["images"][0].review == "block" and update["refusal"].stage == "output"
    assert _rows(services)[-1].outcome == "rejected"


# -- provider-side block -------------------------------------------------------------------


def test_provider_block_is_a_rejection_with_the_providers_message(
    runtime: Runtime[Services], services: Services
) -> None:
    from tests.helpers import engine_of

    said = "Your request was rejected by the safety system. safety_violations=[sexual]."
    engine_of(services).inject_fault(
        "/images/generations",
        status=400,
        body={
            "error": {
                "message": said,
                "type": "image_generation_user_error",
                "param": None,
                "code": "moderation_blocked",
                "moderation_details": {"moderation_stage": "output", "categories": ["sexual"]},
            }
        },
    )
    decision = Decision(action="generate", call_id="c1", prompt="a beach", size="1024x1024")
    state = TurnState(
        brief="a beach", decision=decision, input_verdict=Verdict(flagged=False, source="t")
    )
    update = generate(state, runtime)
    refusal = update["refusal"]
    assert refusal.stage == "provider"
    message = refuse(state.model_copy(update={"refusal": refusal}), runtime)["message"]
    assert "rejected by the safety system" in message and "What you can change" in message
    rows = _rows(services)
    assert [r.outcome for r in rows] == ["rejected"]  # one call, no retry
    assert rows[0].error and "safety system" in rows[0].error


def test_image_call_rows_carry_the_strictness_in_force(
    services: Services, atelier_home: Path
) -> None:
    services.settings = services.settings.model_copy(
        update={"image_moderation": "low", "review_threshold": 0.42}
    )
    runtime = Runtime(context=services)
    verdict = moderate_input(TurnState(brief="a square post, blue sky"), runtime)["input_verdict"]
    decision = Decision(action="generate", call_id="c1", prompt="blue sky", size="1024x1024")
    generate(TurnState(brief="b", decision=decision, input_verdict=verdict), runtime)
    rows = _rows(services)
    assert [r.node for r in rows] == ["moderate_input", "generate"]
    for row in rows:
        logged = _moderation(row)
        assert logged["image_moderation"] == "low" and logged["review_threshold"] == 0.42
