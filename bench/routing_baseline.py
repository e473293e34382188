"""The offline planner's routing and copy before issue 14, kept as the bench's baseline.

A copy of the choice and copy rules of ``tools/offline/planner.py`` (and the quote finder
of ``tools/offline/textutil.py``) as they were before the routing sets existed, so
``python -m bench.routing`` measures the shipped planner against them in the same run.
Bench code only: nothing in the product imports it.
"""

from __future__ import annotations

import re

GENERATE = "generate_image"
EDIT = "edit_image"
CLARIFY = "ask_clarifying_question"
REPLY = "reply"
FINALIZE = "finalize_image"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_QUOTE_RE = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|「([^」\n]+)」|『([^』\n]+)』')
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
EDIT_WORDS = _words(
    "edit change replace remove add recolor recolour swap fix tweak put erase retouch adjust"
)
_EDIT_PHRASES = re.compile(
    r"\bmake (it|the|this)\b|\bturn (the|it|this)\b"
    r"|変更|変えて|修正|消して|削除|바꿔|변경|수정|지워|修改|更改|换成|删除|去掉"
    r"|बदलो|बदलें|हटाओ|हटाएं|পরিবর্তন|বদলাও|মুছে"
)
_FRESH = re.compile(r"\b(new|another|from scratch|fresh)\b")
CREATION_WORDS = _words(
    "make create generate design draw render banner banners poster posters image images "
    "picture photo post posts ad ads flyer flyers hero visual visuals illustration mockup "
    "thumbnail cover story stories reel reels header artwork graphic key"
)
_CREATION_INTL = re.compile(
    "作って|作成|デザイン|ポスター|バナー|ストーリー|投稿|画像|만들어|디자인|포스터|배너|스토리|게시물"
    "|이미지|制作|设计|生成|海报|横幅|故事|帖子|图片|बनाओ|बनाएं|बनाइए|डिज़ाइन|पोस्टर|बैनर|स्टोरी"
    "|पोस्ट|তৈরি|বানাও|ডিজাইন|পোস্টার|ব্যানার|স্টোরি|পোস্ট"
)
_SIZE_RE = re.compile(r"\b(\d{2,4})\s*[x×]\s*(\d{2,4})\b")
_FORMATS = [
    re.compile(r"\b(story|stories|reels?|vertical)\b|9:16|ストーリー|스토리|快拍|故事|स्टोरी|স্টোরি"),
    re.compile(r"\bportrait\b|4:5|縦長|세로형|竖版"),
    re.compile(r"\b(landscape|banner|banners|hero|header|wide|youtube)\b|16:9|バナー|배너|横幅|बैनर|ব্যানার"),
    re.compile(r"\b(square|post|posts|feed|instagram)\b|1:1|投稿|게시물|帖子|पोस्ट(?!र)|পোস্ট(?!া)"),
    re.compile(r"\b(a4|print|poster|posters|flyer|flyers)\b|ポスター|포스터|海报|पोस्टर|পোস্টার"),
]  # fmt: skip
_FINALIZE = re.compile(
    r"\bfinali[sz]e\b|\bfinal (version|render|cut|image|one)\b"
    r"|\b(high[- ]?quality|hi[- ]?res|high[- ]?res(olution)?|full[- ]quality) (version|render)\b"
)
_DRAFT_ID = re.compile(r"\b([0-9a-f]{8,64})\b")


def _tokens(text: str) -> set[str]:
    return {token.lower() for token in _TOKEN_RE.findall(text)}


def _has_format(text: str) -> bool:
    lowered = text.lower()
    return bool(_SIZE_RE.search(lowered)) or any(p.search(lowered) for p in _FORMATS)


def _creating(text: str) -> bool:
    return bool(CREATION_WORDS & _tokens(text)) or bool(_CREATION_INTL.search(text))


def _has_edit_words(text: str) -> bool:
    return bool(EDIT_WORDS & _tokens(text)) or bool(_EDIT_PHRASES.search(text))


def choose(text: str, *, attachments: int, mask: bool, current_image: bool) -> str:
    lowered = text.lower()
    has_draft = current_image or bool(_DRAFT_ID.search(lowered))
    if has_draft and _FINALIZE.search(lowered):
        return FINALIZE
    if attachments > 0 and mask:
        return EDIT
    fresh = _creating(lowered) and _FRESH.search(lowered)
    if _has_edit_words(lowered) and not fresh and (attachments > 0 or current_image):
        return EDIT
    if _creating(lowered):
        return GENERATE if _has_format(text) else CLARIFY
    return REPLY


def copy_text(text: str) -> str | None:
    spans: list[str] = []
    for match in _QUOTE_RE.finditer(text):
        span = next(group for group in match.groups() if group is not None).strip()
        if span:
            spans.append(span)
    return "\n".join(spans) if spans else None
