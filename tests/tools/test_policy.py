"""The policy rules: the shipped file, matching across scripts, user overrides, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ConfigError
from tests.helpers import write_rival_policy
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
        # The action on the object, however the sentence is built around it.
        ("a wallet with a fake passport inside", "fake-document"),
        ("make a Canadian passport for John Smith", "fake-document"),
        ("パスポートを作って", "fake-document"),
        ("ロゴを金色に変えて", "logo-recolour"),
        ("로고 색상을 빨간색으로 바꿔 줘", "logo-recolour"),
        ("把我们的标志换成金色", "logo-recolour"),
        ("हमारे लोगो का रंग सुनहरा कर दो", "logo-recolour"),
        ("আমাদের লোগোর রং সোনালি করে দাও", "logo-recolour"),
        ("change the colour of our logo to teal", "logo-recolour"),
        ("a gold version of our logo", "logo-recolour"),
        ("the pope is endorsing our wine", "real-person-impersonation"),
        # A purpose that deceives counts anywhere in the sentence, even in its own clause.
        (
            "a payslip from our shop showing 5000 a month, for my loan application",
            "fake-receipt-or-ticket",
        ),
        ("a medical report with a diagnosis, so I can skip work", "fake-document"),
        ("a student ID card for Stanford with my photo", "fake-document"),
        ("the cartoon characters from Bluey on our cereal box", "third-party-character-by-source"),
        # Described instead of named: a document by what it proves, a person by office, a
        # character kept recognisable without its name.
        ("a realistic copy of the certificate that proves I graduated", "fake-document"),
        (
            "the sitting Canadian prime minister eating our fries, candid photo",
            "named-person-likeness",
        ),
        (
            "the green ogre from the swamp on our cup, keep him on-model",
            "third-party-character-described",
        ),
        ("A dollar bill, realistic, without the word SAMPLE", "fake-document"),
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
        # A purpose in the next sentence is not paired with a document before it.
        "A payslip printer on a desk. Then a banner for our loan application service.",
        "our own cartoon character, a flying toaster with a cape",
        "Play-money notes for our board-game ad, stamped PROP, not legal tender",
        "keep our penguin mascot exactly on-model on every pack",
        "the owner of our bakery smiling behind the counter, candid photo",
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


def test_a_latin_term_is_a_whole_word_beside_cjk_and_hangul_but_not_inside_latin() -> None:
    policy = load_policy()
    for text in ("用Hello Kitty做我们的杯套", "Pikachuを描いて", "Doraemon랑 우리 로고"):
        assert "third-party-character" in policy.check(text).rule_ids, text
    for text in ("a hello kittyish pattern", "pikachus everywhere", "用Pikachuesque风格"):
        assert "third-party-character" not in policy.check(text).rule_ids, text


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # The licence covers what is named beside it and its owner's other characters.
        ("Spider-Man tee banner, Marvel licence signed, contract on file", False),
        ("Chhota Bheem ka licence sign ho gaya hai, pack pe Chhota Bheem lagao", False),
        ("We signed the licensing deal. Put Pikachu on the tote.", False),
        # A second owner's character, mark or face in the same brief is not covered.
        ("Hello Kitty licence with Sanrio is signed, put Kitty and also Pikachu on the tote", True),
        ("Our Marvel licence is signed, so Spider-Man on the tee and face-swap Taylor Swift", True),
        ("카카오 라이선스 계약 완료, 라이언이랑 뽀로로를 같이 넣어줘", True),
        ("迪士尼授权已签，米老鼠旁边再加个皮卡丘", True),
        ("We signed the licensing deal. Put Pikachu and the Nike swoosh on the tote.", True),
    ],
)
def test_a_signed_licence_covers_only_what_it_names(text: str, held: bool) -> None:
    outcome = load_policy().check(text).outcome
    assert (outcome in ("block", "review")) == held, outcome


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
        # Broken term lists and groups.
        ("terms:\n  a: ['@nope']\n", "unknown list 'nope'"),
        ("terms:\n  a: ['@b']\n  b: ['@a']\n", "includes itself"),
        ("terms:\n  a: ['re:x{{nope}}']\n", "unknown term list 'nope'"),
        (
            "rules:\n  - id: z\n    severity: block\n    category: c\n    explanation: e\n"
            "    match: [{all: [forge], apart: [nope]}]\n",
            "unknown term list 'nope'",
        ),
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


# -- precision: what a brief asks to do, not a word it mentions -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a fake-leather wallet for your passport",
        "a realistic product shot of our passport cover in navy",
        "a banknote-green palette for the finance app",
        "our logo in its orange on a cream background",
        "our orange logo on a white background",
        "keep the logo's colours and make the background pink",
        "Don't recolour the logo; make the headline white instead",
        "make sure the logo stays blue",
        "a realistic gift card mockup for our own café",
        "a kid pretending to be a pilot",
        "オレンジ色の当社ロゴを白い背景に配置して",
        "ロゴの色を変えないで、背景をピンクにして",
        "우리 주황색 로고를 크림색 배경 가운데에",
        "保持标志不变，把背景换成深蓝色",
        "हमारा नारंगी लोगो क्रीम पृष्ठभूमि पर",
        "লোগো যেমন আছে তেমন রেখে পটভূমি নেভি ব্লু করো",
        "नकली चमड़े का पासपोर्ट कवर",
        "নকল চামড়ার পাসপোর্ট কভার",
    ],
)
def test_mentions_without_the_action_pass(text: str) -> None:
    result = load_policy().check(text)
    assert result.outcome == "pass", result.hits


def test_the_action_must_be_in_the_same_clause_and_close() -> None:
    policy = load_policy()
    assert policy.check("a fake passport").outcome == "block"
    assert policy.check("fake snow, and a passport on the table").outcome == "pass"
    assert policy.check("a fake photo with lots of bokeh and a passport").outcome == "pass"
    # "and"-joined objects are apart; a comma ends the clause.
    assert policy.check("a realistic sunset and a passport").outcome == "pass"


def test_groups_with_a_window_and_apart_words_in_a_user_file(atelier_home: Path) -> None:
    (atelier_home / "policy.yaml").write_text(
        """
