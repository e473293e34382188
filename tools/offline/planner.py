"""The deterministic decision planner behind atelier's five decision tools.

It reads the message layout of ``prompts/decide.py``: the text inside ``<brief>``, the
``<attachments count= mask=>`` and ``<current_image present=>`` markers and the
``<reference id= brand= kind=>`` entries. Only the brief decides the tool; reference
brands and descriptions are data used for similarity alone, so text inside them can never
change the decision. Rules, first match wins:

0. finalize_image: a current image and a finalize phrase ("finalize it", "make the final
   version", "high quality version of this", "final render", "hi-res version"); ``size``
   is the brief's format if it names one, ``asset`` a hex draft id (8+ digits) if given.
1. edit_image: attachments with a mask; or an edit verb (edit, change, replace, remove,
   add, recolour, swap, fix, tweak, put, "make it/the", "turn the", and a few per
   language for ja/ko/zh/hi/bn) with an attachment
   (target "attachment") or a current image (target "current"), unless the brief asks for
   something new from scratch.
2. generate_image: a creation word (make, create, design, banner, poster, post, story, ...,
   plus the same few words in ja/ko/zh/hi/bn) and a known format: an explicit WxH, or a
   format word mapped to a size (story/reel/9:16 864x1536, portrait/4:5 1024x1280,
   banner/hero/16:9 1536x864, square/post/1:1 1024x1024, poster/flyer/A4 1024x1440).
3. ask_clarifying_question: creation intent without a format.
4. reply: anything else.

``text`` is the quoted copy of the brief (straight, curly or CJK corner quotes), quality
is "high" only when the brief asks for a final / high-quality / hi-res render, and
``reference_ids`` are references whose kind, brand or description share words with the
brief, always every logo when the brief says "logo", else all listed (at most 4).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from prompts.decide import (
    ARGS_BY_TOOL,
    AskClarifyingQuestion,
    EditImage,
    FinalizeImage,
    GenerateImage,
    Reply,
)

from .textutil import content_tokens, quoted_strings, tokens, words

GENERATE = GenerateImage.tool
EDIT = EditImage.tool
CLARIFY = AskClarifyingQuestion.tool
REPLY = Reply.tool
FINALIZE = FinalizeImage.tool
DECISION_TOOLS = frozenset(ARGS_BY_TOOL)

CLARIFY_QUESTION = "Which format should it be?"
CLARIFY_OPTIONS = [
    "square post 1024x1024",
    "portrait 4:5 1024x1280",
    "story 9:16 864x1536",
    "landscape banner 16:9 1536x864",
]
MAX_REFERENCES = 4

EDIT_WORDS = words(
    "edit change replace remove add recolor recolour swap fix tweak put erase retouch adjust"
)
_EDIT_PHRASES = re.compile(
    r"\bmake (it|the|this)\b|\bturn (the|it|this)\b"
    r"|変更|変えて|修正|消して|削除|바꿔|변경|수정|지워|修改|更改|换成|删除|去掉"
    r"|बदलो|बदलें|हटाओ|हटाएं|পরিবর্তন|বদলাও|মুছে"
)
_FRESH = re.compile(r"\b(new|another|from scratch|fresh)\b")
CREATION_WORDS = words(
    "make create generate design draw render banner banners poster posters image images "
    "picture photo post posts ad ads flyer flyers hero visual visuals illustration mockup "
    "thumbnail cover story stories reel reels header artwork graphic key"
)
# Creation words in the other scripts atelier supports; matched as substrings because
# these scripts do not separate words with spaces (or attach particles to them).
_CREATION_INTL = re.compile(
    "作って|作成|デザイン|ポスター|バナー|ストーリー|投稿|画像|만들어|디자인|포스터|배너|스토리|게시물"
    "|이미지|制作|设计|生成|海报|横幅|故事|帖子|图片|बनाओ|बनाएं|बनाइए|डिज़ाइन|पोस्टर|बैनर|स्टोरी"
    "|पोस्ट|তৈরি|বানাও|ডিজাইন|পোস্টার|ব্যানার|স্টোরি|পোস্ট"
)
_SIZE_RE = re.compile(r"\b(\d{2,4})\s*[x×]\s*(\d{2,4})\b")
FORMAT_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(story|stories|reels?|vertical)\b|9:16|ストーリー|스토리|快拍|故事|स्टोरी|স্টোরি"
        ),
        "864x1536",
    ),
    (re.compile(r"\bportrait\b|4:5|縦長|세로형|竖版"), "1024x1280"),
    (
        re.compile(
            r"\b(landscape|banner|banners|hero|header|wide|youtube)\b|16:9"
            r"|バナー|배너|横幅|बैनर|ব্যানার"
        ),
        "1536x864",
    ),
    (
        re.compile(
            r"\b(square|post|posts|feed|instagram)\b|1:1|投稿|게시물|帖子|पोस्ट(?!र)|পোস্ট(?!া)"
        ),
        "1024x1024",
    ),
    (
        re.compile(r"\b(a4|print|poster|posters|flyer|flyers)\b|ポスター|포스터|海报|पोस्टर|পোস্টার"),
        "1024x1440",
    ),
]
_HIGH = re.compile(r"\bfinal\b|\bhigh[- ]?quality\b|\bhi[- ]?res\b|\bhigh[- ]?res(olution)?\b")
_FINALIZE = re.compile(
    r"\bfinali[sz]e\b|\bfinal (version|render|cut|image|one)\b"
    r"|\b(high[- ]?quality|hi[- ]?res|high[- ]?res(olution)?|full[- ]quality) (version|render)\b"
)
_DRAFT_ID = re.compile(r"\b([0-9a-f]{8,64})\b")
_THANKS = re.compile(r"\b(thanks|thank you|thx|cheers)\b")

_BRIEF_RE = re.compile(r"<brief>\s*(.*?)\s*</brief>", re.S)
_ATTACH_RE = re.compile(r'<attachments count="(\d+)" mask="(true|false)"\s*/>')
_CURRENT_RE = re.compile(r'<current_image present="(true|false)"\s*/>')
_JSON_STR = r'"(?:[^"\\]|\\.)*"'
_REF_RE = re.compile(
    rf'<reference id="([^"]*)" brand=({_JSON_STR}) kind="([^"]*)">({_JSON_STR})</reference>'
)


@dataclass(frozen=True)
class Reference:
    id: str
    brand: str
    kind: str
    description: str


@dataclass
class Brief:
    """What the planner knows about one decision request."""

    text: str
    attachments: int = 0
    mask: bool = False
    current_image: bool = False
    references: list[Reference] = field(default_factory=list)


def _json_str(raw: str) -> str:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return raw.strip('"')
    return value if isinstance(value, str) else str(value)


def parse_message(message: str) -> Brief:
    brief_match = _BRIEF_RE.search(message)
    text = brief_match.group(1) if brief_match else message.strip()
    attach = _ATTACH_RE.search(message)
    current = _CURRENT_RE.search(message)
    refs = [
        Reference(m.group(1), _json_str(m.group(2)), m.group(3), _json_str(m.group(4)))
        for m in _REF_RE.finditer(message)
    ]
    return Brief(
        text=text,
        attachments=int(attach.group(1)) if attach else 0,
        mask=bool(attach and attach.group(2) == "true"),
        current_image=bool(current and current.group(1) == "true"),
        references=refs,
    )


def answer_text(output: Any) -> str:
    """The user's answer inside a function_call_output: JSON {"answer": ...} or plain text."""
    if isinstance(output, list):
        return " ".join(
            str(part.get("text", "")) for part in output if isinstance(part, dict)
        ).strip()
    text = str(output)
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return text.strip()
    if isinstance(value, dict):
        for key in ("answer", "text", "choice", "value"):
            if isinstance(value.get(key), str):
                return str(value[key]).strip()
        strings = [v for v in value.values() if isinstance(v, str)]
        return strings[0].strip() if strings else text.strip()
    return value.strip() if isinstance(value, str) else text.strip()


