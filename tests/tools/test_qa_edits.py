"""The QA checks on what an edit changed, against pictures whose answers are known."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from core.errors import InputError
from tests.helpers import draw_text
from tools import qa


def _poster(backdrop: tuple[int, int, int] = (180, 120, 90)) -> Image.Image:
    """A flat backdrop with a dark card in the middle, like copy or a product in front."""
    image = Image.new("RGB", (256, 256), backdrop)
    ImageDraw.Draw(image).rectangle((80, 80, 176, 176), fill=(20, 20, 30))
    return image


def _shifted(image: Image.Image, where: np.ndarray, change: tuple[int, int, int]) -> Image.Image:
    pixels = np.asarray(image, dtype=np.int16).copy()
    pixels[where] = np.clip(pixels[where] + np.array(change), 0, 255)
    return Image.fromarray(pixels.astype(np.uint8))


def test_the_backdrop_is_what_reaches_the_border() -> None:
    region = qa.background_region(_poster())
    assert region[0, 0] and region[255, 255] and not region[128, 128]
    assert 0.8 < region.mean() < 0.9
    gradient = Image.fromarray(np.tile(np.linspace(0, 255, 256, dtype=np.uint8), (256, 1)))
    assert qa.background_region(gradient).all()  # a soft ramp is one backdrop


@pytest.mark.parametrize(
    ("change", "direction"),
    [((-40, -40, -40), "darker"), ((40, 40, 40), "lighter"), ((30, 5, -30), "warmer")],
)
def test_tone_change_measures_the_direction_inside_the_region(
    change: tuple[int, int, int], direction: qa.Direction
) -> None:
    poster = _poster()
    backdrop = qa.background_region(poster)
    edited = _shifted(poster, backdrop, change)
    result = qa.tone_change(poster, edited, direction, region="background")
    assert result.passed and result.score > qa.MIN_TONE_CHANGE, result.evidence
    opposite = {"darker": "lighter", "lighter": "darker", "warmer": "cooler"}[direction]
    assert not qa.tone_change(poster, edited, opposite, region="background").passed  # type: ignore[arg-type]


def test_tone_change_fails_when_nothing_changed_or_the_rest_moved() -> None:
    poster = _poster()
    unchanged = qa.tone_change(poster, poster, "darker")
    assert not unchanged.passed and unchanged.score == 0
    everywhere = _shifted(poster, np.ones((256, 256), dtype=bool), (-40, -40, -40))
    leaked = qa.tone_change(poster, everywhere, "darker", region="background")
    assert not leaked.passed and "rest of the picture" in leaked.evidence["failures"][0]


def test_tone_change_takes_an_openai_mask() -> None:
    poster = _poster()
    mask = Image.new("RGBA", poster.size, (0, 0, 0, 255))
    ImageDraw.Draw(mask).rectangle((0, 0, 255, 40), fill=(0, 0, 0, 0))
    top = np.zeros((256, 256), dtype=bool)
    top[:41] = True
    assert qa.tone_change(
        poster, _shifted(poster, top, (-50, -50, -50)), "darker", region=mask
    ).passed
    empty = Image.new("RGBA", poster.size, (0, 0, 0, 255))
    with pytest.raises(InputError):
        qa.tone_change(poster, poster, "darker", region=empty)


def test_colour_change_confirms_the_new_backdrop_colour() -> None:
    poster = _poster()
    navy = _poster(backdrop=(20, 35, 90))
    result = qa.colour_change(poster, navy, "#14235A")
    assert result.passed and result.score < 2, result.evidence
    assert not qa.colour_change(poster, navy, "#E62828").passed  # not red
    assert not qa.colour_change(navy, navy, "#14235A").passed  # it was navy already


@pytest.mark.usefixtures("needs_tesseract")
def test_copy_count_reads_how_often_the_copy_is_there() -> None:
    assert qa.copy_count(draw_text("Sale"), "Sale").score == 1
    twice = qa.copy_count(draw_text("Sale\nSale"), "Sale")
    assert twice.score == 2 and not twice.passed
    assert qa.copy_count(draw_text("Hello"), "Sale").score == 0
    with pytest.raises(InputError):
        qa.copy_count(draw_text("Sale"), "  ")
