"""The offline engine's drawing: deterministic drafts, edits and partial frames.

A generated picture is a vertical gradient in a palette (dominant colours of the
reference images, else colours named in the prompt, else colours hashed from the
prompt), reference images laid out as shadowed cards in a band, the quoted copy from
the prompt drawn large and centred with an outline in a contrasting colour, and a small
caption of the prompt's first words (without its copy). The same inputs always give the
same pixels. An edit reads its prompt as instructions and changes only what they name
(see "edits" below); it never adds a caption.

Masks follow the OpenAI convention: where the mask's alpha is below 128 the picture is
edited. A mask without an alpha channel is read by luminance instead, white meaning
"edit here" (the usual inpainting convention); only the alpha form is what the real
service accepts, so atelier should send RGBA masks.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFilter

from .fonts import FontType, cjk_language, font_for, split_runs
from .textutil import quoted_strings, tokens

RGB = tuple[int, int, int]

NAMED_COLOURS: dict[str, RGB] = {
    "red": (200, 40, 48),
    "crimson": (170, 20, 50),
    "orange": (240, 130, 30),
    "yellow": (245, 210, 50),
    "gold": (212, 170, 55),
    "green": (50, 150, 80),
    "lime": (160, 210, 60),
    "teal": (20, 128, 128),
    "turquoise": (60, 200, 190),
    "cyan": (40, 190, 220),
    "blue": (40, 80, 190),
    "navy": (20, 35, 90),
    "purple": (120, 60, 160),
    "violet": (140, 90, 200),
    "magenta": (200, 40, 150),
    "pink": (240, 140, 180),
    "brown": (120, 80, 50),
    "beige": (225, 210, 180),
    "cream": (245, 238, 215),
    "white": (245, 245, 245),
    "black": (20, 20, 24),
    "grey": (128, 128, 132),
    "gray": (128, 128, 132),
    "silver": (192, 192, 200),
    "pastel": (200, 220, 240),
    "mint": (170, 230, 200),
    "coral": (250, 120, 100),
}


@dataclass(frozen=True)
class Scene:
    width: int
    height: int
    prompt: str
    references: Sequence[Image.Image] = field(default_factory=tuple)
    transparent: bool = False
    variant: int = 0  # picks a different palette for the n-th image of one request


_EXACT = re.compile(r'^Render this text exactly: "(.*)"\s*$', re.MULTILINE)


def copy_text(prompt: str) -> str | None:
    """The copy to draw: the prompt's explicit copy line when it has one, else its quoted
    spans (each once, in order) joined by newlines."""
    exact = _EXACT.findall(prompt)
    spans = exact or list(dict.fromkeys(quoted_strings(prompt)))
    return "\n".join(spans) if spans else None


def _hash_palette(prompt: str) -> list[RGB]:
    digest = hashlib.sha256(prompt.encode("utf-8")).digest()
    colours: list[RGB] = []
    for i in range(3):
        hue = digest[i] / 255.0
        sat = 0.45 + digest[i + 3] / 255.0 * 0.4
        val = 0.45 + digest[i + 6] / 255.0 * 0.45
        r, g, b = colorsys.hsv_to_rgb(hue, sat, val)
        colours.append((int(r * 255), int(g * 255), int(b * 255)))
    return colours


def reference_palette(references: Sequence[Image.Image], count: int = 3) -> list[RGB]:
    """Dominant colours of the references, most frequent first (median-cut on thumbnails)."""
    if not references:
        return []
    strip = Image.new("RGB", (64 * len(references), 64))
    for i, ref in enumerate(references):
        thumb = ref.convert("RGB").resize((64, 64), Image.Resampling.BILINEAR)
        strip.paste(thumb, (64 * i, 0))
    quant = strip.quantize(colors=max(count, 2), method=Image.Quantize.MEDIANCUT)
    flat = quant.getpalette() or []
    counts = sorted(quant.getcolors() or [], reverse=True)
    colours: list[RGB] = []
    for _, index in counts:
        idx = index if isinstance(index, int) else 0
        colours.append((flat[3 * idx], flat[3 * idx + 1], flat[3 * idx + 2]))
    while len(colours) < count:
        colours.append(colours[-1] if colours else (128, 128, 128))
    return colours[:count]


def palette_for(prompt: str, references: Sequence[Image.Image], variant: int = 0) -> list[RGB]:
    colours = reference_palette(references)
    if colours:
        return colours[variant % len(colours) :] + colours[: variant % len(colours)]
    seed = prompt if variant == 0 else f"{prompt}#{variant}"
    named = [NAMED_COLOURS[t] for t in tokens(prompt) if t in NAMED_COLOURS]
    unique = list(dict.fromkeys(named))
    if unique:
        chosen = (unique + _hash_palette(seed))[:3]
        shift = variant % len(chosen)
        return chosen[shift:] + chosen[:shift]
    return _hash_palette(seed)


def _gradient(width: int, height: int, top: RGB, bottom: RGB) -> Image.Image:
    ramp = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    a = np.array(top, dtype=np.float32)
    b = np.array(bottom, dtype=np.float32)
    column = (a[None, :] * (1.0 - ramp) + b[None, :] * ramp).astype(np.uint8)
    rows = np.broadcast_to(column[:, None, :], (height, width, 3))
    return Image.fromarray(np.ascontiguousarray(rows), "RGB")


def _luminance(colour: RGB) -> float:
    return 0.2126 * colour[0] + 0.7152 * colour[1] + 0.0722 * colour[2]


def background(width: int, height: int, colours: Sequence[RGB]) -> Image.Image:
    canvas = _gradient(width, height, colours[0], colours[1 % len(colours)]).convert("RGBA")
    # a soft accent disc gives the draft some structure beyond the gradient
    accent = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(accent)
    radius = int(min(width, height) * 0.42)
    cx, cy = int(width * 0.78), int(height * 0.2)
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        fill=(*colours[2 % len(colours)], 90),
    )
    return Image.alpha_composite(canvas, accent)


def _card(ref: Image.Image, box_w: int, box_h: int) -> Image.Image:
    thumb = ref.convert("RGBA")
    thumb.thumbnail((max(1, box_w), max(1, box_h)), Image.Resampling.BILINEAR)
    border = max(2, min(box_w, box_h) // 40)
    card = Image.new("RGBA", (thumb.width + 2 * border, thumb.height + 2 * border), "white")
    card.alpha_composite(thumb, (border, border))
    return card


def _paste_with_shadow(canvas: Image.Image, card: Image.Image, x: int, y: int) -> None:
    blur = max(2, min(card.width, card.height) // 24)
    pad = blur * 3
    shadow = Image.new("RGBA", (card.width + 2 * pad, card.height + 2 * pad), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).rectangle(
        (pad, pad, pad + card.width, pad + card.height), fill=(0, 0, 0, 110)
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(blur))
    offset = blur
    canvas.alpha_composite(shadow, (x - pad + offset, y - pad + offset))
    canvas.alpha_composite(card, (x, y))


def layout_cards(
    canvas: Image.Image, references: Sequence[Image.Image]
) -> tuple[int, int, int, int]:
    """Draw the references as a grid of cards in a band; return the free area (l, t, r, b)."""
    width, height = canvas.size
    if not references:
        return (0, 0, width, height)
    count = len(references)
    if width >= height:
        band = (int(width * 0.66), 0, width, height)
        cols = 1 if count <= 3 else 2
        free = (0, 0, band[0], height)
    else:
        band = (0, int(height * 0.7), width, height)
        cols = min(count, 4)
        free = (0, 0, width, band[1])
    rows = -(-count // cols)
    gap = max(4, min(width, height) // 48)
    cell_w = (band[2] - band[0] - gap * (cols + 1)) // cols
    cell_h = (band[3] - band[1] - gap * (rows + 1)) // rows
    for i, ref in enumerate(references):
        col, row = i % cols, i // cols
        card = _card(ref, cell_w, cell_h)
        x = band[0] + gap + col * (cell_w + gap) + (cell_w - card.width) // 2
        y = band[1] + gap + row * (cell_h + gap) + (cell_h - card.height) // 2
        _paste_with_shadow(canvas, card, x, y)
    return free


def _line_runs(line: str, size: int) -> list[tuple[str, FontType]]:
    lang = cjk_language(line)
    return [(run.text, font_for(run.script, size, lang)) for run in split_runs(line)]


def _run_width(text: str, font: FontType) -> float:
    return float(font.getlength(text))


def _measure(line: str, size: int) -> float:
    return sum(_run_width(text, font) for text, font in _line_runs(line, size))


def _wrap(text: str, size: int, max_width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ") if " " in paragraph else list(paragraph)
        joiner = " " if " " in paragraph else ""
        current = ""
        for word in words:
            trial = f"{current}{joiner}{word}" if current else word
            if current and _measure(trial, size) > max_width:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    return lines


def draw_text_block(
    canvas: Image.Image,
    text: str,
    area: tuple[int, int, int, int],
    colour: RGB,
    outline: RGB,
) -> None:
    """Auto-fit ``text`` into ``area`` (centred, wrapped) and draw it run by run."""
    left, top, right, bottom = area
    max_w = (right - left) * 0.86
    max_h = (bottom - top) * 0.7
    size = max(8, int(min(right - left, bottom - top) * 0.16))
    lines = _wrap(text, size, max_w)
    while size > 8:
        lines = _wrap(text, size, max_w)
        fits_w = all(_measure(line, size) <= max_w for line in lines)
        if fits_w and len(lines) * size * 1.3 <= max_h:
            break
        size = int(size * 0.88)
    draw = ImageDraw.Draw(canvas)
    stroke = max(1, size // 14)
    line_h = size * 1.3
    y = top + ((bottom - top) - line_h * len(lines)) / 2 + size
    for line in lines:
        x = left + ((right - left) - _measure(line, size)) / 2
        for chunk, font in _line_runs(line, size):
            draw.text(
                (x, y),
                chunk,
                font=font,
                fill=(*colour, 255),
                anchor="ls",
                stroke_width=stroke,
                stroke_fill=(*outline, 255),
            )
            x += _run_width(chunk, font)
        y += line_h


_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|『[^』\n]*』')


def caption_text(prompt: str, words: int = 8) -> str:
    """The prompt's first words, without its quoted copy: the copy is drawn once, large."""
    first = next((line for line in prompt.splitlines() if line.strip()), "")
    return " ".join(_QUOTED.sub(" ", first).split()[:words])


