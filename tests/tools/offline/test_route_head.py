"""The planner's second look: its features, when it may overrule the rules, its stored file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench import route_head as bench_head
from bench.routing import SPLITS, load_cases
from core.errors import ConfigError
from tools.offline import planner, route_head

GENERATE = planner.GENERATE
CLARIFY = planner.CLARIFY
EDIT = planner.EDIT
REPLY = planner.REPLY
FINALIZE = planner.FINALIZE


def _head(preferences: dict[str, float]) -> route_head.RouteHead:
    """A head whose scores are its biases alone, whatever the brief says."""
    tools = tuple(preferences)
    return route_head.RouteHead(
        tools=tools,
        idf=np.ones(route_head.WIDTH, dtype=np.float32),
        weights=np.zeros((len(tools), route_head.WIDTH), dtype=np.float32),
        bias=np.array([preferences[t] for t in tools], dtype=np.float32),
        margin=0.75,
        floor=0.0,
        trained_on={},
    )


def _look(head: route_head.RouteHead, rule: str, **context: object) -> str:
    current = bool(context.get("current_image", False))
    attachments = int(str(context.get("attachments", 0)))
    return head.second_look(
        rule, "anything", current_image=current, attachments=attachments, mask=False
    )


def test_the_shipped_head_was_trained_on_the_labels_as_they_are_now() -> None:
    head = route_head.RouteHead.read()
    now = {name: bench_head.digest(path) for name, path in SPLITS.items()}
    assert head.trained_on == now, "retrain: python -m bench.route_head train"
    assert set(head.tools) == set(route_head.TOOL_OF_ACTION.values())


def test_context_is_one_slot_each_and_an_image_reads_the_words_again() -> None:
    bare = route_head.features("ok", current_image=False, attachments=0, mask=False)
    with_image = route_head.features("ok", current_image=True, attachments=0, mask=False)
    everything = route_head.features("ok", current_image=True, attachments=3, mask=True)
    assert all(slot < route_head.SLOTS for slot in bare)
    # The words again in the second table, and one slot for the image itself.
    assert len(with_image) == 2 * len(bare) + 1
    assert {slot - route_head.SLOTS for slot in with_image if slot >= route_head.SLOTS} == set(bare)
    assert len(everything) == 2 * len(bare) + 3
    assert with_image != route_head.features("ok", current_image=False, attachments=1, mask=False)


def test_features_read_a_brief_the_same_however_it_is_typed() -> None:
    plain = route_head.features("Poster please", current_image=False, attachments=0, mask=False)
    shouted = route_head.features(
        "  POSTER   please ", current_image=False, attachments=0, mask=False
    )
    wide = route_head.features(
        "ＰＯＳＴＥＲ please", current_image=False, attachments=0, mask=False
    )
    assert plain == shouted == wide


def test_the_rules_stand_unless_the_head_prefers_another_tool_by_the_margin() -> None:
    close = _head({GENERATE: 0.5, REPLY: 0.0})
    assert _look(close, REPLY) == REPLY
    clear = _head({GENERATE: 1.0, REPLY: 0.0})
    assert _look(clear, REPLY) == GENERATE
    assert _look(clear, GENERATE) == GENERATE


def test_a_question_the_rules_asked_for_a_visual_is_never_rendered() -> None:
    head = _head({GENERATE: 5.0, CLARIFY: 0.0, REPLY: 0.0})
    assert _look(head, CLARIFY) == CLARIFY
    # The same lead turns a reply into a render: only the rules' question stands.
    assert _look(head, REPLY) == GENERATE


def test_a_question_about_a_new_visual_is_not_answered_with_an_edit() -> None:
    head = _head({EDIT: 5.0, CLARIFY: 0.0, REPLY: 0.0})
    asked = head.second_look(
        CLARIFY, "x", current_image=True, attachments=0, mask=False, visual_asked=True
    )
    assert asked == CLARIFY
    # The question of what to change in the image on screen may be an edit after all.
    change = head.second_look(CLARIFY, "x", current_image=True, attachments=0, mask=False)
    assert change == EDIT


def test_a_new_visual_with_no_format_stays_a_question_with_an_image_on_screen() -> None:
    brief = planner.Brief(
        text="Create a summer-sale visual for Acme with our logo and the copy 'Stay Cool'",
        current_image=True,
    )
    assert planner.choose(brief) == CLARIFY


def test_the_head_never_chooses_what_the_context_cannot_carry_out() -> None:
    edits = _head({EDIT: 5.0, REPLY: 0.0})
    assert _look(edits, REPLY) == REPLY
    assert _look(edits, REPLY, attachments=1) == EDIT
    assert _look(edits, REPLY, current_image=True) == EDIT
    finals = _head({FINALIZE: 5.0, REPLY: 0.0})
    assert _look(finals, REPLY, attachments=2) == REPLY
    assert _look(finals, REPLY, current_image=True) == FINALIZE


def test_the_planner_asks_the_head_after_its_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    brief = planner.Brief(text="A4 poster of our green tea, headline 'Fresh Leaves'")
    assert planner.rule_choice(brief) == GENERATE
    monkeypatch.setattr(route_head, "shipped", lambda: _head({REPLY: 5.0, GENERATE: 0.0}))
    assert planner.choose(brief) == REPLY
    monkeypatch.setattr(route_head, "shipped", lambda: None)
    assert planner.choose(brief) == GENERATE


def test_a_stored_head_reads_back_with_the_same_choices(tmp_path: Path) -> None:
    cases = load_cases("tuning")
    head = bench_head.fit(cases, trained_on={"tuning": "x"})
    path = tmp_path / "head.npz"
    head.write(path)
    again = route_head.RouteHead.read(path)
    assert again.tools == head.tools and again.trained_on == {"tuning": "x"}
    for case in cases[:50]:
        first, second = (
            h.scores(
                case.brief,
                current_image=case.current_image,
                attachments=case.attachments,
                mask=case.mask,
            )
            for h in (head, again)
        )
        assert max(first, key=first.__getitem__) == max(second, key=second.__getitem__)


def test_a_file_that_is_not_a_routing_head_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "head.npz"
    path.write_bytes(b"not a zip")
    with pytest.raises(ConfigError, match="not a routing head"):
        route_head.RouteHead.read(path)
    small = _head({GENERATE: 1.0, REPLY: 0.0})
    wrong = route_head.RouteHead(
        tools=small.tools,
        idf=small.idf[:100],
        weights=small.weights[:, :100],
        bias=small.bias,
        margin=0.75,
        floor=0.0,
        trained_on={},
    )
    wrong.write(path)
    with pytest.raises(ConfigError, match="does not have"):
        route_head.RouteHead.read(path)
