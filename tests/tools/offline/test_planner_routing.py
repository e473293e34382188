"""Routing and copy quality on the held-out briefs (tests/data/routing/held_out*.yaml),
which nothing was tuned on: at least 0.9 of the tools chosen and of the copy extracted, and
no brief missed beyond the few recorded below, so a change that costs one brief shows.

``python -m bench.routing`` prints the same figures per action and per language, next to
the planner as it was before.
"""

from __future__ import annotations

import pytest

from bench.routing import (
    ACTIONS,
    HELD_OUT,
    LANGUAGES,
    load_cases,
    planner_copy,
    planner_route,
    score,
)

THRESHOLD = 0.9

# The misses left on purpose, by the start of their miss line. held_out_7 was labelled before
# the header said an edit instruction with no image in context is a reply; held_out_18's
# Korean brief names the new format after "말고" in the same sentence as the copy. In
# held_out_48 a label before a phone number (예약 문의) is cut from its line, and a copy change
# taken back ("算了，文字别动了") is still read as asked. In held_out_56 "Big letters:" before a
# caption kept off the image and 『』 copy beside 他は文字なしで are not read. In held_out_59 a
# swapped CTA before its footnote line, a Korean title before 로 하고, bilingual notice lines,
# copy after उस पर लिखना: and a name after a colon added to a
# wall are not read. In held_out_60 Han after a Latin run after a bare 写 is not read.
KNOWN_MISSES = {
    "held_out_7": (
        "route en 'make the logo bigger and move it top left'",
        "route bn 'লেখাটা একটু বড় করো'",
    ),
    "held_out_18": ('copy  ko "아 잠깐, 인스타 스토리 말고 네이버 블로그 대표 이미지',),
    "held_out_48": ("copy  ko '맨 아래에 작은 글씨로 예약 문의", "copy  zh '把文字换成"),
    "held_out_56": (
        'copy  en "Tokyo barber: use the attached logo',
        "copy  ja 'ラーメン屋のカルーセル6枚。",
    ),
    "held_out_59": (
        'copy  en "Compliance wants the CTA changed.',
        "copy  ko '병원 독감 예방접종 안내 카드뉴스 5장",
        "copy  hi 'नगर निगम का प्रॉपर्टी टैक्स नोटिस",
        "copy  hi 'बिजली बिल की नई दरों के बारे में",
        "copy  bn 'এই ছবিতে ডাক্তারের পেছনের দেয়ালে",
    ),
    "held_out_60": ("copy  zh '涂抹区域的旧标签换成新标签，写 ISO 9001:2015 认证",),
}


@pytest.mark.parametrize("split", HELD_OUT)
def test_held_out_routing_and_copy_reach_the_threshold(split: str) -> None:
    result = score(load_cases(split), planner_route, planner_copy)
    routing, n = result.rate("routing", "all")
    copy, copy_n = result.rate("copy", "all")
    # Big enough that 0.9 allows two or three misses, not a lucky run (held_out_6 is all copy).
    assert n >= 25 and copy_n >= 25
    assert routing >= THRESHOLD, result.misses
    assert copy >= THRESHOLD, result.misses
    known = KNOWN_MISSES.get(split, ())
    assert [m for m in result.misses if not m.startswith(known)] == []


def test_the_sets_cover_every_action_and_language_with_enough_briefs() -> None:
    cases = [case for split in ("tuning", *HELD_OUT) for case in load_cases(split)]
    assert len(cases) >= 150
    assert {c.action for c in cases} == set(ACTIONS)
    assert {c.lang for c in cases} == set(LANGUAGES)
    for lang in LANGUAGES:
        mine = [c for c in cases if c.lang == lang]
        assert {"generate", "clarify", "edit", "finalize", "reply"} <= {c.action for c in mine}
        assert sum(c.text is not None for c in mine) >= 8
    held_out_briefs = {c.brief for split in HELD_OUT for c in load_cases(split)}
    assert not held_out_briefs & {c.brief for c in load_cases("tuning")}
