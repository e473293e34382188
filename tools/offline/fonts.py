"""Font lookup per script for the offline renderer.

Noto fonts are looked up under /usr/share/fonts (Debian ``fonts-noto-core`` and
``fonts-noto-cjk``) and the Homebrew and macOS font folders: Latin, Devanagari, Bengali,
and the CJK collection whose face index picks Japanese (kana present), Korean (hangul
present) or Simplified Chinese (Han only). Text is split into runs so each run is drawn
with a face that has its glyphs. When a font is missing the run falls back to Pillow's
built-in scalable default font, and ``fonts_missing()`` names what is absent. RAQM layout
is used when Pillow has it, so Indic conjuncts shape correctly.
"""

from __future__ import annotations

import functools
import glob
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont, features

# Debian's packages, then Homebrew's casks and the macOS font folders.
FONT_ROOTS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path("/opt/homebrew/share/fonts"),
    Path.home() / "Library" / "Fonts",
    Path("/Library/Fonts"),
)
FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont

# Debian's bold faces first; Homebrew's casks ship a regular or variable face instead.
_FILES: dict[str, tuple[str, ...]] = {
    "latin": ("NotoSans-Bold.ttf", "NotoSans-Regular.ttf", "NotoSans[wdth,wght].ttf"),
    "devanagari": (
        "NotoSansDevanagari-Bold.ttf",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari[wdth,wght].ttf",
    ),
    "bengali": (
        "NotoSansBengali-Bold.ttf",
        "NotoSansBengali-Regular.ttf",
        "NotoSansBengali[wdth,wght].ttf",
    ),
    "cjk": ("NotoSansCJK-Bold.ttc", "NotoSansCJK.ttc", "NotoSansCJK-Regular.ttc"),
}
_CJK_INDEX = {"ja": 0, "ko": 1, "zh": 2}


@functools.cache
def _find(names: tuple[str, ...]) -> Path | None:
    for name in names:
        for root in FONT_ROOTS:
            if root.is_dir():
                for found in sorted(root.rglob(glob.escape(name))):
                    return found
    return None


def font_file(script: str) -> Path | None:
    """The Noto file drawing ``script`` (latin, devanagari, bengali or cjk), if installed."""
    return _find(_FILES[script])


def fonts_missing() -> list[str]:
    """File names of the Noto fonts that could not be found (empty when all are there)."""
    return [names[0] for names in _FILES.values() if _find(names) is None]


def layout_engine() -> ImageFont.Layout:
    return ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


def script_of(char: str) -> str | None:
    """Script class of one character; None for characters any face can carry (spaces, digits)."""
    code = ord(char)
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF:
        return "devanagari"
    if 0x0980 <= code <= 0x09FF:
        return "bengali"
    if (
        0x3040 <= code <= 0x30FF
        or 0x31F0 <= code <= 0x31FF
        or 0xFF66 <= code <= 0xFF9F
        or 0x1100 <= code <= 0x11FF
        or 0x3130 <= code <= 0x318F
        or 0xAC00 <= code <= 0xD7AF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x303F
        or 0xFF01 <= code <= 0xFF60
    ):
        return "cjk"
    if char.isspace() or char.isdigit() or (code < 0x80 and not char.isalpha()):
        return None
    return "latin"


def cjk_language(text: str) -> str:
    if any(0x3040 <= ord(c) <= 0x30FF or 0x31F0 <= ord(c) <= 0x31FF for c in text):
        return "ja"
    if any(0xAC00 <= ord(c) <= 0xD7AF or 0x1100 <= ord(c) <= 0x11FF for c in text):
        return "ko"
    return "zh"


@dataclass(frozen=True)
class Run:
    text: str
    script: str


def split_runs(text: str) -> list[Run]:
    """Maximal runs of one script; neutral characters join the run before them."""
    runs: list[Run] = []
    pending = ""
    for char in text:
        script = script_of(char)
        if script is None:
            if runs:
                runs[-1] = Run(runs[-1].text + char, runs[-1].script)
            else:
                pending += char
            continue
        if runs and runs[-1].script == script:
            runs[-1] = Run(runs[-1].text + char, script)
        else:
            runs.append(Run(pending + char, script))
            pending = ""
    if pending:
        runs.append(Run(pending, "latin"))
    return runs


@functools.lru_cache(maxsize=128)
def font_for(script: str, size: int, cjk_lang: str = "zh") -> FontType:
    path = _find(_FILES.get(script, _FILES["latin"]))
    size = max(1, size)
    if path is not None:
        index = _CJK_INDEX.get(cjk_lang, 2) if script == "cjk" else 0
        try:
            return ImageFont.truetype(str(path), size, index=index, layout_engine=layout_engine())
        except OSError:
            pass
    return ImageFont.load_default(size)
