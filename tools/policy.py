"""The content policy: rules a user can read and edit, checked locally before any model call.

This module owns the policy file format, its evaluation and the rewrite a blocked brief is
offered. The rules ship in ``tools/data/policy.yaml``; ``$ATELIER_HOME/policy.yaml``
overrides them rule by rule (same id replaces, new ids add, ``enabled: false`` removes) and
may add or replace term lists.

Matching is deterministic and multilingual: text is normalised (NFKC, case folding, control
and format characters removed, nukta signs and middle dots dropped, spaces collapsed), then
each rule's term lists are searched. A rule fires on what the text asks to do, not on a word
it mentions: a match group of one term list fires on any hit, but a group of several fires
only when one hit of each list lies in the same clause, each within ``within`` words of the
next, with no ``apart`` term (a conjunction, "for", "next to"…) between them. "A fake
passport" is an action on a protected object; "a fake-leather wallet for your passport" is
not. Clauses end at sentence and clause punctuation (commas included) and at "but" and its
counterparts in the six languages. A rule's ``negation`` terms just before, inside or just
after a hit ("don't recolour the logo", "ロゴの色を変えないで") cancel it; a ``ruled_out`` term
cancels the hits it holds, however far from its "no" ("- no passport, ID card or seals"), and
a hit it holds pairs with no other; a ``mood_of`` term right after a hit ("Scooby-Doo energy")
makes it a comparison of feeling, not a thing to draw. None of a rule's ``unless`` terms may
appear anywhere.
In CJK text two characters count as one word. A rule's ``licence`` lets through what a
licence the brief says is signed covers (``Licence``).

A block rule may carry a ``rewrite`` recipe: term lists whose hits are replaced or dropped
(a named person becomes "a model"), or templates (a product photo of a passport holder
instead of a passport) filled with the brief's format and colour. ``Policy.propose`` applies
the recipes of the rules that blocked a brief and returns the first candidate the policy
itself passes; callers still moderate it before offering it.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import marshal
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from core.errors import ConfigError
from tools import negative_prompt

Severity = Literal["block", "review", "warn"]
Outcome = Literal["pass", "warn", "review", "block"]
Language = Literal["en", "ja", "ko", "zh", "hi", "bn"]
SEVERITY_ORDER: dict[str, int] = {"pass": 0, "warn": 1, "review": 2, "block": 3}
LANGUAGES: tuple[Language, ...] = ("en", "ja", "ko", "zh", "hi", "bn")

DEFAULT_POLICY = Path(__file__).parent / "data" / "policy.yaml"
USER_POLICY_NAME = "policy.yaml"
# The term list a multi-list group uses as ``apart`` when it names none.
APART = "apart"
DEFAULT_WITHIN = 4
# The negation list whose terms span what they negate ("- no passport, ID or seals"): a hit
# they hold is negated, a hit near them is not ("no watermark on the passport" wants one).
RULED_OUT = "ruled_out"
# The negation list of moods ("energy", "vibe", 느낌, 的感觉): a name with one right after it,
# nothing between, compares a feeling ("Scooby-Doo energy, not slasher"); with anything
# between ("Pikachu, cute vibe") the name is still the thing asked for.
MOOD_OF = "mood_of"
# How close a negation must be to count: words before the first hit, after the last.
NEGATION_BEFORE = 3
NEGATION_AFTER = 1
# "Don't forget the logo", "ロゴを忘れずに": a negation of leaving out asks for the thing.
FORGET = re.compile(
    r"\b(forget|leave (it )?out|omit|miss|skip|drop)\b|忘れ|빠뜨리|빼먹|잊지|忘了|忘记|漏掉|"
    r"भूल|ভুলবে|ভুলো|ভুলে যে",
    re.IGNORECASE,
)
# Spans of one list tried per clause when pairing hits; briefs rarely have more.
MAX_SPANS = 8
# Texts a list is compiled in part for (``_Patterns.for_text``) before it is compiled whole.
WHOLE_AFTER = 4

# Removed before matching so that invisible characters cannot split a word apart. Nukta
# signs are dropped because the same Hindi or Bengali word is typed with or without them.
_DROP = {0x093C, 0x09BC, 0x00B7, 0x30FB, 0xFF65, 0x2027}
_DROP_TABLE = dict.fromkeys(_DROP)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})
_SPACES = re.compile(r"\s+")
# A line break ends a sentence: a bullet such as "Mandatories: use the Nike swoosh" is judged
# on its own, not paired with words of the lines around it. Runs of blank space that hold a
# line break collapse to one "\n"; other runs to one space.
_LINE_RUN = re.compile(r"\s*[\n\r\u2028\u2029\x0b\x0c\x85]\s*")
_BLANKS = re.compile(r"[^\S\n]+")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
# Han and kana are written without spaces, but OCR often puts spaces between them; a second
# copy of the text without those spaces is searched too. Hangul is left alone: Korean does
# separate words with spaces.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
# What a Latin-script term must not touch to be a whole word: a letter, digit or underscore,
# but not a Chinese, Japanese or Korean one, since those run into a Latin name with no space
# between ("用Hello Kitty做", "Mickeyを", "Pikachu랑").
_LATIN_WORD = rf"[^\W{_CJK}\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"
# A title's dot ends no sentence: "Dr. Park's name ... exactly like the real one".
_TITLES = r"(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bprof)(?<!डॉ)(?<!ডা)"
_CLAUSE_BREAK = re.compile(
    r"(?<!\b\w)"
    + _TITLES
    + r"\.(?=\s|$)|[!?;:,\n()\[\]{}\"“”«»「」『』【】。！？；：，、।॥]|\s[-–—]+\s|[–—]"
    r"|(?<!\w)(?:but|while|whereas|although|though|however|except)(?!\w)"
    r"|けど|けれど|但是|可是|不过|하지만|그러나|그런데|लेकिन|किंतु|परंतु|কিন্তু|তবে"
)
# A purpose is often its own clause ("a pay stub, for my loan application") or sentence
# ("A doctor's note. Make it so HR accepts it"): groups with ``scope: sentence`` pair hits
# anywhere in one sentence, ``scope: text`` anywhere in the brief.
_SENTENCE_BREAK = re.compile(r"(?<!\b\w)" + _TITLES + r"\.(?=\s|$)|[!?\n。！？।॥]")
_INCLUDE = re.compile(r"\{\{([a-z0-9_]+)\}\}")


def _prepare(text: str, *, fold: bool) -> str:
    if text.isascii() and text.isprintable():
        # Nothing below changes printable ASCII but the folding and the spaces; most terms
        # are such, and a check prepares thousands of them.
        text = text.casefold() if fold else text
        return _BLANKS.sub(" ", text.strip()).strip()
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    kept = []
    for ch in text:
        if ord(ch) in _DROP:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            # Control characters become spaces (they may separate words); format characters
            # such as zero-width joiners vanish (they sit inside words).
            if cat == "Cc":
                kept.append("\n" if ch in _LINE_BREAKS else " ")
            continue
        if ch in _LINE_BREAKS:
            kept.append("\n")
            continue
        kept.append(ch)
    # Decompose again after dropping so a composed letter with nukta loses it too.
    text = unicodedata.normalize("NFD", "".join(kept))
    text = unicodedata.normalize("NFC", "".join(ch for ch in text if ord(ch) not in _DROP))
    if fold:
        text = text.casefold()
    return _BLANKS.sub(" ", _LINE_RUN.sub("\n", text.strip())).strip()


def normalise(text: str) -> str:
    """The form both text and terms are compared in."""
    return _prepare(text, fold=True)


def language_of(text: str) -> Language:
    """The brief's language by its script: kana Japanese, hangul Korean, Han alone Chinese."""
    counts = {"kana": 0, "hangul": 0, "han": 0, "deva": 0, "beng": 0}
    for ch in text:
        code = ord(ch)
        if 0x3040 <= code <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            counts["hangul"] += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            counts["han"] += 1
        elif 0x0900 <= code <= 0x097F:
            counts["deva"] += 1
        elif 0x0980 <= code <= 0x09FF:
            counts["beng"] += 1
    if counts["kana"]:
        return "ja"
    if counts["hangul"]:
        return "ko"
    if counts["han"]:
        return "zh"
    if counts["deva"] or counts["beng"]:
        return "hi" if counts["deva"] >= counts["beng"] else "bn"
    return "en"


