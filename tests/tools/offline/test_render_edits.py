"""Offline edits do what the prompt says, measured by the QA checks.

One test per kind of edit (darker, lighter, warmer, cooler, a backdrop colour, copy removed
or replaced, the logo added or removed, a masked edit), each asserting the measured change,
and "no caption over caption": after two edits the picture reads its copy exactly once.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from openai import OpenAI
from PIL import Image, ImageDraw

from agent.runner import Runner
from tools import qa
from tools.offline import render

LEAD = "A square post for our spring launch"
PROMPT_TAIL = (
    "\nReference images, when attached, are approved brand assets: keep logos exact, "
    "never recolour or distort them."
)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _decode(data: str | None) -> Image.Image:
    assert data
    return Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")


@pytest.fixture
def draft(client: OpenAI) -> Image.Image:
    """The engine's drawing of a post with the copy "Hello" (and its small caption)."""
    result = client.images.generate(
        model="gpt-image-2", prompt=f'{LEAD}\nRender this text exactly: "Hello"', size="1024x1024"
    )
    return _decode((result.data or [])[0].b64_json)


@pytest.fixture
def logo() -> Image.Image:
    mark = Image.new("RGB", (400, 400), "white")
    draw = ImageDraw.Draw(mark)
    draw.ellipse((60, 60, 340, 340), fill=(230, 90, 20))
    draw.rectangle((170, 120, 230, 280), fill=(255, 255, 255))
    return mark


Edit = Callable[..., Image.Image]


@pytest.fixture
def edit(client: OpenAI) -> Edit:
    """An edit through the SDK, as atelier sends it: the prompt ends with its usual line."""

    def run(
        image: Image.Image,
        prompt: str,
        *,
        mask: Image.Image | None = None,
        references: tuple[Image.Image, ...] = (),
    ) -> Image.Image:
        images = [("target.png", _png(image), "image/png")]
        images += [(f"ref{i}.png", _png(r), "image/png") for i, r in enumerate(references)]
        if mask is None:
            result = client.images.edit(
                model="gpt-image-2", prompt=prompt + PROMPT_TAIL, image=images
            )
        else:
            result = client.images.edit(
                model="gpt-image-2",
                prompt=prompt + PROMPT_TAIL,
                image=images,
                mask=("mask.png", _png(mask), "image/png"),
            )
        return _decode((result.data or [])[0].b64_json)

    return run


def _top_band_mask(size: tuple[int, int], bottom: int) -> Image.Image:
    mask = Image.new("RGBA", size, (0, 0, 0, 255))
    ImageDraw.Draw(mask).rectangle((0, 0, size[0] - 1, bottom), fill=(0, 0, 0, 0))
    return mask


# -- tone and colour --------------------------------------------------------------------------


def test_a_darker_background_is_darker_and_only_the_background(
    draft: Image.Image, edit: Edit
) -> None:
    out = edit(draft, "Make the background darker")
    result = qa.tone_change(draft, out, "darker", region="background")
    assert result.passed, result.evidence
    assert result.evidence["outside_drift"] < 1.0  # the copy kept its colours
    assert not qa.tone_change(draft, out, "lighter", region="background").passed


@pytest.mark.parametrize(
    ("prompt", "direction"),
    [
        ("Make it lighter", "lighter"),
        ("Make it a bit warmer", "warmer"),
        ("Cooler tones please", "cooler"),
        ("もっと暗くして", "darker"),
        ("더 밝게 해 줘", "lighter"),
        ("让画面暖一点", "warmer"),
        ("इसे ठंडा करो", "cooler"),
    ],
)
def test_tone_edits_move_the_picture_the_way_asked(
    draft: Image.Image, edit: Edit, prompt: str, direction: qa.Direction
) -> None:
    result = qa.tone_change(draft, edit(draft, prompt), direction)
    assert result.passed, result.evidence


@pytest.mark.parametrize(
    "prompt",
    [
        "Make the background navy",
        "背景を紺色にして",
        "배경을 남색으로 바꿔 줘",
        "把背景换成深蓝色",
        "पृष्ठभूमि नेवी ब्लू कर दो",
        "পটভূমি নেভি ব্লু করো",
    ],
)
def test_a_background_colour_edit_paints_the_backdrop(
    draft: Image.Image, edit: Edit, prompt: str
) -> None:
    out = edit(draft, prompt)
    result = qa.colour_change(draft, out, render.NAMED_COLOURS["navy"], region="background")
    assert result.passed, result.evidence
    # The copy in front of the backdrop is still there, unpainted.
    assert qa.tone_change(draft, out, "darker", region="background").evidence["outside_drift"] < 1


def test_a_masked_edit_changes_only_the_mask(draft: Image.Image, edit: Edit) -> None:
    mask = _top_band_mask(draft.size, 300)
    out = edit(draft, "Make the sky darker", mask=mask)
    assert qa.tone_change(draft, out, "darker", region=mask).passed
    stability = qa.edit_stability(draft, out, mask)
    assert stability.passed and stability.evidence["psnr_outside_db"] == 100.0


# -- copy ----------------------------------------------------------------------------------------


@pytest.mark.usefixtures("needs_tesseract")
def test_remove_the_text_leaves_no_text(draft: Image.Image, edit: Edit) -> None:
    assert "hello" in qa.ocr_text(draft, langs=["eng"]).lower()
    out = edit(draft, "Remove the text")
    assert qa.copy_count(out, "Hello").score == 0
    assert qa.ocr_text(out, langs=["eng"]).strip() == ""
    # Where the letters were is backdrop again: smooth and joined to the rest.
    assert qa.background_region(draft).mean() < 0.95 < qa.background_region(out).mean()


