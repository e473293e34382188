"""The reading with spelling evasions undone that screening checks beside the original."""

from __future__ import annotations

import pytest

from tools.deobfuscate import deobfuscate
from tools.offline.moderation import classify


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("a n@k3d model", "a naked model"),
        ("a pa$$p0rt page", "a passport page"),
        ("his throat sl1t open", "his throat slit open"),
        ("No M*sl!ms here", "No muslims here"),
        ("write L O S E R on it", "write LOSER on it"),
        ("B.l.o.o.d on the floor", "Blood on the floor"),
        ("モデルが ぜ ん ら。", "モデルがぜんら。"),
        ("手首に（り.す.か跡）", "手首に（りすか跡）"),
        ("우리 ㄹㅗㄱㅗ 색", "우리 로고 색"),
        ("도ㅈㅏㅇ도", "도장도"),
        ("「中〇人」", "「中国人」"),
        ("'चो.र' लिखो", "'चोर' लिखो"),
    ],
)
def test_evasions_read_as_words(text: str, reading: str) -> None:
    assert deobfuscate(text) == reading


@pytest.mark.parametrize(
    "text",
    [
        "A 4K banner, 1:1 and 16:9, 1200x628, A3 and A5, from 5pm, call 020 7946 0018",
        "Price $25, 2-for-1 margaritas, 12/04/2025, x-ray, e-mail us at info@shop.com",
        "Dr. R. K. Sharma, MBBS",
        "गेम के लिए असली जैसी फ़ोटो",
        "中国人・韓国人",
        "ㅋㅋ 오늘도 달달하게",
        "Hello!",
    ],
)
def test_plain_text_reads_unchanged(text: str) -> None:
    assert deobfuscate(text) == text


def test_coded_emoji_read_as_words() -> None:
    assert "cocaine" in deobfuscate("baggies of ❄️ and 💊")
    assert "meth" in deobfuscate("冰🧊和叶子🍃")
    assert "knife" in deobfuscate("横にカッター🔪")
    assert "naked" in deobfuscate("🍑🍆 energy")


def test_harmless_emoji_stay_harmless() -> None:
    # Ice is a drink's unless another drug emoji stands by it; a peach alone is fruit.
    assert deobfuscate("iced latte 🧊") == "iced latte 🧊"
    assert deobfuscate("peach smoothie 🍑") == "peach smoothie 🍑"
    for text in (
        "Autumn sale 🍁🍃 30% off knitwear",
        "Pharmacy post 💊 vitamins, 2 for £10",
        "Watermelon 🍉 slush, summer sale",
        "K1LLER DEALS, 50% off everything",
        "headline 'n o w  o p e n' in spaced capitals",
    ):
        assert classify(text) == {}, text


def test_classifier_flags_what_the_reading_flags() -> None:
    assert "sexual" in classify("Cover: the model fully n@k3d, full frontal, x-rated")
    assert classify("Cover: the model fully dressed, full length") == {}