# The brand's working words said in English inside a sentence of another language ("うちの
# logoをstretchして", "brandチームの承認", "로고 stretch", "लोगो को stretch", "brand টিমকে না
# জানিয়ে"): each language's rules are written in its own words, so a brief is also read with
# these put back into its language. The reading only adds hits.
_LOANWORDS: dict[Language, dict[str, str]] = {
    "ja": {
        "logo": "ロゴ", "brand": "ブランド", "guide": "ガイド", "guideline": "ガイドライン",
        "guidelines": "ガイドライン", "team": "チーム", "approval": "承認", "approve": "承認",
        "stretch": "引き伸ばし", "squash": "潰し", "distort": "歪め", "skew": "傾け",
        "flip": "反転し", "rotate": "回転させ", "manager": "マネージャー",
    },
    "ko": {
        "logo": "로고", "brand": "브랜드", "guide": "가이드", "guideline": "가이드라인",
        "guidelines": "가이드라인", "team": "팀", "approval": "승인", "approve": "승인",
        "stretch": "늘려", "squash": "찌그러뜨려", "distort": "왜곡", "manager": "매니저",
    },
    "zh": {
        "brand": "品牌", "guide": "指南", "guideline": "规范", "guidelines": "规范", "team": "团队",
        "approval": "审批", "approve": "批准", "stretch": "拉长", "squash": "压扁",
        "distort": "变形", "manager": "经理",
    },
    "hi": {
        "logo": "लोगो", "brand": "ब्रांड", "guide": "गाइड", "guideline": "गाइडलाइन",
        "guidelines": "गाइडलाइन", "team": "टीम", "approval": "अप्रूवल", "stretch": "खींच",
        "manager": "मैनेजर",
    },
    "bn": {
        "logo": "লোগো", "brand": "ব্র্যান্ড", "guide": "গাইড", "guideline": "গাইডলাইন",
        "guidelines": "গাইডলাইন", "team": "টিম", "approval": "অনুমোদন", "stretch": "টেনে",
        "manager": "ম্যানেজার",
    },
}  # fmt: skip
_LATIN_RUN = re.compile(r"[a-z]+")


def loanword_reading(text: str) -> str:
    """``text`` (normalised) with the English working words of :data:`_LOANWORDS` put into
    the language of its script; unchanged for a brief in English or in Latin letters."""
    words = _LOANWORDS.get(language_of(text))
    if not words:
        return text

    def one(match: re.Match[str]) -> str:
        start, end = match.span()
        if (start and re.match(_LATIN_WORD, text[start - 1])) or (
            end < len(text) and re.match(_LATIN_WORD, text[end])
        ):
            return match.group(0)
        return words.get(match.group(0), match.group(0))

    return _LATIN_RUN.sub(one, text)


def words_between(gap: str) -> int:
    """How many words separate two hits: spaced words, plus CJK characters two to a word."""
    cjk = len(_CJK_CHAR.findall(gap))
    rest = _CJK_CHAR.sub(" ", gap)
    spaced = sum(1 for token in rest.split() if any(ch.isalnum() for ch in token))
    return spaced + (cjk + 1) // 2


def _regex_source(source: str) -> str:
    """A regular expression's text with the characters matching drops removed.

    Not case folded: folding would turn ``\\W`` into ``\\w``.
    """
    if source.isascii():
        return source
    decomposed = unicodedata.normalize("NFD", source)
    return unicodedata.normalize("NFC", decomposed.translate(_DROP_TABLE))


def _term_pattern(term: str, terms: Mapping[str, Sequence[str]]) -> str:
    if term.startswith("re:"):
        return f"(?:{_expand(_regex_source(term[3:]), terms)})"
    star = term.endswith("*")
    body = normalise(term.rstrip("*"))
    escaped = re.escape(body)
    if body.isascii():
        tail = rf"{_LATIN_WORD}*" if star else ""
        return rf"(?<!{_LATIN_WORD}){escaped}{tail}(?!{_LATIN_WORD})"
    return escaped


