"""The content policy: rules a user can read and edit, checked locally before any model call.

This module owns the policy file format and its evaluation. The rules ship in
``tools/data/policy.yaml``; ``$ATELIER_HOME/policy.yaml`` overrides them rule by rule (same
id replaces, new ids add, ``enabled: false`` removes) and may add or replace term lists.
Matching is deterministic and multilingual: text is normalised (NFKC, case folding, control
and format characters removed, nukta signs and middle dots dropped, spaces collapsed), then
each rule's term lists are searched. A rule fires when all the lists of one of its ``match``
groups hit and none of its ``unless`` terms do; the result names every rule that fired.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from core.errors import ConfigError

Severity = Literal["block", "review", "warn"]
Outcome = Literal["pass", "warn", "review", "block"]
SEVERITY_ORDER: dict[str, int] = {"pass": 0, "warn": 1, "review": 2, "block": 3}

DEFAULT_POLICY = Path(__file__).parent / "data" / "policy.yaml"
USER_POLICY_NAME = "policy.yaml"

# Removed before matching so that invisible characters cannot split a word apart. Nukta
# signs are dropped because the same Hindi or Bengali word is typed with or without them.
_DROP = {0x093C, 0x09BC, 0x00B7, 0x30FB, 0xFF65, 0x2027}
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})
_SPACES = re.compile(r"\s+")
# Han and kana are written without spaces, but OCR often puts spaces between them; a second
# copy of the text without those spaces is searched too. Hangul is left alone: Korean does
# separate words with spaces.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


def normalise(text: str) -> str:
    """The form both text and terms are compared in."""
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
                kept.append(" ")
            continue
        kept.append(ch)
    # Decompose again after dropping so a composed letter with nukta loses it too.
    text = unicodedata.normalize("NFD", "".join(kept))
    text = "".join(ch for ch in text if ord(ch) not in _DROP)
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACES.sub(" ", text).strip()


def _term_pattern(term: str) -> str:
    if term.startswith("re:"):
        return f"(?:{term[3:]})"
    star = term.endswith("*")
    body = normalise(term.rstrip("*"))
    escaped = re.escape(body)
    if body.isascii():
        tail = r"\w*" if star else ""
        return rf"(?<!\w){escaped}{tail}(?!\w)"
    return escaped


def compile_terms(terms: Iterable[str]) -> re.Pattern[str]:
    parts = [_term_pattern(t) for t in terms if t.strip()]
    if not parts:
        return re.compile(r"(?!)")
    return re.compile("|".join(parts))


class Rule(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    severity: Severity
    category: str
    explanation: str
    advice: str = ""
    match: list[list[str]] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)
    enabled: bool = True

    @field_validator("match")
    @classmethod
    def _groups_not_empty(cls, value: list[list[str]]) -> list[list[str]]:
        if any(not group for group in value):
            raise ValueError("every match group needs at least one term list")
        return value


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


@dataclass
class Policy:
    """Compiled rules. Build with :func:`load_policy`; ``check`` is pure and fast."""

    rules: list[Rule]
    terms: dict[str, list[str]]
    sources: list[Path] = field(default_factory=list)
    _patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)
    _unless: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for rule in self.rules:
            for group in rule.match:
                for name in group:
                    if name not in self.terms:
                        raise ConfigError(
                            f"policy rule {rule.id!r} uses the unknown term list {name!r}"
                        )
        try:
            self._patterns = {name: compile_terms(terms) for name, terms in self.terms.items()}
            self._unless = {r.id: compile_terms(r.unless) for r in self.rules if r.unless}
        except re.error as err:
            raise ConfigError(f"the policy has an invalid regular expression: {err}") from None

    def check(self, text: str) -> PolicyResult:
        norm = normalise(text)
        if not norm:
            return PolicyResult()
        found: dict[str, str | None] = {}

        compact = _CJK_GAP.sub("", norm)
        texts = (norm,) if compact == norm else (norm, compact)

        def hit(name: str) -> str | None:
            if name not in found:
                found[name] = None
                for text in texts:
                    m = self._patterns[name].search(text)
                    if m:
                        found[name] = m.group(0)
                        break
            return found[name]

        hits: list[RuleHit] = []
        for rule in self.rules:
            for group in rule.match:
                evidence = [hit(name) for name in group]
                if all(e is not None for e in evidence):
                    unless = self._unless.get(rule.id)
                    if unless is not None and unless.search(norm):
                        break
                    hits.append(
                        RuleHit(
                            rule_id=rule.id,
                            severity=rule.severity,
                            category=rule.category,
                            explanation=" ".join(rule.explanation.split()),
                            advice=" ".join(rule.advice.split()),
                            evidence=tuple(e for e in evidence if e is not None),
                        )
                    )
                    break
        return PolicyResult(tuple(hits))


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read the policy file {path}: {err}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"the policy file {path} is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"the policy file {path} must be a mapping with 'rules'")
    return data


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
    return _load(str(user) if stamp is not None else None, stamp)


@lru_cache(maxsize=8)
def _load(user: str | None, stamp: int | None) -> Policy:
    # ``stamp`` is part of the cache key so an edited user file is read again.
    base = _read(DEFAULT_POLICY)
    terms = _terms(base, DEFAULT_POLICY)
    rules = {r.id: r for r in _rules(base, DEFAULT_POLICY)}
    sources = [DEFAULT_POLICY]
    if user is not None:
        path = Path(user)
        data = _read(path)
        terms.update(_terms(data, path))
        for rule in _rules(data, path):
            rules[rule.id] = rule
        sources.append(path)
    active = [r for r in rules.values() if r.enabled]
    return Policy(rules=active, terms=terms, sources=sources)