def _draw_caption(canvas: Image.Image, prompt: str, area: tuple[int, int, int, int]) -> None:
    caption = caption_text(prompt)
    if not caption:
        return
    size = max(8, min(canvas.size) // 40)
    x: float = area[0] + size
    y = area[3] - size
    draw = ImageDraw.Draw(canvas)
    for chunk, font in _line_runs(caption, size):
        draw.text(
            (x, y),
            chunk,
            font=font,
            fill=(255, 255, 255, 200),
            anchor="ls",
            stroke_width=1,
            stroke_fill=(0, 0, 0, 160),
        )
        x += _run_width(chunk, font)


def _text_colours(colours: Sequence[RGB]) -> tuple[RGB, RGB]:
    mean = _luminance(colours[0]) * 0.5 + _luminance(colours[1 % len(colours)]) * 0.5
    return ((255, 255, 255), (20, 20, 30)) if mean < 140 else ((20, 20, 30), (255, 255, 255))


def compose(scene: Scene, *, caption: bool = True) -> Image.Image:
    """Draw a full picture: backdrop, reference cards, the copy, and a caption unless told."""
    width, height = scene.width, scene.height
    colours = palette_for(scene.prompt, scene.references, scene.variant)
    if scene.transparent:
        canvas = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    else:
        canvas = background(width, height, colours)
    free = layout_cards(canvas, scene.references)
    text = copy_text(scene.prompt)
    if text:
        fill, outline = _text_colours(colours)
        draw_text_block(canvas, text, free, fill, outline)
    if caption:
        _draw_caption(canvas, scene.prompt, free)
    return canvas


def _cover(image: Image.Image, width: int, height: int) -> Image.Image:
    if image.size == (width, height):
        return image.copy()
    scale = max(width / image.width, height / image.height)
    resized = image.resize(
        (max(width, round(image.width * scale)), max(height, round(image.height * scale))),
        Image.Resampling.BILINEAR,
    )
    left = (resized.width - width) // 2
    top = (resized.height - height) // 2
    return resized.crop((left, top, left + width, top + height))


def edit_region(mask: Image.Image) -> Image.Image:
    """Mode "L" image, 255 where the picture is to be edited."""
    bands = mask.getbands()
    if "A" in bands:
        alpha = mask.getchannel("A")
        return alpha.point(lambda v: 255 if v < 128 else 0)
    if mask.mode == "P" and "transparency" in mask.info:
        return edit_region(mask.convert("RGBA"))
    return mask.convert("L").point(lambda v: 255 if v >= 128 else 0)


# -- edits ------------------------------------------------------------------------------------
#
# An edit prompt is read as instructions and each is applied to the pixels it names: the
# tone (darker, lighter, warmer, cooler), the backdrop's colour, the copy (removed, or
# replaced where it stood) and the logo (added from the first reference image, or removed
# where that reference is found). What the picture holds is read from its pixels, not from
# how it was drawn, so an uploaded photo is edited the same way: the backdrop is the smooth
# area that reaches the border (``tools.qa.background_region``) and text is rows of
# glyph-sized shapes in front of it. With a mask every change stays inside it. Nothing is
# drawn twice: an edit adds no caption, and new copy replaces the old copy in its place.

Tone = Literal["darker", "lighter", "warmer", "cooler"]
CopyEdit = Literal["keep", "remove", "replace"]
CopyScope = Literal["headline", "caption", "all"]
LogoEdit = Literal["add", "remove"]

_BOILERPLATE = re.compile(
    r"^\s*(Render this text exactly:|Reference images, when attached|Create a new image;)"
)
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'([^'\n]{1,80})'(?![\w'])")
_DEGREE = r"(make|making|look|feel|go|turn|slightly|bit|little|much|more|lot|way|even|and)"
_TONES: dict[Tone, re.Pattern[str]] = {
    "darker": re.compile(
        r"\b(darker|darken\w*|dimmer|less bright|moodier)\b"
        r"|暗く|暗め|어둡게|더 어둡|暗一点|变暗|调暗|更暗|暗一些|गहरा कर|गहरी कर|अंधेरा कर"
        r"|গাঢ় কর|অন্ধকার কর"
    ),
    "lighter": re.compile(
        rf"\b{_DEGREE} (\w+ ){{0,3}}(lighter|brighter)\b|\b(lighten|brighten)\w*\b"
        r"|\b(lighter|brighter) (tones?|colou?rs?|background|backdrop|sky|look|feel)\b"
        r"|明るく|明るめ|밝게|더 밝|亮一点|变亮|调亮|更亮|亮一些|हल्का कर|उजला कर|চমক|হালকা কর"
        r"|উজ্জ্বল কর"
    ),
    "warmer": re.compile(
        rf"\b{_DEGREE} (\w+ ){{0,3}}warmer\b|\bwarm (it |things )?up\b"
        r"|\bwarm(er)? (tones?|colou?rs?|palette|light|look|feel|temperature)\b"
        r"|暖かく|暖色|温かみ|따뜻하게|더 따뜻|暖一点|更暖|暖色调|暖一些|गर्म कर|गरम कर|गर्माहट"
        r"|উষ্ণ কর"
    ),
    "cooler": re.compile(
        rf"\b{_DEGREE} (\w+ ){{0,3}}(cooler|colder)\b|\bcool (it |things )?down\b"
        r"|\bcool(er)? (tones?|colou?rs?|palette|light|look|feel|temperature)\b"
        r"|寒色|涼しげ|クールに|차갑게|시원하게|더 차갑|冷一点|更冷|冷色调|冷一些|ठंडा कर|ঠান্ডা কর"
        r"|শীতল কর"
    ),
}
_BACKDROP = re.compile(
    r"\b(background|backdrop|bg|sky|backgrounds)\b|背景|배경|पृष्ठभूमि|बैकग्राउंड|পটভূমি"
    r"|ব্যাকগ্রাউন্ড"
)
# Colour names in the other five languages, mapped to the renderer's English names.
_COLOUR_WORDS: dict[str, str] = {
    "紺": "navy", "ネイビー": "navy", "赤": "red", "青": "blue", "緑": "green", "黄": "yellow",
    "ピンク": "pink", "紫": "purple", "黒": "black", "白": "white", "金": "gold", "灰": "grey",
    "グレー": "grey", "オレンジ": "orange", "茶": "brown", "ベージュ": "beige", "ミント": "mint",
    "남색": "navy", "네이비": "navy", "빨간": "red", "빨강": "red", "파란": "blue",
    "파랑": "blue", "초록": "green", "노란": "yellow", "분홍": "pink", "핑크": "pink",
    "보라": "purple", "검정": "black", "검은": "black", "흰": "white", "하얀": "white",
    "금색": "gold", "회색": "grey", "주황": "orange", "갈색": "brown", "베이지": "beige",
    "深蓝": "navy", "藏青": "navy", "海军蓝": "navy", "红": "red", "蓝": "blue", "绿": "green",
    "粉": "pink", "黑": "black", "橙": "orange", "棕": "brown", "米色": "beige",
    "नेवी": "navy", "लाल": "red", "नीला": "blue", "नीले": "blue", "नीली": "blue",
    "हरा": "green", "हरे": "green", "पीला": "yellow", "गुलाबी": "pink", "बैंगनी": "purple",
    "काला": "black", "काले": "black", "सफेद": "white", "सफ़ेद": "white", "सुनहरा": "gold",
    "स्लेटी": "grey", "नारंगी": "orange", "भूरा": "brown",
    "নেভি": "navy", "লাল": "red", "নীল": "blue", "সবুজ": "green", "হলুদ": "yellow",
    "গোলাপি": "pink", "বেগুনি": "purple", "কালো": "black", "সাদা": "white",
    "সোনালি": "gold", "ধূসর": "grey", "কমলা": "orange", "বাদামি": "brown",
}  # fmt: skip
_COLOUR = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\b("
    + "|".join(sorted(NAMED_COLOURS, key=len, reverse=True))
    + r")\b|"
    + "|".join(sorted(_COLOUR_WORDS, key=len, reverse=True))
)
_GRADE = re.compile(
    r"\b(make|turn|tint|colou?r|grade) (it|this|everything|the (whole )?(image|picture|photo))\b"
    r"|\b(tint|tone|hue|filter|grade|wash|cast)\b"
)
_COPY_ALL = r"text|words|wording|lettering|writing|文字|テキスト|글자|텍스트|字|टेक्स्ट|शब्द|লেখা|টেক্সট"
_COPY_HEAD = (
    r"copy|headline|title|tagline|slogan|message|コピー|見出し|キャッチコピー|文言|タイトル|문구|카피"
    r"|헤드라인|제목|文案|标题|标语|हेडलाइन|शीर्षक|শিরোনাম"
)
_COPY_WORD = rf"(caption|{_COPY_ALL}|{_COPY_HEAD})"
_NOT = r"(?<!n't )(?<!not )(?<!never )"
_REMOVE_COPY = re.compile(
    rf"\b{_NOT}(remove|delete|erase|clear|take out|get rid of|drop|strip|hide|lose)\b"
    rf"(\W+\w+){{0,3}}?\W+{_COPY_WORD}"
    rf"|\b(no|without( the| any)?) {_COPY_WORD}\b"
    rf"|{_COPY_WORD}(を|は|를|을)? ?(全部|すべて|모두|전부)? ?"
    r"(消|削除|取り|なくし|지워|지우|삭제|없애|빼)"
    rf"|(删除|去掉|移除|去除|删掉|拿掉)(所有|全部)?的?{_COPY_WORD}|{_COPY_WORD}(删掉|去掉|删除|拿掉)"
    rf"|{_COPY_WORD} (को )?(हटा|मिटा)|{_COPY_WORD} (মুছে|সরিয়ে|বাদ)"
)
_LOGO = r"(logos?|ロゴ|로고|标志|徽标|标识|लोगो|লোগো)"
_ADD_LOGO = re.compile(
    rf"\b{_NOT}(add|put|place|insert|include|show|stamp|bring back)\b(\W+\w+){{0,3}}?\W+{_LOGO}"
    rf"|\b(now |and )?with (our|the) {_LOGO}\b"
    rf"|ロゴを?(入れ|追加|配置|載せ|付け|置)|로고(를|을)? ?(넣|추가|배치|붙|달|올려)"
    rf"|(加上|添加|加入|放上|加)(我们的)?{_LOGO}|{_LOGO}(加上|放上)"
    rf"|लोगो (जोड़|लगा|डाल|रख)|লোগো (যোগ|বসা|লাগা|দাও|রাখো)"
)
_REMOVE_LOGO = re.compile(
    rf"\b{_NOT}(remove|delete|erase|take out|get rid of|drop|hide|lose)\b(\W+\w+){{0,2}}?\W+{_LOGO}"
    rf"|\b(no|without( the| our)?) {_LOGO}"
    rf"|ロゴ(を|は)?(消|削除|外|取|なくし)|로고(를|을|는)? ?(지워|지우|삭제|빼|없애)"
    rf"|(删除|去掉|移除|去除|删掉|拿掉|不要)(我们的)?{_LOGO}|{_LOGO}(删掉|去掉|拿掉|删除)"
    rf"|लोगो (को )?(हटा|मिटा)|লোগো (মুছে|সরিয়ে|বাদ)"
)