def _expand(regex: str, terms: Mapping[str, Sequence[str]]) -> str:
    """``{{name}}`` inside a regular expression stands for the term list ``name``."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in terms:
            raise ConfigError(f"a policy expression uses the unknown term list {name!r}")
        parts = [
            f"(?:{_regex_source(t[3:])})"
            if t.startswith("re:")
            else re.escape(normalise(t.rstrip("*")))
            for t in terms[name]
            if t.strip() and not _INCLUDE.search(t)
        ]
        return "(?:" + "|".join(parts or ["(?!)"]) + ")"

    return _INCLUDE.sub(one, regex)


def _literal_body(term: str) -> str | None:
    """The folded text a plain term matches, or None for a ``re:`` term or a blank one."""
    if term.startswith("re:") or not term.strip():
        return None
    return normalise(term.rstrip("*"))


IncludeNeeds = Callable[[str], "tuple[str, ...] | None"]
# Stand-ins for ``{{name}}`` while an expression is read: private-use characters, which no
# policy text contains.
_MARKER_BASE = 0xE000


def _needs(term: str, include_needs: IncludeNeeds | None = None) -> tuple[str, ...] | None:
    """Texts one of which every match of ``term`` contains; None when that is not plain.

    A plain term needs its folded text. A ``re:`` term needs the longest run of literal
    characters at its top level, or one per branch when it has branches at the top
    (``_literal_runs``). With ``include_needs``, a ``{{name}}`` at the top level may serve
    instead: any of the texts list ``name`` needs, when those are longer than the run (a
    term made of two lists and a space needs no more than a space of its own). An
    expression with flags of its own needs nothing known.
    """
    body = _literal_body(term)
    if body is not None:
        return (body,)
    if not term.startswith("re:"):
        return None
    raw = _regex_source(term[3:])
    source = raw
    names: list[str] = []

    def mark(match: re.Match[str]) -> str:
        if include_needs is None:
            return "."
        names.append(match.group(1))
        return chr(_MARKER_BASE + len(names) - 1)

    source = _INCLUDE.sub(mark, source)
    if "(?" in source and re.search(r"\(\?[a-zA-Z-]+\)", source):
        return None
    branches = _literal_runs(source)
    if branches is None:
        return None
    groups = _top_groups(raw) if len(branches) == 1 else []
    needs: list[str] = []
    for runs in branches:
        best: tuple[str, ...] = ()
        score = 0
        # A group every match passes through ("(和|跟|与)真的…", "(?:fake|forged) id") needs
        # one of the texts its own branches need.
        for content in groups:
            options = _needs("re:" + content, include_needs)
            if options and min(map(len, options)) > score:
                best, score = options, min(map(len, options))
        for run in runs:
            for piece in re.split(r"([\ue000-\uefff])", run):
                if not piece:
                    continue
                if len(piece) == 1 and _MARKER_BASE <= ord(piece) <= 0xEFFF and include_needs:
                    options = include_needs(names[ord(piece) - _MARKER_BASE])
                    if options and min(map(len, options)) > score:
                        best, score = options, min(map(len, options))
                elif piece.strip() and len(piece) > score:
                    best, score = (piece,), len(piece)
        if not best:
            return None
        needs.extend(best)
    return tuple(needs)


_QUANTIFIER = "?*+{"


def _after_class(source: str, i: int) -> int | None:
    """Where the character class opening at ``source[i]`` ends, or None when it does not."""
    i += 1
    if i < len(source) and source[i] == "^":
        i += 1
    if i < len(source) and source[i] == "]":
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1 if i < len(source) else None


_NAMED_GROUP = re.compile(r"\(\?P<[A-Za-z_]\w*>")


def _top_groups(source: str) -> list[str]:
    """The contents of the groups at the top level of an expression that every match goes
    through: capturing, non-capturing or named, with no quantifier after them (so not
    lookarounds, and not optional)."""
    groups: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _after_class(source, i) or len(source)
            continue
        if ch == "(":
            if depth == 0:
                named = _NAMED_GROUP.match(source, i)
                if source.startswith("(?:", i):
                    start = i + 3
                elif named is not None:
                    start = named.end()
                elif source.startswith("(?", i):
                    start = -1  # a lookaround or flags: no text every match contains
                else:
                    start = i + 1
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return []
            if depth == 0 and start >= 0:
                after = source[i + 1 : i + 2]
                if not after or after not in _QUANTIFIER:
                    groups.append(source[start:i])
        i += 1
    return groups if depth == 0 else []


_COUNT = re.compile(r"\{\d*(?:,\d*)?\}")
_SPECIAL = set(".^$*+?{}[]()|\\")


def _literal_runs(source: str) -> list[list[str]] | None:
    """Per top-level branch of a regular expression, its runs of required literal characters.

    A light reading of the expression, enough for what policy terms use: groups and
    character classes are skipped (they break a run), a character made optional by a
    quantifier is left out, and an escape is literal only for punctuation. None when the
    text cannot be read this way.
    """
    branches: list[list[str]] = [[]]
    run: list[str] = []
    depth = 0
    i = 0

    def close_run() -> None:
        if run:
            branches[-1].append("".join(run))
            run.clear()

    while i < len(source):
        ch = source[i]
        if ch == "\\":
            if i + 1 >= len(source):
                return None
            nxt = source[i + 1]
            i += 2
            if depth or nxt.isalnum() or nxt == "_":
                close_run()
                continue
            literal = nxt
        elif ch == "[":
            close_run()
            after = _after_class(source, i)
            if after is None:
                return None
            i = after
            continue
        elif ch == "(":
            close_run()
            depth += 1
            i += 1
            continue
        elif ch == ")":
            close_run()
            depth -= 1
            if depth < 0:
                return None
            i += 1
            continue
        elif ch == "|" and depth == 0:
            close_run()
            branches.append([])
            i += 1
            continue
        elif ch == "{" and (count := _COUNT.match(source, i)) is not None:
            close_run()  # {m,n} repeats what came before: its digits are no literal
            i = count.end()
            continue
        elif depth or ch in _SPECIAL:
            close_run()
            i += 1
            continue
        else:
            literal = ch
            i += 1
        # A quantifier after the character makes it optional or repeated: not a run's part.
        if i < len(source) and source[i] in _QUANTIFIER:
            close_run()
            continue
        run.append(literal)
    if depth:
        return None
    close_run()
    return branches


def compile_terms(
    terms: Iterable[str],
    *,
    lists: Mapping[str, Sequence[str]] | None = None,
    flags: int = 0,
) -> re.Pattern[str]:
    # Plain words share one word-boundary check and longer words come first, so a scan
    # tries one alternation per kind instead of a lookbehind per word (a tenth of the time
    # on long OCR text), and "passport holder" wins over "passport" where both match.
    words: list[str] = []
    stems: list[str] = []
    runs: list[str] = []
    parts: list[str] = []
    for term in terms:
        body = _literal_body(term)
        if body is None:
            if term.startswith("re:"):
                parts.append(_term_pattern(term, lists or {}))
            continue
        if not body.isascii():
            runs.append(body)
        elif term.endswith("*"):
            stems.append(body)
        else:
            words.append(body)

    def alternation(items: list[str]) -> str:
        return "|".join(re.escape(i) for i in sorted(set(items), key=len, reverse=True))

    if words:
        parts.append(rf"(?<!{_LATIN_WORD})(?:{alternation(words)})(?!{_LATIN_WORD})")
    if stems:
        parts.append(rf"(?<!{_LATIN_WORD})(?:{alternation(stems)}){_LATIN_WORD}*(?!{_LATIN_WORD})")
    if runs:
        parts.append(f"(?:{alternation(runs)})")
    if not parts:
        return re.compile(r"(?!)")
    return re.compile("|".join(parts), flags)


def _resolved(terms: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Term lists with ``@name`` entries replaced by the entries of list ``name``."""
    out: dict[str, list[str]] = {}

    def resolve(name: str, seen: tuple[str, ...]) -> list[str]:
        if name in out:
            return out[name]
        if name in seen:
            raise ConfigError(f"the policy term list {name!r} includes itself")
        flat: list[str] = []
        for entry in terms[name]:
            if entry.startswith("@"):
                other = entry[1:]
                if other not in terms:
                    raise ConfigError(
                        f"the policy term list {name!r} includes the unknown list {other!r}"
                    )
                flat.extend(resolve(other, (*seen, name)))
            else:
                flat.append(entry)
        out[name] = flat
        return flat

    for name in terms:
        resolve(name, ())
    return out


