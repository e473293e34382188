"""A term list compiled in part for one text finds exactly what the whole list finds."""

from __future__ import annotations

import importlib
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import policy as policy_module
from tools.policy import (
    Policy,
    _literal_runs,
    _needs,
    _Patterns,
    _top_groups,
    load_policy,
    normalise,
)

DATA = Path(__file__).parents[1] / "data"
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")


@pytest.mark.parametrize(
    ("source", "runs"),
    [
        (r"fake\s+passport", [["fake", "passport"]]),
        (r"fakes?\s+id", [["fake", "id"]]),
        (r"(?:fake|forged) passport", [[" passport"]]),
        (r"fake passport|forged id", [["fake passport"], ["forged id"]]),
        (r"a[bc]d\.e", [["a", "d.e"]]),
        (r"x{2,3}yz", [["yz"]]),
        (r"\bnoose\b", [["noose"]]),
        (r"(?:a|b)", [[]]),
        (r"(unclosed", None),
        (r"[unclosed", None),
        (r"紙幣(?:の|を)?コピー", [["紙幣", "コピー"]]),
    ],
)
def test_literal_runs_read_what_an_expression_requires(
    source: str, runs: list[list[str]] | None
) -> None:
    assert _literal_runs(source) == runs


def test_expressions_with_flags_or_optional_branches_need_nothing_known() -> None:
    assert _needs("re:(?i)passport") is None
    assert _needs("re:fake|(?:forged)") is None  # one branch has no literal run
    assert _needs("passport holder") == (normalise("passport holder"),)


def _top_branches(source: str) -> list[str]:
    """``source`` split at the bars outside groups and classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]" or source[i + 1 : i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return [*parts, source[start:]]


def _parser_runs(source: str) -> list[str]:
    """The runs of literals at the top of ``source`` as the standard library's parser sees
    them."""
    runs, run = [], ""
    for op, value in _parser.parse(source):
        if op is _constants.LITERAL:
            run += chr(value)
        else:
            runs.append(run)
            run = ""
    return [*runs, run]


def test_every_shipped_expression_s_runs_are_the_regex_parser_s() -> None:
    policy = load_policy()
    checked = 0
    for terms in policy.terms.values():
        for term in terms:
            if not term.startswith("re:"):
                continue
            source = policy_module._INCLUDE.sub(".", policy_module._regex_source(term[3:]))
            runs = _literal_runs(source)
            if runs is None:
                continue
            branches = _top_branches(source)
            assert len(branches) == len(runs), term
            # Each run the light reading finds lies inside a run of literals that the
            # parser finds at the top of the same branch.
            for branch, found in zip(branches, runs, strict=True):
                parsed = _parser_runs(branch)
                for run in found:
                    assert any(run in p for p in parsed), (term, run)
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    ("source", "groups"),
    [
        (
            r"(和|跟|与)(真的|官方的?)[^，]{0,8}(一模一样|相同)",
            ["和|跟|与", "真的|官方的?", "一模一样|相同"],
        ),
        (r"(?:fake|forged) (?P<doc>id|passport)", ["fake|forged", "id|passport"]),
        (r"(?<!brand )(?:passport)s?", ["passport"]),  # the lookbehind is no such group
        (r"(?=x)(?i:abc)(a)*(b){1,2}", []),
        (r"([(]x)", ["[(]x"]),
    ],
)
def test_top_groups_are_the_groups_every_match_goes_through(source: str, groups: list[str]) -> None:
    assert _top_groups(source) == groups


def _texts() -> list[str]:
    texts: list[str] = []
    for name in ("prompts.yaml", "heldout_12.yaml", "heldout_16.yaml"):
        items = yaml.safe_load((DATA / "moderation" / name).read_text(encoding="utf-8"))
        texts += [item["text"] for item in items["prompts"]]
    rng = random.Random(7)
    violating = [t for t in texts if t]
    return rng.sample(violating, 400)


def test_lists_compiled_for_a_text_find_what_the_whole_lists_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    policy = load_policy()
    whole = _Patterns(policy.terms, 0)
    monkeypatch.setattr(policy_module, "WHOLE_AFTER", 10**6)
    partial = _Patterns(policy.terms, 0)
    narrowed = 0
    for raw in _texts():
        text = normalise(raw)
        for name in policy.terms:
            got = [m.span() for m in partial.for_text(name, text).finditer(text)]
            want = [m.span() for m in whole.get(name).finditer(text)]
            assert got == want, (name, raw)
        narrowed += len(partial._subsets)
    assert narrowed  # the texts did leave terms out


def test_a_list_asked_about_for_many_texts_is_compiled_whole() -> None:
    policy = load_policy()
    patterns = _Patterns(policy.terms, 0)
    name = "official_document"
    words = ["passport", "visa", "diploma", "birth certificate", "id card", "licence", "permit"]
    for word in words:
        patterns.for_text(name, normalise(f"a {word} for our bakery"))
    # Each text's part costs a compile of its own: a few, then the whole list once.
    assert len(patterns._subsets) <= policy_module.WHOLE_AFTER
    assert name in patterns._compiled


def test_printable_ascii_is_prepared_as_the_full_path_prepares_it() -> None:
    rng = random.Random(3)
    alphabet = "aZ09 .,'-*?()[]{}|\\\t" + "AbCdEfGhIjK"
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        # A zero-width space is not ASCII: it sends the text the long way, and vanishes.
        for fold in (True, False):
            assert policy_module._prepare(text, fold=fold) == policy_module._prepare(
                text + "\u200b", fold=fold
            ), text


def _verdicts(policy: Policy, texts: list[str]) -> list[list[tuple[str, tuple[str, ...]]]]:
    return [[(h.rule_id, h.evidence) for h in policy.check(t).hits] for t in texts]


def test_a_later_process_reads_the_kept_plans_and_file_and_finds_the_same(
    tmp_path: Path,
) -> None:
    texts = _texts()[:60]
    want = _verdicts(load_policy(), texts)
    first = load_policy(tmp_path)
    assert _verdicts(first, texts) == want
    kept = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert len(kept) == 2, kept  # the parsed file and the plans
    policy_module._load.cache_clear()  # as a new process starts
    later = load_policy(tmp_path)
    assert later is not first
    assert later._folded._plans  # known before its first check
    assert _verdicts(later, texts) == want


def test_damaged_or_unwritable_kept_files_are_read_again_from_the_policy(
    tmp_path: Path,
) -> None:
    texts = _texts()[:30]
    want = _verdicts(load_policy(), texts)
    assert _verdicts(load_policy(tmp_path), texts) == want
    for kept in (tmp_path / "cache").iterdir():
        kept.write_bytes(b"\x00 not what was written")
    policy_module._load.cache_clear()
    assert _verdicts(load_policy(tmp_path), texts) == want
    # A folder that cannot be made (a file sits where it would go) keeps nothing.
    other = tmp_path / "other"
    other.mkdir()
    (other / "cache").write_text("a file, not a folder", encoding="utf-8")
    assert _verdicts(load_policy(other), texts) == want
    assert (other / "cache").read_text(encoding="utf-8") == "a file, not a folder"


def test_what_a_check_reports_does_not_depend_on_what_was_compiled_before() -> None:
    texts = _texts()[:80]
    shipped = load_policy()
    fresh = type(shipped)(rules=shipped.rules, terms=shipped.terms)
    warm = type(shipped)(rules=shipped.rules, terms=shipped.terms)
    for name in warm.terms:
        warm._folded.get(name)  # every list compiled: each costs nothing to try first
    assert _verdicts(warm, texts) == _verdicts(fresh, texts)