def size_for(text: str) -> str | None:
    lowered = text.lower()
    explicit = _SIZE_RE.search(lowered)
    if explicit:
        width, height = (max(16, round(int(g) / 16) * 16) for g in explicit.groups())
        return f"{width}x{height}"
    for pattern, size in FORMAT_RULES:
        if pattern.search(lowered):
            return size
    return None


def _is_edit(brief: Brief) -> str | None:
    """The edit target when the brief is an edit, else None."""
    lowered = brief.text.lower()
    if brief.attachments > 0 and brief.mask:
        return "attachment"
    if not has_edit_words(lowered):
        return None
    if _creating(lowered) and _FRESH.search(lowered):
        return None
    if brief.attachments > 0:
        return "attachment"
    if brief.current_image:
        return "current"
    return None


def _creating(text: str) -> bool:
    return bool(CREATION_WORDS & set(tokens(text))) or bool(_CREATION_INTL.search(text))


def has_edit_words(text: str) -> bool:
    """True when ``text`` (lower-cased) asks to change something."""
    return bool(EDIT_WORDS & set(tokens(text))) or bool(_EDIT_PHRASES.search(text))


def is_finalize(brief: Brief) -> bool:
    """A request for the final render of an existing draft."""
    lowered = brief.text.lower()
    has_draft = brief.current_image or bool(_DRAFT_ID.search(lowered))
    return has_draft and bool(_FINALIZE.search(lowered))