class Group(BaseModel):
    """Term lists that must all hit, close together in one clause, for a rule to fire."""

    model_config = ConfigDict(extra="forbid")

    all: list[str] = Field(min_length=1)
    within: int = Field(default=DEFAULT_WITHIN, ge=0)
    apart: list[str] | None = None  # None: the policy's ``apart`` list when it has one
    scope: Literal["clause", "sentence", "text"] = "clause"


class Choice(BaseModel):
    """One replacement text per language, used when ``when`` matches the evidence."""

    model_config = ConfigDict(extra="forbid")

    when: str | None = None
    text: dict[Language, str]


class Rewrite(BaseModel):
    """How a brief this rule blocked becomes the nearest brief that passes.

    ``replace``: hits of a term list become the text given per language ("" drops them).
    ``region``: the whole span of the rule's match (first hit to last) becomes this text.
    ``templates``: briefs per language with ``{format}``, ``{object}`` and ``{colour}``
    slots, tried in order; the first whose slots the brief can fill is used. ``objects``
    fill ``{object}`` from the rule's evidence.
    """

    model_config = ConfigDict(extra="forbid")

    replace: dict[str, dict[Language, str]] = Field(default_factory=dict)
    region: dict[Language, str] | None = None
    objects: list[Choice] = Field(default_factory=list)
    templates: list[dict[Language, str]] = Field(default_factory=list)


class Licence(BaseModel):
    """What a licence or a talent contract the brief says is signed lets through.

    It covers the character, mark or person named beside it (in its clause, within ``near``
    words), the others of the same owner (each list of ``owners`` is one licensor's names),
    and, when nothing is named beside it, the brief's one protected thing. A second one, not
    covered, keeps the rule's block: a Sanrio licence is no licence for Pikachu or for a
    face swap. ``cover``: the rule's own lists, each of whose hits must be covered;
    ``entities``: every list that names a protected thing, to tell one from several.
    """

    model_config = ConfigDict(extra="forbid")

    signed: str
    doubt: str | None = None
    cover: list[str] = Field(min_length=1)
    entities: list[str] = Field(default_factory=list)
    owners: list[str] = Field(default_factory=list)
    near: int = Field(default=4, ge=0)

    def names(self) -> list[str]:
        extra = [self.doubt] if self.doubt else []
        return [self.signed, *extra, *self.cover, *self.entities, *self.owners]


