"""The words briefs use for the kinds of brand reference, in the languages atelier serves.

Retrieval fetches a kind a brief asks for in words, the review checks the logo when a brief
asks for it, and both read the same patterns from here.
"""

from __future__ import annotations

import re

LOGO_WORDS = (
    r"\blogos?\b|\bbrand ?marks?\b|\bwordmarks?\b|\bemblems?\b|ロゴ|로고|标志|徽标|लोगो|লোগো"
)
# Words that ask for a kind of reference; the first group of each is what the user said.
KIND_PATTERNS: dict[str, re.Pattern[str]] = {
    "logo": re.compile(LOGO_WORDS, re.IGNORECASE),
    "product": re.compile(
        r"\b(?:product (?:shots?|photos?|images?|renders?)|packshots?|pack shots?)\b",
        re.IGNORECASE,
    ),
    "palette": re.compile(
        r"\b(?:palettes?|colou?r (?:scheme|swatch(?:es)?)|swatch(?:es)?|brand colou?rs)\b",
        re.IGNORECASE,
    ),
    "style": re.compile(
        r"\b(?:style (?:frames?|references?|guides?)|look and feel|mood ?boards?|in the style)\b",
        re.IGNORECASE,
    ),
    "photo": re.compile(r"\b(?:photos?|photographs?|photography|lifestyle shots?)\b", re.I),
    "font-sample": re.compile(
        r"\b(?:fonts?|typefaces?|typography|font samples?|lettering)\b", re.IGNORECASE
    ),
}
LOGO = KIND_PATTERNS["logo"]