# How strongly each tone moves the pixels it applies to.
_DARKER, _LIGHTER, _WARMTH = 0.62, 0.35, 0.16
# Glyphs: shapes at most this share of the short side tall, in rows of at least two.
_GLYPH_SHARE = 0.22
_CAPTION_RATIO = 0.6
_LOGO_SHARE = 0.22


@dataclass(frozen=True)
class EditPlan:
    """What an edit prompt asks for, as changes the renderer can make and QA can measure."""

    tones: tuple[Tone, ...] = ()
    on_backdrop: bool = False  # tones apply to the backdrop, not the whole picture
    backdrop: RGB | None = None  # the backdrop becomes this colour
    grade: RGB | None = None  # the whole picture is tinted this colour
    copy: CopyEdit = "keep"
    new_copy: str | None = None
    scope: CopyScope = "headline"  # which text a removal takes
    logo: LogoEdit | None = None

    @property
    def understood(self) -> bool:
        return bool(self.tones or self.backdrop or self.grade or self.copy != "keep" or self.logo)


def instruction_text(prompt: str) -> str:
    """The prompt without the lines atelier adds to every image prompt."""
    return "\n".join(line for line in prompt.splitlines() if not _BOILERPLATE.match(line))


def _colour(text: str) -> RGB | None:
    match = _COLOUR.search(text)
    if match is None:
        return None
    word = match.group(0)
    if word.startswith("#"):
        value = word[1:] if len(word) == 7 else "".join(c * 2 for c in word[1:])
        return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
    return NAMED_COLOURS[_COLOUR_WORDS.get(word, word)]


