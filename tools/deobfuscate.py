"""A second reading of a brief with the common ways of spelling past a filter undone.

This module owns ``deobfuscate``: the text as a reader would take it when letters are
swapped for look-alike digits and symbols (``n@k3d``, ``pa$$p0rt``), spaced or dotted apart
(``L O S E R``, ``B.l.o.o.d``, ``マ イ ナ``, ``शा रु ख़``), typed as loose Korean jamo
(``ㄹㅗㄱㅗ``), masked (``中〇人``, ``M*sl!ms``) or replaced by emoji that stand for drugs,
sex or weapons. Screening checks this reading beside the original and keeps the worse of the
two, so the reading only ever adds; text with none of these evasions reads unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# -- look-alike digits and symbols ---------------------------------------------------------

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_LEET.update({"!": "i", "|": "l"})
_MASKS = "*＊"
# A run of look-alikes counts only between letters ("sl1t", "pa$$p0rt"): a digit at the
# edge of a word is a number with a unit ("4K", "A3", "5pm", "1080p") and stays as it is.
_SWAPS = re.escape("".join(_LEET) + _MASKS)
_WORD = re.compile(rf"[^\W\d_]*(?:[{_SWAPS}]{{1,3}}[^\W\d_]+)+", re.UNICODE)
_INNER = re.compile(rf"(?<=[^\W\d_])[{_SWAPS}]{{1,3}}(?=[^\W\d_])")


def _vowel_fill(word: str) -> str:
    """``m*slims`` as the word the moderation lists know (``muslims``), else the mask dropped."""
    if not any(m in word for m in _MASKS):
        return word
    pattern = re.compile("".join("[a-z]" if ch in _MASKS else re.escape(ch) for ch in word.lower()))
    for known in _latin_words():
        if pattern.fullmatch(known):
            return known
    return "".join(ch for ch in word if ch not in _MASKS)


def _unleet_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if not any(ch.isascii() and ch.isalpha() for ch in word):
        return word
    if "@" in word and match.string[match.end() : match.end() + 1] == ".":
        return word  # an e-mail address
    swapped = _INNER.sub(lambda m: "".join(_LEET.get(ch, ch) for ch in m.group(0)), word)
    return _vowel_fill(swapped)


# -- letters spaced, dotted or hyphenated apart ----------------------------------------------

# One written unit: a letter with its marks, an Indic conjunct (letter, virama, letter), or
# the tail of one split off after the virama ("ন গ ্ন").
_VIRAMA = "\u094d\u09cd"
_MARK = (
    "\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
    "\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3\u3099\u309a"
)
_UNIT = rf"[{_VIRAMA}]?[^\W\d_][{_MARK}]*(?:[{_VIRAMA}][^\W\d_][{_MARK}]*)*"
# A unit starts and ends a run only where no letter or mark of a longer word touches it; in
# Japanese and Chinese, written without spaces, any neighbour will do ("り.す.か跡").
_SPACED_SCRIPTS = "A-Za-z0-9\u00c0-\u024f\u0900-\u09ff\uac00-\ud7a3"
_EDGE_BEFORE = rf"(?<![{_SPACED_SCRIPTS}])"
_EDGE_AFTER = rf"(?![{_SPACED_SCRIPTS}])"
# Three or more units apart with single spaces; two or more with dots, hyphens, middle
# dots or underscores, which no language puts between single letters of ordinary words.
_SPACED = re.compile(rf"{_EDGE_BEFORE}(?:{_UNIT})(?: (?:{_UNIT})){{2,}}{_EDGE_AFTER}")
_DOTTED = re.compile(rf"{_EDGE_BEFORE}(?:{_UNIT})(?:[.\-_](?:{_UNIT}))+{_EDGE_AFTER}")


def _join(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


_SPACE = _join(" ")
_DOTS = _join(".-_")


def _join_spaced(text: str) -> str:
    def spaced(m: re.Match[str]) -> str:
        run = m.group(0)
        # "a b c" of Latin letters in an English sentence is rare; words of one letter
        # ("I", "a") never stand three in a row, so any run of three is a spelt-out word.
        return _SPACE.sub("", run)

    def dotted(m: re.Match[str]) -> str:
        run = m.group(0)
        pieces = _DOTS.split(run)
        # A hyphenated pair of real words ("x-ray", "e-mail") has a longer piece; a dotted
        # abbreviation ("U.S.") reads the same joined.
        if len(pieces) < 3 and any(p.isascii() for p in pieces):
            return run
        return "".join(pieces)

    text = _DOTTED.sub(dotted, text)
    return _SPACED.sub(spaced, text)


# -- Korean jamo ----------------------------------------------------------------------------

_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_JAMO_RUN = re.compile(rf"[{_LEADS}{_VOWELS}]{{2,}}")


def _compose_jamo(text: str) -> str:
    """Loose compatibility jamo typed one by one (ㄹㅗㄱㅗ) composed into syllables (로고)."""

    def compose(m: re.Match[str]) -> str:
        run = m.group(0)
        out: list[str] = []
        i = 0
        while i < len(run):
            lead = run[i]
            if lead in _LEADS and i + 1 < len(run) and run[i + 1] in _VOWELS:
                vowel = run[i + 1]
                tail = 0
                i += 2
                nxt = run[i] if i < len(run) else ""
                after = run[i + 1] if i + 1 < len(run) else ""
                if nxt and nxt in _TAILS and not (after and after in _VOWELS):
                    tail = _TAILS.index(nxt)
                    i += 1
                code = 0xAC00 + (_LEADS.index(lead) * 21 + _VOWELS.index(vowel)) * 28 + tail
                out.append(chr(code))
            else:
                out.append(lead)
                i += 1
        return "".join(out)

    return _JAMO_RUN.sub(compose, text)


# -- masked characters in CJK words ---------------------------------------------------------

_CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
_CJK_MASK = re.compile(rf"(?<={_CJK})[〇○●×＊*◯]+(?={_CJK})")
_INITIAL_MASK = re.compile(rf"(?<![A-Za-z])([A-Z]) ?(?={_CJK}{{2}})")


def _unmask_cjk(text: str) -> str:
    """中〇人 filled as the lists know the word (中国人); a mask they do not know is dropped."""

    def fill(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 2) : m.start()]
        after = text[m.end() : m.end() + 2]
        for b in (before[-1:], before):
            for a in (after[:1], after):
                hit = re.search(
                    re.escape(b) + f"({_CJK}{{{len(m.group(0))}}})" + re.escape(a),
                    _cjk_words(),
                )
                if hit:
                    return hit.group(1)
        return ""

    text = _CJK_MASK.sub(fill, text)

    def initial(m: re.Match[str]) -> str:
        # "H 南人": a Latin initial for the masked first character of a known group name.
        after = text[m.end() : m.end() + 2]
        hit = re.search(f"({_CJK})" + re.escape(after), _cjk_words())
        return hit.group(1) if hit else m.group(0)

    return _INITIAL_MASK.sub(initial, text)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[str, ...], str]:
    """The words the moderation lists match: Latin words, and the CJK entries joined."""
    from tools.offline import moderation

    entries: list[str] = []
    for value in vars(moderation).values():
        if isinstance(value, moderation.Lexicon):
            entries.extend(value.signals)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            entries.extend(value)
    latin = sorted({w for e in entries for w in re.findall(r"[a-z]{3,}", e)})
    cjk = "|".join(e for e in entries if re.search(_CJK, e))
    return tuple(latin), cjk


def _latin_words() -> tuple[str, ...]:
    return _vocabulary()[0]


def _cjk_words() -> str:
    return _vocabulary()[1]


# -- emoji ------------------------------------------------------------------------------------

_EMOJI = {
    "❄": " cocaine ",
    "💊": " pills ",
    "🍁": " weed ",
    "🍃": " weed ",
    "🌿": " weed ",
    "🔞": " explicit sexual ",
    "🍆": " penis ",
    "🔪": " knife ",
}
# Ice is a drink's as often as meth's: read it so only beside another drug emoji.
_DRUG_EMOJI = "❄💊🍁🍃🌿"
_SEXUAL_PAIR = re.compile("🍑\\s*(?=[🍆🍒💦])|(?<=[🍆🍒💦])\\s*🍑")
_EMOJI_RE = re.compile("[" + "".join(_EMOJI) + "]\ufe0f?")


def _read_emoji(text: str) -> str:
    if "🧊" in text and any(e in text for e in _DRUG_EMOJI):
        text = text.replace("🧊", " meth ")
    # A peach on its own is fruit; beside an aubergine, cherries or drops it is a body.
    text = _SEXUAL_PAIR.sub(" naked butt ", text)
    return _EMOJI_RE.sub(lambda m: _EMOJI[m.group(0)[0]], text)


# -- the reading --------------------------------------------------------------------------------

_HINT = re.compile(
    rf"[{_SWAPS}]|(?:[^\W_]|[{_MARK}])[ .\-_][^\W_][{_MARK}]?[ .\-_]|"
    rf"(?:[^\W_]|[{_MARK}])[.\-_][^\W_]|"
    rf"[\u3131-\u318e]|[〇○●×◯]|[A-Z] ?{_CJK}|[{''.join(_EMOJI)}🍑🧊]"
)


def deobfuscate(text: str) -> str:
    """``text`` with look-alikes, spacing, loose jamo, masks and coded emoji read as words."""
    if not _HINT.search(text):
        return text
    text = unicodedata.normalize("NFC", text)
    text = _compose_jamo(text)
    text = _join_spaced(text)
    text = _WORD.sub(_unleet_word, text)
    text = _unmask_cjk(text)
    return _read_emoji(text)
