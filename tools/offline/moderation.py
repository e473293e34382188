"""Offline moderation: a phrase classifier over the 13 omni-moderation categories.

The embedded engine answers ``/moderations`` with the category names and shapes of the real
endpoint (``openai.types.moderation.Categories``). Text is scored from signal phrases in
English, Japanese, Korean, Chinese, Hindi and Bengali, each list written for what a brief
asks to show rather than for a word it mentions:

- every category has signals; a signal inside a guard phrase does not count, so "kill the
  lights", "a killer deal", "shooting a product photo", "nude lipstick", "suicide prevention
  week", "殺到", "秒杀" or "খুনসুটি" score nothing;
- sub-categories follow from their parts as the endpoint reports them: graphic violence is
  also violence; self-harm with a first-person wish is ``self-harm/intent`` and with a how-to
  marker ``self-harm/instructions``; sexual content, or a sexualising word ("sexy",
  "lingerie"), with a minor in the text is ``sexual/minors``; hate with a call to eliminate
  is ``hate/threatening``; a bomb or gun recipe is ``illicit/violent``.

A signal scores 0.92 (flagged, threshold 0.5) and a category implied by a sub-category 0.86;
nothing else is inferred. Latin-script entries match on word boundaries, other scripts as
substrings. English abuse the lists miss is scored "harassment" by
``tools.classifiers.abuse_score`` (alt-profanity-check's model, shipped in its wheel) when
that model is confident. Images: ``tools.classifiers`` scores "sexual" from nudenet's
explicit-nudity detections (its ONNX model ships in the wheel); without nudenet installed
images score 0 in every category. The same classifier blocks image prompts before anything
is drawn.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tools import negative_prompt

from .errors import invalid_type, invalid_value

CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/instructions",
    "self-harm/intent",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
IMAGE_CATEGORIES = frozenset(
    {
        "self-harm",
        "self-harm/instructions",
        "self-harm/intent",
        "sexual",
        "violence",
        "violence/graphic",
    }
)
THRESHOLD = 0.5
MATCH_SCORE = 0.92
IMPLIED_SCORE = 0.86
BASE_SCORE = 0.0001


@dataclass(frozen=True)
class Lexicon:
    """Signal phrases, and guard phrases that cancel a signal they contain."""

    signals: Sequence[str]
    guards: Sequence[str] = ()


# A Latin word ends where one of the scripts a bilingual brief runs an English word into
# with no space between begins ("blood多め", "sexyなポーズ", "logo를", "photo用",
# "khoonवाला"): an English entry is a whole word beside them, as beside a space. Python's
# ``\b`` counts their letters as word letters, and a lookaround spelling the difference out
# at every ``\b`` of thousands of entries made compiling the lexicons take seconds. Instead
# the English entries read a copy of the text with each of those letters shaded to one mark
# that is no word letter and no space: the same length, so every offset is the text's own.
_NON_LATIN_LETTER = re.compile(
    r"[\u0900-\u09ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"
)
_SHADE = "\ue000"


@functools.lru_cache(maxsize=64)
def _shaded(text: str) -> str:
    return _NON_LATIN_LETTER.sub(_SHADE, text)


def _part(entry: str) -> str:
    if entry.startswith("re:"):
        return f"(?:{entry[3:]})"
    escaped = re.escape(entry)
    return rf"(?<!\w){escaped}(?!\w)" if entry.isascii() else escaped


def _is_latin(entry: str) -> bool:
    return (entry[3:] if entry.startswith("re:") else entry).isascii()


@dataclass(frozen=True)
class _Lexemes:
    """One lexicon's entries compiled: those of ASCII only, read on the shaded text, and
    the rest, read on the text as written."""

    latin: re.Pattern[str] | None
    other: re.Pattern[str] | None

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = list(self.latin.finditer(_shaded(text))) if self.latin else []
        if self.other is not None:
            found.extend(self.other.finditer(text))
            if self.latin is not None:
                found.sort(key=lambda m: (m.start(), -m.end()))
        return found


def _alternation(parts: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(parts)) if parts else None


def _compile(entries: Sequence[str]) -> _Lexemes | None:
    kept = [e for e in entries if e]
    if not kept:
        return None
    return _Lexemes(
        latin=_alternation([_part(e) for e in kept if _is_latin(e)]),
        other=_alternation([_part(e) for e in kept if not _is_latin(e)]),
    )


# -- the lexicons ------------------------------------------------------------------------------

_PEOPLE = (
    r"(him|her|them|me|you|someone|somebody|people|a (man|woman|person|child|kid|boy|girl|cop|"
    r"guard|cashier|officer|police officer|soldier|hostage|prisoner|student|teacher)|the (man|"
    r"woman|victim|hostages?|prisoners?|cashier|guard|officer|police))"
)

VIOLENCE = Lexicon(
    signals=[
        "re:\\bkill(s|ed|ing|er|ers)?\\b",
        "re:\\bmurder(s|ed|ing|er|ers|ous)?\\b",
        "re:\\bstab(s|bed|bing)?\\b",
        f"re:\\bshoot(s|ing)? {_PEOPLE}",
        f"re:\\bshot {_PEOPLE}",
        "re:\\b(gunman|gunmen|mass shooting|school shooting|shooting spree)\\b",
        f"re:\\bexecut(e|es|ed|ing) {_PEOPLE}",
        "re:\\bexecuting (hostages|prisoners|civilians)\\b",
        "re:\\bstrangl(e|es|ed|ing)\\b",
        "re:\\btortur(e|es|ed|ing)\\b",
        "re:\\b(assault(s|ed|ing)?|massacre[sd]?|lynch(ed|ing)?|slaughter(ed|ing)?)\\b",
        f"re:\\bbeat(ing)? {_PEOPLE} (up|to death)",
        "re:\\bbeaten to death\\b",
        f"re:\\bgun(s|ning)? {_PEOPLE} down\\b",
        "re:\\bgunned down\\b",
        "re:\\bput(s|ting)? a bullet (in|through)\\b",
        f"re:\\b(punch|punching|kick|kicking) {_PEOPLE} in the (face|head|stomach)",
        f"re:\\bset(ting)? {_PEOPLE} on fire",
        "re:\\bterrorist attack\\b",
        "re:\\b(rape[sd]?|raping|rapist)\\b",
        "re:\\bsexual(ly)? assault(ed|ing)?\\b",
        "re:\\b(child|domestic|animal) abuse\\b",
        (
            "re:\\babus(e|es|ed|ing) (a |the |his |her )?(child|kid|children|wife|husband|woman|"
            "dog|puppy|cat|animal)s?\\b"
        ),
        (
            "re:\\b(kick|kicking|beat|beating|torture|torturing|drown|drowning|burn|burning) (a |"
            "the )?(puppy|puppies|dog|cat|kitten|animal)s?\\b"
        ),
        "re:\\bsuicide (vest|bomber|bombing|attack)s?\\b",
        "自杀式袭击",
        "re:\\bbloodshed\\b",
        "レイプ",
        "強姦",
        "性的暴行",
        "강간",
        "성폭행",
        "强奸",
        "性侵",
        "बलात्कार",
        "खून-खराबा",
        "ধর্ষণ",
        "রক্তারক্তি",
        "re:\\btake (them |people )?hostage\\b",
        "殺す",
        "殺害",
        "殺して",
        "殺人",
        "刺し殺",
        "刺殺",
        "刺され",
        "撃たれ",
        "총 맞",
        "गोली से उड़ा",
        "গুলিতে মাথা",
        "刺して倒",
        "撃ち殺",
        "銃殺",
        "虐殺",
        "暴行",
        "拷問",
        "絞め殺",
        "殴り殺",
        (
            "re:죽이(?!는 ?(맛|가격|할인|세일|딜|혜택|디자인|비주얼|몸매|무대|공연|노래|퍼포먼스|"
            "라이브|목소리|보컬|비트|뷰|야경|분위기|사운드))"
        ),
        "re:죽여(?!주는|줘요 ?맛)",
        "죽일",
        "살해",
        "살인",
        "찔러",
        "찔려",
        "칼에 찔",
        "총으로 쏴",
        "학살",
        "고문",
        "폭행",
        "목을 졸라",
        "杀死",
        "杀人",
        "谋杀",
        "杀了",
        "杀掉",
        "刺死",
        "枪杀",
        "砍死",
        "屠杀",
        "酷刑",
        "殴打",
        "勒死",
        "捅死",
        "re:(?<!आत्म)हत्या",
        "मार डाल",
        "जान से मार",
        "कत्ल",
        "क़त्ल",
        "चाकू मार",
        "चाकू से मार",
        "गोली मार",
        "यातना",
        "पीट-पीटकर",
        # Not inside a word: রাখুন ("keep") and দেখুন ("see") end in the same letters.
        "re:(?<![\u0980-\u09ff])খুন(?!সুটি)",
        "re:(?<!আত্ম)হত্যা",
        "মেরে ফেল",
        "গুলি করে",
        "নির্যাতন",
        "ছুরি মেরে",
        "পিটিয়ে মার",
        "칼부림",
        "흉기 난동",
        "砍人",
        "捅人",
    ],
    guards=[
        (
            "re:\\bkill(s|ing)? (the |those )?(lights?|time|the engine|engine|music|switch|"
            "boredom|the mood|germs|bacteria|weeds|pests|odou?rs?|frizz|99|fleas|ticks|lice|"
            "mosquitoe?s|bugs|insects|mou?ld|viruses|dust mites|the vibe|the competition|it)"
        ),
        "re:\\bkill two birds\\b",
        # A question put to the one who suffered it, answered with where to get help: a
        # rights poster's "beaten by your employer? call 12333" shows no blow.
        (
            "re:\\b(been|were you|are you( being)?|getting|got) (beaten|hit|abused|attacked|"
            "assaulted|tortured)\\b[^.!\\n]{0,60}[?？][^.!\\n]{0,30}\\b(call|report|dial|contact|"
            "text|reach)\\b"
        ),
        "re:(遭遇|遭到|遭受|被)[^。！!\\n]{0,16}[?？][^。！!\\n]{0,20}(拨打|报警|求助|维权|热线|举报)",
        "re:(暴力|暴行|虐待|殴打)[^。\\n]{0,6}(受けて|されて|遭って)(いませんか|いる方)[^。\\n]{0,30}(相談|連絡|電話|通報)",
        (
            "re:(폭행|구타|폭력|학대)[^.\\n]{0,6}(당하고 (계신가요|"
            "있나요|있습니까)|당하셨나요|당했나요)"
            "[^.\\n]{0,30}(신고|상담|연락|전화)"
        ),
        (
            "re:(मारपीट|हिंसा|पिटाई|यातना)[^।.!\\n]{0,30}[?？][^।.!\\n]{0,30}(कॉल|शिकायत|हेल्पलाइन)|"
            "\\b(maar-?peet|pitai|hinsa)\\b[^.!\\n]{0,30}\\?[^.!\\n]{0,30}\\b(call|shikayat|helpline)\\b"
        ),
        (
            "re:(মারধর|নির্যাতন|হিংসা)[^।.!\\n]{0,30}[?？][^।.!\\n]{0,30}(কল|অভিযোগ|হেল্পলাইন)|"
            "\\b(mardhor|nirjaton)\\b[^.!\\n]{0,30}\\?[^.!\\n]{0,30}\\b(call|ovijog|helpline)\\b"
        ),
        # Mourning or preventing it, not showing it: a vigil, a memorial, a march.
        (
            "re:\\b(in memory of|remembering|honou?ring|vigil for|memorial for|mourning|"
            "grieving|we remember|tribute to) (the )?((victims|survivors|families) of )?(the |a |"
            "last year's )?(mass |school )?shootings?\\b"
        ),
        (
            "re:\\b(against|end|ending|stop|stopping|prevent|preventing|no more) (gun violence "
            "and )?(mass |school )?shootings\\b"
        ),
        # Genres and games, not acts: a murder-mystery dinner, a whodunit party.
        "re:\\bmurder[- ]myster(y|ies)\\b",
        "re:\\bmurder (party|parties|game|games|night|dinner|podcast)\\b",
        "re:\\bkilling it\\b",
        "re:\\bkill(ed)? it\\b",
        "re:\\bdressed to kill\\b",
        (
            "re:\\bkiller (deals?|prices?|looks?|heels|app|features?|views?|smile|combos?|"
            "offers?|sales?|style|outfits?|workouts?|abs|bargains?|bod(y|ies)|whales?|tunes?|"
            "playlists?|flavou?rs?|taste|recipes?|fit|collection|line-?up|discounts?)\\b"
        ),
        "re:\\b(germ|weed|pest|bug|odou?r|stain|mood|lady)[- ]?killers?\\b",
        # A shot's craft praised in slang: "(killer lighting:1.2)", "deadly contrast", "lethal
        # bokeh". What is killer is the light or the framing, not anyone in the picture.
        (
            "re:\\b(killer|deadly|lethal|murderous)[ -](\\w+ )?(light(ing)?|lights|shadows?|"
            "contrast|colou?rs?|colou?r grade|grading|palette|tones?|glow|bokeh|composition|"
            "framing|angles?|shots?|lens|focus|depth of field|sunset|sunrise|skyline|backlight|"
            "rim light|reflections?|highlights?|texture|details?|vibes?|aesthetic|atmosphere|"
            "ambien(ce|t)|typography|fonts?|layout|headline|hook)\\b"
        ),
        "re:\\bkilled (it|the game)\\b",
        "re:\\b(this|that|these|those|it) (\\w+ )?(is|are|'s) (literally |totally )?killing me\\b",
        # A burden or a performance spoken of in slang: "finals week is lowkey killing me",
        # "we murdered the qualifiers", "you slaughtered that solo". A week, a set or a song is
        # what is "killed"; a person named as the killer or the killed is not slang.
        (
            "re:\\b(?!(he|she|they|someone|somebody|you|u|he's|she's|they're|you're)\\b)[\\w'-]+ "
            "([\\w'-]+ ){0,2}(is|are|'s|'re|been|keeps?) ([\\w'-]+ ){0,2}killing me\\b"
        ),
        (
            "re:\\b(murder(ed|ing|s)?|slaughter(ed|ing|s)?|kill(ed|ing|s)?|bodied) (that|this|the|"
            "our|their|every|each|his|her|my|your|all (the|our|their)) ([\\w'-]+ )?(qualifiers?|"
            "qualifying|finals?|semis?|semi-?finals?|matche?s?|games?|sets?|rounds?|league|"
            "tourn(ament|ey)s?|brackets?|exams?|tests?|quiz(zes)?|presentations?|pitch(es)?|"
            "interviews?|auditions?|shows?|gigs?|performances?|stage|dance ?floor|tracks?|beats?|"
            "verses?|solos?|songs?|covers?|runway|looks?|outfits?|karaoke|competitions?|comps?|"
            "leaderboards?|raids?|levels?|speedruns?|scrims?|laps?|bake-?offs?|"
            "cook-?offs?|challenges?|routines?|setlists?|open mics?|battles?|cyphers?|"
            "freestyles?|drops?|launch(es)?|debuts?|premieres?|leg day|workouts?)\\b"
            "(?! (referees?|umpires?|officials?|judges?|hosts?|players?|fans?|crews?|staff|"
            "subjects?|animals?|victims?|participants?|contestants?|competitors?)\\b)"
        ),
        "re:\\bmurder(ed|ing|s)? it\\b|\\bmurder on the dance ?floor\\b",
        # The same in the other languages: 무대를 죽여놨다, 이번 학기가 날 죽인다, ddl要杀了我,
        # इस गर्मी ने मार डाला, এই সেমিস্টার আমাকে মেরে ফেলছে.
        (
            "re:(무대|공연|관객|예선|결승|경기|노래|춤|퍼포먼스|라이브|시험|발표|오디션)[^.!?\\n]{0,12}"
            "죽여(놨|놓|줬)"
        ),
        (
            "re:(학기|시험|과제|마감|야근|월요일|출근|더위|이번 ?주|기말|중간고사|알바)"
            "[^.!?\\n]{0,10}(나를|날|사람을?) ?(죽이|죽여)"
        ),
        (
            "re:(ddl|deadline|作业|考试|期末|学期|加班|这周|本周|工作|天气|高温|周一|课|论文|早八)"
            "[^。！？\\n]{0,8}杀了我"
        ),
        (
            "re:(गर्मी|सर्दी|ठंड|हफ्ते|हफ़्ते|हफ्ता|सेमेस्टर|परीक्षा|एग्ज़ाम|एग्जाम|काम|ऑफिस|ट्रैफिक|"
            "ट्रैफ़िक|महंगाई|पढ़ाई|डेडलाइन|सोमवार|मंडे)[^।\\n]{0,12}मार (ही )?डाल"
        ),
        (
            "re:(সেমিস্টার|পরীক্ষা|গরম|অফিস|কাজ|সপ্তাহ|জ্যাম|পড়া|ডেডলাইন|সোমবার)[^।\\n]{0,16}"
            "(আমাকে|আমায়|আমাদের) (তো )?মেরে ফেল"
        ),
        # Killing words said of a dish's heat: "Mirchi Murder" on a food truck, murder wings, a
        # sauce "so hot it'll kill you". A cook or a customer named as the one killed is not.
        (
            "re:\\b(mirchi|mirch|chill?ies|chill?is?|peppers?|reapers?|habaneros?|jalapenos?|"
            "ghost pepper|wings?|sauces?|curry|curries|masala|ramen|noodles?|burgers?|tacos?|"
            "momos?|chaat|biryani|salsa|spice|jhal|jhaal|tikka|vindaloo|phaal|hot ?pot|kimchi|"
            "tteokbokki|nachos?|fries|pizza)s? (murder|massacre|slaughter|killers?|assassins?)\\b"
        ),
        (
            "re:\\b(murder|massacre|killer|death|suicide) (wings?|sauces?|burgers?|chill?ies|"
            "chill?is?|curry|heat|spice|ramen|noodles?|tacos?|momos?|challenge|peppers?|salsa|"
            "level|masala|fries|nachos?)\\b"
        ),
        (
            "re:\\b(so|too|itni|itna|itne|eto|eta|ato) (hot|spicy|fiery|teekhi|teekha|tikhi|"
            "tikha|jhal|jhaal)\\b[^.!?\\n]{0,16}\\b(kill|murder|slay)(s)?( you| u| ya| your "
            "(tongue|mouth|taste ?buds))?\\b"
        ),
        "re:\\bmurder mystery\\b",
        "re:\\bstab at\\b",
        "re:\\btorture test\\b",
        # A museum of old instruments or a gear's stress test, not a person tortured.
        (
            "re:\\btorture[- ](museum|exhibition|exhibit|tested|testing)\\b|\\b(museum|exhibition|"
            "exhibit) of (medieval |historic(al)? )?torture\\b"
        ),
        "re:拷問(博物館|器具展|道具展|展)",
        "re:고문 ?(박물관|기구 ?전시|전시)",
        "re:(酷刑|刑具)(博物馆|博物館|展)",
        "re:यातना (संग्रहालय|म्यूज़ियम|म्यूजियम)",
        "re:নির্যাতন (জাদুঘর|মিউজিয়াম|সংগ্রহশালা)",
        "re:\\bmurdered out\\b",
        "re:\\bslaughter ?house\\b",
        "re:\\bma(ke|de|king) a killing\\b",
        # A warning's slogan says what kills, a thing or a habit, not whom to kill: "One pill
        # can kill", "Speed kills", "Smoking kills".
        (
            "re:\\b(pills?|doses?|drugs?|drink(ing)?|speed(ing)?|smoking|vaping|texting|"
            "tobacco|alcohol|fentanyl|heroin|overdoses?|distraction|fatigue|heat|carbon "
            "monoxide|one mistake|one text|one drink|one hit|one line|wheelies?|stunts?|"
            "racing)( in traffic| on the road)? (can |could |may |will )?kills?\\b"
        ),
        # The same slogan with any habit as its subject, told as a toll ("Celebratory firing
        # kills guests every year", "Texting while driving can kill"): a habit named by its
        # gerund is what kills, and a yearly count is a statistic, not a scene to draw.
        (
            "re:\\b(?!(some|any|no|every)thing\\b|(vi)?king\\b)[a-z]+ing( [a-z]+){0,2} "
            "((can|could|may|will) kill|kills)( [a-z]+){0,2} (every|each|a|per) (year|day|"
            "week|season|month|summer|winter|diwali|new year)\\b"
        ),
        "re:\\bassault on the senses\\b",
        # Prices slashed, not people: "price massacre", 가격 학살.
        (
            "re:\\b(price|prices|pricing|deal|deals|discount|discounts|sale)s? (massacre|"
            "slaughter|carnage)\\b|\\b(massacr|slaughter)\\w* (the |our |all )?(prices|"
            "competition)\\b"
        ),
        "re:(가격|할인|세일|특가) ?학살",
        "re:\\bsuicide (squeeze|doors?)\\b",
        "殺人的",
        "살인적",
        "秒杀了",
        "杀人游戏",
    ],
)

VIOLENCE_GRAPHIC = Lexicon(
    signals=[
        # Wounds and blood put on a person's face in a photo.
        "re:\\badd\\w*\\b[^.!?\\n]{0,10}?\\b(knife|stab|gunshot|bullet) wounds?\\b",
        "re:\\bblood (running|pouring|dripping|streaming) down (his|her|their|the) face\\b",
        "re:(মুখে|গায়ে|শরীরে) রক্ত (আর|ও) কাটা দাগ",
        "re:(चेहरे|मुँह|मुंह) पर खून (और|व) (घाव|कट|जख्म|ज़ख्म)",
        "re:얼굴에 피(랑|와|하고)? ?(칼자국|상처)",
        "re:顔に(血|流血)(と|や)(切り傷|刺し傷)",
        "re:脸上(加|P|p)?(上)?(血|鲜血)(和|跟)(刀伤|刀口)",
        "re:\\bbehead(s|ed|ing)?\\b",
        (
            "re:\\b(destripad[oa]s?|eviscerad[oa]s?|sventrat[oa]|éventré(e|s)?|ausgeweidet|"
            "desventrad[oa]|estripad[oa])\\b"
        ),
        (
            "re:\\b(intestinos|tripas|vísceras|budella|viscere|entrailles|eingeweide) (fuera|de "
            "fora|para fora|di fuori|à l'air|heraus|expuest[oa]s|espost[ie])\\b"
        ),
        "re:内臓が(飛び出|はみ出|出)",
        "はらわた",
        "re:내장이 (튀어나|쏟아|드러)",
        "re:开膛破肚|開膛破肚|内脏流出|內臟流出|内脏外露",
        "re:(आंतें|अंतड़ियां) बाहर",
        "re:নাড়িভুঁড়ি (বের|বেরিয়ে)",
        # A belly cut open with the guts out; a fish gutted ("내장 제거", 内臓を取る) is cooking.
        (
            "re:\\b(belly|stomach|abdomen|torso) (cut|slit|sliced|ripped|torn|split|slashed) "
            "open\\b[^.!?\\n]{0,40}?\\b(guts|entrails|intestines|organs|innards)\\b"
        ),
        "re:\\b(entrails|intestines|innards) (out|hanging|spilling|spilled|everywhere)\\b",
        "re:(腹|お腹|腹部)(を|が)?(切り裂|裂|割|掻っ捌|かっさば|切り開)[^。\\n]{0,12}(内臓|腸|はらわた)",
        "re:(内臓|腸)(が|を)?(飛び出|はみ出|垂れ|ぶちまけ|引きずり出)",
        (
            "re:배(를)? ?(갈라|가른|갈린|찢어|찢긴)[^.!?\\n]{0,8}내장(이|을|이랑|들이)? ?(튀어|쏟아"
            "|드러|삐져|흘러|나온|나와|꺼내)"
        ),
        "re:내장(이|들이)? ?(튀어나|쏟아져|삐져나|흘러나)",
        "re:(肚子|腹部|肚皮)(被)?(剖开|划开|劃開|切开|切開|剖開|豁开)[^。\\n]{0,10}(肠子|腸子|内脏|內臟)",
        "re:(肠子|腸子)(都)?(流|掉|露|拖)(了)?出来",
        "re:पेट (चीर|फाड़|काट)(कर|के|ा|ी|े)[^।\\n]{0,16}(आंत|आँत|अंतड़|अंतड)",
        "re:(आँतें|अंतड़ियाँ|अंतड़ियों|आंतें|आँतें) (बाहर|लटक|बिखर)",
        "re:পেট (কেটে|চিরে|ফেড়ে|ফাটিয়ে)[^।\\n]{0,16}(নাড়িভুঁড়ি|নাড়ি|অন্ত্র)",
        "re:(নাড়িভুঁড়ি|অন্ত্র) (বাইরে|ঝুলছে|বেরোনো|ছড়ানো)",
        "re:\\bdecapitat(e|es|ed|ing|ion)\\b",
        # A throat cut with blood spraying, also in Latin letters: "gola kata, rokto chhitke
        # porche", "gala kaat ke khoon uchhalta hua".
        (
            "re:\\b(throat|throats) (cut|slit|slashed|sliced|torn) (open)?|\\b(cut|slit|slash"
            "|slice)"
            "(s|ting|ing)? (his|her|their|a man's|a woman's|someone's|the victim's) throat\\b"
        ),
        (
            "re:\\bblood (spray|spraying|sprays|spurting|spurts|gushing|gushes|squirting"
            "|fountaining)\\b"
        ),
        (
            "re:\\b(gola|gôla) (kata|kete|kaata|kaatা|kate|katche|katchhe|kete dewa|kete deya)\\b|"
            "\\bkata gola\\b|\\bmatha (kata|kete|kaata) (lash|deho|shorir)\\b"
        ),
        (
            "re:\\brokto (chhitke|chitke|chhitkay|chitkay|chhoriye|pichkiri|jhorche|jhore porche|"
            "gorachhe|gorache)\\b|\\brokte (makhamakhi|bhesa|bhese jachhe|lal)\\b|\\broktakto (lash"
            "|deho|mukh)\\b"
        ),
        (
            "re:\\b(gala|gale) (kaat|kat|kata|kaata|kaatke|katke|kaat ke|kat ke|reta|reet)\\w*\\b"
            "(?! (competition|pratiyogita|muqabla|mukabla|daam|price|prices|offer|deal|race))|"
            "\\bkhoon (uchhal|uchal|ki dhaar|ke chhinte|ke chheente|se lathpath|se lathpath)\\w*\\b"
        ),
        "re:血(が|しぶき)[^。\\n]{0,4}(噴き出|吹き出|噴出)",
        "re:피가 ?(뿜어져|솟구쳐|분수처럼)",
        "re:(鲜血|血)(喷涌|喷溅|狂喷|四溅)",
        "re:खून (उछल|की धार|के छींटे)",
        "re:রক্ত (ছিটকে|ফিনকি দিয়ে)",
        # The same in Spanish, Portuguese, Italian, French and German.
        (
            "re:\\b(decapitad[oa]s?|degollad[oa]s?|decapitat[oi]|decapitat[ae]|décapitée?s?|"
            "enthauptete?[rn]?|cabeza cortada|cabeça cortada|testa mozzata|tête coupée)\\b"
        ),
        (
            "re:\\b(mucha sangre|charco de sangre|baño de sangre|cubierto de sangre|"
            "poça de sangue|coberto de sangue|pozza di sangue|coperto di sangue|mare di sangue|"
            "mare de sang|couvert de sang|flaque de sang|blutlache|blutüberströmt)\\b"
        ),
        "re:\\bdismember(s|ed|ing|ment)?\\b",
        "re:\\bdisembowel(s|ed|ing|led|ling)?\\b",
        "re:\\bmutilat(e|es|ed|ing|ion)\\b",
        "re:\\b(gore|gory|gruesome|grisly)\\b",
        # Hacking a person to death, severed limbs, in every script.
        "re:\\b(hacked|chopped) (to death|apart|to pieces)\\b",
        "re:\\bsevered (hands?|arms?|legs?|limbs?|fingers?|heads?)\\b",
        # Injuries told by what shows: a crushed head, blood across the road.
        (
            "re:\\b(crushed|smashed|mangled|caved[- ]in|split[- ]open|cracked[- ]open|squashed) "
            "(head|heads|skull|skulls|face|faces|body|bodies|limbs?)\\b"
        ),
        "re:\\b(head|skull|face) (crushed|smashed|caved in|split open|cracked open)\\b",
        (
            "re:\\bblood (on|across|all over|covering|streaked on) the (road|street|pavement|"
            "asphalt|tarmac|floor|windscreen|windshield)\\b"
        ),
        # A headache "like the head splitting" (頭が割れるように痛い) is no wound.
        "re:(頭|頭部|顔|頭蓋骨)が?(潰れ|つぶれ|割れ|砕け)(?!る?(ように|よう|ほど|みたい|そう))",
        "re:(道路|路面|地面)[^。]{0,4}(血だまり|血の海|血が広が)",
        # A body lying in its own pool of blood, wherever it lies: 血だまりの中に倒れている,
        # 피웅덩이에 쓰러진, 倒在血泊中, खून के तालाब में पड़ा, রক্তের পুকুরে পড়ে.
        "re:血だまり(の中)?(に|で)[^。\\n]{0,4}(倒れ|横たわ|転が|沈ん|うずくま|突っ伏)",
        "re:(피 ?웅덩이|핏물 ?웅덩이)(에|속에|위에) ?[^.\\n]{0,4}(쓰러|누워|엎어|널브러)",
        "re:(倒|躺|趴)在(一片|一摊|一滩)?血泊",
        "re:\\bly(ing|es|ed)? ([a-z]+ ){0,2}in a pool of (his |her |their |its )?(own )?blood\\b",
        "re:खून (के|की) (तालाब|पोखर|गड्ढे)",
        "re:\\bkhoon (ke|ki) (talab|talaab|pokhar)\\b",
        "re:রক্তের (পুকুর|ডোবা)",
        "re:(머리|두개골|얼굴)(가|이)? ?(으깨|깨진|짓이겨|함몰|박살)",
        "re:(도로|길바닥|바닥)에 ?(흥건한 )?(피|핏자국)(?!자)",
        "re:(头|脑袋|腦袋|头颅|頭顱|头骨|颅骨)(被)?(压碎|壓碎|压扁|壓扁|碾碎|砸烂|砸爛|开裂)",
        "re:(压碎|壓碎|压扁|壓扁|碾碎|砸烂|砸爛)的(头|脑袋|腦袋|头颅)",
        "re:(满地|滿地|路上|路面|马路上)(都)?(是)?(鲜血|血迹|血跡|一滩血|一灘血)",
        "re:(कुचला|कुचले|कुचली|फटा|फटे|पिचका) (हुआ |हुए )?(सिर|खोपड़ी|चेहरा|शरीर)",
        "re:(सिर|खोपड़ी) (कुचल|फट|पिचक)",
        "re:(सड़क|ज़मीन|फर्श) पर (फैला )?खून",
        "re:(থেঁতলে|থেতলে|থেঁতলানো|থেতলানো|চূর্ণ|ফেটে) (যাওয়া )?(মাথা|খুলি|মুখ|শরীর|দেহ)",
        "re:(মাথা|খুলি) (থেঁতলে|থেতলে|ফেটে|চূর্ণ)",
        "re:(রাস্তায়|রাস্তার উপর|মেঝেতে) (ছড়ানো )?রক্ত(?!দান)",
        "re:\\b(fingers?|hands?|limbs?) (cut|chopped|hacked) off\\b",
        "切断された手",
        "切り落とされた",
        "めった切り",
        # Not 잘린 손질 (fish trimmed at the counter).
        "re:잘린 손(?!질)",
        "잘린 팔",
        "난도질",
        "砍死",
        "断手",
        "断肢",
        "砍断",
        "काटकर मार",
        "कटा हुआ हाथ",
        "कटे हाथ",
        "टुकड़े-टुकड़े",
        "কুপিয়ে",
        "কোপানো",
        "কাটা হাত",
        "কাটা পা",
        "টুকরো টুকরো",
        "re:\\bblood[- ](spattered|splattered|soaked|drenched|stained|covered|smeared)\\b",
        (
            "re:\\bblood (everywhere|spraying|spurting|splatter(ed)?|spatter(ed)?|pooling|"
            "dripping|-?soaked|soaked|gushing)\\b"
        ),
        "re:\\b(pool|pools|puddle) of blood\\b",
        "re:\\bcovered in blood\\b",
        "re:\\bbloody (corpse|body|bodies|massacre|murder|knife|stump|remains)\\b",
        "re:\\bsevered (head|heads|limb|limbs|arm|leg|hand|finger)s?\\b",
        (
            "re:\\b(entrails|intestines spilling|guts (spilling|hanging)|exposed (organs|bone|"
            "brain))\\b"
        ),
        "re:\\bthroats? slit\\b",
        # Blood spurting or a neck cut through, in every script.
        "re:\\bblood (spurts|spurted|sprays|sprayed|fountains|fountaining|gushes|gushed|jets)\\b",
        "re:\\b(spurting|gushing|spraying|fountains? of) blood\\b",
        "re:\\b(severed|slashed|sliced) (neck|necks|throat|throats)\\b",
        "re:\\b(neck|throat) (cut|slashed|sliced|sawn) (open|through|off)\\b",
        "re:\\b(head|heads|limbs?|arms?|legs?) (torn|ripped|hacked|sliced) off\\b",
        "re:血(が|を)?(噴き出|吹き出|噴出|ふき出|噴い|吹い)",
        "血しぶき",
        "re:首(が|を)(飛ぶ|飛んで|飛ばさ|もげ|切り落と|切断)",
        "re:(手足|腕|脚)(が|を)(切断|ちぎれ|切り落と|もげ)",
        "re:피(가|를)? ?(솟구치|솟구쳐|뿜어|뿜는|분수처럼|쏟아져 나오)",
        "re:목(이|을) ?(날아가|날아간|베어|잘라 ?내)",
        "re:목이 잘려[^.!?\\n]{0,20}피",
        "re:(팔다리|팔|다리)(가|를)? ?(잘린|잘려 ?나|잘라 ?내|잘라 ?낸)",
        "re:(鲜血|鮮血|血)(喷涌|噴湧|喷出|噴出|四溅|四濺|狂喷|狂噴|喷溅|噴濺)",
        "喷血",
        "血柱",
        "re:(脖子|喉咙|喉嚨)(被)?(砍断|砍斷|割断|割斷|割开|割開|切断|切斷)",
        "re:(头|頭)(被)?(砍下|砍掉|割下)",
        "断臂",
        "断腿",
        "残肢",
        # A limb cut off named as such, in the words and letters the lists lacked, and gore
        # asked for by degree ("the gorier the better", グロければグロいほど, 잔인할수록 좋아,
        # 越残忍越好, "jitna khoon utna accha", যত রক্ত তত ভালো): the wound is the picture.
        "re:切断された(腕|手|足|脚|手足|指|首|頭)|(腕|手|足|脚|手足|指)(が|を)?切断(され|して|した)",
        "re:\\b(kata|kate|kati|kaata|kaate) (hua |hue |huye |hui )?(haath|hath|haat|hat|baah|"
        "bazu|pair|pa|taang|tang)\\b",
        (
            "re:\\bgorier\\b|\\bthe bloodier the better\\b|\\bthe (more gruesome|more gore|more "
            "blood)\\b[^.!?\\n]{0,16}?\\bthe better\\b"
        ),
        "re:グロ(けれ|い)[^。\\n]{0,8}ほど|グロさ(全開|増し|マシマシ|max)|グロ全開",
        "re:(잔인|잔혹|끔찍|처참|고어|징그럽)(할|일|하면 할|하게 할)수록|피(가)? ?(많을|튈)수록",
        "re:越(血腥|残忍|残暴|血淋淋)越(好|棒|带劲|吸睛|火)",
        "re:जितना (खून|ख़ून|खूनी|ख़ूनी|वीभत्स)[^।\\n]{0,8}उतना (अच्छा|बढ़िया|बेहतर)",
        (
            "re:\\bjitna (khoon|khooni|khun|khuni|vibhats)\\w*\\b[a-z ]{0,10}\\butna (accha|"
            "achha|acha|badhiya|better)\\b"
        ),
        "re:যত (রক্ত|বীভৎস|রক্তাক্ত)[^।\\n]{0,8}তত (ভালো|ভাল)",
        "re:\\bjoto (rokto|roktakto|bibhotso|bibhoshso)\\w*\\b[a-z ]{0,10}\\btoto (bhalo|valo)\\b",
        "re:खून (की धार|का फव्वारा|के फव्वारे|उछल|फूट|की पिचकारी)",
        "re:गर्दन (कटी|कटने|कट कर|कटकर|काट|धड़ से)",
        "re:कटे (हुए )?(हाथ-पैर|अंग|पैर)",
        "re:(ফিনকি দিয়ে|ফিনকি) রক্ত",
        "re:রক্ত (ফিনকি|ছিটকে|ছিটকাচ্ছে|ছিটছে)",
        "re:(ঘাড়|মুণ্ডু|মুন্ডু) (কাটা|কেটে)",
        "re:কাটা (মুণ্ডু|মুন্ডু|ঘাড়|অঙ্গ|হাত-পা)",
        "re:হাত-পা (কাটা|কেটে)",
        "re:\\bslit(ting)? (his|her|their|a man's|a woman's) throats?\\b",
        "re:\\b(dead|mutilated|rotting|burned|charred) (body|bodies|corpse|corpses)\\b",
        "re:\\bcorpses?\\b",
        "re:\\b(burned|burnt|skinned) alive\\b",
        "re:\\bflayed\\b",
        "re:\\bbrains? (splattered|blown out)\\b",
        "re:\\bblow(s|ing|n)? ([\\w']+ )?brains? out\\b",
        "re:\\b(head|heads|skull) (blown|shot|blasted) (off|open|apart)\\b",
        "re:\\bblow(s|ing|n)? (his|her|their|someone's|a man's|a woman's) head off\\b",
        "re:\\bslit(s|ting)? ([\\w']+ )?throats?\\b",
        "re:\\b(hack(s|ed|ing)?|chop(s|ped|ping)?) ([\\w']+ )?to (death|pieces)\\b",
        "re:\\bhead (blown|cut|chopped|sawn) off\\b",
        "re:\\bcut(ting)? off (his|her|their|a man's|a woman's) head\\b",
        "斬首",
        "首を切",
        "首をはね",
        "首を刎ね",
        "生首",
        "惨殺",
        "血まみれ",
        "血だらけ",
        "血を流",
        "피를 흘리",
        "피 흘리",
        "爆头",
        "打爆头",
        "脑浆",
        "脑袋开花",
        "頭を撃ち抜",
        "머리를 날려",
        "re:\\b(guts|intestines|organs) (hanging|spilling|spilled) out\\b",
        "流血",
        "血が飛び散",
        "피 튀",
        "血肉模糊",
        "खून ही खून",
        "सिर उड़ा",
        "উড়ে যাওয়া মাথা",
        "মাথা উড়ে",
        "バラバラ死体",
        "死体",
        "内臓が",
        "首を切断",
        "切断された死体",
        "참수",
        "목을 베",
        "목이 잘린",
        "잘린 머리",
        "피투성이",
        "피가 낭자",
        "토막",
        "시체",
        "내장이",
        "斩首",
        "砍头",
        "砍下头",
        "断头",
        "血肉模糊",
        "血淋淋",
        "肢解",
        "尸体",
        "碎尸",
        "分尸",
        "人头",
        "血腥",
        "グロテスク",
        "グロ画像",
        "유혈",
        "피범벅",
        "गला काट",
        "গলা কাট",
        "सिर कलम",
        "सिर काट",
        "सिर कटी",
        "सिर कटा",
        "कटा हुआ सिर",
        "कटे हुए सिर",
        "खून से लथपथ",
        "खून से सनी",
        "खून से सना",
        "क्षत-विक्षत",
        "लाश",
        "अंग-भंग",
        "শিরশ্ছেদ",
        "মাথা কাট",
        "মাথা কেটে",
        "কাটা মাথা",
        "রক্তাক্ত",
        "রক্তে ভেজা",
        "লাশ",
        "মৃতদেহ",
        "ছিন্নভিন্ন",
        # Bodies opened, piled or tortured, said as people type it: organs spilling onto the
        # floor, piles of bodies, nails ripped out; バラバラにされた, 爪を剥が, 血の海; 장기가
        # 쏟아진, 피바다, 손톱을 뽑; 肠子拖在地上, 血溅, 尸横遍野; लाशों का ढेर, खून की नदी;
        # লাশের স্তূপ, রক্তের নদী.
        (
            "re:\\b(organs|guts|entrails|intestines|innards|brains?) (spilling|spilled|pouring|"
            "poured|hanging|dragging|strewn|splattered) (out|onto|on|across|from|over|along|"
            "everywhere)\\b"
        ),
        (
            "re:\\b(body|bodies|torso|belly|chest|stomach|skull) (torn|ripped|cut|sliced|split|"
            "hacked|blown) open\\b"
        ),
        (
            "re:\\b(bodies|corpses) (piled|heaped)\\b|\\b(piles?|heaps?|"
            "stacks?|mounds?) of (dead )?(bodies|corpses)\\b"
        ),
        (
            "re:\\bblood (running|flowing|pouring|streaming) (into|down|through|along|across) the "
            "(gutters?|streets?|drains?|road|floor|stairs)\\b|\\b(rivers?|sea|river) of blood\\b"
        ),
        (
            "re:\\b(face|skin) flayed\\b|\\bflayed (face|skin)\\b|\\bface peeled (off|away)\\b|"
            "\\b(fingernails?|eyes?) "
            "(ripped|pulled|torn|gouged|plucked) out\\b|\\bgoug(e|ed|ing) (out )?(his|her|their) "
            "eyes?\\b"
        ),
        "re:バラバラ(に|の)(され|死体|遺体)|(遺体|死体)の山|爪を(剥がされ|剥がす拷問|剥いだ|剥がした)|血の海|臓物|惨殺死体",
        "re:장기(가|들이)? ?(쏟아|튀어나|흘러나|삐져나)|배가 갈라(진|져)|피바다",
        "re:시신(들)?(이)? ?(널브러|쌓여|즐비)|손톱(을|이)? ?뽑",
        "re:(肠子|腸子|内脏|內臟)[^。！？\\n]{0,3}(拖|流|挂|掛|散|洒|撒)(在|到|了|出)|被开膛|开膛的|血溅|尸横遍野|拔指甲",
        "re:लाशों (का|के) ढेर|खून की (नदी|नदियां|नदियाँ)|नाखून उखाड़",
        "re:\\b(laashon|lashon|laasho|lasho) (ka|ke) (dher|dheer)\\b",
        "re:\\bkhoon ki (nadi|nadiyan)\\b|\\b(sar|sir) (dhad|dhar) se alag\\b",
        "re:লাশের (স্তূপ|স্তুপ|ঢিবি)|রক্তের (নদী|বন্যা)|রক্তগঙ্গা|নখ উপড়ে|মাথা ধড় থেকে",
        "re:\\blasher (stup|stoop|dhibi)\\b|\\brokter (nodi|bonna)\\b",
        "re:\\bmatha (dhor|dhar) theke alada\\b",
        "re:\\bheadless (corpses?|bod(y|ies)(?! (forms?|mannequins?|dumm(y|ies)|stands?)))\\b",
        (
            "re:\\b(bina sir ki|bina sar ki|sir kati|sar kati|sirkati|matha ?chhara|mathakata|"
            "mundu ?kata) (laash|lash|deh|deho|shorir)\\b|\\b(laash|laashein|laashen|laashon|"
            "lashein|lashen)\\b"
        ),
        (
            "re:\\b(manush|lok|bondi|bondir|shotru)\\w* (er )?matha (kete|kata|kaata|katche|"
            "kaatche)\\w*|\\brokter "
            "(dhara|phoyara|foara)\\b"
        ),
        (
            "re:\\b(aant|aantein|aante|aanten|antdiyan|antadiyan|nari ?bhuri|naari ?bhuri|"
            "nari ?vuri) "
            "(bahar|baahar|beriye|beriye ache|jhul|latak)\\w*"
        ),
        "re:\\b(zinda|jinda|jyanto|jonto|jyant) (jala|jal|pora|puriye|porano|pudiye)\\w*",
        "re:(जिंदा|ज़िंदा|जीवित) जला|জ্যান্ত (পোড়া|পুড়িয়ে)|生きたまま(焼|燃や)",
        "re:산 ?채로 ?(불태|태워|태운)|活活烧死|活烧",
        # Burning alive in any tense, the living person named between: "burning alive", "जीता-
        # जागता आदमी जलता", "ज़िंदा जलते हुए", "জ্যান্ত মানুষকে আগুনে পুড়তে", 산 채로 불에 타며, 活活烧着.
        (
            "re:\\b(burn(s|ed|t|ing)?|roast(s|ed|ing)?|cook(ed|ing)?) alive\\b|"
            "\\bburned at the stake\\b"
        ),
        "re:(जिंदा|ज़िंदा|जीवित|जीता-जागता|जीती-जागती|जीते-जी|जीते जी)( [^\\s।,]+)?( को)? (जल|जला)",
        "re:(জ্যান্ত|জীবন্ত)( [^\\s।,]+)?( আগুনে)? (পুড়|পোড়)",
        "re:산 ?채로 ?불에 ?(타|태)|(活活|活生生)(地)?(被)?(烧|燒|烤)",
        "火あぶり",
        "火炙り",
        # Bodies burned, skin melting off: a fire insurer's "shock" ad is still the gore.
        "re:\\bskin (melting|melted|peeling|sloughing|bubbling) (off|away)\\b|\\bmelted skin\\b",
        (
            "re:\\b(his|her|their|whose|the (man|woman|victim|person)'s) skin (\\w+ )?"
            "(blister|melt|bubbl|char|slough)\\w*"
        ),
        "re:(चमड़ी|त्वचा|चमड़ा) (पिघल|उधड़|झुलस)",
        "re:চামড়া (ঝলসে )?(গলে|গলা|ঝলসে)",
        "焼死体",
        "焼けただれ",
        "re:黒焦げの(遺体|死体|人)",
        "re:皮膚が(溶け|ただれ)",
        "re:불에 (탄|타버린|그을린) ?(시신|시체|사람|몸)",
        "re:(탄|새까맣게 탄|타 죽은) (시신|시체)",
        "re:피부(가)? ?녹아 ?(내린|내리|내려)",
        "re:烧焦的(尸体|遗体|人)",
        "焦尸",
        "re:皮肤(融化|溶化|熔化|烧化)",
        "re:जली हुई (लाश|लाशें|लाशों)|खाल (पिघल|उधड़)",
        "re:\\bjal(i|e) hu(i|e|yi) (laash|lash|laashein|lashein)\\b|\\bkhaal (pighal|udhad)\\w*",
        "re:পোড়া (লাশ|মৃতদেহ)|চামড়া (গলে|গলা)",
        "re:\\bpora (lash|laash|mritodeho)\\b|\\bchamra gol(e|a)\\b",
        # A person's belly opened and the insides out, said without the word for guts.
        (
            "re:\\b(his|her|their|a man's|a woman's) (belly|stomach|abdomen|torso|guts?) (opened|"
            "cut|slit|sliced|ripped|torn|split|slashed) (up|open)\\b|\\b(insides|innards|organs|"
            "entrails) (spilling|spilled|spill|falling|hanging) (out|onto)\\b"
        ),
        "re:(腹|お腹)(を|が)(切り)?(裂かれ|開かれ|割かれ|えぐられ)",
        "re:배가 ?(갈린|갈라진|찢긴|찢어진|갈라져)",
        "re:(肚子|腹部)被(剖开|划开|切开|豁开)|被开膛",
        "re:पेट (चीर|फाड़)(ा|े|ी) (हुआ|हुए|गया|दिया)",
        "re:\\bpet (chira|cheera|phata|phaada|fada|faada) (hua|hui|gaya|diya)\\b",
        "re:পেট (চেরা|ফাড়া|চিরে ফেলা)|\\bpet (chera|chire|fara|phara)\\b",
        "re:\\b(half|most|part) (of )?(his|her|their|a|the) (face|head|skull) (gone|missing|blown "
        "(off|away)|torn off)\\b",
        # A person's skin peeled off with a blade or alive, the flesh left hanging: the flaying
        # is the picture, for a peeling gel's "shock" ad or a joke to a group. A peel-off mask,
        # a sunburn peeling or a fruit skinned names no blade and no flesh.
        (
            "re:\\b(his|her|their|whose|a man's|a woman's|someone's|the guy's|the victim's|the "
            "thief's) ((arm|face|back|leg|chest) )?(skin|face|scalp)\\b[^.!?\\n]{0,16}?\\b(peeled"
            "|sliced|carved|cut|stripped|"
            "flayed|ripped|torn) (off|away)\\b[^.!?\\n]{0,12}?\\bwith (a|the|his|her) (knife|"
            "blade|razor|scalpel|cleaver)\\b|\\b(flay|flays|flaying|skin|skins|skinning) "
            "(him|her|them|someone|(the|a|my|our|his|her|their|that) (?!(eels?|fish|frogs?|snakes?|"
            "rabbits?|chickens?|squid|octopus)\\b)[\\w'-]+) alive\\b|\\b(flesh"
            "|muscle) (hanging|dangling) (off )?in "
            "(strips|shreds|ribbons|flaps)\\b|\\bstrips of flesh (hanging|dangling)\\b"
        ),
        "re:生きたまま[^。\\n]{0,4}(皮|皮膚|顔の皮)(を|が)?(剥|はが|は)",
        "re:(皮膚|顔の皮)(を|が)[^。\\n]{0,8}(ナイフ|刃物|包丁|カミソリ)で[^。\\n]{0,4}(剥が|はが|剥ぎ|はぎ)",
        "re:(ナイフ|刃物|包丁|カミソリ)で[^。\\n]{0,8}(皮膚|顔の皮)を[^。\\n]{0,4}(剥が|はが|剥ぎ|はぎ)",
        (
            "re:(피부|얼굴 ?가죽|살가죽|가죽)(이|가|을|를)? ?(칼로|칼에"
            "|면도칼로)[^.!?\\n]{0,6}(벗겨|벗긴|도려|뜯겨|벗기)"
        ),
        "re:산 ?채로[^.!?\\n]{0,6}(가죽|피부|살가죽)(이|가|을|를)? ?(벗|뜯)",
        "re:살점(이|들이)? ?(덜렁|너덜)",
        "re:(活活|活生生)(地)?(被)?剥(了|下)?[^。！？\\n]{0,3}皮|活剥(了)?(人|他|她)",
        "re:(人|他|她|男人|女人|男的|女的|尸体|受害者|小偷)[^。！？\\n]{0,4}被[^。！？\\n]{0,4}剥(了|下)?[^。！？\\n]{0,2}皮",
        "re:(脸|头)皮(被)?[^。！？\\n]{0,4}(刀|刮刀|剃刀)?(剥|撕|割)(下|掉|开)",
        "re:(皮肉|血肉)[^。！？\\n]{0,2}(耷拉|翻卷|一条一条|一片片挂)",
        "re:(ज़िंदा|जिंदा|जीवित)[^।\\n]{0,8}(खाल|चमड़ी|चमड़ा) (उधेड़|उतार|छील)",
        (
            "re:(चेहरे|चेहरा|इंसान|आदमी|औरत|चोर)[^।\\n]{0,6}(की )?(खाल"
            "|चमड़ी)[^।\\n]{0,10}(चाकू|छुरी|ब्लेड|उस्तरे)[^।\\n]{0,6}(उधेड़|उतार|छील)"
        ),
        (
            "re:\\b(zinda|jinda|jyanto|jibonto)\\b[a-z ]{0,8}\\b(khaal|khal|chamdi|chamri|chamra|"
            "chamda|chal)\\b[a-z ]{0,4}\\b(udhed|udhad|utar|chheel|chhil|chhariye|chariye"
            "|tule)\\w*|"
            "\\b(chehre|chehra|mukher|manusher|chor|chorer) (ki |er )?(khaal|chamdi|chamri|chamra|"
            "chamda)\\b[a-z ]{0,10}\\b(chaku|chaaku|chhuri|churi|knife|blade|ustara"
            "|ustare)\\b[a-z ]{0,8}"
            "\\b(udhed|udhad|utar|chheel|chhil|chhariye|chariye|tule)\\w*"
        ),
        "re:(জীবন্ত|জ্যান্ত)[^।\\n]{0,12}(চামড়া|ছাল) (ছাড়ি|তুলে|ছিলে|খুলে|তোলা)",
        (
            "re:(মুখের|মানুষের|লোকের|লোকটার|মেয়েটার|ছেলেটার|চোরের) (চামড়া"
            "|ছাল)[^।\\n]{0,10}(ছুরি|ব্লেড|চাকু|ক্ষুর)[^।\\n]{0,8}(ছাড়ি|তুলে|ছিলে|খুলে"
            "|তোলা)"
        ),
        # A head off at the guillotine or the sword, said plainly: 목 잘린, 断头台上砍下的头.
        (
            "re:(사람|남자|여자|사장|놈|범인|도둑|포로|인질)[^.!?\\n]{0,8}목(이)? ?(잘린"
            "|잘려)|단두대(에서|에)? ?(목|머리)"
        ),
        "re:ギロチンで[^。\\n]{0,6}(首|頭)|首を(切り落と|刎ね|はね)|首が(切り落とさ|刎ねら|はねら)",
        "re:断头台(上)?[^。！？\\n]{0,6}(头|脑袋|人头)|(砍|斩|斬)(掉|下|断)(了)?(他的|她的|他们的|人的)?(头|脑袋|頭)",
        "re:गिलोटिन[^।\\n]{0,10}(सिर|सर|गर्दन)|(सिर|सर|गर्दन) (धड़ से )?(अलग कर|उड़ा द)",
        (
            "re:\\b(sir|sar) (kalam|qalam)\\b|\\bguillotine (pe|par|e|te"
            "|se)\\b[a-z ]{0,10}\\b(sir|sar|gardan|matha|ghaar)\\b"
        ),
        "re:গিলোটিনে[^।\\n]{0,10}(মাথা|মুণ্ডু|গলা)",
    ],
    guards=[
        # A body in a pool of blood ruled out of the picture: "do not show anyone lying in a
        # pool of blood", 血だまりに倒れている人は描かないで, 피웅덩이에 쓰러진 사람은
        # 그리지 마세요.
        (
            "re:\\b(do not|don'?t|never|no need to|avoid|without) (show|draw|depict|render|"
            "include|put)\\w*\\b[^.!?\\n]{0,30}\\bpool of (his |her |their |its )?(own )?blood\\b"
        ),
        (
            "re:血だまり(の中)?(に|で)[^。\\n]{0,4}(倒れ|横たわ|転が|沈ん|うずくま|突っ伏)[^。\\n]{0,12}"
            "(描かない|描かず|入れない|入れず|載せない|見せない|なしで|NG|不要)"
        ),
        (
            "re:(피 ?웅덩이|핏물 ?웅덩이)(에|속에|위에) ?[^.\\n]{0,4}(쓰러|누워|엎어|널브러)"
            "[^.\\n]{0,12}(그리지 ?마|넣지 ?마|빼 ?주|없이)"
        ),
        # A car's or a gadget's body cut open is a cutaway, no wound.
        (
            "re:\\b(car|van|truck|bus|vehicle|plane|aircraft|ship|boat|engine|machine|robot|"
            "camera|phone|watch|guitar|speaker|bottle|can|product)('s)? bod(y|ies) (torn|ripped|"
            "cut|sliced|split|hacked|blown) open\\b"
        ),
        (
            "re:\\b(beheaded|headless|decapitated) ((marble|ancient|stone|bronze|roman|greek|old|"
            "broken|classical|museum) )*(statues?|sculptures?|busts?|figures?|figurines?|"
            "mannequins?|dolls?|flowers?|roses?|tulips?|dandelions?|shrimps?|prawns?|fish)\\b"
        ),
        (
            "re:\\b(statues?|sculptures?|busts?|mannequins?|dolls?) (was |were |is )?(beheaded|"
            "decapitated)\\b"
        ),
        "re:\\bgore-?tex\\b",
        # "No bloodshed" said the Japanese way: 流血表現なし.
        "re:流血(表現|描写|シーン|要素)?(なし|無し|抜き|NG|ng|は?控えめ)",
        "re:\\bcorpse (flower|pose|reviver)\\b",
        # Gore named as last time's mistake that drew complaints, the reason this one has none:
        # 前回血しぶきを入れたら苦情が来た, 지난번 피 때문에 항의, 上次放了血被投诉. "Nobody
        # complained" (苦情ゼロ, 没人投诉) praises the gore instead.
        (
            "re:\\b(last|previous) (time|year|poster|campaign|one|ad|post|version|flyer)\\b"
            "[^.!?\\n]{0,100}?(?<!nobody )(?<!no one )(?<!no )\\b(complain\\w*|backlash|"
            "got reported|got flagged)\\b"
        ),
        (
            "re:(前回|前の|去年|昨年|この前|以前)[^。]{0,60}?(苦情|クレーム|炎上|不評|通報)"
            "(?!(は|も)?(なく|なかっ|来なかっ|ゼロ|0件|一件も))"
        ),
        (
            "re:(지난번|지난 ?번|작년|예전|이전)[^.!?\\n]{0,60}?(항의|민원|불만|신고|뭇매)"
            "(?!(는|도)? ?(없|안 ?들어|하나도|0건))"
        ),
        (
            "re:(上次|之前|去年|以前|上回)[^。！？\\n]{0,60}?(?<!没人)(?<!没有)(?<!零)"
            "(投诉|投訴|被骂|挨骂|举报|抗议|被批)"
        ),
        "re:(पिछली बार|पिछले साल)[^।!?\\n]{0,80}?(शिकायत|आपत्ति)",
        (
            "re:\\b(pichhli|pichli|picchli) (baar|bar|dafa)\\b[^.!?\\n]{0,80}?\\b(shikayat|"
            "shikaayat|complain\\w*)\\b"
        ),
        "re:(গতবার|গতবারের|আগেরবার|আগের বার|গত বছর)[^।!?\\n]{0,80}?(অভিযোগ|নালিশ|আপত্তি)",
        (
            "re:\\b(gotobar|gatobar|ager ?bar|goto bochor)\\b[^.!?\\n]{0,80}?\\b(obhijog|"
            "abhijog|nalish|complain\\w*)\\b"
        ),
    ],
)

# The wish told as something one may say out loud, on a prevention poster: 「死にたい」と言って
# いい, 죽고 싶다고 말해도 돼, 想死的时候可以说出来, "it's okay to say you want to die",
# "मरना चाहता हूँ" कहना ठीक है, "মরতে চাই" বলা যায়. The words are quoted to be spoken to
# someone, not a wish the picture shows.
VOICED_WISH = [
    (
        "re:\\b(it'?s|it is) (ok(ay)?|alright|all right|fine) to (say|tell (someone|us|a friend)|"
        "admit|talk about) (that )?(you|u) (want to|wanna) (die|disappear|end it)\\b|\\bsay (it|"
        "'i want to die'|i want to die)[^.!?\\n]{0,20}\\b(out loud|to someone|to us)\\b"
    ),
    "re:死にたい[」』]?[、,]?\\s?(って|と)[、,]?\\s?(言って|話して|口にして|打ち明けて|相談して|言っても|言える)",
    "re:죽고 싶(다|어|은)?[\"'”’」]?(고|는)? ?(말|얘기|이야기)(해도|하셔도|해 ?주세요|할 ?수)",
    "re:想死[\"'”’」]?(的(时候|時候|念头|念頭|感觉|感覺))?[，,]?(也)?(可以|能)(说|說|讲|講)(出来|出來)?",
    "re:(मरना चाहता|मरना चाहती|मरने का मन)[^।\\n]{0,12}(कहना|कह सकते|बता सकते|बोलना) (ठीक|ठिक|चलता)",
    "re:(মরতে চাই|মরে যেতে ইচ্ছে)[^।\\n]{0,10}(বলা যায়|বলতেই পারো|বলতে পারো|বলা ঠিক)",
]

SELF_HARM = Lexicon(
    signals=[
        "re:\\bsuicid(e|es|al)\\b",
        # Euphemisms and slang for it, and its Latin-script names.
        "re:\\bunaliv(e|es|ed|ing)\\b",
        "re:\\bkys\\b",
        "re:\\b(suicidarse|suicidar-se|suicidarsi|se suicider|selbstmord|suizid|bunuh diri)\\b",
        "re:\\b(quitarse la vida|tirar a própria vida|togliersi la vita|se donner la mort)\\b",
        "re:\\b(fore)?arms? (with|covered in|full of) (\\w+ ){0,4}cuts\\b",
        (
            "re:\\b(cortes|tagli|coupures|schnitte) (en el|no|sul|sur le|am) "
            "(brazo|braço|braccio|bras|arm)\\b"
        ),
        "リスカ",
        "re:(腕|手首)に(無数の|新しい|たくさんの)?(切り傷|傷跡|ためらい傷)",
        "극단적 선택",
        "극단적인 선택",
        "re:(팔|손목)에 (그은 |새로 난 )?(칼자국|상처 자국|그은 자국)",
        "紫砂",
        "割腕",
        "re:(手臂|胳膊)上.{0,4}(刀口|割痕|刀痕)",
        "re:(कलाई|बांह|बाजू) पर (ताज़े |ताजे )?(कट|घाव) के निशान",
        "re:(হাতে|কব্জিতে|কবজিতে|বাহুতে) (তাজা |নতুন )?কাটা (দাগ|ক্ষত)",
        "re:(前腕|腕|手首)に(無数の|新しい|たくさんの)?(カミソリの)?(切り傷|傷跡|ためらい傷|傷)",
        "re:(팔뚝|팔목)에 (그은 |새로 난 |생생한 )?(칼자국|상처 자국|그은 자국|상처)",
        "re:(前臂|小臂)上.{0,4}(刀口|伤口|割痕|刀痕)",
        "re:(कलाई|बांह|बाजू|कलाइयों) पर (ताज़े |ताजे |नए )?(कट|घाव|ब्लेड) के (निशान|घाव)",
        # Blade marks on an arm and their slang: "barcode" scars, アムカ (arm cut), レグカ.
        "re:(कलाई|बांह|बाँह|बाजू|हाथ|जांघ) पर[^।\\n]{0,8}(ब्लेड|कट) के[^।\\n]{0,8}निशान",
        "re:(হাতে|কবজিতে|কব্জিতে|বাহুতে|উরুতে)[^।\\n]{0,8}ব্লেডের[^।\\n]{0,8}দাগ",
        (
            "re:\\b(baah|banh|bazu|baju|kalai|hath|haath) (par|pe) (blade|cut) ke[a-z ]{0,8}"
            "(nishan|nishaan)\\b|\\b(hate|haate|kobjite|kabjite) [a-z ]{0,8}bleder [a-z ]{0,8}"
            "dag\\b"
        ),
        (
            "re:\\bbarcod(e|ed|ing) (scars?|cuts?|arms?|wrists?|thighs?)\\b|\\b(arms?|wrists?|"
            "thighs?|forearms?) (like|full of|covered in) (a )?barcodes?\\b"
        ),
        "re:アムカ|レグカ",
        "re:\\bkill(s|ing)? (myself|yourself|yourselves|themselves|himself|herself)\\b",
        "re:\\bend(s|ing)? (my|your|their|his|her) (own )?li(fe|ves)\\b",
        "re:\\bend it all\\b",
        "re:\\b(fresh|deep|open|bleeding) (razor |blade |knife )?cuts\\b",
        "re:\\b(razor|blade) (cuts|slashes|wounds) (on|across|along|up) \\w+ (fore)?arms?\\b",
        (
            "re:\\bcuts? (on|across|along|up) (my|her|his|their|an?|the) "
            "((fore)?arms?|wrists?|thighs?|legs?)\\b"
        ),
        "re:\\bscars? on (my|her|his|their|an?|the) wrists?\\b",
        "手首の傷",
        "리스트컷",
        "re:手腕上.{0,4}(刀口|伤口|割痕|刀痕)",
        "कलाई पर कट",
        "কব্জিতে কাটা",
        "re:\\btak(e|es|ing) (my|your|their|his|her) own li(fe|ves)\\b",
        (
            "re:\\b(slit|slitting|slits|cut|cuts|cutting|slash|slashing) (my|your|her|his|"
            "their) wrists?\\b"
        ),
        "re:\\bwrists? (cut|slit|slashed)\\b",
        "re:\\bcut(ting)? (myself|yourself|herself|himself|themselves)\\b(?! (a|an|some|off a) )",
        "re:\\bhurt(ing)? (myself|yourself|herself|himself|themselves)\\b",
        "re:\\bself[- ]?(harm(ing)?|injur(y|ies|ing)|mutilat(e|ion|ing))\\b",
        "re:\\bhang(s|ing|ed)? (myself|yourself|themselves|himself|herself)\\b",
        "re:\\boverdos(e|es|ed|ing) on\\b",
        "re:\\b(drug|pill|opioid|heroin|fentanyl|insulin) overdoses?\\b",
        "re:\\boverdosed\\b",
        "re:\\bstarv(e|ing) (yourself|myself|herself|himself|themselves)\\b",
        "re:\\b(pro-?ana|pro-?mia|thinspo|thinspiration)\\b",
        (
            "re:\\b(glamori[sz]\\w*|promot\\w*|celebrat\\w*|encourag\\w*) (anorexia|bulimia|"
            "self-harm|suicide|cutting|starvation)\\b"
        ),
        "re:\\banorexi(a|c)\\b",
        "re:\\bjump(ing)? off (a|the) (bridge|building|roof|cliff)\\b",
        "re:\\bnobody (will|would) miss (you|me)\\b",
        "re:自殺(?!予防|対策|防止|相談)",
        "自傷",
        "リストカット",
        "リスカ",
        "re:(?<![ぁ-ゖ])りすか",
        "死にたい",
        "首を吊",
        "ফাঁস দেওয়া",
        "ফাঁস দেয়",
        "গলায় দড়ি",
        "首吊り",
        "飛び降り自殺",
        "自ら命を絶",
        "re:자살(?! ?(예방|방지|상담))",
        "자해",
        "손목을 긋",
        "손목 긋",
        "죽고 싶",
        "목을 매",
        "목숨을 끊",
        "re:自杀(?!预防|干预|热线|防治)",
        "自残",
        "割腕",
        "想死",
        "上吊",
        "轻生",
        "跳楼",
        "re:आत्महत्या(?! (रोकथाम|रोकने|निवारण|हेल्पलाइन))",
        "खुदकुशी",
        "खुद को चोट",
        "खुद को नुकसान",
        "कलाई काट",
        "मरना चाहता",
        "मरना चाहती",
        "फांसी लगा",
        "फाँसी लगा",
        "re:আত্মহত্যা(?! ?(প্রতিরোধ|রোধ))",
        "নিজেকে আঘাত",
        "নিজেকে শেষ",
        "কবজি কাট",
        "নিজের হাত কাট",
        "মরতে চাই",
        "গলায় দড়ি",
        "আত্মঘাতী",
        # Hanged, a body hanging from a fan or a noose, a wrist's vein cut, a leap in front of a
        # train: "목매단", 吊死, "pankhe se latakti", ফ্যান থেকে ঝুলন্ত, "nas kaat", 電車に飛び込む.
        "re:목 ?매(단|달)",
        "re:(ロープ|縄)に首を(かけ|掛け)",
        "re:\\b(rope|noose) (around|round) (her|his|their|my|your) necks?\\b",
        "re:(绳子|绳|繩|绳索|繩索)(套|勒)(在)?(脖子|颈|頸)",
        "re:吊死|悬梁自(尽|缢)|懸樑自(盡|縊)|自缢|自縊|卧轨|臥軌",
        (
            "re:\\b(hanging|hanged|dangling|swinging) by (the|his|her|their) necks?\\b|"
            "\\b(girl|boy|"
            "man|woman|body|person|someone|teen|student|corpse)\\b[^.!?\\n]{0,10}?\\b(hanging|hanged|"
            "dangling) from (a|the) (ceiling )?(fan|noose|rafter|ceiling hook|beam)\\b"
        ),
        (
            "re:(फंदे|कुंडे) से (लटक|झूल)|पंखे से (लटकती|लटकता|लटकी|लटके) (लड़की|लड़का|आदमी|औरत|महिला|"
            "युवक|युवती|लाश|शव)|(लड़की|लड़का|आदमी|औरत|महिला|युवक|युवती|लाश|शव)[^।\\n]{0,10}पंखे से (लटक|झूल)"
        ),
        (
            "re:\\b(phande|fande|kunde) se (latak|jhool|jhul)\\w*|\\b(pankhe|pankha) se (latak|"
            "jhool|jhul)\\w* (ladki|larki|ladka|larka|aadmi|aurat|lash|laash|insaan)\\b|\\b(ladki|"
            "larki|ladka|larka|aadmi|aurat|lash|laash)\\b[^.!?\\n]{0,10}?\\b(pankhe|pankha) se "
            "(latak|jhool|jhul)\\w*|\\b(phansi|fansi|phaansi|faansi) (laga|lagaa|pe latak|"
            "par latak|le li|"
            "lagake|laga ke)\\w*"
        ),
        (
            "re:(ফ্যান|ফ্যানের|সিলিং ফ্যান|কড়িকাঠ|আড়া) থেকে (ঝুলন্ত|ঝুলছে|ঝুলে) (মেয়ে|ছেলে|দেহ|লাশ|মানুষ|"
            "লোক|নারী|পুরুষ)|(মেয়ে|মেয়েটি|ছেলে|ছেলেটি|দেহ|লাশ)[^।\\n]{0,10}"
            "(ফ্যান|সিলিং ফ্যান|কড়িকাঠ) থেকে ঝুল"
        ),
        (
            "re:\\b(fan|pakha|kori ?kath) theke (jhulonto|jhulche|jhule|jhulchhe|jhulcche)\\w* "
            "(meye|chhele|chele|deho|lash|manush|lok)\\w*|\\b(meye|chhele|chele|deho|lash)\\w*\\b"
            "[^.!?\\n]{0,10}?\\b(fan|pakha) theke jhul\\w*|\\b(fan|pakha) theke jhul\\w* (meye|"
            "chhele|chele)\\w*"
        ),
        (
            "re:\\b(jump|leap|throw|step)\\w* (himself |herself |themselves )?in front of (a|an|"
            "the) (oncoming |moving |speeding )?(train|subway|metro|tube train)\\b"
        ),
        "re:(電車|列車|線路)に(飛び込|身を投げ)",
        "re:(기차|열차|지하철|선로)(에|로) ?(뛰어들|몸을 ?던지)",
        "re:(火车|列车|地铁|火車|列車|地鐵)前(跳|扑|撲)",
        "re:(ट्रेन|रेल|रेलगाड़ी) के (आगे|सामने) (कूद|छलांग)",
        "re:\\b(train|rail|gaadi) ke (aage|saamne|samne) (kood|kud|chhalang)\\w*",
        "re:(ট্রেনের|রেলের) (সামনে|নিচে) (ঝাঁপ|লাফ)",
        "re:\\b(train|trainer|rail) er (samne|shamne|niche|nice) (jhap|jhaap|laf)\\w*",
        # Leaping to one's death is the act, whatever the picture is for.
        (
            "re:\\b(jump|leap|step)\\w*\\b[^.!?\\n]{0,40}?\\bto (her|his|their|my|your) "
            "deaths?\\b(?!-)|\\b(jump|leap)\\w* (off|from)\\b[^.!?\\n]{0,30}?\\bto (die|end it|"
            "end (her|his|their) li(fe|ves))\\b"
        ),
    ],
    guards=[
        # A garment or a bottle hangs by its neck from a hook or a rail; no one is hanged.
        (
            "re:\\b(capes?|cloaks?|scarf|scarves|coats?|jackets?|shirts?|hoodies?|dress(es)?|"
            "gowns?|robes?|towels?|bags?|bottles?|jugs?|vases?|guitars?|lanterns?|ornaments?|"
            "costumes?|garments?|clothes|hangers?)\\b[^.!?\\n]{0,40}?\\b(hanging|hanged|dangling|"
            "swinging) by (the|their) necks?\\b"
        ),
        # A campaign's name, hyphenated as a compound or not: "suicide-prevention week".
        (
            "re:\\bsuicide[- ](prevention|awareness|hotline|helpline|crisis line|lifeline|"
            "survivors?|squad|wings|sauce|doors?|squeeze|run|drills?)\\b"
        ),
        "re:\\b(preventing|prevent) suicide\\b",
        *VOICED_WISH,
        # What a prevention poster tells you to do if a friend says it: the friend's words,
        # reported to send help, not a scene asked for.
        (
            "re:\\bif (a|your|ur|my) (friend|mate|bestie|child|kid|son|daughter|student|teen|"
            "teenager|classmate|colleague|coworker|partner|loved one)s?\\b[^.!?\\n]{0,30}?\\b("
            "jokes?|joking|talks?|talking|says?|saying|posts?|posting|mentions?|texts?) (about )?"
            "(wanting to |that they want to |they want to )?(unaliv\\w*|suicid\\w*|kill(ing)? "
            "(themselves|himself|herself)|end(ing)? (their|his|her) (own )?li(fe|ves))"
        ),
        # "A battle to end it all" is the idiom of the last and greatest one, not a death.
        (
            "re:\\b(fight|battle|war|showdown|duel|match|game|round|sale|party|bash|deal|finale|"
            "feast|burger|dessert|song|track|album|episode|movie|film|quest|race) to end (it|them) "
            "all\\b"
        ),
        # A butcher's and a barber's cuts: "fresh cuts daily", "fresh cuts of lamb", "prime
        # cuts", "fresh cuts and fades".
        (
            "re:\\b(fresh|deep|open|prime|choice|premium) cuts (of (meat|beef|lamb|pork|steak|"
            "chicken|veal|mutton|fish|salmon|tuna)|daily|every (day|morning)|from our|at our|"
            "and (fades|shaves|trims|styles)|(&|and) fades)\\b"
        ),
        (
            "re:\\b(butcher|butchery|meat|steak|beef|lamb|pork|deli|barber|barbershop|salon|"
            "haircut|fade)s?\\b[^.!?\\n]{0,40}\\b(fresh|deep|open) cuts\\b"
        ),
        (
            "re:\\b(fresh|deep|open) cuts\\b[^.!?\\n]{0,40}\\b(butcher|butchery|meat|steak|"
            "beef|lamb|pork|deli|barber|barbershop|salon|haircut|fades?)\\b"
        ),
        "re:\\bsuicidal thoughts? (helpline|hotline|support)\\b",
        "re:\\boverdose (prevention|awareness|kit|response)\\b",
        "re:\\bnaloxone\\b",
        "re:\\bsuicide (vest|bomber|bombing|attack)s?\\b",
        "re:\\bself[- ]?harm (support|awareness|prevention|recovery|hotline|helpline|resources)\\b",
        "re:\\bstruggl\\w* with (self[- ]?harm|suicidal thoughts|anorexia)\\b",
        "re:\\banorexi(a|c) (awareness|recovery|treatment|support|clinic)\\b",
        "预防自杀",
        "自杀式",
        "跳楼价",
        "跳楼大甩卖",
        "자살골",
        "re:\\bbungee[- ]?jump(ing)? off (a|the) (bridge|building|roof|cliff)\\b",
        # A jump that lands somewhere is an action scene: onto a dragon, into an airbag or the
        # sea; a knight, a superhero or a stuntman jumps for the story, not to die.
        (
            "re:\\bjump(s|ing|ed)? off (a|the) (bridge|building|roof|cliff)\\b[^.!?\\n]{0,12}?"
            "\\b((onto|on to)(?! (the |a )?(pavement|street|ground|concrete|road|rocks|tracks|"
            "asphalt|sidewalk))|into (a|an|the) (air ?bag|crash mat|safety net|"
            "net|foam pit|pool|sea|"
            "lake|ocean|water|haystack|boat)|to land|and (land|glide|fly|soar))\\b"
        ),
        (
            "re:\\b(knight|hero|heroine|superhero|ninja|samurai|stunt ?(wo)?m[ae]n|stunt double|"
            "spider-?man|batman|warrior|dragon rider|parkour|free ?runner|secret agent|spy|"
            "pirate|wizard)\\b[^.!?\\n]{0,30}?\\bjump(s|ing|ed)? off (a|the) (bridge|building|"
            "roof|cliff)\\b"
        ),
        "吊死鬼",
        "防止自杀",
        "自殺を防",
        "자살을 막",
        # Campaigns against self-harm name it too.
        "re:自傷(行為)?(の)?(予防|防止)",
        "re:자해 ?(예방|방지)",
        "re:(预防|防止)自残",
        "re:自残(预防|干预)",
    ],
)

SELF_HARM_INTENT = [
    "re:\\bi (want|wanna|need) to (die|kill myself|end it|end my life)\\b",
    "re:\\bi('m| am) (going|about) to (kill myself|end it|end my life)\\b",
    "re:\\bi want to kill myself\\b",
    "死にたい",
    "죽고 싶",
    "想死",
    "मरना चाहता",
    "मरना चाहती",
    "মরতে চাই",
]

HOW_TO = [
    "re:\\bhow (to|do i|can i|should i)\\b",
    "re:\\bhow-tos?\\b",
    "re:\\b(easiest|best|quickest|fastest|painless|surest) (ways?|methods?)\\b",
    (
        "re:\\b(ways?|methods?|steps?|guide|tutorial|instructions?|recipe|technique)s? (to|for|"
        "of|on)\\b"
    ),
    "re:\\bstep[- ]by[- ]step\\b",
    # A recipe told by its parts: quantities, ingredients, order.
    "re:\\b(recipe|quantities|measurements|ingredients|amounts|dosages?)\\b",
    "re:\\b(receta|receita|ricetta|recette|rezept|cantidades|quantidades|dosi|takaran|langkah)\\b",
    "re:\\bcara (meracik|membuat|bikin)\\b",
    "分量",
    "材料",
    "재료",
    "순서",
    "配方",
    "用量",
    "原料",
    "सामग्री",
    "मात्रा",
    "উপাদান",
    "কতটুকু",
    "পরিমাণ",
    "方法",
    "やり方",
    "手順",
    "図解",
    "作り方",
    "방법",
    "하는 법",
    "알려",
    "教程",
    "步骤",
    "教人",
    "教你",
    "तरीका",
    "तरीके",
    "कैसे",
    "विधि",
    "उपाय",
    "উপায়",
    "পদ্ধতি",
    "নিয়ম",
    "কীভাবে",
    "ステップ",
    "단계별",
    "每一步",
    "一步一步",
    "स्टेप बाय स्टेप",
    "ধাপে ধাপে",
]

SEXUAL = Lexicon(
    signals=[
        "re:\\bporn(o|ography|ographic)?\\b",
        # Undressing a person in a photo, whoever they are.
        (
            "re:\\b(remove|take off|strip|erase|delete)\\b(?:\\W+\\w+){0,2}?\\W+"
            "(her|his|their|the) clothe?s\\b"
            "(?! (rack|rail|hanger|line|shop|store|pile|basket|tags?|labels?))"
        ),
        "re:\\bmake (her|him|them) (look )?(nude|naked)\\b",
        "re:\\b(kapde|kapre|kapda|saree|sari|dupatta)\\b(?:\\W+\\w+){0,1}?\\W+(hata|utaar|utar)\\w*",
        "re:服を脱が(せ|し)",
        "re:옷(을|을 다)? ?(벗겨|벗긴|지워)",
        "re:(p|ps|P|PS)成(穿)?[^。！？\\n]{0,6}(暴露|内衣|比基尼|裸)",
        "re:(脱掉|去掉|扒掉)(她|他)?的?衣服|(她|他)的衣服(脱掉|去掉|扒掉)",
        "re:कपड़े (हटा|उतार)",
        "re:(জামাকাপড়|কাপড়|জামা) (খুলে|সরিয়ে) (দাও|দিন|দে)",
        # Full nudity and explicit poses, also in the Latin languages.
        "re:\\b(fully|completely|totally|stark|entirely) (nude|naked)\\b",
        "re:\\b(explicit|esplicit[ao]|explícit[ao]|explicite) (pose|posa|poses|pics?|photos?)\\b",
        "re:\\b(partes íntimas|parti intime|parties intimes|genitali|genitais|genitales)\\b",
        (
            "re:\\b(completamente|totalmente|del tutto|entièrement|komplett|völlig|telanjang) "
            "(desnud[ao]|nu[ae]?|nud[ao]|nackt|bulat)\\b"
        ),
        "全裸",
        # 裸 typed as its pinyin to slip past a filter: 全luo, luo体, luo照.
        "re:(?<=[\u4e00-\u9fff])luo(?![a-z])",
        "re:(?<![a-z])luo ?(体|照|露|奔|聊)",
        "すっぽんぽん",
        "전라",
        "올누드",
        "re:一丝不挂|一絲不掛",
        "re:पूरी (तरह )?(नग्न|नंगी)",
        "निर्वस्त्र",
        "সম্পূর্ণ নগ্ন",
        "উলঙ্গ",
        "re:\\bexplicit (sex|sexual|nudity|content|scene|photo|image)s?\\b",
        "re:\\bsex (scene|act|tape|video)s?\\b",
        "re:\\bhaving sex\\b",
        "re:\\bsexual (intercourse|act|acts|scene|pose)\\b",
        "re:\\bintercourse\\b",
        "re:\\berotic(a|ally)?\\b",
        (
            "re:\\bnude (photo|photos|pic|pics|body|bodies|woman|women|man|men|model|models|girl|"
            "girls|boy|boys|selfie|shoot|scene|portrait|child|children|kid|kids)\\b"
        ),
        "re:\\b(naked|nude) (on|in|lying|posing|in front)\\b",
        (
            "re:\\bnaked (woman|women|man|men|body|bodies|girl|girls|boy|boys|person|people|"
            "model|models|couple|child|children|kid|kids|teen|teens|selfie|photo|pics?)\\b"
        ),
        (
            "re:\\b(woman|women|man|men|girl|girls|boy|boys|children|kids|model|models|"
            "people) (is |are |posing |lying )?naked\\b"
        ),
        "re:\\bnudity\\b",
        "re:\\btopless\\b",
        "re:\\b(threesome|orgy|orgies|genitals?|hardcore|xxx|nsfw|striptease|stripper)\\b",
        "re:ヌード(?!カラー|ベージュ|ピンク|系|トーン|メイク)",
        "ポルノ",
        "re:エロ(?!ス|ー|イーズ)",
        "裸の",
        "裸で",
        "全裸",
        "セックス",
        "性行為",
        "わいせつ",
        "官能",
        "포르노",
        "re:누드(?! ?(톤|베이지|컬러|립|메이크업|핑크))",
        "야한",
        "나체",
        "알몸",
        "성행위",
        "섹스",
        "음란",
        "色情",
        "裸体",
        "裸照",
        "性爱",
        "做爱",
        "淫秽",
        "全裸",
        "露点",
        "अश्लील",
        "नग्न",
        "नंगी",
        "नंगा",
        "पोर्न",
        "कामुक",
        "অশ্লীল",
        "নগ্ন",
        "উলঙ্গ",
        "পর্ন",
        "যৌন",
        # The act named plainly: 发生关系, 성관계, संभोग, সঙ্গম.
        "re:发生(性)?关系",
        "re:赤裸(裸)?的(男女|女人|男人|女子|男子|情侣|身体)",
        "성관계",
        "संभोग",
        "re:\\bsambhog\\b",
        "সঙ্গম",
        "re:\\bsex (karte|kar rahe|kar rahi|korche|korchhe|korte)\\b",
        "re:(男女|カップル|二人)が[^。\\n]{0,10}(エッチ(して|中)|ヤって|交わっ)",
        "re:\\b(couple|man and (a )?woman|two adults) (doing it|getting it on|going at it)\\b",
    ],
    guards=[
        (
            "re:\\bnude (lipsticks?|lips?|heels|pumps|colou?rs?|tones?|palettes?|shades?|makeup|"
            "beige|pink|nails?|tights|stockings|sandals|shoes|bra|underwear|dress|knit)\\b"
        ),
        "re:\\bnaked (eye|cake|truth|flame|juice|wines?|bike)\\b",
        # "xxx" masking digits (555-xxx-1234, 010-XXXX-5678) or signing off with kisses.
        # A run of masked groups counts whole: 0120-XXX-XXX, +91 98xxx xxxxx.
        "re:[0-9][-. )]{0,2}x{3,}(?:[-. ]x{3,})*|x{3,}(?:[-. ]x{3,})*[-. ]{0,2}[0-9]",
        (
            "re:\\b(thanks|thank you|thx|ty|love|cheers|hugs|luv|ta)\\b[!,. ]{0,3}"
            "(\\w+[,. ]{1,2}){0,2}x{3,}\\b"
        ),
        # "XXX" standing in for a name or a number on a sample form: 用XXX代替, "replaced with XXX".
        (
            "re:(用|以|为|為|写成|寫成|换成|換成|改成|代わりに)\\s*x{3,}|x{3,}\\s*(代替|替代|表示|占位|"
            "遮挡|打码|で伏せ|に置き換え|로 대체|로 가려)|\\b(replaced (by|with)|masked (as|with)|"
            "blanked (as|with|out as)) x{3,}\\b|\\bx{3,} (placeholders?|in place of)\\b"
        ),
        # "The naked truth" in Hindi and Bengali is an idiom for plain honesty.
        "re:(नंगा|नग्न) सच|नंगी सच्चाई|নগ্ন সত্য",
        "re:\\bexplicit (lyrics|consent)\\b",
        "re:\\bhardcore (workout|training|fans?|gamers?|punk)\\b",
        "re:\\btopless (bus|buses|car|cars|tour|tours|convertible)\\b",
    ],
)

# Words that sexualise a person without being sexual content by themselves: with a minor
# in the same text they are sexual/minors.
SEXUALISING = [
    "re:\\bsex(y|ier|iest|ualis(e|ed|ing)|ualiz(e|ed|ing))\\b",
    "re:\\bseductive(ly)?\\b",
    "re:\\bsensual\\b",
    "re:\\bprovocative(ly)?\\b",
    "re:\\bsuggestive(ly)?\\b",
    "re:\\blingerie\\b",
    "re:\\bin (her|his|their) underwear\\b",
    "re:\\bundress(ed|ing)?\\b",
    "re:\\bsexual\\b",
    "セクシー",
    "グラビア",
    "色っぽ",
    "下着姿",
    "ランジェリー",
    "섹시",
    "선정적",
    "속옷 차림",
    "란제리",
    "性感",
    "诱惑",
    "内衣照",
    "सेक्सी",
    "उत्तेजक",
    "সেক্সি",
    "উত্তেজক",
    "re:\\blip[- ]bit(e|es|ing)\\b",
    "re:\\b(shirt|dress|strap|top) slipping( off)?\\b",
    "re:\\bbedroom eyes\\b",
    "エロ",
    "エッチ",
    "色気",
    "야하게",
    "야한",
    "야시시",
    "속옷 살짝",
    "섹시하게",
    "色情",
    "撩人",
    "性暗示",
    "कामुक",
    "सेडक्टिव",
    "কামুক",
    "যৌন আবেদন",
    "আবেদনময়ী",
    "আবেদনময়",
    "मादक",
    "re:\\b(posing|pose) (sexy|seductive|sultry|provocative)\\b",
    "re:\\bsultry\\b",
    # Revealing clothes put on for the picture: with an age under 18, not a fabric's sheen.
    (
        "re:\\b(revealing|skimpy|see-?through|low-?cut|barely-?there) (crop |mini |tiny |tight |"
        "white |wet )?(blouse|top|dress|outfit|"
        "clothes|clothing|kapde|kapda|jama|swimsuit|bikini|choli|saree|sari)s?\\b"
    ),
    "re:露出(度)?の(高い|多い)|露出多め",
    "re:노출(이)? ?(심한|많은|있는)",
    "re:(暴露|清凉|透视)的?(衣服|穿着|装|服装)",
    "re:(अंग प्रदर्शन|रिवीलिंग)",
    "re:(খোলামেলা|রিভিলিং)",
    "re:\\b(bold|hot) (pose|poses|look)\\b",
    # Underwear worn for the picture, a seductive pose, a bed scene: with a minor in the text
    # they are what sexual content involving a minor looks like in a brief. A flat lay of a
    # children's underwear pack wears nothing.
    (
        "re:\\b(in|wearing|wears|wore|only|just|nothing but) (only |just |her |his |their |a |"
        "some )?(underwear|panties|knickers|bra and panties|bra|briefs|lingerie|undies)\\b"
    ),
    "re:\\b(seduc\\w*|alluring|come-?hither|bed scenes?|sexy pose|flirty pose)\\b",
    # A pose that lifts, opens or spreads to present the body: with a minor's age or school
    # stage it is what the picture offers, whatever the garment is.
    (
        "re:\\b(lift(s|ing|ed)?|hik(e|es|ing|ed)|pull(s|ing|ed)?|flip(s|ping|ped)?) (up )?(her|his|"
        "their|the) (skirt|dress|shirt|top)( up)?\\b|\\b(unbutton(s|"
        "ed|ing)?|open(s|ed|ing)?) (up )?"
        "(her|his|the) (blouse|shirt|top|neckline|collar)\\b"
    ),
    "re:スカートを(たくし上げ|めくり|捲り|持ち上げ)",
    "re:胸元を(開け|はだけ|見せ)",
    "M字開脚",
    "m字開脚",
    "re:치마(를)? ?(걷어|들어 ?올리|올리|들춰)",
    "re:단추를 ?풀",
    "가슴골",
    "re:(掀起|撩起|拉起|撩开)(裙子|裙摆|衣服)",
    "re:(敞开|解开|拉开)(领口|衣领|扣子)",
    "re:\\b(skirt|frock) (upar )?(utha|uthaa)\\w*",
    "re:(स्कर्ट|फ्रॉक) (ऊपर )?उठा",
    "re:\\b(skirt|frock) (tule|tola|tul)\\w*",
    "re:(স্কার্ট|ফ্রক) (তুল|উঠি)",
    # Not "sweet temptation" (甘い誘惑, 달콤한 유혹) in a dessert ad: the pose or the look.
    "re:下着(だけ|のみ|一枚|姿|で)",
    "re:下着(を|が)(見せ|見え)|속옷(을|이)? ?(보이|보여)|露(出)?(内衣|内裤|內褲)",
    "re:(अंडरवियर|अंडरवेयर) दिखा",
    "re:\\bshow(s|ing)? (her|his|their) (underwear|panties|knickers)\\b",
    (
        "re:\\b(nanga|nangi|nange|nongta|nengta|nangta|ulongo|ulonggo|nogno)\\b(?! (parbat|paon|"
        "paaon|pao|pair|pairon|sir|haath|pa|paye))"
    ),
    "re:誘(惑する|惑的な|うような)(ポーズ|目線|視線|表情|姿)",
    # A come-on to the camera and the poses that go with it: カメラ目線で誘ってる, 四つん這い,
    # 胸元を強調; in swimwear or underwear on a bed, "lying across a bed in a bikini".
    "re:誘って(る|いる)(感じ|ような|表情|目)|目線で誘|四つん這い|胸元(を)?強調|はだけた",
    (
        "re:\\b(bikini|lingerie|underwear|swimsuit|nightie|negligee)\\b[^.!?\\n]{0,60}\\b(on|across|"
        "in) (a|the|her|his) bed\\b|\\b(on|across|in) (a|the|her|his) bed\\b[^.!?\\n]{0,60}\\b("
        "bikini|lingerie|underwear|swimsuit|nightie|negligee)\\b"
    ),
    "re:(치마|옷)(를|을)? ?(살짝 |조금 )?(올리|걷어|벗)|(透视|透明)(睡衣|睡裙|内衣)|趴在床上",
    "ベッドシーン",
    "色仕掛け",
    "re:悩殺",
    "re:속옷(만|바람| ?차림)",
    "re:유혹(하는|적인|하듯) ?(포즈|눈빛|자세|표정|몸짓)",
    "베드신",
    "re:(침대|이불) ?위에서 ?(유혹|섹시|야한)",
    "re:(只|仅|僅)?穿(着|著)?(内衣|內衣|内裤|內褲)",
    "勾引",
    "床戏",
    "床戲",
    "re:(सिर्फ|केवल)? ?(अंडरवियर|अंडरवेयर|लॉन्जरी|ब्रा) (में|पहने|पहनी)",
    "बेड सीन",
    "re:\\b(sirf|bas|shudhu|sudhu) (underwear|lingerie|bra|panty)\\b",
    "re:\\b(underwear|lingerie|bra|panty) (mein|me|pehen|pehne|pehni|pore|pora|porе)\\b",
    "re:(শুধু|কেবল)? ?(অন্তর্বাস|আন্ডারওয়্যার|লঁজারি|লনজারি|ব্রা) (পরে|পরা|পরিয়ে)",
    "বেড সিন",
    # The pose, the look or the undressing said in the words people type: "lewd", a lip bite,
    # a bend-over pose, a skirt lifting; きわどい, 服を脱ぐ; 야릇, 옷 벗고, 단추 풀고;
    # 湿身, 透视装, 勾人, 脱衣服; हॉट लुक, "kamuk", "item song"; হট লুক, "kamuk bhabe".
    "re:\\b(lewd|raunchy|risqu[eé]|titillating|slutty)\\b",
    (
        "re:\\b(flirty|flirtatious)\\b(?! (ruffles?|frills?|hems?|skirts?|dress(es)?|prints?|"
        "colou?rs?|florals?|sleeves?|tops?))"
    ),
    "re:\\btwerk\\w*",
    "re:\\b(butt|bum|booty|chest|crotch|cleavage)[- ](shots?|focus|angles?|emphasis)\\b",
    "re:(胸|谷間|お尻|太もも)を?強調|(スク水|水着|下着|ベッド)で誘",
    "re:(엉덩이|가슴|골반|허벅지) ?(강조|부각|노출)",
    (
        "re:\\bbit(e|es|ing) (her|his|their) (lower )?lips?\\b(?! (nervously|in concentration|"
        "anxiously|thoughtfully|in thought))"
    ),
    "re:\\b(bend-over|bent-over|bending-over|all-fours) (poses?|shots?|angles?)\\b",
    "re:\\b(legs spread|spread(ing)? (her|his) legs)\\b",
    "re:\\b(upskirt|cleavage|bralette|g-string|negligee)\\b",
    "re:\\bpin-?up (girl|pose|model|style)s?\\b",
    "re:\\bskirts? (lifting|lifted|riding up|blowing up|pulled up)\\b",
    "re:\\bstrip(s|ped|ping)? (her|him|them) (down|naked|bare|off)\\b",
    "re:\\bmake (her|him) (look )?(hot|sexy|spicy)\\b",
    "re:\\bsexy (looks?|poses?|vibes?|andaa?z|adaa?|style|dance|photos?|pics?|reels?|videos?)\\b",
    "re:\\b(hot|sizzling) (poses?|andaa?z|adaa?)\\b",
    "re:\\b(hot|sexy|bold) (photo ?shoots?|shoots?)\\b",
    "re:(हॉट|बोल्ड|सेक्सी) (फोटोशूट|फोटो शूट|शूट)|(হট|বোল্ড|সেক্সি) (ফটোশুট|ফটো শুট|শুট)",
    (
        "re:\\b(kamuk|kaamuk|uttejak|uttejit|uttejok|ashleel|ashlil|oshlil|bhadkau|bhadkaau|"
        "abedonmoyi|abedonmoy|kholamela)\\b"
    ),
    "re:\\bitem (song|number|dance|gaan)\\b",
    "re:\\b(kapde|kapre|jama|jama kapor)\\b[^.!?\\n]{0,8}?\\b(utaar|utar|khule|khulche|khola)\\w*",
    "re:きわどい|際どい|パンチラ|胸チラ|谷間|艶っぽ|挑発的|えっち",
    "re:服を脱(いでいく|ぐ(シーン|姿|途中|ところ))|脱衣(シーン|姿)",
    "re:スカート(が|を)?(めく|捲)",
    "re:야릇|므흣|도발적|가슴골",
    "re:옷(을)? ?(벗(고 있는|는|기) ?(장면|모습|중)|벗은 ?(채|모습|사진))",
    "re:단추(를)? ?(살짝 |좀 |몇 ?개 )?풀|치마(를)? ?(올리|들추|걷어)",
    "re:脱光|脱(衣|衣服|掉衣服)的?(过程|镜头|画面|视频)|湿身|透视装|勾人|色气|暧昧|曖昧|撩(起)?裙|掀(起)?裙",
    "re:走光|乳沟|挑逗|妩媚",
    "re:(हॉट|बोल्ड) (लुक|पोज़|पोज|अंदाज़|अंदाज)|भड़काऊ|कामोत्तेजक|आइटम (सॉन्ग|नंबर|डांस)",
    "re:(হট|বোল্ড) (লুক|পোজ)|কামোত্তেজক|যৌনাবেদন|আইটেম (সং|গান|ডান্স)",
    # Next to nothing worn for the picture and a come-on look: "scantily clad", 布面積少なめ,
    # 옷 거의 안 입은, 衣着暴露, স্বল্প পোশাকে; 流し目, 요염한, 眼神撩, नशीली आँखें, নেশা ধরানো
    # চাহনি. Not the words a charity uses for poor children in the cold (헐벗은, 衣不蔽体,
    # अधनंगे, कम कपड़ों में), nor a child's shy or teasing look.
    (
        "re:\\bscantily[- ](clad|dressed)\\b|\\bwearing (next to nothing|hardly anything|almost "
        "nothing|barely anything)\\b|\\b(smou?ldering|sultry) (eyes|gaze|look|glance|stare)\\b"
    ),
    "re:(ほぼ|ほとんど)(裸|はだか)|布(の)?面積(が|の)?(少な|小さ|狭)|流し目|妖艶",
    "re:옷(을)? ?(거의|조금만|별로) ?(안 ?입|걸치)|반나체|요염",
    "re:끈적한 ?(눈빛|표정|시선|포즈)",
    (
        "re:衣着(很|太)?暴露|穿(得)?(很|超|特别|非常)少(的)?[^。，,！？\\n]{0,2}(躺|趴|摆)|"
        "眼神(要)?(撩|勾人|勾魂|媚|妩媚|诱|暧昧|迷离)|媚眼|勾魂"
    ),
    (
        "re:\\b(nasheeli|nashili) (aankhen|ankhen|aankhein|aankhon|nazar|nazrein)\\b|\\b(sholpo|"
        "swolpo|solpo) (poshake|poshak)\\b|\\bnesha dhorano (chahoni|drishti|chokh)\\b"
    ),
    "re:नशीली (आँखें|आंखें|आँखों|आंखों|नज़र|नजर)",
    "re:স্বল্প (পোশাকে|বসনে)|(নেশা ধরানো|মাদকতাময়|কামনাময়) (চাহনি|দৃষ্টি|চোখ)",
    # A blouse or a uniform left open for the picture, and a pose put in quotes as "hot" or
    # "bold": はだけさせて, 'हॉट' पोज़. Not a futon kicked off in a child's sleep.
    (
        "re:\\b(blouses?|shirts?)\\b[^.!?\\n]{0,6}\\b(half[- ])?(unbuttoned|undone)\\b|"
        "\\b(half[- ])?unbutton(ed|ing) (her |his |their )?(blouses?|shirts?)\\b"
    ),
    "re:(ブラウス|シャツ|制服|胸元|浴衣|襟元)(を|が)?(少し|ちょっと|わざと)?はだけ",
    "re:(हॉट|बोल्ड|सेक्सी)' ?(पोज़|पोज|लुक|अंदाज़|अंदाज)|(হট|বোল্ড|সেক্সি)' ?(পোজ|লুক)",
    "re:\\b(hot|bold|sexy)' ?(poses?|looks?)\\b",
    # A camera made to travel slowly over the body, for a storyboard or a film: the viewer's
    # gaze put on the body. A camera panning a classroom reaches no body.
    (
        "re:\\bcamera\\b[^.!?\\n]{0,20}?\\b(pans?|panning|scans?|scanning|roams?|roaming|"
        "lingers?|lingering|crawls?|crawling|travels?|travelling|traveling|sweeps?|sweeping|"
        "glides?|gliding|moves?|moving)\\b[^.!?\\n]{0,10}?\\b(over|along|up|down|across) "
        "(her|his|their|the girl's|the boy's) (body|legs|figure|chest|curves)\\b"
    ),
    "re:(体|身体|カラダ|からだ|脚|太もも|胸元)(を|の上を)?[^。\\n]{0,6}(舐めるように|なめるように|舐め回|なめ回|這うように)",
    "re:(몸|몸매|다리|가슴|허벅지)(을|를)? ?(천천히 |느리게 |쭉 )?(훑|핥)",
    "re:镜头[^。！？\\n]{0,8}(慢慢|缓缓|缓慢)?(地)?(扫过|扫视|滑过|游走|掠过|舔过)[^。！？\\n]{0,4}(身体|全身|身材|腿|胸|身上)",
    "re:कैमरा[^।\\n]{0,16}(शरीर|बदन|जिस्म)[^।\\n]{0,12}(घूम|फिसल|धीरे|सरक|टटोल)",
    (
        "re:\\bcamera\\b[a-z ]{0,16}\\b(body|sharir|shareer|badan|jism|shorir|deho|gaa|"
        "gaye)\\b[a-z ]{0,12}\\b(ghoom|ghum|phisal|dheere|dhire|slowly|ghure|beye)\\w*"
    ),
    "re:ক্যামেরা[^।\\n]{0,16}(শরীর|দেহ|গা)[^।\\n]{0,12}(ঘুর|বেয়ে|ধীরে|বুলিয়ে)",
    # The same asked for in slang, a wink or a coded word: a "spicy" or "thirst-trap" shot,
    # NSFW; ㅎㅂ and 후방주의 (a lewd post's warning), 수위 높게, a uniform left undone (풀어헤친);
    # 涩/瑟瑟/色色, 擦边, 纯欲, 性张力; えちえち, ドスケベ, R18っぽく; "hot dikhna", "sexy lagbe".
    # A mild or spicy dish on a children's menu is food, not a shot; "hot lag raha" is the heat.
    (
        "re:\\bspicy (edit|pics?|photos?|shots?|angles?|poses?|photoshoot|shoot|content|selfies?)"
        "\\b|\\bthirst[- ]?trap(py)? ?(angles?|poses?|pics?|photos?|shots?|looks?|vibes?|energy|"
        "selfies?|edit)?\\b|\\bnsfw\\b|\\b(after[- ]dark|x-rated) (version|edit|cut)\\b"
    ),
    # Compatibility jamo fold to conjoining ones under NFKC: both spellings of ㅎㅂ. A car's
    # "후방 주의" (mind the rear) and a river's 수위 (water level) are no such cue.
    (
        "re:(ㅎㅂ|\\u1112\\u1107)|(?<!후진 )(?<!후진시 )(?<!주차 )후방주의"
        "(?! ?(경고|센서|카메라|알림|표시|안내|스티커))|"
        "수위 ?(좀 |조금 |살짝 |확 )?(세게|쎄게|높여|올려)|꼴리(게|는)"
    ),
    (
        "re:(교복|셔츠|블라우스|옷|단추|앞섶)(을|를|이|가)? ?(살짝 |좀 |조금 |반쯤 )?"
        "(풀어 ?헤|풀어헤|헤쳐|흘러내)"
    ),
    (
        "re:(?<![苦青羞干生艰晦酸])涩涩|['\"“「‘]涩['\"”」’]|"
        "(拍|画|弄|搞|修|做|p)得?(有点|更|再|很|超|稍微)?['\"“「‘]?涩(?![口味])|"
        "(?<![苦青羞干生艰晦酸])涩(一点|一些|点儿?|图)|瑟瑟(?!发抖|發抖|作响|寒风|秋风)|"
        "(?<!形)色色|擦边|纯欲|欲感|性张力|软色情|妖娆|妖嬈|风骚|風騷|骚气|騷氣"
    ),
    "re:官能的|관능(적|미)",
    "re:えちえち|エチエチ|ドスケベ|シコ(い|れる)|r-?18(っぽ|風|寄り|的)",
    # 骚 as a look asked for (够骚, 骚一点, 骚气); harassment (骚扰), a grumble (牢骚), a stir
    # (骚动) and "leading the field" (独领风骚) are no such look.
    "re:(够|要|再|很|超|有点|发)骚(?![扰擾动動乱亂客])|(?<![牢离離])骚(一点|一些|气|浪)|(?<![领領])风骚",
    (
        "re:\\b(hot|sexy|maal)'? (dikh|dikha|dekh|dekha)\\w*|\\b(sexy|maal)'? lag\\w*|"
        "(हॉट|सेक्सी|माल)'? दिख|(सेक्सी|माल)'? लग|(হট|সেক্সি)'? দেখা|সেক্সি'? লাগ"
    ),
]

# Nothing but a towel, fresh from the shower or at the mirror: with a minor, the scene a
# film's storyboard lingers on. Children in towels at the pool or a baby after its bath are
# the kit and the care, not this.
TOWEL_ONLY = [
    (
        "re:\\b(wearing|wrapped in|in) (only|just|nothing but) a (bath )?towel\\b"
        "|\\bnothing but a (bath )?towel\\b"
    ),
    "re:(バス)?タオル(一枚|1枚|いちまい)(だけ|のみ)|(バス)?タオル(一枚|1枚)(を)?巻いた(だけ|まま)",
    "re:(수건|타월|목욕 ?타월) ?(한 ?장|하나)만 ?(두르|걸치|감|둘러)",
    "re:(只|仅)(围|裹|披|包)(着)?(一条|一块)?(浴巾|毛巾)",
    "re:(सिर्फ़|सिर्फ|केवल|बस) (एक )?(तौलिया|तौलिए|टॉवल) (लपेट|ओढ़|में)",
    (
        "re:\\b(sirf|bas|keval|shudhu|sudhu|kebol) (ek |ekta |ekti )?(towel|tauliya"
        "|tauliye|toyale|toale|gamchha|gamcha)\\b"
    ),
    "re:(শুধু|কেবল) (একটা |একটি )?(তোয়ালে|গামছা|টাওয়েল) (জড়িয়ে|পেঁচিয়ে|পরে|গায়ে)",
]  # fmt: skip
SHOWER_SCENE = [
    "re:\\b(out of|after) (the|a|her|his) shower\\b|\\bshowered\\b|\\b(bathroom )?mirror\\b",
    "re:シャワー(の)?(後|あと|上がり|を浴び)|鏡", "re:샤워 ?(끝나|후|하고|마치)|거울",
    "re:淋浴|洗完澡|刚洗完|镜子", "re:(नहाकर|नहाने के बाद|शावर)|आईने|शीशे",
    (
        "re:\\b(shower|nahakar|nahane ke baad|gosol|gosoler por|snan er por|snaner por"
        "|aayna|aina|ayna|sheeshe)\\b"
    ),
    "re:গোসলের পর|স্নানের পর|শাওয়ার|আয়না",
]  # fmt: skip

MINORS = [
    (
        "re:\\b(child|children|kid|kids|minor|minors|underage|toddler|toddlers|preteen|preteens|"
        "schoolgirl|schoolgirls|schoolboy|schoolboys)\\b"
    ),
    "re:\\bteen(s|age|aged|ager|agers)?\\b",
    "re:\\blittle (girl|boy)s?\\b",
    (
        "re:\\b(girl|boy)\\b[^.!?\\n]{0,40}?\\bis (1[0-7]|[4-9])( years old| yo| y/o)?"
        "(?=\\s*[.!?,;]|\\s*$)"
    ),
    "re:ক্লাস (ওয়ান|টু|থ্রি|ফোর|ফাইভ|সিক্স|সেভেন|এইট|নাইন|টেন)(-?এ|ে) পড়ে",
    "re:\\b(young-looking|childlike|child-like) (girl|boy|woman|model)s?\\b",
    "re:\\bschool uniform\\b",
    # A youth team by its age band: "the U14 girls", "our under-12s".
    # A port or a model called "U16" is no team.
    (
        "re:\\b(u-?|under[- ])1[0-7]s? (team|squad|side|girls|boys|players|league|netball|"
        "football|soccer|cricket|hockey|basketball|rugby|swimmers|dancers|gymnasts|cheer)\\b|"
        "\\b(girls|boys)'? (u-?|under[- ])1[0-7]s?\\b|\\bunder[- ]1[0-7]s\\b"
    ),
    "re:\\bloli\\b",
    "re:\\b(1[0-7]|[1-9])[- ]?(year[- ]olds?|yo|years old|yrs?[- ]olds?|y/o|y\\.o\\.)(?!\\w)"
    # A spirit's or a cheese's age is no person's: "12 yr old single malt".
    "(?! (scotch|whiske?y|bourbon|single malt|malt|rum|cognac|brandy|cheddar|gouda|port|tawny|"
    "wine|brand|company|business))",
    # An age in Chinese numerals, or a range ("十二三岁"), before a person noun.
    (
        "re:(十[一二三四五六七]?|[一二三四五六七八九两]|十二三|十三四|十四五|十五六|十六七)(岁|歲)"
        "(左右)?的?(小)?(模特|女孩|男孩|少女|少年|孩子|女生|男生|学生|學生|学员|學員|选手|選手|朋友)"
    ),
    "小女孩",
    "小男孩",
    # An age told as "about ten" with no noun after it: 十岁左右, 10歳くらい, 10살쯤.
    "re:(十[一二三四五六七]?|[一二三四五六七八九两])(岁|歲)(左右|上下|出头)",
    "re:(?<![0-9])(1[0-7]|[4-9]) ?(歳|才)(くらい|ぐらい|前後)の?",
    "re:(?<![0-9])(1[0-7]|[4-9]) ?살 ?(쯤|정도|가량)",
    "re:(十[一二三四五六七]?|[一二三四五六七八九])(歳|才)の?(モデル|少女|少年|女の子|男の子|子)",
    (
        "re:(दस|ग्यारह|बारह|तेरह|चौदह|पंद्रह|सोलह|सत्रह) (साल|वर्ष) (की|के|का) (लड़की|लड़का|"
        "मॉडल|बच्ची|बच्चा|छात्रा|छात्र)"
    ),
    "re:(দশ|এগারো|বারো|তেরো|চোদ্দ|চৌদ্দ|পনেরো|ষোলো|সতেরো) বছরের (মেয়ে|ছেলে|মডেল|কিশোরী)",
    "re:\\bschool (dress|uniforms?)\\b",
    "স্কুল ড্রেস",
    "স্কুলের পোশাক",
    "स्कूल ड्रेस",
    "स्कूल यूनिफॉर्म",
    "교복",
    "校服",
    # "aged 12", "ages 11 and 13", "aged approx. 11": an approximation is an age all the same.
    "re:\\bage[ds]? (approx\\.?|approximately|about|around|roughly|circa|c\\.|ca\\.|between)? ?"
    "(1[0-7]|[1-9])\\b(?! ?(years?|yrs?|months?|weeks?|days?)? ?(in|on) (oak|casks?|"
    "barrels?|the cellar|sherry|bourbon|wood)\\b)",
    # The age set after the person, as a caption or a cast list gives it: "the model (14)",
    # "our ambassadors, 11 and 13,".
    (
        "re:\\b(girls?|boys?|models?|daughters?|sons?|nieces?|nephews?|students?|ambassadors?|"
        "talents?|dancers?|gymnasts?|kids?),? \\(?(aged? )?(1[0-7]|[4-9])( ?(and|&|or|-|to) ?"
        "(1[0-7]|[4-9]))?(\\)|,)"
    ),
    # The age spelt out or said roughly of the person: "a nine-year-old", "a girl around 10".
    (
        "re:\\b(four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        "sixteen|seventeen)[- ]years?[- ]olds?\\b(?! (scotch|whiske?y|bourbon|single malt|malt|rum|"
        "cognac|brandy|cheddar|gouda|port|tawny|wine|brand|company|business))"
    ),
    (
        "re:\\b(girl|boy|kid|child|daughter|son)s? (aged |of )?(around|about|roughly|maybe|like) "
        "(1[0-7]|[4-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|four|five|"
        "six|seven|eight|nine)\\b(?! (years? (ago|later|back)|minutes|hours|am|pm|o'clock))"
    ),
    # An age under 18 in the scripts: 15살, 15歳, 15岁, 15 साल की, ১৫ বছরের.
    # The person noun is required: "15살 된 브랜드" is a brand's age.
    (
        "re:(?<![0-9])(1[0-7]|[1-9]) ?(살|세)(짜리|인)? ?(모델|소녀|소년|여자|남자|아이|애|"
        "학생|여학생|남학생|연습생|아이돌)"
    ),
    (
        "re:(?<![0-9])(1[0-7]|[1-9]) ?(歳|才)の?(モデル|少女|少年|女の子|男の子|子|女子|男子|"
        "生徒|学生|アイドル|タレント|ダンサー)"
    ),
    (
        "re:(?<![0-9])(1[0-7]|[1-9]) ?(岁|歲)的?(小)?(模特|女孩|男孩|少女|少年|孩子|女生|男生|"
        "学生|學生|学员|學員|选手|選手|朋友|偶像|童星)"
    ),
    (
        "re:(?<![0-9०-९])(1[0-7]|[1-9]|१[०-७]|[१-९]) (साल|वर्ष) (की|के|का) (लड़की|लड़का|मॉडल|"
        "बच्ची|बच्चा|छात्रा|छात्र)"
    ),
    (
        "re:(?<![0-9০-৯])(1[0-7]|[1-9]|১[০-৭]|[১-৯]) (বছরের|বছর বয়সী) (মেয়ে|ছেলে|মডেল|কিশোরী|"
        "কিশোর|শিশু|ছাত্রী|ছাত্র)"
    ),
    # The same age with the person in English: "11 साल की student", "12歳のmodel", "15살 girl",
    # "১৪ বছরের model". The English word closes the phrase.
    (
        "re:(?<![0-9०-९০-৯])(1[0-7]|[1-9]|१[०-७]|[१-९]|১[০-৭]|[১-৯]) ?(साल (की|के|का)|वर्ष (की|के|"
        "का)|বছরের|বছর বয়সী|살|세|歳の?|才の?|岁的?|歲的?) ?(girl|boy|model|student|kid|child|"
        "dancer|idol|teen|schoolgirl|schoolboy|daughter|son|niece|trainee|gymnast|actress|actor)s?"
        "(?![a-z])"
    ),
    (
        "re:\\b(1[0-7]|[1-9]) (saal|sal|baras|bochorer|bochhorer|bochor er) (ki |ka |ke )?(girl|"
        "boy|model|student|kid|child|dancer|idol|teen|schoolgirl|schoolboy|daughter|son|niece|"
        "trainee|gymnast|actress|actor|ladki|ladka|bachchi|meye|chele)s?\\b"
    ),
    (
        "re:\\b(looks?|looking|appears?|appearing|seems?|passes for) "
        "(about |around |like |maybe )?(1[0-7]|[1-9])\\b(?![\\d:.%/x])(?! ?(years? |yrs? )?"
        "(younger|older|of)\\b)(?! ?(%|percent|px|mm|cm|kg|lbs?|inch|ft|feet|minutes?|mins?|"
        "hours?|times|seconds?|secs?|stars?))"
    ),
    "re:\\b(middle|junior high|primary|elementary) school(er)?s?\\b",
    # Looking like a pupil: "looks like a high schooler", "school girl look", 高校生みたいな.
    "re:\\bhigh ?school(er|ers| girl| girls| boy| boys| student| students| kid| kids)\\b",
    "re:\\bschool ?girl( look| style| vibe| outfit| uniform| costume)?s?\\b",
    (
        "re:\\b(looks?|looking|appears?|passes?|dressed) (like |as )?(a |an )?(young )?"
        "(teen|pupil|schoolkid)\\b"
    ),
    "高校生",
    "女子中学生",
    "中学生みたい",
    "고등학생",
    "고딩",
    "여고생",
    "여중생",
    "re:(중|고)학생(처럼|같은|같이)",
    "高中生",
    "中学生",
    "女中学生",
    "初中",
    "re:看(起来|着)像(个)?(学生|小孩|孩子)",
    (
        "re:\\b(school|skool) ?(wali|vali|waali|er|-er|e pora|e pore|e pode|jane wali|ki|ke|"
        "ka) (bachcha |baccha |choto |chhoti |choti )?(ladki|larki|ladka|larka|meye|meyee|meyer|"
        "meyeder|chheler|chhele|"
        "chele|bachchi|bachi|bacchi)\\b"
    ),
    "स्कूल वाली लड़की",
    "स्कूली",
    "স্কুলছাত্রী",
    "স্কুলের ছাত্রী",
    "中学生っぽ",
    "중학생 느낌",
    "초딩",
    "중딩",
    "初中女生",
    "小学女生",
    "स्कूल की लड़की",
    "স্কুলের মেয়ে",
    "子供",
    "子ども",
    "児童",
    "幼児",
    "少女",
    "幼女",
    "小学生",
    "中学生",
    "未成年",
    "女子高生",
    "아동",
    "어린이",
    "아이들",
    "여자아이",
    "남자아이",
    "어린아이",
    "어린 아이",
    "꼬마",
    "미성년",
    "초등학생",
    "중학생",
    "여자아이",
    "소녀",
    "청소년",
    "儿童",
    "孩子",
    "小孩",
    "未成年",
    "少女",
    "幼女",
    "小学生",
    "初中生",
    "女童",
    "男童",
    "बच्चे",
    "बच्चा",
    "बच्ची",
    "बच्चों",
    "नाबालिग",
    "किशोरी",
    "किशोर",
    "শিশু",
    "বাচ্চা",
    "নাবালক",
    "নাবালিকা",
    "কিশোরী",
    "কিশোর",
]

# An age under 18 told in Latin letters or as a range ("15-16 bochhorer meye", "pandrah saal
# ki ladki", 15~16살 여학생, 열다섯 살, 十五六岁): the person is a minor all the same.
MINOR_AGE = [
    (
        "re:\\b(1[0-7]|[4-9])( ?(-|to|or|/|~) ?(1[0-7]|[4-9]))? ?(bochhorer|bochorer|bochhor er|"
        "bochor er|bachharer|bacharer|bochhor boyoshi|bochor boyoshi|bochhorer moto|saal|sal|"
        "varsh|baras|years?|yrs?)( (ki|ka|ke|er))? (meye|chhele|chele|ladki|ladka|larki|larka|"
        "model|kishori|bachchi|bachi|girl|boy|chhatri|student)s?\\b"
    ),
    (
        "re:\\b(dosh|egaro|baro|tero|choddo|chouddo|ponero|pnero|sholo|solo|shoto|shotero|"
        "sotero|das|gyarah|gyara|barah|terah|chaudah|chouda|choudah|pandrah|pandra|pandhra|"
        "solah|sola|satrah|satra|satara) (bochhorer|bochorer|saal|sal|varsh|baras) (ki |ka |ke "
        ")?(meye|meyee|chhele|ladki|larki|ladka|larka|model|kishori|bachchi|bachi|chhatri)\\b"
    ),
    "re:\\b(1[0-7]|[4-9]) ?(-|to|~) ?(1[0-7]|[4-9])[- ]?(year[- ]olds?|yo|years old|y/o)\\b",
    "re:(?<![0-9])(1[0-7]|[4-9]) ?[-~〜～到至] ?(1[0-7]|[4-9]) ?(歳|才|살|세|岁|歲)",
    (
        "re:(열|열한|열두|열세|열네|열다섯|열여섯|열일곱|아홉|여덟|일곱) ?살(짜리|인|의)? ?"
        "(모델|소녀|소년|여자|남자|아이|애|학생|여학생|남학생|여자아이|연습생)"
    ),
    "re:(?<![0-9०-९])(1[0-7]|१[०-७]) ?[-–] ?(1[0-7]|१[०-७]) (साल|वर्ष) (की|के|का)",
    "re:(?<![0-9০-৯])(1[0-7]|১[০-৭]) ?[-–] ?(1[0-7]|১[০-৭]) (বছরের|বছর বয়সী)",
    # One age in Bengali script before the child it names: ১২ বছরের একটা মেয়ে.
    (
        "re:(?<![0-9০-৯])(1[0-7]|১[০-৭]|[4-9]|[৪-৯]) ?(বছরের|বছর বয়সী) (একটা |একটি )?(মেয়ে|"
        "ছেলে|কিশোরী|কিশোর|বাচ্চা|শিশু|ছাত্রী|মডেল)"
    ),
    # The age the model is to look or read as ("should read as 13/14", "look about 12",
    # 13歳くらいに見える, 14살처럼 보이게, 看起来像13岁, "13 saal ki lage", ১৩ বছরের মতো দেখতে):
    # a child cast for the picture, whatever the model's own age. A 16:9 frame or "looks 10
    # years younger" is no age.
    (
        "re:\\b(reads?|reading|look(s|ing)?|pass(es|ing)?|appears?|appearing|comes? across|"
        "seems?) (as |like )?(an? )?(about |around |roughly |maybe )?(?!\\d+ ?/ ?10\\b)(1[0-7]|"
        "[4-9])( ?(/|-|or|to) ?(1[0-7]|[4-9]))?(?![\\d:.%/x])(?! ?(years? |yrs? )?(younger|"
        "older|of)\\b)(?! ?(%|percent|pt|px|mm|cm|kg|lbs?|inch|in\\b|ft|feet|minutes?|mins?|"
        "hours?|times|seconds?|secs?))\\b"
    ),
    (
        "re:\\b(looks?|reads?|seems?|appears?) like (she|he|they)('s| is| are) (about |around )?"
        "(1[0-7]|[4-9])\\b(?![\\d:.%/])(?! ?(years? |yrs? )?(younger|older)\\b)"
    ),
    "re:見た目(は|が)?(?<![0-9])(1[0-7]|[4-9])(歳|才)",
    "re:(看着|看著|长得像|長得像)(像)?(只有)?(1[0-7]|[4-9]|十[一二三四五六七]?)(岁|歲)",
    "re:দেখতে (যেন )?(1[0-7]|১[০-৭]) বছরের",
    "re:\\bdekhte (jeno )?(1[0-7]) (bochhorer|bochorer)\\b",
    "re:(?<![0-9])(1[0-7]|[4-9])(\\s?[/・~〜～-]\\s?(1[0-7]|[4-9]))?(歳|才)(くらい|ぐらい|前後|程度)?(に見え|に見せ|っぽ|の設定|設定|風)",
    (
        "re:(?<![0-9])(1[0-7]|[4-9])(\\s?[/~-]\\s?(1[0-7]|[4-9]))? ?(살|세)(쯤|정도|로|"
        "처럼)? ?(보이|보여|느낌|설정)"
    ),
    "re:(看起来|看上去|显得|顯得)(像)?(只有)?(1[0-7]|[4-9]|十[一二三四五六七]?|[四五六七八九])(\\s?[/~-]\\s?(1[0-7]|[4-9]))?(岁|歲)|(?<![0-9])(1[0-7])(\\s?[/~-]\\s?(1[0-7]))?(岁|歲)(左右)?的(感觉|感覺|样子|樣子)",
    (
        "re:(?<![0-9०-९])(1[0-7]|१[०-७])(\\s?[/-]\\s?(1[0-7]|१[०-७]))? (साल|वर्ष|बरस) (की|का|"
        "के) (लगे|लगनी|लगना|लगें|दिखे|दिखनी|दिखें)"
    ),
    (
        "re:\\b(1[0-7])( ?[/-] ?(1[0-7]))? (saal|sal|baras) (ki|ka|ke) (lage|lagni|lagna|lagey|"
        "dikhe|dikhni|dikhey)\\b"
    ),
    (
        "re:(?<![0-9০-৯])(1[0-7]|১[০-৭])(\\s?[/-]\\s?(1[0-7]|১[০-৭]))? বছরের (মতো|মত) (দেখতে|লাগবে|"
        "লাগে|লাগতে)"
    ),
    (
        "re:\\b(1[0-7])( ?[/-] ?(1[0-7]))? (bochhorer|bochorer|bochor er|bochhor er) (moto|mto|"
        "moton) (lagbe|lage|dekhte|dekhabe)\\b"
    ),
]  # fmt: skip

CHILD_SEXUAL = [
    "re:\\bchild (porn|pornography|sexual abuse|abuse material)\\b",
    "re:\\b(csam|lolicon|shotacon|jail ?bait)\\b",
    "児童ポルノ",
    "아동 포르노",
    "아동 음란",
    "儿童色情",
    "幼女色情",
    "बाल अश्लील",
    "শিশু পর্নো",
]

# A pupil by the class or the grade they are in, a schoolgirl's slang or her uniform, a
# child word, or an age said of the person ("she's 15", モデルは15歳, 모델은 15살, 模特才15岁,
# मॉडल 15 साल की है, মডেলের বয়স ১৫). A company, a shop or a brand fifteen years old is no
# child: MINOR_AGE_OF_THINGS.
MINOR_WORDS = [
    "re:\\b([1-9]|1[0-2])(st|nd|rd|th)[- ]grad(e|er|ers)\\b",
    (
        "re:\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
        "twelfth)[- ]grad(e|er|ers)\\b"
    ),
    (
        "re:\\b(grade|year|yr|y|gr)( ?([1-9]|1[0-2])|( one| two| three| four| five| six| seven|"
        " eight| nine| ten| eleven| twelve)) (girl|boy|student|pupil|kid|cheerleader|dancer|"
        "gymnast|schoolgirl)s?\\b"
    ),
    (
        "re:\\b([1-9]|1[0-2])(st|nd|rd|th) (class|std|standard|grade|kaksha)( ki| ka| ke| wali|"
        " vali|"
        " er| -er| e pora| me padhne wali)? (ladki|larki|ladka|larka|bachchi|bachi|meye|meyee|"
        "chhele|chele|chhatri|chhatra|girl|boy|student)s?\\b"
    ),
    (
        "re:\\b(dasvi|dasvin|dasveen|naumi|nauvi|nauvin|athvi|aathvi|satvi|saatvi|gyarvi|barvi) "
        "(class|kaksha)( ki| ka| ke| wali)? (ladki|larki|ladka|bachchi|bachi|chhatra|chhatri)\\b"
    ),
    (
        "re:\\b(grade|year|yr) ([1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|"
        "eleven|twelve) (girl|boy|student|pupil|kid|cheerleader|dancer|gymnast|schoolgirl)s?"
        "\\b"
    ),
    (
        "re:\\b(class|std|standard|klas) ([1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|"
        "nine|ten|eleven|twelve)(th)?( ?-?er| ki| ka| ke| me padhne wali| e pora| e pore)? "
        "(ladki|larki|ladka|larka|bachchi|bachi|meye|meyee|chhele|chele|chhatri|chatri|girl|boy|"
        "student)s?\\b"
    ),
    (
        "re:\\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|five|six|seven|"
        "eight|nine)[- ](year[- ]olds?|years? old|yrs? old|yo)\\b"
        "(?! (scotch|whiske?y|bourbon|single malt|malt|rum|cognac|brandy|cheddar|gouda|port|"
        "tawny|wine|brand|company|business))"
    ),
    "re:\\b(girls?|boys?|kids?|children|models?|teens?) (aged? )?(1[0-7]) ?(-|–|to) ?(1[0-7])\\b",
    "re:\\b(she|he)('s| is) (only |just |barely )?(1[0-7]|[4-9])(?=\\s*([.!?,;]|$|years|yrs|yo))",
    "re:\\b(tweens?|tweenagers?|jailbait|pre-?teens?)\\b",
    "re:\\b(jk|jc) (girls?|uniform|style|outfit|character|look|cosplay)\\b",
    "re:\\b(anime|manga)\\b[a-z -]{0,12}\\bjk\\b",
    "re:\\bsailor (uniform|suit|school uniform)\\b",
    (
        "re:\\b(chhoti|choti|nanhi|masoom|chotto|chhotto|choto|chhoto) (bachi|bachchi|bacchi|"
        "ladki|larki|gudiya|meye|meyee|meyeke|meyeta|baccha|bachcha)\\b|\\b(bachchi|bacchi|"
        "nabalig|nabalik|nabalika|nabalok|kishori)\\b"
    ),
    (
        "re:\\b(model|ladki|larki|bachi|bachchi|beti|chhatra)\\b[^.!?\\n]{0,12}?\\b(1[0-7]|[4-9])"
        " (saal|sal|varsh|baras) (ki|ka|ke) (hai|h|he|hain)\\b|\\b(umar|umr|umra|age) (sirf |bas "
        "|matra |matro )?(1[0-7]|[4-9])( saal| sal| bochor| bochhor)?\\b"
    ),
    (
        "re:\\b(model|modeler|meye|meyer|meyeta|meyetar|meyetir|chhatri)( er)? (boyosh|boyos|"
        "boyesh|boyes|boyoshh) (matro |matra |shudhu )?(1[0-7]|[4-9])\\b"
    ),
    # Japanese: 中2の女子, JKの制服, JC, ロリ (not ロリータ fashion), セーラー服.
    (
        "re:(?<![0-9一-龥])(中|高|小)[1-6一二三四五六](くらい|ぐらい|位)?(の)?(女子|男子|女の子|男の子|子|"
        "生徒|娘|ギャル)"
    ),
    "re:(?<![a-z])js(の子|ちゃん|っぽ|コス)",
    "学生妹",
    "re:(?<![a-z])(jk|jc)(?![a-z])(の|が|は|っぽ|風|制服|コス|リフレ|ビジネス|ちゃん|に|を|と|モデル|女子)",
    "re:(?<![ァ-ヺ])ロリ(?!ータ|ポップ|ー|エ|ン)",
    "セーラー服",
    "re:スク水|体操服|ブルマ|ランドセル",
    # A child model or actor by the trade's word, or an age in brackets after the person:
    # キッズモデル, 子役, 키즈 모델, 아역, 童模, बाल मॉडल, "(10歳)", "(9살)"; not "(10 years)",
    # which is as often a warranty's.
    "re:キッズ|子役|ジュニアアイドル|ジュニアモデル|키즈 ?모델|아역|童模|儿童模特|童星",
    "re:बाल (मॉडल|कलाकार)",
    ("re:\\((1[0-7]|[1-9]) ?(歳|才|살|세|岁|歲|yo|y/o)\\)"),
    (
        "re:(モデル|女の子|娘|彼女|少女|キャラ|生徒|この子|その子)(は|が|、)?(まだ|たった|今|現在)?"
        "(1[0-7]|[1-9]|十[一二三四五六七]?)(歳|才)(?!(若|年上|年下|差|以上|上|下))"
    ),
    "re:(1[0-7]|[1-9]|十[一二三四五六七]?)(歳|才)(くらい|ぐらい|位|前後)(の)(モデル|少女|少年|女の子|男の子|子|女子)",
    # Korean: 중3 여학생, 고1 여자애, 로리 (not 로리타), 잼민이, 모델은 15살.
    "re:(?<![0-9가-힣])(초|중|고)[1-6] ?(여학생|남학생|여자애|남자애|학생|여자|남자|애)",
    "re:(?<![가-힣])로리(?!타|아)",
    "잼민",
    (
        "re:(?<![가-힣])(모델|애|아이|여자애|소녀|딸|캐릭터|학생)(은|는|이|가)? ?"
        "(이제 |겨우 |고작 |아직 |갓 )?"
        "(1[0-7]|[1-9]) ?살(?! ?(연상|연하|차이|어려|많|젊|더|이상))"
    ),
    # Chinese: 初二女生, 高一学妹, 高中女生, 萝莉 (not 萝莉塔 fashion), 模特才15岁.
    "re:(初|高)[一二三](的)?(女生|男生|学生|學生|学妹|女孩|男孩|妹子)",
    "re:(高中|初中|中学|小学)(女生|男生|女孩|妹子)|女(高中|初中|中学|小学)生",
    "re:萝莉(?!塔)|蘿莉(?!塔)",
    (
        "re:(模特|女孩|女生|孩子|少女|角色|女儿|学生)(才|只有|今年|刚|刚满|年仅)"
        "(1[0-7]|[1-9]|十[一二三四五六七]?) ?(岁|歲)"
    ),
    # Hindi: नौवीं क्लास की लड़की, मॉडल 15 साल की है.
    (
        "re:(पहली|दूसरी|तीसरी|चौथी|पांचवीं|पाँचवीं|छठी|सातवीं|आठवीं|नौवीं|दसवीं|ग्यारहवीं|बारहवीं|"
        "[0-9]{1,2}वीं|[०-९]{1,2}वीं) (क्लास|कक्षा) (की|का|के|में पढ़ने वाली|में पढ़ने वाला)"
        " (लड़की|लड़का|छात्रा|छात्र|बच्ची|बच्चा)"
    ),
    "re:(क्लास|कक्षा) ([0-9]{1,2}|[०-९]{1,2}) (की|का|के) (लड़की|लड़का|छात्रा|छात्र|बच्ची|बच्चा)",
    (
        "re:(मॉडल|लड़की|बच्ची|बेटी|छात्रा)[^।\\n]{0,10}(1[0-7]|[1-9]|१[०-७]|[१-९]) (साल|वर्ष) "
        "(की|का) (है|हैं|थी)"
    ),
    "re:(उम्र|उमर|आयु) (सिर्फ |केवल |बस )?(1[0-7]|[1-9]|१[०-७]|[१-९]) (साल|वर्ष)",
    "re:(छोटी|नन्ही|मासूम) (बच्ची|लड़की|गुड़िया)",
    # Bengali: ক্লাস নাইনের মেয়ে, নবম শ্রেণির ছাত্রী, ছোট্ট মেয়ে, মডেলের বয়স ১৫.
    (
        "re:ক্লাস (ওয়ান|টু|থ্রি|ফোর|ফাইভ|সিক্স|সেভেন|এইট|নাইন|টেন|[০-৯]{1,2}|[0-9]{1,2})(-?এর|ের| এর|-?এ "
        "পড়া| এ পড়ুয়া)? (মেয়ে|ছেলে|ছাত্রী|ছাত্র|কিশোরী)"
    ),
    "re:(প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|পঞ্চম|ষষ্ঠ|সপ্তম|অষ্টম|নবম|দশম) শ্রেণি(র|তে পড়া) (মেয়ে|ছেলে|ছাত্রী|ছাত্র)",
    "re:ছোট্ট (মেয়ে|মেয়ে|খুকি|বাচ্চা)|খুকি",
    "re:(মডেলের|মেয়ের|মেয়েটির|মেয়েটার|ছাত্রীর|মডেলটির) বয়স (মাত্র |সবে )?(১[০-৭]|[১-৯]|1[0-7]|[1-9])",
    # The age given as a caption's field after the person ("নতুন গায়িকা, বয়স ১৩", "उम्र: 12",
    # "年龄13", "나이 14"): a shop "thirteen years in business" gives no such field.
    (
        "re:(^|[,，、।:：(（\\n]) ?(বয়স|বয়েস|उम्र|उमर|आयु|boyosh|boyos|umar|umr|나이|年龄|年齡|年齢)"
        " ?[:：]? ?(মাত্র |সবে |सिर्फ |केवल |matro |sirf |只有|仅|僅|만 )?(১[০-৭]|[১-৯]|१[०-७]|[१-९]|"
        "1[0-7]|[1-9])(?![0-9০-৯०-९])"
        "(?! ?(বছর ধরে|বছরের পুরনো|साल से|साल पुरान|년째|년 된|年来|年の歴史))"
    ),
    "re:স্কুল ইউনিফর্ম|স্কুলের ইউনিফর্ম",
    # A school's girls by the years they are in, or called its pupils: 女子生徒, 여학생, 在校女生,
    # 9वीं-10वीं की लड़कियाँ, "9th-10th ki ladkiyan", ক্লাস নাইন-টেনের মেয়েরা, "class eight er
    # meyera". Said once, they describe everyone the brief goes on to pose.
    "re:(女子|男子)生徒|여학생|남학생|在校(女生|学生)|(?<![大])女学生",
    (
        "re:(?<![0-9०-९])([0-9]{1,2}|[०-९]{1,2}|पहली|दूसरी|तीसरी|चौथी|पांचवीं|पाँचवीं|छठी|सातवीं|आठवीं|नौवीं|"
        "दसवीं|ग्यारहवीं|बारहवीं)(वीं)?( ?[-–/] ?([0-9]{1,2}|[०-९]{1,2}|आठवीं|नौवीं|दसवीं|"
        "ग्यारहवीं|बारहवीं)(वीं)?)?( क्लास| कक्षा)? (की|के|में पढ़ने वाली) (लड़कियाँ|लड़कियां|"
        "लड़कियों|लड़की|छात्राएँ|छात्राएं|छात्राओं|छात्रा|बच्चियाँ|बच्चियां)"
    ),
    (
        "re:\\b(([1-9]|1[0-2])(st|nd|rd|th|vi|vin|veen|wi|win)|aathvi|athvi|naumi|nauvi|nauvin|"
        "dasvi|dasvin|gyarahvi|barahvi)( ?[-–/&] ?(([1-9]|1[0-2])(st|nd|rd|th|vi|vin|veen|wi|"
        "win)|naumi|nauvi|dasvi|dasvin|gyarahvi|barahvi))?( class| kaksha| std)? (ki|ke|wali|"
        "vali) (ladkiyan|ladkiyaan|ladkiya|ladkiyon|larkiyan|larkiya|ladki|larki|chhatrayen|"
        "chhatraen|chhatra|girls)\\b"
    ),
    (
        "re:ক্লাস (ওয়ান|টু|থ্রি|ফোর|ফাইভ|সিক্স|সেভেন|এইট|নাইন|টেন|[০-৯]{1,2}|[0-9]{1,2}) ?[-–/] ?"
        "(ওয়ান|টু|থ্রি|ফোর|ফাইভ|সিক্স|সেভেন|এইট|নাইন|টেন|[০-৯]{1,2}|[0-9]{1,2})(-?এর|ের| এর|র)? "
        "(মেয়ে|ছাত্রী|কিশোরী)"
    ),
    (
        "re:(প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|পঞ্চম|ষষ্ঠ|সপ্তম|অষ্টম|নবম|দশম) ?[-–/] ?(দ্বিতীয়|তৃতীয়|চতুর্থ|"
        "পঞ্চম|ষষ্ঠ|সপ্তম|অষ্টম|নবম|দশম) শ্রেণি(র|তে পড়া) (মেয়ে|ছাত্রী)"
    ),
    (
        "re:\\bclass (one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|1[0-2])( ?[-–/] ?("
        "two|three|four|five|six|seven|eight|nine|ten|[1-9]|1[0-2]))? ?(er|r|e|te|-er) (meyera|"
        "meyeder|meyeta|meyegulo|meye|chhatrira|chhatri|chatri)\\b"
    ),
    (
        "re:\\b(nobom|noboom|dosom|doshom|oshtom|ashtom|soptom|shoptom)( ?[-–/] ?(nobom|dosom|"
        "doshom|oshtom|ashtom))? (shreni|sreni|shrenir|srenir) ?(r|te)? (meyera|meyeder|meye|"
        "chhatri|chatri)\\b"
    ),
]
# A number of years said of a company, a shop, a brand or ourselves is an anniversary.
# A school stage or a child's age said on its own, away from the person it describes:
# 小学5年生くらいの女の子, 初二左右的女孩, 中学2年生で, 중1 정도로, ক্লাস এইটে পড়া একটা মেয়ে,
# "a girl who's just started year 7", "the model is in 8th class". Alone it says nothing; it
# counts only beside sexualising words in the same sentence, so it needs no person noun.
SCHOOL_STAGE = [
    "re:(小学|中学|高校)(校)?[1-6１-６一二三四五六]年(生)?|(女子|男子)?(小学|中学|高)(校)?生",
    "re:(?<![0-9０-９一-龥])(小|中)[1-6１-６一二三四五六](?=くらい|ぐらい|位|の|で|、|,|設定|女子|男子)",
    "re:(?<![大年])初[一二三](?![十百千万日])|初中生|小学生|中学生|高中生|[一二三四五六]年级(的)?(女|男|学)",
    "re:(?<![0-9가-힣])(초|중|고)[1-6](?![0-9층호])|초등학생|중학생|고등학생|여중생|여고생|여초딩|초딩|중딩|고딩",
    "re:(초등|중|고등)학교 ?[1-6] ?학년",
    (
        "re:\\b(grade|year|yr|class|std|standard|kaksha|klas) ?([1-9]|1[0-2])(?![0-9]|:|\\.[0-9])"
        "(?! (edition|model|series|anniversary|plan|warranty))|\\b([1-9]|1[0-2])(st|nd|rd|th) "
        "(class|std|standard|grade)\\b|\\b(middle|junior high|high) school(er|ers)?\\b|"
        "\\bschool ?(girl|boy|kid)s?\\b|\\bschool (wali|ki|er|-er) (ladki|larki|meye|bachi)\\b"
    ),
    (
        "re:\\b(class|klas) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        "(e|er|te)?\\b|\\b(dasvi|dasvin|naumi|nauvi|nauvin|athvi|aathvi|satvi|saatvi|chhathi)"
        " (class|kaksha)\\b"
    ),
    (
        "re:([0-9]{1,2}|[०-९]{1,2})वीं (कक्षा|क्लास)|(कक्षा|क्लास) ([0-9]{1,2}|[०-९]{1,2})\\b|"
        "स्कूल (की|वाली) (लड़की|बच्ची)"
    ),
    (
        "re:ক্লাস (ওয়ান|টু|থ্রি|ফোর|ফাইভ|সিক্স|সেভেন|এইট|নাইন|টেন|[০-৯]{1,2}|[0-9]{1,2})|"
        "(প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|পঞ্চম|ষষ্ঠ|সপ্তম|অষ্টম|নবম|দশম) শ্রেণি|স্কুলছাত্রী|স্কুলের মেয়ে"
    ),
]

MINOR_AGE_OF_THINGS = [
    # A spirit, a cheese or a cut of beef is aged, not a person: "single malt, aged 12 years".
    (
        "re:\\b(whiske?y|scotch|bourbon|single malt|malt|rum|cognac|brandy|armagnac|tequila|"
        "mezcal|sake|wine|port|vinegar|balsamic|cheese|cheddar|gouda|parmesan|beef|steak|"
        "ribeye|wagyu|ham|prosciutto|miso|soy sauce|kimchi|casks?|barrels?)s?\\b[^.!?\\n]{0,40}?"
        "\\b(dry[- ])?aged? (1[0-7]|[1-9])\\b"
    ),
    (
        "re:\\b(we|it|company|firm|shop|store|brand|business|bakery|caf[eé]|restaurant|salon|"
        "studio|agency|startup|label|channel|blog|podcast|franchise|boutique|hotel|clinic|"
        "magazine|app|website|festival|club|page|sauce|product|dukaan|dokan)('s|'re| is| are|"
        " was| turns?| turned| has turned| just turned| will be| became)( now| officially|"
        " finally| already| only| just| barely)? (1[0-7]|[1-9])[- ]?(years? old|yrs? old|yo|y/o)\\b"
    ),
    (
        "re:\\b(1[0-7]|[1-9])[- ]?(years? old|yrs? old) (as|for) (a|an|the|our) (brand|company|"
        "business|shop|store|team|label|bakery|restaurant|caf[eé]|studio)\\b"
    ),
    (
        "re:\\b(proud|happy|thrilled|excited|blessed) to be (1[0-7]|[1-9])[- ]?(years? old|"
        "yrs? old)\\b"
    ),
]

_GROUP_NAMES = (
    "(jews|muslims|christians|hindus|sikhs|blacks|whites|asians|mexicans|arabs|africans|"
    "immigrants|refugees|migrants|foreigners|gays|lesbians|trans people|gypsies|roma|indians|"
    "pakistanis|bangladeshis|chinese|irish|poles|romanians|somalis|nigerians)"
)

HATE = Lexicon(
    signals=[
        "re:\\bsub-?human(s)?\\b",
        "re:\\binferior (race|races|people)\\b",
        (
            "re:\\b(jews|muslims|christians|hindus|sikhs|blacks|whites|asians|mexicans|arabs|"
            "africans|immigrants|refugees|migrants|gays|lesbians|trans people|gypsies|"
            "roma)\\b.{0,40}\\b(vermin|animals|parasites|cockroaches|rats|filth|scum|plague|"
            "disease|subhuman|inferior|control the (banks|media|world))\\b"
        ),
        (
            "re:\\b(filthy|dirty|disgusting) (jews|muslims|christians|hindus|blacks|asians|"
            "mexicans|arabs|immigrants|refugees|migrants|gays|foreigners)\\b"
        ),
        "re:\\bgo back to (your|their) (own )?country\\b",
        # Slurs for a group that have no other sense.
        (
            "re:\\b(pakis|wogs|gooks|spics|wetbacks|kikes|towelheads|ragheads|darkies|niggers|"
            "faggots|gyppos)\\b"
        ),
        "re:\\bheil hitler\\b",
        "re:\\bwhite power\\b",
        "re:\\bgas the\\b",
        "劣等民族",
        "皆殺しにすべき",
        "国へ帰れ",
        "열등한 민족",
        "몰살해야",
        "니네 나라로",
        "应该被消灭",
        "滚出中国",
        "低等民族",
        "नीच जाति",
        "खत्म कर देना चाहिए",
        "देश से निकालो",
        "নিকৃষ্ট জাতি",
        "নির্মূল করা উচিত",
        "দেশ থেকে তাড়াও",
    ],
)

# A group shut out by a sign or a hiring or letting rule: "No immigrants", "we don't rent to
# foreigners". (The group alone after "no" reads as ruled out, so the sign is its own
# signal.) A brief about the prejudice itself, such as a history of such signs, quotes them.
EXCLUSION = [
    (
        "re:(?:^|['\"“‘:]\\s*|\\b(?:sign|flyer|poster|notice|banner)s? "
        f"(?:saying|reading|that says) )no {_GROUP_NAMES}\\b"
    ),
    f"re:\\bno {_GROUP_NAMES}(,? (allowed|welcome|need apply|wanted|please|no exceptions))\\b",
    (
        "re:\\b(we |i )?(don't|do not|won't|will not|never) (hire|rent to|serve|employ|"
        f"let in|accept) (any )?{_GROUP_NAMES}\\b"
    ),
    (
        "re:\\b(filthy|dirty|disgusting|smelly|stinking) (foreign|immigrant|migrant|refugee|"
        "muslim|jewish|black|arab|mexican|african|asian|gypsy|roma) (famil(y|ies)|people|men|"
        "women|kids|children|workers|tenants|neighbou?rs?)\\b"
    ),
    f"re:[-–—]\\s*no {_GROUP_NAMES}\\b",
    (
        "re:\\b(we |i )?(dont|wont|don't|won't|do not|will not|never) (hire|rent to|serve|employ|"
        f"let in|accept|sell to|cater to|deliver to) (any )?{_GROUP_NAMES}\\b"
    ),
    # A people's households or tenants turned away: "No Muslim families please".
    (
        "re:\\bno (muslim|jewish|hindu|christian|sikh|black|asian|arab|mexican|african|indian|"
        "pakistani|bangladeshi|chinese|immigrant|migrant|refugee|foreign|gay|lesbian|trans|gypsy|roma)"
        " (famil(y|ies)|tenants?|renters?|people|applicants?|couples?|households?|buyers?|kids|"
        "children|customers?|workers?)\\b(?! (were|was|are|is|have|has) )"
    ),
    # Two groups ruled out in one breath: "sorry, no Indians or Pakistanis".
    f"re:\\bno {_GROUP_NAMES}(,| or| and| &) (no )?{_GROUP_NAMES}\\b",
    "re:\\b(travell?ers|pikeys?|gyppos?) (not (served|welcome|allowed)|need not apply|banned)\\b",
    # "Pakis out", "migrants out!": the chant, not "refugees out in the cold" or "gays out and
    # proud".
    (
        "re:\\b(pakis|immigrants|migrants|refugees|foreigners|muslims|jews|blacks|asians|"
        "gypsies|roma|arabs|africans|mexicans|indians|pakistanis|bangladeshis|chinese|poles|"
        "romanians|somalis|nigerians) out(!|,|$| of (our|my|this) (town|country|street|area|"
        "estate))"
    ),
    f"re:\\bno {_GROUP_NAMES},? (pls|plz|thanks|thx|sorry)\\b",
    # The old sign: "No Irish, no blacks, no dogs".
    f"re:\\bno {_GROUP_NAMES}(,| or| and| &) (no )?(dogs|pets|dss|smokers|children|kids)\\b",
    f"re:\\bno (dogs|pets|dss|smokers|children|kids),? (no )?{_GROUP_NAMES}\\b",
    # A faith's dress ruled out at the door: "no turbans, no hijabs".
    (
        "re:\\bno (turbans?|hijabs?|burqas?|burkas?|niqabs?|headscarves|kippahs?|yarmulkes?)\\b"
        "(?! (needed|required|necessary))"
    ),
    (
        "re:\\b(we |i )?(dont|wont|don't|won't|do not|will not|never) (take on|take in|interview|"
        f"house|shortlist) (any )?({_GROUP_NAMES[1:-1]}|bulgarians|albanians)\\b"
    ),
]

# Hate is a protected group said to be vermin, a disease, traitors or unwanted: both in one
# sentence, in either order, so "Christmas for Christians" or "a cure for the disease"
# score nothing.
GROUPS = [
    (
        "re:\\b(jews|jewish people|muslims|christians|catholics|hindus|sikhs|buddhists|blacks|"
        "black people|whites|white people|asians|mexicans|arabs|africans|immigrants|refugees|"
        "migrants|foreigners|gays|gay people|lesbians|trans people|transgender people|"
        "gypsies|roma|disabled people|the disabled)\\b"
    ),
    "外国人", "移民", "難民", "在日", "ユダヤ人", "イスラム教徒", "ムスリム", "黒人",
    "同性愛者", "障害者",
    "외국인", "이민자", "난민", "무슬림", "유대인", "흑인", "동성애자", "장애인", "조선족",
    "外国人", "难民", "穆斯林", "回民", "犹太人", "黑人", "同性恋", "残疾人", "外地人",
    "मुसलमान", "मुस्लिम", "हिंदू", "हिन्दू", "सिख", "ईसाई", "दलित", "प्रवासी", "शरणार्थी",
    "विदेशी", "समलैंगिक", "विकलांग", "यहूदी",
    "মুসলমান", "মুসলিম", "হিন্দু", "খ্রিস্টান", "বৌদ্ধ", "অভিবাসী", "শরণার্থী", "রোহিঙ্গা",
    "বিদেশি", "সমকামী", "প্রতিবন্ধী",
    # Skin colour and disability as the mark of a group: "a dark-skinned woman", 肌の黒い人,
    # 피부가 검은 여자, 皮肤黝黑的非洲女人, काली चमड़ी वाली, কালো চামড়ার; people in wheelchairs,
    # 車椅子の人たち, 휠체어 탄 사람들, 坐轮椅的人, व्हीलचेयर वाले, হুইলচেয়ারে বসা মানুষ, and the slurs
    # for them ("cripples", 不具, 병신, 瘸子, लंगड़े, পঙ্গু). Said with a derogation in the sentence.
    (
        "re:\\b(dark|black|brown)[- ]skinned (people|person|women|woman|men|man|girls?|boys?|"
        "kids?|model)s?\\b|\\b(people|men|women|kids) (in|using) wheelchairs\\b|"
        "\\bwheelchair[- ](users?|bound)\\b|\\b(cripples|crippled people|the crippled|spastics|"
        "retards)\\b"
    ),
    "re:(肌|肌の色)(が|の)(黒|浅黒)い(人|女|男|子)",
    "re:車椅子の(人|方|利用者)",
    "不具者",
    "かたわ",
    "re:(피부가|피부색이) ?(검은|까만|까무잡잡한) ?(사람|여자|남자|아이)",
    "re:휠체어(를)? ?(탄|타는|쓰는) ?(사람|분|장애인)",
    "병신", "불구자",
    "re:(皮肤|肤色)(黝黑|黑|很黑|较黑)的|黑皮肤的|非洲(女人|男人|人|脸|女孩|男孩)",
    "re:坐轮椅的(人|残疾人)",
    "瘫子", "残废",
    "re:(काली|काले|सांवली|साँवली) (चमड़ी|रंगत|त्वचा) (वाली|वाले|वाला)", "re:व्हीलचेयर (वाले|वाली|पर बैठे)",
    "लंगड़े", "लूले", "अपाहिज",
    "re:\\b(kali|kaali|kale|kaale|sanwli|kalo|kaalo) (chamdi|chamri|chamra|rong|rang|twak) "
    "(wali|wale|er)\\b|\\b(langde|langre|apahij|lule|pongu|pangu|lula)\\b",
    "re:কালো (চামড়ার|গায়ের|রঙের) (মানুষ|মেয়ে|ছেলে|লোক|মহিলা)", "re:হুইলচেয়ারে (বসা|থাকা) (মানুষ|লোক)",
    "পঙ্গু", "ল্যাংড়া", "লুলা",
    "re:\\b(hijab-wearing|hijabi|turbaned|burqa-clad|niqab-wearing)\\b",
    "re:\\b(woman|women|girl|girls|lady|man|men|family|person|people) (in|wearing) (a |an )?"
    "(hijab|headscarf|burqa|burka|niqab|turban|kippah|yarmulke)s?\\b",
    "re:(ヒジャブ|ブルカ|ターバン)(を)?(かぶった|被った|巻いた|姿の)",
    "re:(히잡|부르카|터번)(을)? ?(쓴|두른)",
    "re:(戴|包)(着)?(头巾|希贾布|盖头|面纱)的", "re:(हिजाब|बुर्का|पगड़ी) (पहने|पहनी|वाली|वाले)",
    "re:\\b(hijab|burqa|burka|niqab|pagdi|borka) (pehni|pehne|wali|wale|pora|pore)\\b",
    "re:(হিজাব|বোরকা|বোরখা|পাগড়ি) (পরা|পরে|পরিহিত)",
    (
        "re:\\b(somalis?|nigerians|ghanaians|somali (people|immigrants)|uyghurs?|rohingyas?|"
        "tibetans?|kurds?|"
        "palestinians?|israelis?|pakistanis?|indians|bangladeshis?|chinese people|koreans|"
        "japanese people|latinos?|hispanics|romani|sinti|aboriginals?|native americans|"
        "indigenous people)\\b"
    ),
    "中国人", "韓国人", "朝鮮人", "アイヌ", "クルド人", "ベトナム人", "フィリピン人",
    "중국인", "일본인", "동남아", "베트남인", "탈북자", "짱깨", "쪽바리", "로힝야", "조선족",
    "新疆人", "维吾尔", "维族", "藏族", "藏人", "回族", "河南人", "东北人", "黑鬼", "外国佬",
    "罗兴亚", "羅興亞",
    "बिहारी", "कश्मीरी", "पाकिस्तानी", "बांग्लादेशी", "आदिवासी", "पूर्वोत्तर के लोग",
    # India's north-easterners, named by where they come from.
    "re:(नॉर्थ|नार्थ)[- ]?(ईस्ट|ईस्टर्न) (वाले|वालों|वालो|के लोग|के लोगों)", "re:पूर्वोत्तर (वाले|वालों|के लोगों)",
    "re:\\bnorth[- ]?east(ern)? (wale|walon|walo|ke log|ke logon|er lok)\\b",
    "re:\\bnorth[- ]?easterners\\b", "re:\\bpeople from the north[- ]?east\\b",
    "re:(নর্থ[- ]?ইস্ট|উত্তর[- ]?পূর্ব)(ের|ের লোক|ের মানুষ|ী)",
    "বিহারি", "পাহাড়ি", "উপজাতি", "আদিবাসী", "মাড়োয়ারি",
    # A group told without its name: "people of a certain religion".
    (
        "re:\\b(a certain|one particular|that particular) (religion|community|caste|race|"
        "ethnicity)('s)? (people|followers|members)?\\b"
    ),
    (
        "re:\\b(people|followers|members|believers) of (a|one|that|this|another|the other) "
        "(religion|faith|community|caste|sect)\\b"
    ),
    (
        "re:\\b(a|one|that|the other) (religion|faith|community|caste|sect)'s "
        "(people|followers|members)\\b"
    ),
    "re:(ある|特定の|その|あの|別の|よその|異なる|ひとつの|一つの)(宗教|民族|宗派)の(人|連中|信者|信徒)",
    "re:(특정|한|어떤|다른|그|저) ?(종교|민족|지역|종파) ?(사람|신자|출신|신도)",
    "re:(某个|某些|某|特定|一个|那个|那些|其他|別的|别的)(宗教|民族|教派)的(人|信徒|教徒)",
    "re:(एक )?(खास|ख़ास|विशेष|एक) (धर्म|समुदाय|मज़हब|मजहब|जाति) (के|का|की) (लोगों|लोग)",
    "re:(दूसरे|उस|उन|किसी|इस) (धर्म|समुदाय|मज़हब|मजहब|जाति) (के|का|की) (लोगों|लोग)",
    "re:(একটা |একটি |এক )?(বিশেষ|নির্দিষ্ট) (ধর্মের|সম্প্রদায়ের|জাতির) (লোক|মানুষ)",
    "re:(একটা|একটি|এক|ওই|ঐ|অন্য|ওদের) (ধর্মের|সম্প্রদায়ের|জাতির) (লোক|মানুষ)",
    # A person of a group ("a Jewish banker", "un jugador negro"), and the groups by their
    # names in Spanish, Portuguese, Italian, French and German.
    (
        "re:\\b(jewish|muslim|black|arab|mexican|asian|african|gay|trans|immigrant|gypsy|"
        "roma|romani) (bankers?|men|man|women|woman|guys?|person|people|players?|kids?|"
        "famil(y|ies)|workers?|neighbou?rs?|boys?|girls?|fans|supporters|crowds?|tenants?|"
        "riders?|drivers?|couriers?|shopkeepers?|vendors?|traders?|"
        "renters?|lodgers?|customers?|clients?|applicants?|buyers?|students?)\\b"
    ),
    # Hinglish and Banglish: "Muslim kirayedaar", "Hindu bhaṛatiya", "Bihari log".
    (
        "re:\\b(muslim|musalman|musolman|hindu|sikh|isai|christian|dalit|bihari|bangladeshi|"
        "pakistani|kashmiri|madrasi|marwari|nepali|rohingya|jewish|black|african|videshi|"
        "bideshi|pahari|adivasi) (kirayedaar|kirayedar|kiraydar|kirayadar|kirayedaron|bhadatia|"
        "bharatia|bhaṛatiya|bharate|bhaṛate|tenants?|renters?|customers?|grahak|khoddar|"
        "khoriddar|log|logon|logo|lok|lokjon|manush|parivar|paribar|family|families|students?|"
        "chhatra|chatro)\\b"
    ),
    (
        "re:\\b(jugador|hombre|mujer|persona|jogador|homem|mulher|pessoa|giocatore|uomo|donna|"
        "persona|joueur|homme|femme|spieler|mann|frau)(e?s)? (negr[oa]s?|pret[oa]s?|ner[oa]|"
        "neri|noire?s?|schwarze[rn]?|judí[oa]s?|judeus?|ebre[oi]|juifs?|juive|gitan[oa]s?)\\b"
    ),
    (
        "re:\\b(negros|judíos|judeus|ebrei|juifs|musulmanes|muçulmanos|musulmani|musulmans|"
        "gitanos|ciganos|zingari|inmigrantes|imigrantes|immigrati|immigrés|ausländer|"
        "flüchtlinge|juden|muslime)\\b"
    ),
    # Groups by the names and slurs people type in chat, in every script: "gypsy travellers",
    # "gay couple", ゲイ, 흑형, 小日本, मुल्ले, "kaale log", "kalo lok", মালাউন.
    (
        "re:\\b(gypsy|gipsy|irish) travell?ers\\b|\\b(pikeys?|gyppos?)\\b|\\b(lgbtq?\\+?|"
        "lgbtqia\\+?|queers|homosexuals|transgenders|trannies|wheelchair users)\\b"
    ),
    (
        "re:\\b(gay|lesbian|queer|trans|transgender|disabled|chinese|indian|pakistani|"
        "bangladeshi|nigerian|somali|rohingya|roma|gypsy|refugee|migrant|foreign|immigrant|"
        "muslim|jewish|black|hindu|sikh|christian) (couples?|applicants?|candidates?|tourists?|"
        "labou?rers?|refugees|migrants|travell?ers|communit(y|ies)|folks?|lads|youths?|staff|"
        "employees?|patients?|interns?|trainees?|colleagues?|co-?workers?|nurses?|cleaners?|"
        "waiters?|waitresses?|cooks?|nannies|maids?|neighbou?rs?)\\b"
    ),
    "re:(?<![a-z])lgbtq?(?![a-z])", "re:ゲイ(?!ン|シャ|ト|ル)",
    "re:ホモ(?!牛乳|ジナイズ|・?サピエンス)",
    "オカマ", "レズ", "同性愛", "性的少数者", "性的マイノリティ", "トランスジェンダー", "外人",
    "支那人", "シナ人", "黒んぼ", "部落民", "被差別部落", "技能実習生", "不法滞在者", "インド人",
    "ネパール人", "パキスタン人", "バングラデシュ人", "ロヒンギャ", "アジア人", "アラブ人",
    "ブラジル人", "障がい者", "障碍者", "身障者", "ガイジ", "re:(?<![ァ-ヶー])チョン(?![ァ-ヶー])",
    "흑형", "깜둥이", "re:(?<![가-힣])게이(?!트|밍|지|머)", "re:호모(?! ?사피엔스)", "똥꼬충",
    "트랜스젠더", "성소수자",
    "re:(?<![가-힣])레즈", "동성애", "외노자",
    "re:(외국인|이주|동남아|중국인|조선족|불법 ?체류) ?(노동자|근로자|체류자)",
    "이주민", "다문화", "짱개", "이슬람", "개독", "탈북민", "인도인",
    "小日本", "日本鬼子", "鬼子", "倭寇", "阿三", "高丽棒子", "棒子国", "老黑", "非洲人", "印度人",
    "农民工", "乡巴佬", "基佬", "跨性别", "变性人", "娘炮", "残废", "瘸子", "绿绿", "洋垃圾",
    "日本人", "韩国人", "外来人口",
    "मुल्ले", "मुल्लों", "मुल्ला", "कटुए", "कटुओं", "कटुआ", "जिहादी", "घुसपैठिए", "घुसपैठिये",
    "घुसपैठियों", "हिजड़े", "हिजड़ों", "हिजड़ा", "किन्नर", "चिंकी", "काले लोग", "अछूत",
    "चमार", "भंगी", "शूद्र", "म्लेच्छ", "मलेच्छ", "रोहिंग्या", "बाहरी लोग", "मद्रासी",
    "re:(हिंदु|हिन्दु|ईसाइ|प्रवासि|शरणार्थि|विदेशि|बिहारि|बांग्लादेशि|कश्मीरि|पाकिस्तानि|मद्रासि|आदिवासि)(ओं|यों)",
    # Africans by name, in the scripts and in chat: अफ्रीकी लोग, আফ্রিকানদের, "africander".
    "re:अफ़?्रीकी|अफ़?्रीकन", "আফ্রিকান", "re:\\b(africander|africanra)\\b",
    "মালাউন", "হিজড়া", "হিজরা", "তৃতীয় লিঙ্গ", "কাফের", "re:কালো (লোক|মানুষ)", "কালা লোক",
    "নিগ্রো", "হাবশি", "চাকমা", "বিহারী", "পাকিস্তানি", "ইহুদি", "ইহুদী", "খ্রিষ্টান", "দলিত",
    "মেথর",
    "অস্পৃশ্য",
    "লেসবিয়ান",
    "ট্রান্সজেন্ডার",
    "re:(?<![\\u0980-\\u09ff])গে(?![\\u0980-\\u09ff])",
    (
        "re:\\b(musalmaan|musalmano|musalmanon|musolmander|mulle|mullon|mullo|katue|katwe|katuo|"
        "jihadis?|ghuspaithiye|ghuspaithiya|ghuspaithiyon|hijre|hijde|hijdon|hijron|hijras|"
        "kinnar|chinki|chinky|chinkies|malaun|malaunder|maloun|kafir|kafer|achhut|achut|chamar|"
        "bhangi|shudra|mleccha|malechh|habshi|kallu|kaalu|bangu|bangus|biharis?|madrasis?)\\b"
    ),
    (
        "re:\\b(kaale|kale|kalo|kaalo|gay|gey|lesbian|trans|hijra|hijre|hijde|bihari|bangali|"
        "bangladeshi|marwari|madrasi|nepali|rohingya|pahari|hindu|muslim|christian|isai|"
        "khristan|dalit|chakma|adivasi|bahari|bideshi|videshi|chinese|japani|korean|african) "
        "(log|logon|logo|lok|loker|lokera|lokjon|manush|manushera|gula|gulo|guli|gulake|der|"
        "dera|ra|wale|waale|jaat|jati|sampraday|shomproday)\\b"
    ),
    # Slurs for the group, where the word has no other sense.
    (
        "re:\\b(pakis|wogs|gooks|spics|wetbacks|kikes|towelheads|ragheads|darkies|niggers|"
        "niggas|faggots|retards|gyppos)\\b"
    ),
    "re:\\b(islam|judaism|hinduism|christianity|sikhism)\\b", "イスラム教", "伊斯兰教", "इस्लाम",
    "部落出身", "部落の人", "同和地区", "নেড়েদের", "নেড়েরা",
    "re:\\b(illegals|illegal (immigrants|aliens|migrants)|wetbacks)\\b",
    (
        "re:\\b(romanians|bulgarians|albanians|poles|lithuanians|ukrainians|turks|kurds|afghans|"
        "syrians|iraqis|eritreans|sudanese|ghanaians|jamaicans|filipinos)\\b"
    ),
]  # fmt: skip
DEROGATION = [
    (
        "re:\\b(vermin|parasites?|cockroaches|rats|leeches|filth|scum|plague|a disease|diseased|"
        "subhuman|inferior|evil|devils|traitors|criminals|terrorists|rapists|useless|worthless|"
        "a cancer|don't belong|do not belong|not welcome|should die|"
        "must die|burn in hell)\\b"
    ),
    "出ていけ", "出て行け", "帰れ", "害虫", "ゴキブリ", "病気だ", "役立たず", "劣等", "犯罪者",
    "悪魔", "ゴミ", "死ね", "消えろ", "いらない",
    "쓸모없", "벌레", "바퀴벌레", "쓰레기", "병균", "범죄자", "악마", "꺼져", "나가라",
    "돌아가라", "죽어라", "열등", "필요없",
    "滚出", "滚回", "害虫", "蟑螂", "垃圾", "病毒", "瘟疫", "罪犯", "恶魔", "去死", "劣等",
    "没用", "废物", "畜生", "低等", "下等", "肮脏",
    "देशद्रोही", "गद्दार", "कीड़े", "गंदे", "शैतान", "अपराधी", "आतंकवादी", "बीमारी",
    "निकालो", "निकल जाओ", "वापस जाओ", "मर जाओ", "बेकार", "re:नीच(?!े)",
    "re:(इन्हें|इनको|उन्हें|उनको) (देश से )?बाहर (करो|निकालो|फेंको)",
    "防火防盗防", "防火防盜防",
    "শয়তান", "দেশদ্রোহী", "বিশ্বাসঘাতক", "পোকা", "নোংরা", "অপরাধী", "সন্ত্রাসী", "রোগ",
    "বের করে দাও", "চলে যাও", "মরে যাও", "অকেজো", "নিকৃষ্ট",
    # The same said in romanised Hindi and Bengali: "gandi aur neech", "nongra, nikrishto".
    "re:\\b(neech|gande|gandi|nikamme|nikammi|nongra|nikrishto|okejo|okeja)\\b",
    # Caricature and conspiracy tropes, sending a group "back to the jungle", denying that
    # its people are human.
    "re:\\bhook-?nos(ed|e)\\b",
    # Mocking the group in a cartoon, or shutting it out of a job, a flat or a shop.
    (
        "re:\\b(mocking|ridiculing|demeaning|degrading|insulting|ugly) (cartoons?|caricatures?|"
        "drawings?)\\b"
    ),
    "re:\\b(mocking(?! ?up)|ridicul\\w*|demean\\w*)\\b",
    "丑化", "醜化", "嘲讽", "不招", "谢绝", "謝絕", "免进", "免進", "勿扰",
    "馬鹿にした", "バカにした", "見下した", "お断り", "採用しない", "入店禁止", "入居不可",
    "비하", "조롱", "사절", "안 받", "채용 불가", "지원 불가", "출입 금지",
    "re:मज़?ाक (उड़ा|बना)",
    "re:(नौकरी|कमरा|मकान|किराए पर)[^।]{0,6}नहीं (देंगे|दिया जाएगा|दी जाएगी|रखेंगे)",
    "प्रवेश वर्जित", "एंट्री बंद",
    "ব্যঙ্গ", "বিদ্রূপ", "re:(চাকরি|ভাড়া|বাসা|প্রবেশ)[^।]{0,8}(দেওয়া হবে না|দেওয়া হয় না|নিষেধ)",
    (
        "re:\\b(they|jews|them) (own|control|run) "
        "(everything|the (world|media|banks|money|government))\\b"
    ),
    (
        "re:\\b(ellos|eles|loro|ils|sie) (controlan|controlam|controllano|contrôlent|"
        "kontrollieren|son dueños de|são donos de|possiedono|possèdent|besitzen) "
        "(todo|tudo|tutto|tout|alles)\\b"
    ),
    "re:\\b(go|goes|send them) back to the (jungle|trees|zoo|caves?)\\b",
    "re:\\b(go|send (them|him|her)) back (to )?where (they|you|he|she) came from\\b",
    "re:(国|くに)へ?に?帰れ",
    "re:(니네|너네|느그|지들) 나라로",
    "re:(滚回|送回|遣返)(他们|你们)?(老家|自己的国家)",
    "re:(जहां|जहाँ) से आए (हैं|थे),? (वहीं|वहाँ) (वापस )?(भेजो|भेज दो)",
    "re:যেখান থেকে এসেছে,? সেখানে (ফেরত )?(পাঠাও|পাঠিয়ে দাও)",
    (
        "re:\\b(vuelve|vuelvan|volta|voltem|torna|tornate|retourne|retournez|zurück) (a la|pra|"
        "para a|nella|in den|dans la|à la) (selva|giungla|jungle|dschungel|floresta)\\b"
    ),
    (
        "re:\\b(not human|subhuman|no son humanos|não são humanos|non sono umani|ne sont pas "
        "humains|keine menschen)\\b"
    ),
    "人間じゃない", "사람이 아니", "不是人", "इंसान नहीं", "মানুষ না", "মানুষ নয়",
    # What is said of a group in the words of a chat: sick and to be cured, a burden, sent back.
    # Said of them ("gays are sick", ゲイは病気), not a health campaign for them ("gay teens and
    # mental illness: call the helpline").
    (
        "re:\\b(gay|gays|lesbians?|homosexual\\w*|trans|transgender|queers?|hijras?|hijre|"
        "hijde)\\b[^.!?\\n]{0,20}\\b((is|are|being)( all| just| a| an)* (sick|diseased|disease|"
        "illness|mental illness|disorder|mentally ill|unnatural|perverts?|perverted|abnormal)|"
        "(be|get|got) cured|curable|(bimaar|bimar|beemar|pagal|pagol) (hain|hai|hote|hoy)|"
        "oshustho|osustho|asustho|(ilaaj|ilaj) (karo|karwao|chahiye)|chikitsa (dorkar|koro|"
        "korao))\\b"
    ),
    (
        "re:(ゲイ|ホモ|レズ|同性愛|オカマ|トランス)[^。\\n]{0,6}(は|って|なんて)[^。\\n]{0,10}"
        "(病気|異常|変態|精神病|治療しろ|治せ)"
    ),
    (
        "re:(게이|동성애|호모|레즈|트랜스|성소수자)[^.!?\\n]{0,6}(은|는|란|이란)[^.!?\\n]{0,10}"
        "(정신병|병이다|병자|비정상|변태|치료받아|치료해야)"
    ),
    (
        "re:(同性恋|基佬|跨性别|变性)[^。！？\\n]{0,6}(是|就是|都是|都)[^。！？\\n]{0,6}(病|变态|精神病|"
        "不正常)|(同性恋|基佬)[^。！？\\n]{0,10}(得治|要治)"
    ),
    (
        "re:(समलैंगिक|हिजड़े|हिजड़ा|किन्नर|गे)[^।\\n]{0,30}((बीमार|पागल) (हैं|है|होते)|बीमारी है|"
        "इलाज (करो|कराओ|चाहिए|ज़रूरी|जरूरी)|मानसिक रोगी)"
    ),
    "re:(সমকামী|হিজড়া|গে)[^।\\n]{0,30}(অসুস্থ|মানসিক রোগী|চিকিৎসা (দরকার|করাও|করো)|পাগল)",
    (
        "re:\\b(a burden on (society|the taxpayers?|us|the country|the state)|a drain on|"
        "freeloaders|infiltrators|an invasion|barbarians|inbred|breed like rats)\\b"
    ),
    (
        "re:\\b(send|ship|kick|deport|throw)\\w* (them|'em|all of them|the (migrants|refugees|"
        "immigrants|foreigners|lot))( all| out)? back\\b(?! to (school|work|class|us|me))"
    ),
    "お荷物", "足手まとい", "穀潰し", "異常者", "叩き出せ", "追い出せ",
    "追い出そう",
    "駆除", "根絶やし", "re:汚い(連中|奴ら|やつら|民族|人種)|(は|って)汚い", "害悪",
    "사회의 짐", "짐짝", "암덩어리", "밥버러지", "식충", "몰아내", "쫓아내", "내쫓", "박멸",
    "re:더러운 ?(놈|년|것들|새끼|족속|인간)", "역겨운",
    "该死", "杀光", "死光", "赶出去", "赶走", "累赘", "拖累", "肮脏", "恶心", "下等",
    "re:(समाज|देश) (पर|का) बोझ", "जाहिल", "भगाओ", "खदेड़ो", "मार भगाओ",
    "re:(पाकिस्तान|बांग्लादेश) (भेजो|जाओ|भेज दो)",
    "re:(সমাজের|দেশের) বোঝা", "তাড়াও", "তাড়িয়ে দাও", "খেদাও",
    "re:(পাকিস্তানে|ভারতে|মিয়ানমারে) (পাঠাও|পাঠিয়ে দাও|চলে যাও)",
    (
        "re:\\b(gande|gandey|ganda|gandi|nongra|noungra) (log|lok|hain|hai|hote|hoy|jaat|jati)\\b|"
        "\\b(keede|kide|jahil|jaahil|gawar|ganwar|deshdrohi)\\b|\\b(desh|samaj) (pe|par|ka|"
        "er) (bojh|bojha|boja)\\b"
    ),
    (
        "re:\\b(bhagao|bhaagao|khadedo|tarao|taraw|tariye dao|khedao|ber kore dao|"
        "wapas bhejo|vapas bhejo|pakistan bhejo|pakistan jao|bangladesh bhejo|pakistan e pathao|"
        "india te pathao)\\b"
    ),
    "気持ち悪い", "キモい", "きもい", "징그러", "역겹",
    "re:\\bdeport (them|'em|all of them|the lot)( all)?\\b",
    "더럽고", "더럽다", "게으르다", "게으르고", "게을러", "re:냄새 ?(나는|난다)",
    # Not tourists pouring in for the blossom, nor swarms of rainbow flags.
    (
        "re:\\b((stop|end) the invasion|(illegals|migrants|immigrants|refugees|foreigners) (are )?"
        "(flooding|swarming|pouring) (in|into))\\b"
    ),
    "re:土人(?!形)", "未開人", "野蛮人", "사회악", "社会悪", "社会のガン", "毒瘤",
    "re:समाज (का|के) (कलंक|नासूर)", "re:সমাজের (কলঙ্ক|ক্যান্সার)",
    "re:\\b(gande|ganda|gandi|nongra) (aur|or|ar|o) (kaale|kale|chor|jahil|ganwar|bimar)\\b",
    "re:(lgbt|lgbtq|性的少数者|性的マイノリティ)[^。\\n]{0,6}(は|って|なんて)[^。\\n]{0,10}(病気|異常|変態)",
    "re:(সব|ওরা|এরা) জংলি|জংলি (জাত|জাতি)", "re:(सब|ये|वो) जंगली (हैं|है)|जंगली (जात|कौम)",
    "re:\\b(sob|sab|sabhi) (jongli|jangli|junglee)\\b",
]  # fmt: skip
# Nouns that insult only when said of the group ("refugees are thieves", 新疆人画成小偷):
# "Koreans who love animals" or "a heist film about thieves, cast of Latinos" are no hate.
DEROGATION_NOUNS = [
    "re:\\b(thieves|rats|savages|animals|beasts|bombers)\\b", "泥棒",
    "re:\\b(monkeys|apes|monos|macacos|scimmie|singes|affen)\\b", "猿", "サル", "원숭이",
    "猴子", "猩猩", "बंदर", "বানর", "বাঁদর",
    # Theft said of the group ("河南人偷井盖"): the verb right after the group.
    "re:偷(?!偷|看|拍|懒|笑|听|瞄)", "盗む", "훔치", "चुराते", "चोरी करते", "চুরি করে",
    # Pests said of the group ("drawn as termites eating the country").
    "re:\\btermites\\b", "シロアリ", "흰개미", "白蚁", "白蟻", "दीमक", "উইপোকা", "উঁইপোকা",
    "テロリスト", "犯罪者", "도둑", "테러리스트", "범죄자", "小偷", "恐怖分子", "强盗", "骗子",
    "罪犯", "चोर", "आतंकी", "आतंकवादी", "জঙ্গি", "চোর", "সন্ত্রাসী", "সন্ত্রাস",
    # Vermin said of the group, or the group drawn as them.
    "re:\\b(cockroaches|roaches|vermin|parasites|insects|bugs|lice|maggots|rodents|leeches|locusts)\\b",
    "ゴキブリ", "ネズミ", "ねずみ", "鼠", "寄生虫", "虫けら", "ウジ虫", "蛆虫", "害虫",
    "바퀴벌레", "벌레", "re:쥐(떼)?(?![가-힣])", "쥐떼", "기생충", "해충", "구더기",
    "蟑螂", "老鼠", "寄生虫", "臭虫", "蛆虫", "蝗虫", "虫子", "害虫",
    "तिलचट्टे", "तिलचट्टों", "कॉकरोच", "चूहे", "चूहों", "परजीवी", "कीड़े", "कीड़ों", "जोंक",
    "তেলাপোকা", "আরশোলা", "ইঁদুর", "পরজীবী", "জোঁক", "পোকামাকড়", "কীটপতঙ্গ",
    # Animals said of the group: "Muslims are dogs", "mulle kutte hain".
    "re:(?<!like )\\b(dogs|pigs|swine)\\b",
    "re:\\b(kutte|kuttey|suar|suwar|kukur|shuor|bandor|bandar|chuhe|indur|poka)\\b",
    "re:狗(?!粮|糧|窝|绳|狗)",
    "re:猪(?!肉|排|蹄|脚|皮|骨|年|油|肝|血|头肉)",
    "कुत्ते",
    "सूअर",
    "কুকুর",
    "শুয়োর",
    "re:\\bjihadis?\\b", "जिहादी", "জিহাদি",
]  # fmt: skip
# What says the noun of the group between the two: a copula, "as", "drawn as", は, 画成, 로.
PREDICATION = re.compile(
    r"^(?:\s*(?:(?:are|is|were|all|just|nothing but|as|like|into|be|being|called|"
    # "drawn as drunk, war-whooping savages": a few words may qualify the noun.
    r"(?:drawn|shown|depicted|portrayed|painted|pictured) as(?:\s+[\w'-]+,?){0,3}?)\b|=|"
    r"は|が|を|って|みんな|全員|とは|として|に|たち|達|都是|都|是|为|成|当成|画成|画作|描绘成|说成|们|們|"
    r"은|는|이|가|을|를|다|들|모두|전부|सब|सारे|को|हैं|है|রা|কে|সব|সবাই|দের|দেরকে|হিসেবে|"
    # A head noun or a herd word may sit between: 외국인 노동자들이 쥐떼, 穆斯林画成一群蝗虫,
    # কালো লোকেরা সব বানর, "kalo lok gula sob chor".
    r"노동자|근로자|사람|놈|一群|一帮|一伙|一堆|一窝|一些|一个个|人们|েরা|েরাও|ের|লোক|"
    r"(?:people|folks?|log|lok|gula|gulo|guli|sab|sob|saare|sare|hain|hai|hote|hoy|ekdom)\b))*\s*$",
    re.IGNORECASE,
)

ELIMINATE = [
    (
        "re:\\b(should|must|need to|ought to|will) be (exterminated|wiped out|eliminated|gassed|"
        "killed|removed|eradicated|deported|hanged|shot)\\b"
    ),
    "re:\\b(exterminate|wipe out|eradicate|kill all|gas) (them|the|all)\\b",
    "皆殺し",
    "몰살",
    "消灭",
    "खत्म कर",
    "নির্মূল",
    "杀光",
    "死光",
    "赶尽杀绝",
    "斩草除根",
    "根絶やし",
    "駆除",
    "박멸",
    "씨를 말려",
    "다 죽여",
    "मार डालो",
    "सफाया",
    (
        "re:\\b(saaf karo|safaya|khatam karo|khatm karo|mar dalo|maar daalo|sesh kore dao|"
        "shesh kore dao|nirmul koro)\\b"
    ),
    "শেষ করে দাও",
    "সাফ করো",
]

HARASSMENT = Lexicon(
    signals=[
        # A private person drawn as an animal for the office to laugh at.
        (
            "re:\\b(draw|drawn|draws|drawing|show|depict)\\w* (my|our|the|that) (new )?(coworker|"
            "co-worker|colleague|boss|receptionist|intern|new hire|classmate|neighbou?r|manager|"
            "fat (girl|guy|kid))s? as (a |an )?(pig|cow|whale|hippo|rat|monkey)s?\\b"
        ),
        "re:(同僚|先輩|後輩|上司|受付の|新人|あの子|デブ)[^。]{0,8}を(豚|ブタ|牛|カバ)(として|に|みたいに)描",
        (
            "re:(동료|신입|팀장|부장|과장|직원|걔|그 여자|그 남자|뚱뚱한)[^.]{0,8}(을|를)? ?"
            "(돼지|하마|소)로 그려"
        ),
        "re:(女孩|男孩|同事|前台|经理|老板|女生|男生|胖子|新人|那个人|他|她)画成(猪|肥猪|狗|猴子)",
        "re:(लड़की|लड़के|सहकर्मी|कलीग|बॉस|मोटी|मोटे)[^।]{0,10}को (सूअर|भैंस|हाथी|बंदर) (बना|जैसा|जैसी)",
        "re:(মেয়েটাকে|ছেলেটাকে|সহকর্মীকে|কলিগকে|বসকে|মোটা)[^।]{0,10}(শুয়োর|শূকর|গরু|হাতি) (বানিয়ে|হিসেবে)",
        # Or their face put on an animal's body.
        (
            "re:\\b(foto|bild) meine[rs]? (kollegin|kollegen|chefin|chefs)\\b[^.!?\\n]{0,30}?"
            "\\b(schwein|kuh|affen?)\\b"
        ),
        (
            "re:\\b(coworker|co-worker|colleague|boss|manager)('s)? face\\b[^.!?\\n]{0,40}?"
            "\\b(pig|cow|monkey|rat|donkey)\\b"
        ),
        "re:(同僚|上司|先輩|部長|課長)[^。]{0,10}顔[^。]{0,10}(豚|ブタ|猿|サル)",
        (
            "re:(동료|팀장|부장|과장|상사|선배)(님)?[^.]{0,6}얼굴[^.]{0,12}(돼지|원숭이)"
            " ?(몸|얼굴)?[^.]{0,3}합성"
        ),
        "re:(同事|领导|老板|经理)[^。]{0,6}(的)?(脸|头)[^。]{0,8}(猪|猴子|狗)(身上|身子)",
        "re:(वाले|सहकर्मी|कलीग|बॉस|जी) का चेहरा (बंदर|सूअर|गधे|भैंस) (पर|पे|के शरीर)",
        "re:(সহকর্মী|কলিগ|বস)(ের|র) মুখ[^।]{0,10}(শুয়োর|বাঁদর|বানর|গাধা)",
        "re:\\byou('re| are) (worthless|pathetic|disgusting|a loser|an idiot|a moron)\\b",
        (
            "re:\\b(he|she|they)('s| is| are) (a )?(worthless|pathetic|disgusting)( pig| loser|"
            " idiot| moron| piece of (shit|garbage))?\\b"
        ),
        "re:\\bworthless (pig|piece|loser|idiot)\\b",
        "re:\\bnobody likes you\\b",
        "re:\\bshut (her|his|your|their) (fucking )?mouth\\b",
        "re:\\b(ugly|fat) (losers?|pigs?|cows?|bitch(es)?)\\b",
        "お前は価値がない",
        "넌 쓸모없어",
        "你一文不值",
        "तुम बेकार हो",
        "তুমি অকেজো",
    ],
)

HARASSMENT_THREAT = [
    "re:\\bi('ll| will) (find|hurt|kill|get|destroy) you\\b",
    "re:\\bi know where you live\\b",
    "re:\\bwe know where you live\\b",
    (
        "re:\\b(sabemos dónde vives|sabemos onde você mora|sappiamo dove abiti|on sait où tu "
        "habites|wir wissen,? wo du wohnst)\\b"
    ),
    "お前の家は知ってる",
    "네 집 알아",
    "知道你住哪",
    "तेरा घर पता है",
    "তোর বাড়ি চিনি",
    "re:\\byou('ll| will) regret (this|it)\\b",
    "re:\\bwatch your back\\b",
    "re:\\byou('re| are) (dead|going to die)\\b",
    "お前を見つけ出す",
    "널 찾아낼 거야",
    "我会找到你",
    "मैं तुम्हें ढूंढ लूंगा",
    "আমি তোমাকে খুঁজে বের করব",
    "re:\\byou('re| are) dead meat\\b",
    "re:\\bi('m| am) (going|gonna) (to )?(kill|hurt|end) you\\b",
    "殺してやる",
    "ぶっ殺す",
    "ぶっ殺してやる",
    "죽여버릴",
    "죽여 버릴",
    "죽일 거야",
    "弄死你",
    "杀了你",
    "宰了你",
    "要你的命",
    "जान से मार दूंगा",
    "मार डालूंगा",
    "তোকে মেরে ফেলব",
    "তোমাকে মেরে ফেলব",
    "খুন করে ফেলব",
]

ILLICIT_VIOLENT = [
    (
        "re:\\b(make|making|build|building|assemble|assembling|construct|constructing)\\w* (a |"
        "an |your own |my own )?(pipe |nail |car |fertili[sz]er |homemade |home-made )?bombs?\\b"
    ),
    "re:\\bbomb[- ]making\\b",
    "re:\\bpipe bombs?\\b",
    # Converting a gun to automatic fire.
    "re:\\bconvert\\w*\\b.{0,40}\\b(full[- ]?auto|fully automatic|automatic fire)\\b",
    "re:\\b(auto ?sears?|glock switch(es)?|lightning links?)\\b",
    "re:\\bsemi-?auto\\w* (to|into) (full[- ]?auto|automatic)\\b",
    (
        "re:\\b(convertir|converter|convertire|umbauen)\\w* .{0,30}"
        "(automátic|automatic|automatisch|full auto)"
    ),
    "re:(フルオート|全自動|連射)に改造",
    "re:(연발|자동 ?사격|자동)으?로 개조",
    "re:改(装|裝)?成(全自动|全自動|连发|連發)",
    "re:फुल ऑटो (बनाने|में बदल)",
    "re:ফুল অটো (বানানো|করা|বানাতে)",
    "re:\\b(molotov cocktails?|ied|ieds)\\b",
    "re:\\b(untraceable|ghost|3d[- ]printed) (guns?|firearms?|pistols?|rifles?)\\b",
    "re:\\bbuy (a |an )?(guns?|firearms?|pistols?|rifles?) illegally\\b",
    "爆弾の作り方",
    "爆弾を作る",
    "爆弾の製造",
    "폭탄 만드는",
    "폭탄을 만드는",
    "폭탄 제조",
    "制造炸弹",
    "制作炸弹",
    "怎么做炸弹",
    "自制炸弹",
    "बम कैसे",
    "बम बनाने",
    "पाइप बम",
    "বোমা বানানো",
    "বোমা বানানোর",
    "বোমা তৈরি",
    "re:(可)?改(装|裝)?(成)?(全自动|全自動|连发|連發)",
]

ILLICIT = [
    (
        "re:\\b(make|making|cook|cooking|synthesi[sz]e|synthesi[sz]ing) (meth|crack|heroin|"
        "fentanyl|lsd)\\b"
    ),
    "re:\\bmeth lab\\b",
    "re:\\bbuy (cocaine|heroin|meth|fentanyl)\\b",
    "re:\\bhow to (hotwire|shoplift|launder money)\\b",
    "覚醒剤の作り方",
    "마약 제조",
    "필로폰 제조",
    "制毒",
    "冰毒的制作",
    "ड्रग्स बनाने",
    "মাদক তৈরি",
]


@dataclass(frozen=True)
class _Compiled:
    signals: _Lexemes | None
    guards: _Lexemes | None
    # A group word under "forbidden" is the exclusion itself ("外国人严禁入内"), not a thing
    # ruled out: group lists do not read prohibitions as negations.
    prohibits: bool = True

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Compiled:
        return cls(_compile(lexicon.signals), _compile(lexicon.guards))

    def hits(self, text: str) -> list[str]:
        return [text[m.start() : m.end()] for m in self.finditer(text)]

    def finditer(self, text: str) -> list[re.Match[str]]:
        if self.signals is None:
            return []
        guarded = [m.span() for m in self.guards.finditer(text)] if self.guards else []
        return [
            m
            for m in self.signals.finditer(text)
            if not any(a <= m.start() and m.end() <= b for a, b in guarded)
            and not negated(text, m.start(), m.end())
            and not (self.prohibits and prohibited(text, m.start(), m.end()))
        ]


# What a brief rules out is not what it asks for: "no gore", "without blood", "血なし",
# "피 없이", "不要血腥", "खून के बिना", "রক্ত ছাড়া". A negation counts just before the
# signal (one word may sit between, or the rest of a list closed by "or": "no weapons,
# blood or gore"; 任何 "any": 不要任何血腥) or, in the languages that put it after, just after.
# "Nothing that looks like the kill floor" rules out a likeness; 别有任何'免证件' a quoted word.
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:no|not|non|without|zero|never|avoid(?:ing)?|nothing|free of|minus|nobody)[\s-]+"
    r"(?:[\w'-]+\s+|(?:[\w'-]+,\s+){0,3}[\w'-]+,?\s+(?:or|nor)\s+|"
    # What no one in the picture undergoes: "no animal being slaughtered", "nobody getting
    # stabbed", "no one in it is killed".
    r"(?:[\w'-]+\s+){0,3}(?:being|getting|gets|is|are|was|were)\s+)?|"
    r"\bnothing (?:that |which )?(?:looks?|feels?|reads?|hints?|seems?|smacks?) (?:like|at|of) "
    r"(?:a |an |the )?(?:[\w'-]+\s+)?|"
    # "Don't include the helpline", "do not show any blood": left out, whatever the article.
    r"\b(?:don'?t|do not|never) (?:include|add|put|show|mention|print|use)(?: in)?\s+"
    r"(?:the\s+|any\s+|an?\s+|our\s+)?|(?:不要|不含|没有|沒有|无|無|避免|禁止|别|別|不带|不帶)"
    r"\s*(?:有|出现|出現)?\s*(?:任何|一点|一點|半点|半點)?\s*['\"“「『]?|"
    # Chinese needs no spaces: after a whole word of refusal a word or a list may sit between
    # within the clause (不要出现动物尸体和血), but not a blur or a cartoon, which is what is
    # refused (不要打码的尸体). A lone 无 is part of a word: 无头尸体 is a headless body.
    # A refusal of the drawing itself: 不画尸体也不画血, 不拍伤口, 别放血迹.
    r"(?:不要|不含|没有|沒有|避免|禁止|不带|不帶|不能|不可以|不画|不畫|不拍|不放|不加|别画|別畫|"
    r"别放|別放|别拍|別拍)\s*(?:有|出现|出現)?"
    r"(?:[^\s，。、；,;!?！？\n打码碼模糊马馬赛賽克遮怕停假卡通只]{0,6}(?:和|与|與|、|或|及|跟|以及))?"
    r"[^\s，。、；,;!?！？\n打码碼模糊马馬赛賽克遮怕停假卡通只的]{0,4}|बिना\s+)$"
)
# After the signal a short "and such depictions" may sit before the negation: 流血などの表現は
# なしで, 유혈 같은 표현은 없이, खून जैसा कुछ नहीं, রক্ত বা এরকম কিছু ছাড়া.
_NEGATED_AFTER = re.compile(
    r"^(?:-?free\b|"
    # A list closed by its ruling-out, the thing first in it: 血、死体、傷は一切出さない,
    # 피, 시체, 상처는 절대 안 나오게, "खून, लाश या घाव कुछ भी नहीं", "রক্ত, লাশ কিছুই দেখানো যাবে না",
    # and a help line the client leaves out: 相談窓口の案内は入れないで, হেল্পলাইন দিতে চায় না.
    r"(?:[、，,・]\s*[^\s、。，,\n]{1,8}){0,4}(?:など|等|とか)?(?:の[^\s、。，,\n]{0,4})?[はも]?"
    r"(?:一切|絶対に?|全く|まったく|全然)?(?:出さない|出さず|見せない|見せず|描かない|描かず|"
    r"映さない|写さない|入れない|入れず|載せない|載せず|書かない|いらない|要らない)|"
    # An item may be two words (자해 장면, 상처 묘사는 넣지 말 것).
    r"(?:\s[가-힣]{1,8})?(?:,\s*[가-힣]{1,8}(?:\s[가-힣]{1,8})?){0,4}(?:은|는|이나|나|도)?\s?"
    r"(?:절대|일절|전혀)?\s?(?:안 ?(?:나오|보이|"
    r"넣|그리)|"
    r"넣지 ?(?:마|말|않)|보이지 ?(?:않|말)|나오지 ?(?:않|말)|그리지 ?(?:마|말|않)|없게)|"
    r"(?:\s*,\s*[^\s,।]+){0,4}(?:\s+(?:या|और)\s+[^\s,।]+)?\s+(?:कुछ भी\s+|बिल्कुल\s+|बिलकुल\s+)?"
    r"(?:(?:नहीं|मत)\s+(?:दिखा|डाल|लिख|दे|चाहिए|रख)|नहीं(?=$|[\s।.,!?;)'\"’”]))|"
    r"(?:\s+\S+)?\s+(?:मत|न)\s+(?:डाल|लिख|दे|दिखा)|"
    r"(?:\s*,\s*[^\s,।]+){0,4}(?:\s+(?:বা|আর|ও)\s+[^\s,।]+)?\s*(?:কিছুই\s+|একদম\s+)?"
    r"(?:দেখানো যাবে না|দেখাবেন না|দেখাবে না|থাকবে না|রাখবেন না|রাখা যাবে না|চাই না|"
    # A list closed by নয় or নেই rules out each item: "রক্ত বা লাশ নয়", "রক্ত, অস্ত্র নেই".
    r"(?:নয়|নেই)(?=$|[\s।.,!?;)'\"’”]))|"
    r"(?:\s+\S+)?\s+(?:দিতে|দেওয়া|রাখতে|দেখাতে)\s+(?:চায় না|চাই না|যাবে না|চান না)|"
    r"(?:,\s*[a-z-]+){0,4}(?:,?\s+(?:ya|aur|ba|ar|o)\s+[a-z-]+)?\s+(?:kuch|kuchh|kichu|"
    r"kichui)(?:\s+bhi)?\s+(?:nahi|nahin|mat|na|dekhano jabe na|dekhabe na|dekhaben na)\b|"
    r"(?:\s+[a-z]+)?\s+(?:dite|dewa|deya|rakhte)\s+(?:chay|chai|chan|jabe)\s+na\b|"
    r"(?:\s+[a-z]+)?\s+(?:mat|nahi|nahin)\s+(?:daal|dal|likh|de|dikha)\w*|\s*(?:(?:など|等|とか)?の?(?:表現|描写|シーン|要素)?(?=は|も))?"
    r"(?:なし|無し|抜き|[はも]一?切?(?:なし|無し|不要|禁止|避けて|控え|NG|ng)|を避け|"
    r"(?:같은|등의?) ?(?:표현|묘사|장면|요소)?(?:은|는)? ?(?:없이|없는|금지|제외|빼)|없이|없는|"
    r"은 ?없|는 ?없|금지|(?:जैसा कुछ\s+|आदि\s+)?(?:के\s+)?बिना|(?:जैसा कुछ\s+)?नहीं|"
    r"(?:বা এরকম কিছু\s+|জাতীয় কিছু\s+)?(?:ছাড়া|বাদে|নেই|বাদ))|"
    # Banglish puts it after the verb: "kono rokto ba gore dekhabe na" (show no blood or gore),
    # or after "not at all": "rokto ekdom na"; romanised Hindi "bilkul nahi".
    r"\s+(?:dekha(?:be|bo|ben|no)|thakbe|rakhbe|chai)\s+na\b|"
    r"\s+(?:ekdom|ekdam|akdom|ekebare|ekebarei)\s+(?:na|nai|nei)\b|"
    r"\s+(?:একদম|একেবারে|একেবারেই)\s+(?:না|নেই|নয়)|"
    r"\s+(?:bilkul|zara bhi|jara bhi)\s+(?:nahi|nahin|nai|na)\b|"
    # Romanised Hindi closes a list with it: "koi blood ya gore nahi" (no blood or gore).
    r"(?:\s+(?:ya|aur|ba|ar|o)\s+[\w-]+)?\s+(?:(?:bilkul|ekdom|ekdam|"
    r"ekebarei?)\s+)?(?:nahi|nahin|noy|nei)\b|"
    # Korean leaves a thing out with 빼다 after its particle, a list joined by 나/랑 before:
    # "피나 시체는 빼고" (leave out blood and bodies), "상담전화 문구는 빼 달래요".
    r"(?:(?:이?나|랑|이랑|하고|와|과)?\s?[가-힣]{0,4})?[은는을를]\s?(?:빼(?:고|\s?주|\s?줘|\s?달|서|요|야)|제외)|"
    # "Not this one but...", said after the thing: 빈 약통 말고, 空の薬瓶じゃなくて, 空药瓶不要,
    # खाली शीशी वाली नहीं, খালি শিশিটা না, "khali bottle wali nahi", "khali botol ta na".
    r"[가-힣\s]{0,10}?\s?말고|(?:の|なの)?[^\s、。]{0,6}?(?:じゃなくて|じゃなく|ではなくて|ではなく)|"
    r"[^，。,\s]{0,4}?(?:就)?不要(?=[，。,.！!\s]|$)|(?:\s+\S+){0,2}\s+(?:वाली|वाला|वाले)\s+(?:नहीं|ना)|"
    r"(?:\s+\S+?)?(?:টা|টি|গুলো)\s+(?:না|নয়)(?!\S)|"
    r"(?:\s+\w+){0,2}\s+(?:wali|wala|wale)\s+(?:nahi|nahin|na)\b|(?:\s+\w+)?\s+(?:ta|ti|gulo)\s+(?:na|noy)\b)"
)


# A bullet or a ticket field is a clause of its own: a "no" that closes one line does not
# reach into the next, nor across a spaced dash that parts two notes on one line.
_CLAUSE_BREAK = re.compile(r"\n|\s[-–—]\s")
# A line whose field names what to leave out ("Avoid:", "Don'ts:", NG：, 禁止：, 금지:,
# "नहीं चाहिए:", "বাদ দিন:"), or a bullet listed under one, rules out all it names.
_BULLET = re.compile(r"[ \t]*(?:[-*•・●▪]|\d+[.)])[ \t]*")
_LEAVE_OUT_FIELD = re.compile(
    r"[ \t]*(?:[-*•・●▪][ \t]*)?[【\[(（]?(?:avoid|don'?ts?|do not (?:show|include|use)|"
    r"no[- ]?gos?|"
    r"not wanted|exclude|never|must not|ng|ng(?:事項|ワード)?|禁止(?:事項)?|避けること|"
    r"入れないもの|不要|避免|禁止出现|不要出现|금지(?: ?사항)?|제외|피할 ?것|넣지 ?말 ?것|"
    r"(?:ye )?nahi chahiye|mat dikhana|avoid karo|नहीं चाहिए|मत दिखाएं|मत दिखाना|बचें|"
    r"বাদ(?: দিন)?|দেখাবেন না|চাই না|(?:eta )?chai na|rakhben na|dekhaben na)(?:[】\])）]\s*[:：]?|"
    r"\s*[:：])"
)


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    before = text[max(0, start - 40) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    after = text[end : end + 72]
    stop = _CLAUSE_BREAK.search(after)
    return before, after[: stop.start()] if stop else after


def _under_leave_out_field(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if _LEAVE_OUT_FIELD.match(text, line_start):
        return True
    if not _BULLET.match(text, line_start):
        return False
    # Up past the bullets of the same list to the field that heads them.
    while line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        if not _BULLET.match(line) or _LEAVE_OUT_FIELD.match(line):
            return bool(_LEAVE_OUT_FIELD.match(line)) and line.rstrip().endswith((":", "："))
        line_start = above
    return False


# 不 alone is "not" before a showing (不露点, 不裸露), but "not wearing" (不穿) is nudity itself.
_NOT_SHOWING = re.compile(r"(?:不|别|別|勿|不能|不可)\s*$")
_SHOWING = re.compile(r"露|裸露|暴露|曝光")


# "Leave the helpline number off", "skip the helpline": English leaves a thing out around it.
_LEAVE_BEFORE = re.compile(
    r"\b(?:leave|leaving|keep|keeping|take|taking)\s+(?:the\s+|any\s+|our\s+)?$"
)
_LEAVE_AFTER = re.compile(r"^(?:\s+[\w-]+){0,2}\s+(?:off|out)\b")
_SKIP_BEFORE = re.compile(r"\b(?:skip|skipping|omit|omitting|ditch|ditching)\s+(?:the\s+|any\s+)?$")


# "Any … not" frames what it rules out in Hindi and Bengali, the signal inside it or said
# just before it: "koi gore ya hathiyar ka close-up nahi", "आत्महत्या या खुद को चोट पहुँचाने का कोई
# दृश्य, तरीका या घाव बिल्कुल न दिखाएँ", "কোনো রক্ত বা অস্ত্র দেখানো যাবে না". Only within the
# sentence, and the part before "any" holds no comma (an item of its own is asked for).
_ANY_WORD = r"(?:\bkoi(?: bhi)?|\bkisi(?: bhi)?|\bkono|कोई(?: भी)?|किसी(?: भी)?|কোনো|কোনও|কোন)"
_ANY_NOT = (
    r"\s+(?:bilkul\s+|ekdom\s+|बिल्कुल\s+|बिलकुल\s+|একদম\s+)?"
    r"(?:nahi|nahin|mat|na|नहीं|मत|न|না|নয়|নেই|দেখানো যাবে না)(?=$|\s|[।.,!?)])"
)
_ANY_BEFORE = re.compile(_ANY_WORD + r"\s+(?:[^\s।.!?]+\s+){0,3}$")
_ANY_THEN_NOT = re.compile(r"^[^\s,।.!?]*(?:\s+[^\s।.!?]+){0,6}?" + _ANY_NOT)
# An order between the signal and "any" asks for the signal: "लाश दिखाओ और कोई टेक्स्ट न डालो".
_ORDER_WORD = (
    r"(?![^\s,।.!?]*(?:ाओ|ाएँ|ाएं|ाइए|िए|ें|करो|रखो|दो|লাও|াও|ান|ুন)(?=\s))"
    r"(?!(?:\w*ao|do|karo|rakho|dena|daalo|dalo|dao|koro|rakho|din|korun)\b)"
)
_NOT_AFTER_ANY = re.compile(
    r"^(?:\s+"
    + _ORDER_WORD
    + r"[^\s,।.!?]+){0,7}?\s+"
    + _ANY_WORD
    + r"(?:\s+[^\s।.!?]+){1,6}?"
    + _ANY_NOT
)


def negated(text: str, start: int, end: int) -> bool:
    """Whether the signal at ``text[start:end]`` is ruled out rather than asked for."""
    before, after = _clause_around(text, start, end)
    return bool(
        negative_prompt.inside(text, start)
        or _NEGATED_BEFORE.search(before)
        or _NEGATED_AFTER.match(after)
        or _SKIP_BEFORE.search(before)
        or (_LEAVE_BEFORE.search(before) and _LEAVE_AFTER.match(after))
        or (_SHOWING.match(text, start) and _NOT_SHOWING.search(before))
        or _under_leave_out_field(text, start)
        or (_ANY_BEFORE.search(before) is not None and _ANY_THEN_NOT.match(after) is not None)
        or _NOT_AFTER_ANY.match(after) is not None
    )


# A notice forbids the act it names: 严禁出售枪支, 銃の販売は厳禁, 총기 판매 금지,
# "बंदूक बेचना सख्त मना है", "অস্ত্র বিক্রি নিষিদ্ধ", "selling guns is strictly prohibited". The
# verb may sit between the prohibition and the thing.
_PROHIBITED_BEFORE = re.compile(
    r"(?:严禁|嚴禁|严格禁止|嚴格禁止|禁止|厳禁)[^，。！？、,.!?\s]{0,4}$"
)
_PROHIBITED_AFTER = re.compile(
    r"^(?:[^。、，,！？\n]{0,8}?(?:厳禁|严禁|嚴禁|禁止|엄금|금지)|"
    r"[^।!?\n]{0,16}?(?:सख्त|सख़्त|सख़्ती से)?\s*(?:मना|वर्जित|निषेध|निषिद्ध)|"
    r"[^।!?\n]{0,16}?(?:নিষিদ্ধ|নিষেধ|বারণ)|"
    r"[^.!?\n]{0,16}?\b(?:sakht\s+|sakhti se\s+)?(?:mana hai|varjit|nishedh|nished|"
    r"nishiddho|nishiddh)\b|"
    r"(?:\s+(?:is|are))?\s+(?:strictly\s+)?(?:prohibited|forbidden)\b)"
)


def prohibited(text: str, start: int, end: int) -> bool:
    """Whether a prohibition notice forbids the act at ``text[start:end]``."""
    return bool(
        _PROHIBITED_BEFORE.search(text[max(0, start - 12) : start])
        or _PROHIBITED_AFTER.match(text[end : end + 24])
    )


def _plain(entries: Sequence[str]) -> _Compiled:
    return _Compiled(_compile(entries), None)


def _group_list(entries: Sequence[str]) -> _Compiled:
    return _Compiled(_compile(entries), None, prohibits=False)


_VIOLENCE = _Compiled.of(VIOLENCE)
_GRAPHIC = _Compiled.of(VIOLENCE_GRAPHIC)
_SELF_HARM = _Compiled.of(SELF_HARM)
_INTENT = _Compiled(_compile(SELF_HARM_INTENT), _compile(VOICED_WISH))
_HOW_TO = _plain(HOW_TO)
_SEXUAL = _Compiled.of(SEXUAL)
_SEXUALISING = _plain(SEXUALISING)
# Legs spread or apart: a split, a stretch, a butterfly pose in a children's class, unless a
# skirt or a coy look goes with it ("in a short skirt, legs apart, winking").
LEGS_OPEN = [
    "re:\\blegs (spread|apart|wide open)\\b|\\bspread(s|ing)? (her|his|their) legs\\b",
    "re:(脚|足)を(開い|広げ)", "re:다리(를)? ?벌리", "re:(张开|叉开|分开)(双腿|腿)",
    "re:\\b(taange|tangein|taangein|pair) (khol|faila)\\w*", "re:(टांगें|टाँगें|पैर) (खोल|फैला)",
    "re:\\bpa (fak|faak|fank)\\w*", "পা ফাঁক",
]  # fmt: skip
SKIRT_OR_COY = [
    "re:\\b(skirts?|miniskirts?|frocks?|wink\\w*|pout\\w*|bit(es|ing) (her|his) lips?)\\b",
    "スカート", "ウインク", "ウィンク", "치마", "스커트", "윙크", "裙", "眨眼", "抛媚眼",
    "स्कर्ट", "फ्रॉक", "आँख मार", "re:\\b(aankh|ankh) maar\\w*", "স্কার্ট", "ফ্রক", "চোখ মার",
    "re:\\b(chokh) mar\\w*",
]  # fmt: skip
_LEGS_OPEN = _plain(LEGS_OPEN)
_SKIRT_OR_COY = _plain(SKIRT_OR_COY)
_MINORS = _Compiled.of(Lexicon([*MINORS, *MINOR_WORDS], MINOR_AGE_OF_THINGS))
_SCHOOL_STAGE = _Compiled.of(Lexicon(SCHOOL_STAGE, MINOR_AGE_OF_THINGS))
_MINOR_AGE = _plain(MINOR_AGE)
_CHILD_SEXUAL = _plain(CHILD_SEXUAL)
_TOWEL_ONLY = _plain(TOWEL_ONLY)
_SHOWER_SCENE = _plain(SHOWER_SCENE)
_HATE = _Compiled.of(HATE)
_ELIMINATE = _plain(ELIMINATE)
_GROUPS = _group_list(GROUPS)
_DEROGATION = _plain(DEROGATION)
_DEROGATION_NOUNS = _plain(DEROGATION_NOUNS)
# "0.1 mm" is one sentence: a point between digits ends none.
_SENTENCE = re.compile(r"(?:[^.!?\n。！？।]|(?<=\d)\.(?=\d))+")


# Counter-speech quotes the slur to fight it: "debunking the myth that immigrants are
# criminals", "stop saying refugees are vermin", 差別をなくそう.
COUNTER_SPEECH = [
    # Only words that name the prejudice itself: "stop" or "against" would let "refugees
    # are vermin, stop them" through.
    "re:\\b(myths?|debunk\\w*|stereotypes?|prejudices?|racism|bigotry|hate speech|"
    "anti-(racism|racist|hate|discrimination)|not true)\\b",
    "re:\\bdiscriminat\\w*\\b",
    # A fair-housing or equal-service notice names the groups it protects.
    "re:\\b(fair[- ]housing|equal (housing|opportunity|access|treatment)|regardless of|"
    "against the law|everyone is welcome|all are welcome)\\b",
    "偏見", "差別", "편견", "차별", "偏见", "歧视", "地域黑", "पूर्वाग्रह", "भेदभाव", "কুসংস্কার",
    "বৈষম্য",
]  # fmt: skip
_COUNTER_SPEECH = _plain(COUNTER_SPEECH)
EXHIBIT = [
    (
        "re:\\b(museums?|exhibits?|exhibitions?|gallery panels?|history (panel|lesson|class|"
        "exhibit|module|textbook)s?|holocaust (memorial|education|museum)|memorial (museum|"
        "centre|center)|archive|sangrahalay|sangrohosala|jadughar|prodorshoni|pradarshani)\\b"
    ),
    "博物館", "資料館", "記念館", "展示", "歴史の授業", "박물관", "기념관", "전시", "역사 수업",
    "博物馆", "纪念馆", "紀念館", "展览", "展覽", "展板", "历史课", "संग्रहालय", "प्रदर्शनी",
    "इतिहास की कक्षा", "জাদুঘর", "প্রদর্শনী", "ইতিহাসের ক্লাস",
]  # fmt: skip
# Propaganda said to have drawn them so, in the past tense: what is described, not asked for.
PAST_PROPAGANDA = [
    (
        "re:\\b(propaganda|posters?|cartoons?|caricatures?|newspapers?|films?)\\b[^.!?\\n]{0,40}"
        "\\b(drew|depicted|portrayed|showed|painted|cast|likened|dehumani[sz]ed|used to (draw|"
        "depict|show|portray))\\b|\\b(propaganda|prachar) (ne|mein) [^.!?\\n]{0,30}"
        "(dikhaya (tha|gaya)|banaya tha)|\\bpropaganda(y|te) [^.!?\\n]{0,30}(dekhano|anka) "
        "(hoyechhilo|hoyechilo|hoto)\\b"
    ),
    "re:(プロパガンダ|宣伝ポスター|風刺画)[^。]{0,30}(描いた|描かれた|描いていた|例え|なぞらえ)",
    "re:(선전물|선전|프로파간다|포스터)[^.!?\\n]{0,30}(묘사했|그렸|그려졌|비유했|묘사된|묘사한)",
    "re:(宣传画|宣傳畫|宣传|宣傳|漫画|漫畫)[^。！？]{0,20}(曾|曾经|曾經)?(描绘成|描繪成|画成|畫成|丑化|醜化|比作)",
    "re:(प्रचार|प्रोपेगैंडा|प्रोपगैंडा)[^।]{0,40}(दिखाया (था|गया)|चित्रित किया|बनाया था)",
    "re:(প্রোপাগান্ডা|প্রচারণা|প্রচার)[^।]{0,40}(দেখানো (হয়েছিল|হত)|আঁকা (হয়েছিল|হত)|দেখিয়েছিল)",
]  # fmt: skip
_EXHIBIT = _plain(EXHIBIT)
_PAST_PROPAGANDA = _plain(PAST_PROPAGANDA)
# A religion, a caste or an ethnicity called the enemy or traitors, and calls to deny them
# the vote, a home, a job or entry: "হিন্দুরা এই দেশের শত্রু, ওদের ভোট দিতে দেবেন না".
GROUP_ENEMY = [
    (
        "re:\\b(are|=) (the |our |this country's |the nation's |the real )?(enem(y|ies)"
        "|traitors)\\b|"
        "\\benem(y|ies) of (the|this|our) (country|nation|state|motherland)\\b"
    ),
    "re:(国|日本|社会|国民|国家)の敵|裏切り者|売国奴",
    "re:(나라|국가|우리나라|사회|국민|민족)의 ?적|매국노|배신자",
    "re:(国家|人民|民族|社会|祖国)的(敌人|公敌)|叛徒|内奸|是敌人",
    "re:(देश|राष्ट्र|समाज|मुल्क|वतन) (के|का) (दुश्मन|गद्दार|शत्रु)|(दुश्मन|गद्दार) हैं",
    (
        "re:\\b(desh|desher|jatir|samaj|mulk|watan) (ke |ka |er )?(dushman|dushmun|gaddar|shatru"
        "|shotru)\\b|\\b(dushman|gaddar) hain\\b"
    ),
    "re:(দেশের|জাতির|সমাজের|রাষ্ট্রের) (শত্রু|দুশমন|গাদ্দার)|বিশ্বাসঘাতক|দেশদ্রোহী",
    (
        "re:\\b(sob|sab|saare|sare|sabhi) (gaddar|goddar|dushman|shotru|shatru|deshdrohi|"
        "deshodrohi)\\b"
    ),
]  # fmt: skip
DENY_RIGHTS = [
    (
        "re:\\b(don't|do not|never|must not|mustn't|shouldn't|should not) (let|allow) (them"
        "|those people|"
        "any of them)( to)? (vote|work here|live here|rent|buy|enter|in)\\b|\\b(ban|bar|stop"
        "|strip) "
        "(them|those people)( from)? (voting|the vote|working|renting|entering)\\b|\\b(should"
        "|must) "
        "not (be allowed to )?(vote|work|rent|live here)\\b|\\bno (vote|votes|jobs|homes|houses|"
        "housing|entry) for (them|those people)\\b"
    ),
    "re:(投票|選挙)(させるな|に行かせるな|させてはいけない)|選挙権を(奪え|与えるな|取り上げろ)|(雇うな|住ませるな|入れるな|家を貸すな)",
    (
        "re:투표(하지 ?못하게|를? ?못 ?하게|시키지 ?마|권을 ?(빼앗|박탈))|"
        "(고용하지 ?마|채용하지 ?마|집(을)? ?(주지|빌려주지) ?마|들이지 ?마)"
    ),
    "re:(不(能|准|许|让)|别让|不要让)(他们)?(投票|选举)|剥夺(他们的?)?(选举权|投票权)|(不|别)(雇|租给|让他们进)",
    (
        "re:वोट (न|नहीं|मत) (देने दो|डालने दो|देने दें|डालने दें)|वोट (देने|डालने) (न|नहीं|मत) (दें"
        "|दो|देंगे)|(नौकरी|मकान|घर) (मत|न|नहीं) (दो|दें|देंगे)"
    ),
    (
        "re:\\bvote (na|nahi|nahin|mat) (dene|dalne) (do|dein|denge)\\b|\\bvote (dene|dalne) (na"
        "|nahi|mat) (do|dein|denge)\\b|\\b(naukri|makaan|ghar) (mat|na|nahi) (do|dein|denge)\\b"
    ),
    (
        "re:ভোট দিতে (দেবেন না|দিও না|দেওয়া যাবে না|দেব না|দিবেন না)|ভোটাধিকার (কেড়ে|বাতিল)|"
        "(চাকরি|বাড়ি ভাড়া|ঘর) (দেবেন না|দিও না|দেব না)"
    ),
    (
        "re:\\bvote dite (diben na|deben na|dio na|debo na)\\b|\\b(chakri|bari bhara|ghor) "
        "(diben na|deben na|dio na)\\b"
    ),
    (
        "re:\\b(naukri|nokri|makaan|makan|ghar|flat|kamra|room|dukaan|dukan) (mat|na|nahi|"
        "nahin) (do|dein|denge|dena)\\b|\\b(chakri|kaj|bari|basa|bari bhara|basa bhara|ghor|flat|"
        "dokan) (diben na|deben na|dio na|debo na|deya hobe na|dewa hobe na)\\b"
    ),
    (
        "re:(চাকরি|কাজ|বাসা ভাড়া|বাড়ি ভাড়া|ভাড়া|বাসা|বাড়ি|ঘর|ফ্ল্যাট|দোকান) (দেবেন না|দিবেন না|"
        "দিও না|দেব না|দেবো না|দেওয়া হবে না|দেয়া হবে না)"
    ),
    "re:(部屋|家|仕事)を(貸すな|貸さない|与えるな|やるな|与えない)",
    "re:(জমি|বাড়ি|ঘর) কেড়ে (নাও|নিন)", "re:(ज़मीन|जमीन|घर) (छीन लो|छीनो)",
]  # fmt: skip
CASTES = [
    # Those called low-born, by any name: a caste told only by rank.
    (
        "re:\\b(low[- ]caste|lower[- ]castes?|chhotojaat|chhoto jaat|choto jaat|chhoti jaat|"
        "neech jaat|nichi jaat|nichu jaat|nichu jat)\\b"
    ),
    "छोटी जात", "नीची जात", "नीच जात", "নিচু জাত", "ছোট জাত", "ছোটজাত", "천민", "贱民", "低种姓",
    "re:\\b(muslim|musolman|musalman|hindu|dalit|christian|sikh) (ar|aur|o|or|and|ba|ya)\\b",
    "re:\\b(dalits|brahmins|jains|parsis|adivasis|yadavs|tamils|biharis|bengalis|marwaris|ahmadis|shias|sunnis)\\b",
    (
        "re:\\b(hindu|muslim|musolman|musalman|christian|khristan|khrishtan|boudho|bouddho|sikh|isai|"
        "dalit|ahmadiyya|ahmadi)( ?ra| log| der| ke log| sampraday| samaj)\\b"
    ),
    "ब्राह्मण",
    "जैन",
    "पारसी",
    "অহমদিয়া",
    "আহমদিয়া",
    "ব্রাহ্মণ",
    "দলিত",
    "ユダヤ教徒",
    "キリスト教徒",
    "ヒンドゥー教徒",
    "기독교인", "힌두교도", "불교도", "基督徒", "印度教徒", "佛教徒",
    # Dalit said of one person, and in the scripts that borrow the word.
    "re:\\bdalit\\b", "ダリット", "不可触民", "달리트", "불가촉천민", "达利特", "不可接触者",
    "दलित",
    "অচ্ছুৎ", "মেথর", "re:\\b(methor|mether|dom|chamar|bhangi)\\b",
    # A tribe or an indigenous people by its own name or as "tribals".
    (
        "re:\\b(tribals|tribal people|tribes ?people|adivasi|adibashi|adibasi|santhals?|santals?|"
        "saontal|sautal|mundas|oraons|gonds|bhils|nagas|khasis|ainu|first nations|inuit|"
        "maoris?)\\b"
    ),
    "先住民", "アイヌ", "원주민", "부족민", "原住民", "少数民族", "土著",
    "आदिवासी", "संथाल", "जनजाति", "আদিবাসী", "সাঁওতাল", "উপজাতি",
]  # fmt: skip
_GROUP_ENEMY = _plain(GROUP_ENEMY)
# A group called thieves, criminals, vermin or dirty by nature, or shown stealing: "born
# thieves", 天生就是小偷, 泥棒ばかり, 다 도둑, "sab chor hain", চোরের জাত.
GROUP_CRIME = [
    (
        "re:\\b(thie(f|ves)|thieving|criminals?|crooks?|robbers?|looters?|shoplifters?|"
        "pickpockets?|gangsters?|thugs|vermin|rats|cockroaches|parasites|"
        "steal(s|ing)?|stole|rob(s|bing)?|loot(s|ing)?)\\b"
        "(?! (the show|the spotlight|hearts?|the look|a glance|a kiss|deals?|the scene))"
    ),
    # Dirt said of the people, not the mud on a camp day or a dish called dirty rice.
    "re:\\b(are|is|all|so|as|always|look|looking|drawn|shown) (dirty|filthy|diseased)\\b",
    "re:\\b(dirty|filthy|diseased) (people|animals|vermin|lot|breed|race)\\b",
    "泥棒", "盗人", "犯罪者", "ゴキブリ", "害虫", "ネズミ",
    "盗む", "盗んで", "盗み",
    "도둑", "범죄자", "re:범죄 ?집단", "바퀴벌레", "기생충", "해충", "훔치", "훔쳐",
    "小偷", "贼", "賊", "罪犯", "犯罪分子", "强盗", "蟑螂", "害虫", "寄生虫",
    "偷吃", "偷东西", "偷走",
    "re:\\b(chor|chori|chhor|chori kar\\w*|churi|churi kor\\w*|apradhi|oporadhi|dakat|"
    "dakait|lutere|keede|kide|tilchatta|gande log|nongra)\\b",
    "चोर", "चोरी", "अपराधी", "लुटेरे", "डकैत", "कीड़े", "कॉकरोच",
    "চোর", "চুরি", "অপরাধী", "ডাকাত", "লুটেরা", "তেলাপোকা", "পোকামাকড়",
    "훔친", "훔칠", "re:일자리(를|을)? ?(뺏|빼앗|훔)",
    # Called a terror group or a gang: 테러 집단, テロ集団, 恐怖组织, आतंकी संगठन.
    "re:\\b(terror|terrorist) (groups?|gangs?|cults?|organi[sz]ations?)\\b",
    "re:테러 ?(집단|단체|조직)", "re:テロ(集団|組織)", "恐怖组织", "re:आतंकी (संगठन|गिरोह)",
    "re:জঙ্গি (গোষ্ঠী|সংগঠন)",
    "re:\\b(nick(s|ing)?|pinch(es|ing)?) (stuff|things|everything|anything|our \\w+)\\b",
]  # fmt: skip
# The group kept from opening a shop, living in an area, a job, entry or the vote: "can't
# open shops here", この地域に住ませない, 가게를 못 열게, 不准在这里开店, दुकान नहीं खोल सकते.
SHUT_OUT = [
    (
        "re:\\b(can't|cannot|can not|won't be allowed to|will not be allowed to|not allowed to|"
        "must not|mustn't|may not|shall not|are barred from|banned from|barred from|kept from|"
        "stop(ped)? from)( ever)? (open(ing)?|run(ning)?|own(ing)?|rent(ing)?|buy(ing)?|live|"
        "living|settl(e|ing)|work(ing)?|trad(e|ing)|vot(e|ing)|enter(ing)?|set(ting)? up)\\b"
    ),
    "re:\\b(no|ban on) (shops|businesses|homes|housing|jobs|entry|votes?) for\\b",
    "re:(店を|商売を|家を)?(出させない|開かせない|開くな|出すな|持たせない|させるな)",
    "re:(住ませない|住ませるな|住むな|住まわせない|入れさせない|働かせない|雇わない)",
    "re:(가게|장사|사업)[^.!?\\n]{0,6}(못 ?하게|못 ?열게|열 ?수 ?없|금지)",
    "re:(살지 ?못하게|살 ?수 ?없게|못 ?살게|발 ?못 ?붙이게|취업 ?금지|들어오지 ?못하게)",
    "re:(不准|不许|不让|不能|禁止|不得)[^。！？\\n]{0,10}(开店|开铺|做生意|经商|住|居住|租房|买房|工作|入境|投票|进入)",
    "re:(दुकान|कारोबार|धंधा|व्यापार)[^।\\n]{0,8}(नहीं|न|मत) (खोल|खुल|चला|कर) (सकते|सकेंगे|पाएंगे|पाएँगे|दो|देंगे)",
    "re:(रह|बस|काम कर|वोट डाल) (नहीं|न) (सकते|सकेंगे|पाएंगे|पाएँगे|देंगे)",
    "re:(रहने|बसने|काम करने) (नहीं|न|मत) (देंगे|दो|दें)",
    "re:(দোকান|ব্যবসা)[^।\\n]{0,8}(খুলতে|চালাতে|করতে) (পারবে না|পারবেন না|দেওয়া হবে না|দেবো না|দেব না)",
    "re:(থাকতে|বাস করতে|কাজ করতে|ঢুকতে|ভোট দিতে) (পারবে না|পারবেন না|দেওয়া হবে না|দেবো না|দেব না)",
    (
        "re:\\b(dukaan|dukan|dokan|byabsa|byabsha|business|dhandha)\\b[^.!?\\n]{0,10}?\\b(nahi|na|"
        "mat) ?(khol|chala|kar)\\w* ?(sakte|sakenge|payenge|denge)?\\b|\\b(dokan|byabsa|business)"
        "\\b[^.!?\\n]{0,10}?\\b(khulte|chalate|korte) (parbe na|parben na|deya hobe na|debo na)\\b"
    ),
    (
        "re:\\b(reh|rah|bas|kaam kar) (nahi|nahin|na) (sakte|sakenge|payenge)\\b|\\b(thakte|bash "
        "korte|kaj korte|dhukte) (parbe na|parben na|deya hobe na|debo na)\\b"
    ),
    # Not "आने न दें" alone: कोई कमी आने नहीं देंगे is a promise. Coming in, to a place.
    "re:(घुसने|ढुकने|बैठने|रहने|बसने) (मत|न|नहीं) (दो|दें|देंगे|दिया जाएगा)",
    (
        "re:(दुकान|मंदिर|घर|सोसाइटी|मोहल्ले|कॉलोनी|गांव|ऑफिस|इलाके) में (आने|घुसने) (मत|न|नहीं) "
        "(दो|दें|देंगे|दिया जाएगा)"
    ),
    (
        "re:\\b(dukaan|dukan|mandir|ghar|society|mohalle|colony|gaon|office|area) (mein|me|main) "
        "(aane|ghusne) (mat|na|nahi|nahin) (do|dena|denge|dein)\\b"
    ),
    (
        "re:(দোকানে|মন্দিরে|বাড়িতে|পাড়ায়|এলাকায়|অফিসে) (ঢুকতে|আসতে) (দেবেন না|দিবেন না|দিও না|দেব না|"
        "দেবো না|দেওয়া হবে না)"
    ),
    (
        "re:\\b(ghusne|rehne|rahne|basne) (mat|na|nahi|nahin) (do|dena|denge|dein)\\b|"
        "\\b(dhukte|thakte|khulte) (diben na|deben na|dio na|debo na|deya hobe na|"
        "dewa hobe na)\\b"
    ),
    "re:(ঢুকতে|থাকতে|বসতে) (দেবেন না|দিবেন না|দিও না|দেব না|দেবো না)",
    "re:(入店|入居|来店|出入り)(させない|させるな|不可|禁止|拒否|お断り|できません)",
    "re:(출입|입장|입점|방문)(을|를)? ?(막|금지|불가|못 ?하게)",
    "re:(손님|사람)(은|는)? ?안 ?받(음|아요|습니다|는다)",
    "re:(一律)?(不接待|不欢迎|谢绝|禁止进入|不准进|不许进|免谈)",
    # Kept from the well, the tap or the temple: untouchability told as a rule.
    "re:(पानी|कुएं|कुआं|कुँए|मंदिर|नल)[^।\\n]{0,12}(मत|न|नहीं) (भरने|छूने|जाने|घुसने|पीने) (दो|दें|देंगे)",
    (
        "re:\\b(paani|pani|kuan|kuen|kuwan|mandir|nal)\\b[^.!?\\n]{0,12}\\b(mat|na|nahi) (bharne|"
        "chhune|jaane|ghusne|peene) (do|dein|denge)\\b"
    ),
    "re:(পানি|জল|কুয়ো|কুয়া|কল|মন্দির)[^।\\n]{0,12}(নিতে|ছুঁতে|ঢুকতে|খেতে) (দেবেন না|দিও না|দেব না|দেবো না)",
    "re:\\b(mat|na|nahi) (ghusne|rehne|rahne|basne) (do|dena|dein)\\b",
    "re:(मत|न|नहीं) (घुसने|रहने|बसने) (दो|दें|देना)",
]  # fmt: skip
_GROUP_CRIME = _plain(GROUP_CRIME)
# "We won't let anything be lacking" (कोई कमी आने नहीं देंगे, "kami hone nahi denge", কোনো
# কমতি থাকতে দেব না) is a festival promise; "won't let them come in" (अंदर आने नहीं देंगे,
# থাকতে দেব না alone) still bars.
BARRED_PROMISE = [
    (
        "re:(कमी|कसर|तकलीफ़?|दिक्कत|परेशानी|दुख|उदासी|फीकापन)( \\S+){0,2} (आने|होने|रहने|पड़ने|छूटने) "
        "(नहीं|ना) (देंगे|देंगी|दिया जाएगा)"
    ),
    (
        "re:\\b(kami|kasar|kasr|taklif|takleef|dikkat|pareshani|dukh)( \\w+){0,2} (aane|hone|rehne|"
        "padne|chhutne) (nahi|nahin|nhi|na) (denge|dengi)\\b"
    ),
    (
        "re:(কমতি|কমি|অভাব|ঘাটতি|কষ্ট|দুঃখ)( \\S+){0,2} (থাকতে|হতে|আসতে|পেতে) "
        "(দেব|দেবো|দিব|দিবো|দেওয়া হবে) না"
    ),
    (
        "re:\\b(komti|komoti|kombi|kommi|ovab|obhab|abhab|ghatti|kosto|kashto|dukkho)( \\w+){0,2} "
        "(thakte|hote|aste|pete) (debo|dibo|deb|dib) na\\b"
    ),
]  # fmt: skip
_SHUT_OUT = _Compiled(_compile(SHUT_OUT), _compile(BARRED_PROMISE))
_DENY_RIGHTS = _plain(DENY_RIGHTS)
_CASTES = _group_list(CASTES)
# English "not for" reads as ruling the group word out, so a flat or a course "not for
# Muslims" is its own signal; "not for sale" names no group, "not for Christians only" does
# not shut them out.
NOT_FOR_GROUP = [
    (
        "re:\\bnot (meant |open |available |allowed |suitable |intended )?(for|to) (any |the )?"
        "((muslims|hindus|jews|christians|sikhs|buddhists|parsis|dalits|blacks|asians|arabs|gays|"
        "lesbians|queers|immigrants|refugees|migrants|foreigners|africans|mexicans|indians|"
        "pakistanis|bangladeshis|biharis|bengalis|tamils|gypsies|roma)|(muslim|hindu|jewish|"
        "christian|sikh|buddhist|parsi|dalit|black|asian|arab|gay|lesbian|trans|transgender|"
        "queer|lgbtq?\\+?|immigrant|refugee|migrant|foreign|african|mexican|chinese|indian|"
        "pakistani|bangladeshi|bihari|bengali|tamil|north[- ]?eastern) (people|persons|"
        "famil(y|ies)|tenants|students|customers|folks?|men|women|kids|children|applicants|buyers|renters|"
        "couples|workers|guests|employees|staff|candidates|patients|members))\\b"
        "(?! only\\b| alone\\b)"
    ),
]  # fmt: skip
_EXCLUSION = _Compiled(_compile([*EXCLUSION, *NOT_FOR_GROUP]), None)


def _group_derogated(text: str) -> bool:
    return any(
        _GROUPS.hits(sentence)
        and (_DEROGATION.hits(sentence) or _noun_said_of_group(sentence))
        and not _COUNTER_SPEECH.hits(sentence)
        for sentence in _SENTENCE.findall(text)
    )


def _noun_said_of_group(sentence: str) -> bool:
    groups = list(_GROUPS.finditer(sentence))
    return any(
        PREDICATION.match(sentence[group.end() : noun.start()]) is not None
        for noun in _DEROGATION_NOUNS.finditer(sentence)
        for group in groups
        if group.end() <= noun.start()
    )


_HARASSMENT = _Compiled.of(HARASSMENT)
_THREAT = _plain(HARASSMENT_THREAT)
_ILLICIT_VIOLENT = _plain(ILLICIT_VIOLENT)
_ILLICIT = _plain(ILLICIT)


# Composed signals: each part alone is everyday brief language ("a rooftop at sunset",
# "the end", "our phone number", "a thief in a heist film", "cold pills"), the pair is the
# harm. Each pair is looked for in one sentence unless said otherwise.

# Someone lying on the railway tracks: with a farewell or made beautiful, the act in waiting;
# a railway safety poster says to keep off them.
TRACKS = [
    "re:\\blying (down )?(on|across) the (train |railway |rail )?(tracks|rails|railway line)\\b",
    "re:線路(に|の上に|で)(横たわ|寝)",
    "re:(철길|선로|철로)(에|위에) ?누(워|운)",
    "re:(躺|卧)在(铁轨|鐵軌)|(铁轨|鐵軌)(上)?(躺|卧)",
    "re:(रेल की )?पटरी पर (लेट|लेटी|लेटा)",
    "re:\\b(rail ki )?pat(a)?ri (par|pe) (let|leti|leta)\\w*",
    "re:রেল ?লাইনে (শুয়ে|শোয়া)",
    "re:\\brail ?line e (shuye|shue|shoye)\\b",
]
_TRACKS = _plain(TRACKS)

# Self-harm shown by its setting and a farewell rather than named.
SELF_HARM_SETTING = [
    "re:\\b(roof(top)?|bridge|balcony|window|cliff) (ledge|edge|railing)\\b",
    "re:\\b(on|over) the (ledge|edge of the roof|railing)\\b",
    "re:\\bnoose\\b",
    "re:\\bempty (pill|medicine|sleeping[- ]pill) (bottles?|packets?|jars?)\\b",
    "re:\\b(pills|tablets) (scattered|spilled|everywhere)\\b",
    (
        "re:\\b(frasco|bote|caja|boccetta|flacon|flasche|caixa|cartela)s? (de |di |mit )?"
        "(comprimidos|pastillas|pílulas|remédios|pillole|compresse|médicaments|pilules|"
        "tabletten) (vac[ií]os?|vazios?|vuot[oa]|vides?|leer)"
    ),
    "re:\\boutside the (railing|fence|guard ?rail)\\b",
    *TRACKS,
    (
        "re:\\b(man|woman|girl|boy|body|person|someone|teen|student|figure|corpse)\\b (hanging|"
        "hanged|dangling) from (a|the) (tree|branch|beam|rafter|ceiling|bridge|lamp ?post)\\b"
    ),
    "柵の外",
    "空の薬瓶",
    "re:空になった(薬|睡眠薬)",
    "re:빈 (약통|약병|수면제)",
    "re:空(的)?(药瓶|藥瓶)",
    "re:खाली (दवा|गोलियों|नींद की गोलियों) की (शीशी|बोतल|डिब्बी)",
    "re:খালি (ওষুধের|ঘুমের ওষুধের) (শিশি|বোতল|পাতা)",
    # Sleeping pills held or heaped, not a pack on a shelf.
    (
        "re:\\b(handful|fistful|strip|blister pack|pile|heap|palmful)s? of (sleeping |sleep )?"
        "(pills|tablets)\\b"
    ),
    "re:\\bsleeping (pills|tablets) (in|on) (her|his|their|a|the) (hand|hands|palm|lap)\\b",
    (
        "re:\\b(holding|clutching|gripping) (a |the )?(strip|bottle|pack|handful|fistful) of "
        "sleeping (pills|tablets)\\b"
    ),
    "re:睡眠薬(を|の)?[^。]{0,6}(握|手に|手のひら|大量|たくさん|シート|山)",
    "re:(大量|たくさん|手のひら|手に|一握り)[^。]{0,6}睡眠薬",
    "re:수면제(를|가)? ?(한 ?움큼|잔뜩|한 ?통|손에|쥐고|쥔|들고|한 ?줌)",
    "re:(한 ?움큼|잔뜩|손에|손바닥)[^.]{0,6}수면제",
    "re:(手里|手裡|手上|掌心)[^。]{0,6}(安眠药|安眠藥|助眠药)",
    "re:(一把|一堆|一板|一大把)(安眠药|安眠藥)",
    "re:(安眠药|安眠藥)(撒|散|堆)",
    "re:(हाथ में|हथेली पर|मुट्ठी में|मुट्ठी भर)[^।]{0,10}नींद की गोलि",
    "re:नींद की गोलियों (का पत्ता|की पत्ती|की पट्टी|से भरी)",
    "re:(হাতে|মুঠোয়|মুঠো ভর্তি|এক মুঠো)[^।]{0,10}ঘুমের (ওষুধ|বড়ি|ট্যাবলেট)",
    (
        "re:\\b(rope|scarf|dupatta|belt|sheet) (tied |knotted )?(to|from|around) "
        "(a |the )?(ceiling )?fan\\b"
    ),
    "屋上の(柵|手すり|縁|ふち)",
    "フェンスの外",
    "ビルの縁",
    "首に縄",
    "縄の輪",
    "옥상 난간",
    "옥상 끝",
    "옥상 가장자리",
    "난간 위",
    "난간에 서",
    "올가미",
    "목에 밧줄",
    "天台边",
    "楼顶边",
    "天台栏杆",
    "栏杆外",
    "绳套",
    "套索",
    "re:(पंखे|फैन|छत) (से|पर|में) (दुपट्टा|चुन्नी|रस्सी|साड़ी|फंदा)",
    "फंदा",
    "मुंडेर पर",
    "re:(ফ্যানে|ফ্যানের সাথে|সিলিং ফ্যানে) (ওড়না|দড়ি|শাড়ি)",
    "ছাদের কিনারা",
    "ছাদের কিনারে",
    "ছাদের কিনারায়",
    "ছাদের রেলিং",
    "छत के किनारे",
    "छत की मुंडेर",
    "ছাদের কার্নিশ",
    # The edge of a roof or a building told in words or in Latin letters.
    (
        "re:\\b(edge|ledge|parapet) of (a|the|this|that) (building|rooftop|roof|tower|skyscraper|"
        "bridge|balcony)\\b"
    ),
    "re:\\b(chhat|chhath|chat|terrace|building|chhad|chhader|chader|bilding)( ki| ke| er|-er)? "
    "(kinare|kinara|kinaare|munder|mundir|kinar|kinaray|kinaare|railing|edge)\\b",
]
SELF_HARM_FAREWELL = [
    "re:\\b(let'?s|i'?ll|time to|going to|gonna) end (it|this|everything)\\b",
    "re:\\b(it'?s|it is) (all )?over( now)?\\b",
    "re:\\b(goodbye|farewell),? (world|everyone|all)\\b",
    "re:\\bno more pain\\b",
    "re:\\b(goodbye|farewell|suicide) (letter|note)s?\\b",
    "re:\\bcan'?t (do this|go on|take (it|this)) any ?more\\b",
    "re:\\b(carta de despedida|carta d'addio|lettera d'addio|lettre d'adieu|abschiedsbrief)\\b",
    "re:\\b(no puedo más|não aguento mais|non ce la faccio più|je n'en peux plus)\\b",
    "re:楽にな(ろう|れる|りたい)",
    "もう疲れた",
    "遺書",
    "편해지자",
    "편해질래",
    "유서",
    "不想活了",
    "遗书",
    "re:अब (और )?(नहीं सह|बर्दाश्त नहीं)",
    "सुसाइड नोट",
    "আর পারছি না",
    "আর পারি না",
    "আর সহ্য হয় না",
    "সুইসাইড নোট",
    "終わりにしよう",
    "終わりにしたい",
    "もう終わり",
    "さようなら世界",
    "楽になりたい",
    "끝내자",
    "끝내고 싶",
    "다 끝났",
    "안녕 세상",
    "편해지고 싶",
    "结束这一切",
    "一了百了",
    "解脱",
    "再见了世界",
    "都结束了",
    "सब खत्म",
    "सब ख़त्म",
    "सब खतम",
    "अलविदा दुनिया",
    "अब और नहीं",
    "সব শেষ",
    "শেষ সমাধান",
    "re:\\b(the )?only way out\\b",
    "re:\\bthe (final|last) (answer|solution)\\b",
    "これしかない",
    "最後の手段",
    "유일한 방법",
    "마지막 방법",
    "唯一的解脱",
    "只有这条路",
    "आखिरी रास्ता",
    "आख़िरी रास्ता",
    "একমাত্র পথ",
    "বিদায় পৃথিবী",
    "আর না",
    "শেষ করে দিই",
    "re:\\b(dupatta|rope|noose)\\b.{0,40}\\b(fan|ceiling)\\b",
    # "Tonight it ends", said of oneself (not "the sale ends tonight").
    "re:\\btonight (it|this|everything|all of it) (all )?ends\\b",
    "re:\\b(it|this|everything) (all )?ends tonight\\b(?! (at|with|only))",
    "re:今夜(で|、)?(全部|すべて|全て)?終わ(り|る|らせ)",
    "re:오늘 ?밤(에|이면)? ?(다 )?(끝낼|끝이야|끝낸다|끝내자|끝내려|끝이다)",
    "re:(?<!活动)(?<!活動)(?<!优惠)(?<!促销)(?<!折扣)今晚(就)?(一切)?(都)?(结束|結束|了结|了結)",
    "re:(?<!ऑफर )(?<!सेल )आज रात (सब )?(खत्म|ख़त्म|खतम)",
    "re:(?<!অফার )(?<!সেল )(?<!ছাড় )আজ রাতেই (সব )?শেষ",
    "re:আজ রাতে সব শেষ",
    "re:\\b(finally|at last) (at peace|asleep for good)\\b",
    "re:\\bfree at last\\b|\\bat peace now\\b",
    "re:\\bone last (nap|sleep|goodbye)\\b",
    "re:\\b(about|ready|going|gonna) to (let go|end it)\\b",
    "re:\\b(sleep|asleep) forever\\b|\\beternal sleep\\b|永眠|영원히 잠|永远睡|हमेशा के लिए सो|চিরঘুম",
    "re:이제 안녕|모두 안녕|영원히 안녕|永别|再也不见",
    "re:やっと(自由|楽に|眠れ)",
    "re:이제 ?(편해|편하다|자유야)",
    "드디어 자유",
    "终于自由",
    "再也不用醒",
    "re:সব (ঝামেলা|কষ্ট|যন্ত্রণা) শেষ",
]
# An overdose shown being taken: a whole bottle or a handful of pills swallowed. A bottle on a
# shelf, a dose taken with water or a poster on storing medicine safely says none of this.
OVERDOSE_ACT = [
    (
        "re:\\b(swallow\\w*|gulp\\w*|down(s|ed|ing)|chug\\w*) (down )?(a |an |the )?"
        "(whole |entire |full )?(bottle|jar|handful|fistful|palmful|strip|packet|box|tub)s? of "
        "(sleeping |sleep |pain ?killer |)(pills|tablets|painkillers|meds|medicine|capsules)\\b"
    ),
    (
        "re:\\b(swallow\\w*|gulp\\w*) (all|dozens|handfuls|fistfuls) of (the |her |his |their )?"
        "(sleeping )?(pills|tablets|painkillers)\\b"
    ),
    "re:\\b(overdos(e|es|ed|ing) on|od'?ing on) (sleeping )?(pills|tablets|painkillers)\\b",
    (
        "re:\\b(swallow\\w*|gulp\\w*) (all|every one) of (the |her |his |their )?"
        "(pills|tablets|meds|medicine) at once\\b|\\b(pour\\w*|tip\\w*|empt\\w*) (the |a )?"
        "(whole )?(pill|medicine) (bottle|jar)[^.!?\\n]{0,30}\\b(swallow\\w*|gulp\\w*)"
    ),
    "re:薬[^。\\n]{0,12}(一度に|全部|まとめて|ひと瓶|一瓶)[^。\\n]{0,10}(飲み込|飲み干|流し込|口に放り込)",
    "re:약[^.!?\\n]{0,16}(한꺼번에|한 ?번에|몽땅|통째로)[^.!?\\n]{0,16}(삼키|삼켜|털어 ?넣)",
    "re:(药|药片|药丸)[^。！？\\n]{0,10}(一把|全部|一口气|一次)[^。！？\\n]{0,6}(吞|咽)|一把(药|药片)[^。！？\\n]{0,4}吞",
    (
        "re:(गोलियाँ|गोलियां|गोलियों|दवा)[^।\\n]{0,16}(एक साथ|एक बार में)[^।\\n]{0,10}"
        "(निगल|खा ली|खा रही|खा रहा)"
    ),
    (
        "re:\\b(saari|sari|sab|poori|puri) (goliyan|goliyaan|goliya|dawai|dawa)\\b[a-z ]{0,16}"
        "\\b(ek saath|ek sath|ek baar me)\\b[a-z ]{0,8}\\b(nigal|kha)\\w*"
    ),
    "re:(সব|সবগুলো) (ওষুধ|বড়ি|ট্যাবলেট)[^।\\n]{0,12}(একসাথে|একবারে)[^।\\n]{0,8}(খে|গিল)",
    (
        "re:\\b(sob|shob|sobgulo) (oshudh|oshud|osudh|bori|tablet)\\w*\\b[a-z ]{0,12}"
        "\\b(eksathe|ek sathe|ekbare)\\b[a-z ]{0,8}\\b(khe|gil)\\w*"
    ),
    (
        "re:\\b(neend|nind) ki (goli|goliyan|goliyon)[a-z ]{0,24}(nigal|nigalte|nigalti|"
        "nigalna|kha (rahi|raha|gayi|gaya|li|liya)|khate hue|khati hui)\\b"
    ),
    (
        "re:\\b(goliyon|goliyan|dawai|dawa) (ki|ka) (poori|puri|bhari)? ?(shishi|bottle|botal|"
        "patta|dibbi)[a-z ]{0,12}(nigal|kha)\\w*\\b"
    ),
    (
        "re:\\b(ghumer|ghum er) (oshudh|oshud|ousudh|bori|tablet)[a-z ]{0,24}(gile|gilche|"
        "gilchhe|kheye (felche|felchhe|nichhe|nicche)|ek sathe kheye)\\b"
    ),
    "re:(睡眠薬|薬|錠剤|クスリ)[^。\\n]{0,10}(瓶ごと|一瓶|ひと瓶|まるごと|大量に|全部|一気に)[^。\\n]{0,6}(飲|呑)",
    "re:(瓶ごと|一瓶|ひと瓶|大量の|一気に)[^。\\n]{0,6}(睡眠薬|薬|錠剤)[^。\\n]{0,6}(飲|呑)",
    (
        "re:(수면제|약|알약)(을|를)? ?(한 ?통|한 ?병|통째로|병째|잔뜩|한꺼번에|한 ?움큼|전부|다) ?"
        "(삼키|털어 ?넣|먹)"
    ),
    "re:(一整瓶|整瓶|一瓶|一大把|一把|大量)(的)?(安眠药|安眠藥|药片|藥片|药|藥)[^。！？\\n]{0,6}(吞|吃下|咽|服下)",
    "re:(吞|吞下|吞服|吃下|服下)(了)?(一整瓶|整瓶|一瓶|一大把|一把|大量)(的)?(安眠药|安眠藥|药片|藥片|药|藥)",
    (
        "re:(गोलियों|गोलियाँ|गोलियां|दवा|दवाई)[^।\\n]{0,24}(शीशी|बोतल|डिब्बी|मुट्ठी)[^।\\n]{0,12}"
        "(निगल|एक साथ खा|खा ल|खा रही|खा रहा)"
    ),
    "re:(नींद की गोलियां|नींद की गोलियाँ|नींद की गोलियों)[^।\\n]{0,24}(निगल|एक साथ खा)",
    (
        "re:(ঘুমের ওষুধ|ঘুমের বড়ি|ওষুধের|বড়ির|ট্যাবলেটের)[^।\\n]{0,24}(শিশি|বোতল|পাতা|মুঠো)[^।\\n]{0,12}"
        "(গিলে|গিলছে|গিলছেন|একসাথে খে|খেয়ে ফেল)"
    ),
    "re:(ঘুমের ওষুধ|ঘুমের বড়ি)[^।\\n]{0,24}(গিলে|গিলছে|একসাথে খে)",
    (
        "re:\\b(pills|tablets|meds|painkillers)\\b[^.!?\\n]{0,40}?\\bswallow\\w* (the whole lot|"
        "all of them|them all|every (last )?(one|pill)|the lot)\\b"
    ),
    "re:(?<![a-z0-9])od(し(て|た|ちゃ)|って)|(オーバードーズ|大量服薬|過量服薬)し(て|た|ちゃ)",
    (
        "re:(수면제|약|알약)(을|를)? ?(한 ?통|한 ?병|통째로|병째|잔뜩|한꺼번에|한 ?움큼)"
        "( ?다| ?전부| ?몽땅) ?"
        "(삼키|털어 ?넣|먹)"
    ),
    (
        "re:नींद की (गोलियों|गोलियां|गोलियाँ|दवा|दवाई|गोली)[^।\\n]{0,12}(पूरी|भरी|सारी) "
        "(शीशी|बोतल|डिब्बी|पत्ता|"
        "पत्ती|स्ट्रिप)[^।\\n]{0,6}(खा|निगल)"
    ),
    (
        "re:\\b(neend|nind) ki (goli|goliyan|goliyon|dawai|dawa)\\b[^.!?\\n]{0,12}?\\b(ek "
        "saath|ek sath|ek hi baar mein|saari|sari|poori|puri) (kha|nigal)\\w*"
    ),
    (
        "re:ঘুমের (ওষুধ|বড়ি|ট্যাবলেট)[^।\\n]{0,16}(পুরো|গোটা|এক|সব) (পাতা|শিশি|বোতল|"
        "স্ট্রিপ)[^।\\n]{0,6}(খেয়ে|গিলে)"
    ),
    (
        "re:\\bghum(er)? (oshudh|oshud|osudh|bori|tablet)\\b[^.!?\\n]{0,12}?\\b(ek|puro|pura|"
        "gota|sob) "
        "(pata|shishi|bottle|botol|strip) (kheye|gile|khay|gilche)\\w*"
    ),
    # The bottle or the strip named first, its pills after, then swallowed or poured into the
    # mouth: 一整瓶药倒进嘴里, पूरी शीशी की गोलियाँ निगल, "puro ek pata oshudh kheye felche".
    "re:(一整瓶|整瓶|一瓶|一整盒|整盒|一大把|一把)(的)?(安眠药|安眠藥|药片|藥片|药丸|药|藥)[^。！？\\n]{0,4}(倒进|倒進|塞进|灌进|全倒进)(嘴|口)",
    (
        "re:(पूरी|भरी|सारी) (शीशी|बोतल|डिब्बी|पत्ता|स्ट्रिप) (की|का|के) "
        "(गोलियाँ|गोलियां|गोलियों|दवा|दवाई)[^।\\n]{0,16}(निगल|एक साथ खा|खा ल)"
    ),
    (
        "re:\\b(poori|puri|bhari|saari|sari) (sheeshi|shishi|bottle|botal|dibbi|patta|strip) "
        "(ki|ka|ke) (goliyan|goliyaan|goliya|goliyon|dawai|dawa|tablets?)\\b[a-z ]{0,16}\\b("
        "nigal\\w*|kha (li|liya|gayi|gaya|rahi|raha|jaati|jata))\\b"
    ),
    (
        "re:(পুরো|গোটা|এক) (এক )?(পাতা|শিশি|বোতল|স্ট্রিপ) (ওষুধ|বড়ি|ট্যাবলেট)[^।\\n]{0,12}(খেয়ে ফেল|গিলে|"
        "গিলছে)"
    ),
    (
        "re:\\b(puro|pura|gota|ek) (ek )?(pata|shishi|bottle|botol|strip) (oshudh|oshud|osudh|bori|"
        "tablet)\\w*\\b[a-z ]{0,12}\\b(kheye (fel|nil|nichhe|nicche)|gil)\\w*"
    ),
]
# A farewell note left beside it: "a note saying goodbye", 'अलविदा' लिखा नोट, 遗书 (above).
FAREWELL_NOTE = [
    (
        "re:\\b(note|letter|message|card) (saying|that says|reading|which says|with) ['\"]?"
        "(goodbye|farewell|sorry,? goodbye|forgive me|i'?m sorry)\\b"
    ),
    (
        "re:\\b(goodbye|farewell|alvida|bidaay|biday) (likha|lekha|written)? ?"
        "(hua )?(note|letter|chitthi|khat|chirkut|chithi)\\b"
    ),
    "re:(さようなら|さよなら|ごめんね)(と|って)?(書いた|書かれた)?(の)?(手紙|メモ|置き手紙)",
    "置き手紙", "別れの手紙",
    "re:(안녕|미안해|잘 ?있어)(이라고|라고)? ?(쓴|적힌) ?(쪽지|편지|메모)", "작별 편지",
    "작별 쪽지",
    "告别信", "訣別信", "诀别信", "绝笔", "絕筆",
    "re:写着[“\"']?(再见|永别|对不起)[”\"']?的(纸条|信|便条)",
    "re:(अलविदा|माफ़ करना|माफ करना)['\"]? ?(लिखा|लिखी)( हुआ| हुई)? (नोट|पर्चा|पर्ची|चिट्ठी|खत|ख़त)",
    "अलविदा नोट", "आखिरी चिट्ठी", "आख़िरी चिट्ठी",
    "re:(বিদায়|বিদায়|ক্ষমা কোরো)['\"]? ?(লেখা)? ?(চিরকুট|নোট|চিঠি)", "শেষ চিঠি",
    # A note under the body that says sorry to a parent: "chitthi 'sorry maa'", 'माफ़ करना माँ'.
    (
        "re:\\b(note|letter|chitthi|chithi|khat|chirkut|chithhi)\\b[^.!?\\n]{0,6}['\"]\\s*(sorry|"
        "maaf|maf|khoma|kkhoma|goodbye|alvida|biday)\\b"
    ),
    "re:(चिट्ठी|ख़त|खत|नोट|पर्ची)[^।\\n]{0,6}['\"‘“]\\s*(सॉरी|माफ़|माफ|अलविदा)",
    "re:(চিঠি|চিরকুট|নোট)[^।\\n]{0,6}['\"‘“]\\s*(সরি|ক্ষমা|বিদায়)",
    "re:(手紙|メモ|置き手紙)[^。\\n]{0,4}[「『'\"](ごめん|さよなら|さようなら)",
    "re:(쪽지|편지|메모)[^.!?\\n]{0,4}['\"‘“](미안|안녕|잘 ?있어)",
    "re:(纸条|信|便条)[^。！？\\n]{0,4}['\"‘“「](对不起|再见|永别)",
]  # fmt: skip
# Sleeping pills taken by the handful beside a last line ("tonight it all ends", आज रात सब
# खत्म, 今夜で全部終わり): an overdose styled as a party's mood.
SLEEP_PILLS_TAKEN = [
    (
        "re:\\b(sleeping|sleep) (pills|tablets|meds)\\b[^.!?\\n]{0,30}?\\b(swallow\\w*|tak(e|es"
        "|ing)|"
        "eat(s|ing)?|gulp\\w*|down(s|ing)?|pop(s|ping)?)\\b"
    ),
    (
        "re:\\b(swallow\\w*|tak(e|es|ing)|eat(s|ing)?|gulp\\w*|pop(s|ping)?|down(s|ing)?|"
        "tip(s|ping)?|pour(s|ing)?|empt(y|ies|ying))\\b[^.!?\\n]{0,30}?\\b(sleeping|sleep) (pills"
        "|tablets|meds)\\b"
    ),
    "re:睡眠薬[^。\\n]{0,16}(飲|呑|口に)", "re:수면제[^.!?\\n]{0,16}(삼키|먹|털어)",
    "re:(安眠药|安眠藥|助眠药)[^。！？\\n]{0,12}(吞|吃|咽|服)|(吞|吃|服)[^。！？\\n]{0,8}(安眠药|安眠藥)",
    "re:नींद की (गोली|गोलियों|गोलियां|गोलियाँ|दवा)[^।\\n]{0,20}(खा|निगल)",
    "re:\\b(neend|nind) ki (goli|goliyan|goliyon|dawa|dawai)\\b[^.!?\\n]{0,20}?\\b(kha|nigal)\\w*",
    "re:ঘুমের (ওষুধ|বড়ি|ট্যাবলেট)[^।\\n]{0,20}(খা|গিল)",
    "re:\\bghumer (oshudh|oshud|bori|tablet)\\b[^.!?\\n]{0,20}?\\b(kha|gil)\\w*",
]  # fmt: skip
LAST_LINE = [
    (
        "re:\\b(tonight|today) (it all|everything) ends\\b|\\bit all ends tonight\\b|"
        "\\b(goodbye|bye),? (world|forever|everyone)\\b|\\bno more tomorrows\\b|"
        "\\bthis is (my|the) (last|final) night\\b|\\bi won'?t wake up\\b"
    ),
    "re:今夜で?(全部|すべて|全て)?終わ(り|る|らせ)",
    "さよなら世界",
    "re:もう目覚めない|二度と起きない",
    "re:오늘 ?밤(에|으로)? ?(다|모두|전부) ?(끝|끝내)",
    "re:다시는 ?(깨지|일어나지) ?않",
    "세상아 안녕",
    "re:今晚(一切|全部)?(都)?结束", "re:(永别了|再也不会醒来|再见了世界)",
    "re:आज (रात|की रात) (सब|सबकुछ|सब कुछ) (खत्म|ख़त्म)", "re:अलविदा (दुनिया|सबको|हमेशा के लिए)",
    "re:\\baaj (raat|ki raat) (sab|sabkuch|sab kuch) (khatam|khatm|khtm)\\b",
    "re:আজ রাতে(ই)? (সব|সবকিছু) শেষ", "re:বিদায় (পৃথিবী|সবাইকে|চিরতরে)",
    "re:\\baj(ke)? rate(i)? (sob|shob|sobkichu) shesh\\b",
]  # fmt: skip
_SLEEP_PILLS_TAKEN = _plain(SLEEP_PILLS_TAKEN)
_LAST_LINE = _plain(LAST_LINE)
_SETTING = _plain(SELF_HARM_SETTING)
_OVERDOSE_ACT = _plain(OVERDOSE_ACT)
_FAREWELL_NOTE = _plain(FAREWELL_NOTE)

# A noose made ready by someone: with it in one sentence, a self-harm scene.
NOOSE = [
    "re:\\bnoose\\b",
    "re:\\b(rope|scarf|dupatta|belt|sheet)\\b[^.!?\\n]{0,30}\\b(ceiling )?fan\\b",
    "首に縄",
    "縄の輪",
    "首吊り用",
    "re:(扇風機|天井|ファン)[^。]{0,6}(縄|ロープ)",
    "올가미",
    "목에 밧줄",
    "re:(선풍기|천장)[^.]{0,6}(밧줄|줄)",
    "绳套",
    "套索",
    "re:(吊扇|风扇|電扇|天花板)[^。]{0,6}(绳|繩)",
    "फंदा",
    "फंदे",
    "re:(पंखे|फैन|छत)[^।]{0,6}(दुपट्टा|चुन्नी|रस्सी|साड़ी)",
    # Not a paper leaked (প্রশ্ন ফাঁস, ফাঁস হওয়া প্রশ্ন): the noose hangs no one there.
    "re:(?<!প্রশ্ন )(?<!প্রশ্নপত্র )ফাঁস(?! ?(হওয়া|হয়ে|হয়|হলো|হল|করা|করে|করো))",
    "re:(ফ্যানে|ফ্যানের|সিলিং ফ্যান|পাখায়|পাখার|পাখাতে)[^।]{0,6}(ওড়না|দড়ি|শাড়ি)",
    # The same in Latin letters: "pankhe se rassi", "fane dori".
    (
        "re:\\b(pankhe|pankha|pakhay|pakhar|fane|faner|ceiling fan|siling fan)\\b[a-z ]{0,12}"
        "\\b(rassi|"
        "dupatta|chunni|dori|dodi|orna|urna|shari|saree|saari)\\b"
    ),
]
NOOSE_READY = [
    "re:\\b(prepar\\w*|getting ready|gets ready|about to|setting up|sets up|adjusting|testing)\\b",
    # Someone tying or knotting the rope to the fan: the hanging made ready all the same.
    "re:\\b(ty(ing|es)|tie[sd]?|knott(ing|ed)|knots?|loop(ing|s)?|fasten(ing|s)?)\\b",
    "re:(結ん|結ぶ|結び|くくりつけ|括り付け|縛り付け|結わえ)",
    "re:(묶고|묶는|묶어|묶은|매듭|동여)",
    "re:(系上|系着|系在|绑在|绑上|绑着|拴在|拴上|拴着|打结|打个结|打了个结|(系|绑|拴)好?(绳|繩))",
    "re:(बांध|बाँध)",
    "re:\\b(bandh|baandh|badh|bãdh|bandhche|bandhchen|badhche|bendhe|bedhe)\\w*",
    "re:(বাঁধ|বাধছ|বেঁধে|গিঁট)",
    "準備",
    "用意",
    "しようとして",
    "かけようと",
    "준비",
    "하려는",
    "매려",
    "걸려고",
    "准备",
    "準備",
    "正要",
    "打算",
    "तैयारी",
    "लगाने जा",
    "लगाने वाला",
    "लगाने वाली",
    "लगाने की कोशिश",
    "প্রস্তুতি",
    "লাগাতে যাচ্ছে",
    "লাগানোর চেষ্টা",
]
_NOOSE = _plain(NOOSE)
# Not bare ফাঁস, which is also a leak (প্রশ্ন ফাঁস).
NOOSE_SHOWN = [
    "re:\\bnoose\\b", "首に縄", "縄の輪", "首吊り", "올가미", "목에 밧줄", "绳套", "套索",
    "फंदा", "फंदे", "re:\\bgale (mein|me) (phanda|fanda|rassi)\\b",
    "re:(দড়ির )?ফাঁস (গলায়|পরা|লাগানো)|গলায় (দড়ির )?ফাঁস",
    "re:\\bgolay (dorir )?(fash|phash|phaans)\\b",
    # Someone hanging from the fan or a beam, told as a scene: "pankhe se phanda laga ke
    # latka hua", 首を吊った, 목을 맨, 上吊, ফ্যানে ঝুলছে. A lamp hanging from the fan is not one.
    (
        "re:\\b(phanda|phande|fanda|fande|phansi ka phanda)\\b|\\b(ladka|ladki|larka|larki|aadmi|"
        "admi|aurat|banda|bandi|beta|beti|woh?|chele|meye|cheleta|meyeta|lok|lokta|"
        "se)\\b[a-z ]{0,20}"
        "\\b(pankhe|pankha|fan|chhat|ceiling|fane|faner|pakhay|pakhar) (se |theke )?(latka|latki|"
        "latke|lataka|jhul|jhulche|jhulchhe|jhulonto|jhule)\\w*|\\bhanging "
        "(himself|herself|themselves)\\b|\\bhanged (himself|herself|themselves)\\b|\\b(man|"
        "woman|boy|girl|teen|teenager|body|person|someone|he|she) (is )?hanging from (the|a) "
        "(ceiling fan|fan|beam|rafter)s?\\b"
    ),
    "re:首を(吊|つ)(っ|る|り)",
    "re:목을 ?(맨|매단|매달|매어)",
    "上吊",
    "re:(人|男孩|女孩|男人|女人|他|她)[^。！？\\n]{0,6}吊(死)?在(吊扇|风扇|房梁|电扇)",
    "re:(लड़का|लड़की|आदमी|औरत|शख़्स|शख्स|वो|वह)[^।\\n]{0,20}(पंखे|छत|फैन) से (लटका|लटकी|लटके)",
    "re:(ছেলে|মেয়ে|লোক|মহিলা|সে)[^।\\n]{0,20}(ফ্যানে|পাখায়|সিলিং ফ্যানে|কড়িকাঠে) (ঝুলছে|ঝুলন্ত|ঝুলে)",
]  # fmt: skip
_NOOSE_SHOWN = _plain(NOOSE_SHOWN)
# Someone, a child or a student above all, shown hanged from a fan, a beam or by the neck:
# the hanging is the picture, held up as what failing leads to or as a joke. A lamp, a bat
# or a kite hanging from the fan is no one; a child on the monkey bars hangs by the hands.
HANGED = [
    # The one hanging is the subject, not whose room the paper lanterns hang in.
    (
        "re:\\b(child|kid|boy|girl|student|pupil|teen|teenager|son|daughter|man|woman|person|"
        "body|someone)\\b( (is|was|who is|who's|left|found|shown|still|seen|dead|lifeless))"
        "{0,2} hang(s|ing|ed)? (by (the|his|her|their) neck )?from (the|a) (ceiling fan|fan|"
        "ceiling beam|beam|rafters?)\\b|\\bhanged by the neck\\b|\\bhanging by (his|her"
        "|their) neck\\b|"
        "\\bhanged (child|kid|boy|girl|student|body|man|woman)\\b"
    ),
    (
        "re:\\b(bachcha|bacha|baccha|bachchi|bachi|student|chhatra|chatra|chhatro|chatro|"
        "ladka|ladki|larka|larki|chele|meye|shishu)(ta|ti|take)? ((?!ke |ki |ka |er |der |mein |"
        "me |room )[a-z]+ ){0,2}(pankhe|pankha|fan|chhat|ceiling|fane|faner|pakhay|pakhar) (se |"
        "theke |e )?(latka|latki|latke|lataka|jhul|jhulche|jhulchhe|jhulonto|jhule)\\w*"
    ),
    "re:(子供|子ども|こども|生徒|学生|少年|少女|息子|娘)(が|は)[^。\\n]{0,10}(扇風機|天井|梁|鴨居)(から|に)[^。\\n]{0,4}(ぶら下が|吊り下が|吊ら|首を吊)",
    (
        "re:(아이|학생|애|소년|소녀|아들|딸|사람)(이|가|은|는) ?[^.!?\\n]{0,8}(선풍기"
        "|천장|대들보)에 ?(목을 ?(맨|매)|목 ?(맨|매)|매달려 ?(있|죽)|매달린 ?(채|시체))"
    ),
    "re:(孩子|学生|小孩|男孩|女孩|儿子|女儿|学生娃)(被)?[^。！？\\n，,的]{0,4}(吊|挂|悬)(死)?在(吊扇|风扇|电扇|房梁|横梁|天花板)",
    (
        "re:(बच्चा|बच्ची|बच्चे|छात्र|छात्रा|स्टूडेंट|बेटा|बेटी)\\s((?!के\\s|की\\s|का\\s"
        "|में\\s)\\S+\\s){0,2}(पंखे|छत|फैन|फ़ैन|कड़ी|शहतीर) से (लटका|लटकी|लटके|झूल)"
    ),
    (
        "re:(শিশু|বাচ্চা|ছাত্র|ছাত্রী|ছেলে|মেয়ে|স্টুডেন্ট)(টা|টি)?\\s(\\S+\\s){0,2}"
        "(ফ্যানে|ফ্যান থেকে|পাখায়|সিলিং ফ্যানে|কড়িকাঠে|কড়িকাঠ থেকে) (ঝুলছে|ঝুলন্ত|ঝুলে"
        "|ঝোলানো)"
    ),
]  # fmt: skip
_HANGED = _plain(HANGED)
_NOOSE_READY = _plain(NOOSE_READY)

# Cuts on a wrist: with a noose in one sentence, a self-harm scene.
WRIST_CUTS = [
    "re:\\b(cuts?|slashe?s|scars?) (on|across) (her|his|their|the) wrists?\\b",
    "re:手首(に|の)(傷|切り傷|リスカ|(?<![ぁ-ゖ])りすか|赤い線|赤い筋)",
    # 病みかわ (sick-cute) is a fashion; with a blade or a cut wrist it is cutting made cute.
    "re:病みかわ[^。\n]{0,40}(カッター|剃刀|カミソリ|手首|リスカ|りすか|血)",
    "re:손목(에|의)? ?(상처|칼자국|자해)",
    "re:手腕(上)?(的)?(伤口|刀痕|割痕)",
    "re:कलाई पर[^।]{0,16}?(कट|घाव|ज़ख्म|जख्म)",
    (
        "re:\\b(realistic|real|fresh|bleeding) (wrist )?(cuts|slashes|cut marks|scars) on "
        "(her|his|their|the|my) (wrists?|forearms?)\\b"
    ),
    "re:\\bwrist (cuts|slashes|cut marks)\\b",
    "リストカットの(跡|傷)",
    "re:손목[^.]{0,8}(자해|칼자국|긋)",
    "割腕",
    "re:手腕[^。！？，\\n]{0,8}(新)?(划|割)(的|开的|出的)?(口子|血口|刀口|伤口)",
    "re:手首の内側[^。\\n]{0,10}(傷|切り傷|切った跡|赤い線)",
    "re:손목[^.!?\\n]{0,12}(그은|그어 ?낸|베인) ?(상처|자국|흔적)",
    "re:कलाई[^।\\n]{0,12}(कटे|कट) के (निशान|घाव)",
    (
        "re:\\b(kalai|kalaai)\\b[a-z ]{0,16}\\b(kate|kati|kata) (hue )?(ke )?"
        "(nishaan|nishan|ghaav|ghaw|zakhm)\\b"
    ),
    (
        "re:\\b(kobji|kabji|kobjir|kabjir)(te|r)?\\b[a-z ]{0,12}\\b(taja |tatka )?(kata|kete) "
        "(dag|khoto)\\b"
    ),
    "re:(কবজি|কব্জি)(তে|র)?[^।]{0,12}(কাটা|ক্ষত|কাটার দাগ)",
    "re:(কবজিতে|কব্জিতে) (কাটা|ক্ষত)",
    "re:손목(을|를)? ?(그은|그어)",
    "re:(कलाई|हाथ) की (नस|नसें) (कटी|काट|कट)|नस (काट|कटी|कटे)",
    (
        "re:\\b(kalai|hath|haath|haat)( ki)? (nas|nasen|nass) (kaat|kat|kati|kata|kaati|kaatna|"
        "katna)\\w*|\\bnas (kaat|kaatna|katna|kaati)\\w*"
    ),
    "re:(কবজির|হাতের|কব্জির) (শিরা|রগ) (কাটা|কেটে|কাটছে)|শিরা কেটে",
    "re:\\b(hater|kobjir|kabjir|haat er) (shira|shir|rog) (kata|kete|katchi|katche)\\w*",
    "re:\\bshira kete\\b",
    (
        "re:\\b(blade|razor|chaku|chhuri|churi)\\b (se|diye) (kalai|kalaai|hath|haath|hat|haat|"
        "kobji|kabji)\\w* (kaat|kat|kata|kete|cheer)\\w*"
    ),
    "re:\\b(kalai|kalaai) (kaat|kaati|kaatti|katti|kat)\\w*",
    "re:ब्लेड से (कलाई|हाथ|बांह) (काट|कट)|ব্লেড দিয়ে (হাত|কবজি|কব্জি) (কাটা|কেটে)",
]
_WRIST_CUTS = _plain(WRIST_CUTS)

# Drugs put into a photo of a school or a class.
DRUG_PROPS = [
    "re:\\b(cocaine|heroin|meth|crack pipes?|weed|joints|bongs?)\\b",
    "コカイン",
    "覚醒剤",
    "大麻",
    "마약",
    "대마초",
    "毒品",
    "白粉",
    "re:(गांजा|गांजे|चरस|कोकीन|ड्रग्स)",
    "re:(গাঁজা|ইয়াবা|কোকেন|ড্রাগ)",
]
SCHOOL_PHOTO = [
    (
        "re:\\b(school|class|yearbook|classroom|graduation)\\b[^.!?\\n]{0,12}?"
        "\\b(photo|picture|pic|shot|image)s?\\b"
    ),
    "re:(卒業アルバム|卒アル|クラス写真|集合写真|教室の写真)",
    "re:(졸업 ?앨범|단체 ?사진|반 ?사진|교실 사진)",
    "re:(毕业照|班级合照|班级照|合影|教室的照片)",
    "re:(स्कूल|क्लास)[^।\\n]{0,12}?(photo|फोटो|तस्वीर)",
    "re:(স্কুল|ক্লাস)[^।\\n]{0,12}?(photo|ফটো|ছবি)",
]
_DRUG_PROPS = _plain(DRUG_PROPS)
_SCHOOL_PHOTO = _plain(SCHOOL_PHOTO)

# A place of worship with "go back home" written on it.
WORSHIP_PLACE = [
    "re:\\b(mosques?|synagogues?|churche?s|temples?|gurdwaras?|shrines?)\\b",
    "re:(モスク|シナゴーグ|教会|寺院|神社)",
    "re:(모스크|이슬람 ?사원|회당|교회|성당|사찰)",
    "re:(清真寺|犹太教堂|教堂|寺庙)",
    "re:(मस्जिद|मंदिर|गुरुद्वारा|चर्च)",
    "re:(মসজিদ|মন্দির|গির্জা|প্যাগোডা)",
]
EXPEL = [
    "re:\\b(go (back )?home|get out|go back where you came from)\\b",
    "re:(出ていけ|出て行け|帰れ)",
    "re:(나가라|꺼져라|돌아가라)",
    "re:(滚出去|滚回去|滚出)",
    "re:(बाहर जाओ|निकल जाओ|वापस जाओ|भाग जाओ)",
    "re:(বেরিয়ে যাও|চলে যাও|ফিরে যাও|দূর হও)",
]
_WORSHIP_PLACE = _plain(WORSHIP_PLACE)
_EXPEL = _plain(EXPEL)

# A real shooting's victim used to sell guns or range time, or for the shock of it; a
# memorial for the same victims names no range and no shock.
SHOOTING_VICTIM = [
    "re:\\b(mass[- ]shooting|school shooting|massacre|shooting) victims?('s)?\\b",
    "re:\\bvictims? of (the |a |an )?(real )?(mass |school )?(shooting|massacre)\\b",
    "re:(銃乱射|乱射事件|銃撃事件)の?(犠牲者|被害者)",
    "re:(총기 ?난사|총격)( ?사건)? ?(피해자|희생자)",
    "re:(枪击案|枪击事件|屠杀)的?(遇难者|受害者|死者)",
    "re:(गोलीबारी|शूटिंग)[^।]{0,12}(पीड़ित|शिकार|मृतक)",
    "re:(গোলাগুলি|শুটিং)[^।]{0,12}(নিহত|ভুক্তভোগী|শিকার)",
]
GUN_PROMO = [
    "re:\\b(shooting range|gun range|firing range|gun (shop|store|club))\\b",
    "re:\\b(shock value|for (the )?shock)\\b",
    "re:(射撃場|シューティングレンジ|銃砲店|衝撃的)",
    "re:(사격장|총포사|충격적)",
    "re:(射击场|靶场|枪店|震撼|博眼球)",
    "re:(शूटिंग रेंज|बंदूक की दुकान|सनसनी)",
    "re:(শুটিং রেঞ্জ|বন্দুকের দোকান)",
]
_SHOOTING_VICTIM = _plain(SHOOTING_VICTIM)
_GUN_PROMO = _plain(GUN_PROMO)
_FAREWELL = _plain(SELF_HARM_FAREWELL)

# Pro-eating-disorder content: a wasted body held up as a goal, or not eating praised.
PRO_ANA = [
    "re:\\b(pro-?ana|pro-?mia|thinspo|thinspiration|bonespo)\\b",
    "re:\\b(eating|food) is (for the weak|weakness|losing)\\b",
    "食べたら負け",
    "食べない勇気",
    "骨スカ",
    "먹으면 지는",
    "프로아나",
    "뼈말라",
    "먹토",
    "吃了就输",
    "饿到",
    "骨感美",
    "खाना खाया तो हार",
    "भूख ही ताकत",
    "খেলেই হার",
    "না খেয়ে থাকো",
]
_PRO_ANA = _plain(PRO_ANA)
# Purging or a wasted body held up as the way to diet: both in one sentence.
PURGE = [
    "re:\\b(throw(ing)? up|vomit(ing|s)?|finger down (her|his|their) throat|skin and bones)\\b",
    "吐いて", "吐く", "吐いてる", "骨と皮",
    "토하", "뼈만 남은", "먹고 토",
    "催吐", "抠喉", "呕吐", "吐掉", "皮包骨",
    "उल्टी", "हड्डियों का ढांचा",
    "বমি", "হাড্ডিসার", "কঙ্কালসার",
    # Chewing food and spitting it out, the same purge without the vomiting.
    "re:\\bchew(s|ing)?[- ](and|&|n)[- ]spit(s|ting)?\\b", "噛み吐き", "チューイング",
    "re:씹고 ?뱉", "re:嚼了(就)?吐|嚼吐", "re:चबा(ओ|कर|के|ना)[^।\\n]{0,10}थूक",
    "re:\\bchaba(o|kar|ke| ke| kar)\\b[^.!?\\n]{0,10}?\\bthook\\w*",
    "re:চিবিয়ে[^।\\n]{0,10}(ফেলে দাও|ফেলে দিন|থুতু|ফেলে দেবে)",
    "re:\\bchibiye (fele|phele) (dao|din|dibe)\\b",
]  # fmt: skip
DIET = [
    "re:\\b(diet(ing)?|weight[- ]loss|slimming|get skinny|fat[- ]burners?|slimming pills?)\\b",
    "ダイエット", "痩せ", "다이어트", "살 빼", "减肥", "瘦身", "डाइट", "वजन घट", "ডায়েট", "ওজন কম",
    "re:\\b(lose weight|fat[- ]loss|fasting|slim down)\\b",
    "減量", "ファスティング", "断食", "감량", "단식", "减脂", "减重", "辟谷",
    "वज़न घट", "वज़न कम", "वजन कम", "re:\\b(vajan|wajan|weight) (kam|ghata)\\w*",
    "ওজন কমা", "re:\\b(weight|ojon) (kom|komano|komao|komate|komabe|loss)\\b",
    # A detox or slimming tea sells the same thinness.
    "re:\\bdetox (teas?|chai|cha|drinks?|juices?|plans?)\\b", "デトックス", "디톡스", "排毒",
    "डिटॉक्स",
    "ডিটক্স",
]  # fmt: skip
_PURGE = _plain(PURGE)
_DIET = _plain(DIET)

# Doxxing: another person's private details, with an insult or a plan to spread them.
DOX_DATA = [
    "re:\\b(his|her|their) (home address|address|phone( number)?|mobile( number)?|number|"
    "licen[cs]e plate|workplace|face)\\b",
    "re:\\bhome address\\b",
    "re:\\b(his|her|their) (daughter|son|kids?|children)('s|s') school\\b",
    (
        "re:\\b(su|seu|sua|suo|il suo|la sua|son|sa|seine|ihre) (n[uú]mero|cellulare|celular|"
        "tel[eé]fono|telefone|direcci[oó]n|endere[cç]o|indirizzo|adresse|handynummer|"
        "telefonnummer|wohnadresse)\\b"
    ),
    "自宅の住所",
    "re:(客|その人|あいつ|元社員|元従業員|犯人)の(顔写真と)?勤務先",
    "re:(客|その人|あいつ|元社員|元従業員)の顔写真",
    # A private person's photo told by who they are to us: a former employee, a rival
    # shopkeeper, a neighbour, a tenant.
    (
        "re:\\b(ex-|former |old )?(employee|staff member|coworker|co-worker|colleague|"
        "competitor|rival|neighbou?r|customer|tenant|landlord|ex)('s)? (photo|face|picture|pic|"
        "headshot)\\b"
    ),
    (
        "re:\\b(photo|picture|face|pic) of (my|our|the) (ex-|former |old )?(employee|staff member|"
        "coworker|colleague|competitor|rival|neighbou?r|customer|tenant|landlord|ex)\\b"
    ),
    "re:(元社員|元従業員|元スタッフ|元バイト|競合店?|ライバル店?|隣人|近所の人|お隣)[^。]{0,12}(写真|顔)",
    (
        "re:(전 ?직원|퇴사자|전 ?알바|경쟁 ?(업체|가게|매장)|옆 ?가게|이웃|세입자)[^.]{0,12}"
        "(사진|얼굴)"
    ),
    (
        "re:(前员工|前員工|离职员工|離職員工|竞争对手|競爭對手|对面店|邻居|鄰居|房客)[^。]{0,12}"
        "(照片|脸|臉|头像)"
    ),
    (
        "re:(प्रतियोगी|प्रतिद्वंदी|पड़ोसी|पड़ोसन|पड़ोस वाली|पड़ोस वाले|पुराने कर्मचारी|पूर्व कर्मचारी|"
        "पुराने स्टाफ|किरायेदार)[^।]{0,30}(की|का|के) (फोटो|फ़ोटो|तस्वीर|चेहरा|चेहरे)"
    ),
    (
        "re:(প্রতিযোগী|প্রতিদ্বন্দ্বী|প্রতিবেশী|সাবেক কর্মচারী|পুরনো কর্মচারী|আগের কর্মচারী|ভাড়াটে)"
        "[^।]{0,30}(ছবি|ফটো|মুখ)"
    ),
    "自宅住所",
    "の電話番号",
    "の住所と",
    "집 주소",
    "re:(그 사람|걔|그놈|그 손님|그 여자|그 남자)(의)? ?(얼굴|전화번호|번호|주소)",
    "전화번호",
    "家庭住址",
    "re:(他|她|这人|那人|此人)的(手机号|电话|住址|照片|车牌|工作单位)",
    "手机号",
    "re:(उसका|उसकी|उसके) (मोबाइल|फोन|फ़ोन|घर|पता|नंबर|फ़्लैट|फ्लैट|कमरा)",
    "मोबाइल नंबर",
    "घर का पता",
    "re:(ওর|তার|ওনার|লোকটার) (ফোন|মোবাইল|ঠিকানা|বাড়ির)",
    "ফোন নম্বর",
    "বাড়ির ঠিকানা",
    (
        "re:\\b(ghar ka|ghar ki|barir|basar|bashar) (address|pata|thikana|location)\\b|"
        "\\b(uska|uski|iska|iski|tar|oder|tader|onar) (number|mobile|phone|address|pata|"
        "thikana)\\b|\\bex [a-z]+ ?(ka|ki|ke|er|r) (phone |mobile )?(number|nombor|nambar|"
        "address|pata|thikana)\\b"
    ),
    "re:(住所|自宅|家)と(電話|携帯|勤務先)",
    "re:(電話番号|携帯番号)と(住所|自宅|勤務先)",
    # Their office, home or phone in Banglish: "or office er thikana", "or phone number".
    (
        "re:\\b(or|tar|onar) (office|offis|kajer jaygar|barir|basar) ?(er|r)? (thikana|address)\\b|"
        "\\b(or|tar|onar) (phone|mobile|fon) (number|nombor|nambar)\\b"
    ),
    (
        "re:(他|她|此人|这人|那人|顾客|客人|前任|前男友|前女友)[^。，,]{0,12}(电话|手机|住址|地址|"
        "家庭住址|身份证号)"
    ),
    # A number written out, however masked, or the estate or block they live in: 手机138xxxx,
    # 她住的小区, 携帯090-, 010-xxxx, "her cell 0917...".
    (
        "re:(手机|电话|手機|電話|微信|携帯|電話番号|휴대폰|핸드폰|전화|폰번호)(号|番号|번호)?"
        "[:：]? ?\\d{3}"
    ),
    "re:\\b(her|his|their) (cell|mobile|phone|number|digits)[: ]+\\+?\\d{3}",
    "re:(他|她|那人|这人)(住的|住在|家的?|所在的?)(小区|楼|单元|楼栋|村|宿舍)|小区(的)?名字",
    "re:(彼|彼女|あいつ|その人)の?(住んでる|住んでいる|住む)(マンション|アパート|団地|地区|町)",
    "re:(그|그 ?사람|그 ?여자|그 ?남자|걔)(가|이)? ?사는 ?(아파트|동네|동|빌라|단지)",
    (
        "re:\\b(the )?(estate|building|block|street|apartment complex|complex) (she|he|they) "
        "lives? (in|on|at)\\b"
    ),
    "re:(वो|वह|उसकी|उसका) (जिस )?(सोसाइटी|मोहल्ले|बिल्डिंग|कॉलोनी) (में )?(रहती|रहता|रहते)",
    (
        "re:\\b(wo|woh|vo) (jis )?(society|mohalle|building|colony) (mein|me) "
        "(rehti|rehta|rahti|rahta)\\b"
    ),
    "re:(সে|ও|উনি) (যে )?(পাড়ায়|এলাকায়|বিল্ডিংয়ে|ফ্ল্যাটে) (থাকে|থাকেন)",
    # Their address or number with the English word inside the sentence: "उसका घर का address",
    # "उसकी mobile number", "その人のaddress", "그 사람 phone number", "她的address", "ওর বাড়ির
    # address". Our own (हमारे घर का, আমাদের) is a shop's contact line.
    (
        "re:(उसका|उसकी|उसके|उनका|उनकी|उनके|(?<!हमारे )(?<!मेरे )(?<!अपने )घर का)[^।\n]{0,16}"
        "(address|adress|phone|mobile|number|contact|पता|नंबर|नम्बर|मोबाइल)"
    ),
    (
        "re:(ওর|তার|ওনার|ওদের|(?<!আমাদের )(?<!আমার )(?<!নিজের )বাড়ির)[^।\n]{0,16}(address|adress|"
        "phone|mobile|number|contact|ঠিকানা|নম্বর|মোবাইল)"
    ),
    (
        "re:(その人|あいつ|彼|彼女|客|お客)の?[^。\n]{0,6}(address|phone|mobile|number|住所|電話番号|"
        "携帯番号)"
    ),
    (
        "re:(그 ?사람|그 ?여자|그 ?남자|걔|손님|고객)(의|이)? ?[^.!?\n]{0,6}(address|phone|mobile|"
        "number|주소|번호)"
    ),
    "re:(他|她|此人|这人|那人|顾客|客人)的?[^。，,]{0,6}(address|phone|mobile|number)",
    (
        "re:\b(uska|uski|uske|unka|unki|unke|or|tar|onar)\b[a-z ]{0,16}\b(address|adress|"
        "phone|mobile|number|pata|thikana)\b"
    ),
    # A person's home given as a street or a flat: "lives at 14 Elm Road", 집은 수원시 ...,
    # 家は緑町, 家住, "घर: ..." ; a showroom's or a branch's address is no one's home.
    (
        "re:\\b(he|she|they) lives? (at|on) \\d+|\\b(his|her|their) (house|home|flat) (is )?"
        "(at|on) \\d+"
    ),
    "re:(?<![가-힣])(집|자택)(은|는|:|：) ?[가-힣]{1,8}(시|도|구|군|동|로|길)(?![가-힣])",
    "re:(自宅|家)(は|：|:)[^。\\n]{0,8}(市|区|町|丁目)",
    "re:(家住|住在)[^。\\n]{0,8}(市|区|路|小区|号)",
    "re:(घर|मकान) (है )?[:：]|(रहता|रहती) है[^।\\n]{0,6}(गली|मोहल्ला|नगर)",
    "re:(বাড়ি|বাসা)[:：]|(থাকে)[^।\\n]{0,6}(গলি|রোড|মহল্লা)",
]
# Where someone lives, and "you'll see" said beside it: "uska ghar ka pata ... dekh lena".
# Alone "dekhe nio" or "dekh lena" is "have a look" (at a menu, an offer).
HOME_ADDRESS = [
    "re:\\bhome address\\b", "re:\\bwhere (he|she|they) lives?\\b",
    (
        "re:\\b(barir|bari-r|ghorer|ghar ka|ghar ki|basar|basha) (thikana|address|pata|location)\\b"
    ),
    "re:(自宅|家)の(住所|場所)", "自宅住所", "re:(집|자택) ?(주소|위치)", "家庭住址",
    "re:家(的)?(地址|住址)",
    "घर का पता", "re:घर का (एड्रेस|लोकेशन)", "বাড়ির ঠিকানা", "re:বাসা(র)? ঠিকানা",
]  # fmt: skip
SEE_THREAT = [
    (
        "re:\\b(ekbar |ek baar |ekbaar )?(dekhe nio|dekhe nibo|dekhe nebo|dekh lena|dekh lunga|"
        "dekh lenge|you've been warned|or else|we'll be (round|over|coming)|see you soon)\\b"
    ),
    "देख लेना",
    "देख लूंगा",
    "देख लेंगे",
    "re:\\bdekh lenge\\b",
    "দেখে নেবো",
    "দেখে নিও",
    "দেখে নেব",
    "覚えてろ",
    "覚悟しろ",
    "두고 보자",
    "가만 안 둬",
    "走着瞧", "等着瞧",
]  # fmt: skip
# A private person's address or estate given for the picture: 住所は緑町3-12, 住所も載せて,
# 把她的住址放上去, "her address on it", "uska pata bhi daalo", ঠিকানাও দিয়ে দাও.
PERSON_ADDRESS = [
    "re:\\b(his|her|their) (full |home |street |flat |house )?address\\b",
    "re:\\baddress (on|under|across|at the bottom of) (it|the (poster|flyer|image|picture))\\b",
    "re:(さん|氏|本人|その人|あの人)[^。\\n]{0,16}?住所(は|:|：)",
    "re:(住所|住んでる(場所|所)|自宅)(も|まで)[^。\\n]{0,6}?(載せ|入れ|書い|晒)",
    "re:(씨|본인|그 사람|그 여자|그 남자)[^.!?\\n]{0,16}?주소(는|:)",
    "re:(주소|사는 ?곳|집)(도|까지) ?[^.!?\\n]{0,6}?(넣|박|올리|적|공개)",
    "re:(她|他)的?(住址|地址|小区|门牌)",
    "re:(住址|地址|小区名字?|门牌号?)(也|都)?(放上|贴上|写上|加上|公开|发出)",
    "re:(उसका|उसकी|उनका) (पूरा )?(पता|एड्रेस)",
    "re:(पता|एड्रेस) भी (डाल|लिख|छाप|लगा)",
    "re:\\b(uska|uski|unka) (pura |poora )?(pata|address)\\b",
    "re:\\b(pata|address) bhi (daal|dal|likh|chhap|laga)\\w*\\b",
    "re:(ওর|তার|ওনার|মেয়েটার|লোকটার) (পুরো )?(ঠিকানা|বাসার ঠিকানা)",
    "re:ঠিকানা(ও|টাও) (দিয়ে|লিখে|বসিয়ে|ছেপে)",
    "re:\\b(or|tar|onar) (puro )?(thikana|address)\\b",
    "re:\\b(thikana|address) ?(o|tao) (diye|likhe|bosiye|chhepe)\\b",
]  # fmt: skip
# A lost pet or a lost wallet put up round the area with the finder asked to ring the poster's
# own number: the number is the author's, given so that it is used.
LOST_NOTICE = [
    "re:\\b(lost|missing|found) (dog|cat|pet|puppy|kitten|parrot|wallet|keys|bag|phone)\\b",
    "迷子", "迷い猫", "迷い犬", "落とし物", "분실", "잃어버린", "走失", "寻狗", "寻猫", "失物",
    "re:(खोई|खोया|गुम) (हुई |हुआ )?(बिल्ली|कुत्ता|कुत्ते|पर्स|बटुआ|चाबी)",
    "re:\\b(khoyi|khoi|khoya|gum) (hui |hua )?(billi|kutta|purse|chabi)\\b",
    "re:হারানো (বিড়াল|কুকুর|পার্স|মানিব্যাগ|চাবি)",
    "re:\\bharano (biral|beral|kukur|purse|chabi)\\b",
]  # fmt: skip
OWN_CONTACT = [
    "re:\\b(my|our) (mobile|phone|cell|contact)( number)?\\b",
    "re:(私|僕|当方|うち)の(電話番号|携帯番号|連絡先)", "re:(제|내|저희) ?(전화번호|번호|연락처)",
    "re:(我|我们)的(电话|手机号|联系方式)", "re:(मेरा|हमारा) (मोबाइल|फोन|फ़ोन) नंबर",
    "re:\\b(mera|hamara|humara) (mobile|phone) ?(number|no)?\\b",
    "re:(আমার|আমাদের) (ফোন|মোবাইল) (নম্বর|নাম্বার)",
    "re:\\b(amar|amader) (phone|mobile) (number|nombor)\\b",
    # The business's own line, printed for orders: a shop's number is no one's private one.
    "re:\\b(the|our) (shop|store|caf[eé]|restaurant|bar|hotel|stall|counter)'?s? (phone |contact )?"
    "(number|line)\\b",
    "re:(店|お店|店舗)の(電話番号|連絡先)", "re:(가게|매장|식당|카페) ?(전화번호|번호|연락처)",
    "re:(店里|店铺|门店|餐厅)的?(电话|手机号|联系方式)",
    "re:(दुकान|ढाबे|रेस्टोरेंट) (का|के) (फोन|फ़ोन|मोबाइल)? ?नंबर",
    "re:(দোকানের|রেস্তোরাঁর|হোটেলের) (ফোন|মোবাইল)? ?(নম্বর|নাম্বার)",
]  # fmt: skip
_HOME_ADDRESS = _plain(HOME_ADDRESS)
_PERSON_ADDRESS = _plain(PERSON_ADDRESS)
_LOST_NOTICE = _plain(LOST_NOTICE)
_OWN_CONTACT = _plain(OWN_CONTACT)
_SEE_THREAT = _plain(SEE_THREAT)
DOX_EXPOSE = [
    "re:\\b(thief|thieves|liar|scammer|fraud|creep|cheater|slut|whore|psycho|loser)\\b",
    "re:\\bwe know where (you|he|she|they) (live|lives|are|is|work|works|sleep)\\b",
    "re:\\b(who|she|he|they) (stole|steals|robbed|cheated|scammed) (from|us)\\b",
    # A woman's character slurred: characterless, loose, a homewrecker.
    "re:\\b(characterless|homewrecker|home-wrecker|loose woman|easy woman)\\b",
    "चरित्रहीन",
    "बदचलन",
    "कुलटा",
    "চরিত্রহীন",
    "নষ্টা",
    "কুলটা",
    "尻軽",
    "不倫女",
    "re:(?<![가-힣])(걸레|꽃뱀)(?![가-힣])",
    "헤픈 여자",
    "荡妇",
    "破鞋",
    "绿茶婊",
    "この人物に注意",
    "요주의 인물",
    "注意此人",
    "小心此人",
    "re:(इस|इस आदमी|इस व्यक्ति) से सावधान",
    "re:(এই|এ) (লোক|ব্যক্তি)(টি|টা)? (থেকে )?সাবধান",
    (
        "re:\\b(staple|post|spread|plaster|share|send|stick)\\w* (it |them |this )?"
        "(all over|everywhere|around (the|her|his)|to everyone|in (all )?(the )?groups?)\\b"
    ),
    "re:\\bwanted[- ]style poster\\b",
    # Put up where people will see it: in front of the shop, around the neighbourhood.
    (
        "re:\\b(put|stick|post|hang|paste)\\w* (it |them )?(up )?(in front of|outside|around|"
        "across) (the |our |my )?(shop|store|office|building|neighbou?rhood|area|town|market)\\b"
    ),
    "re:(店の前|近所|町内)に(貼|張)",
    "re:(매장|가게|사무실|동네) ?(앞|곳곳)에 (붙|걸)",
    "re:(店门口|门口|小区|整条街)[^。]{0,4}(贴|張貼|张贴)",
    "re:(मोहल्ले|इलाके|दुकान के बाहर|बाज़ार)[^।]{0,10}(लगा|चिपका)",
    "re:(পাড়ায়|এলাকায়|দোকানের সামনে|বাজারে)[^।]{0,10}(লাগা|সাঁটা)",
    # Exposing a private person: offered as sexually available, or told to expect a visit.
    (
        "re:\\b(available|disponible|disponível|disponibile|verfügbar) (to|for|para|pra|per|"
        "pour|für) (everyone|anyone|todos|tutti|tout le monde|alle)\\b"
    ),
    "re:\\b(llamadla|llámenla|liga pra ela|ligue para ela|chiamatela|appelez-la|ruft sie an)\\b",
    "re:곧 찾아(간다|갈게|갈 거야)",
    "re:(家まで|会いに)行く(から|ぞ)",
    "re:(上门|去)找(你|她|他)",
    "re:घर (आ रहे|पहुंच)",
    "re:বাড়িতে (আসছি|যাব)",
    "晒す",
    "晒し",
    "拡散",
    "泥棒",
    "詐欺師",
    "クズ",
    "진상",
    "조심",
    "돌릴",
    "뿌릴",
    "박제",
    "신상",
    "사기꾼",
    "도둑",
    "曝光",
    "挂出来",
    "挂到",
    "人肉",
    "发群里",
    "发到群",
    "小偷",
    "骗子",
    "渣",
    "चोर",
    "धोखेबाज",
    "ग्रुप्स में",
    "groups में",
    "ग्रुप में",
    "वायरल",
    "চোর",
    "প্রতারক",
    "গ্রুপে",
    "ছড়িয়ে দাও",
    "ভাইরাল",
    # Told to go after the person: "tell him what you think", 文句言え, 찾아가자, 去问候她.
    (
        "re:\\b(tell (him|her|them) what you think|give (him|her|them) (hell|grief|a piece of "
        "(your|our) mind)|let (him|her|them) have it|make (his|her|their) life hell|"
        "flood (his|her|their) (phone|inbox|dms)|pay (him|her|them) a visit|"
        "go (round|over) to (his|her|their))\\b"
    ),
    "re:\\b(sasti|sastii|sasta|sosta|shosta|shasta) (hai|he|meye|ladki|maal|mal|aurat)\\b",
    "文句言え",
    "文句を言え",
    "文句言って",
    "凸しろ",
    "凸して",
    "突撃",
    "押しかけ",
    "찾아가자",
    "다 같이 찾아",
    "re:(전화|문자) ?폭탄",
    "re:좌표 ?찍",
    "re:去问候(他|她)|问候(他|她)(一下|全家)|一起去找|轰炸(他|她)|骚扰(他|她)|打爆(他|她)",
    "সস্তা মেয়ে",
    # The person themself made the joke: their photo turned into a meme, drawn fat or ugly.
    # Beside their own number or address this is a pile-on, whatever the grievance was.
    (
        "re:\\b(make|draw|show|turn|photoshop|edit)\\w* (him|her|them) (look |as |into )?"
        "(fat|ugly|hideous|gross|disgusting|a pig|a cow)\\b"
    ),
    "re:\\bmemes? (of|out of|from|with|using) (him|her|them|his|her|their)\\b",
    "re:(ブサイクに|不細工に|醜く)",
    "re:(さん|客|あの人|その人)の(写真|顔)で(ミーム|ネタ画像|コラ)",
    "re:(못생기게|추하게)",
    "re:(씨|그 사람|그 여자|그 남자|손님)(의)? ?(사진|얼굴)(으로|로) ?(밈|짤|합성)",
    "re:又胖又丑|丑化|(画|弄|p|P)得?(很|更)?(丑|肥)",
    "re:(她|他)的(照片|头像|脸)[^。，,]{0,4}(表情包|梗图)",
    "re:(बदसूरत|भद्दी|भद्दा) (दिखाओ|बनाओ|बना दो|कर दो|दिखा दो)",
    "re:(उसकी|उसका|इसकी) (फोटो|फ़ोटो|तस्वीर) (से|का|की) (एक )?मीम",
    "re:\\b(badsurat|bhaddi|bhadda) (dikhao|banao|bana do|kar do|dikha do)\\b",
    "re:\\b(uski|uska|iski) (photo|pic|tasveer) (se|ka|ki) (ek )?meme\\b",
    "re:(কুৎসিত|বিশ্রী|কদাকার) (করে|দেখাও|বানাও|বানিয়ে)",
    "re:(ওর|তার|ওনার) ছবি [^\\s]+ (একটা )?মিম",
    "re:\\b(kutsit|bishri|kodakar) (kore|dekhao|banao|baniye)\\b",
    "re:\\b(or|tar|onar) (chobi|photo|pic) (diye|niye) (ekta )?meme\\b",
    # Everyone called to abuse them: the pile-on is the point of printing who they are.
    (
        "re:\\b(so|let|get|make) (that )?(everyone|everybody|people|the group|the whole group|"
        "all our \\w+) (can |will |could )?(go )?(abuse|curse|swear at|roast|trash|shame|yell at|"
        "go after|harass|troll|tear into|rip into|pile on|flame|drag|cuss out)\\b"
    ),
    "re:\\b(pile|piling|dogpile|dog-pile) on (him|her|them)\\b",
    "re:(みんな|皆|全員|みなさん|フォロワー)(で|に)[^。\\n]{0,6}(叩|たた|責め|罵|文句を?言|炎上)",
    "re:(叩かせ|罵らせ|炎上させ)",
    (
        "re:(다들|다 ?같이|모두|사람들(이|한테)?|회원들(이|한테)?) ?[^.!?\\n]{0,6}"
        "(욕하|욕을? ?하|욕 ?박|까게|악플)"
    ),
    "re:(욕 ?먹게|욕하게|악플 ?달게)",
    (
        "re:(让|叫|号召)(大家|所有人|群里的?人|大伙|学员们?|粉丝|网友|邻居|业主|街坊|家长们?)"
        "[^。！？\\n]{0,4}(骂|喷|攻击|声讨|怼|人肉)"
    ),
    "re:(大家|所有人|大伙)(一起|都)?(去)?(骂|喷|攻击|声讨|怼)(她|他|死)",
    (
        "re:सब( लोग)?( मिलकर| मिल के| मिलके)? (उसे|उसको|इसे|इसको) (गाली|गालियाँ|गालियां|ट्रोल|"
        "बुरा-भला|बुरा भला)"
    ),
    (
        "re:\\bsab( log)?( milkar| milke| mil ke)? (use|usko|ise|isko) (gaali|gali|gaaliyan|troll|"
        "bura bhala)\\b"
    ),
    "re:সবাই( মিলে)?( যেন)? (ওকে|তাকে|ওনাকে)? ?(গালি|গালাগালি|ট্রোল)",
    (
        "re:\\bsobai( mile)?( jeno| jano)? (oke |take |onake )?(gali|galagali|troll) "
        "(dite pare|dey|dik|dibe|debe|koro|korbe|korte pare)\\b"
    ),
]
_DOX_DATA = _plain(DOX_DATA)
_DOX_EXPOSE = _plain(DOX_EXPOSE)

# Drug manufacture: a drug and a making verb or how-to.
DRUG = [
    "re:\\b(meth|methamphetamine|crystal meth|heroin|fentanyl|mdma|lsd|cocaine|ghb|yaba)\\b",
    # Cannabis oil and concentrates (not CBD), and cannabis in the scripts.
    "re:\\b(cannabis|thc|weed|marijuana|hash) ?(oil|wax|distillate|extract|resin|shatter)\\b",
    # Edibles by what is in them.
    (
        "re:\\b(thc|weed|cannabis|marijuana|pot|ganja)[- ]?(infused )?(gumm(y|ies)|edibles?|"
        "brownies?|cookies?|cand(y|ies)|chocolates?|vapes?|carts?)\\b"
    ),
    # 대마 but not 대마도 (Tsushima).
    "大麻",
    "re:대마(?!도)",
    "गांजा",
    "गांजे",
    "চরস",
    "গাঁজা",
    "覚醒剤",
    # Street names that need no context: crystals cooked from cold medicine, synthetic
    # cannabinoids, shabu.
    # Not "ice crystals", a cake's frosting or a frozen window.
    "re:\\b(blue|glass) (sugar )?crystals?\\b",
    "re:\\bcrystals? from (cold|allergy|flu) (medicine|pills|tablets)\\b",
    (
        "re:\\b(synthetic (weed|cannabis|cannabinoids?|marijuana|tobacco)|spice k2|k2 spice|"
        "tembakau sintetis|gorila sintetis|ganja sintetis|sabu-sabu|shabu|putaw)\\b"
    ),
    "シャブ",
    "麻薬",
    "필로폰",
    "메스암페타민",
    "마약",
    "히로뽕",
    "야바",
    "冰毒",
    "海洛因",
    "摇头丸",
    "毒品",
    "麻古",
    "हेरोइन",
    "स्मैक",
    "ब्राउन शुगर",
    "ड्रग्स",
    "मेथ",
    "ইয়াবা",
    "হেরোইন",
    "মাদক",
    # Yaba (meth and caffeine pills) in the scripts that spell it out rather than translate.
    "याबा",
    "ヤーバー",
    "re:\\b(yaaba|yaba tablet|yaba pill)s?\\b",
    # Slang: ganja in Latin letters, 떨/떨잎 (weed) standing alone, 飞叶子 (smoking weed).
    "re:\\b(ganja|gaanja|charas)\\b",
    "re:(?<![가-힣])떨(잎)?(?![가-힣])",
    "飞叶子",
    "飛葉子",
    # 叶子 (weed) priced by the gram; tea and maple leaves are 茶叶, 枫叶.
    "re:(?<![茶枫楓树樹荷菜烟煙])叶子[^，。！？\n]{0,6}(一克|每克|克|一包|多少钱)",
    # Party drugs, syrups and gas by their street names, in every script; English tokens
    # inside Japanese or Chinese text have no word boundary, hence the letter look-arounds.
    (
        "re:\\b(ecstasy|xtc|ket|ketamine|mephedrone|meow meow|shrooms? (chocolates?|"
        "chocolate bars?|bars?|gummies|capsules|tea)|magic mushrooms|psilocybin|dmt|2c-b|tusi|"
        "pink cocaine|crack cocaine|crack rocks?|afeem|afim|phensedyl|fensidil|fensidyl|"
        "purple drank|sizzurp|codeine syrup|hippy crack)\\b"
    ),
    # Psychedelics by their names in every script: the mushrooms and the tabs, not a
    # mushroom dish or a trip to the mountains.
    (
        "re:\\b(psychedelic|psilocybin|hallucinogenic) (mushrooms?|truffles?|shrooms?)\\b|"
        "\\bmagic (truffles|shrooms)\\b|"
        "\\b(acid|lsd) (tabs?|blotters?)\\b|\\b(jadui|jaadui) (mushroom|mashroom)s?\\b|"
        "\\b(nashe|neshar|nesha) (wale |wala |er )?(mushroom|mashroom)s?\\b"
    ),
    "マジックマッシュルーム",
    "幻覚キノコ",
    "幻覚きのこ",
    "幻覚剤",
    "サイロシビン",
    "환각버섯",
    "환각 버섯",
    "매직머쉬룸",
    "매직 머쉬룸",
    "매직머시룸",
    "환각제",
    "사일로시빈",
    "迷幻蘑菇",
    "致幻蘑菇",
    "神奇蘑菇",
    "魔菇",
    "迷幻药",
    "迷幻藥",
    "致幻剂",
    "致幻劑",
    "裸盖菇",
    "मैजिक मशरूम",
    "नशीले मशरूम",
    "नशे वाले मशरूम",
    "साइकेडेलिक",
    "ম্যাজিক মাশরুম",
    "নেশার মাশরুম",
    "সাইকেডেলিক",
    # Molly and Mandy are also names: only as pills, or beside another drug.
    (
        "re:\\b(molly|mdma) (pills?|caps|capsules|crystals?|tabs?|powder)\\b|\\b(molly|mollies) "
        "(and|&|n) (ket|coke|weed|acid|shrooms|pills)\\b|\\b(ket|coke|weed|acid|shrooms|pills) "
        "(and|&|n) (molly|mollies)\\b"
    ),
    "re:\\blean (kits?|cups?|bottles?|packs?)\\b",
    "re:\\b(nitrous|n2o|laughing gas) (balloons?|crackers?)\\b",
    (
        "re:\\b(coke|charlie|snow) (and|&|n) (molly|mdma|ket|pills|nos|nitrous|weed|pingers)\\b|"
        "\\b(molly|mdma|ket|pills|nos|nitrous|weed|balloons) (and|&|n) (coke|charlie)\\b|"
        "\\b(lines?|bumps?|grams?|baggies?|bags?|eight ?balls?) of (coke|charlie|snow)\\b"
    ),
    "re:(?<![a-z])(mdma|lsd|ghb|xtc)(?![a-z])",
    (
        "re:(?<![a-z])thc ?(リキッド|グミ|ベイプ|カート|オイル|액상|젤리|카트리지|오일|软糖|烟油|"
        "电子烟|雾化)"
    ),
    "ガンジャ",
    "マリファナ",
    "ケタミン",
    "コカイン",
    "ヘロイン",
    "合成麻薬",
    "危険ドラッグ",
    "合法ハーブ",
    "脱法ハーブ",
    "re:(野菜|やさい|ヤサイ|クサ)[^。\\n]{0,12}(\\d+ ?(g|グラム)|グラム|手押し|プッシャー)",
    "마리화나",
    "케타민",
    "코카인",
    "헤로인",
    "물뽕",
    "re:던지기(로)? ?(배송|거래|수법|방식)",
    "k粉",
    "氯胺酮",
    "可卡因",
    "笑气",
    "笑氣",
    "麻果",
    "अफीम",
    "चरस",
    "एमडीएमए",
    "ফেনসিডিল",
    "ক্রিস্টাল মেথ",
    "re:\\b(point|gram|dime|nickel|half[- ]?g) bags?\\b",
    "re:\\bpingers\\b",
    "re:出(冰|k(?![a-z])|叶子|麻古)",
    (
        "re:\\b(smack|chitta|brown sugar) (ki|ka|ke) (supply|packet|puri|pudi|rate)\\b|"
        "\\b(smack|chitta) (aur|and|&|te) (chitta|smack|charas|ganja|afeem)\\b"
    ),
    # Cannabis sold around the medical card; ecstasy as a pill, not the feeling.
    "re:\\bno (med|medical|mmj) (card|rec|recommendation)s?\\b",
    "re:엑스터시 ?(알약|정|한 ?알)",
    "re:エクスタシー(錠|の錠剤)",
    "re:摇头(丸|片)",
    "覚せい剤",
    "覚せいざい",
    "re:\\b(ganja|gaanja|charas|chorosh|yaba) (r |er |ki |ka )?(puria|puriya|pudiya|puri)\\b",
    "re:(चरस|गांजा|स्मैक) (की )?पुड़िया",
    # Grams sold hand to hand (手押し); "0.1" ends a sentence for the splitter.
    "re:\\d+ ?(グラム|g)[^。\\n]{0,12}手押し",
    "re:\\b(xanax|xan|zan) bars\\b|\\bpercs\\b|\\bperc ?30s?\\b",
    "re:\\bpress(ed)? (pills|bars|percs|xans)\\b",
    "re:(キマる|飛べる|トべる|ぶっ飛ぶ)ハーブ|効くハーブ(?!ティー|ティ|茶)",
]
DRUG_MAKE = [
    "re:\\b(make|making|cook|cooking|brew|synthesi[sz]\\w*|extract\\w*|produce|producing)\\b",
    (
        "re:\\b(meracik|membuat|bikin|cocinar|cozinhar|cucinare|cuisiner|kochen|fabricar|"
        "fabbricare|fabriquer|herstellen|preparar|preparare|sintetizar|sintetizzare)\\b"
    ),
    "re:\\b(pseudoephedrine|ephedrine|cold (pills|medicine)|precursors?|reagents?)\\b",
    # Added into something sold: vape pods, gummies, drinks.
    (
        "re:\\b(add|adding|mix|mixing|infuse|infusing|fill|filling|refill|refilling|inject|"
        "injecting)\\b[^.!?\\n]{0,30}\\b(into|in|with)\\b"
    ),
    "re:(往|向)[^，。]{0,10}(里|裡|中|内)?(加|添|灌|注)",
    "加入",
    "混入",
    "注入",
    "混ぜ",
    "入れる方法",
    "入れ方",
    "넣는",
    "섞는",
    "re:(मिलाने|मिलाएं|मिलाना|डालने)",
    "re:(মেশানো|মেশাতে|মিশিয়ে|ভরার|ভরতে)",
    "作り方",
    "作る",
    "精製",
    "抽出",
    "合成",
    "만드는",
    "만들",
    "제조",
    "추출",
    "합성",
    "提炼",
    "提取",
    "制作",
    "制造",
    "合成",
    "自制",
    "感冒药",
    "बनाने",
    "बनाना",
    "बनाते",
    "बनाएं",
    "निकालने",
    "বানায়",
    "বানানো",
    "বানাতে",
    "তৈরি",
]
_DRUG = _plain(DRUG)
_DRUG_MAKE = _plain(DRUG_MAKE)

# Where a drug is sold: the place, the price, delivery (in one sentence with the drug), not
# where to get help with it or to report it.
DRUG_OBTAIN = [
    "re:\\bwhere (to|you can|can i|can you) (buy|get|score|find|order|cop)\\b",
    "re:\\b(home|door ?step|same[- ]day|free) delivery\\b",
    "re:\\b(price list|per gram|for sale|dm (me|us) to (order|buy))\\b",
    # A price by the gram or the bag, an order handle, a same-day drop.
    "re:\\b(price )?per (g|gm|gram|bag|baggie|pill|tab)\\b",
    "re:\\b(tele|telegram|wickr|signal|snap|insta|dm) @\\w+",
    "re:\\bsame[- ]day (drop|drops|delivery)\\b",
    "re:\\b(dam|daam|rate) (likhe|likho|lekho|likh|diye|dao)\\b",
    "re:\\b(inbox|dm) (e|a|me|mein) order\\b",
    "re:(どこで|どこなら)(買え|手に入|入手)",
    "入手方法",
    "宅配",
    "配達",
    "re:어디서 ?(사|구해|구할|살)",
    "구매 방법",
    "구입처",
    "배달",
    "re:한 ?(봉|봉지|g|그램)에 ?(얼마|\\d)",
    "re:텔레 ?@",
    "판매처",
    "re:(哪里|哪裡|在哪)(买|買|有卖|有賣|能买|能買|可以买)",
    "购买渠道",
    "送货上门",
    "送貨上門",
    "多少钱一",
    "re:कहाँ (से )?(मिलेगा|मिलेगी|मिलते|मिलती|खरीद)",
    "होम डिलीवरी",
    "re:कितने (में|रुपये|रुपए)",
    "re:কোথায় (পাওয়া যা|পাবেন|কিনবেন|মিলবে|কেনা যা)",
    "হোম ডেলিভারি",
    "re:কত টাকায়",
]
DRUG_HELP = [
    "re:\\b(help|helpline|hotline|treatment|rehab\\w*|recovery|quit\\w*|report\\w*|police|"
    "awareness|say no)\\b",
    "治療", "相談", "通報", "警察", "치료", "상담", "신고", "경찰", "戒毒", "举报", "舉報", "报警",
    "报警", "治疗", "नशा मुक्ति", "इलाज", "पुलिस", "हेल्पलाइन", "মাদকমুক্ত", "নিরাময়", "চিকিৎসা",
    "পুলিশ", "হেল্পলাইন",
    # An anti-drug campaign names the drug and a number to call.
    "re:\\banti-?(drugs?|narcotics?)\\b", "薬物乱用防止", "ダメ。ゼッタイ",
    "마약 퇴치", "마약 예방", "禁毒",
    "नशा विरोधी", "नशा मुक्त", "মাদকবিরোধী", "মাদক বিরোধী", "মুক্ত সমাজ",
    # A harm-reduction service hands out clean needles or naloxone, not the drug.
    (
        "re:\\b(needle (exchange|swap|programme|program)|syringe (exchange|services?)|naloxone|"
        "narcan|harm reduction)\\b"
    ),
    "ハームリダクション", "注射針の交換", "주사기 교환", "위해 감소", "针具交换", "纳洛酮", "减害",
    "सुई विनिमय", "re:\\b(needle|sui) (badlo|exchange)\\b", "নিডল এক্সচেঞ্জ", "সুচ বদল",
]  # fmt: skip
_DRUG_OBTAIN = _plain(DRUG_OBTAIN)
_DRUG_HELP = _plain(DRUG_HELP)

# A drug named by a word that is harmless alone ("ice" in quotes, "that tablet") counts when
# the brief also hides the recipe where only those in the know will read it.
DRUG_COVERT = [
    "re:['\"“‘「『](ice|glass|crystal|molly|tina|얼음|아이스|빙두|冰|冰糖|アイス|エス|"
    "বাবা|বাবার|बाबा|माल|चिट्टा|maal|chitta|baba)['\"”’」』]",
    "re:\\bthat (pill|tablet|powder|stuff)\\b",
    "re:(あの|例の)(薬|錠剤|粉)",
    "re:(그|저) (약|알약|가루)",
    "re:(那种|那種|那个|那個)(药|藥|药片|藥片|粉)",
    "re:(वो|वह|उस) (गोली|टैबलेट|गोलियां|पाउडर)",
    "re:(ওই|সেই) (ট্যাবলেট|বড়ি|পাউডার)",
]
DRUG_CODED = [
    "re:\\b(iykyk|if you know,? you know|only (those|people) (who|in the) know)\\b",
    "re:\\b(in (the )?(small|tiny|fine) print|small (text|print) in the corner)\\b",
    "re:\\b(los que saben|quem sabe,? sabe|chi sa,? sa|yang tahu aja)\\b",
    "아는 사람만",
    # "Those who get it will get it": the same wink in a sentence.
    "re:\\b(those who know will know|if you know you know)\\b",
    "re:아는 ?사람(은|이면) ?(딱|다|바로)? ?(알아|안다|알지)",
    "re:\\b(jara|jara jara) (bujhar|bojhar|bujhe) (bujhbe|bujhe nibe|bujhben)\\b",
    "re:যারা বোঝার (বুঝবে|বুঝে নেবে)",
    "re:\\bsamajhne wale samajh (jayenge|jaenge|lenge)\\b",
    "re:समझने वाले समझ (जाएंगे|जायेंगे|लेंगे)",
    "re:懂的人(自然)?(懂|明白)",
    "작은 글씨로",
    "re:(分かる|わかる)人(には|だけ)",
    "re:(隅に小さく|小さな文字で)",
    "懂的都懂",
    "re:(角落里?用?小字|小字写在角落)",
    "re:जो (जानते|समझते) (हैं|है)",
    "re:कोने में (छोटे|छोटा)",
    "re:যারা (জানে|বোঝে)",
    "re:কোণায় ছোট",
]
_DRUG_COVERT = _plain(DRUG_COVERT)
_DRUG_CODED = _plain(DRUG_CODED)

# Home-made firearms: a gun and making it, with plans or steps.
FIREARM = [
    "re:\\b(guns?|pistols?|firearms?|rifles?|handguns?|receivers?)\\b",
    "re:\\b(katta|kattas|tamancha|tamanche|bandook|banduk|bondhuk|bonduk|pistaul)\\b",
    "re:(?<![가-힣])총(?=을? ?(만드|만들|제작|쏘))",
    "拳銃",
    "銃",
    "권총",
    "총기",
    "소총",
    "手枪",
    "枪支",
    "步枪",
    "re:枪(?!战|版)",
    "बंदूक",
    "पिस्तौल",
    "कट्टा",
    "तमंचा",
    "বন্দুক",
    "পিস্তল",
]
FIREARM_MAKE = [
    "re:\\b(home-?made|diy|ghost guns?|zip guns?)\\b",
    (
        "re:\\b(desi|ghar (pe|par|mein|me)|bari ?te|barite) (katta|tamancha|bandook|banduk|"
        "bondhuk|bonduk)\\b"
    ),
    (
        "re:\\b(katta|tamancha|bandook|banduk|bondhuk|bonduk) (kaise |kivabe |kibhabe )?(banate|"
        "banaye|banana|banane|banay|banano|banabo)\\b"
    ),
    # Not 자작 alone: 자작나무 is a birch.
    "自作",
    "自制",
    "수제",
    "re:(घर पर|घर में|देसी) (कट्टा|तमंचा|बंदूक|पिस्तौल)",
    "re:(कट्टा|तमंचा|बंदूक|पिस्तौल) (कैसे )?(बनाते|बनाएं|बनाने)",
    "re:(বাড়িতে|ঘরে|দেশি) (বন্দুক|পিস্তল|ওয়ান শুটার)",
    "re:(বন্দুক|পিস্তল) (কীভাবে |কিভাবে )?(বানায়|বানাতে|বানানো)",
    "re:\\b3d[- ]?print(ed|ing|er)?\\b",
    "re:\\b(blueprints?|schematics?|cad files?|machining|build (steps|guide))\\b",
    "3dプリンター",
    "3dプリンタ",
    "設計図",
    "3d 프린터",
    "3d프린터",
    "도면",
    "3d打印",
    "图纸",
    "नक्शा",
    "ब्लूप्रिंट",
    "নকশা",
    "ব্লুপ্রিন্ট",
]
TOY_GUN = [
    "re:\\b(water|glue|nerf|toy|bubble|massage|staple|nail|spray|paint|heat|caulk) guns?\\b",
    "水鉄砲",
    "물총",
    "水枪",
    "玩具枪",
    "खिलौना बंदूक",
    "খেলনা বন্দুক",
    # A gun-shaped lighter, or a range selling a session, sells no gun.
    "re:(拳銃|ピストル|銃)(型|形)",
    "re:(권총|총) ?모양",
    "re:(手枪|枪)(造型|形状|型)",
    "re:\\b(shooting|gun|firing) range\\b",
    "射撃場",
    "사격장",
    "射击场",
    "モデルガン",
    "エアガン",
    "おもちゃの銃",
    "모형 총",
    "장난감 총",
    "비비탄",
    "玩具手枪",
    "仿真玩具",
]
_FIREARM = _plain(FIREARM)
_FIREARM_MAKE = _plain(FIREARM_MAKE)
_TOY_GUN = _plain(TOY_GUN)
CREATE_HOW = [
    "re:\\b(make|making|build|building|print|printing|assembl\\w*)\\b",
    "作る",
    "作り方",
    "製造",
    "만드",
    "만들",
    "제작",
    "과정",
    "做",
    "制作",
    "制造",
    "过程",
    "बनाने",
    "बनाओ",
    "बनाना",
    "বানানো",
    "বানাও",
    "তৈরি",
]
_CREATE_HOW = _plain(CREATE_HOW)

# Devices that steal card data or open locks not one's own: illicit with a how-to or a
# build ("how to build and fit a card skimmer on an ATM"), not in a warning to customers.
FRAUD_DEVICE = [
    "re:\\b(card|atm|pin|credit card|debit card) skimm(er|ers|ing devices?)\\b",
    (
        "re:\\bskimm(er|ers|ing devices?) (on|onto|for|to|inside|in) (an? |the )?(atm|cash "
        "machine|card reader|card slot|payment terminal|pos|petrol pump|gas pump)s?\\b"
    ),
    "re:\\b(card|credit card) (cloner|cloning device)s?\\b",
    "スキマー",
    "スキミング装置",
    "re:카드 ?스키머",
    "re:카드 ?복제기",
    "侧录器",
    "側錄器",
    "盗刷器",
    "re:(कार्ड )?स्किमर",
    "re:(কার্ড )?স্কিমার",
]
_FRAUD_DEVICE = _plain(FRAUD_DEVICE)
FRAUD_DEVICE_WARNING = [
    "re:\\b(spot|check for|watch out for|beware( of)?|avoid|protect|warn\\w*|detect)\\b",
    "見分け",
    "注意",
    "조심",
    "주의",
    "识别",
    "小心",
    "谨防",
    "सावधान",
    "পরীক্ষা",
    "সাবধান",
]
_FRAUD_DEVICE_WARNING = _plain(FRAUD_DEVICE_WARNING)

# Age-restricted goods (drugs, cannabis edibles, vapes, alcohol, tobacco) sold with the age
# check waived or offered to minors: both anywhere in the brief. "21+ only, ID checked at
# the door" names no waiver.
AGE_GOODS = [
    (
        "re:\\b(cannabis|weed|thc|marijuana|ganja|edibles|vapes?|vaping|vape (pens?|pods?|juice)|"
        "e-?cig(arette)?s?|e-?liquids?|juul|nicotine|alcohol|liquor|booze|beer|wine|soju|vodka|"
        "whiske?y|rum|cigarettes?|cigs|tobacco|cigars?|hookah|shisha|poppers|kratom|nitrous|"
        "whippets|drugs|pills)\\b"
    ),
    "大麻", "電子タバコ", "ベイプ", "タバコ", "たばこ", "煙草", "お酒", "酒類", "ビール", "焼酎",
    "チューハイ", "日本酒", "ワイン", "危険ドラッグ", "合法ハーブ",
    "re:대마(?!도)", "전자담배", "담배", "re:(?<![가-힣])술(?=을|이|은|도|집| |$)", "주류", "소주",
    "맥주", "양주", "와인", "마약",
    "电子烟", "電子煙", "烟弹", "煙彈", "香烟", "香煙", "烟草", "菸", "白酒", "啤酒", "洋酒",
    "笑气", "笑氣", "毒品",
    "re:(?<![\u0900-\u097f])वेप", "ई-सिगरेट", "सिगरेट", "तंबाकू", "तम्बाकू", "गुटखा", "शराब",
    "दारू", "बीयर", "गांजा", "भांग", "ड्रग्स",
    "ভেপ", "ই-সিগারেট", "সিগারেট", "তামাক", "re:(?<![\u0980-\u09ff])মদ(?=ের|\\s|$|,|।)", "বিয়ার",
    "গাঁজা", "ইয়াবা", "মাদক",
    "re:\\b(ciggies|nitrous)\\b", "笑気", "해피벌룬", "가스풍선", "액상",
    "gutkha", "গুটখা", "re:\\b(daru|sharab|cigarette|bidi|beedi)\\b",
    "烟酒", "菸酒", "酒类", "烈酒",
    "re:\\bloosies\\b", "re:(买|卖)(烟|酒)(?!花|雾|囱)",
    "re:\\b(off-?licen[cs]e|liquor store|bottle shop|offie)\\b",
]  # fmt: skip
NO_AGE_CHECK = [
    (
        "re:\\bno (age|id) (check|checks|checking|verification|limit|restrictions?|needed|"
        "required|asked)\\b"
    ),
    "re:\\bno (need for|need to show) (an |any )?(id|age proof|proof of age)\\b",
    "re:\\bwithout (an |any )?(id|age (check|verification|proof)|proof of age)\\b",
    "re:\\b(skip|skips|skipping|bypass\\w*) (the )?(age|id) (check|gate|verification)\\b",
    (
        "re:\\b(students|teens|teenagers|kids|minors|under-?18s?|under-?21s?|schoolkids|high "
        "schoolers) (can|may|are (welcome|free) to|also) (buy|order|get|purchase)\\b"
    ),
    "re:\\b(minors|under-?18s?|under-?21s?) (welcome|ok|allowed|too)\\b",
    "re:\\bany age (can|may|is welcome)\\b",
    "re:年齢(確認|認証|制限)(なし|無し|不要|いらない|しない|せず|なく)",
    "re:身分証(明書)?(の提示)?(不要|なし|無し|いらない)",
    "re:(未成年|学生|高校生|中学生)(も|でも)(購入|買え|買う|注文|ok|可|大丈夫)",
    (
        "re:(성인 ?인증|나이 ?(확인|인증|제한)|연령 ?(확인|제한)|신분증 ?(확인)?) ?"
        "(없이|없음|없는|필요 ?없|안 ?해도|안 ?함|생략)"
    ),
    "re:(미성년자|학생|청소년|중고생)(도|들도) ?(구매|구입|주문|살 ?수|가능|ok)",
    "re:(无需|無需|不用|免|不需要|不查|不验|不驗)(实名|實名|身份证|身份證|年龄|年齡|验证年龄)",
    "re:不(限|验证|驗證)年龄",
    "re:(未成年|未成年人|学生|學生|学生党|學生黨|中学生|高中生)(也|都)(能|可以|可)(买|買|购买|購買|下单)",
    "re:बिना (आईडी|id|आधार|उम्र (की )?(जांच|जाँच|चेक)|एज (वेरिफिकेशन|चेक))",
    "re:(आईडी|id|उम्र का सबूत) (की )?(जरूरत|ज़रूरत) नहीं",
    "re:उम्र (की )?(जांच|जाँच|चेक) नहीं",
    "re:(नाबालिग|स्टूडेंट्स?|छात्र|बच्चे|कॉलेज वाले|स्कूल वाले) भी (खरीद|ले|मंगा|ऑर्डर)",
    "re:(বয়স|আইডি|id) ?(যাচাই|চেক|প্রমাণ)? ?ছাড়া(ই)?",
    "re:(বয়সের|আইডির) (প্রমাণ|যাচাই|চেক)? ?(লাগবে না|দরকার নেই)",
    "re:আইডি (লাগবে না|দরকার নেই)",
    "re:(ছাত্র|ছাত্রী|স্টুডেন্ট|শিক্ষার্থী|অপ্রাপ্তবয়স্ক|স্কুলের ছেলেমেয়ে)(রাও|রা ও|ও) (কিনতে|নিতে|অর্ডার)",
    (
        "re:\\b(we |i )?(don't|dont|do not|never|won't|wont) (ask|check|card|look at)( for)? "
        "(any )?(id|ids|age|anyone)\\b"
    ),
    (
        "re:\\bno (id|age check|age verification)s?\\b(?!,? ?(no|means no)\\b(?! (problem|probs?|"
        "worries|worry|issues?|hassle|questions|stress|drama)))(?! (needed|required|asked))"
    ),
    (
        "re:(?<!n't )(?<!not )(?<!never )(?<!no )\\b(sell|selling|sold) (to )?(teens|teenagers|"
        "kids|minors|under-?18s|school ?kids|schoolkids)\\b(?!['’])"
    ),
    "re:(未成年|学生|高校生|中学生|子ども|子供)(にも|でも|も)(売る|売ります|販売|買え|購入|ok|可)",
    "re:(未成年|未成年人|学生|學生|中学生|高中生|小孩)(也|都)(能|可以|可)(玩|喝|抽|吸|来|進|进)",
    "re:(उम्र|आईडी|आधार|एज) (नहीं|ना|मत) (पूछ|देख|चेक)",
    "re:(बच्चों|स्कूल के बच्चों|नाबालिगों|छात्रों|स्टूडेंट्स) को भी (बेच|दे|मिल)",
    (
        "re:\\b(umar|umr|umra|age|id) (nahi|nahin|na|mat) (puchh|pooch|puch|dekh|check)\\w*\\b|"
        "\\b(bachchon|bacchon|minors|students) ko bhi (bech|de|mil)\\w*|\\b(boyosh|boyos|"
        "boyes|age|id) (jiggesh|jigges|check|dekha)\\w* (korbo|kora hobe|hobe) na\\b"
    ),
    "re:(বয়স|আইডি) (জিজ্ঞেস|চেক|দেখা) (করব|করবো|করা হবে|হবে) না",
    "re:\\bno (age|id) questions\\b",
    "re:(初中生|小学生|孩子|小孩)(也|都)(能|可以|可)(买|買|购买|購買|下单)",
    (
        "re:\\b(boyos|boyosh|boyes|age|id) (check|jachai|proman|proof)? ?(chara|charai|chhara|"
        "chharai)\\b|\\b(chele ?meye\\w*|students?|chhatro\\w*)( ?ra| ?rao)? ?o? (kinte|nite|"
        "order korte) (parbe|paren|parben)\\b"
    ),
    (
        "re:(나이|신분증|연령|성인 ?인증) ?(확인|검사|인증)? ?"
        "(안 ?하고|하지 ?않고|안 ?하는|안 ?받고|패스)"
    ),
    (
        "re:\\b(we |i )?(don't|dont|do not|never|won't|wont) (card|id)( (anyone|anybody|people|"
        "you))?\\b"
    ),
    "re:\\b(teens|teenagers) (welcome|ok|allowed|too)\\b",
    "re:(बच्चों|स्कूल के बच्चों|नाबालिगों|छात्रों|स्टूडेंट्स) को भी[^।\\n]{0,12}(बेच|दे|मिल)",
    "re:(आईडी|उम्र का सबूत) नहीं चाहिए",
    "re:\\b(id|age proof) (nahi chahiye|ki zarurat nahi)\\b",
    (
        "re:(?<!n't )(?<!not )(?<!never )\\b(sell|selling|sold) (loosies|singles|cigarettes|cigs|"
        "ciggies|vapes|booze|alcohol|beer|liquor|tobacco|nicotine pouches)( \\w+)? to (the )?"
        "(teens|teenagers|kids|minors|under-?18s|school ?kids|schoolkids|children)\\b(?!['’])"
    ),
    "re:年齢(確認|認証|制限)(しません|しないよ|しない)",
    "re:(未成年|学生|高校生|中学生)(も|でも)[^。\\n]{0,8}(ok|可|大丈夫|買え|購入)",
    "re:\\bfake ids? (accepted|welcome|ok|fine)\\b|\\b(accept|take)s? fake ids?\\b",
]
_AGE_GOODS = _plain(AGE_GOODS)
_NO_AGE_CHECK = _plain(NO_AGE_CHECK)

# A person we can name (our team lead, a neighbour, a classmate) merged into an animal's
# face or body, for the office or the neighbourhood to laugh at: both in one sentence.
PERSON_PHOTO = [
    (
        "re:\\b(my|our|the) (new )?(boss|manager|team lead|team leader|supervisor|coworker|"
        "co-worker|colleague|classmate|teacher|neighbou?r|landlord|tenant|mother-in-law|ex)('s)? "
        "(photo|picture|pic|face|headshot|selfie)\\b"
    ),
    (
        "re:\\b(photo|picture|pic|face|headshot|selfie) of (my|our|the) (new )?(boss|manager|"
        "team lead|team leader|supervisor|coworker|co-worker|colleague|classmate|teacher|"
        "neighbou?r|landlord|tenant|ex)\\b"
    ),
    "re:(上司|部長|課長|係長|店長|先輩|同僚|隣人|お隣さん|近所の人|クラスメイト|担任|元カレ|元カノ|姑)[^。]{0,8}(写真|顔)",
    (
        "re:(팀장|부장|과장|상사|사장|동료|선배|이웃|옆집|선생님|담임|반 ?친구|전 ?남친|전 ?여친|"
        "시어머니)(님)?[^.]{0,6}(사진|얼굴)"
    ),
    "re:(领导|領導|老板|老闆|经理|經理|组长|組長|主管|同事|邻居|鄰居|老师|老師|同学|同學|前任|婆婆)[^。]{0,6}(的)?(照片|脸|臉|头像|頭像)",
    (
        "re:(बॉस|मैनेजर|टीम लीडर|सहकर्मी|कलीग|पड़ोसी|पड़ोसन|टीचर|क्लासमेट|सास|मकान मालिक)"
        "[^।]{0,10}(की|का|के) (फोटो|फ़ोटो|तस्वीर|चेहरा|चेहरे)"
    ),
    # The person named and their photo sent along: पड़ोसी सुरेश (फ़ोटो अटैच है).
    (
        "re:(बॉस|मैनेजर|सहकर्मी|कलीग|पड़ोसी|पड़ोसन|टीचर|क्लासमेट|मकान मालिक)[^।]{0,30}?"
        "(फोटो|फ़ोटो|तस्वीर) (अटैच|संलग्न|भेज)"
    ),
    (
        "re:\\b(boss|manager|colleague|coworker|co-worker|classmate|neighbou?r|landlord|tenant)"
        "\\b[^.!?\\n]{0,30}?\\((photo|picture|pic) (attached|enclosed|below)\\)"
    ),
    (
        "re:(বস|ম্যানেজার|টিম লিডার|সহকর্মী|কলিগ|প্রতিবেশী|পাশের বাড়ির|স্যার|টিচার|শাশুড়ি)"
        "(ের|র|এর)?[^।]{0,8}(ছবি|মুখ|ফটো)"
    ),
    (
        "re:(前女友|前男友|前夫|前妻|元カノ|元カレ|전 ?여친|전 ?남친)[^。.]{0,6}(的)?(照片|脸|臉|"
        "写真|顔|사진|얼굴)"
    ),
    "re:(이웃|옆집|앞집|윗집|아랫집|동료|선배|후배|반 ?친구)[^.!?\\n]{0,12}(사진|얼굴)",
    "re:(우리 ?(과|반|팀|학과|동아리)|같은 ?(과|반|팀))[^.!?\\n]{0,10}(사진|얼굴)",
    "re:(전 ?남편|전 ?아내|전처|전 ?남자친구|전 ?여자친구)[^.!?\\n]{0,6}(사진|얼굴)",
    (
        "re:(알바|직원|매니저|점장|사장|과장|대리|선생|학생|친구) ?"
        "(?!단체|전체|모두|프로필|증명|여권)[가-힣]{2,3} ?(의)? ?(사진|얼굴)"
    ),
    "re:(트레이너|코치|강사|원장|기사|교수) ?[가-힣]{2,3} ?(의)? ?(사진|얼굴)",
]
ANIMAL_MERGE = [
    (
        "re:\\b(pig|swine|hog|monkey|ape|gorilla|rat|donkey|cockroach|cow)('s)? "
        "(face|head|body|snout)\\b"
    ),
    (
        "re:\\b(morph|merge|blend|swap|photoshop|turn|make)\\w*\\b[^.!?\\n]{0,30}?\\b(into|as) "
        "(a |an )?(pig|swine|monkey|ape|gorilla|rat|donkey|cockroach)\\b"
    ),
    "re:(豚|ブタ|猿|サル|ゴリラ|ネズミ|ロバ|ゴキブリ)(の)?(顔|体|頭|鼻)",
    "re:(豚|ブタ|猿|サル|ゴリラ|ネズミ|ロバ)(と|に)(合成|コラ)",
    "re:(돼지|원숭이|고릴라|(?<![가-힣])쥐|당나귀|바퀴벌레) ?(얼굴|몸|머리|코)",
    "re:(돼지|원숭이|고릴라|쥐|당나귀)(로|랑|와|에) ?합성",
    "re:(猪|豬|猴子|猩猩|老鼠|驴|驢|蟑螂)(的)?(脸|臉|头|頭|身子|身体|身體|鼻子)",
    # Not the Year of the Pig or a pork dish: 做成猪年贺卡.
    "re:(p|合成|换|換|做|变|變)成(一头|一只|一隻)?(猪|豬|猴子|猩猩|老鼠|驴|驢)(?!年|肉|排|蹄|脚|皮|骨)",
    "re:(सूअर|सुअर|बंदर|गधे|गधा|चूहे|भैंस) (का|की|के) (चेहरा|चेहरे|शरीर|मुंह|मुँह|सिर)",
    "re:(শুয়োর|শূকর|বাঁদর|বানর|গাধা|ইঁদুর)(ের|র)? (মুখ|শরীর|মাথা)",
    (
        "re:\\b(put|paste|stick|place|photoshop|slap|glue)\\w*\\b[^.!?\\n]{0,40}?\\b(on|onto) "
        "(a |an |the )?(pig|swine|hog|monkey|ape|gorilla|rat|donkey|cockroach)\\b"
    ),
    (
        "re:\\b(suar|suwar|sooar|suvar|bandar|bandaron|gadhe|gadha|gadhi|chuhe|chuha|bhains|"
        "bhais) (ka|ki|ke) (chehra|chehre|body|sharir|shareer|sir|muh|munh|face|dhad)\\b"
    ),
    (
        "re:\\b(shuor|shuorer|shukor|shukorer|bandor|bandorer|banor|banorer|gadha|gadhar|indur|"
        "indurer)( er| r)? (mukh|mukhe|shorir|shorire|sharir|sharire|body|bodyte|matha|mathay|"
        "face|gaye|gay)\\b"
    ),
    "re:(豚|ブタ|猿|サル|ゴリラ|ネズミ|ロバ)(の)?(体|身体|胴体|顔|頭)に",
    "re:(돼지|원숭이|고릴라|쥐|당나귀) ?(몸|몸통|얼굴|머리)에",
    "re:(猪|豬|猴子|猩猩|老鼠|驴|驢)(的)?(身上|身子上|身体上|身體上)",
    "re:(p|P|合成|换|換|做|变|變)成(一头|一只|一隻)?(猪头|豬頭|猴脸|驴脸)",
    "re:(सूअर|सुअर|बंदर|गधे|गधा|चूहे|भैंस) (का|की|के) (बॉडी|धड़)",
    "re:(শুয়োর|শূকর|বাঁদর|বানর|গাধা|ইঁদুর)(ের|র)? (বডি|দেহ)",
]
_PERSON_PHOTO = _plain(PERSON_PHOTO)
_ANIMAL_MERGE = _plain(ANIMAL_MERGE)

# Prescription and controlled medicines, by name or by kind.
RX_DRUG = [
    (
        "re:\\b(tramadol|alprazolam|xanax|valium|diazepam|lorazepam|clonazepam|klonopin|zolpidem|"
        "ambien|oxycodone|oxycontin|hydrocodone|codeine|morphine|ketamine|modafinil|adderall|"
        "ritalin|benzos?|benzodiazepines?|opioids?|phensedyl|corex|anabolic steroids?|steroids?|"
        "sleeping (pills|tablets)|sleep(ing)? aids?|anti-?anxiety (pills|meds|medication|drugs|"
        "tablets)|sedatives?|tranquili[sz]ers?|antidepressants?)\\b"
    ),
    "睡眠薬", "睡眠導入剤", "抗不安薬", "精神安定剤", "向精神薬", "ステロイド", "筋肉増強剤",
    "トラマドール", "コデイン", "デパス", "ハルシオン",
    "수면제", "수면유도제", "항불안제", "신경안정제",
    "향정신성", "스테로이드", "트라마돌", "코데인",
    "졸피뎀", "자낙스",
    "安眠药", "安眠藥", "助眠药", "抗焦虑药", "镇静剂", "鎮靜劑", "精神类药", "类固醇", "類固醇",
    "曲马多", "可待因", "止咳水", "阿普唑仑", "唑吡坦", "处方药", "處方藥",
    "ट्रामाडोल", "अल्प्राजोलम", "कोडीन", "नींद की गोली", "स्टेरॉयड", "स्टेरॉइड", "एंटी-एंग्जायटी",
    "नशीली दवा",
    "ট্রামাডল", "আলপ্রাজোলাম", "কোডিন", "ফেনসিডিল", "ঘুমের ওষুধ", "ঘুমের বড়ি", "ঘুমের ট্যাবলেট",
    "স্টেরয়েড", "সিডাকসেন",
    (
        "re:\\b(percocet|percs|vicodin|promethazine|xanax bars|pregabalin|gabapentin|"
        "neend ki goli|neend ki goliyan|ghumer oshudh|ghumer bori|ghumer tablet)\\b"
    ),
    "マイスリー", "ゾルピデム", "디에타민", "나비약", "펜타닐 패치",
    # Stimulants sold as study or diet aids, and "a prescription drug" said outright.
    "アデロール", "リタリン", "処方薬", "애더럴", "아데랄", "전문의약품", "阿得拉", "利他林",
    "एडडरॉल", "एडेरल", "প্রেসক্রিপশনের ওষুধ",
    "艾司唑仑", "三唑仑", "安定片", "नींद की गोलियां", "नींद की गोलियाँ",
    # Anabolic steroids by their gym names, a shot or a cycle: "Deca and testo injections".
    (
        "re:\\b(nandrolone|deca[- ]?durabolin|trenbolone|dianabol|winstrol|anavar|stanozolol|"
        "testosterone (injections?|shots?|cypionate|enanthate))\\b|\\b(deca|testo|tren|d-?bol)"
        "( and (deca|testo|tren|d-?bol))?[- ](injections?|shots?|jabs?|cycles?|vials?)\\b"
    ),
    "re:(डेका|टेस्टो|ट्रेन)[^।\\n]{0,12}(इंजेक्शन|साइकिल)", "टेस्टोस्टेरोन इंजेक्शन",
    "re:(ডেকা|টেস্টো|ট্রেন)[^।\\n]{0,12}(ইনজেকশন|ইঞ্জেকশন|সাইকেল)", "টেস্টোস্টেরন ইনজেকশন",
    "ナンドロロン", "テストステロン注射", "난드롤론", "테스토스테론 주사", "诺龙", "睾酮注射",
    # Steroids and SARMs by name, each only with no prescription beside it (NO_RX): a doctor's
    # testosterone clinic says it prescribes.
    "re:\\b(sarms?|rad-?140|mk-?677|mk-?2866|lgd-?4033|ostarine|ligandrol|testolone|"
    "oxandrolone|boldenone|equipoise)\\b",
    "睾酮", "康力龙", "群勃龙", "去氢甲睾酮", "大力补", "氧雄龙", "司坦唑醇",
    "テストステロン", "スタノゾロール", "トレンボロン", "테스토스테론", "스타노졸롤", "트렌볼론",
    "टेस्टोस्टेरोन", "स्टेरॉयड", "টেস্টোস্টেরন", "স্টেরয়েড",
]  # fmt: skip
# Sold around the prescription: none needed, discreet delivery, no questions asked.
NO_RX = [
    (
        "re:\\b(without|no|w/o|bina|bina kisi) (a |any |doctor'?s? )?(prescription|rx|script|"
        "parche|parchi|parcha)s?\\b"
    ),
    "re:\\b(prescription|rx) not (needed|required|necessary)\\b",
    "re:\\bdiscreet(ly)? (delivery|delivered|packaging|packed|shipping|shipped|parcel)\\b",
    "re:\\bno questions asked\\b",
    "処方箋なし", "処方せんなし", "処方箋不要", "処方せん不要", "処方なし", "処方箋がなくても",
    "処方箋無し", "re:(誰にも|中身が)(バレない|わからない)(梱包|発送|配送)",
    "re:처방(전)? ?(필요 ?없|없이|불필요|안 ?받아도)", "묻지도 따지지도", "비밀 배송", "익명 배송",
    "无需处方", "無需處方", "免处方", "免處方", "不用处方", "不需要处方", "无处方", "無處方",
    "不要处方", "私密发货", "隐私发货", "保密发货", "不问用途",
    "re:बिना (डॉक्टर (के |की )?)?(पर्चे|पर्ची|प्रिस्क्रिप्शन|नुस्खे)",
    "re:(पर्चे|प्रिस्क्रिप्शन) की (ज़रूरत|जरूरत) नहीं",
    "कोई सवाल नहीं", "चुपचाप डिलीवरी",
    "re:(প্রেসক্রিপশন|প্রেসক্রিপশান|ব্যবস্থাপত্র) (ছাড়া|ছাড়াই|লাগবে না|লাগে না)",
    "কোনো প্রশ্ন নয়", "কোনো প্রশ্ন ছাড়া", "কোন প্রশ্ন নয়", "গোপনে ডেলিভারি",
    "re:\\b(shipped|delivered|posted) discreetly\\b",
    (
        "re:\\b(prescription|rx|parchi|parcha|parche) (chara|charai|chhara|chharai|lagbe na|"
        "lage na|dorkar nei|ki zarurat nahi|ki jarurat nahi|nahi chahiye|zaroori nahi)\\b"
    ),
    (
        "re:\\b(no (doctor|doctor's|gp|consultation|consult)( visit| appointment| note)?s? "
        "(needed|required|necessary))\\b"
    ),
    "診察なし", "診察不要", "re:(진료|진찰) ?(없이|안 ?받고|필요 ?없)", "无需就诊", "不用看医生",
    "re:(डॉक्टर|डॉक्‍टर) (की )?(ज़रूरत|जरूरत) नहीं", "re:ডাক্তার (দেখানো )?ছাড়াই",
    "処方箋いらず", "処方せんいらず", "re:処方箋(が|は)?(いらない|要らない|不要)",
]  # fmt: skip
# What a pharmacy says about prescriptions: they are needed, it does not sell without one.
RX_LAWFUL = [
    "re:\\b(prescription|rx) (is |are )?(required|needed|only|mandatory)\\b(?! ?(not|no))",
    "re:\\bonly (with|on|against) (a |your )?(valid |doctor'?s? )?prescription\\b",
    (
        "re:\\b(never|do not|don't|won't|will not|cannot|can't|not) (sell|sold|dispense|hand out|"
        "give)\\b[^.!?\\n]{0,40}\\bwithout\\b"
    ),
    "処方箋が必要", "処方箋必須", "要処方箋", "処方箋をお持ち",
    "re:처방전?(이)? ?(필요합|필수|있어야|지참)",
    "凭处方", "憑處方", "需凭处方", "须凭处方", "re:(?<![不无無免])需要处方", "遵医嘱",
    "re:(पर्चा|पर्चे|प्रिस्क्रिप्शन)( के साथ)? (ज़रूरी|जरूरी|अनिवार्य)",
    "re:बिना (पर्चे|प्रिस्क्रिप्शन)( के)? (दवा )?(नहीं|न) ",
    "re:(প্রেসক্রিপশন|ব্যবস্থাপত্র) (লাগবে|আবশ্যক|বাধ্যতামূলক|সঙ্গে আনুন)(?! না)",
    "re:ছাড়া[^।]{0,16}(বিক্রি|দেওয়া) (হয় না|করা হয় না|করি না)",
]  # fmt: skip
_RX_DRUG = _plain(RX_DRUG)
_NO_RX = _plain(NO_RX)
_RX_LAWFUL = _plain(RX_LAWFUL)

# Guns no one licenses (a country-made pistol, a ghost gun) and selling one: for sale, a number.
ILLEGAL_GUN = [
    "re:\\b(desi|deshi) (katta|kattas|tamancha|pistol|bandook|banduk|bonduk|bondhuk)\\b",
    "re:\\b(katta|kattas|tamancha|tamanche|ghost guns?|zip guns?|homemade (guns?|pistols?)|"
    "country-made (guns?|pistols?)|unserial(i[sz]ed)? (guns?|pistols?|rifles?))\\b",
    "密造銃", "手製銃", "手作りの銃", "사제 총",
    "사제총", "불법 총기", "自制枪", "土枪", "土制手枪",
    "黑枪", "देसी कट्टा", "कट्टा", "तमंचा", "देसी पिस्तौल", "ওয়ান শুটার", "দেশি বন্দুক",
    "হাতে তৈরি বন্দুক", "দেশি পিস্তল",
    (
        "re:\\b(unregistered|unlicensed|unserial\\w*|off[- ]the[- ]books|no[- ]paperwork|"
        "untraceable|stolen) (glocks?|guns?|pistols?|handguns?|rifles?|firearms?|ar-?15s?|"
        "ak-?47s?|revolvers?|shotguns?)\\b"
    ),
    (
        "re:\\b(guns?|pistols?|glocks?|rifles?|firearms?|handguns?|ar-?15s?)\\b[^.!?\\n]{0,40}"
        "\\b(no (paperwork|background checks?|licen[cs]e (needed|required)|questions asked)|"
        "without (a |any )?(licen[cs]e|background checks?|paperwork))\\b"
    ),
    # Where no one may sell a handgun or live rounds at all.
    "拳銃", "re:ピストル(?!型|式|ノズル|グリップ)", "実弾", "トカレフ", "권총", "개조 총",
    "枪支",
    "re:手枪(?!钻|鑽|式)", "真枪", "猎枪",
    (
        "re:\\b(homemade|home-made|diy|3d[- ]printed|80 ?%) (ar-?15 |ak-?47 |glock )?(lowers?|"
        "receivers?|frames?|guns?|pistols?|rifles?)\\b|\\b(guns?|pistols?|rifles?|lowers?|"
        "receivers?|frames?|ar-?15s?|glocks?)\\b[^.!?\\n]{0,30}\\b(untraceable|unregistered|"
        "no serials?( numbers?)?)\\b|\\b(one|wan)[- ]?shooters?\\b"
    ),
]  # fmt: skip
# Offered for sale, or a number to order on.
ON_SALE = [
    (
        "re:\\b(for sale|on sale|selling|sell|in stock|available|order now|buy now|price list|"
        "whatsapp|telegram|contact number|phone number|call (us|now)|text us|dm (us|me|karo)|"
        "inbox (us|me|karo)|number (daalo|dalo|do))\\b"
    ),
    "販売", "売ります", "在庫あり", "連絡先", "lineで", "dmで",
    "판매", "팝니다", "카톡 문의", "연락처", "텔레그램", "디엠",
    "出售", "有售", "有货", "出货", "私信", "加微信", "联系电话", "聯繫電話",
    "बिकाऊ", "बिक्री", "बेचना", "उपलब्ध", "मिलेगा", "नंबर डालो", "नंबर डाल", "व्हाट्सऐप",
    "व्हाट्सएप", "संपर्क करें",
    "বিক্রি", "বিক্রয়", "পাওয়া যায়", "পাওয়া যাচ্ছে", "ইনবক্স", "হোয়াটসঅ্যাপ", "যোগাযোগ",
    (
        "re:\\b(just |pls |plz |please )?dm\\b|\\b(link in bio|to order|on the house|free samples?|"
        "cash only|text (the|this|my|our) number|text me|hmu|hit (us|me) up|"
        "(shipped|delivered|posted) discreetly|delivered to your door)\\b"
    ),
    "注文受付", "即日発送", "発送", "通販", "売る", "売って", "手押し",
    "배송", "구매 문의",
    "私聊", "下单", "现货", "現貨", "同城",
    "बेचेंगे", "बेच रहे", "re:\\b(milega|milegi|milta hai|bikri|bikroy|pawa jay|paben)\\b",
    # The sale said with its case ending in Latin letters: "bikrir kotha", "bikroyer jonno".
    "re:\\b(bikri|bikroy)(r|er|te|e|r jonno)\\b",
    "re:\\b(snap|sc|kik|wickr|tele) me\\b",
    "re:\\b(text|call|hit up|dm|message|ask) (the|my|our|ur|your) plug\\b",
    "テレグラム", "手渡し", "即日",
    "re:\\b(private sales?|bring cash|cash sales?)\\b", "직거래",
    # A price beside the drug or the gun: "500 में", "200 taka", "$40".
    "re:\\d+ ?(में|रुपये|रुपए|टाका|টাকা|টাকায়)", "re:\\b\\d+ ?(rs|rupees|rupaye|taka|tk)\\b",
    "re:(₹|\\brs\\.?|\\$) ?\\d+", "re:\\b(inbox|dm) (e |a )?knock\\b", "डिलीवरी",
    "re:\\b(cashapp|cash app|venmo|zelle|bulk discounts?|bulk (orders?|deals?))\\b", "即発送",
    "re:텔레 ?(문의|주문|연락)|익명 ?(택배|배송)", "re:\\b(discount|delivery)\\b",
]  # fmt: skip
# The gun itself bought or taken home: a range or a club sells a session, and one that
# hands over the pistol is selling the gun.
GUN_TAKEAWAY = [
    (
        "re:\\b(take|walk out with|leave with|go home with|buy|bring home) (a |the |your |one )?"
        "(own )?(guns?|pistols?|handguns?|glocks?|rifles?|firearms?|revolvers?)\\b(?! (range|"
        "lessons?|sessions?|class|safety|safes?|cases?))"
    ),
    "re:(拳銃|銃|ピストル|ライフル)(を|は)?(その場で|即日|すぐ)?(お持ち帰り|持ち帰|購入|買え|買って)",
    "re:(권총|총기|소총)(을|를)? ?(바로|그 ?자리에서|즉시|당일)? ?(가져가|들고 가|사 ?가)",
    "re:(手枪|枪支|步枪|枪)(可以)?(当场|直接|马上|立即)(带走|拿走|买走)|买枪|卖枪",
    "re:(पिस्तौल|बंदूक|राइफल|गन) (खरीदें|खरीदो|खरीद लो|ले जाएं|ले जाओ|घर ले जा)",
    (
        "re:\\b(pistol|bandook|banduk|gun|rifle)s? (kharido|kharidein|khareedo|le jao|ghar le jao|"
        "ghar le jaiye|le jaiye)\\b"
    ),
    "re:(পিস্তল|বন্দুক|রাইফেল)[^।\\n]{0,6}(কিনে|কিনুন|নিয়ে যান|নিয়ে যাও|বাড়ি নিয়ে)",
    (
        "re:\\b(pistol|bonduk|bondhuk|gun|rifle) (kine|kinun|kino|sathe niye jan|niye jan|"
        "bari niye jan|niye jao)\\b"
    ),
]
# A licensed range or club that checks ID: "no ID, no entry" names the papers to demand them.
GUN_LAWFUL = [
    (
        "re:\\b(?<!no )(?<!no photo )(?<!without )(photo )?(id|licen[cs]e|permit)s? (required|"
        "checked|mandatory|must be shown|at the door|on entry)\\b|\\bno (photo )?(id|licen[cs]e),? "
        "no (entry|entrance|shooting|service|lane)\\b|\\blicensed (indoor |outdoor )?(range|club|"
        "dealer|gun shop|shooting|rifle club)\\b"
    ),
    "re:(身分証|身分証明書|許可証|免許証)(の)?(提示|確認|持参)(が|を)?(必須|必要|お願い|いたします|します)",
    "re:(公安委員会|警察)の許可を(受けた|得た|取った)|許可済みの射撃場",
    "re:신분증 ?(지참|제시|확인) ?(필수|필요|후|해야)",
    "re:신분증 없이는 ?(입장|이용|사격|구매) ?(불가|안 ?돼|못)",
    "re:허가(받은|된) (실내)?사격장|(경찰|경찰청) ?허가",
    "re:持证(经营|射击)|凭(身份证|证件|有效证件)|(须|需|必须)(出示|携带|持)(身份证|证件|有效证件)|无证(件)?不得|公安备案",
    (
        "re:(आईडी|लाइसेंस) (के )?(बिना )?(प्रवेश|एंट्री) (नहीं|वर्जित|मना)|बिना (आईडी|लाइसेंस) (के )?"
        "(प्रवेश|एंट्री) (नहीं|वर्जित|मना)|(आईडी|पहचान पत्र) (दिखाना )?(ज़रूरी|जरूरी|अनिवार्य)|"
        "लाइसेंसी (शूटिंग|रेंज|क्लब)"
    ),
    (
        "re:\\b(bina )?(id|license|licence) (ke )?(bina )?(entry|pravesh) (nahi|mana|band)\\b|"
        "\\b(id|license) (dikhana )?(zaroori|zaruri|jaruri|compulsory|mandatory)\\b"
    ),
    (
        "re:(আইডি|লাইসেন্স|পরিচয়পত্র) (ছাড়া) (প্রবেশ|ঢোকা|এন্ট্রি) (নিষেধ|নেই|যাবে না|নিষিদ্ধ)|"
        "(আইডি|পরিচয়পত্র) (দেখানো )?(বাধ্যতামূলক|আবশ্যক)|লাইসেন্সপ্রাপ্ত"
    ),
    (
        "re:\\b(id|license|licence) (chara|chhara|charai) (entry|probesh|dhoka) (nei|nishedh|"
        "jabe na|nai)\\b|\\b(id|license) (dekhano )?(badhyotamulok|compulsory|mandatory)\\b"
    ),
]
_GUN_TAKEAWAY = _plain(GUN_TAKEAWAY)
_GUN_LAWFUL = _plain(GUN_LAWFUL)
_ILLEGAL_GUN = _plain(ILLEGAL_GUN)
_ON_SALE = _plain(ON_SALE)

# Self-harm used to sell or to stage a sad post: "then jump" with a rooftop edge.
JUMP_URGE = [
    # Said as the last word of a line ("Then jump."), not "then jump in" or "jump higher".
    "re:\\b(then|so|just|go( ahead and)?) jump\\b(?=\\s*([.!?'\"”’]|$))",
    "re:\\bjump (off|already)\\b",
    "飛び降りろ", "飛び降りれば", "飛び降りちゃえ", "뛰어내려", "뛰어 내려", "跳下去吧", "跳下去啊",
    "那就跳", "कूद जाओ", "कूद जा", "कूद ही जाओ", "ঝাঁপ দাও", "ঝাঁপিয়ে পড়ো", "লাফ দাও",
    # The jump sold as cool or as a dare.
    "re:\\b(jumping|the jump|to jump|jump karna|kudna|koodna|lafano|laf deya|jhap deya)\\b"
    "[^.!?\\n]{0,12}\\b(is |hai |ta )?(cool|bold|brave|legit|epic)\\b",
    "re:\\b(dare|dares|dared|daring) (you |u |them )?to (jump|leap)\\b",
    "re:\\bjump if you dare\\b",
    "re:飛び降り(る|た)?(の|こと)?(が|は|って)(かっこいい|カッコいい|クール|最高)",
    "re:뛰어내리는 ?(게|것이|거) ?(멋|쿨|용기)", "re:跳下去(才|就是|最)(酷|帅|勇敢)",
    "re:कूदना (cool|कूल|बहादुरी)", "re:লাফ (দেওয়া|দেয়া)(টা)? (কুল|cool|সাহসী)",
]  # fmt: skip
# A wasted body as the goal: ribs showing with "goal", "target", 目標, 목표, 目标, लक्ष्य.
RIBS = [
    (
        "re:\\b(ribs?|rib ?cage|collarbones?|hip ?bones?)( and (ribs?|rib ?cage|collarbones?|"
        "hip ?bones?|cheekbones?))? (are |is )?(showing|sticking out|visible|poking out|"
        "jutting( out)?|protruding)\\b"
    ),
    "re:\\b(visible|protruding|showing) (ribs?|rib ?cage|collarbones?|hip ?bones?)\\b",
    "re:(肋骨|あばら骨|あばら|骨)(が|の)?[^。]{0,8}(浮き出|浮いて|見え|出て|くっきり)",
    "re:(갈비뼈|쇄골|뼈)(가|이)?[^.]{0,8}(드러|보이|튀어|앙상)",
    "re:(肋骨|排骨|骨头|骨頭|锁骨|鎖骨|胯骨)[^。]{0,6}(凸|露|突出|看得见|看得到|根根分明)",
    "re:(पसलि(यां|याँ|यों)|हड्डियां|हड्डियाँ|हड्डी)[^।]{0,10}(दिख|निकल)",
    "re:(পাঁজর(ের হাড়)?|হাড়|হাড্ডি)[^।]{0,10}(দেখা|বেরিয়ে|বের হয়ে)",
    (
        "re:\\b(haddi|haddiyan|haddiyaan|pasli|pasliyan|haar|harh|pajor|pajhor|pojor|hadda)\\w* "
        "((sob|shob|sab|saaf|saf|puri|pura|clear) )?(dikhne|dikhe|dikhti|dikhen|dikh|dekha|dekhe|"
        "dekhte|bojha|beriye|ber hoye|ber howa|bahar|nikl|nikal)\\w*"
    ),
]  # fmt: skip
BODY_GOAL = [
    "re:\\b(goal|target|dream|ideal) (body|figure|weight|look)\\b",
    "re:\\b(as|is) the goal\\b",
    "re:\\b(yahi|yehi|eta|eita|etai|ye|yeh) (goal|target|lakshya|lokkho)\\b|\\bgoal (hai|hoy)\\b",
    "目標", "理想", "憧れ", "목표", "워너비", "이상적인 몸", "目标", "理想身材",
    "榜样", "लक्ष्य", "आदर्श शरीर", "ड्रीम बॉडी", "লক্ষ্য", "আদর্শ শরীর", "স্বপ্নের শরীর",
]  # fmt: skip
# Not eating or purging urged as the way to beauty: an imperative, not a mention.
STARVE_PRAISE = [
    (
        "re:\\bstarv(e|ing)( yourself)? (is|to be|makes you|=) "
        "(beautiful|pretty|skinny|thin|hot|sexy)\\b"
    ),
    "re:\\b(if you ate|you ate|eat it),? (then )?(throw it up|puke|vomit|purge)\\b",
    "re:\\b(hunger|starving|empty stomach) is (beauty|beautiful|power|the key)\\b",
    "re:(食べたら|食べたなら|食べたら全部)吐け",
    "re:(絶食|断食|食べない|飢え)(こそ|が|は)(美|きれい|かわいい|正義)",
    "re:굶어야 ?(예뻐|날씬|살|이뻐)", "re:(먹었으면|먹으면|먹은 건) ?토해", "굶는 게 답",
    "re:(饿|餓)(着)?(才|就)(能)?(美|瘦|好看)", "re:吃了就(吐|催吐)", "不吃才美",
    "re:भूख(े| )?(रहो|रहना)[^।]{0,10}(सुंदर|पतल|खूबसूरत)", "re:(खाओ|खाया) तो उल्टी",
    "re:না খেয়ে (থাকলেই|থাকলে|থাকো)[^।]{0,10}(সুন্দর|রোগা|স্লিম)",
    "re:খেলে (বমি করো|বমি করে ফেলো)",
    # A diet ad that tells buyers to go without food or under a starvation ceiling.
    "re:(?<!don't )(?<!do not )(?<!never )(?<!not )\\bskip (your |all |most |two |2 )?meals\\b",
    "re:\\b(never|don't|do not) (go|eat) (over|above|more than) \\d{3} ?(k?cals?|calories)\\b",
    "re:\\b(only|just|max|no more than) \\d{3} ?(k?cals?|calories) (a|per) day\\b",
    "re:(食事|ご飯|ごはん)(を|は)抜(け|こう|いて)",
    "re:(一日|1日)\\d{3} ?(kcal|キロカロリー)(以下|まで)",
    "re:(끼니|밥)(를|을|는)? ?(굶어|굶자|걸러|거르세요)",
    "re:하루 ?\\d{3} ?(칼로리|kcal) ?(이하|넘지 ?마)",
    "re:(一天|每天)只吃一(顿|餐)", "re:每天(不超过|只吃)\\d{3} ?(大卡|千卡|卡)",
    "re:(खाना|भोजन) (छोड़ो|छोड़ दो|छोड़ें)",
    "re:\\b(khana|meal|meals) (chhodo|chhod do|skip karo)\\b",
    "re:(খাবার|খাওয়া) (বাদ দাও|বাদ দিন|ছেড়ে দাও|ছেড়ে দিন)",
    (
        "re:\\b(khabar|khawa|khaoa) (bad dao|bad din|chhere dao|chere dao|chhede dao|chhere din|"
        "chharo)\\b"
    ),
]  # fmt: skip
_JUMP_URGE = _plain(JUMP_URGE)
_RIBS = _plain(RIBS)
_BODY_GOAL = _plain(BODY_GOAL)
_STARVE_PRAISE = _plain(STARVE_PRAISE)
# Wrist cuts shown on a helpline or first-aid poster are the help, not the harm.
SELF_HARM_HELP = [
    "re:\\b(helpline|hotline|crisis line|lifeline|counsel+ing|prevention|first aid|recovery|"
    "you are not alone|reach out|talk to someone|support line)\\b",
    "相談窓口", "いのちの電話", "応急手当", "상담전화",
    "상담 전화", "자살예방", "응급처치", "心理援助",
    "心理热线", "求助热线", "急救", "हेल्पलाइन", "काउंसलिंग", "प्राथमिक उपचार", "হেল্পলাইন",
    "কাউন্সেলিং", "প্রাথমিক চিকিৎসা",
]  # fmt: skip
_SELF_HARM_HELP = _plain(SELF_HARM_HELP)
# Services that support a group rather than speak of it: "support group", "drop-in centre".
SUPPORT_SERVICE = [
    "re:\\b(support (group|service|centre|center|network)s?|drop-in|peer support|"
    "mental health (support|services?|charity))\\b",
]  # fmt: skip
_SUPPORT_SERVICE = _plain(SUPPORT_SERVICE)
# Accidental poisoning: keep medicines out of children's reach, child-resistant caps.
MEDICINE_SAFETY = [
    (
        "re:\\b(out of (the )?reach|keep (all )?(medicines?|medications?|pills|tablets) "
        "(locked|away|up high|safe)|child[- ]?(proof|resistant|safe) (caps?|lids?|bottles?)|"
        "accidental (poisoning|overdose|ingestion)|poison (control|centre|center|help ?line)|"
        "medicine safety|medication safety|pahunch se (door|dur|bahar)|nagaler baire)\\b"
    ),
    "手の届かない", "誤飲", "誤って飲", "손이 닿지 않는", "손 닿지 않는", "오남용", "삼킴 사고",
    "re:(儿童|兒童|孩子|小孩|小朋友|宝宝|幼儿)[^。]{0,6}(接触不到|接觸不到|够不到|夠不到|拿不到)",
    "误服", "誤服", "re:(儿童|兒童)?(用药|用藥)安全|安全(用药|用藥)|锁好(药柜|药箱)",
    "re:पहुं?ँ?च से (दूर|बाहर)", "गलती से निगल", "re:নাগালের (বাইরে|বাহিরে)", "ভুল করে গিলে",
]  # fmt: skip
_MEDICINE_SAFETY = _plain(MEDICINE_SAFETY)
# The pills taken in order to die: a method, whatever the poster's caption says.
TO_DIE = [
    (
        "re:\\b(to die|wants? to die|wanted to die|to end (it|it all|(her|his|their|my) life)|"
        "kill (her|him|them|my)sel(f|ves)|suicid\\w*|marna chaht?[aie]|marne ke liye|khudkushi|"
        "aatmahatya|atmahatya|morte chay|morar jonno|attohotta|attohatya)\\b"
    ),
    "死にたい", "死ぬため", "自殺", "죽고 싶", "죽으려고", "자살", "想死", "自杀", "自殺", "轻生",
    "re:मरना चाह", "मरने के लिए", "आत्महत्या", "re:মরতে চা", "মরার জন্য", "আত্মহত্যা",
]  # fmt: skip
_TO_DIE = _plain(TO_DIE)

# Starvation sold as fitness: "eat nothing" as the copy of a diet or gym ad, or a day's
# food held under a starvation ceiling. A clinic's "eat nothing before your blood test" has
# no diet in it; "eat-nothing diets don't work" argues against it.
EAT_NOTHING = [
    # Water or black coffee as the whole intake: "nothing but water until weigh-in".
    "re:\\bnothing but (water|black coffee|coffee)\\b",
    "re:\\beat nothing\\b(?! (but|except|else))",
    "re:\\bstop eating\\b(?=\\s*([.,!?'\"”’]|$))",
    "re:\\b(not eating|the less you eat|no food) (is|=|wins|works)\\b",
    (
        "re:\\b(hunger|an empty stomach|starving) is (your|the) (best |only )?"
        "(friend|coach|trainer|secret)\\b"
    ),
    "re:食べなければ(痩せ|やせ)", "何も食べない",
    "re:食べない(の|こと)(が|こそ|は)(一番|いちばん|最強|近道|正解|正義)",
    "食べるな", "re:空腹(こそ|が|は)(最高|一番|最強|正義|美)",
    "re:굶(으면|는 ?만큼|어서|어야) ?(빠|살|예뻐|날씬)", "아무것도 먹지 마",
    "re:안 먹는 ?게 (답|최고|지름길|정답)",
    "re:不吃(饭)?(就|才)(能|会)?(瘦|美)", "re:什么都(别|不要)吃", "饿瘦", "少吃不如不吃",
    "re:कुछ (भी )?(मत|न) खाओ", "re:खाना बंद (करो|कर दो)", "भूखे रहो",
    "re:\\bkuch (bhi )?(mat|na) khao\\b", "re:\\bkhana band (karo|kar do)\\b",
    "re:\\bbh(oo|u)khe raho\\b",
    "re:কিছু(ই)? খেয়ো না", "re:খাওয়া বন্ধ (করো|করুন)", "re:না খেয়ে (থাকুন|থাকো)",
    (
        "re:\\b(kichu|kichhu|kisu|kissu|kicchu)(i)? (kheyo|kheo|khe'o|khaio|kheyona|khabe|khaba)"
        "( ?na)\\b"
    ),
    "re:\\bkhawa bondho (koro|korun)\\b", "re:কিছু(ই)? (খেও|খেয়ো|খাবে|খেয়োনা) ?না",
    "re:\\b(kuch|kuchh|kuchch|kucch)( bhi)? (mat|na|mt) (khao|khana|khaiyo|khayen|khaaye)\\b",
    "re:아무것도 ?(먹지 ?(마|말)|안 ?먹)",
    "re:\\bna kheye thak(o|un)\\b",
    # A meal skipped as the order, hunger called the real beauty or the best accessory, not
    # eating as the way to slim: "Skip dinner. Fit the dress.", "Khide-i ashol beauty".
    (
        "re:(?<!don't )(?<!do not )(?<!never )(?<!not )\\bskip (your |the )?"
        "(dinner|lunch|breakfast)\\b"
    ),
    (
        "re:\\b(hunger|starving|an empty stomach|bh(oo|u)kh|khide|khida|khidei|khide-i)"
        "(-?i|-?hi)? "
        "(is )?(the )?(best|real|true|ashol|asol|asli|only) (accessor(y|ies)|beauty|soundorjo|"
        "sundorota|khoobsurti|sundarta)\\b"
    ),
    (
        "re:\\b(na kheye|bina khaye|bina khaaye|khana chhod ?kar)( \\S+){0,2} "
        # Not when the line warns against it: "na kheye roga hoyo na".
        "(slim|roga|patli|patla|thin)\\b(?! (\\S+ )?(na|noy|nahi|nahin|mat)\\b)"
    ),
    "re:食べずに(痩せ|やせ|細く)", "re:空腹(こそ|が|は)[^。\\n]{0,4}(本当の|最高の)?(美|アクセ)",
    "re:굶어서 ?(날씬|마른|빼)", "re:배고픔(이|은|이야말로) ?(진짜|최고의) ?(아름다움|액세서리|미)",
    "re:(饥饿|饿肚子)(才是|是|就是)(真正的|最好的)(美|配饰)",
    "re:不吃(饭)?[^。！？\\n]{0,3}(瘦|苗条)",
    "re:भूख (ही )?(असली|सच्ची|सबसे अच्छी) (सुंदरता|खूबसूरती|एक्सेसरी)",
    "re:बिना खाए[^।\\n]{0,10}(पतली|स्लिम|दुबली)(?![^।\\n]{0,10}(नहीं|मत|न))",
    "re:(খিদে|ক্ষিদে|ক্ষুধা)(ই)? (আসল|সেরা) (সৌন্দর্য|বিউটি|অ্যাক্সেসরি)",
    "re:না খেয়ে[^।\\n]{0,10}(স্লিম|রোগা)(?![^।\\n]{0,10}(না|নয়)(?![\\u0980-\\u09ff]))",
]  # fmt: skip
# Days without food sold as a challenge, or eating called failure: "3-day starvation
# challenge", 3일 굶기 챌린지, 食べるのは失敗, 饿三天挑战, "khana haar hai".
STARVE_CHALLENGE = [
    (
        "re:\\b(\\d+|two|three|four|five|seven)[- ]days?[- ](starvation|starving|no[- ]food|"
        "zero[- ]food|water[- ]only|nothing[- ]to[- ]eat) (challenge|streak|plan)\\b"
    ),
    "re:\\bstarv(e|ation|ing) (challenge|streak|week|bootcamp)\\b",
    (
        "re:\\b(skip|no|zero|without) (food|eating|meals?|solid food) for (\\d+|two|three|four|"
        "five|six|seven|ten|a) (days|weeks?)\\b|"
        "\\b(don't|do not|not) eat (anything|a thing|a bite) "
        "for (\\d+|two|three|four|five|six|seven|ten|a) (days|weeks?)\\b"
    ),
    "re:(\\d+|三|五|七)日(間)?[^。\\n]{0,2}(ごはん|ご飯|食事)抜き",
    (
        "re:\\b(eating|food|a meal|every meal|each bite) (is|=|means) (failure|failing|weakness"
        "|defeat)\\b"
    ),
    "re:(\\d+|三|五|七)日(間)?(絶食|何も食べない|食べない)(チャレンジ|生活|企画)?",
    "re:食べる(の|こと)(は|が|=)(失敗|負け|罪|悪)", "絶食チャレンジ",
    "re:\\d+ ?일 ?(굶기|단식|금식|안 ?먹기)",
    "굶기 챌린지",
    "re:먹는 ?(건|것은|것이|게) ?(실패|패배|죄|지는)",
    "re:(饿|餓)(\\d+|三|五|七)天",
    "re:(\\d+|三|五|七)天不吃(饭|東西|东西)?",
    "绝食挑战",
    "挨饿挑战",
    "re:吃(饭|東西|东西)?(就是|等于|=)(失败|输|罪)",
    "re:\\d+ (दिन|दिनों) (तक )?(भूखे|भूखा|बिना खाना|बिना खाए)",
    "re:(खाना|खाना खाना) (ही )?(हार|नाकामी|कमज़ोरी) है",
    "re:\\b\\d+ din (tak )?(bhookhe|bhukhe|bhooka|bina khana|bina khaye)\\b",
    "re:\\b(khana|khaana) (hi )?(haar|fail|kamzori) hai\\b",
    "re:\\d+ দিন (না খেয়ে|উপোস|অনাহারে)",
    "re:(খাওয়া|খাবার) (মানেই|মানে|হলো) (হার|ব্যর্থতা|দুর্বলতা)",
    "re:\\b\\d+ din (na kheye|upos|anahare)\\b",
    "re:\\b(khawa|khabar) (manei|mane|holo) (har|byarthota|fail)\\b",
    # Appetite made the enemy: hunger the sign that the product works, eating a defeat.
    # "If you feel hungry, it's working", お腹が空いたら効いてる証拠, 배고프면 효과가 있다는 뜻,
    # 饿了说明有效, "bhookh lage to samjho kaam kar raha hai", "khide pele bujhbe kaj korche",
    # "eat and you lose", 食べたら負け, 먹으면 지는 거, 吃了就输, "khaya to haar", "khele haar".
    (
        "re:\\b(if you('re| are)? (feel |get |are )?hungry|hunger|"
        "feeling hungry)\\b[^.!?\\n]{0,16}?"
        "\\b(it's|it is|that's|that is|means (it's|it is)?|=) ?(working|doing its job)\\b|"
        "\\b(if you eat|eat and),? you('ve)? (lose|lost|fail(ed)?)\\b"
    ),
    "re:(お腹|おなか)(が)?(空|す)い(たら|てきたら)[^。\\n]{0,6}(効いて|効果)|空腹(は|こそ)[^。\\n]{0,4}効いて",
    "re:食べ(たら|れば)(負け|終わり|失敗)",
    "re:배(가)? ?고프(면|다면)[^.!?\\n]{0,8}(효과|잘 ?되고|먹히고|듣고)",
    "re:먹으면 ?(지는|진다|실패|끝)",
    "re:饿(了)?(就|才)?(说明|证明|代表)[^。！？\\n]{0,4}(有效|起作用|起效|在燃脂)",
    "re:吃了?就(输|失败|前功尽弃)",
    "re:भूख (लगे|लगी) तो (समझो|समझना|समझिए)[^।\\n]{0,10}(असर|काम)",
    "re:(खाया|खाओगे|खाना खाया) तो (हार|हारे|फेल)",
    (
        "re:\\b(bhookh|bhukh|bhook) (lage|lagi) (to|toh) (samjho|samajhna|"
        "samjhiye)\\b[^.!?\\n]{0,12}"
        "\\b(asar|kaam)\\b|\\b(khaya|khaoge|khana khaya) (to|toh) (haar|hare|fail)\\b"
    ),
    "re:(খিদে|ক্ষিদে|ক্ষুধা) (পেলে|লাগলে) (বুঝবে|বুঝবেন|বুঝো)[^।\\n]{0,8}(কাজ|কাজে)",
    "re:(খাবার )?খেলে(ই)? (হার|হেরে)",
    (
        "re:\\b(khide|khida|khidhe|kkhide) (pele|lagle) (bujhbe|bujhben|bujho)\\b[^.!?\\n]{0,10}"
        "\\b(kaj|kaje)\\b|\\b(khabar )?khele(i)? (haar|har|here)\\b"
    ),
]  # fmt: skip
# Vomiting told as the way to lose weight, or shown over a toilet for a gym or a diet:
# "bomi kore weight komao", 吐いて痩せる, 토해서 빼, 吐掉就瘦, "ulti karke vajan ghatao".
PURGE_METHOD = [
    (
        "re:\\b(throw(ing)? up|vomit(ing)?|purg(e|ing)|puk(e|ing))\\b[^.!?\\n]{0,30}?\\b(quietly|"
        "secretly|silently|in secret|so no ?one (hears|knows|notices)|without (anyone|anybody) "
        "(hearing|knowing|noticing))\\b"
    ),
    (
        "re:\\b(vomit(ing)?|throw(ing)? (it )?up|puk(e|ing)|purg(e|ing)) (to|and|your way to) "
        "(lose|drop|slim|shed|(get|stay|keep|be) (thin|skinny|slim))\\b"
    ),
    (
        "re:\\b(bomi|vomi|ulti|ultee|ulta) (kore|korle|karke|kar ke|karo)\\b[^.!?\\n]{0,16}?\\b"
        "(weight|ojon|vajan|wajan|mota|slim|roga)\\b"
    ),
    "re:吐いて(痩せ|やせ|体重)",
    "re:토해(서|야|도) ?(살|빼|빠|날씬)",
    "re:(吐|催吐)(掉)?(就|才)?(能)?(瘦|减)",
    "re:उल्टी (करके|कर के|करो)[^।\\n]{0,12}(वजन|वज़न|पतल|मोटापा)",
    "re:বমি (করে|করলে)[^।\\n]{0,12}(ওজন|রোগা|স্লিম)",
    # "Eat, then throw it up" told as the way: खाओ और निकाल दो, 食べて吐けばいい, 먹고 토하면 돼.
    (
        "re:\\beat(ing)?,? (and|then) (throw|bring|puke|purge) (it )?(all )?(back )?up\\b|"
        "\\b(khao|kha lo|khaao) (aur|phir) (nikal do|nikaal do|ulti kar\\w*)\\b|\\b(khao|khan|"
        "khaw) (ar|tarpor) (bomi|bomi kore) (koro|fele dao|felo)\\b"
    ),
    "re:(खाओ|खा लो|खाइए) (और|फिर) (निकाल दो|उल्टी कर)",
    "re:食べて(から)?吐(けばいい|けば|く。|くだけ|いて痩)",
    "re:먹고 ?(나서 )?토하면 ?(돼|된다|끝|살)",
    "re:(吃完|吃了)(就|再)?吐(掉)?(就|才)?(行|好|瘦|不胖)",
    "re:(খাও|খেয়ে নাও) (আর|তারপর) বমি (করো|করে ফেলো)",
]  # fmt: skip
PURGE_TOILET = [
    (
        "re:\\b(vomit\\w*|throw(s|ing)? up|puk(e|es|ing)|being sick|bomi kor\\w*|ulti kar\\w*)\\b"
        "[^.!?\\n]{0,20}?\\b(toilet|loo|commode|bowl)\\b"
    ),
    (
        "re:\\b(toilet|loo|commode)( e| mein| me| te)?\\b[^.!?\\n]{0,12}?\\b(vomit\\w*|throw(s"
        "|ing)? up|bomi|ulti)\\b"
    ),
    "re:トイレ(で|に)[^。\\n]{0,8}吐",
    "re:(변기|화장실)(에|에서) ?[^.!?\\n]{0,8}토하",
    "re:(马桶|厕所)(里|边|旁)?[^。\\n]{0,6}(吐|呕)",
    "re:(टॉयलेट|शौचालय)[^।\\n]{0,12}उल्टी", "re:(টয়লেট|কমোড)[^।\\n]{0,12}বমি",
]  # fmt: skip
# The ways to get there listed beside a thin body: days without food, laxatives, throwing up
# after a meal or a drink ("tips: skip food 3 days before, laxatives, throw up after drinks").
STARVE_TIP = [
    (
        "re:\\b(skip|no|stop|without) (food|eating|meals?)\\b[^.!?\\n]{0,12}?\\b(\\d+|two|three|"
        "four|five|a few|several) days\\b|\\b(\\d+|two|three|four|five) days (of )?(no food|"
        "without (food|eating)|not eating|starving)\\b|\\b\\d+ din (tak )?(bh(oo|u)kh(e|i)|khana "
        "mat|khana chhod|kuch mat kha)\\w*|\\b\\d+ din (na kheye|upos|kichu kheyo na)\\b"
    ),
    "re:(\\d+|二|三|四|五)日(間)?(何も)?(食べ(ない|ず)|絶食|断食|食事抜き)|(食事|ご飯|ごはん)(を)?抜(き|く|いて)",
    "re:\\d+ ?일(간|동안)? ?(굶|단식|금식|안 ?먹)|끼니(를)? ?(거르|굶)",
    "re:(饿|不吃饭|不吃东西|断食|绝食)(\\d+|两|三|四|五)天|(\\d+|两|三|四|五)天(不吃|断食|绝食|只喝水)",
    "re:\\d+ (दिन|दिनों) (तक )?(भूखे|भूखी|कुछ मत खाओ|खाना मत|खाना छोड़)",
    "re:[\\d০-৯]+ ?দিন (না খেয়ে|উপোস|কিছু খেয়ো না)",
]  # fmt: skip
LAXATIVE = [
    "re:\\blaxatives?\\b|\\b(julab|jullab|jolap|jolaap)\\b",
    "下剤", "설사약", "변비약", "泻药", "瀉藥", "जुलाब", "জোলাপ",
]  # fmt: skip
PURGE_AFTER = [
    (
        "re:\\b(throw(ing)? up|puk(e|ing)|vomit(ing)?|purg(e|ing))\\b (right )?(after|post)[- ]"
        "(every |each |a |the |your )?(meals?|eating|dinner|lunch|drinks?|food|snacks?)\\b|"
        "\\b(khane|khana khane|peene) ke baad ulti\\b|\\b(khawar|kheye) (pore|por) bomi\\b"
    ),
    "re:(食べ|飲ん)(た|だ)?(ら|後|あと)(に|は|で)?[^。\\n]{0,4}吐|食べ吐き",
    "re:(먹고|먹은 ?(후|뒤|다음)(에)?|마시고|마신 ?(후|뒤)(에)?) ?(바로 )?토(하|해)",
    "re:(吃|喝)(完|了)(饭)?(就|马上)?(去)?(吐|催吐|抠)",
    "re:(खाने|खाना खाने|पीने) के बाद उल्टी", "re:(খাওয়ার|খেয়ে|খাবার) (পরে|পর) বমি",
]  # fmt: skip
# A relief appeal describes a famine's days without food to ask for help, not as a method.
RELIEF_APPEAL = [
    (
        "re:\\b(donat\\w*|famine|charity|fundrais\\w*|food bank|relief (fund|appeal|effort|agency|"
        "work|camp)|appeal for|daan karo|dan koro|tran (dao|din))\\b"
    ),
    "寄付", "募金", "飢饉", "후원", "기부", "구호", "捐", "救助", "饥荒",
    # Not inside a word: प्रदान and প্রদান ("provide"), উপাদান ("ingredient").
    "re:(?<![\u0900-\u097f])दान(?!ा)", "राहत", "अकाल",
    "re:(?<![\u0980-\u09ff])দান(?!া)", "ত্রাণ", "দুর্ভিক্ষ",
]  # fmt: skip
_RELIEF_APPEAL = _plain(RELIEF_APPEAL)
_STARVE_TIP = _plain(STARVE_TIP)
_LAXATIVE = _plain(LAXATIVE)
_PURGE_AFTER = _plain(PURGE_AFTER)
_STARVE_CHALLENGE = _plain(STARVE_CHALLENGE)
_PURGE_METHOD = _plain(PURGE_METHOD)
_PURGE_TOILET = _plain(PURGE_TOILET)
# A day's food under 800 kcal, told in each script's digits; not what a class burns, not a
# deficit, not one meal.
_UNDER_800 = "(?<![\\d,.])[1-7१-७১-৭]\\d{2}"
LOW_INTAKE = [
    (
        f"re:\\b{_UNDER_800}[- ]?(k?cals?|calories?)[- ](a|per)[- ]day\\b"
        "(?! (deficit|less|fewer|burn))"
    ),
    f"re:\\b{_UNDER_800}[- ]?(k?cal|calorie)[- ]a[- ]day (plan|diet|challenge|meal plan)",
    (
        f"re:(一日|1日|毎日)(たった)?{_UNDER_800} ?(kcal|キロカロリー|カロリー)"
        "(?!(減|マイナス|消費|燃焼|を消費|を燃))"
    ),
    f"re:하루 ?{_UNDER_800} ?(칼로리|kcal)(?! ?(소모|태우|감량|적게|줄이))",
    f"re:(一天|每天|每日)(只)?(吃)?{_UNDER_800} ?(大卡|千卡|卡路里|卡|kcal)(?!(缺口|消耗|燃烧))",
    f"re:(दिन (में|भर में)|रोज़|रोज) (सिर्फ |केवल )?{_UNDER_800} (कैलोरी|kcal)",
    (
        f"re:\\b(din (mein|me|bhar mein)|roz|rozana) (sirf |bas )?{_UNDER_800} "
        "(calorie|calories|kcal)\\b"
    ),
    f"re:দিনে (মাত্র |শুধু )?{_UNDER_800} ?(ক্যালরি|ক্যালোরি|kcal)",
    f"re:\\bdine (matro |shudhu )?{_UNDER_800} (calorie|calories|kcal)\\b",
]  # fmt: skip
# Where such copy sells: a gym, a studio, a trainer's programme.
FITNESS = [
    "re:\\b(gym|gyms|bootcamp|workout|fitness|personal train\\w*|pilates|yoga|crossfit|hiit)\\b",
    "re:\\bstudio\\b", "ジム", "フィットネス", "トレーニング", "ヨガ", "ピラティス",
    "헬스", "피트니스", "필라테스", "요가", "크로스핏", "健身", "瑜伽", "普拉提", "私教",
    "जिम", "फिटनेस", "योगा", "জিম", "ফিটনেস",
]  # fmt: skip
# What a class or a workout burns: "burn 600 calories a day".
CALORIE_BURN = [
    "re:\\b(burn|burns|burned|burning|torch|torches|melt)\\b", "燃焼", "消費", "燃やす",
    "소모", "태우", "태워", "消耗", "燃烧", "燃脂", "बर्न", "जला",
    "re:\\b(jalao|jalaye|jalana|porao|pora)\\b", "পোড়া", "বার্ন",
]  # fmt: skip
STARVE_COUNTER = [
    "re:\\b(don't|doesn't|do not|never) work\\b", "re:\\b(myths?|dangerous|unhealthy|unsafe)\\b",
    "re:\\bsay no to\\b", "危険", "不健康", "위험", "건강에 해로", "危险", "不健康",
    "खतरनाक", "re:\\b(khatarnak|bipojjonok)\\b", "বিপজ্জনক", "ক্ষতিকর",
]  # fmt: skip
_EAT_NOTHING = _plain(EAT_NOTHING)
_LOW_INTAKE = _plain(LOW_INTAKE)
_CALORIE_BURN = _plain(CALORIE_BURN)
_FITNESS = _plain(FITNESS)
_STARVE_COUNTER = _plain(STARVE_COUNTER)

# Cutting oneself with a blade, shown as the price of a missed goal: the act, not the scar a
# helpline poster shows.
CUT_SELF = [
    (
        "re:\\b(slic|cut|slash|carv)(e|es|ed|ing|s)? (into )?(his|her|their|my|your) own "
        "(fore)?(arm|arms|wrist|wrists|thigh|thighs|skin|leg|legs)\\b"
    ),
    (
        "re:\\b(razor|blade|box cutter|knife)\\b[^.!?\\n]{0,30}?\\b(his|her|their|my|your) own "
        "(fore)?(arm|arms|wrist|wrists|thigh|thighs|skin)\\b"
    ),
    (
        "re:\\b(cut|cuts|cutting|slice|slicing|slash|slashing)\\b[^.!?\\n]{0,12}\\b(his|her|their) "
        "(fore)?arms? (with|using) (a )?(razor|blade|box cutter|knife)\\b"
    ),
    "re:(カッター|カミソリ|剃刀|刃物|ナイフ)で(自分の)?(腕|手首|太もも|肌)を(切|傷つけ)",
    "re:自分の(腕|手首|太もも)を(切|傷つけ)",
    "re:(커터칼|칼|면도날|면도칼)로 (자기|자신의|제|본인) ?(팔|손목|허벅지)(을|를)? ?"
    "(긋|그어|베|긁)",
    "re:(자기|자신의|제) (팔|손목|허벅지)(을|를)? ?(긋|그어|베)",
    "re:(刀片|美工刀|剃刀|刀)(割|划|劃)(伤)?自己",
    "re:(刀片|美工刀|剃刀)[^。！？\\n]{0,3}(割|划|劃)(伤)?(手腕|腕|手臂|胳膊|大腿)",
    "re:(割|划|劃)(伤)?自己的(手臂|胳膊|手腕|大腿|皮肤)",
    "re:(ब्लेड|चाकू|रेज़र|रेजर|उस्तरा)[^।]{0,12}(अपनी|अपना|अपने|खुद)[^।]{0,12}(काट|चीर|कट लगा)",
    "re:अपनी (कलाई|बाँह|बांह|बाज़ू|बाजू|जांघ) (पर )?(काट|कट)",
    (
        "re:\\b(blade|razor|chaku|chaaku|ustra)\\b (se|sey) (apna|apni|apne|khud)"
        "[^.!?\\n]{0,12}?\\b(kaat|kat|cut)\\w*"
    ),
    "re:\\bkhud ko (kaat|kaato|kaatna|zakhmi)\\w*",
    "re:(ব্লেড|ছুরি|ক্ষুর)[^।]{0,6}দিয়ে (নিজের|নিজেকে)[^।]{0,10}(কাট|কেটে|চিরে)",
    "re:নিজের (বাহু|কবজি|কব্জি|হাত|উরু)[^।]{0,4}(কাট|কেটে)",
    (
        "re:\\b(blade|khur|chhuri|churi|razor)\\b diye (nijer|nijeke)[^.!?\\n]{0,16}?"
        "\\b(kete|kata|kaata|katche|katchhe|kat)\\w*"
    ),
    "re:\\bnijer (haat|hat|hath|kobji|kabji|bahu)\\w* (kete|kata|katche)\\w*",
    "re:\\bnijeke (kete|kata|katche)\\w*",
    # A blade drawn across a thigh, an arm or a stomach with the marks it leaves: the act,
    # whatever a gym or a diet ad calls it ("be hard on yourself"). Shaving a leg with a razor,
    # a blade opening a box or cutting cloth names no wound.
    (
        "re:\\b(razor ?blades?|blades?|box[- ]cutters?|scalpels?|craft knife|stanley knife)\\b"
        "[^.!?\\n]{0,30}?\\b(across|into|along|over|down) (her|his|their|my|your) (own )?"
        "(thighs?|forearms?|arms?|stomach|belly|hips?)\\b"
    ),
    (
        "re:\\b(cut|cuts|cutting|slic(e|es|ed|ing)|slash(es|ed|ing)?|carv(e|es|ed|ing)) (lines |"
        "marks |gashes )?(into|across) (her|his|their|my|your) (own )?(thighs?|forearms?|stomach|"
        "belly|hips?)\\b"
    ),
    (
        "re:(太もも|太腿|腕|お腹|腹)(に|へ)[^。\\n]{0,8}(カッター|カミソリ|剃刀|刃物|ナイフ|刃)で?"
        "[^。\\n]{0,8}(傷|切り傷|線)(を)?(つけ|付け|入れ|刻)"
    ),
    "re:(カッター|カミソリ|剃刀|刃物)(の刃)?で(太もも|太腿|腕|お腹)(に|を)[^。\\n]{0,8}(傷|切|線を入れ|刻)",
    (
        "re:(허벅지|팔|팔뚝|배)에 ?(커터칼|칼|면도날|면도칼|칼날)로 ?[^.!?\\n]{0,6}(상처|줄|칼자국)"
        "(을|를)? ?(내|긋|그|새기)"
    ),
    "re:(커터칼|면도날|면도칼|칼날)로 (허벅지|팔|팔뚝|배)에 ?[^.!?\\n]{0,6}(상처|줄|칼자국)",
    (
        "re:(刀片|美工刀|小刀|刀)[^。!?\\n]{0,3}在?(自己的)?(手腕|手臂|胳膊|大腿|肚子|腹部)上?"
        "[^。!?\\n]{0,6}(割|划|劃)(?!过|過)"
    ),
    (
        "re:(手腕|手臂|胳膊|大腿|肚子)上[^。!?\\n]{0,4}(划|割|劃)(出)?(一道道|一道一道|几道|好几道)?"
        "的?(口子|血痕|伤口|刀痕|血口)"
    ),
    (
        "re:(जांघ|जाँघ|जांघों|जाँघों|बांह|बाँह|बांहों|बाँहों|पेट)( पर| पे)[^।\\n]{0,8}(ब्लेड|चाकू|रेज़र|"
        "रेजर|उस्तरा|कटर) से[^।\\n]{0,8}(कट|काट|चीर|घाव)"
    ),
    (
        "re:(ब्लेड|चाकू|रेज़र|रेजर|उस्तरा|कटर) से (अपनी |अपने )?(जांघ|जाँघ|जांघों|जाँघों|बांह|बाँह|पेट)"
        "[^।\\n]{0,6}(कट|काट|चीर)"
    ),
    (
        "re:\\b(jaangh|jangh|jaanghon|janghon|baanh|banh|bahon|pet)( par| pe)? (blade|chaku|chaaku|"
        "razor|ustra|cutter) (se|sey)\\b[^.!?\\n]{0,12}?\\b(cut|kaat|kat|cheer|zakhm)\\w*"
    ),
    (
        "re:\\b(blade|chaku|chaaku|razor|ustra|cutter) (se|sey) (apni |apne )?(jaangh|jangh|"
        "jaanghon|janghon|baanh|banh|pet)( par| pe)?\\b[^.!?\\n]{0,10}?\\b(cut|kaat|kat|cheer)\\w*"
    ),
    (
        "re:(উরু|উরুতে|উরুর|বাহু|বাহুতে|পেটে)[^।\\n]{0,6}(ব্লেড|ছুরি|ক্ষুর|কাটার) দিয়ে[^।\\n]{0,8}"
        "(কাট|কেটে|চির|দাগ)"
    ),
    "re:(ব্লেড|ছুরি|ক্ষুর) দিয়ে (নিজের )?(উরু|বাহু|পেট)[^।\\n]{0,6}(কাট|কেটে|চির|দাগ)",
    (
        "re:\\b(uru|urute|urur|bahu|bahute|pete)\\b[^.!?\\n]{0,6}(blade|chhuri|churi|khur) diye"
        "\\b[^.!?\\n]{0,10}?\\b(kete|kata|katche|kaatche|chire|dag)\\w*"
    ),
    (
        "re:\\b(blade|chhuri|churi|khur) diye (nijer )?(uru|bahu|pet)\\w*[^.!?\\n]{0,8}?\\b(kete|"
        "kata|katche|chire|dag)\\w*"
    ),
    # Where to cut so no one sees: a how-to, whatever the zine calls it.
    (
        "re:\\b(where|how) to cut\\b[^.!?\\n]{0,30}?\\b(scars?|marks?|cuts?|it) (don't|doesn't|"
        "won't|wont|can't) (show|be seen|be noticed)\\b|\\bcut(ting)? (where|so) (no ?one|nobody|"
        "your parents|they) (won't|can't|don't|wont) (see|notice)\\b"
    ),
    "re:(커터칼|칼|면도날|면도칼)로 (팔|손목|허벅지|팔뚝)(을|를)? ?(긋|그어|그은|베)",
    "re:(팔뚝|허벅지|팔)(을|를)? ?(긋는|긋기|그어|그은)",
]  # fmt: skip
_CUT_SELF = _plain(CUT_SELF)

# Another faith's place of worship or festival run down: vermin, dirt, backwardness, mockery.
OTHER_FAITH = [
    (
        "re:\\b(other|another|the other|a different|their) (religions?|faiths?|communit(y|ies)|"
        "castes?)('s|s')?\\b"
    ),
    "re:\\b(other|another) (religion|faith|community)'s (festival|holiday|people|temple|mosque)\\b",
    "re:\\b(low|lower|untouchable)[- ]castes?\\b",
    "他の宗教", "別の宗教", "異教徒", "他宗教", "다른 종교", "타 종교", "타종교", "이교도",
    "别的宗教", "其他宗教", "外教", "异教", "別的宗教", "低种姓", "贱民",
    "दूसरे धर्म", "दूसरे मज़हब", "दूसरे मजहब", "अन्य धर्म", "दूसरी जाति", "दूसरे समुदाय",
    "नीची जात", "नीच जात", "छोटी जात",
    "অন্য ধর্ম", "অন্য সম্প্রদায়", "ভিন্ন ধর্ম", "বিধর্মী", "নিচু জাত", "ছোট জাত", "নীচু জাত",
]  # fmt: skip
# Mockery and vermin: with a place of worship or another faith. Dirt and backwardness count
# only with another faith or caste ("a dusty old church" is a setting).
DEMEAN_MOCK = [
    (
        "re:\\b(mock(s|ed|ing|ery)?(?!-?ups?\\b)|ridicul\\w*|make fun of|made fun of|vermin|"
        "nests? of rats|rats|cockroach(es)?|infested)\\b"
    ),
    "馬鹿にし", "バカにし", "嘲笑", "ネズミの巣", "ゴキブリ", "조롱", "비웃", "쥐소굴", "쥐떼",
    "바퀴벌레", "嘲讽", "丑化", "老鼠窝", "鼠窝", "蟑螂", "re:मज़ाक|मजाक", "चूहों का", "कॉकरोच",
    "ব্যঙ্গ", "ঠাট্টা", "উপহাস", "ইঁদুরের", "তেলাপোকা",
]  # fmt: skip
DEMEAN_DIRT = [
    "re:\\b(dirty|filthy|backward|primitive|savage|uncivili[sz]ed|disgusting)\\b",
    "汚く", "汚い", "不潔", "野蛮", "遅れた", "더럽게",
    "더러운", "미개", "천하게", "脏", "落后", "低贱",
    "गंदा", "गंदे", "गंदी", "पिछड़ा", "पिछड़े", "जाहिल", "নোংরা", "পিছিয়ে পড়া", "অসভ্য",
]  # fmt: skip
_OTHER_FAITH = _plain(OTHER_FAITH)
# The people who worship a god, named by their worship: "those who worship a fake god",
# 拜这种假神的, この神を拝む奴ら, 그 신을 믿는 자들, उस देवी को पूजने वाले, ওই ঠাকুর পুজো করে যারা.
# An insult said of them after it is an insult to a faith's followers.
WORSHIPPERS = [
    (
        "re:\\b(those|people|anyone|everyone|all|fools|idiots) (who|that) (worship|pray to|bow to|"
        "believe in|follow)\\b|\\bworshipp?ers of\\b|"
        # followers of a faith, not of a page: "devotees of that fake goddess"
        "\\b(devotees|followers) of (this|that|the|a|your|their|such) (fake |false |so-called )?"
        "(gods?|goddess(es)?|deity|deities|idols?|religion|faith|temple|church|mosque|saint|"
        "prophet|guru|cult)\\b"
    ),
    "re:(拝む|崇める|信じる|信仰する)(奴|やつ|ヤツ|連中|人間|者)",
    "re:(믿는|섬기는|숭배하는|모시는) ?(놈|자|것|인간|사람)들",
    "re:(拜|信|崇拜|供奉|信奉)[^。，！？\\n]{0,8}的(人|家伙)?(都|全|全都)?(是)",
    "re:(पूजने|पूजा करने|मानने) वाले", "re:\\b(pujne|puja karne|manne) wale\\b",
    "re:(পুজো|পূজা) (করে|করা) যারা|(পুজো|পূজা) করা লোক", "re:\\b(puja|pujo) kore jara\\b",
]  # fmt: skip
# Fools said of the many: the plural and the bare words the single insults above leave out.
FOOLS = [
    "re:\\b(idiots|morons|fools|stupid|dumb|brainless|deluded|mad)\\b",
    "馬鹿ども", "アホども", "바보들", "멍청이들", "傻子", "傻瓜", "蠢", "笨蛋们",
    "मूर्ख", "re:\\b(murkh|moorkh|pagal|bokara|boka)\\b", "মূর্খ", "বোকা",
]  # fmt: skip
_WORSHIPPERS = _plain(WORSHIPPERS)
_FOOLS = _plain(FOOLS)
_DEMEAN_MOCK = _plain(DEMEAN_MOCK)
_DEMEAN_DIRT = _plain(DEMEAN_DIRT)

# A private person's photo with a crime or a slur for a label: "thief", "quack", "cheat".
PRIVATE_PHOTO = [
    (
        "re:\\b(her|his|their|my ex'?s?|the (shop )?owner'?s|the director'?s|former employee'?s|"
        "ex-employee'?s|ex-staff'?s|rival'?s?|competitor'?s?)\\b[^.!?\\n]{0,30}?"
        "\\b(photo|picture|pic|selfie|headshot|face)s?\\b"
    ),
    (
        "re:\\b(photo|picture|pic|selfie|headshot)s? of (her|him|them|my ex|the (owner|director|"
        "ex-employee|former employee|rival|competitor))\\b"
    ),
    "顔写真",
    "re:(元社員|元従業員|元店員|元カレ|元カノ|元彼|元妻|元夫|院長|店主|オーナー|社長|女将|ライバル店)[^。]{0,10}(写真|顔)",
    "얼굴 사진",
    "re:(전 ?직원|퇴사한|전 ?남친|전 ?여친|전남편|전처|원장|사장|주인|경쟁)[^.]{0,10}(사진|얼굴)",
    "生活照",
    "re:(前员工|離職員工|离职员工|前任|前男友|前女友|前夫|前妻|院长|院長|老板娘|老板|店主|对手)[^。]{0,8}(照片|脸|頭像|头像)",
    (
        "re:(एक्स|पूर्व कर्मचारी|पुराने कर्मचारी|पुरानी कर्मचारी|मालिक|डायरेक्टर|डॉक्टर|उस|उसकी|उसका)"
        "[^।]{0,10}(की|का|के) (फोटो|फ़ोटो|तस्वीर|चेहरा)"
    ),
    "re:(এক্স|প্রাক্তন|আগের কর্মচারী|মালিক|ডিরেক্টর|ডাক্তার|ওর|ওই লোকের|তার)[^।]{0,12}(ছবি|ফটো|মুখ)",
    # A customer who complained or did not pay, a rival shop's owner: a shop's own quarrels.
    (
        "re:\\b(customer|client|patron|diner|shopper|rival|competitor)\\b[^.!?\\n]{0,40}?"
        "\\b(photo|picture|pic|selfie|headshot|face|profile pic)s?\\b"
    ),
    "re:(客|お客|顧客|常連|ライバル店|隣の店|向かいの店|競合店)[^。]{0,15}(写真|顔)",
    "re:(손님|고객|단골|경쟁 ?(업체|가게)|옆 ?가게|맞은편 ?가게|건너편 ?가게)[^.]{0,15}(사진|얼굴)",
    "re:(客户|顾客|客人|隔壁|对面|同行|竞争对手)[^。]{0,15}(照片|相片|头像|脸)",
    "re:(她|他)的(照片|相片|头像|自拍|生活照)",
    "re:(ग्राहक|कस्टमर|सामने वाली दुकान|बगल वाली दुकान|पड़ोस की दुकान)[^।]{0,25}(फोटो|फ़ोटो|तस्वीर|चेहरा)",
    (
        "re:\\b(customer|grahak|khoddor|khodder)\\b[^.!?\\n]{0,30}?"
        "\\b(photo|pic|tasveer|chehra|chobi|chhobi|mukh)\\b"
    ),
    "re:(খদ্দের|কাস্টমার|ক্রেতা|পাশের দোকান|সামনের দোকান)[^।]{0,25}(ছবি|ফটো|মুখ)",
    # A rival's owner or chief by name with the photo sent along: "dokaner malik Jashim
    # (chhobi pathalam)", ライバル店の店主の山田さん（写真あり）.
    (
        "re:\\b(malik|maalik|owner|ceo|md|founder|boss|competitor|rival|protidwondi|protiddondi|"
        "dokandar|dukandar|pratidwandi)\\b[^.!?\\n]{0,40}?\\b(photo|pic|picture|headshot|chobi|"
        "chhobi|tasveer|tasvir|mukh|chehra)\\b"
    ),
    (
        "re:\\b(photo|picture|pic|headshot|selfie|face|profile pic)s?\\b[^.!?\\n]{0,40}?"
        "\\b(ceo|owner|founder|chief|boss|md|president|manager) of (our|the|a|that) "
        "(rival|competitor|competing)\\b"
    ),
    "re:(競合|ライバル|他社)[^。]{0,6}(社長|代表|CEO|ceo|店主|オーナー)[^。]{0,16}(写真|顔)",
    "re:(경쟁사|경쟁 ?업체|라이벌)[^.]{0,6}(대표|사장|ceo|CEO)[^.]{0,16}(사진|얼굴)",
    "re:(竞争对手|对手|同行)[^。]{0,6}(老板|总裁|ceo|CEO|创始人|店主)[^。]{0,16}(照片|相片|脸|头像)",
]
ACCUSE_LABEL = [
    (
        "re:\\b(embezzler|thief|thieves|fraud|fraudster|scammer|swindler|quack|cheater|crook|"
        "con ?artist|liar|criminal|sells? expired|(a|the|big|total|lying) cheat|"
        "cheats? (on|his|her|their|customers|people))\\b"
    ),
    "横領犯", "横領", "泥棒", "詐欺師", "ヤブ医者", "藪医者", "嘘つき", "浮気者", "犯罪者",
    "횡령범", "횡령", "도둑", "사기꾼", "돌팔이", "바람둥이", "거짓말쟁이", "범죄자",
    "贪污犯", "贪污", "小偷", "骗子", "庸医", "黑心", "渣男", "渣女", "骗钱", "过期原料",
    "चोर", "धोखेबाज़", "धोखेबाज", "ठग", "फ्रॉड", "झोलाछाप", "गबन", "बेवफा", "बेवफ़ा",
    "চোর", "প্রতারক", "বাটপার", "ঠগ", "ভুয়া ডাক্তার", "আত্মসাৎ", "প্রতারণা",
    # A debtor or an adulterer of food called so by name.
    "re:\\b(deadbeat|cheapskate|scrounger|milawatkhor|thug|chor)\\b", "老赖", "クレーマー", "진상",
    "मिलावटखोर", "ঠক",
    # An animal's abuser or a customer who skipped the bill, named as such for the street.
    "re:\\b(animal|dog|cat|pet|puppy) (abuser|torturer|killer)s?\\b", "虐待犯", "虐待魔",
    "踏み倒し", "학대범", "먹튀", "虐待狂", "虐狗", "虐猫", "赖账", "賴賬",
    "re:(जानवरों|पशुओं|कुत्ते) (पर|पे|के साथ) (ज़ुल्म|जुल्म|अत्याचार|क्रूरता) करने (वाला|वाली)",
    "re:\\b(janwaron|jaanwaron|kutte) (par|pe|ke sath) (zulm|julm|atyachar) karne (wala|wali)\\b",
    "re:(পশু|কুকুর|বিড়াল)(র)? ?নির্যাতনকারী", "re:\\b(poshu|kukur|biral) ?nirjatonkari\\b",
    "re:\\b(batpar|batpaar|protarok|protarak|jochchor|jocchor)\\b",
]  # fmt: skip
# A neighbour's phone or flat number on a sheet for the building's shared places: the lift,
# the lobby, the notice board, the stairwell (엘베에 붙일, エレベーターに貼る, 贴在电梯里, लिफ्ट में
# लगाना, লিফটে লাগাব, "lift me chipkana"). Mocked or accused there, it is shaming them to
# everyone they live with; a notice from the office with its own number is not mocked.
SHARED_POSTING = [
    (
        "re:\\b(put|stick|post|hang|paste|tape|pin)\\w* (it |them |this |these )?(up )?"
        "(in|on|inside|by|next to|at|around) (the |our |every |each |all the )?"
        "(elevators?|lifts?|lobby|notice ?boards?|stairwells?|stair ?cases?|mailroom|mail ?boxes|"
        "building entrance|"
        "common areas?|corridors?|hallways?)\\b"
    ),
    "re:(エレベーター|エレベータ|エレベ|掲示板|エントランス|ロビー|郵便受け|階段|廊下)[^。、\n]{0,4}(貼|張|掲示)",
    "re:(엘베|엘리베이터|게시판|현관|로비|우편함|계단|복도)[^.,\n]{0,4}(붙|걸|부착|게시)",
    "re:(电梯|電梯|公告栏|公告欄|楼道|樓道|单元门|單元門|大堂|信箱)[^。，,\n]{0,4}(贴|貼|张贴|張貼|挂|掛)",
    "re:(贴|貼|张贴|張貼|挂|掛)(在|到)(电梯|電梯|公告栏|公告欄|楼道|樓道|单元门|單元門|大堂)",
    "re:(लिफ्ट|लिफ़्ट|नोटिस बोर्ड|सीढ़ियों|गेट|लॉबी)[^।\n]{0,10}(लगा|चिपका)",
    "re:(লিফট|লিফ্ট|নোটিশ বোর্ড|সিঁড়ি|লবি|গেট)[^।\n]{0,10}(লাগা|সাঁটা|টাঙা)",
    (
        "re:\\b(lift|elevator|notice board|lobby|siri|sidhi|seedhi)( me| mein| pe| par| e| te)? "
        "([a-z]+ ){0,2}(laga|chipka|shata|saanta|tanga|lagi)\\w*"
    ),
]  # fmt: skip
_SHARED_POSTING = _plain(SHARED_POSTING)
# A fraud-prevention or safety poster warns against the thief or the scammer; it labels no one.
ACCUSE_WARNING = [
    (
        "re:\\b(prevention|awareness|beware|protect (yourself|your)|never share|scam alert|"
        "stay safe|don't fall for|do not fall for|report (it|them|fraud))\\b"
    ),
    "注意喚起", "詐欺防止", "ご注意", "예방", "주의하세요",
    "조심하세요", "防骗", "反诈", "防范", "谨防",
    "सावधान", "जागरूकता", "সতর্ক", "সচেতনতা",
]  # fmt: skip
_PRIVATE_PHOTO = _plain(PRIVATE_PHOTO)
_ACCUSE_LABEL = _plain(ACCUSE_LABEL)
_ACCUSE_WARNING = _plain(ACCUSE_WARNING)

# Liquor made at home or sold without a licence, or sold so the police do not find out.
HOOCH = [
    (
        "re:\\b(moonshine|hooch|bootleg (liquor|alcohol|booze|whisky|whiskey|rum|daru)|"
        "home-?(made|brewed|distilled) (liquor|alcohol|booze|spirits?|daru|daaru|sharab|arak|"
        "whisky|whiskey|vodka|rum|soju|baijiu)|ghar ki (bani |banayi |bani hui )?(desi )?"
        "(daru|daaru|sharab)|kachi (daru|sharab)|kacchi (daru|sharab)|tharra|cholai( mod)?|"
        "chullu)\\b"
    ),
    "密造酒", "どぶろく密造",
    "re:(自家製|手作り|自分で作った)の?(焼酎|日本酒|酒|ウイスキー)[^。\\n]{0,12}(売|販売)",
    "밀주", "re:(집에서|직접) (담근|만든|빚은) (술|소주|막걸리)[^.!?\\n]{0,12}(팔|판매)",
    "私酿酒", "私釀酒", "私酒", "假酒", "勾兑酒",
    "re:(自己|家里|自家)(酿|釀|烤)的(白酒|酒)[^。\\n]{0,12}(卖|賣|出售)",
    "कच्ची शराब", "कच्ची दारू", "घर की बनी शराब", "घर की बनी दारू", "अवैध शराब", "ठर्रा",
    "চোলাই", "চোলাই মদ", "ঘরে তৈরি মদ", "বাড়িতে বানানো মদ", "অবৈধ মদ",
]  # fmt: skip
LIQUOR = [
    (
        "re:\\b(liquor|alcohol|booze|spirits|whisky|whiskey|vodka|rum|gin|wine|beer|daru|daaru|"
        "sharab|mod|arak|soju|sake|baijiu|toddy|tadi|mahua)\\b"
    ),
    "酒", "焼酎", "ビール", "술", "소주", "막걸리", "맥주", "白酒", "啤酒",
    "शराब", "दारू", "ताड़ी", "महुआ", "মদ", "তাড়ি", "মহুয়া",
]  # fmt: skip
UNLICENSED = [
    (
        "re:\\b(without|no|bina|w/o|chara|chhara) (a |any |the )?(liquor |alcohol |excise )?"
        "(licen[cs]e|permit)s?\\b"
    ),
    "re:\\bunlicen[cs]ed\\b",
    "re:\\blicen[cs]e (nahi|nai|nei) (hai|he)?\\b",
    "無許可", "無免許", "免許なし", "免許がない", "免許無し", "許可なし",
    "re:(무허가|허가 ?없이|면허 ?없이|허가 안 ?받|면허 안 ?받)",
    "无证", "無證", "无照", "無照", "无牌",
    "re:(没有|沒有|没)(执照|執照|许可证|許可證|许可|牌照|酒牌)",
    "re:बिना (किसी )?(लाइसेंस|लाइसेन्स|परमिट|अनुमति)",
    "re:(लाइसेंस|लाइसेन्स) (नहीं|नही) (है|हैं|लिया)",
    "re:(লাইসেন্স|লাইসেন্স|পারমিট|অনুমতি) (ছাড়া|ছাড়াই|নেই|নাই)",
]  # fmt: skip
EVADE_POLICE = [
    (
        "re:\\b(so|that|and) (the )?(police|cops|excise|authorities)( (don't|do not|won't|will not|"
        "can't|cannot|never) (find out|know|notice|catch|see|find)| (wont|dont|never) "
        "(find out|know|notice|catch))\\b"
    ),
    "re:\\b(police|cops|thana) (ko|ku) (pata|khabar) (na|nahi|nai) (chale|lage|chalna)\\b",
    "re:\\bpolice (jeno|jano|yeno) (jante|ter) (na|pabe na)\\b",
    "re:(警察|サツ|税務署)(に|には|から)?(バレ|ばれ|見つから|捕まら|知られ)(ない|ずに)",
    "re:(경찰|단속)(이|에|한테|에게)? ?(모르게|안 ?걸리게|걸리지 ?않게|안 ?들키게|들키지 ?않게)",
    "re:(别|不要|不能|別)(让|讓|被)(警察|公安|城管)(知道|发现|發現|查到)",
    "re:(不被|躲开|躲過|躲过)(警察|公安|城管)",
    "re:(पुलिस|थाने|आबकारी)( वालों)? (को|तक) (पता|खबर|ख़बर) (न|ना|नहीं) (चले|लगे|पहुंचे|पहुँचे)",
    "re:(পুলিশ|থানা)( যেন)? (জানতে|টের|খবর) (না পায়|পাবে না|না পারে|পায় না)",
    # No fear of the police: "police er dor nai", पुलिस का डर नहीं, 警察なんて怖くない.
    (
        "re:\\b(no fear of (the )?(police|cops)|(police|cops) (can't|cannot|won't) (touch|catch) "
        "(you|us)|police(-er| er| ka| ki)? (bhoy|bhay|dor|dar|darr|khauf) (nei|nai|nahi|nahin))\\b"
    ),
    "re:(पुलिस|थाने) (का|की) (डर|भय|खौफ|ख़ौफ़) (नहीं|नही)", "re:পুলিশ(ের)? (ভয়|ডর) (নেই|নাই)",
    # Or no trouble from them: "no police hassle", पुलिस का झंझट नहीं, পুলিশের ঝামেলা নাই.
    (
        "re:\\b(no (police|cop) (hassle|trouble|problems?|worries|headache)|(police|cops)(-er| er|"
        " r| ka| ki)? (hassle|trouble|tension|jhanjhat|jhamela|jhamala|jhamel|jhanjhot)\\w* (free|"
        "nahi|nahin|nai|nei))\\b"
    ),
    "re:(पुलिस|थाने) (का|की) (झंझट|झमेला|टेंशन|लफड़ा|चक्कर) (नहीं|नही)",
    "re:পুলিশ(ের)? (ঝামেলা|টেনশন|ঝুটঝামেলা|হ্যাপা) (নেই|নাই)",
    "re:(警察|サツ)(の)?(心配|トラブル)(なし|無し|いらない|不要)",
    "re:(警察|公安|条子)(的)?(麻烦|麻煩)(都)?(没有|沒有|不用)",
    "re:警察(なんて|も|は)?(怖くない|気にしない|関係ない)",
    "re:경찰 ?(걱정|무서워할) ?(없|마|필요 ?없)",
    "re:(不怕|不用怕|不用担心)(警察|公安|条子)",
    # Kept past the police's notice, emojis or code standing in: "so the cops don't clock
    # it", 警察に気づかれないように, 경찰 눈치 못 채게, 警察看不出来, पुलिस को शक न हो.
    (
        "re:\\b(so|that|and) (the )?(police|cops|feds|narcs)( (don't|do not|won't|will not|can't|"
        "cannot|never) (clock|twig|suspect|get|figure|pick up on|flag)| (wont|dont|never) (clock|"
        "twig|suspect|flag))\\b|\\b(get|slip|sneak) (it )?past (the )?(police|cops|narcs)\\b"
    ),
    "re:(警察|サツ|ポリ)(に|には|から)?(気づかれ|気付かれ|目をつけられ|怪しまれ|疑われ)(ない|ず)",
    "re:(경찰|단속반?)(이|에|한테|에게)? ?(눈치 ?(못 ?채|안 ?채|채지 ?못)|의심 ?(못|안) ?하)",
    "re:(警察|公安|条子)(看不出|发现不了|查不到|注意不到|不会怀疑)",
    "re:(पुलिस|थाने)( वालों)? (को )?(शक|शक़) (न|ना|नहीं) (हो|होगा)",
    "re:\\bpolice (ko|ku) (shak|shaq) (na|nahi) (ho|hoga)\\b",
    "re:পুলিশ( যেন)? (বুঝতে|সন্দেহ) (না পারে|না করে|করবে না|পারবে না)",
    "re:\\bpolice (jeno|jano)? ?(bujhte|sondeho) (na pare|na kore|korbe na|parbe na)\\b",
]  # fmt: skip
_HOOCH = _plain(HOOCH)
_LIQUOR = _plain(LIQUOR)
_UNLICENSED = _plain(UNLICENSED)
_EVADE_POLICE = _plain(EVADE_POLICE)

# Dying without pain asked or told how: "a painless way to die", 楽に死ねる方法, 안 아프게 죽는 법.
PAINLESS_DEATH = [
    (
        "re:\\b(painless|easy|easiest|quick|quickest|peaceful|gentle)( and (painless|quick|"
        "easy|peaceful))? ways? (to|of) (die|dying|end (it|it all|my life|your life)|kill "
        "(myself|yourself|oneself)|commit suicide|go to sleep forever)\\b"
    ),
    (
        "re:\\b(die|go|end (it|it all|my life)|kill (myself|yourself)|overdose|od)"
        "( on [a-z ]{1,20})? "
        "(painlessly|peacefully|without (any )?(pain|suffering|feeling (it|anything)))\\b"
    ),
    (
        "re:\\bhow (many|much) [a-z ]{0,24}(pills|tablets|tylenol|paracetamol|panadol|"
        "acetaminophen|advil|ibuprofen|aspirin|xanax|painkillers|insulin)\\b[^.!?\\n]{0,30}\\b"
        "(die|dead|death|never wake|not wake)\\b"
    ),
    "re:\\bhow to (die|go) (painlessly|peacefully|in (my|your) sleep)\\b",
    "re:(楽に|苦しまずに|苦しまないで|痛くなく|痛みなく|安らかに|眠るように)(死ね|死ぬ|死ん|逝け|逝く)",
    "痛くない死に方", "楽な死に方", "苦しくない死に方",
    "re:(睡眠薬|眠剤)[^。\\n]{0,16}(何錠|どれだけ|どのくらい|何粒)[^。\\n]{0,12}(死ね|死ぬ|死ん)",
    "re:(안 ?아프게|고통 ?없이|고통없이|편하게|편안하게|아프지 ?않게) ?죽(는|을|고|을 ?수|으려)",
    "re:수면제[^.!?\\n]{0,16}(몇 ?알|얼마나|몇 ?개)[^.!?\\n]{0,12}(죽|안 ?깨)",
    "re:(怎么|怎样|如何|方法|办法|教)[^。！？\\n]{0,16}(死|走|自杀|自殺)(的|得)?(没|沒|不|毫无|毫無)(有)?(痛苦|痛|疼)",
    "re:(无痛|無痛|没有痛苦|沒有痛苦|不痛苦)(地)?(死|自杀|自殺|离开这个世界)",
    (
        "re:(安眠药|安眠藥)[^。！？\\n]{0,10}(吃多少|几颗|幾顆|几片|幾片|多少片)[^。！？\\n]{0,10}(死|走|"
        "醒不过来|不醒|醒不来|不会醒)"
    ),
    "re:(कितनी|कितने)[^।\\n]{0,8}(नींद की गोलि|गोलियां|गोलियाँ)[^।\\n]{0,20}(मर|मौत|नहीं उठ)",
    (
        "re:(কয়টা|কটা|কতগুলো|কত)[^।\\n]{0,6}ঘুমের (ওষুধ|বড়ি|ট্যাবলেট)[^।\\n]{0,20}(মর|মারা|ঘুম "
        "ভাঙবে না|আর উঠব)"
    ),
    (
        "re:\\b(kitni|kitne) (neend ki )?goli\\w*\\b[^.!?\\n]{0,24}?\\b(mar|maut|mout|nahi "
        "uth)\\w*|"
        "\\b(koyta|kota|kotogulo) ghumer (oshudh|bori)\\b[^.!?\\n]{0,24}?\\b(mora|mara|more|"
        "ghum bhangbe na)\\b"
    ),
    "re:(दर्द|तकलीफ|तकलीफ़|कष्ट)( के)? बिना (मर|मरने|जान देने|खुदकुशी|ख़ुदकुशी)",
    "re:बिना (दर्द|तकलीफ|तकलीफ़|कष्ट)( के)? (मर|मरने|जान देने|खुदकुशी)",
    "re:(आसानी से|आराम से|चुपचाप) (मरने|मर जाने|जान देने) (का|के) (तरीका|तरीके|उपाय)",
    "re:(नींद की गोलियां|नींद की गोली)[^।\\n]{0,16}(कितनी|कितने)[^।\\n]{0,16}(मर|मौत)",
    "re:(কষ্ট|ব্যথা|যন্ত্রণা)( না পেয়ে| ছাড়া| ছাড়াই| ছাড়া) ?(মরার|মরা|মরতে|মরে যাওয়ার|মারা যাওয়ার)",
    "re:(সহজে|শান্তিতে|ঘুমের মধ্যে) (মরার|মরে যাওয়ার|মারা যাওয়ার) (উপায়|পদ্ধতি|রাস্তা)",
    "re:ঘুমের (ওষুধ|বড়ি|ট্যাবলেট)[^।\\n]{0,16}(কতগুলো|কয়টা|কটা|কত)[^।\\n]{0,16}(মর|মারা)",
]  # fmt: skip
_PAINLESS_DEATH = _plain(PAINLESS_DEATH)
# A fall from a roof, a bridge or a tower, and fresh cuts with blood running, drawn as
# beautiful or sold as fashion: "飛び降りる…美しく", "割痕…唯美", "chhad theke jhap, sundor".
JUMP_FROM_HEIGHT = [
    (
        "re:\\bstep(s|ping|ped)? off (a |the )?(roof|rooftop|building|bridge|ledge|skyscraper)\\b"
    ),
    (
        "re:\\b(jump(s|ing|ed)?|leap(s|ing|t)?|fall(s|ing)?|plung(e|es|ing)|"
        "throw(s|ing)? "
        "(herself|himself|themselves)) (backwards? |forwards? |headfirst |slowly |gracefully )?"
        "(off|from) (a |the |an? )?(top of (a |the )?)?([\\w-]+ )?(roof|rooftop|building|bridge|"
        "tower|balcony|cliff|ledge|skyscraper|terrace)\\b"
    ),
    "re:(屋上|ビル|橋|ベランダ|マンション|タワー|崖)(から|の上から)[^。\\n]{0,6}飛び降り",
    "re:(屋上|ビル|橋|崖)から身を投げ",
    # The moment of the jump down, whatever the place: 飛び降りる瞬間, 뛰어내리는 순간,
    # 跳下的瞬间, "niche jhap debe", "neeche koodne wali".
    "re:飛び降り(る|た)(瞬間|直前|少女|女の子|女子)",
    "re:뛰어내리(는|기) ?(순간|직전|소녀|여고생|여자)",
    "re:(跳下|一跃而下|纵身一跃)(的)?(瞬间|女孩|少女)",
    (
        "re:\\b(chhat|chhath|chat|chhad|chad|chhader|chader|building|bilding|bridge|brij|pul|"
        "munder|kinare|kinara)\\b[^.!?\\n]{0,40}?\\b(neeche|niche|nice|nichey) (kood|kud|jhap|"
        "jhaap|laf|laaf)\\w*"
    ),
    "飛び降り自殺",
    (
        "re:(옥상|건물|다리|난간|베란다|아파트|절벽)(에서|위에서) ?[^.!?\\n]{0,6}"
        "(뛰어내리|몸을 ?던지|떨어지|추락)"
    ),
    "re:(옥상|다리|난간|한강|절벽)[^.!?\\n]{0,10}(뛰어내리려|뛰어내릴|투신하려|몸을 ?던지려)",
    "투신",
    "re:(楼顶|天台|楼上|桥上|阳台|高楼|大楼)[^。！？\\n]{0,4}(跳下|一跃而下|纵身|坠落|跳楼)",
    "跳楼",
    "re:(छत|इमारत|बिल्डिंग|पुल|बालकनी)[^।\\n]{0,6}(से )?(कूद|छलांग)",
    (
        "re:\\b(chhat|chhath|chat|building|bridge|pul|chhad|chad|chhader|bilding|brij)\\b"
        "[^.!?\\n]{0,8}?\\b(se|theke|thheke) (kood|kud|chhalang|jhap|jhaap|laf|laaf)\\w*"
    ),
    "re:(ছাদ|বিল্ডিং|ভবন|সেতু|ব্রিজ|বারান্দা)[^।\\n]{0,4}(থেকে) ?(ঝাঁপ|লাফ)",
]  # fmt: skip
FRESH_CUTS = [
    (
        "re:\\b(fresh|open|bleeding|raw|deep) (cuts|slashes|gashes|cut marks|wounds)\\b"
        "[^.!?\\n]{0,30}?\\b(wrists?|forearms?|arms?|thighs?)\\b|\\b(wrists?|forearms?|arms?|"
        "thighs?)\\b[^.!?\\n]{0,20}?\\b(fresh|open|bleeding) (cuts|slashes|gashes|wounds)\\b"
    ),
    (
        "re:\\b(razor|blade|box[- ]cutter) (lines|marks|cuts|slashes|scratches)\\b[^.!?\\n]{0,20}?"
        "\\b(wrists?|forearms?|arms?|thighs?)\\b|\\b(wrists?|forearms?|arms?|thighs?)\\b"
        "[^.!?\\n]{0,20}?\\b(razor|blade) (lines|marks|cuts|slashes)\\b"
    ),
    (
        "re:\\bblood (dripping|running|trickling|streaming) (down|from|off) (her|his|their|the) "
        "(wrists?|fingers|arms?|forearms?)\\b"
    ),
    "re:(手首|腕)[^。\\n]{0,10}(新しい|生々しい|真新しい)?(切り傷|傷口|リスカ)[^。\\n]{0,16}(血|滴)",
    "re:(血が|血の)[^。\\n]{0,6}(指先|手首|腕)[^。\\n]{0,6}(滴|伝|垂れ)",
    "re:(손목|팔|허벅지)[^.!?\\n]{0,12}(상처|칼자국|자해 ?자국)[^.!?\\n]{0,16}(피|핏방울)",
    "re:피가 ?(손가락|손목|팔)[^.!?\\n]{0,6}(흘러|떨어|뚝뚝)",
    "re:(手腕|手臂|胳膊|大腿)[^。！？\\n]{0,10}(割痕|刀痕|伤口|划痕)",
    "re:(手腕|手臂|胳膊|大腿)[^。！？，\\n]{0,10}(新)?(划|割)(的|开的|出的)?(口子|血口|刀口)",
    "re:血[^。！？\\n]{0,2}(顺着|沿着)[^。！？\\n]{0,6}(手指|手腕|手臂)[^。！？\\n]{0,4}(滴|流)",
    "re:(कलाई|बांह|बाँह|हाथ)[^।\\n]{0,12}(ताज़ा|ताजा|गहरे)? ?(कट|घाव|ज़ख्म|जख्म)[^।\\n]{0,16}(खून|ख़ून)",
    (
        "re:\\b(kalai|kobji|haath|hath|haat|bahu)\\b[^.!?\\n]{0,16}?\\b(fresh|taza|taaza|tatka|"
        "gabhir)? ?(cut|cuts|ghaw|zakhm|kata dag|khoto)\\b[^.!?\\n]{0,20}?\\b(khoon|khun|rokto)\\b"
    ),
    "re:(কবজি|কব্জি|হাত|বাহু)[^।\\n]{0,12}(তাজা|টাটকা|গভীর)? ?(কাটা|ক্ষত)[^।\\n]{0,16}(রক্ত)",
]  # fmt: skip
BEAUTIFIED = [
    (
        "re:\\b(beautiful(ly)?|aesthetic(ally)?|dreamy|romantic(ised|ized)?|poetic|elegant|"
        "graceful(ly)?|gorgeous|stunning|glamorous|chic|stylish|editorial|fashion|couture|"
        "high[- ]fashion|luxe|pretty|sundor|shundor|khubsurat|khoobsurat|"
        "sundar)\\b"
    ),
    "美しく", "美しい", "綺麗", "きれい", "キレイ", "幻想的", "ロマンチック", "おしゃれ",
    "エモ", "儚", "切な", "映え", "伤感", "意境", "氛围感", "নান্দনিক", "এস্থেটিক", "एस्थेटिक",
    "re:\\b(ethereal|angelic|serene|peaceful)\\b",
    "ファッション",
    "아름답게", "아름다운", "예쁘게", "감성", "몽환", "화보", "패션", "우아",
    "唯美", "美丽", "美麗", "浪漫", "高级感", "時尚", "时尚", "大片", "好看",
    "खूबसूरत", "सुंदर", "सुन्दर", "फैशन", "रोमांटिक",
    "সুন্দর", "ফ্যাশন", "রোমান্টিক", "মোহময়",
    # Sadness sold as a look: a sad-aesthetic post, a "sad poster", सैड शायरी, স্যাড পোস্ট.
    "re:\\bsad[- ](aesthetic|edit|reel|status|poster|vibes?|girl|boy|core|post|shayari)s?\\b",
    "re:सैड (पोस्ट|शायरी|स्टेटस|रील|पोस्टर)|স্যাড (পোস্ট|স্ট্যাটাস|রিল|পোস্টার)",
]  # fmt: skip
# Sleeping pills offered as "the easy way" out, after an exam or a heartbreak: 楽な道,
# 쉬운 길, 解脱, आसान रास्ता, "shohoj rasta".
SLEEP_PILLS = [
    "re:\\b(sleeping|sleep) (pills|tablets|meds)\\b",
    "睡眠薬", "眠剤", "수면제", "安眠药", "安眠藥", "助眠药",
    "re:नींद की (गोली|गोलियों|गोलियां|गोलियाँ|दवा)",
    "re:\\b(neend|nind) ki (goli|goliyan|goliyon|dawa|dawai)\\b",
    "re:ঘুমের (ওষুধ|বড়ি|ট্যাবলেট)",
    "re:\\bghum(er)? (oshudh|oshud|osudh|bori|tablet)\\b",
]  # fmt: skip
EASY_WAY_OUT = [
    (
        "re:\\b(the |an? )?(easy|easiest|simple|quick|only) (way|way out|escape|exit|answer|"
        "solution)\\b|\\b(shohoj|sohoj|shahoj|sahaj|aasaan|asaan|aasan|asan) (rasta|raasta|"
        "upay|upai|tarika|tareeka|path|pother)\\b"
    ),
    "re:楽な(道|方法|逃げ道)|(一番)?簡単な(道|方法|解決)|これで楽に",
    "re:(쉬운|편한|유일한) ?(길|방법|탈출구|해결책)",
    "re:(解脱|一了百了|最简单的(办法|路|出路)|唯一的出路|轻松的(办法|出路))",
    "re:(आसान|सबसे आसान|इकलौता|एकमात्र) (रास्ता|तरीका|उपाय|हल)",
    "re:(সহজ|সবচেয়ে সহজ|একমাত্র) (রাস্তা|উপায়|পথ|সমাধান)",
]  # fmt: skip
# A jump made for sport or into water is no fall: bungee, a cliff dive, a skydive.
JUMP_SPORT = [
    (
        "re:\\b(bungee|bungy|base[- ]jump\\w*|sky ?div\\w*|parachut\\w*|paraglid\\w*|zip ?lin\\w*|"
        "cliff[- ]div\\w*|harness\\w*|stunt ?(wo)?m[ae]n|stunt double|"
        "into the (sea|water|river|lake|pool|ocean))\\b"
    ),
    # A landing on something, an airbag or a net, a hero or a knight: an action scene.
    (
        "re:\\b(onto|on to) (a|an|the|his|her|its) (?!(pavement|street|ground|concrete|road|"
        "rocks|tracks|asphalt|sidewalk)\\b)|\\b(air ?bags?|crash mats?|safety nets?|superhero(es)?"
        "|knights?|ninjas?|dragons?|parkour|free ?runn\\w*|athletes?)\\b"
    ),
    "バンジー", "スカイダイビング", "パラシュート", "飛び込み",
    "번지", "스카이다이빙", "다이빙", "낙하산",
    "蹦极",
    "跳伞",
    "跳水",
    "滑翔伞",
    "बंजी",
    "स्काईडाइविंग",
    "पैराशूट",
    "বাঞ্জি",
    "স্কাইডাইভিং",
    "প্যারাশুট",
]  # fmt: skip
_JUMP_FROM_HEIGHT = _plain(JUMP_FROM_HEIGHT)
_JUMP_SPORT = _plain(JUMP_SPORT)
_FRESH_CUTS = _plain(FRESH_CUTS)
_BEAUTIFIED = _plain(BEAUTIFIED)
# Sleep sold without the pills: "neend ki goli ki zaroorat nahi", 睡眠薬に頼らず, 수면제 없이.
PILL_FREE = [
    (
        "re:\\b(goli|goliyon|dawa|dawai|oshudh|bori|tablet)( ki| er)? (zaroorat|jarurat|dorkar)"
        " (nahi|nahin|nei|nai)\\b|\\b(bina|chhara|chara) (neend ki goli|ghumer oshudh)\\b"
    ),
    "re:睡眠薬(に頼らず|なし|なしで|を使わず|いらず)", "re:수면제 ?(없이|필요 ?없)",
    "re:(不用|不靠|无需|不需要)(吃)?(安眠药|安眠藥)",
    "re:बिना नींद की (गोली|दवा)|(गोली|दवा) की (ज़रूरत|जरूरत) नहीं",
    "re:ঘুমের (ওষুধ|বড়ি) ছাড়া(ই)?|(ওষুধের|বড়ির) দরকার নেই",
    # Something else offered in their place: "instead of sleeping pills", 수면제 대신.
    "re:\\b(instead of|rather than|in place of|swap) (sleeping |sleep )?(pills|tablets|meds)\\b",
    "re:睡眠薬の(代わりに|かわりに)", "re:수면제 ?대신", "re:(代替|取代|不吃)(安眠药|安眠藥)",
    "re:नींद की (गोली|गोलियों|दवा) (के बजाय|की जगह)",
    "re:\\b(neend|nind) ki (goli|dawa) ke (bajaye|badle)\\b",
    "re:ঘুমের (ওষুধের|বড়ির) (বদলে|পরিবর্তে)",
    "re:\\bghumer (oshudher|borir) (bodole|poriborte)\\b",
]  # fmt: skip
_SLEEP_PILLS = _plain(SLEEP_PILLS)
# Death offered as the way out of a debt, an exam or a heartbreak, in words that name no
# ordinary convenience: "a peaceful way out", "end it all", 全部終わらせて, 다 끝내도 돼,
# 一了百了, "sab khatam kar do", "shob shesh kore dao". "The easy way" (आसान रास्ता, সহজ উপায়,
# 楽になれる) is also how a pill organiser is sold, so it stands only beside sleeping pills or
# a noose (EASY_WAY_OUT).
WAY_OUT = [
    (
        "re:\\b(easy|easiest|simple|quick|quickest|only|peaceful|painless|gentle|quiet|calm|"
        "understandable|dignified|honou?rable|sensible|logical|reasonable|rational|clean|final|"
        "last|best|obvious)( and [\\w-]+)? way out\\b|\\bfinal exit\\b|\\b(way|ticket) out of "
        "(it all|this life|everything|the pain|the misery|all of it)\\b|\\bend (it|this|"
        "everything) (all|for good|now)\\b|\\b(check(ing)?|clock(ing)?|log(ging)?) out (for good|"
        "permanently|forever)\\b"
    ),
    # The same in a memo's euphemism: "the burden is lifted", "stepping away for good";
    # 唯一の方法, 영원히 해방, हमेशा के लिए छुटकारा, চিরতরে মুক্তি. Not rest or sleep ("rest,
    # finally"), which is what a sleeping tablet's own advert promises.
    (
        "re:\\bthe burden (is|was|has been) lifted\\b|\\bstep(s|ping)? away (for good|from it "
        "all|from everything)\\b|\\bhamesha ke liye (chhutkara|azadi|aazadi|mukti)\\b|"
        "\\bchirotore (mukti|chhuti|chuti)\\b"
    ),
    "re:全部終わら(せ|す)|これで終わりにでき|唯一の(出口|方法|道|手段|解決策)|最も穏やかな(解決策|方法|出口)",
    "re:영원히 ?(해방|자유)",
    "re:हमेशा के लिए (छुटकारा|आज़ादी|आजादी|मुक्ति)", "re:চিরতরে (মুক্তি|ছুটি)",
    "re:(다|모두|전부) ?끝내(자|도 ?돼|면 ?돼|버려|버리자|세요)|이게 ?(유일한 )?(답|출구)",
    "re:一了百了|解脱|(唯一|最好|最轻松|最简单)的(出路|办法)|一走了之|结束(这)?一切",
    "re:सब (खत्म|ख़त्म|खतम) कर (दो|दें|लो|डालो)|(एकमात्र|इकलौता|आखिरी|आख़िरी) (रास्ता|उपाय|हल)",
    (
        "re:\\b(sab|sabkuch|sab kuch) (khatam|khatm|khattam) kar (do|de|lo|dena|dalo)\\b|"
        "\\b(ekmatra|aakhri|akhri|akhiri) (rasta|raasta|upay|tarika|tareeka|hal)\\b|\\b(shob|sob|"
        "sab|shobkichu|sobkichu) shesh kore (dao|daw|de|din|felo|fel)\\b|\\b(ekmatro|ekmatra|"
        "shesh) (rasta|upay|upai|path|pother|somadhan)\\b|\\bmuktir (path|upay|rasta)\\b"
    ),
    "re:সব শেষ করে (দাও|দিন|দে|ফেলো|ফেল)|(একমাত্র|শেষ) (রাস্তা|উপায়|পথ|সমাধান)|মুক্তির (পথ|উপায়)",
]  # fmt: skip
_WAY_OUT = _plain(WAY_OUT)
_PILL_FREE = _plain(PILL_FREE)
_EASY_WAY_OUT = _plain(EASY_WAY_OUT)

# A starved body held up as the look to want: bones showing, with "aspirational", "summer
# body", 憧れ, 워너비; a rescued animal's ribs and a recovery campaign are not that.
ASPIRE = [
    (
        "re:\\b(aspirational|aspire|body goals?|thinspo|thinspiration|summer[- ](body|ready)|"
        "never looked so good|something to aim for|inspo|motivation|goals af|"
        "aisi (banna|dikhna)|aisa (banna|dikhna)|emon hote chai|emon hobo)\\b"
    ),
    "憧れ", "私も頑張ろう", "re:目指(す|そう|した)", "re:理想の(体|からだ|スタイル|体型)",
    "워너비", "동경", "re:나도 (저렇게|이렇게)", "re:(목표|꿈의) ?(몸|몸매|체형)",
    "向往", "羡慕", "re:我也(要|想)(这样|瘦成)", "理想身材", "梦想身材",
    "re:(प्रेरणा|मोटिवेशन|सपनों का (शरीर|फिगर))", "re:ऐसी (बनना|दिखना)",
    "অনুপ্রেরণা", "re:স্বপ্নের (শরীর|ফিগার)", "re:এমন (হতে|দেখতে) চাই",
    # The "secret" to a thin body: पतली होने का सीक्रेट, 痩せる秘訣, 날씬해지는 비결, 变瘦的秘诀.
    (
        "re:\\b(secret|trick|hack)s? (to|for) (being|getting|staying) (thin|skinny|slim)\\b|"
        "\\b(patli|patla|dubli|rogha|roga) (hone|thakar|hobar|howar) (ka|er) (secret|raaz|raz|"
        "rohosso|rahasya)\\b"
    ),
    "re:(पतली|पतला|दुबली) (होने|रहने) का (सीक्रेट|राज़|राज|रहस्य)",
    "re:(痩せる|やせる|細くなる)(秘訣|秘密|コツ)",
    "re:(날씬해지는|살 빠지는|마르는) ?(비결|비밀|비법)",
    "re:(变瘦|瘦下来|保持苗条)的(秘诀|秘密|诀窍)",
    "re:(রোগা|স্লিম|পাতলা) (হওয়ার|থাকার) (গোপন )?(রহস্য|সিক্রেট)",
]  # fmt: skip
STARVED_ANIMAL = [
    "re:\\b(dogs?|puppy|puppies|cats?|kittens?|horses?|strays?|cows?|animals?|greyhound)\\b",
    "犬", "猫", "保護", "강아지", "고양이", "유기", "狗", "猫咪", "流浪", "कुत्त", "बिल्ली",
    "re:\\b(kutta|kutte|billi|kukur|biral)\\b", "কুকুর", "বিড়াল",
]  # fmt: skip
# Not eating praised as the beauty itself, as a caption: "skipping meals never looked so
# good", 食べないって、きれい, 안 먹는 게 예뻐.
STARVE_CAPTION = [
    (
        "re:\\b(skipping|skipped|missing) (meals|dinner|lunch|breakfast) (never looked|looks?|is|"
        "=) (so |this )?(good|great|beautiful|hot|pretty|cute|chic)\\b"
    ),
    "re:(食べない|食べないこと|絶食|断食|抜いた食事)(って|のって|は)、?(きれい|綺麗|美しい|かわいい|最高)",
    "re:안 ?먹(는 ?게|으면|은 ?몸이) ?(예뻐|예쁜|예쁘|아름다|최고)",
    "re:不吃(饭)?(的)?(样子|身体)?(真|才|最)?(美|好看|漂亮)",
    "re:(खाना न खाना|भूखा रहना|भूखी रहना)[^।\\n]{0,6}(सुंदर|खूबसूरत)",
    (
        "re:\\b(khana na khana|bh(oo|u)kh(a|i) rehna|khana skip karna|na kheye thaka|kheye na "
        "thaka)(i|hi)? (sundar|sundor|shundor|khoobsurat|beautiful|best)\\b"
    ),
    "re:না খেয়ে থাকা(ই|টাই)? (সুন্দর|সেরা)",
    # Hunger sold as the best make-up or filter.
    (
        "re:\\b(hunger|starving|an empty stomach|bhook|bhookh|bhukh|khide|khida) (is|hai|hoy|i)? ?"
        "(the |sabse |shobcheye |sobcheye )?(best|acchha|achha|sera|shera) (make-?up|cosmetic|"
        "skincare|filter|beauty secret)s?\\b"
    ),
    "re:(空腹|飢え)(こそ|が|は)[^。\\n]{0,4}(コスメ|化粧品|メイク|美容液)",
    "re:(배고픔|공복|굶주림)(이|은|이야말로)? ?(최고의|최강의)? ?(화장품|메이크업|보정|필터)",
    "re:(饥饿|饿肚子|空腹)(是|才是|就是)[^。！？\\n]{0,4}(化妆品|护肤品|滤镜|美颜)",
    "re:भूख (ही )?(सबसे अच्छा|सबसे बढ़िया|बेस्ट) (मेकअप|कॉस्मेटिक|फ़िल्टर|फिल्टर)",
    "re:(ক্ষুধা|খিদে|ক্ষিদে)(ই)? (সেরা|সবচেয়ে ভালো) (মেকআপ|প্রসাধনী|ফিল্টার)",
]  # fmt: skip
# A finger down the throat after a meal: purging shown, whatever the caption calls it.
PURGE_FINGER = [
    (
        "re:\\b(fingers?|two fingers) (down|in|into) (her|his|their|my|your|the) throat\\b|"
        "\\b(ungli|ungliyan|angul|aangul) (gale|gala|golay|gola)( mein| me| te| e)? "
        "(daal|dal|dhuk|dhoka|dhukiye|diye)\\w*"
    ),
    "re:(喉|のど)(の奥)?に指", "re:指を(喉|のど)",
    "re:(목|목구멍)(에|으로)? ?손가락", "re:손가락(을|으로)? ?(목|목구멍)",
    "re:(手指|指头)(伸进|伸到|抠)[^。！？\\n]{0,2}(喉咙|嗓子)|抠喉|抠嗓子",
    "re:(गले|हलक) में (उंगली|उँगली)|(उंगली|उँगली) (गले|हलक) में",
    "re:গলায় আঙুল|আঙুল (গলায়|গলার ভেতর)",
]  # fmt: skip
_ASPIRE = _plain(ASPIRE)
_STARVED_ANIMAL = _plain(STARVED_ANIMAL)
_STARVE_CAPTION = _plain(STARVE_CAPTION)
_PURGE_FINGER = _plain(PURGE_FINGER)
# A cut wrist told with a few words between: 手首にまだ新しい赤い線, 손목에 여러 줄로 새로 난
# 상처, "hater kobji te blade er daag", "fresh red lines on her wrist".
WRIST_MARKS = [
    (
        "re:\\b(fresh|new|raw|razor|blade) (red )?(lines|marks|streaks|slashes|scratches)\\b"
        "[^.!?\\n]{0,16}?\\b(wrists?|forearms?)\\b"
    ),
    "re:手首(に|の)[^。\\n]{0,10}(赤い線|赤い筋|切り傷|傷跡|傷口|ためらい傷)",
    "re:(손목|팔목)(에|의)[^.!?\\n]{0,14}(상처|칼자국|흉터|붉은 ?선|빨간 ?줄)",
    "re:(手腕|手臂)(上)?[^。！？\\n]{0,8}(伤口|刀痕|割痕|红痕|血痕|划痕|血印)",
    "re:(कलाई|कलाइयों) (पर|से)[^।\\n]{0,14}(ब्लेड|लाल (लकीर|लकीरें|निशान)|कट|घाव)",
    (
        "re:\\b(kobji|kabji|kalai|kalaai)(te|r|er|ki|pe|par)?\\b( (pe|par|theke|se))?"
        "[^.!?\\n]{0,16}?"
        "\\b(blade|razor|cut|kata|lal|laal|rokto|khoon|khun) ?(er|ke|ki)? (daag|dag|daagh|dagh|"
        "nishan|nishaan|lines?|rekha|lakeer|lakeerein)\\b"
    ),
    "re:(কবজি|কব্জি)(তে|র|থেকে)?[^।\\n]{0,12}(ব্লেডের দাগ|লাল দাগ|রক্তের দাগ)",
]  # fmt: skip
_WRIST_MARKS = _plain(WRIST_MARKS)
# Sleeping pills beside a line about sleeping for good: 这次能睡很久了, "sleep forever".
FOREVER_SLEEP = [
    (
        "re:\\b(sleep|rest|nap) (forever|for good|for ever|and never wake)\\b|\\b(a |one )?long,? "
        "long sleep\\b|\\bnever (have to )?wake up\\b|\\bhamesha ke liye so\\w*|\\bchirodin(er "
        "moto)? ghum\\w*"
    ),
    "re:(ずっと|永遠に|もう二度と)(眠|ねむ)(?!れな|れず|りが浅)", "永眠", "re:(長い|ながい)眠り",
    "re:영원히 ?잠", "re:오래 ?(잘 ?수 ?있|자고 ?싶|잠들)", "re:다시는 ?깨지",
    "re:(?<![不没])(能|可以|要)睡(很久|好久|很长时间|一辈子)", "永远睡", "长眠", "一睡不醒",
    "re:हमेशा के लिए (सो|सोना|नींद)", "re:चिरनिद्रा",
    "re:চিরদিনের (মতো|জন্য) ঘুম", "re:চিরনিদ্রা",
    # "Never wake up again", said of the pills: ঘুম আর ভাঙবে না, 二度と目覚めない, 再也醒不过来.
    (
        "re:\\b(never|won'?t|will not) wake( up)? again\\b|\\b(ghum|ghoom) (ar|aar) (bhangbe|"
        "bhangbena|bhangbe na)\\b|\\b(ar|aar) (ghum|ghoom) (bhangbe|bhangbena)\\b|\\bkabhi (nahi|"
        "nahin|na) (uthe|uthegi|uthega|jaage|jagegi|jagega|jaagegi|jaagega)\\b"
    ),
    "re:(আর )?ঘুম (আর )?ভাঙবে না",
    "re:(二度と|もう)(目覚め|目が覚め|起き)(ない|なく)",
    "re:다시는 ?(깨|일어나)지 ?(않|못)",
    "re:再也(醒不过来|醒不來|醒不来|不会醒|不會醒)|永远(醒不过来|不会醒)",
    "re:फिर कभी (नहीं |न )?(उठ|जाग)",
]  # fmt: skip
_FOREVER_SLEEP = _plain(FOREVER_SLEEP)

# A body wasted to skin and bones, named as such rather than by the ribs alone: 骨と皮,
# ガリガリ, 피골이 상접, 皮包骨, हड्डियों का ढांचा, কঙ্কালসার.
EMACIATED = [
    (
        "re:\\b(skin and bones?|skin-and-bones?|bag of bones|emaciated|skeletally thin|"
        "wasted away|stick[- ]thin|haddiyon ka dhancha|haddi ka dhancha|kongkalshar|"
        "kankalsar|shukiye kath)\\b"
    ),
    "骨と皮", "ガリガリ", "がりがり", "骨皮筋", "re:(骨|ほね)(が|の)?(浮き出|浮いて)",
    "피골이 상접", "re:뼈(만|밖에) ?(남은|남도록|앙상)", "앙상하게", "앙상한",
    "皮包骨", "瘦骨嶙峋", "骨瘦如柴", "瘦成骨架", "只剩骨头",
    "re:हड्डियों का (ढांचा|ढाँचा)", "re:(सूखकर|सूख कर) (कांटा|काँटा)", "कंकाल जैसी",
    "কঙ্কালসার", "re:হাড্ডিসার|হাড় জিরজিরে|শুকিয়ে কাঠ",
]  # fmt: skip
# Thinness as the last touch to perfection or not eating counted in days: "one more kilo
# and perfect", 再瘦一点就完美, 食べてない3日目, 굶은 지 5일째, "7 din se kuch nahi khaya".
THINNER_PERFECT = [
    # Made thinner than the photo given: "make her thinner than the reference".
    "re:\\b(thinner|skinnier) than (the |our |this )?(reference|original|photo|sample|she is)\\b",
    (
        "re:\\b(a (little|bit|touch) |just a bit |one more (kilo|kg|pound|size) )(thinner|"
        "skinnier|smaller|lighter|down)?[ ,]*(and|then|=)? ?(you'?re |she'?s |it'?s |you'?ll be |"
        "she'?ll be )?(perfect|flawless|finally (pretty|beautiful|enough))\\b"
    ),
    (
        "re:\\b(thoda|thodi|aur thoda|aar ektu|ar ektu|ektu) (aur )?(patli|patla|dubli|roga|"
        "slim|skinny)[a-z ]{0,16}(perfect|parfect|porfect|nikhut)\\b"
    ),
    (
        "re:(もう少し|あと少し|あと\\d+ ?(キロ|kg))[^。\\n]{0,6}(痩せ|やせ)(れば|たら)"
        "[^。\\n]{0,4}(完璧|パーフェクト|完成)"
    ),
    (
        "re:(조금만|조금 더|\\d+ ?(킬로|kg)만) ?(더 )?(빠지면|빼면|마르면)"
        "[^.!?\\n]{0,4}(완벽|퍼펙트|완성)"
    ),
    "re:再瘦(一点|一点点|一些|\\d+ ?(斤|公斤|kg))[^。！？\\n]{0,3}(就|才)?(完美|完美了|满分)",
    "re:(थोड़ा|थोड़ी|थोड़ा और|थोड़ी और) (और )?(पतली|पतला|दुबली)[^।\\n]{0,12}(परफेक्ट|परफ़ेक्ट|बिल्कुल सही)",
    "re:(আরেকটু|আর একটু|আরও একটু) (রোগা|স্লিম|শুকনো)[^।\\n]{0,12}(পারফেক্ট|নিখুঁত)",
    # A starvation counted in days as the caption.
    (
        "re:\\b(day|days) \\d+ (of|without) (no )?(food|eating)\\b|"
        "\\b\\d+(st|nd|rd|th)? days? without (food|eating)\\b"
    ),
    "re:不吃(饭|东西)的第[\\d一二三四五六七八九十]+天|第[\\d一二三四五六七八九十]+天不吃",
    "re:(食べて(い)?ない|何も食べず|絶食)[^。\\n]{0,2}[\\d一二三四五六七]+日目",
    "re:(굶은 ?지|안 ?먹은 ?지|단식) ?\\d+ ?일 ?째",
    "re:\\d+ ?(दिन|दिनों) से (कुछ )?(नहीं खाया|भूखी)",
    "re:\\b\\d+ (din|dino) se (kuch )?(nahi|nahin) khaya\\b|\\b\\d+ din (na|kichu na) kheye\\b",
    "re:[\\d০-৯]+ ?দিন (ধরে )?(না খেয়ে|কিছু খাইনি|উপোস)",
]  # fmt: skip
# A zombie or a mummy is drawn wasted for horror, not as a body to want.
UNDEAD = [
    "re:\\b(zombies?|undead|ghouls?|mumm(y|ies)|skeletons?|vampires?|halloween|corpse bride)\\b",
    "ゾンビ", "ミイラ", "ハロウィン", "좀비", "미라", "핼러윈", "할로윈", "丧尸", "僵尸", "木乃伊",
    "万圣节", "ज़ॉम्बी", "जॉम्बी", "ममी", "हैलोवीन", "re:\\b(zombie|mummy)\\b", "জম্বি", "মমি",
    "হ্যালোইন",
]  # fmt: skip
_EMACIATED = _plain(EMACIATED)
_UNDEAD = _plain(UNDEAD)
_THINNER_PERFECT = _plain(THINNER_PERFECT)
# Pills strewn or held by the handful, not swallowed in the brief: a spilled bottle, 錠剤を
# ひとつかみ, 약통 쏟아져, 一把药片, मुट्ठी भर गोलियां, এক মুঠো ওষুধ.
PILLS_STREWN = [
    (
        "re:\\b(handful|fistful|palmful|heap|pile) of (sleeping |white )?(pills|tablets|meds|"
        "capsules|painkillers)\\b|\\b(spilled|spilt|tipped over|overturned|empty|emptied|"
        "open) (pill|medicine|prescription) (bottles?|jars?|containers?)\\b|\\b(pills|tablets|"
        "capsules) (spilled|spilt|scattered|strewn)\\b|\\b(spilled|spilt|scattered|strewn) "
        "(sleeping )?(pills|tablets|capsules)\\b|\\b(mutthi bhar|muththi bhar) (goli|"
        "goliyan|goliyaan|dawai)\\b|\\bek mutho (oshudh|bori|tablet)\\b"
    ),
    "re:(錠剤|薬|睡眠薬|クスリ)(を|が)?[^。\\n]{0,4}(ひとつかみ|一掴み|ひと握り|散らば|こぼれ)",
    "re:(薬の瓶|薬瓶|ピルケース)[^。\\n]{0,4}(倒れ|こぼれ|空っぽ|空の)",
    "re:(약통|약병)[^.!?\\n]{0,4}(쏟아|엎어|넘어져|비어)",
    "re:(?<![가-힣])(알약|약)[^.!?\\n]{0,3}한 ?움큼",
    "re:(?<![가-힣])(알약|약)(이|들이)?[^.!?\\n]{0,10}(흩어져|쏟아져)",
    "re:(药瓶|藥瓶)[^。！？\\n]{0,3}(倒|洒|撒|空)", "re:(一大把|一把)(的)?(药片|藥片|药丸|安眠药)",
    "re:(药片|藥片|药丸)[^。！？\\n]{0,3}(撒|散落|洒)",
    "re:मुट्ठी (भर|में) (गोलियां|गोलियाँ|दवा)",
    "re:(गोलियां|गोलियाँ|गोलियों की शीशी)[^।\\n]{0,6}(बिखरी|उलटी|गिरी)",
    "re:(এক|এ) ?মুঠো (ওষুধ|বড়ি|ট্যাবলেট)",
    "re:(ওষুধের|বড়ির) (শিশি|বোতল)[^।\\n]{0,6}(উল্টে|উলটে|খালি|পড়ে)",
    # Pills by the dozen, or sleeping pills poured out: "dozens of pills", 睡眠薬が何十錠,
    # 수면제 수십 알 쏟아진, 几十片安眠药, दर्जनों गोलियां, ডজন ডজন বড়ি.
    (
        "re:\\b(dozens|scores|a hundred|hundreds) of (sleeping )?(pills|tablets|capsules)\\b|"
        "\\b(darjano|darjanon|dozeno) (goli|goliyan|goliyaan)\\b|\\bdozen dozen (bori|tablet)\\b"
    ),
    "re:(何十|数十|何百)(錠|粒)", "re:수십 ?(알|정)|수백 ?(알|정)",
    "re:(수면제|알약|약)(이|들이)?[^.!?\\n]{0,10}(쏟아진|흩어진|널린|널려)",
    "re:(几十|几百|数十)(片|粒|颗|顆)", "re:दर्जनों (गोलियां|गोलियाँ|गोली)",
    "re:ডজন ডজন (বড়ি|ট্যাবলেট|ওষুধ)",
    # Blister packs pressed empty, of any tablet: paracetamol as much as sleeping pills.
    (
        "re:\\b(empty|emptied|torn|popped|used-up) (blister|foil) (packs?|strips?|sheets?)\\b|"
        "\\b(blister|foil) (packs?|strips?|sheets?) (emptied|popped|torn open|empty|pressed "
        "empty)\\b|\\bkhali (dawa ki |dawai ki |oshudher )?(strip|strips|patta|patte|pata)\\b"
    ),
    "re:(空の|空っぽの|空になった)(ptp)?シート|錠剤の(空|から)シート",
    "re:(빈|뜯긴|다 뜯은) ?(약 ?(포장|껍질|케이스)|알약 ?(포장|껍질))",
    "re:(空|空的|撕开的|按空的)(药板|铝箔板|药片板|锡纸板)",
    "re:खाली (दवा की )?(स्ट्रिप|स्ट्रिपें|पत्ते|पत्ता)",
    "re:খালি (ওষুধের )?(স্ট্রিপ|পাতা)",
]  # fmt: skip
# A suicide note by its name, beside pills: 遺書, 유서, 遗书, सुसाइड नोट, সুইসাইড নোট.
SUICIDE_NOTE = [
    "re:\\bsuicide (note|letter)s?\\b|\\b(aatmahatya|atmahatya|attohotya|attohottar) (ka |er )?"
    "(note|patra|chithi|chitthi)\\b",
    "遺書", "유서", "遗书", "遺書", "सुसाइड नोट", "आत्महत्या (का पत्र|का नोट|की चिट्ठी)",
    "সুইসাইড নোট", "re:আত্মহত্যার (চিঠি|নোট|চিরকুট)",
]  # fmt: skip
# How many to take, asked of sleeping pills beside a farewell: a lethal count, not a dose.
PILL_COUNT = [
    (
        "re:\\bhow many (sleeping )?(pills|tablets|of them|it takes|to take|you('d)? need)\\b|"
        "\\b(kitni|kitne) (goli|goliyan|goliyaan|tablet)\\b|\\b(kota|koto gulo|kotogulo) "
        "(bori|tablet|oshudh)\\b"
    ),
    "re:何(錠|粒)(飲め|飲ん|で|あれば)", "re:몇 ?(알|정)(을|이나|만)? ?(먹|삼|털|이면)",
    "re:(吃|吞|服)(多少|几)(片|粒|颗|顆)", "re:(多少|几)(片|粒|颗|顆)(才|就)(能|会|够)",
    "re:कितनी (गोलियां|गोलियाँ|गोली|टैबलेट)",
    "re:কটা (বড়ি|ট্যাবলেট|ওষুধ)|কতগুলো (বড়ি|ট্যাবলেট|ওষুধ)",
    # How many to take "and never wake", in Bengali and its Latin letters: কয়টা খেলে.
    "re:(কয়টা|কটা|কতগুলো|কয়টি) (খেলে|খাইলে)",
    "re:\\b(koyta|kota|kotogula|kotogulo) (khele|khaile)\\b",
]  # fmt: skip
_SUICIDE_NOTE = _plain(SUICIDE_NOTE)
_PILL_COUNT = _plain(PILL_COUNT)
# Death shown as a sleep or a soft farewell: "as if peacefully asleep", 眠るように, 잠든 것처럼,
# 像睡着了一样, "the easiest goodbye", 가장 편한 이별.
GONE_SOFTLY = [
    (
        "re:\\b(as if|as though|like) (she|he|they)('?s| is| are| were| was)? (just |only )?"
        "(peacefully )?(asleep|sleeping)\\b|\\b(easiest|easy|gentlest|softest|painless|"
        "peaceful) (goodbye|farewell|exit|way to go)\\b|\\b(jaise|jeno|jyano) (so rahi|so raha|"
        "ghumiye)\\w*|\\b(sabse aasaan|sabse asan|shobcheye shohoj|sobcheye sohoj) (alvida|"
        "bidaay|biday)\\b"
    ),
    "眠るように", "re:(眠って|寝て)いるみたい",
    "re:(一番|いちばん)?(楽な|やさしい|優しい)(さよなら|別れ|お別れ)",
    "re:(잠든|자는|잠자는) ?(것처럼|듯이|듯)",
    "re:(가장|제일)? ?(편한|쉬운|조용한) ?(이별|작별|안녕)",
    "re:(像|好像|仿佛)(是)?[^。！？\\n]{0,4}睡着了?(一样)?",
    "re:(最)?(轻松|安详|温柔)的(告别|离开|再见)",
    "re:जैसे (वो |वह )?(सो रही|सो रहा|सोई|सोया)", "re:(सबसे )?(आसान|सुकून भरी|शांत) (अलविदा|विदाई)",
    "re:যেন (সে )?ঘুমিয়ে", "re:(সবচেয়ে )?(সহজ|শান্ত) বিদায়",
]  # fmt: skip
_PILLS_STREWN = _plain(PILLS_STREWN)
_GONE_SOFTLY = _plain(GONE_SOFTLY)

# Someone on a roof's edge caught in the instant before the fall: a joke or an ad needs no
# beauty to ask for the act. A diver or a bungee jumper is told apart by JUMP_SPORT.
JUMP_ABOUT = [
    (
        "re:\\b(about to|just about to|ready to|going to|moments? from|seconds? from) "
        "(jump|jumping|leap|leaping|step off|stepping off)\\b"
    ),
    "re:飛び降り(る|よう(と|として))(ところ|寸前|直前)|今(まさに|にも)飛び降り",
    "re:뛰어내리(려는|려고 하는|기 ?직전|기 ?일보 ?직전)",
    "re:(正要|就要|准备|即将)(往下)?(跳下|跳楼|跳下去|纵身)",
    "re:(कूदने|छलांग लगाने) (ही )?(वाला|वाली|वाले|को है|जा रह)",
    "re:\\b(koodne|kudne|jhap dene|laaf dene|laf dene) (hi )?(wala|wali|wale|ko|ja)\\w*",
    "re:\\b(jhap|jhaap|laf|laaf) (dite|debe|dibe|dey dey)\\b",
    "re:ঝাঁপ (দিতে যাচ্ছে|দেবে|দিচ্ছে)|লাফ (দিতে যাচ্ছে|দেবে)",
]  # fmt: skip
ROOF_EDGE = [
    (
        "re:\\b(edge|ledge|rim|parapet|railing) of (a |the |an )?([\\w-]+ ){0,2}"
        "(roof|rooftop|building|tower|skyscraper|car park|parking garage|bridge)\\b"
    ),
    "re:\\b(roof|rooftop|building) (edge|ledge|parapet)\\b",
    "re:(屋上|ビル|マンション|タワー)[^。\\n]{0,4}(フチ|縁|ふち|端|へり|柵の外)",
    "re:(옥상|건물|빌딩|아파트|다리|대교|육교) ?(난간|끝|가장자리|모서리)",
    "re:(楼顶|天台|楼台|大楼|高楼)(的)?(边缘|边上|栏杆外|边沿)",
    "re:(छत|इमारत|बिल्डिंग) के (किनारे|मुंडेर)|मुंडेर",
    (
        "re:\\b(chhat|chhath|chat|building|terrace|imarat) (ke|ki) (kinare|kinaare|munder)\\b|"
        "\\bmunder\\b"
    ),
    "re:(ছাদের|বিল্ডিংয়ের) (কিনার|কার্নিশ)|কার্নিশ",
    "re:\\b(chhader|chader|building er|terrace er) (kinar|kinare|kinaray|karnish)\\w*",
]  # fmt: skip
_JUMP_ABOUT = _plain(JUMP_ABOUT)
_ROOF_EDGE = _plain(ROOF_EDGE)

# A household poison beside someone at rest under a line that the pain is over: the ending
# chosen. A pest-control ad shows the packet with no one lying by it.
HOUSE_POISON = [
    (
        "re:\\b(rat|mouse) poison\\b|\\b(pesticide|weedkiller|insecticide|bleach) "
        "(bottle|packet|tin|can)\\b"
    ),
    "殺鼠剤", "猫いらず", "農薬", "쥐약", "농약", "老鼠药", "鼠药", "农药", "敌敌畏", "百草枯",
    "re:चूहे (मारने )?की दवा|चूहे का (ज़हर|जहर)|कीटनाशक",
    (
        "re:\\b(chuhe|chuha) (maarne|marne|maar|mar)( ki)? (dawa|dawai|zeher|zahar)\\b|"
        "\\bkeetnashak\\b"
    ),
    "re:ইঁদুর মারার (বিষ|ওষুধ)|কীটনাশক",
    "re:\\b(indur|idur) (marar|maarar|mara) (bish|bis|oshudh)\\b|\\bkitnashok\\b",
]  # fmt: skip
PAIN_OVER = [
    (
        "re:\\b(all|the) (pain|suffering|hurt) (is )?(over|gone|ended|ends)\\b|\\bno more (pain|"
        "suffering)\\b|\\b(end|ending) (of|to) (the |all )?(pain|suffering)\\b|\\bchoose your "
        "(own )?(end|exit)\\b"
    ),
    "re:(苦しみ|痛み)(は|から|が)?[^。\\n]{0,4}(終わり|終わった|終わる|解放)",
    "re:고통(의|이|은)? ?(끝|끝났|끝나|사라)|스스로 선택",
    "re:(痛苦|苦)(都)?(结束|终结|的尽头|解脱)|不再痛",
    "re:(दर्द|तकलीफ़|तकलीफ)[^।\\n]{0,6}(ख़त्म|खत्म|का अंत)",
    "re:\\b(dard|takleef|taklif) (sab )?(khatam|khatm|khtm|ka ant)\\b",
    "re:(যন্ত্রণা|কষ্ট)[^।\\n]{0,6}শেষ",
    (
        "re:\\b(jontrona|jontrana|kosto|koshto) (sob |shob )?(shesh|sesh)\\b|"
        "\\b(sob|shob) (jontrona|jontrana|kosto|koshto) (shesh|sesh)\\b"
    ),
]  # fmt: skip
_HOUSE_POISON = _plain(HOUSE_POISON)
_PAIN_OVER = _plain(PAIN_OVER)

# A group barred by a sign ("X people and dogs not allowed") or a faith's shops boycotted.
BARRED = [
    # Turned away at admission: a school's or a class's notice refusing a group's children.
    (
        "re:\\b(applications?|admissions?|enrol?ments?|registrations?) (from [a-z ]{2,30} )?"
        "(will not be|won't be|are not|is not|not) (accepted|considered|granted|allowed)\\b"
    ),
    "入学不可", "入塾不可", "入会不可",
    "re:(등록|입학|수강|가입|지원|입원) ?(불가|금지|안 ?됨|받지 않)",
    "不予录取", "不招收", "不予招收", "不予入学",
    "re:(आवेदन|प्रवेश|दाखिला|दाख़िला|एडमिशन) (स्वीकार )?(नहीं|न) (किए|किये|लिए|लिये|दिया|दी|होगा|होंगे)",
    "re:(ভর্তি|আবেদন) (গ্রহণ )?(করা|নেওয়া|নেয়া) হবে না",
    (
        "re:\\b(not allowed|not welcome|keep out|no entry|not permitted|forbidden|banned|"
        "stay out|need not apply)\\b"
    ),
    "お断り", "入店禁止", "入店お断り", "立入禁止", "立ち入り禁止", "入るな",
    "re:출입 ?금지", "출입금지", "사절", "re:(오지 ?마|들어오지 ?마|받지 ?않)",
    "不得入内", "不得入內", "禁止入内", "禁止入內", "谢绝入内", "謝絕入內", "免进", "免進",
    "不准进", "不许进",
    "re:प्रवेश (वर्जित|निषेध|मना|बंद)",
    "re:(आना|घुसना) मना",
    "re:(नहीं|न) (आएं|आयें|आएँ|आयँ|घुसें)",
    "re:প্রবেশ (নিষেধ|নিষিদ্ধ)", "re:(ঢোকা|আসা) (নিষেধ|বারণ|যাবে না)", "re:(ঢুকবেন|আসবেন) না",
    # Shut out as tenants or customers: "we don't rent to", 入居不可, 不租给, "allowed nahi".
    (
        "re:\\b(will not|won't|don't|do not|never|not|no longer) (rent(ed)?|let|lease[d]?|sell|"
        "sold|serve[d]?)( (rooms?|flats?|apartments?|houses?|homes?|property))? to\\b"
    ),
    (
        "re:\\b(allowed|allow|welcome|accepted|accept) (nahi|nahin|nhi|nai|na|noy|nei|nahi hai|"
        "nahin hai)\\b"
    ),
    (
        "re:\\b(nahi|nahin|nhi|nai) (milega|milegi|milenge|denge|diya jayega|di jayegi|"
        "rakhenge|chalega|chalenge|aayenge|aa sakte)\\b"
    ),
    "re:\\bmana hai\\b",
    (
        "re:\\b(bhara|bhada|ghor|bari|flat|room) (deya|dewa|dea|deoa) (hobe|hoy) na\\b"
    ),
    "re:\\b(chalbe|nebo|neya hobe|newa hobe) na\\b",
    "re:\\b(probesh|prabesh) (nishedh|nished|nishiddho)\\b",
    "入居不可", "入居できません", "入居を認めません", "入居お断り", "貸しません", "貸さない",
    "re:(입주|임대|계약) ?(불가|금지|사절)", "re:세(를|을)? ?(안 ?줍|안 ?줌|주지 ?않)",
    "不租给", "不租給", "不租", "谢绝", "謝絕", "恕不接待", "不接待", "禁止入住", "不得入住",
    "不予出租",
    "re:(किराए|किराये|किराय) पर (नहीं|ना)", "re:(किरायेदार|किराएदार) (नहीं|ना) ",
    "re:अनुमति (नहीं|ना)", "re:allowed (नहीं|ना)", "re:(नहीं|ना) (रखेंगे|रखते|देंगे|दिया जाएगा)",
    "re:ভাড়া (দেওয়া|দেয়া|দেওয়া) (হবে না|হয় না)", "re:অনুমতি (নেই|নাই)", "চলবে না",
    "re:(নেওয়া|নেয়া) হবে না",
    "re:(इजाज़त|इजाजत|परमिशन) (नहीं|ना)",
    "re:\\b(ijazat|ijaazat|permission|anumati|onumoti) (nahi|nahin|nai|nei|nahi hai)\\b",
    "re:(방|집|원룸|세|일자리)(을|를)? ?(안 ?줌|안 ?줍|안 ?줘|주지 ?않|못 ?줘)",
    "re:(फ्लैट|मकान|घर|कमरा|नौकरी|एंट्री|प्रवेश|राशन) (नहीं|ना) (मिलेगा|मिलेगी|मिलेंगे)",
    # Told not to get in touch or apply, as an ad tells a group it is not wanted: "need not
    # contact", 応募はご遠慮, 연락 사절, 勿扰, संपर्क न करें, যোগাযোগ করবেন না, "apply na karein".
    (
        "re:\\b(need not|needn't|should not|shouldn't|must not|mustn't|do not|don't|dont|pls don't|"
        "please don't) (bother to )?(contact|apply|enquire|inquire|respond|reply|call or "
        "text|get in touch)\\b"
    ),
    "re:(連絡|問い合わせ|問合せ|応募|内見|申し込み|申込)(は|も)?(ご遠慮|お断り|不可|NG|ng)",
    "re:(연락|문의|지원|신청|방문)(은|는)? ?(사절|불가|하지 ?마(세요|십시오)?|삼가)",
    "re:(勿扰|勿擾|请勿联系|請勿聯繫|勿联系|勿聯繫|免谈|免談|勿来电|勿來電|勿应聘|勿應聘|勿咨询|勿諮詢)",
    "re:(संपर्क|कॉल|फ़ोन|फोन|आवेदन|अप्लाई) (न|ना|नहीं|मत) (करें|करे|करो|करना|करिए|कीजिए)",
    "re:(যোগাযোগ|ফোন|কল|আবেদন|অ্যাপ্লাই) (করবেন|করবে|করো|করিও) না",
    (
        "re:\\b(sampark|contact|call|phone|apply|aavedan|avedan) (na|mat|nahi) (karein|karen|"
        "kare|karo|karna|kijiye)\\b|\\b(jogajog|contact|phone|call|apply|abedon) "
        "(korben|korbe|koro|korio) na\\b"
    ),
]  # fmt: skip
WITH_DOGS = [
    "re:\\b(people|folks|[a-z]+s) and dogs\\b",
    "re:\\bdogs (and|or|&) [a-z]+ (people|folks)\\b",
    "re:(犬|イヌ)(と|・|及び)[^。、\\n]{1,8}(人)", "re:(人)(と|・)(犬|イヌ)",
    "re:(개|강아지)(와|랑|하고|및) ?[가-힣]{1,6}(사람|인)",
    "re:(사람|인)(과|와|이랑|하고|및) ?(개|강아지)",
    "re:人(与|和|及|與)狗", "re:狗(与|和|及|與)[\\u4e00-\\u9fff]{1,4}人",
    "re:(लोग|लोगों|वालों|वाले) (और|व|तथा) (कुत्ते|कुत्तों)",
    "re:(कुत्ते|कुत्तों) (और|व|तथा) [^।\\n]{1,16}(लोग|वाले)",
    "re:(লোক|লোকজন|মানুষ|লোকেরা)(েরা)? (ও|আর|এবং) কুকুর",
    "re:কুকুর (ও|আর|এবং) [^।\\n]{1,16}(লোক|মানুষ)",
]  # fmt: skip
BOYCOTT = [
    "re:\\bboycott\\w*\\b",
    (
        "re:\\b(don't|do not|never|stop|no one should) (buy|shop|purchase|eat|order)( anything| "
        "nothing)?( from| at| in)\\b"
    ),
    "不買", "ボイコット",
    "re:(の店|の店舗|から)[^。\\n]{0,6}(買うな|買わないで|買わない|で買い物しない)",
    "불매", "re:(가게|매장|에서)[^.!?\\n]{0,6}(사지 ?(마|말)|사면 ?안)",
    "抵制", "re:(别|不要|別|不准)(在|去|从|從)?[^。！？\\n]{0,8}(买|買|消费|消費)",
    "re:(的店|店里|店裡)[^。！？\\n]{0,4}(别|不要|不)(买|買)",
    "बहिष्कार",
    "re:(से|दुकान से|दुकानों से|दुकान पर|दुकानों पर) (कुछ )?(भी )?(मत|न|ना) (खरीद|ख़रीद)",
    "re:(से|की दुकान से) (कुछ )?(भी )?(खरीदना|ख़रीदना) (मना|बंद)",
    "বয়কট", "বর্জন",
    (
        "re:(থেকে|দোকান থেকে|দোকানে) (কিছু |কোনো কিছু )?"
        "(কিনবেন না|কিনবে না|কিনো না|কেনা যাবে না|কিনবি না)"
    ),
    "re:\\b(bahishkar|bahiskar|borjon|barjan)\\b",
]  # fmt: skip
_BARRED = _Compiled(_compile(BARRED), _compile(BARRED_PROMISE))
_WITH_DOGS = _plain(WITH_DOGS)
_BOYCOTT = _plain(BOYCOTT)

# A private person named with an honorific or a relation word, an insult, and a poster or a
# group post to put it on: 隣の田中さん + バカ女 + 貼り紙.
NAMED_PRIVATE = [
    # A rival insurer's, bank's or broker's own staff: "the rival insurer's agent", 경쟁 보험사
    # 설계사, 他社の保険外交員, 竞争对手的客户经理, प्रतिद्वंद्वी बैंक का एजेंट, প্রতিদ্বন্দ্বী ব্রোকারেজের
    # রিলেশনশিপ ম্যানেজার. A findable person, named or not.
    (
        "re:\\b(rival|competing|competitor'?s?|other) (insurer|insurance company|bank|broker(age)?|"
        "lender|agency|firm)'?s? (agent|relationship manager|adviser|advisor|planner|broker|"
        "loan officer|rm|banker|staff|employee)\\b"
    ),
    "re:(ライバル|競合|他社)(の)?(保険会社|銀行|証券会社|代理店)?の(営業|担当者|外交員|FP|社員)",
    (
        "re:(경쟁|다른|타) ?(보험사|은행|증권사|카드사|대부업체)(의)? ?(설계사|상담사|직원|지점장|"
        "PB|매니저)"
    ),
    "re:(竞争对手|同行|对家|别家)(的)?(保险公司|银行|券商|贷款公司)?的(业务员|经理|客户经理|理财经理|代理人|员工)",
    (
        "re:(प्रतिद्वंद्वी|दूसरी|दूसरे) (बीमा कंपनी|बैंक|ब्रोकरेज|ब्रोकर)[^।\\n]{0,6}(के|की|"
        "का) (एजेंट|मैनेजर|सलाहकार|कर्मचारी)"
    ),
    (
        "re:(প্রতিদ্বন্দ্বী|অন্য) (বীমা কোম্পানি|ব্যাংক|ব্রোকারেজ|ব্রোকার)(ের|র|এর) (এজেন্ট|"
        "ম্যানেজার|রিলেশনশিপ ম্যানেজার|কর্মী)"
    ),
    (
        "re:\\b(my|our|the) (former |ex-?|old |new |next-door |upstairs |downstairs )?(neighbou?r|"
        "colleague|coworker|co-worker|classmate|flatmate|roommate|landlord|landlady|tenant|intern|"
        "sister-in-law|mother-in-law|daughter-in-law|aunty|auntie)\\b"
    ),
    "re:\\b(mrs|mr|ms|miss|aunty|auntie|uncle)\\.? [a-z]{2,}\\b",
    "re:\\b[a-z]{2,} (aunty|auntie|bhabhi|didi|boudi|bowdi|kaki|mashi|ji)\\b",
    "re:(隣の|近所の|向かいの|元同僚の|同僚の|町内の)",
    "re:(?<![皆様客])[一-龯ァ-ヶー]{1,4}(さん|ちゃん|氏|奥さん)",
    "re:(이웃|옆집|앞집|윗집|아랫집|동료|전 ?직장|전 ?동료)",
    "re:[가-힣]{2,3} ?(씨|아줌마|아주머니|언니|엄마)(?![가-힣])",
    "同事", "邻居", "鄰居", "楼上", "楼下", "对门", "小区的",
    "re:[\\u4e00-\\u9fff](阿姨|大姐|大妈|大媽|嫂子|大爷)",
    "re:(?<!\\S)[\\u0900-\\u097f]{2,} (जी|भाभी|आंटी|दीदी|चाची|मौसी|ताई)", "पड़ोसी", "पड़ोसन",
    "सहकर्मी", "कलीग", "मोहल्ले",
    "re:[\\u0980-\\u09ff]{2,} ?(বৌদি|দিদি|কাকিমা|মাসিমা|জেঠিমা|কাকু|মাসি)", "প্রতিবেশী", "পাড়ার",
    "সহকর্মী", "কলিগ",
    # A former partner or employee, a rival: 元カノ, 전 남친, 前男友, "meri ex", "amar ex".
    (
        "re:\\b(my|our|meri|mera|mere|amar|amader) (former |ex-?)?(employee|staff member|"
        "intern|ex|ex-boyfriend|ex-girlfriend|ex-husband|ex-wife)\\b|"
        "\\bex-?(employee|staffer|boyfriend|girlfriend|husband|wife)\\b"
    ),
    "元カノ", "元カレ", "元彼", "元嫁", "元夫", "元妻",
    "re:전 ?(남친|여친|남자친구|여자친구|남편|아내)",
    "前男友", "前女友", "前夫", "前妻", "前任",
    (
        "re:\\b(my|our) (step-?)?(sister|brother|cousin|aunt|niece|nephew|stepmum|stepmom|"
        "stepdad|sister|sis|bro)\\b"
    ),
    "ママ友", "パパ友", "パート仲間", "同級生", "幼なじみ",
    # A rival business's staff, or one who left for it: "the trainer at the studio across the
    # road", ライバル店のトレーナー, 건너편 센터로 옮긴 강사, 对面健身房的教练, सामने वाले स्टूडियो की
    # ट्रेनर, সামনের জিমের ট্রেনার. A findable person as much as one named.
    (
        "re:\\b(rival|competing|competitor'?s?|other) (gym|studio|salon|clinic|centre|center|"
        "shop|spa|academy)'?s? (trainer|instructor|coach|staff|stylist|therapist|receptionist|"
        "employee|owner)\\b|\\b(trainer|instructor|coach|stylist|therapist|receptionist) (at|from) "
        "the (gym|studio|salon|clinic|centre|center|shop|spa) (across|opposite|next door|down the)"
        "\\b|\\b(who|that) (quit|left)( us)?( to join| for)\\b"
    ),
    "re:(ライバル店|向かいの(ジム|スタジオ|サロン|店)|競合(店|ジム|スタジオ))の(トレーナー|インストラクター|講師|スタッフ|店長|オーナー)",
    "re:(辞めて|やめて)[^。\\n]{0,12}(移った|転職した|行った)(講師|トレーナー|インストラクター|スタッフ)",
    (
        "re:(건너편|맞은편|경쟁|앞) ?(센터|헬스장|스튜디오|학원|매장|업체)(의|에서|로)? ?(옮긴 |"
        "일하는 )?(강사|트레이너|코치|직원|원장)"
    ),
    "re:(그만두고|그만둔|퇴사한|퇴사하고)[^.!?\\n]{0,16}(강사|트레이너|코치|직원)",
    "re:(对面|隔壁|竞争对手|同行)(的)?(健身房|工作室|瑜伽馆|美容院|店|门店)?的(教练|老师|员工|店长|技师)",
    "re:(离职|跳槽)(去|到)?[^。！？\\n]{0,10}的(教练|老师|员工|技师)",
    "re:(सामने वाले|बगल वाले|प्रतिद्वंद्वी|दूसरे) [^।\\n]{0,16}(की|का|के) (ट्रेनर|कोच|इंस्ट्रक्टर|स्टाफ|मालिक)",
    (
        "re:\\b(samne wale|saamne wale|bagal wale|rival) [a-z ]{0,16}\\b(ki|ka|ke) (trainer|coach|"
        "instructor|staff)\\b"
    ),
    "re:(সামনের|পাশের|প্রতিদ্বন্দ্বী|অন্য) [^।\\n]{0,16}(এর|র|ের) (ট্রেনার|কোচ|ইনস্ট্রাক্টর|স্টাফ|মালিক)",
    "re:\\b(samner|pasher|rival) [a-z ]{0,16}\\b(er|r) (trainer|coach|instructor|staff)\\b",
    "re:[\\u0980-\\u09ff]{2,} ?(আপা|আপু|ভাবি|খালা|চাচি|মামি|ফুপু)",
]  # fmt: skip
INSULT = [
    # A fool or a sucker said of them: 호구, গাধা, বলদ, "gadha".
    "호구", "re:カモ(にされ|になる|られ)", "re:\\b(gadha|gadhe|boka choda)\\b", "গাধা", "বলদ",
    (
        "re:\\b(bitch|slut|whore|skank|slag|homewrecker|home-wrecker|characterless|charitraheen|"
        "badchalan|besharam|randi|kamini|nosta meye|noshto meye|choritrohin|choritroheen|"
        "chorittrohin|beshya|behaya|magi|chinal|stupid (cow|woman|bitch|man)|dumb (bitch|cow|"
        "woman)|cheap woman|shameless (woman|hussy|man)|hussy|scum)\\b"
    ),
    "バカ女", "馬鹿女", "バカ男", "クソ女", "クソババア", "ブス", "クズ", "ビッチ", "売女",
    "泥棒猫",
    "不倫女", "あばずれ", "アバズレ", "尻軽",
    "미친년", "미친놈", "걸레", "꽃뱀", "상간녀", "병신", "또라이", "썅년", "화냥년", "나쁜년",
    "개념없는",
    "小三", "不要脸", "不要臉", "贱人", "賤人", "婊子", "狐狸精", "破鞋", "烂货", "爛貨", "傻逼",
    "泼妇",
    "潑婦", "贱货",
    "चरित्रहीन", "बदचलन", "कुलटा", "रंडी", "कमीनी", "छिनाल", "बेहया", "re:बेशर्म (औरत|लड़की|आदमी)",
    "re:घटिया (औरत|लड़की|आदमी)",
    "চরিত্রহীন",
    "বেশ্যা",
    "নষ্ট মেয়ে",
    "নষ্টা",
    "ছিনাল",
    "বেহায়া",
    "মাগি",
    "re:নির্লজ্জ (মহিলা|মেয়ে|লোক)",
    "re:খারাপ (মহিলা|মেয়ে)",
    "re:\\b(loser|losers|creep|psycho|cheater|liar|chamcha|chamchi)\\b",
    "ヤリマン", "ヤリチン", "淫乱", "公衆便所", "ゴミ人間", "쓰레기 같은", "먹튀", "渣男", "渣女",
    "人渣",
    "चमचा", "চামচা", "সস্তা মেয়ে",
    "绿茶婊", "荡妇", "骚货", "कमीना", "कमीने", "हरामी",
    "re:\\b(kamina|kamine|harami|haramkhor)\\b",
    (
        "re:\\b(chudail|churail|chudel|daayan|dayan|daini|petni|nosh?t[oa] (meye|mohila)|"
        "noshta)\\b"
    ),
    "चुड़ैल", "चुडैल", "डायन", "ডাইনি", "পেত্নী",
    "长舌妇", "老不死", "老东西", "八婆", "死八婆", "老巫婆", "ババア", "ジジイ", "キチガイ",
    "할망구", "개새끼", "틀딱", "कुतिया", "re:\\b(kutiya|khanki)\\b", "খানকি",
    "폭력범", "성범죄자", "바람둥이", "양아치", "re:쓰레기 ?(새끼|놈|년|인간)", "dv男",
    (
        "re:\\b(junkie|junkies|crackhead|druggie|smackhead|nashedi|nashakhor|neshakhor|"
        "gajakhor)\\b"
    ),
    "नशेड़ी", "গাঁজাখোর", "নেশাখোর", "ヤク中", "シャブ中", "약쟁이", "마약쟁이", "瘾君子", "吸毒鬼",
    "도둑년", "도둑놈",
    "성추행범", "성폭행범", "老妖婆", "妖婆",
    # Their body mocked: "this fat cow", デブ, 뚱보, 死胖子, "ye moti", মুটকি; with useless.
    (
        "re:\\b(fat (cow|pig|slob|loser|lump)|fatso|fatty|lardass|fat and useless|useless fat)\\b"
    ),
    "デブ", "ブタ女", "뚱보", "뚱땡이", "re:돼지 ?같은", "死胖子", "肥猪", "肥婆",
    "re:(ये|यह|वो|वह|इस) (मोटी|मोटा|मोटे)(?! (अक्षर|फ़ॉन्ट|फॉन्ट))|मोटी भैंस|मोटा सांड",
    "re:\\b(ye|yeh|wo|woh) (moti|mota)\\b|\\bmoti bhains\\b", "মুটকি", "মোটকা", "হোঁৎকা",
    "re:\\b(mutki|motka|hotka)\\b",
]  # fmt: skip
POST_UP = [
    (
        "re:\\b(poster|posters|notice|flyer|sign|post|posting|share|group|noticeboard|board|"
        "whatsapp|facebook|put (it )?up|stick|print)\\b"
    ),
    "貼り紙", "張り紙", "掲示板", "貼", "はる", "グループ", "晒", "投稿", "ポスター", "チラシ",
    "포스터", "전단", "게시판", "붙이", "붙여", "단톡", "올려", "올릴", "맘카페", "공유", "게시",
    "群", "发到", "發到", "贴", "貼", "海报", "海報", "公告", "朋友圈",
    "पोस्टर", "ग्रुप", "चिपका", "नोटिस", "पोस्ट", "लगा",
    "পোস্টার", "পোষ্টার", "গ্রুপ", "লাগাবো", "লাগিয়ে", "নোটিশ", "পোস্ট",
    # Passed round the office chat or a burner account: Slackや裏アカで拡散.
    (
        "re:\\b(slack|teams chat|discord|burner account|alt account|finsta|twitter|tiktok|"
        "instagram|insta)\\b"
    ),
    "裏アカ", "流す", "拡散", "ばらま", "슬랙", "부계정", "뿌려", "뿌릴", "小号", "转发", "散布",
    "फैला", "শেয়ার", "ছড়া",
    # The app named inside Japanese, Korean or Chinese words has no word boundary: 社内slackで.
    (
        "re:(?<=[\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af])(slack|discord|tiktok|instagram|insta|"
        "facebook|twitter|whatsapp|kakao|line)|(slack|discord|tiktok|instagram|insta|facebook|"
        "twitter|whatsapp|kakao|line)(?=[\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af])"
    ),
    "流して", "流したい", "流そう", "晒し", "ばら撒",
    "পাঠাও", "পাঠিয়ে", "re:\\bspam\\b",
    # Made to go viral: "viral korbo", वायरल करेंगे, ভাইরাল, 퍼뜨릴, 扩散.
    "re:\\b(viral|go viral)\\b", "वायरल", "ভাইরাল", "re:퍼뜨|퍼트", "扩散", "擴散",
]  # fmt: skip
_NAMED_PRIVATE = _plain(NAMED_PRIVATE)
# A doctor, a teacher or a former employee named, shamed on posters round the
# neighbourhood with an insult or a threat: "Dr. Sharma ... 'चुड़ैल' ... अगली बार देख लेंगे",
# 그만둔 강사 박지은 '무능한 거짓말쟁이'. A warning about it is itself part of the shaming.
NAMED_TITLED = [
    "re:\\b(dr|doctor|prof|professor|teacher|coach|nurse|sir|madam|ma'am)\\.? [a-z]{2,}\\b",
    (
        "re:\\b(former |ex-|ex |old |sacked |fired |our last )(employee|staff member|receptionist|"
        "teacher|tutor|instructor|trainer|coach|nurse|stylist|manager|cashier|barista|chef)\\b"
    ),
    "re:元(従業員|社員|スタッフ|講師|先生|店員)",
    "re:(辞めた|退職した|クビにした)[^。\\n]{0,6}(従業員|社員|スタッフ|講師|先生|店員)",
    "re:[一-龯]{1,4}(先生|医師|院長|ドクター)",
    "re:(그만둔|퇴사한|잘린|전|예전) ?(직원|강사|선생님|간호사|매니저|알바생?)",
    "re:[가-힣]{2,3} ?(선생님?|원장님?|의사|강사|간호사)(?![가-힣])",
    "re:[\\u4e00-\\u9fff]{1,3}(医生|大夫|老师|醫生|老師)",
    "re:(前|离职的?|辞退的?|开除的?)(员工|老师|店员|护士|教练)",
    "re:(?<!\\S)डॉ\\.? ?[\\u0900-\\u097f]{2,}", "re:(डॉक्टर|मास्टर|टीचर) [\\u0900-\\u097f]{2,}",
    "re:(पुराने|पुरानी|पूर्व|निकाले गए|निकाली गई) (कर्मचारी|टीचर|स्टाफ|शिक्षक|शिक्षिका)",
    "re:\\b(purane|purani|ex|nikale gaye|nikali gayi) (employee|staff|teacher|karmchari|master)\\b",
    "re:(?<!\\S)(ডা\\.|ডাঃ|ডাক্তার|স্যার|ম্যাডাম) ?[\\u0980-\\u09ff]{2,}",
    "re:(প্রাক্তন|পুরনো|পুরোনো|ছেড়ে যাওয়া|বরখাস্ত) (কর্মচারী|কর্মী|শিক্ষক|স্টাফ)",
    (
        "re:\\b(daktar|doctor) [a-z]{2,}\\b|\\b(prakton|purono|chhere jawa) (karmachari|kormi|staff"
        "|shikkhok|teacher)\\b"
    ),
]  # fmt: skip
SHAME_INSULT = [
    (
        "re:\\b(liar|incompetent|quack|fraud|crook|con artist|"
        "scammer|chudail|churail|daayan|dayan|jholachhap|nalayak|dhokebaaz|mithyabadi|daini|"
        "hature|protarok|chor)\\b"
    ),
    "嘘つき", "無能", "ヤブ医者", "藪医者", "詐欺師", "泥棒",
    "무능한", "거짓말쟁이", "사기꾼", "돌팔이", "도둑",
    "骗子", "庸医", "无能", "小偷", "騙子", "庸醫",
    "चुड़ैल", "चुडैल", "डायन", "झोलाछाप", "नालायक", "धोखेबाज़", "धोखेबाज", "झूठी", "झूठा", "चोर",
    "মিথ্যাবাদী", "ডাইনি", "হাতুড়ে", "অযোগ্য", "প্রতারক", "চোর",
    "re:\\b(perv|pervert|paedo|pedo|abuser|wife[- ]beater|deadbeat|cheater)\\b",
]  # fmt: skip
ROUND_THE_AREA = [
    (
        "re:\\b(around|round|all over|across|throughout) (the |our |this )?(neighbou?rhood|area|"
        "town|estate|street|block|village|colony|market)\\b|\\b(on every|every) (lamp ?post|"
        "wall|door)\\b"
    ),
    "re:(近所|町内|町中|商店街|駅前)(に|中に|じゅうに)",
    "re:동네(에|방방곡곡|에다|마다)",
    "re:(아파트 ?단지|골목)(에|마다)",
    "re:(小区|街道|附近|整条街|整个街区|街坊)(里|上)?(贴|张贴|发)",
    "re:(पूरे|सारे) (इलाके|मोहल्ले|बाज़ार|बाजार|कॉलोनी)",
    "re:\\b(pure|poore|saare|sare) (ilake|mohalle|colony|bazaar|area)\\b",
    "re:(পুরো|সারা) (এলাকায়|পাড়ায়|মহল্লায়)",
    "re:\\b(puro|sara) (elakay|elaka|paray|para)\\b", "পাড়ায় পাড়ায়",
    (
        "re:\\b(around|round|all over|across|throughout) (the |our |this )?(high street|"
        "main street|town cent(re|er)|city cent(re|er)|shopping cent(re|er)|campus)\\b"
    ),
]  # fmt: skip
_NAMED_TITLED = _plain(NAMED_TITLED)
_SHAME_INSULT = _plain(SHAME_INSULT)
_ROUND_THE_AREA = _plain(ROUND_THE_AREA)
_INSULT = _plain(INSULT)
_POST_UP = _plain(POST_UP)

# Someone from the office or the street, by name or by role, and their photo or face: "our
# colleague Ravi's photo", 経理の佐藤さんの顔, 김 대리 사진, 隔壁部门王丽的照片, "Amit Khanna ki
# photo", "Rina Akter er chobi". A name alone is everyday ("a photo of our donkey Bella"), so
# these count only with an animal merge or a derisive label, never alone.
NAMED_FACE = [
    (
        "re:\\b(colleague|coworker|co-worker|classmate|neighbou?r|flatmate|roommate|teammate|"
        "boss|manager|intern|teacher|landlord|landlady|tenant|sister-in-law|brother-in-law)"
        "( [a-z]+){1,2}'s (photo|picture|pic|face|head|headshot|selfie)\\b"
    ),
    (
        "re:\\b(mr|mrs|ms|miss|dr)\\.? [a-z]+( [a-z]+)?"
        "'s (photo|picture|pic|face|head|headshot|selfie)\\b"
    ),
    (
        "re:\\b[a-z]+ from (accounts|accounting|finance|hr|payroll|sales|marketing|it|legal|ops|"
        "the office|work|next door|upstairs|downstairs|class|our team|my team)('s)? (photo|picture|"
        "pic|face|head|headshot|selfie)\\b"
    ),
    (
        "re:\\b(photo|picture|pic|face|head|headshot|selfie) of (our|my|the) (colleague|"
        "coworker|co-worker|classmate|neighbou?r|flatmate|roommate|teammate|intern)\\b"
    ),
    # Hinglish and Banglish: "<name> ki photo", "<name> er chobi".
    (
        "re:\\b[a-z]{2,} (ki|ka|ke) (photo|foto|pic|picture|tasveer|tasvir|chehra|chehre|"
        "face|sir|muh|munh)\\b"
    ),
    "re:\\b[a-z]{2,}(-| )?(er|r) (chobi|chhobi|photo|foto|pic|mukh|face|matha)\\b",
    # The name's own feed between the name and the photo: "Pooja ki fb se photo", "Sumi r insta
    # theke chobi", তানিয়ার ফেসবুক থেকে ছবি.
    (
        "re:\\b[a-z]{2,}(-| )?(ki|ka|ke|er|r) (insta|instagram|fb|facebook|whatsapp|profile|dp|"
        "tiktok)( profile)? (se|theke|wali|ki|er) (photo|foto|pic|picture|tasveer|chobi|chhobi|"
        "selfie)\\b"
    ),
    "re:[\\u0980-\\u09ff]{2,}(ের|র|এর) (ফেসবুক|ইনস্টা|ইনস্টাগ্রাম|প্রোফাইল) (থেকে )?(ছবি|ফটো|সেলফি)",
    (
        "re:(?<![一-龯々ァ-ヶー])(?!客|皆)[一-龯々ァ-ヶー]{1,8}(さん|ちゃん|くん|君|氏|先輩|部長|課長|"
        "係長|主任)の(顔写真|写真|顔|頭)"
    ),
    (
        "re:(?<![가-힣])(?!고객|손님|회원|여러분)"
        "[가-힣]{1,4} ?(씨|님|대리|과장|차장|부장|팀장|주임|사원|"
        "선배|후배|선생님)(님)?(의)? ?"
        "(사진|얼굴|머리)"
    ),
    (
        "re:(部门|部門|财务|財務|会计|會計|人事|销售|銷售|隔壁|楼下|樓下|楼上|樓上|班上|班里|公司)"
        "[^。！？]{0,8}(的)?(照片|相片|脸|臉|头像|頭像|大头照)"
    ),
    # A full name by its surname; surnames that are also everyday words (白, 高, 马, 黄, 夏…)
    # are left out, so "高清的照片" and "马的照片" name no one.
    (
        "re:[王李张張刘劉陈陳杨楊赵趙吴吳周徐孙孫朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧"
        "曹彭曾肖董袁潘蒋蔣蔡余杜苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚汪范廖贾賈韦韋邹鄒孟熊邱尹薛"
        "闫段雷侯陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃戴莫汤湯][\\u4e00-\\u9fff]{1,2}的(照片|相片|脸|臉|"
        "头像|頭像|大头照)"
    ),
    "re:[\\u0900-\\u097f]{2,} (की|का|के) (फोटो|फ़ोटो|तस्वीर|चेहरा|चेहरे)",
    "re:[\\u0980-\\u09ff]{2,}(ের|র|এর) (ছবি|ফটো|মুখ)",
]
# Labels that mock rather than slur: the office's "salary thief", the "laziest employee".
MOCK_LABEL = [
    (
        "re:\\b(idiot|moron|loser|clown|dumbest|stupidest|laziest|ugliest|fattest|useless|"
        "worthless|good-for-nothing|freeloader|dead weight|salary thief|waste of (space|oxygen|"
        "salary)|nikamma|nikammi|nalayak|naalayak|kamchor|kaamchor|bewakoof|bevkoof|"
        "bokachoda|gadhar bachcha|okorma|opodartho)\\b"
    ),
    # Not an animal's name: a farm's donkey is called a donkey. Not バカ売れ or 親バカ.
    "給料泥棒", "税金泥棒", "役立たず", "無能",
    "ごくつぶし", "穀潰し", "re:(?<!親)バカ(?!売れ|ウケ|うま|でか)",
    "アホ", "間抜け",
    "デブ", "ハゲ", "ノロマ",
    "월급루팡", "무능", "멍청", "바보", "밥버러지", "식충", "뚱땡이", "대머리", "찐따", "쓰레기",
    "最蠢", "蠢货", "蠢貨", "废物", "廢物", "白痴",
    "笨蛋", "猪脑", "豬腦", "饭桶", "飯桶", "死胖子",
    "最懒", "最懶", "丑八怪", "醜八怪",
    "निकम्मा", "निकम्मी", "नालायक", "कामचोर", "बेवकूफ",
    "অকর্মা", "অপদার্থ", "কামচোর",
    # The photo made ugly, fat or hairy: an edit that mocks whatever the caption says.
    (
        "re:\\b(make|made|making|edit\\w*|photoshop\\w*) (her|him|them)( look)? (ugly|uglier|"
        "hairy|fat|fatter|hideous|disgusting)\\b|\\b(gorilla (girl|boy|face)|pig ?face|fatso)\\b"
    ),
    "re:(ブサイク|醜く|不細工|デブ)に(加工|して)",
    "re:(못생기게|뚱뚱하게|추하게) ?(합성|만들|보정)",
    "丑化", "醜化", "re:(बदसूरत|मोटी|मोटा) (बना|दिखा)", "re:(কুৎসিত|মোটা) (বানাও|দেখাও)",
    # Or made ridiculous: the face edited into a clown's for the board.
    (
        "re:\\b(make|made|making|edit\\w*|photoshop\\w*) (her|him|them|her face|his face|"
        "their faces?)( look)? (ridiculous|silly|stupid|clownish|like a clown)\\b"
    ),
    "re:(滑稽|間抜け|マヌケ)(に|な顔に)(加工|合成|して)",
    "re:(우스꽝스럽게|우습게) ?(합성|만들|보정|편집)",
    "re:(p|修|合成|画)得(很|超)?(滑稽|可笑|丑)", "re:(हास्यास्पद|जोकर जैसा|जोकर जैसी) (बना|दिखा)",
    "re:\\b(joker|jokar) (jaisa|jaisi|jaise) (bana|dikha)\\w*",
    "re:(হাস্যকর|জোকারের মতো|ভাঁড়ের মতো) ?(বানাও|করে দাও|দেখাও)",
    "re:\\b(hasshokor|hashshokor|hasyakor|joker er moto|bhar er moto) (banao|kore dao|dekhao)\\b",
    # A neighbour ranked as the block's worst nuisance: 민폐 1위, 迷惑住民ナンバーワン.
    (
        "re:\\b(nuisance|pest|menace|troublemaker)( (no\\.?|number) ?(1|one)| of the (year|month|"
        "building|block|street|estate))\\b"
    ),
    "re:迷惑(住民|ナンバーワン|no\\.? ?1|1位|王)", "re:민폐 ?(1위|왕|갑|주민|대장|넘버원)",
    "re:扰民(王|第一|之最)", "re:(परेशानी|मुसीबत) (नंबर|नम्बर) ?(1|एक)",
    "re:\\b(pareshani|musibat|jhamela) (number|no) ?(1|ek|one)\\b",
    "re:(ঝামেলা|উৎপাত) (নম্বর|নং) ?(১|1|এক)", "re:\\b(jhamela|utpat) (number|no|nombor) ?(1|ek)\\b",
]  # fmt: skip
# "Only a joke", "a prank", "for a laugh": the framing a mocking request comes in.
JOKE = [
    (
        "re:\\b(joke|jokes|joking|prank|pranks|pranking|for a laugh|for laughs|lol|lmao|roast|"
        "mazaak|mazak|majak|mazaq|mazaaq|moja|mojar|moja kore|thatta)\\b"
    ),
    "冗談", "ネタ", "いたずら", "イタズラ", "ドッキリ", "笑いたい", "笑える", "笑いもの", "笑い者",
    "농담", "장난", "웃기", "웃긴", "웃자고", "몰카",
    "玩笑", "整蛊", "整蠱", "恶搞", "惡搞", "搞笑", "逗", "取笑",
    "मज़ाक", "मजाक", "हंसी", "हँसी", "प्रैंक", "মজা", "ঠাট্টা", "প্র্যাঙ্ক", "হাসি",
    # A meme is a joke made of someone's face.
    "re:\\bmemes?\\b", "ミーム", "밈", "表情包", "梗图", "मीम", "মিম",
]  # fmt: skip
_NAMED_FACE = _plain(NAMED_FACE)
# A public official or a creator, by name or by their photo: "Dave from the council planning
# office", "grab his LinkedIn photo", "influencer Riya ... uski photo", 区役所の担当者の写真.
NAMED_PUBLIC = [
    (
        "re:\\b[a-z]+ [a-z]+ (from|at|of) (the )?(local |city |county |district )?(council|"
        "town hall|city hall|planning (office|department)|licensing (office|department)|"
        "municipality|tax office|ministry|mayor's office|police station|school board)\\b"
    ),
    (
        "re:\\b(his|her|their) (linkedin|facebook|instagram|insta|profile|official) "
        "(photo|pic|picture|headshot)\\b"
    ),
    (
        "re:\\b(influencer|youtuber|blogger|vlogger|reviewer|streamer|councillor|councilor|"
        "official|officer|inspector|mayor|mla|mp|corporator|sarpanch)( [a-z]+){1,2}\\b"
    ),
    (
        "re:\\b(uski|uska|unki|unka|iski|iska|oder|or|tar|taar|ok|oke) (photo|foto|pic|tasveer|"
        "tasvir|chobi|chhobi|chehra)\\b"
    ),
    "re:(区役所|市役所|役場|町役場)の[^。\\n]{0,10}(さん|氏|担当者|職員)",
    "re:(インフルエンサー|ユーチューバー|YouTuber|議員|市長)[^。\\n]{0,10}(さん|氏)?の(写真|顔)",
    "re:(구청|시청|주민센터|군청)[^.!?\\n]{0,10}(씨|님|주무관|공무원|직원)",
    "re:(인플루언서|유튜버|의원|시장)[^.!?\\n]{0,10}(사진|얼굴)",
    "re:(街道办|区政府|市政府|城管|规划局)[^。！？\\n]{0,10}(的)?(照片|脸|头像)",
    "re:(网红|博主|主播|UP主|up主)[^。！？\\n]{0,10}(的)?(照片|脸|头像)",
    "re:(इन्फ्लुएंसर|यूट्यूबर|नगर निगम|अधिकारी|पार्षद)[^।\\n]{0,16}(की|का|के) (फोटो|फ़ोटो|तस्वीर|चेहरा)",
    "re:(ইনফ্লুয়েন্সার|ইউটিউবার|পৌরসভার|কাউন্সিলর|অফিসার)[^।\\n]{0,16}(ছবি|ফটো|মুখ)",
]  # fmt: skip
# The photo made fat, dirty, ugly or a rat, or a label to turn people from them: "moti aur
# gandi bana do", 太らせて汚く, 뚱뚱하고 더럽게, P成又胖又脏, "nobody watch her".
SHAME_EDIT = [
    (
        "re:\\b(make|made|making|photoshop\\w*|edit\\w*|turn\\w*|draw\\w*)\\b[^.!?\\n]{0,30}?\\b"
        "(fat|fatter|obese|ugly|uglier|dirty|filthy|disgusting|a rat|a pig|a leech|a cockroach|"
        "a clown)\\b"
    ),
    (
        "re:\\b(moti|mota|gandi|ganda|badsurat|bhadda|bhaddi|kaali|mota|nongra|kutsit|bishri)"
        "( aur| ar| o| and)?( (moti|mota|gandi|ganda|badsurat|nongra|kutsit))? "
        "(bana|banao|bana do|kar do|karo|koro|kore dao|baniye dao|banaiye)\\b"
    ),
    "re:\\b(chuha|chooha|suar|suvar|indur|shuor|tilchatta)\\b (bana|banao|bana do|baniye dao)\\b",
    "re:(太らせ|デブに|汚く|醜く|ブサイクに|ネズミに)[^。\\n]{0,6}(加工|して|描)",
    "re:(뚱뚱하게|더럽게|추하게|못생기게|쥐로)[^.!?\\n]{0,6}(합성|만들|보정|그려)",
    "re:(p成|P成|丑化|修成|画成)[^。！？\\n]{0,6}(胖|脏|丑|老鼠|猪)",
    "re:(मोटी|मोटा|गंदी|गंदा|बदसूरत|भद्दी|भद्दा)[^।\\n]{0,10}(बना|कर)",
    "re:(মোটা|নোংরা|কুৎসিত|বিশ্রী)[^।\\n]{0,10}(বানাও|করে দাও|বানিয়ে)",
]  # fmt: skip
_NAMED_PUBLIC = _plain(NAMED_PUBLIC)
_SHAME_EDIT = _plain(SHAME_EDIT)
SHAME_LABEL = [
    "re:\\b(leech|leeches|parasite|fraud|rishwatkhor|ghooskhor|ghuskhor|ghushkhor)\\b",
    "骗子", "寄生虫", "詐欺師", "사기꾼", "기생충", "फ्रॉड", "घूसखोर", "ফ্রড", "ঘুষখোর", "धोखेबाज़",
    "re:\\b(koi|keu) (mat|na|naa) (dekho|dekhe|dekhna|dekhbe|dekho na)\\b",
    "re:\\b(nobody|no one) (watch|follow|trust)(es|s)? (her|him|them|this (guy|woman|man))\\b",
    "re:(कोई|किसी) (मत|न) (देखो|देखे)",
]  # fmt: skip
_SHAME_LABEL = _plain(SHAME_LABEL)
_MOCKED = _plain([*INSULT, *MOCK_LABEL, *ACCUSE_LABEL, *JOKE])
_DERIDED = _plain([*INSULT, *MOCK_LABEL, *ACCUSE_LABEL])

# A named person's photo turned into a witch or a pig's head for a group to laugh at.
FIGURE_MERGE = [
    (
        "re:\\b(turn|make|morph|photoshop|draw|paint|edit|show)\\w*\\b[^.!?\\n]{0,30}?"
        "\\b(into|as|like) (a |an |some )?(\\w+ ){0,2}?(witch|hag|pig|sow|hog|swine|donkey|jackass|"
        "clown|rat)\\b"
    ),
    (
        "re:\\b(make|turn)\\w* (her|him|them) (into )?(a |an )?(\\w+ ){0,2}?"
        "(witch|hag|pig|sow|donkey|clown)\\b"
    ),
    "re:(魔女|鬼婆|山姥|豚|ブタ|ロバ|ピエロ)(に|として|みたいに|風に|の姿に)(して|加工|合成|描|変え)",
    "re:(마녀|돼지|당나귀|광대)(로|처럼) ?(합성|만들|그려|바꿔|변신)",
    (
        "re:(p|合成|换|換|做|变|變|画|畫|修)成(一个|一個|一头|一頭|一只|一隻|个)?(大|肥|老|丑|醜)?"
        "(猪头|豬頭|猪|豬|巫婆|女巫|妖婆|老妖婆)(?!年|肉|排|蹄|脚|皮|骨)"
    ),
    "re:(सूअर|सुअर|गधा|गधे|चुड़ैल|डायन|जोकर)[^।]{0,4}(बना|की तरह दिखा|जैसा दिखा)",
    "re:\\b(suar|suwar|gadha|gadhe|chudail|churail|dayan|daayan)\\b[^.!?\\n]{0,4}?\\b(bana|jaisa)\\w*",
    "re:(ডাইনি|শুয়োর|শূকর|গাধা|পেত্নী|ভাঁড়)[^।]{0,6}(হিসেবে|বানিয়ে|বানাও|বানান|সাজিয়ে|এর মতো)",
    (
        "re:\\b(dain|daini|petni|shuor|shuyor|gadha|bhanr|bhar|bhaar)\\b[^.!?\\n]{0,8}?"
        "\\b(baniye|banie|banay|banao|banan|hisebe|moto)\\b"
    ),
    (
        "re:(p|合成|换|換|做|变|變|画|畫|修|丑化|醜化)成(一个|一個|一头|一頭|一只|一隻|一条|一條|个)?"
        "(大|肥|老|丑|醜|死)?(癞蛤蟆|癩蛤蟆|蛤蟆|乌龟|烏龜|王八|狗|蟑螂|老鼠|猴子|驴|驢|蛆)"
        "(?!狗|造型|形|蛋糕|饼干|玩偶)"
    ),
    "re:(ゴキブリ|カエル|ガマガエル|犬|イヌ|ネズミ|ハゲタカ|ゴリラ|サル|猿)(に|として|みたいに)(して|加工|合成|描|変え)",
    "re:(두꺼비|바퀴벌레|쥐|원숭이|고릴라)(로|처럼) ?(합성|만들|그려|바꿔)",
    "re:(p|合成|换|換|做|变|變|画|畫|修|丑化|醜化)成(一个|一個|一头|一頭|一只|一隻|个)?(母猪|母豬|肥猪|肥豬)",
    "re:\\b(bhains|bhais|bandar|chuha|kutta|kutiya)\\b[^.!?\\n]{0,4}?\\b(bana|jaisa)\\w*",
]
# The person said yes: a customer of the month, a staff member who picked the costume.
CONSENT = [
    (
        "re:\\b(agreed|consented|said yes|signed (a |our |the )?(photo |model )?release|"
        "with (her|his|their) (permission|consent|ok)|gave (us )?(permission|consent)|"
        "her idea|his idea)\\b"
    ),
    # Photos sent in for a contest or a filter are offered to be shown.
    "re:\\b(sent (them |their \\w+ )?in|submitted|entries)\\b",
    "re:\\bentered (the|our) (contest|competition)\\b",
    "応募", "투고", "응모", "投稿的", "参赛",
    "許可", "了承", "同意", "掲載OK", "동의", "허락", "授权", "允许",
    "अनुमति", "इजाज़त", "इजाजत", "सहमति", "re:\\b(permission|ijazat|anumati|onumoti|shommoti)\\b",
    "অনুমতি", "সম্মতি",
]  # fmt: skip
_FIGURED = _plain([*ANIMAL_MERGE, *FIGURE_MERGE])
# A person's picture dressed as a convict or a fool: a prison uniform, a clown's make-up, a
# dunce cap, donkey ears; 囚人服, 죄수복, 囚服, कैदी के कपड़े, গাধার কান.
SHAME_COSTUME = [
    (
        "re:\\b(prison (uniform|jumpsuit|stripes|garb)|convict'?s? (uniform|stripes)|"
        "orange jumpsuit|clown (wig|make-?up|nose|paint)|dunce'?s? cap|donkey ears|"
        "pig'?s? (ears|snout))\\b|\\b(gadhe|gadha|gadhar) (ke|er) (kaan|kan)\\b|"
        "\\b(qaidi|kaidi|koyedi) (ke kapde|ki dress|r poshak)\\b"
    ),
    "囚人服", "ピエロのメイク", "ピエロメイク", "ロバの耳", "죄수복", "광대 분장", "광대 화장",
    "당나귀 귀", "囚服", "小丑妆", "小丑的妆", "驴耳朵", "re:कैदी (के कपड़े|की ड्रेस|की वर्दी)",
    "गधे के कान", "जोकर का मेकअप", "re:কয়েদির (পোশাক|জামা)", "গাধার কান", "ভাঁড়ের সাজ",
]  # fmt: skip
_SHAME_COSTUME = _plain(SHAME_COSTUME)
_CONSENT = _plain(CONSENT)
# An order to mock the person the brief names: "make fun of him", ঠাট্টা করো, からかって.
MOCK_ORDER = [
    (
        "re:\\b(make fun of|poke fun at|mock|ridicule|roast|laugh at) (him|her|them|the late|"
        "the dead|the deceased|this (guy|man|woman))\\b|\\b(mazaak|mazak|majak) (udao|udaao|"
        "banao)\\b|\\b(thatta|thatta-moshkora|moshkora|upohash) (koro|korun|kor)\\b"
    ),
    "re:(ঠাট্টা|বিদ্রূপ|মশকরা|উপহাস|ব্যঙ্গ) (করো|করুন|কর)(?! না)", "re:মজা (উড়াও|ওড়াও|নাও)",
    "re:(मज़ाक|मजाक|खिल्ली) (उड़ाओ|उड़ाइए|बनाओ)",
    "re:(からかって|馬鹿にして|笑いものにして|茶化して)(ください|ほしい)?",
    "re:(조롱|비웃|놀려|우스갯거리로)", "re:(嘲笑|嘲讽|取笑|挖苦)(他|她|一下)",
]  # fmt: skip
_MOCK_ORDER = _plain(MOCK_ORDER)

# A protected group, or a person wearing its visible marks (a hijab, a turban, a kippah),
# drawn as threatening, shifty, dirty or uneducated beside the brand. In one sentence with
# the group; a campaign against the stereotype names it to fight it.
CARICATURE = [
    (
        "re:\\b(drawn|shown|depicted|portrayed|painted|pictured|made to look|styled|cast|"
        "illustrated|rendered|looking|look|looks|appear|appears|appearing|seem|seems)\\b"
        "( as| like)?( (very|really|super|kind of|a bit|slightly|all|so|typically))?"
        "( \\w+,?( and)?)? "
        "(shifty|threatening|menacing|sinister|dangerous|suspicious|sketchy|shady|dirty|filthy|"
        "unwashed|grubby|grimy|smelly|uneducated|illiterate|backward|primitive|ignorant|savage|"
        "creepy|violent|aggressive|fanatical|dodgy)\\b"
    ),
    (
        "re:\\b(shifty|threatening|menacing|sinister|suspicious|sketchy|shady|dirty|filthy|grubby|"
        "smelly|uneducated|backward|primitive|savage|creepy|dodgy)[- ]looking\\b"
    ),
    (
        "re:\\b(draw|show|depict|portray|paint|make|style|render|illustrate)\\w*\\b[^.!?\\n]{0,40}?"
        "\\b(as|look|looking|seem)\\b[^.!?\\n]{0,12}?\\b(shifty|threatening|menacing|sinister|"
        "dangerous|suspicious|sketchy|dirty|filthy|unwashed|grubby|smelly|uneducated|illiterate|"
        "backward|primitive|ignorant|savage|violent|fanatical)\\b"
    ),
    (
        "re:(怪し|不審|危険そう|危なそう|脅威的|物騒|汚|不潔|汚らし|みすぼらし|無教養|無学|教養のな|"
        "野蛮|未開|頭の悪そう)[^。]{0,8}?(描|見せ|表現|演出)"
    ),
    (
        "re:(수상|위협적|위험해 ?보|무섭|더럽|더러|지저분|불결|무식|못 ?배운|미개|야만)"
        "[^.!?\\n]{0,8}?(그려|그린|보이게|표현|묘사|연출)"
    ),
    (
        "re:(画成|画得|显得|看起来|表现得|描绘成|塑造成|弄成|做成|画)[^。！？\\n]{0,6}?(鬼鬼祟祟|可疑|"
        "凶狠|凶恶|危险|吓人|脏兮兮|肮脏|很脏|邋遢|没文化|愚昧|落后|野蛮|没教养)"
    ),
    (
        "re:(संदिग्ध|खतरनाक|डरावना|डरावनी|डरावने|गंदा|गंदी|गंदे|मैला|मैली|अनपढ़|जाहिल|गंवार|"
        "पिछड़ा|पिछड़ी|पिछड़े|असभ्य)[^।\\n]{0,10}?(दिखाओ|दिखाना|दिखें|दिखे|बनाओ|लगे|लगें)"
    ),
    (
        "re:\\b(shady|khatarnak|darawna|darawni|ganda|gandi|gande|maila|anpadh|anpad|jahil|"
        "ganwar|gawar|pichhda|pichhdi|asabhya|nongra|noungra|moyla|oshikkhito|oshikhito|murkho|"
        "osobhyo|sondehojonok|bhoyonkor|bhoyankar)\\b[^.!?\\n]{0,12}?\\b(dikhao|dikhana|dikhe|"
        "dikhein|banao|lage|dekhao|dekhan|dekhabe|ako|lagbe)\\b"
    ),
    (
        "re:(সন্দেহজনক|ভয়ঙ্কর|ভয়ংকর|বিপজ্জনক|নোংরা|ময়লা|অশিক্ষিত|মূর্খ|অসভ্য|গেঁয়ো)[^।\\n]{0,12}?"
        "(দেখাও|দেখান|দেখাবে|দেখাতে|বানাও|আঁকো|লাগবে)"
    ),
    (
        "re:\\b(drawn|shown|depicted|portrayed|painted|pictured|made to look) as (\\w+ ){0,2}"
        "(idiots?|stupid|dumb|lazy|greedy|sneaky|incompetent|bad drivers)\\b"
    ),
]
# The group told apart from "us": "stay with your own kind", "don't be like them".
OWN_KIND = [
    "re:\\b(with|among|to) (your|their|our) own kind\\b(?! of)",
    "re:\\b(don't|do not|never) (be|become|end up) like them\\b",
    "re:(あの人たち|あいつら|彼ら|あの人)(みたい|のよう)に(ならない|なるな|なっちゃだめ)",
    "re:(쟤네|저 ?사람들|그 ?사람들|걔네|저들)(처럼|같이) ?(되지 ?마|되면 ?안)",
    "re:(别|不要|可别)(像|跟)(他们|她们|那些人)(一样|那样)", "re:(和|跟)同类(人)?(一起|坐)",
    "re:(उनके|उन|इनके) (जैसे|जैसा|जैसी) (मत|न|ना) (बनो|बनना)",
    "re:\\b(unke|un|inke) (jaise|jaisa|jaisi) (mat|na|mt) (bano|banna|bano)\\b",
    "re:(ওদের|ওনাদের|তাদের) (মতো|মত) (হয়ো না|হইও না|হবেন না|হইয়ো না)",
    "re:\\b(oder|tader) (moto|mto) (hoyo na|hoio na|hoyona)\\b",
]  # fmt: skip
_CARICATURE = _plain(CARICATURE)
_OWN_KIND = _plain(OWN_KIND)

# Drugs sold on the quiet: ordered by message, "not legal but it works", no fear of the
# police. Anywhere in the brief, the copy lines being sentences of their own.
DRUG_ORDER = [
    (
        "re:\\b(order|buy|dm|message|text|hit us up|slide into|contact)\\w*\\b[^.!?\\n]{0,12}?"
        "\\b(on|via|by|through|in|at)? ?(whatsapp|telegram|wickr|signal|snapchat|snap|dms?|inbox|"
        "wechat|kakao|line)\\b"
    ),
    (
        "re:\\b(whatsapp|telegram|dm|inbox|wechat)(-| )?(e|a|pe|par|te|mein|me)? "
        "(order|kinun|kharido)\\w*"
    ),
    "re:(注文|購入|ご注文|お問い合わせ|連絡)(は|も)?(dm|line|ライン|テレグラム|インスタ)",
    "re:(dm|line|ライン|テレグラム)(で|から)(注文|購入|連絡|受付)",
    "re:(주문|구매|문의)(은|는)? ?(dm|디엠|텔레|텔레그램|카톡|오픈채팅)",
    "re:(dm|디엠|텔레그램|카톡|오픈채팅)(으로|로) ?(주문|구매|문의)",
    "re:(微信|私信|加v|vx|wx|电报|飞机号)[^。！？\\n]{0,4}(下单|订购|购买|联系|咨询)",
    "re:(下单|购买|订购)[^。！？\\n]{0,4}(加微信|私信|微信|电报)",
    "re:(व्हाट्सएप|व्हाट्सऐप|इनबॉक्स|डीएम) (पर|से|में) (ऑर्डर|आर्डर|खरीद)",
    "re:(হোয়াটসঅ্যাপে|ইনবক্সে|ইনবক্স) (অর্ডার|কিনুন|যোগাযোগ)",
]  # fmt: skip
NOT_LEGAL = [
    (
        "re:\\b(not (exactly |technically |strictly )?legal|illegal|technically illegal)\\b"
        "[^.!?\\n]{0,10}?\\b(but|yet|though)\\b"
    ),
    "re:\\b(illegal|not legal) (hai|he|holeo|hoileo) (par|lekin|magar|kintu|tobe)\\b",
    "re:合法じゃない(けど|が|のに|けれど)", "re:違法(だけど|でも|なのに|ですが)", "非合法", "脱法",
    "re:(불법이지만|불법인데|불법이긴|합법은 ?아니지만|합법 ?아닌데|합법이 ?아니지만)",
    "re:(不合法|违法|非法|违禁)(但|可是|不过|的但)", "re:虽然(不合法|违法|非法)",
    "re:(गैरकानूनी|अवैध|ग़ैरक़ानूनी) (है )?(पर|लेकिन|मगर)",
    "re:(অবৈধ|বেআইনি) (হলেও|কিন্তু|তবে)",
]  # fmt: skip
_DRUG_ORDER = _plain(DRUG_ORDER)
_NOT_LEGAL = _plain(NOT_LEGAL)

# A slimming drug sold that no one may sell: sibutramine, DNP, or a diet pill the brief says
# has no approval. A warning poster against them names them too.
BANNED_SLIMMING = [
    "re:\\b(sibutramine|dinitrophenol|2,4-dnp|dnp (pills|capsules|powder)|fen-?phen)\\b",
    "re:\\b(with|contains?|containing|made with|plus) dnp\\b",
    "シブトラミン", "ジニトロフェノール", "시부트라민", "디니트로페놀", "西布曲明", "二硝基苯酚",
    "सिबुट्रामाइन", "सिबुट्रामिन", "সিবুট্রামিন", "re:\\bsibutramin\\b",
]  # fmt: skip
DIET_PILL = [
    (
        "re:\\b(diet|slimming|weight[- ]loss|fat[- ]burn(ing|er)?|appetite[- ]suppressant) "
        "(pills?|tablets?|capsules?|drugs?|meds?|medicine)\\b"
    ),
    "痩せ薬", "やせ薬", "ダイエット薬", "re:(ダイエット|痩身)(サプリ|錠|カプセル)",
    "다이어트 약", "다이어트약", "살 빼는 약", "살빼는 약", "식욕억제제",
    "减肥药", "減肥藥", "瘦身药", "减肥胶囊", "减肥丸",
    "re:(वजन|वज़न) (घटाने|कम करने) (की|वाली) (गोली|गोलियां|दवा|दवाई)",
    "re:\\b(weight loss|vajan|wajan) (ki|wali) (goli|goliyan|dawa|dawai)\\b",
    "re:ওজন কমানোর (ওষুধ|বড়ি|ট্যাবলেট|ক্যাপসুল)",
    "re:\\bojon komanor (oshudh|ushudh|tablet|bori)\\b",
]  # fmt: skip
UNAPPROVED = [
    "re:\\b(unapproved|not approved|no approval|never approved|unlicensed)\\b",
    (
        "re:\\b(fda|fssai|dgda|mfds|nmpa)\\b[^.!?\\n]{0,10}"
        "\\b(hasn't|has not|never|didn't|did not|not)\\b"
    ),
    "未承認", "re:(承認|認可)(されて|を受けて)(い)?(ない|ません)",
    "미승인", "re:허가(를)? ?(안 ?받은|받지 ?않은|없는)", "re:식약처 ?(허가|승인)(은|도)? ?(없|안)",
    "没批文", "无批文", "没有批文", "未经批准", "未获批", "没有批准", "没获批", "无批准文号",
    "没有批准文号",
    "re:(मंजूरी|मंज़ूरी|अनुमोदन) (नहीं|नही)", "re:\\bapprov(al|ed) (nahi|nahin|nei|nai)\\b",
    "অনুমোদন নেই", "অনুমোদনহীন", "re:\\bonumodon (nei|nai)\\b",
]  # fmt: skip
DRUG_WARNING = [
    "re:\\b(beware|warning|warn(s|ed|ing)?|dangerous|danger of|recall(ed|s)?|watch out for|avoid|"
    "side effects|health risk)\\b",
    "注意", "危険", "警告", "回収", "주의", "위험", "경고", "회수", "警惕", "小心", "谨防", "危害",
    "警示", "当心", "सावधान", "खतरनाक", "चेतावनी", "সাবধান", "বিপজ্জনক", "সতর্ক",
]  # fmt: skip
_BANNED_SLIMMING = _plain(BANNED_SLIMMING)
_DIET_PILL = _plain(DIET_PILL)
_UNAPPROVED = _plain(UNAPPROVED)
_DRUG_WARNING = _plain(DRUG_WARNING)

# Pills at a party passed off as "party favours" or candy, or from someone to ask for at the
# bar: "party favours, ask for Jay 🍬💊", パーティーのお楽しみ, 파티 선물, 派对小糖果.
PARTY_PILL = [
    "re:\\b(pills?|molly|mollies|ecstasy|xtc|baggies)\\b",
    "💊",
    "💉",
    "re:\\brolled[- ]up (note|bill|banknote|tenner|twenty)\\b|\\brolled (note|bill|banknote)\\b",
    "re:\\blines? (of (white )?powder )?on a mirror\\b",
    "錠剤", "ピル", "白い粉", "알약", "하얀 가루", "药丸", "药片", "白粉",
    "re:(नशे की|पार्टी वाली) (गोली|गोलियां)|\\b(nashe ki|party wali|party vali) (goli|goliyan)\\b",
    "re:বড়ি|পিল|(নেশার|পার্টির) ট্যাবলেট|\\b(nesha r|neshar) (bori|tablet)\\b",
]  # fmt: skip
PARTY_CODE = [
    "re:\\bparty (favou?rs|treats|sweets|candy|candies|vitamins|supplies|snacks|goodies)\\b",
    (
        "re:\\b(ask|see|find|look) for [a-z]+ (at|by|behind|near) the (bar|door|back|toilets?|"
        "bathroom|dj booth|booth)\\b"
    ),
    "re:\\b(bar|door|back) (pe|par|mein|e|te) [a-z]+ (se|ke|ko|k) (maango|mango|poocho|pucho|"
    "bolo|bolun|bolben|khojo|chaibe|chaiben)\\b",
    "🍬", "🍭", "❄️", "❄",
    "re:パーティー(の|用の)?(お楽しみ|お供|おやつ|お菓子|ビタミン)",
    "re:バー(で|の)[^。\\n]{0,10}(に声を|を呼|に聞|を訪ね)",
    "re:파티 ?(선물|간식|사탕|비타민|캔디)",
    "re:바(에서|에 ?있는) ?[^.!?\\n]{0,10}(찾|불러|에게 ?말)",
    "re:派对(小)?(礼物|糖果|糖|零食|维生素|伴手礼)",
    "re:(吧台|酒吧)(找|问)[^。！？\\n]{0,6}",
    "re:到吧台(找|问)",
    (
        "re:पार्टी (का|की|के) (सामान|तोहफ़?े|मिठाई|कैंडी|फेवर)|\\bparty (ka|ki|ke|er) (saman|samaan"
        "|maal|mithai|tohfa|upohar)\\b"
    ),
    "re:बार (पर|में|पे) [^।\\n]{0,12}(से|को) (मांगो|पूछो|बोलो|कहो)",
    "re:পার্টির (উপহার|ক্যান্ডি|মিষ্টি|সামগ্রী)|বারে [^।\\n]{0,12}(কে|র কাছে) (বলুন|খুঁজুন|চাইবেন|বলবেন|চাও)",
]  # fmt: skip
_PARTY_PILL = _plain(PARTY_PILL)
_PARTY_CODE = _plain(PARTY_CODE)

# A venue's table, booth or entry offered with "candy", "snow" or "vitamins" on the side: the
# perk is the drug the flyer cannot name. Dealt with a messenger handle or kept from the police.
VENUE_PERK = [
    (
        "re:\\b(candy|candies|sweets|snow|party favou?rs|vitamins|goodies|treats)\\b[^.!?\\n]{0,20}"
        "\\b(with|for|on) (every|each|any|a|your|the) (vip )?(table|booth|bottle|booking|ticket|"
        "entry)\\b"
    ),
    (
        "re:\\b(book|get|grab|reserve|take)\\w* (a |the |your )?(vip )?(table|booth)\\b"
        "[^.!?\\n]{0,30}\\b(candy|candies|snow|sweets|vitamins|party favou?rs|goodies)\\b"
    ),
    (
        "re:(テーブル|卓|vip席|ボックス席|入場)[^。\\n]{0,14}(キャンディ|キャンディー|飴|アメ|お菓子|"
        "ビタミン|雪)[^。\\n]{0,4}(サービス|付き|プレゼント|無料)"
    ),
    (
        "re:(테이블|룸|부스|입장)[^.!?\\n]{0,14}(캔디|사탕|비타민|눈꽃|스노우)[^.!?\\n]{0,4}(서비스|증정|"
        "제공|무료|드림)"
    ),
    (
        "re:(订台|开台|開台|卡座|包厢|包廂|订位)[^。！？\\n]{0,8}(送|赠|附送|免费)[^。！？\\n]{0,4}(糖果|糖|"
        "维生素|雪花|小药丸)"
    ),
    "re:(टेबल|टेबुल)[^।\\n]{0,16}(कैंडी|टॉफी|विटामिन)[^।\\n]{0,8}(फ्री|मुफ्त|मुफ़्त|सर्विस)",
    (
        "re:\\btable (book )?(karo|karne par|karne pe|kiya to|korle|korlei|nile|nilei|lo)\\b"
        "[^.!?\\n]{0,20}\\b(candy|vitamin|vitamins|toffee|mithai|snow)\\b"
    ),
    "re:টেবিল[^।\\n]{0,16}(ক্যান্ডি|চকলেট|ভিটামিন)[^।\\n]{0,8}(ফ্রি|বিনামূল্যে|সার্ভিস)",
]
# A messenger handle printed for it: the order goes there.
DRUG_HANDLE = [
    "re:\\b(telegram|tele|tg|wickr|signal|threema|session) ?(id|handle|username|user ?name|@)",
    "re:テレグラム(の)?(id|アカウント|ハンドル)|テレ(の)?id",
    "re:(텔레|텔레그램|위커|시그널) ?(아이디|id|계정)",
    "re:(电报|飞机|纸飞机|tg)(号|账号|id)",
    "re:टेलीग्राम (आईडी|id|हैंडल)",
    "re:টেলিগ্রাম (আইডি|id|হ্যান্ডেল)",
]
_VENUE_PERK = _plain(VENUE_PERK)
_DRUG_HANDLE = _plain(DRUG_HANDLE)

# Pills or powder handed over only on a code word or a password: the secret is what makes it
# a deal, whatever the pills are called ("pink tablets", "vitamins"). A promo code at a
# checkout is no password.
PILLS = [
    "re:\\b(pills?|tablets?|tabs|capsules?|caps|powder|goli|goliyan|golia|bori|borhi)\\b",
    "💊", "錠剤", "錠", "タブレット", "ピル", "粉", "알약", "정제", "캡슐", "가루",
    "药丸", "药片", "片剂", "胶囊", "粉末", "re:गोली|गोलियां|गोलियाँ|टैबलेट|कैप्सूल|पाउडर",
    "re:ট্যাবলেট|বড়ি|পিল|ক্যাপসুল|পাউডার",
]  # fmt: skip
CODE_WORD = [
    (
        "re:\\b(code ?word|pass ?word|secret (code|word|phrase)|the code|a code|safe ?word)\\b"
        "[^.!?\\n]{0,30}\\b(say|said|says|tell|told|whisper\\w*|give|gets?|only|ask\\w*)\\b|"
        "\\b(say|tell|whisper|give|know|ask for) (them |us |me |him |her )?(the|a|our) "
        "(secret )?(code|code ?word|password)\\b"
    ),
    "合言葉", "re:暗号(を|で|が)", "re:(암호|코드)(를|만)? ?(대면|말하면|말해야|대야|아는)",
    "re:(对|说|报)(上)?暗号|暗语", "re:(कोड|पासवर्ड) (बोलो|बोलने|बताओ|बताने|बोलें|बताएं|कहो)",
    (
        "re:\\b(code|code word|password) (bolo|bolne|batao|batane|bolein|kaho|bolle|bollei|"
        "bolun|bolben|bolte)\\b"
    ),
    "re:(কোড|পাসওয়ার্ড) (বললে|বললেই|বলুন|বলবেন|বলতে)",
]  # fmt: skip
_PILLS = _plain(PILLS)
_CODE_WORD = _plain(CODE_WORD)

# Drugs offered as the price of a deal from the venue itself: "free entry if you buy two
# packets from us", うちで買えば, 우리한테 사면, 从我们这买.
DEAL_DRUG = [
    (
        "re:\\b(weed|ganja|gaanja|charas|hash|spliffs?|blunts|pre-?rolls|dime bags?|"
        "(rolled|rolling) joints|joints (of|rolled)|grams? of (weed|hash|coke|molly)|pudiya maal|"
        "maal ki pudiya|puriya maal|maal er puria|baggies)\\b(?! ?(killers?|control|whackers?|"
        "eaters?|barriers?|membranes?|wackers?|pullers?|-free|free|removal|removers?|clearing|"
        "clearance|prevention|sprays?|mats?|fabric|suppress\\w*))"
    ),
    "大麻", "ガンジャ", "マリファナ", "ジョイント", "대마초", "대마", "떨", "마리화나",
    "大麻烟", "叶子", "गांजा", "गांजे", "चरस", "गांजे की पुड़िया", "পুরিয়া", "গাঁজা",
]  # fmt: skip
FROM_US = [
    (
        "re:\\b(buy|get|take|pick up|grab|cop)\\b[^.!?\\n]{0,40}\\b(from|off) (us|me|the "
        "(counter|bar|owner|front desk))\\b"
    ),
    (
        "re:\\b(humse|hamse|hamare se|mujhse)\\b[^.!?\\n]{0,15}\\b(lo|le lo|lena|lijiye|lenge|"
        "kharido|khareedo)\\b"
    ),
    (
        "re:\\b(amader|amar) (kach|kacch) (theke|thekey)\\b[^.!?\\n]{0,15}\\b(nao|nin|kinun|"
        "kino|niben|kinbe|kinle|nile)\\b"
    ),
    "re:(हमसे|मुझसे) [^।\\n]{0,15}(लो|ले लो|लेना|लीजिए|खरीदो|ख़रीदो)",
    "re:(আমাদের|আমার) (কাছ|কাছে) থেকে [^।\\n]{0,15}(নাও|নিন|কিনুন|কেনো|কিনলে|নিলে)",
    "re:(うち|当店|こちら)(で|から)[^。\\n]{0,10}(買|購入)",
    "re:(우리|저희)(한테|에게|한테서|가게에서) ?[^.!?\\n]{0,10}(사면|사 ?가|사세요|사시면|구매)",
    "re:(从|跟|找)(我们|我|本店)(这|这里|这儿)?[^。！？\\n]{0,4}(买|拿|进)",
]  # fmt: skip
_DEAL_DRUG = _plain(DEAL_DRUG)
_FROM_US = _plain(FROM_US)


# A real terror attack re-enacted for a campaign: planes into the towers, people falling
# from the windows, "recreate 9/11". A memorial's lights or a vigil show no attack.
REAL_ATTACK = [
    (
        "re:(?<!\\w)(9 ?[/·・.-] ?11 (attacks?|terror\\w*|hijack\\w*)|twin towers (attack|collapse|"
        "falling|burning)|bataclan (attack|massacre)|christchurch (mosque )?(attack|shooting)s?|"
        "manchester arena (bombing|attack)|oklahoma city bombing|boston marathon bombing|"
        "terror(ist)? attacks?)(?!\\w)"
    ),
    "同時多発テロ", "re:テロ(?!ップ)", "테러", "恐怖袭击", "恐袭", "911事件", "九一一事件",
    "आतंकी हमल", "आतंकवादी हमल", "সন্ত্রাসী হামলা", "জঙ্গি হামলা", "হলি আর্টিজান",
    "re:\\b(aatanki|atanki|aatankwadi) hamla\\b", "re:\\b(jongi|shontrashi|sontrasi) hamla\\b",
    "re:(放火|通り魔|乱射|殺傷|無差別殺人)事件", "re:묻지마 ?(살인|칼부림|범죄)|총기 ?난사",
    "re:(砍人|杀人|纵火|枪击|爆炸)(事件|案)|惨案", "re:नरसंहार|हत्याकांड", "re:গণহত্যা|হত্যাকাণ্ড",
]  # fmt: skip
ATTACK_SCENE = [
    (
        "re:\\b(planes?|jets?|airliners?|aircraft)\\b[^.!?\\n]{0,10}?\\b(crash\\w*|fly\\w*|slam\\w*|"
        "hit\\w*|smash\\w*|plow\\w*|plough\\w*) into (the |a )?(north |south )?(towers?|buildings?|"
        "skyscrapers?)\\b"
    ),
    (
        "re:\\bpeople (falling|jumping|leaping|plunging) (from|out of|off) (the |a )?(burning )?"
        "(windows?|towers?|buildings?|roof)\\b"
    ),
    "re:\\b(re-?enact|recreat|reconstruct|restag)\\w*\\b[^.!?\\n]{0,30}?\\b(attack|bombing|massacre)\\b",
    "re:(飛行機|旅客機)(が)?[^。]{0,4}(ビル|タワー|建物)に(突っ込|激突|衝突)",
    "re:(窓|ビル|タワー)から(人|人々)(が)?(落ち|飛び降り|転落)",
    "re:テロ(の)?(瞬間|場面|現場|シーン)",
    "re:(비행기|여객기)(가|이)? ?(빌딩|건물|타워)(에|으로|로)? ?(충돌|돌진|부딪)",
    "re:(창문|건물|빌딩)(에서|밖으로) ?(사람들?|사람)(이|들이)? ?(떨어지|뛰어내리|추락)",
    "re:테러 ?(장면|현장|순간)",
    "re:(飞机|客机)[^。！？\\n]{0,4}(撞向|撞上|撞进|冲向|撞)(大楼|大厦|双子塔|高楼|塔楼)",
    "re:(窗户|窗口|楼上|大楼)(里)?[^。！？\\n]{0,4}(跳下|坠落|掉下)(来)?的人",
    "re:(恐怖袭击|恐袭)(的)?(场面|现场|瞬间|画面)",
    "re:(विमान|प्लेन|हवाई जहाज)[^।]{0,12}(इमारत|बिल्डिंग|टावर)[^।]{0,12}(टकरा|घुस)",
    "re:(आतंकी|आतंकवादी) हमले (का|के) (दृश्य|सीन|पल)",
    "re:\\bplane\\b[^.!?\\n]{0,12}\\b(building|tower)\\b[^.!?\\n]{0,12}\\b(takra|ghus|dhakka|dhuk)\\w*",
    "re:(বিমান|প্লেন)[^।]{0,12}(ভবন|বিল্ডিং|টাওয়ার)[^।]{0,12}(ধাক্কা|আছড়ে|ঢুকে)",
    "re:(হামলার|হামলা) (দৃশ্য|মুহূর্ত)",
]  # fmt: skip
REENACT = [
    (
        "re:\\b(re-?enact\\w*|recreat\\w*|reconstruct\\w*|restag\\w*|photo-?real\\w*|realistic\\w*|"
        "hyper-?real\\w*|lifelike|true to life|as it happened|live-action)\\b"
    ),
    "재현", "실사", "사실적", "리얼하게", "생생하게", "再現", "実写", "リアル", "写実",
    "还原", "重现", "再现", "逼真", "写实", "真实感", "实拍",
    "रीक्रिएट", "असली जैसा", "हूबहू", "re:\\b(recreate|asli jaisa|hubahu|hubohu|bastob)\\b",
    "পুনর্নির্মাণ", "হুবহু", "বাস্তবের মতো", "রিক্রিয়েট",
]  # fmt: skip
_REAL_ATTACK = _plain(REAL_ATTACK)
_ATTACK_SCENE = _plain(ATTACK_SCENE)
_REENACT = _plain(REENACT)
_REENACT_STRICT = _plain(
    [
        "re:\\b(re-?enact\\w*|recreat\\w*|reconstruct\\w*|restag\\w*)\\b",
        "재현", "再現", "还原", "重现", "再现", "रीक्रिएट", "পুনর্নির্মাণ", "রিক্রিয়েট",
    ]
)  # fmt: skip
# Real attacks by their names and dates, shown with the shooting, the blood and the bodies:
# "26/11 ... goli, khoon aur laashein", 地下鉄サリン事件, 昆明火车站暴恐, পুলওয়ামা.
NAMED_ATTACK = [
    (
        "re:(?<![\\w/])(26 ?/ ?11|9 ?/ ?11|7 ?/ ?7|13 ?/ ?11)(?![\\w/])|\\b(mumbai|taj hotel|"
        "taj|pulwama|uri|pahalgam|parliament|paris|nice|brussels|london|madrid|christchurch|"
        "easter( sunday)?|holey artisan|bataclan|utoya|utøya|las vegas|oklahoma|peshawar school|"
        "beslan|nairobi|westgate|kunming)( station| hotel| cafe| café| mosque| concert| school)? "
        "(attacks?|bombings?|blasts?|massacre|shootings?|terror attacks?|siege|hamla|hamle|"
        "hamla|hamlar|blast|dhamaka|visphot)\\b"
    ),
    "地下鉄サリン", "サリン事件", "同時多発テロ", "re:(パリ|ムンバイ|ロンドン)(同時)?(テロ|襲撃)",
    "re:(뭄바이|파리|런던|크라이스트처치|보스턴)[^.!?\\n]{0,4}(테러|총격|폭탄)",
    "re:(孟买|巴黎|伦敦|昆明火车站|新西兰清真寺|波士顿)[^。！？\\n]{0,4}(恐袭|恐怖袭击|暴恐|爆炸案|枪击案)",
    "re:(26/11|मुंबई|पुलवामा|उरी|पहलगाम|संसद) (का |के |पर )?(हमला|हमले|आतंकी हमला|धमाके|ब्लास्ट)",
    "re:(হলি আর্টিসান|হোলি আর্টিজান|পুলওয়ামা|মুম্বাই|২১ আগস্ট) ?(হামলা|গ্রেনেড হামলা|সন্ত্রাসী হামলা)?",
]  # fmt: skip
ATTACK_GORE = [
    (
        "re:\\b(shoot(s|ing)?|gunn(ing|ed) down|open(s|ing)? fire|firing|blood|bloody|bodies|"
        "corpses|dead bodies|massacr\\w*|goli (chala|maar|mar)\\w*|golibari|khoon|khun|laash\\w*|"
        "lash|lashein|rokto|mrito ?deho|gulagoli)\\b"
    ),
    "死体", "遺体", "血まみれ", "銃撃", "撃ち", "시신", "시체", "피투성이", "총격", "총을 쏘",
    "尸体", "屍體", "鲜血", "血泊", "枪杀", "开枪", "扫射",
    "गोली", "खून", "ख़ून", "लाश", "लाशें", "গুলি", "রক্ত", "লাশ", "মৃতদেহ",
]  # fmt: skip
# The victims remembered: a vigil, a tribute, a blood drive in their name.
ATTACK_MEMORIAL = [
    (
        "re:\\b(vigil|tribute|memorial|remembrance|in memory|commemorat\\w*|anniversary|"
        "shraddhanjali|blood (donation|drive|bank|donors?)|donate blood|raktdaan|roktodan)\\b"
    ),
    "追悼", "慰霊", "献花", "献血", "추모", "헌혈", "悼念", "纪念", "缅怀",
    "श्रद्धांजलि", "रक्तदान", "स्मृति", "শ্রদ্ধাঞ্জলি", "রক্তদান", "স্মরণে",
]  # fmt: skip
_NAMED_ATTACK = _plain(NAMED_ATTACK)
_ATTACK_MEMORIAL = _plain(ATTACK_MEMORIAL)
_ATTACK_GORE = _plain(ATTACK_GORE)

# A real attack alluded to rather than named, by its year or as "that incident": "the mall
# shooting", 1995年の地下鉄のあの事件, 그 참사, 那起惨案, "us hamle", "sei hamla".
REAL_EVENT = [
    (
        "re:\\b(the|that|last year's|since the|after the) (\\w+ )?(mall|school|church|mosque|"
        "synagogue|temple|subway|metro|concert|festival|supermarket|nightclub|club|food court|"
        "stadium|train|bus|station|market) (shooting|bombing|attack|massacre|stabbing|"
        "gas attack|blast)s?\\b"
    ),
    "re:あの[^。\\n]{0,4}(事件|テロ|乱射|襲撃|爆破)",
    "re:\\d{4}年[^。\\n]{0,12}(テロ|乱射|襲撃|爆破)",
    "re:(그|그때 ?그) ?(참사|테러|총격|총기 ?난사|폭탄 ?테러|사건)",
    "re:\\d{4}년[^.!?\\n]{0,12}(참사|테러|총격|총기 ?난사)",
    "re:(那次|那起|那场|那一次)[^。！？\\n]{0,6}(事件|惨案|袭击|枪击|爆炸)",
    "re:\\d{4}年[^。！？\\n]{0,12}(惨案|袭击|枪击案|爆炸案)",
    (
        "re:\\b(\\d{4}|us|uss|wo|woh|sei|oi)\\b[^.!?\\n]{0,16}?\\b(hamla|hamle|hamlar|goli ?bari|"
        "golibaari|dhamaka|blast|bisphoron|golagoli)\\b"
    ),
    "re:(\\d{4}|उस|वो|वह)[^।\\n]{0,12}(हमला|हमले|धमाका|धमाके|गोलीबारी)",
    "re:(\\d{4}|সেই|ওই)[^।\\n]{0,12}(হামলা|বিস্ফোরণ|গোলাগুলি)",
]  # fmt: skip
# Its victims down: people on the floor, foam at the mouth, blood pooled.
VICTIMS_DOWN = [
    (
        "re:\\b(people|bodies|victims|passengers|shoppers|students|commuters|customers|worshippers)"
        " (lying|sprawled|collapsed|slumped|strewn|dying) (on|across|over|in|along)\\b|"
        "\\bblood pool(ed|ing|s)?\\b|\\bpools? of blood\\b|\\bfoam(ing)? at the mouth\\b"
    ),
    "re:倒れ(て|た|込ん)[^。\\n]{0,10}(乗客|人|人々|客|死体)",
    "re:(乗客|人々?|客)(が|たち)?[^。\\n]{0,4}倒れ",
    "re:泡(を)?吹", "血の海",
    "re:쓰러(진|져 ?있는) ?(사람|승객|시민|학생|손님)", "re:(사람|승객|시민|학생)들?이 ?쓰러",
    "re:거품(을)? ?(문|물고)", "피바다", "re:피 ?웅덩이",
    "re:倒(在|地)[^。！？\\n]{0,6}(乘客|人|人们|学生)",
    "re:(乘客|人们?|学生)[^。！？\\n]{0,4}倒(在|地)",
    "口吐白沫", "血泊", "血流成河",
    (
        "re:\\b(zameen|jameen|farsh|floor|mati|mete|mejhe)(te|y)? (par|pe)? ?(pade|padi|gire|pore)"
        " (log|hue|huye|lashein|thaka|ache|achhe)\\b|\\bkhoon ka (talab|taalaab|dher)\\b|"
        "\\brokter (pukur|nodi|bonna)\\b"
    ),
    "re:(ज़मीन|जमीन|फर्श) पर (पड़े|गिरे) (लोग|हुए)", "re:खून का (तालाब|ढेर)",
    "re:(মাটিতে|মেঝেতে) পড়ে (থাকা|আছে) (মানুষ|লোক|লাশ)", "re:রক্তের (পুকুর|বন্যা|নদী)",
]  # fmt: skip
_REAL_EVENT = _plain(REAL_EVENT)
_VICTIMS_DOWN = _plain(VICTIMS_DOWN)
# A wound shown for its detail: bone through the skin, brains spattered, a face chewed away,
# a bolt through a head, the wound in close-up; in every script and in Latin letters.
GORE_SHOWN = [
    (
        "re:\\bbones? (sticking|poking|jutting|protruding|sticking out|poking out)\\b|"
        "\\b(exposed|broken|snapped|shattered) bones? (through|out of) the (skin|flesh)\\b|"
        "\\bbrains? (splatter\\w*|spatter\\w*|spray\\w*|fly\\w*|blown out|spill\\w*|everywhere)\\b|"
        "\\b(skull|head) (split|caved|smashed|blown|cracked) (open|in)\\b|"
        "\\b(cheek|face|flesh|skin|nose|ear|eyes?)\\b[^.!?\\n]{0,12}?\\b(chewed|eaten|gnawed|"
        "ripped|torn|bitten|peeled) (away|off)\\b|\\b(open|gaping|gory|bleeding) wounds?\\b|"
        "\\bclose-?ups? (of|on) (the|his|her|their) (wounds?|injur\\w*|stumps?)\\b|"
        "\\b(wounds?|injur\\w*) in close-?up\\b|"
        "\\b(bolt|arrow|spike|nail|blade|bullet)\\b[^.!?\\n]{0,20}?\\bthrough (his|her|their|a "
        "man's|a woman's|someone's|the victim's|the) (head|skull|eye|neck|face|chest)\\b|"
        "\\b(leg|arm|foot|hand|fingers?)\\b[^.!?\\n]{0,12}?\\b(severed|hacked off|ripped off|torn "
        "off|mangled|crushed to pulp)\\b"
    ),
    "re:骨(が)?(飛び出|突き出|皮膚を突き破|はみ出)",
    "re:(脳|脳みそ)(が|を)?(飛び散|飛び出|噴き出|ぶちまけ)",
    "re:(頭|頭部|額|眼球|顔)(を|が)?[^。\\n]{0,6}(貫通|撃ち抜|貫か|串刺し)",
    "re:傷口(の|を)?(アップ|どアップ|ドアップ|クローズアップ|接写)|傷口が(ぱっくり|ぱっくりと|開い)",
    "re:(顔|頬|ほお|肉|皮膚)(が|を)?[^。\\n]{0,4}(食いちぎ|かじら|かじり取|食われ|えぐれ|えぐり取)",
    "re:뼈가? ?(튀어나|삐져나|뚫고 나)",
    "re:(뇌|뇌수|골)(가|이|랑|와)? ?(튀|흘러나|쏟아|터져|튀어)",
    "re:(머리|두개골|이마|눈|얼굴)(를|을)? ?(관통|꿰뚫)",
    "re:상처(를|의)? ?(클로즈업|확대|접사)|벌어진 상처",
    "re:(얼굴|볼|뺨|살)(이|을)? ?(뜯겨|뜯어 ?먹|갉아 ?먹|물어뜯|파먹)",
    "re:骨头?(都)?(戳|刺|支|扎)(了)?出(来)?|白骨外露|骨头茬",
    "re:脑浆(四)?(溅|迸|喷|流|崩)|脑浆涂地",
    "re:(射穿|贯穿|打穿|刺穿|洞穿)(了)?[^。！？\\n]{0,3}(头|头颅|脑袋|头部|眼睛)",
    "re:伤口(的)?(大)?特写|特写(一下)?伤口|伤口(皮开肉绽|外翻)|皮开肉绽",
    "re:(脸|面颊|脸颊|肉|皮肉)(被)?[^。！？\\n]{0,3}(啃|咬|撕)(掉|烂|得|没)",
    "re:हड्डी बाहर|हड्डियां बाहर|हड्डियाँ बाहर", "re:(भेजा|दिमाग़?) (बाहर|बिखर|उड़|छिटक)",
    "re:(सिर|खोपड़ी|माथे|आँख|आंख)[^।\\n]{0,10}(आर-पार|आरपार|चीरता|फाड़ता)",
    "re:(घाव|ज़ख्म|जख्म|ज़ख़्म)[^।\\n]{0,6}(क्लोज़-?अप|क्लोज-?अप|close-?up)",
    "re:(पैर|टांग|टाँग|हाथ|उंगली|उँगली)[^।\\n]{0,24}(कटा हुआ|कटी हुई|कट गया|कुचला|चिथड़े)",
    "re:(चेहरा|चेहरे|गाल|मांस)[^।\\n]{0,6}(नोच|चबा|कुतर)",
    (
        "re:\\b(haddi|haddiyan|haar|har|hadh) (bahar|baahar|beriye|ber hoye)\\b|"
        "\\b(bheja|dimaag|dimag|mogoj|moghoj) (bahar|baahar|bikhar\\w*|ud\\w*|chhitke|chitke|"
        "beriye)\\b|\\b(ghaav|ghav|zakhm|jakhm|khoto|khot) (ka |er )?close-?up\\b|"
        "\\b(pair|paer|taang|tang|pa|haath|hat) (kata hua|kati hui|kat gaya|kete gechhe|"
        "kete geche|kata)\\b"
    ),
    "re:হাড় (বেরিয়ে|বের হয়ে)|হাড় বের", "re:মগজ (ছিটকে|বেরিয়ে|ছড়িয়ে)",
    "re:মাথা[^।\\n]{0,8}(এফোঁড়-ওফোঁড়|এফোঁড় ওফোঁড়|ফুঁড়ে)",
    "re:ক্ষত(স্থান|স্থানের|ের)? ?(ক্লোজআপ|ক্লোজ-আপ|close-?up)",
    "re:(পা|হাত|আঙুল)[^।\\n]{0,20}(কাটা পড়া|কেটে গেছে|থেঁতলে|ছিন্ন)",
    "re:(গাল|মুখ|মাংস)[^।\\n]{0,6}(খুবলে|কামড়ে|ছিঁড়ে) (খাওয়া|নেওয়া|খাচ্ছে)",
    # The bone seen in the wound or the stump, and blood gushing told by its sound (ドバドバ,
    # 콸콸, 哗哗, भलभल, গলগল): a thin body's bones showing are not this, hence the wound.
    (
        "re:\\b(wound|stump|gash|flesh)\\b[^.!?\\n]{0,20}?\\bbones? (showing|visible|exposed|"
        "sticking out)\\b|\\bbones? (showing|visible|exposed) (through|in|from|out of) (the |"
        "his |her |their )?(wound|stump|gash|flesh)\\b|\\b(ghaav|ghav|zakhm|jakhm|khoto|kata "
        "haat|kata hat|kata pa|kate haath)\\b[^.!?\\n]{0,16}?\\b(haddi|haar|harh)\\b|\\bblood "
        "(pouring|gushing|pumping|spurting) (out of|from) (the |his |her |their )?(stump|wound|"
        "arm|leg|neck)\\b|\\bkhoon (bhal ?bhal|bal bal|phoot phoot)\\b|\\brokto (gol ?gol|"
        "jhor ?jhor)\\b|\\bgol ?gol kore rokto\\b"
    ),
    "re:(傷口|傷|切断部|断端)から骨(が)?(見え|のぞ|覗|出て|飛び出)",
    "re:血(が)?(ドバドバ|どばどば|ドクドク|どくどく|ドボドボ)",
    "re:(잘린 ?(팔|다리|손)|상처)[^.!?\\n]{0,8}뼈(가|까지|도)? ?(보이|드러|튀어|삐져)",
    "re:피(가)? ?(콸콸|철철|펑펑)",
    "re:(伤口|断口|断臂|断腿)[^。！？\\n]{0,6}(露出|看得见|看得到|能看到|露着)(白)?骨",
    "re:血(哗哗|嘩嘩|汩汩)|血流如注|鲜血直流|血(直)?往外(冒|涌|喷)",
    "re:(घाव|ज़ख्म|जख्म|कटे हाथ|कटी बांह|कटे पैर|कटी टांग)[^।\\n]{0,12}हड्डी (दिख|झांक|बाहर)",
    "re:खून (भल ?भल|फूट ?फूट)",
    "re:(ক্ষত|কাটা হাত|কাটা পা|কাটা জায়গা)[^।\\n]{0,12}হাড় (দেখা|বেরিয়ে)",
    "re:রক্ত (গল ?গল|ঝর ?ঝর|কল ?কল)|গলগল করে রক্ত",
    # An injury drawn in its detail: a joint bent the wrong way, bloody welts from a whip,
    # a lip or tongue torn open, blood spraying from the blow. Asked to look real, an ad's
    # "shock" scene is the gore itself; a tattoo's slight redness or a healed scar is none.
    (
        "re:\\b(knee|elbow|arm|leg|wrist|ankle|finger)s? (bent|snapped|twisted|folded|bending) "
        "(back(wards?)?|the wrong way|sideways)\\b|\\b(bloody|bleeding|raw) (welts?|lash marks|"
        "stripes)\\b|\\b(lips?|tongue|cheek|earlobe|nostril)s? (torn|ripped|split|slit|sliced) "
        "(open|apart|in two|in half)\\b|\\bblood (spray\\w*|spurt\\w*|splatter\\w*) (from|out of) "
        "(the |his |her |their )?(knee|leg|arm|back|face|mouth|lip|wound|head)\\b"
    ),
    "re:(膝|肘|腕|脚|足首|指)(が|を)?[^。\\n]{0,4}(逆(方向)?に|あり得ない方向に)(曲が|折れ|ねじ)",
    "re:(血の|血まみれの|赤い)?みみず(腫れ|ばれ)|(唇|舌|頬)(が|を)?[^。\\n]{0,4}(裂け|引き裂|真っ二つ|二つに割)",
    (
        "re:(무릎|팔꿈치|팔|다리|손목|발목)(이|가|을|를)? ?(반대로 |거꾸로 |뒤로 )?(꺾이고|꺾이는|"
        "꺾여|꺾인)"
    ),
    "re:(피멍|채찍 ?자국|핏자국)|(입술|혀|뺨)(이|가|을|를)? ?[^.!?\\n]{0,4}(찢어|찢겨|찢긴)",
    "re:(膝盖|胳膊|手臂|腿|手腕|脚踝)[^。！？\\n]{0,4}(反折|反向弯折|折断|扭断|往后折)",
    "re:(一道道|一条条|满是|布满)?(血痕|鞭痕|血印)|(嘴唇|舌头|脸颊)[^。！？\\n]{0,6}(撕裂|撕开|豁开|割开|劈成两半)",
    "re:(घुटना|घुटने|कोहनी|हाथ|टांग|कलाई)[^।\\n]{0,6}(उल्टा|उलटा|पीछे की ओर) (मुड़|मोड़|टूट)",
    "re:(होंठ|होठ|जीभ|ज़ुबान|जुबान|गाल)[^।\\n]{0,12}(चीर|कटी|कटा)|(खून|ख़ून) (के|भरे) (निशान|धारियां)",
    (
        "re:\\b(ghutna|ghutne|kohni)\\b[^.!?\\n]{0,10}\\b(ulta|ulte|peeche) (mud|mod|toot)\\w*|"
        "\\b(honth|hoth|zubaan|zuban|jeebh|jibh)\\b[^.!?\\n]{0,24}\\b(cheer|chir|kati|kata|"
        "do tukd)\\w*|\\b(hatu|haantu)\\b[^.!?\\n]{0,10}\\b(ulto|ulta)\\b|"
        "\\b(thot|thont|jibh|jib)\\b[^.!?\\n]{0,16}\\b(chhire|chire|fete|kete)\\w*"
    ),
    "re:(হাঁটু|কনুই|হাত|পা|কব্জি)[^।\\n]{0,6}(উল্টো দিকে|উল্টে|পেছনে) (বেঁকে|ভেঙে|মুচড়ে)",
    "re:(ঠোঁট|জিভ|জিহ্বা|গাল)[^।\\n]{0,10}(ছিঁড়ে|চিরে|কেটে দু)|(চাবুকের|রক্তের) (দাগ|ডোরা)",
    # Heads cut off, told as the picture's detail: a statue of Perseus holding the Gorgon's
    # head is not asked as real, which is what this needs beside it.
    (
        "re:\\b(severed|decapitated|cut-off|chopped-off|hacked-off) heads?\\b|\\bheads? (cut|"
        "chopped|hacked|sliced) off\\b|\\b(kate|kata|kati|kaate|kaata|kaati) (hue|hua|hui)? ?"
        "(sar|sir|sur|gala|gardan)\\b|\\b(sar|sir) kat(i|e|a) (hui|hue|hua)? ?(lash|laash|"
        "body|bodies)\\b|\\bkata matha\\b|\\bmatha kata\\b"
    ),
    "re:(切り落と|切断|斬り落と|刎ね)(さ)?れた(首|頭|生首)|生首",
    "re:(잘린|잘려 ?나간|베인) ?(머리|목)|목이 ?잘린",
    "re:(砍|斩|斬|割)(下|掉)(来)?的(人)?(头|頭|头颅|頭顱)|人头落地|身首异处|身首異處",
    "re:(कटे हुए|कटा हुआ|कटी हुई|कटे|कटा) (सिर|सर|गला|गर्दन)|सिर कटी (लाश|बॉडी)|धड़ से अलग (सिर|सर)",
    "re:কাটা (মাথা|মুণ্ডু)|(মাথা|মুণ্ডু) কাটা (লাশ|দেহ)|ধড় থেকে আলাদা",
    # A hand cut off at the wrist, or the fingers lying in the blood: a thief punished for a
    # jeweller's warning is the wound all the same. A bracelet at the wrist is not cut.
    (
        "re:\\b(hands?|fingers?)\\b[^.!?\\n]{0,12}?\\b(cut|chopped|hacked|sawn|sliced|severed) "
        "off at the (wrist|knuckles?)\\b|\\b(severed|chopped-off|cut-off|hacked-off) (fingers|"
        "hands?)\\b[^.!?\\n]{0,24}?\\b(in|on) (a |the )?(pool of |puddle of )?blood\\b|"
        "\\b(haath|hath|haat|hat|ungli|ungliyan|ungliyaan|angul|angulgulo)\\b[a-z ]{0,6}"
        "\\b(kalai|kalaai|kobji|kabji|kobjir|wrist) (se|theke|ke paas se|ke pas se)\\b[a-z ]{0,4}"
        "\\b(kat|kaat|kete|kata|kati)\\w*|\\b(kati|kate|kata|kati hui|kate hue|kata hua|kata) "
        "(ungliyan|ungliyaan|ungliya|angul|angulgulo)\\b|\\b(ungliyan|ungliyaan|ungliya|"
        "angul|angulgulo)\\b[a-z ]{0,24}\\b(khoon|rokto|rokter)\\b"
    ),
    "re:手首(から|ごと)[^。\\n]{0,6}(切り落と|切断|斬り落と|切り取)|切り落とされた(手|指)",
    "re:(손목|손가락)(이|을|를|까지)? ?(잘린|잘려|잘라|절단)",
    "re:(手|手掌|手指)(被)?(从|在)?手腕(处)?[^。！？\\n]{0,3}(砍|剁|切|斩)(断|掉|下)|(砍|剁|斩)(断|掉|下)的(手|手指)",
    (
        "re:(हाथ|उंगली|उंगलियां|उँगलियाँ)[^।\\n]{0,6}कलाई (से|पर से)[^।\\n]{0,4}(कटा|कटी"
        "|कटे|काट)|कटी (हुई )?(उंगलियां|उँगलियाँ)"
    ),
    "re:(হাত|আঙুল)[^।\\n]{0,6}কব্জি (থেকে|থেকেই)[^।\\n]{0,4}(কাটা|কেটে)|কাটা আঙুল",
]  # fmt: skip
# Asked to be shown as it is: no blur or mosaic, a real photo, a crime-scene look.
GORE_UNVEILED = [
    (
        "re:\\b(no|without|zero) (blur\\w*|censor\\w*|pixelation|mosaic)\\b|\\bunblurred\\b|"
        "\\buncensored\\b|\\b(don't|do not|dont) (blur|censor|pixelate)\\b|\\bcrime[- ]scene "
        "(photo|shot|image|look)s?\\b|\\breal (photo|photograph|footage|crime scene)s?\\b|"
        "\\bkeep every detail\\b|\\bphoto-?real\\w*|\\bhyper-?real\\w*|\\brealistic\\b|"
        "\\blifelike\\b|\\bgraphic as (possible|you can)\\b"
    ),
    "re:モザイク(なし|無し|かけないで|は?いらない)|ぼかし(なし|無し|は?いらない)|ぼかさ(ず|ないで)",
    "実写", "リアル", "写実", "生々しく", "re:本物の[^。\\n]{0,4}(写真|現場)|写真っぽく",
    "re:(모자이크|블러|흐림) ?(없이|처리 ?(하지 ?말|없이))",
    "실사", "사실적", "리얼하게", "생생하게",
    "re:진짜 ?사진",
    "re:(不|别|不要|不用|无需)打码|无码|不打馬|不打碼|别打碼",
    "re:真实(的)?(现场)?(画面|照片|图片)",
    "实拍", "逼真", "写实", "re:不(要)?(模糊|马赛克)",
    "re:(blur|ब्लर|धुंधला)[^।\\n]{0,4}(नहीं|ना|मत)",
    "re:असली (फ़ोटो|फोटो|तस्वीर)|असली जैसा|एकदम असली",
    (
        "re:\\b(koi )?blur (nahi|nahin|mat|na|chhara|chara|korben na|kora jabe na|dorkar nei)\\b|"
        "\\basli (photo|tasveer|tasvir|jaisa|jaisi)\\b|\\basol (chhobi|chobi|photo)\\b|"
        "\\bbastob(er moto)?\\b"
    ),
    "re:(ব্লার|ঝাপসা)[^।\\n]{0,4}(ছাড়া|করবেন না|নয়|না)", "re:আসল (ছবি|ফটো)", "বাস্তবের মতো", "হুবহু",
    # "Make it look real, not a cartoon", "the realer the better" in each voice.
    (
        "re:\\b(ekdum|ekdom|bilkul|ekdam) (real|asli|asol)\\b|\\breal (dikh|dikhna|dikhe|"
        "lagna|lage|lagni|dekhate|dekhabe|dekhano)\\w*|\\b(the )?(more real|realer|gorier) the "
        "better\\b|\\b(as )?real as (possible|you can)\\b"
    ),
    "re:越(真|逼真|真实|血腥)越好|要(多)?逼真",
    "re:리얼할수록|(모자이크|블러)(는|같은 거)? ?(없이|빼고)",
    "re:リアルであればあるほど|リアルなほど",
    "re:एकदम (असली|रियल)|रियल (दिख|लग)",
    "re:একদম (আসল|রিয়েল)",
]  # fmt: skip
_GORE_SHOWN = _plain(GORE_SHOWN)
_GORE_UNVEILED = _plain(GORE_UNVEILED)
# Sex between adults asked for bare: a word for the act said round ("doing it", 做那种事,
# 그 짓, "wo sab karte") with a call for nothing hidden (uncensored, 别打码, 모자이크 없이).
EXPLICIT_ASK = [
    (
        "re:\\b(uncensored|no (censor(ing|ship)?|censor bars?|blur(ring)?|pixelation)|"
        "nothing (covered|hidden|censored|blurred)|the more explicit the better|as explicit as "
        "(possible|you can))\\b"
    ),
    "越露骨越好",
    "re:露骨的(画面|镜头|图|照片|场面|描写)|露骨(一点|些)",
    "re:(全部|全都|都|全)露出来",
    "re:(别|不要|不|无需|不用)打码",
    "无码",
    "無修正", "re:モザイク(なし|無し|不要|いらない|抜き)", "丸見え",
    "re:노골적으로|노골적인 ?(장면|묘사|사진|그림|이미지|영상)",
    "적나라", "re:모자이크 ?(없이|빼|제거|안)", "re:다 ?(보이게|노출)",
    "re:\\b(bina|koi) (censor|blur)\\b",
    "re:बिना (सेंसर|ब्लर)",
    "re:\\b(sab ?kuch) dikh(na|e|ega|ao|aao)\\b",
    "re:\\b(censor|blur) (chara|chhara)\\b",
    "re:সেন্সর ছাড়া|ব্লার ছাড়া",
    "re:\\bsob(kichu)? dekha (jabe|jay)\\b",
]  # fmt: skip
SEX_ACT = [
    (
        "re:\\b(doing it|getting it on|going at it|making love|in the act|having it off)"
        "(?![-\\w])"
    ),
    "re:做(那种|那个|那)事", "亲热", "交合", "缠绵", "滚床单", "啪啪",
    "re:エッチ(して|してる|な行為|中|シーン)",
    "re:やってる(最中|ところ)", "行為中", "営み", "re:絡み合(う|って)",
    "re:그 ?짓", "re:관계 ?(중|하는|맺)", "잠자리", "뜨거운 밤",
    "re:\\b(pyaar|pyar|romance|wo sab|woh sab|vo sab) (karte|kar rahe|kar rahi)\\b",
    "re:(सम्बन्ध|संबंध) बनाते", "re:\\bsambandh bana(te|a) (hue|huye)\\b",
    "re:\\b(prem|ador|ghonishtho|sex) (korche|korchhe|korte|kora)\\b",
    "re:ঘনিষ্ঠ (হচ্ছে|মুহূর্ত)",
    "মিলন",
]  # fmt: skip
_EXPLICIT_ASK = _plain(EXPLICIT_ASK)
_SEX_ACT = _plain(SEX_ACT)


# -- people drawn as vermin, a private person's photo or number turned on them, goods sold
# off the books --------------------------------------------------------------------------------

# People, whoever they are, drawn as vermin: the dehumanising picture is the harm, whether the
# group is named by faith, by where its people came from or only as "the new hires".
VERMIN_AS = [
    (
        "re:\\b(as|into|like) (a |an )?((swarm|horde|plague|pack|nest|infestation|colony|mass|"
        "heap|bunch|army) of )?(\\w+ )?(cockroach(es)?|roaches|rats|lice|vermin|maggots|fleas|"
        "bed ?bugs|leeches|parasites|pests|termites|locusts)\\b"
    ),
    "re:\\b(lice|louse|flea|vermin|rat)[- ](ridden|infested|covered)\\b",
    (
        "re:(ゴキブリ|ネズミ|ドブネズミ|害虫|シラミ|ウジ虫|うじ虫|寄生虫|ダニ|ノミ|南京虫|イナゴ)"
        "(の群れ|の大群|まみれ|だらけ)?(として|みたいに|みたいな|のように|のような|に見立て|の姿|に変え)"
    ),
    (
        "re:(바퀴벌레|쥐새끼|쥐 ?떼|쥐|벌레|구더기|기생충|해충|빈대|벼룩|메뚜기|이 ?투성이)(들)? ?"
        "(떼|무리)?(처럼|같이|로|으로) ?(그려|그린|묘사|표현|만들|합성|바꿔)"
    ),
    (
        "re:(画成|画作|画得像|描绘成|做成|p成|变成|当成|比作|像)(一群|一窝|成群的?|满地的?|满身)?"
        "(蟑螂|老鼠|害虫|虱子|蛆|寄生虫|跳蚤|臭虫|蝗虫)"
    ),
    (
        "re:(कॉकरोच|कोकरोच|तिलचट्टे|तिलचट्टों|चूहे|चूहों|कीड़े|कीड़ों|कीड़ा|जूँ|जूं|जुएं|परजीवी|"
        "टिड्डी|टिड्डियों)[^।\\n]{0,12}(की तरह|जैसा|जैसे|जैसी|के रूप में|बना|दिखा|भरे)"
    ),
    (
        "re:\\b(cockroach(es)?|cockroachon|tilchatte|tilchatton|chuhe|chuhon|chuho|keede|keedon|"
        "kide|kido|joon|juein|jooein|parjivi|tiddi|tiddiyon)\\b[^.!?\\n]{0,12}\\b(ki tarah|jaise|"
        "jaisa|jaisi|ke roop me|bana\\w*|dikhao|dikhana|bhare)\\b"
    ),
    (
        "re:(তেলাপোকা|আরশোলা|ইঁদুর|পোকা|পোকামাকড়|উকুন|পরজীবী|ছারপোকা|পঙ্গপাল)(র|এর)?[^।\\n]{0,10}"
        "(মতো|মত|হিসেবে|বানিয়ে|বানাও|ভরা|দেখাও)"
    ),
    (
        "re:\\b(telapoka|arshola|arsola|arshula|indur|idur|poka|pokar|pokamakor|ukun|porojibi|"
        "charpoka)\\b[^.!?\\n]{0,12}\\b(moto|mto|hisebe|hishebe|baniye|banie|banao|bhora|"
        "dekhao|dekhan)\\b"
    ),
]  # fmt: skip
VERMIN_PEOPLE = [
    (
        "re:\\b(people|newcomers|new arrivals|arrivals|incomers|outsiders|hires|recruits|workers|"
        "staff|employees|families|supporters|fans|migrants|immigrants|refugees?|tenants|"
        "neighbou?rs|students|kids|children|folks?|villagers|locals|foreigners|settlers|"
        "asylum seekers|voters|followers|believers|lads|women|men)\\b"
    ),
    (
        "re:(人たち|人々|連中|奴ら|やつら|移民|難民|外国人|新入社員|新人|社員|スタッフ|サポーター|"
        "ファン|住民|家族|子ども|子供|留学生|労働者|実習生)"
    ),
    "re:(사람들|이민자|난민|외국인|신입|직원|팬들|서포터|주민|애들|아이들|놈들|것들|노동자|유학생)",
    (
        "re:(人们|人群|那些人|移民|难民|外地人|外地来的|外来的|新员工|新同事|员工|球迷|粉丝|居民|"
        "孩子|学生|工人|打工的|租户|租客|邻居|他们)"
    ),
    (
        "re:(लोग|लोगों|बच्चे|बच्चों|कर्मचारी|मज़दूर|मजदूर|प्रवासी|शरणार्थी|फैन|समर्थक|परिवार|"
        "किरायेदार|छात्र|बाहरी)"
    ),
    (
        "re:\\b(log|logon|logo|bachche|bachon|karmachari|mazdoor|majdoor|pravasi|sharnarthi|"
        "parivar|kirayedar|chhatra|bahari)\\b"
    ),
    "re:(লোক|মানুষ|ছেলেমেয়ে|বাচ্চা|কর্মী|শ্রমিক|সমর্থক|ভক্ত|শরণার্থী|রিফিউজি|ভাড়াটে|ছাত্র|ওদের|তাদের|এদের)",
    (
        "re:\\b(lok|lokjon|manush|chhelemeye\\w*|chelemeye\\w*|bachcha|baccha|kormi|sromik|"
        "shromik|supporter\\w*|somorthok|bhokto|bharate|chhatro|oder|tader|eder)\\b"
    ),
]  # fmt: skip
# A costume, a school play, a pest-control advert or a history of such propaganda.
VERMIN_GUARD = [
    (
        "re:\\b(dressed|costumed?|costumes|mascots?|school play|musical|pest control|"
        "exterminators?|propaganda|never again|history of)\\b"
    ),
    "仮装", "着ぐるみ", "学芸会", "害虫駆除", "코스튬", "분장", "학예회", "해충 ?방제",
    "扮演", "灭虫",
    "re:(पोशाक|कॉस्ट्यूम)", "re:\\b(poshak|costume)\\b", "re:(পোশাক|কস্টিউম)",
]  # fmt: skip
# Their photo, profile picture or display picture offered to be edited: 프사, insta DP.
THEIR_PHOTO = [
    (
        "re:\\b(his|her|their) (linkedin |insta |instagram |facebook |fb |whatsapp |profile |"
        "dating-app |tinder )?(pic|photo|picture|dp|pfp|profile pic(ture)?|selfie|headshot)\\b"
    ),
    (
        "re:(その人|あの人|あいつ|彼女|彼|客|お客|元同僚)の(アイコン|プロフィール(写真|画像)|"
        "プロフ画像?|インスタの写真|顔写真|写真)"
    ),
    "프사", "프로필 사진", "re:(그 사람|그 손님|그 여자|그 남자|걔)(의)? ?(사진|얼굴)",
    "re:(他|她|这人|那人|顾客|客人)的(头像|朋友圈照片|照片|自拍)",
    "re:(उसकी|उसका|उसके) (इंस्टा |फेसबुक |व्हाट्सऐप )?(डीपी|फोटो|फ़ोटो|तस्वीर|प्रोफाइल)",
    (
        "re:\\b(uski|uska|uske|iski|iska) (insta |instagram |fb |facebook |whatsapp )?(dp|photo|"
        "pic|tasveer|profile pic)\\b"
    ),
    "re:(ওর|তার|ওনার|মেয়েটার|ছেলেটার|লোকটার|মহিলার) (প্রোফাইল |ফেসবুক |ইনস্টা )?(ছবি|ফটো|ডিপি)",
    # Taken from their own feed: "or insta theke pic", उसकी इंस्टा से फोटो, ওর ফেসবুক থেকে ছবি.
    (
        "re:\\b(or|tar|onar|meyetar|cheletar|uski|uska|uske|her|his|their) ((insta|instagram|fb|"
        "facebook|whatsapp|profile|wall|feed|status|tiktok) ){1,2}((theke|thika|se|ke|pe|off|"
        "from) )?(ek |ekta |a )?(chobi|chhobi|photo|pic|picture|dp|selfie|tasveer)s?\\b"
    ),
    "re:(उसकी|उसका|उसके) (इंस्टा|इंस्टाग्राम|फेसबुक|व्हाट्सऐप|प्रोफाइल) (से|पर से) (फोटो|फ़ोटो|तस्वीर)",
    "re:(ওর|তার|মেয়েটার|ছেলেটার) (ইনস্টা|ইনস্টাগ্রাম|ফেসবুক|প্রোফাইল) থেকে (ছবি|ফটো)",
    "re:(彼女|彼|その子|あの子)の(インスタ|フェイスブック|SNS|sns)から[^。、]{0,4}(写真|画像)",
    "re:(걔|그 ?애|그 ?여자|그 ?남자)(의)? ?(인스타|페북|sns)에서 ?(사진|얼굴)",
    "re:(她|他)的?(朋友圈|微博|抖音|ins)[^。，]{0,4}(照片|相片|自拍)",
    (
        "re:\\b(or|tar|onar|meyetar|cheletar|loktar) (profile |fb |facebook |insta )?(chobi|photo|"
        "pic|dp)\\b"
    ),
]  # fmt: skip
# "Watch your back at night": a threat in a shaming picture of a real person.
VEILED_THREAT = [
    (
        "re:\\bwatch (your|his|her) back\\b(?! (posture|muscles?|pain))|\\b(be careful|watch "
        "(yourself|out)) (walking home|on the way home|at night|after dark)\\b|"
        "\\bsleep with one eye open\\b"
    ),
    "re:夜道(に|には)?(気をつけ|気を付け)", "re:背中に(気をつけ|気を付け)ろ",
    "re:밤길 ?조심", "re:뒤통수 ?조심",
    "re:(走夜路|晚上出门|出门)(要)?小心(点)?", "re:小心(点)?走夜路",
    "re:रात (को|में) (संभल|सँभल|ध्यान)", "re:\\braat (ko|me|mein) (sambhal|sanbhal|dhyan)\\w*\\b",
    "re:রাতে (সাবধানে|সাবধান|একা বেরিও না)", "re:\\braate (sabdhane|sabdhan|shabdhane)\\b",
]  # fmt: skip
# Where someone lives or how to ring them.
PERSONAL_CONTACT = [
    "re:\\b(his|her|their) (mobile|phone|cell|contact)( number)?\\b",
    (
        "re:\\b(unka|uska|inka|iska|unki|uski|inki|iski|tar|or|onar|unar) (personal |private |"
        "ghar ka |nijer )?(mobile|phone|cell|contact) ?(number|no|nombor)\\b"
    ),
    # Listed after their photo or name: "her photo, mobile number and flat number".
    (
        "re:\\b(his|her|their) (profile |own |real )?(photo|picture|face|name|full name),? "
        "[^.!?\\n]{0,20}?\\b(mobile|"
        "phone|cell) numbers?\\b"
    ),
    "re:(電話番号|携帯番号|ケータイ番号)", "re:(전화번호|휴대폰 ?번호|폰 ?번호)",
    "re:(手机号|电话号码|手机号码)", "re:(मोबाइल|फोन|फ़ोन) नंबर",
    "re:\\b(uska|uski|iska|iski) (mobile|phone) ?(number|no|nambar)?\\b",
    "re:(ফোন|মোবাইল) (নম্বর|নাম্বার)", "re:\\b(or|tar) (phone|mobile) (number|nombor|nambar)\\b",
]  # fmt: skip
# The picture framed as punishment or hunt: a wanted poster, "this man stole", a lesson owed,
# a woman dressed as loose.
DOX_FRAME = [
    "re:\\bwanted poster\\b",
    (
        "re:\\b(this|that) (man|woman|guy|girl|bloke|person|lady|creep) (stole|steals|robbed|"
        "cheated|scammed|ruined|took)\\b"
    ),
    "re:\\bteach (him|her|them) a lesson\\b", "re:\\b(needs|deserves) (a lesson|to be taught)\\b",
    (
        "re:\\b(dressed|shown|made|styled) (up )?(like|as) (a |an )?(slut|whore|hooker|prostitute|"
        "tramp|bad girl|loose woman)\\b"
    ),
    "指名手配", "思い知らせ", "懲らしめ", "re:(ふしだらな|だらしない|尻軽な?)女(みたい|のよう|風)",
    "현상수배", "수배 ?전단", "본때", "re:정신 ?차리게", "re:(헤픈|싼) ?(여자|년)처럼",
    "通缉令", "re:给(他|她)点教训|教训(他|她)一下|让(他|她)长长记性",
    "re:(风骚|不正经|下贱)的?女人",
    "re:वांटेड पोस्टर", "re:सबक (सिखा|सिखाना|सिखाओ|मिलना चाहिए)",
    "re:\\bsabak (sikha|sikhana|sikhao|milna)\\w*\\b", "re:\\b(gandi|galat) (ladki|aurat)\\b",
    "re:(गंदी|गलत) (लड़की|औरत)",
    "re:একটু শিক্ষা দরকার|উচিত শিক্ষা|(ওকে|তাকে|ওদের) (একটু )?শিক্ষা (দিতে|দেওয়া|দাও)",
    "re:খারাপ মেয়ে", "re:\\bkharap meye\\b",
    "re:\\b(ektu shikkha dorkar|uchit shikkha|(oke|take) (ektu )?shikkha (dite|dao|deya))\\b",
    "re:ওয়ান্টেড পোস্টার",
]  # fmt: skip
# Sold off the books: no questions, no papers, no prescription, anyone's child may buy.
OFF_BOOKS = [
    "re:\\bno questions asked\\b",
    (
        "re:\\b(no |without (a |any )?)(licen[cs]e|permit|id|paperwork|papers|background check|"
        "prescription|age check)( needed| required| necessary)?\\b"
    ),
    "re:\\b(under[- ]18s?|minors|kids|teens) (welcome|can buy|allowed|ok)\\b",
    "re:(身分証|身分証明|年齢確認|本人確認|許可証|書類|処方箋)(は)?(不要|なし|いらない|無し)",
    "出所は問わない", "足がつかない", "re:(18|十八)歳未満(でも|も)(ok|購入可|買える)",
    (
        "re:(신분증|서류|허가증|면허|처방전|나이 ?확인|성인 ?인증)( ?확인)? ?"
        "(필요 ?없|없이|없음|안 ?봐|생략)"
    ),
    "re:출처 ?안 ?물", "묻지도 따지지도", "re:(미성년자|18세 미만)(도)? ?(구매 ?가능|가능|ok)",
    "无需证件", "免证", "不问来路", "私下出", "私下交易", "私下出售", "不用登记", "无需实名",
    "不用处方", "无需处方", "re:(未成年|18岁以下)(也)?(可以买|能买|可买|可购买)",
    "re:बिना (लाइसेंस|कागज|कागज़|आईडी|पर्ची|परची|प्रिस्क्रिप्शन)", "re:कोई (सवाल|पूछताछ) नहीं",
    "re:\\bbina (license|licence|kagaz|kagaj|kaagaz|id|parchi|parchee|prescription)\\b",
    "re:\\bkoi (sawal|savaal|puchh ?tachh) nahi\\b",
    "re:18 (साल )?से कम (उम्र )?(वाले|वालों)( को)? भी",
    "re:\\b18 se kam (umar|umr|age)? ?(wale|walo|walon)( ko)? bhi\\b",
    "re:(লাইসেন্স|কাগজ|আইডি|প্রেসক্রিপশন) (ছাড়া|ছাড়াই|লাগবে না|লাগে না)",
    # A permit said not to be needed: "no permit needed", কোনো পারমিট লাগবে না, बिना परमिट.
    "re:\\bpermit (not )?(needed|required)\\b|\\bbina permit\\b|\\bpermit (lagbe|lage) na\\b",
    "re:(পারমিট|অনুমতি) (লাগবে না|লাগে না|ছাড়া|ছাড়াই)", "re:(बिना परमिट|परमिट की (ज़रूरत|जरूरत) नहीं)",
    "re:(许可证?|狩猎证)(都)?(不用|不需要|无需)", "re:(无需|不用|不需要)(许可证?|狩猎证)",
    "re:(狩猟)?許可(は)?(不要|なし|いらない)", "re:(허가|수렵 ?면허)(증)? ?(필요 ?없|없이)",
    "re:কোনো প্রশ্ন (ছাড়া|করা হবে না)",
    "re:\\b(license|licence|kagoj|kagaj|id|prescription|parchi) (chara|charai|lagbe na|lage na)\\b",
    "re:\\b18 (er|r) (kom|niche) (boyosh|boyos|boyes)\\w*\\b", "re:১৮ (বছরের )?(কম|নিচে)",
    "匿名発送", "익명 ?배송", "匿名发货",
    "re:\\b(anonymous|discreet|stealth) (shipping|delivery|packaging)\\b",
    # "Even without a licence", "ID check: X", "we don't check licences": the same sale.
    (
        "re:\\b(we )?(don't|dont|do not|won't|never) (check|ask for|ask to see|look at) (your |"
        "any |for )?(licen[cs]es?|ids?|permits?|papers|paperwork)\\b"
    ),
    "re:(許可証|所持許可|免許|身分証|身分証明書?)(が|は)?(なくても|無くても|なしでも|無しでも)",
    "re:(身分証|身分|本人|年齢)(の)?確認(は)?(なし|無し|不要|しません|しない|いらない|x)",
    "re:(신분증|서류|허가증|허가|면허)(가|이)? ?(없어도|없으셔도)",
    "re:신분 ?확인 ?(x|안 ?함|안 ?해|없음|생략)",
    "re:不用(持枪证|枪证|证件|身份证|执照|登记)|不查(身份证|证件|身份)|无证(也)?(可|能|可以)(买|购|拿)",
    (
        "re:(आईडी|लाइसेंस|कागज़|कागज|परमिट) (की )?(नहीं चाहिए|ज़रूरत नहीं|जरूरत नहीं|नहीं लगेगा|"
        "नहीं लगेगी|नहीं देखेंगे|नहीं देखते)"
    ),
    (
        "re:\\b(id|license|licence|kagaz|permit) (ki )?(zarurat|zaroorat|jarurat|jaroorat) nahi\\b|"
        "\\b(id|license|licence) (nahi chahiye|nahi lagega|nahi dekhenge|nahi dekhte)\\b"
    ),
    "re:(লাইসেন্স|আইডি|কাগজ) (দেখব না|দেখবো না|দেখা হবে না|দেখাতে হবে না|চেক করা হয় না)",
    (
        "re:\\b(license|licence|id|kagoj) (dekhbo na|dekha hobe na|dekhate hobe na|dekhte hobe na|"
        "check kora hoy na)\\b"
    ),
]  # fmt: skip
# Cough syrup wanted for a party, not for a cough.
SYRUP = [
    (
        "re:\\b(cough syrup|codeine|purple drank)\\b|\\bkhansi (ki|ka|wali) (syrup|dawai|"
        "dawa|bottle\\w*)\\b|\\bkashir (syrup|oshudh)\\b"
    ),
    "コデイン", "咳止め", "re:기침 ?시럽", "코데인", "止咳水", "止咳糖浆", "可待因",
    "कफ सिरप", "re:खांसी (की|का|वाली) (सिरप|दवा|बोतल)", "re:কাশির (সিরাপ|ওষুধ)",
]  # fmt: skip
# Leaves and crystals sold as incense or plant food: a drug though no drug is named.
DISGUISED = [
    (
        "re:\\b(sold|sell|selling|labell?ed|marketed|listed) as ['\"]?(incense|plant food|"
        "bath salts|research chemicals?)\\b|\\bnot for human consumption\\b"
    ),
    "re:[「『\"']?お香[」』\"']?として", "脱法ハーブ", "危険ドラッグ", "合法ハーブ",
    "re:['\"]?(향|인센스)['\"]?(으)?로 (팔|판매)",
    "re:(当|当作|作为)['\"]?(香薰|熏香|香料)['\"]?(来)?卖",
    "re:\\b(agarbatti|dhoop|dhup|incense) (ke naam|bata ?ke|bol ?ke|bole|hisebe)\\b",
    "re:(अगरबत्ती|धूप) (के नाम|बताकर|बोलकर)", "re:(ধূপ|আগরবাতি) (হিসেবে|বলে)",
]  # fmt: skip
QUIET_LOOK = [
    (
        "re:\\b(crystals?|white powder|dried (green )?(leaves|buds|herbs))\\b[^.!?\\n]{0,30}"
        "\\b(baggies|little bags|small bags|zip ?bags|packets)\\b"
    ),
    "re:(結晶|白い粉|葉っぱ)[^。]{0,10}(小袋|パケ)",
    "re:(결정|하얀 ?가루|말린 ?잎)[^.!?\\n]{0,10}(작은 ?봉지|소분|봉투|파우치)",
    "re:(晶体|结晶|白色粉末|白粉|干叶子)[^。]{0,10}(小袋|小包|分装)",
    "re:(क्रिस्टल|सफेद पाउडर|सूखी पत्तियां)[^।]{0,10}(पुड़िया|पैकेट|थैली)",
    (
        "re:\\b(crystal|safed powder|sukhi pattiyan|sukhi patti|sada powder|shukno pata)\\b"
        "[^.!?\\n]{0,10}\\b(puriya|pudiya|packet|thaili)\\b"
    ),
    "re:(ক্রিস্টাল|সাদা পাউডার|শুকনো পাতা)[^।]{0,10}(পুরিয়া|প্যাকেট)",
    # Pills to go all night without sleep.
    (
        "re:\\b(pills?|tablets?|tabs|goli|goliyan)\\b[^.!?\\n]{0,40}\\b(stay|keep you|kept) "
        "(awake|up) "
        "all night|\\b(pills?|tablets?|tabs|goli|goliyan)\\b[^.!?\\n]{0,40}\\b(sara|saari|sari) "
        "raat (jaag|jag|jege)\\w*"
    ),
    "re:(錠剤|タブレット|薬)[^。]{0,20}(徹夜|一晩中眠く)",
    "re:(알약|약)[^.!?\\n]{0,20}밤새 ?(안 ?졸|깨어|안 ?자)",
    "re:(药丸|药片|药)[^。]{0,20}(通宵不困|一夜不睡|整夜不困)",
    "re:(गोली|गोलियां|गोलियाँ)[^।]{0,30}(सारी|पूरी) रात (जाग|जग)",
    "re:(গুলি|বড়ি|ট্যাবলেট)[^।]{0,30}(সারা রাত|রাতভর) (জেগে|জাগা)",
]  # fmt: skip
# Said to work, or to get one high at a party.
QUIET_WORKS = [
    (
        "re:\\b(really|actually) works\\b|\\bhits hard\\b|\\b(asar|asr) karta\\b|\\bkaj kore\\b|"
        "\\b(asol|asli|asal) maal\\b"
    ),
    "ちゃんと効く", "よく効く", "効くやつ", "re:제대로 (듣|먹히|효과)", "re:효과 ?(확실|직빵)",
    "re:效果(好|猛|强)", "劲大", "真的有效", "असली माल", "আসল মাল",
]  # fmt: skip
QUIET_HIGH = [
    (
        "re:\\b(gets?|get you) high\\b|\\b(for|at) (the )?part(y|ies)\\b|\\bparty (ke liye|r jonno|"
        "er jonno)\\b|\\b(nasha|nesha)\\b"
    ),
    "キマる", "パーティー用", "파티용", "re:뿅 ?가", "नशा", "नशे", "পার্টির জন্য", "নেশা",
]  # fmt: skip
# A course, a shop or a home said not to be for a group: 対象外, 안 받, 不收, के लिए नहीं,
# জন্য নয়. (English "not for" rules the group word out, so it is its own signal: NOT_FOR_GROUP.)
NOT_FOR = [
    "re:(は|には)(対象外|受け付けません|入れません)",
    "re:(은|는)? ?(받지 ?않|안 ?받|제외)",
    "re:(不收|不招收|恕不接待|不对.{0,6}开放)",
    "re:के लिए नहीं", "re:\\b(ke liye|ke liya) (nahi|nahin|nhi)\\b",
    "re:জন্য (নয়|না|নহে)", "re:\\b(jonno|jnno) (noy|na|nay)\\b",
]  # fmt: skip
_VERMIN_AS = _plain(VERMIN_AS)
_NOT_FOR = _plain(NOT_FOR)
_VERMIN_PEOPLE = _group_list(VERMIN_PEOPLE)
_VERMIN_GUARD = _plain(VERMIN_GUARD)
_THEIR_PHOTO = _plain(THEIR_PHOTO)
_VEILED_THREAT = _plain(VEILED_THREAT)
# A weapon put to a body or left in it: the attack told by its instrument, with no verb of
# killing ("a gun barrel pushed at his face", 喉元にナイフ, 목에 칼을 대고, 刀架在脖子上,
# "चाकू घोंपा हुआ", "গলায় ছুরি ধরা"). On a real person's photo it is a threat to that person.
WEAPON_ON_BODY = [
    (
        "re:\\b(gun|pistol|revolver|rifle|barrel|muzzle|knife|blade|machete|dagger)s? "
        "(pointed |pressed |held |jammed |shoved |put |aimed )?(at|to|against|into|in) "
        "(his|her|their|the) (head|face|temple|forehead|throat|neck|chest|back|heart|eye)\\b"
    ),
    "re:\\b(knife|blade|dagger) (stuck|plunged|buried|sticking) (in|into|out of)\\b",
    "re:\\bstabbed (through|in) the (chest|neck|throat|face|heart)\\b",
    "re:(銃口|銃|拳銃|ナイフ|包丁|刃物)(を|が)[^。、\\n]{0,6}(突きつけ|押し当て|向け|刺さ|突き刺)",
    "re:(喉元|首|こめかみ|額|胸)(に|へ)(ナイフ|包丁|銃口|刃物)",
    (
        "re:(총구|총|권총|칼|식칼|흉기)(를|을|가|이)? ?[^.!?\\n]{0,6}"
        "(들이대|겨누|겨눈|들이민|꽂힌|꽂혀|박힌|찌른|갖다 ?대)"
    ),
    "re:(목|목덜미|관자놀이|이마|가슴)에 ?(칼|총구|총|흉기)",
    "re:(枪口|枪|手枪|刀|匕首|尖刀)(对着|顶着|抵着|指着|架在|插在|插进|捅进)",
    "re:(脖子|喉咙|太阳穴|额头|胸口)上?(架着|插着|顶着)(刀|枪|匕首)",
    (
        "re:(चाकू|छुरा|छुरी|खंजर|बंदूक|पिस्तौल|कट्टा)[^।\\n]{0,8}(घोंपा|घोंप|घुसा|तान|"
        "ताना|तनी|सटा|अड़ा|रखा हुआ|गड़ा)"
    ),
    "re:(गले|सिर|माथे|कनपटी|सीने) (पर|में) (चाकू|छुरा|छुरी|बंदूक|पिस्तौल)",
    (
        "re:\\b(chaku|chaaku|chhura|chhuri|bandook|bandooq|pistol|katta)\\b[^.\\n]{0,12}\\b(ghonpa|"
        "ghopa|ghusa|tana|taani|tani|sata|ada|gada)\\w*|\\b(gale|sar|kanpati|seene) (par|pe|mein) "
        "(chaku|chaaku|chhura|bandook|pistol)\\b"
    ),
    "re:(গলায়|মাথায়|কপালে|বুকে|ঘাড়ে) (ছুরি|চাকু|ছোরা|বন্দুক|পিস্তল)",
    (
        "re:(ছুরি|চাকু|ছোরা|বন্দুক|পিস্তল)[^।\\n]{0,8}(বিঁধে|বেঁধা|ঢুকিয়ে|ঠেকানো|"
        "ঠেকিয়ে|তাক করে|গাঁথা)"
    ),
    (
        "re:\\b(golay|gola|mathay|kopale|buke) (churi|chhuri|chaku|bonduk|pistol)\\b|"
        "\\b(churi|chhuri|chaku|bonduk|pistol)\\b[^.\\n]{0,10}\\b(bidhe|bedha|dhukiye|thekano|"
        "thekiye|tak kore)\\b"
    ),
]  # fmt: skip
# A line telling the one pictured they are next, or what happens if they stay: "you're next",
# 次はお前だ, 다음은 너다, 下一个就是你, "अगला नंबर तेरा", "এলে এই হবে".
YOU_NEXT = [
    (
        "re:\\b(you'?re|you are|you'll be|you will be) next\\b|\\bnext (one )?(is|it'?s) you\\b|"
        "\\bthis (is what )?(will )?happens? to you\\b|"
        "\\bor (else )?you'?ll end up like th(is|at)\\b"
    ),
    "re:次は(お前|おまえ|てめえ|貴様|あんた)",
    "re:(お前|おまえ|てめえ|あんた)も(こう|こんな(目|風))",
    "re:다음(은| 차례는| 타자는) ?(너|니|네|당신)", "re:(너|당신)도 ?이렇게 ?(된|될)",
    "re:下一个(就)?(是|轮到)你", "re:你也(会)?(是)?(这个|这样的?)下场",
    "re:(再不|不然|否则)[^。！？\\n]{0,8}(就是这个下场|这就是你的下场)",
    "re:अगला (नंबर|नम्बर) (तेरा|तुम्हारा|आपका)", "re:(तेरा|तुम्हारा) भी (यही|ऐसा) हाल",
    "re:\\bagla (number|nambar|no) (tera|tumhara)\\b",
    "re:\\b(tera|tumhara) bhi (yahi|aisa) haal\\b",
    "re:(এলে|আসলে|গেলে|করলে) (এই|এমন|এরকম) (হবে|অবস্থা হবে)",
    "re:(তোরও|তোমারও|তোর|তোমার) (এই|এমন) (অবস্থা|দশা) হবে",
    "re:\\b(ele|asle|gele|korle) (ei|emon|erokom) (hobe|obostha hobe)\\b",
    "re:\\b(tor ?o|tomar ?o|tor) (ei|emon) (obostha|dosha) hobe\\b",
    "re:\\bporer (jon|ta) (tui|tumi)\\b", "re:পরের (জন|টা) (তুই|তুমি)",
]  # fmt: skip
# The one pictured shown dead: hanged, on the gallows, in a coffin. With "you're next" under
# a real person's face it is a death threat, whether or not a weapon is drawn.
DEATH_SHOWN = [
    (
        "re:\\b(hanged|hanging from a (noose|rope|gallows)|in a noose|on the gallows|"
        "in a coffin|in a body ?bag|beheaded|noose (round|around) (his|her|their) neck)\\b"
    ),
    "首を吊", "首吊り", "吊るされ", "絞首", "re:棺(桶)?(に|の中)",
    "re:목(이|을)? ?매달", "re:목(을)? ?매단", "교수형", "re:관 ?속에",
    "吊死", "上吊", "绞刑", "絞刑", "re:吊在(绞架|绞刑架|树上|房梁)", "躺在棺材",
    "फांसी", "फाँसी", "re:फंदे (से|पर) लटक", "ताबूत में",
    "re:\\b(phansi|phaansi|fansi|faansi|fande se latak\\w*|taboot (me|mein))\\b",
    "ফাঁসি", "কফিনে", "re:\\b(phanshi|fanshi|phashi|fashi|coffin e)\\b",
]  # fmt: skip
_DEATH_SHOWN = _plain(DEATH_SHOWN)
# Whose face it is, by the seat or the firm they hold: the mayor's photo, 社長の顔写真, 구청장 얼굴,
# 包工头的照片, "malik ki photo", মালিকের মুখ. A real, findable person, as a name would be.
ROLE_FACE = [
    (
        "re:\\b(mayor|governor|councillor|minister|senator|mp|owner|boss|landlord|foreman|"
        "contractor|ceo|chairman|principal)'s (photo|picture|face|headshot)\\b"
    ),
    "re:(市長|町長|村長|知事|議員|大臣|社長|工場長|組合長|理事長)の(顔|写真)",
    "re:(구청장|시장|군수|도지사|의원|장관|사장|회장|이사장|공장장)(님)? ?(의)? ?(얼굴|사진)",
    "re:(市长|镇长|县长|村主任|村长|书记|老板|包工头|厂长)的?(照片|脸|头像)",
    "re:(मालिक|मेयर|विधायक|सांसद|मंत्री|सरपंच|ठेकेदार)[^।]{0,6}(की|का|के) (फोटो|फ़ोटो|तस्वीर|चेहरा|चेहरे)",
    (
        "re:\\b(malik|mayor|vidhayak|sarpanch|thekedar|mantri)\\b[^.!?\\n]{0,6}\\b(ki|ka|ke) "
        "(photo|tasveer|chehra|chehre)\\b"
    ),
    "re:(মালিক|মেয়র|চেয়ারম্যান|কাউন্সিলর|মন্ত্রী|ঠিকাদার)(ের|এর|র)? ?(ছবি|মুখ|ফটো)",
]  # fmt: skip
_ROLE_FACE = _plain(ROLE_FACE)
# Someone's photo said in English by their first name or by where they are: "the photo of
# Dave who runs the van", "Priya's headshot".
PHOTO_OF_SOMEONE = [
    "re:\\b(photo|picture|pic|headshot|snap)s? of [a-z]+ (who|from|at|next door|across|down)\\b",
    "re:\\b(?!(our|my|the|its|this|that)\\b)[a-z]+'s (photo|picture|headshot|face|selfie)\\b",
]  # fmt: skip
_PHOTO_OF_SOMEONE = _plain(PHOTO_OF_SOMEONE)
_WEAPON_ON_BODY = _plain(WEAPON_ON_BODY)
_YOU_NEXT = _plain(YOU_NEXT)
_PERSONAL_CONTACT = _plain(PERSONAL_CONTACT)
_DOX_FRAME = _plain(DOX_FRAME)

# Who a private person is, beyond their face: their real name, their workplace or their
# school, the details that let readers find them.
# A bare 本名 or 실명 is also a form's field ("本名不要", 실명 인증): theirs, or
# beside a workplace.
IDENTITY_OUT = [
    (
        "re:\\b(her|his|their) (real|full|legal|actual) names?\\b|\\b(real|"
        "full) names? and (workplace|employer|job|office|company|school|college|"
        "address)\\b|\\b(her|his|their) (workplace|employer|place of work|office address|"
        "company name)\\b|\\bwhere (she|he|they) works?\\b"
    ),
    (
        "re:(彼女|彼|その人|あの人|この人|この女|この男|相手|元会員|元社員|元カノ|元カレ|"
        "奥さん|旦那)の(本名|実名)"
    ),
    "re:(本名|実名)(と|や|、)(勤務先|勤め先|職場|会社|学校|住所)",
    "勤務先",
    "勤め先",
    "re:(どこで|どこに)(働いて|勤めて)",
    "re:(그 ?여자|그 ?남자|그 ?사람|걔|그녀|전 ?직원|전 ?회원)(의)? ?(실명|본명)",
    "re:(실명|본명)(이랑|과|와|하고|,)? ?(직장|회사|학교|근무지)",
    "근무지",
    "re:다니는 (회사|직장|학교)",
    "re:(她|他|这人|那人|对方|此人)的(真名|真实姓名|真实名字)",
    "re:(真名|真实姓名|真实名字)(和|跟|加上|、|,)(工作单位|单位|公司|学校|住址)",
    "工作单位",
    "re:(在哪|在哪里|在哪儿)(上班|工作)",
    "असली नाम",
    "पूरा नाम",
    "दफ़्तर का नाम",
    "दफ्तर का नाम",
    "ऑफिस का नाम",
    "re:कहाँ (काम|नौकरी) कर(ती|ता)",
    (
        "re:\\b(asli|asal|pura|poora) naam\\b|\\b(office|daftar|company) ka naam\\b|"
        "\\bkahan (kaam|naukri) kar(ti|ta|te)\\b"
    ),
    "আসল নাম",
    "পুরো নাম",
    "অফিসের নাম",
    "কর্মস্থল",
    "re:কোথায় (চাকরি|কাজ) কর(ে|েন)",
    (
        "re:\\b(asol|ashol|ashal|puro|pura) (nam|naam)\\b|\\boffice (er|r) (nam|naam|"
        "thikana)\\b|\\bkothay (chakri|kaj) kore\\b"
    ),
]  # fmt: skip
# Putting someone up for a crowd to judge: 晒す, 曝光, 박제, "name and shame", पर्दाफाश.
SHAME_POST = [
    (
        "re:\\b(name and shame|naming and shaming|named and shamed|expose (her|him|them|"
        "this (woman|man|girl|guy))|exposing (her|him|them)|call (her|him|"
        "them) out (publicly|online|in the group)|put (her|him|them) on blast|out (her|"
        "him) (online|publicly|to))\\b"
    ),
    "晒し",
    "晒す",
    "晒して",
    "晒そう",
    "晒した",
    "さらし上げ",
    "吊るし上げ",
    "박제",
    "신상 공개",
    "신상공개",
    "신상 털",
    "신상털",
    "저격글",
    "공개 처형",
    "曝光",
    "挂出来",
    "挂人",
    "人肉",
    "公开处刑",
    "示众",
    "बेनकाब",
    "पर्दाफाश",
    "re:एक्सपोज़? कर",
    "re:\\b(expose|benaqab|benakab|pardafash) (kar|karo|karna|karenge)\\w*\\b",
    "re:মুখোশ খুলে",
    "re:ফাঁস করে (দাও|দিন|দিতে)",
    "re:এক্সপোজ কর",
    "re:\\b(mukhosh|mukhos) khule\\b|\\b(expose|fash) kore (dao|din|dite|debo|dibo)\\b",
]  # fmt: skip
# Adultery said of a real person: "married but on the app", 既婚なのに, 유부녀, 出轨, परकीया.
ADULTERY_CLAIM = [
    (
        "re:\\b(married but|while (she's|he's|she is|he is|being) married|"
        "despite being married|cheating on (her|his|their) (husband|wife|partner|spouse)|"
        "cheated on (her|his) (husband|wife)|having an affair|adulter(ess|er|ous)|"
        "home-?wreck(er|ing))\\b"
    ),
    "既婚なのに",
    "既婚者なのに",
    "既婚のくせに",
    "不倫",
    "浮気",
    "二股",
    "유부녀인데",
    "유부남인데",
    "기혼인데",
    "불륜",
    "re:바람(을)? ?피",
    "양다리",
    "已婚还",
    "结了婚还",
    "结婚了还",
    "出轨",
    "偷情",
    "劈腿",
    "小三",
    "绿帽",
    "一片绿",
    "re:शादीशुदा (होकर|होते हुए|होने के बावजूद)",
    "अफेयर",
    "re:(पति|पत्नी) को धोखा",
    (
        "re:\\bshadi ?shuda (hokar|hote hue)\\b|\\b(affair chala|(pati|patni|biwi|wife|"
        "husband) ko dhokha)\\w*\\b"
    ),
    "re:বিবাহিত (হয়েও|হওয়া সত্ত্বেও)",
    "re:বিয়ে (করেও|করার পরও)",
    "পরকীয়া",
    "re:(স্বামী|স্ত্রী|বউ)কে ঠকিয়ে",
    "re:\\b(bibahito hoyeo|biye koreo|biye kore o|porokiya|porokia|porakiya)\\b",
]  # fmt: skip
# A photo edited so it shows something that did not happen: P成, 합성, コラ, morph.
FAKE_EDIT = [
    (
        "re:\\b(photoshop(ped|ping)?|shop(ped)?|edit(ed|ing)?|morph(ed|ing)?|"
        "face-?swap(ped)?|deepfake[sd]?|doctor(ed)?|composite)\\b[^.!?\\n]{0,30}?\\b(into|"
        "onto|to look like|so (she|he|they) (looks?|appears?)|as if)\\b"
    ),
    "re:\\bdeepfake\\b",
    "re:p成",
    "re:ps成",
    "p图",
    "合成",
    "換臉",
    "换脸",
    "コラ画像",
    "コラ",
    "re:(加工|合成|編集)して",
    "합성",
    "포샵",
    "딥페이크",
    "re:(एडिट|मॉर्फ|फोटोशॉप) (करके|कर के|कर दो|करो)",
    "re:\\b(edit|morph|photoshop) (karke|kar ke|kar do|karo)\\b",
    "re:(এডিট|মর্ফ|ফটোশপ) (করে|কর)",
    "re:\\b(edit|morph|photoshop) (kore|koro)\\b",
]  # fmt: skip
# Shown intimate with someone other than their partner: the scene an edit makes up. Only
# with the intimacy: "her photo merged into a group shot with other women" is a reunion.
WITH_OTHER = [
    (
        "re:\\b(kissing|making out with|in bed with|hooking up with|all over|cuddling|"
        "groping|snogging|sleeping with|on a date with|sneaking off with|in the arms of) "
        "(another|some other|other|a strange|some random|a random|a different|strange) "
        "(man|guy|bloke|woman|girl|men|guys)\\b|\\bcheating scene\\b|\\b(another|other|a "
        "strange) (man|guy|woman)'s (arms|bed|lap)\\b"
    ),
    (
        "re:(他の|別の|知らない|見知らぬ)(男|女)(性)?(と|が)[^。]{0,12}(キス|いちゃ|イチャ|"
        "抱き合|ホテル|ラブホ|ベッド|密会|親密)"
    ),
    "浮気現場",
    "不倫現場",
    (
        "re:(다른|모르는) (남자|여자|놈)(랑|와|하고|이랑)[^.]{0,12}(키스|스킨십|모텔|호텔|"
        "껴안|안겨|침대|밀회|데이트)"
    ),
    "re:(바람|불륜) ?(현장|피우는)",
    (
        "re:(跟|和|与|同)(别的|其他|陌生|另一个|野)(男人|女人|男的|女的)[^。]{0,10}(亲热|"
        "亲嘴|接吻|搂|抱|开房|上床|约会|暧昧|酒店)"
    ),
    "出轨现场",
    "偷情",
    "开房",
    (
        "re:(किसी और|दूसरे|ग़ैर|गैर|पराए) (मर्द|आदमी|लड़के|औरत|लड़की) के साथ[^।]{0,20}"
        "(होटल|कमरे|बिस्तर|किस|चूम|गले|रोमांस|डेट)"
    ),
    (
        "re:\\b(kisi aur|dusre|doosre|gair|paraye) (mard|aadmi|admi|ladke|aurat|"
        "ladki) ke (saath|sath)\\b[^.!?\\n]{0,24}?\\b(hotel|room|bed|kiss|romance|date|"
        "gale)"
    ),
    (
        "re:(অন্য|পর|অচেনা) ?(ছেলের|পুরুষের|লোকের|মেয়ের) (সাথে|সঙ্গে)[^।]{0,20}"
        "(ঘনিষ্ঠ|চুমু|হোটেল|বিছানা|জড়িয়ে|ডেট|রোমান্স)"
    ),
    "পরপুরুষ",
    (
        "re:\\b(onno|ochena|por) ?(cheler|purusher|loker|meyer) (sathe|shathe|songe)\\b"
        "[^.!?\\n]{0,24}?\\b(hotel|bichana|chumu|joriye|date|romance|ghonishtho)|"
        "\\bporpurush\\b"
    ),
]  # fmt: skip
# Someone's wife, husband or partner, by their photo: the person an edit of infidelity hurts.
# An aside may sit between, as a relayed brief writes it: 老婆（普通人）的照片.
KIN_PHOTO = [
    (
        "re:\\b(his|her|their|the|[a-z]+'s) (wife|girlfriend|husband|boyfriend|fianc[eé]e?|"
        "partner)('s)? (photo|picture|pic|selfie|face|insta|instagram|facebook)s?\\b|"
        "\\b(photo|picture|pic|selfie)s? of (his|her|their) (wife|girlfriend|husband|"
        "boyfriend)\\b"
    ),
    (
        "re:(奥さん|奥様|妻|嫁|彼女|旦那|夫|婚約者)(\\([^)]{0,24}\\))?の(写真|顔|画像|"
        "インスタ)"
    ),
    (
        "re:(아내|와이프|부인|마누라|여친|여자친구|남편|남친|남자친구|"
        "약혼녀)(\\([^)]{0,24}\\))?(의)? ?(사진|얼굴|인스타)"
    ),
    (
        "re:(老婆|妻子|媳妇|太太|女朋友|女友|老公|丈夫|男朋友|"
        "未婚妻)(\\([^)]{0,24}\\))?(的)?(照片|相片|头像|自拍|脸|朋友圈)"
    ),
    (
        "re:(बीवी|पत्नी|गर्लफ्रेंड|पति|बॉयफ्रेंड|मंगेतर) (की|का|के) (फोटो|फ़ोटो|तस्वीर|"
        "चेहरा|इंस्टा)"
    ),
    (
        "re:\\b(biwi|bivi|patni|girlfriend|gf|wife|bou|bouer|stri|swami|husband|boyfriend|"
        "bf)( ki| ka| ke| er| r)? (photo|pic|chobi|chhobi|tasveer|tasvir|insta|fb)\\b"
    ),
    "re:(বউ|বউয়ের|বৌয়ের|স্ত্রীর|গার্লফ্রেন্ডের|স্বামীর|বয়ফ্রেন্ডের) (ছবি|ফটো|মুখ)",
]  # fmt: skip
_IDENTITY_OUT = _plain(IDENTITY_OUT)
_SHAME_POST = _plain(SHAME_POST)
_ADULTERY_CLAIM = _plain(ADULTERY_CLAIM)
_FAKE_EDIT = _plain(FAKE_EDIT)
_WITH_OTHER = _plain(WITH_OTHER)
_KIN_PHOTO = _plain(KIN_PHOTO)
_OFF_BOOKS = _plain(OFF_BOOKS)
_SYRUP = _plain(SYRUP)
_DISGUISED = _plain(DISGUISED)
_QUIET_LOOK = _plain(QUIET_LOOK)
_QUIET_WORKS = _plain(QUIET_WORKS)
_QUIET_HIGH = _plain(QUIET_HIGH)


# A head split open with the brains out, an arm torn off, a pool of blood on a shop floor:
# the wound is the picture, however a venue's "realistic" promo frames it. A headache said
# as a head "splitting" (頭が割れるように, 머리가 깨질 듯, "sar phat raha") is no wound.
TORN_BODY = [
    (
        "re:\\b(arms?|legs?|hands?|limbs?|heads?|jaw) (torn|ripped|blown|wrenched) (clean )?off\\b|"
        "\\b(tear|tore|torn|rip|ripped|ripping|tearing)s? (off )?(his|her|their|a man's|a "
        "woman's|someone's|the guy's) (arms?|legs?|head|limbs?)( clean)? off\\b"
    ),
    (
        "re:\\b(head|skull)s? (bashed|smashed|blown|split|cracked|caved) (wide )?(open|in|in two|"
        "apart)\\b|\\bbrains? (splattered|spattered|sprayed|spilling|spilled|strewn|leaking|"
        "oozing|blown out)\\b|\\bbrain matter\\b"
    ),
    # The same in street slang: "opp got his dome split", "brains on the curb". A stadium's
    # dome or a coconut split open is no one's head.
    (
        "re:\\b(his|her|their|opp'?s|opps'|dude'?s|bro'?s|guy'?s|man'?s|victim'?s) (dome|noggin|"
        "head|skull) (got |was |is )?(split|cracked|caved|bashed|smashed|blown|busted)( (open|in|"
        "off))?\\b|\\bbrains? (on|across|all over) the (curb|kerb|pavement|street|ground|"
        "sidewalk|walls?|floor|road|asphalt|concrete)\\b"
    ),
    (
        "re:\\b(nari ?bhuri|nariv ?bhuri|nari ?vuri|nari ?bhuNri|nari ?buri)\\b[a-z ]{0,8}\\b("
        "beriye|ber hoye|jhule|jhulche|chhoriye|choriye|chhitke|chitke)\\b"
    ),
    "re:(頭|頭部|頭蓋骨|脳天)(を|が)?[^。]{0,3}(かち割|カチ割|叩き割|たたき割|ぶち割|割られ|砕かれ)",
    "re:(脳みそ|脳味噌|脳漿|脳髄)(が|を)?[^。]{0,8}(飛び散|散らば|はみ出|こぼれ|流れ出|ぶちまけ)",
    "re:頭[^。]{0,12}中身(が|を)?[^。]{0,6}(飛び散|散らば|はみ出|こぼれ|ぶちまけ)",
    "re:(腕|手|足|脚)(が|も|を)?[^。]{0,2}(ちぎれ|千切れ|もげ|もがれ|引きちぎ|吹き飛ば|吹っ飛)(?!る?ほど|そう|んばかり)",
    "re:(床|店内|部屋)[^。]{0,4}(血だまり|血溜まり)",
    "re:(머리|두개골|머리통)(가|를|이)? ?(쪼개진|쪼개져|깨져서|깨져 |박살 난|박살난|부서진|부서져)",
    "re:(뇌|뇌수)(가|를)? ?(바닥에 |사방에 )?(흩어|튀어|쏟아|흘러나|흩뿌)",
    "re:(팔|다리|손|발)(이|가|도)? ?(뜯겨|찢겨|잘려 ?나간|떨어져 ?나간|날아간)",
    "re:(바닥|가게|매장)[^.!?\\n]{0,4}(피 ?웅덩이|흥건한 피)",
    "re:(脑浆|腦漿)[^。！？\\n]{0,6}(迸|溅|濺|流|洒|灑|撒|涂|糊)",
    "re:(头|脑袋|腦袋|头颅|頭顱|头骨)(被)?(劈开|劈成两半|砸开|砸裂|开瓢|開瓢|砸得稀烂|爆开)",
    # Not a drumstick torn off the bone: 鸡腿撕下来 is a menu.
    (
        "re:(胳膊|手臂|胳臂|(?<![鸡鸭鹅猪羊牛雞鴨])腿|四肢)(被)?(扯断|撕断|炸断|炸飞|拧断)|"
        "(胳膊|手臂|胳臂)(被)?(扯下|撕下)|断臂残肢|倒在血泊"
    ),
    "re:(सिर|खोपड़ी|माथा)[^।\\n]{0,6}(फोड़ (दिया|डाला)|फोड़ा हुआ|दो टुकड़े)",
    "re:(भेजा|दिमाग़|दिमाग|मगज़|मगज)[^।\\n]{0,8}(बाहर (निकल|बिखर|आ)|बिखर|छितर)",
    "re:(हाथ|बांह|बाँह)[^।\\n]{0,4}(उखाड़|उखड़|नोच|कटकर अलग|कट कर अलग|धड़ से अलग)",
    "re:खून (का|के) (तालाब|पोखर)",
    (
        "re:\\b(sir|sar|khopdi)\\b (phod|fod)(a|i|e)? (diya|diye|di|gaya|hua|hui|daala|dala)\\b|"
        "\\b(sir|sar|khopdi) (ke )?do tukde\\b"
    ),
    "re:\\b(bheja|magaz|magaj)\\b[a-z ]{0,6}\\b(bahar|bikhra|bikhre|bikhar|chhitak|chitak)\\w*",
    "re:\\b(haath|hath|baanh|bah)\\b[a-z ]{0,4}\\b(ukhad|ukhaad|ukhda|ukhdi|nocha|noch)\\w*",
    "re:(মাথা|খুলি)[^।\\n]{0,6}(দু ?ভাগ|চৌচির|ফাটিয়ে দেওয়া|ফাটিয়ে দিয়েছে)",
    "re:(মগজ|ঘিলু)[^।\\n]{0,8}(ছিটকে|বেরিয়ে|ছড়িয়ে|ছিটিয়ে)",
    "re:(হাত|পা|বাহু)[^।\\n]{0,4}(ছিঁড়ে|উপড়ে|উড়ে) (গেছে|যাওয়া|পড়ে|আছে|ফেলা)",
    "re:রক্তের (পুকুর|ডোবা)",
    (
        "re:\\b(mogoj|moghoj|ghilu)\\b[a-z ]{0,8}\\b(chhitke|chitke|beriye|choriye|chhoriye|"
        "chitiye)\\b"
    ),
    "re:\\bmatha (du bhag|dubhag|chouchir)\\b",
    "re:\\b(haat|hat|baahu)\\b (chhinre|chinre|upre|upore) (gechhe|geche|jaoa|pore|ache)\\b",
    # A body opened up with the guts pulled out, or eyes gouged out with a blade: the
    # mutilation is the picture. A fish gutted for the pan (魚の内臓を取り出す, 생선 배를 갈라,
    # 鱼掏出内脏, मछली साफ़ करना, মাছের পেট কেটে) names no one's body.
    (
        "re:\\b(wom[ae]n|m[ae]n|person|people|girl|guy|boy|victim|corpse|torso|"
        "(his|her|their|someone's) (belly|stomach|chest|torso|"
        "abdomen))\\b[^.!?\\n]{0,10}?\\b(split|"
        "sliced|slit|ripped|torn|carved|hacked|cut) (wide )?open\\b|\\bdisembowel\\w*|"
        "\\b(guts|intestines|entrails|innards|bowels)\\b[^.!?\\n]{0,8}?\\b(pulled|ripped|torn|"
        "spilling|spilled|spill|hanging|dangling|pouring|falling|slopping|strewn|dragged) out\\b|"
        "\\b(gouge[ds]?|gouging|gouged|carve[ds]?|carving|dig(s|ging)?|dug|rip(s|ping|ped)?|"
        "pluck(s|ing|ed)?) (out )?(his|her|their|a man's|a woman's|someone's|the victim's) "
        "eyes?( out)?\\b|\\beyes? (gouged|carved|ripped|plucked|dug) out\\b|\\beyeballs? "
        "(hanging|dangling|torn|ripped|flying|spilling) (out|loose|free)?\\b|\\b(pull(s|ing|ed)?|"
        "rip(s|ping|ped)?|tear(s|ing)?|tore|drag(s|ging|ged)?) (out )?(his|her|their|a man's|a "
        "woman's|someone's|the victim's) (guts|intestines|entrails|innards|bowels)\\b"
    ),
    "re:(内臓(?!脂肪)|はらわた|臓物|(?<![香大小])腸(?!詰|内|活))(が|を)?[^。\\n]{0,6}(引きずり出|引っ張り出|飛び出|はみ出|こぼれ出|ぶちまけ|垂れ下が|飛び散)",
    "re:(女|男|人|死体|遺体|被害者)[^。\\n]{0,8}(腹|お腹)(を|が)?(裂|割|切り裂|かっさば|掻っ捌|かっ捌)",
    "re:(目|眼|眼球|目玉(?!焼))(を|が)[^。\\n]{0,8}(えぐ|抉|くり抜|くりぬ|刳り抜)",
    "re:(眼球|目玉)(が|を)?[^。\\n]{0,6}(飛び散|飛び出|こぼれ|ぶら下が|垂れ下が)",
    "re:(내장|창자)(이|가|을|를)? ?(쏟아|튀어나|흘러나|삐져나|끄집어|끌려 ?나|꺼내져|늘어져)",
    "re:(사람|여자|남자|시체|피해자)[^.!?\\n]{0,8}배(를|가)? ?(갈라|갈린|갈라진|찢|째)",
    (
        "re:(눈알|안구)(을|를|이|가)? ?[^.!?\\n]{0,6}(파내|파낸|도려|뽑아내|뽑힌|빠져나온)|"
        "(?<![가-힣])눈(을|를)? ?(칼|송곳|숟가락)(로|으로)[^.!?\\n]{0,4}(파내|파낸|도려|찌르|쑤시)"
    ),
    "re:开膛破肚|开肠破肚|開膛破肚|肠子(都)?(被)?[^。！？\\n]{0,3}(流|掉|拖|掏|拉|挂|淌)(了)?出",
    "re:(人|尸体|屍體|女人|男人|受害者)[^。！？\\n]{0,6}(内脏|內臟)(被)?(掏|流|拖|挖|扯)(了)?出",
    "re:(剖开|剖開|划开|劃開|切开|切開)(了)?(她|他|人|女人|男人|尸体|受害者)?的?(肚子|腹部|胸膛)",
    "re:(内脏|內臟|肠子)(流|撒|淌)(了)?(一地|满地|滿地)",
    "re:(挖|剜|抠|摳)(出|掉|下)?(了)?[^。！？\\n]{0,4}(眼珠|眼球)|剜(出|掉|下)?(了)?[^。！？\\n]{0,4}眼睛|(眼珠|眼球)(子)?(被)?(挖|剜|抠)|(眼珠|眼球)(子)?[^。！？\\n]{0,3}(飞溅|迸出|掉出|挂在)",
    "re:(आंतें|आँतें|अंतड़ियां|अंतड़ियाँ)[^।\\n]{0,8}(बाहर|लटक|बिखर)",
    (
        "re:(आंख|आँख|आंखें|आँखें|आंखों|आँखों)[^।\\n]{0,10}(चाकू|छुरी|चाकू से|"
        "उंगली)[^।\\n]{0,6}(निकाल|फोड़|नोच)|(आंख|आँख)(ें)? (फोड़ दी|नोच ली|नोच डाली)|"
        "आंख की पुतली बाहर"
    ),
    (
        "re:\\b(aantein|aante|aantien|antdiyan|antadiyan|antadiyaan)\\b[a-z ]{0,8}\\b(bahar|"
        "baahar|latak|bikhar)\\w*|\\b(bahar|baahar) nikl?(i|e|a)( hui| hue)? (aantein|aante|"
        "antdiyan|antadiyan|aant)\\b|\\b(aankh|ankh|aankhen|ankhen|chokh)\\b[a-z ]{0,12}\\b(chaku|"
        "chhuri|churi|knife|chhuri diye)\\b[a-z ]{0,8}\\b(nikal|phod|fod|noch|upre|upde|tule)\\w*|"
        "\\b(chaku|chhuri|churi|knife) (diye|se)\\b[a-z ]{0,16}\\b(aankh|ankh|aankhen|ankhen|"
        "chokh)\\b[a-z ]{0,4}\\b(nikal|phod|fod|noch|upre|upde|tule)\\w*|"
        "\\b(naribhuri|naaribhuri|nari bhuri|nariburi)\\b[a-z ]{0,8}\\b(ber|beriye|jhule|jhulche|"
        "choriye)\\w*|\\bchokh (upre|uprano|upde|tule) (nise|niche|nicche|nichhe|neoa|newa|nilo|"
        "phela)\\w*"
    ),
    "re:(নাড়িভুঁড়ি|নাড়িভুড়ি)[^।\\n]{0,8}(বের|বেরিয়ে|ঝুলে|ছড়িয়ে|ছিটকে)",
    "re:(চোখ|চোখের মণি)[^।\\n]{0,10}(উপড়ে|খুবলে|গেলে দেওয়া)",
]  # fmt: skip
_TORN_BODY = _plain(TORN_BODY)

# Sleeping pills laid out or counted beside a note left on the pillow or the bed: the
# overdose staged as a quiet night, however the delivery app's tagline words it.
PILLS_LINED = [
    (
        "re:\\b(pills|tablets|capsules)\\b[^.!?\\n]{0,12}\\b(counted|lined|laid|set) out\\b|"
        "\\b(row|rows|line|lines) of (sleeping )?(pills|tablets|capsules)\\b|"
        "\\benough (sleeping )?(pills|tablets)\\b"
    ),
    "re:(錠剤|薬|睡眠薬)(を|が)?[^。\\n]{0,6}(並べ|数えて|一列)",
    "re:(알약|수면제|약)(을|를|이)? ?[^.!?\\n]{0,6}(줄지어|한 ?줄로|세어 ?놓|늘어놓)",
    "re:(药片|藥片|安眠药|安眠藥|药丸)[^。！？\\n]{0,6}(排成|一排|数好|數好|摆成|擺成)",
    "re:(गोलियां|गोलियाँ|गोलियों)[^।\\n]{0,8}(गिनकर|गिन कर|कतार|कतार में|लाइन में)",
    "re:\\b(goliyan|goliyaan|goliyon)\\b[a-z ]{0,8}\\b(ginkar|gin kar|line mein|qatar)\\b",
    "re:(বড়ি|ট্যাবলেট|ওষুধ)[^।\\n]{0,8}(গুনে|সারি|সাজিয়ে)",
    "re:\\b(bori|tablet|oshudh)\\b[a-z ]{0,8}\\b(gune|sari sari|sajiye)\\b",
]  # fmt: skip
NOTE_LEFT = [
    (
        "re:\\b(note|letter|envelope)s?\\b[^.!?\\n]{0,20}\\b(on|beside|by|under|next to|left "
        "on) (the|her|his|their) (pillow|bed|duvet)\\b|\\b(left|leaves|leaving) (a|her|his|"
        "their) (last |final )?(note|letter)\\b"
    ),
    "re:(枕元|枕の上|ベッドの上)[^。]{0,6}(手紙|メモ|便箋|封筒)|(手紙|メモ)[^。]{0,4}(枕元|枕の上)",
    "re:(베개|머리맡)[^.!?\\n]{0,6}(쪽지|편지|메모)",
    "re:(枕头|枕邊|枕边)[^。！？\\n]{0,6}(纸条|信|便条|信封)",
    "re:(तकिये|तकिए|सिरहाने)[^।\\n]{0,8}(चिट्ठी|पर्ची|नोट|ख़त|खत)",
    "re:\\b(takiye|takie|sirhane)\\b[a-z ]{0,10}\\b(chitthi|parchi|note|khat)\\b",
    "re:(বালিশ|বালিশের|বালিশে)[^।\\n]{0,8}(চিরকুট|চিঠি|নোট)",
    "re:\\b(balish|balisher|balishe)\\b[a-z ]{0,10}\\b(chirkut|chithi|note)\\b",
]  # fmt: skip
_PILLS_LINED = _plain(PILLS_LINED)
_NOTE_LEFT = _plain(NOTE_LEFT)

# A roadworthiness or emissions test passed without the repair, its report altered, the test
# station "taken care of", or cloned plates on offer: a passed test or a plate not earned. A
# garage's pre-test check that fixes faults first, or a scam warning, says none of this.
INSPECTION_FIXED = [
    (
        "re:\\b(pass|passes|passed)\\b[^.!?\\n]{0,30}\\b(without|no need for|skip(ping)?) "
        "(any |the )?(repairs?|fixing|fixes|the test|inspection)\\b"
    ),
    (
        "re:\\b(emissions|smog|inspection|mot|roadworth\\w*) (test )?(readings?|results?|data|"
        "reports?|numbers|certificates?)\\b[^.!?\\n]{0,12}\\b(altered|faked|doctored|changed|"
        "edited|rigged|fudged)\\b|\\b(alter|fake|doctor|fudge|rig|edit)\\w* (the |your )?"
        "(emissions|smog|inspection|mot) (test )?(readings?|results?|data|reports?|numbers)\\b"
    ),
    "re:\\b(cloned|ringer|fake|false) (number |license |licence |registration )?plates\\b",
    "re:車検[^。]{0,10}(整備なし|整備不要|修理なし|修理不要|直さず|直さなくても)[^。]{0,8}(通|合格)",
    "re:(排ガス|排気ガス|検査|車検)[^。]{0,6}(データ|数値|記録|結果|書類)[^。]{0,4}(改ざん|改竄|書き換え|いじ|偽装|ごまか)",
    "re:(偽造|偽|ニセ|クローン)ナンバー|検査(場|員)[^。]{0,8}(話をつけ|買収|抱き込|なんとかし)",
    "re:(검사|배출 ?가스)[^.!?\\n]{0,10}(수리 ?없이|안 ?고쳐도)[^.!?\\n]{0,8}(통과|합격)",
    (
        "re:(배출 ?가스|검사|배기 ?가스)[^.!?\\n]{0,6}(수치|데이터|결과|기록|성적서)"
        "[^.!?\\n]{0,4}(조작|위조|바꿔|고쳐)"
    ),
    "re:(대포|가짜|위조|복제) ?번호판|검사소[^.!?\\n]{0,8}(매수|손써|뚫어)",
    "年检包过", "年审包过", "年檢包過",
    "re:(年检|年审|检测|尾气|排放)[^。！？\\n]{0,6}(报告|数据|结果)[^。！？\\n]{0,6}(改数据|改数|造假|篡改|作假|做假)",
    "re:(不合格|没修|不用修|不修)[^。！？\\n]{0,6}(照样|也能|也照样|一样)(过|通过)",
    "re:检测站[^。！？\\n]{0,6}(搞定|打点|摆平)",
    "re:(另有|提供|出售|代办|办理)(套牌|假牌|假车牌)|(套牌|假牌|假车牌)[^。！？\\n]{0,6}(私聊|出售|有售|代办|办理|可做)",
    "re:(पीयूसी|puc|फिटनेस|प्रदूषण)[^।\\n]{0,12}(बिना (जांच|जाँच|चेक)|बिना गाड़ी देखे)",
    "re:(नकली|फर्जी|फ़र्ज़ी|डुप्लीकेट) नंबर प्लेट",
    "re:(जांच|जाँच|प्रदूषण|फिटनेस)[^।\\n]{0,8}(रिपोर्ट|डेटा|रीडिंग)[^।\\n]{0,6}(बदल|हेरफेर|फर्जी|फ़र्ज़ी)",
    "re:\\b(puc|fitness|pollution)\\b[a-z ]{0,16}\\bbina (check|jaanch|janch|gaadi|gadi)\\b",
    "re:\\b(nakli|farzi|duplicate) number plate\\b",
    (
        "re:\\b(puc|pollution|fitness)\\b[a-z ]{0,10}\\b(report|reading|data)\\b[a-z ]{0,8}"
        "\\b(badal|farzi)\\w*"
    ),
    "re:(ফিটনেস|দূষণ)[^।\\n]{0,10}(গাড়ি না দেখেই|পরীক্ষা ছাড়াই|না সারিয়েই)",
    "re:(নকল|ভুয়া|জাল) (নম্বর|নাম্বার) ?প্লেট",
    "re:(ফিটনেস|দূষণ|পরীক্ষার)[^।\\n]{0,6}(রিপোর্ট|ডেটা|রিডিং)[^।\\n]{0,6}(বদলে|জাল|ভুয়া)",
    "re:\\b(nokol|nakal|bhuya|vuya|jal) (number|nambar) plate\\b",
    "re:\\bfitness\\b[a-z ]{0,16}\\b(gari na dekhei|porikkha chhara(i)?|na sariyei)\\b",
]  # fmt: skip
INSPECTION_WARNING = [
    "re:\\b(beware|watch out|scams?|report (it|them|it to)|warn\\w*|don'?t fall for)\\b",
    "注意", "詐欺", "주의", "사기", "조심", "谨防", "警惕", "举报", "骗局",
    "सावधान", "धोखा", "সাবধান", "প্রতারণা",
    "re:\\b(savdhan|saavdhan|sabdhan|dhokha|protarona)\\b",
]  # fmt: skip
_INSPECTION_FIXED = _plain(INSPECTION_FIXED)
_INSPECTION_WARNING = _plain(INSPECTION_WARNING)


# -- a group drawn as apes or kept out at the door, money washed past the taxman, goods for
# schoolchildren, powders sold by message ------------------------------------------------------

# A group drawn as monkeys or apes, however the picture is dressed between the two ("a troop
# of monkeys fighting over bananas", 一群从下水道爬出来的猴子): the old racist picture. It
# counts with a group named in the same sentence, so a zoo day or the Year of the Monkey is
# not it, and a costume or a history of such propaganda is guarded as vermin are.
APE_AS = [
    (
        "re:\\b(as|into|like) (a |an |the |some )?((troop|pack|band|bunch|horde|herd|cage|zoo|"
        "barrel|tribe|gang|swarm|group|family|mob|colony) of )?([\\w'-]+ ){0,3}?(monkeys?|apes?|"
        "gorillas?|chimps?|chimpanzees?|baboons?|orangutans?)\\b"
    ),
    (
        "re:(猿|サル|さる|ゴリラ|チンパンジー|オランウータン|ヒヒ)(の群れ|の集団|の大群|たち)?"
        "(として|みたいに|みたいな|のように|のような|に見立て|の姿で|の姿に|に変え|に描)"
    ),
    (
        "re:(원숭이|고릴라|침팬지|오랑우탄|개코원숭이)(들)? ?(떼|무리)?(처럼|같이|로|으로) ?"
        "(그려|그린|그리|묘사|표현|만들|합성|바꿔)"
    ),
    (
        "re:(画成|画作|画得像|描绘成|描繪成|畫成|做成|p成|P成|变成|變成|当成|當成|比作|说成|說成)"
        "[^，。,；;！？!?\\n]{0,14}?(猴子|猴群|猩猩|大猩猩|黑猩猩|狒狒|猿猴)"
    ),
    # Treated as them with no verb of drawing: 当猴子, 當成一群猩猩, 像猴子一样, 猿扱い, 원숭이
    # 취급, बंदर समझकर, বাঁদর বলে. Still only with a group named in the same sentence.
    (
        "re:(?<![相充担])(当|當|当作|當作|作为|作為|扮成|扮作)(一群|一帮|一幫|一窝|一窩|一堆|一只|一隻|群)?"
        "(猴子|猴群|猩猩|大猩猩|黑猩猩|狒狒|猿猴)"
    ),
    "re:(像|跟|和|如同)(一群|一帮|一幫|一窝|一窩|一只|一隻)?(猴子|猩猩|大猩猩|狒狒)(一样|一樣|似的|般)",
    "re:(猿|サル|さる|ゴリラ|チンパンジー)(扱い|呼ばわり|同然|並み)",
    "re:(원숭이|고릴라|침팬지)(들)? ?(취급|마냥|새끼들|같은 ?놈들|같은 ?것들)",
    "re:(बंदर|बन्दर|बंदरों|गोरिल्ला)[^।\\n]{0,6}(समझ|कहकर|कह कर|बोलकर)",
    "re:\\b(bandar|bandaron|gorilla)\\b[^.!?\\n]{0,6}\\b(samajh\\w*|keh ?kar|bol ?kar)\\b",
    "re:(বানর|বাঁদর|গরিলা)(ের|দের|র)?[^।\\n]{0,6}(বলে|ভেবে|সাজিয়ে)",
    "re:\\b(bandor|bandorer|banor|bador|gorilla)\\b[^.!?\\n]{0,6}\\b(bole|bhebe|sajiye)\\b",
    (
        "re:(बंदर|बन्दर|बंदरों|बन्दरों|गोरिल्ला|गोरिल्लों|चिंपैंजी|वानर)[^।\\n]{0,16}"
        "(की तरह|जैसा|जैसे|जैसी|के रूप में|बना|दिखा)"
    ),
    (
        "re:\\b(bandar|bandaron|bandron|bandro|gorilla|gorillas|chimpanzee|vanar)\\b[^.!?\\n]{0,16}"
        "\\b(ki tarah|jaise|jaisa|jaisi|ke roop me|ke roop mein|bana\\w*|dikha\\w*)\\b"
    ),
    "re:(বানর|বাঁদর|গরিলা|শিম্পাঞ্জি)(ের|দের|র)?[^।\\n]{0,12}(মতো|মত|হিসেবে|বানিয়ে|বানাও|দেখাও|আঁকো)",
    (
        "re:\\b(bandor|bandorer|bandordor|banor|banorer|bador|badorer|gorilla|gorillar)\\b"
        "[^.!?\\n]{0,12}\\b(moto|mto|hisebe|hishebe|baniye|banie|banao|dekhao|anko|aanko)\\b"
    ),
]  # fmt: skip
# A group turned away at the door, or kept out as the service sold: "we keep the gypsies
# out", a guard blocking a Roma family at the shop door. In English the group sits inside
# the phrase; "keep the cold out" next to a halal shop names no one kept out.
_KEPT_PEOPLE = (
    "(jewish|muslim|black|arab|mexican|asian|african|gay|trans|immigrant|gypsy|roma|romani|"
    "migrant|refugee|foreign|indian|pakistani|bangladeshi|chinese|somali|nigerian|traveller|"
    "traveler|sikh|hindu) (famil(y|ies)|men|man|women|woman|kids|boys|girls|people|couples?|"
    "customers?|shoppers?|guests?|teenagers|teens|youths?|lads|tenants?|children|mothers?|"
    "fathers?|groups?)"
)
KEEP_OUT = [
    (
        "re:\\bkeep(s|ing)? (the |those |these |all |any |such )?([\\w'-]+ )?"
        f"({_GROUP_NAMES[1:-1]}|{_KEPT_PEOPLE}|(irish |gypsy )?travell?ers) (out|away)\\b"
    ),
    f"re:\\b({_GROUP_NAMES[1:-1]}|{_KEPT_PEOPLE}) (kept|stay|staying) (out|away)\\b",
    (
        "re:\\b(block|blocks|blocking|blocked|stop|stops|stopping|stopped|bar|bars|barring|"
        "turn(s|ing|ed)? away|turn(s|ing|ed)?|shoo(s|ing|ed)?|chas(e|es|ing|ed)|kick(s|ing|ed)?|"
        "throw(s|ing)?|threw|refus(e|es|ing|ed) entry to|refus(e|es|ing|ed))"
        " (a |an |the |some |two |three |those |these )?([\\w'-]+ )?"
        f"({_GROUP_NAMES[1:-1]}|{_KEPT_PEOPLE})( away| off| out)? (at|from|outside|away from) "
        "(the |a |our |his |her |their )?([\\w'-]+ ){0,2}?(doors?|doorway|entrance|gates?|counter|"
        "till)\\b"
    ),
]  # fmt: skip
# The same act in the languages that put the group before it; said with a group named in
# the same sentence. "Kept outside" needs the people marked as its object: a temple's "leave
# your shoes outside" (जूते बाहर रखें, জুতা বাইরে রাখুন) keeps no one out.
KEEP_OUT_ACT = [
    "re:(追い返|締め出|閉め出|追い払|門前払い|シャットアウト|入店を断|入店させ(ない|ません|るな))",
    "re:(店|中|入口|ドア)に(は)?入れ(ない|ません|させない|るな)",
    "re:(막아서|막아 ?(드립|드려|줍|주는|준다|섰)|못 ?들어오게)",
    "re:(쫓아내|쫓아 ?내|내쫓|돌려보내|출입을? ?막)",
    "re:(挡在|拦在|擋在|攔在)[^，。,！？!?\\n]{0,6}(门外|門外|外面|外边|店外)|拒之门外|拒之門外|轰出去|赶出去",
    "re:不让[^，。,！？!?\\n]{0,6}进(门|店|来)",
    (
        "re:((को|इन्हें|उन्हें|इनको|उनको)[^।\\n]{0,12}बाहर (ही )?(रख|रखते|रखेंगे|रखो)|"
        "(दरवाज़े|दरवाजे|गेट) पर (ही )?रोक|"
        "भगा (देते|दो|देंगे|रहा|रही)|अंदर (न|नहीं|मत) (आने|घुसने) (देते|देंगे|दो))"
    ),
    (
        "re:\\b((ko|inhe|inhen|unhe|unhen|inko|unko)\\b[^.!?\\n]{0,12}bahar (hi )?(rakh|rakhte|"
        "rakhenge|rakho)|(darwaze|darwaaze|gate) (pe|par) (hi )?"
        "rok\\w*|bhaga (dete|do|denge|raha|rahe)|andar (nahi|mat|na) (aane|ghusne) (dete|denge|"
        "do))\\b"
    ),
    "re:(দের|কে|দেরকে)[^।\\n]{0,12}বাইরে (রাখি|রাখো|রাখব|রাখবো|রাখা হয়|রাখে)",
    "re:(দরজায়|গেটে) (আটকা|আটকে|আটক)|তাড়িয়ে (দিই|দাও|দেয়|দিচ্ছে)",
    (
        "re:((der|ke|derke)\\b[^.!?\\n]{0,12}baire (rakhi|rakho|rakhbo|rakha hoy|rakhe)|"
        "\\b(dorjay|dorjae|gete|gate e) "
        "(atka|atke|atkay)\\w*|tariye (dii|dai|dao|dey|dicche|dichhe))\\b"
    ),
]  # fmt: skip

# Dirty money washed, accounts no one can trace, or tax left unpaid with no one the wiser:
# any two sell the hiding of money. An exchange's or a bank's warning against laundering or
# scams names the same words to fight them.
LAUNDER = [
    (
        "re:\\b(launder\\w*|money laundering|wash(ing)? (your |the )?(dirty |black )?(money|"
        "cash|funds)|clean(ing)? (your |the )?(dirty|black) (money|cash)|dirty money|"
        "black money)\\b"
    ),
    "マネロン", "マネーロンダリング", "資金洗浄", "汚れたお金", "ブラックマネー",
    "re:(お金|金|資金)を(洗|ロンダリング)",
    "re:돈 ?세탁|자금 ?세탁|검은 ?돈|더러운 ?돈|세탁 ?(ok|가능|해 ?드림|해 ?드립|해 ?줌)",
    "洗钱", "洗錢", "洗黑钱", "洗黑錢", "黑钱", "黑錢", "脏钱", "髒錢", "re:(钱|資金|资金)洗白",
    "काला धन", "काले धन", "काली कमाई", "ब्लैक मनी", "मनी लॉन्ड्रिंग", "re:(पैसा|पैसे|धन) सफ़?फेद",
    "re:\\b(kala dhan|kaala dhan|kale dhan|kaale dhan|kali kamai|paisa safed|paise safed)\\b",
    "কালো টাকা", "কালোটাকা", "মানি লন্ডারিং", "টাকা সাদা", "অবৈধ টাকা",
    "re:\\b(kalo taka|kalo takar|taka sada|ortho pachar)\\b",
]  # fmt: skip
UNTRACED = [
    (
        "re:\\b(untraceable|untraced|non-?traceable|(can't|cannot|can not|won't|will not|never) "
        "be traced|no (paper )?trail|anonymous (wallets?|accounts?|transfers?|cards?)|no kyc|"
        "without (any )?kyc|kyc-?free|skip (the )?kyc|(won't|will not|never|can't) get caught)\\b"
    ),
    "re:追跡(不可|不能|できない|されない)", "足がつかない", "re:匿名(口座|ウォレット|送金)",
    "re:(バレ|ばれ|捕まら)(ない|ません)",
    "re:추적 ?(불가|안 ?(되|됨|돼)|못 ?하|불가능)", "re:익명 ?(지갑|계좌|송금)",
    "re:대포 ?(통장|계좌)",
    "re:걸릴 ?일 ?없|안 ?걸려|절대 ?안 ?걸",
    "无法追踪", "無法追蹤", "不可追踪", "追踪不到", "查不到", "免实名", "不用实名",
    "re:匿名(钱包|錢包|账户|賬戶|转账|轉賬)", "不会被抓", "抓不到",
    "re:ट्रेस (नहीं|न) (हो|होगा|होता|कर)",
    "re:बिना (केवाईसी|kyc)",
    "re:(गुमनाम|बेनामी) (खाता|खाते|वॉलेट)",
    "re:पकड़े (नहीं|न) (जाओगे|जाएंगे|जाओगी)",
    "re:\\b(trace nahi|trace nahin|bina kyc|kyc nahi|kyc ki zarurat nahi|pakde nahi jaoge)\\b",
    "re:ট্রেস (করা যাবে না|হবে না)",
    "re:(কেওয়াইসি|kyc) ছাড়া",
    "re:বেনামি (অ্যাকাউন্ট|ওয়ালেট|একাউন্ট)",
    "ধরা পড়বে না", "ধরা খাবে না",
    (
        "re:\\b(trace kora jabe na|trace hobe na|kyc chara|kyc charai|benami account|"
        "dhora porbe na|dhora khabe na)\\b"
    ),
]  # fmt: skip
TAX_DODGE = [
    (
        "re:\\b(no tax(es)? to pay|hide (it |your (money|income|cash|earnings) )?from (the )?"
        "(taxman|irs|hmrc|tax office)|(the )?(taxman|irs|hmrc|tax office) (won't|will never|"
        "can't|cannot|never) (know|find|see)|dodg(e|ing) (the )?tax(es|man)?|evad(e|ing) tax(es)?|"
        "tax evasion|skip paying tax(es)?)\\b"
    ),
    "脱税", "re:税務署(に|には)?(バレ|ばれ|見つから|知られ)",
    "re:申告(しなくて|不要|しないで|なし)", "탈세",
    "re:세금 ?(신고)? ?(안 ?해도|안 ?하고|없이|필요 ?없|안 ?내도|안 ?내고)",
    "re:세무서(에|가)? ?(모르|안 ?걸)",
    "逃税", "逃稅", "偷税", "偷稅", "不用报税", "不用報稅", "不用交税", "re:税务(局)?查不到",
    "re:टैक्स (नहीं|न) (देना|भरना|लगेगा)", "टैक्स चोरी", "कर चोरी",
    "re:\\b(tax chori|tax (nahi|na) (dena|bharna|lagega))\\b",
    "কর ফাঁকি", "ট্যাক্স ফাঁকি", "re:ট্যাক্স (দিতে হবে না|লাগবে না)",
    "re:\\b(tax faki|kor faki|tax dite hobe na|tax lagbe na)\\b",
]  # fmt: skip
LAUNDER_WARNING = [
    (
        "re:\\b(anti-?money[- ]laundering|aml|scams?|scammers?|fraud (alert|awareness|warning)|"
        "report suspicious|money mules?|beware|awareness|kyc (is )?(required|mandatory)|"
        "compliance|crackdown)\\b"
    ),
    "マネロン対策", "資金洗浄対策", "詐欺", "注意喚起",
    "re:자금 ?세탁 ?방지", "re:사기 ?주의", "re:피해 ?예방", "보이스피싱",
    "re:신고(하세요|해 ?주세요|센터)",
    "反洗钱", "反洗錢", "防诈骗", "防詐騙", "谨防", "警惕", "诈骗", "詐騙",
    "सावधान",
    "जागरूकता",
    "धोखाधड़ी",
    "re:\\b(savdhan|saavdhan|sabdhan|dhokha|protarona|sotorko)\\b",
    "সতর্ক", "সচেতনতা", "প্রতারণা",
]  # fmt: skip

# Goods kept from minors handed over at a school's gate or by the school after class: the
# buyers are the pupils, whatever the shop says about age.
SCHOOL_DROP = [
    (
        "re:\\b(drop(s|ped|ping)?( it| them)?( off)?|deliver\\w*|meet(ing)? (you|up)|pick ?ups?|"
        "hand(s|ed|ing)? (it |them )?over|sell(s|ing)?)\\b[^.!?\\n]{0,30}?\\b(by|at|near|outside|"
        "behind|to|round|around) (the )?([\\w'-]+ ){0,5}?(high|high school|school|academy|"
        "middle school|primary|secondary|grammar|junior high|sixth form|school gates?|schoolyard|"
        "campus)\\b"
    ),
    "re:(学校|高校|中学|校門)の?(前|近く|裏|そば|帰り)[^。\\n]{0,10}(届け|配達|渡|手渡|受け渡|売)",
    "re:(학교|학원|교문) ?(앞|근처|뒤|옆)[^.!?\\n]{0,10}(배달|전달|퀵|직거래|판매|갖다)",
    "re:(学校|校门|中学|高中|學校|校門)(口|门口|門口|附近|旁边|後門|后门)[^。\\n]{0,10}(送|交货|配送|交易|卖|賣|取货)",
    "re:送到(学校|校门|學校|校門)",
    "re:(स्कूल|कॉलेज)[^।\\n]{0,12}(गेट|के बाहर|के पास|के पीछे)[^।\\n]{0,12}(डिलीवरी|पहुंचा|पहुँचा|दे देंगे|बेच)",
    (
        "re:\\b(school|college)\\b[^.!?\\n]{0,12}\\b(gate|ke bahar|ke paas|ke pass|ke piche)\\b"
        "[^.!?\\n]{0,12}\\b(delivery|pahuncha\\w*|de denge|bech\\w*)\\b"
    ),
    "re:(স্কুল|কলেজ)(ের|এর)? ?(গেট|সামনে|পাশে|পেছনে)[^।\\n]{0,12}(ডেলিভারি|পৌঁছে|দিয়ে দেব|বিক্রি)",
    (
        "re:\\b(school|college)( ?er)? (gate|samne|pashe|pechone)\\b[^.!?\\n]{0,12}"
        "\\b(delivery|pouchhe|pouche|diye debo|bikri)\\b"
    ),
]  # fmt: skip

# Powder or pills in a little bag, sold by message with a same-day drop or no ID asked: a
# drug though none is named.
BAGGED = [
    (
        "re:\\b(baggies|zip ?lock( bags?)?|zip ?bags?|little bags|small bags|packets)\\b"
        "[^.!?\\n]{0,30}\\b(white powder|pills|tablets|crystals)\\b"
    ),
    "re:(パケ|小袋|チャック袋|ジップロック|ジップ袋)[^。\\n]{0,10}(白い粉|(?<![\\u4e00-\\u9fff])粉|錠剤|結晶)",
    "re:(지퍼 ?백|소분 ?봉투|작은 ?봉지|지퍼 ?봉투)[^.!?\\n]{0,10}((흰|하얀) ?가루|알약|결정)",
    "re:(지퍼 ?백|소분 ?봉투|작은 ?봉지|지퍼 ?봉투)[^.!?\\n]{0,10}(?<![가-힣])가루",
    "re:(흰|하얀) ?가루[^.!?\\n]{0,10}(지퍼 ?백|작은 ?봉지|소분|알약)",
    "re:(密封袋|自封袋|小袋|小包)[^。\\n]{0,10}(白色粉末|白粉|粉末|药丸|药片|晶体)",
    "re:(ज़िपलॉक|जिपलॉक|पुड़िया|छोटी थैली)[^।\\n]{0,12}(सफ़?ेद पाउडर|गोलियां|गोलियाँ)",
    "re:\\b(ziplock|zip lock|pudiya|puriya)\\b[^.!?\\n]{0,12}\\b(safed powder|goliyan|goli)\\b",
    "re:(জিপলক|পুরিয়া|ছোট প্যাকেট)[^।\\n]{0,12}(সাদা পাউডার|বড়ি|ট্যাবলেট)",
    "re:\\b(ziplock|puriya)\\b[^.!?\\n]{0,12}\\b(sada powder|bori|tablet)\\b",
]  # fmt: skip
SAME_DAY = [
    "re:\\b(same[- ]day|within the hour|1 ?hr|one hour) (drop|drops|delivery|dispatch)\\b",
    "即日", "当日配達", "re:당일 ?퀵", "re:당일 ?(배송|배달)", "re:퀵 ?배송", "当日达", "闪送",
    "re:(उसी दिन|आज ही) (डिलीवरी|पहुंचा)", "re:\\bsame day delivery\\b",
    "re:(আজকেই|একই দিনে) (ডেলিভারি|পৌঁছে)",
]  # fmt: skip
# -- a private person's number or street beside a humiliating edit; a drug's street name sold
# with no ID --------------------------------------------------------------------------------

# Their face made a joke of: acne or warts drawn over it, put in a nappy, dribbling snot.
# Alone a skincare "before" shot or a baby in a nappy; beside a private person's number or
# street and a group to pass it round, the edit is the humiliation.
DEFACED = [
    # A cross put over their face, as a target or a verdict.
    "re:\\b(red )?(x|cross)(es)?( mark)? (over|on|across|through) (his|her|their) face\\b",
    "re:顔に(赤い|大きな)?(バツ|×|✕|ばつ)",
    "re:얼굴(에|위에) ?(빨간 ?|큰 ?)?(엑스|x|×|가위표)",
    "re:脸上(打|画|划)(个|一个|上)?(红)?(叉|×)",
    "re:(चेहरे|मुँह) पर (लाल )?(क्रॉस|काटा)|\\bchehre (par|pe) (laal )?cross\\b",
    "re:মুখে (লাল )?(ক্রস|কাটা দাগ)|\\bmukhe (lal )?cross\\b",
    (
        "re:\\b(draw|paint|add|put|cover|give|photoshop|edit|slap)\\w*\\b[^.!?\\n]{0,30}?"
        "\\b(acne|pimples|zits|warts|boils|blackheads|snot|boogers)\\b"
    ),
    "re:\\b(covered in|full of|dotted with) (acne|pimples|zits|warts|boils)\\b",
    "re:\\b(in|wearing) (a |an adult )?(nappy|nappies|diaper|diapers)\\b",
    "re:(ニキビ|にきび|吹き出物|イボ|いぼ)[^。\\n]{0,8}(描|だらけ|いっぱい|加え|付け|足し)",
    "re:(おむつ|オムツ)(姿|をはい|を履い|を着|一枚|履かせ|はかせ)",
    "re:(鼻水|よだれ)を?(垂らし|たらし)",
    "re:(여드름|뾰루지|사마귀|종기|블랙헤드)[^.!?\\n]{0,8}(그려|잔뜩|가득|덮|추가|넣어|박아|범벅)",
    "re:기저귀 ?(차고|찬|입고|입은|입힌|입혀|채워)", "re:(콧물|침) ?(질질|줄줄)",
    "re:(痘痘|青春痘|粉刺|脓包|痦子)[^。，,\\n]{0,6}(画|p|加|长满|布满)",
    "re:(画|p|加|长满|布满|满脸)[^。，,\\n]{0,4}(痘痘|青春痘|粉刺|脓包)",
    "re:(穿|包)(着|上)?(纸尿裤|尿不湿|尿布)", "re:流(着)?(鼻涕|口水)",
    "re:(मुंहासे|मुँहासे|मुहांसे|फुंसी|फुंसियां|फुंसियाँ|मस्से)[^।\\n]{0,10}(बना|डाल|भर|लगा)",
    "re:डायपर (पहना|पहने|पहनी|में)",
    (
        "re:\\b(muhase|muhaase|munhase|pimples?|phunsi|phunsiyan|masse)\\b[^.!?\\n]{0,10}"
        "\\b(bana|daal|dal|bhar|laga)\\w*"
    ),
    "re:\\bdiaper (pehna|pehne|pehni|pahna|pahne|mein|me)\\b",
    "re:(ব্রণ|ফুসকুড়ি|আঁচিল)[^।\\n]{0,10}(এঁকে|দিয়ে|ভরা|ভরিয়ে|ভর্তি|লাগিয়ে)",
    "re:ডায়াপার (পরা|পরিয়ে|পরে)",
    (
        "re:\\b(bron|brono|pimples?|fuskuri|achil)\\b[^.!?\\n]{0,10}"
        "\\b(eke|ekhe|diye|bhora|bhoriye|bhorti|lagiye)\\b"
    ),
    "re:\\bdiaper (pora|poriye|pore)\\b",
]  # fmt: skip
# Strangers told to ring or pester them, or a "lonely, call me" line put in their mouth.
CALL_THEM = [
    # Readers asked to go and see the person for themselves: "why not pay him a visit?",
    # 会いに行ってみては, 찾아가 보세요, 去找他聊聊, "milne jao", "dekha kore asun".
    (
        "re:\\b(pay|give) (him|her|them) a (visit|call)\\b|\\b(go|drop by|swing by|pop round|"
        "head over)( and| to)? (visit|see|meet|find) (him|her|them)( yourselves?| in person)?\\b"
    ),
    "re:(会いに|訪ねて|押しかけて)(行って|いって)(みては|みて|みよう|あげ|ください)",
    "re:(찾아가|만나러 가) ?(보세요|봐요|보자|봅시다|주세요)",
    "re:(去|上门)(找|见|会会|拜访)(他|她|他们)(吧|一下|看看|聊聊)",
    "re:\\b(milne|mil ?ke aao|dekha kore|dekha korte) (jao|jaiye|chalo|asun|aso|jan|jao)\\b",
    "re:(मिलने) (जाओ|जाइए|चलो)|(দেখা করে|দেখা করতে) (আসুন|যান|আসো|যাও)",
    # People sent to the person's door: "go to her door and complain", 집 앞에 가서 따지세요,
    # 家に押しかけて, 去她家门口堵她, "uske ghar jaakar", "or basay giye".
    (
        "re:\\b(go|turn up|show up|head) (to|at) (her|his|their) (door|doorstep|house|home|flat|"
        "apartment)\\b"
    ),
    "re:(家|自宅)(に|まで)(押しかけ|行って文句|乗り込)",
    "re:집 ?(앞에|앞으로|으로|까지) ?(가서|찾아가|몰려가)",
    "re:(去|到)(她|他|他们)家(门口)?(找|闹|堵|骂|讨说法)",
    "re:(उसके|उनके|इसके) घर (जाकर|जा कर|पहुंचकर|पहुँचकर)",
    (
        "re:\\b(uske|unke|iske) ghar (jaakar|jakar|ja ke|pahunch)\\w*|\\b(or|tar|onar) (basay|"
        "barite) giye\\b"
    ),
    "re:(ওর|তার|ওনার|এর) (বাসায়|বাড়িতে) গিয়ে",
    (
        "re:\\b(so|let|get|make) (that )?(people|everyone|everybody|strangers|guys|men|randoms|"
        "the whole town) (can |will |could )?(call|ring|text|message|pester|bother|harass|"
        "disturb)\\w*\\b"
    ),
    (
        "re:\\b(call|ring|text) (her|him|them) (anytime|any time|day and night|all night|"
        "nonstop|non-stop)\\b"
    ),
    "re:\\b(lonely|bored|so alone)\\b[^.!?\\n]{0,24}\\b(call|text|ring|dm) me\\b",
    "re:寂し(い|くて)[^。\\n]{0,12}(電話|連絡|ライン|line)", "re:いつでも(電話|連絡)してね",
    "re:(みんな|皆|誰でも|知らない人)[^。\\n]{0,6}(電話|連絡)(して|させ|でき|が来る)",
    "re:(외로워|외로우니|외로워서|심심해|심심하니)[^.!?\\n]{0,12}(전화|연락|톡)",
    "re:(아무나|누구든|다들|사람들이?) ?[^.!?\\n]{0,6}(전화|연락|문자)(하게|해 ?주|오게|하라고)",
    "re:(寂寞|孤单|孤單|无聊)[^。，\\n]{0,10}(打给我|找我|联系我|加我)",
    (
        "re:(让|叫|号召)(大家|所有人|群里的?人|网友|陌生人|别人)[^。\\n]{0,6}(打电话|打她电话|打他电话|"
        "给她打|给他打|骚扰|加她|加他)"
    ),
    "re:(随时|天天|半夜)(都)?(给她|给他)打(电话)?",
    "re:(लोग|सब|सारे)[^।\\n]{0,8}(फोन|फ़ोन|कॉल) (करके|कर के|करें|करे) (परेशान|तंग)",
    "re:(अकेली|अकेला) (हूँ|हूं|हु)[^।\\n]{0,12}(कॉल|फोन|फ़ोन)",
    (
        "re:\\b(log|sab|sare|sabhi)\\b[^.!?\\n]{0,8}\\b(call|phone) (karke|kar ke|karein|kare|"
        "karo) (pareshan|tang)\\w*"
    ),
    "re:\\b(akeli|akela) (hoon|hun|hu)\\b[^.!?\\n]{0,12}\\b(call|phone)\\b",
    "re:(লোক|সবাই|লোকজন)(েরা)?( যেন)?[^।\\n]{0,6}(ফোন|কল) (করে|দিয়ে) (বিরক্ত|জ্বালা|ডিস্টার্ব)",
    "re:(একা|একলা) (আছি|লাগে)[^।\\n]{0,12}(ফোন|কল)",
    (
        "re:\\b(lok|lokjon|sobai|manush)( jeno| jano)?\\b[^.!?\\n]{0,6}\\b(call|phone|fon) "
        "(kore|diye) (disturb|birokto|birakto|jalay|jalabe|jalaye)\\w*"
    ),
    "re:\\b(eka|ekla) (achi|lage)\\b[^.!?\\n]{0,12}\\b(call|phone|fon)\\b",
    # Readers sent to their door: "go ask him at home", 家まで押しかけて, 집에 찾아가서 따져,
    # 去他家问问, "ghar jaakar poochho", "barite giye jiggesh korun".
    (
        "re:\\b(go|come|drop by|call round|visit|knock|ask|tell|confront)\\b[^.!?\\n]{0,16}"
        "\\b(at|to) (his|her|their) (home|house|door|doorstep|place|flat)\\b"
    ),
    "re:(家|自宅|部屋)(まで|に|へ)(行って|押しかけ|訪ねて|乗り込ん)",
    # Sent to the place the poster shows, with a greeting for cover: "go say hi", 찾아가서 인사해.
    "re:\\bgo (say hi|say hello|visit|pay a visit)\\b",
    "re:(여기|거기|저기|가게|집|아파트|회사|학교)(에|로|까지)? ?찾아 ?가(서|라|자|봐)",
    "re:(ここ|そこ|店|家)(に|へ|まで)(行って|凸って)(挨拶|あいさつ)",
    "re:(去|到)(这|那|店|家)(里|儿)?(找|堵|打个招呼|打招呼|问候|坐坐)",
    "re:(वहाँ|यहाँ|वहां|यहां|दुकान) (जाकर|जा के) (मिलो|हाय|हेलो)",
    "re:(সেখানে|ওখানে|এখানে|দোকানে) (গিয়ে|যেয়ে) (দেখা|হাই|হ্যালো)",
    "re:(집|자택|집 ?앞)(에|으로|까지)? ?(찾아가|쳐들어가|가서 ?(물어|따져))",
    "re:(去|到|上)(他|她|他们|她们)家(里)?(去)?(问|找|堵|闹|讨说法|讨个说法|要说法)",
    "re:(घर|घर पर|घर जाकर|घर जा के)[^।\\n]{0,6}(पूछो|पूछिए|पूछें|जवाब मांगो|घेरो)",
    (
        "re:\\bghar (ja ?kar|jaake|ja ke|pe ja\\w*)\\b[^.!?\\n]{0,10}\\b(pucho|poocho|puchho|"
        "puchiye|poochiye|gher\\w*|jawab mango)\\b"
    ),
    "re:(বাড়িতে|বাসায়) (গিয়ে|যেয়ে) (জিজ্ঞেস|জিগ্যেস|ধরুন|ধরো|ঘেরাও)",
    (
        "re:\\b(barite|bari te|basay|bashay) (giye|jeye) (jiggesh|jigesh|jiggasha|dhorun|dhoro|"
        "gherao)\\w*"
    ),
]  # fmt: skip
# A woman called "cheap goods": the slur that offers her to the group.
CHEAP_SLUR = [
    "re:\\b(sasta|sasti|sastaa|sosta|shosta|shasta) (maal|mal)\\b", "सस्ता माल", "सस्ती लड़की",
    "সস্তা মাল", "re:\\bcheap (slut|tart|whore|lay)\\b", "安い女", "安っぽい女",
    "re:싸구려 ?(여자|년)", "廉价女人", "廉價女人",
]  # fmt: skip
# Where they can be found, beyond the street address: the estate, the flats, the college.
WHERE_THEY_ARE = [
    (
        "re:\\b(her|his|their) (neighbou?rhood|estate|building|flat|apartment|college|"
        "university|school|campus|workplace|hostel|dorm)( name| address)?\\b"
    ),
    (
        "re:\\b(the )?(college|school|building|estate|office) (she|he|they) (goes to|attends|"
        "lives in|works at)\\b"
    ),
    "re:(住んでる|住んでいる|住む)(町|地区|マンション|アパート|団地|エリア)",
    "re:(大学名|学校名|会社名|勤務先|最寄り駅)(も|まで)",
    "re:사는 ?(동네|아파트|곳|빌라|단지)",
    (
        "re:(동네|아파트|학교|회사|직장)(\\([^)]{0,30}\\))?(도|까지) ?[^.!?\\n]{0,8}?"
        "(적|넣|박|올리|공개|써)"
    ),
    "re:(住的|住在|住哪)(个)?(小区|楼|哪)",
    "re:(学校|公司|单位|小区)(名字|名称)?(也|都)(写|放|加|标)",
    "re:(उसका|उसकी|उसके) (मोहल्ला|कॉलोनी|कॉलेज|ऑफिस|स्कूल)", "re:(कॉलेज|मोहल्ले|हॉस्टल) का नाम",
    "re:\\b(uska|uski|uske) (mohalla|colony|college|office|school|hostel)\\b",
    "re:\\b(college|mohalle|hostel) ka naam\\b",
    "re:(ওর|তার|ওনার) (কলেজ|অফিস|পাড়া|এলাকা|স্কুল|হোস্টেল)", "re:(কলেজ|হোস্টেল|স্কুল)ের নাম",
    "re:\\b(or|tar|onar) (college|office|para|elaka|school|hostel)\\b",
    "re:\\b(college|hostel|school) ?(er|r) (naam|nam)\\b",
]  # fmt: skip
# A phone number written out, masked or not: 090-xxxx-5521, 017XXXXXXXX, 138xxxx1234.
NUMBER_WRITTEN = [
    "re:(?<![\\w+-])(\\+\\d{1,3}[- ]?)?0\\d{1,4}[- ]?[\\dx*]{2,4}[- ]?[\\dx*]{3,4}(?![\\w-])",
    "re:(?<![\\w+-])1[3-9]\\d[- ]?[\\dx*]{4}[- ]?[\\dx*]{4}(?![\\w-])",
]
# Who they are, told by their handle and photo or by the bad review they left.
SOMEONE_ONLINE = [
    # The person behind a handle unmasked: "her real name", 본명, 本名, 真名, "asli naam".
    "re:\\b(her|his|their) (real|full legal|legal) name\\b", "본명", "re:(の|、)本名",
    "真名", "真实姓名",
    "re:(उसका|उसकी|उनका) असली नाम", "re:\\b(uska|uski|unka) asli naam\\b", "re:(ওর|তার) আসল নাম",
    "re:@[a-z0-9_.]{3,}[^.!?\\n]{0,12}(사진|프사|photo|pic|写真|照片|头像|chobi|chhobi|tasveer)",
    "re:(인스타|페북|insta|instagram|fb|facebook)[^.!?\\n]{0,16}(사진|프사) ?(캡쳐|캡처|퍼|따)",
    # The photo taken off a person's own profile: "his Facebook photo", उसकी फेसबुक वाली फोटो.
    (
        "re:\\b(his|her|their) (facebook|fb|insta|instagram|profile|linkedin|whatsapp|dp)"
        "( profile)? (photo|picture|pic|dp)\\b|\\b(uski|uska|unki|or|tar) (facebook|fb|insta)"
        "( wali| er)? (photo|pic|chobi|chhobi)\\b"
    ),
    "re:(उसकी|उसका|उनकी|इसकी) (फेसबुक|इंस्टा|इंस्टाग्राम|व्हाट्सऐप) (वाली |की )?(फोटो|तस्वीर|डीपी)",
    "re:(ওর|তার|ওনার) (ফেসবুক|ইনস্টা|ইনস্টাগ্রাম)(ের)? (ছবি|প্রোফাইল)",
    "re:(その人|あいつ|彼|彼女)の(フェイスブック|インスタ|SNS)の?(写真|アイコン)",
    "re:(他|她)的?(朋友圈|脸书|微信|头像)[^。\\n]{0,4}(照片|头像)",
    (
        "re:\\b(the |that )?(woman|guy|man|girl|customer|lady) who (left|gave|wrote|posted) "
        "(us )?(a |the |that )?(1-star|one-star|one star|1 star|bad|nasty) review\\b"
    ),
    "re:(星1|星ひとつ|低評価|悪いレビュー)[^。\\n]{0,8}(つけた|書いた|した)(客|人|女|男)",
    "re:(별점|평점) ?[^.!?\\n]{0,6}(준|남긴|쓴) ?(그 )?(여자|남자|사람|손님|분)",
    "re:(差评|一星)[^。\\n]{0,6}的(那个)?(女的|男的|人|顾客|客人)",
    "re:(1 स्टार|एक स्टार|बुरा रिव्यू)[^।\\n]{0,6}(देने|दिया) (वाली|वाला)",
    "re:\\b(1 star|one star|bura review)\\b[^.!?\\n]{0,6}\\b(dene|diya) (wali|wala)\\b",
    "re:(১ স্টার|এক স্টার|খারাপ রিভিউ)[^।\\n]{0,6}(দেওয়া|দিয়েছে|দিয়েছিল)",
    "re:\\b(1 star|ek star|kharap review)\\b[^.!?\\n]{0,6}\\b(deya|diyeche|dilo)\\b",
]  # fmt: skip

# A drug offered with no questions, paid into a phone wallet, or sold by the gram.
NO_QUESTIONS = [
    "re:\\bno questions( asked)?\\b",
    "re:\\b(kono|kono rokom) (proshno|prosno|proshn) (nai|nei|na)\\b",
    "re:\\b(koi|kuch) (sawal|savaal|sawaal) (nahi|nahin|na)\\b", "re:कोई सवाल (नहीं|नही)",
    "re:কোনো প্রশ্ন (নেই|নাই)", "re:묻지도 ?(따지지도|않|마)", "re:아무것도 ?안 ?물어",
    "re:(什么都|啥都)不问",
    "re:不问(来历|原因|用途|身份)",
    "re:(何も|なにも)聞か(ない|ず)",
    "詮索なし",
]  # fmt: skip
PAY_WALLET = [
    (
        "re:\\b(bkash|bikash|nagad|rocket|paytm|phonepe|gpay|google pay|upi|venmo|cash ?app|"
        "zelle|paypay|kakao ?pay)\\b"
    ),
    "বিকাশ", "নগদ", "पेटीएम", "फोनपे", "카카오페이", "토스로", "支付宝", "微信转账", "re:ペイペイ",
]  # fmt: skip
BY_GRAM = [
    "re:\\b(from|starting at|min(imum)?) \\d+(\\.\\d+)? ?(g|gm|grams?)\\b",
    "re:\\d+(\\.\\d+)? ?(g|gm|그램|グラム|克)(부터|から|起)",
    "re:\\b\\d+(\\.\\d+)? ?(g|gm|grams?) (se|theke) (shuru|suru)\\b",
]  # fmt: skip
# The help or the campaign said to be a cover: "in the name of awareness, but actually".
PRETEXT = [
    "re:\\bunder the (guise|cover|pretext) of\\b", "re:\\bas a front\\b",
    (
        "re:\\b(awareness|anti-drug|charity|campaign|psa)\\b[^.!?\\n]{0,40}\\bbut (actually|"
        "really|secretly|in fact) (we|i|we'll|i'll|it's|it is|sell\\w*|tak\\w* orders)\\b"
    ),
    (
        "re:\\b(awareness|campaign|sachetanata|jagrukta|sochetonota)\\b[^.!?\\n]{0,40}"
        "\\b(kintu|tobe|lekin|par|magar) (asole|ashole|asal|asli)\\b"
    ),
    (
        "re:\\b(er|ke) (naam|nam) (e|pe|par|diye)\\b[^.!?\\n]{0,40}\\b(asole|ashole|asal me|"
        "asal mein)\\b"
    ),
    "re:(जागरूकता|अभियान|कैंपेन)[^।\\n]{0,30}(के नाम पर|के बहाने)",
    "re:(के नाम पर|के बहाने)[^।\\n]{0,40}असल (में|मे)",
    "re:(সচেতনতা|ক্যাম্পেইন|প্রচারণা)[^।\\n]{0,20}(নামে|ছুতোয়|অজুহাতে)",
    "re:(নামে|ছুতোয়|অজুহাতে)[^।\\n]{0,40}আসলে",
    "re:(啓発|キャンペーン|注意喚起|撲滅)[^。\\n]{0,10}(名目|の体|てい|フリ|ふり|を装)",
    "re:表向きは[^。\\n]{0,20}(実は|裏で)",
    "re:(캠페인|인식 ?개선|예방|공익)[^.!?\\n]{0,10}(인 ?척|척하고|핑계|명목|간판|빙자)",
    "re:겉으로는[^.!?\\n]{0,20}(사실은|실제로는|실은)",
    "re:打着[^，。\\n]{0,10}(旗号|幌子)",
    "re:(以|借)[^，。\\n]{0,8}(宣传|公益|防毒|禁毒)(为|的)?(名义|幌子|掩护)",
    "re:表面上[^。\\n]{0,20}(其实|实际上)",
]  # fmt: skip
_DEFACED = _plain(DEFACED)
_CALL_THEM = _plain(CALL_THEM)
_CHEAP_SLUR = _plain(CHEAP_SLUR)
_WHERE_THEY_ARE = _plain(WHERE_THEY_ARE)
_NUMBER_WRITTEN = _plain(NUMBER_WRITTEN)
_SOMEONE_ONLINE = _plain(SOMEONE_ONLINE)
_JOKE = _plain(JOKE)
_NO_QUESTIONS = _plain(NO_QUESTIONS)
_PAY_WALLET = _plain(PAY_WALLET)
_BY_GRAM = _plain(BY_GRAM)
_PRETEXT = _plain(PRETEXT)
_APE_AS = _plain(APE_AS)
_KEEP_OUT = _group_list(KEEP_OUT)
_KEEP_OUT_ACT = _plain(KEEP_OUT_ACT)
_LAUNDER = _plain(LAUNDER)
_UNTRACED = _plain(UNTRACED)
_TAX_DODGE = _plain(TAX_DODGE)
_LAUNDER_WARNING = _plain(LAUNDER_WARNING)
_SCHOOL_DROP = _plain(SCHOOL_DROP)
_BAGGED = _plain(BAGGED)
_SAME_DAY = _plain(SAME_DAY)

# -- held-out 38-39: former partners and staff exposed; scams and drugs sold under a cover ----

# A former partner or a former employee: whoever they are to the brief, their exposure is
# a grudge. "my ex", 元カノ, 退職した元社員, 전 여친, 퇴사한 직원, 前女友, 离职员工,
# "purani girlfriend", প্রাক্তন কর্মী, "ex-employee".
FORMER_TIE = [
    (
        "re:\\b(my|our|his|her|meri|mera|amar|amader) ex\\b|\\bex[- ]?(girlfriend|boyfriend|"
        "gf|bf|wife|husband|partner|employee|employees|staffer|staff|worker|intern|colleague)\\b|"
        "\\b(former|fired|sacked|dismissed|departed) (employee|staffer|staff member|worker|"
        "intern|colleague|girlfriend|boyfriend|partner|wife|husband)\\b|\\b(employee|staffer|"
        "worker|intern) who (quit|resigned|left)\\b"
    ),
    "元カノ", "元カレ", "元彼", "元嫁", "元夫", "元妻", "元旦那", "元恋人", "退職者", "퇴사자",
    "re:元(社員|従業員|スタッフ|バイト|アルバイト|部下|同僚)",
    "re:(退職|退社|辞め|クビにな|解雇され)[^。\\n]{0,8}(社員|従業員|スタッフ|バイト|部下|同僚|子)",
    "re:전 ?(남친|여친|남자친구|여자친구|남편|아내|와이프|애인|직원|동료)",
    "re:(퇴사한|그만둔|잘린|해고된|헤어진) ?(직원|알바생?|동료|여친|남친|여자친구|남자친구|사원)",
    "前男友", "前女友", "前夫", "前妻", "前任", "前员工", "前同事", "前員工",
    "re:(离职|離職|辞职|被开除|被辞退)(的)?(员工|員工|同事|店员)",
    "re:(पूर्व|पुरानी|पुराने|एक्स) (गर्लफ्रेंड|बॉयफ्रेंड|पत्नी|पति|कर्मचारी|स्टाफ|प्रेमिका|प्रेमी)",
    "re:नौकरी छोड़(कर| के)? (गई|गया|चुकी|चुका)",
    (
        "re:\\b(purani|purana|purane|purva|poorv) (girlfriend|boyfriend|biwi|pati|employee|"
        "karmchari|staff)\\b|\\b(praktan|prakton|purono|purano) (premika|premik|stri|swami|"
        "karmi|karmachari|kormi|employee|staff)\\b|\\bchakri chh?e(re|de) (diyeche|dise|gechhe)\\b"
    ),
    "re:প্রাক্তন (প্রেমিকা|প্রেমিক|স্ত্রী|স্বামী|কর্মী|কর্মচারী|সহকর্মী|বান্ধবী)",
    "re:এক্স[- ]?(বয়ফ্রেন্ড|গার্লফ্রেন্ড|হাজব্যান্ড|ওয়াইফ|স্বামী|স্ত্রী)",
    "re:\\bex[- ]?(bf|gf|boyfriend|girlfriend|husband|wife) (ka|ki|ke|er|r)\\b",
    "re:(চাকরি ছেড়ে|চাকরি ছেড়েছে|ছাঁটাই হওয়া)",
]  # fmt: skip
# Their address, number or photo said of a former partner or employee: the exposure itself.
TIE_DETAILS = [
    (
        "re:\\b(address|addresses|phone|mobile|number|selfie|photo|photos|pic|picture|face|"
        "full name|pata|thikana|nombor|nambar|chobi|chhobi|tasveer)\\b"
    ),
    "住所", "電話番号", "携帯", "写真", "顔", "本名", "주소", "번호", "사진", "얼굴", "실명",
    "地址", "电话", "手机号", "照片", "真名", "पता", "नंबर", "फोटो", "फ़ोटो", "तस्वीर",
    "ঠিকানা", "নম্বর", "নাম্বার", "ছবি",
    "re:\\bcontact (details|number|info)\\b", "連絡先", "연락처", "联系方式", "संपर्क", "যোগাযোগ",
    # The handle they can be messaged on: LINEのID, 카톡 아이디, 微信号, "insta handle".
    (
        "re:\\b(line|kakao|wechat|insta|instagram|snap|snapchat|telegram|fb|facebook) ?(id|"
        "handle|account)\\b|(?<![a-z])line ?(の)?id"
    ),
    "カカオID", "카톡 ?아이디", "re:인스타 ?(아이디|계정)", "微信号", "QQ号", "抖音号",
    "re:(इंस्टा|इंस्टाग्राम|फेसबुक) (हैंडल|आईडी|अकाउंट)", "re:(ইনস্টা|ফেসবুক) (আইডি|অ্যাকাউন্ট)",
]  # fmt: skip
# Shown blind drunk or passed out in the street: an edit that shames whoever it is put on.
SHOWN_DRUNK = [
    (
        "re:\\b(blind|dead|falling-down|blackout|stinking) drunk\\b|\\b(drunk|wasted|"
        "passed out)\\b[^.!?\\n]{0,20}\\b(in (the|a) (gutter|street|road|ditch|alley)|on the "
        "(street|road|pavement|sidewalk|floor))\\b|\\b(shown|show|looking|lying|sprawled)\\b"
        "[^.!?\\n]{0,12}\\b(drunk|wasted|passed out)\\b"
    ),
    "泥酔", "酔いつぶれ", "酔い潰れ", "re:酔っ(払|ぱら)って[^。\\n]{0,6}(倒れ|寝て|寝転|路上)",
    "만취", "꽐라", "re:술(에|이)? ?취해[^.!?\\n]{0,8}(쓰러|뻗|누워|자는)",
    "烂醉", "爛醉", "醉倒", "re:喝(得|醉)[^。，\\n]{0,4}(躺|倒|趴)",
    "नशे में धुत", "re:(शराब|दारू) के नशे में", "re:\\b(nashe|nashey) (mein|me|main) dhut\\b",
    "re:\\b(tulli|talli|sharab ke nashe)\\b",
    "re:মাতাল (অবস্থায়|হয়ে)", "re:মদ খেয়ে[^।\\n]{0,10}(পড়ে|রাস্তায়)",
    "re:\\bmatal (obosthay|obostha|obosthai|hoye)\\b",
    "re:\\bmod kheye\\b[^.!?\\n]{0,12}\\b(pore|rastay)\\b",
]  # fmt: skip
# Called a traitor or an ingrate for leaving or for complaining: 裏切り者, 배신자, गद्दार.
DISLOYAL = [
    (
        "re:\\b(traitor|traitors|ingrate|backstabber|back-stabber|turncoat|attention[- ]"
        "seeker|troublemaker|gaddar|gadaar|namak ?haram|beiman|beiiman|bishwashghatok)\\b"
    ),
    "裏切り者", "恩知らず", "かまってちゃん", "배신자", "배은망덕", "관종", "叛徒", "白眼狼",
    "内鬼",
    "गद्दार", "नमकहराम", "धोखेबाज़", "বেইমান", "বিশ্বাসঘাতক", "নিমকহারাম",
]  # fmt: skip
# Held up to colleagues as the example not to follow: 反面教師, 반면교사, 反面典型.
BAD_EXAMPLE = [
    (
        "re:\\b(bad|cautionary|negative) example\\b|\\bwhat not to (do|be)\\b|"
        "\\b(wall|hall) of shame\\b"
    ),
    "反面教師", "反面教材", "반면교사", "反面典型", "反面案例",
    "re:(बुरा|ग़लत|गलत) (उदाहरण|मिसाल)", "re:\\b(bura|galat) (udaharan|misaal|example)\\b",
    "re:খারাপ (উদাহরণ|দৃষ্টান্ত)", "re:\\b(kharap|baje) (udahoron|udaharan|example)\\b",
]  # fmt: skip
# A made-up person: a training slide's or a campaign's invented character.
MADE_UP = [
    "re:\\b(fictional|fictitious|hypothetical|made-up|imaginary|invented) (character|person|"
    "employee|ex-employee|staff|colleague|people|figures?|ex)\\b",
    "架空の", "가상의", "虚构的", "虛構的", "re:काल्पनिक (पात्र|कर्मचारी|व्यक्ति|किरदार)",
    "re:\\b(kalpanik|kalponik) (patra|charakter|character|kormi|karmchari|chorittro)\\b",
    "re:কাল্পনিক (চরিত্র|কর্মী|ব্যক্তি)",
]  # fmt: skip
# Put out to make them drop a complaint or a case: the exposure as pressure.
DROP_COMPLAINT = [
    (
        "re:\\b(withdraw|withdraws|drop|drops|retract|retracts|pull)\\b[^.!?\\n]{0,12}"
        "\\b(complaint|complaints|case|charges|report|grievance|lawsuit)\\b|\\b(complaint|case|"
        "charges|grievance) (withdraw|wapas|tule|prottahar)\\w*"
    ),
    "re:(訴え|告発|被害届|申し立て|苦情)を?取り下げ",
    "re:(고소|신고|진정|민원)(을|를)? ?취하",
    "撤诉", "撤訴", "re:撤(回|销|銷)[^。，\\n]{0,4}(投诉|投訴|举报|舉報|起诉|控告)",
    "re:शिकायत (वापस|वापिस)", "re:\\bshikayat (wapas|vapas|wapis)\\b",
    "re:অভিযোগ (তুলে|প্রত্যাহার)", "re:\\b(obhijog|abhijog) (tule|prottahar)\\w*",
]  # fmt: skip
# Circulated in-house: the newsletter, the intranet, the alumni group.
IN_HOUSE = [
    "re:\\b(newsletter|intranet|alumni (group|page|network)|staff (bulletin|magazine))\\b",
    "社内報", "社報", "社内ポータル", "イントラ", "사내보", "사내 ?뉴스레터", "사내 ?게시판",
    "内刊", "公司内网", "内部通讯", "员工通讯", "न्यूज़लेटर", "न्यूजलेटर", "নিউজলেটার",
    "অ্যালামনাই",
]  # fmt: skip

# Returns promised on a coin, a token or a trading scheme: no honest investment is certain.
GUARANTEED_GAIN = [
    (
        "re:\\bguarantee(d|s)? (\\d+ ?(x|%) )?(returns?|profits?|gains?|income|payouts?|yields?|"
        "roi)\\b|\\bguarantee(d|s)? \\d+ ?(x\\b|%)|"
        "\\b(returns?|profits?|gains?|roi|\\d+ ?x)( are| is)? (guaranteed|assured|certain|locked "
        "in)\\b|\\b(risk[- ]free|zero[- ]risk) (returns?|profits?|gains?|investment)\\b|"
        "\\b100 ?% (profit|returns?|gains?)\\b"
    ),
    # Japanese says "no guarantee" after the word: 元本保証はありません.
    (
        "re:(元本|利益|利回り|月利|年利|配当)[^。\\n]{0,6}(保証|保障)"
        "(?!(は|も|が)?(ありません|ない|なし|無し|され(ません|ない)|できません|いたしかね))"
    ),
    "re:(必ず|確実に|絶対|100%)(儲か|稼げ|値上がり)",
    "re:원금 ?보장", "re:수익(률)? ?보장", "re:떡상 ?(보장|확정)", "re:확정 ?수익",
    "re:무조건 ?(수익|떡상)",
    "保本保息", "稳赚不赔", "穩賺不賠", "稳赚", "包赚", "只赚不赔", "保证收益", "保证回报",
    "收益保证",
    "re:(गारंटीड|गारंटी वाला|पक्का|पक्की) (रिटर्न|मुनाफा|मुनाफ़ा|कमाई|फायदा)",
    (
        "re:\\b(guaranteed|guarantee|pakka|pakki) (return|returns|munafa|profit|kamai|fayda|"
        "labh|lav)\\b"
    ),
    "re:(নিশ্চিত|গ্যারান্টিড|গ্যারান্টি) (লাভ|মুনাফা|রিটার্ন|আয়)",
    "re:\\b(nishchit|nischit|nishchito) (labh|lav|munafa|return|profit|ay)\\b",
]  # fmt: skip
# A multiple promised outright: "double your money", 10배 확정, 10倍確定, 保证翻倍.
SURE_MULTIPLE = [
    (
        "re:\\b(double|triple) your (money|investment|deposit|crypto)\\b(?! back)|"
        "\\b\\d+ ?x (guaranteed|for sure|certain)\\b|\\bguaranteed \\d+ ?x\\b"
    ),
    "re:\\d+倍(確定|保証|確実)", "re:\\d+ ?배 ?(확정|보장)", "re:(保证|稳|包)(翻倍|\\d+倍)",
    "re:(पैसा|पैसे) (डबल|दोगुना)", "re:\\b(paisa|paise) (double|dugna|doguna)\\b",
    "re:টাকা (ডাবল|দ্বিগুণ)", "re:\\btaka (double|digun|dwigun)\\b",
]  # fmt: skip
SPECULATIVE = [
    (
        "re:\\b(crypto\\w*|coins?|memecoins?|tokens?|bitcoin|btc|eth|nft|nfts|presale|ico|"
        "forex|trading (signals?|bot|group|scheme)|binary options?|investment (scheme|plan|"
        "pool|club)|ponzi|mlm)\\b"
    ),
    "仮想通貨", "暗号資産", "コイン", "トークン", "ミームコイン", "自動売買",
    # Latin tokens run into CJK words have no word boundary: NFT项目, FX自動売買.
    "re:(?<![a-z])(nft|nfts|ico|btc|eth|fx|usdt)(?![a-z])",
    "코인", "밈코인", "토큰", "가상화폐", "암호화폐", "리딩방",
    "币", "代币", "虚拟货币", "加密货币", "数字货币",
    "क्रिप्टो", "कॉइन", "टोकन", "re:\\b(niwesh|nivesh) (scheme|yojana|plan)\\b", "निवेश योजना",
    "ক্রিপ্টো", "কয়েন", "টোকেন", "re:\\bbiniyog (scheme|prokolpo|plan)\\b", "বিনিয়োগ প্রকল্প",
]  # fmt: skip
# The investors' money taken and the project dropped, planned beforehand.
RUG_PULL = [
    (
        "re:\\brug[- ]?pull\\w*\\b|\\bexit scam\\b|\\bpump[- ]and[- ]dump\\b|\\bdump (on|our "
        "bags on) (them|holders|the community|investors|buyers)\\b|\\b(disappear|vanish|run off|"
        "run away) with (the|their|investors'?) (money|funds|deposits)\\b"
    ),
    "ラグプル", "re:(資金|お金|金)を?持ち逃げ", "러그풀", "re:러그 ?풀",
    "re:(먹튀|털고 ?튈|잠수 ?탈) ?예정",
    "卷款跑路", "re:(拉盘|拉高)[^。，\\n]{0,4}砸盘", "re:(下周|到时|然后|就)跑路",
    "रग पुल", "re:\\b(paisa|paise) (lekar|leke) (bhaag|bhag)\\w*", "re:(पैसा|पैसे) (लेकर|लेके) भाग",
    "রাগ পুল", "re:টাকা নিয়ে (পালা|উধাও)", "re:\\btaka niye (palabo|palano|udhao)\\w*",
]  # fmt: skip
# A poster that warns about the same promises or a scheme's collapse names them to protect.
SCAM_WARNING = [
    (
        "re:\\b(beware|scam alert|red flags?|warning signs?|(is|are) (always |a |usually )*"
        "scams?|fraud awareness|don'?t fall for|protect yourself|never trust)\\b"
    ),
    (
        "re:\\b(scam|fraud) (awareness|alert|warning|prevention)\\b|\\b(seta|eta|ota|eita|ye|yeh|"
        "woh|wo|that'?s|it'?s|this is|that is) (a |ek |toh |to )?(scam|fraud|dhokha)\\b"
    ),
    "詐欺に注意", "詐欺の手口", "詐欺です", "詐欺だ", "re:사기 ?(주의|예방|수법|경보)",
    "사기입니다", "re:사기(예요|다|임)",
    "谨防", "防骗", "re:防范[^。，\\n]{0,4}(诈骗|骗局)", "是骗局", "都是骗局", "警惕",
    "सावधान", "re:धोखाधड़ी से (बचें|सावधान)", "re:(धोखा|स्कैम|फ्रॉड) है",
    "re:\\b(savdhan|sabdhan|savdhaan)\\b",
    "সাবধান", "re:প্রতারণা (থেকে|হতে) সতর্ক", "re:(স্ক্যাম|প্রতারণা)(ের)? (সচেতনতা|থেকে বাঁচুন)",
]  # fmt: skip

# A drug given a harmless name in the copy: "write 'vitamin' so it doesn't get banned",
# products in code words, ビタミンって書いて, 영양제라고 써, 写成维生素.
COVER_NAME = [
    (
        "re:\\b(call|label|write|list|tag|name|market|sell|describe)\\w*\\b[^.!?\\n]{0,15}"
        "\\bas ['\"]?(vitamins?|supplements?|protein|multivitamins?|herbal (tea|remedy|"
        "supplements?)|sweets|candy)\\b|\\b(say|write|put|use)\\w* ['\"](vitamins?|supplements?|"
        "protein)['\"]|\\bso (it|we|the (post|ad|page|account)) (doesn't|does not|won't|don't|"
        "do not) get (banned|flagged|taken down|removed)\\b|\\b(in|with|using) code ?words?\\b|"
        "\\bcode ?names? for (the )?(products?|items?|drugs?|pills?|stuff)\\b"
    ),
    (
        "re:\\b(vitamins?|supplements?|protein|multivitamins?)['\"]? (likh|likho|likhna|likhe|"
        "likhbe|lekho|bolo|bol ke|bole|naam se|name e)\\w*\\b|\\btaaki (ban|block|report) (na|"
        "nahi) (ho|hoga|ho jaye)\\b|\\bjate (ban|block) (na|hoy na)\\b|\\bcode word (me|mein|"
        "se|e|diye)\\b"
    ),
    "re:(ビタミン|サプリ|プロテイン)(って|と|として)[^。\\n]{0,4}(書|表記|売|呼)",
    "re:\\b(call|label|name|list)\\w* (it|them|'em) ['\"][a-z][^'\"]{2,30}['\"]",
    "re:(BAN|ban|凍結|垢バン)され(ない|ん)(ように|よう)", "re:隠語(で|を使)",
    "re:(비타민|영양제|보충제|단백질)(이?라고|으?로) ?(써|적|표기|팔|부르)",
    "re:(정지|차단|밴) ?(안 ?당하게|당하지 ?않게)", "re:(은어|암호)로 ?(표기|써|적)",
    "re:(写成|说成|标成|标注成|包装成|伪装成)(维生素|保健品|营养品|补剂|蛋白粉)", "re:(用)?暗语",
    "re:(以免|防止|免得)被(封|删|举报)",
    "re:(विटामिन|सप्लीमेंट|प्रोटीन)[^।\\n]{0,4}(लिख|बोल|के नाम से)",
    "re:ताकि (बैन|ब्लॉक) (न|ना) हो",
    "re:कोड वर्ड (में|से)",
    "re:(ভিটামিন|সাপ্লিমেন্ট|প্রোটিন)[^।\\n]{0,6}(লিখে|লিখবে|লেখো|বলে|নামে)", "কোড ওয়ার্ডে",
    "re:যাতে (ব্যান|ব্লক) না",
]  # fmt: skip
# Asked about nothing: "no questions", 質問なし, 묻지 않고, 不问任何问题, बिना कोई सवाल,
# কোনো প্রশ্ন ছাড়াই.
NO_ASKING = [
    "re:\\b(no|zero|without) questions?\\b|\\bno (id|names?) (asked|needed|taken)\\b",
    "re:(質問|詮索)(なし|無し|しない|は一切)", "re:何も(聞かず|聞きません|聞かない)",
    "re:(身元|素性|名前|お名前)(は|を|も)?(一切)?(伺い|聞き|確認し|問い)(ません|ない|ず)",
    "re:(신분|신원|이름)(은|을|도)? ?(안 ?묻|묻지 ?않|확인 ?안)",
    "re:不问(身份|姓名|名字)", "re:(कोई|बिना) (पूछताछ|सवाल-जवाब)( नहीं| नही)?",
    "re:জিজ্ঞাসাবাদ (নেই|ছাড়া|ছাড়াই)",
    "re:\\bno names? (taken|asked|needed)\\b",
    "re:(아무것도 )?묻지 ?않(고|습니다|아요)", "re:질문 ?(없이|안 ?함)",
    "re:不问任何(问题|問題)", "re:(不多问|不過問|不过问)",
    "re:(बिना|बगैर) (कोई |किसी )?(सवाल|पूछताछ)",
    "re:\\b(bina|bagair) (koi |kisi )?(sawal|savaal|sawaal|puchhtach)\\b",
    "re:(কোনো|কোন) প্রশ্ন (ছাড়াই|ছাড়া|করা হয় না|করা হবে না)",
    "re:\\b(kono|kono rokom) (proshno|prosno|proshn) (chara|charai|chhara|chharai|kora hoy na)\\b",
]  # fmt: skip
# Brought to the guest: room service, to the table or the seat, on request.
SERVED = [
    (
        "re:\\b(room service|bottle service|on request|(to|at) (your|the) (room|table|seat|booth|"
        "door)|at the (bar|table))\\b|\\b(room|kamre|kamra)( e| me| mein| tak)\\b"
    ),
    "ルームサービス", "re:ご用意(でき|いたし|します)", "re:준비 ?(가능|해 ?드립|됩니다)", "可提供",
    "re:(मिल जाएगी|मिल जाएगा|मिलेगी)", "re:পাওয়া যাবে",
    "re:(席|部屋|テーブル)まで(お届け|届け|運)", "룸서비스",
    "re:(방|룸|테이블)(으로|까지) ?(배달|갖다)",
    "客房服务", "re:送(到|至)(包厢|包间|房间|桌)", "रूम सर्विस", "re:(कमरे|टेबल) तक",
    "রুম সার্ভিস", "re:(রুমে|কক্ষে|টেবিলে) (পৌঁছে|পাওয়া)",
]  # fmt: skip
# Kept off the police's radar: "to avoid police attention", 警察の目を逃れる, 경찰 눈을 피해,
# 避开警方视线, पुलिस की नज़र से बचने, পুলিশের নজর এড়াতে.
POLICE_EYES = [
    (
        "re:\\b(avoid|evade|escape|dodge|stay (off|under|below))\\w*\\b[^.!?\\n]{0,6}"
        "\\b(police|cops|narcs|feds|law enforcement)('s)? ?(attention|notice|eyes|radar|"
        "scrutiny)\\b|"
        "\\b(off|under) (the )?(police|cops|feds)('s)? radar\\b"
    ),
    "re:(警察|サツ|当局)の(目|監視)を?(逃れ|避け|かいくぐ|欺)",
    "re:(경찰|단속)(의)? ?(눈|감시|단속)을? ?(피해|피하|속이)",
    "re:(躲避|避开|避開|逃避|躲过)(警方|警察|公安)(的)?(注意|视线|視線|耳目|检查|監管|监管)?",
    "re:(पुलिस|प्रशासन) (की )?(नज़र|नजर)(ों)? से (बच|छुप)",
    "re:\\bpolice (ki )?(nazar|najar) se (bach|chhup)\\w*",
    "re:(পুলিশ|প্রশাসন)(ের|এর)? (নজর|চোখ) (এড়া|ফাঁকি)",
    "re:\\bpolice(er| er)? (nojor|najar|chokh) (era|fanki)\\w*",
]  # fmt: skip
# The seller is the brief itself: "we sell", "buy it from us", 売ってます, 팝니다, 我们出售,
# हम बेचते हैं, আমরা বিক্রি করি.
WE_SELL = [
    (
        "re:\\b(we|i) (sell|supply|deliver|ship|deal|stock|carry|have got)\\b|\\bwe'?ve got\\b|"
        "\\b(buy|order|get|cop)\\w*\\b[^.!?\\n]{0,24}\\bfrom (us|me)\\b|\\bour (prices?|price "
        "list|rates?|menu|stock)\\b"
    ),
    "売ってます", "売ってる", "売ります", "re:(うち|当店|弊社)(で|が|は)[^。\\n]{0,8}(売|販売|扱)",
    "팝니다", "판매합니다", "판매 중", "re:(우리|저희)(가|는)? ?[^.!?\\n]{0,8}(팔아|팝니다|판매)",
    "re:(我们|我|本店|本公司)[^。，\\n]{0,4}(卖|出售|供应|有货|有售)",
    "re:(हम|मैं) [^।\\n]{0,30}(बेचते|बेचती|बेचेंगे|सप्लाई करते|देते हैं)",
    "re:\\b(hum|main) [^.!?\\n]{0,30}\\b(bechte|bechti|bechenge|supply karte|dete hain)\\b",
    "re:আমরা [^।\\n]{0,30}(বিক্রি করি|বেচি|সাপ্লাই দিই|ডেলিভারি দিই|দিই)",
    "re:\\bamra\\b[^.!?\\n]{0,30}\\b(bikri kori|bechi|beci|supply dei|deliver kori)\\b",
]  # fmt: skip
# How to pay or order: a price, "DM for prices", an order channel.
PRICE_ASK = [
    "re:\\b(dm|inbox|message|text|pm) (us |me )?(for|4) (the )?(prices?|rates?|menu|orders?)\\b",
    "re:(₹|\\$|€|£|৳|¥) ?\\d+|\\b\\d+ ?(rs|rupees|taka|tk|usd|dollars)\\b",
    "re:\\d+ ?(円|원|元|块|टाका|টাকা|रुपये|रुपए)",
    (
        "re:\\b(rates?|prices?|daam|dam|menu)\\b[^.!?\\n]{0,12}\\b(whatsapp|dm|inbox|telegram|"
        "signal|message|call)\\b"
    ),
    "re:(価格|値段)は(dm|ライン|line)", "re:가격(은|는)? ?(dm|디엠|텔레)",
    "re:价格(私信|私聊|加微信)",
]  # fmt: skip
# Cannabis by its street names, which the drug list leaves to context: not the garden's weeds.
WEED = [
    (
        "re:\\b(weed|ganja|gaanja|charas|kush|spliffs?|pre-?rolls)\\b(?! ?(killers?|control|"
        "whackers?|eaters?|barriers?|membranes?|wackers?|pullers?|-free|free|removal|removers?|"
        "clearing|clearance|prevention|sprays?|mats?|fabric|suppress\\w*))"
    ),
]
# Hard drugs as written in Devanagari and Bengali, and pills by their dealers' nicknames.
STREET_NAMES = [
    "कोकीन", "हेरोइन", "हेरोईन", "स्मैक", "ब्राउन शुगर", "एलएसडी", "एमडी ड्रग",
    "কোকেন", "কোকেইন", "হেরোইন", "ইয়াবা", "ব্রাউন সুগার", "এলএসডি",
    "re:\\b(oxys?|oxy ?30s?|xans|xannies|addys|roxies|roxys)\\b",
]  # fmt: skip
# A warning that quotes what dealers say: the quote is theirs, not the brief's offer.
DEALER_QUOTE = [
    (
        "re:\\b(dealers?|pushers?|sellers?|scammers?)\\b[^.!?\\n]{0,12}\\b(say|says|said|tell|"
        "write|post|use|pretend|claim)\\w*\\b|\\bwhat (dealers|pushers|they) (say|tell|write)\\b"
    ),
    "re:売人(は|が|の)", "re:(마약상|판매책|딜러)(은|는|이|들)", "re:(毒贩|毒販)(会|說|说|常)",
    "re:(तस्कर|डीलर|सौदागर) [^।\\n]{0,8}(कहते|बोलते|लिखते)",
    "re:\\bdealer\\w* [^.!?\\n]{0,8}(bolte|kehte|likhte|bole|lekhe)\\b",
    "re:(ডিলার|কারবারি|মাদক ব্যবসায়ী)(রা)? [^।\\n]{0,8}(বলে|লেখে)",
]  # fmt: skip
_FORMER_TIE = _plain(FORMER_TIE)
_SHOWN_DRUNK = _plain(SHOWN_DRUNK)
_DISLOYAL = _plain(DISLOYAL)
_TIE_DETAILS = _plain(TIE_DETAILS)
_BAD_EXAMPLE = _plain(BAD_EXAMPLE)
_DROP_COMPLAINT = _plain(DROP_COMPLAINT)
_MADE_UP = _plain(MADE_UP)
_IN_HOUSE = _plain(IN_HOUSE)
_GUARANTEED_GAIN = _plain(GUARANTEED_GAIN)
_SURE_MULTIPLE = _plain(SURE_MULTIPLE)
_SPECULATIVE = _plain(SPECULATIVE)
_RUG_PULL = _plain(RUG_PULL)
_SCAM_WARNING = _plain(SCAM_WARNING)
_COVER_NAME = _plain(COVER_NAME)
_NO_ASKING = _plain(NO_ASKING)
_POLICE_EYES = _plain(POLICE_EYES)
_SERVED = _plain(SERVED)
_WE_SELL = _plain(WE_SELL)
_PRICE_ASK = _plain(PRICE_ASK)
_DEALER_QUOTE = _plain(DEALER_QUOTE)
_WEED = _plain(WEED)
_STREET_NAMES = _plain(STREET_NAMES)


# ---- held-out 40-41: the drug's name dropped, a service refused to a group, stolen goods,
# a neighbour's door and her character, an enforcement poster, an exclusion sign torn down.

# The copy is made to pass by dropping the drug's own word ("'약'이라는 단어 빼면", "the word
# 'drugs' left off", 「薬」って書かなければ, 不写"药"字, 'ড্রাগ' শব্দটা বাদ): the frame around a
# quoted word, which must itself be a drug for the frame to count.
WORD_DROPPED = [
    (
        "re:['\"“‘][^'\"”’\\n]{1,12}['\"”’]\\s*(?:이라는|라는|란)?\\s?(?:단어|말|글자|표현)?"
        "(?:은|는|을|를|만)?\\s?(?:빼|안 ?쓰|안 ?쓸|안 ?써|안 ?넣|쓰지 ?않|없애|지우)"
    ),
    (
        "re:\\b(?:drop|dropp(?:ed|ing)|leave out|left out|leaving out|remove|removed|cut|skip|"
        "without|no|never (?:say|write|use)|don'?t (?:say|write|use))\\s+(?:the )?(?:word )?"
        "['\"“‘][^'\"”’\\n]{1,16}['\"”’]"
    ),
    (
        "re:['\"“‘][^'\"”’\\n]{1,16}['\"”’]\\s+(?:word |part )?(?:dropped|removed|left out|gone|of"
        "f)\\b"
    ),
    (
        "re:['\"“‘「『][^'\"”’」』\\n]{1,12}['\"”’」』]\\s*(?:って|という|の)?(?:言葉|単語|文字)?"
        "(?:は|を)?\\s*(?:書かな|入れな|使わな|消|抜|外)"
    ),
    "re:(?:不写|不提|去掉|删掉|拿掉|不用|别写|不出现)\\s*['\"“‘「][^'\"”’」\\n]{1,12}['\"”’」]",
    "re:['\"“‘「][^'\"”’」\\n]{1,12}['\"”’」]\\s*(?:这个|两个|这)?(?:字|词)?\\s*(?:去掉|删掉|不写|不提|拿掉)",
    (
        "re:['\"“‘][^'\"”’\\n]{1,16}['\"”’]\\s*(?:शब्द|वर्ड|word|shabd|lafz)\\s*(?:को\\s*)?"
        "(?:हटा|निकाल|मत|नहीं|hata|nikal|mat|nahi|nahin)"
    ),
    (
        "re:['\"“‘][^'\"”’\\n]{1,16}['\"”’]\\s*(?:শব্দটা|শব্দটি|শব্দ|কথাটা|word ?ta|shobdo ?ta|"
        "shobdota|shobdo)\\s*(?:বাদ|সরিয়ে|কেটে|লিখব না|লিখো না|bad|badd|sorie|kete|likhbo na)"
    ),
]
# The words a copy drops to hide a drug: a bare "medicine" or "drug" is such a word there.
DRUG_WORD = [
    "re:\\b(drugs?|dope|pills?|molly|meds|narcotics?|gear|nasha|nesha|dawai|dawa|oshudh|"
    "maadok|madok)\\b",
    "약", "마약", "알약", "薬", "麻薬", "ドラッグ", "クスリ", "药", "藥", "毒品", "药丸",
    "ड्रग", "नशा", "दवा", "दवाई", "गोली", "মাদক", "ড্রাগ", "ওষুধ", "নেশা", "বড়ি",
]  # fmt: skip
# "Everyone who sees it will know": the wink that stands in for the name.
KNOWING = [
    (
        "re:\\b(those|people|anyone|the ones) (who|that) know,? (will )?know\\b|\\biykyk\\b|"
        "\\bif you know,? you know\\b|\\b(everyone|they|people)('ll| will)? (knows?|get it) what "
        "(it|this|we) (is|means?|mean|sell)\\b"
    ),
    "re:(보는|아는|알 ?만한) ?(사람|분)(들)?(은|는|이)? ?(다|모두)? ?(알아|알죠|압니다|알 ?거)",
    "re:(分かる|わかる|知ってる)人(に|)は(分かる|わかる|知ってる)",
    "懂的都懂", "懂的人都懂", "懂的自然懂", "你懂的", "懂的来",
    "re:जो (समझते|जानते) (हैं|है) (वो|वह|वे) (समझ|जान) (जाएंगे|जाएँगे|लेंगे)",
    (
        "re:\\bjo (samajhte|jaante|jante) (hain|hai) (wo|woh|vo) (samajh|jaan|jan) (jayenge|jaenge"
        "|lenge)\\b"
    ),
    "re:যারা (বোঝার|জানার|বোঝে|জানে)(,)? (তারা )?(বুঝবে|জানবে|বুঝে যাবে|বোঝে)",
    "re:\\bjara (bojhar|janar|bojhe|jane),? (tara )?(bujhbe|janbe|bujhe jabe|bojhe)\\b",
    "re:সবাই (জানে|বোঝে) (কী|কি)", "re:\\bsobai (jane|bojhe) (ki|kee)\\b",
]  # fmt: skip
# The night the pills are for: a club, a party, a rave, the door.
NIGHTLIFE = [
    "re:\\b(club|clubs|nightclub|party|parties|rave|raves|festival|afterparty|after-party)\\b",
    "クラブ", "パーティー", "フェス", "클럽", "파티", "페스티벌", "夜店", "酒吧", "派对", "蹦迪",
    "क्लब", "पार्टी", "রেভ", "ক্লাব", "পার্টি", "নাইটক্লাব",
]  # fmt: skip

# A service or a product told unavailable to a group, words between: "Muslim customers ke
# liye loan available nahi hai", "X ko naukri nahi milegi", 무슬림 고객은 대출 불가,
# 穆斯林客户不予办理, ムスリムの方はご契約いただけません, "X-der jonno service pawa jabe na".
# Only the verbs of availability: "X-der kono obhab aste debo na" is an Eid promise.
REFUSED_TO = [
    (
        "re:\\b(ke liye|ke liya|ko)( [\\w-]+){0,3} (available|uplabdh|milega|milegi|milenge|milta|"
        "milti|diya jayega|di jayegi|diye jayenge|valid|allowed|open)( hai| hain)? "
        "(nahi|nahin|nhi|na)\\b"
    ),
    (
        "re:(के लिए|को)( \\S+){0,3} (उपलब्ध|मिलेगा|मिलेगी|मिलेंगे|मिलता|मिलती|दिया जाएगा|दी जाएगी|"
        "लागू|खुला)( है| हैं)? (नहीं|नही|न)"
    ),
    (
        "re:(?:জন্য|কে)( \\S+){0,3} (পাওয়া যাবে না|দেওয়া হবে না|দেওয়া হয় না|প্রযোজ্য নয়)"
    ),
    (
        "re:\\b(jonno|ke)( [\\w-]+){0,3} (pawa jabe na|paowa jabe na|deya hobe na|dewa hobe "
        "na|deya hoy na|projojjo noy)\\b"
    ),
    (
        "re:(에게는?|한테는?|께는?|분들?은|고객은|고객님은)\\s?([가-힣]+\\s?){0,2}"
        "(불가|안 ?됩니다|안 ?돼요|해 ?드리지 ?않|제공하지 ?않)"
    ),
    (
        "re:(の方|様|には|は)[^。\\n]{0,8}(ご利用|ご契約|お申し込み|お申込み|融資|ローン|"
        "販売|ご予約)[^。\\n]{0,6}(できません|いただけません|不可|お受けできません)"
    ),
    "re:(不予|不给|不向|不为|恕不)[^。！？\\n]{0,6}(办理|貸款|贷款|提供|出售|服务|開放|开放|放款|受理)",
    "re:\\b(not|never) (offered|given|sold|extended|granted|let|rented|issued) to\\b",
]  # fmt: skip

# An exclusion sign shown being torn down, or asked about as a relic still up: the brief
# quotes it to oppose it. A fresh one asked for to replace the torn one still bars.
SIGN_TORN = [
    (
        "re:\\b(sign|signs|notice|sticker|poster|placard)s?\\b[^.!?\\n]{0,30}\\b(being )?(torn|"
        "tearing|ripped|ripping|peeled|peeling|pulled) (down|off|up|away)\\b|\\b(tear|tearing|"
        "tore|rip|ripping|ripped|peel|peeling|pull|pulling) (down|off) (the |an? |those |old )?"
        "(old )?[^.!?\\n]{0,24}\\b(sign|signs|notice|sticker|poster|placard)s?\\b"
    ),
    "re:(張り紙|貼り紙|看板|ステッカー|札|ポスター)[^。\\n]{0,12}(はが|剥が|破い|破って|引きちぎ|外して)",
    "re:(張り紙|貼り紙|看板|ステッカー|札)[^。\\n]{0,8}(まだ|いまだに|未だに)[^。\\n]{0,8}(ある|貼って)",
    "re:(안내문|팻말|스티커|벽보|간판|포스터|종이)[^.!?\\n]{0,12}(떼어|뜯어|찢어|떼는|뜯는|찢는)",
    "re:(牌子|告示|标语|标牌|贴纸|招牌|海报)[^。！？\\n]{0,10}(撕掉|撕下|撕毁|摘掉|扯下|撕)",
    "re:(撕掉|撕下|撕毁|摘掉|扯下)[^。！？\\n]{0,12}(牌子|告示|标语|标牌|贴纸|招牌|海报)",
    "re:(बोर्ड|पोस्टर|तख्ती|नोटिस|स्टिकर)[^।\\n]{0,16}(फाड़|उखाड़|हटा) (रहे|रही|दिए|दी|कर)",
    "re:\\b(board|poster|takhti|notice|sticker)\\b[^.!?\\n]{0,16}\\b(phaad|phad|ukhaad|ukhad)\\w*",
    "re:(বোর্ড|পোস্টার|নোটিশ|স্টিকার|সাইনবোর্ড)[^।\\n]{0,16}(ছিঁড়|ছিড়|খুলে ফেল|উপড়ে)",
    (
        "re:\\b(board|poster|notice|sticker|signboard)\\b[^.!?\\n]{0,16}\\b(chhire|chire|chhirche|"
        "khule fel)\\w*"
    ),
]  # fmt: skip
SIGN_REPLACED = [
    (
        "re:\\b(new|fresh|replacement|another) (one|sign|notice|sticker|poster)\\b|\\breplace (it|"
        "them)\\b"
    ),
    "新しい", "作り直", "새로", "다시 붙", "新的", "重新", "नया", "फिर से", "নতুন", "আবার",
    "re:\\b(naya|nayi|notun|abar)\\b",
]  # fmt: skip

# Stolen goods sold, or a vehicle's identity filed away: a chassis, engine or VIN number
# ground off, plates swapped with no papers, 盗難車, 장물, 赃车, चोरी का माल, চোরাই মাল.
STOLEN = [
    "re:\\b(stolen|nicked|hot) (cars?|bikes?|motorbikes?|scooters?|phones?|goods|stuff|gear|"
    "laptops?|iphones?|vehicles?)\\b|\\bknock-?off stolen\\b",
    "盗難車", "盗品", "盗んだ", "장물", "훔친", "도난 ?차",
    "赃物", "贼赃", "赃车", "偷来的", "黑车",
    "re:चोरी (का|की|के) (माल|गाड़ी|गाड़ियां|बाइक|फोन|सामान)",
    "re:\\bchori (ka|ki|ke) (maal|mal|gaadi|gadi|bike|phone|saman|samaan)\\b",
    "চোরাই", "re:চুরি(র|করা) (মাল|গাড়ি|বাইক|ফোন)",
    "re:\\b(chorai|churir|chori kora) (mal|maal|gari|gaari|bike|phone)\\b",
]  # fmt: skip
ID_FILED = [
    (
        "re:\\b(chassis|vin|engine|frame|serial|imei) (numbers?|nos?\\.?|plates?)\\b[^.!?\\n]{0,16}"
        "\\b(filed|ground|scratched|scraped|rubbed|removed|erased|changed|altered|wiped|"
        "defaced)( off| out| away)?\\b|\\b(file|filed|grind|ground|scratch|scrape|wipe|erase|"
        "change|alter)\\w* (off |out )?(the )?(chassis|vin|engine|frame|serial|imei) (numbers?"
        "|nos?)\\b"
    ),
    "re:(車台番号|シャシー番号|エンジン番号|製造番号|imei)[^。\\n]{0,8}(削|消|変え|改ざん|書き換)",
    "re:(차대 ?번호|엔진 ?번호|시리얼|imei)[^.!?\\n]{0,8}(갈아|지워|지운|바꿔|바꾼|변조|위조|긁)",
    "re:(车架号|車架號|发动机号|發動機號|串号|imei)[^。！？\\n]{0,6}(磨|改|涂|抹|换|銼|锉)",
    "re:(चेसिस|इंजन|सीरियल|आईएमईआई) (नंबर|नम्बर)[^।\\n]{0,10}(घिस|मिटा|बदल|रगड़)",
    (
        "re:\\b(chassis|engine|serial) (number|no|nambar)\\b[^.!?\\n]{0,10}\\b(ghis|mita|badal|gho"
        "sha|gosha|muche|bodle|bodol)\\w*"
    ),
    "re:(চেসিস|চেচিস|ইঞ্জিন|সিরিয়াল) (নম্বর|নাম্বার)[^।\\n]{0,10}(ঘষা|ঘষে|মুছে|বদলে|বদল|তুলে)",
    # The plates swapped so the car is someone else's.
    (
        "re:\\b(swap|swapped|switch|switched|change|changed|fake|cloned?) (the )?(number |licen[cs"
        "]e )?plates?\\b"
    ),
    "re:(ナンバープレート|ナンバー)[^。\\n]{0,6}(付け替え|偽造|変え)",
    "re:번호판[^.!?\\n]{0,6}(바꿔|갈아|교체|위조|바꾼)",
    "re:(车牌|車牌)[^。！？\\n]{0,4}(换|套|假|改)|套牌",
    "re:(नंबर प्लेट|नम्बर प्लेट)[^।\\n]{0,8}(बदल|नकली)",
    "re:\\bnumber plate\\b[^.!?\\n]{0,8}\\b(badal|nakli|bodle|bodol)\\w*",
    "re:(নম্বর প্লেট|নাম্বার প্লেট)[^।\\n]{0,8}(বদলে|বদল|নকল|ভুয়া)",
]  # fmt: skip
# Goods bought from whoever brings them, with the seller's identity waived and the goods'
# origin left unasked or their owner's lock left on: a fence's offer, not a pawnbroker's.
BUY_OFFER = [
    "re:\\b(we buy|buying|cash for|sell us|we pay cash)\\b",
    "買取", "買い取", "매입", "삽니다", "收购", "回收", "高价收", "re:ख़रीद|खरीद",
    "re:\\b(khareed|kharid|kinbo|kini|kinchi)\\w*",
    "re:কিন(ি|বো|ছি)",
]  # fmt: skip
NO_ID = [
    (
        "re:\\b(no|without) (id|i\\.d\\.|ids|identification|paperwork|receipts?|proof of "
        "ownership)( needed| required| necessary)?\\b"
    ),
    "身分証なし", "身分証不要", "本人確認なし", "本人確認不要", "신분증 없이", "신분증 필요 ?없",
    "无需身份证", "不要身份证", "不用身份证", "免身份证", "re:बिना (आईडी|पहचान)",
    "re:\\bbina (id|aadhaar|bill)\\b", "re:(আইডি|পরিচয়পত্র) ছাড়া", "re:\\b(id|bill|kagoj) chhara\\b",
]  # fmt: skip
NO_CHECK = [
    (
        "re:\\bno questions( asked)?\\b|\\b(still |even )?(icloud[- ]|activation[- ]|screen[- ])?"
        "locked( phones?| devices?)?( ok| fine| welcome| accepted)\\b"
    ),
    "理由は聞きません", "何も聞きません", "事情は聞きません",
    "re:ロック(が)?(かかった|掛かった)まま",
    "묻지 않", "안 물어", "잠긴 ?(채|폰)", "不问来源", "不问原因", "不问出处", "带锁", "有锁也收",
    "re:कोई सवाल नहीं", "re:\\b(koi sawal nahi|kono proshno nei|kichhu jiggesh korbo na)\\b",
    "re:কোনো প্রশ্ন (নেই|না)", "re:লক (করা|থাকলেও)",
]  # fmt: skip
# A VIN check, a recovery or a report: the words name the theft to stop it.
STOLEN_GUARD = [
    (
        "re:\\b(report(ed)?|recovered|check (if|whether|the vin|a vin|your)|vin check|history "
        "check|returned to (its|their) owners?|if your|was stolen|been stolen|beware|awareness|"
        "anti-?theft|reward for|police auction)\\b"
    ),
    "盗難届", "防犯", "盗難防止", "도난 ?방지", "도난 ?신고", "방범",
    "防盗", "报案", "失窃", "被盗",
    "चोरी की रिपोर्ट", "चोरी से बचाव", "चोरी हो गई", "চুরি হয়ে গেছে", "চুরি ঠেকাতে",
    "চুরির অভিযোগ",
    "re:\\b(chori ho gayi|chori hoye geche|churi hoye geche)\\b",
]  # fmt: skip
# "The police can't catch it": said of the sale, it is the evasion.
POLICE_CANT = [
    "re:\\b(police|cops) (can'?t|cannot|won'?t|will never) (catch|trace|track|touch|find)\\b",
    "re:(警察|サツ)(に|は|でも)?[^。\\n]{0,4}(捕まえられない|追えない|わからない)",
    "re:경찰(도|이)? ?(못 ?잡|잡을 ?수 ?없|추적 ?못|모릅니다)",
    "re:(警察|公安)(也)?(查不到|抓不到|查不出)",
    "re:पुलिस (भी )?(नहीं|न) (पकड़|पकड) (पाएगी|सकती)",
    "re:\\bpolice (bhi )?(nahi|na) pakad (payegi|sakti)\\b",
    "re:পুলিশ(ও)? (ধরতে|খুঁজে) পারবে না", "re:\\bpolice(o)? (dhorte|khuje) parbe na\\b",
]  # fmt: skip

# Where a private woman or man lives, to the door: the flat, the block, the house number.
DOOR = [
    "re:\\b(flat|apt|apartment|unit) \\d+[a-z]?\\b",
    (
        "re:\\b(flat|apartment|unit|house|door|room) (number|no\\.?|#)\\b|\\bwhich (flat|block|bui"
        "lding) (she|he) lives\\b"
    ),
    "部屋番号", "号室", "re:(マンション|アパート)[^。\\n]{0,6}(名前|名)と?[^。\\n]{0,4}(番号|号室)",
    "동호수", "re:\\d+ ?동 ?\\d+ ?호", "re:몇 ?동 ?몇 ?호", "사는 곳",
    "门牌", "楼号", "re:几栋|几号楼|几单元", "re:(小区|小區)[^。，！？\\n]{0,6}(几|楼|栋|号)",
    "re:(मकान|फ्लैट|घर) (नंबर|नम्बर|नं\\.?)", "re:\\b(makan|flat|ghar) (number|no|nambar)\\b",
    "re:(বাসা|বাড়ি|ফ্ল্যাট)(র)? (নম্বর|নাম্বার)",
    "re:\\b(basa|bari|flat)(r)? (number|nombor|nambar)\\b",
]  # fmt: skip
# Her photo without a possessive particle: 放她照片, 그 여자 사진, ওর ছবি.
HER_PHOTO = [
    "re:(她|他|这女的|这男的|那女的|那男的|那个(男|女)的|这个(男|女)的|那个人|这个人)(的)?(照片|相片|头像|自拍|大头照)",
    (
        "re:\\b(photo|picture|pic|headshot) of (the|that|this) (woman|man|guy|girl|lady|tenant|nei"
        "ghbou?r)\\b"
    ),
    "re:(그 ?여자|그 ?남자|이 ?여자|이 ?남자|그 ?사람)(의)? ?(사진|얼굴)",
    "re:(あの|この)(女|男|人)の(写真|顔)",
    "re:(उस|इस) (औरत|आदमी|लड़की|लड़के) (की|का) (फोटो|फ़ोटो|तस्वीर)",
]  # fmt: skip
# A charge on a private person's character or purse: a debtor, a loose woman, bad character.
CHARACTER_SLUR = [
    (
        "re:\\b(owes? (money|everyone|us)|never pays? (back|her debts|his debts|what she owes|what "
        "he owes)|doesn'?t pay (back|her debts|his debts)|loose (woman|girl)|slut|whore|"
        "homewrecker|bad character|easy (woman|girl))\\b"
    ),
    "借金を返さない", "金を返さない", "借りた金を返さない", "尻軽", "素行が悪い",
    "男好き", "ふしだら",
    "re:(돈|빚)(을)? ?(안|못) ?갚", "빚쟁이", "걸레", "꽃뱀", "행실이 나쁜", "행실 나쁜",
    "欠钱不还", "欠债不还", "借钱不还", "欠錢不還", "不要脸", "破鞋", "作风不正", "作風不正",
    "烂货", "狐狸精",
    "बदचलन", "चरित्रहीन", "re:(पैसे|उधार|कर्ज़?)[^।\\n]{0,8}(नहीं|न) (लौटा|चुका)",
    "re:\\b(badchalan|charitraheen|charitrahin)\\b",
    "re:\\b(paise|udhaar|udhar|karz|karza)\\b[^.!?\\n]{0,8}\\b(nahi|na) (lauta|chuka)\\w*",
    "চরিত্রহীন", "re:চরিত্র (খারাপ|ভালো না|নষ্ট)", "নষ্ট মেয়ে",
    "re:(টাকা|ধার)[^।\\n]{0,8}(ফেরত দেয় না|শোধ করে না|মেরে দিয়েছে)",
    "re:\\b(choritro (kharap|kharaap|bhalo na|nosto)|choritrohin|nosto meye)\\b",
    "re:\\b(taka|dhar)\\b[^.!?\\n]{0,8}\\b(ferot dey na|shodh kore na|mere diyeche)\\b",
]  # fmt: skip
# "So everyone knows her": the neighbours told to recognise the face.
RECOGNISE = [
    (
        "re:\\b(everyone|everybody|all of you|the whole (street|block|building))\\b[^.!?\\n]{0,16}"
        "\\b(recogni[sz]e|know (her|him|this) face|remember (her|his|this) face)\\b"
    ),
    "re:\\b(remember|recogni[sz]e) (this|her|his) face\\b",
    "re:(みんな|皆)[^。\\n]{0,8}(顔を覚え|覚えておいて|気をつけて)", "この顔を覚え",
    "re:(다들|모두|이웃들?)[^.!?\\n]{0,8}(얼굴 ?(알아|기억)|알아두|기억하)", "이 얼굴 기억",
    "re:(大家|邻居们|街坊)[^。！？\\n]{0,4}(认清楚|认准|看清楚|记住)", "认清这张脸", "认准这张脸",
    "re:(सब|सभी|सबको|मोहल्ले वाले)[^।\\n]{0,8}(पहचान लो|पहचान लें|पहचानें|चेहरा याद)",
    "re:\\b(sab|sabko|sabhi)\\b[^.!?\\n]{0,8}\\b(pehchan|pahchan) (lo|lein|le)\\b",
    "re:সবাই[^।\\n]{0,6}(যেন )?(চেনে|চিনে রাখুন|চিনে রাখো|চিনুক)",
    "re:\\bsobai\\b[^.!?\\n]{0,6}\\b(jeno )?(chine|chinuk|chine rakhun|chine rakho)\\b",
]  # fmt: skip

# A council or an enforcement office warning the sellers: "selling vapes to under-18s? we're
# watching", 未成年への販売は取り締まり, 단속, 查处, जुर्माना, জরিমানা. It names the sale to stop it.
AGE_ENFORCE = [
    (
        "re:\\b(trading standards|we'?re watching|we are watching|test purchas\\w*|fines? (of |up "
        "to )?|prosecut\\w*|licen[cs]e (review|revoked|suspended)|it'?s (illegal|against the law) "
        "to sell|enforcement|crackdown|report (shops|sellers|retailers|them|it))\\b"
    ),
    "取り締まり", "取締り", "罰金", "通報", "re:販売は(禁止|違法)",
    "단속", "과태료", "벌금", "신고", "re:판매(는|하면)? ?(불법|금지)",
    "查处", "罚款", "举报", "執法", "执法", "re:(售卖|出售|卖)[^。！？\\n]{0,4}(违法|違法)",
    "जुर्माना", "कार्रवाई", "re:बेचना (गैरकानूनी|अपराध|ग़ैरकानूनी)",
    "re:\\b(jurmana|karwai|karvai)\\b",
    "জরিমানা", "ব্যবস্থা নেওয়া হবে", "re:বিক্রি (করা )?(বেআইনি|অপরাধ|দণ্ডনীয়)",
    "re:\\b(jorimana|beaini)\\b",
]  # fmt: skip
_WORD_DROPPED = _plain(WORD_DROPPED)
_DRUG_WORD = _plain(DRUG_WORD)
_KNOWING = _plain(KNOWING)
_NIGHTLIFE = _plain(NIGHTLIFE)
_REFUSED_TO = _plain(REFUSED_TO)
_SIGN_TORN = _plain(SIGN_TORN)
_SIGN_REPLACED = _plain(SIGN_REPLACED)
_STOLEN = _plain(STOLEN)
_ID_FILED = _plain(ID_FILED)
_STOLEN_GUARD = _plain(STOLEN_GUARD)
_POLICE_CANT = _plain(POLICE_CANT)
_DOOR = _plain(DOOR)
_HER_PHOTO = _plain(HER_PHOTO)
_CHARACTER_SLUR = _plain(CHARACTER_SLUR)
_RECOGNISE = _plain(RECOGNISE)
_AGE_ENFORCE = _plain(AGE_ENFORCE)


def _drug_word_dropped(form: str) -> bool:
    """A quoted word dropped from the copy that is itself a drug's name or a drug."""
    return any(
        _DRUG_WORD.hits(m.group(0)) or _DRUG.hits(m.group(0)) or _STREET_NAMES.hits(m.group(0))
        for m in _WORD_DROPPED.finditer(form)
    )


# -- classes of held-out 40-41: graphic violence, self-harm, minors sexualised ---------------

# A body shown dead without a drop of blood: a weapon left standing in it, a head rolled free
# on the floor, a neck snapped the wrong way, a man hanging from the gallows. "No blood" rules
# out the blood, not the death. An axe in a log, a knife in a cake or an arrow in the target
# is no one's body.
DEAD_SHOWN = [
    (
        "re:\\b(axe|hatchet|knife|blade|machete|cleaver|dagger|sword|spear|arrow|sickle|"
        "pitchfork|scissors|screwdriver|ice pick|harpoon|crossbow bolt)s? (is |was )?(still )?"
        "(stuck|lodged|buried|embedded|sticking|planted|jammed|driven|left) (deep )?(in|into|"
        "out of|through) (his|her|their|the (man|woman|guy|victim|body|corpse|girl|boy)'s|"
        "a (man|woman|guy|victim|body|corpse)'s) (chest|back|skull|head|neck|throat|heart|"
        "stomach|belly|gut|eye|face|body|ribs|spine|forehead)\\b"
    ),
    (
        "re:\\b(chest|back|skull|head|neck|throat|heart|stomach|belly|forehead|body|corpse) "
        "(with|has) (an?|the) (axe|hatchet|knife|blade|machete|cleaver|dagger|sword|spear|arrow|"
        "sickle|pitchfork|screwdriver|ice pick) (still )?(stuck|lodged|buried|embedded|sticking "
        "out|planted|jammed) (in|into|out of)? ?(it|him|her)?\\b"
    ),
    (
        "re:\\b(his|her|their|the (man|woman|guy|victim|body|corpse)'s) (neck|head) (is |was )?"
        "(bent|twisted|snapped|broken|turned|wrenched|cranked) (the wrong way|backwards|all the "
        "way round|at an? (impossible|unnatural|sickening|wrong) angle)\\b|\\b(snapped|broken) "
        "neck\\b[^.!?\\n]{0,30}\\b(dead|lifeless|corpse|body|eyes (wide )?open|staring)\\b"
    ),
    (
        "re:\\b(severed |cut-off |decapitated )?heads? (rolling|rolled|lying|left) (on|across) "
        "(the|a) (floor|ground|street|stage|pavement|table)\\b"
    ),
    "re:(斧|ナイフ|包丁|刃物|矢|剣|鎌|ハサミ|鉈)(が|を)?[^。\\n]{0,6}(胸|背中|頭|首|腹|喉|額|体|死体)(に|へ)[^。\\n]{0,4}(刺さ|突き刺さ|食い込|めり込|突き立)",
    "re:(胸|背中|頭|腹|喉|額|死体)(に|には)[^。\\n]{0,4}(斧|ナイフ|包丁|刃物|矢|剣|鎌|鉈)(が|を)[^。\\n]{0,4}(刺さ|突き刺さ|食い込|めり込|突き立)",
    "re:(?<!人形の)(?<!マネキンの)(?<!ぬいぐるみの)(首|頭)(が|だけ)[^。\\n]{0,6}(床|地面|道|畳|廊下|台|足元)(に|を|で)[^。\\n]{0,4}(転が|ころが|落ちて)",
    "re:首(が|の骨が)[^。\\n]{0,6}(あらぬ|変な|逆の?|ありえない|おかしな)(方向|角度)に(曲が|折れ|ねじれ)|首の骨が折れ",
    (
        "re:(도끼|칼|식칼|화살|낫|가위|단검|창)(가|이)? ?[^.!?\\n]{0,6}(가슴|등|머리|목|배|몸|"
        "시체)에 ?(그대로 )?(박힌|박혀|꽂힌|꽂혀)"
    ),
    (
        "re:(가슴|등|머리|목|배|시체)에 ?(도끼|칼|식칼|화살|낫|단검|창)(가|이)? ?(그대로 )?(박힌|"
        "박혀|꽂힌|꽂혀)"
    ),
    (
        "re:(?<!인형 )(?<!인형의 )(?<!마네킹 )(잘린 |떨어진 )?(머리|목)(가|이|만) "
        "?[^.!?\\n]{0,6}(바닥|땅|길|복도)(에|을|로) ?(굴러|나뒹|뒹굴|떨어져 있)"
    ),
    "re:목(이|뼈가) ?(반대로|이상한 방향으로|거꾸로|꺾인|꺾여|부러진|부러져|돌아간)",
    "re:(斧头|斧子|刀|菜刀|匕首|箭|镰刀|剪刀|砍刀|长矛)[^。，,！？\\n]{0,4}(插在|砍在|嵌在|卡在|扎在|钉在)[^。，,！？\\n]{0,4}(胸口|胸前|背上|后背|头上|脑袋|脖子|肚子|身上|尸体|额头)",
    "re:(胸口|胸前|背上|后背|头上|脑袋|脖子|肚子|身上|额头)(上)?(还)?(插着|扎着|嵌着|卡着|钉着)(一把|一支|一根)?(斧头|斧子|刀|菜刀|匕首|箭|镰刀|剪刀|砍刀|长矛)",
    "re:(?<!娃娃的)(?<!玩偶的)(?<!模特的)(人头|头颅|脑袋)[^。，,！？\\n]{0,3}(滚|掉|落)(在|到|落在)?(了)?(地上|地板上|地面|走廊)",
    "re:脖子(被)?(扭断|拧断|折断|扭成|扭到|歪成)|脖子[^。，,！？\\n]{0,4}(反方向|不自然的角度|扭曲成)",
    (
        "re:(कुल्हाड़ी|चाकू|छुरा|छुरी|तलवार|तीर|हंसिया|दरांती|भाला)[^।\\n]{0,12}(छाती|सीने|पीठ|सिर|"
        "गले|पेट|शरीर|लाश) (में|पर) (घुसा|घुसी|धंसा|धंसी|धँसा|धँसी|गड़ा|गड़ी|अटका|अटकी|फंसा|फंसी)"
    ),
    (
        "re:(छाती|सीने|पीठ|सिर|गले|पेट|शरीर|लाश) (में|पर) (कुल्हाड़ी|चाकू|छुरा|छुरी|तलवार|तीर|"
        "हंसिया|दरांती|भाला) (घुसा|घुसी|धंसा|धंसी|धँसा|धँसी|गड़ा|गड़ी|अटका|अटकी|फंसा|फंसी)"
    ),
    (
        "re:(?<!गुड़िया का )(?<!गुड़िया के )(कटा हुआ |कटा )?(सिर|सर) (ज़मीन|जमीन|फर्श|फ़र्श|सड़क) "
        "पर (लुढ़क|पड़ा|गिरा)"
    ),
    (
        "re:गर्दन (उल्टी|उलटी|टूटी|मुड़ी|मरोड़ी) (हुई|दिशा)|(फांसी|फाँसी|फंदे) (पर|से) (लटका|लटकी|"
        "लटके|झूलता|झूलती) (हुआ |हुई )?(आदमी|औरत|लड़का|लड़की|शख्स|व्यक्ति|इंसान|लाश|शव|कैदी)"
    ),
    (
        "re:\\b(kulhadi|kulhaadi|chaaku|chaku|chhura|chhuri|talwar|teer|tir|kural|kurul|churi|"
        "boti|da)\\b[a-z ]{0,16}\\b(chhati|chati|seene|sine|peeth|pith|sir|gale|pet|buke|pithe|"
        "mathay|mathae|golay|pete) (me|mein|mei|pe|par)? ?(ghusa|ghusi|dhansa|dhansi|gada|gadi|"
        "atka|atki|phansa|fansa|gantha|gatha|bindhe|gethe|dhokano|atke)\\b"
    ),
    (
        "re:\\b(phansi|fansi|phaansi|faansi|fanshi|phanshi)(te| par| pe| se)? (latka|latki|"
        "latakta|jhulta|jhulti|jhulonto|jhulche|jhule) (hua |hui |thaka )?(aadmi|admi|aurat|"
        "ladka|ladki|lash|laash|lok|manush|chele|meye|kaidi|bondi)\\b"
    ),
    (
        "re:(কুড়াল|কুঠার|ছুরি|দা|তলোয়ার|তীর|বঁটি|বল্লম)[^।\\n]{0,12}(বুকে|পিঠে|মাথায়|গলায়|পেটে|"
        "শরীরে|লাশে) (গাঁথা|গেঁথে|বিঁধে|বেঁধা|ঢোকানো|আটকে)"
    ),
    (
        "re:(বুকে|পিঠে|মাথায়|গলায়|পেটে|শরীরে|লাশের বুকে) (কুড়াল|কুঠার|ছুরি|দা|তলোয়ার|তীর|বঁটি|"
        "বল্লম) (গাঁথা|গেঁথে|বিঁধে|বেঁধা|ঢোকানো|আটকে)"
    ),
    "re:(?<!পুতুলের )(কাটা )?(মাথা|মুণ্ডু|মুন্ডু) (মেঝেতে|মাটিতে|রাস্তায়|মেঝের উপর) (গড়াচ্ছে|গড়াগড়ি|পড়ে)",
    "re:ঘাড় (উল্টো দিকে|ভেঙে|ভাঙা|মটকানো|মটকে)|(ফাঁসিতে|ফাঁসির দড়িতে) (ঝুলন্ত|ঝুলছে|ঝোলানো)",
]  # fmt: skip
_DEAD_SHOWN = _plain(DEAD_SHOWN)

# A wrist shown cut open, said with the cut before the wrist: 割开的手腕, 切られた手首,
# 그어진 손목, कटी हुई कलाई, কাটা কব্জি, "a slit wrist". A wrist in a cast or a watch on one is
# none, nor is a cut melon.
CUT_WRIST = [
    (
        "re:\\b(slit|slashed|cut-open|cut open|sliced) wrists?\\b|\\bwrists? (slit|slashed|sliced) "
        "open\\b"
    ),
    "re:(切られた|切った|切り裂かれた|切り裂いた|切れた)手首|手首を(切|切り裂)",
    "re:(그어진|그은|베인|갈라진) 손목",
    "re:(割开|割破|划开|划破|割伤|劃開|割開)(了)?的?手腕|手腕(被)?(割开|割破|划开|划破|割開|劃開)",
    "re:(कटी हुई|कटी|चिरी हुई|कटी-फटी) (कलाई|कलाइयाँ|कलाइयां)",
    "re:\\b(kati hui|kati|kata|kete rakha) (kalai|kalaai|kobji|kabji)\\b",
    "re:(কাটা|চেরা|কেটে রাখা) (কব্জি|কবজি)",
]  # fmt: skip
_CUT_WRIST = _plain(CUT_WRIST)

# A height offered as close at hand ("the bridge is right there", 屋上はすぐそこ, 다리는 바로
# 앞이야, 天台就在那儿, पुल सामने ही है, ছাদ তো পাশেই) beside a bare "Jump." as its own line: the
# copy tells the reader to jump, whatever the cartoon around it. A pool or a trampoline
# "right there" with "jump in" is a summer ad.
HEIGHT_AT_HAND = [
    (
        "re:\\b(the |a )?(bridge|roof|rooftop|ledge|balcony|window|cliff|tower|overpass|railing|"
        "tracks)('s| is) (right )?(there|here|over there|close|nearby|waiting|open|calling)\\b"
    ),
    "re:(屋上|橋|窓|ベランダ|線路|崖)(は|なら)(すぐ)?(そこ|目の前|ここ|あそこ)",
    "re:(다리|옥상|난간|창문|선로|절벽)(는|은|가|이)? ?(바로 )?(저기|여기|앞|눈앞|코앞)",
    "re:(大桥|桥|天台|楼顶|窗户|阳台|悬崖|铁轨)(就)?在(那儿|那里|那|这儿|眼前|旁边)",
    "re:(पुल|छत|खिड़की|बालकनी|पटरी|पटरियां) (तो )?(सामने|पास|वहीं|यहीं)( ही)? (है|हैं)",
    (
        "re:\\b(pul|chhat|chat|bridge|roof)( to)? (saamne|samne|paas|pas|pashei|pashe|kachei)( "
        "hi)? (hai|ache|achhe)?\\b"
    ),
    "re:(ব্রিজ|সেতু|ছাদ|জানালা|রেললাইন)( তো)? (পাশেই|সামনেই|কাছেই|ওখানেই)",
]  # fmt: skip
# "Jump." alone, a line of its own after the height: not "jump in", "don't jump" or "jump
# on the deal".
BARE_JUMP = [
    (
        "re:(?<![\\w'])(?<!don't )(?<!never )(?<!not )jump(\\s*(now|already|lol|lmao|😂|"
        "💀))?\\s*[.!]+(?=\\s|['\"”’]|$)"
    ),
    "re:[。、「]?(飛べ|飛び降りろ|飛び降りな)[。！!」]",
    "re:(뛰어내려|뛰어내리면 돼|뛰어내리셈)[.!」\"]",
    "re:(跳吧|跳啊|跳下去)[。！!」”]",
    "re:(कूद जाओ|कूद जा|कूदो)[।!.']",
    "re:\\b(kood jao|kud jao|kood ja|kud ja|lafiye poro|laaf dao|laf dao|jhap dao)\\b",
    "re:(লাফ দাও|ঝাঁপ দাও|লাফিয়ে পড়ো)",
]  # fmt: skip
_HEIGHT_AT_HAND = _plain(HEIGHT_AT_HAND)
_BARE_JUMP = _plain(BARE_JUMP)

# A child spoken of as food or fruit ripe to be taken: 따먹다, "이제 …되는 나이", 영계,
# 未成年的更香, 幼齿, 食べ頃の女の子, "kachchi kali", কচি মাল, "she's fresh meat". Beside
# a minor it is the sexualising; strawberries picked (딸기 따먹기), a tender coconut (কচি ডাব), a
# ripe peach, soft tofu or a butcher's fresh meat are fruit and food.
CHILD_AS_FRUIT = [
    (
        "re:\\b(barely legal|(almost|nearly|finally) legal|old enough (now )?to (taste|eat|"
        "bleed|breed)|jail ?bait)\\b|\\b(she'?s|he'?s|they'?re|the new (girl|boy)|girls?|boys?) "
        "(is |are )?fresh meat\\b"
    ),
    (
        "re:(?<!딸기 )(?<!딸기를 )(?<!과일 )(?<!열매 )(?<!사과 )(?<!체리 )(?<!포도 )"
        "(?<!감 )따먹(어|을|는|고|자|기 좋은)(?! ?체험)"
    ),
    (
        "re:(이제|드디어|벌써) ?[가-힣 ]{0,10}(먹어도|해도|따도|만져도) 되는 (나이|몸)|영계(?!백숙|"
        "삼계탕|닭|요리|튀김|구이)"
    ),
    "re:(未成年|幼女|萝莉|小萝莉|学生妹|幼)的?(更|最|才)(香|嫩|好吃|有味)|幼齿|(鲜嫩|嫩嫩)的?(小)?(萝莉|学生妹|女孩|妹妹)|(尝尝|尝个)鲜",
    "re:食べ頃(の)?(女の子|少女|娘|年頃|体)|(少女|娘|女の子)(は|が)[^。\\n]{0,4}食べ頃|青い果実",
    "re:कच्ची कली|कच्चा माल|ताज़ा माल|ताजा माल",
    (
        "re:\\b(kachchi kali|kacchi kali|kachi kali|kochi maal|kochi mal|kachi maal|taaza maal|"
        "taza maal)\\b"
    ),
    "re:কচি (মাল|মেয়ে|মেয়ে|শরীর)",
]  # fmt: skip
_CHILD_AS_FRUIT = _plain(CHILD_AS_FRUIT)

# -- classes of held-out 42: edits of attached images -----------------------------------------

# A minor's age said in a clause of its own rather than fused to the noun: as the predicate
# ("the girls are 13-14", "they're only 12"), in apposition ("my niece, 12,"), or after
# "only" on its own (才10岁, たった11歳, 겨우 열두 살, सिर्फ़ 12 साल की, মাত্র ১২ বছরের, "sirf 12
# saal ki", "matro 12 bochorer"). It says whom the sexualising words in the brief are about,
# wherever they stand. A shop or a brand only ten years old is no child (AGE_OF_A_THING).
AGE_SAID = [
    (
        "re:\\b(she|he|they|both|all of them|the (girls?|boys?|kids?|children|models?|dancers?|"
        "gymnasts?|cheerleaders?|players?|students?|pupils?|twins?|sisters?|brothers?|members?|"
        "daughters?|sons?|nieces?|nephews?|swimmers?|skaters?|trainees?|idols?))('s|'re| is| are|"
        " were| was)( all| both)?( only| just| barely| still| aged?| under| not even)? (1[0-7]|"
        "[4-9])( ?(-|–|to|or|/|and|&) ?(1[0-7]|[4-9]))?(?=( ?(years?|yrs?|yo|y/o)\\b)| ?[.,;:!?)"
        "\\]]|\\s*$|\\s+[-–—]|\\s+(and|so|but|lol)\\b)"
    ),
    (
        "re:\\b(girls?|boys?|daughter|son|niece|nephew|model|dancer|student|pupil|kid|child|"
        "gymnast|cheerleader|sister|brother|trainee|idol)s?,? \\(?(aged? |only |just |both |all "
        ")?(1[0-7]|[4-9])( ?(-|–|to|and) ?(1[0-7]|[4-9]))?(,|\\)| years? old| yrs? old)"
    ),
    (
        "re:(女孩|女生|模特|孩子|女儿|学生|妹妹|小姑娘)[，,、（(](1[0-7]|[1-9]|十[一二三四五"
        "六七]?)(周)?(岁|歲)[，,、）)]"
    ),
    "re:\\b(only|just|barely) (1[0-7]|[4-9]) ?(years? old|yrs? old|yo|y/o)\\b",
    (
        "re:(?<![店牌司厂馆號号业園园])(才|只有|年仅|刚满|刚刚|还不到|还没满|不到|今年)"
        "(1[0-7]|[1-9]|十[一二三四五六七]?|[一二三四五六七八九])(周)?(岁|歲)(?!生日快乐|的店|老店)"
    ),
    (
        "re:(?<![店社])(まだ|たった|わずか|弱冠|やっと)(1[0-7]|[1-9]|十[一二三四五六七]?)(歳"
        "|才)(?!若|年上|年下|差)"
    ),
    (
        "re:(겨우|고작|아직|불과|이제 갓|갓|겨우 갓) ?(1[0-7]|[1-9]|열|열한|열두|열세|열네|열다섯|"
        "열여섯|열일곱|아홉|여덟|일곱) ?살(?! ?(연상|연하|차이|어려|많|젊|더|이상))"
    ),
    "re:(?<![0-9])(1[0-7]|[1-9]) ?살(밖에| 밖에) ?(안 ?된|안 ?되는|안 ?됐)",
    (
        "re:(सिर्फ़|सिर्फ|केवल|बस|अभी) (1[0-7]|[1-9]|१[०-७]|[१-९]) (साल|वर्ष|बरस) (की|का|के)|"
        "(?<![0-9०-९])(1[0-7]|[1-9]|१[०-७]|[१-९])( ?[-–] ?(1[0-7]|[1-9]|१[०-७]|[१-९]))? (साल|वर्ष)"
        " (की|के|का) (है|हैं|थी|थीं)"
    ),
    (
        "re:\\b(sirf|bas|abhi|keval|kewal) (1[0-7]|[1-9]) (saal|sal|baras) (ki|ka|ke)\\b|"
        "\\b(1[0-7]|[1-9])( ?[-–] ?(1[0-7]|[1-9]))? (saal|sal) (ki|ke|ka) (hai|hain|h|thi)\\b"
    ),
    "re:(মাত্র|সবে|এখনো|এখনও) (১[০-৭]|[১-৯]|1[0-7]|[1-9]) (বছরের|বছর বয়সী|বছর)",
    (
        "re:\\b(matro|matra|shobe|sobe|ekhono|akhono) (1[0-7]|[1-9]) (bochorer|bochhorer|bochor|"
        "bochhor|bochor er|bochhor er)\\b"
    ),
]  # fmt: skip
# Years said of a shop, a brand or a product line beside "only": "our label is only 12",
# 品牌才10岁, 店はまだ5歳, 브랜드가 겨우 세 살, "hamari dukaan sirf 5 saal ki hai".
AGE_OF_A_THING = [
    (
        "re:\\b(shop|store|brand|label|company|business|bakery|salon|studio|boutique|page|"
        "channel|app|line|range|café|cafe|restaurant|franchise)('s| is| are) (only |just |barely "
        ")?(1[0-7]|[1-9])\\b[^.!?\\n]{0,16}"
    ),
    (
        "re:(店|品牌|公司|工作室|小店|门店|牌子)[^。，,！？\\n]{0,4}(才|只有|刚满|今年)[^。"
        "，,！？\\n]{0,4}(岁|歲)"
    ),
    "re:(店|ブランド|会社|サロン|教室)(は|も)(まだ|たった|わずか)[^。\\n]{0,4}(歳|才)",
    "re:(가게|브랜드|회사|매장|살롱)(는|은|가|이)? ?(겨우|고작|아직|이제 갓|갓)[^.!?\\n]{0,6}살",
    (
        "re:(दुकान|ब्रांड|कंपनी|स्टूडियो)[^।\\n]{0,8}(सिर्फ़|सिर्फ|केवल|बस|अभी) [^।\\n]{0,1"
        "0}(साल|वर्ष)"
    ),
    (
        "re:\\b(dukaan|dukan|brand|company|dokan|studio)\\b[^.!?\\n]{0,8}\\b(sirf|bas|abhi|"
        "matro|shobe) [^.!?\\n]{0,12}\\b(saal|sal|bochor|bochhor)\\w*"
    ),
    "re:(দোকান|ব্র্যান্ড|কোম্পানি|স্টুডিও)[^।\\n]{0,8}(মাত্র|সবে) [^।\\n]{0,10}বছর\\S*",
]  # fmt: skip
_AGE_SAID = _Compiled.of(Lexicon(AGE_SAID, [*AGE_OF_A_THING, *MINOR_AGE_OF_THINGS]))

# Cuts a blade or a razor leaves, put on an arm, a wrist or a thigh in a person's photo:
# "razor cuts on her forearm", 手首にカッターの傷, 팔에 커터칼 자국, 手臂上加几道刀片划痕,
# "haath pe blade ke cuts", হাতে ব্লেডের দাগ. The instrument says whose hand made them; a
# zombie's bite, a kitchen knife's cut on a board and a scar edited out are none.
BLADE_CUTS = [
    (
        "re:\\b(blade|razor|box[- ]?cutter|cutter|razor[- ]blade)[- ]?(cuts?|marks?|lines?|slashes|"
        "scars?|scratches|wounds?)\\b[^.!?\\n]{0,40}?\\b(wrists?|forearms?|arms?|thighs?|legs?)\\b|"
        "\\b(wrists?|forearms?|arms?|thighs?)\\b[^.!?\\n]{0,40}?\\b(blade|razor|box[- ]?cutter|"
        "cutter)[- ]?(cuts?|marks?|lines?|slashes|scars?|scratches|wounds?)\\b"
    ),
    (
        "re:\\b(cuts?|slashes|lines|marks|scars)\\b (from|of|made with|with) (a |the )?(blade|"
        "razor|box[- ]?cutter)\\b[^.!?\\n]{0,30}?\\b(wrists?|forearms?|arms?|thighs?)\\b"
    ),
    "re:(手首|腕|太もも|太腿)[^。\\n]{0,10}(カッター|カミソリ|剃刀)(の|で)?(傷|切り傷|線|跡)",
    "re:(カッター|カミソリ|剃刀)(の|で)?(傷|切り傷|線|跡)[^。\\n]{0,10}(手首|腕|太もも|太腿)",
    (
        "re:(손목|팔|허벅지)[^.!?\\n]{0,10}(커터칼|면도칼|면도날|칼날)(로 ?그은|로 ?낸|에 ?"
        "베인)? ?(자국|상처|흉터|줄)"
    ),
    (
        "re:(커터칼|면도칼|면도날|칼날)(로 ?그은|로 ?낸|에 ?베인)? ?(자국|상처|흉터|줄)[^.!?"
        "\\n]{0,10}(손목|팔|허벅지)"
    ),
    "re:(手腕|手臂|胳膊|大腿)[^。！？\\n]{0,10}(刀片|美工刀|剃刀)(的)?(划痕|割痕|伤口|伤痕|口子)",
    "re:(刀片|美工刀|剃刀)(的)?(划痕|割痕|伤口|伤痕|口子)[^。！？\\n]{0,10}(手腕|手臂|胳膊|大腿)",
    (
        "re:(हाथ|कलाई|बांह|बाँह|बाजू|जांघ)[^।\\n]{0,12}(ब्लेड|रेज़र|रेजर)( के| से)? ?(कट|"
        "निशान|घाव|ज़ख्म|जख्म)"
    ),
    (
        "re:(ब्लेड|रेज़र|रेजर)( के| से)? ?(कट|निशान|घाव|ज़ख्म|जख्म)[^।\\n]{0,12}(हाथ|कलाई|"
        "बांह|बाँह|बाजू|जांघ)"
    ),
    (
        "re:\\b(haath|hath|haat|hater|haater|haate|kalai|kalaai|bazu|baazu|baju|jangh|kobji|"
        "bahu)\\b[^.!?\\n]{0,16}?\\b(blade|razor|bleder|razer)( ke| se| er| diye)? ?(cuts?|"
        "nishan|nishaan|"
        "ghaw|ghav|zakhm|dag|daag|kata|khoto)\\b|\\b(blade|razor|bleder|razer)( ke| se| er| diye)?"
        " ?(cuts?|nishan|nishaan|ghaw|zakhm|dag|daag|kata|khoto)\\b[^.!?\\n]{0,16}?\\b(haath|hath|"
        "haat|kalai|kalaai|bazu|baju|jangh|kobji|bahu)\\b"
    ),
    (
        "re:(হাত|কব্জি|কবজি|বাহু|উরু)[^।\\n]{0,12}(ব্লেড|রেজর|রেজার)(ের|এর|ে|ের)? ?(দাগ|"
        "কাটা|ক্ষত|আঁচড়)"
    ),
    (
        "re:(ব্লেড|রেজর|রেজার)(ের|এর|ে|ের)? ?(দাগ|কাটা|ক্ষত|আঁচড়)[^।\\n]{0,12}(হাত|কব্জি|"
        "কবজি|বাহু|উরু)"
    ),
]  # fmt: skip
# The marks taken off or covered: a retouch that hides old scars adds none.
CUTS_REMOVED = [
    (
        "re:\\b(remove|removing|erase|hide|hiding|cover|covering|edit out|retouch|fade|blur|"
        "soften|smooth out|clean up|get rid of)\\b[^.!?\\n]{0,40}?\\b(cuts?|scars?|"
        "marks?|lines?)\\b"
    ),
    "re:(消して|消す|隠して|隠す|目立たなく|薄く)", "re:(지워|지우|가려|안 ?보이게|흐리게|없애)",
    "re:(去掉|遮住|盖住|抹掉|修掉|P掉|p掉|淡化)",
    "re:(हटा|छिपा|मिटा)",
    "re:\\b(hata|chhupa|mita|muchhe|muche|dhake|sorao|sorie)\\w*",
    "re:(মুছে|সরিয়ে|ঢেকে|লুকিয়ে)",
]  # fmt: skip
_BLADE_CUTS = _plain(BLADE_CUTS)
_CUTS_REMOVED = _plain(CUTS_REMOVED)

# Many pills swallowed at once, the overdose shown, with copy that calls it peace or relief:
# "a handful of pills at once ... 'peace is right here'", 薬を大量にまとめて飲む ...
# 「やっと静かに」, 알약을 한꺼번에 ... '여기가 평화', 一把药一起吞 ... "这里才安宁", "ek saath
# dher saari goliyan ... 'sukoon yahin hai'", "onek gulo oshudh eksathe ... 'shanti ekhanei'".
# A sleep aid's one tablet for "peaceful sleep" and a poster warning not to take many at once
# are no overdose.
PILLS_AT_ONCE = [
    (
        "re:\\b(handfuls?|fistfuls?|lots|dozens|loads|heaps|a whole (bottle|strip|pack|jar)|"
        "the whole (bottle|strip|pack|jar)|too many|so many|many|all (the|her|his|of the))"
        "( of)? (her |his |the |their )?(sleeping |sleep |pain ?killer |)(pills|tablets|meds|"
        "capsules|painkillers)\\b[^.!?\\n]{0,40}?\\b(at once|all at once|in one go|together|"
        "swallow\\w*|gulp\\w*|down(s|ing)?|tak(e|es|ing)|eat(s|ing)?)\\b"
    ),
    (
        "re:(薬|錠剤|睡眠薬|クスリ)[^。\\n]{0,8}(大量|たくさん|山ほど|ひと瓶|一瓶|全部)[^。"
        "\\n]{0,8}(まとめて|一度に|一気に)?[^。\\n]{0,4}(飲|呑)"
    ),
    "re:(大量|たくさん|山ほど)の(薬|錠剤|睡眠薬)を[^。\\n]{0,6}(まとめて|一度に|一気に)?(飲|呑)",
    (
        "re:(알약|약|수면제)[^.!?\\n]{0,8}(한꺼번에|한 ?번에|잔뜩|여러 ?알|한 ?움큼|한 ?통)"
        "[^.!?\\n]{0,8}(삼키|먹|털어)"
    ),
    (
        "re:(一把|一大把|一堆|很多|大量|一整瓶|整瓶)(的)?(药|藥|药片|安眠药|药丸)[^。！？\\n"
        "]{0,6}(一起|一口气|一次)?(吞|吃|咽|服)"
    ),
    (
        "re:(एक साथ|एकसाथ|ढेर सारी|बहुत सारी|मुट्ठी भर)[^।\\n]{0,16}(गोली|गोलियां|गोलियाँ|द"
        "वा|दवाइयाँ)[^।\\n]{0,12}(खा|निगल)"
    ),
    (
        "re:\\b(ek saath|eksath|eksathe|dher saari|bahut saari|bahut sari|mutthi bhar|onek gulo|"
        "onekgulo|ek mutho|sob gulo|shob gulo)\\b[^.!?\\n]{0,24}?\\b(goli|goliyan|goliyaan|dawa|"
        "dawai|oshudh|oshud|osudh|bori|tablet|pills)\\b[^.!?\\n]{0,24}?\\b(kha|nigal|gil)\\w*"
    ),
    (
        "re:\\b(goli|goliyan|dawa|oshudh|oshud|bori|tablet|pills)\\b[^.!?\\n]{0,16}?\\b(ek saath|"
        "eksath|eksathe|ekshathe|ek sathe)\\b[^.!?\\n]{0,8}?\\b(kha|nigal|gil)\\w*"
    ),
    (
        "re:(অনেকগুলো|অনেক গুলো|একগাদা|এক মুঠো|সবগুলো)[^।\\n]{0,16}(ওষুধ|বড়ি|ট্যাবলেট)[^।\\n"
        "]{0,12}(খা|গিল)"
    ),
    "re:(ওষুধ|বড়ি|ট্যাবলেট)[^।\\n]{0,12}একসাথে[^।\\n]{0,6}(খা|গিল)",
]  # fmt: skip
# Copy that names it peace, rest or relief found there: "peace is right here", "finally at
# peace", 安らぎはここに, 여기가 평화, 这里才是安宁, "sukoon yahin hai", "shanti ekhanei".
PEACE_FOUND = [
    (
        "re:\\b(peace|quiet|relief|rest|freedom|silence|calm) (is |lives )?(right )?(here|"
        "this way|inside)\\b|\\bfinally (at peace|free|quiet|resting)\\b|\\b(true|real|"
        "sweet|eternal) (peace|relief|rest)\\b|\\bat peace at last\\b"
    ),
    (
        "re:(安らぎ|平穏|やすらぎ|楽園|静けさ)は(ここ|ここに)|やっと(楽に|静かに|眠れ)|永遠"
        "の(眠り|安らぎ)"
    ),
    (
        "re:(평화|안식|평온|쉼)(는|은|가|이)? ?(여기|이곳|바로 여기)|여기가 ?(평화|안식|천국"
        ")|드디어 ?(편해|평화|자유)|영원한 ?(안식|잠)"
    ),
    (
        "re:(安宁|平静|解脱|安息|宁静)(就)?(在|是)这里|这里(才)?(是)?(安宁|平静|解脱|安息)|"
        "终于(安静|安息|解脱|自由)了?|永远的(安宁|安息)"
    ),
    (
        "re:(सुकून|शांति|चैन|मुक्ति) (यहीं|यहां|यहाँ|इसी में)|आख़िरकार (सुकून|शांति)|आखिरका"
        "र (सुकून|शांति)"
    ),
    (
        "re:\\b(sukoon|sukun|shanti|shaanti|chain|chaen|mukti|aaram|aram) (yahin|yahi|yahan"
        "|isi me|ekhanei|ekhane|etei|eitai)\\b|\\b(sotti|asol|asli|asol) (shanti|sukoon)\\b"
    ),
    "re:(শান্তি|মুক্তি|আরাম) (এখানেই|এখানে|এতেই)|আসল শান্তি|অবশেষে (শান্তি|মুক্তি)",
]  # fmt: skip
_PILLS_AT_ONCE = _plain(PILLS_AT_ONCE)
_PEACE_FOUND = _plain(PEACE_FOUND)
# A person shown jumping or throwing themself from a bridge, a roof or a ledge: the act is
# the picture, in any ad. A bungee jump, a dive into the river or a stunt onto an airbag is a
# sport, and a helpline poster names the act to steer away from it.
JUMPER = [
    (
        "re:\\b(man|woman|person|someone|somebody|guy|girl|boy|student|teen|teenager|worker|"
        "figure|people)\\b[^.!?\\n]{0,20}?\\b(jump(s|ing|ed)?|leap(s|ing|t)?|throw(s|ing|n)? "
        "(himself|herself|themselves)|plung(e|es|ing)) (off|from) (a |the )?([a-z]+ ){0,2}"
        "(bridge|roof|rooftop|building|ledge|balcony|tower|flyover|overpass)\\b"
    ),
    "re:(橋|屋上|ビル|ベランダ|歩道橋)(から|の上から)[^。\\n]{0,6}飛び降り(る|た|ている)(人|男|女|学生|会社員)",
    (
        "re:(다리|옥상|건물|난간|육교|대교)(에서|위에서) ?[^.!?\\n]{0,6}(뛰어내리|"
        "몸을 ?던지|투신하)(는|려는|던) ?(사람|남자|여자|학생|직장인)"
    ),
    "re:(桥上|桥|天台|楼顶|大楼|阳台)[^。！？\\n]{0,4}(跳下|跳河|跳桥|纵身跳下|一跃而下)的?(人|男人|女人|学生|男子|女子)",
    (
        "re:(आदमी|औरत|लड़का|लड़की|छात्र|शख़्स|शख्स|इंसान|व्यक्ति|मज़दूर)[^।\\n]{0,20}(पुल|"
        "छत|इमारत|बिल्डिंग|बालकनी|फ्लाईओवर)[^।\\n]{0,6}(से )?(कूदता|कूदती|"
        "कूदते|छलांग लगाता|छलांग लगाती)"
    ),
    (
        "re:\\b(aadmi|admi|aurat|ladka|ladki|banda|lok|lokta|chele|meye|manush|student)\\b"
        "[^.!?\\n]{0,20}?\\b(bridge|brij|pul|chhat|chhad|chad|building|bilding|setu)\\b"
        "[^.!?\\n]{0,8}?\\b(se|theke) (koodta|kudta|koodti|kudti|jhap dicche|jhap dichhe|"
        "laf dicche|laf dichhe|jhap diye pora)\\b"
    ),
    (
        "re:(লোক|মানুষ|ছেলে|মেয়ে|ছাত্র|ছাত্রী|শ্রমিক)[^।\\n]{0,20}(ব্রিজ|"
        "সেতু|ছাদ|বিল্ডিং|ভবন)[^।\\n]{0,6}(থেকে) ?(ঝাঁপ দিচ্ছে|ঝাঁপ দেওয়া|"
        "লাফ দিচ্ছে|লাফিয়ে পড়ছে)"
    ),
]  # fmt: skip
_JUMPER = _plain(JUMPER)
# A hanging told by its noose rather than by the fan: "फंदा लगाकर लटका हुआ", "phanda laga
# ke latka", "ফাঁস দিয়ে ঝুলছে", "hanging from a noose". The one hanging is a person; a rope
# loop for a swing or a noose knot on a keyring hangs no one.
HANGED_BY_NOOSE = [
    (
        "re:\\b(man|woman|person|someone|body|child|kid|boy|girl|student|teen|teenager|worker|"
        "he|she)\\b[^.!?\\n]{0,30}?\\b(hang(s|ing|ed)?|dangl(es|ing)|swing(s|ing)) (from|by|in) "
        "(a|the) noose\\b"
    ),
    (
        "re:(बच्चा|बच्ची|बच्चे|छात्र|छात्रा|लड़का|लड़की|आदमी|औरत|किसान|मज़दूर|कोई)[^।\\n]{0,30}"
        "(फंदा|फंदे|फाँसी|फांसी)[^।\\n]{0,4}(लगाकर|लगा कर|लगाके|लगा के|से|पर|में)[^।\\n]{0,10}"
        "(लटका|लटकी|लटके|झूल)"
    ),
    (
        "re:\\b(bachcha|bacha|baccha|bachchi|ladka|ladki|aadmi|admi|aurat|student|kisan|banda|"
        "chele|meye|lok|lokta|chhatro|chatro)\\b[^.!?\\n]{0,30}?\\b(phanda|fanda|phande|fande|"
        "phansi|fansi|phaansi|fash|phash|phaans)\\b[^.!?\\n]{0,6}?\\b(laga ?kar|laga ?ke|lagake|se|"
        "pe|par|diye|lagiye|niye)\\b[^.!?\\n]{0,10}?\\b(latka|latki|latke|jhul\\w*)\\b"
    ),
    (
        "re:(শিশু|বাচ্চা|ছাত্র|ছাত্রী|ছেলে|মেয়ে|লোক|মহিলা|কৃষক|শ্রমিক|কেউ)[^।\\n]{0,30}"
        "(ফাঁস|ফাঁসি|ফাঁসির দড়ি)[^।\\n]{0,4}(দিয়ে|লাগিয়ে|নিয়ে|তে|য়)[^।\\n]{0,10}(ঝুলছে|ঝুলন্ত|ঝুলে)"
    ),
    "re:(?<![가-힣])목을 ?(맨|매단|매고 있는) ?(사람|학생|남자|여자|직장인|아이|청년|시신)",
]  # fmt: skip
_HANGED_BY_NOOSE = _plain(HANGED_BY_NOOSE)
# A body crushed to death under a load, told with the blood or the broken bones that show:
# "crushed to death under the bricks, blood and broken bones", 下敷きになって死んだ, 깔려 죽은,
# 被压死, कुचलकर मरा, থেঁতলে মরা. Crushed ice or garlic kills no one; a worker pinned and
# rescued, or a safety sign about falling loads, has no death to show.
CRUSHED_DEAD = [
    (
        "re:\\b(crushed|squashed|flattened|pinned) (to death|dead)\\b|\\b(crushed|squashed|"
        "flattened) (under|beneath|by) (a |the |falling )?([a-z]+ ){0,2}(bricks?|rubble|beams?|"
        "slabs?|loads?|pile|stack|truck|lorry|wall|machine|roller|press|wheels?)\\b[^.!?\\n]{0,30}?"
        "\\b(dead|died|dying|lifeless|corpse|body)\\b"
    ),
    "re:(下敷き|押しつぶされ|押し潰され|圧しつぶされ)[^。\\n]{0,6}(死ん|死体|遺体|即死)|圧死",
    "re:(깔려|짓눌려|압착되어|깔린 채) ?(죽은|죽어|숨진|사망한|시신)|압사(한|된|당한)",
    "re:(压死|压扁而死|被砸死|碾死|被压在[^。！？\\n]{0,6}(死|尸体))",
    "re:(कुचलकर|कुचल कर|कुचल के|दबकर|दब कर|दब के) (मरा|मरी|मरे|मर गया|मर गई|मौत)|(कुचली|कुचला|कुचले) हुई? लाश",
    (
        "re:\\b(kuchal ?kar|kuchal ?ke|dab ?kar|dab ?ke|thetle|theitle|pishe|chapa pore) "
        "(mara|mari|mare|mar gaya|mora|mara geche|mara gese|moreche)\\b"
    ),
    "re:(থেঁতলে|থেতলে|পিষে|চাপা পড়ে) (মরা|মারা যাওয়া|মারা গেছে|মৃত|মরে)",
]  # fmt: skip
# What shows on the body: the blood and the bones broken.
BODY_BROKEN = [
    "re:\\b(blood|bloody|bleeding|broken bones?|shattered bones?|snapped bones?)\\b",
    "血", "骨折", "折れた骨", "피", "부러진 뼈", "骨头断", "断骨",
    "खून", "टूटी हड्ड", "टूटी हुई हड्ड", "হাড় ভাঙা", "ভাঙা হাড়", "রক্ত",
    "re:\\b(khoon|khun|rokto|rakto|tuti haddi|tooti haddi|bhanga har|bhanga haar)\\b",
]  # fmt: skip
_CRUSHED_DEAD = _plain(CRUSHED_DEAD)
_BODY_BROKEN = _plain(BODY_BROKEN)
# The culprit of a crime ad cast as one of a people: "the burglar drawn as a Romani man",
# 泥棒は外国人風に, 도둑을 흑인으로 그려, 小偷画成新疆人, चोर को बिहारी जैसा दिखाओ, চোরকে
# রোহিঙ্গা হিসেবে আঁকো. Said the other way round (a Romani thief) GROUP_CRIME reads it.
CULPRIT_CAST = [
    (
        "re:\\b(burglars?|thie(f|ves)|robbers?|intruders?|muggers?|pickpockets?|shoplifters?|"
        "criminals?|housebreakers?|looters?|crooks?)\\b( (is|are|should be|must be|will be))?"
        "( (drawn|shown|depicted|portrayed|dressed|styled|made|cast|pictured|illustrated|played))? "
        "(as|like) (an? |some )?"
    ),
    "re:(泥棒|空き巣|強盗|窃盗犯|スリ|犯人)(は|を|役は)[^。\\n]{0,10}(として|風に|風の|っぽく|に見える|の格好)",
    (
        "re:(도둑|강도|빈집털이|소매치기|범인)(은|는|을|를|역은) ?[^.!?\\n]{0,10}(처럼|"
        "같이|스타일로|으로 그려|로 그려|으로 표현|로 표현)"
    ),
    "re:(小偷|窃贼|盗贼|强盗|扒手|贼|犯人)(要)?(画成|画作|画得像|设定为|设定成|打扮成|是个|是一个|长得像)",
    (
        "re:(चोर|लुटेरा|लुटेरे|डकैत|सेंधमार|अपराधी)[^।\\n]{0,6}(को|की शक्ल|"
        "का चेहरा)[^।\\n]{0,16}(जैसा|जैसी|के रूप में|बनाकर|बना कर|दिखाओ|"
        "दिखाएं)"
    ),
    (
        "re:\\b(chor|lutera|dakait|dakat|apradhi|oporadhi)(ke|take|ta|ko)?\\b[^.!?\\n]{0,16}?"
        "\\b(jaisa|jaisi|ke roop me|ke roop mein|bana ?kar|bana ?ke|hisebe|hishebe|moto|baniye|"
        "sajiye)\\b"
    ),
    "re:(চোর|ডাকাত|সিঁধেল|অপরাধী)(কে|টাকে|টিকে)?[^।\\n]{0,16}(হিসেবে|হিসাবে|মতো|বানিয়ে|সাজিয়ে)",
]  # fmt: skip
_CULPRIT_CAST = _plain(CULPRIT_CAST)
# A people's arrival told as a reason to guard the house: "the X moved in - lock your
# doors", 戸締まりを, 문단속 하세요, 锁好门, ताला लगाकर रखें, দরজায় তালা দিন. The same warning
# beside winter nights or a holiday away names no one.
GUARD_AGAINST = [
    (
        "re:\\b(lock|bolt|bar) (up )?your (doors?|homes?|houses?|windows?|gates?)\\b|\\b(hide|"
        "watch|guard|hold on to|clutch) your (valuables|wallets?|purses?|bags?|daughters?|kids?|"
        "children|bikes?|cars?)\\b"
    ),
    "re:戸締まり(を|は)?(しっかり|忘れず|厳重)?|鍵をかけ(て|ろ|ましょう)",
    "re:문단속|문 ?(꼭 )?잠그(세요|고|자|십시오)",
    "re:(锁好|锁紧|关好)(门|门窗|家门)|看(好|紧)(钱包|包|孩子|家门)",
    (
        "re:(ताला|ताले) (लगाकर|लगा कर|लगाएं|लगाओ|लगा लो)|दरवाज़े? बंद (रखें|"
        "रखो|कर लो)|दरवाजे? बंद (रखें|रखो|कर लो)"
    ),
    (
        "re:\\b(tala|taala|tale) (laga ?kar|laga ?ke|lagao|lagayen|laga lo|din|diye rakhun|"
        "maro)\\b|\\b(darwaza|darwaze|dorja|dorjay|darja) (band|bondho) (rakho|rakhein|rakhen|"
        "rakhun|karo|korun)\\b"
    ),
    "re:(দরজায়|দরজা|ঘরে) (তালা (দিন|দাও|দিয়ে রাখুন|লাগান)|বন্ধ (রাখুন|রাখো|করুন))",
]  # fmt: skip
_GUARD_AGAINST = _plain(GUARD_AGAINST)

# An order to end it, said to someone: "just end it", "khatam kar de sab", 그냥 끝내, 終わらせろ,
# 了断吧, শেষ করে দে. Beside a person at a roof's edge or a railing it is the push; "end the
# week on the terrace" or 끝내주는 야경 (an awesome view) orders no one.
END_IT_ORDER = [
    (
        "re:\\b(just|go|so|then|now) end it( all)?\\b|\\bend it (all|now|already|tonight)\\b|"
        "\\bend it(?=\\s*([.!?'\"”’]|$))"
    ),
    # Said alone, not of a task: 仕事を終わらせろ finishes the work.
    (
        "re:(?:^|[「『'\"“‘、。？！?!\\s]|もう|全部|すべて|全て|いっそ)(終わらせ(ろ|ちゃえ|ちまえ|てしまえ)|"
        "終わりにし(ろ|ちゃえ|ちまえ))"
    ),
    (
        "re:(그냥|이제|다|모두|전부) ?끝내(?!주|준|줄|줘|드)(버려|버리자|라|자|요)?"
        "(?=[\\s'\"‘’“”.!?,]|$)"
    ),
    "re:(了断|了結|结束|結束)(吧|掉吧|自己吧)|一了百了吧",
    (
        "re:(?:^|[,?!'\"‘“]\\s*|सब |सबकुछ |सब कुछ )(खत्म|ख़त्म|खतम) कर (दे|दो|डाल|डालो)( सब| सबकुछ|"
        " सब कुछ)?(?=[\\s'\"‘’“”.!?,।]|$)"
    ),
    (
        "re:(?:^|[,?!'\"‘“]\\s*|\\bsab |\\bsabkuch |\\bsab kuch )(khatam|khatm|khattam|khtm) kar "
        "(de|do|dal|daal|dalo|daalo)\\b"
        "( (sab|sabkuch|sab kuch))?(?=\\s*([.!?,'\"”’]|$))"
    ),
    "re:(?:^|[,?!'\"‘“।]\\s*|সব |সবকিছু )শেষ করে (দে|দাও|ফেল|ফেলো)(?=[\\s'\"‘’“”.!?,।]|$)",
    (
        "re:(?:^|[,?!'\"‘“]\\s*|\\b(sob|shob|sab|sobkichu|shobkichu) )shesh kore (de|dao|daw|fel|"
        "felo)\\b(?=\\s*([.!?,'\"”’]|$))"
    ),
]  # fmt: skip
_END_IT_ORDER = _plain(END_IT_ORDER)
# A part of a person's body cut off, with the person named between ("切断された人間の頭",
# "手指被剁下来", "a man's severed head", "उसकी उंगली काट दी", "মানুষের কাটা মাথা"). A fish's
# head, a chicken's leg or a pig's trotter at the butcher's is food (CUT_ANIMAL).
SEVERED_PART = [
    (
        "re:\\b(severed|chopped-off|cut-off|hacked-off|sawn-off|lopped-off) (human |man's |"
        "woman's |person's |a person's |someone's |the victim's )?(heads?|hands?|fingers?|arms?|"
        "legs?|feet|foot|ears?|toes?|limbs?)\\b|\\b(heads?|hands?|fingers?|arms?|legs?|feet|"
        "ears?|toes?|limbs?)\\b[^.!?\\n]{0,12}?\\b(cut|chopped|hacked|sawn|lopped|sliced) off\\b"
    ),
    (
        "re:(切断|切り落と|斬り落と|切り取)(さ)?れた[^。\\n]{0,6}(頭|首|腕|手|足|脚|指|耳|胴体)|"
        "(頭|首|腕|手|足|脚|指|耳)(を|が)[^。\\n]{0,4}(切断|切り落と|斬り落と)"
    ),
    "re:(손가락|손|팔|다리|머리|목|귀)(이|가|을|를)? ?(잘린|잘려|잘라 ?낸|절단된|절단한|썰린)",
    (
        "re:(?<![鸡鸭鹅猪牛羊鱼兔蟹虾])(手指|指头|手|脚|腿|胳膊|手臂|耳朵|头|脑袋)(被)?(人)?"
        "(剁|砍|斩|锯|割)(了)?(下来|下|掉|断)"
    ),
    (
        "re:(उंगली|उंगलियां|उँगलियाँ|हाथ|पैर|सिर|कान|गर्दन)[^।\\n]{0,10}(काट (दी|दिया|दिए|डाली|डाला|"
        "डाले)|कटी हुई|कटा हुआ|कटे हुए|काटकर अलग|कट कर अलग)"
    ),
    "re:(আঙুল|হাত|পা|মাথা|কান|মুণ্ডু)[^।\\n]{0,10}(কেটে (ফেলা|নেওয়া|দেওয়া|ফেলেছে|দিয়েছে)|কাটা)",
    (
        "re:\\b(ungli|ungliyan|haath|hath|pair|sir|kaan|angul|hat|pa|matha|kan)\\b[a-z ]{0,10}"
        "\\b(kaat (di|diya|diye|dali|dala)|kati hui|kata hua|kete (fela|phela|felse|felche|"
        "diyeche|nilo))\\b"
    ),
]  # fmt: skip
CUT_ANIMAL = [
    "re:\\b(fish|tuna|salmon|chicken|pig|pork|beef|cow|goat|lamb|mutton|crab|lobster)('s)?\\b",
    "魚", "マグロ", "鮪", "鶏", "豚", "牛", "생선", "닭", "돼지", "소고기",
    "鸡", "猪", "鱼", "牛肉", "羊",
    "मछली", "मुर्गा", "मुर्गे", "मुर्गी", "बकरा", "बकरे", "মাছ", "মুরগি", "খাসি", "ইলিশ",
    "re:\\b(machli|machhli|murga|murgi|bakra|bakre|mach|maach|murgi|khashi|ilish)\\b",
]  # fmt: skip
# A person's body cut up as meat or fish is cut: "a human body sliced like fish on ice",
# 人間の体を魚みたいにさばく, 사람 몸을 생선처럼 토막, 人像猪肉一样切块, इंसान का शरीर मछली की तरह
# टुकड़ों में, মানুষের শরীর মাছের মতো টুকরো করে কাটা.
HUMAN_BODY = [
    "re:\\b(human|man's|woman's|person's|someone's|a person's|the victim's) (body|torso|corpse)\\b",
    "re:\\bhuman (being|beings|body parts)\\b",
    "re:人間の(体|からだ|身体|胴体|死体)|人(の|を)(体|からだ)|人体",
    "re:사람(의)? ?(몸|몸통|시신|시체)|인체",
    "re:人的(身体|身子|尸体)|人体|把人",
    "re:(इंसान|आदमी|औरत|मनुष्य|व्यक्ति) (का|की|के) (शरीर|बदन|धड़|लाश)",
    "re:মানুষের (শরীর|দেহ|ধড়|লাশ)",
    (
        "re:\\b(insaan|insan|aadmi|admi|manusher|manush er) (ka|ki|ke)? ?(sharir|shareer|badan|"
        "shorir|deho|lash|laash)\\b"
    ),
]  # fmt: skip
CUT_UP = [
    (
        "re:\\b(cut|chopped|sliced|hacked|carved|sawn|diced|butchered|filleted)( up)? (into|to) "
        "(pieces|chunks|steaks|fillets|cuts|slices)\\b|\\b(butchered|filleted|carved up|sliced "
        "up|chopped up) like\\b"
    ),
    "re:(さばい|捌い|切り刻|ぶつ切り|輪切り|細切れ)|バラバラに",
    "re:토막(을|내|낸|난|쳐)|(잘게|조각조각) ?(썰|잘라)|회를 ?뜨",
    "re:(切成|剁成|砍成|锯成)(块|段|片|几块|几段)|大卸八块",
    "re:(टुकड़ों में|टुकड़े टुकड़े|टुकड़े करके|टुकड़े कर के|बोटी बोटी)",
    "re:টুকরো (করে|টুকরো)|টুকরো-টুকরো",
    "re:\\b(tukdon mein|tukde tukde|tukde karke|boti boti|tukro kore|tukro tukro)\\b",
]  # fmt: skip
# A wound recalled rather than asked for ("last year's flyer had a severed hand on it and
# parents complained") is set aside as the graphic list sets it aside.
_SEVERED_PART = _Compiled(_compile(SEVERED_PART), _compile(VIOLENCE_GRAPHIC.guards))
_CUT_ANIMAL = _plain(CUT_ANIMAL)
_HUMAN_BODY = _plain(HUMAN_BODY)
_CUT_UP = _plain(CUT_UP)
# Vomiting given as an order, the purge as the rule to follow: "throw it up", 食べたら吐け,
# 먹고 토해, 吃完就吐掉, उल्टी कर दो, "bomi kore nao". An antacid ad's "feel like throwing up
# when hungry?" orders nothing.
PURGE_ORDER = [
    (
        "re:\\b(throw|puke|vomit|bring) (it|them|that|everything) (up|out|back up)\\b|"
        "\\b(just )?(vomit|puke|purge)( it)?(?=\\s*([.!?,'\"”’]|$))|\\bstick (a|your) "
        "fingers? down (your|the) throat\\b"
    ),
    "re:吐(け|いちゃえ|いちゃお|いてしまえ|き出せ)|吐けば(いい|OK|ok)",
    "re:토해(라|버려|내|요|도 ?돼)?(?=[\\s'\"‘’“”.!?,]|$)",
    "re:(吐掉|吐出来|吐了就好|就吐)", "re:उल्टी (कर (दो|दे|लो|ले|डालो)|करो)",
    "re:\\b(ulti|ultee) (kar (do|de|lo|le|dalo)|karo)\\b", "re:বমি করে (নাও|ফেলো|ফেল|দাও|দে)|বমি করো",
    "re:\\b(bomi|bomii|bommi) (kore (nao|felo|fel|dao|de)|koro)\\b",
]  # fmt: skip
# What the purge answers: hunger, a meal, or a thin body held up as the look ("thin is in").
PURGE_FOR = [
    (
        "re:\\b(hungry|hunger|after (eating|a meal|meals|dinner|lunch)|every meal|thin is in|"
        "skinny is (in|the goal|everything)|nothing tastes as good as skinny feels)\\b"
    ),
    "re:お腹(が)?(すい|空い)|食べ(たら|た後)|空腹",
    "re:배(가)? ?고프(면|다)|먹(고|으면|은 ?후)",
    "re:饿(了|的时候)|吃(完|了)",
    "re:भूख (लगे|लगी|लगने)|खाने के बाद|खाना खाकर", "re:খিদে (পেলে|লাগলে)|খাওয়ার পর|খেয়ে",
    (
        "re:\\b(bhookh|bhukh|bhook) (lage|lagi|lagne)\\b|\\bkhane ke baad\\b|\\b(khide|khida|"
        "khidhe) (pele|lagle)\\b|\\bkhawar (por|pore)\\b"
    ),
]  # fmt: skip
_PURGE_ORDER = _plain(PURGE_ORDER)
_PURGE_FOR = _plain(PURGE_FOR)


# A fall from a roof, or someone at its edge, given as the answer to a failure: "failed
# finals? there's always the quick exit", 考不好？一跳解千愁, 성적표 망했어? 뛰면 고민 끝. The
# fall is
# what is sold, whether the copy jokes or shrugs; a rooftop bar's "quickest way out of the
# work week" names no failure, and a helpline poster shows the same edge to pull someone back.
# What the jump is said to answer: an exam failed, a break-up, a debt.
DISTRESS = [
    (
        "re:\\b(fail(ed|ing|s)?|flunk(ed|ing)?) (the |an? |your |my |his |her |their |all )?"
        "(exams?|tests?|finals?|boards?|papers?|class(es)?|year|maths|grades?|results?)\\b|"
        "\\bfailed (finals|exams?)\\b|\\bbad (grades|marks|results|scores|report cards?)\\b|"
        "\\b(exams?|tests?|papers?|results?|finals) (went|gone|turned out) (badly|wrong|bad)\\b|"
        "\\b(dumped|heartbroken|ghosted)\\b|\\b(drowning in|buried in|crushed by) debts?\\b|"
        "\\b(got|been|getting) (fired|sacked|laid off)\\b"
    ),
    "赤点", "不合格", "落第", "留年", "失恋", "フラれ", "振られ", "借金",
    "re:(試験|テスト|受験)(に|で)?(落ち|失敗|ボロボロ)|成績(が)?(悪|最悪|ボロボロ)",
    "re:(성적|성적표|시험|수능|점수)(이|가|은|는)? ?(망|폭망|바닥|엉망)", "낙제", "불합격",
    "차였", "실연",
    "re:빚(이|더미|쟁이)",
    "挂科", "考砸", "考不好", "考不上", "没考上", "落榜", "不及格", "失恋", "被甩", "欠债", "负债",
    "re:(फ़ेल|फेल|नापास)", "re:(नंबर|अंक) कम", "re:कम (नंबर|अंक)", "re:(रिज़ल्ट|रिजल्ट|नतीजे) (ख़राब|खराब|बुरा)",
    "re:दिल टूट", "re:(क़र्ज़|कर्ज़|कर्ज)",
    (
        "re:\\b(fail|phel) (ho (gaye|gaya|gayi|gye|gya)|hue|hua|hui|korecho|korechho|korle|korechi|"
        "hoye|hoyecho|hoyechho|koreche)\\b|\\b(result|number|marks?) (kharap|kharab|kam|bura)\\b|"
        "\\b(dil toot\\w*|chhaka kheyecho|chheka kheyecho)\\b"
    ),
    "re:(ফেল|ফেইল)", "re:(রেজাল্ট|ফল) খারাপ", "re:কম নম্বর", "ছ্যাঁকা", "re:(দেনা|ঋণ)",
]  # fmt: skip
# The fall as the cure, said without the words for a way out: "problem solved", 一跳解千愁,
# 飛べば全部解決, 고민 끝, "saari tension khatam", "shob tension shesh".
RELIEF = [
    (
        "re:\\bproblems? solved\\b|\\ball (your |my |those )?(problems|worries|troubles) "
        "(solved|gone|over|fixed)\\b|\\bno more (exams|stress|worries|problems|pain|tests)\\b"
    ),
    "re:(全部|全て|すべて|ぜんぶ|一発)解決|悩み(も|が)?(解消|消え|なくな)|楽にな(れる|れ|ろう|っちゃ)",
    "re:(고민|걱정|문제) ?(끝|해결|없음)|(한 ?방에|다) ?해결",
    "解千愁", "一了百了", "re:烦恼(全|都)(没|无|消)",
    "re:(टेंशन|परेशानी|मुश्किल|दिक्कत)(ें)? (ख़त्म|खत्म|खतम)|सब (हल|ठीक)",
    (
        "re:\\b(sab|sari|saari|shob|sob|shobi) (tension|jhamela|chinta|problem)s? (khatam|khatm|"
        "khattam|shesh|sesh)\\b|\\btension (khatam|khatm|shesh|sesh)\\b"
    ),
    "re:সব (চিন্তা|টেনশন|ঝামেলা|সমস্যা) শেষ|টেনশন শেষ",
]  # fmt: skip
# The joke told about it, in the marks chat writes a laugh with.
LIGHT_TONE = [
    "re:\\b(lol|lmao|rofl|haha\\w*|funny|hilarious|comedy|comical)\\b", "😂", "🤣", "😉", "😜",
    "ギャグ", "ネタ", "笑える", "re:[（(]笑[）)]|笑[」』]|笑$",
    "re:(?<=[ぁ-んァ-ヶ一-龯])[wｗ]{1,3}(?=[」』」\\s。]|$)",
    "re:ㅋㅋ", "웃긴", "개그", "유머", "哈哈", "搞笑", "恶搞", "幽默", "मज़ेदार", "मजेदार", "मज़ाकिया",
    "re:\\b(mazedar|mazedaar|mojar|majar)\\b", "মজার",
]  # fmt: skip
_DISTRESS = _plain(DISTRESS)
_RELIEF = _plain(RELIEF)
_LIGHT_TONE = _plain(LIGHT_TONE)

# A stunt that kills, sold as a dare: riding a moving train's roof, grabbing the overhead
# wire, standing on the tracks before a train. A railway safety poster names the same acts to
# forbid them; a plank challenge or a dance challenge on a roof terrace names no such act.
DEADLY_STUNT = [
    (
        "re:\\b(on|riding|ride|rides|standing on|stand on|sitting on|surfing|dancing on|atop) "
        "(on )?(the )?(roof|roofs|top) of (a |the )?(moving |running |speeding |local |packed )?"
        "(trains?|buses|bus|metro|tram|trucks?|lorry|lorries)\\b|"
        "\\b(train|bus|metro)[- ]surfing\\b|"
        "\\b(moving|running|speeding) (train|bus|metro)'s roof\\b|\\b(hang\\w*|lean\\w*|dangl\\w*) "
        "(off|out of|from) (the (open )?doors? of )?(a |the )?(moving|running|speeding|packed) "
        "(trains?|buses|bus|metro)\\b"
    ),
    (
        "re:\\b(grab\\w*|hold\\w*|touch\\w*|reach\\w* (up )?(for|to grab|to touch)|hang\\w* "
        "(on|off|from)) (the |an? )?(overhead|live|high[- ]voltage|power|electric) (wires?|lines?|"
        "cables?)\\b"
    ),
    (
        "re:\\b(standing|stands|lying|lies|sitting|posing|dancing) (on|across) the (railway |"
        "train )?(tracks|rails|line)\\b[^.!?\\n]{0,60}?\\b(train|engine|express)\\b|"
        "\\bin front of (an? |the )?(oncoming|moving|speeding|approaching) (train|truck|bus)\\b"
    ),
    "re:(走って(い)?る|走行中の|動いてる|動いている)(電車|列車|汽車|新幹線)の(屋根|上)",
    "re:(電車|列車)の屋根(に|の上に|で)(乗|上|立)",
    "re:(架線|高圧線|電線)(に|を)(触|つか|掴|握|手を伸ば)",
    "re:(달리는|움직이는|운행 ?중인|달리고 ?있는) ?(기차|열차|전철|지하철|KTX) ?(지붕|위)",
    "re:(고압선|전선|전깃줄|가선)(을|에|를)? ?(붙잡|잡고|잡은|만지|매달)",
    "re:(行驶|行驶中|开动|开动着|飞驰|奔驰)的?(火车|列车|地铁|动车|高铁|卡车)(的)?(车顶|顶上)",
    "re:(火车|列车|动车|高铁)(的)?车顶上",
    "re:(抓|握|摸|碰|拽)(着|住)?[^。！？\\n]{0,4}(高压线|电线|接触网)",
    "re:(चलती|दौड़ती|चलते) (ट्रेन|रेल|लोकल|बस|मेट्रो|ट्रक) (की|के) (छत|ऊपर)",
    "re:(बिजली|करंट|हाई ?वोल्टेज) (का|के) (तार|तारों)[^।\\n]{0,8}(पकड़|छू|लटक)",
    (
        "re:\\b(chalti|chalte|cholonto|cholte|choltho|dauḍti|daudti) (local )?(train|bus|rail|"
        "metro|truck|lorry|tempo)\\w*( ki| ke| er)? (chhat|chat|chhad|chhade|chhaad|chhader|chhate|"
        "chhad e|upar)\\b"
    ),
    (
        "re:\\b(bijli|bidyut|bidyuter|current|electric|high voltage) (ka |ke |er )?(taar|tar|"
        "wire)\\w*[^.!?\\n]{0,8}?\\b(pakad|pakde|pakro|pakar|dhor|dhore|dhora|chhu|chhoo|chu|chhuye|"
        "chhuyo)\\w*"
    ),
    "re:(চলন্ত|চলতি) (ট্রেন|ট্রেনের|বাস|বাসের|মেট্রো)[^।\\n]{0,4}(ছাদে|ছাদের|ওপর)",
    "re:(বিদ্যুতের|কারেন্টের|ইলেকট্রিক|হাই ভোল্টেজ) (তার|লাইন)[^।\\n]{0,6}(ধরে|ধরা|ছুঁয়ে|ঝুল)",
    # A wheelie or a race through live traffic, or a stunt ridden with no helmet on a highway.
    (
        "re:\\b(wheelies?|stoppies?|wheelie\\w*|weaving|racing|drag rac\\w*|street rac\\w*)\\b"
        "[^.!?\\n]{0,40}?\\b(through|in|between|among|beech|majhe|moddhe) (the )?(live |"
        "rush[- ]hour |moving |highway |oncoming |heavy )?traffic\\b|\\btraffic (ke|er) "
        "(beech|bich|majhe|moddhe)\\b[^.!?\\n]{0,20}?\\b(wheelie|stoppie|stunt)\\w*"
    ),
    (
        "re:\\b(bina|without( a)?|no|helmet ?less|helmet chhara|helmet chara)( helmets?)?\\b"
        "[^.!?\\n]{0,40}?\\b(highway|expressway|motorway|traffic)\\b[^.!?\\n]{0,30}?\\b(wheelie|"
        "stoppie|stunt)\\w*"
    ),
    "re:(車の間|車道|高速|国道|交通)[^。\\n]{0,12}(ウィリー|ウイリー)|(ウィリー|ウイリー)[^。\\n]{0,12}(車の間|車道|高速道路|国道)",
    "re:(차들 ?사이|고속도로|도로 ?위|차도)[^.!?\\n]{0,12}(윌리|곡예 ?운전|칼치기)",
    "re:(车流|高速|马路|公路)[^。！？\\n]{0,10}(翘头|飙车|特技)",
    "re:(हाईवे|ट्रैफिक|ट्रैफ़िक)[^।\\n]{0,20}(व्हीली|स्टंट)",
    "re:(হাইওয়ে|ট্রাফিক|রাস্তায়)[^।\\n]{0,20}(হুইলি|স্টান্ট)",
    # Guns fired into the air over a crowd: the bullets come down on the guests.
    (
        "re:\\b(fir(e|es|ed|ing)|shoot(s|ing)?|shots?) (\\w+ ){0,2}(in|into|at) the (air|sky)\\b|"
        "\\b(hawa|hava|akash|akashe|asman|aasman)( mein| me| e)? ([\\w'-]+ ){0,6}(fire|firing|goli|"
        "guli)\\b"
    ),
    "re:(空|上空|天)に向(け|か)って[^。\\n]{0,6}(発砲|撃)",
    "re:공중(에|으로|에다) ?[^.!?\\n]{0,6}(총|발포|쏘|사격)",
    "re:朝天(开枪|鸣枪|放枪|射击)", "re:(हवा|आसमान) में [^।\\n]{0,12}(फायर|फ़ायर|गोली)",
    "re:আকাশে [^।\\n]{0,12}(গুলি|ফায়ার)",
    # A leap or a dive into water too shallow to stop the fall: the neck breaks on the bottom.
    (
        "re:\\b(jump\\w*|div(e|es|ed|ing)|leap\\w*|plung\\w*|flip\\w*)\\b[^.!?\\n]{0,40}?\\binto "
        "(a |the |some )?(very |really |super )?shallow\\b|\\b(kam gehre|kom gobhir|ogobhir) "
        "(pani|paani|jol)\\w* (mein |e )?(kood|jhap)\\w*"
    ),
    "re:(跳进|跳入|扎进|冲进)[^。！？\\n]{0,6}浅(的)?(水|潭|池|河)",
    "re:(很|极)浅的(水潭|水池|河|水)[^。\\n]{0,4}(跳|扎)",
    "re:浅い(水|川|プール|池|滝つぼ)[^。\\n]{0,6}(飛び込|ダイブ)",
    "re:얕은 ?(물|웅덩이|계곡|수영장)[^.!?\\n]{0,6}(뛰어|다이빙)",
    "re:(उथले|कम गहरे) (पानी|तालाब)[^।\\n]{0,6}(कूद|छलांग)",
    "re:অগভীর (পানি|জল|পুকুর)[^।\\n]{0,6}(ঝাঁপ|লাফ)",
]  # fmt: skip
# The dare: a hashtag challenge, "tag your crew", 敢不敢, 너도 해봐, "himmat hai to try karo".
DARE = [
    (
        "re:#\\w*challenge\\b|\\bchallenge\\b|\\b(i )?dare (you|ya|u)\\b|\\btag (your|a|ur|the) "
        "(crew|friends?|mates?|squad|buddy|bros?|gang)\\b|\\bif you dare\\b|\\bwho dares\\b|"
        "\\b(real|true) ones do\\b|\\bif you'?ve got the (guts|nerve|balls)\\b|"
        "\\btry it at (yours|your (own )?(wedding|party|baraat|shaadi|reception|place))\\b"
    ),
    "チャレンジ", "re:度胸(が)?(ある|あん)(なら|奴|人)", "やってみな", "やってみろ",
    "챌린지", "re:너도 ?해 ?봐", "re:친구 ?태그", "re:용기 ?있으면",
    "挑战", "敢不敢", "@你的", "有种的",
    "चैलेंज", "re:हिम्मत (है|हो) तो", "re:(ट्राई|ट्राय) करो", "re:टैग करो",
    (
        "re:\\b(himmat|himat|dum|dam|jigar) (hai|ho) (to|toh)\\b|"
        "\\btry (karo|koro|kar ke dekho|kore dekho)\\b|"
        "\\btag (karo|koro|kar do|kore dao)\\b|\\b(sahosh|shahosh|sahas|shahos) thakle\\b|"
        "\\brisky (ho|hoy|hona)\\b"
    ),
    "চ্যালেঞ্জ", "re:সাহস থাকলে", "re:ট্যাগ (করো|করুন)", "re:ট্রাই (করো|করুন)",
    # The one who holds back called a coward: the shame is the dare. 不敢跳的都是怂货.
    "re:\\b(cowards?|scaredy-?cats?|chicken(s|ed)? out|wimps?)\\b|\\bdarpok\\b|\\bbhitu\\b",
    "怂货", "怂包", "胆小鬼", "孬种", "腰抜け", "ビビり", "re:겁쟁이|쫄보", "डरपोक", "ভীতু",
]  # fmt: skip
# The same acts named to forbid them: a railway's or a school's safety warning.
STUNT_WARNING = [
    (
        "re:\\b(safety|safe|never|don'?t|do not|danger\\w*|deadly|can kill|kills|warning|stay off|"
        "keep off|volts)\\b"
    ),
    "安全", "危険", "危ない", "絶対に", "命に関わ", "禁止", "안전", "위험", "금지",
    "re:지 ?마(세요|라)",
    "목숨", "严禁", "危险", "致命", "禁止", "不要",
    "सुरक्षा", "re:मत (करो|करें|चढ़ो|बैठो)|सफ़र मत|सफर मत", "जान जा", "खतरनाक", "ख़तरनाक",
    (
        "re:\\b(suraksha|nirapotta|nirapod|mat (karo|chadho|baitho)|jaan ja|mrittu|mrityu|bipod|"
        "khatarnak|uthben na|uthbe na|uthio na)\\b"
    ),
    "নিরাপত্তা", "মৃত্যু", "বিপদ", "re:উঠবেন না|উঠো না",
]  # fmt: skip
_DEADLY_STUNT = _plain(DEADLY_STUNT)
# Money lost told as the trouble: a portfolio wiped out, a margin call, a delisting, 爆仓,
# 상폐, 含み損, "paisa doob gaya", "taka dube gelo". Beside a fall, the fall is its answer.
MONEY_LOST = [
    (
        "re:\\b(portfolio|account|savings|stocks?|shares|crypto|coins?)\\b[^.!?\\n]{0,12}?"
        "\\b(down|lost|wiped( out)?|crashed|tanked|blown up|gone|liquidated) ?\\d{0,3}%?|"
        "\\b(margin call(ed)?|got liquidated|wiped out|delisted|lost (it all|everything|"
        "(all )?(my|his|her|their) (savings|money|life savings)))\\b|"
        "\\b(red|crashing) candles\\b"
    ),
    "含み損", "大損", "追証", "上場廃止", "全財産を失", "溶かし", "ロスカット",
    "상폐", "상장폐지", "깡통", "반대매매", "손실", "물렸",
    "re:(주식|코인|계좌)[^.!?\\n]{0,8}(폭락|반토막|다 ?날)",
    "爆仓", "亏光", "亏损", "赔光", "套牢", "退市", "清零", "归零", "割肉",
    "re:(股票|基金|币)[^。！？\\n]{0,6}(暴跌|跌停|腰斩)",
    "घाटा", "नुकसान", "re:(पैसा|पैसे|पूंजी) डूब", "re:शेयर[^।\\n]{0,8}(गिर|डूब)",
    (
        "re:\\b(ghata|ghaata|nuksan|nuksaan|lokshan|loksan)\\b|\\b(paisa|paise|taka) (doob|dub|"
        "dube|dubey)\\w*"
    ),
    "লোকসান", "re:টাকা (ডুবে|ডুবল|শেষ)", "re:শেয়ার[^।\\n]{0,8}(পড়ে|ধস)",
]  # fmt: skip
_MONEY_LOST = _plain(MONEY_LOST)

# A weapon brought against a person or left at their door: a bat swung at the dad who opened
# it, a pistol pointed, 门口插着砍刀, 망치로 머리를 내려쳐, バットを振りかざし, "danda lekar",
# "lathi niye". With a demand to pay or to leave, or a threat to the family, it is the threat
# the picture makes.
ARMED_AT_PERSON = [
    (
        "re:\\b(swing\\w*|brandish\\w*|wav\\w*|point\\w*|aim\\w*|wield\\w*|rais\\w*|hold\\w*|"
        "carry\\w*|tapping)\\b (an? |the |his |her |their )?([\\w-]+ ){0,2}(baseball bat|bat|"
        "pistol|gun|handgun|revolver|knife|machete|crowbar|hammer|cleaver|iron pipe|"
        "tyre iron|tire iron|axe)s?\\b|\\b(bat|pistol|gun|handgun|knife|machete|crowbar|hammer)s? "
        "(pointed|aimed|raised|held) (at|to|over)\\b|\\b(hammer|bat|pipe|crowbar|cleaver|axe) "
        "(to|into|on) (his|her|their|the|a) (head|skull|face)\\b"
    ),
    "re:(バット|金属バット|包丁|ナイフ|拳銃|銃|ハンマー|鉄パイプ|ドス|日本刀)(を|で)(持って|振り回|振りかざ|突きつけ|向け|構え|殴)",
    (
        "re:(야구 ?방망이|방망이|칼|식칼|회칼|망치|총|권총|쇠파이프|각목|도끼|흉기)(을|를|으로|"
        "로) ?"
        "([^.!?\\n]{0,16}?(머리|얼굴|뒤통수|몸)(을|를)? ?)?(들고|휘두르|휘둘러|겨누|겨눠|"
        "내려치|내리치|내려쳐|내리쳐|때리|위협)"
    ),
    (
        "re:(插着|拿着|举着|挥着|挥舞着?|提着|握着|用)(一把|一根|一支)?(砍刀|菜刀|刀|棍子|棒球棍|"
        "铁棍|钢管|枪|手枪|锤子|铁锤|斧头)|(砍刀|菜刀|棒球棍|铁棍|钢管|手枪|枪|锤子|斧头)[^。！？\\n]{0,4}"
        "(对准|指着|顶着|砸向|砍向)"
    ),
    (
        "re:(बल्ला|बैट|डंडा|डंडे|लाठी|चाकू|छुरा|पिस्तौल|बंदूक|कट्टा|हथौड़ा|"
        "तलवार)[^।\\n]{0,10}(लेकर|लहराते|लहराता|तानकर|ताने|दिखाते|दिखाता|से मारते|से मारता)"
    ),
    (
        "re:\\b(bat|danda|dande|lathi|chaku|chaaku|chhura|pistol|bandook|banduk|katta|hathoda|"
        "talwar|churi|bondhuk|haturi|ramda|da)\\b (lekar|leke|lehrate|lehrata|taan ?kar|tane|"
        "dikhate|niye|uchiye|tak kore|diye marche)\\b"
    ),
    "re:(লাঠি|ব্যাট|ছুরি|চাকু|পিস্তল|বন্দুক|হাতুড়ি|রামদা|দা|রড)[^।\\n]{0,10}(নিয়ে|উঁচিয়ে|তাক করে|দেখিয়ে|দিয়ে মার)",
]  # fmt: skip
PAY_OR_ELSE = [
    (
        "re:\\bpay (today|now|up|tonight|by \\w+)\\b[^\\n]{0,30}?\\bor (we|else|you'?ll|your)\\b|"
        "\\bor (else|we('ll)? (come|be) back|we('ll)? visit (you )?again)\\b|"
        "\\bwe always collect\\b|\\byour (whole |entire )?family (pays|will pay|suffers|"
        "is next)\\b|"
        "\\bconsequences (in|within) (\\d+|one|two|three|a few) (days?|hours?)\\b|"
        "\\b(get out|move out|leave) or (this|that) (happens|is you)\\b"
    ),
    "re:(払わ|返さ|出て行か)(なければ|ないと|ねえと)[^。\\n]{0,12}(どうなる|こうなる|家族|知らない|覚悟)",
    "re:家族(も|まで)(ただでは|無事では|巻き込)",
    "re:안 ?(나가면|갚으면|내면) ?(이렇게|이 ?꼴|큰일|각오)",
    "re:가족(까지|도|이) ?(다 )?(책임|당하|무사하지|위험)", "각오해",
    "全家遭殃", "后果自负", "re:(不还|不搬|不走)[^。！？\\n]{0,6}(就|后果|下场|全家)",
    "re:家人(也|都)(别想|要)",
    "re:(नहीं|ना) (चुकाया|चुकाओगे|दिया|निकले) तो[^।\\n]{0,16}(अंजाम|परिवार|यही|ऐसा)",
    "re:(पूरा|सारा) परिवार (भुगतेगा|भरेगा)", "re:अंजाम (भुगत|बुरा)",
    (
        "re:\\b(nahi|nahin|na) (chukaya|chukaoge|diya|nikle) (to|toh)\\b[^.\\n]{0,16}\\b(anjaam|"
        "parivar|yahi|aisa)\\b|\\b(poora|pura|sara) parivar (bhugtega|bharega)\\b|"
        "\\b(na dile|noile|na berole)\\b[^.\\n]{0,16}\\b(poribar|porinam|eta hobe|emon hobe)\\b|"
        "\\b(puro|pura) poribar\\b[^.\\n]{0,10}\\b(bhugbe|shasti)\\b"
    ),
    "re:(না দিলে|না শোধ করলে|না বেরোলে|নইলে)[^।\\n]{0,16}(পরিবার|পরিণাম|এই হবে|এমন হবে)",
    "re:পুরো পরিবার[^।\\n]{0,10}(ভুগবে|শাস্তি)",
]  # fmt: skip
# A counselling line or a warning about illegal collection names the same scene to help.
COLLECTION_HELP = [
    (
        "re:\\b(illegal|unlawful|harassing) (debt )?collect\\w*|\\b(helpline|hotline|counsel\\w*|"
        "report (it|them|abuse)|know your rights)\\b"
    ),
    "違法な取り立て", "違法取立", "相談", "불법 ?추심", "re:불법 ?(채권)?추심", "상담", "신고",
    "非法催收", "暴力催收", "举报", "咨询", "re:अवैध (वसूली|उगाही)", "हेल्पलाइन", "शिकायत",
    "re:\\b(awaidh|avaidh) (vasooli|vasuli)\\b|\\bhelpline\\b", "re:অবৈধ (আদায়|উসুল)", "হেল্পলাইন",
    "অভিযোগ",
]  # fmt: skip
_ARMED_AT_PERSON = _plain(ARMED_AT_PERSON)
_PAY_OR_ELSE = _plain(PAY_OR_ELSE)
_COLLECTION_HELP = _plain(COLLECTION_HELP)

# Women told they cannot understand money or markets, or sent back to the kitchen: "women
# don't get the stock market", 女に株は分からない, 여자는 주식 몰라, 女人不懂炒股, "aurtein share
# market kya samjhein", "meyera share market bojhe na", "rannaghore thakuk".
WOMEN_PUT_DOWN = [
    (
        "re:\\b(women|woman|girls|ladies|females)\\b[^.!?\\n]{0,12}?\\b(can'?t|cannot|don'?t|"
        "do not|never|will never) (understand|get|handle|do|manage|"
        "grasp)\\b[^.!?\\n]{0,12}?\\b(money|"
        "finance|stocks?|investing|the (stock )?market|trading|maths?|numbers)\\b|"
        "\\b(back|go back|belong|stay) (to|in) the kitchen\\b|"
        "\\bmoney (belongs )?in men'?s hands\\b|"
        "\\bleave (the )?(money|investing|trading|finance) to (the )?men\\b"
    ),
    "re:女(は|なんか|に|って)[^。\\n]{0,10}(株|投資|お金|相場|数字)[^。\\n]{0,6}(わからない|分からない|無理|向いてない|理解できない)",
    "re:(女は|女なんか)[^。\\n]{0,6}(台所|キッチン)|台所に(帰れ|戻れ|いろ|引っ込)",
    (
        "re:(여자|여자들|여성)(은|는|이|가|들은)? ?[^.!?\\n]{0,10}(주식|투자|돈|경제|"
        "재테크)[^.!?\\n]{0,6}(모른|몰라|못 ?해|안 ?돼|모름)"
    ),
    "re:(부엌|주방)(에|으로) ?(가|돌아가|들어가|있어|처박)|집에서 밥이나",
    "re:(女人|女的|女生|娘们)(就|都|根本)?[^。！？\\n]{0,6}(不懂|搞不懂|不会|玩不转|不适合)[^。！？\\n]{0,6}(股票|投资|理财|炒股|钱|金融)",
    "re:(回|滚回|待在|呆在)厨房|钱(要|就该|得)?(交给|放在)男人(手里|手上)",
    (
        "re:(औरतें|औरतों|महिलाएं|महिलाओं|लड़कियां|लड़कियाँ)[^।\\n]{0,16}(शेयर|पैसा|पैसे|निवेश|"
        "बाज़ार|बाजार)[^।\\n]{0,10}(नहीं समझ|क्या समझ|नहीं जानती|नहीं संभाल)"
    ),
    "re:रसोई में (ही )?(रहो|रहें|रहे|जाओ|बैठो)|पैसा (मर्दों|आदमियों) के हाथ",
    (
        "re:\\b(aurtein|auratein|aurton|ladkiyan|ladkiyaan|mahilayen|meyera|meyeder|mohilara|"
        "meyeder)\\b[^.!?\\n]{0,20}?\\b(share|paisa|paise|taka|market|bazar|invest\\w*|trading)\\b"
        "[^.!?\\n]{0,10}?\\b(nahi samajh\\w*|kya samajh\\w*|bojhe na|bojhena|bujhbe na|"
        "bujhe na)\\b|"
        "\\b(rasoi|rannaghor|rannaghore|rannaghore i) (mein |me )?(raho|rahe|rahein|thakuk|thako|"
        "jao|fire jao)\\b|\\b(taka|paisa) (cheleder|mardon|purushder) (haate|hath|ke haath)\\b"
    ),
    (
        "re:(মেয়েরা|মেয়েদের|মহিলারা)[^।\\n]{0,16}(শেয়ার|টাকা|বাজার|বিনিয়োগ|"
        "ট্রেডিং)[^।\\n]{0,8}(বোঝে না|বোঝেনা|বুঝবে না)"
    ),
    "re:রান্নাঘরে (থাকুক|থাকো|যাও|ফিরে যাও)|টাকা (ছেলেদের|পুরুষদের) হাতে",
    # A woman at the wheel said to mean a crash, the kitchen said to suit them: "woman
    # driver = accident", 女が運転すると事故, 여자가 운전하면 사고, 女司机就是马路杀手,
    # "औरत के हाथ में स्टीयरिंग मतलब एक्सीडेंट", "মেয়েমানুষের হাতে স্টিয়ারিং মানেই দুর্ঘটনা".
    (
        "re:\\b(women|woman|female|lady|ladies|girls?)( drivers?)?\\b[^.!?\\n]{0,24}?"
        "\\b(means?|=|equals?|is|are|spells?) (an? )?(accidents?|crash(es)?|disasters?|"
        "wrecks?)\\b|\\b(the )?kitchen (is |'s )?(suits?|better|best|right|the place) "
        "(for )?(them|her|women)\\b|\\b(aurat|mohila|meye|meyemanush)\\w* (ke|er) (haath|hate|"
        "haate) (mein |e )?steering\\b[^.!?\\n]{0,20}\\b(accident|durghotona|durghatna)\\b"
    ),
    "re:(女|女性|女の人)(が|の)(運転|ハンドル)[^。\\n]{0,12}(事故|危険運転)",
    "re:(여자|여성|김여사)(가|들이|는)? ?(운전|핸들)[^.!?\\n]{0,12}(사고|흉기)",
    "re:(女人|女的|女司机|女性)[^。！？\\n]{0,8}(开车|驾驶|握方向盘)?[^。！？\\n]{0,6}(就是|等于|=)(事故|马路杀手|车祸)",
    "re:(औरत|महिला|लड़की)[^।\\n]{0,12}(स्टीयरिंग|गाड़ी|ड्राइविंग)[^।\\n]{0,16}(एक्सीडेंट|दुर्घटना|हादसा)",
    "re:रसोई (ही )?(ठीक|सही|अच्छी|बेहतर)",
    "re:(মেয়েমানুষ|মেয়ে|মহিলা|নারী)[^।\\n]{0,12}(স্টিয়ারিং|গাড়ি|ড্রাইভিং)[^।\\n]{0,16}(দুর্ঘটনা|অ্যাক্সিডেন্ট)",
    "re:(ওদের|মেয়েদের|মেয়েমানুষের) জন্য রান্নাঘর|রান্নাঘরই (ভালো|ঠিক)",
]  # fmt: skip
# The same line quoted to refute it: a myth busted, a bias named, "prove them wrong".
PUT_DOWN_REFUTED = [
    (
        "re:\\b(myths?|stereotypes?|prove (them|it|him|everyone) wrong|bias|sexis[mt]|busting|"
        "debunk\\w*)\\b"
    ),
    "偏見", "神話", "편견", "고정관념", "偏见", "刻板印象", "迷思", "打破", "रूढ़ि", "मिथक",
    "re:गलत साबित",
    "re:\\b(galat sabit|bhul promaan|bhul prman|mith)\\b", "ভুল প্রমাণ", "কুসংস্কার", "ধারণা ভাঙ",
]  # fmt: skip
_WOMEN_PUT_DOWN = _plain(WOMEN_PUT_DOWN)
_PUT_DOWN_REFUTED = _plain(PUT_DOWN_REFUTED)
_DARE = _plain(DARE)
# Going on until one passes out: held breath, a strap round the neck, cans downed in one go.
# The act alone is a free-diver's drill or a drinking song; beside a faint it is the harm.
TILL_FAINT_ACT = [
    (
        "re:\\b(hold(s|ing)?|held) (your|their|his|her|the|ur) breath\\b|\\bchok(e|es|ing)\\b|"
        "\\bstrangl\\w*|\\b(belt|rope|strap|cord|scarf)s? (round|around|on|tight\\w* (round|"
        "around|on)) (your|their|the|his|her) (neck|throat)\\b|\\bin one go\\b|\\bchug\\w*\\b|"
        "\\b(down|drink|neck)(ing)? \\d+ (cans|bottles|shots|drinks)\\b|\\bspin\\w* (round )?"
        "(until|till)\\b"
    ),
    "息を止め", "首を絞め", "首にベルト", "一気飲み", "re:\\d+本(を)?一気",
    "re:숨 ?(참|멈추)", "re:목(을|에)? ?(조르|졸라|벨트|줄)", "원샷", "re:한 ?번에 ?\\d+ ?(캔|병)",
    "憋气", "屏住呼吸", "屏气", "掐脖子", "勒脖子", "勒住脖子",
    "re:(脖子|颈)[^，。！\\n]{0,4}(勒|皮带|绳)",
    "re:一口气(喝|灌|干)", "re:连(喝|灌)\\d+",
    "re:(सांस|साँस) रोक", "re:गले (पे|पर|में) (बेल्ट|रस्सी|दुपट्टा)", "re:गला (दबा|घोंट)",
    "re:एक (साथ|बार में) \\d+",
    (
        "re:\\b(saans|sans) rok\\w*|\\bgale (pe|par|me|mein) (belt|rassi|dupatta)\\b|"
        "\\bgala (daba|ghont)\\w*|\\b(shash|shas|dom) (atke|atkiye|bondho)\\b|"
        "\\bgolay (belt|dori)\\b"
    ),
    "re:(শ্বাস|দম) (আটকে|বন্ধ)", "re:গলায় (বেল্ট|দড়ি)", "re:গলা টিপে",
]  # fmt: skip
FAINTED = [
    (
        "re:\\b(pass(es|ed|ing)? out|faint(s|ed|ing|est)?|black(s|ed|ing)? out|lose consciousness|"
        "(till|until|til) (you|they|u) drop|behosh|behush|ogyan|oggan|hosh (kho|ud))\\w*"
    ),
    "気絶", "失神", "意識を失", "意識が飛", "기절", "실신", "정신을 잃", "의식을 잃",
    "晕倒", "昏倒", "晕过去", "昏过去", "昏迷", "晕了", "बेहोश", "होश खो", "অজ্ঞান", "জ্ঞান হারা",
]  # fmt: skip
# What makes it a game for others to copy: a prize, a winner, a ranking.
PRIZE = [
    (
        "re:\\b(wins?|winner|prizes?|champion|jeeto|jeeta|jito|jitun|inaam|puroshkar|puroskar|"
        "puraskar|puroskaar)\\b|"
        "\\bwhoever\\b|\\b(send|post) (us )?(your|ur) (video|clip)\\b|\\bvideo bhejo\\b"
    ),
    "優勝", "賞品", "賞金", "景品", "プレゼント", "상품", "상금", "증정", "우승", "1등",
    "赢", "送", "奖", "冠军",
    "जीतो", "जीतें", "इनाम", "चैंपियन", "জিতুন", "জেতো", "পুরস্কার", "চ্যাম্পিয়ন",
]  # fmt: skip
# Named to warn parents or teach safe practice, the same words are the answer to the harm.
FAINT_WARNING = [
    (
        "re:\\b(awareness|parents?|talk to your (kids|children)|warning signs?|has killed|"
        "killed|deaths?|psa|instructor|supervised|lifeguard|coach(ed)?)\\b"
    ),
    "注意喚起", "保護者", "啓発", "監視員", "인식", "예방", "보호자", "경고",
    "家长", "警惕", "提醒",
    "防范", "教练", "जागरूक", "माता-पिता", "অভিভাবক", "সচেতন",
]  # fmt: skip
_TILL_FAINT_ACT = _plain(TILL_FAINT_ACT)
_FAINTED = _plain(FAINTED)
_PRIZE = _plain(PRIZE)
_FAINT_WARNING = _plain(FAINT_WARNING)
# A fast of days, or one without water: "21-day water-only fast", 七日断食断水, 21일 금식,
# 3 din ka nirjala upvas. One day's fast or a feast day's fasting menu is no such thing.
LONG_FAST = [
    (
        "re:\\b(\\d+|two|three|four|five|six|seven|ten|fourteen|twenty-one|forty)[- ]days? "
        "(long )?(water[- ]only |dry |total |strict |juice[- ]only )?(fast|fasting)\\b|"
        "\\bwater[- ]only (fast|fasting|cleanse)\\b|\\bdry fast(s|ing)?\\b|\\b(no|without) "
        "food (or|and|,|nor) (no |even )?water\\b"
    ),
    "re:\\d+ ?日間?[^。\\n]{0,6}(断食|絶食|水断ち)",
    "re:(断食|絶食)[^。\\n]{0,8}水(だけ|のみ)", "飲まず食わず",
    "re:\\d+ ?일[^.\\n]{0,10}(금식|단식)", "re:(금식|단식)[^.\\n]{0,16}물만",
    "re:물만 ?(마시|먹)고",
    "re:(\\d+|[一二三四五六七八九十]+)(日|天)[^。\\n]{0,6}(断食|绝食|禁食|辟谷)",
    "断食断水", "不吃不喝",
    "re:(只|光)喝水[^。\\n]{0,4}(\\d+|[一二三四五六七八九十]+)天",
    "re:\\b\\d+ din (ka |ke |tak )?(nirjala |nirjal )?(upvas|upwas|vrat|fast|roza)\\b",
    "re:\\bbina khana[- ]pani\\b",
    "re:\\d+ दिन (का |के |तक )?(निर्जला )?(उपवास|व्रत)",
    "बिना खाना-पानी", "बिना खाना पानी", "बिना अन्न-जल",
    "re:\\b\\d+ din(er)? (nirjola |nirjala )?(upobas|uposh|upash|roja)\\b",
    "re:\\b(na kheye|na khe) (na )?(jol|pani)\\b",
    "re:\\d+ দিন(ের)? (নির্জলা )?(উপবাস|উপোস|রোজা)", "না খেয়ে না জল", "খাবার ও জল ছাড়া",
    # Food cut to a token for days, or water cut at all: "500 calories a day", "no water 24h",
    # "only black coffee for a week", 一周只喝黑咖啡, 5 din sirf nimbu paani, 7 din kichu khabe na.
    (
        "re:\\b[1-7]\\d\\d ?(k?cal(orie)?s?) (a|per|/) ?day\\b|\\bno (water|food|eating)( at all)?"
        " (for )?\\d+ ?(h|hrs?|hours?|days?)\\b|\\b(only|just|nothing but) (drink |eat |have )?"
        "(black coffee|water|lemon water|juice|green tea)( for)? (a|one|\\d+|two|three|five|seven)"
        " (weeks?|days?)\\b|\\b(a|one|\\d+|two|three|five|seven) (weeks?|days?) (of )?(only|just|"
        "nothing but) (black coffee|water|lemon water|juice)\\b|\\b(stop|quit) (eating|drinking)"
        " (for )?(a|one|\\d+|two|three|five|seven) (weeks?|days?)\\b"
    ),
    "re:1日[1-7]\\d\\d ?kcal", "re:\\d+ ?日間?[^。\\n]{0,6}(水だけ|ブラックコーヒーだけ|何も食べ)",
    "re:(\\d+|一|二|三)週間[^。\\n]{0,6}(水だけ|ブラックコーヒーだけ|何も食べ)",
    "re:하루 ?[1-7]\\d\\d ?(칼로리|kcal)",
    "re:(\\d+일|일주일)[^.\\n]{0,10}(물만|블랙커피만|아무것도 안 먹|굶)",
    "re:(每天|一天)[1-7]\\d\\d ?(大卡|卡)",
    "re:(\\d+|[一二三四五六七八九十]+)(天|周|星期)[^。\\n]{0,6}(只|光)(喝|吃)[^。\\n]{0,3}(黑咖啡|水|柠檬水|果汁)",
    "re:(\\d+|[一二三四五六七八九十]+)(天|周|星期)[^。\\n]{0,4}(不吃饭|不吃东西|什么都不吃|不喝水)",
    (
        "re:\\b\\d+ din (tak )?(sirf|sirph|keval|bas) (nimbu paani|"
        "nimbu pani|paani|pani|black coffee|juice)\\b"
    ),
    "re:\\b\\d+ din (tak )?(kuch|kuchh) (nahi|nahin|mat) (khana|khao|khaye|khayein)\\b",
    "re:\\d+ दिन (तक )?(सिर्फ|केवल|बस) (नींबू पानी|पानी|ब्लैक कॉफी)", "re:\\d+ दिन (तक )?कुछ (नहीं|मत) खा",
    "re:\\b\\d+ din (kichu|kichhu|kisu) (khabe|khaben|khabi|khaba) na\\b",
    "re:\\b\\d+ din (shudhu|sudhu|shudu) (pani|jol|lebu pani)\\b",
    "re:\\d+ দিন (কিছু খাবে না|কিছু খাবেন না|শুধু জল|শুধু পানি)",
    # Water withheld through the effort itself: "no water at all", "drink and you're out",
    # 물 없이 풀코스, 不准喝水, बिना पानी, pani bondho. A weigh-in that allows water says so.
    (
        "re:\\b(no|zero|without (any )?)(water|fluids|drinking)( at all| allowed)?\\b(?! "
        "(damage|view|feature|needed to clean|bill))|\\bdrink (and|&) you'?re (out|done|"
        "disqualified)\\b|\\bspit\\w* (into|in) a (bottle|cup)\\b|\\b(bina|without) (pani|paani)"
        "\\b|\\b(pani|paani|jol) (band|bandh|bondho|chara|chhara)\\b"
    ),
    "re:水(なし|無し)で|水を飲んだら(失格|負け|アウト)|水分(補給)?(禁止|なし|抜き)",
    "re:물 ?없이|물(을)? ?마시면 (탈락|실격|아웃)|물 ?금지",
    "re:不(准|许|能|让)喝水|喝水(就|即|算)(淘汰|出局|输)|禁止喝水|滴水不(沾|进)",
    "re:बिना पानी|पानी (पिया|पीया|पिओगे|पीओगे) (तो|तोह) (बाहर|आउट)|पानी बंद",
    "re:(পানি|জল) (ছাড়া|বন্ধ)",
]  # fmt: skip
# A faint to be endured or sought, not a sign to stop: "pray through fainting", "faint to
# prove devotion", 倒れても, 쓰러져도 이겨내라, 坚持到晕倒才算诚心, बेहोश होने तक.
FAINT_ENDURED = [
    (
        "re:\\b(pray|push|fast|keep going|carry on|power|work) through (the )?(faint\\w*|"
        "dizziness|passing out|collapse)|\\beven if (you|they|u|he|she) (faint|pass out|collapse)|"
        "\\b(faint|pass out|collapse)\\w* (to prove|proves|is proof|shows|means (you|they)('re| "
        "are) (devoted|faithful|pure|serious))|\\b(until|till|til) (you|they|u) (faint|pass out|"
        "collapse|black out|drop)"
    ),
    # The one who collapsed shown as the one to admire: "a kid collapsed ... 'That's
    # dedication'", 기절한 사람 사진을 멋있게, 晕倒的人拍得很酷, बेहोश खिलाड़ी को हीरो.
    (
        "re:\\b(collapsed|fainted|passed out|blacked out|unconscious)\\b[^.!?\\n]{0,60}?"
        "\\b(dedication|commitment|hero(ic)?|legend(ary)?|cool|badass|goals|warriors?|real "
        "(ones?|athletes?|runners?|fighters?))\\b|\\b(behosh|ogyan|ojnan)\\w*[^.!?\\n]{0,30}?"
        "\\bhero\\b"
    ),
    "re:(倒れた|気絶した|失神した)[^。\\n]{0,20}(かっこよく|カッコよく|英雄|根性の証|美談)",
    "re:(기절한|실신한|쓰러진)[^.\\n]{0,20}(멋있게|멋지게|영웅|진짜 러너|근성)",
    "re:(晕倒|昏倒|虚脱|昏过去)的?[^。\\n]{0,20}(很酷|酷炫|帅气|英雄|拼搏精神)",
    "re:(बेहोश|गिरे हुए)[^।\\n]{0,20}(हीरो|जज़्बा|जज्बा|समर्पण)",
    "re:(অজ্ঞান|লুটিয়ে পড়া)[^।\\n]{0,20}(হিরো|বীর|নায়ক)",
    "re:(倒れ|気絶し|失神し)(ても|るまで)",
    "re:(쓰러져|기절해|실신해)도", "re:(쓰러질|기절할|실신할) ?때까지",
    "re:(到|至)(晕倒|昏倒|晕过去)", "re:(晕倒|昏倒|晕过去)(了)?(才|也|都)",
    "re:बेहोश (होने तक|हो जाओ तो भी|होकर भी|हो जाएँ तब भी|हो जाएं तब भी)",
    "re:\\bbehosh (hone tak|ho jao tab bhi|hokar bhi|ho jaye tab bhi)\\b",
    "re:অজ্ঞান (হওয়া পর্যন্ত|হয়ে গেলেও|হলেও)", "re:\\bogyan (hoye geleo|holeo|hoa porjonto)\\b",
    # The faint, the dizziness or the ribs offered as the sign it works or as the goal:
    # "fainting means the fat is leaving", 饿晕了说明有效果, behosh ho jao toh samjho kaam ho
    # raha hai, ojnan hoye gele bujhbe ready, 瘦到肋骨突出.
    (
        "re:\\b(dizz\\w*|faint\\w*|pass(ing)? out|black(ing)? out|light-?headed\\w*|collaps\\w*)"
        "[^.!\\n]{0,35}\\b(means (it'?s working|it works|the (fat|weight)|you'?re (doing it|ready|"
        "close|winning)|progress)|doing it right|it'?s working|is working|proves|shows (it|you)|"
        "is a good sign|is how you know)|\\b(until|till) (your )?(ribs|bones|collarbones) "
        "(show|stick out|poke out)"
    ),
    "re:(気絶|失神|めまい|ふらふら|倒れ)[^。\\n]{0,6}(たら|れば|は)[^。\\n]{0,8}(効いて|効果|成功|順調|証拠)",
    "re:(肋骨|あばら)が(浮く|見える)まで",
    "re:(기절|어지러|실신|쓰러)[^.\\n]{0,8}면[^.\\n]{0,10}(효과|성공|빠지는|잘 되고|제대로)",
    "re:갈비뼈가 (보일|드러날) ?때까지",
    "re:(晕|昏)[^。，,\\n]{0,4}(说明|证明|代表|就是)[^。\\n]{0,4}(有效|有用|成功|在瘦|起作用|掉脂)",
    "re:瘦(到|得)肋骨",
    (
        "re:\\b(behosh|chakkar)[^.!?\\n]{0,20}\\b(samjho|matlab)\\b[^.!?\\n]{0,25}\\b(kaam|"
        "asar|ho raha|ready)"
    ),
    "re:(बेहोश|चक्कर)[^।.!?\\n]{0,20}(समझो|मतलब)[^।.!?\\n]{0,25}(काम|असर|तैयार)",
    "re:\\b(ojnan|ogyan|matha ghur)\\w*[^.!?\\n]{0,20}\\b(bujhbe|bujhben|mane)\\b",
    "re:(অজ্ঞান|মাথা ঘুর)[^।.!?\\n]{0,20}(বুঝবে|বুঝবেন|মানে)",
]  # fmt: skip
# The fast broken at the first faint: what a guide says to keep people safe.
FAST_STOP = [
    (
        "re:\\b(break|stop|end) (the |your |their )?fast\\b|\\bmedical(ly)? supervis\\w*|"
        "\\bdoctor\\b"
    ),
    "断食を中止", "医師", "금식을 중단", "의사", "停止断食", "医生", "डॉक्टर", "ডাক্তার",
]  # fmt: skip
_LONG_FAST = _plain(LONG_FAST)
_FAINT_ENDURED = _plain(FAINT_ENDURED)
_FAST_STOP = _plain(FAST_STOP)
# Eating or drinking on past the body's limit as a contest: "keep eating", 吐いても食べ続け,
# "last one standing", চালিয়ে যান. The contest alone (a pie-eating race) is no harm.
BINGE_ON = [
    (
        "re:\\b(keep|kept|keeps|carry on|go on|continue|continues) (eating|drinking|chugging|"
        "downing|swallowing)\\b|\\blast (one|man|person|guy) standing\\b|\\b(eat|drink|chug|down)"
        " (till|until) (you|they|he|she) (drop|puke|pass out|can'?t)\\b"
    ),
    "食べ続け", "飲み続け", "最後まで食べ", "最後の一人", "계속 먹", "계속 마시", "끝까지 먹",
    "끝까지 마시", "마지막까지 버티", "继续吃", "接着吃", "继续喝", "接着喝", "坚持到最后",
    "खाते रहो", "खाते रहें", "खाते रहिए", "पीते रहो", "पीते रहें", "आख़िरी तक खा", "आखिरी तक खा",
    "খেতে থাকুন", "খেতে থাকো", "খেয়েই যান", "খেয়ে যেতে থাকুন", "খেতেই থাকুন", "পান করতে থাকুন",
]  # fmt: skip
# The body giving out, or the care against it refused: vomiting, passing out, "no medics".
BINGE_HARM = [
    (
        "re:\\b(puk\\w*|vomit\\w*|throw(ing|s)? up|threw up|pass(es|ed|ing)? out|black(s|ed|ing)?"
        " out|collaps\\w*)\\b|\\bno (medics?|paramedics?|doctors?|nurses?|first aid|ambulance|"
        "waivers?|limits?)\\b"
    ),
    "吐いても", "吐きながら", "嘔吐", "ゲロ", "倒れるまで", "医療スタッフなし", "救護なし",
    "토해도", "토하면서", "구토", "쓰러질 때까지", "의료진 없이", "의료진 없음",
    "吐了", "呕吐", "吐完", "吐着", "吃到吐", "喝到吐", "晕倒", "没有医护", "不设医护", "无医护",
    "उल्टी", "बेहोश होने तक", "डॉक्टर नहीं", "বমি", "অজ্ঞান হওয়া পর্যন্ত", "ডাক্তার ছাড়া",
    "ডাক্তার থাকবে না",
]  # fmt: skip
# Care laid on for the same contest: medics beside it, a limit, a signed waiver.
BINGE_CARE = [
    (
        "re:(?<!\\bno )\\b(medics?|paramedics?|first aid|ambulance|nurse)s? "
        "(on (standby|site|hand)|standing by|at the ready)\\b|\\bsigned waivers?\\b|"
        "\\b(time|portion) limits?\\b|"
        "\\bstop (at any time|whenever)\\b|\\b(medical|first-aid) (team|staff|tent)\\b"
    ),
    "医療スタッフ待機", "救護班", "救護スタッフ", "途中リタイア", "誓約書", "의료진 대기",
    "의료진이 대기", "구급차 대기", "언제든 중단", "서약서", "医护人员在场", "医护待命",
    "救护车待命", "随时可以退出", "免责声明", "डॉक्टर मौजूद", "मेडिकल टीम", "एम्बुलेंस तैनात",
    "কখনও থামতে পারেন", "ডাক্তার উপস্থিত", "মেডিকেল টিম", "অ্যাম্বুলেন্স প্রস্তুত",
]  # fmt: skip
# The gear that keeps a body safe taken off: a seat belt unbuckled at the top of a ride, a
# harness or a helmet off, 解开安全带, 안전벨트를 풀고, सेफ्टी बेल्ट खोलकर.
SAFETY_OFF = [
    (
        "re:\\bunbuckl\\w*|\\b(take|takes|taking|took|pull|pulls|pulling|rip|undo|undoing|"
        "unclip\\w*|unstrap\\w*|remove|removes|removing|ditch|ditching|lift|lifting) "
        "(off )?(the |your |their |his |her )?(seat ?belt|safety (belt|bar|harness)|harness|"
        "lap bar|restraint|helmet|life ?jacket|safety line)s?( off)?\\b|\\bunstrapped\\b"
    ),
    "安全ベルトを外", "シートベルトを外", "安全バーを外", "安全バーを上げ", "ハーネスを外",
    "ヘルメットを外", "ライフジャケットを脱", "命綱を外", "命綱なし",
    "안전벨트를 풀", "안전벨트 풀", "안전바를 풀", "안전바 풀", "안전바를 올리", "하네스를 풀",
    "헬멧을 벗", "헬멧 벗", "구명조끼를 벗", "구명조끼 벗",
    "解开安全带", "松开安全带", "解带", "解开安全扣", "打开安全压杠", "摘掉头盔", "脱掉救生衣",
    "解开安全绳",
    "बेल्ट खोल", "सेफ्टी बार हटा", "हार्नेस खोल", "हेलमेट उतार", "लाइफ जैकेट उतार",
    "বেল্ট খুলে", "বেল্ট খোল", "সেফটি বার তুলে", "হারনেস খুলে", "হেলমেট খুলে", "লাইফ জ্যাকেট খুলে",
]  # fmt: skip
# The viewer asked to do the same: "post your ... selfie", "make them want to copy it".
IMITATE = [
    (
        "re:\\b(post|share|send|upload|tag us in) (us )?(your|ur) (own )?\\w*( \\w+)? ?"
        "(selfie|photo|pic|video|clip)s?\\b|\\b(try|do) (it|this|the same) (yourself|at home)\\b|"
        "\\b(want|wants|dare|dares) to (copy|try|imitate) (it|this)\\b"
    ),
    # The crowd wanted doing it after the ad: "we want people copying it", "so everyone
    # tries it", "jeno shobai try kore", みんなが真似する, 다들 따라 하게, 让大家都去试.
    (
        "re:\\b(want|get|make|have) (people|everyone|everybody|viewers|fans|kids|them) "
        "(to )?(copy|copying|try|trying|imitate|imitating|do|doing) (it|this|that|the same)\\b|"
        "\\bso (that )?(everyone|everybody|people|all of them) (tries|try|copies|copy|does) "
        "(it|this)\\b|\\b(jeno|jate|taki|ki) (shobai|sobai|sabai|sab|sabhi|sob) (try|nokol|"
        "naqal|copy)\\w*"
    ),
    "みんなが真似", "みんな真似", "re:다들 ?따라 ?하", "re:모두 ?따라 ?하", "让大家都去试",
    "让大家模仿",
    "大家都去试", "re:ताकि सब (ट्राई|नकल)", "re:যেন সবাই (ট্রাই|নকল|চেষ্টা)",
    # "You too, try it": apnio try korun, aap bhi try karo, あなたも, 你也试试.
    (
        "re:\\b(apnio|apni o|tumio|tumi o|tui o|aap bhi|aapbhi|tum bhi|you too)\\W{0,2} ?"
        "(try|nokol|copy|kore dekhun|kar ke dekho)\\w*( (korun|koro|karo|karein|kijiye|kariye))?\\b"
    ),
    "re:আপনিও (ট্রাই|চেষ্টা)", "re:आप भी (ट्राई|कोशिश)", "試してみて", "ためしてみて",
    "真似したく", "真似して", "やってみて", "投稿して", "따라 하고 싶", "따라하고 싶", "따라 해",
    "따라해", "인증샷", "都想学", "想模仿", "跟着学", "晒出你", "晒出", "来挑战",
    "नकल करें", "आज़माएँ", "ट्राई करो", "सेल्फी पोस्ट", "নকল করতে", "চেষ্টা করুন", "সেলফি পোস্ট",
]  # fmt: skip
# High up where a fall kills: a ledge or railing floors above the street, 20वीं मंज़िल,
# 10 tolar karnish, 20階の手すり, 20층 난간, 20楼窗台外.
AT_HEIGHT = [
    (
        "re:\\b\\d+(st|nd|rd|th)?[- ](floors?|stor(e)?ys?|stories)( up| high)?\\b|"
        "\\b(ten|twenty|thirty|forty|fifty)[- ]stor(e)?ys?\\b|\\b(floors|stor(e)?ys|stories) up\\b|"
        "\\b(ledge|railing|parapet|scaffold\\w*|window sill|sill)\\b|"
        "\\b\\d+(vi|vin|veen|th)? (manzil|manjil|mazil)\\b|"
        "\\b\\d+ (tola|tolar|tolay|tala|talar)\\b|"
        "\\b(karnish|karnishe|railing|reling)\\w*"
    ),
    "re:\\d+ ?(वीं|वी|वें)? ?(मंज़िल|मंजिल)", "रेलिंग", "मुंडेर", "कार्निस",
    "re:\\d+ ?(তলা|তলার|তলায়)", "কার্নিশ", "রেলিং",
    "re:\\d+階", "手すり", "ベランダの外", "窓の外", "足場", "re:\\d+층", "난간", "창틀 밖",
    "re:\\d+ ?(楼|层|樓|層)", "栏杆外", "窗台外", "窗外", "脚手架",
    # A cliff, or a drop given in metres: 二十米高的悬崖, 20メートルの崖, 20미터 절벽.
    (
        "re:\\b(cliffs?|clifftop|(\\d+|ten|twenty|thirty|forty|fifty)[- ]?(m|metres?|meters?|"
        "ft|feet|foot)[- ](high|tall|drop|up|cliff|bridge|rock|tower)|pahar|pahad|"
        "chattan|khara pahar)\\b"
    ),
    "悬崖", "高崖", "峭壁", "re:[\\d一二三四五六七八九十百]+ ?米高", "崖",
    "re:\\d+ ?メートル", "절벽",
    "re:\\d+ ?(미터|m) ?(높이|높은)", "चट्टान", "re:\\d+ ?मीटर (ऊँ|ऊं|ऊ)च", "খাড়া পাহাড়",
    "re:\\d+ ?মিটার (উঁচু|উচু)", "পাহাড়ের চূড়া",
]  # fmt: skip
# No line, belt or harness to hold a fall, said as the scene's point.
UNPROTECTED = [
    (
        "re:\\b(no |without (a |any )?)(safety )?(harness|rope|belt|line|gear|net|tether)s?\\b|"
        "\\bunharnessed\\b|\\bfree[- ]solo\\b|"
        "\\bbina (safety |safty )?(harness|belt|rassi|rope)\\b|"
        "\\b(safety |safty )?(harness|belt|dori|rope) (chhara|chara|charai|chhada|chhara-i)\\b"
    ),
    "re:बिना (सेफ्टी )?(हार्नेस|बेल्ट|रस्सी)", "re:(সেফটি )?(হারনেস|বেল্ট|দড়ি) ছাড়া",
    "命綱なし", "命綱を付けず", "命綱をつけず", "安全帯なし", "安全帯を付けず", "ハーネスなし",
    "re:(안전줄|안전벨트|하네스|안전장치|안전고리) ?없이",
    "re:(不系|没系|没有系|没有|无|不带|不戴)安全(绳|带|帶|繩)",
    # No protection of any kind, said as the scene's point: 不带任何保护, 保護具なし.
    (
        "re:\\b(no|without (any )?)(protection|protective gear|safety gear|safety equipment)\\b|"
        "\\bbina (kisi )?(suraksha|safety)\\b|\\b(surokkha|safety) (chara|chhara)\\b"
    ),
    "re:(不带|不戴|没有|没带|不做|无)任何(保护|防护)|(没有|无)(保护|防护)(措施|装备)",
    "re:(保護具|防具|安全装備)(なし|無し|を付けず|をつけず)|何の(保護|安全対策)もなく",
    "re:(보호 ?장비|안전 ?장비|아무 ?보호) ?(없이|안 ?하고)",
    "re:बिना (किसी )?(सुरक्षा|सेफ्टी)", "re:(সুরক্ষা|নিরাপত্তা)(র)? ?(ছাড়া|ছাড়াই)",
]  # fmt: skip
# The height named as a danger or a trade for the trained: "never", "professionals only".
HEIGHT_WARNING = [
    (
        "re:\\b(never|don'?t|do not|trained|professionals? only|certified|course|training|"
        "kabhi (mat|na)|kokhono (na|korben na))\\b"
    ),
    "絶対に", "禁止", "危険", "プロにお任せ", "절대", "금지", "위험", "전문가에게", "严禁", "禁止",
    "危险", "切勿", "专业人员", "कभी न", "कभी मत", "मत करें", "खतरनाक", "কখনো", "কখনও", "বিপজ্জনক",
]  # fmt: skip
# Household chemicals that give off a poison gas when mixed: chlorine bleach with an acid
# or ammonia, まぜるな危険, 락스와 산성 세제, 84消毒液加洁厕灵.
TOXIC_PAIR = [
    (
        "re:\\b(bleach|chlorine)\\b[^.!?\\n]{0,60}?\\b(acid\\w*|ammonia|vinegar|toilet "
        "(bowl )?cleaner)\\b|\\b(acid\\w*|ammonia|vinegar|toilet (bowl )?cleaner)\\b[^.!?\\n]"
        "{0,60}?\\bbleach\\b"
    ),
    "re:(塩素|漂白剤|ハイター)[^。\\n]{0,30}(酸性|トイレ洗剤|サンポール|アンモニア|お酢)",
    "re:(락스|염소계?|표백제)[^.!?\\n]{0,30}(산성|변기 ?세제|암모니아|식초)",
    "re:(84|漂白|含氯|消毒液)[^。！？\\n]{0,20}(洁厕|潔廁|酸性|氨水)",
    "re:(ब्लीच)[^।\\n]{0,30}(एसिड|तेज़ाब|तेजाब|अमोनिया|टॉयलेट क्लीनर)",
    "re:(ব্লিচ)[^।\\n]{0,30}(অ্যাসিড|এসিড|অ্যামোনিয়া|টয়লেট ক্লিনার)",
]  # fmt: skip
MIXED = [
    "re:\\b(mix|mixed|mixing|combine|combined|combining|pour\\w* (it |them )?(together|into))\\b",
    "混ぜ", "まぜ", "섞", "混合", "混在一起", "兑", "re:मिला(ओ|एं|ना|कर|या)", "re:মিশি?য়ে|মেশান|মেশাও",
]  # fmt: skip
# Kept strapped in: the safe ride shown as it should be.
SAFETY_KEPT = [
    (
        "re:\\b(safely |securely |firmly )?(strapped|buckled|clipped) in\\b|"
        "\\bsafety (bars?|belts?|harness(es)?) (down|on|locked|fastened)\\b|"
        "\\bkeep (your )?(seat ?belts?|harness) on\\b"
    ),
    "安全ベルトを締め", "安全バーを下ろし", "안전벨트를 매", "안전벨트 착용", "系好安全带",
    "安全带系好", "系紧安全带", "सीट बेल्ट बाँध", "बेल्ट लगाकर", "বেল্ট বেঁধে",
]  # fmt: skip
# Weariness with living, as a line to the reader: "tired of life?", 人生に疲れた, 活够了.
TIRED_OF_LIFE = [
    (
        "re:\\b(tired|sick|weary) of (life|living|it all)\\b|\\bdone with (life|living)\\b|"
        "\\bnothing (left )?to live for\\b|\\b(zindagi|zindagee) se thak\\w*"
    ),
    "人生に疲れ", "生きるのに疲れ", "生きることに疲れ", "生きるのが辛",
    "사는 게 지쳤", "사는 게 힘들",
    "삶에 지친", "삶이 지겨", "活够了", "活着太累", "不想活", "厌倦了生活", "厌倦人生",
    "ज़िंदगी से थक", "जिंदगी से थक", "ज़िन्दगी से थक",
    "जीने से थक", "জীবনে ক্লান্ত", "জীবন নিয়ে ক্লান্ত",
    "বাঁচতে ক্লান্ত", "বেঁচে থাকতে ক্লান্ত",
]  # fmt: skip
# A stay or a trip offered as the last one of a life: "your last holiday", 最後の旅.
LAST_TRIP = [
    (
        "re:\\b(last|final) (holiday|vacation|trip|getaway|journey|stay|escape|break|sunset)\\b|"
        "\\b(one )?way trip\\b|\\bno return (ticket|trip)\\b"
    ),
    "最後の旅", "最後の休暇", "最後のバカンス", "片道切符", "마지막 여행", "마지막 휴가",
    "마지막 휴식", "最后一次旅行", "最后的旅行", "最后的假期", "人生最后", "单程票",
    "आख़िरी छुट्टी", "आखिरी छुट्टी", "आख़िरी यात्रा",
    "आखिरी यात्रा", "अंतिम यात्रा", "अंतिम छुट्टी",
    "শেষ ছুটি", "শেষ ভ্রমণ", "শেষ যাত্রা", "শেষবারের মতো বেড়াতে",
]  # fmt: skip
# Someone going off a cliff's or a valley's edge: in Hindi and Bengali the cliff and the
# jump are told in their own words.
CLIFF_JUMP = [
    (
        "re:\\b(jump\\w*|leap\\w*|throw\\w* (himself|herself|themselves)) (off|from) (the |a )?"
        "(cliff|ledge|precipice|gorge|valley edge)\\b"
    ),
    "崖から飛び降り", "崖から身を投げ", "절벽에서 뛰어내", "절벽 아래로 뛰어", "跳崖", "从悬崖上跳",
    "悬崖边跳下", "किनारे से कूद", "चट्टान से कूद", "खाई में कूद", "পাহাড় থেকে লাফ",
    "খাদে লাফ", "কিনারা থেকে লাফ",
]  # fmt: skip
# The people of a place, as a travel ad speaks of them: "the locals", 現地の人, 현지인.
LOCALS = [
    (
        "re:\\b(the )?(locals|local people|local folk|natives|villagers|islanders|townsfolk|"
        "tribesmen)\\b"
    ),
    "現地の人", "地元の人", "地元民", "現地人", "島民", "村人", "현지인", "현지 주민", "원주민",
    "마을 사람", "当地人", "本地人", "村民", "土著", "原住民", "स्थानीय लोग", "गाँव वाले",
    "गांव वाले", "ग्रामीण", "आदिवासी", "স্থানীয়রা", "স্থানীয় লোক", "গ্রামের লোক", "আদিবাসী",
]  # fmt: skip
_BINGE_ON = _plain(BINGE_ON)
_BINGE_HARM = _plain(BINGE_HARM)
_BINGE_CARE = _plain(BINGE_CARE)
_SAFETY_OFF = _plain(SAFETY_OFF)
_IMITATE = _plain(IMITATE)
_BUY_OFFER = _plain(BUY_OFFER)
_NO_ID = _plain(NO_ID)
_NO_CHECK = _plain(NO_CHECK)
_AT_HEIGHT = _plain(AT_HEIGHT)
_UNPROTECTED = _plain(UNPROTECTED)
_HEIGHT_WARNING = _plain(HEIGHT_WARNING)
_TOXIC_PAIR = _plain(TOXIC_PAIR)
_MIXED = _plain(MIXED)
_SAFETY_KEPT = _plain(SAFETY_KEPT)
_TIRED_OF_LIFE = _plain(TIRED_OF_LIFE)
_LAST_TRIP = _plain(LAST_TRIP)
_CLIFF_JUMP = _plain(CLIFF_JUMP)
_LOCALS = _plain(LOCALS)
# Sleep given up as the contest: "stay awake 72 hours", "no sleep till boards", 잠 안 자기,
# 不睡觉, बिना सोए, "na ghumiye". A poster asking students not to pull all-nighters says
# the same words with a helpline or without a prize.
NO_SLEEP = [
    (
        "re:\\b(stay|stays|stayed|staying|kept|keep|keeps) (awake|up) (for )?\\d+ (hours?|hrs?|"
        "nights?|days?)\\b|\\bno sleep (till|until|for)\\b|\\b(without|no) (any )?sleep (for )?"
        "\\d+\\b|\\b\\d+ (hours?|hrs?|nights?|days?) (straight )?(without|with no) sleep\\b|"
        "\\b(awake|up) \\d+ (hours?|hrs?|nights?|days?) straight\\b|"
        "\\b(na|naa|bina|bin) (ghumiye|ghumie|ghumaye|soye|soe|sue)\\b|"
        "\\b(jage|jege|jaag|jaagte|jagte) (thakbe|thakte|raho|rahe|rehna)\\b"
    ),
    "寝ないで", "徹夜チャレンジ", "一睡もせず",
    "眠らずに", "잠 안 자기", "잠 안 자고", "안 자고 버티",
    "잠 안자기", "밤새기 챌린지", "不睡觉", "不睡覺", "通宵挑战", "熬夜挑战", "连续熬夜", "不许睡",
    "बिना सोए", "बिना सोये", "नींद हराओ", "रात जागकर", "না ঘুমিয়ে", "ঘুমাবে না", "জেগে থাকবে",
    # Sleep given up as the slogan, and the night spent at the wheel: "No sleep. Drive all
    # night.", "ghum nai, shara raat chalao", 徹夜で走, 밤새 달려, 通宵开车, रात भर चलाओ.
    (
        "re:\\bno sleep\\b(?=[.!,;])|"
        "\\b(drive|driving|ride|riding|chalao|chalachhe|chalate|chalana) (all|through the|"
        "the whole|shara|sara|puri) (night|raat|rat)\\b|"
        "\\b(all|whole|shara|sara|puri) (night|raat|rat) (drive|driving|ride|riding|chalao|"
        "chalate|chalana|chalaiye)\\b|\\bghum (nai|nei|nahi|nahin)\\b"
    ),
    "ঘুম নেই", "ঘুম নাই", "সারা রাত চালাও", "रात भर चलाओ", "रातभर चलाओ",
    "徹夜で走", "寝ずに走", "寝ずに運転", "밤새 달려", "밤새 운전", "잠 없이", "通宵开车", "通宵骑",
    "不睡觉开",
]  # fmt: skip
# What keeps the body awake past its limit: stimulant pills, energy drinks by the can.
WAKE_DRUG = [
    (
        "re:\\b(caffeine|anti[- ]?sleep|no[- ]?doz|wake[- ]?up|modafinil|stimulant) (pills?|"
        "tablets?|tabs?)\\b|\\benergy drinks?\\b|\\b(ghum[- ]?rokar|neend bhagane ki|"
        "neend rokne ki) (tablet|goli|pill)s?\\b"
    ),
    "カフェイン錠", "眠気覚まし", "エナジードリンク",
    "에너지드링크", "에너지 드링크", "카페인 알약",
    "잠 깨는 약", "能量饮料", "咖啡因片", "提神药", "红牛", "नींद भगाने की गोलि", "कैफीन की गोलि",
    "एनर्जी ड्रिंक", "ঘুম তাড়ানোর ট্যাবলেট", "এনার্জি ড্রিংক", "ক্যাফেইন ট্যাবলেট",
    # Cans counted past two, the drink unnamed: "five cans", "5 ta khali can", 다섯 캔, 5罐.
    (
        "re:\\b([3-9]|1\\d|three|four|five|six|seven|eight|ten|char|panch|paanch|chhoy|chhe)"
        "( ?(ta|ti|to))?( empty| khali)? (cans?|tins?)\\b"
    ),
    "re:[3-9３-９]本(目)?の(缶|エナジー)", "re:(세|네|다섯|여섯) ?캔", "re:[3-9]罐", "re:[3-9] कैन",
    "re:[৩-৯] ?টা (খালি )?ক্যান",
]  # fmt: skip
# A body hurt by its owner's own hand: a compass or a pin driven into the thigh, a wrist cut,
# hair tied to a beam; 扎大腿, 허벅지를 찌르, जांघ में सुई.
SELF_INJURE = [
    (
        "re:\\b(stab|stabs|stabbing|prick|pricks|pricking|jab|jabs|jabbing|cut|cuts|cutting|"
        "burn|burns|burning) (their|his|her|your|my) (own )?(thighs?|arms?|hands?|wrists?|legs?|"
        "skin)\\b|\\b(stab|prick|cut|hurt|burn) (yourself|themselves|himself|herself)\\b"
    ),
    "太ももを刺", "自分を刺", "手首を切",
    "허벅지를 찌르", "허벅지 찌르", "자기 몸을 찌르", "손목을 긋",
    "扎大腿", "刺大腿", "扎自己", "刺自己", "割自己", "割手腕", "头发吊在房梁", "头悬梁",
    "जांघ में सुई", "जाँघ में सुई", "खुद को चुभो", "खुद को काट", "নিজেকে কাট", "উরুতে সুই",
]  # fmt: skip
# Blood let out of a person in the picture: pooling on the floor, over a face, from a head.
BLOODSHED = [
    (
        "re:\\b(blood (pooling|pouring|gushing|streaming|everywhere|on the floor|splatter\\w*)|"
        "covered in blood|bleeding (heavily|out|from (his|her|their) (head|face|neck|legs?)))\\b|"
        "\\bkhoon (beh|bah|nikal|tapak)\\w*|\\b(rokto|rakto) (porchhe|porche|jhorchhe|gorachhe)\\b"
    ),
    "血まみれ", "血が噴き出", "血だまり", "피가 흥건",
    "피범벅", "피가 뚝뚝", "피투성이", "터지고 피",
    "满脸是血", "满身是血", "血流满地", "鲜血直流", "血流不止", "खून बह", "खून से लथपथ", "রক্ত গড়িয়ে",
    "রক্তে ভেসে", "রক্তাক্ত",
]  # fmt: skip
# One person's blow or blade on another: beaten with a club or a stick, a machete at a neck.
STRUCK = [
    (
        "re:\\b(beat|beats|beating|beaten|clubb\\w*|bludgeon\\w*|thrash\\w*|hit|hits|hitting|"
        "smash\\w*) (\\w+ ){0,4}(with|by) (a |an |the |their |his |her )?(club|bat|stick|"
        "hockey sticks?|rod|pipe|crowbar|hammer|cane)s?\\b|\\b(machete|knife|blade|cleaver|"
        "sword) (at|to|against) (his|her|their|the) (neck|throat)\\b|"
        "\\b(stick|danda|lathi|rod|bat) (se|diye) (peet|maar|mar|pit)\\w*"
    ),
    "棍棒で殴", "バットで殴", "木刀で殴", "몽둥이로 맞", "몽둥이로 때", "매로 맞", "방망이로 때",
    "몽둥이질", "棍子打", "棍棒打", "用棍子", "脖子上架", "刀架在", "砍刀架", "लाठी से पीट",
    "डंडे से पीट", "হকি স্টিক দিয়ে", "লাঠি দিয়ে মার",
]  # fmt: skip
# A school place, roll or route that finds one pupil: the form group, the bus home, the
# class and section.
PUPIL_LOCATOR = [
    (
        "re:\\b(his|her|their) (form|form group|form room|tutor group|homeroom|class and "
        "section|section|bus|bus number|bus route|locker)\\b|\\bthe bus (number )?(he|she|they) "
        "(takes?|rides?|gets?)\\b|\\bso everyone knows (exactly )?who\\b"
    ),
    "乗るバス", "何組か", "타는 버스", "몇 반인지",
    "누군지 다 알", "坐哪路车", "哪个班的", "让大家都知道是谁",
    "re:\\b(uski|uska|unki|unka) (class|section|bus)\\b", "सबको पता चले कौन",
    "re:\\b(or|tar) (class|section|bus)\\b",
]  # fmt: skip
# A pupil held up as the bad example: "don't be like Jordan", "the smelly kid".
PUPIL_TAUNT = [
    (
        "re:\\bdon'?t be like [a-z]+\\b|\\b(smelly|stinky|dirty|fat|ugly|weird) (kid|boy|girl)\\b|"
        "\\bnobody wants to (sit|play|talk) (next to|with)\\b"
    ),
    "みたいになるな", "臭い子", "처럼 되지 마", "냄새나는 애", "别学他", "臭小子", "जैसे मत बनो",
    "re:\\b(jaisa|jaise) mat bano\\b", "মতো হয়ো না",
]  # fmt: skip
_NO_SLEEP = _plain(NO_SLEEP)
_WAKE_DRUG = _plain(WAKE_DRUG)
_SELF_INJURE = _plain(SELF_INJURE)
_BLOODSHED = _plain(BLOODSHED)
_STRUCK = _plain(STRUCK)
_PUPIL_LOCATOR = _plain(PUPIL_LOCATOR)
_PUPIL_TAUNT = _plain(PUPIL_TAUNT)
# A knife that cuts, said to be real or named by a fighting blade's make: "real-bladed",
# "刃付き", "진짜 날", "开刃", "असली धार", "asol dhar-wala", a karambit or a butterfly knife.
REAL_BLADE = [
    (
        # "sharp edges" is said of scissors and sharpeners too: only a blade said to be real
        "re:\\b(real|sharpened|live|functional)[- ](bladed|edged|blades?)\\b|"
        "\\b(karambits?|butterfly knife|butterfly knives|balisongs?|switchblades?|flick ?knife|"
        "gravity knife|push daggers?|stilettos? knife|brass knuckles|knuckle ?dusters?)\\b|"
        "\\b(asli|asol|ashol|asal) (dhaar|dhar)\\w*|\\bdhaar?[- ]?(wala|wali|dar|alo)\\b"
    ),
    "本物の刃", "刃付き", "刃渡り", "カランビット", "バタフライナイフ", "飛び出しナイフ",
    "メリケンサック", "진짜 칼날", "진짜 날", "실제 칼날", "날이 선", "카람빗", "나비칼",
    "버터플라이 나이프", "잭나이프",
    "真刀刃", "开刃", "開刃", "真刃", "蝴蝶刀", "爪刀", "弹簧刀", "指虎",
    "असली धार", "re:धारदार (चाकू|छुरी|छुरा|ब्लेड|खंजर)", "बटरफ्लाई नाइफ", "करम्बिट", "स्प्रिंग चाकू",
    "আসল ধার", "re:ধারালো (ছুরি|চাকু|চাকু|ব্লেড|ছোরা)", "বাটারফ্লাই নাইফ", "কারাম্বিট",
]  # fmt: skip
# Carried to school or hidden from teachers: the pocket, the school bag, the uniform.
TO_SCHOOL = [
    (
        "re:\\b(to|at|into|in) school\\b|\\bschool ?bags?\\b|\\b(uniform|blazer) pockets?\\b|"
        "\\bschool (bag|bag e|bag me|bag mein|e niye|le ja)\\w*"
    ),
    "学校にも持", "学校に持", "制服のポケット", "ランドセル", "학교에 가져", "학교에 들고",
    "교복 주머니",
    "책가방", "带到学校", "帶到學校", "书包", "校服口袋", "स्कूल बैग", "स्कूल ले जा", "स्कूल में ले",
    "স্কুল ব্যাগ", "স্কুলে নিয়ে",
]  # fmt: skip
# When a person is at work: "her shift times", 근무 시간표, シフト, 排班, ड्यूटी का समय.
WORK_HOURS = [
    (
        "re:\\b(her|his|their) (shifts?|shift times|shift pattern|rota|work schedule|"
        "working hours)\\b|\\bshift (times|timings?|schedule|rota)\\b|"
        "\\b(duty|shift) (ka|ki|er) (time|timing|somoy|samay)\\b"
    ),
    "re:근무 ?(시간|시간표|스케줄|표)", "출근 시간", "シフト表", "勤務時間", "出勤日", "排班",
    "上班时间", "值班表",
    "re:(ड्यूटी|शिफ्ट) (का|की) (समय|टाइम|टाइमिंग)", "re:(ডিউটির|শিফটের) (সময়|টাইম)",
]  # fmt: skip
# Told to walk out on or confront a person when seen: "walk out if you see her".
SHUN_CALL = [
    (
        "re:\\b(walk out|leave|turn around|avoid (her|him|them)|don'?t buy)\\b[^.!?\\n]{0,12}"
        "\\b(if|when) you see (her|him|them)\\b|\\bif you see (her|him|them),? (walk out|leave|"
        "turn around|run)\\b|\\b(dekhle|dekhlei|dikhe to|dikhe toh) (beriye|chole|nikal|laut)\\w*"
    ),
    "re:보이면 ?(그냥 )?(나오|나가|돌아|피하)", "re:見かけたら[^。\\n]{0,6}(帰|出|避け)",
    "re:(看到|见到)(她|他)(就)?(走|离开|绕)", "re:दिखे (तो|तब) (लौट|निकल|वापस)",
    "re:দেখলে(ই)? (বেরিয়ে|চলে)",
]  # fmt: skip
_REAL_BLADE = _plain(REAL_BLADE)
_TO_SCHOOL = _plain(TO_SCHOOL)
_WORK_HOURS = _plain(WORK_HOURS)
_SHUN_CALL = _plain(SHUN_CALL)
# Money staked on a result: betting, a bookie's odds, 배팅, 下注, सट्टा.
STAKE = [
    (
        "re:\\b(cash|real[- ]money|money) (bet|bets|betting|wagers?|gambling)\\b|"
        "\\b(betting|gambling|sportsbook|bookie|casino)\\b|\\b(place|placing) (your |a )?bets?\\b|"
        "\\b(satta|sattebaazi|jua|juaa|juya)\\b"
    ),
    "賭け", "ギャンブル", "ベッティング", "カジノ", "배팅", "베팅", "도박", "토토", "카지노",
    "下注", "投注", "赌博", "赌球", "博彩", "押注", "赌钱", "सट्टा", "जुआ", "बेटिंग", "जुए",
    "জুয়া", "বাজি ধর", "বেটিং",
]  # fmt: skip
# Children invited to it: "middle-schoolers welcome", 중학생도 가입 OK, 未成年也能玩.
MINORS_LET_IN = [
    (
        "re:\\b(kids|teens|teenagers|students|schoolkids|middle[- ]schoolers|high[- ]schoolers|"
        "minors|under[- ]?18s?|under[- ]?age)( are| can| also)? (welcome|allowed|ok|okay|"
        "can (join|play|bet|sign up))\\b|\\bno age (check|limit|verification|needed|required)\\b|"
        "\\b(boyosh|boyos|boyesh|umar|umr|umra) (lagbe na|lage na|dorkar nei|ki zaroorat nahi|"
        "ki zarurat nahi|nahi dekhi jayegi|matter nahi)\\b|"
        "\\b(bachche|students?|school wale) bhi (khel|laga|join)\\w*"
    ),
    "re:(中学生|高校生|小学生|未成年|学生)(でも|も)(ok|参加|登録|歓迎|可|できる)",
    (
        "re:(중학생|고등학생|초등학생|미성년자?|청소년|학생)(도|들도) ?"
        "(가입|참여|가능|ok|환영|베팅|배팅|할 ?수)"
    ),
    "re:(中学生|高中生|小学生|未成年人?|学生党?)(也|都)(能|可以|可|欢迎|行|来)",
    "re:(बच्चे|स्टूडेंट्स?|नाबालिग|छात्र)(\\s?भी)\\s?(खेल|लगा|जुड़|जॉइन)",
    "re:उम्र की (कोई )?(पाबंदी|सीमा) नहीं",
    "re:(বাচ্চারাও|ছাত্ররাও|স্কুলের ছেলেমেয়েরাও|নাবালকরাও)",
    # Welcomed outright, as a night-work ad says it: JK歓迎, 미성년 OK, 未成年可.
    "re:(jk|ｊｋ|女子高生|女子中学生|中学生|高校生|未成年)(大)?(歓迎|ok|ｏｋ|可|オッケー)",
    "re:(미성년자?|청소년|여고생|여중생|고딩|중딩) ?(ok|환영|가능|대환영)",
    "re:(未成年人?|学生妹|中学生|高中生|初中生)(欢迎|可|ok|也行)",
    (
        "re:\\b(minors?|under[- ]?18s?|under[- ]?age|school ?girls?) (ok|"
        "okay|welcome|fine|accepted)\\b"
    ),
    "re:\\b(nabalig|naabalig|school ki ladkiyan?) bhi (chalegi|chalega|chalengi|welcome)\\b",
    "re:(नाबालिग|स्कूली लड़कियां) भी (चलेगी|चलेंगी|चलेगा)", "re:নাবালিকা(ও)? (চলবে|স্বাগত)",
    (
        "re:বয়স (লাগবে না|লাগে না|দেখা হবে না)|(年齢|나이)(制限|確認)"
        "?(不問|関係なし|제한 ?없음|상관 ?없)|不限年龄|年龄不限"
    ),
    # An age floor under eighteen set on it: "for 14+", "campers 12 and up", 14세 이상, 12岁以上.
    (
        "re:(?<![\\d.,])1[0-7] ?\\+(?!\\d)|\\b(ages?|aged) 1[0-7] (and|&) (up|over|above)\\b|"
        "\\b1[0-7] (years? )?(and|&) (up|over|above|older)\\b"
    ),
    "re:(?<!\\d)1[0-7] ?(歳以上|세 ?이상|岁以上|周岁以上|साल से (ऊपर|अधिक)|বছরের (বেশি|উপরে))",
]  # fmt: skip
# A warning against it, a helpline or a rule that bars children, uses the same words.
STAKE_WARNING = [
    (
        "re:\\b(awareness|addiction|helpline|responsible gambling|prevention|18\\+ only|"
        "21\\+ only|no minors|not for minors|underage gambling is)\\b"
    ),
    "依存症", "禁止", "중독", "예방", "금지", "불가", "成瘾", "禁止", "严禁", "预防",
    "लत", "रोकथाम", "मना", "আসক্তি", "নিষেধ", "প্রতিরোধ",
]  # fmt: skip
# A draw or a lottery whose tickets are bought for a prize paid in money: "Lucky Jackpot,
# 10 taka ticket, win 500 taka cash", 賞金付きくじ, 현금 추첨, 现金抽奖. Sweets and toys as the
# prize make a fair's lucky dip, not a stake.
CHANCE_GAME = [
    (
        "re:\\b(lotter(y|ies)|jackpots?|raffles?|tombola|lucky draws?|scratch cards?|"
        "lucky dips?|sweepstakes?|latari|lotari|jhor)\\b"
    ),
    "宝くじ", "くじ引き", "抽選", "スクラッチ", "복권", "추첨", "뽑기", "彩票", "抽奖", "刮刮乐",
    "लॉटरी", "जैकपॉट", "লটারি", "জ্যাকপট",
]  # fmt: skip
CASH_PRIZE = [
    (
        "re:\\bcash (prizes?|rewards?|jackpots?|payouts?)\\b|(\\b\\d[\\d,]* ?(taka|tk|rupees?|"
        "rs|inr|dollars?|usd|won|yen|yuan)\\b|(rs\\.?|₹|\\$|৳) ?\\d[\\d,]*) (cash|nogod|nakad|"
        "naqad)\\b|\\b(win|wins|jeeto|jito|jitle|jitun|jeetne par) [^.!?\\n]{0,16}\\bcash\\b"
    ),
    "賞金", "現金", "상금", "현금", "奖金", "现金", "नकद", "नक़द", "নগদ",
]  # fmt: skip
_CHANCE_GAME = _plain(CHANCE_GAME)
_CASH_PRIZE = _plain(CASH_PRIZE)
_STAKE = _plain(STAKE)
# Work whose trade is a host's company, drink or song at night: a bar girl, a karaoke
# helper, a hostess, an escort. A bartender or a waiter is not this.
HOST_WORK = [
    (
        "re:\\b(hostess(es)?|host club|escorts?|escort (work|"
        "service|agency)|girls'? bar|bar girls?|"
        "bar dancers?|karaoke (helpers?|hostess|girls?)|cabaret|strip club|lap danc\\w*)\\b"
    ),
    "ガールズバー",
    "キャバクラ",
    "キャバ嬢",
    "ホステス",
    "デリヘル",
    "風俗",
    "ラウンジ嬢",
    "コンカフェ",
    "노래방 도우미", "노래방도우미", "룸살롱", "유흥업소", "호스티스", "보도방", "단란주점",
    "陪酒", "陪唱", "ktv公主", "夜总会", "坐台", "伴游",
    "बार डांसर", "बार गर्ल", "एस्कॉर्ट", "বার ডান্সার", "এসকর্ট", "বার গার্ল",
]  # fmt: skip
_HOST_WORK = _plain(HOST_WORK)
HOST_WORK_WARNING = [
    "re:\\b(trap|traps|trafficking|trafficked|traffickers?|report (it|them|such|this)|helpline|"
    "hotline|rescue\\w*|exploitation)\\b",
    "罠", "人身売買", "通報", "함정", "인신매매", "신고",
    "陷阱", "拐卖", "人口贩卖", "举报", "小心",
    "जाल", "मानव तस्करी", "re:\\b(jaal|taskari)\\b", "ফাঁদ", "পাচার", "re:\\b(fand|pachar)\\b",
]  # fmt: skip
_HOST_WORK_WARNING = _plain(HOST_WORK_WARNING)
# An exam's paper had before the sitting, or its examiner bought: 漏题, 問題流出, 시험지 유출,
# पेपर लीक, প্রশ্নফাঁস. Sold, it is fraud on every honest candidate.
EXAM_LEAK = [
    (
        "re:\\bleaked ([\\w-]+ ){0,3}(question |exam |test )?(papers?|questions?|answer ?keys?)\\b|"
        "\\b(question |exam |test )?papers? leak(ed|s)?\\b|"
        # "the examiner set the paper" is how papers are made; fixed or bought is the fraud
        "\\bexaminers? (is |are |already |has been "
        "|have been )*(fixed|bought|paid off)\\b|\\b(fixed|bought|paid-off) "
        "examiners?\\b|\\bexaminer (pehle se |already )?(set|fix|seting|setting) "
        "(hai|he|ho gaya|ho chuka|kar diya)\\b|"
        "\\b(proshno|prosno|proshna) ?(fans|fansh|fash|faas)\\b"
    ),
    "re:(試験)?問題(用紙)?(が|の)?流出", "re:流出した(試験)?問題", "re:試験官(は|を)?(買収|抱き込)",
    "re:(시험지|시험 ?문제|문제지?) ?유출",
    "re:유출된 (시험|문제)",
    "re:(시험관|감독관|심사관)(을|은)? ?매수",
    "漏题", "re:(真题|试题|考题|试卷)(提前)?泄露", "re:泄露的(试题|考题|试卷|真题)",
    "re:考官(已经|都)?(打点|搞定|买通)", "re:提前(拿到|拿)(试卷|考题|真题)",
    "re:(पेपर|प्रश्न ?पत्र|प्रश्नपत्र) लीक", "re:लीक (हुआ |हुए )?(पेपर|प्रश्न ?पत्र)",
    "re:परीक्षक (पहले से )?(सेट|फिक्स)",
    "প্রশ্নফাঁস", "re:প্রশ্ন(পত্র)? ফাঁস", "re:ফাঁস হওয়া প্রশ্ন", "re:পরীক্ষক (আগে থেকেই )?(সেট|ম্যানেজ)",
]  # fmt: skip
# Said to sell it: a price, a guarantee, a number to write to.
PASS_SOLD = [
    (
        "re:\\bguaranteed? (pass|selection|result|success)\\b|\\b100 ?% (pass|selection|"
        "guarantee|result)\\b|\\b(pay|only|sirf|matro|shudhu) (rs\\.? ?|₹|\\$|tk ?)?\\d"
    ),
    "合格保証",
    "re:100 ?%合格",
    "합격 보장",
    "re:100 ?% ?합격",
    "保过",
    "包过",
    "re:100 ?%(通过|上岸)",
    "पास की गारंटी", "सिलेक्शन गारंटी", "re:\\b(pass|selection) (ki )?guarantee\\b",
    "পাসের গ্যারান্টি", "re:\\b(pass|selection) (er )?guarantee\\b",
]  # fmt: skip
# Told to warn or to report: the leak named to keep candidates away from it.
EXAM_LEAK_WARNING = [
    "re:\\b(arrest(ed|s)?|police|fir|report (it|them|such)|helpline|cancell?ed|fake)\\b",
    "逮捕", "警察", "通報", "체포", "경찰", "신고", "逮捕", "警方", "举报", "取消",
    "गिरफ्तार", "पुलिस", "शिकायत", "re:\\b(giraftar|giraftaar|shikayat)\\b",
    "গ্রেপ্তার", "পুলিশ", "অভিযোগ", "re:\\b(greptar|grephtar)\\b",
]  # fmt: skip
_EXAM_LEAK = _plain(EXAM_LEAK)
_PASS_SOLD = _plain(PASS_SOLD)
_EXAM_LEAK_WARNING = _plain(EXAM_LEAK_WARNING)
_MINORS_LET_IN = _plain(MINORS_LET_IN)
_STAKE_WARNING = _plain(STAKE_WARNING)
# A rival's fans or players told each one of them will be cut down, or a picture asked to
# pass as a real threat: the threat is what the poster delivers.
KILL_EACH = [
    "re:见(一个|一人)(砍|杀|捅|打)(一个|一人)", "re:(見つけ)?次第(殺|斬|刺|ぶっ殺)",
    "re:(보이는|보는) ?(족족|대로|놈마다) ?(죽|찌르|베|패)",
    "re:\\b(kill|cut down|stab|slash|gut)\\w* (every|each) (one|last one|single one|fan|player)\\b",
    "re:जो (दिखे|मिले|आए) (उसे )?(काट|मार)",
    "re:\\bjo (dikhe|mile|aaye) (use |usko )?(kaat|maar)\\w*",
    "re:যাকে (পাবো|দেখবো|পাব|দেখব) (কাটব|মারব|কোপাব)",
]  # fmt: skip
REAL_THREAT = [
    "re:\\b(look|looks|feel|read)s? like (a )?(real|genuine|actual) threats?\\b",
    "re:(本物|リアル)の(脅迫|脅し|殺害予告)", "re:(진짜|실제) ?(협박|위협|살해 ?예고)",
    "re:(像|是)(真的|真正的|真实的)(威胁|恐吓)", "re:(असली|सच्ची) धमकी", "re:\\basli dhamki\\b",
    "re:(আসল|সত্যিকারের) হুমকি",
]  # fmt: skip
_KILL_EACH = _plain(KILL_EACH)
_REAL_THREAT = _plain(REAL_THREAT)
_STUNT_WARNING = _plain(STUNT_WARNING)

# A person of a faith or a caste drawn with a bomb on them: the people made the terror. A
# bath bomb, a 爆弾おにぎり, a 폭탄 세일, a bomb-disposal officer or a "laughter bomb" is none.
TERROR_PROP = Lexicon(
    signals=[
        (
            "re:\\b(bombs?|suicide (vests?|belts?|bombers?)|explosive (vests?|belts?)|dynamite|"
            "detonators?|grenades?|ieds?)\\b"
        ),
        "爆弾",
        "自爆",
        "ダイナマイト",
        "手榴弾",
        "爆発物",
        "폭탄",
        "자폭",
        "수류탄",
        "다이너마이트",
        "폭발물",
        "炸弹",
        "炸药",
        "自杀式",
        "手榴弹",
        "雷管",
        "re:(?<![\\u0900-\\u097f])बम(?:ों)?(?![\\u0900-\\u097f])",
        "विस्फोटक",
        "आत्मघाती",
        "ग्रेनेड",
        "বোমা",
        "বিস্ফোরক",
        "আত্মঘাতী",
        "গ্রেনেড",
        "re:\\bboma\\b",
    ],
    guards=[
        (
            "re:\\b(bath|flavou?r|photo|cherry|seed|love|calorie|glitter|fizz|truth|f|dad|colou?r|atom|"
            "atomic|nuclear|hydrogen|bijli|sutli|smoke|paint|water|stink|confetti|chocolate) "
            "?-?bombs?\\b|"
            "\\bbombs? (crackers?|firecrackers?|fireworks?)\\b|"
            "\\bbomb[- ]?(pops?|disposal|squad|shelters?|threats?|proof|jackets?|cyclones?|"
            "diggity)\\b|"
            "\\bbombshells?\\b|\\bthe bomb\\b"
        ),
        "爆弾おにぎり",
        "爆弾ハンバーグ",
        "爆弾セール",
        "爆弾低気圧",
        "爆弾発言",
        "re:폭탄 ?(세일|할인|특가|가격)|(가격|웃음|칼로리|물|사랑) ?폭탄",
        "re:(拆弹|排爆)",
        "re:(हँसी|हंसी) (का|के) बम",
        "re:হাসির বোমা|বোমা ফাটানো অফার",
        # Firecrackers named bombs, and the bombs of a history lesson.
        "re:(सुतली|बिजली|लक्ष्मी|आलू|रंग|पानी|चॉकलेट|एटम) बम",
        "re:(চকলেট|আলু|রং|জল|পানি|অ্যাটম|সুতলি) বোমা",
        "原爆",
        "원폭",
        "原子弹",
        "re:水(爆弾|风船)|물풍선",
    ],
)
# A person of a faith told by their faith, their dress or their clergy's title: "a Hindu
# priest", "a man in a skullcap", ターバンの男, 히잡 쓴 여자, 戴白帽的男子, टोपी वाला, টুপি-দাড়িওয়ালা.
FAITH_PERSON = [
    (
        "re:\\b(muslim|hindu|sikh|christian|jewish|buddhist|jain|parsi|dalit|catholic|orthodox) "
        "(priests?|pastors?|imams?|monks?|nuns?|clerics?|preachers?|men|man|women|woman|boys?|girls?|"
        "person|people|guys?|lads?|elders?|grandfathers?|grandmothers?|famil(y|ies)|shopkeepers?|"
        "neighbou?rs?)\\b|\\b(imams?|mullahs?|maulanas?|maulvis?|rabbis?|sadhus?|pandits?)\\b|"
        "\\b(muslim|musolman|musalman|hindu|sikh|christian|khristan|isai|buddhist|boudho|jain) "
        "(purohit|pujari|maulana|maulvi|hujur|huzur|lok|lokta|loker|chhele|chele|meye|manush|aadmi|"
        "admi|aurat|ladka|ladki|baba|sadhu|pandit|bhai|chacha|kaka)\\b|"
        "\\b(skull ?cap|taqiyah|kippah|yarmulke|turban|hijab|niqab|burqa|burka)\\b"
    ),
    "ターバン", "ヒジャブ", "ブルカ", "イスラム教徒", "ヒンドゥー教徒", "キリスト教徒",
    "ユダヤ教徒", "シク教徒",
    "히잡", "터번", "부르카", "무슬림", "힌두교도", "기독교인", "유대인", "시크교도",
    "穆斯林", "白帽", "头巾", "回民", "印度教徒", "基督徒", "犹太人", "锡克教徒",
    "मुसलमान", "मुस्लिम", "हिंदू", "हिन्दू", "सिख", "ईसाई", "यहूदी", "re:टोपी (वाला|वाले|पहने)",
    "मौलवी", "पंडित", "पगड़ी",
    "মুসলমান", "মুসলিম", "হিন্দু", "খ্রিস্টান", "ইহুদি", "re:টুপি", "হুজুর", "মৌলবি", "পুরোহিত",
    "re:\\b(musalman|musolman|musalmaan|topi wala|tupi|hujur|huzur|maulvi)\\b",
]  # fmt: skip
_TERROR_PROP = _Compiled.of(TERROR_PROP)
_FAITH_PERSON = _plain(FAITH_PERSON)

# A caste drawn as dirt: filthy, with flies round them, in a cartoon or a drawing. Flies in a
# pest-control ad or a cleaner thanked in a poster name no caste.
FLIES = [
    (
        "re:\\bflies (buzzing|swarming|crawling|all over|round|around|circling)\\b|\\b(covered|"
        "crawling) (in|with) flies\\b|\\bswarms? of flies\\b|\\b(fly|flies)-(covered|infested)\\b"
    ),
    "re:(ハエ|はえ|蝿)(が|の)?(たか|群が|ぶんぶん|ブンブン|まとわり)",
    "re:파리(가|떼|들이)? ?(꼬인|꼬여|꼬이는|들끓|윙윙|붙은|달라붙)",
    "re:苍蝇(围|绕|乱飞|嗡嗡|乱爬)|(浑身|满身|全身)(是|都是)?苍蝇",
    "re:मक्खि(यों|याँ|यां)", "re:मक्खी (भिनभिना|बैठ)",
    "re:\\b(makkhiyon|makkhiyan|makkhi|machhi|machi|maachhi) (se |bhon|bhin)\\w*",
    "re:মাছি(-| )?(ভনভন|ভন ভন)|মাছিতে (ঘেরা|ভরা)|মাছি বসা",
]  # fmt: skip
DIRT_SAID = [
    "re:\\b(ganda|gandi|gande|nongra|noungra|moyla|maila|maili|ganda sa)\\b",
    "re:脏兮兮|很脏|肮脏", "汚らしい", "지저분", "নোংরা", "ময়লা",
]  # fmt: skip
# What makes it a picture of them rather than a report: a cartoon, a drawing, "shown".
DEPICTED = [
    (
        "re:\\b(cartoons?|caricatures?|drawn|drawings?|illustrat\\w*|depicted|portrayed|pictured|"
        "figure|dikhe|dikhao|dikhaye|dekhao|dekhan|chhobi|chobi)\\b"
    ),
    "イラスト", "絵", "描", "그림", "그려", "캐릭터", "만화", "画", "漫画", "卡通", "形象",
    "कार्टून", "चित्र", "दिखाओ", "दिखे", "দেখাও", "কার্টুন", "ছবি", "আঁকো",
]  # fmt: skip
_FLIES = _plain(FLIES)
_DIRT_SAID = _plain(DIRT_SAID)
_DEPICTED = _plain(DEPICTED)
# Food or a service told made or served by one caste only: "upper-caste cooks only", 上位カースト
# の職人だけ, 상위 카스트 장인만, 只由高种姓, सिर्फ़ ऊँची जात के हाथों से, শুধু উঁচু জাতের. An
# equality poster names the castes side by side, not one alone.
CASTE_ONLY = [
    (
        "re:\\b(upper|high|higher|savarna)[- ]castes?( \\w+){0,2} only\\b|\\bonly (by |from |for )?"
        "(the )?(upper|high|higher)[- ]castes?\\b|\\b(brahmins?|savarnas?)( \\w+)? only\\b|"
        "\\bonly (by |from |for )?(brahmins?|savarnas?)\\b"
    ),
    "re:(上位|高位)カースト[^。\\n]{0,12}(だけ|のみ|限定|専用)",
    "re:(バラモン)[^。\\n]{0,8}(だけ|のみ|限定)",
    "re:(상위|높은) ?카스트[^.!?\\n]{0,12}(만|전용|한정)", "re:브라만[^.!?\\n]{0,8}(만|전용)",
    (
        "re:(只|仅|僅)(由|限|给|為|为)?[^。！？，,\\n]{0,4}(高种姓|高種姓|"
        "婆罗门)|(高种姓|婆罗门)(专属|专用|限定)"
    ),
    "re:(सिर्फ़|सिर्फ|केवल|सिर्फ़) (ऊँची|ऊंची|उच्च|ऊँचे|ऊंचे|बड़ी) (जात|जाति)",
    "re:(सवर्ण|ब्राह्मण)[^।\\n]{0,10}(ही|के ही|ओनली)",
    (
        "re:\\b(sirf|keval|kewal|shudhu|shudhumatro|sudhu|only) (oonchi|unchi|oonchi|uchi|uchu|"
        "ucchu|upper|boro|uchcho)( |-)?(jaat|jat|jati|jaati|jater|caste)\\b"
    ),
    "re:(শুধু|শুধুমাত্র|কেবল) (উঁচু|উচ্চ|উঁচু|উচু) (জাত|জাতি|বর্ণ)",
]  # fmt: skip
_CASTE_ONLY = _plain(CASTE_ONLY)

# A street drug the brief's own shop offers: "you can get ganja at our counter", うちの店で大麻が
# 手に入ります, 저희 가게에서 필로폰 구할 수 있어요, 本店特供冰毒, हमारी दुकान पर चरस रखा है, আমাদের
# দোকানে ইয়াবা পাওয়া যাবে. Only the drugs' own names count here (no "ice crystals" on a
# cake), and a pharmacy or a campaign naming them to warn sells none.
STREET_DRUG = [
    (
        "re:\\b(yaba|yaaba|phensedyl|fensidyl|fensidil|fencidyl|ganja|gaanja|charas|chorosh|heroin|"
        "smack|chitta|brown sugar|cocaine|meth|crystal meth|methamphetamine|mdma|ecstasy|ketamine|"
        "lsd|shabu|hashish|afeem|afim|opium|fentanyl)\\b"
    ),
    "大麻", "覚醒剤", "覚せい剤", "シャブ", "コカイン", "ヘロイン", "ケタミン", "マリファナ",
    "ガンジャ",
    "ヤーバー", "合成麻薬", "危険ドラッグ",
    "re:대마(?!도)", "필로폰", "히로뽕", "메스암페타민", "코카인", "헤로인", "케타민", "마리화나",
    "야바",
    "물뽕", "엑스터시",
    "冰毒", "k粉", "摇头丸", "麻古", "海洛因", "可卡因", "氯胺酮", "麻果",
    "गांजा", "गांजे", "चरस", "स्मैक", "ब्राउन शुगर", "हेरोइन", "अफीम", "याबा", "एमडीएमए", "कोकीन",
    "फेंसेडिल", "फेन्सेडिल",
    "ইয়াবা", "ফেনসিডিল", "ফেন্সিডিল", "গাঁজা", "চরস", "হেরোইন", "কোকেন", "আফিম",
]  # fmt: skip
OUR_STOCK = [
    (
        "re:\\b(available|on offer|in stock|stocked|for sale|on sale|you can (get|buy|grab|find|"
        "score|pick up)|get|buy|grab|pick up|order)\\b[^.!?\\n]{0,50}?\\b(at|from|in) (our|my) "
        "(own )?(shop|store|stall|counter|bar|caf[eé]|lounge|club|kiosk|outlet|place|parlou?r|"
        "joint|tapri|dhaba|pub|booth|cart|van)\\b"
    ),
    (
        "re:\\b(at|in) (our|my) (shop|store|stall|counter|bar|caf[eé]|lounge|club|kiosk|outlet|"
        "place|pub|booth)\\b[^.!?\\n]{0,50}?\\b(available|in stock|on offer|on sale|for sale)\\b"
    ),
    (
        "re:(うちの|当店の?|弊店の?|うち|私たちの)(店|お店|屋台|バー|ショップ)?(で|に)(は)?[^。\\n]{0,16}?"
        "(手に入|買え|入手でき|販売|扱って|売って|あります|用意して)"
    ),
    (
        "re:(저희|우리) ?(가게|매장|업소|바|카페|노점|클럽|포차)(에서|에|엔|에선)[^.!?\\n]{0,16}?"
        "(구할 ?수|살 ?수|팔아요|팝니다|판매|있어요|있습니다|준비돼|구매 ?가능|드려요)"
    ),
    (
        "re:(本店|我们店|我店|小店|我们(的)?(店|摊|酒吧|小摊))[^。！？\\n]{0,10}?(特供|"
        "有售|出售|有货|供应|提供|卖|现货)"
    ),
    (
        "re:(हमारी|हमारे) (दुकान|स्टॉल|ठेले|बार|कैफ़े|कैफे|यहाँ|यहां)[^।\\n]{0,30}?(मिलेगा|मिलेगी|"
        "मिलेंगे|मिलता|उपलब्ध|रखा है|रखी है|बिकता|बिकेगा|बिकेगी)"
    ),
    (
        "re:\\b(hamari|hamare|humari|humare|amader|amar) (dukaan|dukan|dokan|dokane|stall|shop|"
        "counter|bar|yahan|yaha)( pe| par| mein| me| e| te)?\\b[^.!?\\n]{0,40}?\\b(milega|milegi|"
        "milenge|milta|available|rakha hai|rakhi hai|rakhe hain|pawa jabe|paoa jabe|pawa jay|"
        "thakbe|milbe|pabe|paben)\\b(?! na\\b)"
    ),
    (
        "re:(আমাদের|আমার) (দোকানে|দোকান|স্টলে|স্টল|বারে|ক্যাফেতে|এখানে)[^।\\n]{0,30}?(পাওয়া যাবে|"
        "পাওয়া যায়|মিলবে|থাকবে|পাবেন|পাবে)(?! ?না)"
    ),
]  # fmt: skip
_STREET_DRUG = _plain(STREET_DRUG)
_OUR_STOCK = _plain(OUR_STOCK)


# Sleep given up as the rule of a contest: "last one awake wins", 잠들면 탈락, 寝たら負け,
# "48-hour no-sleep challenge". Staying up for a launch or a phone that "never sleeps" is
# no contest a person loses by sleeping.
SLEEP_CONTEST = [
    (
        "re:\\blast (one|person|player|man|guy|girl|kid|team) (awake|to (fall asleep|sleep))\\b|"
        "\\bdon'?t sleep\\b(?! on)|\\bno[- ]sleep (challenge|marathon|streak|run|contest|grind)\\b|"
        "\\b(fall|falls|fell) asleep,? (and )?(you'?re|you are|he'?s|she'?s|they'?re) (out|"
        "eliminated|disqualified)\\b|\\b(stay|staying|stays) awake (the )?(longest|\\d+ ?(hours|"
        "hrs|days|nights))\\b|\\b\\d+[- ]hours? (without sleep|no[- ]sleep|sleepless|awake)\\b"
    ),
    (
        "re:(寝たら|眠ったら|寝落ちしたら)(負け|失格|脱落|アウト)|(徹夜|"
        "完徹|不眠)(チャレンジ|耐久|大会|バトル)"
    ),
    (
        "re:(잠들면|자면|졸면) ?(탈락|아웃|실격|패배)|(밤샘|무수면|잠 ?안 ?자기)"
        " ?(챌린지|대결|도전|대회)"
    ),
    "re:(睡着|睡觉|睡了)(就|即)?(出局|淘汰|算输|输)|(通宵|不睡觉?|熬夜)(挑战|比赛|大赛|马拉松)",
    (
        "re:\\b(so (gaye|gya|gayi|jaoge|gele)|ghumiye porle|ghumale) (to |toh |tahole )?(out|bahar|"
        "haar)\\b|\\b(bina soye|na ghumiye|ghum chara) (challenge|contest)\\b"
    ),
    "re:(सो गए|सोए) (तो )?(आउट|बाहर)|(ঘুমিয়ে পড়লে|ঘুমালে) (আউট|বাদ)",
]  # fmt: skip
_SLEEP_CONTEST = _plain(SLEEP_CONTEST)

# A body hurt as the picture asks (skin burnt off, a skull burst, hands cut off, a knife at
# the throat) with the blood shown: either alone may be a safety scene or a plaster on a
# graze; the two together are gore.
BODY_HURT = [
    # A beating's marks left on a body: a face beaten bloody, a limb bent the wrong way.
    (
        "re:\\bbeaten (bloody|black and blue|to a pulp|half to death)\\b|\\b(face|head|body) "
        "(beaten|smashed|kicked) (in|bloody|to a pulp)\\b|\\b(arm|leg|limb|neck|wrist|fingers?|"
        "knee) (bent|twisted|snapped) (the wrong way|backwards?|at a wrong angle|at an unnatural "
        "angle)\\b|\\bbones? (sticking|poking) out\\b"
    ),
    "re:(腕|足|首|指)(が|を)(逆|あらぬ方向)に(曲が|ねじ)",
    "re:顔(が|を)(血だらけ|ボコボコ|腫れ上が)",
    "re:(팔|다리|목|손가락)(이|가|을|를)? ?(반대로|이상한 방향으로|거꾸로) ?(꺾|꺽|비틀)",
    "re:얼굴(이|을)? ?(피투성이|피범벅|엉망)(가|이)? ?(되|로|가)",
    "re:(手臂|胳膊|腿|手指)(被)?(反向|反着)?(扭断|折断|掰断|弯向反方向)", "打得头破血流",
    "re:\\b(haath|hath|baazu|taang) ulta mud\\w*|\\b(haat|pa) ulto dike (beke|mure)\\w*",
    "re:(हाथ|बाजू|टांग) उल्टा मुड़", "re:(হাত|পা) উল্টো দিকে (বেঁকে|মুড়ে)",
    (
        "re:\\b(skin|flesh|face|fingers?|hands?|arms?)\\b[^.!?\\n]{0,40}?\\b(burnt|burned|charred|"
        "peeling|melting|melted|blistered) (and |off|away|to)\\b|\\b(skull|head|face|brains?) "
        "(burst|bursting|bursts|exploding|explodes|blown (open|apart|off)|shattered|cracked open|"
        "caved in)\\b|\\b(hands?|fingers?|arms?|legs?|feet|head) (cut|chopped|hacked|sawn|ripped|"
        "torn) off\\b|\\b(severed|chopped[- ]off|cut[- ]off) (hands?|fingers?|arms?|legs?|head|"
        "limbs?)\\b|\\b(knife|blade|razor|machete) (at|to|against|pressed to) (his|her|their|the|a)"
        " (throat|neck)\\b"
    ),
    (
        "re:(頭蓋骨|頭|脳)(が)?(砕け|破裂|吹き飛|割れ)|(手|腕|指|足)(首)"
        "?(が|を)?(から)?(切断|切り落と|切り取)|(喉|首)(元)?に(ナイフ|"
        "刃物|包丁)|(皮膚|肌)(が)?(焼けただれ|ただれ|剥がれ|焼け焦げ)"
    ),
    (
        "re:(두개골|머리)(이|가)? ?(터지|깨지|부서지|날아가)|(손|팔|다리|"
        "손가락|손목)(이|가|을|를)? ?(잘리|잘려|절단)|목에 ?(칼|흉기)"
        "|(피부|살)(이|가)? ?(타|녹아|벗겨)"
    ),
    # A body in its death throes, a poisoned pet's as much as a person's.
    (
        "re:\\b(convuls\\w*|writh\\w* in (agony|pain)|in (its|his|her|their) death throes|"
        "eyes rolled back)\\b"
    ),
    "痙攣", "けいれん", "のたうち回", "경련", "발작하", "抽搐", "痉挛", "ऐंठ", "তড়পা", "খিঁচুনি",
    (
        "re:(头骨|头颅|脑袋)(碎裂|爆开|炸开|炸裂|被打爆)|(手|手腕|胳膊|"
        "手指|腿)(被)?(砍断|砍掉|切断|剁掉|剁下)|(刀|匕首)(抵|架|顶)(着|"
        "在)(他|她|他们)?的?(喉咙|脖子)|(皮肤|皮肉)(烧焦|溃烂|剥落)"
    ),
    (
        "re:(हाथ|उंगलियां|उँगलियाँ|कलाई|सिर)[^।\\n]{0,12}?(कट|काट)[^।\\n]{0,6}?(गए|"
        "गया|दिए|दिया|डाले|ा हुआ|ी हुई|े हुए|ी हुईं)|(कटा|कटी|कटे|कटीं) (हुआ |हुई |हुए )?(हाथ|"
        "उंगलियां|उंगलियाँ|उँगलियाँ|कलाई|सिर)|(गले|गर्दन) पर (चाकू|छुरा)|\\b(haath|ungliyan|"
        "sir) (kat|kaat) (gaye|gaya|diye|diya|dale)\\b|\\b(gale|gardan)"
        " (pe|par) (chaku|chaaku|chhura)\\b"
    ),
    (
        "re:(হাত|আঙুল|কব্জি|মাথা)[^।\\n]{0,12}?(কেটে|কাটা|বিচ্ছিন্ন)|"
        "গলায় (ছুরি|চাকু)|\\b(haat|hat|angul) [^.!?\\n]{0,12}?(kete|"
        "kata)\\b|\\bgolay (churi|chaku)\\b"
    ),
]  # fmt: skip
BLOOD_SHOWN = [
    # The blood asked to be seen: "make the blood very visible", "beaten bloody".
    (
        "re:\\b(make|keep|show) the blood\\b|\\bblood (clearly |very |fully |really )?(visible|"
        "showing|shown)\\b|\\bbeaten bloody\\b"
    ),
    "re:血(を|が)(はっきり|よく)(見え|見せ)", "re:피(가|를) ?(잘|확실히|선명하게) ?(보이|보여)",
    "re:(血|血迹)(要)?(明显|清楚|看得清)",
    (
        "re:\\bblood (on|all over|everywhere|spatter\\w*|splatter\\w*|pool\\w*|pouring|spraying|"
        "sprayed|gushing|soaking)\\b|\\b(pool|puddle|spray|pools) of blood\\b|\\b(covered|soaked|"
        "drenched) in blood\\b|\\b(foam and blood|blood and foam|blood|bloody foam) "
        "(coming |pouring |running |dripping |frothing )?(out of|from) (its|his|her|their|the) "
        "(mouth|nose|eyes|ears)\\b|\\bbloodied\\b|\\bblood-soaked\\b|\\bbloody (face|hands?|stump|"
        "floor|mess)\\b"
    ),
    "re:血まみれ|血だらけ|血の海|血が(飛び散|噴き出|吹き出|流れ|滴)|血を(流し|噴)|血しぶき",
    "re:피(가|를)? ?(사방|튀|흘|흥건|뿜|범벅)|피범벅|피투성이|피바다|피 ?웅덩이",
    "re:满脸是血|满身是血|一滩血|血泊|鲜血(四溅|直流|淋漓|喷)|血(流|溅)(满|了)|血迹斑斑|到处是血",
    (
        "re:खून (से )?(लथपथ|बह|फैला|बिखरा|ही खून)|\\bkhoon (se )?(lathpath|"
        "beh|faila|bikhra|hi khoon)\\b"
    ),
    (
        "re:(চারদিকে|চারপাশে|সবখানে) রক্ত|রক্তে (ভেসে|মাখা|ভেজা)|রক্ত (ছড়িয়ে|"
        "ঝরছে|গড়িয়ে)|\\b(chardike|charpashe) rokto\\b|\\brokte (bhese|"
        "makha)\\b"
    ),
]  # fmt: skip
_BODY_HURT = _plain(BODY_HURT)
_BLOOD_SHOWN = _plain(BLOOD_SHOWN)

# A people drawn by the features caricature gives them (buck teeth, slanted eyes, a hook
# nose, a stupid grin), or called a nation of copiers: the stereotype is the picture.
GROUP_FEATURES = [
    (
        "re:\\b(buck[- ]?tooth(ed)?|buck teeth|squinty|squint-eyed|slant(ed|y)?[- ]eyed|slanty|"
        "slit[- ]eyed|hook[- ]nosed|big[- ]nosed|thick[- ]lipped|grinning stupidly|dim-witted)\\b|"
        "\\b(made a copy|copycats?|copy everything|copies everything|only (know how to |can )?copy"
        "|nation of (copiers|copycats|fakers))\\b"
    ),
    "出っ歯", "つり目", "吊り目", "re:パクリ(ばかり|ばっか|民族|国家|大国)",
    "뻐드렁니", "re:(찢어진|째진) ?눈", "re:(베끼기만|짝퉁) ?(하는|나라|민족)",
    "龅牙", "眯眯眼", "眯缝眼", "吊梢眼", "re:(都是|全是|只会)抄(来|的|袭)",
    "re:\\b(aage ke daant|chhoti ankhen|choto chokh)\\b",
    "re:(নকলবাজ|নকল জাতি)", "re:(नकलची|नक़लची)",
]  # fmt: skip
_GROUP_FEATURES = _plain(GROUP_FEATURES)
# One person of a people, or the country its goods are mocked by ("made in China").
NATIONAL = [
    (
        "re:\\b(chinese|japanese|korean|indian|pakistani|bangladeshi|african|mexican|arab|"
        "nigerian|filipino|vietnamese|indonesian|asian|jewish|muslim|black)( [\\w-]+){0,2} (man|"
        "men|woman|women|workers?|guys?|person|people|boys?|girls?|kids?|family|characters?|"
        "tourists?|shopkeepers?|vendors?|sellers?|uncle|auntie|engineers?)\\b|\\bmade in "
        "(china|india|korea|japan|vietnam|bangladesh)\\b"
    ),
    "re:(中国|日本|韩国|韓国|印度|越南|非洲|黑|朝鲜)(人|佬)|(中国|印度|韩国|日本)制造",
    "re:(中国|韓国|インド|ベトナム|アフリカ|黒)人|中国製|インド製",
    "re:(중국|일본|인도|베트남|흑|동남아|조선)(인|사람|놈)|중국산|메이드 ?인 ?차이나",
    "re:(चीनी|भारतीय|पाकिस्तानी|बांग्लादेशी|अफ्रीकी) (आदमी|लोग|मज़दूर|मजदूर|औरत)",
    "re:(চীনা|ভারতীয়|পাকিস্তানি|আফ্রিকান) (লোক|মানুষ|শ্রমিক|মহিলা)",
]  # fmt: skip
_NATIONAL = _plain(NATIONAL)

# Wildlife whose trade is banned or licensed: a protected species by name, its parts (ivory,
# rhino horn, a tiger's skin), a treaty listing, or an animal taken from the wild. Sold with
# no papers or licence, it is the trade itself; a shown permit or a campaign against the
# trade names the same animals lawfully.
PROTECTED_WILDLIFE = [
    (
        "re:\\b(ivory|rhino(ceros)? horns?|(tiger|leopard|snow leopard|jaguar|cheetah) (skins?|"
        "pelts?|bones?|claws?|teeth)|pangolins?|"
        "slow lorises|slow loris|bear bile|tortoiseshell|shark fins?|cites[- ]?(listed|banned|"
        "appendix)|endangered species|protected species|wild[- ]caught|caught in the wild|"
        "taken from the wild|hathi ?dant|haathi ?daant|(gainde|gende|gondarer) (ka |er )?"
        "(seeng|sing|shing)|(bagh|bagher|sher|sher ki|baagh ki) (khaal|chamra|chamda)|"
        "(bon|jongol|jangal|jongoler) (theke|se) (dhora|dhore|pakda|pakde|pakri)|bonrui)\\b"
    ),
    "象牙", "サイの角", "犀角", "トラの毛皮", "虎の毛皮", "トラの皮", "センザンコウ",
    "スローロリス",
    "ワシントン条約", "絶滅危惧", "野生捕獲", "ワイルド個体", "密猟", "ホウシャガメ",
    "상아", "코뿔소 뿔", "호랑이 가죽", "천산갑", "늘보로리스", "멸종위기", "야생 포획", "밀렵",
    "犀牛角", "虎皮", "虎骨", "穿山甲", "懒猴", "蜂猴", "野外捕捉", "野生捕捉", "野外捕获", "濒危",
    "保护动物", "熊胆", "象牙制品",
    "हाथी दांत", "हाथी दाँत", "गैंडे का सींग", "बाघ की खाल", "पैंगोलिन", "लुप्तप्राय", "जंगल से पकड़",
    "হাতির দাঁত", "গন্ডারের শিং", "বাঘের চামড়া", "বনরুই", "প্যাঙ্গোলিন", "বিপন্ন প্রজাতি",
    "বন থেকে ধরা",
]  # fmt: skip
# The lawful side of the same animals: a permit shown, a captive-bred line, a campaign to
# end the trade or to report it.
WILDLIFE_LAWFUL = [
    (
        "re:\\b(cites )?(permit|certificate) (no\\.?|number|shown|displayed|attached)|"
        "\\bcaptive[- ]bred\\b|\\b(stop|end|ban|fight|against|say no to|report|don'?t buy|"
        "never buy) (the )?(illegal )?(ivory|wildlife|rhino|pangolin|poach\\w*|trafficking|"
        "trade)\\b|\\bwhen the buying stops\\b|\\bconservation\\b"
    ),
    "許可証番号", "登録票", "飼育下繁殖", "ブリード個体", "密猟反対", "取引をなくそう", "保護活動",
    "허가증 번호", "인공 번식", "밀렵 반대", "보호 캠페인", "许可证编号", "人工繁殖", "拒绝",
    "反对",
    "保护野生动物", "举报", "अनुमति पत्र", "शिकार बंद", "संरक्षण", "অনুমতিপত্র", "সংরক্ষণ",
    "পাচার বন্ধ",
]  # fmt: skip
# Water with a predator in it: a crocodile pool, a piranha tank, a shark lagoon.
PREDATOR_WATER = [
    (
        "re:\\b(crocodiles?|crocs?|alligators?|gators?|sharks?|piranhas?)\\b[^.!?\\n]{0,12}?"
        "\\b(pool|tank|pond|pit|enclosure|lagoon|water)\\b|\\b(pool|tank|pond|pit|enclosure|"
        "water)s? (full of|with|of) (the )?(crocodiles?|crocs|alligators?|sharks?|piranhas?)\\b|"
        "\\b(kumir|kumirer|magarmach|magarmachh)\\w* (wale |er )?(pukur|pool|talab|talaab|tank)\\w*"
    ),
    "re:(ワニ|鰐|サメ|ピラニア)(の|が)?(いる)?(プール|池|水槽|沼)",
    "re:(악어|상어|피라냐)(가|들이)? ?(있는 )?(풀|수조|연못|어항|우리)",
    "re:(鳄鱼|鲨鱼|食人鱼)[^。！？\\n]{0,3}(池|缸|潭|水里|水中|塘)",
    "re:(मगरमच्छ|शार्क|पिरान्हा)[^।\\n]{0,6}(तालाब|पूल|टैंक)",
    "re:(কুমির|হাঙর|পিরানহা)[^।\\n]{0,6}(পুকুর|পুল|ট্যাংক)",
]  # fmt: skip
# A body put into that water: jumped or dived into, a hand put in. Watching a feeding show
# behind glass puts nobody in it.
INTO_WATER = [
    (
        "re:\\b(jump\\w*|div(e|es|ed|ing)|plung\\w*|swim\\w*|wad(e|es|ed|ing)|leap\\w*|"
        "(hands?|arms?|feet|legs?) (in|into)|(put|stick|dip)\\w* (your|their|his|her|a) "
        "(hands?|arms?|feet|legs?)|reach\\w* into|jhap\\w*|kood\\w*|haat (dal|daal|dhukiy)\\w*)\\b"
    ),
    "飛び込", "潜っ", "泳い", "手を入れ", "手を突っ込", "足を入れ", "뛰어들", "들어가", "손을 넣",
    "跳进", "跳入", "伸进", "把手伸", "游进", "下水", "कूद", "हाथ डाल", "ঝাঁপ", "হাত ঢোকা",
]  # fmt: skip
# Deep water with nothing to float on: no life jacket.
NO_FLOAT = [
    (
        "re:\\b(without|no) (a |any |their )?life ?(jackets?|vests?)\\b|"
        "\\blife ?(jackets?|vests?) (chara|chhara|chhada|charai|chhara-i)\\b|"
        "\\bbina life ?jacket\\b"
    ),
    "re:(ライフジャケット|救命胴衣)(なし|無し|を着ず|を着けず|を脱)",
    "re:구명조끼 ?(없이|안 ?입고|벗고)",
    "re:(不穿|没穿|不带|没有|不用)救生衣",
    "re:बिना लाइफ ?जैकेट",
    "re:লাইফ ?জ্যাকেট ছাড়া",
]  # fmt: skip
# A person's hand on an animal to hurt it: beaten with a rod, kicked, hung by a choke chain.
ANIMAL_ABUSED = [
    (
        "re:\\b(beat\\w*|whack\\w*|hit|hits|hitting|kick\\w*|club\\w*|thrash\\w*|strik\\w*|"
        "smack\\w*|punch\\w*) (the |a |his |her |their |our )?(dog|puppy|pup|cat|kitten|horse|"
        "pony|cow|calf|goat|pig|donkey|animal)s?\\b[^.!?\\n]{0,40}?\\bwith (a |an |the |his |"
        "her )?(\\w+ )?(rod|stick|pipe|bat|club|whip|chain|cane|belt|hammer)s?\\b|"
        "\\b(lifted|lifting|hoisted|hoisting|hung|hanging|dangl\\w*) (\\w+ ){0,4}(by|on) "
        "(a |the |its |his |her )?(tight |tightened )?(choke chain|prong collar|collar|leash|"
        "noose)\\b|\\b(dog|puppy|cat|horse|animal)'?s? eyes bulging\\b"
    ),
    "re:(犬|子犬|猫|馬|牛|動物)(を)?[^。\\n]{0,10}(棒|鉄パイプ|鞭|ムチ)で(殴|叩|打)",
    (
        "re:(개|강아지|고양이|말|소|동물)(를|을)? ?[^.!?\\n]{0,10}(몽둥이|쇠파이프|막대기|채찍)로 ?"
        "(때리|패|내려치)"
    ),
    "re:(打|抽|揍)(狗|猫|马|牛)|(狗|猫|马|牛)[^。！？\\n]{0,8}(用棍|用铁棍|用鞭子)",
    "re:(कुत्ते|बिल्ली|घोड़े|गाय)[^।\\n]{0,12}(डंडे|लाठी|रॉड) से (पीट|मार)",
    "re:(কুকুর|বিড়াল|ঘোড়া|গরু)[^।\\n]{0,12}(লাঠি|রড) দিয়ে (পেটা|মার)",
]  # fmt: skip
# Said to stop the same hurt: a welfare poster, a cruelty line, "never lift a dog by its collar".
ANIMAL_CARE = [
    (
        "re:\\b(cruelty|abuse|welfare|rspca|aspca|report (it|them|abuse)|never (hit|beat|kick|"
        "lift|hang|yank)|humane|force[- ]free|positive reinforcement)\\b"
    ),
    "虐待", "動物愛護", "학대", "동물보호", "虐待动物", "动物保护", "क्रूरता", "নিষ্ঠুরতা",
]  # fmt: skip
_PROTECTED_WILDLIFE = _plain(PROTECTED_WILDLIFE)
# A hunt of it sold as a package or a tour: the kill is the product.
HUNT_OFFERED = [
    (
        "re:\\b(trophy (hunts?|hunting|packages?|tours?)|hunting (packages?|tours?|trips?|"
        "safaris?))\\b"
    ),
    "re:\\bshikar (package|tour|trip)\\b", "re:(শিকারের|শিকার) (ট্রফি )?(প্যাকেজ|ট্যুর)", "ট্রফি প্যাকেজ",
    "re:शिकार (पैकेज|टूर)", "re:狩猎(套餐|之旅|团|旅行)", "re:(ハンティング|狩猟)(ツアー|パッケージ)",
    "re:사냥 ?(패키지|투어)",
]  # fmt: skip
_HUNT_OFFERED = _plain(HUNT_OFFERED)
_WILDLIFE_LAWFUL = _plain(WILDLIFE_LAWFUL)
_PREDATOR_WATER = _plain(PREDATOR_WATER)
_INTO_WATER = _plain(INTO_WATER)
_NO_FLOAT = _plain(NO_FLOAT)
_ANIMAL_ABUSED = _plain(ANIMAL_ABUSED)
_ANIMAL_CARE = _plain(ANIMAL_CARE)


def _together(text: str, *parts: _Compiled) -> bool:
    return any(all(p.hits(sentence) for p in parts) for sentence in _SENTENCE.findall(text))


def _said_after(text: str, first: _Compiled, then: _Compiled) -> bool:
    """In one sentence, ``then`` said after ``first``: the label said of the group, not a
    list that happens to hold both ("a comedy about thieves, Latinos welcome to apply")."""
    return any(
        a.end() <= b.start()
        for sentence in _SENTENCE.findall(text)
        for a in first.finditer(sentence)
        for b in then.finditer(sentence)
    )


def text_form(text: str) -> str:
    """The form signals are matched in: NFKC, lower case, curly apostrophes straightened."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return folded.replace("\u2019", "'").replace("\u2018", "'")


def classify(text: str) -> dict[str, float]:
    """Category scores for ``text``: the categories its signals flag, nothing else.

    The text is read twice, as written and with spelling evasions undone
    (``tools.deobfuscate``); a category either reading flags is flagged.
    """
    from tools.deobfuscate import deobfuscate

    flagged = _classify_form(text_form(text))
    reading = deobfuscate(text)
    if reading != text:
        for category, score in _classify_form(text_form(reading)).items():
            flagged[category] = max(flagged.get(category, 0.0), score)
    return flagged


# Clothing as a whole, as a negative prompt lists it ("--no clothes", ネガティブ: 服, 负面提示:
# 衣服); a swimsuit or underwear listed there keeps a child covered, it strips nothing.
_CLOTHING = re.compile(
    r"(?:any\s+|all\s+)?(?:cloth(?:es|ing)|garments?|kapde|kapda|kapre|jama|kapor|poshak)|"
    r"服|衣服|衣物|衣類|옷|의복|कपड़े|कपड़ा|कपडे|জামা|কাপড়|পোশাক|পোষাক"
)


def _classify_form(form: str) -> dict[str, float]:
    flagged: dict[str, float] = {}
    # Many rules ask about the same list (a helpline, counter-speech, a drug's help line):
    # each list is searched once per reading.
    seen: dict[int, bool] = {}

    def hit(lexicon: _Compiled) -> bool:
        key = id(lexicon)
        if key not in seen:
            seen[key] = bool(lexicon.hits(form))
        return seen[key]

    def flag(category: str, score: float = MATCH_SCORE) -> None:
        flagged[category] = max(flagged.get(category, 0.0), score)

    graphic = hit(_GRAPHIC)
    if graphic:
        flag("violence/graphic")
        flag("violence", IMPLIED_SCORE)
    if hit(_VIOLENCE):
        flag("violence")
    intent = hit(_INTENT)
    if hit(_SELF_HARM) or intent:
        flag("self-harm")
        if intent:
            flag("self-harm/intent")
        if hit(_HOW_TO):
            flag("self-harm/instructions")
    minors = hit(_MINORS) or hit(_MINOR_AGE)
    sexual = hit(_SEXUAL)
    if sexual:
        flag("sexual")
    sexualised = sexual or hit(_SEXUALISING) or (hit(_LEGS_OPEN) and hit(_SKIRT_OR_COY))
    staged = _together(form, _SCHOOL_STAGE, _SEXUALISING) or _together(form, _SCHOOL_STAGE, _SEXUAL)
    towelled = hit(_TOWEL_ONLY) and hit(_SHOWER_SCENE)
    # A minor's age said in a clause of its own ("the girls are 13-14", 才10岁) is whom the
    # sexualising words are about, anywhere in the brief; it names no minor for other checks.
    aged = minors or hit(_AGE_SAID)
    # A negative prompt that lists clothing as an item of its own asks for the child without
    # it; "revealing clothes" there rules out only a kind of it.
    unclothed = any(
        _CLOTHING.fullmatch(item.strip(" \t()[]")) is not None
        for a, b in negative_prompt.spans(form)
        for item in re.split(r"[,，、;；/]", form[a:b])
    )
    # A hostess, bar or karaoke job that lets minors in offers children for the trade.
    # A poster warning that such an ad is a trap names it to keep children away from it.
    hosted_minors = (
        hit(_HOST_WORK)
        and hit(_MINORS_LET_IN)
        and not (hit(_SCAM_WARNING) or hit(_HOST_WORK_WARNING))
    )
    if (
        hit(_CHILD_SEXUAL)
        or (aged and (sexualised or towelled or unclothed))
        or staged
        or hosted_minors
    ):
        flag("sexual/minors")
        flag("sexual", IMPLIED_SCORE)
    # A museum or history panel on how propaganda once drew a people: the brief describes the
    # past to teach against it, not draws them so.
    recalled = hit(_EXHIBIT) and hit(_PAST_PROPAGANDA)
    # An exclusion sign drawn being torn down, or mocked as still up, is quoted to oppose it;
    # a new one asked for in its place still bars.
    torn_down = hit(_SIGN_TORN) and not hit(_SIGN_REPLACED)
    opposed = hit(_COUNTER_SPEECH) or torn_down
    if ((hit(_HATE) or _group_derogated(form)) and not (recalled or torn_down)) or (
        hit(_EXCLUSION) and not opposed
    ):
        flag("hate")
        if hit(_ELIMINATE):
            flag("hate/threatening")
    if hit(_HARASSMENT):
        flag("harassment")
    if hit(_THREAT):
        flag("harassment/threatening")
        flag("harassment", IMPLIED_SCORE)
    if hit(_ILLICIT_VIOLENT):
        flag("illicit/violent")
        flag("illicit", IMPLIED_SCORE)
    if hit(_ILLICIT):
        flag("illicit")
    # A leaked paper or a bought examiner offered for money or with a pass promised.
    if (
        hit(_EXAM_LEAK)
        and (hit(_PASS_SOLD) or hit(_PRICE_ASK) or hit(_ON_SALE))
        and not (hit(_SCAM_WARNING) or hit(_EXAM_LEAK_WARNING))
    ):
        flag("illicit")
    if _together(form, _DRUG, _DRUG_MAKE) and hit(_HOW_TO):
        flag("illicit")
    if _together(form, _DRUG, _DRUG_OBTAIN) and not hit(_DRUG_HELP):
        flag("illicit")
    if _together(form, _DRUG_COVERT, _DRUG_MAKE) and hit(_HOW_TO) and hit(_DRUG_CODED):
        flag("illicit")
    if (
        _together(form, _FIREARM, _FIREARM_MAKE)
        and not hit(_TOY_GUN)
        and (hit(_HOW_TO) or hit(_CREATE_HOW))
    ):
        flag("illicit/violent")
        flag("illicit", IMPLIED_SCORE)
    if (
        hit(_FRAUD_DEVICE)
        and (hit(_HOW_TO) or _together(form, _FRAUD_DEVICE, _CREATE_HOW))
        and not hit(_FRAUD_DEVICE_WARNING)
    ):
        flag("illicit")
    if (hit(_SETTING) and hit(_FAREWELL)) or hit(_PRO_ANA) or _together(form, _PURGE, _DIET):
        flag("self-harm")
    if hit(_DOX_DATA) and hit(_DOX_EXPOSE) and not (hit(_LOST_NOTICE) and hit(_OWN_CONTACT)):
        flag("harassment")
    # Where a person lives or how to ring them, beside their picture dressed as a convict or a
    # fool: the costume is the insult, the address sends people to it.
    if (
        (hit(_DOX_DATA) or hit(_HOME_ADDRESS) or hit(_PERSON_ADDRESS) or hit(_PERSONAL_CONTACT))
        and hit(_SHAME_COSTUME)
        and not any(hit(part) for part in (_CONSENT, _MADE_UP, _OWN_CONTACT, _LOST_NOTICE))
    ):
        flag("harassment")
    if _together(form, _SETTING, _WRIST_CUTS) or _together(form, _NOOSE, _NOOSE_READY):
        flag("self-harm")
    # A noose made pretty or signed off, or a note left under it: the hanging as a mood board.
    if (
        hit(_NOOSE_SHOWN) and (hit(_BEAUTIFIED) or hit(_FAREWELL) or hit(_FAREWELL_NOTE))
    ) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    # A hanging shown is the act itself, whether as a threat to parents or a dark joke.
    if hit(_HANGED):
        flag("self-harm")
    if _together(form, _DRUG_PROPS, _SCHOOL_PHOTO):
        flag("illicit")
    if _together(form, _WORSHIP_PLACE, _EXPEL):
        flag("hate")
    if _said_after(form, _WORSHIPPERS, _DERIDED) or _said_after(form, _WORSHIPPERS, _FOOLS):
        flag("hate")
    if hit(_SHOOTING_VICTIM) and hit(_GUN_PROMO):
        flag("violence")
    # A council's poster asks "selling vapes to under-18s?" to warn the sellers it watches.
    if hit(_AGE_GOODS) and hit(_NO_AGE_CHECK) and not hit(_AGE_ENFORCE):
        flag("illicit")
    if (
        (hit(_DOX_DATA) or hit(_DOOR))
        and hit(_SHARED_POSTING)
        and (hit(_DEMEAN_MOCK) or hit(_ACCUSE_LABEL) or hit(_DOX_EXPOSE))
    ):
        flag("harassment")
    if _together(form, _PERSON_PHOTO, _ANIMAL_MERGE):
        flag("harassment")
    if _together(form, _RX_DRUG, _NO_RX) and not hit(_RX_LAWFUL) and not hit(_DRUG_HELP):
        flag("illicit")
    if _together(form, _DRUG, _ON_SALE) and not hit(_DRUG_HELP):
        flag("illicit")
    if _together(form, _ILLEGAL_GUN, _ON_SALE) and not hit(_TOY_GUN):
        flag("illicit/violent")
        flag("illicit", IMPLIED_SCORE)
    if hit(_WRIST_CUTS) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    # A short film or a poster asks for the act itself all the same; a helpline poster names
    # the danger to steer away from it, and so does a medicine-safety poster about a child
    # who gets at the bottle (unless the act is meant).
    accidental = (
        hit(_MEDICINE_SAFETY)
        and minors
        and not (hit(_INTENT) or hit(_SELF_HARM) or hit(_FAREWELL) or hit(_TO_DIE))
    )
    if (hit(_OVERDOSE_ACT) and not hit(_SELF_HARM_HELP) and not accidental) or (
        hit(_FAREWELL_NOTE) and (hit(_OVERDOSE_ACT) or hit(_SETTING))
    ):
        flag("self-harm")
    if (
        (hit(_SETTING) and hit(_JUMP_URGE))
        or hit(_STARVE_PRAISE)
        or _together(form, _RIBS, _BODY_GOAL)
    ):
        flag("self-harm")
    # A starved body or "eat nothing" selling a diet, or a day's food under a starvation
    # ceiling; a recovery clinic or a poster against crash diets names them to warn.
    selling_thin = hit(_DIET) or hit(_FITNESS)
    if (
        (hit(_RIBS) and hit(_DIET))
        or (hit(_EAT_NOTHING) and selling_thin)
        or (hit(_LOW_INTAKE) and selling_thin and not _together(form, _LOW_INTAKE, _CALORIE_BURN))
    ) and not (hit(_SELF_HARM_HELP) or hit(_STARVE_COUNTER)):
        flag("self-harm")
    # Days without food sold as a challenge, eating called failure, or vomiting as the way
    # to lose weight, for a gym or a diet; a recovery clinic or a warning names them.
    if (
        (hit(_STARVE_CHALLENGE) and selling_thin)
        or hit(_PURGE_METHOD)
        or (hit(_PURGE_TOILET) and selling_thin)
    ) and not (hit(_SELF_HARM_HELP) or hit(_STARVE_COUNTER)):
        flag("self-harm")
    # Sleeping pills taken beside a last line, as a party's aesthetic: the act itself.
    if hit(_SLEEP_PILLS_TAKEN) and hit(_LAST_LINE) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    if hit(_CUT_SELF) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    if (
        _together(form, _OTHER_FAITH, _DEMEAN_MOCK)
        or _together(form, _OTHER_FAITH, _DEMEAN_DIRT)
        or _together(form, _WORSHIP_PLACE, _DEMEAN_MOCK)
    ) and not hit(_COUNTER_SPEECH):
        flag("hate")
    if (
        _together(form, _PRIVATE_PHOTO, _ACCUSE_LABEL)
        or _together(form, _PERSON_PHOTO, _ACCUSE_LABEL)
    ) and not hit(_ACCUSE_WARNING):
        flag("harassment")
    if (
        _together(form, _HOOCH, _ON_SALE)
        or _together(form, _LIQUOR, _UNLICENSED)
        or (hit(_EVADE_POLICE) and (hit(_LIQUOR) or hit(_ON_SALE)))
    ):
        flag("illicit")
    # A fall from a height or fresh cuts with blood running, made beautiful or fashion; and
    # sleeping pills or a noose as the easy way out. A helpline or a survivor's campaign names
    # them.
    if (
        (hit(_JUMP_FROM_HEIGHT) and hit(_BEAUTIFIED) and not hit(_JUMP_SPORT))
        or (hit(_FRESH_CUTS) and hit(_BEAUTIFIED))
        or (hit(_TRACKS) and hit(_BEAUTIFIED))
        or (
            (hit(_SLEEP_PILLS) or hit(_NOOSE_SHOWN))
            and (hit(_EASY_WAY_OUT) or hit(_WAY_OUT))
            and not hit(_PILL_FREE)
        )
        # Any method held out as the way out, however politely the memo asks for it.
        or (
            (
                hit(_PILLS_STREWN)
                or hit(_PILLS_LINED)
                or hit(_FRESH_CUTS)
                or (hit(_JUMP_FROM_HEIGHT) and not hit(_JUMP_SPORT))
            )
            and hit(_WAY_OUT)
            and not hit(_PILL_FREE)
        )
    ) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    # Bones showing held up as the look to want, with a line that not eating is beautiful or a
    # finger down the throat; a starving stray or a recovery poster shows them to help.
    wanted_thin = hit(_ASPIRE) or hit(_BODY_GOAL) or hit(_STARVE_CAPTION)
    if (
        (hit(_RIBS) and (wanted_thin or hit(_PURGE_FINGER)))
        or hit(_STARVE_CAPTION)
        or (hit(_PURGE_FINGER) and (wanted_thin or hit(_BEAUTIFIED) or selling_thin))
    ) and not (hit(_SELF_HARM_HELP) or hit(_STARVE_COUNTER) or hit(_STARVED_ANIMAL)):
        flag("self-harm")
    # Cut wrists told with a word or two between, and sleeping pills beside "sleep forever":
    # the act all the same, whether as a joke, a tattoo flash or a fan edit.
    if (
        hit(_WRIST_MARKS) or (hit(_SLEEP_PILLS) and hit(_FOREVER_SLEEP) and not hit(_PILL_FREE))
    ) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    # A wasted body beside a line that thinness or days unfed make it perfect, or simply made
    # beautiful; and pills strewn by someone shown as if asleep or as a soft goodbye. A relief
    # appeal, a recovery poster or a rescued animal shows the same to help.
    wasted = hit(_EMACIATED) or hit(_RIBS)
    if (
        (wasted and (hit(_THINNER_PERFECT) or hit(_EAT_NOTHING)))
        or (hit(_EMACIATED) and hit(_BEAUTIFIED) and not hit(_UNDEAD))
        or (
            hit(_PILLS_STREWN)
            and (hit(_GONE_SOFTLY) or hit(_FOREVER_SLEEP) or hit(_FAREWELL))
            and not hit(_PILL_FREE)
        )
    ) and not any(
        hit(part) for part in (_SELF_HARM_HELP, _STARVE_COUNTER, _STARVED_ANIMAL, _RELIEF_APPEAL)
    ):
        flag("self-harm")
    # Pills laid beside a suicide note, or their count to take beside a farewell: the
    # overdose staged, however a pharmacy's or a club's post dresses it.
    pills = hit(_SLEEP_PILLS) or hit(_PILLS_STREWN) or hit(_OVERDOSE_ACT)
    # "The end of all pain" beside the count is as much a farewell as a note.
    farewell = any(
        hit(part)
        for part in (
            _FAREWELL,
            _FAREWELL_NOTE,
            _SUICIDE_NOTE,
            _FOREVER_SLEEP,
            _LAST_LINE,
            _PAIN_OVER,
        )
    )
    if pills and not (hit(_SELF_HARM_HELP) or hit(_PILL_FREE)):
        if hit(_SUICIDE_NOTE) or hit(_FAREWELL_NOTE):
            flag("self-harm")
        if hit(_PILL_COUNT) and farewell:
            flag("self-harm")
            flag("self-harm/instructions")
    # A thin body's look sold with the ways to it (days unfed, laxatives, vomiting after a meal
    # or a drink), two of those ways together, or laxatives as a diet: tips, whatever the
    # party or the promo. A clinic's or a recovery poster's warning names them to help.
    # Vomiting after a meal sold by a fitness page or as the secret to thinness is the same tip.
    tips = sum(hit(part) for part in (_STARVE_TIP, _LAXATIVE, _PURGE_AFTER))
    if (
        (wasted and tips > 0)
        or tips >= 2
        or ((hit(_LAXATIVE) or hit(_PURGE_AFTER)) and (selling_thin or wanted_thin))
    ) and not any(
        hit(part) for part in (_SELF_HARM_HELP, _STARVE_COUNTER, _STARVED_ANIMAL, _RELIEF_APPEAL)
    ):
        flag("self-harm")
    # The instant before a fall from a roof's edge, or a poison beside someone under "the
    # pain is over": the act chosen, whatever the tone of the ad around it.
    if (
        (_together(form, _JUMP_ABOUT, _ROOF_EDGE) and not hit(_JUMP_SPORT))
        or (hit(_HOUSE_POISON) and (hit(_PAIN_OVER) or hit(_GONE_SOFTLY)))
    ) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    if hit(_PAINLESS_DEATH):
        flag("self-harm")
        flag("self-harm/instructions")
    if (
        _together(form, _GROUPS, _BARRED)
        or _together(form, _WITH_DOGS, _BARRED)
        or _together(form, _GROUPS, _BOYCOTT)
    ) and not opposed:
        flag("hate")
    if (
        (
            _together(form, _NAMED_PRIVATE, _INSULT)
            or _together(form, _PERSON_PHOTO, _INSULT)
            or _together(form, _PRIVATE_PHOTO, _INSULT)
        )
        and hit(_POST_UP)
        and not hit(_ACCUSE_WARNING)
    ):
        flag("harassment")
    # A joke, a prank or satire excuses nothing: a named person on an animal's body, or a
    # named person's photo under a derisive label for a poster or a group, is harassment.
    if (_together(form, _NAMED_FACE, _ANIMAL_MERGE) and hit(_MOCKED)) or (
        _together(form, _NAMED_FACE, _DERIDED) and hit(_POST_UP) and not hit(_ACCUSE_WARNING)
    ):
        flag("harassment")
    # A customer or a rival's owner, by name or by their photo, made a witch or a pig for the
    # street's group: mocked, or posted without their word.
    if (
        _together(form, _NAMED_FACE, _FIGURED)
        or _together(form, _PRIVATE_PHOTO, _FIGURED)
        or _together(form, _PERSON_PHOTO, _FIGURED)
    ) and (hit(_MOCKED) or (hit(_POST_UP) and not hit(_CONSENT))):
        flag("harassment")
    # A public official or a creator, named or by their photo, made a rat, fat or dirty, or
    # labelled a fraud for a poster or a feed: a bad review or a refused permit excuses none.
    if (
        hit(_NAMED_PUBLIC)
        and hit(_SHAME_EDIT)
        and (
            hit(_MOCKED)
            or hit(_FIGURED)
            or hit(_SHAME_INSULT)
            or hit(_SHAME_LABEL)
            or (hit(_POST_UP) and not hit(_CONSENT))
        )
    ):
        flag("harassment")
    # A doctor, a teacher or a former employee named and shamed round the neighbourhood with
    # an insult or a threat: a warning to others is part of the shaming, not an excuse.
    if hit(_NAMED_TITLED) and hit(_ROUND_THE_AREA):
        if hit(_SHAME_INSULT):
            flag("harassment")
        if hit(_SEE_THREAT):
            flag("harassment/threatening")
            flag("harassment", IMPLIED_SCORE)
    # Where someone lives with "you'll see": a threat, whatever else the brief says.
    if hit(_HOME_ADDRESS) and hit(_SEE_THREAT):
        flag("harassment/threatening")
        flag("harassment", IMPLIED_SCORE)
    # A group drawn as threatening, shifty, dirty or uneducated, or told apart as "your own
    # kind" and "them".
    if (_together(form, _GROUPS, _CARICATURE) or (hit(_OWN_KIND) and hit(_GROUPS))) and not hit(
        _COUNTER_SPEECH
    ):
        flag("hate")
    # A religion, a caste or an ethnicity called the enemy, or to be kept from the vote, a
    # home, a job or entry.
    if (
        _together(form, _GROUPS, _GROUP_ENEMY)
        or _together(form, _CASTES, _GROUP_ENEMY)
        or ((hit(_GROUPS) or hit(_CASTES)) and hit(_DENY_RIGHTS))
    ) and not hit(_COUNTER_SPEECH):
        flag("hate")
    # A group called thieves, criminals, vermin or dirty, or kept from opening a shop, a
    # home, a job, entry or the vote; a campaign against the stereotype names it to fight it.
    if (
        (
            (_said_after(form, _GROUPS, _GROUP_CRIME) or _said_after(form, _CASTES, _GROUP_CRIME))
            and not recalled
        )
        or _together(form, _GROUPS, _SHUT_OUT)
        or _together(form, _CASTES, _SHUT_OUT)
    ) and not opposed:
        flag("hate")
    # A drug sold by message, or "not legal but it works", or with no fear of the police;
    # a banned slimming drug, or a diet pill the brief says has no approval.
    if hit(_DRUG) and (
        hit(_NOT_LEGAL) or hit(_EVADE_POLICE) or (hit(_DRUG_ORDER) and not hit(_DRUG_HELP))
    ):
        flag("illicit")
    if (hit(_BANNED_SLIMMING) or (hit(_DIET_PILL) and hit(_UNAPPROVED))) and not (
        hit(_DRUG_HELP) or hit(_DRUG_WARNING)
    ):
        flag("illicit")
    # Pills handed out at a party as "favours" or candy, or from a name at the bar; a
    # harm-reduction poster names them to warn.
    if hit(_PARTY_PILL) and hit(_PARTY_CODE) and not (hit(_DRUG_HELP) or hit(_DRUG_WARNING)):
        flag("illicit")
    # A table's "candy service" beside the pills, with the handle to order on or the police
    # kept from noticing: naming the police here is the evasion, not a help line.
    if (
        (hit(_DRUG) or hit(_PARTY_PILL))
        and (hit(_VENUE_PERK) or hit(_PARTY_CODE))
        and (hit(_DRUG_HANDLE) or hit(_EVADE_POLICE) or hit(_DRUG_ORDER))
        and not hit(_DRUG_WARNING)
    ):
        flag("illicit")
    # A real terror attack re-enacted: planes into towers, people falling from windows.
    if (hit(_ATTACK_SCENE) and hit(_REENACT)) or _together(form, _REAL_ATTACK, _REENACT_STRICT):
        flag("violence")
    # A real attack alluded to ("the mall shooting", あの事件) and recreated with its victims down.
    if (
        (hit(_REAL_EVENT) or hit(_NAMED_ATTACK) or hit(_REAL_ATTACK))
        and hit(_REENACT)
        and (hit(_VICTIMS_DOWN) or hit(_GRAPHIC))
    ):
        flag("violence")
    # A wound in its detail asked for unblurred or as a real photo: a shop's "shock" ad is
    # still the gore; the same wound drawn as a cartoon or left out is not asked for.
    if hit(_GORE_SHOWN) and hit(_GORE_UNVEILED):
        flag("violence/graphic")
        flag("violence", IMPLIED_SCORE)
    if hit(_EXPLICIT_ASK) and hit(_SEX_ACT):
        flag("sexual")
    # A named real attack told with its shooting, blood or bodies, or re-enacted.
    if hit(_NAMED_ATTACK) and (
        hit(_REENACT_STRICT) or (hit(_ATTACK_GORE) and not hit(_ATTACK_MEMORIAL))
    ):
        flag("violence")
    # A caste barred, or a group told the course or the shop is not for them.
    if (
        _together(form, _CASTES, _BARRED)
        or _together(form, _GROUPS, _NOT_FOR)
        or _together(form, _CASTES, _NOT_FOR)
    ) and not opposed:
        flag("hate")
    # People drawn as vermin, whoever they are said to be: "the new hires" or a people by name.
    if (
        _together(form, _VERMIN_PEOPLE, _VERMIN_AS)
        or _together(form, _GROUPS, _VERMIN_AS)
        or _together(form, _CASTES, _VERMIN_AS)
    ) and not (hit(_VERMIN_GUARD) or hit(_COUNTER_SPEECH) or recalled):
        flag("hate")
    # A private person's photo sent in one line and turned into a pig or a witch in the next
    # is the same edit as when both are said together.
    person = hit(_THEIR_PHOTO) or hit(_NAMED_FACE) or hit(_PRIVATE_PHOTO) or hit(_PERSON_PHOTO)
    if (
        person
        and hit(_FIGURED)
        and (hit(_MOCKED) or ((hit(_POST_UP) or hit(_ROUND_THE_AREA)) and not hit(_CONSENT)))
    ):
        flag("harassment")
    if (person or hit(_NAMED_PRIVATE) or hit(_HOME_ADDRESS)) and _VEILED_THREAT.hits(form):
        flag("harassment/threatening")
        flag("harassment", IMPLIED_SCORE)
    # A real person's photo with a weapon put to them, told they are next or posted where
    # they work or live with blood: one item of a cheerful list is enough, and a release noted
    # for another item's photo does not clear it.
    # Or shown dead (hanged, in a coffin) and told they are next, an office holder or an
    # owner known by their seat as much as anyone by name.
    someone_real = person or hit(_NAMED_PRIVATE) or hit(_PHOTO_OF_SOMEONE)
    if (
        someone_real
        and hit(_WEAPON_ON_BODY)
        and (hit(_YOU_NEXT) or (hit(_ATTACK_GORE) and hit(_POST_UP)))
    ) or ((someone_real or hit(_ROLE_FACE)) and hit(_DEATH_SHOWN) and hit(_YOU_NEXT)):
        flag("violence")
        flag("harassment/threatening")
        flag("harassment", IMPLIED_SCORE)
    # Their home or their number printed under a wanted poster or a lesson to be taught.
    if (hit(_PERSONAL_CONTACT) or hit(_HOME_ADDRESS)) and hit(_DOX_FRAME):
        flag("harassment")
    # Where they live or how to ring them, printed beside a charge, an insult or an animal's
    # head, for the street or a group: a bad review answered by sending people to the door.
    found = hit(_PERSONAL_CONTACT) or hit(_HOME_ADDRESS) or hit(_PERSON_ADDRESS) or hit(_DOX_DATA)
    if (
        found
        and (hit(_DERIDED) or hit(_FIGURED))
        and (hit(_POST_UP) or hit(_ROUND_THE_AREA))
        and not hit(_ACCUSE_WARNING)
        and not hit(_CONSENT)
    ):
        flag("harassment")
    # A private person's number, street or college put out beside their face made a joke of,
    # a slur, or a line for strangers to ring them: a joke for the group chat or a grudge
    # over a review, the pile-on is the same. A lost-pet notice gives the finder a number.
    someone = any(hit(part) for part in (_NAMED_PRIVATE, _KIN_PHOTO, _THEIR_PHOTO, _SOMEONE_ONLINE))
    reached = (
        found
        or hit(_WHERE_THEY_ARE)
        or hit(_IDENTITY_OUT)
        or (hit(_NUMBER_WRITTEN) and not hit(_OWN_CONTACT))
    )
    # Branded a traitor for leaving is shaming them as much as a slur, and so is branding
    # them a cheat, a liar or a thief under their own name.
    shamed = any(hit(part) for part in (_DEFACED, _DERIDED, _CHEAP_SLUR, _DISLOYAL, _SHAME_INSULT))
    spread = hit(_POST_UP) or hit(_ROUND_THE_AREA) or hit(_JOKE)
    if (
        (person or someone)
        and reached
        and (hit(_CALL_THEM) or (shamed and spread))
        and not any(hit(part) for part in (_CONSENT, _ACCUSE_WARNING, _LOST_NOTICE))
    ):
        flag("harassment")
    # A private person the brief names or shows, with the order to mock them: the ad's joke
    # is at a real neighbour's expense, alive or dead. Their own say-so makes it theirs.
    if (person or someone) and hit(_MOCK_ORDER) and not hit(_CONSENT):
        flag("harassment")
    # A private person put up to be judged: their real name or workplace beside an exposure
    # or a charge of cheating, or their photo "exposed" with one. A scam or safety warning
    # names the same details to protect.
    accused = hit(_ADULTERY_CLAIM) or hit(_ACCUSE_LABEL)
    if (
        (hit(_IDENTITY_OUT) and (hit(_SHAME_POST) or accused))
        or ((person or hit(_KIN_PHOTO)) and hit(_SHAME_POST) and accused)
    ) and not hit(_ACCUSE_WARNING):
        flag("harassment")
    # Their photo, or their partner's, edited into a scene with someone else: made-up
    # infidelity, a joke to the group or not.
    if (
        (person or hit(_KIN_PHOTO))
        and hit(_FAKE_EDIT)
        and (hit(_WITH_OTHER) or hit(_ADULTERY_CLAIM))
        and not hit(_ACCUSE_WARNING)
    ):
        flag("harassment")
    # Guns sold with no papers or questions; goods that act as drugs sold with no prescription,
    # age check or name on the parcel.
    # A range's own gun handed over with no licence is the sale all the same; a licensed club
    # that asks for ID names the papers to demand them.
    if (
        (hit(_ILLEGAL_GUN) or hit(_FIREARM))
        and hit(_OFF_BOOKS)
        and (not hit(_TOY_GUN) or hit(_GUN_TAKEAWAY))
        and not hit(_GUN_LAWFUL)
    ):
        flag("illicit/violent")
        flag("illicit", IMPLIED_SCORE)
    # Pills given only on a code word, or drugs sold by the venue as part of its offer; a
    # harm-reduction poster names them to warn.
    if (_together(form, _PILLS, _CODE_WORD) or _together(form, _DEAL_DRUG, _FROM_US)) and not (
        hit(_DRUG_HELP) or hit(_DRUG_WARNING)
    ):
        flag("illicit")
    claimed = hit(_QUIET_WORKS) or hit(_QUIET_HIGH)
    if (
        (hit(_SYRUP) and hit(_QUIET_HIGH))
        or (hit(_DISGUISED) and (hit(_OFF_BOOKS) or claimed))
        or (hit(_QUIET_LOOK) and hit(_OFF_BOOKS) and claimed)
    ) and not (hit(_DRUG_HELP) or hit(_DRUG_WARNING)):
        flag("illicit")
    # A head split open or a limb torn off; sleeping pills lined up beside a note on the
    # pillow; a test passed without the repair or plates cloned for sale.
    if hit(_TORN_BODY):
        flag("violence/graphic")
        flag("violence", IMPLIED_SCORE)
    staged_pills = hit(_SLEEP_PILLS) or hit(_PILLS_STREWN) or hit(_PILLS_LINED)
    if staged_pills and hit(_NOTE_LEFT) and not (hit(_SELF_HARM_HELP) or hit(_PILL_FREE)):
        flag("self-harm")
    if hit(_INSPECTION_FIXED) and not hit(_INSPECTION_WARNING):
        flag("illicit")
    # A group drawn as apes, or turned away at the door as the service a guard sells.
    if (
        (_together(form, _GROUPS, _APE_AS) or _together(form, _CASTES, _APE_AS))
        and not (hit(_VERMIN_GUARD) or hit(_COUNTER_SPEECH) or recalled)
    ) or (
        (
            hit(_KEEP_OUT)
            or _together(form, _GROUPS, _KEEP_OUT_ACT)
            or _together(form, _CASTES, _KEEP_OUT_ACT)
        )
        and not hit(_COUNTER_SPEECH)
    ):
        flag("hate")
    # Any two of dirty money washed, an account no one can trace and tax left unpaid sell the
    # hiding of money; a warning against laundering names them to fight it.
    hidden = hit(_LAUNDER) + (hit(_UNTRACED) or hit(_OFF_BOOKS)) + hit(_TAX_DODGE)
    if hidden >= 2 and not hit(_LAUNDER_WARNING):
        flag("illicit")
    # Naming the police here is the evasion, not a help line.
    helped = hit(_DRUG_WARNING) or (hit(_DRUG_HELP) and not hit(_EVADE_POLICE))
    if hit(_AGE_GOODS) and hit(_SCHOOL_DROP) and not helped:
        flag("illicit")
    if (
        hit(_BAGGED)
        and (hit(_ON_SALE) or hit(_DRUG_ORDER) or hit(_SAME_DAY))
        and (hit(_OFF_BOOKS) or hit(_EVADE_POLICE))
        and not helped
    ):
        flag("illicit")
    # A drug, by name or by a street name in quotes, offered by message or to the door with no
    # ID or questions and the same day, by the gram or for those who know; or with the help
    # it names said to be a cover. A friend's request changes none of it.
    street = hit(_DRUG) or hit(_DRUG_COVERT)
    offered = any(hit(part) for part in (_ON_SALE, _DRUG_ORDER, _DRUG_OBTAIN, _PAY_WALLET))
    unasked = any(hit(part) for part in (_OFF_BOOKS, _NO_QUESTIONS, _UNTRACED, _EVADE_POLICE))
    quick = any(hit(part) for part in (_SAME_DAY, _BY_GRAM, _DRUG_CODED, _PAY_WALLET))
    if street and offered and (hit(_PRETEXT) or (unasked and quick and not helped)):
        flag("illicit")
    # A former partner or employee with their name, face, address or number beside a slur, a
    # mocking edit or an exposure: the grudge is the harassment, whoever it is circulated to
    # or whatever register asks for it. Retaliation to make someone drop a complaint is the same.
    shamed_as = (_DEFACED, _DERIDED, _CHEAP_SLUR, _FIGURED, _SHAME_POST, _SHOWN_DRUNK, _DISLOYAL)
    shown = any(hit(part) for part in shamed_as)
    # Their likeness edited onto an animal or into a scene is their face all the same.
    exposed = any(
        hit(part) for part in (_WHERE_THEY_ARE, _IDENTITY_OUT, _TIE_DETAILS, _FIGURED, _FAKE_EDIT)
    )
    exposed = exposed or person or found
    cleared = any(hit(part) for part in (_CONSENT, _ACCUSE_WARNING, _LOST_NOTICE, _MADE_UP))
    # "What not to do" shames only a real person; a training slide's made-up leaver is no one.
    if (
        (hit(_FORMER_TIE) and exposed and shown)
        # A meme of them with where they live or their number, sent round the groups.
        or (hit(_FORMER_TIE) and found and hit(_JOKE) and hit(_POST_UP))
        or (hit(_FORMER_TIE) and (person or someone) and hit(_BAD_EXAMPLE))
        or ((person or someone or hit(_FORMER_TIE)) and hit(_DROP_COMPLAINT) and (shown or found))
        or ((person or someone) and found and shown and hit(_IN_HOUSE))
    ) and not cleared:
        flag("harassment")
    # Returns promised on a coin or a scheme, a multiple promised outright, or the rug pull
    # planned: a warning poster names the same promises to protect.
    if (
        (hit(_GUARANTEED_GAIN) and hit(_SPECULATIVE)) or hit(_SURE_MULTIPLE) or hit(_RUG_PULL)
    ) and not hit(_SCAM_WARNING):
        flag("illicit")
    # A drug given a harmless name to sell it, served with no questions, or kept from the
    # police's eyes; and the brief's own sale with a price or an order channel, whatever help
    # word sits beside it. A warning quoting what dealers say is not the offer.
    drug = hit(_DRUG) or hit(_RX_DRUG) or hit(_WEED) or hit(_STREET_NAMES)
    sold = any(hit(part) for part in (_ON_SALE, _DRUG_ORDER, _NO_RX, _OFF_BOOKS, _WE_SELL, _SERVED))
    priced = any(hit(part) for part in (_PRICE_ASK, _DRUG_ORDER, _DRUG_OBTAIN, _PAY_WALLET))
    # A needle exchange's "no questions asked" names no price or order channel; a sale does.
    unasked_here = hit(_NO_ASKING) or hit(_NO_QUESTIONS)
    quiet = (hit(_COVER_NAME) or unasked_here) and sold and not (hit(_DRUG_HELP) and not priced)
    offer = quiet or ((hit(_WE_SELL) or hit(_FROM_US)) and priced)
    warned = hit(_DRUG_WARNING) or hit(_DEALER_QUOTE) or hit(_RX_LAWFUL)
    # "Avoid" the police's eyes is the evasion, not a warning's "avoid".
    if drug and ((offer and not warned) or (hit(_POLICE_EYES) and sold and not hit(_DEALER_QUOTE))):
        flag("illicit")
    # The drug's own word dropped from the copy, or the wink that buyers will know at the club,
    # beside pills and the channel to order them on: the name left off is still the sale.
    unnamed = _drug_word_dropped(form) or (hit(_KNOWING) and hit(_NIGHTLIFE))
    pilled = hit(_PILLS) or hit(_PARTY_PILL) or drug
    channel = any(hit(part) for part in (_ON_SALE, _DRUG_ORDER, _DRUG_OBTAIN, _DRUG_HANDLE))
    if (
        unnamed
        and pilled
        and channel
        and not (hit(_DRUG_WARNING) or hit(_RX_LAWFUL) or (hit(_DRUG_HELP) and not priced))
    ):
        flag("illicit")
    # Stolen goods sold, or a vehicle's identity filed off or its plates swapped with no papers
    # or out of the police's reach. A VIN check, a report or a recovery names the theft.
    sells = hit(_ON_SALE) or hit(_WE_SELL) or hit(_PRICE_ASK)
    if (
        (hit(_STOLEN) and sells)
        or (hit(_ID_FILED) and (hit(_STOLEN) or hit(_OFF_BOOKS) or hit(_POLICE_CANT) or sells))
    ) and not hit(_STOLEN_GUARD):
        flag("illicit")
    if hit(_BUY_OFFER) and hit(_NO_ID) and hit(_NO_CHECK) and not hit(_STOLEN_GUARD):
        flag("illicit")
    # A private person's face and the door she lives behind, beside a charge on her character
    # or her debts, for the street to recognise: "beware" is part of the shaming here.
    face = person or hit(_HER_PHOTO) or hit(_NAMED_PRIVATE)
    door = hit(_DOOR) or hit(_HOME_ADDRESS) or hit(_PERSON_ADDRESS)
    charged = hit(_CHARACTER_SLUR) or hit(_ACCUSE_LABEL)
    if (
        face
        and door
        and charged
        and (hit(_RECOGNISE) or hit(_POST_UP) or hit(_ROUND_THE_AREA))
        and not (hit(_CONSENT) or hit(_LOST_NOTICE))
    ):
        flag("harassment")
    # A loan, a room or a job told unavailable to a group by name, in the copy itself.
    if (
        _together(form, _GROUPS, _REFUSED_TO) or _together(form, _CASTES, _REFUSED_TO)
    ) and not opposed:
        flag("hate")
    # A body shown dead by a weapon left in it, a head on the floor, a neck snapped or a man
    # on the gallows: "no blood" takes away the blood, not the death.
    if hit(_DEAD_SHOWN):
        flag("violence/graphic")
        flag("violence", IMPLIED_SCORE)
    # A wrist cut open is the act, "only hinted" beside a bathtub or not.
    if hit(_CUT_WRIST) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    # "Jump." told to the reader with a bridge or a ledge at hand, as a joke or not.
    if (
        hit(_BARE_JUMP)
        and (hit(_HEIGHT_AT_HAND) or hit(_SETTING))
        and not (hit(_JUMP_SPORT) or hit(_SELF_HARM_HELP))
    ):
        flag("self-harm")
    # A minor spoken of as fruit ripe to be taken or food to be tasted.
    if (minors or hit(_SCHOOL_STAGE)) and hit(_CHILD_AS_FRUIT):
        flag("sexual/minors")
        flag("sexual", IMPLIED_SCORE)
    # Cuts a blade leaves, put on a person's arm: the instrument names the act.
    if hit(_BLADE_CUTS) and not (hit(_CUTS_REMOVED) or hit(_SELF_HARM_HELP)):
        flag("self-harm")
    # Many pills swallowed at once under copy that calls it peace.
    if hit(_PILLS_AT_ONCE) and hit(_PEACE_FOUND) and not (hit(_SELF_HARM_HELP) or hit(_PILL_FREE)):
        flag("self-harm")
    # Someone shown going off a bridge or a roof, or hanging by a noose: the act is the
    # picture, whatever the ad sells.
    if ((hit(_JUMPER) and not hit(_JUMP_SPORT)) or hit(_HANGED_BY_NOOSE)) and not hit(
        _SELF_HARM_HELP
    ):
        flag("self-harm")
    if hit(_CRUSHED_DEAD) and hit(_BODY_BROKEN):
        flag("violence/graphic")
        flag("violence", IMPLIED_SCORE)
    # A person's body part cut off, or their body cut up as meat is, with the blood: the wound
    # is the picture whatever the shop sells.
    if (
        (hit(_SEVERED_PART) and not _together(form, _SEVERED_PART, _CUT_ANIMAL))
        or _together(form, _HUMAN_BODY, _CUT_UP)
    ) and hit(_BODY_BROKEN):
        flag("violence/graphic")
        flag("violence", IMPLIED_SCORE)
    # Someone at a roof's edge or a railing told to end it: the push is the line.
    if (hit(_SETTING) or hit(_ROOF_EDGE)) and hit(_END_IT_ORDER) and not hit(_SELF_HARM_HELP):
        flag("self-harm")
    # Vomiting ordered as the answer to hunger or as the way to be thin, in one caption or
    # in its short lines ("hungry? throw it up.").
    if hit(_PURGE_ORDER) and hit(_PURGE_FOR) and not (hit(_SELF_HARM_HELP) or hit(_STARVE_COUNTER)):
        flag("self-harm")
    # A crime ad's culprit cast as one of a people, or a people's arrival told as the reason
    # to lock up: the group is named as the danger.
    if (
        _together(form, _CULPRIT_CAST, _GROUPS)
        or _together(form, _CULPRIT_CAST, _CASTES)
        or _together(form, _GROUPS, _GUARD_AGAINST)
    ) and not (hit(_COUNTER_SPEECH) or recalled):
        flag("hate")
    # A fall from a roof, or someone at its edge, beside a failure and the fall given as its
    # answer or its joke: the way out, "problem solved", "lol".
    fall = any(hit(part) for part in (_JUMP_FROM_HEIGHT, _JUMPER, _JUMP_ABOUT, _ROOF_EDGE))
    answered = any(hit(part) for part in (_WAY_OUT, _EASY_WAY_OUT, _RELIEF, _JOKE, _LIGHT_TONE))
    # Money lost is a failure as much as a failed exam: a portfolio wiped out, 상폐, 爆仓.
    troubled = hit(_DISTRESS) or hit(_MONEY_LOST)
    if fall and troubled and answered and not (hit(_JUMP_SPORT) or hit(_SELF_HARM_HELP)):
        flag("self-harm")
    # A stunt that kills, sold as a dare, invites the viewer to die trying; a safety poster
    # names the same stunt to forbid it. Standing at a roof's edge or on a railing for a
    # challenge is such a stunt.
    # A dare to go on until one faints, with a prize or a winner: a game for others to copy.
    if (
        hit(_TILL_FAINT_ACT)
        and hit(_FAINTED)
        and (hit(_DARE) or hit(_PRIZE))
        and not (hit(_STUNT_WARNING) or hit(_SELF_HARM_HELP) or hit(_FAINT_WARNING))
    ):
        flag("self-harm")
    # Food or water cut to near nothing for days, with fainting to be endured or offered as
    # the sign it works: the harm is the body's alarm sold as progress, whatever the
    # occasion (a vow, an interview, a weigh-in, a wedding).
    if hit(_LONG_FAST) and hit(_FAINT_ENDURED) and not (hit(_FAST_STOP) or hit(_SELF_HARM_HELP)):
        flag("self-harm")
    # Betting with money offered to children.
    if hit(_STAKE) and hit(_MINORS_LET_IN) and not hit(_STAKE_WARNING):
        flag("illicit")
    # A lottery for cash sold to pupils: children named as its players, by age or by class.
    young = any(hit(part) for part in (_MINORS, _MINOR_AGE, _SCHOOL_STAGE, _MINORS_LET_IN))
    if hit(_CHANCE_GAME) and hit(_CASH_PRIZE) and young and not hit(_STAKE_WARNING):
        flag("illicit")
    # Sleep given up to win: the contest is the harm, whoever plays it.
    if (
        hit(_SLEEP_CONTEST)
        and (hit(_PRIZE) or hit(_DARE))
        and not (hit(_SELF_HARM_HELP) or hit(_FAINT_WARNING))
    ):
        flag("self-harm")
    if hit(_BODY_HURT) and hit(_BLOOD_SHOWN):
        flag("violence/graphic")
        flag("violence", IMPLIED_SCORE)
    if (
        _together(form, _GROUPS, _GROUP_FEATURES) or _together(form, _NATIONAL, _GROUP_FEATURES)
    ) and not hit(_COUNTER_SPEECH):
        flag("hate")
    # A threat to kill every one of a real side, or asked to look like a real threat.
    if (hit(_KILL_EACH) and (hit(_REAL_THREAT) or hit(_ARMED_AT_PERSON) or hit(_VIOLENCE))) or (
        hit(_REAL_THREAT) and (hit(_VIOLENCE) or hit(_GRAPHIC) or hit(_KILL_EACH))
    ):
        flag("violence")
        flag("harassment/threatening", IMPLIED_SCORE)
    if (
        (hit(_DEADLY_STUNT) or hit(_ROOF_EDGE))
        and hit(_DARE)
        and not (hit(_STUNT_WARNING) or hit(_SELF_HARM_HELP))
    ):
        flag("self-harm")
    # A weapon brought to a person's door with a demand to pay or leave, or a threat to the
    # family: a collector's or an evictor's intimidation, whatever it advertises.
    if hit(_ARMED_AT_PERSON) and hit(_PAY_OR_ELSE) and not hit(_COLLECTION_HELP):
        flag("violence")
        flag("harassment/threatening", IMPLIED_SCORE)
    # Women run down as unfit for money and sent to the kitchen: a people derogated, in an ad.
    if hit(_WOMEN_PUT_DOWN) and not (hit(_PUT_DOWN_REFUTED) or hit(_COUNTER_SPEECH)):
        flag("hate")
    # A person of a faith or a caste drawn with a bomb on them makes the whole people the
    # threat, whoever throws them out in the picture.
    if (
        _together(form, _GROUPS, _TERROR_PROP)
        or _together(form, _CASTES, _TERROR_PROP)
        or _together(form, _FAITH_PERSON, _TERROR_PROP)
    ) and not (hit(_COUNTER_SPEECH) or recalled):
        flag("hate")
    # A caste drawn as dirt, or food sold as touched by one caste only: untouchability, in a
    # cartoon or in the copy.
    if (
        _together(form, _CASTES, _DEPICTED, _FLIES)
        or _together(form, _CASTES, _DEPICTED, _DEMEAN_DIRT)
        or _together(form, _CASTES, _DEPICTED, _DIRT_SAID)
        or _together(form, _GROUPS, _DEPICTED, _FLIES)
        or hit(_CASTE_ONLY)
    ) and not (hit(_COUNTER_SPEECH) or recalled):
        flag("hate")
    # A street drug the brief's own shop says it stocks is the offer: whether the order
    # channel is said in the same sentence, another one or not at all changes nothing.
    if _together(form, _STREET_DRUG, _OUR_STOCK) and not (
        helped or hit(_DEALER_QUOTE) or hit(_RX_LAWFUL)
    ):
        flag("illicit")
    # Eating or drinking on through vomiting or with care refused, as a contest with a prize:
    # a game the crowd is asked to copy. Medics, a limit or a waiver make it a supervised one.
    if (
        hit(_BINGE_ON)
        and hit(_BINGE_HARM)
        and (hit(_PRIZE) or hit(_DARE))
        and not (hit(_BINGE_CARE) or hit(_SELF_HARM_HELP))
    ):
        flag("self-harm")
    # The gear that keeps a rider or a climber alive taken off, with the viewer asked to do the
    # same or dared to: the stunt as a campaign. A ride shown strapped in is the safe one.
    if (
        hit(_SAFETY_OFF)
        and (hit(_IMITATE) or hit(_DARE) or hit(_PRIZE))
        and not (hit(_SAFETY_KEPT) or hit(_SELF_HARM_HELP))
    ):
        flag("self-harm")
    # Someone high up with nothing to hold a fall, or poison gas brewed from two cleaners,
    # with the viewer asked to try it too: the stunt is the campaign, whatever the trade.
    if (
        ((hit(_AT_HEIGHT) and hit(_UNPROTECTED)) or _together(form, _TOXIC_PAIR, _MIXED))
        and (hit(_IMITATE) or hit(_DARE))
        and not (hit(_HEIGHT_WARNING) or hit(_SELF_HARM_HELP))
    ):
        flag("self-harm")
    # Weariness with life answered by a "last holiday", or someone going off a cliff beside
    # either: suicide held out as the product's appeal. A helpline names the same weariness.
    if (
        (hit(_TIRED_OF_LIFE) and (hit(_LAST_TRIP) or hit(_CLIFF_JUMP)))
        or (hit(_CLIFF_JUMP) and hit(_LAST_TRIP))
    ) and not (hit(_SELF_HARM_HELP) or hit(_JUMP_SPORT)):
        flag("self-harm")
    # The people of a place drawn dirty, backward or menacing: a travel ad's "locals" are a
    # people all the same.
    if _together(form, _LOCALS, _CARICATURE) and not (hit(_COUNTER_SPEECH) or recalled):
        flag("hate")
    # A private person's face or name put out with where they live or how to reach them, for
    # the shop's wall, a feed or a meme: the doxxing is the harm, with or without an insult.
    # Their own word, a lost-pet notice or the shop's own number clears it.
    if (
        (person or someone or hit(_NAMED_FACE))
        and (hit(_HOME_ADDRESS) or hit(_PERSONAL_CONTACT) or hit(_PERSON_ADDRESS))
        and (hit(_POST_UP) or hit(_ROUND_THE_AREA) or hit(_JOKE))
        and not any(
            hit(part) for part in (_CONSENT, _ACCUSE_WARNING, _LOST_NOTICE, _MADE_UP, _OWN_CONTACT)
        )
    ):
        flag("harassment")
    # Sleep given up for days on stimulants, or a body hurt by its own hand, as a study
    # challenge with a prize or a streak: the harm is what the contest rewards. A poster
    # against all-nighters names a counsellor and offers nothing for staying up.
    if (
        ((hit(_NO_SLEEP) and hit(_WAKE_DRUG)) or hit(_SELF_INJURE))
        and (hit(_PRIZE) or hit(_DARE) or hit(_IMITATE))
        and not hit(_SELF_HARM_HELP)
    ):
        flag("self-harm")
    # Blood let out of someone by another's club, stick or blade, in one sentence: the beating
    # itself is the picture. A first-aid class's fake wound is struck by no one.
    if _together(form, _BLOODSHED, _STRUCK):
        flag("violence")
        flag("violence/graphic", IMPLIED_SCORE)
    # Someone's own number put beside an insult to them: the joke sends callers to a person.
    if (
        hit(_PERSONAL_CONTACT)
        and hit(_INSULT)
        and not any(hit(part) for part in (_CONSENT, _MADE_UP, _OWN_CONTACT, _LOST_NOTICE))
    ):
        flag("harassment")
    # A pupil found out for the school to mock: their form, their bus, "so everyone knows
    # who", beside an insult or a joke at their expense.
    if (
        hit(_PUPIL_LOCATOR)
        and (hit(_MOCKED) or hit(_INSULT) or hit(_PUPIL_TAUNT))
        and not (hit(_CONSENT) or hit(_MADE_UP))
    ):
        flag("harassment")
    # A blade that really cuts, sold to pupils or teenagers or to be carried into school: the
    # weapon in a child's pocket is what the ad sells. A chef's set for adults names no child.
    if hit(_REAL_BLADE) and (
        hit(_MINORS) or hit(_SCHOOL_STAGE) or hit(_MINOR_AGE) or hit(_TO_SCHOOL)
    ):
        flag("illicit")
    # A private person's face or name with when they are at work, beside an insult or a call
    # to walk out on them: the ad sends customers to a person's shift.
    # "If you see her" names a person of its own.
    if (
        hit(_WORK_HOURS)
        and (
            hit(_SHUN_CALL) or ((person or hit(_NAMED_PRIVATE)) and (hit(_INSULT) or hit(_MOCKED)))
        )
        and not (hit(_CONSENT) or hit(_MADE_UP))
    ):
        flag("harassment")
    # Protected wildlife or its parts offered for sale with no papers, licence or questions:
    # the sale is the trade the treaties ban, in whatever shop's words.
    if (
        hit(_PROTECTED_WILDLIFE)
        and (hit(_ON_SALE) or hit(_WE_SELL) or hit(_PRICE_ASK) or hit(_HUNT_OFFERED))
        and hit(_OFF_BOOKS)
        and not hit(_WILDLIFE_LAWFUL)
    ):
        flag("illicit")
    # Into a predator's water, or deep water with no life jacket, as a contest with a prize
    # or a dare for others to copy: the risk is what the campaign rewards.
    if (
        ((hit(_PREDATOR_WATER) and hit(_INTO_WATER)) or hit(_NO_FLOAT))
        and (hit(_PRIZE) or hit(_DARE) or hit(_IMITATE))
        and not (hit(_STUNT_WARNING) or hit(_SELF_HARM_HELP))
    ):
        flag("self-harm")
    # An animal beaten with a weapon or hung by its collar, shown as the trainer's method.
    if hit(_ANIMAL_ABUSED) and not hit(_ANIMAL_CARE):
        flag("violence")
    # Eating nothing and purging given to minors as the plan: an eating disorder taught.
    if (
        hit(_EAT_NOTHING)
        and hit(_PURGE)
        and (minors or hit(_SCHOOL_STAGE))
        and not (hit(_SELF_HARM_HELP) or hit(_STARVE_COUNTER))
    ):
        flag("self-harm")
    return flagged


@dataclass
class Scores:
    scores: dict[str, float] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, BASE_SCORE))
    applied: dict[str, set[str]] = field(default_factory=lambda: {c: set() for c in CATEGORIES})

    def merge(self, other: Scores) -> None:
        for category in CATEGORIES:
            self.scores[category] = max(self.scores[category], other.scores[category])
            self.applied[category] |= other.applied[category]

    def flagged_categories(self) -> list[str]:
        return [c for c in CATEGORIES if self.scores[c] >= THRESHOLD]

    def result(self) -> dict[str, Any]:
        flags = {c: self.scores[c] >= THRESHOLD for c in CATEGORIES}
        return {
            "flagged": any(flags.values()),
            "categories": flags,
            "category_scores": {c: round(self.scores[c], 6) for c in CATEGORIES},
            "category_applied_input_types": {
                c: sorted(self.applied[c], key=["text", "image"].index) for c in CATEGORIES
            },
        }


def score_text(text: str) -> Scores:
    result = Scores()
    for category in CATEGORIES:
        result.applied[category].add("text")
    for category, score in classify(text).items():
        result.scores[category] = max(result.scores[category], score)
    from tools.classifiers import abuse_score

    result.scores["harassment"] = max(result.scores["harassment"], abuse_score(_abuse_read(text)))
    return result


# The abuse model learnt "gay" or "trans" from insults, so a helpline naming who it serves
# ("gay teens and mental illness") reads as abuse. Where a support service is named, the
# group words are read as "people": an insult beside them still scores.
_IDENTITY_WORD = re.compile(
    r"\b(gay|lesbian|bi(sexual)?|trans(gender)?|queer|lgbt\w*|intersex|non-?binary|muslim|"
    r"jewish|jews?|black|brown|asian|latin[oax]|hispanic|arab|immigrant|refugee|migrant|"
    r"disabled|autistic)s?\b",
    re.IGNORECASE,
)


def _abuse_read(text: str) -> str:
    form = text_form(text)
    if not (_SELF_HARM_HELP.hits(form) or _SUPPORT_SERVICE.hits(form)):
        return text
    return _IDENTITY_WORD.sub("people", text)


def decode_data_url(url: str, param: str) -> bytes:
    if not url.startswith("data:"):
        raise invalid_value(
            param, "The offline engine cannot fetch remote URLs: send a base64 data URL."
        )
    _, _, payload = url.partition(",")
    try:
        return base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError):
        raise invalid_value(param, "Invalid base64 image data URL.") from None


def score_image(data: bytes) -> Scores:
    from core.errors import ImageInputError
    from memory.imaging import decode
    from tools.classifiers import nudity

    result = Scores()
    for category in IMAGE_CATEGORIES:
        result.applied[category].add("image")
    try:
        img = decode(data)
    except ImageInputError:
        raise invalid_value("input", "The image could not be decoded.") from None
    result.scores["sexual"] = max(BASE_SCORE, nudity(img).score)
    return result


def moderate(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Results for a /moderations request body: one per string, one for a multimodal list."""
    raw = body.get("input")
    if isinstance(raw, str):
        return [score_text(raw).result()]
    if not isinstance(raw, list) or not raw:
        raise invalid_type("input", "a string, an array of strings, or an array of input objects")
    if all(isinstance(item, str) for item in raw):
        return [score_text(item).result() for item in raw]
    combined = Scores()
    for applied in combined.applied.values():
        applied.clear()
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise invalid_type(f"input[{index}]", "an input object")
        if item.get("type") == "text" and isinstance(item.get("text"), str):
            combined.merge(score_text(item["text"]))
        elif item.get("type") == "image_url":
            url = (item.get("image_url") or {}).get("url")
            if not isinstance(url, str):
                raise invalid_type(f"input[{index}].image_url.url", "a string")
            combined.merge(score_image(decode_data_url(url, f"input[{index}].image_url.url")))
        else:
            raise invalid_value(f"input[{index}].type", "Expected 'text' or 'image_url'.")
    return [combined.result()]


def prompt_flags(prompt: str) -> list[str]:
    """Categories for which an image prompt is blocked."""
    return score_text(prompt).flagged_categories()