def parse_edit(prompt: str) -> EditPlan:
    """Read an edit prompt (any of the six languages) into the changes it asks for."""
    said = instruction_text(prompt)
    lowered = said.lower()
    tones = tuple(tone for tone, pattern in _TONES.items() if pattern.search(lowered))
    on_backdrop = bool(_BACKDROP.search(lowered))
    named = _colour(lowered)
    backdrop = named if on_backdrop else None
    grade = named if named is not None and not on_backdrop and _GRADE.search(lowered) else None
    new_copy = copy_text(prompt)
    if new_copy is None:
        quoted = _SINGLE_QUOTED.findall(said)
        new_copy = "\n".join(dict.fromkeys(quoted)) if quoted else None
    copy: CopyEdit = "keep"
    scope: CopyScope = "headline"
    removal = _REMOVE_COPY.search(lowered)
    if new_copy:
        copy = "replace"
    elif removal is not None:
        copy = "remove"
        said_words = removal.group(0)
        if re.search(_COPY_ALL, said_words):
            scope = "all"
        elif "caption" in said_words:
            scope = "caption"
    logo: LogoEdit | None = None
    if _REMOVE_LOGO.search(lowered):
        logo = "remove"
    elif _ADD_LOGO.search(lowered):
        logo = "add"
    return EditPlan(
        tones=tones,
        on_backdrop=on_backdrop,
        backdrop=backdrop,
        grade=grade,
        copy=copy,
        new_copy=new_copy,
        scope=scope,
        logo=logo,
    )