class Rule(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    severity: Severity
    category: str
    explanation: str
    advice: str = ""
    match: list[Group] = Field(min_length=1)
    negation: list[str] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list)
    # Term lists that must each hit somewhere in the text before the rule's groups are even
    # compiled: a cheap gate ("logo") in front of costly expressions (its recolour phrasings).
    requires: list[str] = Field(default_factory=list)
    rewrite: Rewrite | None = None
    licence: Licence | None = None
    enabled: bool = True

    @field_validator("match", mode="before")
    @classmethod
    def _groups(cls, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        groups: list[Any] = []
        for group in value:
            if isinstance(group, list):
                if not group:
                    raise ValueError("every match group needs at least one term list")
                groups.append({"all": group})
            else:
                groups.append(group)
        return groups


@dataclass(frozen=True)
class RuleHit:
    rule_id: str
    severity: Severity
    category: str
    explanation: str
    advice: str
    evidence: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule_id,
            "severity": self.severity,
            "category": self.category,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class PolicyResult:
    hits: tuple[RuleHit, ...] = ()

    @property
    def outcome(self) -> Outcome:
        worst: Outcome = "pass"
        for hit in self.hits:
            if SEVERITY_ORDER[hit.severity] > SEVERITY_ORDER[worst]:
                worst = hit.severity
        return worst

    def by_severity(self, severity: Severity) -> list[RuleHit]:
        return [h for h in self.hits if h.severity == severity]

    @property
    def rule_ids(self) -> list[str]:
        return [h.rule_id for h in self.hits]


Span = tuple[int, int]


@dataclass(frozen=True)
class _Found:
    """Where one group of a rule matched: one span per term list, in the group's order."""

    spans: tuple[Span, ...]
    text: str

    @property
    def evidence(self) -> tuple[str, ...]:
        return tuple(self.text[a:b] for a, b in self.spans)

    @property
    def region(self) -> Span:
        return min(a for a, _ in self.spans), max(b for _, b in self.spans)


class _Patterns:
    """The compiled term lists, for one way of comparing (folded, or case-insensitive).

    A list compiles when a search first needs it: a check that stops at the first rules, or
    a rewrite that fills two slots, does not pay for compiling all eighty lists.
    """

    def __init__(
        self, terms: Mapping[str, Sequence[str]], flags: int, *, plans: Path | None = None
    ) -> None:
        self._terms = terms
        self._flags = flags
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._plans: dict[str, list[tuple[str, tuple[str, ...] | None]]] = {}
        # Where the plans of an earlier process with the same lists and code are kept: reading
        # what every term needs is pure Python, most of a one-off check's time.
        self._plan_file = plans
        self._plans_saved = 0
        if plans is not None:
            with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                kept = marshal.loads(plans.read_bytes())
                if isinstance(kept, dict) and all(
                    isinstance(plan, list) and all(len(step) == 2 for step in plan)
                    for plan in kept.values()
                ):
                    self._plans.update(kept)
                    self._plans_saved = len(self._plans)
        self._subsets: dict[tuple[str, tuple[str, ...]], re.Pattern[str]] = {}
        self._asked: dict[str, int] = {}
        self._included: dict[str, tuple[str, ...] | None] = {}
        self._sizes: dict[str, int] = {}
        self._lock = threading.Lock()

    def cost(self, name: str) -> int:
        """How much compiling ``name`` would take (its size with the lists it includes); 0
        once compiled."""
        if name in self._compiled:
            return 0
        size = self._sizes.get(name)
        if size is None:
            size = 0
            for term in self._terms.get(name, ()):
                size += len(term)
                for included in _INCLUDE.findall(term):
                    if included != name:
                        size += sum(len(t) for t in self._terms.get(included, ()))
            self._sizes[name] = size
        return size

    def get(self, name: str) -> re.Pattern[str]:
        pattern = self._compiled.get(name)
        if pattern is None:
            with self._lock:
                pattern = self._compiled.get(name)
                if pattern is None:
                    pattern = compile_terms(self._terms[name], lists=self._terms, flags=self._flags)
                    self._compiled[name] = pattern
        return pattern

    def _include_needs(self, name: str) -> tuple[str, ...] | None:
        """Texts one of which ``{{name}}`` needs: what each of its terms needs (the terms a
        ``{{name}}`` expands to, those that include no other list)."""
        if name not in self._included:
            needs: list[str] = []
            for term in self._terms.get(name, ()):
                if not term.strip() or _INCLUDE.search(term):
                    continue
                need = _needs(term)
                if need is None:
                    needs = []
                    break
                needs.extend(need)
            self._included[name] = tuple(needs) if needs else None
        return self._included[name]

    def for_text(self, name: str, text: str) -> re.Pattern[str]:
        """A pattern that finds in ``text`` exactly what ``get(name)`` finds.

        Compiling the lists was most of a short check's time (a one-off ``policy check``
        compiles some fifty). Most terms cannot match a given text: a plain term needs its
        folded text in it, and most ``re:`` terms need a run of letters of their own
        (``_needs``). Leaving those out changes no match, as an alternative that matches
        nowhere changes none of the others. A list asked about for several texts (a
        long-running process) is compiled whole once instead.
        """
        if self._flags != 0 or name in self._compiled:
            return self.get(name)
        plan = self._plans.get(name)
        if plan is None:
            plan = self._plans[name] = [
                (t, _needs(t, self._include_needs)) for t in self._terms[name] if t.strip()
            ]
        kept = tuple(t for t, need in plan if need is None or any(n in text for n in need))
        if len(kept) == len(plan):
            return self.get(name)
        pattern = self._subsets.get((name, kept))
        if pattern is None:
            asked = self._asked[name] = self._asked.get(name, 0) + 1
            if asked > WHOLE_AFTER:
                return self.get(name)
            pattern = compile_terms(kept, lists=self._terms, flags=self._flags)
            with self._lock:
                self._subsets[(name, kept)] = pattern
        return pattern

    def save_plans(self) -> None:
        """Keep the plans read so far for the next process; a read-only home keeps none."""
        if self._plan_file is None or len(self._plans) <= self._plans_saved:
            return
        with self._lock:
            plans = dict(self._plans)
        _keep(self._plan_file, plans)
        self._plans_saved = len(plans)


def plan_file(cache: Path, terms: Mapping[str, Sequence[str]]) -> Path:
    """Where the plans of exactly these term lists, read by exactly this code, are kept."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name, items in terms.items():
        digest.update(name.encode() + b"\0")
        for term in items:
            digest.update(term.encode() + b"\1")
    return cache / f"policy-plans-{digest.hexdigest()[:20]}.marshal"


class _Search:
    """One text searched by one rule set: hits per term list and the clauses, computed once."""

    def __init__(self, text: str, patterns: _Patterns) -> None:
        self.text = text
        self.patterns = patterns
        self._spans: dict[str, list[Span]] = {}
        self.clauses = _pieces(text, _CLAUSE_BREAK)
        self.sentences = _pieces(text, _SENTENCE_BREAK)
        self.whole = [(0, len(text))]
        # What an image prompt's negative prompt lists is ruled out for every rule that reads
        # negations at all.
        self.negative_prompt = negative_prompt.spans(text)

    def spans(self, name: str) -> list[Span]:
        if name not in self._spans:
            self._spans[name] = [
                m.span()
                for m in self.patterns.for_text(name, self.text).finditer(self.text)
                if m.end() > m.start()
            ]
        return self._spans[name]

    def clause_of(self, span: Span) -> Span:
        for clause in self.clauses:
            if clause[0] <= span[0] < clause[1]:
                return clause
        return (0, len(self.text))

    def negated(self, names: Sequence[str], region: Span) -> bool:
        if not names:
            return False
        start, end = region
        if self.ruled_out(names, region):
            return True
        c_start, c_end = self.clause_of(region)
        for name in names:
            if name == RULED_OUT:
                continue
            for a, b in self.spans(name):
                if a < c_start or b > c_end:
                    continue
                if name == MOOD_OF:
                    if a >= end and not self.text[end:a].strip(" ・·-"):
                        return True
                    continue
                gap = self.text[b:start]
                if b <= start and words_between(gap) <= NEGATION_BEFORE and not FORGET.search(gap):
                    return True
                if a >= end and words_between(self.text[end:a]) <= NEGATION_AFTER:
                    return True
                if a >= start and b <= end:
                    return True
        return False

    def ruled_out(self, names: Sequence[str], span: Span) -> bool:
        """Whether a negation's own span holds ``span``: a ticket's bullet that lists what
        must stay out ("- no passport, ID card or seals", "koi asli passport ya mohar nahi
        chahiye") is matched whole by its term, which may run over commas, so its every
        item is negated however far from the "no" or the "nahi"."""
        if names and any(a <= span[0] and span[1] <= b for a, b in self.negative_prompt):
            return True
        return any(a <= span[0] and span[1] <= b for n in names for a, b in self.spans(n))

    def find(self, rule: Rule, group: Group, apart: Sequence[str]) -> _Found | None:
        names = group.all
        if len(names) == 1:
            for span in self.spans(names[0]):
                if not self.negated(rule.negation, span):
                    return _Found((span,), self.text)
            return None
        # One list without a hit settles it: the lists after it are not compiled or searched,
        # so the cheapest to compile are tried first. The hits are then paired in the
        # group's order, so what a check reports does not depend on what was compiled before.
        found_in: dict[str, list[Span]] = {}
        for name in sorted(names, key=self.patterns.cost):
            spans = self.spans(name)
            if not spans:
                return None
            found_in[name] = spans
        per_list = [found_in[name] for name in names]
        pieces = {"clause": self.clauses, "sentence": self.sentences, "text": self.whole}
        for c_start, c_end in pieces[group.scope]:
            inside = [
                [s for s in spans if c_start <= s[0] < c_end][:MAX_SPANS] for spans in per_list
            ]
            if not all(inside):
                continue
            for combo in itertools.product(*inside):
                if self._close(sorted(combo), group.within, apart):
                    found = _Found(tuple(combo), self.text)
                    # A hit a bullet rules out pairs with nothing, whatever clause the other
                    # hit is in: "no govt seals" is no seal on the passport photo guide.
                    if any(self.ruled_out(rule.negation, s) for s in combo):
                        continue
                    if not self.negated(rule.negation, found.region):
                        return found
        return None

    def _close(self, ordered: list[Span], within: int, apart: Sequence[str]) -> bool:
        for (_, end), (start, _) in itertools.pairwise(ordered):
            if start <= end:
                continue
            gap = self.text[end:start]
            if words_between(gap) > within:
                return False
            for name in apart:
                if any(end <= a and b <= start for a, b in self.spans(name)):
                    return False
        return True


def _beside(search: _Search, entity: Span, signed: Span, near: int) -> bool:
    """Whether ``entity`` is named beside the licence phrase ``signed``: inside it, or in
    one of its clauses within ``near`` words of it."""
    if entity[0] < signed[1] and signed[0] < entity[1]:
        return True
    clauses = {search.clause_of(signed), search.clause_of((signed[1] - 1, signed[1]))}
    if search.clause_of(entity) not in clauses:
        return False
    if entity[1] <= signed[0]:
        gap = search.text[entity[1] : signed[0]]
    else:
        gap = search.text[signed[1] : entity[0]]
    return words_between(gap) <= near


# Where an item of a numbered or bulleted list starts: "2. ", "3) ", "• ", a dash opening a
# line; circled numbers are plain digits once normalised, so "④ " reads as "4 " and is not
# told from a count.
_ITEM_START = re.compile(
    r"(?:^|(?<=[\s;,:。、，；：]))(?:\d{1,2}[.)](?!\d)|[•・▪●]|(?<=\n)[-*](?=\s))"
)


def _items_apart(text: str, signed: Span, entity: Span) -> bool | None:
    """Whether the licence phrase and ``entity`` lie in two different items of a list; None
    when either is in no item (a licence in the brief's opening covers its list, and a list
    of licence notes covers the deliverable named above it)."""
    starts = [m.start() for m in _ITEM_START.finditer(text)]
    before = [p for p in starts if p <= signed[0]]
    if not before or entity[0] < starts[0]:
        return None
    start = before[-1]
    end = next((p for p in starts if p > signed[0]), len(text))
    return not (start <= entity[0] < end)


def _pieces(text: str, breaks: re.Pattern[str]) -> list[Span]:
    bounds = [0, *(p for m in breaks.finditer(text) for p in m.span()), len(text)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


@dataclass
class Policy:
    """Compiled rules. Build with :func:`load_policy`; ``check`` is pure and fast."""

    rules: list[Rule]
    terms: dict[str, list[str]]
    sources: list[Path] = field(default_factory=list)
    # Term lists compiled at once rather than when first searched: a user's own, so a broken
    # expression in them is a ConfigError when the policy loads, not mid-turn.
    eager: frozenset[str] = frozenset()
    # A folder where what each term needs is kept between processes (``_Patterns``).
    plan_cache: Path | None = None
    _folded: _Patterns = field(init=False, repr=False)
    _cased: _Patterns | None = field(default=None, init=False, repr=False)
    _unless: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)
    _choices: dict[str, list[tuple[re.Pattern[str] | None, Choice]]] = field(
        default_factory=dict, repr=False
    )

    def __post_init__(self) -> None:
        for rule in self.rules:
            named = [n for g in rule.match for n in [*g.all, *(g.apart or [])]]
            named += rule.negation + rule.requires
            if rule.licence is not None:
                named += rule.licence.names()
            if rule.rewrite is not None:
                named += list(rule.rewrite.replace)
            for name in named:
                if name not in self.terms:
                    raise ConfigError(
                        f"policy rule {rule.id!r} uses the unknown term list {name!r}"
                    )
        try:
            self.terms = _resolved(self.terms)
            plans = plan_file(self.plan_cache, self.terms) if self.plan_cache else None
            self._folded = _Patterns(self.terms, 0, plans=plans)
            for name in self.eager:
                self._folded.get(name)
            for rule in self.rules:
                for name in (n for term in rule.unless for n in _INCLUDE.findall(term)):
                    if name not in self.terms:
                        raise ConfigError(
                            f"a policy expression uses the unknown term list {name!r}"
                        )
            # A rule's exceptions compile when the rule first fires: most never do in a short
            # check, and some read whole term lists. A user's file has them compiled at once,
            # so a broken expression in it is a ConfigError when the policy loads.
            if len(self.sources) > 1:
                for rule in self.rules:
                    self._unless_for(rule)
            for rule in self.rules:
                if rule.rewrite is not None:
                    self._choices[rule.id] = [
                        (re.compile(c.when, re.IGNORECASE) if c.when else None, c)
                        for c in rule.rewrite.objects
                    ]
        except re.error as err:
            raise ConfigError(f"the policy has an invalid regular expression: {err}") from None

    def _unless_for(self, rule: Rule) -> re.Pattern[str] | None:
        if not rule.unless:
            return None
        pattern = self._unless.get(rule.id)
        if pattern is None:
            pattern = self._unless[rule.id] = compile_terms(rule.unless, lists=self.terms)
        return pattern

    def _apart(self, group: Group) -> list[str]:
        if group.apart is not None:
            return group.apart
        return [APART] if len(group.all) > 1 and APART in self.terms else []

    def _fired(self, searches: Sequence[_Search], rule: Rule) -> _Found | None:
        if any(not any(s.spans(name) for s in searches) for name in rule.requires):
            return None
        for group in rule.match:
            for search in searches:
                found = search.find(rule, group, self._apart(group))
                if found is not None:
                    return found
        return None

    def check_as_read(self, text: str) -> PolicyResult:
        """``check`` of ``text`` and of its reading with filter-dodging spellings undone
        (``tools.deobfuscate``): a brief spelt past the rules ("pa$$p0rt", "L O S E R") is
        judged as it reads. The reading only adds hits."""
        from tools.deobfuscate import deobfuscate

        result = self.check(text)
        reading = deobfuscate(text)
        if reading == text:
            return result
        fired = set(result.rule_ids)
        more = [h for h in self.check(reading).hits if h.rule_id not in fired]
        return PolicyResult((*result.hits, *more))

    def check(self, text: str) -> PolicyResult:
        norm = normalise(text)
        if not norm:
            return PolicyResult()
        compact = _CJK_GAP.sub("", norm)
        searches = [_Search(norm, self._folded)]
        if compact != norm:
            searches.append(_Search(compact, self._folded))
        read = loanword_reading(norm)
        if read != norm:
            searches.append(_Search(read, self._folded))
            read_compact = _CJK_GAP.sub("", read)
            if read_compact != read:
                searches.append(_Search(read_compact, self._folded))
        hits: list[RuleHit] = []
        for rule in self.rules:
            found = self._fired(searches, rule)
            if found is None:
                continue
            unless = self._unless_for(rule)
            if unless is not None and (
                unless.search(norm) or (read != norm and unless.search(read))
            ):
                continue
            if rule.licence is not None and self._licensed(searches, rule.licence):
                continue
            hits.append(
                RuleHit(
                    rule_id=rule.id,
                    severity=rule.severity,
                    category=rule.category,
                    explanation=" ".join(rule.explanation.split()),
                    advice=" ".join(rule.advice.split()),
                    evidence=found.evidence,
                )
            )
        self._folded.save_plans()
        return PolicyResult(tuple(hits))

    def _licensed(self, searches: Sequence[_Search], licence: Licence) -> bool:
        """Whether the signed licence covers every hit of the rule's own lists."""
        for search in searches:
            own = [span for name in licence.cover for span in search.spans(name)]
            if own:
                return self._covers(search, licence, own)
        # Fired on no protected name (a celebrity said generically): the licence stands.
        return self._covers(searches[0], licence, [])

    def _covers(self, search: _Search, licence: Licence, own: list[Span]) -> bool:
        signed = search.spans(licence.signed)
        if not signed or (licence.doubt and search.spans(licence.doubt)):
            return False
        if not own:
            return True
        text = search.text
        owners = [self._folded.get(name) for name in licence.owners]

        def families(span: Span) -> set[int]:
            named = text[span[0] : span[1]]
            return {i for i, owner in enumerate(owners) if owner.search(named)}

        def beside(span: Span) -> bool:
            return any(_beside(search, span, s, licence.near) for s in signed)

        entities = sorted({s for n in licence.entities for s in search.spans(n)} | set(own))
        named = [e for e in entities if beside(e)]
        # The licensor may be named beside the licence without being a protected name itself
        # ("카카오 라이선스 계약"): its family is covered all the same.
        owned = set().union(*(families(e) for e in named))
        owned |= {
            i for i, name in enumerate(licence.owners) if any(map(beside, search.spans(name)))
        }
        if not named and not owned:
            # A release noted inside one item of a list ("2. our host's half-length shot
            # (release signed)") is that item's person: it covers nothing in another item.
            if any(_items_apart(text, s, e) for s in signed for e in entities) and not any(
                _items_apart(text, s, e) is False for s in signed for e in entities
            ):
                return False
            # Nothing named beside the licence: it covers the brief's one protected thing.
            if len({text[a:b] for a, b in entities}) <= 1:
                return True
            return bool(set.intersection(*(families(e) for e in entities)))
        names = {text[a:b] for a, b in named}
        return all(text[a:b] in names or families((a, b)) & owned for a, b in own)

    # -- the rewrite offered for a blocked brief ----------------------------------------------

    def propose(self, text: str) -> str | None:
        """The nearest brief this policy passes (or only warns about), else None.

        The recipes of the rules that block ``text`` are applied: substitutions first (the
        brief keeps its other words), then each rule's templates. Moderating the proposal
        is the caller's job.
        """
        result = self.check(text)
        blocking = [r for r in self.rules if r.id in result.rule_ids and r.severity == "block"]
        if not blocking or any(r.rewrite is None for r in blocking):
            return None
        display = _prepare(text, fold=False)
        lang = language_of(display)
        # What each rule matched picks its rewrite's object: taken from the check just made,
        # so no term list is compiled again, whole and case-insensitive, to find it anew.
        evidence = {hit.rule_id: " ".join(hit.evidence) for hit in result.hits}
        for candidate in self._candidates(display, lang, blocking, evidence):
            if candidate and SEVERITY_ORDER[self.check(candidate).outcome] <= 1:
                return candidate
        return None

    def _cased_patterns(self) -> _Patterns:
        if self._cased is None:
            self._cased = _Patterns(self.terms, re.IGNORECASE)
        return self._cased

    def _candidates(
        self, text: str, lang: Language, rules: Sequence[Rule], evidence: Mapping[str, str]
    ) -> list[str]:
        out: list[str] = []
        substituted = self._substitute(text, lang, rules)
        if substituted is not None:
            out.append(substituted)
        fills = self._slots(text, lang, rules, evidence)
        for rule in rules:
            assert rule.rewrite is not None
            for template in rule.rewrite.templates:
                pattern = template.get(lang) or template.get("en")
                if pattern is None:
                    continue
                wanted = set(re.findall(r"\{(\w+)\}", pattern))
                if wanted <= fills.keys():
                    out.append(_tidy(pattern.format(**{k: fills[k] for k in wanted}), lang))
        return out

    def _substitute(self, text: str, lang: Language, rules: Sequence[Rule]) -> str | None:
        """Each rule's replacements applied to ``text``; None when no rule has any."""
        edits: list[tuple[int, int, str]] = []
        for rule in rules:
            assert rule.rewrite is not None
            recipe = rule.rewrite
            if not recipe.replace and recipe.region is None:
                continue
            search = _Search(text, self._cased_patterns())
            found = self._fired([search], rule)
            if found is None:
                return None
            if recipe.region is not None:
                start, end = found.region
                edits.append((start, end, recipe.region.get(lang, recipe.region.get("en", ""))))
            for name, by_lang in recipe.replace.items():
                replacement = by_lang.get(lang, by_lang.get("en", ""))
                edits.extend((a, b, replacement) for a, b in search.spans(name))
        if not edits:
            return None
        edits.sort()
        pieces: list[str] = []
        cursor = 0
        for start, end, replacement in edits:
            if start < cursor:
                continue  # overlaps an edit already made
            pieces.append(text[cursor:start])
            pieces.append(replacement)
            cursor = end
            if lang == "ko" and replacement:
                cursor = _korean_particle(text, cursor, replacement, pieces)
        pieces.append(text[cursor:])
        return _tidy("".join(pieces), lang)

    def _slots(
        self, text: str, lang: Language, rules: Sequence[Rule], evidence: Mapping[str, str]
    ) -> dict[str, str]:
        search = _Search(text, self._cased_patterns())
        fills: dict[str, str] = {}
        for slot in ("format", "colour"):
            name = f"slot_{slot}"
            if name in self.terms:
                spans = search.spans(name)
                if spans:
                    fills[slot] = text[spans[0][0] : spans[0][1]]
        for rule in rules:
            matched = evidence.get(rule.id, text)
            for when, choice in self._choices.get(rule.id, []):
                if when is None or when.search(matched):
                    picked = choice.text.get(lang) or choice.text.get("en")
                    if picked:
                        fills.setdefault("object", picked)
                    break
        return fills


# Korean particles change with the last syllable of the word before them: (after a final
# consonant, after a vowel).
_PARTICLES = {"이": ("이", "가"), "가": ("이", "가"), "을": ("을", "를"), "를": ("을", "를")}
_PARTICLES |= {"은": ("은", "는"), "는": ("은", "는"), "과": ("과", "와"), "와": ("과", "와")}


def _korean_particle(text: str, cursor: int, replacement: str, pieces: list[str]) -> int:
    """After a replaced word, append the particle that fits it; return where text resumes."""
    particle = text[cursor : cursor + 1]
    after = text[cursor + 1 : cursor + 2]
    last = replacement[-1]
    if particle not in _PARTICLES or (after and not (after.isspace() or not after.isalnum())):
        return cursor
    if not "\uac00" <= last <= "\ud7a3":
        return cursor
    closed = (ord(last) - 0xAC00) % 28 != 0
    pieces.append(_PARTICLES[particle][0 if closed else 1])
    return cursor + 1


# A replacement next to the word it replaced leaves it twice ("a model a model", "キャラクター
# のキャラクター").
_ECHO = re.compile(r"(?<!\S)((?:\S+ ){0,3}\S+) \1(?!\S)|(\w{3,})[の的]\2", re.IGNORECASE)
_ARTICLES = re.compile(r"\b(?:the|a|an) (?=(?:our|an?|the|my|your)\b)", re.IGNORECASE)
_A_VOWEL = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])")
_AN_CONSONANT = re.compile(r"\b([Aa])n (?=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])")
_DANGLING = re.compile(r"(?:\s*[,;:、，]\s*)+(?=[,;:.、，。]|$)|^\s*[,;:、，]\s*")