def choose(brief: Brief) -> str:
    if is_finalize(brief):
        return FINALIZE
    if _is_edit(brief):
        return EDIT
    if _creating(brief.text.lower()):
        return GENERATE if size_for(brief.text) else CLARIFY
    return REPLY


def copy_text(brief: Brief) -> str | None:
    spans = quoted_strings(brief.text)
    return "\n".join(spans) if spans else None


def quality(brief: Brief) -> str:
    return "high" if _HIGH.search(brief.text.lower()) else "low"


def reference_ids(brief: Brief) -> list[str]:
    words = content_tokens(brief.text)
    scored: list[tuple[int, int, str]] = []
    logos: list[str] = []
    wants_logo = "logo" in words or "logos" in words
    for order, ref in enumerate(brief.references):
        if wants_logo and ref.kind.lower() == "logo":
            logos.append(ref.id)
            continue
        overlap = len(words & content_tokens(f"{ref.kind} {ref.brand} {ref.description}"))
        if overlap:
            scored.append((-overlap, order, ref.id))
    chosen = logos + [ident for _, _, ident in sorted(scored)]
    if not chosen:
        return [ref.id for ref in brief.references[:MAX_REFERENCES]]
    return chosen[: max(MAX_REFERENCES, len(logos))]


def reply_message(brief: Brief) -> str:
    lowered = brief.text.lower()
    if _THANKS.search(lowered):
        return "You're welcome! Tell me what to make next."
    if has_edit_words(lowered):
        return (
            "Which image should I change? Attach it, or ask me to make one first, "
            "then tell me what to change."
        )
    return (
        "I make and edit on-brand images. Describe the visual and its format "
        "(square post, story, banner or poster) and I will draft it."
    )


_KIND_WORDS: dict[str, re.Pattern[str]] = {
    "logo": re.compile(r"\blogos?\b|ロゴ|로고|标志|徽标|लोगो|লোগো", re.IGNORECASE),
    "product": re.compile(r"\bproduct (?:shot|photo|image)s?\b|\bpack ?shots?\b", re.I),
    "palette": re.compile(r"\bpalettes?\b|\bbrand colou?rs\b|\bswatch(?:es)?\b", re.I),
    "style": re.compile(r"\bstyle frames?\b|\bmood ?boards?\b|\blook and feel\b", re.I),
    "photo": re.compile(r"(?<!product )\bphoto(?:graph)?s?\b|\blifestyle shots?\b", re.I),
    "font-sample": re.compile(r"\bfonts?\b|\btypefaces?\b|\btypography\b", re.I),
}


def reference_kinds(brief: Brief) -> list[str]:
    """The kinds of brand reference the brief asks for in words, in a fixed order."""
    return [kind for kind, pattern in _KIND_WORDS.items() if pattern.search(brief.text)]


def arguments(tool: str, brief: Brief) -> dict[str, Any]:
    """Arguments for ``tool`` from the brief, whichever tool was chosen or forced.

    Built through the tool's own argument model, so they are what a strict model sends.
    """
    model = ARGS_BY_TOOL.get(tool)
    if model is None:
        return {}
    raw: dict[str, Any]
    if tool == GENERATE:
        raw = {
            "prompt": brief.text,
            "size": size_for(brief.text) or "1024x1024",
            "quality": quality(brief),
            "text": copy_text(brief),
            "reference_ids": reference_ids(brief),
            "reference_kinds": reference_kinds(brief),
        }
    elif tool == EDIT:
        raw = {
            "prompt": brief.text,
            "target": _is_edit(brief) or ("attachment" if brief.attachments else "current"),
            "quality": quality(brief),
            "text": copy_text(brief),
            "reference_ids": reference_ids(brief),
            "reference_kinds": reference_kinds(brief),
        }
    elif tool == CLARIFY:
        raw = {"question": CLARIFY_QUESTION, "options": list(CLARIFY_OPTIONS)}
    elif tool == REPLY:
        raw = {"message": reply_message(brief)}
    else:
        draft = _DRAFT_ID.search(brief.text.lower())
        raw = {"size": size_for(brief.text), "asset": draft.group(1) if draft else None}
    return model.model_validate(raw).model_dump()
