"""The review's reading plan: what it reads, in which languages, how often, and without OCR."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langgraph.runtime import Runtime

from agent.context import Services
from agent.nodes import review as review_node
from agent.nodes.review import review
from agent.state import ImageRecord, TurnState
from core.types import Decision
from memory.review_queue import ReviewQueue, review_db
from tests.helpers import engine_of, png_bytes
from tools import classifiers, moderation, qa


@pytest.fixture(autouse=True)
def _fresh_ocr_caches() -> Iterator[None]:
    # The same drawings recur across tests; each test must make its own reads.
    classifiers._OCR_CACHE.clear()
    qa._TEXT_CACHE.clear()
    yield
    classifiers._OCR_CACHE.clear()
    qa._TEXT_CACHE.clear()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The languages of every tesseract pass the test makes, in order."""
    seen: list[tuple[str, ...]] = []
    real = qa._tesseract_read

    def spy(gray: Any, langs: Any) -> str:
        seen.append(tuple(langs))
        return real(gray, langs)

    monkeypatch.setattr(qa, "_tesseract_read", spy)
    return seen


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """PATH without tesseract, and tools.qa made to look for it again."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    qa._tesseract.cache_clear()
    qa.installed_langs.cache_clear()
    yield
    monkeypatch.undo()
    qa._tesseract.cache_clear()
    qa.installed_langs.cache_clear()


def _drawn(services: Services, copy: str | None, size: str = "1024x1024") -> ImageRecord:
    prompt = "A poster for a summer sale"
    if copy is not None:
        prompt += f'\nRender this text exactly: "{copy}"'
    result = services.client.images.generate(model="gpt-image-2", prompt=prompt, size=size)
    assert result.data and result.data[0].b64_json
    asset = services.assets.put_bytes(base64.b64decode(result.data[0].b64_json))
    return ImageRecord(
        asset=asset,
        action="generated",
        surface="image-api",
        size=size,
        quality="low",
        prompt=prompt,
    )


def _state(brief: str, record: ImageRecord, copy: str | None = None) -> TurnState:
    decision = Decision(action="generate", call_id="c1", prompt=brief, text=copy)
    return TurnState(brief=brief, decision=decision, images=[record])


def _review_rows(services: Services) -> list[Any]:
    return [r for r in services.ledger.rows(thread_id="t-test") if r.node == "review"]


def _logged(row: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row.moderation)
    return data


def _no_policy(services: Services) -> None:
    from tools.policy import load_policy

    ids = [rule.id for rule in load_policy().rules]
    lines = ["rules:"] + [
        f"  - {{id: {i}, enabled: false, severity: warn, category: x, "
        f"explanation: x, match: [[forge]]}}"
        for i in ids
    ]
    (services.settings.home / "policy.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert not load_policy(services.settings.home).rules


# -- what is read ---------------------------------------------------------------------------


def test_nothing_is_read_without_copy_when_no_policy_rule_is_in_force(
    runtime: Runtime[Services],
    services: Services,
    reads: list[tuple[str, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _no_policy(services)
    general: list[Any] = []

    def image_text(img: Any, **kw: Any) -> str:
        general.append(kw)
        return ""

    monkeypatch.setattr(classifiers, "image_text", image_text)
    record = _drawn(services, None)
    [image] = review(_state("A square post of a teal sky", record), runtime)["images"]
    assert reads == [] and general == []
    assert image.review == "pass"
    assert not any("not checked" in n for n in image.review_notes)
    logged = _logged(_review_rows(services)[-1])
    assert logged["ocr"]["read"] == "none" and logged["ocr_text"] is None


def test_without_copy_one_general_read_in_the_briefs_script(
    runtime: Runtime[Services], services: Services, reads: list[tuple[str, ...]]
) -> None:
    record = _drawn(services, None)
    review(_state("夏のセールの正方形のバナー", record), runtime)
    assert reads == [("jpn", "eng")]
    logged = _logged(_review_rows(services)[-1])
    assert logged["ocr"] == {"read": "general", "langs": ["jpn", "eng"]}
    assert "summer" in (logged["ocr_text"] or "").lower()  # the engine's caption


def test_copy_is_read_in_its_own_script_only_and_once_for_policy_too(
    runtime: Runtime[Services],
    services: Services,
    reads: list[tuple[str, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    general: list[Any] = []
    real = classifiers.image_text

    def image_text(img: Any, **kw: Any) -> str | None:
        general.append(kw)
        return real(img, **kw)

    monkeypatch.setattr(classifiers, "image_text", image_text)
    copy = "여름 세일 50% 할인"
    record = _drawn(services, copy)
    [image] = review(_state(f"A square post with the copy “{copy}”", record, copy), runtime)[
        "images"
    ]
    assert reads and set(reads) == {("kor", "eng")}
    assert general == []  # the copy's read is the policy's read: no second one
    logged = _logged(_review_rows(services)[-1])
    assert logged["ocr"]["read"] == "copy" and logged["ocr"]["langs"] == ["kor", "eng"]
    assert qa.normalise_text(copy) in qa.normalise_text(logged["ocr_text"])
    assert image.review == "pass"


def test_the_copy_check_stops_at_the_first_exact_pass(
    runtime: Runtime[Services], services: Services, reads: list[tuple[str, ...]]
) -> None:
    record = _drawn(services, "Hello Spring")
    [image] = review(
        _state("A post with the copy “Hello Spring”", record, "Hello Spring"), runtime
    )["images"]
    assert reads == [("eng",)]
    assert _logged(_review_rows(services)[-1])["ocr"]["passes"] == [qa._PASS_ORDER[0]]
    assert image.review == "pass"


def _read_hello_spring(monkeypatch: pytest.MonkeyPatch, reads: list[str]) -> qa.QAResult:
    """Check the copy "Hello Spring" with OCR passes that read ``reads`` in turn."""
    from tests.helpers import draw_text

    answers = iter(reads)
    monkeypatch.setattr(qa, "_tesseract_read", lambda gray, langs: next(answers))
    return qa.text_rendering(draw_text("Hello Spring"), "Hello Spring")


def test_passes_run_in_the_measured_order_until_one_reads_the_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = _read_hello_spring(
        monkeypatch, ["Hel1o Spr1ng", "Hello Sprung", "Hello Spring", "never asked"]
    )
    assert result.passed and result.score == 0.0
    assert [p["pass"] for p in result.evidence["passes"]] == list(qa._PASS_ORDER[:3])


def test_a_copy_that_never_reads_back_stops_when_two_passes_agree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = _read_hello_spring(
        monkeypatch, ["Hello Sprung", "Hel1o", "Hello  sprung", "never asked"]
    )
    assert not result.passed and len(result.evidence["passes"]) == 3


# -- without tesseract -----------------------------------------------------------------------


@pytest.mark.usefixtures("no_tesseract")
def test_copy_that_cannot_be_read_back_holds_the_image_and_says_why(
    runtime: Runtime[Services], services: Services
) -> None:
    record = ImageRecord(
        asset=services.assets.put_bytes(png_bytes((1024, 1024))),
        action="generated",
        surface="image-api",
        size="1024x1024",
        quality="low",
        prompt="p",
    )
    update = review(_state("A post with the copy “Hello Spring”", record, "Hello Spring"), runtime)
    [image] = update["images"]
    assert image.review == "review" and "refusal" not in update
    said = "the copy 'Hello Spring' could not be read back: tesseract is not installed ("
    assert any(
        said in note and "apt-get install tesseract-ocr" in note for note in image.review_notes
    )
    [item] = ReviewQueue(review_db(services.settings.home)).list()
    assert item.asset_sha256 == image.asset.sha256
    assert any(reason.startswith(said) for reason in item.reasons)
    assert _logged(_review_rows(services)[-1])["final"] == "review"


@pytest.mark.usefixtures("no_tesseract")
def test_without_copy_a_missing_tesseract_is_a_note_not_a_hold(
    runtime: Runtime[Services], services: Services
) -> None:
    record = _drawn(services, None)
    [image] = review(_state("A square post of a teal sky", record), runtime)["images"]
    assert image.review == "pass"
    assert any(
        n.startswith("text in the image was not checked: tesseract is not installed")
        for n in image.review_notes
    )


@pytest.mark.usefixtures("no_tesseract")
def test_without_copy_or_rules_a_missing_tesseract_changes_nothing(
    runtime: Runtime[Services], services: Services
) -> None:
    _no_policy(services)
    record = _drawn(services, None)
    [image] = review(_state("A square post of a teal sky", record), runtime)["images"]
    assert image.review == "pass"
    assert not any("tesseract" in n or "not checked" in n for n in image.review_notes)


# -- OCR and moderation side by side -----------------------------------------------------------


def test_pixels_are_moderated_beside_ocr_and_each_image_keeps_one_row(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.settings = services.settings.model_copy(update={"retry_base_s": 0.0})
    runtime = Runtime(context=services)
    threads: dict[str, set[str]] = {"pixels": set(), "text": set(), "ocr": set()}
    real_moderate = moderation.moderate

    def spy_moderate(client: Any, **kw: Any) -> Any:
        kind = "pixels" if kw.get("image_urls") else "text"
        threads[kind].add(threading.current_thread().name)
        return real_moderate(client, **kw)

    real_read = qa._tesseract_read

    def spy_read(gray: Any, langs: Any) -> str:
        threads["ocr"].add(threading.current_thread().name)
        return real_read(gray, langs)

    monkeypatch.setattr(review_node, "moderate", spy_moderate)
    monkeypatch.setattr(qa, "_tesseract_read", spy_read)
    # The first pixel call fails once and is retried: its row must not disturb the others.
    engine_of(services).inject_fault("/moderations", status=429, times=1)
    copy = "Hello Spring"
    records = [_drawn(services, copy), _drawn(services, copy, "1024x1536")]
    state = _state(f"A post with the copy “{copy}”", records[0], copy)
    update = review(state.model_copy(update={"images": records}), runtime)
    assert [i.review for i in update["images"]] == ["pass", "pass"]
    rows = services.ledger.rows(thread_id="t-test")
    assert [r.outcome for r in rows] == ["retried", "moderated", "moderated"]
    reviewed = [r for r in _review_rows(services) if r.outcome == "moderated"]
    assert [r.assets for r in reviewed] == [[r.asset.sha256] for r in records]
    for row in reviewed:
        logged = _logged(row)
        assert row.request_id and logged["request_ids"][0] == row.request_id
        assert len(logged["request_ids"]) == 2  # pixels, then the text read
        assert copy.lower() in (logged["ocr_text"] or "").lower()
    assert threads["pixels"] and all(t.startswith("review-moderation") for t in threads["pixels"])
    assert threads["ocr"] and not any(t.startswith("review-moderation") for t in threads["ocr"])
    assert threads["text"] and not any(t.startswith("review-moderation") for t in threads["text"])


def test_a_failing_pixel_call_fails_the_review_as_before(
    services: Services,
) -> None:
    from core.errors import ProviderError

    services.settings = services.settings.model_copy(update={"max_retries": 0})
    engine_of(services).inject_fault("/moderations", status=500, times=5)
    record = _drawn(services, None)
    with pytest.raises(ProviderError):
        review(_state("A square post of a teal sky", record), Runtime(context=services))


def test_screen_image_reads_in_every_language_by_default(
    services: Services, reads: list[tuple[str, ...]]
) -> None:
    record = _drawn(services, None)
    screening, text = review_node.screen_image(services, record.asset)
    assert reads == [qa.ALL_LANGS] and text
    assert screening.moderation is not None and screening.outcome == "pass"