def _tidy(text: str, lang: Language) -> str:
    """Spaces, doubled articles and punctuation left behind by a substitution."""
    text = _SPACES.sub(" ", text).strip()
    text = _ECHO.sub(lambda m: m.group(1) or m.group(2), text)
    if lang == "en":
        text = _ARTICLES.sub("", text)
        text = _A_VOWEL.sub(r"\1n ", text)
        text = _AN_CONSONANT.sub(r"\1 ", text)
    text = _DANGLING.sub("", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text).strip(" ,;:、，")
    return text[:1].upper() + text[1:] if text else text


def _read(path: Path, cache: Path | None = None) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
        # The file as read last time, kept by its content: even libyaml's loader builds the
        # shipped file's objects in Python, a third of a one-off `policy check`.
        kept = cache / f"policy-{hashlib.sha256(raw).hexdigest()[:20]}.marshal" if cache else None
        data: Any = None
        if kept is not None:
            with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                data = marshal.loads(kept.read_bytes())
        if not isinstance(data, dict):
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(raw.decode("utf-8"), Loader=loader) or {}
            if kept is not None and isinstance(data, dict):
                _keep(kept, data)
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read the policy file {path}: {err}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"the policy file {path} is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"the policy file {path} must be a mapping with 'rules'")
    return data


