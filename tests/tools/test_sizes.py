from __future__ import annotations

import pytest

from core.errors import InputError
from tools.sizes import MAX_PIXELS, MIN_PIXELS, PRESETS, fit_size, parse_size


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_preset_is_a_valid_model_size(name: str) -> None:
    choice = fit_size(name)
    assert not choice.adjusted, choice
    assert choice.width % 16 == 0 and choice.height % 16 == 0
    assert MIN_PIXELS <= choice.width * choice.height <= MAX_PIXELS


def test_not_multiple_of_16_is_rounded_and_explained() -> None:
    choice = fit_size("1000x1000")
    assert (choice.width, choice.height) == (992, 992)
    assert choice.adjusted and "16" in choice.reason


def test_below_budget_scaled_up() -> None:
    choice = fit_size("512x512")
    assert choice.width * choice.height >= MIN_PIXELS
    assert choice.width == choice.height
    assert "minimum" in choice.reason


def test_above_budget_scaled_down_keeping_aspect() -> None:
    choice = fit_size("7680x4320")
    assert choice.width * choice.height <= MAX_PIXELS
    assert max(choice.width, choice.height) <= 3840
    assert abs(choice.width / choice.height - 16 / 9) < 0.02


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("abc", "unknown size"), ("0x0", "zero edge"), ("99999x16", "aspect ratio"), ("", "unknown")],
)
def test_bad_sizes_raise_clear_errors(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        fit_size(text)
    assert fragment in info.value.one_line()


def test_parse_accepts_spaces_and_unicode_times() -> None:
    assert parse_size(" 1536 × 864 ") == (1536, 864)