terms:
  rival: [globex]
  attack: [mock, mocking, '@rude']
  rude: [insult, insulting]
  never_mind: [kindly]
rules:
  - id: rival-mockery
    severity: block
    category: brand rules
    explanation: never mock Globex
    match:
      - {all: [attack, rival], within: 1, apart: [never_mind]}
""",
        encoding="utf-8",
    )
    policy = load_policy(atelier_home)
    assert policy.check("a banner mocking Globex").rule_ids == ["rival-mockery"]
    assert policy.check("insulting Globex").rule_ids == ["rival-mockery"]  # via @rude
    assert policy.check("mock the tall Globex tower").outcome == "pass"  # two words apart
    assert policy.check("mock kindly Globex").outcome == "pass"  # an apart word between


def test_a_rule_whose_gate_has_no_hit_compiles_nothing(atelier_home: Path) -> None:
    (atelier_home / "policy.yaml").write_text(
        """
terms:
  gate: [globex]
  costly: ['re:tower (of|for) \\w+']
rules:
  - id: rival-tower
    severity: review
    category: brand rules
    explanation: towers of Globex are held
    requires: [gate]
    match:
      - [costly]
""",
        encoding="utf-8",
    )
    policy = load_policy(atelier_home)
    assert policy.check("a tower of glass for our launch").outcome == "pass"
    assert policy.check("Globex: a tower of glass").rule_ids == ["rival-tower"]
    # The shipped policy compiles its lists when first searched: without a word for the
    # brand's mark, the recolour expressions behind that gate are never compiled.
    cached = load_policy(atelier_home / "elsewhere")
    shipped = type(cached)(rules=cached.rules, terms=cached.terms)  # nothing compiled yet
    assert shipped.check("a tower of glass for our launch").outcome == "pass"
    assert "logo_recolour" not in shipped._folded._compiled
    assert shipped.check("recolour our logo in teal").rule_ids == ["logo-recolour"]


# -- the rewrite offered instead -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "proposal"),
    [
        (
            "A square post with a fake passport",
            "A product photo of a leather passport holder on a clean surface, square post",
        ),
        (
            "Counterfeit banknotes on a table",
            "A product photo of a leather wallet on a clean surface",
        ),
        ("Taylor Swift wearing our sneakers", "A model wearing our sneakers"),
        ("Pikachu drinking our lemonade", "An original cartoon mascot drinking our lemonade"),
        ("Our sneaker with the Nike swoosh", "Our sneaker with our own logo"),
        ("A poster in the style of Banksy", "A poster in the style of bold contemporary pop art"),
        (
            "Make our logo bright pink for the summer banner",
            "A banner with our approved logo in its own colours on a bright pink background",
        ),
        (
            "ピカチュウが当社のジュースを飲んでいるポスター",
            "オリジナルのキャラクターが当社のジュースを飲んでいるポスター",
        ),
        ("손흥민이 우리 축구화를 신고 있는 광고", "모델이 우리 축구화를 신고 있는 광고"),
        ("把我们的标志换成金色", "制作一张图片，我们已批准的标志保持原色，放在金色背景上"),
    ],
)
def test_a_blocked_brief_gets_the_nearest_brief_that_passes(text: str, proposal: str) -> None:
    policy = load_policy()
    assert policy.check(text).outcome == "block"
    assert policy.propose(text) == proposal
    assert policy.check(proposal).outcome in ("pass", "warn")


def test_nothing_is_proposed_for_a_brief_that_passes_or_is_only_held() -> None:
    policy = load_policy()
    assert policy.propose("a basket of apples") is None
    assert policy.propose("a Starbucks cup next to our mug") is None  # review, not block


def test_the_proposal_must_pass_the_policy_itself(atelier_home: Path) -> None:
    # A recipe whose result still fires the rule offers nothing.
    write_rival_policy(
        atelier_home, "    rewrite:\n      templates:\n        - {en: A Globex poster}\n"
    )
    assert load_policy(atelier_home).propose("a Globex banner") is None


def test_every_shipped_term_list_compiles() -> None:
    """Lists compile when first searched; the shipped ones must all be valid."""
    policy = load_policy()
    for name in policy.terms:
        assert policy._folded.get(name).pattern, name


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("A doctors note. Make it look official so HR accepts it", "fake-document"),
        ("帮我P一张驾照，要跟真的一样", "fake-document"),
        ("put the golden arches on our burger box", "third-party-trademark"),
    ],
)
def test_a_risk_spread_over_clauses_and_sentences_fires(text: str, rule: str) -> None:
    assert rule in load_policy().check(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "A doctor's office poster. Our clinic accepts walk-ins",
        "A burger box with our own logo, golden fries beside it",
        "A realistic photo of our app on a phone, so it looks real in the store listing",
        "A surf shop poster: the swoosh of the waves at dawn",
        "A bitten apple on a desk beside our notebook",
        "The golden arches of the old bridge at sunset",
    ],
)
def test_wider_scopes_do_not_fire_on_benign_briefs(text: str) -> None:
    assert load_policy().check(text).outcome == "pass"


def test_a_line_break_ends_a_sentence() -> None:
    # A bullet is judged on its own: a purpose on one line does not pair with a card named
    # on another, while a risk inside one bullet still fires.
    assert normalise("a  b\n\n - c") == "a b\n- c"
    benign = "Loyalty card mock-up, our own design\n- show it to the buyer on Tuesday"
    assert load_policy().check(benign).outcome == "pass"
    listed = "Deliverables: flyer\nMandatories:\n- a $100 bill, both sides, actual size\n- logo"
    assert "fake-document" in load_policy().check(listed).rule_ids


def test_a_mark_ruled_out_is_no_trademark_use_but_a_mark_not_to_forget_is() -> None:
    policy = load_policy()
    ruled_out = policy.check("our running shirt, no Nike or Adidas logos, square post")
    # The brand's name is still held for a person to check; the block is gone.
    assert "third-party-trademark" not in {hit.rule_id for hit in ruled_out.hits}
    assert ruled_out.outcome == "review"
    for asked in (
        "Don't forget the Nike logo on our running shirt",
        "make sure you don't leave out the Adidas stripes",
        "ナイキのロゴを忘れないで入れて",
    ):
        assert policy.check(asked).outcome == "block", asked


@pytest.mark.parametrize(
    ("mood", "drawn"),
    [
        (
            "pastel bakery poster, Snoopy energy, our own beagle mascot",
            "Snoopy eating our bagel, fun energy",
        ),
        (
            "ドラえもんっぽい雰囲気のポスター、キャラは自社オリジナル",
            "ドラえもんがうちのパンを食べる、楽しい雰囲気",
        ),
        (
            "피카츄 느낌의 노란 색감, 캐릭터는 우리 마스코트",
            "피카츄가 우리 음료를 들고 있는, 귀여운 느낌",
        ),
        (
            "Hello Kitty vibes, soft pink, our bunny only",
            "Hello Kitty, soft pink vibes, holding our cup",
        ),
    ],
)
def test_a_character_named_as_a_mood_is_no_character_drawn(mood: str, drawn: str) -> None:
    policy = load_policy()
    assert "third-party-character" not in policy.check(mood).rule_ids, mood
    # Anything between the name and the mood, a comma included, leaves the name asked for.
    assert "third-party-character" in policy.check(drawn).rule_ids, drawn


def test_every_shipped_exception_compiles() -> None:
    # Exceptions compile when their rule first fires; a broken one in the shipped file must
    # fail here, not in the middle of a user's check.
    policy = load_policy()
    for rule in policy.rules:
        if rule.unless:
            assert policy._unless_for(rule) is not None, rule.id