def _keep(path: Path, value: Any) -> None:
    """Write ``value`` where a later process reads it back; a read-only home keeps nothing,
    and a value marshal cannot write (YAML dates) is read from its file each time."""
    from core.files import atomic_write

    with contextlib.suppress(OSError, ValueError):
        atomic_write(path, marshal.dumps(value))


def _rules(data: Mapping[str, Any], path: Path) -> list[Rule]:
    raw = data.get("rules") or []
    if not isinstance(raw, list):
        raise ConfigError(f"'rules' in {path} must be a list")
    rules = []
    for index, item in enumerate(raw):
        try:
            rules.append(Rule.model_validate(item))
        except ValidationError as err:
            first = err.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"policy rule {index} in {path}: {loc}: {first['msg']}") from None
    return rules


def _terms(data: Mapping[str, Any], path: Path) -> dict[str, list[str]]:
    raw = data.get("terms") or {}
    if not isinstance(raw, dict) or not all(
        isinstance(v, list) and all(isinstance(t, str) for t in v) for v in raw.values()
    ):
        raise ConfigError(f"'terms' in {path} must map names to lists of strings")
    return {str(k): list(v) for k, v in raw.items()}


def load_policy(home: Path | None = None) -> Policy:
    """The shipped policy, overridden by ``home/policy.yaml`` when that file exists."""
    user = home / USER_POLICY_NAME if home is not None else None
    stamp = user.stat().st_mtime_ns if user is not None and user.exists() else None
    cache = str(home / "cache") if home is not None else None
    return _load(str(user) if stamp is not None else None, stamp, cache)


@lru_cache(maxsize=8)
def _load(user: str | None, stamp: int | None, cache: str | None = None) -> Policy:
    # ``stamp`` is part of the cache key so an edited user file is read again.
    folder = Path(cache) if cache is not None else None
    base = _read(DEFAULT_POLICY, folder)
    terms = _terms(base, DEFAULT_POLICY)
    rules = {r.id: r for r in _rules(base, DEFAULT_POLICY)}
    sources = [DEFAULT_POLICY]
    eager: set[str] = set()
    if user is not None:
        path = Path(user)
        data = _read(path, folder)
        own = _terms(data, path)
        terms.update(own)
        eager.update(own)
        for rule in _rules(data, path):
            rules[rule.id] = rule
        sources.append(path)
    active = [r for r in rules.values() if r.enabled]
    return Policy(
        rules=active,
        terms=terms,
        sources=sources,
        eager=frozenset(eager),
        plan_cache=folder,
    )