Mask = npt.NDArray[np.bool_]
Pixels = npt.NDArray[np.float32]


@dataclass(frozen=True)
class _TextBlock:
    """Rows of glyphs drawn together: their shapes and the box around them."""

    box: tuple[int, int, int, int]
    height: float  # median glyph height
    shapes: Mask


# x, y, width, height, which label image (0: large copy, 1: small text), label
Glyph = tuple[int, int, int, int, int, int]
Labels = npt.NDArray[np.int32]
# A picture with more shapes than this in front of its backdrop is a photo or a texture,
# not copy on a backdrop: no text is looked for in it.
MAX_GLYPHS = 600


def _glyphs(front: Mask, limit: float, source: int) -> tuple[list[Glyph], Labels]:
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        front.astype(np.uint8), connectivity=8
    )
    width = front.shape[1]
    found = [
        (int(x), int(y), int(w), int(h), source, index)
        for index, (x, y, w, h, area) in enumerate(stats[1:count].tolist(), start=1)
        # A thin rim or line covers a small share of its box; letters cover more.
        if 4 <= h <= limit and w <= 0.6 * width and area >= max(6, 0.08 * w * h)
    ]
    return found, np.asarray(labels, dtype=np.int32)


def _rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs on one line: overlapping vertically and at most two glyph heights apart."""
    parent = list(range(len(glyphs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(glyphs):
        for j in range(i + 1, len(glyphs)):
            b = glyphs[j]
            overlap = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
            gap = max(b[0] - (a[0] + a[2]), a[0] - (b[0] + b[2]), 0)
            similar = 0.5 <= a[3] / b[3] <= 2.0
            if similar and overlap >= 0.4 * min(a[3], b[3]) and gap <= 2.0 * max(a[3], b[3]):
                parent[root(i)] = root(j)
    grouped: dict[int, list[Glyph]] = {}
    for i, glyph in enumerate(glyphs):
        grouped.setdefault(root(i), []).append(glyph)
    # A row is text when it has two shapes, or one shape as wide as a word.
    return [r for r in grouped.values() if len(r) >= 2 or r[0][2] >= 1.2 * r[0][3]]


def _text_blocks(backdrop: Mask) -> list[_TextBlock]:
    """Text in front of the backdrop: glyph-sized shapes, in rows, rows in blocks.

    Large copy is found after an opening that drops thin lines (a soft shape's rim that
    runs into a letter would join it to the letter); the thin strokes of small text are
    found in what is left.
    """
    import cv2

    height, width = backdrop.shape
    limit = _GLYPH_SHARE * min(width, height)
    front = ~backdrop
    opened = cv2.morphologyEx(front.astype(np.uint8), cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    large, large_labels = _glyphs(opened > 0, limit, 0)
    taken = _grow(np.isin(large_labels, [g[5] for g in large]), 3) & front
    small, small_labels = _glyphs(front & ~_grow(taken, 2), limit, 1)
    glyphs = large + small
    if len(glyphs) > MAX_GLYPHS:
        return []
    rows = sorted(_rows(glyphs), key=lambda row: min(g[1] for g in row))
    blocks: list[list[list[Glyph]]] = []
    for row in rows:
        tall = float(np.median([g[3] for g in row]))
        top = min(g[1] for g in row)
        for block in blocks:
            last = block[-1]
            last_tall = float(np.median([g[3] for g in last]))
            gap = top - max(g[1] + g[3] for g in last)
            if 0.6 <= tall / last_tall <= 1.6 and -tall <= gap <= 1.2 * max(tall, last_tall):
                block.append(row)
                break
        else:
            blocks.append([row])
    out: list[_TextBlock] = []
    for block in blocks:
        members = [g for row in block for g in row]
        big = np.isin(large_labels, [g[5] for g in members if g[4] == 0])
        shapes = (_grow(big, 3) & front) | np.isin(
            small_labels, [g[5] for g in members if g[4] == 1]
        )
        box = (
            min(g[0] for g in members),
            min(g[1] for g in members),
            max(g[0] + g[2] for g in members),
            max(g[1] + g[3] for g in members),
        )
        out.append(_TextBlock(box, float(np.median([g[3] for g in members])), shapes))
    return out


def _chosen_text(blocks: Sequence[_TextBlock], scope: CopyScope) -> list[_TextBlock]:
    """The headline (the largest text), the caption (small text), or every block."""
    if not blocks:
        return []
    biggest = max(b.height for b in blocks)
    small = [b for b in blocks if b.height < _CAPTION_RATIO * biggest]
    if scope == "all":
        return list(blocks)
    if scope == "caption":
        return small
    return [b for b in blocks if b not in small]


def _grow(mask: Mask, pixels: int) -> Mask:
    import cv2

    kernel = np.ones((2 * pixels + 1, 2 * pixels + 1), np.uint8)
    return np.asarray(cv2.dilate(mask.astype(np.uint8), kernel) > 0)


def _erase(rgb: Pixels, erase: Mask, anchors: Mask) -> Pixels:
    """Fill ``erase`` row by row from the nearest ``anchors`` pixels on either side.

    Backdrops are gradients and soft shapes, so a straight blend between the backdrop on
    the left and on the right of a letter is what was behind it.
    """
    out = rgb.copy()
    columns = np.arange(rgb.shape[1])
    known_all = anchors & ~erase
    for y in np.nonzero(erase.any(axis=1))[0]:
        known = known_all[y]
        if known.sum() < 2:
            continue
        holes = columns[erase[y]]
        for channel in range(3):
            out[y, holes, channel] = np.interp(holes, columns[known], rgb[y, known, channel])
    return out


# Masked arithmetic runs over bands of rows: ``rgb[where]`` on a whole 4K picture copies
# tens of MB at a time, a band of rows copies a few.
_BAND_ROWS = 128


def _bands(rgb: Pixels, where: Mask) -> Iterator[tuple[slice, Pixels]]:
    """Each band of rows that ``where`` touches, and its pixels inside ``where``."""
    rows = np.flatnonzero(where.any(axis=1))
    if rows.size == 0:
        return
    for top in range(int(rows[0]), int(rows[-1]) + 1, _BAND_ROWS):
        band = slice(top, top + _BAND_ROWS)
        yield band, rgb[band][where[band]]


def _tone(rgb: Pixels, where: Mask, tone: Tone) -> Pixels:
    """``rgb`` toned inside ``where``, in place: a 4K picture has no memory to spare for copies."""
    for band, pixels in _bands(rgb, where):
        if tone == "darker":
            pixels *= _DARKER
        elif tone == "lighter":
            pixels += (255.0 - pixels) * _LIGHTER
        else:
            warm = 1.0 if tone == "warmer" else -1.0
            pixels *= np.array([1.0 + warm * _WARMTH, 1.0, 1.0 - warm * _WARMTH], dtype=np.float32)
            pixels += np.array([warm * 14.0, 0.0, -warm * 14.0], dtype=np.float32)
        np.clip(pixels, 0, 255, out=pixels)
        rgb[band][where[band]] = pixels
    return rgb


def _paint(rgb: Pixels, where: Mask, colour: RGB, share: float = 1.0) -> Pixels:
    """``where`` towards ``colour``; a full fill keeps a soft vertical shade of it."""
    height = rgb.shape[0]
    ramp = np.linspace(1.0, 0.88, height, dtype=np.float32)[:, None, None]
    shade = np.broadcast_to(np.array(colour, dtype=np.float32) * ramp, rgb.shape)
    for band, pixels in _bands(rgb, where):
        pixels *= 1.0 - share
        pixels += shade[band][where[band]] * share
        rgb[band][where[band]] = pixels  # in place, as _tone
    return rgb


def _copy_area(
    box: tuple[int, int, int, int] | None, bounds: tuple[int, int, int, int]
) -> tuple[int, int, int, int]:
    """Where new copy goes: centred where the old copy was, as wide as the bounds allow."""
    left, top, right, bottom = bounds
    if box is None:
        return bounds
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    half_w = max((box[2] - box[0]) / 2, min(cx - left, right - cx))
    half_h = max((box[3] - box[1]) / 2, min(cy - top, bottom - cy))
    return (int(cx - half_w), int(cy - half_h), int(cx + half_w), int(cy + half_h))


def _bounds(where: Mask) -> tuple[int, int, int, int]:
    # Row and column flags, not np.nonzero: its coordinates are 16 bytes per pixel.
    ys, xs = np.flatnonzero(where.any(axis=1)), np.flatnonzero(where.any(axis=0))
    return int(xs[0]), int(ys[0]), int(xs[-1]) + 1, int(ys[-1]) + 1


def _find_logo(picture: Image.Image, logo: Image.Image) -> tuple[int, int, int, int] | None:
    from core.errors import AtelierError
    from tools.qa import logo_presence

    try:
        found = logo_presence(picture, logo)
    except AtelierError:
        return None
    box = found.evidence.get("box")
    return tuple(int(v) for v in box) if found.evidence.get("found") and box else None  # type: ignore[return-value]


def apply_edit(
    picture: Image.Image,
    plan: EditPlan,
    *,
    region: Mask | None,
    references: Sequence[Image.Image],
) -> Image.Image:
    """``plan`` applied to ``picture`` (inside ``region`` when there is one)."""
    from tools.qa import background_region

    mode = "RGBA" if "A" in picture.getbands() else "RGB"
    original = picture.convert("RGB")
    rgb: Pixels = np.asarray(original, dtype=np.float32)
    shape = rgb.shape[:2]
    where = region if region is not None else np.ones(shape, dtype=bool)
    backdrop = background_region(original)
    if plan.backdrop is not None:
        rgb = _paint(rgb, where if region is not None else backdrop, plan.backdrop)
    toned = where if region is not None or not plan.on_backdrop else backdrop
    for tone in plan.tones:
        rgb = _tone(rgb, toned, tone)
    if plan.grade is not None:
        rgb = _paint(rgb, where, plan.grade, share=0.35)
    old_box: tuple[int, int, int, int] | None = None
    if plan.copy != "keep":
        scope: CopyScope = "headline" if plan.copy == "replace" else plan.scope
        for block in _chosen_text(_text_blocks(backdrop), scope):
            inside = block.shapes & where
            if inside.sum() < 0.5 * block.shapes.sum():
                continue
            erase = _grow(inside, 3) & where
            rgb = _erase(rgb, erase, backdrop & ~_grow(block.shapes, 4))
            old_box = old_box or block.box
    logo_ref = references[0] if references else None
    if plan.logo == "remove" and logo_ref is not None:
        box = _find_logo(original, logo_ref)
        if box is not None:
            # The card's white border and its shadow go with the logo.
            pad = max(6, round(0.15 * max(box[2] - box[0], box[3] - box[1])))
            cut = np.zeros(shape, dtype=bool)
            cut[max(0, box[1] - pad) : box[3] + pad, max(0, box[0] - pad) : box[2] + pad] = True
            rgb = _erase(rgb, cut & where, ~cut)
    canvas = Image.fromarray(np.clip(rgb, 0, 255, out=rgb).astype(np.uint8), "RGB").convert("RGBA")
    del rgb
    bounds = _bounds(where)
    if plan.copy == "replace" and plan.new_copy:
        area = _copy_area(old_box, bounds)
        around = np.asarray(canvas.convert("RGB"), dtype=np.float32)[
            area[1] : area[3], area[0] : area[2]
        ]
        mean = around.reshape(-1, 3).mean(axis=0) if around.size else np.zeros(3)
        behind: RGB = (int(mean[0]), int(mean[1]), int(mean[2]))
        fill, outline = _text_colours([behind])
        draw_text_block(canvas, plan.new_copy, area, fill, outline)
    if plan.logo == "add" and logo_ref is not None:
        left, top, right, bottom = bounds
        side = max(16, round(_LOGO_SHARE * min(right - left, bottom - top)))
        card = _card(logo_ref, side, side)
        margin = max(4, round(0.04 * min(right - left, bottom - top)))
        _paste_with_shadow(canvas, card, right - margin - card.width, bottom - margin - card.height)
    edited = canvas.convert("RGB")
    if region is not None:
        keep = Image.fromarray((~region).astype(np.uint8) * 255, "L")
        edited.paste(original, (0, 0), keep)
    if mode == "RGBA":
        out = edited.convert("RGBA")
        out.putalpha(picture.getchannel("A"))
        return out
    return edited


def edit(
    base: Image.Image,
    prompt: str,
    *,
    mask: Image.Image | None,
    references: Sequence[Image.Image],
    size: tuple[int, int] | None,
) -> Image.Image:
    """Apply what ``prompt`` asks to ``base``; only inside the mask when there is one.

    An instruction nothing here understands still changes the picture as it used to: a
    masked region is drawn afresh from the prompt, an unmasked picture is tinted towards
    the prompt's colours. No edit draws a caption.
    """
    target = base if size is None or size == base.size else _cover(base, *size)
    plan = parse_edit(prompt)
    region: Mask | None = None
    if mask is not None:
        chosen = edit_region(mask if mask.size == target.size else mask.resize(target.size))
        if chosen.getbbox() is None:
            mode = "RGBA" if "A" in target.getbands() else "RGB"
            return target.convert(mode)
        region = np.asarray(chosen) > 0
    if plan.understood:
        return apply_edit(target, plan, region=region, references=references)
    mode = "RGBA" if "A" in target.getbands() else "RGB"
    out = target.convert(mode)
    if region is None:
        colours = palette_for(prompt, [])
        tint = Image.new("RGBA", out.size, (*colours[0], 96))
        return Image.alpha_composite(out.convert("RGBA"), tint).convert(mode)
    chosen_region = Image.fromarray(region.astype(np.uint8) * 255, "L")
    bbox = chosen_region.getbbox()
    assert bbox is not None
    w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
    fill = compose(Scene(w, h, prompt, references), caption=False).convert(mode)
    out.paste(fill, bbox[:2], chosen_region.crop(bbox))
    return out


def partial_frames(final: Image.Image, count: int) -> list[Image.Image]:
    """``count`` previews of ``final``, each sharper than the one before."""
    frames: list[Image.Image] = []
    for i in range(count):
        factor = 2 ** (count - i + 1)
        small = final.resize(
            (max(1, final.width // factor), max(1, final.height // factor)),
            Image.Resampling.BILINEAR,
        )
        # blurring the small copy is as soft as blurring the full one, and far cheaper
        frames.append(
            small.filter(ImageFilter.GaussianBlur(1)).resize(final.size, Image.Resampling.BILINEAR)
        )
    return frames


def encode(image: Image.Image, output_format: str, compression: int | None) -> bytes:
    buffer = io.BytesIO()
    if output_format == "jpeg":
        image.convert("RGB").save(buffer, "JPEG", quality=compression or 90)
    elif output_format == "webp":
        image.save(buffer, "WEBP", quality=compression or 90)
    else:
        image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def flatten(image: Image.Image, transparent: bool) -> Image.Image:
    """Opaque outputs carry no alpha channel; transparent ones keep it."""
    if transparent or image.mode == "RGB":
        return image
    if "A" not in image.getbands():
        return image.convert("RGB")
    backdrop = Image.new("RGBA", image.size, (255, 255, 255, 255))
    return Image.alpha_composite(backdrop, image.convert("RGBA")).convert("RGB")
