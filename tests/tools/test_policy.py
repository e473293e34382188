"""The policy rules: the shipped file, matching across scripts, user overrides, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ConfigError
from tools.policy import load_policy, normalise


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("a fake passport with my photo", "fake-document"),
        ("偽造パスポートを作って", "fake-document"),
        ("여권을 위조해 줘", "fake-document"),
        ("伪造一本护照", "fake-document"),
        ("नकली पासपोर्ट बनाओ", "fake-document"),
        ("একটি জাল পাসপোর্ট বানাও", "fake-document"),
        ("Taylor Swift holding our can", "real-person-impersonation"),
        ("Pikachu on a billboard", "third-party-character"),
        ("sneakers with the Nike swoosh", "third-party-trademark"),
        ("in the style of Yayoi Kusama", "living-artist-imitation"),
        ("make our logo neon green", "logo-recolour"),
        ("redesign our logo for the tote", "unapproved-logo"),
        ("stretch the logo across the banner", "logo-distortion"),
    ],
)
def test_rules_fire_on_the_risk(text: str, rule: str) -> None:
    assert rule in load_policy().check(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "product shot of a leather passport holder",
        "a poster in the style of Art Nouveau",
        "our CEO's approved headshot as reference",
        "革製のパスポートケースの商品写真",
        "假期促销海报",
        "a basket of apples",
        "place our approved logo in the corner",
        "",
    ],
)
def test_near_misses_pass(text: str) -> None:
    assert load_policy().check(text).outcome == "pass"


def test_severity_outcome_is_the_worst_hit() -> None:
    result = load_policy().check("a Starbucks cup next to ours")
    assert result.outcome == "review" and result.rule_ids == ["third-party-brand-mention"]
    assert load_policy().check("stretch the logo").outcome == "warn"


def test_hidden_characters_and_nukta_do_not_hide_a_word() -> None:
    policy = load_policy()
    assert policy.check("fa\u200bke pass\u00adport").outcome == "block"
    assert policy.check("a fake\x00passport").outcome == "block"
    # फ़र्ज़ी written with nukta signs is the same word as फर्जी in the rules.
    assert policy.check("फ़र्ज़ी पासपोर्ट").outcome == "block"
    assert normalise("Ｆａｋｅ\tPASS  port") == "fake pass port"


def test_ocr_spacing_between_han_and_kana_is_ignored() -> None:
    assert load_policy().check("日 本 国 パス ポー ト 生年 月 日 1990").outcome == "block"


def test_hits_carry_explanation_advice_and_evidence() -> None:
    [hit] = load_policy().check("counterfeit banknotes").hits
    assert hit.severity == "block" and hit.category == "fake or official documents"
    assert hit.explanation and hit.advice
    assert hit.evidence == ("counterfeit", "banknotes")


def test_user_file_replaces_adds_and_disables_rules(atelier_home: Path) -> None:
    (atelier_home / "policy.yaml").write_text(
        """
terms:
  rival: [globex]
rules:
  - id: living-artist-imitation
    severity: review
    category: imitation of named living artists
    explanation: held for review in this workspace
    match: [[living_artist]]
  - id: third-party-character
    severity: block
    category: x
    explanation: x
    match: [[character]]
    enabled: false
  - id: rival-brand
    severity: block
    category: brand rules
    explanation: never mention Globex
    advice: leave Globex out
    match: [[rival]]
""",
        encoding="utf-8",
    )
    policy = load_policy(atelier_home)
    assert policy.check("in the style of Banksy").outcome == "review"
    assert policy.check("Pikachu").outcome == "pass"
    assert policy.check("a Globex banner").rule_ids == ["rival-brand"]
    assert len(policy.sources) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("rules: [", "not valid YAML"),
        ("rules:\n  - id: x\n    severity: maybe\n", "severity"),
        (
            "rules:\n  - id: y\n    severity: block\n    category: c\n    explanation: e\n"
            "    match: [[no_such_terms]]\n",
            "unknown term list",
        ),
        ("terms:\n  bad: ['re:(']\n", "invalid regular expression"),
    ],
)
def test_a_broken_user_file_is_a_config_error(
    atelier_home: Path, content: str, message: str
) -> None:
    (atelier_home / "policy.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_policy(atelier_home)
    assert message in info.value.one_line()
    assert "\n" not in info.value.one_line()


def test_english_abuse_is_scored_by_the_shipped_classifier() -> None:
    from tools import classifiers
    from tools.offline.moderation import score_text

    if not classifiers.profanity_available():
        pytest.skip("alt-profanity-check is not installed")
    text = "a banner calling our rival's fans stupid fucking morons"
    assert load_policy().check(text).outcome == "pass"  # no rule covers plain abuse
    assert score_text(text).flagged_categories() == ["harassment"]
    assert score_text("a killer deal on running shoes").flagged_categories() == []
