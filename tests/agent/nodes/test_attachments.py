"""Attachments in image calls: a new visual is built from all of them, an edit changes the
one it names and sends the others along, and lineage records every one that was sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langgraph.runtime import Runtime
from PIL import Image

from agent.context import Services
from agent.inputs import check_attachments
from agent.nodes import render
from agent.nodes.decide import decide
from agent.nodes.edit import edit
from agent.nodes.generate import generate
from agent.state import ReferenceUse, TurnState
from core.errors import ImageInputError
from core.types import Decision
from memory.assets import AssetRef
from tests.helpers import png_bytes, write_mask, write_png
from tools import images as images_api


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every Image API edit call the nodes make, as sent; each still reaches the engine."""
    calls: list[dict[str, Any]] = []
    real = images_api.edit

    def spy(client: Any, **kw: Any) -> Any:
        calls.append(kw)
        return real(client, **kw)

    monkeypatch.setattr(images_api, "edit", spy)
    return calls


def _put(services: Services, size: tuple[int, int], color: tuple[int, int, int]) -> AssetRef:
    return services.assets.put_bytes(png_bytes(size, color), thread_id="t-test")


def _decision(**kw: Any) -> Decision:
    base: dict[str, Any] = {"action": "generate", "call_id": "call_att", "prompt": "p"}
    return Decision.model_validate({**base, **kw})


def test_a_new_visual_is_built_from_every_attachment(
    runtime: Runtime[Services], services: Services, sent: list[dict[str, Any]]
) -> None:
    product = _put(services, (640, 640), (200, 40, 40))
    logo = _put(services, (256, 256), (20, 20, 200))
    decision = _decision(size="1024x1280", prompt="the product on a beach, with the logo")
    state = TurnState(brief="b", decision=decision, attachments=[product, logo])
    [record] = generate(state, runtime)["images"]
    [call] = sent
    assert [img.data for img in call["images"]] == [
        services.assets.read_bytes(product.sha256),
        services.assets.read_bytes(logo.sha256),
    ]
    # A new image, not an edit of the first attachment: its own size, no parent.
    assert record.asset.parent is None
    with Image.open(record.asset.path) as img:
        assert img.size == (1024, 1280)
    for attachment in (product, logo):
        used = services.assets.made_with(attachment.sha256)
        assert [u["sha256"] for u in used] == [record.asset.sha256]
    row = services.ledger.rows(thread_id="t-test")[-1]
    assert row.outcome == "generated"


def test_an_edit_changes_the_attachment_it_names_and_sends_the_others(
    runtime: Runtime[Services], services: Services, sent: list[dict[str, Any]]
) -> None:
    logo = _put(services, (256, 256), (20, 20, 200))
    photo = _put(services, (1024, 768), (30, 160, 60))
    decision = _decision(action="edit", target="attachment", attachment=2, prompt="logo")
    state = TurnState(brief="b", decision=decision, attachments=[logo, photo])
    [record] = edit(state, runtime)["images"]
    [call] = sent
    canvas, *others = [img.data for img in call["images"]]
    assert canvas == services.assets.read_bytes(photo.sha256)
    assert others == [services.assets.read_bytes(logo.sha256)]
    assert record.asset.parent == photo.sha256
    with Image.open(record.asset.path) as img:
        assert img.size == (1024, 768)
    assert [u["sha256"] for u in services.assets.made_with(logo.sha256)] == [record.asset.sha256]


@pytest.mark.parametrize("named", [0, 1, 7])
def test_an_attachment_number_out_of_range_falls_back_to_the_nearest(
    runtime: Runtime[Services], services: Services, named: int
) -> None:
    first = _put(services, (512, 512), (1, 2, 3))
    second = _put(services, (640, 512), (4, 5, 6))
    decision = _decision(action="edit", target="attachment", attachment=named, prompt="x")
    state = TurnState(brief="b", decision=decision, attachments=[first, second])
    [record] = edit(state, runtime)["images"]
    assert record.asset.parent == (first if named <= 1 else second).sha256


def test_a_masked_edit_always_changes_the_first_attachment(
    runtime: Runtime[Services], services: Services, tmp_path: Path, sent: list[dict[str, Any]]
) -> None:
    first = _put(services, (512, 512), (1, 2, 3))
    second = _put(services, (640, 512), (4, 5, 6))
    mask = services.assets.put_file(write_mask(tmp_path / "m.png", (512, 512), (0, 0, 100, 100)))
    decision = _decision(action="edit", target="attachment", attachment=2, prompt="x")
    state = TurnState(brief="b", decision=decision, attachments=[first, second], mask=mask)
    [record] = edit(state, runtime)["images"]
    assert record.asset.parent == first.sha256
    assert sent[0]["mask"] is not None


def test_brand_references_fill_only_the_room_attachments_leave(services: Services) -> None:
    refs = [
        ReferenceUse(
            id=f"ref{i}", brand="Acme", kind="logo", asset=_put(services, (64, 64), (i, 0, 9))
        )
        for i in range(3)
    ]
    chosen = [r.id for r in refs]
    current = _put(services, (512, 512), (9, 9, 9))
    for n, room in ((0, 3), (13, 2), (15, 0)):
        attachments = [_put(services, (64, 64), (i, n, 1)) for i in range(n)]
        decision = _decision(action="edit", target="current", prompt="x", reference_ids=chosen)
        state = TurnState(
            brief="b",
            decision=decision,
            attachments=attachments,
            current_image=current,
            references=refs,
        )
        # The canvas, then every attachment, then as many references as the model takes.
        assert render.attached_inputs(state, decision) == attachments
        assert len(render.reference_images(services, state, decision)) == room


def test_more_attachments_than_one_call_takes_is_a_clear_error(tmp_path: Path) -> None:
    paths = [write_png(tmp_path / f"{i}.png", (64, 64)) for i in range(17)]
    with pytest.raises(ImageInputError) as info:
        check_attachments(paths, None, lambda p: p)
    assert "17 images are attached" in info.value.one_line()
    assert "at most 16" in info.value.one_line()


def _attached(services: Services, n: int) -> list[AssetRef]:
    return [_put(services, (512, 512), (i * 30, 0, 0)) for i in range(n)]


@pytest.mark.parametrize(
    ("brief", "n", "action", "attachment"),
    [
        ("Put the logo I sent in the bottom right corner of the second photo", 2, "edit", 2),
        ("두 번째 사진 왼쪽 위에 로고 넣어줘", 2, "edit", 2),
        ("Remove the watermark from this photo", 1, "edit", 1),
        ("Put the sneakers from the attached photo on a rooftop, 4:5 for Instagram", 1,
         "generate", None),
        ("把这两张合成一张淘宝主图", 2, "generate", None),
        ("Put the sneakers from the attached photo on a rooftop", 1, "edit", 1),
        ("Put the sneakers from the attached photo somewhere nice", 1, "clarify", None),
        ("Here are two photos, can you combine them into something nice?", 2, "clarify", None),
    ],
)  # fmt: skip
def test_the_offline_decision_tells_a_new_visual_from_an_edit(
    runtime: Runtime[Services],
    services: Services,
    brief: str,
    n: int,
    action: str,
    attachment: int | None,
) -> None:
    state = TurnState(brief=brief, attachments=_attached(services, n))
    decision = decide(state, runtime)["decision"]
    assert decision.action == action
    if attachment is not None:
        assert decision.target == "attachment" and decision.attachment == attachment