@pytest.mark.usefixtures("needs_tesseract")
def test_change_the_headline_replaces_the_copy_in_its_place(draft: Image.Image, edit: Edit) -> None:
    out = edit(draft, "Change the headline to 'Sale'")
    assert qa.copy_count(out, "Sale").score == 1
    assert qa.copy_count(out, "Hello").score == 0
    assert "spring launch" in qa.ocr_text(out, langs=["eng"]).lower()  # the caption stays


@pytest.mark.usefixtures("needs_tesseract")
def test_no_caption_over_caption_after_two_edits(draft: Image.Image, edit: Edit) -> None:
    once = edit(draft, 'Put a sale sticker on it\nRender this text exactly: "Sale"')
    twice = edit(once, "Make the background darker and the text says 'Sale'")
    for picture in (once, twice):
        assert qa.copy_count(picture, "Sale").score == 1
        assert qa.copy_count(picture, "Hello").score == 0
        read = qa.ocr_text(picture, langs=["eng"]).lower()
        assert read.count("spring launch") == 1  # the draft's caption, once
        assert "sticker" not in read and "darker" not in read  # no caption of an edit


# -- logo ------------------------------------------------------------------------------------------


def test_add_the_logo_puts_the_approved_logo_in(
    draft: Image.Image, edit: Edit, logo: Image.Image
) -> None:
    assert not qa.logo_presence(draft, logo).evidence["found"]
    out = edit(draft, "Add our logo in the corner", references=(logo,))
    assert qa.logo_presence(out, logo).passed  # found, and in its own colours


def test_remove_the_logo_takes_it_out(draft: Image.Image, edit: Edit, logo: Image.Image) -> None:
    with_logo = edit(draft, "Add our logo", references=(logo,))
    assert qa.logo_presence(with_logo, logo).passed
    out = edit(with_logo, "Remove the logo", references=(logo,))
    assert not qa.logo_presence(out, logo).evidence["found"]
    # Nothing else went: the headline and the backdrop are as they were.
    assert qa.tone_change(draft, out, "darker", region="background").evidence["outside_drift"] < 1


# -- reading the prompt ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Make the background darker", {"tones": ("darker",), "on_backdrop": True}),
        ("Make the background navy", {"backdrop": render.NAMED_COLOURS["navy"]}),
        ("make the background #1B2A4A", {"backdrop": (0x1B, 0x2A, 0x4A)}),
        ("Remove the text", {"copy": "remove", "scope": "all"}),
        ("Delete the headline", {"copy": "remove", "scope": "headline"}),
        ("remove the caption", {"copy": "remove", "scope": "caption"}),
        ("Change the headline to 'Sale'", {"copy": "replace", "new_copy": "Sale"}),
        ("Add our logo", {"logo": "add"}),
        ("Remove the logo", {"logo": "remove"}),
        ("Keep the logo and make the background pink", {"logo": None}),
        ("文字を消して", {"copy": "remove", "scope": "all"}),
        ("로고를 넣어 줘", {"logo": "add"}),
        ("把标志去掉", {"logo": "remove"}),
        ("लोगो हटाओ", {"logo": "remove"}),
        ("লোগো মুছে দাও", {"logo": "remove"}),
        ("Add a cooler bag to the picnic", {"tones": ()}),
        ("A cigarette lighter on the table", {"tones": ()}),
    ],
)
def test_edit_prompts_are_read_into_changes(prompt: str, expected: dict[str, object]) -> None:
    plan = render.parse_edit(prompt + PROMPT_TAIL)
    for key, value in expected.items():
        assert getattr(plan, key) == value, (key, plan)


def test_the_boilerplate_line_asks_for_nothing() -> None:
    assert not render.parse_edit(PROMPT_TAIL.strip()).understood


def test_an_instruction_nothing_understands_still_changes_the_masked_region(
    draft: Image.Image, edit: Edit
) -> None:
    mask = _top_band_mask(draft.size, 300)
    out = edit(draft, "a yellow sun", mask=mask)
    stability = qa.edit_stability(draft, out, mask)
    assert stability.passed, stability.evidence


# -- through atelier -------------------------------------------------------------------------------


@pytest.mark.usefixtures("needs_tesseract")
def test_edits_through_the_runner_keep_one_copy(
    runner_factory: Callable[..., Runner], tmp_path: Path
) -> None:
    runner = runner_factory()
    first = runner.turn("A square post for our spring launch with the copy “Hello”")
    [made] = first.state.images
    changed = runner.turn("Change the headline to 'Sale'")
    darker = runner.turn("Make the background darker")
    [picture] = darker.state.images
    assert picture.action == "edited"
    before = Image.open(changed.state.images[0].asset.path)
    assert qa.tone_change(before, picture.asset.path, "darker", region="background").passed
    assert qa.copy_count(picture.asset.path, "Sale").score == 1
    assert qa.copy_count(picture.asset.path, "Hello").score == 0
    assert qa.copy_count(made.asset.path, "Hello").score == 1


def test_the_caption_leaves_the_copy_to_the_headline() -> None:
    assert render.caption_text("A poster “Sale” for our spring launch") == (
        "A poster for our spring launch"
    )
    assert render.caption_text("A square post of a calm beach") == "A square post of a calm beach"
