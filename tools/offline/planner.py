"""The deterministic planner behind atelier's decision tools and lookup tools, offline.

It reads the message layout of ``prompts/decide.py``: the text inside ``<brief>``, the
``<attachments count= mask=>`` and ``<current_image present=>`` markers and the
``<reference id= brand= kind=>`` entries. Only the brief decides the tool; reference
brands and descriptions are data used for similarity alone, so text inside them can never
change the decision.

The method, chosen by measurement on tests/data/routing/ (``python -m bench.routing``):
a few kinds of cue, each a small lexicon in the six languages atelier writes (English and
Latin-script, Japanese, Korean, Chinese, Hindi, Bengali), and two slot checks that remove
the request's own words and look at what is left (is there a subject? is there an
instruction?). First match wins:

1. lookups, for questions about this work: why something was held or refused
   (lookup_holds); which references are approved (lookup_references); what "that" image
   cost or what was made here (lookup_images); spend, today, the session, the budget
   (lookup_spend). A price question about nothing made yet is a reply.
2. finalize_image: a draft (the current image or a hex draft id) and a finalize phrase
   ("final version", "print-ready", 最終版, 최종본, 定稿, फ़ाइनल, ফাইনাল), unless the brief
   is a whole new visual with its own subject.
3. edit_image: a change verb with a target (an attachment, else the current image), or an
   attachment with a mask; a bare "change it" says nothing to change: clarify.
4. reply: thanks, greetings and small talk, questions about what atelier can do.
5. generate_image when the brief wants a visual (a creation verb or a visual noun) and
   names both a subject (anything left once the request's own words are removed; copy
   counts) and a format (WxH, a ratio or a format word); clarify when either is missing,
   asking for what is missing.
6. with a target and an instruction but no other cue: edit; a change verb and no image:
   reply (say what to attach); anything else: reply.

Then a learned second look (``route_head``: a linear head over the brief's character
n-grams and its context, trained on the same labelled files) may overrule the rules when it
prefers another tool by a clear margin; it never turns the rules' question about a missing
subject or format into a render.

``text`` is the copy (``textutil.copy_spans``: every quote style and cue form, or the
part after a colon that follows the visual's own description), quality is "high" only
when the brief asks for a final / high-quality / hi-res render, and ``reference_ids`` are
references whose kind, brand or description share words with the brief, always every logo
when the brief says "logo", else all listed (at most 4).

When a lookup's output comes back (a ``function_call_output`` for a lookup call), the
engine asks ``lookup_reply`` for the answer: it states the figures of that output.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from prompts.decide import (
    ARGS_BY_TOOL,
    LOOKUP_BY_TOOL,
    LOOKUP_OUTPUTS,
    AskClarifyingQuestion,
    Budget,
    EditImage,
    FinalizeImage,
    GenerateImage,
    HoldsOutput,
    ImagesOutput,
    LookupHolds,
    LookupImages,
    LookupReferences,
    LookupSpend,
    ReferencesOutput,
    Reply,
    SpendOutput,
    usd,
)
from tools.negative_prompt import NEGATIVE_PROMPT
from tools.pricing import DEFAULT_PRICES

from . import route_head
from .textutil import (
    CHANGE_OF_MIND,
    CHAT_WORDS,
    asks_for_no_text,
    bullet_lead,
    caps_changed,
    content_tokens,
    copy_carried_over,
    copy_spans,
    describes_look,
    emoji_marks,
    fixes_a_word_of,
    gloss_cut,
    goes_on_with_brief,
    is_job_field,
    is_style_note,
    label_pieces,
    last_change_of_mind,
    normalise_cues,
    place_label,
    quoted_strings,
    removes_quoted,
    split_lines,
    spoken_quotes,
    strip_envelope,
    translation_asked,
    unquote,
    was_before,
    whole_line,
    without_quotes,
)

GENERATE = GenerateImage.tool
EDIT = EditImage.tool
CLARIFY = AskClarifyingQuestion.tool
REPLY = Reply.tool
FINALIZE = FinalizeImage.tool
LOOKUP_IMAGES = LookupImages.tool
LOOKUP_SPEND = LookupSpend.tool
LOOKUP_REFERENCES = LookupReferences.tool
LOOKUP_HOLDS = LookupHolds.tool
LOOKUP_TOOLS = frozenset(LOOKUP_BY_TOOL)
# Every tool this planner chooses and builds arguments for.
DECISION_TOOLS = frozenset(ARGS_BY_TOOL) | LOOKUP_TOOLS

CLARIFY_QUESTION = "Which format should it be?"
SUBJECT_QUESTION = "What should it show or promote?"
BOTH_QUESTION = "What should it show or promote, and in which format?"
CHANGE_QUESTION = "What should I change in the image?"
CLARIFY_OPTIONS = [
    "square post 1024x1024",
    "portrait 4:5 1024x1280",
    "story 9:16 864x1536",
    "landscape banner 16:9 1536x864",
]
CHANGE_OPTIONS = ["the background", "the colours", "the copy", "add or remove an element"]
MAX_REFERENCES = 4


# Letters of the scripts whose words are separated by spaces (Latin, Hangul, Devanagari,
# Bengali), vowel signs included: \b alone would see a break at every Indic vowel sign.
_WORD = r"\w\u0900-\u0963\u0966-\u09FF\uAC00-\uD7A3'"  # the danda (।, ॥) ends a word
# A Latin word ends where Latin letters and digits do: "banner" in 双十一的banner, "16:9" in
# 用に16:9で and "post" in post로 are words of their own.
_LATIN_WORD = r"A-Za-z0-9_\u00c0-\u024f'"


def cues(*phrases: str) -> re.Pattern[str]:
    """One pattern for many phrases: Latin ones as whole words, others as substrings.

    Japanese and Chinese do not put spaces between words, Korean attaches particles to
    them and Hindi and Bengali inflect verbs, so a cue in those scripts matches inside a
    longer word ("बदल" in "बदलो", "만들" in "만들어").
    """
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrase.isascii():
            parts.append(rf"(?<![{_LATIN_WORD}])" + phrase + rf"(?![{_LATIN_WORD}])")
        else:
            parts.append(phrase)
    return re.compile("|".join(parts), re.IGNORECASE)


def whole_words(*words: str) -> re.Pattern[str]:
    """Whole words of any space-separated script: "एक" but not the "एक" of "एकता"."""
    body = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![{_WORD}])(?:{body})(?![{_WORD}])", re.IGNORECASE)


# --- the lexicons -----------------------------------------------------------------------

# A visual named by its purpose: "something to promote the flea market", 告知用, 홍보용.
_PURPOSE = (
    "promo", "promote", "promoting", "advertise", "advertising", "告知用", "宣伝用", "販促用",
    "告知したい", "宣伝したい", "홍보용", "홍보할", "홍보하", "광고용", "宣传用", "推广用",
    "宣传一下", "推广一下", "प्रचार के लिए", "प्रमोशन के लिए", "प्रमोट", "promote karne",
    "promotion ke liye",
    "প্রচারের জন্য", "প্রমোশনের জন্য", "প্রমোট", "promote korte", "promotion er jonno",
)  # fmt: skip
# A visual is wanted: creation verbs and the nouns of visuals.
CREATE = cues(
    "make", "create", "generate", "design", "draw", "render", "produce", "mock up",
    "come up with", "put together", "whip up", "carousel", "slide", "leaflet", "brochure",
    "कैरोसेल", "कैरसेल", "ক্যারোসেল", "カルーセル", "캐러셀", "轮播图",
    "billboard", "card", "cards", "postcard", "invitation", "invite", "save-the-date", "menu",
    "voucher", "coupon", "sticker", "stickers", "signage", "mailer",
    "crea", "crear", "haz", "hazme", "diseña", "diseñar", "crée", "créer", "fais", "faire",
    "erstelle", "erstellen", "mach", "mache", "gestalte", "entwirf", "faça", "crie", "criar",
    "imagen", "cartel", "affiche", "bannière", "visuel", "Bild", "Plakat", "imagem", "cartaz",
    "banao", "bana do", "banaiye", "banana", "baniye dao", "toiri koro",
    "image", "images", "picture", "pictures", "pic", "pics", "photo", "visual", "visuals",
    "graphic",
    "graphics", "illustration", "artwork", "mockup", "thumbnail", "cover", "ad", "ads",
    "thumb", "thumbs", "smth", "sth", "smthg", "somethin", "graphix",
    # A picture wanted, in romanised Bengali and Hindi: "ekta chobi chai", "ek tasveer chahiye".
    "chobi chai", "ekta chobi", "tasveer chahiye", "chobi lagbe", "chhobi chai", "ekta chhobi",
    "chhobi lagbe", "tasvir chahiye", "ek tasvir", "বানিয়ে", "বানাবেন", "বানাতে", "baniye",
    "banaben", "ek tasveer", "photo chahiye", "image chahiye", "banate hobe",
    "banano", "banabo", "toiri korte",
    "ছবি চাই", "একটা ছবি", "तस्वीर चाहिए", "एक तस्वीर", "इमेज चाहिए", "फोटो चाहिए",
    "hoarding", "hoardings", "होर्डिंग", "হোর্ডিং", "看板", "野立て", "빌보드", "옥외 광고",
    "옥외광고",
    "广告牌", "廣告牌", "户外广告", "戶外廣告",
    "advert", "banner", "banners", "poster", "posters", "flyer", "flyers", "post", "posts",
    "story", "stories", "reel", "reels", "header", "hero", "key visual", "something",
    "뭔가", "कुछ", "কিছু",
    "作って", "作っと", "作成", "作る", "デザイン", "描いて", "生成", "画像", "イラスト",
    "ビジュアル", "用意して", "リール", "フライヤー", "作れ", "作り",
    "広告", "ポスター", "バナー", "チラシ", "投稿", "ストーリー", "サムネ",
    "만들어", "만들", "제작", "디자인", "그려", "생성", "이미지", "그림", "광고", "포스터",
    "릴스", "전단지", "카드뉴스", "뽑아", "카드", "초대장", "메뉴판",
    "배너", "게시물", "스토리", "썸네일",
    "做", "制作", "设计", "生成", "画", "图片", "图", "海报", "横幅", "帖子", "故事", "广告",
    "出一张", "来一张", "来张", "来个", "来一个", "传单", "长图", "配图",
    "封面", "插画", "渲染", "整一张", "整一个", "弄一张", "出个", "出张", "卡片", "贺卡", "邀请函",
    "视觉", "視覺", "비주얼", "विज़ुअल", "विजुअल", "ভিজ্যুয়াল",
    "菜单", "製作", "設計", "圖片", "圖", "海報", "橫幅", "貼文", "廣告", "傳單", "幫我做",
    "カード", "招待状", "メニュー",
    "बनाओ", "बनाइए", "बनाएं", "बनाएँ", "बना", "डिज़ाइन", "डिजाइन", "तस्वीर", "इमेज", "चित्र",
    "तैयार करो", "तैयार कीजिए", "रील", "फ्लायर", "पर्चा", "कार्ड", "निमंत्रण",
    "पोस्टर", "बैनर", "पोस्ट", "स्टोरी", "विज्ञापन", "थंबनेल", "থাম্বনেইল",
    "বানাও", "বানান", "বানিয়ে", "তৈরি", "ডিজাইন", "ছবি", "ইমেজ", "পোস্টার", "ব্যানার",
    "রিল", "ফ্লায়ার", "লিফলেট", "কার্ড", "আমন্ত্রণপত্র", "মেনু",
    "পোস্ট", "স্টোরি", "বিজ্ঞাপন",
    *_PURPOSE,
)  # fmt: skip
# A visual named with an article: "a poster", "an image" (a request, not a capability).
VISUAL_WITH_ARTICLE = re.compile(
    r"\b(?:a|an|one|our|the)\s+(?:[\w-]+\s+){0,3}?(?:image|picture|photo|visual|graphic|"
    r"illustration|banner|poster|flyer|post|story|reel|ad|thumbnail|cover|header)\b"
    r"|(?:이미지|포스터|배너|그림|썸네일|게시물)\s*(?:하나|한\s*장|한\s*개)",
    re.IGNORECASE,
)
# "1920x500", "1920×500", "1920*500" (Chinese briefs often write the star), "1920X500".
# A full stop after the size ends the sentence ("…, 460x215."); a decimal point does not.
_SIZE_RE = re.compile(r"(?<![\d.])(\d{2,4})\s*[xX×*＊]\s*(\d{2,4})(?!\d|\.\d)")
FORMAT_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        cues("story", "stories", "reel", "reels", "vertical", "9:16", "tiktok", "shorts",
             "ストーリー", "リール", "縦動画", "ティックトック", "스토리", "릴스", "틱톡", "快拍",
             "故事", "抖音", "竖屏", "限時動態", "限时动态", "限動", "豎屏", "स्टोरी", "रील",
             "whatsapp status", "wa status", "स्टेटस", "স্ট্যাটাস", "ステータス", "상태 메시지",
             "टिकटॉक", "টিকটক", "স্টোরি", "রিল"),
        "864x1536",
    ),
    (
        cues("portrait", "4:5", "3:4", "2:3", "pinterest", "pin", "pins", "縦長", "縦型",
             "ピンタレスト",
             "세로형", "세로", "핀터레스트", "竖版", "竖图", "豎圖", "小红书", "पोर्ट्रेट", "वर्टिकल",
             "पिंटरेस्ट", "পোর্ট্রেট", "পিন্টারেস্ট",
             # Roll-up stands are tall prints.
             "standee", "roll-up", "rollup", "roll up banner", "pull-up banner", "x-banner",
             "スタンドバナー", "ロールアップバナー", "등신대", "엑스배너", "X배너", "易拉宝",
             "易拉寶", "展架", "स्टैंडी", "स्टैंडी बैनर", "স্ট্যান্ডি", "রোল-আপ",
             # Store listing screenshots are phone-shaped.
             "app store screenshot", "store screenshot", "play store screenshot",
             "アプリストア用スクショ", "스토어 스크린샷", "应用商店截图", "商店截图"),
        "1024x1280",
    ),
    (
        cues("landscape", "banner", "banners", "hero", "header", "wide", "youtube", "yt",
             "thumb", "thumbs",
             "thumbnail", "cover", "16:9", "4:3", "3:2", "21:9", "horizontal", "billboard",
             "linkedin", "twitter", "email header", "web banner", "バナー", "横長", "横型",
             "サムネ", "カバー", "ヘッダー", "ユーチューブ", "リンクトイン", "배너", "가로형",
             # ... not the 가 ending a price (특가, 정가) before 로: "제목을 여름 특가로".
             "(?<![가-힣])가로",
             "썸네일", "커버", "헤더", "유튜브", "링크드인", "横幅", "横版", "封面", "橫幅", "橫版",
             "缩略图", "头图", "油管", "领英", "बैनर", "थंबनेल", "हॉरिज़ॉन्टल", "कवर", "हेडर",
             "यूट्यूब", "लिंक्डइन", "ব্যানার", "থাম্বনেইল", "কভার", "হেডার", "ইউটিউব",
             "লিংকডইন", "tweet", "ツイッター", "ツイート", "트위터", "트윗", "推特", "推文",
             "ट्विटर", "টুইটার", "hoarding", "hoardings", "होर्डिंग", "হোর্ডিং",
             "看板(?!猫|娘|犬|商品|メニュー)", "野立て",
             "빌보드", "옥외 ?광고", "广告牌", "廣告牌", "户外广告", "戶外廣告", "户外大牌",
             "戶外大牌", "大牌", "围挡", "圍擋", "feature graphic", "피처 그래픽", "capsule image",
             # A Weibo image is shaped like a tweet's; 横图 is a wide picture.
             "微博", "横图", "橫圖", "横屏", "橫屏"),
        "1536x864",
    ),
    (
        cues("square", "post", "posts", "feed", "instagram", "insta", "ig", "facebook", "fb",
             "1:1",
             "carousel", "貼文", "臉書",
             # a carousel, and insta, spelt in the script of the brief
             "इंस्टा", "कैरोसेल", "कैरसेल", "ইনস্টা", "ক্যারোসেল", "カルーセル", "캐러셀", "轮播图",
             "avatar", "profile picture", "profile pic", "profile photo", "profile image",
             "kakaotalk", "kakao", "카카오톡", "카톡", "프로필", "プロフィール", "アイコン", "头像",
             "頭像", "प्रोफ़ाइल", "प्रोफाइल", "প্রোফাইল", "投稿", "正方形", "インスタ", "フェイスブック",
             "게시물", "정사각형", "정사각", "인스타그램", "인스타", "페이스북", "카드뉴스",
             "帖子", "方形", "方图", "朋友圈", "脸书", "पोस्ट(?!र)", "इंस्टाग्राम", "फेसबुक",
             "स्क्वेयर", "পোস্ট(?!া)", "ইনস্টাগ্রাম", "ফেসবুক", "স্কয়ার", "স্কোয়ার", "বর্গাকার",
             # Messaging apps: an image sent in a chat or a LINE rich message is square.
             "(?-i:LINE)", "rich message", "リッチメッセージ", "리치 ?메시지", "whatsapp",
             "wechat", "telegram", "微信", "テレグラム", "텔레그램", "व्हाट्सएप", "व्हाट्सऐप",
             "হোয়াটসঅ্যাপ",
             # Shop listings: a marketplace's main product image is square.
             "listing image", "listing photo", "product listing", "amazon listing",
             "etsy listing", "主图", "主圖", "商品主图", "商品画像",
             # ... but "할인 상품 이미지" is a picture of the products on offer.
             "(?<!할인 )(?<!세일 )(?<!특가 )(?<!행사 )상품 ?이미지"),
        "1024x1024",
    ),
    (
        cues("a4", "a3", "a5", "a2", "a1", "b2", "b3", "b4", "print", "poster", "posters",
             "flyer", "flyers", "leaflet", "welcome board", "ウェルカムボード", "웰컴보드",
             "迎宾牌", "迎賓牌",
             "brochure", "(?<!credit )(?<!debit )(?<!contactless )(?<!bank )(?<!sim )card",
             "cards", "postcard", "invitation", "invite", "menu",
             "save-the-date", "(?<![\\d.])\\d{1,2}\\s*[x×]\\s*\\d{1,2}(?![\\d.])", "cartel",
             "affiche", "Plakat", "cartaz", "カード", "招待状", "メニュー", "카드", "초대장",
             "메뉴판", "卡片", "贺卡", "邀请函", "菜单", "海報", "傳單", "कार्ड", "निमंत्रण",
             "কার্ড", "আমন্ত্রণপত্র", "মেনু", "ポスター", "チラシ", "フライヤー", "포스터", "전단",
             "海报", "传单",
             "पोस्टर", "पर्चा", "फ्लायर", "পোস্টার", "লিফলেট", "ফ্লায়ার",
             # A press ad, or the share of the page it takes: "newspaper ad half page",
             # 新聞広告, 신문 광고, 报纸广告 半版, "akhbar ka ad", পত্রিকার বিজ্ঞাপন.
             "newspaper ad", "newspaper advert", "magazine ad", "press ad", "print ad",
             "full page", "full-page", "half page", "half-page", "quarter page", "新聞広告",
             "雑誌広告", "全面広告", "半面広告", "신문 ?광고", "잡지 ?광고", "전면 ?광고",
             "报纸广告", "報紙廣告", "杂志广告", "雜誌廣告", "整版广告", "半版", "整版",
             # ... the paper named with the ad, not alone: a picture may show someone
             # reading one.
             "(?:अख़बार|अखबार)\\s*(?:का|के|में)?\\s*(?:विज्ञापन|ऐड|एड)",
             "(?:akhbar|akhbaar|newspaper)\\s+(?:ka\\s+|ke\\s+|me\\s+|mein\\s+)?"
             "(?:ad|advert|vigyapan)",
             "(?:পত্রিকা|খবরের কাগজ)(?:র|য়|ে)?\\s*(?:বিজ্ঞাপন|অ্যাড|এড)",
             "(?:potrika|khoborer\\s+kagoj)(?:r|y|e)?\\s+(?:ad|bigyapon|biggapon)"),
        "1024x1440",
    ),
]  # fmt: skip
EDIT_VERBS = cues(
    "edit", "change", "replace", "remove", "add", "recolor", "recolour", "swap", "fix",
    "tweak", "put", "erase", "kill", "ditch", "retouch", "adjust", "modify", "move", "crop",
    "brighten", "darken", "delete", "insert", "fill", "make it", "make the", "make this",
    "make that", "turn it", "turn the", "turn this", "lighten", "sharpen", "blur", "shift",
    "rotate",
    # a person in the picture changed: "make her lab coat plain white", "make him smile"
    "make her", "make him", "make his", "make their", "make them",
    # the change wished in the passive: "wants it turned into a winter morning"
    "it turned into", "it changed to", "it changed into", "it made into", "them turned into",
    # a line on the image said to read otherwise from now: "the date should now say 12 June"
    "should now say", "should now read", "must now say", "must now read", "now needs to say",
    "now needs to read",
    "enlarge", "shrink", "tone down", "boost", "warm up", "cool down", "clean up",
    "get rid of", "take out", "swap out", "update", "correct", "redo", "rework", "alter",
    "잘라", "자르", "크롭", "トリミング", "切り抜", "裁剪", "裁成", "ক্রপ", "क्रॉप", "পাল্টে",
    "剪成", "剪裁", "剪一下",
    "বদলে", "করে দিন", "rather than", "instead of", "じゃなくて", "じゃなく", "ではなく", "말고",
    "而不是", "এর বদলে", "bodole",
    # "take the price tags off the mugs", "get the cables out of the shot".
    "take(?:\\s+[\\w'-]+){1,4}\\s+(?:off|out|away)", "get(?:\\s+[\\w'-]+){1,4}\\s+out\\s+of",
    "increase", "decrease", "reduce", "resize", "flip", "mirror", "bigger", "smaller",
    "ändern", "ändere", "änder", "ersetze", "ersetzen", "entferne", "entfernen", "tausche",
    "cambia", "cambiar", "cambie", "quita", "quitar", "elimina", "reemplaza", "modifica",
    "changer", "changez", "remplace", "remplacez", "enlève", "supprime", "troque", "mude",
    "altere", "remova", "tire", "消しといて", "消しとい", "消し", "変えといて", "替えて",
    "redo", "やり直", "다시 해", "다시 만들", "重新", "重做", "फिर से बना", "আবার কর",
    "変え", "変更", "修正", "消して", "削除", "追加", "入れ替", "差し替", "直して", "編集",
    "調整", "明るく", "暗く", "くして", "にして", "移動", "入れて", "取って", "除いて",
    "大きく", "小さく", "直す", "なおして", "なおす", "なおし",
    "바꿔", "바꾸", "변경", "수정", "지워", "삭제", "추가", "넣어", "편집", "조정", "(?<=게) 해",
    "(?<=게) ?만들", "옮겨", "키워", "줄여", "없애", "빼 줘", "빼줘", "고쳐",
    "改", "换", "修改", "更改", "删除", "去掉", "加上", "添加", "调", "编辑", "移到", "把",
    "放大", "缩小", "去除", "删掉", "变成", "加个", "加一个",
    "kar do", "kar dijiye", "karo", "badal do", "badlo", "badal de", "hata do", "hatao",
    "likh do", "likho", "likh de", "likhe dao", "likhe din", "kore dao", "koro",
    "লিখে দিন", "লিখে দাও", "লিখুন", "লেখো", "लिख दो", "लिखो", "लिख दीजिए", "लिखें",
    "daal do", "dalo", "laga do", "lagao", "bada karo", "chhota karo", "badal dijiye",
    "badal", "bodle", "hata",
    "badlo na", "bodlao", "bodle dao", "bodlan", "bodle din", "bodlaw", "change koro",
    "change karo", "change kar do", "change kore dao",
    "बदल", "हटा", "जोड़", "एडिट", "ठीक कर", "कर दो", "करो", "कीजिए", "करें", "लगाओ",
    "डालो", "बड़ा", "छोटा",
    "বদল", "মুছে", "সরাও", "যোগ কর", "এডিট", "ঠিক কর", "করে দাও", "(?<!তৈরি )করো",
    "সরিয়ে", "বসাও", "বড় কর", "ছোট কর", "পাল্টা", "palta", "paltao", "palte dao",
    # ... taken away, as romanised Bengali says it: "oigulo soriye dao", "muchhe din".
    "(?:soriye|shoriye|sorie|shorie|muchhe|muche|bad)\\s+(?:dao|din|den|diyo|deben|dite)",
    "পালটা",
    # "add a little": 加一点, 足して, 더해, थोड़ा डाल, একটু লাগাও.
    "加一点", "加一點", "加点", "加點", "加些", "加入", "增加", "多加", "添上", "放上", "放一些",
    "放点", "足して", "加えて", "付け足", "載せて", "더해", "붙여", "लगा दो", "डाल दो",
    "লাগাও", "লাগিয়ে", "বসিয়ে",
    # Putting something on it: "boshao", বসান, रख दो; a tone or colour asked for in Korean
    # ("따뜻한 톤으로 해주세요", "더 밝은 느낌으로 해 줘").
    "boshao", "bosao", "boshan", "bosan", "boshiye dao", "bosiye dao", "boshiye din",
    "bosiye din", "lagiye dao", "lagiye din", "বসান", "রেখে দাও", "রেখে দিন", "rakh do",
    "रख दो", "रख दीजिए",
    # More or less of something: "brightness badha do", কমিয়ে দাও.
    "badha do", "badhao", "badha dijiye", "kam kar do", "kam karo", "ghata do", "बढ़ा दो",
    "बढ़ाओ", "बढ़ा दीजिए", "कम कर दो", "कम करो", "घटा दो", "bariye dao", "bariye din",
    "baraye dao", "komiye dao", "komiye din", "বাড়িয়ে দাও", "বাড়িয়ে দিন", "বাড়াও", "কমিয়ে দাও",
    "কমিয়ে দিন", "কমাও",
    "(?:톤|색|색감|느낌|분위기|색깔|컬러)(?:으로|로)\\s*(?:해|바꿔|만들어)",
    # English verbs in the other scripts: チェンジして, 체인지해, चेंज करो, চেঞ্জ করো.
    "チェンジ", "체인지", "에디트", "चेंज", "चेन्ज", "फिक्स", "रिमूव", "চেঞ্জ", "চেইঞ্জ",
    "ফিক্স", "রিমুভ",
    # Lighter, darker, brighter: हल्का करो, halka kar do, হালকা করুন, গাঢ় করে দিন.
    "हल्का कर", "गहरा कर", "halka kar", "gehra kar", "হালকা কর", "গাঢ় কর", "উজ্জ্বল কর",
    "halka kor", "ujjol kor",
    # "Make it …" in Hindi and Bengali: "it" as the object of a verb of making (इसे और
    # चमकीला बनाओ, isko bada banao, এটাকে উজ্জ্বল বানাও).
    "(?:इसे|इसको)(?=\\s+(?:\\S+\\s+){0,3}?बना)", "(?:এটাকে|এটা)(?=\\s+(?:\\S+\\s+){0,3}?বানা)",
    "(?:isko|ise|isse)(?=\\s+(?:\\S+\\s+){0,3}?bana)",
    "(?:etake|eta)(?=\\s+(?:\\S+\\s+){0,3}?bana)",
    # Verbs of writing: copy to add to the image.
    "書いて", "써 줘", "써줘", "적어", "写上", "寫上", "लिखो", "लिख दो", "लिखें", "লিখে দাও",
    "লেখো", "লিখুন",
    # "A की जगह B लिखिए": one copy written in place of another.
    "की जगह", "ki jagah", "लिखिए", "कर दीजिए", "कर दीजिये",
)  # fmt: skip
# Change words that say the change themselves: "brighten it", "crop it", 明るくして,
# 放大一点, इसे बड़ा करो, বড় করো. With a target they are a whole instruction.
SELF_INSTRUCTING = cues(
    "brighten", "darken", "lighten", "sharpen", "blur", "crop", "rotate", "flip", "mirror",
    "enlarge", "shrink", "bigger", "smaller", "recolor", "recolour", "tone down", "warm up",
    "cool down", "明るく", "暗く", "大きく", "小さく", "鮮やかに", "白黒に", "키워", "줄여",
    "밝게", "어둡게", "크게", "작게", "放大", "缩小", "縮小", "调亮", "調亮", "调暗", "調暗",
    "बड़ा", "छोटा", "bada karo", "chhota karo", "বড় কর", "ছোট কর", "boro koro", "choto koro",
)  # fmt: skip
FRESH = cues(
    "new", "another", "from scratch", "fresh", "the same as a", "same as a", "same one as a",
    "same but as a", "also as a", "version for", "same style, but as a", "same style but as a",
    "same ta", "same wala", "same cheez", "eki jinish",
    "新しい", "同じのを", "同じものを", "새로운",
    "똑같이", "같은 걸로", "新的", "同样的", "一样的", "也做一个", "नया", "वैसा ही", "নতুন",
    "একই রকম",
    # A separate job after the current one is settled: "separately I need", 別件で, 완전 새로
    # 하나, 另外, "alag se ek aur", আলাদা করে আরেকটা.
    "separately", "separate one", "something else", "a different one", "not that one",
    "別件", "それとは別に", "別で", "新しく", "완전 새로", "아예 새로", "별건", "별개로",
    "그거 말고", "이거 말고", "另外",
    "另一个", "另一個", "另一张", "另一張", "alag se", "ek aur", "nayi", "naya", "अलग से",
    "एक और", "नई", "alada", "arekta", "notun", "আলাদা", "আরেকটা",
)  # fmt: skip
FINAL = cues(
    "finalize", "finalise", "final version", "final render", "final cut", "final image",
    "final one", "final draft", "final file", "final artwork", "final output", "make it final",
    "go final", "full quality", "full-quality", "full res", "full-res", "full resolution",
    "hi-res", "hi res", "high-res", "high res", "high resolution", "high-resolution",
    "print-ready", "print ready", "production-ready", "at full quality", "at high quality",
    "high quality version", "high-quality version", "high quality render", "master file",
    "lock it in", "lock in",
    # the draft declared final: "this one's final", "that one is final", "it's final now"
    "(?:this|that|it)(?:\\s+one)?(?:'s|’s|\\s+is)\\s+(?:the\\s+)?final(?:\\s+(?:one|now|then))?"
    "(?=\\s*[.!,;]|\\s*$)",
    # the final shipped or delivered: "ship the final of this tile", "deliver the final"
    "(?:ship|deliver|export|send)\\s+(?:me\\s+|us\\s+)?(?:the\\s+)?final\\b",
    # The draft handed on to be made final: "send the A2 poster to final", "pass it through".
    "(?:send|pass|move|push|take|put)\\s+(?:it|this|that|this\\s+one|the\\s+[\\w-]+(?:\\s+[\\w-]+){0,2})"
    "\\s+(?:through\\s+)?(?:to|into)\\s+final",
    "make (?:it|this|that|this one|the current one|the current version|this version|the current "
    "draft|the current image) final", "as final", "as the final", "mark it final", "the keeper",
    "sign off", "signed off", "approve this", "final export", "deliverable",
    "full size", "full-size",
    "最終版", "最終稿", "完成版", "本番用", "本番版", "仕上げ", "高画質", "決定稿", "ファイナル",
    "最終",
    "これで確定", "完成", "高解像度",
    "최종본", "최종 버전", "최종버전", "최종안", "완성본", "고화질", "확정", "파이널", "마무리",
    "최종",
    "완성해",
    "最终版", "定稿", "终稿", "成品", "高清", "正式版", "最终", "就用这个", "确定用", "高分辨率",
    "final kar", "final karo", "final kardo", "final koro", "final kore dao", "ship it",
    "ship kar", "this is the one", "that's the one", "final hai", "eta-i final", "eta final",
    "pathiye dao",
    # formal: "antim roop dene ka kasht karein", अंतिम रूप दें, চূড়ান্ত রূপ দিন
    "antim roop", "antim rup", "अंतिम रूप", "अंतिम संस्करण", "চূড়ান্ত রূপ", "churanto rup",
    # "this is the one, final please" with the particles of Hindi and Bengali: yahi final,
    # isi ko final, eta tai final, etai final, final ta dao, এটাই ফাইনাল, यही फाइनल.
    "(?:yahi|yehi|yhi|isi\\s+ko|isko|ise|eta\\s*tai|eta\\s*i|etai|etai\\s+to|eita|eitai)\\s+final",
    "final\\s+(?:ta|ti|tai|wala|vala)\\s+(?:dao|den|din|diyo|do|dijiye|de\\s+do|kore\\s+dao|karo)",
    "यही फाइनल", "यही फ़ाइनल", "इसी को फाइनल", "এটাই ফাইনাল", "এটা-ই ফাইনাল", "ফাইনালটা",
    "これで決まり", "これで決定", "이걸로 할게", "이걸로 확정", "就这个了", "就這個了", "就它了",
    "^\\W*final(?:\\s+(?:pls|plz|please|now|thanks|thx|ty|it))*\\W*$",
    # ... or closing the message after a word of praise: "looks good, final please",
    # "love it. final", "accha hai, final".
    "(?:(?<=[,;:!.—–-])|(?<=[,;:!.—–-]\\s))final(?:\\s+(?:pls|plz|please|now|thanks|thx|ty|it))*"
    "\\W*$",
    "final kore din", "final kore den", "final korun", "final kore dite", "final kore deben",
    "फ़ाइनल", "फाइनल", "अंतिम", "हाई क्वालिटी", "हाई रेज़", "पक्का", "हाई रिज़ॉल्यूशन",
    "ফাইনাল", "চূড়ান্ত", "হাই কোয়ালিটি", "হাই রেজ", "হাই রেজোলিউশন",
    # "final" in Latin letters inside Japanese, Korean or Chinese (finalにして, final로, 定final版),
    # and the draft sent off to print: 入稿します, 인쇄 넘길게요, 送印, "sending it to print".
    "finalに", "finalで", "final로", "final으로", "final版", "final稿", "入稿(?!前|の前)",
    "인쇄 넘길", "인쇄소에 넘길", "인쇄 맡길", "送印", "拿去印", "交付印刷", "sending it to print",
    "sending this to print", "off to print", "going to print", "print me bhej",
    "print ke liye bhej",
    "print e pathabo", "print e dicchi", "प्रिंट में भेज", "প্রিন্টে পাঠাব", "প্রিন্টে দিচ্ছি",
)  # fmt: skip
# The draft sent out as it is, to go live: "this version is fine, send it out", 发出去吧,
# このまま出しちゃって, 이대로 내보내 주세요, "ise aage bhej do", "eta chhere dao". A final
# word only with no change asked before it goes ("before you send it out, make …").
_SENT_OUT = cues(
    "send it out", "send this out", "send it off", "push it live", "put it live", "push it out",
    "get it out there", "发出去", "發出去", "可以发了", "可以發了", "就这么发", "就這麼發",
    "直接发吧", "出しちゃって", "このまま出して", "これで出して", "このまま公開", "これで公開",
    "내보내", "이대로 올려", "이걸로 올려", "aage bhej do", "aage bhejo", "आगे भेज दो",
    "chhere dao", "chere dao", "ছেড়ে দাও",
)  # fmt: skip
_HIGH = re.compile(
    r"\bfinal\b|\bhigh[- ]?quality\b|\bhi[- ]?res\b|\bhigh[- ]?res(olution)?\b", re.IGNORECASE
)
_DRAFT_ID = re.compile(r"\b((?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,64})\b")
# "draft dr-4471", "ドラフト 12": a draft named by the word and an id with digits; in
# Chinese or Japanese the word runs on from the text before it ("请把draft-88b定稿").
_NAMED_DRAFT = re.compile(
    r"(?:(?<![A-Za-z0-9_])draft|ドラフト|下書き|초안|시안|드래프트|草稿|草图|草圖|ड्राफ्ट|ड्राफ़्ट|খসড়া|ড্রাফট|ড্রাফ্ট)"
    r"\s*[#:_-]?\s*"
    r"(?=[\w-]*\d)[A-Za-z0-9][\w-]{0,63}"
    # ... or the id first, as Korean and Japanese put it: "d-3054 시안으로", "d-12のドラフト".
    r"|(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{0,63}\s*(?:の\s*)?"
    r"(?:draft|ドラフト|下書き|초안|시안|드래프트|草稿|草图|草圖|ड्राफ्ट|ड्राफ़्ट|খসড়া|ড্রাফট|ড্রাফ্ট)"
    # ... or its number, as Korean and Japanese count it, said or typed: "삼 번 시안", 3番の案.
    r"|(?<![\w])(?:\d{1,3}|[일이삼사오육칠팔구십]{1,3})\s*번\s*(?:시안|초안|드래프트)"
    r"|(?<![\w])(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*番(?:目)?\s*(?:の)?\s*(?:案|ドラフト|下書き)",
    re.IGNORECASE,
)

QUESTION = re.compile(
    r"[?？]\s*$|^\s*(?:what|which|how|why|who|when|where|can|could|does|is|are|will|would)\b|"
    r"^\s*do\s+(?:you|we|i|they|these|those|the|our|my)\b"
    r"|ですか|ますか|ましたか|でしたか|でしょうか|っけ|どれ|吗|什么|哪些|哪个|哪個|是哪|多少|क्या|कैसे|कौन"
    r"|뭐가|뭐\s*있|어떤\s*게|어떤\s*거|혹시|얼마나|(?<![\uac00-\ud7a3])얼마(?:예요|에요|야|지|죠)"
    r"|(?<![\u0980-\u09ff])কি |কী|কোন(?!ো)|কেমন"
    r"|教えて|知りたい|聞きたい|想问|想問|请问|請問|궁금|물어보|पूछना|जानना\s+था|জানতে\s+চাই|"
    r"জিজ্ঞেস|알려\s*(?:줘|주세요|주실)|告诉我|告訴我|बताओ|बताइए|बताना|বলো|বলুন|জানাও"
    r"|\b(?:tell me|let me know|batao|bata do|kitna|kitne|kitni|kya|kyun|kyon|kyu|kaise|kaun|koto|"
    r"keno|kivabe|konse|kon\s*gulo|konta)\b",
    re.IGNORECASE,
)
CAPABILITY = cues(
    "what can you", "can you", "could you", "are you able", "do you support", "do you do",
    "do you handle", "support", "which sizes", "what sizes", "which formats", "what formats",
    "which languages", "what languages", "what kinds", "what kind", "who are you",
    "what are you", "how do you work", "how does this work", "help", "what is atelier",
    "what models", "which models", "are you", "does atelier", "can atelier", "does this tool",
    "does the tool", "can this tool",
    "何ができ", "できますか", "できる", "対応して", "どんな", "誰ですか", "作れる", "作れます",
    "可能ですか", "能生成", "可以生成", "能不能做", "बना सकते", "बना सकता", "বানাতে পারো",
    "বানাতে পারেন", "만들 수 있",
    "할 수 있", "수 있어", "지원", "어떤", "뭘 할", "누구", "주나요", "되나요",
    "能做", "能不能", "可以做", "会做", "支持", "你是谁", "会什么",
    "कर सकते", "सकते हो", "सकती", "समर्थन", "कौन हो",
    "করতে পারো", "পারো", "পারেন", "সমর্থন", "কে তুমি",
    # Whether it can, said of atelier or "it": "can atelier put Thai text in", atelierって
    # …入れられますか, 넣을 수 있나요, 能在图里写…吗, लिख सकता है, বসাতে পারে.
    "atelier", "can it", "could it", "does it", "is it able", "will it", "is it possible",
    "られますか", "られる？", "れますか", "書けますか", "書ける？", "使えますか", "可能でしょうか",
    "수 있나", "수 있을까", "수 있습니까", "수 있어요", "가능해", "가능한가", "가능할까", "되나요",
    "能否", "能在", "可不可以", "是否", "行不行", "可以吗", "可以嗎", "能吗", "能嗎",
    "सकता है", "सकते हैं", "सकती है", "संभव है", "sakta hai", "sakte hain", "sakti hai",
    "sakte ho", "ho sakta",
    "পারে", "পারবে", "পারবেন", "সম্ভব", "pare", "parbe", "parben", "parbo", "shombhob",
    # What it runs on: "is this running on GPT image", GPT 이미지로 돌아가는 거예요, 用的什么模型.
    "runs on", "run on", "running on", "powered by", "built on", "what model", "which model",
    "돌아가는", "돌아가요", "돌아가나", "기반이에요", "どのモデル", "何のモデル",
    "什么模型", "哪个模型", "कौन सा मॉडल", "কোন মডেল",
)  # fmt: skip
THANKS = cues(
    "thanks", "thank you", "thx", "cheers", "much appreciated", "great job", "well done",
    "good job", "nice work", "love it", "looks great", "looks good", "awesome", "perfect",
    "ありがとう", "助かりました", "感謝", "고마워", "감사", "谢谢", "多谢", "感谢",
    "धन्यवाद", "शुक्रिया", "थैंक", "ধন্যবাদ", "থ্যাংক", "shukriya", "dhanyavaad", "dhanyawad",
    "dhonnobad", "thank u", "tysm", "ty",
)  # fmt: skip
GREETING = cues(
    "hello", "hi", "hey", "good morning", "good afternoon", "good evening", "how are you",
    "how's it going", "what's up", "bye", "goodbye", "see you", "good night",
    "こんにちは", "おはよう", "こんばんは", "元気", "さようなら", "またね", "お疲れ", "おつかれ",
    "안녕", "수고",
    "잘 지내", "你好", "您好", "早上好", "最近怎么样", "再见", "नमस्ते", "नमस्कार", "हैलो",
    "कैसे हो", "अलविदा", "নমস্কার", "হ্যালো", "কেমন আছ", "শুভ সকাল", "বিদায়",
)  # fmt: skip
PRICE = cues(
    "how much", "cost", "costs", "costing", "price", "prices", "pricing", "priced", "expensive",
    "pricey",
    # whether making costs anything at all: "is it free to make a poster?"
    "is it free", "is atelier free", "free to use", "free to make",
    "charge",
    "charged", "pay", "paid", "cheap", "cheaper", "cheapest", "amount", "cuánto", "cuanto",
    "bill", "billed", "billing", "subscription", "per image", "per seat", "koto taka",
    "koto lage", "kitne paise", "kitna lagta", "kharcha koto", "koto khoroch", "khoroch koto",
    "koto porbe", "dam koto", "daam koto",
    "quanto", "combien", "wie viel", "berapa", "kitne ki", "kitna", "kitne", "kharcha",
    "kharch", "金額", "금액",
    "金额", "राशि", "রাশি", "টাকা",
    "いくら", "料金", "値段", "費用", "얼마", "비용", "가격", "多少钱", "花了多少", "价格",
    "费用", "收费", "कितना", "कितनी", "कितने", "दाम", "कीमत", "लागत", "खर्च",
    "দাম", "খরচ", "কত টাকা", "व्यय", "vyay", "ব্যয়", "byay",
    # what the service billed, by its own name: 利用額, 請求額, 使用料, money deducted (扣了)
    "利用額", "利用料", "請求額", "使用料", "사용료", "청구액", "扣了", "扣掉", "扣费", "扣費",
)  # fmt: skip
# Money already spent or budgeted, and the span of time a spend question is about.
MONEY = cues(
    "spent", "spend", "spending", "budget", "budgets", "gastado", "gastamos", "gasto",
    "presupuesto", "gastou", "orçamento", "speso", "dépensé", "ausgegeben", "anggaran",
    "予算", "使用額", "使った", "예산", "썼", "씀", "쓴 돈",
    "쓴",
    "预算", "花了", "बजट", "खर्च हुआ", "বাজেট", "খরচ হয়েছে", "খরচ হলো", "khoroch korlam",
    "khoroch hoyeche", "khoroch holo", "kharcha hua", "kharch kiya", "kharch kiye",
    # what was billed for it: "how much is on this month's invoice?"
    "invoice", "invoices", "invoiced", "請求書", "청구서", "账单", "帳單",
)  # fmt: skip
SPEND = cues(
    "spent", "spend", "spending", "budget", "budgets", "so far", "today", "today's", "daily",
    "今週", "今月", "広告費", "이번 주", "이번 달", "이번주", "이번달", "이달",
    "本周", "这周", "這週", "本月", "这个月",
    "這個月",
    "इस हफ्ते", "इस महीने", "এই সপ্তাহে", "এই মাসে", "is hafte", "is mahine", "ei mase",
    "ei shoptahe",
    "this session", "session", "in total", "this month", "this week", "este mes", "este mês",
    "questo mese", "ce mois", "gastado", "presupuesto", "orçamento", "anggaran",
    "予算", "使用額", "今日", "本日", "セッション", "合計", "今まで", "これまで",
    "예산", "오늘", "세션", "남은", "썼", "지금까지", "총", "지출", "이번 분기", "this quarter",
    "今四半期", "本季度", "इस तिमाही", "এই ত্রৈমাসিকে",
    "预算", "今天", "会话", "一共", "总共", "剩", "目前为止", "到现在",
    "बजट", "आज", "सेशन", "कुल", "बचा", "अब तक",
    "বাজেট", "আজ", "সেশন", "মোট", "বাকি", "এখন পর্যন্ত",
)  # fmt: skip
# A particular image already made: "that image", "the last one", さっきの, 방금, 这张, उस इमेज.
THAT_IMAGE = re.compile(
    r"\b(?:we|you|i)\s+(?:just\s+)?(?:made|created|generated|did)\b"
    r"|\b(?:that|this|these|those|the last|the latest|the previous|the current|last|latest|"
    r"previous|yesterday's|today's|this morning's|last week's|this week's|the)\s+"
    r"(?:(?:\d+|two|three|four|five|six|few|couple of)\s+)(?:[\w-]+\s+)?"
    r"(?:image|picture|pic|photo|draft|poster|banner|post|story|visual|version|render|"
    r"variant|option)s\b"
    r"|\b(?:that|this|these|those|the last|the latest|the previous|the current|last|latest|"
    r"previous|yesterday's|today's|this morning's|last week's|this week's)\s+"
    r"(?:(?:\d+|two|three|four|five|six|few|couple of)\s+)?"
    r"(?:image|picture|pic|photo|one|draft|poster|banner|post|story|visual|version|render)s?\b"
    r"|\bthat one\b|さっき|先ほど|今の画像|この画像|その画像|この写真|방금|아까|"
    r"(?:^|\s)(?:이|그|저)\s*(?:이미지|사진|그림)|(?:^|\s)(?:그거|이거|저거)(?=\s|$)|刚才|刚刚|"
    r"这张|那张|"
    r"(?:उस|इस)\s+(?:इमेज|तस्वीर|फोटो|पोस्टर|बैनर)|(?:ওই|এই)\s+(?:ছবি|ইমেজ|পোস্টার|ব্যানার)",
    re.IGNORECASE,
)
# The verbs a cost comes to by, in the scripts that have one of its own: 들었, 나왔, かかった,
# 花了, खर्च आया, খরচ হলো; and romanised.
# 扣了: money taken off the account, as a cost came to.
_COST_VERBS = (
    r"花了|花費|用了|扣了|扣掉|扣費|扣费|들었|나왔|かかった|かかりました|आया|हुआ|लगा|লাগল|হলো|হয়েছে"
)
_COST_VERBS_ROMAN = r"padi|pada|laga|hua|aaya|aya|lagse|lagche"
# Money already gone: "did … cost", "cost us", 花了, 들었, かかった, खर्च आया, খরচ হলো.
PAST_COST = re.compile(
    r"\b(?:did|was|were|have|has|had)\b|\bcost\s+us\b|\bspent\b|썼|使った|"
    rf"{_COST_VERBS}|\b(?:{_COST_VERBS_ROMAN})\b",
    re.IGNORECASE,
)
# What the cost came to, said as a verb of its own (not English's auxiliaries, which ask of
# anything).
_COST_CAME_TO = re.compile(rf"{_COST_VERBS}|\b(?:{_COST_VERBS_ROMAN}|holo)\b", re.IGNORECASE)
# Images named by what they were for: "the gym campaign images", "the Diwali posters".
MADE_PLURAL = re.compile(
    r"\bthe\s+(?:[\w'-]+\s+){1,3}(?:images|pictures|pics|visuals|banners|posters|drafts|"
    r"variants|versions|stories|posts|ads)\b",
    re.IGNORECASE,
)
# Making one piece, as what a cost came to is said of: "to make each one", 1枚作るのに,
# 하나 만드는 데, 做一张花了, "ek banane mein", "ekta banate".
_MAKING_ONE = re.compile(
    r"(?i:\b(?:to|for)\s+(?:make|making|produce|producing|render|rendering|generate|generating)\s+"
    r"(?:each|one|a\s+single)(?:\s+(?:one|of\s+(?:them|those|these)))?\b|"
    r"\b(?:ek|har\s+ek)\s+(?:banane|banaane)\s+(?:me|mein|par)\b|"
    r"\b(?:ekta|protita|prottekta)\s+(?:banate|toiri\s+korte)\b|"
    # ... or the one image named: "to make this banner", "is poster ko banane mein".
    r"\b(?:to|for)\s+(?:make|making|produce|producing|render|rendering|generate|generating)\s+"
    r"(?:this|that)(?:\s+(?:one|image|picture|pic|banner|poster|post|visual|creative))?\b|"
    r"\b(?:is|iss|us|uss)\s+(?:image|photo|banner|poster|post|creative)\s+(?:ko\s+)?"
    r"(?:banane|banaane)\s+(?:me|mein|par)\b|"
    r"\b(?:ei|oi)\s+(?:chobi|image|banner|poster|post)\s*(?:ta|ti)?\s+(?:banate|toiri\s+korte)\b)|"
    r"(?:この|その|あの)(?:画像|バナー|ポスター|写真|投稿)(?:を|1枚)?(?:作る|作成する|作った)のに|"
    r"(?:이|그|저)\s*(?:이미지|사진|그림|배너|포스터|게시물)\s*(?:하나\s*)?(?:만드는|제작하는)\s*데|"
    r"(?:做|制作|製作|生成)(?:这|這|那)(?:张|張|个|個)|"
    r"(?:इस|उस)\s+(?:इमेज|तस्वीर|फोटो|पोस्टर|बैनर)\s+(?:को\s+)?बनाने\s+(?:में|पर)|"
    r"(?:এই|ওই)\s+(?:ছবি|ইমেজ|পোস্টার|ব্যানার)(?:টা|টি)?\s+(?:বানাতে|তৈরি\s+করতে)|"
    r"(?:1|一|それぞれ)(?:枚|つ|本)?(?:作る|作成する|作った)のに|"
    r"(?:하나|한\s*장|한\s*개|각각)\s*(?:만드는|만들|제작하는|제작)\s*(?:데|데에)|"
    r"(?:做|制作|製作|生成)(?:一|每一?)(?:张|張|个|個)|每(?:做|制作|製作)一(?:张|張|个|個)|"
    r"(?:एक|हर\s+एक)\s+(?:बनाने|तैयार\s+करने)\s+(?:में|पर)|"
    r"(?:একটা|প্রতিটা|প্রত্যেকটা)\s+(?:বানাতে|তৈরি\s+করতে)"
)
# Cost image by image: "each", 分别, 각각, それぞれ, हर एक, প্রতিটি.
EACH = cues(
    "each", "per image", "apiece", "one by one", "分别", "分別", "各自", "每张", "每張",
    "それぞれ", "1枚あたり", "각각", "장당", "हर एक", "हर इमेज", "प्रति इमेज", "প্রতিটি",
    "প্রত্যেকটি", "প্রতি ছবি",
)  # fmt: skip
# "did that cost", "was it": the thing just made, with no noun.
THAT = re.compile(r"\b(?:did|was|were|does|is)\s+(?:that|it|this)\b", re.IGNORECASE)
MADE_HERE = re.compile(
    # ... with an adverb between: "what have we already made for the X line?"
    r"\b(?:what|which|show|list)\b.*\b(?:we|i|you)(?:'ve| have)?\s+(?:already\s+|ever\s+)?"
    r"(?:made|created|generated|done)\b|"
    # "did we already do booth graphics for X, or only covers?": whether a piece was made
    r"\bdid\s+(?:we|you)\s+(?:already|ever)\s+(?:do|make|create)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:graphics|images|visuals|banners|posters|covers|posts|ads|flyers|designs)\b|"
    # ... asked in the past tense: "what did we make on Friday?", "parso humne kya banaya?",
    # "ki ki poster banalam?", 先週何を作った？, 지난주에 뭐 만들었지? Typed in a hurry too:
    # "wat did u make me".
    r"\b(?:what|wat|wot|wht|whut)\s+(?:\w+\s+)?did\s+(?:we|i|you|u|ya)\s+"
    r"(?:make|create|generate|design)\b(?!\s+(?:it|them|this|that)\b)|"
    r"\b(?:kya\s+kya|kya)\s+(?:\w+\s+)?(?:banaya|banayi|banaye)\b|"
    r"\b(?:ki\s+ki|ki|kon\s+kon)\s+(?:\w+\s+)?(?:banalam|banalen|banale|baniyechi|baniyechen)\b|"
    r"क्या(?:\s+क्या)?\s+(?:\S+\s+)?(?:बनाया|बनाई|बनाए)|"
    r"কী(?:\s+কী)?\s+(?:\S+\s+)?(?:বানালাম|বানালেন|বানিয়েছি|বানিয়েছেন)|"
    r"何を(?:作|生成)(?:った|りました|しました|成した)|뭐(?:를)?\s*만들었|무엇을\s*만들었|\b(?:list|show)\b.*\b(?:images|pictures|drafts|visuals)\b"
    r"|\bhow many\s+(?:images|pictures|drafts|visuals)\b|何枚|몇 장|(?<![这這那])几张|"
    r"(?<![这這那])幾張|कितनी इमेज|कितने\s+(?:पोस्टर|बैनर)|"
    # ... the count typed in English inside Hindi or Bengali: "कितनी images", "কয়টা images"
    r"(?:कितनी|कितने|কয়টা|কতগুলো|কটা)\s+(?:images?|photos?|posters?|banners?|designs?|pics?)\b|"
    r"\bkitni\s+(?:images?|photos?|tasveer\w*|posters?|banners?)\b|"
    r"\b(?:images?|photos?|posters?|banners?)\s+banayi\b|\bbanayi\s+thi\b|"
    r"\bchh?obi\s*gulo\b|\bbanano\s+hoyechilo\b|\bbaniyechilam\b|\bbaniyechi\b|(?:做|生成|弄)的(?:那些|这些|那几张|那幾張|这几张|這幾張)\s*"
    r"\S{0,6}?(?:banner|post|poster|图片|圖片|图|圖|海报|海報)|"
    r"কয়টা ছবি|(?<![\u0980-\u09ff])কটা ছবি|(?:作った|作成した)(?:バナー|ポスター|投稿)|"
    r"만든\s*(?:배너|포스터|게시물|썸네일)|(?:做|生成)的(?:那|这)?(?:几|幾)?(?:张|張)?"
    r"(?:海报|海報|图|圖|横幅|橫幅|图片|圖片)|बनीं|बनाए\s+गए|বানানো\s+(?:পোস্টার|ব্যানার)"
    r"|(?:作った|生成した)画像|画像(?:を)?一覧|画像の一覧|만든 이미지|이미지 목록|做过的图|"
    r"生成过的|生成了(?:哪些|几张|幾張)|哪些(?:图片|圖片)|做了(?:哪些|几张|幾張)|图片列表|圖片列表|"
    r"बनाई\s+(?:गई\s+)?(?:इमेज|तस्वीरें)|इमेजों की सूची|বানানো ছবি|ছবির তালিকা"
    # ... and said of the images: "which images have been made", कौन सी इमेज बनी हैं,
    # কোন ছবি বানানো হয়েছে, 어떤 이미지가 만들어졌어, 做出了哪些图, どんな画像が作られた.
    r"|\b(?:images?|pictures?|pics|visuals?|drafts?|posters?|banners?|posts?)\s+"
    r"(?:(?:have|has)\s+)?(?:been|were|was|got)\s+(?:made|created|generated|produced|done)\b"
    r"|(?:इमेज|तस्वीरें|तस्वीर|फ़ोटो|फोटो|पोस्टर|बैनर)\s+(?:बनी|बनीं|बने|बनाई|बनाए)\s*"
    r"(?:गईं|गई|गए)?\s*(?:हैं|है|थीं|थी|थे)"
    r"|\b(?:images?|photos?|tasveer\w*|posters?|banners?)\s+(?:bani|bane|banai|banayi|banaye)\s+"
    r"(?:gayi\s+|gaye\s+)?(?:hain|hai|thi|the)\b"
    r"|(?:ছবি|ইমেজ|পোস্টার|ব্যানার)(?:গুলো|গুলি)?\s+(?:বানানো|তৈরি)\s+(?:হয়েছে|হয়েছে|হলো|হল)"
    r"|\b(?:chh?obi|image|poster|banner|post)s?\s+(?:banano|toiri)\s+"
    r"(?:hoye?chh?(?:e|ilo|ile)|holo)\b"
    r"|(?:이미지|사진|그림|배너|포스터|게시물)(?:이|가|들이)?\s*(?:\S+\s+){0,2}"
    r"(?:만들어졌|생성됐|생성되었)(?!으면)"
    r"|(?:做|生成|出|画)(?:出)?了(?:什么|哪些|幾張|几张)|(?:做|生成)过(?:哪些|什么|几张|幾張)"
    r"|(?:作られた|生成された)(?:画像|バナー|ポスター|投稿)|(?:どんな|どの)(?:画像|バナー|ポスター)を(?:作|生成)",
    re.IGNORECASE,
)
# Earlier work asked to be shown (again): "show me the banners we made last week",
# 先週作ったバナーもう一回見せて, 지난번에 만든 배너 다시 보여줘, 上次做的海报再给我看看,
# पिछले हफ्ते जो पोस्टर बनाए थे वो दिखाओ, গত সপ্তাহে যে ব্যানার বানিয়েছিলাম দেখাও.
SHOW_ME = cues(
    "show me", "show us", "pull up", "bring up", "can i see", "could i see", "let me see",
    "send me", "see again", "look at again", "見せて", "見たい", "表示して", "보여", "볼 수 있",
    "보고 싶", "看看", "看一下", "给我看", "給我看", "再看", "调出来", "調出來", "找出来", "找出來",
    "发给我", "發給我", "发我", "發我", "传给我", "傳給我", "दिखाओ", "दिखाइए", "दिखा दो", "दिखाना",
    "दिखा दीजिए", "देखना है",
    "দেখাও", "দেখান", "দেখাবেন", "দেখাতে", "দেখতে চাই", "dikhao", "dikha do", "dikhana",
    "dikhaiye", "dekhna hai", "dekhao", "dekhan", "dekhte chai", "찾아 줄", "찾아줄", "찾아 주",
    "찾아줘", "探して", "列出来", "列出來", "找一下", "dhundh", "খুঁজে",
    # Where to find it, or all of it as a list: "where can I find …", 一覧で出して, 어디서 볼
    # 수 있어요, 在哪里找, "kahan milega", "kothay pabo".
    "where can i find", "where do i find", "where would i find", "where can i get",
    "where did it go", "where are they", "list them", "list all", "a list of",
    # Office English for sending over: "kindly share all the creatives", "send across".
    "share all", "share the", "share me", "share with me", "share with us", "send across",
    "send over", "bhej do", "bhejo", "pathao", "pathiye din",
    # sent again once lost: "please send again that flyer", "resend the banner", 再送して
    "send again", "send it again", "send them again", "resend", "re-send", "再送", "다시 보내",
    "再发一次", "再發一次", "फिर से भेज", "दोबारा भेज", "dobara bhej", "phir se bhej", "আবার পাঠা",
    "abar pathao",
    "一覧で", "一覧に", "一覧を", "どこで見", "どこにあ", "どこから見", "어디서 봐", "어디서 볼",
    "어디에 있", "어디 있", "목록으로", "在哪里看", "在哪看", "在哪找", "在哪里找", "去哪找",
    "去哪里找", "哪里能看", "kahan milega", "kahan milegi", "kahan milenge", "kahan dekhun",
    "कहाँ मिलेगा", "कहाँ मिलेगी", "कहां मिलेगा", "कहां मिलेगी", "कहाँ देखूँ", "kothay pabo",
    "kothay paabo", "kothay dekhbo", "kothay pai", "কোথায় পাব", "কোথায় পাবো", "কোথায় দেখব",
)  # fmt: skip
MADE_BEFORE = re.compile(
    r"\b(?:we|you|i)\s+(?:had\s+|have\s+)?(?:just\s+)?(?:made|created|generated|designed|did)\b"
    r"|\b(?:we|you|i)'ve\s+(?:made|created|generated|designed|done)\b"
    r"|\b(?:last\s+(?:week|time|month)|yesterday|earlier|the\s+other\s+day)\b"
    # a revision round already delivered: "the hotpot images from R1", "in round 2", "v1's"
    r"|\b(?:from|in|of)\s+(?:the\s+)?(?:r|round\s*|v|version\s*)\d+\b"
    r"|\b(?:first|second|previous|earlier)\s+(?:round|draft|batch)\b"
    r"|先月|지난\s*달|上个?月|上個月|पिछले\s+महीने|গত\s+মাসে"
    # "On Monday I asked for three posters … what came out of that": a request of a past day
    r"|\b(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:i|we)\s+asked\s+(?:you\s+)?for\b|\bcame\s+out\s+of\s+(?:that|it|those|them)\b"
    r"|作った|作成した|作ってもらった|作っていただいた|生成した|デザインした|作りました|作成しました|"
    # 出图 is office Chinese for images made: 上个月出的图, 出过的稿.
    r"(?:出|做)(?:过|過)?的(?:所有|全部|那些|这些)?(?:的)?(?:图|圖|稿|海报|海報)|"
    r"前回|この前|先週|만든|만들었던|만들어\s?준|만들어\s?줬던|제작한|생성한|지난번|저번|지난주|"
    r"做的|做过的|做過的|生成的|做好的|设计的|設計的|上次|之前|上周|上週|"
    r"बनाए\s+थे|बनाई\s+थी|बनाया\s+था|बनाई\s+थीं|बनाए\s+गए|बनाई\s+गई|बनवाए|पिछली\s+बार|"
    r"पिछले\s+हफ्ते|पिछले\s+हफ़्ते|बने\s+थे|बनी\s+थी|बना\s+था|"
    r"\b(?:banaye\s+the|banayi\s+thi|banaya\s+tha|banaye\s+gaye|pichhle\s+hafte|pichli\s+baar|"
    # ... spelt with one h, or made in the passive: "jo pichle hafte bane the", बने थे.
    r"pichh?le\s+(?:hafte|hafta|mahine)|pichh?li\s+(?:baar|bar)|bane\s+the|bani\s+thi|bana\s+tha|"
    r"baniyechilam|baniyechile|baniyechilen|baniyechhilen|banalen|banano|banalam|"
    # ... said as spoken in Dhaka, and a month back: "je image gula banaisilam", "gato mashe"
    r"banaisilam|banaichilam|banaichhilam|banaisila|banaisile|gato\s+mashe|gelo\s+mashe|"
    r"toiri\s+korechilam|ager\s+bar|gato\s+shoptahe|gotokal|gatokal|kalker|"
    # yesterday's, in the few words that only ever mean it before a noun: "kal wale shots",
    # कल वाली पोस्ट, 昨日の, 어제 거.
    r"kal\s+(?:wale|wali|wala|vale|vali))\b|(?:कल|कल\s+के)\s+(?:वाले|वाली|वाला)|"
    r"昨日の|어제\s*(?:거|것|꺼)|কালকের|গতকাল|"
    r"বানিয়েছিলাম|বানিয়েছিলে|বানিয়েছিলেন|বানানো|তৈরি\s+করেছিলাম|বানালাম|গত\s+সপ্তাহে|আগের\s*বার",
    re.IGNORECASE,
)
AGAIN = cues(
    "again", "once more", "one more time", "もう一回", "もう一度", "再度", "다시", "再给我看",
    "再給我看", "再看一", "再发", "再發", "फिर से",
    "दोबारा", "एक बार और", "phir se", "dobara", "আবার", "আরেকবার", "abar",
)  # fmt: skip
# A new visual asked for in the same breath: "make one like the banner we made last week".
MAKE_NOW = cues(
    "make", "create", "design", "作って", "作成して", "作り直", "만들어", "제작해", "做一",
    "帮我做", "幫我做", "重新做", "बनाओ", "बना दो", "बनाइए", "বানাও", "বানিয়ে দাও", "বানান", "banao",
    "bana do", "banaiye", "baniye dao",
)  # fmt: skip
REFERENCES = cues(
    "approved", "reference", "references", "brand assets", "brand library",
    # What was registered or uploaded for the brand: "which logos are registered",
    # 登録されてる, 등록된, 已经上传的, रजिस्टर्ड, আপলোড করা.
    "registered", "uploaded", "on file", "we uploaded", "we registered", "登録されて", "登録した",
    "登録済み", "登録して", "登録さ", "アップロードした", "アップした", "등록된", "등록해 둔",
    "등록한", "업로드한", "올려 둔", "올려둔", "上传的", "上傳的", "上传过的", "上傳過的", "登记的",
    "登記的", "已上传", "已上傳",
    "रजिस्टर्ड", "रजिस्टर किए", "रजिस्टर की", "अपलोड किए", "अपलोड की", "registered hain",
    "upload kiye", "upload kiya", "register kiye", "রেজিস্টার করা", "আপলোড করা", "আপলোড করেছি",
    "upload kora", "register kora", "upload korechi",
    "can you use", "can i use", "allowed to use", "使える", "쓸 수 있는", "可以用的", "能用的",
    "इस्तेमाल कर सकते", "ব্যবহার করতে পারি",
    "承認済み", "承認された", "承認されて", "使用許可", "参考画像", "リファレンス", "ブランド素材",
    "승인된", "승인", "레퍼런스", "참고 이미지", "브랜드 자산",
    "已批准", "批准", "参考图", "品牌参考", "品牌素材", "已审核", "核准", "參考圖", "品牌庫",
    "素材庫", "品牌库", "素材库",
    "स्वीकृत", "रेफ़रेंस", "रेफरेंस", "मंज़ूर",
    "অনুমোদিত", "রেফারেন্স", "审核通过", "審核通過", "审批通过", "審批通過", "审批过的", "審批過的",
    "审核过的", "審核過的",
)  # fmt: skip
_REFERENCE_IMAGES = re.compile(
    rf"(?:{REFERENCES.pattern})(?:\s*(?:images?|pictures?|photos?|pics|visuals?|files?|"
    r"画像|写真|이미지|사진|그림|图片|圖片|图|圖|照片|इमेज(?:ें|ों)?|तस्वीरें|तस्वीरों|तस्वीर|फ़ोटो|फोटो|"
    r"ছবি(?:\s*(?:গুলো|গুলি|টা))?|ইমেজ(?:গুলো)?|chobi(?:\s*(?:gulo|guli|ta))?|tasveer(?:ein|en)?))?",
    re.IGNORECASE,
)
SHOW = cues(
    "show", "list", "which", "what", "have", "見せて", "一覧", "は？", "보여", "목록", "哪些",
    "有什么", "列出", "看看", "给我看", "給我看", "दिखाओ", "दिखाइए", "कौन", "দেখাও", "দেখান",
    "দেখাবেন", "কোন", "dikhao", "dikhaiye", "dikha do", "dekhao", "dekhan", "どれ", "どの",
    "어떤", "뭐", "무엇", "哪个", "哪個", "कौन से", "कौनसे", "konse", "kaun se", "kon gulo",
    "kongulo", "কোনগুলো", "ki ki", "কী কী", "kya kya", "क्या क्या",
    "pull up", "bring up", "display", "let me see", "see",
)  # fmt: skip
WHY = cues(
    "why", "what was wrong", "what went wrong", "what happened", "reason", "how come",
    "なぜ", "どうして", "なんで", "理由", "왜", "이유", "为什么", "为何", "怎么", "原因", "為什麼",
    "क्यों", "वजह", "कारण", "কেন", "কারণ", "kyun", "kyon", "keno",
    # ... in formal letters: 사유, 缘由, 緣由
    "사유", "缘由", "緣由",
    # ... as typed in a hurry: 为啥, 咋, kyu, kiu, "y was".
    "为啥", "為啥", "咋", "怎么回事", "怎麼回事", "kyu", "kiu", "kyoon", "wht happened",
    "how come", "y was", "y did",
)  # fmt: skip
HELD = cues(
    "held", "hold", "holding", "blocked", "block", "refused", "refuse", "rejected", "reject",
    "flagged", "denied", "stopped", "waiting", "review", "not returned", "didn't get",
    "no image", "withheld", "never came back", "never came", "never arrived",
    "didn't come back", "did not come back", "never showed up", "didn't show up",
    "保留", "ブロック", "拒否", "止め", "止ま", "審査", "レビュー", "却下", "断ら",
    "보류", "차단", "거절", "검토", "막혔", "반려", "리뷰",
    "拦", "拒", "审核", "屏蔽", "暂扣", "驳回", "阻止", "扣留", "扣下", "被扣",
    "होल्ड", "হোল্ড", "ホールド", "홀드",
    "रोक", "ठुकरा", "अस्वीकार", "समीक्षा", "रिव्यू", "ब्लॉक", "मना", "अटक",
    "আটক", "আটকে", "প্রত্যাখ্যান", "রিভিউ", "ব্লক", "বাতিল", "আটকানো", "আটকাল", "আটকালো",
    # ... as the English loanword, or as not passed: রিজেক্ট, रिजेक्ट, 리젝, リジェクト, 没通过.
    "রিজেক্ট", "रिजेक्ट", "रिजेक्ट", "리젝", "リジェクト", "不通过", "没通过", "沒通過", "没过审",
    # ... romanised: atkano holo, atke geche, rok diya, ruk gaya, atak gaya, block hua.
    "atkano", "atkalo", "atke", "atkeche", "atke geche", "atkay", "rok diya", "roka gaya",
    "rok di", "ruk gaya", "ruka", "atak gaya", "atka", "atki", "atke gaya",
)  # fmt: skip

# Words a brief uses to ask for something, not to say what it is about: removed before
# looking for a subject or an instruction. Japanese and Chinese ones as substrings,
# Korean particles at a word's end, everything else as whole words.
FILLER = whole_words(
    "a", "an", "the", "me", "us", "i", "we", "you", "it", "this", "that", "these", "those",
    "some", "one", "for", "of", "as", "to", "with", "and", "in", "at", "on", "please", "pls",
    "can", "could", "would", "will", "do", "need", "needs", "want", "like", "get", "give", "let's",
    "let", "go", "our", "my", "your", "new", "now", "just", "again", "bit", "little",
    "quick", "nice", "good", "great", "cool", "looks", "is", "be", "version", "draft",
    "quality", "final", "up", "here", "there", "thing", "stuff", "something", "so", "hmm",
    "help", "out", "with", "i'd", "made", "i'd like",
    "dobara", "dubara", "दोबारा", "फिर से", "phir se",
    # A wish said softly ("ポスター作ってほしいんですけど", 만들어 주셨으면 하는데요, 想做个海报)
    # asks as much as a plain request: no subject in it.
    "주셨으면", "하는데요", "하는데", "싶은데요", "싶은데",
    "thanks", "kindly", "needed", "thx", "tia", "that's", "it's", "thats", "다시",
    "ok", "okay", "well", "uh", "um", "oh", "hey", "yes", "yeah", "no", "maybe", "kind",
    # Hesitation drawn out as typed: "uhh", "ummm", "erm", "hmmm".
    "u+h+", "u+m+", "e+r+m+", "h+m+",
    "plz", "smth", "sth", "only", "bas", "sirf", "shudhu", "बस", "सिर्फ", "सिर्फ़", "শুধু",
    "하나만", "한 장만", "한장만", "딱", "그냥",
    "이거", "이걸", "이것", "그거", "좀", "주세요", "줘", "해", "하나", "한", "장", "이걸로",
    "해서", "더", "부탁해요", "부탁합니다", "부탁해", "부탁드려요", "제발", "줘요", "주세요요",
    "इसे", "यह", "इस", "इसको", "इसका", "दो", "एक", "का", "की", "के", "को", "लिए", "हमारा",
    "प्लीज़", "प्लीज",
    "हमारी", "हमारे", "मेरा", "मेरी", "मेरे", "कृपया", "ज़रा", "थोड़ा", "में", "वर्शन",
    "संस्करण", "दीजिए", "यही", "ठीक", "है", "नया", "नए", "नई", "और", "चाहिए", "चाहता",
    "चाहती", "चाहते", "ज़रूरत", "जरूरत", "वाली", "वाला", "वाले", "wali", "wala", "wale",
    "এটা", "এটি", "এটাকে", "এটার", "এই", "একটি", "একটা", "দাও", "করো", "একটু", "প্লিজ",
    "আমাদের", "আমার", "জন্য", "ভার্সন", "সংস্করণ", "এটাই", "নতুন", "দিন", "আরও", "দয়া করে",
    "চাই", "লাগবে", "দরকার",
    "필요해", "필요해요", "필요합니다", "원해", "원해요", "해줘", "해주세요", "해 주세요",
    "asap", "urgent", "urgently", "quickly", "rush", "soon", "today", "tomorrow", "tonight",
    "ye", "yeh", "isko", "ise", "iska", "isse", "dekho", "woh", "wo", "zara", "thoda", "kar",
    "karo", "de", "dena", "bhai", "yaar", "na", "chahiye", "chaiye", "lagbe", "dorkar", "ektu",
    "koro", "dao", "den", "ekta", "amader", "aaya", "aya", "laga", "lagi", "hua", "honestly",
    "lag", "raha", "rahi", "rahe", "lagche", "lagchhe", "thik ache", "theek hai", "ঠিক আছে",
    "kuch", "kichu", "isme", "ismein", "arektu", "আরেকটু", "দেবেন", "দিবেন", "পারবেন", "etay",
    "ete", "etate",
    "ठीक है",
    "tbh", "actually", "really", "sach", "mein", "sotti", "bolte", "이건", "이거는", "솔직히",
    "সত্যি", "বলতে", "সত্যিই", "सच", "में", "आया", "लगा",
    "빨리", "급해", "급하게", "जल्दी", "তাড়াতাড়ি",
    "मुझे", "मुझको", "हमें", "हमको", "mujhe", "mujhko", "hume", "humein", "hamein", "amake",
    "আমাকে", "আমাদেরকে",
    "यार", "ইয়ার", "भाई", "ভাই",
)  # fmt: skip
FILLER_CJ = cues(
    "これ", "それ", "この", "その", "を", "に", "で", "は", "が", "の", "と", "て", "して",
    "ください", "下さい", "お願い", "おねがい", "します", "しますー", "一枚", "1枚", "枚", "一つ",
    "ちょっと", "少し", "サイズ", "です", "したい",
    "何か", "なんか", "私", "もっと", "版", "たい", "ほしい", "欲しい", "ね", "よ", "お願い",
    "弄", "搞", "麻烦",
    "这个", "这张", "那个", "一下", "吧", "请", "帮我", "给我", "为", "给", "一张", "一个",
    "一幅", "张", "个", "幅", "的", "我们", "我", "就", "了", "成", "下", "版本",
    "需要", "想要", "要", "必要", "至急", "急ぎ", "尽快", "盡快", "正直", "说实话", "說實話",
    "だけ", "只要", "就要", "もう一度", "もう一回", "再",
    "るんですか", "んですか", "ですか", "ますか", "って",
    "んですけど", "んですけれど", "んですが", "ですけど", "んだけど", "んだけれど", "のだけど",
    "んだが", "けど", "けれど", "想",
    "幫我", "給我", "一張", "張", "這個", "這張", "請", "們", "一個", "個",
    # Hesitation said aloud in dictation: えーと, あのー, うーん, 嗯, 呃.
    "えーと", "えっと", "えー", "あのー", "あの", "うーん", "嗯", "呃",
    # ... and a word groped for: 그 뭐냐, 뭐더라, 何だっけ, 那个什么
    "그 뭐냐", "그 뭐지", "뭐더라", "그거 있잖아", "何だっけ", "なんだっけ", "那个什么", "那個什麼",
)  # fmt: skip
# How a bare answer ends: "square rakh do", 정사각형이요, "story rakhun", 正方形です. Applied
# after the fillers, so a filler's own ending is not cut off first.
_ANSWER_TAIL = re.compile(
    r"(?i:\b(?:rakh(?:\s+do)?|rakho|rakhna|rakhiye|rakhun|rakhen|rakh\s+dijiye|hai|hobe|size)\b)|"
    r"(?<=[\uAC00-\uD7A3])(?:이요|으로요|로요|요)(?=\s|$|[,.!?])|"
    r"です|でお願い|サイズ|사이즈|尺寸|साइज़|साइज|সাইজ|रख\s+दो|रखो|रखिए|रखें|है(?![\u0900-\u097f])|রাখুন|রাখো|রেখো|হবে"
)
KO_PARTICLES = re.compile(
    r"(?<=[\uAC00-\uD7A3])(?:으로|로|을|를|은|는|이|가|의|에|도)(?=\s|$|[,.!?])"
)
# When it is wanted and how soon: "for tomorrow morning", "by tonight", 明日の朝までに, 내일
# 아침까지, 明早要, कल सुबह तक, jaldi, কাল সকালের মধ্যে. A format and a time are no subject.
WHEN = re.compile(
    r"(?<![\w'])(?:(?:by|for|before|until|till|on|this|next|first\s+thing)\s+)*"
    r"(?:(?:this|next)\s+(?:week|weekend|month)|the\s+weekend|"
    r"(?:(?:for|by|on|this|next)\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s|"
    r"tomorrow|today|tonight|(?:this|tomorrow|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)?\s*(?:morning|afternoon|evening|night|noon|midday)|eod|end\s+of\s+"
    r"(?:the\s+)?day|asap|right\s+away|rn|a\.s\.a\.p|real\s+quick|jaldi(?:\s+se)?|"
    r"abhi|turant|aaj|kal|subah|shaam|raat\s+tak|taratari|ekhuni|ekhon(?:i)?|aj(?:ke)?|"
    r"kalke|shokal(?:e)?|bikel(?:e)?|rater?|parso|parson|porshu|poroshu)"
    r"(?:\s+(?:tak|ke\s+liye|er\s+moddhe|moddhe|er\s+jonno))?"
    r"(?![\w'])|"
    r"明日(?:の)?(?:朝|昼|夜|中)?|今日(?:中)?|今夜|今晩|今朝|朝(?:一|イチ)?|夕方|週末|なる(?:はや|早)|"
    r"急ぎ(?:で)?|至急|(?:今|いま)?すぐ(?:に)?|早めに|早く|までに|まで|"
    r"내일|오늘|모레|아침|오전|오후|저녁|밤|주말|급하게|급히|빨리|얼른|당장|바로|까지|중으로|안으로|"
    r"明天|今天|明早|今晚|今早|早上|上午|下午|晚上|周末|尽快|盡快|马上|馬上|赶紧|趕緊|急用|之前|前要|"
    # ... and the week or month it is for: 下周要用, 来週使う, 다음 주에 쓸, agle hafte.
    r"(?:下|这|這|本)(?:个|個)?(?:周|週|星期|礼拜|禮拜|月)(?:要用|用|要)?|(?:来|今|再来)(?:週|月)(?:使う|使います)?|"
    r"(?:다음|이번)\s*(?:주|달)(?:에)?(?:\s*(?:쓸|써요|쓸 거예요))?|"
    r"(?i:(?:agle\s+(?:hafte|hafta|mahine)|is\s+(?:hafte|hafta)|porer\s+(?:soptah|mash)e?|ei\s+soptahe)"
    r"(?:\s+(?:ke\s+liye|tak|er\s+jonno|lagbe))?)|"
    r"अगले\s+(?:हफ़्ते|हफ्ते|महीने)|इस\s+(?:हफ़्ते|हफ्ते)|পরের\s+(?:সপ্তাহে|মাসে)|এই\s+সপ্তাহে|"
    # ... and the weekday it is for: 金曜の, 周五, 금요일에, शुक्रवार को, শুক্রবারের.
    r"(?:月|火|水|木|金|土|日)曜(?:日)?(?:の|に)?|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天](?:的)?|"
    r"[월화수목금토일]요일(?:에|의|용)?|"
    r"(?:सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)(?:\s+(?:को|के\s+लिए|की|का|के))?|"
    r"(?:সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র|শনি|রবি)বার(?:ের|ে)?(?:\s+জন্য)?|"
    r"(?<![\u0900-\u097f])(?:कल|परसों|आज|सुबह|शाम|रात|दोपहर|अभी|तुरंत|जल्दी(?:\s+से)?|फ़ौरन|फौरन)"
    r"(?:\s+(?:तक|के\s+लिए))?(?![\u0900-\u097f])|"
    r"(?<![\u0980-\u09ff])(?:কাল(?:কে)?|পরশু|আজ(?:কে)?|সকাল(?:ে|ের)?|বিকেল(?:ে|ের)?|সন্ধ্যা(?:য়|র)?|"
    r"রাত(?:ে|ের)?|এখনই|তাড়াতাড়ি|দ্রুত|জলদি)(?:\s+(?:মধ্যে|এর\s+মধ্যে|জন্য))?(?![\u0980-\u09ff])",
    re.IGNORECASE,
)
FILLERS = (FILLER, FILLER_CJ, KO_PARTICLES)
# Words that point at the image or ask politely: no instruction on their own.
_IMAGE_WORDS = cues(
    "image", "picture", "photo", "pic", "画像", "写真", "이미지", "사진", "图片", "图", "照片",
    "इमेज", "तस्वीर", "फोटो", "फ़ोटो", "ছবি", "ছবিটা", "ইমেজ", "part", "area", "bit", "spot",
    "部分", "ここ", "この辺", "부분", "여기", "这里", "這裡", "这部分", "這部分", "hissa", "অংশ",
    "eta", "etake", "etar", "এটাকে", "এটা",
)  # fmt: skip
# A wish to improve with no direction: "make it better", "make it pop", もっと良くして,
# 더 좋게 해줘, 弄得更好看点, इसे और अच्छा बनाओ, behtar karo, আরও ভালো করো ("cooler" is not
# one of them: of a picture it is a colour temperature). Like the words
# that point at the image, they are no instruction on their own ("make it brighter" and
# "make the logo better" still say what to change).
_VAGUE_WORDS = (
    "better", "nicer", "prettier", "good", "nice", "great", "pop", "pops",
    "popping", "stand out", "standout", "improve", "improved", "enhance", "polish",
    "polished", "look", "looks", "feel", "appealing", "attractive", "eye-catching", "catchy",
    "amazing", "awesome", "wow", "overall", "somehow", "perfect", "best", "fancier", "jazz",
    "spruce", "punch", "level", "notch", "glow up", "upgrade",
    "अच्छा", "अच्छी", "अच्छे", "बेहतर", "बेहतरीन", "सुंदर", "सुन्दर", "आकर्षक", "बढ़िया",
    "शानदार", "accha", "acha", "achha", "achchha", "behtar", "sundar", "badhiya", "mast",
    "zabardast", "ভালো", "ভাল", "সুন্দর", "আকর্ষণীয়", "দারুণ", "চমৎকার", "bhalo", "valo",
    "sundor", "darun", "different", "differently", "alag", "onnorokom", "acche se", "achhe se",
    "bhalo kore",
)  # fmt: skip
# "More" goes with the wish ("pop more", "aur accha", আরো ভালো); alone it asks to go on
# with the last change ("a bit more", "thoda aur").
_MORE = (
    r"(?:(?:a\s+lot|much|way|even|more|aur|zyada|jyada|aro|aaro|beshi|और|ज़्यादा|ज्यादा|"
    r"আরো|আরও|বেশি)\s+)*"
)
VAGUE = re.compile(
    rf"(?<![{_WORD}]){_MORE}(?:{'|'.join(sorted(_VAGUE_WORDS, key=len, reverse=True))})"
    rf"(?:\s+more)?(?![{_WORD}])|"
    + cues(
        "良く", "よく", "良い", "いい感じ", "いいかんじ", "いい", "素敵", "ステキ", "すてき",
        "다르게", "색다르게", "不一样", "不同", "अलग", "onnorokom", "অন্যরকম", "うまく", "上手く",
        "上手に", "好好", "感觉", "感覺",
        "かっこよく", "カッコよく", "かっこいい", "綺麗", "きれい", "キレイ", "魅力的", "映える",
        "映え", "改善", "ブラッシュアップ", "感じ", "全体的に",
        "좋게", "좋아 보이게", "낫게", "멋지게", "멋있게", "예쁘게", "이쁘게", "괜찮게", "보기",
        "개선", "업그레이드", "느낌 있게", "잘",
        "更好看", "更漂亮", "更美", "更好", "好看", "好一点", "好一點", "好点", "好點", "漂亮",
        "美观", "美觀", "优化", "優化", "改进", "改進", "完善", "提升", "吸引人", "更", "一点",
        "一點", "点", "點", "得", "让它", "讓它",
    ).pattern,
    re.IGNORECASE,
)  # fmt: skip
NEED = cues(
    "we need", "i need", "need something", "want something", "get started", "go ahead",
    "necesitamos", "precisamos", "abbiamo bisogno", "nous avons besoin",
    "お願いしたい", "作ってほしい", "필요해요", "필요합니다", "만들어 줘", "我们需要", "我們需要",
    "चाहिए", "দরকার", "লাগবে", "필요한데", "필요해서",
)  # fmt: skip
_ASKING = cues("could you", "can you", "would you", r"\?", "？")

_FORMAT_PATTERNS = [pattern for pattern, _ in FORMAT_RULES]
# "For" a channel, left behind when its word is removed: ストーリー用の, 인스타용, 朋友圈用的,
# स्टोरी के लिए, স্টোরির জন্য.
_FOR_USE = re.compile(r"^用(?:の|に|で)?|(?<=\s)用(?:の|に|で)|用的|(?<=\s)용(?=\s|$|으로|이)")
# The kind of occasion a format is for, unnamed: "a trade show banner", ウェビナー用のカード,
# 세미나 배너, 展会海报, "seminar ka poster". It says where the visual is used, not what it
# shows or promotes; a named one ("the Hannover Messe banner", Diwali) keeps its name.
_OCCASION_KIND = re.compile(
    r"(?i:\b(?:(?:the|a|an|our|my|upcoming|next)\s+)?(?:trade\s*shows?|expos?|exhibitions?|"
    r"conferences?|webinars?|seminars?|workshops?|events?|meet-?ups?|summits?|fairs?|"
    r"trade\s+fairs?|booths?)\b)|"
    r"ウェビナー|セミナー|展示会|イベント|説明会|カンファレンス|웨비나|세미나|박람회|전시회|행사|"
    r"이벤트|컨퍼런스|网络研讨会|研讨会|研討會|展会|展會|博览会|博覽會|活动|活動|讲座|講座|"
    r"वेबिनार|सेमिनार|प्रदर्शनी|इवेंट|(?i:\b(?:webinar|seminar|event)\s+(?:ka|ke|ki|er)\b)|"
    r"ওয়েবিনার|সেমিনার|ইভেন্ট|প্রদর্শনী"
)
# Production specs: bleed, safe area, colour profile, resolution, file type, a unit after a
# figure ("A2, 5mm bleed, CMYK FOGRA39, 300dpi, PDF/X-4", 塗り足し3mm, 도련, 出血, ब्लीड,
# ব্লিড). They say how the file is built, not what it shows: a list of them names no subject.
_PRODUCTION_SPECS = re.compile(
    r"(?i:(?<![^\W\d])(?<!-)(?:bleeds?|safe\s*(?:zones?|areas?|margins?)|(?<=mm\s)safe|(?<=px\s)safe|"
    r"trim|slug|crop\s+marks|print[- ]ready|cmyk|rgb|srgb|adobe\s*rgb|p3|fogra\s*\d*\w?|gracol|"
    r"swop|coated|uncoated|gsm|dpi|ppi|lpi|pdf(?:/x-?\d+a?)?|png|jpe?g|tiff?|svg|eps|psd|webp|"
    r"gif|ai|x-?\d+a?|mm|cm|px|pt|inch(?:es)?|in|res(?:olution)?|hi-?res|go|portrait|landscape|"
    # ... and the paper sizes: A2, SRA3, DL, tabloid, US letter.
    r"sra\d|[abc]\d|dl|tabloid|ledger|us\s+(?:letter|legal)|(?:letter|legal)\s+size)"
    r"(?![\w-])|-ready\b)|"
    r"塗り足し|裁ち落とし|解像度|入稿データ?|セーフ(?:ゾーン|エリア)|도련|재단선|해상도|안전\s*영역|"
    r"出血位?|安全区|安全區|分辨率|解析度|色彩模式|毫米|像素|ミリ|밀리|픽셀|"
    r"ब्लीड|रेज़ोल्यूशन|मिमी|पिक्सेल|ডিপিআই|ব্লিড|রেজোলিউশন|মিমি|সেমি|পিক্সেল"
)
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")


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


_BRIEF_RE = re.compile(r"<brief>\s*(.*?)\s*</brief>", re.S)
_ATTACH_RE = re.compile(r'<attachments count="(\d+)" mask="(true|false)"\s*/>')
_CURRENT_RE = re.compile(r'<current_image present="(true|false)"\s*/>')
_JSON_STR = r'"(?:[^"\\]|\\.)*"'
_REF_RE = re.compile(
    rf'<reference id="([^"]*)" brand=({_JSON_STR}) kind="([^"]*)">({_JSON_STR})</reference>'
)


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


# --- slots ------------------------------------------------------------------------------


# Digits of the other scripts (৪:৫, ४:५, ４：５) are digits of sizes and ratios too.
_DIGITS = str.maketrans(
    "০১২৩৪৫৬৭৮৯०१२३४५६७८९０１２３４５６７８９：×", "012345678901234567890123456789:x"
)
# A format word that names the subject: a new dish is no menu card (新メニューの画像,
# 신메뉴 사진, "the new menu item").
_SUBJECT_NOT_FORMAT = re.compile(
    r"\b(?:new|seasonal|limited)\s+menu\s+items?\b|新メニュー|季節メニュー|限定メニュー|"
    r"신메뉴|신\s메뉴|시즌\s*메뉴|新菜品|新品菜|नए?\s+मेनू\s+आइटम|নতুন\s+মেনু\s+আইটেম|"
    r"\bnaye?\s+menu\s+item|\bnotun\s+menu\s+item|"
    # The chat a message was pasted from is where it came from, not a format: "pasting from
    # the dentist's WhatsApp", "client ke WhatsApp group se", カカオトークから, 微信群里转的.
    r"\bfrom\s+(?:the\s+|our\s+|my\s+|their\s+|his\s+|her\s+)?(?:[\w'’]+\s+){0,2}?"
    r"(?:whats\s?app|kakao(?:\s?talk)?|wechat|line|slack|telegram|messenger|signal|email|e-mail|mail)"
    r"(?:\s+(?:group|chat|thread|message|messages))?\b|"
    r"\b(?:whats\s?app|kakao(?:\s?talk)?|wechat|slack|telegram)(?:\s+(?:group|chat|thread))?"
    r"\s+(?:se|theke|thekey)\b|"
    r"(?:カカオトーク|ワッツアップ|LINE|Slack|WhatsApp)(?:の(?:グループ|トーク))?から|"
    r"(?:카톡|카카오톡|왓츠앱|슬랙)(?:방|\s*단톡방)?(?:에서|\s*내용)|"
    r"(?:微信|企业微信|钉钉|WhatsApp)(?:群|聊天记录)?(?:里|中)?(?:转|复制|粘贴|截)",
    re.IGNORECASE,
)
# The use or format not decided yet: "I don't know yet where it's going", どこで使うかまだ
# 決まってない, 어디에 올릴지는 아직 정해지지 않았어요, 用在哪儿还没定, कहाँ इस्तेमाल होगा … तय
# नहीं, কোথায় ব্যবহার হবে … ঠিক হয়নি. The formats it lists are options, not the format.
_KO_WHETHER = "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == 8)  # ㄹ-final
_BN_Y = "(?:\\u09af\\u09bc|\\u09df)"
FORMAT_OPEN = re.compile(
    r"\b(?:don'?t|do\s+not|doesn'?t|does\s+not|didn'?t)\s+know\s+(?:yet\s+)?(?:where|which\s+"
    r"(?:format|size|channel|platform)|what\s+(?:format|size|channel|it'?s\s+for))\b|"
    r"\b(?:where|which\s+(?:format|size|channel|platform))\b[^.!?\n]{0,70}?\b(?:not|hasn'?t|"
    r"haven'?t|isn'?t|undecided|tbd|tbc)\b(?:\s+\w+){0,2}?\s*(?:decided|settled|sure|known|"
    r"confirmed|fixed|tbd|yet)\b|"
    r"\b(?:format|size|channel|placement|platform)\s+(?:is\s+)?(?:still\s+)?(?:tbd|tbc|undecided|"
    r"not\s+(?:yet\s+)?(?:decided|fixed|set|known))\b|"
    r"(?:どこ|何|どの媒体)(?:で|に|へ)?(?:使|載せ|出|流|掲載|配信|貼)[^。！？\n]{0,20}?(?:まだ)?"
    r"(?:決まって(?:い)?(?:な|ませ|おらず)|未定|わから|分から)|"
    r"(?:媒体|用途|サイズ|形式|フォーマット|使い道)(?:は|が)?(?:まだ)?"
    r"(?:未定|決まって(?:い)?(?:な|ませ|おらず))|"
    rf"(?:어디|용도|채널|형식|사이즈|[{_KO_WHETHER}]지)(?:에|서|는|도|가|를)?[^.!?\n]{{0,30}}?"
    r"(?:정해지지|안\s*정해|정하지\s*못|정해진\s*게\s*없|결정(?:되지|\s*안|이\s*안|\s*못)|미정|모르)|"
    r"(?:哪儿|哪里|哪裡|哪兒|什么地方|什麼地方|什么渠道|哪个渠道)[^。！？\n]{0,15}?"
    r"(?:还|還)?(?:没定|沒定|没确定|沒確定|没决定|沒決定|未定|不确定|不確定|不知道|没想好|待定)|"
    r"(?:尺寸|格式|渠道|用途)(?:还|還)?(?:没定|沒定|没确定|未定|待定|不确定)|"
    r"(?:कहाँ|कहां|किस\s+(?:फॉर्मेट|फ़ॉर्मेट|चैनल|साइज़))[^।.!?\n]{0,80}?"
    r"(?:तय\s+नहीं|पता\s+नहीं|फ़?फाइनल\s+नहीं|डिसाइड\s+नहीं)|"
    r"\b(?:kahan|kahaan|kis\s+format)\b[^.!?\n]{0,80}?\b(?:tay|pata|decide|final)\s+nahi|"
    rf"(?:কোথা{_BN_Y}|কোন\s+(?:ফরম্যাট|মাপ|চ্যানেল))[^।.!?\n]{{0,80}}?"
    rf"(?:ঠিক\s+হ{_BN_Y}\s*নি|ঠিক\s+করিনি|ঠিক\s+করা\s+হ{_BN_Y}নি|জানি\s+না|ফাইনাল\s+হ{_BN_Y}নি)|"
    r"\b(?:kothay|kon\s+format)\b[^.!?\n]{0,80}?\b(?:thik\s+hoy\s*ni|jani\s+na|final\s+hoy\s*ni)",
    re.IGNORECASE,
)


def _format_open(text: str) -> bool:
    return FORMAT_OPEN.search(text) is not None


def size_for(text: str) -> str | None:
    """The size the brief asks for: WxH, a ratio or a format word; when the message changes
    its mind, the format of the final request."""
    text = _SUBJECT_NOT_FORMAT.sub(" ", normalise_cues(text).translate(_DIGITS))
    turn = last_change_of_mind(without_quotes(text))
    if turn is not None:
        final = _size_in(text[turn:])
        if final is not None:
            return final
    return _size_in(text)


def _size_in(text: str) -> str | None:
    explicit = _SIZE_RE.search(text)
    if explicit:
        width, height = (max(16, round(int(g) / 16) * 16) for g in explicit.groups())
        return f"{width}x{height}"
    for pattern, size in FORMAT_RULES:
        if pattern.search(text):
            return size
    return _ratio_size(text)


# Any other aspect ratio ("3:1", "2:1", "1:2", "5:4"): its shape picks the size. The second
# number is one digit, so a time ("7:30", "10:15") is never read as one.
_RATIO_RE = re.compile(r"(?<![\d.:])(\d{1,2})\s*:\s*([1-9])(?![\d:])")


def _ratio_size(text: str) -> str | None:
    found = _RATIO_RE.search(text)
    if found is None or int(found.group(1)) == 0:
        return None
    shape = int(found.group(1)) / int(found.group(2))
    if shape > 1.3:
        return "1536x864"
    if shape < 0.65:
        return "864x1536"
    return "1024x1280" if shape < 0.9 else "1024x1024"


# A format named as where a change goes, one of a set made before: "kill the legal line on the
# 300x250", "in the 9:16 one", 1:1 버전에서, 1:1の方から, 1:1版里, "1:1 वाले में से",
# "9:16 er ta theke". It names a piece of earlier work, not a new visual's format.
_DIMS = r"(?:\d{2,4}\s*[xX×*＊]\s*\d{2,4}|\d{1,2}\s*:\s*\d{1,2})"
_FORMAT_AS_PLACE = re.compile(
    rf"(?i:\b(?:on|in|from|off)\s+the\s+{_DIMS}(?![\d:])|"
    rf"{_DIMS}\s+(?:wale|wali|wala)\s+(?:me|mein|par|pe|se)\b|"
    rf"{_DIMS}\s*(?:-?er)?\s*(?:ta|ti|version|ver)\s*(?:theke|te|e)\b)|"
    rf"{_DIMS}\s*(?:(?:버전|사이즈|짜리|거|것|배너|포스터)\s*(?:에서|에선|에는|에)|에서|에선)(?=\s|$)|"
    rf"{_DIMS}\s*(?:の(?:方|ほう|やつ|版|バージョン)|版|バージョン)(?:から|で|では|の)|"
    rf"{_DIMS}\s*(?:的)?(?:版本?|那张|那張|那个|那個)(?:里|裡|上|中)?|"
    rf"{_DIMS}\s+(?:वाले|वाली|वाला)\s+(?:में|पर|से|पे)|"
    rf"{_DIMS}\s*(?:এর|-এর)?\s*(?:টা|টি|ভার্সন)\s*(?:থেকে|তে|এ)"
)


# Earlier pieces named by their size or ratio, as which ones: "the 1080x1350 ones", "4:5 wale",
# 4:5のやつ, 4:5 짜리, 4:5的那些, "4:5 er gulo": no format to make.
_BY_THEIR_SIZE = re.compile(
    rf"(?i:\bthe\s+{_DIMS}\s+(?:ones|versions|cuts)\b|{_DIMS}\s+(?:wale|wali|wala|vale)\b|"
    rf"{_DIMS}\s*(?:-?er)?\s*(?:gulo|guli|gula)\b)|{_DIMS}\s*の(?:やつ|もの|分)|"
    rf"{_DIMS}\s*짜리|{_DIMS}\s*的(?:那些|那几张|那幾張|几张|幾張)|{_DIMS}\s+(?:वाले|वाली)|"
    rf"{_DIMS}\s*(?:এর|-এর)?\s*(?:গুলো|গুলি)"
)


_PARTICLES = re.compile(r"[啊呀吧呢嘛哦哈啦嘞哇诶欸哎呗咯喔噢嗯]")

# An image generator's parameters: "--ar 9:16" names a ratio, and only that is kept; the
# model version, quality, stylize and chaos settings (--v 6, --q 2, --s 250), a seed (--seed
# 7, seed 1234) and a tag's weight ("(glass refraction:1.3)" keeps "glass refraction") say
# nothing of a size, a ratio or what the visual shows.
_PARAMETER = re.compile(
    r"(?i:(?<![\w-])--(?:v|version|q|quality|s|stylize|chaos|c|seed|iw|weird|w|niji|style|"
    r"tile|r|repeat|stop)\b(?:\s+(?!--)[\w.]+)?|(?<![\w-])seed\s*[:#]?\s*\d+\b)"
)
_AR = re.compile(r"(?i)(?<![\w-])--(?:ar|aspect)\s+(?=\d)")
# ... a weight's tag has a letter in it: "(16:9)" is a ratio in brackets.
_WEIGHT = re.compile(
    r"[(（]\s*((?=[^()（）:：\n]*[^\W\d_])[^()（）:：\n]{1,40}?)\s*[:：]\s*\d(?:\.\d+)?\s*[)）]"
)


# A prompt written for an image generator: a tag's weight ("(glass:1.3)"), a negative prompt
# ("negative prompt:", ネガティブ:, 네거티브:, 负面提示词:, नेगेटिव:, নেগেটিভ:) or quality tags
# (8k, masterpiece, 超高精細, 걸작, 杰作, मास्टरपीस, মাস্টারপিস) asks for a visual, not a reply.
_QUALITY_TAG = (
    r"(?i:\b(?:[48]k|masterpiece|best\s+quality|high\s+quality|ultra[\s-]?detailed|highly\s+"
    r"detailed|hyper[\s-]?realistic|photo[\s-]?realistic|ultra[\s-]?realistic|cinematic|"
    r"octane\s+render|unreal\s+engine|trending\s+on\s+artstation|sharp\s+focus|hdr|uhd)\b"
    r"(?!\s*(?:run|race|marathon|walk|tv|tvs|monitor|screen|camera)\b))|"
    r"傑作|最高品質|超高精細|高精細|超高画質|シネマティック|걸작|고퀄리티|초고화질|초고해상도|시네마틱|"
    r"杰作|傑作|最佳质量|最高质量|超高清|超精细|电影感|電影感|मास्टरपीस|सिनेमैटिक|[८8]के|"
    r"মাস্টারপিস|সিনেমাটিক|[৮8]কে"
)


def prompt_tagged(text: str) -> bool:
    """``text`` is written as a prompt for an image generator: weights, a negative prompt or
    at least two quality tags."""
    tags = len(re.findall(_QUALITY_TAG, text))
    return bool(_WEIGHT.search(text) or NEGATIVE_PROMPT.search(text)) or tags >= 2


def without_parameters(text: str) -> str:
    """``text`` with an image generator's parameters read as what they say."""
    return _WEIGHT.sub(r"\1", _AR.sub("", _PARAMETER.sub(" ", text)))


def _remains(text: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    """Whether anything that says something is left once ``patterns`` are removed.

    A Latin word of three letters or more, or two letters of any other script (vowel signs
    are not letters, so a Hindi verb's leftover ending does not count).
    """
    for pattern in patterns:
        text = pattern.sub(" ", text)
    text = _SIZE_RE.sub(" ", text)
    text = re.sub(r"\d+(?::\d+)?", " ", text)
    # Chinese modal particles and interjections (不太对啊, 改一下吧, 哎呀) carry a tone, not a
    # word: a Han character otherwise counts as a word on its own.
    text = _PARTICLES.sub(" ", text)
    letters = 0
    for token in re.findall(r"[^\W\d_]+|[\u0900-\u0DFF]+", text):
        if token.isascii():
            if len(token) >= 3:
                return True
            continue
        # A Han character is a word on its own; kana, hangul and Indic letters are not.
        letters += sum(2 if _HAN.match(ch) else 1 for ch in token if ch.isalpha())
    return letters >= 2


# The sender introducing themselves says nothing of the visual: "this is Margaret from the
# water station team", "I'm Priya from marketing", "main Rohan, sales team se".
_SELF_INTRO = re.compile(
    r"(?:\b(?i:this\s+is|i'?m|i\s+am|my\s+name\s+is|it'?s)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
    r"(?:\s+(?:from|at|of|with|in|on)\s+(?:the\s+|our\s+)?[^.,!?\n]+)?)|"
    r"(?i:\bmain\s+\w+\s+(?:hoon|hu|hun)\b|\bami\s+\w+\s+(?:bolchi|bolchhi)\b)"
)
# "dekh lo", "have a look", 見てください, 봐 주세요, 看一下: asked to look, not to change.
_HAVE_A_LOOK = cues(
    "have a look", "take a look", "ek baar dekh lo", "ek baar dekh lijiye", "zara dekh lo",
    "ekbar dekho", "ekbar dekhun", "dekh lo", "dekh lijiye", "dekhiye", "dekho", "dekh lena",
    "dekhe nao", "dekhen", "ektu dekho", "見てください", "見てみて", "봐 주세요", "봐줘",
    "봐 줘", "看一下", "看看", "देख लो", "देखिए", "देख लीजिए", "দেখো", "দেখুন", "দেখে নিন",
)  # fmt: skip


# "just start on it", 先做着吧, とりあえず進めて, 일단 시작해 줘, "shuru kar do": a nudge to begin,
# no word of what the visual shows.
_JUST_START = re.compile(
    r"(?i:\b(?:just\s+)?(?:start\s+on\s+it|get\s+started|get\s+going|make\s+a\s+start|"
    r"start\s+(?:kar\s+do|karo|koro|kore\s+dao)|shuru\s+(?:kar\s+do|karo|koro|kore\s+dao))\b)|"
    r"先(?:做着|做著|弄着|弄著|做起来|做起來|开始|開始)(?:吧|呗)?|とりあえず(?:進めて|始めて)?|"
    r"일단\s*(?:시작|진행)(?:해\s*(?:줘|주세요))?|शुरू\s+(?:कर\s+दो|करो)|শুরু\s+(?:করো|করে\s+দাও)"
)

# "ok let's continue", 続けて, 계속해 주세요, 继续吧, "aage badhao", এগিয়ে চলো: a word to go on,
# with nothing said of what to change.
_CONTINUE = re.compile(
    r"(?i:\b(?:(?:chalo|cholo)\s+)?(?:continue|keep\s+going|carry\s+on|go\s+on|proceed|move\s+on|"
    r"aage\s+(?:badhao|badho|badhte\s+hain|chalo|chalte\s+hain|chaliye)|egiye\s+(?:jai|cholo|jan))\b)|"
    r"続け(?:て|ましょう|よう)|先に進|계속|继续|繼續|आगे\s+(?:बढ़ाओ|बढ़ो|बढ़ते\s+हैं|चलो|चलते\s+हैं|चलिए)|"
    r"এগিয়ে\s+(?:যাই|চলো|যান)"
)

# A nudge to go on with a piece of work named only by what it was for: "can we crack on with
# the festival stuff now", 学生账户那个也弄一下吧, 秋の件も進めてください, 축제 건도 진행해 주세요,
# "Diwali wala bhi kar do", "pujor ta o kore dao". Nothing is said of what it shows or its format.
_GO_ON_WITH = re.compile(
    r"(?i:\b(?:crack|get|press|push|carry|cracking|getting|pressing)\s+on\s+with\b|"
    r"\b(?:go\s+ahead|proceed|move\s+ahead|get\s+going|make\s+a\s+start|kick\s+off)\s+(?:with|on)\s+"
    r"the\b|\b(?:move|moving)\s+on\s+to\s+the\b|\bget\s+(?:the\s+)?[\w'-]+\s+(?:stuff|one|bits?|"
    r"things?)\s+(?:going|started|moving)\b|"
    r"\b(?:wala|wali|wale)\s+(?:bhi|vi)\s+(?:kar\s+do|karo|kar\s+dijiye|shuru\s+karo|dekh\s+lo)\b|"
    r"\b(?:er\s+)?(?:ta|ti|kaj\s?ta)\s?o\s+(?:kore\s+dao|koro|kore\s+din|shuru\s+koro|dhoro)\b)|"
    r"(?:那个|那個|那些|的)(?:也)?(?:弄|做|搞|整)(?:一下|起来|起來)(?:吧|呗)?|也(?:弄|做|搞|整)一下|"
    r"接着(?:弄|做|搞)|接著(?:弄|做|搞)|"
    r"(?:の件|のやつ|の方|のほう|の分)も(?:進めて|やって|お願い|取りかか|作っ)|に取りかかって|"
    r"(?:건|거|것|쪽)도\s*(?:진행|해\s*(?:줘|주세요)|작업|시작)|(?:건|거)\s*(?:진행해|작업해|시작해)|"
    r"(?:वाला|वाली|वाले)\s+भी\s+(?:कर\s+दो|करो|कर\s+दीजिए|शुरू\s+करो)|"
    r"(?:টা|টি|কাজটা)ও\s+(?:করে\s+দাও|করো|করে\s+দিন|শুরু\s+করো|ধরো)"
)

# The market, team or place a visual is for: "for the Manila market", "for our Jakarta
# stores", インド市場向けに, 인도 시장용으로, 越南那边要的, "Dubai market ke liye", "Siliguri
# market er jonno". It says where the visual goes, not what it shows or promotes: a format
# for a market alone still asks what to show, and displeasure for a market says no change.
# A named shop or branch ("Joe's Coffee Shop", "our Camden branch") is what a visual
# promotes, so only markets, regions, offices and teams are places it is for.
_MARKET_NOUNS = (
    r"markets?|offices?|teams?|audiences?|regions?|side|"
    r"मार्केट|बाज़ार|बाजार|टीम|ऑफिस|दफ़्तर|মার্কেট|বাজার|টিম|অফিস"
)
_FOR_MARKET = re.compile(
    rf"(?:(?:[A-Z][\w'-]*\s+){{1,2}}|[^\s,।.!?]+\s+)(?:{_MARKET_NOUNS})\S*\s+(?i:ke\s+liye|के\s+लिए|ke\s+vaste|"
    r"er\s+jonno|jonno|জন্য|জন্যে)|"
    r"(?:\b(?i:for|in|to|at)\s+(?:the\s+|our\s+|their\s+|its\s+)?)?"
    # ... a market named, not a market that is itself the event ("the farmers market").
    r"(?!(?i:farmers?|flea|night|christmas|street|food|craft|fish|super|stock|bake)\b)"
    r"(?:[A-Z][\w'-]*\s+){1,3}(?i:markets?|office|team|audience|region|side)\b|"
    # ... and a city's shops, several: "for our Jakarta stores".
    r"\b(?i:our|the|their)\s+(?:[A-Z][\w'-]*\s+){1,2}(?i:stores|shops|branches|outlets)\b|"
    r"[\u30a0-\u30ff\u4e00-\u9fff]{0,8}(?:市場|マーケット|現地)(?:向け|用)?(?:には|では|に|の|で)?|"
    r"(?:[^\s,.!?]+\s*)?(?:시장|마켓|현지|지사|법인)(?:용(?:으로|이에요|입니다)?|에서\s*쓸|에\s*쓸|을\s*위한)?|"
    # ... in Chinese, from where the name starts: 给越南市场, 越南那边, 绿茶的泰国市场版.
    r"(?:(?<![\u4e00-\u9fff])|(?<=[给給为為的是做出要]))[\u4e00-\u9fff]{1,5}?"
    r"(?:市场|市場|那边|那邊|那里|那裡|分公司|门店|門店)"
    r"(?:要的|要用|用的话|用的話|用的|的话|的話|要|用|的)?"
)


# "a version", "the same", "another one", 再做一个, もう一枚, 하나 더, ek aur, আরেকটা: with a
# current image, more of it shows what it shows.
_ONE_MORE_OF_IT = re.compile(
    r"(?i:\b(?:version|variant|same|another\s+one|one\s+more|ek\s+aur|ekta\s+aro|arekta)\b)|"
    r"再(?:做|来|來|出|生成)一(?:个|個|张|張|版)|もう一(?:枚|つ|個|パターン)|"
    r"(?:하나|한\s*장|한\s*개)\s*더|एक\s+और|আরেকটা|আরও\s+একটা"
)


# A format named by its shape or its use alone, as a word for "the one": "the tall one",
# "the square one", "whatsapp wala", LINEのやつ, 프사 사이즈로 하나, 抖音那种竖的, স্ট্যাটাস সাইজের টা.
# What stands in for the visual says nothing of what it shows.
_FORMAT_THING = re.compile(
    r"(?i:\b(?:the\s+|a\s+|that\s+|this\s+)?(?:(?:tall|long|wide|square|vertical|horizontal|"
    r"portrait|landscape|big|small|usual|same\s+size)\s+)?(?:one|ones|size|kind|type|thing)\b|"
    r"\b(?:wala|wali|wale|waala|waali|ta|ti|tar|ke\s+liye|er\s+jonno|jonno|size\s+ka|size\s+er)\b)|"
    r"用?の?(?:やつ|ヤツ|もの|サイズ|大きさ)(?:で|を|が)?|縦長|横長|"
    r"프사|프로필\s*사진|(?:하나|한\s*장|한\s*개|거|걸|것)(?=\s|$)|"
    r"(?:那种|那種|这种|這種|那个|那個|这个|這個)?(?:竖的|豎的|横的|橫的|方的|竖版|豎版|横版|橫版)?"
    r"(?:来|來|做|弄)?一(?:个|個|张|張)|那种|那種|竖的|豎的|横的|橫的|方的|"
    r"(?:वाला|वाली|वाले|के\s+लिए|साइज़\s+का|साइज\s+का)|"
    r"(?:সাইজের|মাপের|সাইজ)?\s*(?<![\u0980-\u09ff])(?:টা|টি|এর\s+জন্য|জন্য)(?![\u0980-\u09ff])|সাইজের|মাপের"
)


# A delivery or ordering app the visual is placed on: "a delivery-app banner", "Swiggy banner",
# デリバリーアプリ用, 배달앱 배너, 外卖平台, डिलीवरी ऐप, ডেলিভারি অ্যাপ. Like any channel, it says
# where the visual goes, not what it shows or promotes.
_DELIVERY_APP = re.compile(
    r"(?i:\b(?:(?:food[-\s]?)?(?:delivery|ordering|takeaway|takeout)(?:[-\s]?(?:apps?|platforms?))?|"
    r"apps?|swiggy|zomato|uber\s*eats|door\s*dash|deliveroo|grubhub|foodpanda|"
    r"just\s*eat|talabat|menulog|wolt|glovo|rappi|grab\s*food|gofood|postmates)\b)|"
    r"(?:フード)?デリバリー(?:アプリ)?|出前館|ウーバーイーツ|배달\s*앱|배달의\s*민족|배민|쿠팡\s*이츠|요기요|"
    r"外卖(?:平台|app|App|APP)?|外賣(?:平台|app|App|APP)?|美团|美團|饿了么|餓了麼|"
    r"(?:फ़ूड\s+|फूड\s+)?(?:डिलीवरी|डिलिवरी)(?:\s+ऐप)?|स्विगी|ज़ोमैटो|जोमैटो|"
    r"(?:ফুড\s+)?ডেলিভারি(?:\s+অ্যাপ)?|ফুডপান্ডা"
)


def has_subject(brief: Brief) -> bool:
    """The brief says what the visual shows or promotes: copy, or words beyond the request.

    With a current image, "a version", "the same" or "another one" points at its subject.
    """
    if copy_text(brief) is not None:
        return True
    if brief.current_image and not FINAL.search(brief.text) and _ONE_MORE_OF_IT.search(brief.text):
        return True
    text = _DRAFT_ID.sub(" ", without_quotes(brief.text))
    left, extra = [], []
    if LEFT_TO_YOU.search(text):
        # Content left to atelier: a polite frame and a wish for it to look good are all
        # the rest says ("何かいい感じのバナー…お任せします").
        left, extra = [LEFT_TO_YOU], [POLITE_ASK, VAGUE, _LAUGH, _POLITE_FRAME]
    asking = [
        FORMAL_COURTESY,
        _SELF_INTRO,
        _JUST_START,
        GREETING,
        THANKS,
        FINAL,
        WHEN,
        _RUSH,
        _ASSIGNED,
        CHAT_WORDS,
        *_FORMAT_PATTERNS,
        CREATE,
        _DELIVERY_APP,  # before "用" too: デリバリーアプリ用
        _OCCASION_KIND,  # before "用": ウェビナー用 leaves 用 to stand alone
        _FOR_USE,
        _PRODUCTION_SPECS,
    ]
    # "कुछ बढ़िया सा पोस्टर", "a nice poster", 멋진 포스터: a visual only wished good shows nothing.
    # The market goes first: "for the Polish market" is no verb to polish with.
    return _remains(
        text,
        [_FORMAT_THING, _FOR_MARKET, _WISHED_GOOD, *left, *asking, *extra, *FILLERS, _ANSWER_TAIL],
    )


# How pressing it is and who is waiting, or whether it can be done in time: "needed right
# now, the client's waiting", 急いでます, 급함 ㅠㅠ, 필요해서 가능할까요?, 很急, "boss wait kar
# raha hai", খুব জরুরি. Like the hour it is wanted by, none of it says what the visual shows.
_RUSH = re.compile(
    r"(?i:\b(?:(?:like\s+)?right\s+now|(?:very\s+|super\s+|bahut\s+|khub\s+)?urgent(?:ly)?|"
    r"in\s+a\s+(?:hurry|rush)|hurry|stat|rush\s+(?:job|order)|"
    r"(?:my\s+|the\s+|our\s+)?(?:boss|client|manager|team|customer|everyone)(?:'s|\s+is|\s+are)?"
    r"\s+(?:waiting|asking|chasing(?:\s+me)?)(?:\s+(?:on|for)\s+it)?|"
    r"(?:boss|client|manager|sir)\s+(?:wait|intezaar|intezar|opekkha)\s+(?:kar|kor)\s*\w*"
    r"(?:\s+(?:hai|hain|he))?|joruri|jaruri|zaroori|"
    r"(?:possible|doable)\b[?]?|(?:is\s+it|would\s+that\s+be)\s+possible|"
    r"(?:ho|mil|ban)\s+(?:jayega|jaega|payega|paega|sakega)|(?:ajker|kalker)\s+moddhe|"
    r"asap|jaldi(?:\s+se)?|taratari|"
    # who it is wanted for: "client ko kal chahiye", "boss er jonno"
    r"(?:client|boss|sir|madam|manager)\s+(?:ko|ke\s+liye|ka|ki|ke|er\s+jonno|er|ke\s+dite)|"
    r"(?:hobe|parben|parbe|parba)\s*[?])\b)|"
    r"大至急|今すぐ|いますぐ|急いで(?:ます|います|る|て)?|急ぎです|上司が待って\S*|間に合(?:います|う)?か?|"
    r"できますか|できる[?？]|いけますか|いける[?？]|"
    r"급(?:해요|해|합니다|함|한데|해서)|지금(?:\s*당장)?|필요한데|필요해서|"
    r"가능(?:할까요|한가요|해요|하죠|할까)?[?？]?|"
    r"(?:월|화|수|목|금|토|일)요일(?:까지|에|날)?|(?:그런데|근데)(?=\s|$)|[ㅠㅜ]+|"
    r"(?<![\u4e00-\u9fff])急+(?![\u4e00-\u9fff])|很急|着急|著急|急需|加急|赶时间|趕時間|老板在等|"
    r"老闆在等|等着要|等著要|来得及吗|來得及嗎|"
    r"(?:बहुत\s+)?(?:अर्जेंट|ज़रूरी|जरूरी)|बॉस\s+इंतज़ार\s+कर\s+रहे\s+हैं|हो\s+(?:जाएगा|पाएगा)|"
    r"(?:খুব\s+)?(?:জরুরি|জরুরী)|বস\s+অপেক্ষা\s+করছেন?|(?:আজকের|কালকের)\s+মধ্যে|"
    r"(?:হবে|পারবেন|পারবে)\s*[?？]"
)
# The job handed down, which says nothing of what it shows: "I've been assigned a banner",
# "kindly do the needful", "boss ne bola hai", アサインされた, 배정받았어요, 分配到, 老板让我,
# "assign hua hai", "boss bolse".
_ASSIGNED = re.compile(
    r"(?i:\b(?:i|we)(?:'ve|\s+have|'m|\s+am|\s+was|\s+were|'re|\s+are)?\s+(?:just\s+)?"
    r"(?:been\s+|got\s+|get\s+)?(?:assigned|allotted|allocated|given|tasked\s+with|handed)\b|"
    r"\b(?:kindly\s+)?do\s+the\s+needful\b|"
    r"\b(?:my\s+|the\s+|our\s+)?(?:boss|manager|sir|ma'?am|madam|client|team\s+lead|senior)\s+"
    r"(?:has\s+|had\s+)?(?:told|asked|said|wants)(?:\s+(?:me|us))?(?:\s+to)?\b|"
    r"\b(?:boss|manager|sir|madam|client)\s+ne\s+(?:bola|boli|kaha|kahi)(?:\s+(?:hai|tha|thi))?\b|"
    r"\b(?:mujhe|hume|humein|amake|amader)\b|"
    r"\bassign(?:ed)?\s+(?:hua|hui|huye|kiya|ki|kiye|hoyeche|korse|korche|koreche|korechen)"
    r"(?:\s+(?:hai|hain|tha|thi))?\b|"
    r"\b(?:boss|sir|madam|client)\s+(?:bolse|bolechen|boleche|bollo)\b)|"
    r"(?:アサイン|割り当て|割り振)(?:され|られ)\S*?(?=[、。，,!！?？\s]|$)|任され(?:た|ました)|"
    r"頼まれ(?:た|ました)|(?:上司|部長|課長)に(?:言われ|頼まれ)(?:た|ました)|"
    r"(?:배정|할당|지시)\s*받(?:았|은|아서)\S*|맡(?:았|게\s*됐)\S*|(?:팀장님|부장님|상사)(?:이|께서)\s*시키\S*|"
    r"(?:被)?(?:分配|分派|安排)(?:到|给)(?:我)?(?:了)?|(?:领导|領導|老板|老闆|上司)(?:让|讓|叫)(?:我)?(?:们)?|"
    r"(?:बॉस|सर|मैनेजर|क्लाइंट)\s+ने\s+(?:बोला|कहा)(?:\s+(?:है|था))?|असाइन\s+(?:हुआ|हुई|किया)(?:\s+है)?|"
    r"(?:বস|স্যার|ম্যাডাম|ক্লায়েন্ট)\s+(?:বলেছেন|বলেছে|বলল)|অ্যাসাইন\s+(?:হয়েছে|করেছে|করেছেন)"
)
_WISHED_GOOD = re.compile(
    # "anything at all", 아무거나 하나, 何でもいいので, 随便做一张, "kuch bhi", যা খুশি: nothing
    # is chosen.
    r"(?i:\b(?:anything(?:\s+at\s+all)?|kuch\s+bhi|koi\s+bhi|je\s+kono|ja\s+khushi)\b)|"
    r"(?i:\b(?:nice|good|great|cool|pretty|lovely|beautiful|amazing|awesome|attractive|"
    r"eye-catching|catchy|stunning|fancy|perfect|accha|acha|achha|acchi|achhi|badhiya|sundar|mast|"
    r"zabardast|shandar|bhalo|valo|sundor|darun|sa|si|se|"
    # ... and the request around the wish: "koi achha sa banner chahiye", "ekta sundor … chai".
    r"koi|kuch|ekta|kichu|chahiye|lagbe|dorkar|chai(?=\W*$))\b)|"
    r"いい感じ|いい|良い|素敵|ステキ|すてき|かっこいい|カッコいい|おしゃれ|お洒落|綺麗|きれい|キレイ|"
    r"かわいい|可愛い|멋진|예쁜|이쁜|좋은|괜찮은|근사한|세련된|好看|漂亮|精美|不错|不錯|"
    r"아무거나|아무\s*거나|뭐든지?|何でも(?:いい(?:ので|から)?)?|なんでも(?:いい(?:ので|から)?)?|随便|隨便|"
    r"什么都(?:行|可以)|什麼都(?:行|可以)|कुछ\s+भी|कोई\s+भी|যা\s+খুশি|যেকোনো|যে\s+কোনো|"
    r"(?<![\u0900-\u09ff])(?:अच्छा|अच्छी|अच्छे|बढ़िया|सुंदर|सुन्दर|शानदार|बेहतरीन|आकर्षक|सा|सी|से|"
    r"ভালো|ভাল|সুন্দর|দারুণ|চমৎকার|আকর্ষণীয়|कोई|एक|চাই|লাগবে|দরকার|একটা|কোনো)(?![\u0900-\u09ff])"
)


# Taking something out: with a mask, the masked part is what ("remove this bit", 消して).
_REMOVAL = cues(
    "remove", "erase", "delete", "get rid of", "take out", "clear", "hata", "hatao", "mita",
    "हटा", "मिटा", "消して", "消し", "取って", "지워", "삭제", "없애", "去掉", "删", "刪", "抹掉",
    "মুছ", "সরা", "muche", "shoria", "sorao", "soriye", "shoriye", "muchhe",
)  # fmt: skip


# Chinese verbs of change in two characters (调整, 修改): the change verb alone takes one.
_CHANGE_COMPOUNDS = re.compile(r"调整|調整|修改|更改|改动|改動|变动|變動")


# The attachments pointed at and counted, and nothing more: "these three pictures", "ei tin
# te chhobi", 이거 두 개로 뭐 좀, この3枚, 这两张, ये तीन फोटो, এই দুটো ছবি. Counting them says
# which images, not what to do with them.
_COUNTED_ATTACHMENTS = re.compile(
    r"(?i:\b(?:these|those|both|all|ei|ey|egulo|ye|yeh|yah|in|inn|dono|teeno|two|three|four|"
    r"five|six|dui|duto|tin|tinte|teen|char|chaar|paanch|panch)\b|"
    r"\b(?:te|ti|to|ta|khana|wali|wale)\b|"
    r"\b(?:chh?obi\w*|tasveer\w*|tasvir\w*|pictures?|photos?|pics?|images?|shots?)\b)|"
    r"(?:이거|그거|저거|이것들?|이\s*사진들?)|(?:한|두|세|네|다섯|\d+)\s*(?:장|개)(?:으로|로|를|은|는|이)?|"
    r"뭐\s*좀|この|これら|これ|[二三四五六\d]+\s*枚|[这這那][两兩二三四五六\d]+|[两兩二三四五六\d]+\s*[张張个個]|"
    r"ये|यह|इन|दोनों|तीनों|तीन|चार|फ़ोटो|फोटो|तस्वीरें|"
    r"এই|এগুলো|দুটো|দুটি|তিনটে|তিনটি|চারটে|ছবিগুলো|ছবি"
)


# A client's words relayed by the one who sends them: the speaker's tag ("> client:", "[Min]"),
# the frame of reported speech (先方…だそうです, 客户说, 클라가 …래요, client ne bola, বায়ার
# বলেছে) and the sender's aside on it ("over to you", 就这一句, কিছুই বলেনি). They carry no
# instruction of their own: what the client said must say what to change.
_SPEAKER_TAG = re.compile(
    r"(?m:^\s*(?:>\s*)*(?:\[[^\]\n]{1,24}\]|[^\s:：>\"“「][^:：\n\"“「]{0,24}[:：]))"
)
_RELAY_WORDS = re.compile(
    r"(?m:^\s*>|^\s*\[[^\]\n]{1,24}\])|"
    r"(?i:\bover\s+to\s+you\b|\bsomething'?s\s+(?:off|missing|not\s+right)\b|\bno\s+(?:clue|idea)\s+what\s+(?:he|she|they)\s+mean?s?\b|\btbh\b|"
    r"\bthat'?s\s+it\b|\b(?:bola|kaha|boleche|bolse)\b|"
    r"\bthat'?s\s+all\s+(?:they|he|she)\s+(?:said|wrote)\b|"
    r"\b(?:the\s+)?client\s+(?:says?|said|wrote|writes)\b|\bclient\s+ne\s+(?:bola|kaha|likha)\b|"
    r"\b(?:bas\s+)?itna\s+hi\b|\bkichhu(?:i)?\s+bole\s*ni\b)|"
    r"先方(?:さん|様)?(?:から|より)?|クライアント(?:さん|様)?(?:から|より)?|お客(?:様|さん)(?:から)?|だそう(?:です)?|とのこと(?:です)?|"
    r"(?:客户|甲方|老板|领导|客戶|老闆)(?:说|說|讲|講)|就?(?:这|這)(?:么|麼)?一句|"
    r"클라(?:이언트)?(?:가|께서|쪽에서)|(?:이)?래요|라고\s*하네요|"
    r"没(?:有)?别的了?|就这些|それだけ(?:です)?|以上です|이게\s*다(?:예요|에요)|"
    r"클라이언트|क्लाइंट\s+ने|(?:कहा|बोला)(?![\u0900-\u097f])|বায়ার|ক্লায়েন্ট|বলেছে|কী\s+বদলাবে|কিছুই\s+বলেনি|"
    r"(?i:\bwhat\s+to\s+change\b|\bki\s+bodlabe\b|\bkya\s+badalna\b)"
)
_RELAYED = re.compile(f"{_SPEAKER_TAG.pattern}|{_RELAY_WORDS.pattern}")


def has_instruction(brief: Brief) -> bool:
    """An edit brief says what to change: something is left once the change verb and the
    words pointing at the image are removed ("change it" leaves nothing)."""
    if copy_text(brief) is not None or SELF_INSTRUCTING.search(without_quotes(brief.text)):
        return True
    if removes_quoted(strip_envelope(brief.text)):
        return True  # "'Summer Deals' hata do": the quote says what goes
    if _RELAY_WORDS.search(brief.text) and any(
        not _says_nothing_to_change(q)
        for q in (next(g for g in m.groups() if g) for m in _THREAD_QUOTE.finditer(brief.text))
    ):
        return True  # 先方「背景を白にしてほしい」だそうです: the client's words say what to change
    if brief.mask and _REMOVAL.search(brief.text):
        return True  # "yeh wala part hata do": the mask says which part
    # Displeasure ("not quite", なんか違う, ধুর) says a change is wanted, not which; the
    # attachments presented and the result left to atelier ("사진 두 장 보낼게요 알아서 잘
    # 해주세요") say nothing of it either.
    return _remains(
        without_quotes(brief.text),
        [
            _RELAYED, _FOR_MARKET, _CONTINUE, DISLIKE, UNSURE, VAGUE, _CHANGE_COMPOUNDS,
            EDIT_VERBS, MAKE_NOW, _IMAGE_WORDS, POLITE_ASK, _ASKING, LEFT_TO_YOU, _INTRODUCING,
            _HAVE_A_LOOK, FORMAL_COURTESY, THANKS, *FILLERS, ACK,
            *((_COUNTED_ATTACHMENTS,) if brief.attachments > 1 else ()),
        ],
    )  # fmt: skip


# A new visual built from attachments, not an edit of one: what an attachment shows put in
# a new scene ("the sneakers from the attached photo on a rooftop", 添付の商品写真を桜の木の
# 下に置いた感じ, 첨부한 사진을 바다 배경에 넣고, 把附件里的包放到雪山背景里, সংযুক্ত ছবিটা
# উৎসবের টেবিলে বসিয়ে). The scene is no part of an image: a photo, a corner or a side is
# where something goes on the attached image, which is an edit.
_NOT_A_SCENE = re.compile(
    r"(?i:\b(?:photo|image|picture|pic|shot|flyer|banner|poster|corner|bottom|top|left|right|"
    r"side|cent(?:re|er)|middle|it|them|this|that)\b)|写真|画像|隅|端|角|右下|左下|右上|左上|"
    r"사진|이미지|구석|모서리|오른쪽|왼쪽|상단|하단|포스터|배너|图|圖|照片|角落|右下|左下|右上|左上|中间|"
    r"फोटो|फ़ोटो|इमेज|कोने|\bkone\b|ছবি|কোণ|কোনা|\bphoto\b|\bchobi\b|"
    r"पोस्टर|बैनर|तस्वीर|ऊपर|नीचे|পোস্টার|ব্যানার|(?i:\b(?:post|upar|neeche|niche|tasveer)\b)"
)
# Japanese verbs of putting something somewhere, or of it being there (置いた感じ, いる感じ).
_JA_PUT = "置|のせ|乗せ|載せ|入れ|合成|配置|並べ|いる感じ|いるよう"
_SCENE_MOVE = re.compile(
    # en: the attachment itself, or a thing taken from it, put somewhere.
    r"(?i:\b(?:put|place|set|drop|stick|plonk|show|move)\s+(?:the|this|my|our)\s+"
    r"(?:attached|uploaded)\s+(?:[\w-]+\s+){0,2}?(?:(?:on|onto|in|into|at|under|against|by|"
    r"beside|inside|among)\s+|(?=somewhere))(?P<en1>[^,.;!?\n]+)|"
    r"\b(?:put|place|set|drop|stick|plonk|show|move)\s+(?:[\w'-]+\s+){1,4}?from\s+(?:the|this|"
    r"my|our)\s+(?:attached\s+|uploaded\s+)?(?:photo|shot|image|picture|pic|file)s?\s+"
    r"(?:(?:on|onto|in|into|at|under|against|by|beside|inside|among)\s+|(?=somewhere))"
    r"(?P<en2>[^,.;!?\n]+)|"
    # ... or the attachment as "it": "Here's our product shot. Could you put it by a pool?"
    # ... or pointed at with a noun: "put this lamp somewhere cosy".
    r"\b(?:put|place|set|drop|stick|plonk|show|move|stand)\s+(?:it|this|them|these|that|him|her|"
    r"(?:this|that|these|those)\s+(?!(?:text|copy|line|word|logo|price|title|headline|date)s?\b)"
    r"[\w'-]+)\s+(?:(?:on|onto|"
    r"in|into|at|under|against|by|beside|inside|among|next\s+to)\s+|(?=somewhere))"
    r"(?P<en3>[^,.;!?\n]+))|"
    r"(?:これ|それ|こちら)を(?P<ja2>[^。、を]{1,20}?)(?:に|で)(?:置|のせ|乗せ|載せ|入れ|合成|配置|並べ)|"
    r"(?:添付|送った|アップ(?:ロード)?した)[^。、]{0,16}?[、,]\s*(?P<ja3>[^。、を]{1,24}?)(?:に|で)"
    rf"(?:{_JA_PUT})|"
    r"(?:找|换|換)(?:个|個|一个|一個)?(?P<zh4>[^，,。]{0,10}(?:背景|场景|場景|地方|环境|環境))"
    r"(?:放进去|放進去|放进|放進|放上去|放上|放)|"
    r"(?:이걸|이것을|이거를|얘를|이\s*제품을)\s*(?P<ko2>[^.,?!]{1,20}?)에\s*(?:넣|놓|합성|배치|올려|세워|두)|"
    r"(?:사진|이미지)(?:을|를)?\s*,?\s*(?P<ko3>[^.,?!]{1,20}?)(?:에|로|으로)\s*(?:옮겨|옮기|보내)|"
    r"(?:사진|이미지)(?:을|를)\s*,?\s*(?P<ko5>[^.,?!]{1,20}?)에\s*(?:넣|놓|두|올려|배치|합성)|"
    # "이 향수 사진 어디 예쁜 데 놓아주세요": a place noun (데, 곳) needs no particle.
    r"(?:사진|이미지)\s*,?\s+(?P<ko6>[^.,?!]{0,16}?(?:데|곳))(?:에|에다)?\s*(?:넣|놓|두|둬|올려|배치|세워)|"
    r"(?:사진|이미지)(?:의\s*\S+)?(?:을|를)\s*,?\s*(?P<ko4>[^.?!]{1,20}?)에\s*(?:있는|놓인|서\s*있는)\s*"
    r"(?:느낌|것처럼|모습)|"
    r"(?i:\b(?:photo|image|pic|tasveer)\s+(?:ko\s+)?(?P<hi4>(?:\S+\s+){1,4}?)(?:pe|par|me|mein)\s+"
    r"(?:rakh|laga|daal|dal|bitha|dikha)\w*)|"
    # "ise kisi sundar jagah rakh do": a place noun (jagah, जगह) needs no postposition.
    r"(?i:\b(?:ise|isko|use|usko)|इसे|इसको|उसे|उसको)\s+(?P<hi6>(?:\S+\s+){0,3}?(?i:jagah|jagha|जगह))\s+"
    r"(?i:rakh|laga|bitha|baitha|रख|लगा|बिठा|बैठा)|"
    r"(?:फोटो|फ़ोटो|इमेज|तस्वीर)\s+(?:को\s+)?(?P<hi5>(?:\S+\s+){1,4}?)(?:में|पर|पे)\s+"
    r"(?:रख|लगा|डाल|बिठा)|"
    # 这张盆栽照片帮我放到…: the attachment pointed at without 把.
    r"(?:这张|這張|这个|這個|这只|這隻)[^，,。]{0,10}?(?:放到|放在|放进|放進|移到)(?P<zh6>[^，,。]{1,15})|"
    # 用这张照片，放在…: the photo taken up, then where it goes after a comma.
    r"(?:用|拿)(?:这张|這張|这个|這個)[^，,。]{0,8}?[，,]\s*(?:放到|放在|放进|放進|移到)(?P<zh7>[^，,。]{1,15})|"
    # 把它 / 把这只猫 / 把這張: the attachment pointed at, then where it goes.
    r"把(?:它|它们|它們|这|這)[^，,。]{0,6}?(?:放到|放在|放进|放進|移到|P到|p到)"
    r"(?P<zh2>[^，,。]{1,15})|"
    r"放(?:到|在|进|進)(?P<zh3>[^，,。]{0,12}(?:场景|場景|背景|环境|環境|景色|街头|街頭|海边|海邊))|"
    # "is doggo ko …", "is photo mein billi ko …": the subject pointed at, then where it goes.
    r"(?i:\b(?:ise|isko|use|usko|unhe|is\s+\w+\s+ko|is\s+(?:photo|pic|image|tasveer)\s+(?:mein|me)\s+\w+\s+ko)"
    r"\s+(?P<hi2>(?:\S+\s+){1,6}?)(?:pe|par|me|mein)\s+(?:rakh|laga|dikha|bitha|baitha|daal|dal|khada|khadi))|"
    r"(?:इसे|इसको|उसे|उसको|उन्हें|इस\s+\S+\s+को|इस\s+(?:फोटो|फ़ोटो|तस्वीर|इमेज)\s+में\s+\S+\s+को)\s+"
    r"(?P<hi3>(?:\S+\s+){1,6}?)(?:में|पर|पे)\s+(?:रख|लगा|दिखा|बिठा|बैठा|डाल|खड़ा|खड़ी)|"
    r"(?:(?:添付|送った|アップ(?:ロード)?した)\S{0,16}?|(?:この|その)[^。を]{0,12}?(?:写真|画像)"
    r"(?:の[^。を]{1,8})?)を[、,]?\s*(?P<ja>[^。、を]{1,20}?)(?:に|で)"
    r"(?:置|のせ|乗せ|載せ|入れ|合成|配置|立た|並べ|はめ|いる感じ|いるよう)|"
    r"(?:첨부|보낸|보내\s*드린|올린|업로드한)\S*\s*(?:\S+\s*){0,3}?\S*(?:을|를)\s*"
    r"(?P<ko>[^.,?!]{1,20}?)에\s*(?:넣|놓|합성|배치|올려|세워|두)|"
    r"把(?=[^，,。]{0,12}(?:附件|附上|上传|上傳|发的|發的|这张|這張|照片))[^，,。]{0,16}?"
    r"(?:放到|放在|放进|放進|移到|合成到|P到|p到|搬到)(?P<zh>[^，,。]{1,15})|"
    r"(?i:(?:attached|attach\s+ki|bheji|bheje|upload\s+ki|अटैच|भेजी|भेजे|भेजा)\S*\s+"
    r"(?:\S+\s+){0,4}?(?:ko|को)\s+(?P<hi>(?:\S+\s+){1,4}?)(?:pe|par|me|mein|में|पर|पे)\s+"
    r"(?:rakh|laga|dikha|bitha|रख|लगा|दिखा|बिठा))|"
    r"(?i:(?:সংযুক্ত|অ্যাটাচ|পাঠানো|পাঠালাম|এটাকে|ওটাকে|ছবিটা|ছবিটাকে|\bchh?obi\s?ta|\battach\w*|"
    r"\bpathano|\bpathalam|"
    r"\betake|\botake|\beta\s+ke|\bota\s+ke|এটা\s+কে|ওটা\s+কে)\S*\s+(?:\S+\s+){0,4}?(?P<bn>\S+(?:তে|য়|এ|ে|e|te|y))\s+"
    r"(?:বসিয়ে|বসাও|বসান|রাখো|রেখে|রাখুন|নিয়ে\s+যা|দাঁড়\s*করা\S*|\bboshiye|\bbosiye|\bboshao|"
    r"\bbosao|\bboshan|\brekhe|\brakho|\bniye\s+ja|\bdaa?r\s+kor(?:ao|iye|an)))|"
    # ... the person in it as "him" or "her": ওকে … ট্রাম স্টপে দাঁড় করাও, "oke … e boshao".
    r"(?i:(?:(?<![\u0980-\u09ff])(?:ওকে|ওঁকে|তাকে|ওদের)|\b(?:oke|onake|oder))\s+"
    r"(?P<bn4>(?:\S+\s+){0,5}?\S+(?:তে|য়|এ|ে|e|te|y))\s+(?:বসিয়ে|বসাও|বসান|রাখো|রেখে|রাখুন|দাঁড়\s*করা\S*|"
    r"\bboshiye|\bbosiye|\bboshao|\bbosao|\brekhe|\brakho|\bdaa?r\s+kor(?:ao|iye|an)))|"
    # zh: 换个好看点的背景 / 换成海边的背景, the photo's background changed to a scene.
    r"(?:换|換)(?:个|個|一个|一個|成)(?P<zh5>[^，,。？?]{0,10}(?:背景|场景|場景))|"
    r"এই\s+\S+(?:টা|টি|টাকে|টিকে)\s+(?P<bn3>(?:\S+\s+){0,3}?\S+(?:তে|য়|এ|ে))\s+"
    r"(?:বসিয়ে|বসাও|বসান|রাখো|রেখে|রাখুন|নিয়ে\s+যা)|"
    r"(?i:\bei\s+\w+\s?ta\s+(?:ke\s+)?(?P<bn2>(?:\S+\s+){0,3}?\S+(?:e|te|y))\s+"
    r"(?:boshiye|bosiye|boshao|bosao|rekhe|rakho|niye\s+ja))|"
    # ja: このボトルを、どこか素敵な場所に / この車、どこかいい感じの場所に置いた感じに.
    r"(?:この|その)[^。を、\s]{1,12}?(?:を[、,]?|[、,]|\s)\s*(?P<ja4>[^。、を]{1,20}?)(?:に|で)"
    rf"(?:{_JA_PUT})|"
    # ... or the photo made into a place: この写真（添付）を、どこか素敵な場所にして.
    r"(?:この|その|添付の)[^。を]{0,12}?(?:写真|画像)[^。を]{0,8}?を[、,]?\s*"
    r"(?P<ja5>[^。、を]{0,16}?(?:場所|ところ|とこ|景色|風景|シーン))(?:に|へ)(?:して|変え|連れ|移)"
)
# Several attachments made into one: "combine both photos", 合成一张, 3枚をまとめて,
# 합쳐서, जोड़कर, মিলিয়ে.
COMBINE = cues(
    "combine", "merge", "composite", "blend", "collage", "all in one", "into one",
    "put them together", "put these together", "put both together", "put the two together",
    "मिला दीजिए", "मिलाइए", "jod dijiye", "mila dijiye",
    "合成", "まとめ", "一枚に", "1枚に", "합쳐", "합치", "하나로", "한 장으로", "拼成", "拼在",
    "拼一下", "拼起来", "拼起來", "拼一起", "拼到一起", "mila do", "mila dijiye", "मिला दो",
    "組み合わせ", "組みあわせ", "조합", "결합", "组合", "組合", "合并", "合併", "jod do", "jor do",
    "জোড়া লাগিয়ে", "jora lagiye",
    "জুড়ে দিন", "miliye din", "合わせといて", "合わせておいて", "合わせて", "合わせ",
    "拼接", "拼图", "拼到", "合在一起", "合成一张", "合到一起", "जोड़", "मिलाकर", "मिला कर",
    "milakar", "mila ke", "jod ke", "jodkar", "ek mein", "মিলিয়ে", "জুড়ে", "জোড়া", "একসাথে",
    "milie", "miliye", "jure", "ekshathe", "eksathe", "এক করে", "ek kore", "mile kore",
    "মিলে করে", "milaye dao", "milay dao",
    # "mix" them, with the verb that asks it: "ei 4 ta chhobi mix kore dao", 組み合わせてください
    "mix", "mix them", "mix these", "mix kore dao", "mix kore din", "mix kore", "mix karo",
    "mix kar do", "mix kar dijiye", "मिक्स कर दो", "मिक्स करो", "মিক্স করে দাও", "মিক্স করুন",
    "ミックスして", "믹스해", "섞어", "混合", "混在一起", "組み合わせてください",
    "組み合わせて下さい", "合わせてください", "합쳐주세요", "합쳐 주세요", "组合一下", "拼一起吧",
    # 合 on its own with a light verb: 合一下, 合一张, 合起来, 合到一块.
    "合一下", "合一张", "合一張", "合起来", "合起來", "合到一块", "合到一塊", "合成一个",
    "mash up", "mash\\s+(?:them|these|those|both|all)(?:\\s+\\w+)?\\s+up", "섞어", "まぜて",
    "混ぜて",
    # fused into one, said playfully: 合体させて, 합체해줘, 合体一下, "fuse them"
    "合体させて", "合体させ", "合体して", "合体", "合體", "합체", "fuse", "fuse them", "फ्यूज़",
    "ফিউজ",
)  # fmt: skip
# Words that present the attachments ("Here are two photos of the new lip oils", ロゴと店舗
# の写真を送ります, 这是我们的新品, এটা আমাদের নতুন…): they say what is sent, not what to do.
_INTRODUCING = re.compile(
    r"(?i:\b(?:here(?:'s|\s+is|\s+are|\s+r)|attached\s+(?:is|are)|i'?ve\s+attached|i\s+(?:am|'m)\s+"
    r"(?:sending|attaching)|sending\s+you|(?<![\w\s])\s*sending|^sending|these\s+are|these\s+r|this\s+is)\b[^.?!,\n—–]*?"
    # ... typed with no stop, it ends where the request starts: "this is the choir pic from
    # friday can u put them …", "these r the cupcake pics put them together".
    r"(?:[.?!,]|$|(?=\s+(?:can|could|would|will|pls|please|plz|kindly|put|place|make|combine|"
    r"merge|turn|use|add|remove|swap|change|then|so)\b))|"
    # "three screenshots from the game attached, …"
    r"[^.?!,;\n]*\b(?:attached|enclosed|uploaded)\s*[.?!,;]|"
    # Office shorthand for it: "PFA the logo.", "please find attached our menu,".
    r"\b(?:pfa|please\s+find\s+(?:the\s+)?(?:attached|enclosed))\b[^.?!,;\n]*(?:[.?!,;]|$)|"
    # "Three photos from the Hendry wedding." names what is sent, asks nothing.
    r"(?:^|(?<=[.!?]\s))(?:the\s+)?(?:two|three|four|five|\d+|some|a\s+few)\s+(?:photos?|pics?|"
    r"shots?|images?|screenshots?)\b[^.?!\n—–:]*(?:[.!:]|\s[—–-]\s))|"
    r"[^,।.\n]*?(?:भेज\s+(?:रहा|रही)\s+(?:हूँ|हूं|हैं)|(?i:bhej\s+(?:raha|rahi)\s+(?:hu|hoon|hun)))[,।.]?|"
    # "do photos bheje hain", "दो फोटो भेजी हैं": sent already, in as few words.
    r"[^,।.\n]*?(?:भेजे|भेजी|भेज\s+दी|भेज\s+दिए|(?i:\bbheje|\bbheji|\bbhej\s+di(?:ye|e)?))"
    r"(?:\s+(?:हैं|है|(?i:hain|hai|hai?n)))?(?![\w\u0900-\u097f])[,।.]?|"
    # "দুটো ছবি দিলাম,", "duto chobi pathalam": the photos handed over.
    r"[^,।.\n]*?(?:দিলাম|পাঠালাম|পাঠাচ্ছি|(?i:\bdilam|\bpathalam|\bpathachhi))[,।.]?|"
    r"[^。\n]*?(?:を)?(?:送ります|送りました|送るね|添付します|添付しました)[。]?|"
    # What the photos are, said as such: ケーキの写真3枚です, 케이크 사진 세 장이에요, "egulo
    # cake er chobi", এগুলো কেকের ছবি.
    r"[^。\n]*?(?:写真|画像|ショット)(?:\s*[\d一二三四五]+\s*枚)?(?:です|になります)[。、]?|"
    r"[^.,\n]*?(?:사진|이미지)(?:\s*(?:한|두|세|네|다섯|\d+)\s*장)?(?:이에요|예요|입니다|이야|임)[.,]?|"
    r"(?i:\b(?:eta|egulo|ei\s*gulo)\s+[^,।.\n]*?\b(?:chobi|photo|pic)\w*)|"
    r"(?:এটা|এগুলো|এগুলি)\s+[^,।.\n]*?(?:ছবি|ফটো)\S*|"
    # 2枚送った, 发了两张, 두 장 보냄: the photos said to be sent, in as few words as that.
    r"(?:[\d一二三四五]+\s*枚)?(?:の?(?:写真|画像))?(?:を)?(?:送った|送っといた|送っておいた|添付した)"
    r"(?:よ|ね|です|ので)?[。]?|"
    r"(?:我)?(?:发了|發了|传了|傳了)(?:[一两兩二三四五\d]+\s*(?:张|張))?(?:图|圖|照片|图片|圖片)?[，,。]?|"
    r"[^.,\n]*?(?:보내드려요|보내요|보냅니다|보낼게요|첨부했어요|첨부합니다|첨부해요|첨부할게요|"
    r"올릴게요|올려요|보냄|보냈어요|보냈어|보냈습니다|보냈음|첨부함|첨부했음|올림|올렸어요|올렸어)[.,]?|"
    r"(?:这是|這是|附上|发你|發你|给你发了|給你發了)[^，,。\n]*[，,。]?|"
    # ... with whose they are after it: "ye do photos hain charity run ki,".
    r"(?i:\b(?:ye|yeh)\s+[^,।.\n]*?\b(?:hai|hain)\b(?:\s+[^,।.\n]{1,30}?\s(?:ki|ke|ka))?[,।.]?)|"
    r"(?:ये|यह)\s+[^,।.\n]*?(?:हैं|है)(?:\s+[^,।.\n]{1,30}?\s(?:की|के|का))?[,।.]?|"
    r"(?i:\bei\s+(?:duto|tinte|charte|\w+\s?ta|\w+\s?gulo)\s+[^,।.\n]*?(?:chobi|photo|pic)\w*"
    r"[^,।.\n]*[,।.])|"
    r"(?:এটা|এগুলো|(?i:\beta\b|\begulo\b))\s+[^,।.\n]*?[,।.]|"
    r"[^,।.\n]*?(?:পাঠালাম|পাঠাচ্ছি|(?i:pathalam|pathacchi))[,।.]?"
)
# How many of the attachments, and which: "these two", 这两张, この3枚, 두 장, दोनों, দুটো.
_IMAGE_COUNT = re.compile(
    r"(?i:\b(?:these|those|both|all|the|two|three|four|five|\d+|dono|teeno|ei|egulo|duto|"
    r"teen|char|chaar|paanch|sab|sabko|sabhi|saare|saari|sob|sobgulo|"
    r"tinte|dui|teen|photos?|pics?|images?|shots?|screenshots?|chobi\w*|tasveer\w*|them|into|"
    r"together|"
    r"single)\b)|"
    r"[这這那此]?[一两兩二三四五六七八九十几幾\d]+\s*(?:张|張|枚|장|개)|"
    r"この|これら|これ|이\s|저\s|dono|दोनों|तीनों|इन|इनको|इन्हें|ये|দুটো|দুটি|তিনটে|তিনটি|এই|এগুলো|"
    r"सब|सबको|सभी|सारी|सारे|চারটে|সব|সবগুলো|"
    r"(?:한|두|세|네|다섯)\s*(?:장|개)|(?:주실|줄)\s*수\s*있\S*|somehow|"
    r"(?i:\b(?:inko|inhe|egulo(?:ke)?|oder)\b)|"
    # ... or by their numbers: "img1 + img2", "photo 2 & 3", 画像1と2, 사진1, 图1和图2, #2.
    r"(?i:\b(?:img|image|pic|photo|shot|attachment|ref)\s*#?\d+\b)|#\d+|[+＋&]|"
    r"(?:画像|写真|사진|이미지|图|圖|图片|圖片|照片|छवि|फोटो|ছবি)\s*\d+|"
    # ... and the request's own auxiliaries: しておいて, 해 줘, 一下, miliye dao.
    r"して(?:おいて|ください|ほしい|もらえ\S*|ね)?|해\s*(?:줘|주세요|주실래요)|一下|吧|"
    r"(?i:\b(?:dao|do|din|dijiye|karo|kar\s+do|koro|kore|please|pls)\b)|করো|দাও|দিন|करो|कर\s+दो|दो|"
    # ... করে before দাও ("একসাথে করে দাও"): together, done, nothing said of the result
    r"(?<![\u0980-\u09ff])করে(?=\s+(?:দাও|দিন|দিও))"
)
# What the attachments show, said of them as they are ("these three bike photos",
# 这三张自行车照片, 商品の写真, 제품 사진들): it names what is combined, not the result.
_WHAT_THEY_SHOW = re.compile(
    r"(?i:\b(?:these|those|the|my|our|both|all)\s+(?:\w+\s+){0,3}?(?:photos?|pics?|images?|"
    r"shots?|screenshots?|pictures?)\b)|"
    r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7a3]{1,6}?(?:的|の)?\s?(?:照片|图片|圖片|相片|写真|画像|사진|"
    r"이미지)(?:들)?"
)
# Changes to the attached image itself: with one of these, a format named is the edited
# image's new shape ("crop the attached photo square for Instagram"), not a new visual.
ALTERS = cues(
    "remove", "erase", "delete", "replace", "swap", "change", "recolor", "recolour", "crop",
    "resize", "trim", "brighten", "darken", "lighten", "retouch", "fix", "blur", "sharpen",
    "rotate", "flip", "clean up", "get rid of", "take out", "touch up", "extend", "expand",
    "消し", "消して", "変え", "替え", "トリミング", "切り抜", "明るく", "暗く", "修正", "リサイズ",
    "지우", "지워", "바꿔", "바꾸", "교체", "잘라", "자르", "크롭", "밝게", "어둡게", "수정",
    "去掉", "删", "刪", "换成", "換成", "改成", "裁", "调亮", "調亮", "调暗", "調暗", "抠", "摳",
    "हटा", "बदल", "क्रॉप", "hata", "badal", "মুছ", "সরা", "বদল", "পাল্টা", "ক্রপ", "muche",
    "shoria", "bodle", "paltao", "update", "instead of", "keep everything else", "直し", "直して",
    "変更", "差し替", "그대로", "고쳐", "更新", "改一下", "की जगह", "ki jagah", "हल्का", "गहरा",
    "halka", "এর জায়গায়", "ের জায়গায়", "er jaygay", "হালকা", "halka kor",
)  # fmt: skip
# The attachment itself made into a format ("make this photo square", この写真を正方形に
# して, 이 사진을 세로로 만들어, 把这张图做成竖版, इस फोटो को स्क्वेयर बना दो, ছবিটাকে স্কোয়ার
# বানিয়ে দিন): the same image reshaped, an edit.
_REMAKE_IT = re.compile(
    r"(?i:\b(?:make|turn|convert|crop|resize|reformat)\s+(?:it|this|that|them|the\s+(?:attached\s+|"
    r"uploaded\s+)?(?:photo|image|picture|pic|shot|one)|(?:this|that)\s+(?:photo|image|picture|"
    r"pic|shot|one))\b)|"
    r"(?:この|添付の|送った)?(?:写真|画像)を[^。、]{0,12}?(?:にして|に変え|に作り|で作り直)|"
    r"(?:이|첨부한|보낸)?\s*(?:사진|이미지)(?:을|를)\s*[^.,]{0,12}?(?:으로|로)\s*(?:만들|바꿔|해)|"
    r"把(?:这|這|附件(?:里|裡)?的?)?(?:张|張)?(?:图|圖|照片|图片|圖片)(?:做成|改成|弄成|变成|變成|裁成)|"
    r"(?i:\b(?:is|ye)\s+(?:photo|image|pic)\s+ko\s+(?:\S+\s+){1,3}?bana)|"
    r"(?:इस|इसी)\s+(?:फोटो|इमेज|तस्वीर)\s+को\s+(?:\S+\s+){1,3}?बना|"
    r"ছবিটা(?:কে)?\s+(?:\S+\s+){1,3}?(?:বানি|বানা)|(?i:\bchobita(?:ke)?\s+(?:\w+\s+){1,3}?bani)"
)
# Verbs that make a new visual ("make", 做成, 만들어, बनाओ, বানিয়ে দিন; "use the logo for").
_MAKING = cues(
    "make", "create", "design", "produce", "put together", "turn these into", "turn them into",
    "use these for", "use them for", "use the logo for", "use our logo for",
    "作って", "作り", "作る", "作成", "仕上げて", "まとめて", "만들", "제작", "做成", "做一",
    "做个", "做個", "弄成", "弄一", "设计", "設計", "बना", "তৈরি", "বানি", "বানা", "bana", "banao",
    "baniye", "toiri",
)  # fmt: skip

_INTO_ONE = re.compile(
    r"(?i:\b(?:turn|make|put|combine|build)\s+(?:them|these|both|the\s+two)\s+(?:\w+\s+)?into\s+"
    r"(?:a|an|one|a\s+single)\b)|"
    r"(?:これら|2枚|二枚|両方)を[^。]{0,10}?1枚の|둘\s*다|두\s*장(?:을|를)?\s*(?:합쳐|묶어)|"
    r"(?:把)?(?:这两张|這兩張|两张|兩張)[^，,。]{0,6}?做成一"
)


# A place that is only wished nice: "a nice scene", 好看的场景, সুন্দর জায়গায়, いい感じの場所.
# The photo's background changed to a place: "change the background to somewhere cool",
# 배경 좀 멋있는 데로 바꿔줘요, 背景をどこかいい感じの場所に変えて, 背景换成好看的地方,
# "background kisi acchi jagah ka kar do", "background ta kono sundor jaygar koro".
_BACKGROUND_TO = re.compile(
    r"(?i:\bbackground\s+(?:of\s+(?:[\w'-]+\s+){1,3}?)?(?:to|into|for)\s+(?P<en>[^,.;!?\n]+))|"
    r"배경(?:을|를|은|는)?\s*(?:좀\s*)?(?P<ko>[^.,?!]{1,20}?)(?:으로|로)\s*(?:바꿔|바꾸|변경|교체)|"
    # ... or named before 배경으로: "비 오는 거리 배경으로", "예쁜 배경으로".
    r"(?P<ko2>(?:(?:(?!사진|이미지)[^\s.,?!])+\s+){0,2}?(?:(?!사진|이미지)[^\s.,?!])+)\s*"
    r"배경(?:으로|로)\s*(?:바꿔|바꾸|변경|교체)|"
    r"背景(?:を|は)?\s*(?P<ja>[^。、]{1,20}?)(?:に|へ)(?:変え|変更|して|差し替え)|"
    r"背景(?:换成|換成|改成|换到|換到)(?P<zh>[^，,。？?]{1,12})|"
    r"(?i:\bbackground\s+(?:ko\s+)?(?P<hi>(?:\S+\s+){1,4}?)(?:kar\s+do|karo|bana\s+do)\b)|"
    r"(?:बैकग्राउंड)\s+(?:को\s+)?(?P<hi2>(?:\S+\s+){1,4}?)(?:कर\s+दो|करो|बना\s+दो)|"
    r"(?i:\bbackground\s*(?:ta\s+)?(?P<bn>(?:\S+\s+){1,4}?)(?:kore\s+dao|koro)\b)|"
    r"(?:ব্যাকগ্রাউন্ড)(?:টা)?\s+(?P<bn2>(?:\S+\s+){1,4}?)(?:করে\s+দাও|করো)"
)
_SOME_PLACE = cues(
    "scene", "setting", "place", "spot", "background", "backdrop", "location", "somewhere",
    "場所", "背景", "シーン", "ところ", "場面", "장소", "배경", "곳", "场景", "場景", "地方",
    "环境", "環境", "जगह", "बैकग्राउंड", "দৃশ্য", "জায়গা", "জায়গায়", "ব্যাকগ্রাউন্ড", "jagah",
    "jaygay", "jayga",
    # ... and the words that only wish it nice or leave it open.
    "nice", "pretty", "beautiful", "lovely", "good", "cool", "some", "any", "kono", "kisi",
    "किसी", "कोई", "কোনো", "একটা", "ekta", "一个", "一個", "예쁜", "좋은", "멋진", "어떤",
    "素敵な", "いい", "きれいな", "おしゃれな", "好看的", "漂亮的", "好看", "漂亮", "里", "裡",
    "中", "अच्छी", "अच्छे", "अच्छा", "सुंदर", "সুন্দর", "ভালো", "sundor", "bhalo", "acchi", "achhi",
    "sundar", "shundor", "shundar", "sunder", "shundr", "valo", "darun", "দারুণ", "badhiya",
    "बढ़िया", "어디", "어딘가", "데", "kahin", "kahi", "कहीं", "si", "सी", "kothao", "কোথাও",
    "なんか", "雰囲気", "の", "感じ", "どこか", "どこ", "cosy", "cozy", "aesthetic", "fancy",
    "どっか", "とこ", "かっこいい", "カッコいい", "かわいい", "可愛い", "映える", "stylish",
    "classy", "chic", "trendy", "sundor kono", "어디든", "아무데나",
    "时髦", "时尚", "高级", "高級", "有格调", "stylish si", "স্টাইলিশ", "स्टाइलिश", "세련된", "감성",
    "멋있는", "분위기 있는", "괜찮은", "ka", "ki", "ke", "er", "का", "की", "के", "এর", "jaygar",
    "জায়গার",
)  # fmt: skip

# A change ruled out ("don't crop the sofa arms", "crop mat karna", 扶手不要裁掉, 切らないで,
# 자르지 마세요, "kete felben na") is a rule for the visual, no change asked of an image;
# a cutout named as what is sent (切り抜き（2点）, 抠好的图, 抠图和logo) cuts nothing either.
_NOT_CHANGED = re.compile(
    r"(?i:\b(?:don'?t|do\s+not|never|no|without)\s+(?:\w+\s+)?(?:crop(?:ping)?|cut(?:ting)?|"
    r"chang(?:e|ing)|alter(?:ing)?|touch(?:ing)?|remov(?:e|ing)|resiz(?:e|ing)|trim(?:ming)?|"
    r"stretch(?:ing)?|distort(?:ing)?|recolou?r(?:ing)?|edit(?:ing)?)\b|"
    r"\b(?:crop|cut|kaat|kat|badal|change|edit|resize|trim)\w*\s+(?:\w+\s+)?(?:mat|nahi|na)\s+"
    r"(?:karna|karo|kijiye|karein|karen|kariye)\b|"
    r"\b(?:crop|cut|kata|kete|bodla|change|edit|resize|trim)\w*\s+(?:kore\s+)?(?:felben|korben|"
    r"korbe|koro|korbi|dien|diyo|deben)\s+na\b)|"
    r"(?:क्रॉप|काट|बदल|एडिट)\S*\s+(?:मत|ना|न|नहीं)\s+(?:करना|करो|कीजिए|करें|करिए)|"
    r"(?:ক্রপ|কাট|কেটে|বদল|এডিট)\S*\s+(?:করবেন|করবে|করো|ফেলবেন|ফেলো)\s+না|"
    r"(?:切ら|切り取ら|クロップし|トリミングし|変え|消さ|いじら|加工し)ないで|"
    r"(?:の)?切り抜き(?=[（(のをはとで、,]|\s|画像|写真|素材|データ)|"
    r"(?:자르|잘라내|크롭하|바꾸|건드리|지우)지\s*(?:마|말아|않)|"
    r"(?:不要|别|別|不能|不许|不許|勿)(?:裁|剪|改|动|動|换|換|删|刪)\S?|"
    r"(?:的|好的|好)?抠(?:好的)?图(?=素材|图片|照片|和|跟|与|與|，|,|\s|$)"
)

# The attachments listed under a label ("Attached: the Lisbon store shot and our mascot.",
# 添付：店舗写真とロゴ。, 첨부: 매장 사진, 로고, 附件：门店照片和吉祥物。, "attached: store
# photo aur logo.", সংযুক্ত: দোকানের ছবি আর লোগো।): the list names what is sent, up to the
# sentence's end, and asks nothing.
_ATTACHED_LABEL = re.compile(
    r"(?:^|(?<=[.!?。！？।\n]))\s*(?:(?i:attached|attachments?|enclosed|files?|uploaded|sending)|"
    r"添付|添付ファイル|첨부|첨부파일|附件|附上|अटैच(?:्ड|ड)?|संलग्न|সংযুক্ত|অ্যাটাচ(?:ড)?)\s*[:：]"
    r"[^.!?。！？।\n]*[.!?。！？।]?"
)


# The attachments named as such ("the attached", 添付の, 첨부한, 附件里的): which images, not
# what to do with them.
_ATTACHED_WORDS = re.compile(
    r"(?i:\b(?:the\s+)?(?:attached|uploaded|enclosed)\b)|添付(?:の|した|ファイルの)?|첨부(?:한|된|해\s*드린)?|"
    r"附件(?:里的|裡的|的)?|附上的|संलग्न|अटैच\S*|সংযুক্ত|অ্যাটাচ\S*|(?i:\battach(?:ed)?\s+kora\b)"
)


# Onto a visual not made yet: "on a 4:5 poster", "onto a new 1200x628 banner", 新しいポスターに,
# 새 포스터에, 一张新的海报上, "naye poster pe", "notun poster e".
_VISUAL_NOUNS = (
    r"(?:poster|flyer|banner|post|story|cover|header|card|graphic|visual|thumbnail|ad|leaflet|"
    r"brochure|invite|invitation)"
)
_ONTO_A_NEW = re.compile(
    rf"(?i:\b(?:on|onto|in|into)\s+(?:a|an|one)\s+(?:new\s+)?(?:[\w:-]+\s+){{0,3}}?{_VISUAL_NOUNS}\b|"
    rf"\b(?:naye|naya|nayi|notun)\s+(?:[\w:-]+\s+){{0,2}}?{_VISUAL_NOUNS}\s*(?:pe|par|mein|me|e|te)\b)|"
    r"新しい[^、。\n]{0,8}?(?:ポスター|チラシ|バナー|投稿|画像)に|새\s*(?:포스터|배너|전단지|게시물|이미지)에|"
    r"(?:一张|一張|一个|一個)新的?(?:海报|海報|横幅|橫幅|传单|傳單|图|圖)(?:上|里|裡)|"
    r"नए\s+(?:पोस्टर|बैनर|फ़्लायर|फ्लायर)\s+(?:पर|में)|নতুন\s+(?:পোস্টার|ব্যানার|ফ্লায়ার)(?:ে|এ)"
)


def from_attachments(brief: Brief, text: str, size: str | None) -> str | None:
    """What a brief that builds on its attachments asks for, or None when it does not.

    A new visual of a named format made from them (its subject put in a new scene, several
    combined into one, "a LinkedIn cover with the logo I sent") is a generate with the
    attachments as references. Without a format, an attached subject put in a scene that
    is named is an edit of that photo (it keeps its frame), one put in a scene only wished
    nice asks which; several combined with nothing said of the result ask what to make;
    otherwise ("combine these so the model holds the bag") the rules for an edit of the
    first decide.
    """
    if not brief.attachments or brief.mask:
        return None
    backdrop = _BACKGROUND_TO.search(text)
    if backdrop is not None and not size:
        place = next(v for v in backdrop.groupdict().values() if v is not None)
        if not _remains(place, [_SOME_PLACE, VAGUE, *FILLERS]):
            return CLARIFY  # "배경 좀 멋있는 데로 바꿔줘요": a place only wished nice
    # "張り替えたばかりの和室の写真です", "the freshly repainted van": a change said of what
    # the attachments show when they are presented is done already, none asked of them.
    if ALTERS.search(_INTRODUCING.sub(" ", text)):
        return None
    # "ロゴを添付します。Xのヘッダー用に1500x500で、夜のステージ…": the attachments presented,
    # then a whole new visual described with its format.
    introduced = _INTRODUCING.search(text)
    if (
        introduced is not None
        and size
        and not (SELF_INSTRUCTING.search(text) or _REMAKE_IT.search(text))
        and has_subject(replace(brief, text=_INTRODUCING.sub(" ", text)))
    ):
        return GENERATE
    scene = _SCENE_MOVE.search(text)
    if scene is not None:
        dest = next(v for v in scene.groupdict().values() if v is not None)
        if not _NOT_A_SCENE.search(dest):
            if size:
                return GENERATE
            if not _remains(dest, [_SOME_PLACE, VAGUE, *FILLERS]):
                return CLARIFY
            return EDIT
    if brief.attachments > 1 and COMBINE.search(text):
        listed = _ATTACHED_LABEL.sub(" ", text)
        said = _ATTACHED_WORDS.sub(
            " ",
            _IMAGE_COUNT.sub(
                " ", COMBINE.sub(" ", _WHAT_THEY_SHOW.sub(" ", _INTRODUCING.sub(" ", listed)))
            ),
        )
        if size:
            return GENERATE
        # With something said of it, the rules for an edit of the first decide.
        return None if has_instruction(replace(brief, text=said)) else CLARIFY
    # "put the logo (first pic) on a 1080x1350 poster, the kid from the second diving in":
    # the attachments placed on a new visual whose size is given, not one of them changed.
    dimensioned = _SIZE_RE.search(text) or _RATIO_RE.search(text)
    if size and dimensioned and _ONTO_A_NEW.search(text) and has_subject(brief):
        return GENERATE
    making = _MAKING.search(text) or SOMETHING_MADE.search(text)
    # "turn them into a 1080x1080 post": several attachments made into one new visual.
    into_one = brief.attachments > 1 and _INTO_ONE.search(text)
    if making and size and has_subject(brief) and (into_one or not _REMAKE_IT.search(text)):
        return GENERATE
    if SOMETHING_MADE.search(text) and not size:
        return CLARIFY  # "make something with these": what, and in which format?
    return None


# A question about what an image shows ("what's in the image I uploaded?", 何が写って,
# 뭐가 있어, 里是什么, usme kya hai, তাতে কী আছে): answered in words, nothing looked up.
WHAT_SHOWN = re.compile(
    r"(?i:\bwhat(?:'s|\s+is|\s+do\s+you\s+see)\s+(?:in|on)\s+(?:the|this|that|my|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:image|photo|picture|pic|file|attachment|shot|upload)s?\b|"
    r"\bwhat\s+(?:does|do)\s+(?:the|this|that|my)\s+(?:[\w-]+\s+){0,2}?(?:image|photo|picture|"
    r"pic|shot)s?\s+show\b|\bdescribe\s+(?:the|this|my)\s+(?:attached\s+|uploaded\s+)?"
    r"(?:image|photo|picture|pic|shot)\b|"
    r"\b(?:usme|usmein|isme|ismein|ismen|usmen)\s+kya\s+(?:hai|dikh)|"
    r"\b(?:tate|ete|otate|etay)\s+(?:ki|ki\s+ki)\s+(?:ache|dekha\s+jachhe)\b)|"
    r"何が(?:写って|映って|写っ|映っ|ある|見え)|なにが(?:写って|映って)|何の(?:写真|画像)|"
    r"(?:이미지|사진|그림)(?:에|엔|에는)\s*(?:뭐가|무엇이|뭐|뭣이)\s*(?:있|보여|나와|찍혀)|"
    r"(?:图片|照片|图|圖片|圖|相片)(?:里|裡|中|上)(?:面)?(?:是什么|是什麼|有什么|有什麼|有啥|是啥)|"
    r"(?:इसमें|उसमें|इस\s+फोटो\s+में|इस\s+इमेज\s+में)\s+क्या\s+(?:है|दिख)|"
    r"(?:তাতে|এতে|ওতে|ছবিতে|ছবিটায়|ছবিটাতে)\s+(?:কী|কি)\s+(?:আছে|দেখা)"
)
# An image said to have been sent or uploaded: with nothing attached, it has to be.
JUST_SENT = re.compile(
    r"(?i:\b(?:i|we)\s+(?:just\s+)?(?:sent|uploaded|attached|shared)\b|\bjust\s+sent\b|"
    r"\b(?:abhi|abhi\s+abhi)\s+(?:\w+\s+){0,2}bhej[ia]\b|\bjo\s+(?:photo|image|pic)\s+(?:abhi\s+)?"
    r"bhej[ia]\b|\bupload\s+ki\s+thi\b|\b(?:ekhuni|ei\s+matro)\s+(?:je\s+)?(?:chobi|photo|pic)\w*"
    r"\s+pathalam\b|\bje\s+(?:chobi|photo|pic)\w*\s+pathalam\b)|"
    r"さっき送った|今送った|先ほど送った|送った(?:画像|写真)|アップした(?:画像|写真)|"
    r"방금\s*(?:보낸|올린)|아까\s*(?:보낸|올린)|(?:보낸|올린)\s*(?:사진|이미지)|"
    r"刚(?:才|刚)?(?:发|發|传|傳|上传|上傳)的|我(?:发|發|上传|上傳)的(?:图|圖|照片)|"
    r"अभी\s+(?:जो\s+)?(?:फोटो|इमेज|तस्वीर)?\s*भेजी|जो\s+(?:फोटो|इमेज|तस्वीर)\s+भेजी|"
    r"এইমাত্র\s+(?:যে\s+)?(?:ছবি|ফটো)|যে\s+(?:ছবি|ফটো)(?:টা)?\s+পাঠালাম"
)
# --- choosing ---------------------------------------------------------------------------


def _target(brief: Brief) -> str | None:
    if brief.attachments > 0:
        return "attachment"
    if brief.current_image:
        return "current"
    return None


_PASSED_REVIEW = re.compile(
    r"审核通过|審核通過|审批通过|審批通過|审核过的|審核過的|审批过的|審批過的"
    # ... nor does the sender's own review, the reason for asking: "그거 기준으로
    # 검토하려고요", "so I can review against them", 对照着审核一下, উপর রিভিউ করতে চাই.
    r"|검토하려|검토할|검토해\s*보려|검토하고\s*싶|(?i:\b(?:to|can|could|will|want\s+to)\s+review\b)|"
    r"審査するため|レビューするため|确认一下|对照着?(?:审核|审查)|"
    r"(?:समीक्षा|रिव्यू)\s+(?:करने|करना)|(?i:review\s+(?:karna|karne|korte|korbo))|রিভিউ\s+করতে"
)


# What is left of the budget, said in one breath: "image budget … left", 预算还剩多少, 予算
# あとどれくらい残って, 남은 예산, बजट कितना बचा, বাজেট কত বাকি.
_LEFT_WORDS = (
    r"(?i:\b(?:left|remaining|remains|bacha|bachi|baki|baaki)\b)|还剩|還剩|还有多少|還有多少|"
    r"剩(?:下|余|餘)?(?:多少|几|幾)|残り|残って|얼마\s*남|남았|남아|बचा|बची|बाकी|বাকি"
)
_BUDGET_WORDS = r"(?i:\bbudget\b)|预算|預算|予算|예산|बजट|বাজেট"
_BUDGET_LEFT = re.compile(
    rf"(?:{_BUDGET_WORDS})[^\n.。!?！？।]{{0,24}}?(?:{_LEFT_WORDS})|"
    rf"(?:(?i:\bremaining\b)|남은|残りの|剩余的?|剩下的?|बचा\s+हुआ|বাকি)[^\n.。!?！？।]{{0,12}}?"
    rf"(?:{_BUDGET_WORDS})"
)


# A span of work to be shown: "all of this month's posts", 今月の投稿 全部, 이번 달 게시물
# 다, 这个月所有的帖子, "is mahine ke saare post", "ei maser sob banner".
_OVER_A_SPAN = re.compile(
    r"(?i:\b(?:(?:this|last|previous|past|the\s+whole|the\s+entire|all)\s+(?:month|week)(?:'s)?|all\s+month|"
    r"(?:gota|puro|pura|ei|is|poore|pure|pichhle|pichle|pichhli|pichli|gato|sara|ager|aager|"
    r"agher|gelo)\s+(?:maser|mahine|hafte|soptaher|shoptaher|mash|"
    r"mahina)(?:\s+(?:ke|ki|ka|er))?)\b)|"
    r"(?:今月|今週|先月|先週|月内)の|이번\s*(?:달|주)|지난\s*(?:달|주)|한\s*달\s*(?:동안|치)|"
    r"这个月|這個月|本月|上个月|上個月|这周|這週|本周|上周|上週|整个月|整個月|"
    r"(?:इस|पिछले|पूरे)\s+(?:महीने|हफ्ते|हफ़्ते)|(?:এই|গোটা|পুরো|গত|আগের)\s+(?:মাসের|সপ্তাহের)"
)

# ... all of it, or the visuals in the plural: "this month's posts" is earlier work, "this
# month's offer as a post" a visual to make.
_ALL_OF_THEM = re.compile(
    r"(?i:\b(?:all|every|posts|banners|posters|images|visuals|stories|ads|flyers|pics|"
    r"saare|sare|sab|sabhi|sob|shob|sobgulo|gulo)\b)|\w(?:gulo|guli)\b|"
    r"全部|すべて|全て|一覧|(?<=[\uAC00-\uD7A3])들|(?:^|\s)(?:다|전부|모두)(?=\s|$)|都|所有|"
    r"सारे|सारी|सब|सभी|সব|গুলো|গুলি"
)


# "how much have we burned on the festival images this month": money gone on them, the
# spend; "how much did the festival images cost" asks what each one cost.
_SPENT_ON = re.compile(
    r"(?i)\b(?:spent|spend|spending|burn(?:ed|t|ing)?|blown|blew|sunk|gone)\s+(?:through\s+)?(?:on|for)\b"
)

_SPENT = re.compile(
    r"(?i:\b(?:spen[dt]|spending|burn(?:ed|t|ing)?)\b)|使った|썼|쓴|花了|खर्च\s+(?:हुआ|किया|किए)|খরচ\s+হয়"
)

# Who paid for the images, or from which budget the money went: the spend, asked of this work.
_PAID_BY = re.compile(
    r"(?i:\bwho\s+(?:paid|is\s+paying|pays)\b|\bwhich\s+(?:budget|account)\s+(?:paid|was\s+charged)|"
    r"\bcharged\s+to\s+which\b|kisne\s+(?:pay|paise)|kon\s+budget|ke\s+(?:dilo|dilen|pay\s+korlo))|"
    r"誰が(?:払|支払)|どの予算から|누가\s*(?:돈\s*)?(?:냈|내|결제)|어느\s*예산|谁付|誰付|哪个预算|哪個預算|"
    r"किसने\s+(?:पैसे|भुगतान|पेमेंट)|किस\s+बजट|(?:টাকা|পেমেন্ট)\s+কে\s+(?:দিল|দিয়েছে|দিলেন)|কোন\s+বাজেট"
)
# "I only approved ten": the sender approving images, no brand reference asked for.
_SENDER_APPROVED = re.compile(
    r"(?i:\b(?:I|we)\s+(?:only\s+|just\s+|already\s+|never\s+)?(?:approved|signed\s+off))"
)

# Upload words, said beside an attachment, are of the attachment: "I hope it came through?
# it says uploaded", アップロードできてますか, 업로드 됐나요, 上传成功了吗, "upload hua kya",
# "upload hoyeche to?". What the brand uploaded before is asked with no attachment.
_UPLOADED = cues(
    "uploaded", "upload", "came through", "come through", "went through", "go through",
    "アップロード", "アップした", "アップできて", "届いて", "업로드", "올라갔", "올라갔나", "올려",
    "上传", "上傳", "传上", "傳上", "अपलोड", "आया", "पहुंचा", "पहुँचा", "আপলোড", "পৌঁছেছে",
    "pahuncha", "pohocheche", "gechhe", "geche",
)  # fmt: skip

# The brand's own marks asked after as kept here: "do you have our crest and colours saved?",
# 校徽和标准色你们那边有存吗, ロゴとカラーは保存されていますか, 로고랑 색상 저장돼 있나요,
# "hamara logo aur rang save hai?", "amader logo ar rong ki rakha ache?". A reference lookup.
# Latin marks set off by any non-Latin letter too: 我们店的logo是哪一版 has no word boundary.
_MARKS = (
    r"(?i:(?<![A-Za-z])(?:logos?|crests?|emblems?|badges?|colou?rs?|palettes?|fonts?|typefaces?|"
    r"mascots?|brand\s+guide(?:lines)?|rang|rong|colour|kalar)(?![A-Za-z]))|ロゴ|校章|紋章|エンブレム|カラー|色|フォント|"
    r"로고|교표|엠블럼|색상|컬러|폰트|校徽|会徽|會徽|标志|標誌|标准色|標準色|色号|字体|字體|"
    r"लोगो|रंग|कलर|फ़ॉन्ट|फॉन्ट|লোগো|রং|রঙ|কালার|ফন্ট"
)
_KEPT = (
    r"(?i:\b(?:saved|stored|on\s+file|on\s+record|(?:did|have)\s+(?:we|you|i)\s+(?:ever\s+)?"
    r"upload(?:ed)?|(?:do|have)\s+(?:we|you)\s+(?:got|have)|save\s+(?:hai|hain|kiya|kiye|kora|ache)|"
    r"rakha\s+(?:hai|hua)|rakha\s+ache)\b)|保存|保管|登録|저장|보관|有存|存了|存的|存着|存著|存有|"
    r"सेव|रखा\s+(?:है|हुआ)|সেভ|রাখা\s+আছে"
)
# How atelier treats what is uploaded to it, asked as policy: whether files stay on its
# servers, are deleted after the job, or train a model. A question about atelier (reply),
# not about the brand's approved references: "do you delete our drawings after the job?",
# 学習に使われますか, 작업 후 삭제되나요, 会拿去训练吗, "kya aap files delete karte hain",
# আপনারা কি ফাইল সংরক্ষণ করে রাখেন.
_UPLOADS_POLICY = re.compile(
    r"(?i:\b(?:delete[sd]?|deleting|deletion|erased?|purged?|retain(?:ed|s)?|retention|"
    # training named as a use of the files ("used for training", "train on them"), not a
    # training centre whose logo is asked for
    r"(?:used|use|using)\s+(?:\w+\s+){0,3}?(?:for|in)\s+(?:model\s+|ai\s+)?training|"
    r"train\s+(?:on|with)|after\s+the\s+(?:job|project|order)|"
    # kept as a habit of atelier's ("do you keep them stored"), not whether one logo is there
    r"rakhte\s+(?:ho|hain|hai)|(?:kore\s+)?rekhe\s+den)\b)|"
    r"削除|消去|学習|保持期間|삭제|학습|보관\s*기간|删除|刪除|训练|訓練|留存|"
    r"डिलीट|ट्रेनिंग|रखते\s+(?:हैं|हो)|ডিলিট|মুছে\s+(?:ফেলেন|দেন|ফেলা\s+হয়)|ট্রেনিং|"
    r"(?:করে\s+)?রাখেন|রেখে\s+দেন"
)
_ASSETS_KEPT = re.compile(
    rf"(?:{_MARKS})[^.?!。？?\n]{{0,30}}?(?:{_KEPT})|(?:{_KEPT})[^.?!。？?\n]{{0,30}}?(?:{_MARKS})"
)


def _whole_request(brief: Brief, text: str) -> bool:
    """A visual asked for now, in a format, with its copy.

    Such a request goes ahead with a price asked beside it: "A4 poster saying 'Bag sale £3',
    and is it expensive?" wants the poster, and the cost of "it" is the one to be made, not
    of anything in the thread.
    """
    return (
        bool(MAKE_NOW.search(text) or CREATE.search(text) or SOMETHING_MADE.search(text))
        and size_for(text) is not None
        and copy_text(brief) is not None
    )


# The refusal reported as the sender saw it: "it says it can't be done", 안 된다고 나와요,
# できないと出ます, 显示做不了, "nahi ho sakta likha aa raha hai", "hobe na dekhachhe". A
# request of theirs was held, whatever word the screen used.
_REFUSAL_SEEN = re.compile(
    r"(?i:\b(?:it\s+)?(?:says|said|saying|shows|showed|tells\s+me|told\s+me)\s+(?:that\s+)?"
    r"(?:it\s+|you\s+|this\s+|that\s+)?(?:can'?t|cannot|could\s*n'?t|won'?t|isn'?t\s+allowed|"
    r"is\s+not\s+allowed|not\s+allowed|is\s+not\s+possible|isn'?t\s+possible)\b|"
    r"\bnahi\s+(?:ho|ban)\s+(?:sakta|sakti|sakte|payega)\s+(?:likha|bol|dikh|aa)|"
    r"\b(?:hobe|kora\s+jabe|banano\s+jabe)\s+na\s+(?:bolche|dekhachhe|dekhacche|likhche|lekha|asche))|"
    r"(?:안\s*된다고|안\s*돼요?라고|안\s*된대요?|불가(?:능)?(?:하다)?고)\s*(?:나와|나오|떠|떴|뜨|뜬|해요|하네|하던|했)|"
    r"(?:できない|できません|不可|作れない|作れません)(?:って|と)(?:出|表示|言われ|なっ|返)|"
    r"(?:显示|顯示|提示|说|說|弹出|彈出)(?:了)?(?:不能|不行|无法|無法|做不了|生成不了|不可以)|"
    r"नहीं\s+(?:हो|बन)\s+(?:सकता|सकती|सकते|पाएगा)\s+(?:लिखा|बोल|दिख|आ)|"
    r"(?:হবে|করা\s+যাবে|বানানো\s+যাবে)\s+না\s+(?:বলছে|দেখাচ্ছে|লিখছে|লেখা|আসছে)"
)


# How many images can be made, asked of atelier's limits: "how many images can atelier make a
# month?", 月に何枚まで作れますか, 한 달에 몇 장까지 만들 수 있어요, 一个月最多能做多少张,
# "mahine mein kitni images bana sakte ho", "mase koyta chobi banano jay". What atelier
# offers, not what this work has made.
_HOW_MANY_CAN = re.compile(
    r"(?i:\bhow\s+many\s+(?:[\w-]+\s+){0,2}?(?:can|could|may)\s+(?:i|we|you|atelier|one)\s+"
    r"(?:make|create|generate|get|do|have)\b|"
    # ... or how many one gets: "how many pics do I get a day?", "kitni images milti hain?"
    r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}?(?:do|does|will|would)\s+(?:i|we|one)\s+get\b|"
    r"\bkitn[ei]\s+(?:\w+\s+){0,2}?(?:milt[ie]|milegi|milenge|milengi)\b|"
    r"\bkitn[ei]\s+(?:\w+\s+){0,2}?(?:bana|banwa)\s*(?:sakte|sakta|sakti|payenge|paoge)|"
    r"\b(?:koyta|kotogulo|koto)\s+(?:\w+\s+){0,2}?(?:banano\s+jay|banate\s+(?:paren|parbo|paro|"
    r"parben)))|"
    r"何枚(?:まで)?(?:作れ|生成でき|作成でき|出せ)|몇\s*장(?:까지|이나)?\s*(?:만들|생성|뽑)[^?？.]{0,6}?"
    r"(?:수\s*있|가능)|(?:能|可以)(?:做|生成|出)(?:多少|几|幾)(?:张|張)|最多(?:能)?(?:做|生成)(?:多少|几|幾)|"
    r"कितनी\s+(?:\S+\s+){0,2}?(?:मिलती|मिलेंगी)|何枚(?:まで)?(?:もらえ|使え)|몇\s*장(?:까지)?\s*(?:받|쓸\s*수)|"
    r"कितनी\s+(?:\S+\s+){0,2}?बना\s+(?:सकते|सकता|सकती)|কয়টা\s+(?:\S+\s+){0,2}?(?:বানানো\s+যায়|"
    r"বানাতে\s+পার)"
)


# Whether a piece of work asked for earlier got made, asked after a break: "did the spring
# banner ever get made?", 頼んでたチラシ、できてますか, 부탁한 메뉴판 이미지 나왔나요,
# 之前那张海报做好了吗, "wo banner ban gaya kya?", "poster ta banano hoyeche ki?". It is
# looked for among the images made, not made again.
_MADE_YET = re.compile(
    r"(?i:\b(?:did|has|have|was|were)\s+(?:the|that|our|my|those|these|your)\s+"
    r"(?:[\w'&-]+\s+){0,5}?(?:ever\s+|already\s+|actually\s+|even\s+)?"
    r"(?:get|got|gotten|been|go|come)\s+(?:made|done|finished|created|generated|produced)\b|"
    r"\b(?:is|are)\s+(?:the|that|our|my|those|these)\s+(?:[\w'&-]+\s+){0,5}?"
    r"(?:done|ready|finished)\s+(?:yet|already)\b|"
    r"\bdid\s+you\s+(?:ever\s+)?(?:get\s+(?:a)?round\s+to|finish|make|do)\s+(?:the|that|our|my)\s+"
    r"(?:[\w'&-]+\s+){0,4}?(?:banner|poster|flyer|post|story|image|visual|card|menu|thumbnail|"
    r"ad|graphic|cover|header)s?(?=\s*[?,.!]|\s*$)|"
    r"\b(?:ban|bana|bani|bane)\s+(?:gaya|gayi|gaye)(?:\s+(?:tha|thi|the|hai|hain))?\s+(?:kya|ki\s+nahi)\b|"
    r"\b(?:ready|taiyar|tayyar)\s+(?:hua|hui|ho\s+gaya|ho\s+gayi)\s+kya\b|"
    r"\b(?:banano|toiri|ready|bana)\s+(?:hoyeche|hoyechhe|hoye\s+geche|holo)\s+(?:ki|naki)\b|"
    r"\bhoye\s+geche\s+(?:ki|naki)\b|\bbaniye(?:cho|chen|chhen|chho)\s+(?:ki|naki)\b)|"
    r"(?:できました|できてます|できてる|出来ました|出来てます|仕上がりました|仕上がってます|"
    r"上がりました|上がってます|完成しました|完成してます)(?:か|[？?])|"
    r"(?:나왔나요|나왔어요\s*[?？]|나왔어\s*[?？]|나왔는지|나왔을까요|다\s*됐나요|다\s*됐어요\s*[?？]|"
    r"완성(?:됐|되었)(?:나요|어요\s*[?？]|는지)|만들어졌(?:나요|어요\s*[?？]|는지))|"
    r"(?:做好了|做出来了|做出來了|弄好了|出来了|出來了|生成好了)(?:吗|嗎|没|沒|没有|沒有)|"
    r"(?:做|弄)好(?:了)?(?:没|沒)|"
    r"(?:बन|बना|बनी)\s+(?:गया|गई|गए)(?:\s+(?:था|थी|थे|है|हैं))?\s+क्या|तैयार\s+(?:हुआ|हो\s+गया|हो\s+गई)\s+क्या|"
    r"(?:বানানো|তৈরি|রেডি)\s+(?:হ(?:য়|য়)েছে|হ(?:য়|য়)ে\s+গেছে|হলো)\s*(?:কি|কী|নাকি)|"
    r"হ(?:য়|য়)ে\s+গেছে\s+(?:কি|কী|নাকি)|বানিয়েছ(?:েন|ো)\s+(?:কি|কী|নাকি)"
)
# Earlier work looked for and not found: "can't find it anywhere", 見当たらない, 안 보여요,
# 找不到, "dikh nahi raha", "khuje pacchi na".
_WHERE_IS = re.compile(
    r"(?i:\bwhere\s+(?:is|are|'s|did|has|have|can)\b)|どこ(?:に|で|です|にあ|へ)|어디(?:에|\s*있|서)|"
    r"在哪|去哪|(?i:\bkaha+n?\s+(?:hai|gaya|gayi|mile)\b)|कहाँ|कहां|কোথায়|(?i:\bkothay\b)"
)
_NOT_FOUND = re.compile(
    r"(?i:\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:find|see|locate)\b|"
    r"\b(?:don'?t|do\s+not)\s+see\s+(?:it|them)\b|\bnot\s+seeing\s+(?:it|them)\b|"
    r"\bnowhere\s+to\s+be\s+(?:found|seen)\b|"
    r"\b(?:(?:dikh|mil)\s+(?:nahi|nahin)|(?:nahi|nahin)\s+(?:dikh|mil))\s+(?:raha|rahi|rahe)\b|"
    r"\b(?:khuje|khunje|dekhte)\s+pacchi\s+na\b)|"
    r"見当たら(?:ない|なく)|見つから(?:ない|なく)|見つけられ(?:ない|なく)|見当たりません|見つかりません|"
    r"見つけられません|"
    r"안\s*보여|안\s*보이|못\s*찾겠|찾을\s*수가?\s*없|找不到|没看到|沒看到|看不到|"
    r"(?:नहीं\s+(?:दिख|मिल)|(?:दिख|मिल)\s+नहीं)\s+(?:रहा|रही|रहे)|(?:খুঁজে|দেখতে)\s+পাচ্ছি\s+না"
)

# Which markets, countries or language versions a campaign was already made for, or which
# are left: "which markets have we done the spring flyer for?", どの国の分まで終わってますか,
# 어느 나라까지 끝났어요, 哪几个国家的做完了, "kaun se desh ke ban chuke hain", "kon kon
# desher hoye geche". The images made answer it, market by market; nothing is made.
_MARKET_WORDS = (
    r"(?i:\b(?:markets?|countries|country|regions?|cities|city|languages?|locales?|territories|"
    r"territory|stores?|branches|desh|deshon|deshon|bhasha|bhashaon|bhashay?|shahar|sheher|"
    r"shohor|desher|bhashar)\b)|"
    r"国|市場|マーケット|言語|地域|エリア|都市|店舗|나라|국가|시장|마켓|언어|지역|도시|지점|"
    r"国家|國家|市场|市場|地区|地區|语言|語言|城市|门店|門店|"
    r"मार्केट\S*|बाज़ार|बाजार|देश\S*|भाषा\S*|शहर\S*|মার্কেট\S*|বাজার\S*|দেশ\S*|ভাষা\S*|শহর\S*"
)
_WHICH = (
    r"(?i:\b(?:which|what|how\s+many)\s+(?:of\s+(?:the|our)\s+)?|"
    r"\b(?:kaun|kon|kun|kin|kis)(?:\s+(?:kaun|kon))?(?:\s+(?:se|si|sa))?\s+|\bkitne\s+|\bkoyta\s+)|"
    r"どの|どこの|何(?:カ|ヶ|か|ケ|箇)?(?=国|言語|市場)|いくつの|어느\s*|어떤\s*|몇\s*(?:개\s*)?(?=나라|국가|시장|언어|지역|도시|곳)|"
    r"哪些|哪几个|哪幾個|哪个|哪個|哪几|哪幾|"
    r"(?:कौन|किन|किस)(?:\s+कौन)?(?:\s+(?:से|सी|सा))?\s+|कितने\s+|(?:কোন|কোনো)(?:\s+কোন)?\s+|ক(?:য়|য়)টা\s+"
)
_DONE_FOR = (
    r"(?i:\b(?:already|done|made|finished|completed|covered|delivered|left|remaining|"
    r"still\s+(?:to\s+do|need|needs|missing|to\s+go)|(?:haven'?t|hasn'?t|not)\s+(?:been\s+|yet\s+)?"
    r"(?:done|made|covered)|ban\s+(?:chuke|chuka|chuki|gaye|gayi|gaya)|bana\s+(?:liye|liya|chuke|"
    r"diye|diya)|ho\s+(?:chuke|chuka|gaye|gaya)|baaki|baki|bache|reh\s+gaye|"
    r"baniye\s+(?:fela|felechi|feli|felechen|diyechi|diyecho|diyechen)|banano\s+(?:hoyeche|hoyechhe|"
    r"hoye\s+geche|sesh)|hoye\s+geche|sesh\s+hoyeche|kora\s+hoyeche|baniyechi|baniyecho)\b)|"
    r"作り?終わ|終わっ|終わり|終わった|済み|済ん|できて|出来て|完了|完成|作った|作成済|作成し|残っ|残り|"
    r"끝났|끝난|끝냈|완료|만들었|만든|나왔|됐|되었|남았|남은|안\s*한|작업한|작업했|"
    r"做完|做好|做了|做过|做過|完成|出了|出过|出過|已经|已經|剩|还没|還沒|还差|還差|"
    r"बन\s+(?:चुके|चुका|चुकी|गए|गई|गया)|बना\s+(?:लिए|लिया|चुके|दिए)|हो\s+(?:चुके|गए|गया)|बाकी|बाक़ी|बचे|रह\s+गए|"
    rf"বানি{_BN_Y}ে\s+ফেল|বানানো\s+হ{_BN_Y}ে|হ{_BN_Y}ে\s+গেছে|বাকি|শেষ\s+হ{_BN_Y}েছে|করা\s+হ{_BN_Y}েছে|"
    rf"বানি{_BN_Y}েছ|তৈরি\s+হ{_BN_Y}েছে"
)
_MARKETS_DONE = re.compile(
    rf"(?:{_WHICH})(?:[^\s.?!。？।、，,]{{1,12}}\s*){{0,2}}?(?:{_MARKET_WORDS})[^.?!。？।\n]{{0,60}}?(?:{_DONE_FOR})"
)


# Credits, a generator's unit of spend: "credits", クレジット, 크레딧, 积分, 額度, क्रेडिट,
# ক্রেডিট; a credit card, a photo or film credit and a credit union are none.
_CREDITS = re.compile(
    r"(?i:\bcredits?\b(?!\s*(?:cards?|unions?|scores?|lines?|rolls?|limits?)\b)"
    r"(?<!photo credit)(?<!photo credits)(?<!image credit))|"
    r"クレジット(?!カード)|크레딧(?!\s*카드)|积分|積分|额度|額度|क्रेडिट(?!\s*कार्ड)|ক্রেডিট(?!\s*কার্ড)"
)
# ... burnt, used, gone or left: "did that burn", 溶けた, 使った, 残って, 썼, 남았, 跑了, 用了,
# 剩, खर्च हुए, बचे, "koto credit gelo", বাকি.
_CREDITS_GONE = re.compile(
    r"(?i:\b(?:burn(?:ed|t|s|ing)?|used|use[ds]?\s+up|spent|gone|went|"
    r"left|remaining|ate|eaten|took|taken|"
    r"gelo|gechhe|geche|khoroch|laglo|lagse|lagche|baki|bachi|lage|lagi|gaye|gaya|kate|"
    r"kharch|bache|bacha)\b)|"
    r"溶け|使った|使い切|使いすぎ|消費|減った|残り|残って|飛んだ|かかった|"
    r"跑了|用了|用掉|花了|耗|扣了|扣掉|剩|烧了|燒了|"
    r"쓴|썼|나갔|남은|남았|소모|차감|들었|"
    r"खर्च|लगे|लगी|गए|गये|बचे|बचा|कटे|"
    r"বাকি|খরচ|গেল|লাগল|লেগেছে|কাটল|কেটেছে"
)


def _credits_used(text: str) -> bool:
    """Credits burnt, used or left, asked of this work."""
    found = _CREDITS.search(text)
    return found is not None and _CREDITS_GONE.search(text) is not None


# Money said gone, as a complaint or a question ("몇 장 만들었다고 벌써 돈이 나갔어??", "the
# money's already gone??", 钱就花了这么多, お金が飛んだ, itne paise chale gaye, এত টাকা চলে গেল):
# what this work has spent, however many images are named beside it.
_MONEY = (
    r"(?i:\b(?:money|cash|dosh|paise|paisa|rupees|rupaye|taka)\b)|"
    r"(?<![\uac00-\ud7a3])돈(?=[이을은도]|\s|$)|お金|おかね|钱|錢|पैसे|पैसा|रुपये|টাকা|পয়সা"
)
_GONE = (
    r"(?i:\b(?:gone|went|disappeared|vanished|burn(?:ed|t)|spent|blown|evaporated|"
    r"chale\s+gaye|chala\s+gaya|gaye|gaya|ud\s+gaye|udd\s+gaye|ud\s+gaya|"
    r"kharch\s+ho\s+(?:gaye|gaya)|lag\s+(?:gaye|gaya)|"
    r"chole\s+gelo|gelo|ure\s+gelo|beriye\s+gelo|khoroch\s+hoye\s+gelo)\b)|"
    r"나갔|나가\s*(?:요|네|냐|니)|빠져나갔|날아갔|날렸|깨졌|사라졌|"
    r"飛んだ|飛んで|消えた|出て(?:いった|行った)|減った|なくなった|溶けた|"
    r"花了|花掉|没了|沒了|烧了|燒了|不见了|不見了|"
    r"चले\s+गए|चला\s+गया|उड़\s+(?:गए|गया)|खर्च\s+हो\s+(?:गए|गया)|लग\s+(?:गए|गया)|"
    r"চলে\s+গেল|উড়ে\s+গেল|খরচ\s+হয়ে\s+গেল|বেরিয়ে\s+গেল"
)
# ... and so is a budget said used up or nearly so ("the budget's almost gone", 预算都快没了,
# 予算がもうない, 예산이 바닥, "budget khatam", বাজেট প্রায় শেষ). "budget" before a noun
# ("budget airline") describes, so English needs the budget to be said of: "'s", "is".
_BUDGET_GONE = (
    # "the budget is out of our hands" and "budget is over $5000" say nothing of it spent.
    r"(?i:\bbudget(?:'s|\s+is|\s+has|\s+was)\s+(?:\w+\s+){0,2}?(?:gone|blown|used\s+up|"
    r"spent|finished|dry|exhausted)\b|\bbudget\s+(?:is\s+)?(?:almost\s+|nearly\s+)?"
    r"(?:khatam|khattam|shesh|sesh)\b)|"
    r"(?:预算|預算)[^。！？\n]{0,6}?(?:没了|沒了|用完|花光|见底|見底|不够|不夠)|"
    r"予算[^。！？\n]{0,8}?(?:ない|なくな|尽き|底をつ|足りな)|"
    r"예산[^.!?\n]{0,8}?(?:바닥|다\s*(?:썼|나갔|떨어)|없어|거의\s*없)|"
    r"बजट[^.!?।\n]{0,12}?(?:खत्म|ख़त्म|खतम|नहीं\s+बचा)|বাজেট[^.!?।\n]{0,12}?(?:শেষ|ফুরিয়ে)"
)
_MONEY_GONE = re.compile(
    rf"{_BUDGET_GONE}|(?:{_MONEY})[^.!?。！？\n]{{0,16}}?(?:{_GONE})|"
    rf"(?i:\b(?:spent|blew|burn(?:ed|t)\s+through|wasted)\b)[^.!?\n]{{0,12}}?(?:{_MONEY})"
)


# Surprise at how much it came to: "how is the bill so high", 이렇게 많이, こんなに, 这么多,
# इतना, "itna", এত, "eto". Said of a cost already run up, it asks what this work has spent,
# however many images are counted beside it ("we only made a few banners").
_SO_MUCH = re.compile(
    r"(?i:\b(?:so\s+(?:much|high|expensive|big)|this\s+(?:much|high|expensive)|"
    r"that\s+(?:much|expensive)|itna|itne|itni|eto|etto)\b)|"
    r"이렇게\s*(?:많이|비싸|많)|그렇게\s*(?:많이|비싸)|こんなに|そんなに|这么(?:多|贵|高)|這麼(?:多|貴|高)|"
    r"那么(?:多|贵)|那麼(?:多|貴)|इतना|इतने|इतनी|(?<![\u0980-\u09ff])এত(?![\u0980-\u09ff])"
)
# The bill or the charges run up: "the bill", 請求, 청구, 账单, 扣费, बिल, বিল, "charges".
# Complained of ("why such a bill?", また請求が増えてる, 요금이 왜 이렇게), it asks what this
# work has spent, however the complaint is worded. English stays lower case: "Bill's Diner"
# is a name.
_BILL = re.compile(
    r"\b(?:bill|bills|billing|billed|charges|charged|invoice)\b|"
    r"\b(?i:bil|biler|charge\s+kat)\b|"
    # ... not a price list or a plan named as the visual's subject: 요금표, 收费标准
    r"請求|課金|청구|요금(?!표|제|안내)|과금|账单|帳單|扣费|扣費|"
    r"(?:收费|收費)(?!标准|標準|表|项目|項目|明细|明細)|बिल|चार्ज|বিল|চার্জ"
)
# The bill or cost still growing: "keeps going up", 増えてる, 늘어, 又涨, बढ़ता, বাড়ছে.
_GROWING = re.compile(
    r"(?i:\b(?:keeps?\s+(?:going\s+up|growing|climbing|rising)|going\s+up|growing)\b)|"
    r"増えて|増えた|上がって|늘어|늘었|올랐|又涨|涨了|漲了|越来越|越來越|बढ़\S*|বাড়\S*"
)
# A formal request to be told, shown or sent a list asks as a question does: "kindly let us
# know", 알려 주시기 바랍니다, 확인할 수 있겠습니까, 烦请列出, お知らせください, बताने का कष्ट
# करें, "soochi dikhane ka kasht karein", জানাবেন, দেখাবেন.
FORMAL_TELL = re.compile(
    r"(?i:\b(?:let\s+(?:us|me)\s+know|inform\s+(?:us|me)|share\s+with\s+(?:us|me)|"
    r"(?:batane|dikhane|bhejne|janane)\s+ka\s+kasht|bata(?:iye|yein|ein)|dikha(?:iye|yein)|"
    r"(?:janaben|janiye\s+deben|dekhaben|dekhiye\s+deben|pathaben))\b)|"
    r"알려\s*주시(?:기\s*바랍니다|겠습니까|면)|확인(?:해\s*주시기\s*바랍니다|할\s*수\s*있(?:겠|을까)|"
    r"하고\s*싶습니다)|보여\s*주시(?:기\s*바랍니다|겠습니까)|여쭙|"
    r"(?:烦请|煩請|敬请|敬請|请|請)(?:您)?(?:列出|告知|提供|发送|發送|出示|说明|說明)|"
    r"お知らせ(?:ください|いただけ)|お教え(?:ください|いただけ)|ご教示|"
    # ... or as a wish to check it: 確認したいです, 确认一下, "want to check".
    r"確認(?:したい|させて)|(?:想|要)(?:确认|確認|核对|核對)|"
    r"(?i:\b(?:want|like|need)\s+to\s+(?:check|verify|confirm|cross-?check)\b)|"
    r"(?:बताने|दिखाने|भेजने|सूचित\s+करने)\s+का\s+कष्ट|बताइए|बताएँ|बताएं|दिखाइए|"
    r"জানাবেন|জানিয়ে\s+দেবেন|দেখাবেন|দেখিয়ে\s+দেবেন|পাঠাবেন"
)


# What this work cost, counted by the unit a catalogue team makes it in: "why did the set
# cost 3x the last SKU", SKU別のコスト, 장당 단가 … 이번 배치, 这批图的成本, "ek batch e eto
# khoroch". A cost and a unit of the work, asked or complained of, is this work's spend.
_UNIT_COST = re.compile(
    r"(?i:\b(?:costs?|costing|cost\s+per|unit\s+cost|per[-\s]unit|spend|bill|price\s+per|"
    r"kharcha|kharch|khoroch|taka|paisa|paise|lagat)\b)|"
    r"コスト|費用|料金|単価|비용|단가|원가|금액|成本|费用|費用|单价|單價|花费|花費|"
    r"लागत|खर्च|ख़र्च|कीमत|খরচ|টাকা|দাম"
)
_WORK_UNIT = re.compile(
    r"(?i:\b(?:per|each|every|by|a|the|this|that|last|whole|one|ek|har|prati|is|iss|ei|oi)\s+"
    r"(?:[\w-]+\s+)?(?:sku|set|batch|lot|listing|asin)s?\b|\bsku[-\s]?(?:wise|-?level)\b|"
    r"\b(?:batch|sku)\s*(?:e|te|me|mein|wise)\b)|"
    r"(?i:sku)\s*(?:別|ごと|毎|별|당|마다)|バッチ|ロット|배치|세트|"
    r"(?:每个|每個|每)\s*(?i:sku)|这批|這批|批次|整套|"
    r"(?:प्रति|हर)\s+(?:(?i:sku)|सेट|बैच)|बैच|ব্যাচ|(?:প্রতি|এই)\s+(?:(?i:sku)|সেট)"
)
_COMPLAINT = re.compile(
    r"(?i:\b(?:ridiculous|insane|crazy|absurd|way\s+too|too\s+much|so\s+much|3x|2x|\d+x|"
    r"twice|triple|double)\b)|[!！]|말이\s*안|너무|高すぎ|おかしい|太贵|太貴|离谱|離譜|"
    r"बहुत\s+ज़?ज्यादा|অনেক\s+বেশি"
)


def _unit_cost_asked(brief: Brief, text: str, question: bool) -> bool:
    """Whether ``text`` asks or complains of what this work cost by SKU, set or batch."""
    if not (_UNIT_COST.search(_PRICE_TAG.sub(" ", text)) and _WORK_UNIT.search(text)):
        return False
    # a format to be made or a size is a visual of money ("cost per set infographic 1:1")
    if size_for(text) or _SIZE_RE.search(text) or _RATIO_RE.search(text):
        return False
    # ... per image in general (一般的に一枚あたり, 한 장당) is atelier's price, not this work's
    if MAKE_NOW.search(text) or ABOUT_OFFER.search(text):
        return False
    # a visual word alone (这批图, the set of pictures) names the work asked of; unasked,
    # it may be a visual to make
    if question:
        return True
    if CREATE.search(text):
        return False
    shown = SHOW_ME.search(text) or FORMAL_TELL.search(text) or SPEND.search(text)
    return bool(shown or _COMPLAINT.search(text) or _SO_MUCH.search(text))


# Asked to check whether something is there: "check if there's a …", 있는지 확인해줘,
# あるか確認して, 有没有…查一下, "hai ya nahi check karo", "ache kina dekho". A question put
# as an order.
_CHECK_WHETHER = re.compile(
    r"(?i:\b(?:check|see|find\s+out|confirm|verify)\s+(?:if|whether)\b|"
    r"\b(?:hai|he)\s+(?:ya|ki)\s+nahi(?:n)?\b|\b(?:ache|achhe)\s+(?:ki\s+na|kina)\b)|"
    r"있는지\s*(?:확인|봐|찾아|알려)|없는지\s*(?:확인|봐)|あるか(?:どうか)?(?:確認|調べ|見て|教え)|"
    r"有没有|有沒有|是否有|है\s+(?:या|कि)\s+नहीं|আছে\s+(?:কিনা|কি\s+না)"
)


# Spend split by the brands or accounts a manager runs: 品牌, ブランドごと, 브랜드별,
# हर ब्रांड, প্রতিটা ব্র্যান্ড, "each client".
_BY_BRAND = re.compile(
    r"(?i:\b(?:brands?|accounts?|clients?|pages?|handles?)\b)|品牌|ブランド|アカウント|브랜드|계정|"
    r"账号|帳號|ब्रांड|ब्रैंड|अकाउंट|ব্র্যান্ড|অ্যাকাউন্ট"
)
# Which version an earlier image was, asked as something recalled: "which version was
# Monday's?", 哪个版本来着, どのバージョンだっけ, 어느 버전이었지, कौन सा वर्शन था, কোন ভার্সন ছিল.
_WHICH_VERSION = re.compile(
    r"(?i:\b(?:which|what)\s+(?:version|draft|variant)\b)|哪(?:个|個|一)?版本?|どの(?:バージョン|版)|"
    r"어느\s*(?:버전|시안)|कौन\s*सा\s*(?:वर्शन|वर्ज़न|वर्जन)|(?i:\bkaun\s*sa\s*version\b)|"
    r"কোন\s*(?:ভার্সন|সংস্করণ)|(?i:\bkon\s*version\b)"
)
_RECALLED = re.compile(
    r"(?i:\b(?:was|were|did\s+we|had)\b)|来着|來著|だっけ|でしたっけ|였지|였더라|이었지|이었더라|"
    r"(?<![\u0900-\u097f])(?:था|थी|थे)(?![\u0900-\u097f])|(?i:\btha\b)|ছিল|(?i:\bchilo\b)"
)


# "is it expensive to make a 4K poster?", "how much would it be to do a banner?": the "it"
# points ahead to the making, not back at an image of this thread.
_IT_TO_MAKE = re.compile(
    r"(?i:\b(?:is|would|will|does)\s+it\s+(?:\w+\s+){0,2}to\s+(?:make|do|get|generate|create|"
    r"render|have|order)\b)"
)


_WHICH_NOT = re.compile(
    r"じゃなくて|じゃなく|ではなくて|ではなく|아니고|말고|(?i:\bnot\s+(?:the\s+)?\w+'s\b)"
)


# When to post, asked as advice: "when's the best time to post on Insta?", 何時ごろ投稿するのが
# いい, 몇 시에 올리는 게 좋아요, 几点发比较好, "kab post karna chahiye", কখন পোস্ট করব.
_WHEN_TO_POST = re.compile(
    r"(?i:\b(?:when|what\s+time|which\s+(?:day|time)|best\s+(?:time|day))\b[^?\n]{0,30}?"
    r"\b(?:post|publish|upload)(?:ing)?\b|\b(?:kab|kitne\s+baje|kokhon|kotay)\b[^?\n]{0,24}?"
    r"\bpost\b)|"
    r"(?:何時|いつ|何曜)[^?？\n]{0,12}?投稿|(?:몇\s*시|언제|무슨\s*요일)[^?？\n]{0,12}?(?:올리|게시|업로드|포스팅)|"
    r"(?:几点|幾點|什么时候|什麼時候|哪天)[^?？\n]{0,8}?(?:发|發|更新)|"
    r"(?:कब|किस\s+समय|कितने\s+बजे)[^?\n]{0,20}?पोस्ट|(?:কখন|কটায়)[^?\n]{0,20}?পোস্ট|"
    # ... with the verb first: 投稿するなら何曜日の何時, 올리려면 언제, 发在几点, "reel kab daalu",
    # "post kokhon dibo", "post it when, morning or evening?".
    r"(?i:\b(?:post|publish|upload)(?:ing)?\b[^?\n]{0,20}?\b(?:when|what\s+time|which\s+day)\b|"
    r"\b(?:post|reel|story|upload)\b[^?\n]{0,16}?\b(?:kab|kitne\s+baje|kokhon|kotay|kobe)\b|"
    r"\b(?:kab|kokhon|kobe)\s+(?:daal|dal|daalu|dalu|daalun|dalun|daaloon|daalna|dalna|dalein|"
    r"daalein|dibo|debo|dile|upload))|"
    # 載せ, 上げ put copy on the image or raise its brightness too, いつも is "as usual", and
    # 언제까지 asks when the work is done.
    r"(?:投稿|アップ)[^?？\n]{0,10}?(?:何時|いつ(?!も)|何曜)|"
    r"(?:올리|게시|업로드|포스팅)[^?？\n]{0,10}?(?:몇\s*시|언제(?!\s*까지)|무슨\s*요일)|"
    r"(?:发布|發布|发|發|更新|上传|上傳)[^?？\n]{0,8}?(?:几点|幾點|什么时候|什麼時候|哪天|星期几|星期幾|周几|週幾)|"
    r"(?:कब|कितने\s+बजे)\s+(?:डालूं|डालूँ|डालें|डालना|डालू)|(?:কখন|কটায়)\s+(?:দেব|দিব|দেওয়া)"
)


def lookup_for(brief: Brief) -> str | None:
    """The lookup tool a question about this work needs, or None."""
    text = without_quotes(brief.text)
    # "I was wondering how much we've spent, roughly? Finance is asking": a question
    # mark inside the message, or a hedge, asks as much as one at its end.
    question = bool(QUESTION.search(text) or HEDGED.search(text) or FORMAL_TELL.search(text))
    # "审核通过的版本" is the approved version: its review word asks about no hold.
    held = HELD.search(_PASSED_REVIEW.sub(" ", text)) or _REFUSAL_SEEN.search(text)
    # The status shown in quotes ("審査中"と出ています, it says 'on hold', "보류"라고 떠요):
    # a short quote of a hold word says where the work stands.
    # Asked of it, it is the hold's question, whatever format the work is named by.
    shown_held = any(
        len(quote) <= 16 and HELD.search(quote) for quote in quoted_strings(brief.text)
    )
    if WHY.search(text) and (held or shown_held):
        return LOOKUP_HOLDS
    # "which version was the one with the dog, last Tuesday?": an image made before, found.
    recalled = _WHICH_VERSION.search(text) and _RECALLED.search(text)
    if recalled and not (MAKE_NOW.search(text) or EDIT_VERBS.search(text)):
        return LOOKUP_IMAGES
    if held and question and not CREATE.search(text):
        return LOOKUP_HOLDS
    asked = question or re.search(r"[?？]", text) is not None
    if shown_held and asked and not MAKE_NOW.search(text):
        return LOOKUP_HOLDS
    # "the approved reference images", অনুমোদিত রেফারেন্স ছবিগুলো: the images are the references.
    shown = _REFERENCE_IMAGES.sub(" ", re.sub(r"(?i)\bshow\b", " ", text))
    showing = (SHOW.search(text) or FORMAL_TELL.search(text)) and not CREATE.search(shown)
    # "can you make a poster for registered nurses?" asks for a visual, not the library.
    making = (MAKE_NOW.search(text) or VISUAL_WITH_ARTICLE.search(shown)) and size_for(text)
    if _PAID_BY.search(text):
        return LOOKUP_SPEND  # who paid, from which budget: the spend of this work
    if _unit_cost_asked(brief, text, question):
        return LOOKUP_SPEND
    # ... what one named image cost ("刚才那张图花了多少钱") is that image's
    gone = _MONEY_GONE.search(text) and not THAT_IMAGE.search(text)
    if (_credits_used(text) or gone) and not (MAKE_NOW.search(text) and size_for(text)):
        return LOOKUP_SPEND  # credits or money burnt by a render or a round, or left this month
    asked_of = _SENDER_APPROVED.sub(" ", text)
    if brief.attachments:
        asked_of = _UPLOADED.sub(" ", asked_of)  # "I hope it came through? it says uploaded"
    on_file = REFERENCES.search(asked_of) or _ASSETS_KEPT.search(text)
    checked = _CHECK_WHETHER.search(text)
    policy = _UPLOADS_POLICY.search(text)
    if on_file and (question or showing or checked) and not making and not policy:
        return LOOKUP_REFERENCES
    # A price tag in the picture is a thing to show or remove, not a question of cost.
    money = PRICE.search(_PRICE_TAG.sub(" ", text)) or MONEY.search(text)
    offer = ABOUT_OFFER.search(text) or (_HOW_PRICED.search(text) and not _SPENT.search(text))
    if money and offer and not PAST_COST.search(text):
        money = None  # plans, pricing, video: atelier's offer, nothing of this work
    if (
        (SHOW_ME.search(text) or FORMAL_TELL.search(text))
        and (
            MADE_BEFORE.search(text)
            or AGAIN.search(text)
            or (_OVER_A_SPAN.search(text) and _ALL_OF_THEM.search(text))
        )
        and not MAKE_NOW.search(MADE_BEFORE.sub(" ", text))
        # 把 only marks the object; 调出来 pulls up, it adjusts nothing; "not yesterday's but
        # the day before's" (昨日のじゃなくておとといの) corrects which, it changes nothing
        and not EDIT_VERBS.search(_WHICH_NOT.sub(" ", SHOW_ME.sub(" ", text.replace("把", " "))))
        and not _SIZE_RE.search(_BY_THEIR_SIZE.sub(" ", text))
    ):
        return LOOKUP_IMAGES  # earlier work, to be shown again
    # "did the spring banner ever get made? can't find it": a status question, or earlier
    # work looked for, asks for the images made, nothing new.
    # "비용 얼마 나왔어요?" asks what the cost came to, not whether an image did.
    looked_for = (_MADE_YET.search(text) and not money) or (
        _NOT_FOUND.search(text) and _VISUAL_NOUN.search(text) and not _SIZE_RE.search(text)
    )
    rest = _NOT_FOUND.sub(" ", _MADE_YET.sub(" ", text))
    if looked_for and not MAKE_NOW.search(rest) and not EDIT_VERBS.search(rest):
        return LOOKUP_IMAGES
    # "where is design d-0412?", ID k-77 のデザインはどこ: a piece named by its code, looked for.
    coded = _CODE_ID.search(text) or _DRAFT_ID.search(text.lower())
    named = re.sub(r"(?i)\bdesign\s+(?=[a-z]{1,3}-?\d)", " ", rest)  # the noun before its code
    if (
        coded
        and _WHERE_IS.search(text)
        and not MAKE_NOW.search(named)
        and not EDIT_VERBS.search(rest)
    ):
        return LOOKUP_IMAGES
    if _markets_done(text) and not money:
        return LOOKUP_IMAGES
    # "make last week's banner portrait and show me": a change, when there is an image.
    changing = _target(brief) is not None and EDIT_VERBS.search(text) and not question
    # "그거 하나 만드는 데 비용이 얼마씩 들었는지", "what did it cost us to make each one?":
    # what making one of the earlier pieces came to is this work's spend, piece by piece.
    if money and _MAKING_ONE.search(text) and PAST_COST.search(text) and not changing:
        return LOOKUP_SPEND
    ran_up = PAST_COST.search(text) or MADE_HERE.search(text) or MADE_BEFORE.search(text)
    if money and _SO_MUCH.search(text) and ran_up and not changing:
        return LOOKUP_SPEND  # "how did a few banners cost this much?": this work's spend
    complained = _SO_MUCH.search(text) or _COMPLAINT.search(text) or _GROWING.search(text)
    sized = _SIZE_RE.search(text) or _RATIO_RE.search(text)
    if _BILL.search(text) and (complained or WHY.search(text)) and not changing and not sized:
        return LOOKUP_SPEND  # a complaint about the bill asks what this work has cost
    if (
        MADE_HERE.search(text)
        and (question or not PRICE.search(text))
        and not changing
        and not _HOW_MANY_CAN.search(text)
    ):
        return LOOKUP_IMAGES  # what was made, with or without its cost
    versions = money and question and PAST_COST.search(text) and _versions_costed(text)
    if versions and not THAT_IMAGE.search(text):
        return LOOKUP_SPEND  # "what did the Thai and Malay versions cost?": spent per market
    if money and question and EACH.search(text) and PAST_COST.search(text):
        if _BY_BRAND.search(text):
            return LOOKUP_SPEND  # what each brand or account ran up: spent brand by brand
        return LOOKUP_IMAGES  # what each image made here cost
    if money and PAST_COST.search(text) and MADE_PLURAL.search(text) and not _SPENT_ON.search(text):
        return LOOKUP_IMAGES  # "how much did the gym campaign images cost"
    # What is left of the budget ("活动预算还有多少", 예산 얼마 남았어, बजट कितना बचा है)
    # asks for this work's spend, whatever visual the budget is for.
    if (
        _BUDGET_LEFT.search(text)
        and not changing
        and not MAKE_NOW.search(text)
        and not (_SIZE_RE.search(text) or _RATIO_RE.search(text))
    ):
        return LOOKUP_SPEND
    # "Can you do a 1:1 post showing our budget planner app?" asks for a visual about money,
    # not for this work's spend: a format, a subject and no word of price.
    about_money = (
        CREATE.search(text) and size_for(text) and has_subject(brief) and not PRICE.search(text)
    )
    if (
        money
        and (question or not CREATE.search(text))
        and not changing
        and not about_money
        # the price of a whole new request is the one to be made, not of this work
        and not (_target(brief) is None and _whole_request(brief, text))
    ):
        if THAT_IMAGE.search(text):
            return LOOKUP_IMAGES
        if SPEND.search(text) or MONEY.search(text):
            return LOOKUP_SPEND
        if THAT.search(text) and not _IT_TO_MAKE.search(text):
            return LOOKUP_IMAGES
        # "비용 얼마 들었어요?", いくらかかりましたか, कितना खर्च आया: money already gone, with
        # no image named, asks what this work has cost so far.
        if question and _COST_CAME_TO.search(text) and not offer:
            return LOOKUP_IMAGES if brief.current_image else LOOKUP_SPEND
    return None


# A market's or a language's version, named by it: "the Thai version", ベトナム版, 태국 버전,
# 泰国版, "Hindi wala version", "Dhaka r version". What each cost, with no image named, is
# money this work has spent market by market, not a list of images.
_VERSION = re.compile(
    r"(?i:\b(?:versions?|editions?|cuts?)\b)|(?<=[\u30a0-\u30ff\u4e00-\u9fff])版(?!画|權|权)|"
    r"バージョン|버전|(?<=[\uac00-\ud7a3])판(?=[은는이가과와도\s]|$)|版本|वर्शन|वर्ज़न|वर्जन|ভার্সন|সংস্করণ"
)


def _versions_costed(text: str) -> bool:
    """What market or language versions cost, with no image named."""
    return bool(_VERSION.search(text)) and not _VISUAL_NOUN.search(_VERSION.sub(" ", text))


def _markets_done(text: str) -> bool:
    """Which markets or language versions were made, or are left, asked of this work."""
    found = _MARKETS_DONE.search(text)
    if found is None:
        return False
    # "which markets are left? make the 1:1 for them showing the tea": a visual asked now.
    rest = text[: found.start()] + " " + text[found.end() :]
    return not (MAKE_NOW.search(rest) or _SIZE_RE.search(text) or _RATIO_RE.search(text))


# The draft on screen, or one picked from its grid (#2, 2枚目, 2번, 第二张), upscaled: an image
# generator's word for rendering the chosen one at full resolution.
_UPSCALE = cues(
    "upscale", "upscaled", "upscaling", "up-scale", "upres", "up-res", "アップスケール",
    "アプスケ", "업스케일", "업스케일링", "高清放大", "无损放大", "無損放大", "超分", "अपस्केल",
    "আপস্কেল",
    # ... with the light verb that goes with it: "upscale kar do", আপস্কেল করে দিন.
    "upscale kar do", "upscale karo", "upscale kardo", "upscale kar dijiye", "upscale koro",
    "upscale kore dao", "upscale kore din", "अपस्केल कर दो", "अपस्केल करो", "अपस्केल कर दीजिए",
    "আপস্কেল করে দাও", "আপস্কেল করে দিন", "আপস্কেল করো",
)  # fmt: skip


# A draft named by a short code beside a final word alone: "定稿 D-2231", "final v-12 pls",
# "D-88 최종". With no format and nothing to make, the code names the draft made final.
_CODE_ID = re.compile(r"(?<![\w-])[A-Za-z]{1,3}-?\d{2,6}(?![\w-])")


# Case marks and request auxiliaries around a draft's code: "P-450 को फाइनल कर दो".
_CASE_MARKS = re.compile(
    r"(?<![\w\u0900-\u097f\u0980-\u09ff])(?:को|का|की|के|কে|টা|টাকে)(?![\w\u0900-\u097f\u0980-\u09ff])|"
    r"(?i:\b(?:ko|ke|ta|take)\b)|(?:으로|로)(?=\s|$)|"
    r"(?<![\u0900-\u097f])कर(?:\s*(?:दो|दीजिए|दें|देना))?(?![\u0900-\u097f])|(?i:\bkar\s*(?:do|dijiye|dena)\b|\bkore\s*(?:dao|din|den)\b)|"
    r"করে\s*(?:দাও|দিন|দেন)"
)


def _coded_draft(text: str) -> bool:
    """Whether ``text`` is a final word, a short code and courtesies, nothing else."""
    coded = _CODE_ID.search(text)
    if not coded or size_for(text):
        return False
    uncoded = _CODE_ID.sub(" ", text)
    if not FINAL.search(uncoded):
        return False
    return not _remains(
        FINAL.sub(" ", uncoded),
        [*FILLERS, THANKS, ACK, POLITE_ASK, _ASKING, _IMAGE_WORDS, _CASE_MARKS, _IMAGE_COUNT],
    )


def is_finalize(brief: Brief) -> bool:
    """A request for the final render of an existing draft, not a new visual."""
    text = without_quotes(brief.text)
    coded = _coded_draft(text)
    draft_id = _DRAFT_ID.search(text.lower()) or _NAMED_DRAFT.search(text) or coded
    sent_out = _SENT_OUT.search(text) and not EDIT_VERBS.search(_SENT_OUT.sub(" ", text))
    # "upscale #2 and make the sky darker": a change asked before it is made final.
    upscaled = _UPSCALE.search(text) and not EDIT_VERBS.search(_UPSCALE.sub(" ", text))
    if coded:
        return True
    if not ((brief.current_image or draft_id) and (FINAL.search(text) or sent_out or upscaled)):
        return False
    # "高画質" holds the character for "draw": creation words count outside the final phrase.
    rest = FINAL.sub(" ", text)
    creating = CREATE.search(rest)
    # "A1 포스터 파이널로 넘겨주세요": a format named beside the final word is the draft's own,
    # unless a new one is asked for (made now, new, with its copy).
    anew = MAKE_NOW.search(rest) or FRESH.search(rest) or copy_text(brief) is not None
    new_visual = creating and size_for(text) is not None and has_subject(brief) and anew
    return bool(draft_id) or not new_visual


# "Something" made: "whip up something for our launch", 何か作って, 뭔가 만들어,
# 做点东西, कुछ बना सकते हो, কিছু বানাতে পারো: a request for a visual, even as a question.
SOMETHING_MADE = re.compile(
    r"\b(?:make|create|design|whip\s+up|put\s+together|come\s+up\s+with|cook\s+up|"
    r"knock\s+up|draw|mock\s+up|produce|do|throw\s+together)\s+(?:(?:me|us)\s+)?"
    r"(?:something|some\s+(?:visuals?|images?|graphics?|artwork|designs?))\b"
    # "なんかいい感じのやつお願いします", "来点有节日气氛的东西吧": a thing wished for, unsaid.
    r"|(?:いい|良い|素敵な|かっこいい|おしゃれな|かわいい)(?:感じの)?(?:やつ|もの)(?:を)?\s*(?:お願い|ください|作|下さい)"
    r"|来(?:点|點|个|個|些)[^，,。]{0,10}(?:东西|東西)"
    # "秋の文化祭の何かお願いできますか": something asked for, with nothing said of it
    r"|(?:何か|なにか)(?:\S{0,4})?(?:作|デザイン|用意|描|お願い)|"
    r"(?:^|(?<=[,.!]\s))(?i:something)\s+for\s+(?:the|our|my)\s+[^,.!?\n]{1,40}?[,.]\s+(?i:like)\b|뭔가\s*(?:\S+\s+)?(?:만들|제작|디자인|그려)"
    r"|뭐\s*하나\s*만들|(?:做|弄|整|设计|設計|画|畫)(?:点|點|些|个|個)[^，,。]{0,4}?(?:东西|東西|什么|什麼)"
    r"|(?<!क्या )कुछ\s+(?:\S+\s+)?(?:बना|डिज़ाइन|डिजाइन|तैयार)"
    r"|(?<!kya )\bkuch\s+(?:\w+\s+)?(?:bana|design|taiyar)"
    r"|কিছু\s+(?:\S+\s+)?(?:বানা|বানি|তৈরি|ডিজাইন|করো|করে\s+দিন)"
    r"|\bkichu\s+(?:\w+\s+)?(?:bana|baniye|toiri|design|koro|kore\s+dao|korte\s+(?:chai|hobe))"
    r"|\bkichu\s+ekta\s+(?:chai|lagbe)\b|কিছু\s+একটা\s+(?:চাই|লাগবে)"
    r"|\bkuch\s+(?:\w+\s+)?(?:karo|kar\s+do|karna\s+(?:hai|chahte))\b"
    r"|(?<!kya )\bkuch\s+(?:accha\s+|acha\s+|badhiya\s+)?chahiye\b"
    r"|(?<!क्या )कुछ\s+(?:अच्छा\s+|बढ़िया\s+)?चाहिए",
    re.IGNORECASE,
)


# A request asked politely as whether it can be done: "kar sakte ho?", "hata doge?",
# "dite parben?", "দেওয়া যাবে?", してもらえますか, 해주실 수 있나요, 能…吗. With an image in
# context it asks for the change, not about what atelier can do; the words themselves
# say nothing about what to change.
POLITE_ASK = re.compile(
    r"(?i:\b(?:kya|ki|would\s+you\s+mind|could\s+you\s+possibly|would\s+it\s+be\s+possible"
    r"(?:\s+to)?|is\s+there\s+any\s+way(?:\s+to)?|i\s+was\s+wondering\s+if\s+you\s+could|"
    r"sakte\s+ho|sakte\s+hain|sakti\s+ho|sakoge|sakenge|doge|dogi|denge|dijiyega|"
    r"(?:dite|dete|korte|banate|likhte)\s+(?:parben|parbe|paren|parbo|paro)|"
    r"(?:deya|dewa|dea|kora)\s+jabe|deben|diben)\b)|"
    r"क्या|सकते\s+हो|सकते\s+हैं|सकती\s+हो|सकेंगे|दोगे|दोगी|देंगे|दीजिएगा|"
    r"(?<![\u0980-\u09ff])কি(?![\u0980-\u09ff])|(?:দিতে|করতে|বানাতে|লিখতে)\s+পার(?:বেন|বে|েন|ো)|"
    r"(?:দেওয়া|দেয়া|করা)\s+যাবে|দেবেন|দিবেন|"
    r"(?:て|で)?(?:もらえ|いただけ|くれ)(?:ます|ません|ない|る)?(?:か|でしょうか|[？?])|"
    r"(?:お願い|頼)(?:でき|し)(?:ます|ません)(?:か|でしょうか)|"
    r"(?:주실|줄|주시)\s*수\s*(?:있|없)[가-힣]*|주시겠[가-힣]*|주실래[가-힣]*|"
    r"부탁(?:드려도|해도)\s*(?:될까|되나|되겠)[가-힣]*|"
    r"^\s*(?:麻烦|麻煩|请问|請問)|能不能|可不可以|能否|(?:^|[，,。？?\s])(?:能|可以)|"
    r"(?:可以|行|好)?[吗嗎](?=\s*[？?]|\s*$)"
)
# The content left to atelier: "whatever you think", "the rest is up to you", お任せ,
# 내용은 알아서, 随便, "baki aap dekh lijiye", "baki apnar upor". It names no subject, so
# the visual's subject is still to be asked for.
LEFT_TO_YOU = re.compile(
    r"(?i:\bwhatever\s+you\s+(?:think|like|want|feel|(?:can\s+)?(?:do|come\s+up\s+with|think\s+of))"
    r"[^.!?\n]*|"
    r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+leave\s+(?:the\s+rest|it|everything|the\s+details)"
    r"(?:\s+up)?\s+to\s+you\b|\b(?:the\s+rest\s+is\s+|it'?s\s+)?(?:up\s+to\s+you|your\s+call)\b|"
    r"\bsurprise\s+(?:me|us)\b|\banything\s+(?:is\s+fine|works|goes)\b|"
    r"\bnicely\b|\bhowever\s+you\s+(?:like|want|think|see\s+fit)\b|\bas\s+you\s+see\s+fit\b|"
    # "kindly do the needful": what is needed is left unsaid
    r"\b(?:do|doing)\s+(?:the\s+)?needful\b|\bjo\s+(?:zaroori|zaruri|jaruri)\s+(?:hai|ho)\b|"
    r"\bja\s+(?:dorkar|lagbe)\b|"
    r"\b(?:aap|ap|tum)\s+dekh\s*(?:ke|kar|kr)\b|\b(?:tumi|apni)\s+dekhe\b|"
    r"\b(?:baki|baaki)\s+(?:aap|ap|tum)\s+(?:dekh|samajh)\s*(?:lo|lijiye|lena)\b|"
    r"\bjo\s+(?:aapko|apko|tumhe)\s+(?:theek|thik|accha|acha)\s+lage\b|"
    r"\b(?:baki|baaki)\s*(?:ta|tuku)?\s+(?:apnar|tomar)\s+(?:upor|opor|upore)[^.!?\n]*|"
    r"\bja\s+(?:bhalo|valo)\s+(?:mone\s+)?(?:hoy|koren|koro)\b)|"
    r"(?:内容|中身|デザイン|あと|残り)?(?:は|も)?(?:お任せ|おまかせ|お まかせ|任せ)[^。！？\n]*|"
    r"適当に|いい感じに|いいように|よしなに|"
    r"(?:내용|디자인|나머지)?(?:은|는)?\s*알아서[^.!?\n]*|"
    r"随便[^。！？\n]*|隨便[^。！？\n]*|(?:你|您)(?:看着办|看著辦|决定|決定)[^。！？\n]*|"
    # "这三张你看着合成一下": combined as atelier sees fit
    r"(?:你|您)(?:看着|看著)|"
    r"(?:什么|什麼)都(?:行|可以)|"
    r"बाकी\s+(?:आप|तुम)\s+(?:देख|समझ)\s*(?:लीजिए|लो|लेना)|जो\s+(?:आपको|तुम्हें)\s+(?:ठीक|अच्छा)\s+लगे|"
    r"বাকি(?:টা|টুকু)?\s+(?:আপনার|তোমার)\s+(?:উপর|ওপর|উপরে)[^।.!?\n]*|"
    r"যা\s+ভালো\s+(?:মনে\s+)?(?:হয়|করেন|করো)|"
    r"जो\s+(?:ज़रूरी|जरूरी)\s+(?:है|हो)(?:\s+वो)?|যা\s+(?:দরকার|লাগবে)"
)
# The polite frame around a request: "would it be possible to get … ready", "is there any
# way to get", "for next week", "put together".
_POLITE_FRAME = re.compile(
    r"(?i:\b(?:would|will|is|it|be|possible|there|any|way|get|ready|wondering|if|done|"
    r"(?:for\s+)?next\s+(?:week|month)|put\s+together|i'?ll|we'?ll|hey|hi|hello)\b)|"
    r"(?i:\b(?:baniye|banaiye|banake|bana)\b)|帮忙|幫忙|帮我们|幫我們|做个|做個|下さい|ませんか|बना|বানি(?:য়ে)?"
)
# The wrapping of formal correspondence names no subject and no change: the request
# softened ("could you kindly", "be so kind as to", 주시기 바랍니다, 敬请, いただけますでしょうか,
# करने का कष्ट करें, "kripya … kasht karein", করে দেবেন), the courtesies around it ("at your
# earliest convenience", "many thanks in advance", 何卒よろしくお願い申し上げます, 안녕하십니까,
# 烦请, सधन्यवाद, ধন্যবাদান্তে) and the sign-off ("Regards", "Warm regards, Beatrice").
FORMAL_COURTESY = re.compile(
    r"(?i:\b(?:could|would|might|may|can)\s+(?:you|i|we)\b|\bkindly\b|\bplease\b|"
    r"\b(?:be\s+)?so\s+kind\s+as\s+to\b|\bat\s+your\s+(?:earliest\s+)?convenience\b|"
    r"\b(?:i|we)\s+(?:would|should)\s+be\s+(?:most\s+|very\s+)?grateful\s+if\b|"
    r"\b(?:many\s+)?thanks\s+in\s+advance\b|\bdear\s+(?:team|sir|madam|all|colleagues)\b|"
    # ... the sign-off with the name or office after it, to the end of the message
    r"\b(?:(?:kind|warm|best|many)\s+)?regards\b(?:,?[ \t]+[^.!?\n]{1,40}$)?|"
    r"\byours\s+(?:sincerely|faithfully|truly)\b|"
    r"\bsincerely\b|\bfurther\s+to\b|\bprepare\b|\bproduce\b|\bfor\s+us\b|"
    r"\bkripya\b|\bkripaya\b|\b(?:karne|dene|banane)\s+ka\s+kasht\s+kar(?:ein|en|e)\b|"
    r"\bkasht\s+kar(?:ein|en|e)\b|\bdijiye\b|\bdeejiye\b|\banugraha\s+kore\b|\banugroho\s+kore\b|"
    r"\b(?:kore\s+)?deben\b|\bdiben\b)|"
    r"恐れ入りますが|恐縮ですが|お手数ですが|お手数をおかけしますが|"
    r"いつも(?:大変)?お世話になっております|(?:何卒)?(?:よろしく)?お願い(?:申し上げます|いたします|致します)|"
    r"(?:て|で)?いただけ(?:ます|ません)?(?:でしょう)?か|(?:て|で)?いただきたく(?:存じます)?|"
    r"(?<=[てで])もらえ(?:ます|ません)?(?:でしょう)?か|"
    r"안녕하십니까|(?:해\s*)?주시기\s*바랍니다|(?:해\s*)?주시면\s*감사하겠습니다|감사합니다|부탁드립니다|"
    r"(?:으로|로)?\s*(?:하나|한\s*장)|크기(?:로|의)?|사이즈(?:로)?|"
    r"烦请|煩請|敬请|敬請|恳请|懇請|劳烦|勞煩|帮忙|幫忙|谨|謹|此致|敬上|敬礼|费心|費心|"
    r"कृपया|कृपा\s+करके|(?:करने|देने|बनाने)?\s*का\s+कष्ट\s+कर(?:ें|े)|सधन्यवाद|"
    r"निवेदन\s+है\s+कि|तैयार|"
    r"অনুগ্রহ\s+করে|(?:করে\s+)?দেবেন|দিবেন|ধন্যবাদান্তে|বিনীত"
)
# A question hedged or asked mid-message: "roughly?", "I was wondering how much", 大体,
# 대략, 大概, लगभग, মোটামুটি.
HEDGED = re.compile(
    r"[?？]|(?i:\b(?:i\s+was\s+wondering|i\s+wonder|wondering|roughly|approximately|"
    r"ballpark|more\s+or\s+less|lagbhag|andaazan|andazan|motamuti|pray|approx)\b)|"
    r"ざっくり|だいたい|大体|およそ|くらい|ぐらい|대략|대충|정도|大概|大约|大約|左右|"
    r"लगभग|करीब|अंदाज़न|মোটামুটি|প্রায়|আনুমানিক"
)
# "你都能帮我做些什么？": what atelier does, after a greeting, not something to make.
_WHAT_DONE = re.compile(r"(?:做|弄|整)(?:些|点|點)(?:什么|什麼)(?=\s*[？?吗呢]|\s*$)")
# "What all can you do?" (क्या-क्या कर सकते हो, 何ができますか): asks what, not for a change.
_WHAT_ASKED = re.compile(
    r"(?i:\bwhat\b|\bkya[- ]kya\b|\bki\s+ki\b)|क्या-क्या|क्या\s+क्या|何が|何を|뭘|무엇|뭐가|什么|什麼|"
    r"কী\s*কী|কি\s*কি"
)
# A price tag is a thing in the picture, not a question of cost.
_PRICE_TAG = re.compile(
    r"(?i:\bprice\s*(?:tags?|labels?|stickers?)\b|\bprice\s*tag\w*)|値札|가격표|价签|價籤|价格标签|價格標籤|"
    # ... and a list of them to show: "a price list poster", "rate card", 価格表, 价目表
    r"(?i:\bprice[\s-]*(?:lists?|boards?|menus?|sheets?|charts?)\b|\bpricelists?\b|\brate\s+cards?\b)|"
    r"価格表|料金表|价目表|價目表|요금표|मूल्य\s+सूची|রেট\s+চার্ট|"
    # Prices listed on the visual are its content, not a question of cost: "a menu board,
    # A3, coffee prices", "with the room prices", 메뉴와 가격, 菜品和价格, "dam soho".
    r"(?i:\b(?:with|and|plus|showing|listing|including|incl\.?)\s+(?:the\s+|our\s+|all\s+)?"
    r"(?:[\w-]+\s+)?prices\b|"
    r"\b(?!(?:your|the|its|their|atelier'?s|what|are|do|does|about)\b)[a-z][\w-]*\s+prices"
    r"(?=\s*(?:$|[,.;!]|\band\b|\bon\b|\bin\b)))|"
    r"(?:와|과|및)\s*가격(?:을|이|도)?\s*(?:넣|적|표시)|가격(?:을|도)?\s*(?:넣어|적어|표시해)|"
    r"(?:和|与|及|加上)(?:价格|價格)|(?:价格|價格)(?:也)?(?:写上|標上|标上|列出)|"
    r"値段(?:も|を)?(?:入れ|載せ|書い)|(?i:\b(?:dam|daam)\s+(?:soho|sahit|ke\s+saath|shoho)\b)"
)
# Laughter typed after a request (ㅎㅎ, ㅋㅋ, lol, 笑, 哈哈): no subject.
_LAUGH = re.compile(r"[ㅎㅋ]{2,}|(?i:\blol\b|\bhaha+\b)|（笑）|\(笑\)|哈哈+|w{3,}")
# Whether the images may be used commercially, or who owns them: about atelier's terms, a
# reply, even when it names the images made here.
USAGE_RIGHTS = re.compile(
    r"(?i:\bcommercial(?:ly)?\b|\bcopyright\b|\blicen[cs](?:e|ed|ing)\b|\busage\s+rights\b|"
    r"\bwho\s+owns\b|\bvyavsayik\b|\bbanijjik\b)|"
    r"商用|商業利用|著作権|ライセンス|상업적|상업용|저작권|라이선스|라이센스|商业用途|商業用途|商用|版权|版權|"
    r"व्यावसायिक|कमर्शियल|कॉपीराइट|लाइसेंस|বাণিজ্যিক|কমার্শিয়াল|কপিরাইট|লাইসেন্স|"
    # Whether images may go to print, and at what resolution: atelier's terms and limits.
    r"써도\s*(?:되나요|돼요|될까요)|사용해도\s*(?:되나요|돼요)|使っても(?:いい|大丈夫|問題)|"
    r"可以(?:拿去|用来|用來)?(?:印刷|打印)|해상도|解像度|分辨率|(?i:\bresolution\b)|रेज़ोल्यूशन|"
    r"রেজোলিউশন"
)


# Posting to a channel for the user: "can atelier post it to Instagram?", 发到小红书, 投稿して
# もらえる, 올려 줄 수, post kar sakte, পোস্ট করে দিতে.
PUBLISH = re.compile(
    r"(?i:\b(?:post|publish|schedule|upload|share)\s+(?:it|this|that|them|these|directly|for\s+"
    r"(?:me|us))?\s*(?:(?:straight|directly|automatically|right)\s+)?(?:to|on|onto)\s+(?:our\s+|my\s+|the\s+)?(?:instagram|insta|facebook|fb|"
    r"linkedin|x|twitter|tiktok|pinterest|xiaohongshu|wechat|line|page|feed|account|channel)\b|"
    r"\bauto-?post|\bpost\s+kar\s+(?:sakte|sakta|sakti|do|dega)|\bpost\s+kore\s+(?:dite|diben|deben)|"
    # "ye facebook pe daal sakte ho", "insta te diye dite parbe": put on the channel for us
    r"\b(?:facebook|fb|insta(?:gram)?|whatsapp|linkedin|page)\s+(?:pe|par|me|mein|te|e)\s+"
    r"(?:daal|dal|upload|laga|diye|tule)\w*\s+(?:(?:kar|de|dite|dibe)\s+)?"
    r"(?:sakte|sakta|sakti|sakoge|doge|denge|parbe|parben|paro))|"
    # ... and to the company's own page there: 发到公司领英主页
    r"(?:直接)?(?:帮我|幫我)?(?:发|發|发布|發佈|上传|上傳)(?:到|在)(?:公司的?|我们的?|我們的?|官方)?"
    r"(?:小红书|小紅書|朋友圈|微博|抖音|公众号|公眾號|ins|Instagram|领英|領英|LinkedIn|脸书|臉書|"
    r"Facebook|视频号|視頻號|微信)|投稿して(?:もらえ|くれ|いただけ)|(?:インスタ|X|LINE)に(?:投稿|アップ)して"
    r"(?:もらえ|くれ)|(?:올려|게시해|업로드해)\s*(?:줄|주실)\s*수|पोस्ट\s+कर\s+(?:सकते|देगा|दोगे)|"
    r"পোস্ট\s+করে\s+(?:দিতে|দেবে|দিবে)"
)
# "能不能", "可不可以", "できる?": whether it can, asked without a question word
_WHETHER = re.compile(r"能不能|可不可以|能否|行不行|可以吗|できる|できます|할\s*수\s*있|되나요")
# What atelier does not make or do: moving pictures, and putting posts out on a timetable
# ("a 15-second video for TikTok", 動画, 동영상, 视频, वीडियो, ভিডিও; "schedule it for 9am",
# 予約投稿, 자동으로 올라가게, 定时发布, शेड्यूल, "direct post"). Asked whether it can, even of
# a named subject and format, it is a question about atelier, not a request.
NOT_OFFERED = re.compile(
    r"(?i:\b(?:videos?|gifs?|animations?|animated|motion\s+graphics?|mp4)\b)|"
    r"動画|アニメーション|GIF|동영상|영상|움짤|视频|視頻|(?<![活运運移变變启啟自])(?:动图|動圖)|"
    r"वीडियो|एनिमेशन|ভিডিও|অ্যানিমেশন"
)
# Services around the images that atelier does not give: printing and shipping, running ads,
# slide decks, the post's own text, a whole document translated. Asked whether it does them,
# it is a question about atelier, even when the images they would use are named.
NOT_A_SERVICE = re.compile(
    # Asked of atelier itself ("can you print …", "does atelier run ads"): a print shop's ad
    # saying "we print and deliver" is a visual asked for.
    r"(?i:\b(?:can|could|do|does|will|would)\s+(?:you|u|ya|atelier|it|this\s+app|you\s+guys)\s+"
    r"(?:also\s+|even\s+|actually\s+)?(?:"
    r"print\b[^?.!\n]{0,40}\b(?:ship|deliver|courier|mail|post\s+(?:it|them)\s+to)\w*|"
    r"print\s+(?:\w+\s+){0,2}?(?:physical|actual|real)\b|"
    r"(?:run|manage|boost)\s+(?:\w+\s+){0,3}?(?:ads|ad\s+campaigns?|ad\s+accounts?)\b|"
    r"(?:make|build|do|design|create)\s+(?:\w+\s+){0,2}?(?:ppt|pptx|powerpoint|keynote|slide\s*decks?|"
    r"pitch\s+decks?)\b|"
    r"translate\s+(?:our|the|my)\s+(?:whole|entire|full|website|document|doc|pdf)\b)|"
    r"\b(?:physical|printed)\s+(?:copies|ones)\s+(?:delivered|shipped|sent)\b|"
    r"\bnot\s+on\s+the\s+(?:image|picture|visual),?\s+just\s+the\s+(?:post\s+)?(?:text|caption)|"
    r"\bads\s+(?:chala|chalao|chalate|chalabe)\w*|\b(?:facebook|fb|insta\w*|google)\s+ads?\s+"
    r"(?:chala|chalao|chalate|chalabe|chalano)\w*|\bprint\s+kar(?:ke)?\s+(?:bhej|deliver)\w*|"
    r"\bprint\s+kore\s+(?:pathi|deliver)\w*)|"
    r"印刷(?:して|した)?[^。？?\n]{0,10}(?:発送|配送|郵送|届け)|"
    r"인쇄(?:해서|한\s*걸|까지)?[^.?？\n]{0,10}(?:배송|보내|택배)|"
    r"(?:印刷|打印)(?:好|出来|出來)?[^。？?\n]{0,8}(?:寄|邮寄|郵寄|配送|送到)|"
    r"(?:生成|做|制作|製作)(?:一[个份])?(?:PPT|ppt|幻灯片|幻燈片)|"
    r"(?:スライド資料|パワポ)(?:も|を)?(?:作|でき)|(?:파워포인트|피피티|PPT)(?:도|를|로)?\s*(?:만들|제작|가능)|"
    r"प्रिंट\s+कर(?:के|के\s+भी)?\s+(?:भेज|डिलीवर)|প্রিন্ট\s+করে\s+(?:পাঠ|ডেলিভার)|"
    r"विज्ञापन\s+चला|বিজ্ঞাপন\s+চালা"
)
NOT_POSTED = re.compile(
    r"(?i:\bschedul(?:e|ing)\s+(?:it|this|that|them|these|the|our|my|a|posts?)\b|"
    r"\bbuffer\b|\bhootsuite\b|\bauto[-\s]?(?:post|publish)|"
    r"\b(?:direct(?:ly)?|automatically)\s+(?:post|publish|upload)|"
    r"\b(?:post|publish|upload)\s+(?:it\s+|them\s+)?(?:directly|automatically)\b)|"
    r"予約投稿|自動投稿|自動で(?:投稿|アップ|公開)|"
    r"예약\s*(?:게시|업로드|발행|포스팅)|자동으로\s*(?:올라|올려|게시|업로드|포스팅)|"
    # ... with the time between: 定时在周五晚上8点发到公众号
    r"定[时時][^，,。？?！!]{0,14}?(?:发|發|推送|上线|上線)|自动(?:发|發|上传)|自動(?:發|上傳)|"
    r"शेड्यूल|ऑटो\s*पोस्ट|अपने\s+आप\s+पोस्ट|শিডিউল|অটো\s*পোস্ট|নিজে\s+থেকে\s+পোস্ট|"
    # ... or posted at a set hour: 明日の20時にインスタ投稿しといて, "post it on insta at 8pm",
    # 8시에 인스타에 올려줘, 晚上8点发到小红书, "kal 8 baje insta pe post kar dena"
    r"(?:\d{1,2}時|\d{1,2}[:：]\d{2})[^。！？?!\n]{0,16}?(?:投稿|アップ|ポスト)し|"
    r"\d{1,2}시(?:\s*\d{1,2}분)?[^.?!？\n]{0,16}?(?:올려|게시해|업로드해|포스팅해)|"
    r"\d{1,2}[点點][^，,。？?！!\n]{0,14}?(?:发到|發到|发在|發在|推送到)|"
    r"(?i:\bpost\s+(?:it|this|that|them)\s+(?:on|to)\s+(?:ig|insta|instagram|fb|facebook|tiktok|"
    r"twitter|linkedin|x)\s+(?:at|tomorrow|tonight)\b|"
    r"\b\d{1,2}\s*(?:baje|tay|tar\s+shomoy)\b[^.?!\n]{0,24}?\bpost\s+(?:kar|kore))"
)
# A still made for a video ("a thumbnail for our review video", 紹介動画のサムネ, 视频封面) is
# a visual asked for.
_STILL_FOR_IT = re.compile(
    r"(?i:\b(?:thumbnails?|posters?|banners?|flyers?|stills?)\b)|サムネ|ポスター|バナー|チラシ|"
    r"썸네일|포스터|배너|封面|缩略图|縮圖|海报|海報|थंबनेल|पोस्टर|থাম্বনেইল|পোস্টার"
)
# Asking what atelier needs to be told: the content is still to come.
WHAT_NEEDED = re.compile(
    r"(?i:\bwhat\s+(?:info|information|details|do\s+you|else\s+do\s+you)\b[^?\n]{0,30}\bneed\b|"
    r"\bwhat\s+should\s+i\s+(?:send|give|tell)\b|\b(?:aapko|apko)\s+kya\s+(?:kya\s+)?chahiye\b|"
    r"\bki\s+ki\s+lagbe\b|\bapnar\s+ki\s+lagbe\b|"
    # ... or what the sender has to say for it: "what do I need to tell you", "kya kya batana
    # padega", "ki ki bolte hobe", 何をお願いすればいいのか, 뭘 말씀드려야, 我要告诉你什么.
    r"\bwhat\s+(?:all\s+)?(?:do|would|should|must)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?"
    r"(?:tell|say|give|send|include|write|provide)\b|\bwhat\s+do\s+you\s+need\s+to\s+know\b|"
    r"\bkya(?:[- ]kya)?\s+(?:bata+na|bataun|bolna|dena|bhejna)\s+(?:padega|hoga|hai|chahiye)\b|"
    r"\b(?:ki|ki\s+ki|kii)\s+(?:bolte|bolbo|janate|dite|pathate)\s+(?:hobe|lagbe)\b)|"
    r"何が必要|何をお送りすれば|何を(?:お願い|お伝え|伝え|言え|書け|用意)(?:すれば|したら|れば)|뭐가\s*필요|무엇이\s*필요|"
    r"(?:뭘|뭐를|무엇을|뭐라고)\s*(?:말씀|알려|얘기|보내|준비)(?:드려야|해야|드리면|하면)|"
    r"需要我(?:提供|发|給|给)(?:什么|哪些)|要我提供什么|"
    r"(?:我)?(?:要|需要|得)(?:告诉|告訴|跟)你?(?:说|說)?(?:些)?(?:什么|什麼|哪些)|"
    r"आपको\s+क्या(?:\s+क्या)?\s+चाहिए|क्या(?:-क्या|\s+क्या)?\s+(?:बताना|बोलना|देना|भेजना)\s+"
    r"(?:पड़ेगा|होगा|है)|"
    r"আপনার\s+কী\s+কী\s+লাগবে|কী\s+কী\s+লাগবে|(?:কী|কি)(?:\s+(?:কী|কি))?\s+(?:বলতে|জানাতে|দিতে|পাঠাতে)\s+হবে"
)
# Work praised once it is made: "the banners came out great", 잘 나왔어요, 很好看, बढ़िया बने हैं.
PRAISE_DONE = re.compile(
    r"(?i:\b(?:came|turned)\s+out\b|\b(?:look|looks|looked)\s+(?:great|amazing|perfect|"
    r"good|lovely|fantastic)\b|\b(?:were|was|are)\s+(?:great|perfect|amazing|a\s+hit|lovely)\b|"
    r"\b(?:loved|liked|enjoyed)\s+(?:it|them|the|those|these|that|this|our|your|yesterday'?s|"
    r"last\s+week'?s|today'?s)\b|\b(?:darun|sundor)\s+hoyeche\b|\b(?:badhiya|mast)\s+(?:bane|bani|"
    r"ban\s+gaye)\b)|よかった|良かった|素敵でした|できました|잘\s*나왔|좋았어요|예뻐요|"
    r"很好看|太棒了|做得(?:很|真|太)?好|बढ़िया\s+बन|अच्छे\s+बने|দারুণ\s+হয়েছে|সুন্দর\s+হয়েছে|"
    r"पसंद\s+आ(?:या|ए|ई)|दारुण\s+হয়েছিল|দারুণ\s+হয়েছিল|ভালো\s+লেগেছে|(?i:\bpasand\s+aa(?:ya|ye)\b|"
    r"\bbhalo\s+legeche\b)|気に入って|좋아했어요|반응이\s*좋|很喜欢|很受欢迎|"
    # ... or the people it was made for pleased with it: "the client was very happy with the
    # flyers", 満足して, 만족했, 很满意, खुश थे, "khush the", খুশি হয়েছে.
    r"(?i:\b(?:was|were|is|are|been|felt)\s+(?:(?:very|so|really|quite|super|extremely)\s+)?"
    r"(?:happy|pleased|satisfied|thrilled|impressed|delighted)\s+with\b|"
    r"\bkhush\s+(?:the|thi|tha|hue|hua|ho\s+gaye)\b|\bkhushi?\s+hoye(?:che|chilo)\b)|"
    r"満足(?:して|でした|してい)|喜んで(?:いました|ました|くれ)|만족(?:했|하셨|스러워)|"
    r"(?:很|非常|挺|特别)?满意|(?:很|非常|挺)?滿意|खुश\s+(?:थे|थी|था|हुए|हो\s+गए)|"
    r"খুশি\s+(?:হয়েছে|হয়েছেন|হয়েছিল|ছিল)"
)
# Another visual asked for beside the praise: "a", "one more", "another", "new".
_ONE_MORE = re.compile(
    r"(?i:\b(?:a|an|one|another|new)\s+(?!bit\b|lot\b)|\bone\s+more\b)|もう一枚|하나\s*더|再来一张|"
    r"एक\s+और|আরেকটা"
)
# A change to "it" with no image in context: a format named is its new shape.
_CHANGE_IT = re.compile(
    r"(?i)\b(?:crop|resize|trim|rotate|flip|brighten|darken|lighten|recolou?r|edit|retouch|"
    r"reframe|extend|expand)\s+(?:it|this|that|them|these)\b"
)
# A part of an image made bigger or darker: "make the font on the menu board bigger".
_MAKE_THE_X = re.compile(
    r"(?i)\bmake\s+(?:the|its|our|my)\s+(?:[\w'-]+\s+){1,5}?"
    # "… a bit smaller", "… slightly darker": a degree does not count among the words
    r"(?:(?:a\s+(?:bit|little|lot|touch|tad)|slightly|much|way|bit|lil)\s+)?(?:bigger|smaller|larger|brighter|"
    r"darker|lighter|bolder|thicker|thinner|wider|narrower|warmer|cooler|sharper)\b"
)
# Part of someone in the image made otherwise: "make her hair more like copper", "make his
# shirt navy", "uske baal brown kar do": the person's, so the image's, not a new visual.
_MAKE_THEIR_X = re.compile(
    r"(?i:\bmake\s+(?:her|his|their)\s+[\w'-]+(?:\s+[\w'-]+){0,6}?\s+(?:more|less|look|like|"
    r"a\s+bit|bit|slightly|[\w-]+er\b)|\b(?:uske|uski|unke|unki|or|tar)\s+[\w'-]+\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:kar\s+do|karo|kore\s+dao|koro)\b)"
)
# An element of a visual named by its format, to change: "the logo on the flyer", チラシのロゴ,
# 전단지 로고, 传单上的logo, फ़्लायर पर लोगो, "flyer er logo", লিফলেটের লোগো. The format word
# points at a visual already made, not at a new one.
_ELEMENT_WORDS = (
    r"(?:ロゴ|文字|見出し|背景|タイトル|写真|로고|글씨|글자|문구|배경|제목|사진|标题|文字|背景|照片|"
    r"लोगो|टेक्स्ट|हेडलाइन|बैकग्राउंड|फोटो|লোগো|লেখা|শিরোনাম|ব্যাকগ্রাউন্ড|ছবি|"
    # its colour, to recolour: チラシの色, 포스터 색, 海报的颜色, पोस्टर का रंग, পোস্টারের রঙ
    r"色|カラー|색상|색깔|(?<![\uac00-\ud7a3])색|颜色|顏色|रंग|রঙ|রং|কালার|"
    r"(?i:logo|headline|text|title|background|photo|font|colou?rs?|lekha|likha|rang|rong)(?![A-Za-z]))"
)
_ELEMENT_AFTER_FORMAT = re.compile(
    r"[\uac00-\ud7a3]{0,2}?\s*(?:の|의|上的|里的|裏的|的|上|\s+पर|\s+(?:का|की|के)|(?i:\s*(?:er|r|ka|ki|ke|pe|par))|"
    r"ের|র|এর)?\s*" + _ELEMENT_WORDS
)
# What follows a colon that opens on a part of the image and changes it ("…sudhar dijiye:
# logo ko bada kar dijiye", "…直してください：ロゴを大きく") is the change asked for, not copy.
_ELEMENT_FIRST = re.compile(r"^\W*(?:(?i:the|our|my|its|that|this)\s+)?" + _ELEMENT_WORDS)
_ELEMENT_BEFORE_FORMAT = re.compile(
    r"(?i:\b(?:logo|headline|text|title|background|photo|font|colou?rs?)\s+(?:on|of|in)\s+"
    r"(?:the|our|my|that|this)\s+$)"
)
# ... unless a new one is asked for: "make a flyer with our logo smaller", チラシを作って.
_NEW_ONE = re.compile(
    r"(?i:\b(?:make|create|design|need|want|do)\s+(?:me\s+)?(?:a|an|one|another|new)\b)|"
    r"作って|作成|作り|만들어|제작|做(?:一|个|個|张|張)|设计|設計|बनाओ|बना\s+दो|बनाइए|"
    r"(?i:\bbana(?:o|\s+do|iye)\b|\bbanao\b|\bbaniye\b|\bbanan\b)|বানাও|বানিয়ে|বানান"
)


# The copy or layout of a finished piece reworked: "reflow the body copy", "drop the
# tagline", "nudge the CTA up", "tighten the headline", "bodycopy ko reflow karo". The parts
# named are a made visual's, so with no image here there is nothing to rework.
_COPY_PARTS = (
    r"(?:body\s*copy|body\s+text|copy\s*block|tagline|strap\s*line|subhead(?:ing|line)?|"
    r"headline|cta|disclaimer|legal\s+(?:line|copy|text)|small\s+print|fine\s+print|byline|"
    r"caption|price\s+tag|logo\s*lock-?up|margins?|gutters?|leading|kerning|tracking)"
)
_RELAID = re.compile(
    r"(?i:\b(?:reflow|re-flow|re-?set|re-?wrap|drop|kill|cut|nudge|tighten|loosen|re-?align|"
    r"re-?kern|shorten|re-?space|bump|shift)\s+(?:the|its|our|that|this)\s+(?:[\w-]+\s+){0,2}?"
    + _COPY_PARTS
    + r"\b|\b"
    + _COPY_PARTS
    + r"\s+(?:ko|ta|ke)\s+(?:reflow|hatao|hata\s+do|bad\s+dao|baad\s+dao|chhota\s+karo)\b)"
)


def _changes_an_element(text: str) -> bool:
    """A change to part of a visual named by its format ("make the logo on the flyer a bit
    smaller", チラシのロゴを小さく) and no new visual asked for."""
    if _NEW_ONE.search(text) or not EDIT_VERBS.search(text):
        return False
    for pattern in _FORMAT_PATTERNS:
        for match in pattern.finditer(text):
            if _ELEMENT_AFTER_FORMAT.match(text, match.end()) or _ELEMENT_BEFORE_FORMAT.search(
                text, 0, match.start()
            ):
                return True
    return False


# Kinds of file asked about ("a print-ready file", "a PDF"): how atelier delivers, no format.
_FILE_KIND = re.compile(
    r"(?i)\bprint[- ]?ready\b|\bprint[- ]quality\b|\b(?:hi|high)[- ]res(?:olution)?\s+"
    r"(?:file|version|export)s?\b|\b(?:pdf|png|jpe?g|svg|psd|tiff?|cmyk)\b"
)
_INSIDE_AN_IMAGE = re.compile(
    r"\b(?:in|inside|on|onto|into|within)\s+(?:an?|the|my|our)\s+(?:image|picture|photo|visual)s?\b",
    re.IGNORECASE,
)


# Which sizes or formats atelier offers, asked as a list: "which sizes do you support",
# "kaun kaun se sizes", どんなサイズ, 어떤 사이즈, 哪些尺寸, "kon kon size". A format named
# beside it ("does it go up to billboard size?") is one asked about, not one ordered.
_WHICH_SIZES = re.compile(
    r"(?i:\b(?:which|what|kaun(?:\s+kaun)?\s+(?:se|si|sa)|kon(?:\s+kon)?|ki\s+ki)\s+"
    r"(?:\w+\s+)?(?:sizes|formats|dimensions|aspect\s+ratios|ratios|size|format)\b)|"
    r"(?:どんな|どの|何の)(?:サイズ|フォーマット|形式)|(?:어떤|무슨)\s*(?:사이즈|크기|포맷|형식)|"
    r"(?:哪些|哪几种|哪幾種|什么|什麼)(?:尺寸|格式|规格|規格)|"
    r"(?:कौन\s*(?:कौन)?\s*(?:से|सी|सा)|कौनसे)\s+(?:साइज़|साइज|फ़ॉर्मेट|फॉर्मेट)|"
    r"(?:কোন\s*(?:কোন)?|কী\s+কী)\s+(?:সাইজ|ফরম্যাট|মাপ)"
)


# What atelier is or does, asked of it: "what is atelier?", "what does this app do",
# アトリエって何?, 아틀리에는 뭐 하는 거예요?, 你们这个atelier是干嘛的?, "atelier kya karta hai",
# "atelier ki kore?". A visual asked about beside it ("can it do menus?") is what it offers.
_WHAT_ATELIER_IS = re.compile(
    r"(?i:\bwhat(?:'s|\s+is|\s+does)\s+(?:this\s+|the\s+)?(?:atelier|app|tool|service|bot)\b|"
    r"\batelier\s+(?:kya|ki)\s+(?:hai|karta|kore|jinish)\b)|"
    r"(?:atelier|アトリエ|このアプリ|このサービス)(?:って|は)(?:何|なに|なん)|"
    r"(?:atelier|아틀리에|이\s*앱|이\s*서비스)(?:는|은|가|이)?\s*(?:뭐|무엇|뭘)|"
    r"(?:atelier|这个|這個|你们|你們)[^?？。]{0,10}?(?:是干嘛的|是幹嘛的|是干什么的|是幹什麼的|"
    r"是做什么的|是做什麼的|能干嘛|能幹嘛|是什么|是什麼)|"
    r"(?:atelier|एटेलियर)\s+क्या\s+(?:है|करता)|(?:atelier|অ্যাটেলিয়ার)\s+(?:কী|কি)\s+(?:করে|জিনিস)"
)


_THE_X_ONE = re.compile(r"(?i)\b(?:the|that)\s+(?:[a-z]+\s+)?one\b")


# What kinds of visuals atelier makes, asked in general: "what kinds of images can you
# create?", どのような画像を作成していただけるのか, 어떤 이미지를 만들 수 있나요, 能做哪些图片,
# "kis tarah ki images bana sakte ho", "ki dhoroner chobi banate paren".
_KINDS_MADE = re.compile(
    r"(?i:\bwhat\s+(?:kinds?|sorts?|types?)\s+of\s+(?:images|visuals|pictures|designs|graphics|"
    r"things)\s+(?:can|do|could|would)\s+(?:you|it|atelier)\b|"
    r"\bkis\s+(?:tarah|type|prakar)\s+(?:ki|ke)\s+(?:images|tasveere[nin]|designs?)\s+bana|"
    r"\bki\s+(?:dhoroner|rokom|rokomer)\s+(?:chobi|image|design)\s+banat)|"
    r"(?:どのような|どんな|どういう)(?:画像|デザイン|ビジュアル|もの)を(?:作成|制作|作)"
    r"(?:していただける|してもらえる|できる|れる|ってもらえる|っていただける)|"
    r"(?:어떤|무슨)\s*(?:이미지|디자인|그림)(?:을|를)?\s*(?:만들|제작)(?:\s*수|어\s*주실|해\s*주실)|"
    r"(?:能|可以)(?:做|生成|制作|製作)(?:哪些|哪种|哪種|什么样的|什麼樣的)(?:图|圖|图片|圖片|设计|設計)|"
    r"किस\s+(?:तरह|प्रकार)\s+(?:की|के)\s+(?:इमेज|तस्वीरें|डिज़ाइन)\s+बना|"
    r"কী\s+(?:ধরনের|রকম)\s+(?:ছবি|ইমেজ|ডিজাইন)\s+বানা"
)


def _capability_question(text: str, brief: Brief) -> bool:
    """A question about what atelier does, not a request phrased as one: "can you make a
    poster for our sale?" names a visual (with an article, or a format and a subject)."""
    copy = copy_text(brief)
    for line in copy.split("\n") if copy else ():
        text = text.replace(line, " ")  # "टेक्स्ट: ई-कचरा कहाँ दें?": the copy asks, not the brief
    questioned = QUESTION.search(text) or FORMAL_TELL.search(text) or re.search(r"[?？]", text)
    if _KINDS_MADE.search(text) and questioned and copy is None and size_for(text) is None:
        return True  # what it makes in general, however politely asked
    if not QUESTION.search(text):
        return False
    if NEED.search(text) or SOMETHING_MADE.search(text) or LEFT_TO_YOU.search(text):
        return False  # "we need something for Black Friday, can you get started?"
    if CAPABILITY.search(text) and _WHICH_SIZES.search(text) and copy_text(brief) is None:
        return True
    # "what does this app do? can u make menus": what it is, then whether it makes a kind of
    # thing, with no format of a visual wanted
    if (
        _WHAT_ATELIER_IS.search(text)
        and copy is None
        and (not MAKE_NOW.search(text) or size_for(text) is None)
    ):
        return True
    if CAPABILITY.search(text):
        # "lettering inside an image" is where, not a visual asked for.
        asked = _INSIDE_AN_IMAGE.sub(" ", text)
        # "can you make the square one for facebook": a format asked for by its shape, the
        # visual still to be said.
        named = (
            VISUAL_WITH_ARTICLE.search(asked)
            or (size_for(_FILE_KIND.sub(" ", text)) and has_subject(brief))
            or (size_for(text) and _THE_X_ONE.search(asked))
        )
        return not named
    return not CREATE.search(text)


# Whether atelier writes a script or a language well, asked of it: "does it render Thai
# text properly?", 中国語の文字はちゃんと出ますか, 한글 깨지지 않고 잘 나오나요, 你们繁体字能渲染
# 好吗, "क्या आप उर्दू में सही से लिख लेते हैं?", "bangla juktakkhor thik moto ashe?". Its
# making verb asks how well atelier does it, not for a visual.
_SCRIPT = (
    r"(?i:\b(?:scripts?|characters|letters|lettering|conjuncts|glyphs|fonts?|typography|"
    r"diacritics|accents|hanzi|kanji|hangul|devanagari|cyrillic|arabic|hebrew|thai|hindi|"
    r"bengali|bangla|tamil|telugu|urdu|marathi|gujarati|punjabi|chinese|japanese|korean|"
    r"vietnamese|khmer|burmese|sinhala|non-latin|lipi|akshar|okkhor|juktakkhor)\b)|"
    r"[\u30a0-\u30ff\u4e00-\u9fff]{1,6}語|文字|繁体字|簡体字|漢字|ハングル|フォント|"
    r"한글|글자|문자|한자|번체|간체|폰트|[\uac00-\ud7a3]{1,4}어(?=로|는|도|를|가|의|\s|$)|"
    r"繁体|繁體|简体|簡體|汉字|漢字|[\u4e00-\u9fff]{1,3}(?:文|语|語)(?=[的字和跟与與也都写寫能会會在]|$)|字体|字體|笔画|筆畫|"
    r"लिपि|स्क्रिप्ट|अक्षर|टेक्स्ट|फ़ॉन्ट|फॉन्ट|हिंदी|तमिल|तेलुगु|बांग्ला|बंगाली|उर्दू|मराठी|गुजराती|"
    r"पंजाबी|अरबी|লিপি|অক্ষর|যুক্তাক্ষর|টেক্সট|ফন্ট|বাংলা|হিন্দি|তামিল|উর্দু|আরবি"
)
# ... and how well: properly, 正しく, 제대로, 清楚, सही से, ঠিকমতো; or broken, 崩れ, 깨져, 糊.
_WRITTEN_WELL = (
    r"(?i:\b(?:properly|correctly|accurately|legibly|cleanly|well|right|broken|garbled|mangled|"
    r"messed\s+up|jumbled|sahi\s+se|theek\s+se|thik\s+se|sahi|thikmoto|thik\s+moto|thik\s+thak|"
    r"sothik|bhenge|bhange|tut|toot)\b)|"
    r"ちゃんと|きちんと|正しく|正確に|きれいに|綺麗に|崩れ|化け|潰れ|"
    r"제대로|깔끔하게|정확하게|정확히|깨지|깨져|깨짐|뭉개|"
    r"渲染得|正确|正確|清楚|清晰|糊|乱码|亂碼|变形|變形|(?:得|的)(?:很)?好|"
    r"सही\s+से|ठीक\s+से|सही|टूट|बिगड़|ঠিকমতো|ঠিক\s+করে|ঠিকঠাক|সঠিক|ভেঙে|ভাঙ"
)
_SCRIPT_WELL = re.compile(
    rf"(?:{_SCRIPT})[^.。!！\n]{{0,40}}?(?:{_WRITTEN_WELL})|(?:{_WRITTEN_WELL})[^.。!！\n]{{0,40}}?"
    rf"(?:{_SCRIPT})"
)


def _script_question(text: str, brief: Brief) -> bool:
    """How well atelier writes a script or language, asked with no visual named."""
    if not re.search(r"[?？]", text) or copy_text(brief) is not None:
        return False
    if _SIZE_RE.search(text) or _RATIO_RE.search(text) or VISUAL_WITH_ARTICLE.search(text):
        return False
    # With an image here, broken letters are a fault in it to fix, not a question.
    return _target(brief) is None and bool(_SCRIPT_WELL.search(text))


_VISUAL_NOUN = cues(
    "image", "picture", "pic", "photo", "visual", "graphic", "illustration", "banner", "poster",
    "flyer", "post", "story", "reel", "ad", "thumbnail", "cover", "header", "card", "something",
    "画像", "イラスト", "ポスター", "バナー", "チラシ", "投稿",
    "이미지", "포스터", "배너", "게시물",
    "图", "圖", "海报", "海報", "横幅", "帖子", "贴文", "貼文", "इमेज", "तस्वीर", "पोस्टर", "बैनर",
    "पोस्ट", "ছবি", "পোস্টার", "ব্যানার", "পোস্ট", "chobi", "chhobi", "tasveer", "tasvir",
    *_PURPOSE,
)  # fmt: skip


# Thanks that ask for nothing: "nothing new needed, just wanted to say thanks", 今回は依頼
# じゃなくてお礼だけ, 필요한 건 없고 감사 인사, 不用做新的, कुछ नया नहीं चाहिए, কিছু লাগবে না.
NOTHING_WANTED = re.compile(
    r"\bnothing\s+(?:new\s+)?(?:needed|to\s+make|for\s+now|right\s+now|today)\b|"
    r"\b(?:don'?t|do\s+not)\s+need\s+anything\b|\bno\s+(?:new\s+)?(?:request|order|job)s?\b|"
    r"\bjust\s+(?:wanted|writing|dropping\s+by)\s+to\s+(?:say\s+)?thank|"
    r"依頼(?:じゃ|では)なく|(?:特に)?(?:依頼|お願い)はなく|何も(?:いらない|要らない|必要ない|頼ま)|"
    r"お礼(?:だけ|を言いたく|を伝えたく)|"
    r"(?:필요한|만들|부탁할|요청할)\s*(?:건|것은?|거)\s*없|감사\s*인사(?:만|드리)|"
    r"不用(?:做|再做)|不需要(?:做|新的)|没有新(?:的)?需求|暂时不用|就是想(?:说声|道|说)谢|"
    r"कुछ\s+(?:नया\s+)?नहीं\s+चाहिए|बस\s+(?:शुक्रिया|धन्यवाद|थैंक)|"
    r"\bkuch\s+(?:naya\s+)?nahi\s+chahiye\b|\bbas\s+(?:thanks|shukriya|thank)|"
    r"(?:নতুন\s+)?কিছু\s+লাগবে\s+না|শুধু\s+ধন্যবাদ|\b(?:notun\s+)?kichu\s+lagbe\s+na\b|"
    r"\bshudhu\s+(?:thanks|dhonnobad)",
    re.IGNORECASE,
)
# An image made or kept elsewhere, which this thread does not hold: "the one Priya made on
# her laptop", "the banner the agency emailed", 外注さんがメールで送ってくれたバナー,
# 메일로 보내주신 배너, 他自己电脑做的那张, लैपटॉप पर बनाया, মেইলে পাঠানো. To change it, it
# must be attached.
ELSEWHERE = re.compile(
    r"\bon\s+(?:his|her|their|my|your|a)\s+(?:own\s+)?(?:laptop|computer|pc|mac|phone)\b|"
    r"\b(?:sent|emailed|mailed|forwarded|shared)\s+(?:\w+\s+){0,3}?(?:by|via|over|in\s+an?|on)\s+"
    r"(?:e-?mail|mail|whatsapp|slack|teams|wetransfer|dropbox|drive)\b|"
    r"\b(?:e-?mailed|mailed)\s+(?:over|to\s+(?:me|us))\b|"
    r"\bthe\s+one\s+(?!(?:you|we|i)\b)[A-Z][\w'-]+\s+(?:made|did|designed|sent|drew)\b|"
    r"\b(?:made|designed|done|drawn)\s+by\s+(?:an?\s+|the\s+|our\s+)?(?:agency|freelancer|"
    r"outside\s+designer|someone\s+else|another\s+team|the\s+client)\b|"
    r"\b(?:the|our)\s+(?:agency|freelancer)(?:'s)?\s+(?:made|did|designed|sent|banner|poster)|"
    r"メールで(?:送|届|もら|いただ)|外注|(?:他の|別の)\S{0,6}?(?:人|方|チーム|部署|会社)が作っ|"
    r"(?:自分|個人)の(?:パソコン|PC|ノートパソコン)で|"
    r"메일로\s*(?:보내|받|온|주신)|외주|다른\s*(?:분|사람|팀|회사)이\s*만든|"
    r"(?:자기|본인|개인)\s*(?:노트북|컴퓨터|PC)로|"
    r"自己(?:的)?(?:电脑|電腦|笔记本)|(?:邮件|郵件|微信)(?:发|發|传|傳)(?:来|來|过来|過來)的|"
    r"别人做的|別人做的|外包|(?:用|在)(?:他|她)(?:的)?(?:电脑|電腦)|"
    r"(?:लैपटॉप|कंप्यूटर)\s+(?:पर|पे)\s+(?:\S+\s+)?बना|(?:ई-?मेल|मेल)\s+(?:से|पर|में)\s+भेज|"
    r"किसी\s+और\s+ने\s+बना|एजेंसी\s+(?:ने|वाल)|"
    r"\b(?:laptop|computer)\s+(?:pe|par)\s+(?:\w+\s+)?bana|\b(?:e-?mail|mail)\s+(?:se|pe|par)\s+bhej|"
    r"(?:ল্যাপটপে|কম্পিউটারে)\s+(?:\S+\s+)?বানা|(?:ই-?মেইলে|মেইলে|মেইল\s+করে)\s+পাঠা|"
    r"অন্য\s+কেউ\s+বানি|এজেন্সি|\b(?:laptop|computer)\s*e\s+(?:\w+\s+)?bana|"
    r"\b(?:e-?mail|mail)\s*e\s+pathan",
    re.IGNORECASE,
)
# Questions about atelier's own offer, not this work's spend: plans, how it is priced,
# whether it makes video. A budget meeting that weighs it is no spend to look up.
ABOUT_OFFER = re.compile(
    r"\b(?:plans?|pricing|subscriptions?|tiers?|per\s+image|monthly\s+fee|videos?|"
    r"animation)\b|"
    r"プラン|料金体系|月額|従量|サブスク|動画|アニメーション|"
    r"요금제|플랜|구독|월정액|동영상|영상|"
    r"套餐|订阅|訂閱|包月|按张|收费方式|怎么收费|怎麼收費|视频|視頻|影片|"
    r"प्लान|सब्सक्रिप्शन|मासिक\s+शुल्क|प्रति\s+इमेज|वीडियो|\b(?:plan|video)\b|"
    r"প্ল্যান|সাবস্ক্রিপশন|মাসিক|ছবি\s+প্রতি|ভিডিও",
    re.IGNORECASE,
)

# How paying works, or what one image usually costs: "do I pay per picture or is it a
# monthly thing?", 한 장 만드는 데 보통 얼마예요, 1枚作るのにふつういくら, 一张一般多少钱,
# "ek poster banane mein aam taur par kitna", "ekta chobi banate sadharonoto koto".
# Said beside money spent ("how much do we usually spend"), it asks for the spend.
_HOW_PRICED = re.compile(
    r"\b(?:per\s+(?:picture|photo|pic|poster|design|visual|banner|one)|monthly|"
    r"pay\s+as\s+you\s+go|one-?off\s+(?:fee|payment|price)|how\s+(?:does|do)\s+(?:this|it|you)\s+"
    r"(?:work|charge)|usually|typically|normally|on\s+average|in\s+general|generally|"
    r"aam\s*taur\s+(?:par|pe)|amtaur\s+(?:par|pe)|sadharonoto|shadharonoto)\b|"
    # whether using atelier costs anything at all: "is it free or do I pay?", "free hai kya?"
    r"\b(?:is|it'?s)\s+(?:this|it|atelier)?\s*(?:actually\s+|really\s+)?free\b|"
    r"\b(?:need|have)\s+to\s+pay\b|\bfree\s+(?:hai|he|h)\s+kya\b|\bfree\s+(?:naki|kina|ki\s+na)\b|"
    r"無料(?:です|なん|なの)?(?:か|\?|？)|무료(?:인가요|예요|야|에요|임)?\s*[?？]|免费(?:的)?(?:吗|嗎)|"
    r"(?:मुफ़्त|मुफ्त|फ्री)\s+है\s+क्या|(?:ফ্রি|বিনামূল্যে)\s+(?:নাকি|কি)|"
    r"(?:한|1)\s*장(?:에|당)|(?:한|1)\s*장\s*(?:만드는|뽑는)\s*데|보통|일반적으로|"
    r"(?:一|1)\s*枚(?:あたり|作るのに|につき)|ふつう|普通は|通常|大体いくら|"
    r"(?:一|1)\s*(?:张|張)(?:要|大概|一般)|一般(?:要|多少|是)|通常|"
    r"आम\s*तौर\s+(?:पर|पे)|सामान्यतः|एक\s+(?:इमेज|पोस्टर|तस्वीर|फोटो)\s+(?:बनाने|बनवाने)|"
    r"সাধারণত|একটা\s+(?:ছবি|পোস্টার|ব্যানার)\s+(?:বানাতে|বানানোর)",
    re.IGNORECASE,
)

# Reactions to the current image that ask for nothing yet: unsure, or a dislike.
UNSURE = cues(
    "hmm", "hm", "うーん", "うーむ", "음", "흠", "嗯", "呃", "not sure", "i don't know", "idk",
    "dunno", "let me think", "unsure", "হুম", "উম", "হুমম", "हम्म", "हम्मम", "हुम्म",
    "わからない", "分からない", "迷う", "悩む", "모르겠", "고민", "不知道", "不确定", "不確定",
    "想想", "pata nahi", "samajh nahi", "samajh nahi aa raha", "bujhte parchi na", "jani na",
    "पता नहीं", "समझ नहीं", "বুঝতে পারছি না", "জানি না",
    # Doubt come back to: "not sure about this one anymore", "having second thoughts",
    # 今見るとなんか, 다시 보니까, 现在看, "ab dekh ke", "ekhon dekhe".
    "not sure about (?:this|it|that)(?: one)?(?: any ?more| now)?", "not so sure", "anymore",
    "any more", "(?:having )?second thoughts(?: about (?:this|it|that)(?: one)?)?", "on reflection",
    "looking at it again",
    "今見ると", "改めて見ると", "見直すと", "다시 보니까?", "다시 보니", "지금 보니", "现在看",
    "再看看觉得", "ab dekh ke", "ab dekhke", "dobara dekha to", "ekhon dekhe", "abar dekhe",
    "अब देख के", "এখন দেখে",
    # Thinking it over before asking: "let me think it over", 考えさせて, 생각해 볼게요, 我再想想,
    # "thoda sochne do", ভেবে দেখি.
    "let me think (?:about it|it over|on it)",
    "(?:i )?need to think(?: about it| it over)?(?: first)?",
    "(?:i'?ll )?think (?:about it|it over)", "give me a (?:minute|moment|sec|second)",
    "考えさせて(?:ください)?", "考えます", "考えてみます", "考え中", "생각해 ?볼게요?",
    "생각 ?좀 ?해 ?볼게요?", "생각 ?좀", "생각 중", "我(?:再)?想想", "让我想(?:一)?想", "考虑一下",
    "sochne do", "soch(?:ta|ti|te) (?:hoon|hun|hu|hain)", "soch ke batata", "सोचने दो",
    "सोच(?:ता|ती|ते) (?:हूँ|हूं|हैं)", "bhebe dekhi", "bhebe boli", "bhabchi", "ektu bhabi",
    "ভেবে দেখি", "ভেবে বলছি", "ভাবছি",
)  # fmt: skip
DISLIKE = cues(
    "nah", "nope", "meh", "no", "not quite", "not feeling it", "don't like it", "do not like it",
    "not loving it", "not loving this", "don't love it", "not into it", "not a fan", "hate it",
    "not feeling this", "not feeling this one", "not loving this one", "다른 걸로", "다른 거로",
    "换个别的", "換個別的", "别的", "nahi yaar",
    "not sold on it", "not convinced",
    # A draft turned down with no direction: "not this one", これじゃない, 不是这个, ये नहीं.
    "not this one", "not that one", "これじゃない", "これじゃなくて", "不是这个", "不是這個",
    "ये नहीं", "यह नहीं", "ye nahi", "yeh nahi", "এটা না", "eta na",
    "not great", "something else", "something different", "try again", "another take",
    "微妙", "いまいち", "イマイチ", "違う感じ", "別の感じ", "ちがう", "違う", "だめ", "ダメ",
    "별로", "별로예요", "별로에요", "별로네요",
    "다른 느낌", "마음에 안", "不太好", "不喜欢", "不喜歡", "换个感觉", "換個感覺", "不行",
    "kuch aur", "pasand nahi", "theek nahi", "acha nahi", "kichu onno", "bhalo lagche na",
    "theek nahi lag raha", "thik nahi lag raha", "accha nahi lag raha", "acha nahi lag raha",
    "kuch theek nahi", "kuch thik nahi", "kuch accha nahi", "kuch acha nahi",
    "theek nahi lag rahi", "ठीक नहीं लग रहा", "अच्छा नहीं लग रहा", "thik lagche na",
    "ঠিক লাগছে না", "마음에 안 들어", "좀 이상해", "不太满意", "感觉不对",
    "कुछ और", "पसंद नहीं", "ठीक नहीं", "ভালো লাগছে না", "অন্যরকম", "অন্য কিছু", "না",
    "try karo",
    # Displeasure with no direction: "ugh", "not it", なんか違う, 이상해, 不对, मज़ा नहीं आया, ধুর.
    "ugh", "urgh", "meh", "not it", "not right", "not really", "off somehow", "wrong",
    "doesn't work", "not working", "not a fan", "hate it", "boring", "wrong vibe", "vibe is off",
    "bad vibe", "off vibe",
    "なんか", "しっくりこない", "微妙", "違和感がある", "違和感ある", "違和感", "ピンとこない",
    "気に入らない", "なんだかな",
    "이상해", "이상하", "아닌 것 같", "아닌 듯", "에이", "영 아니네요", "영 아니네", "영 아니",
    "아니네요", "아니네", "아닌데", "아닌 것 같아요", "아닌 것 같아", "아닌 듯해요", "맘에 안",
    "안 예뻐",
    "不对", "不對", "不太对", "感觉不对", "不满意", "不滿意", "不咋地", "一般般", "差点意思", "哎",
    "मज़ा नहीं", "मजा नहीं", "जमा नहीं", "जँचा नहीं", "जंचा नहीं", "अच्छा नहीं", "बेकार",
    "jama nahi", "jacha nahi", "maza nahi", "bekaar", "bekar",
    "ধুর", "ধ্যাত", "ধুত", "জমেনি", "ঠিক হয়নি", "পছন্দ হয়নি", "মনমতো হয়নি", "ভাল্লাগছে না",
    "dhur", "dhyat", "jomeni", "pochondo hoyni", "thik hoyni",
    # A dislike said as how it felt: "didn't like it", accha nahi laga, ভালো লাগলো না,
    # 好きじゃない, 마음에 들지 않아, 不好看.
    "don't like", "didn't like", "do not like", "not liking it", "nahi laga", "nahin laga",
    "pasand nahi aaya", "pasand nahin aaya", "nahi jacha", "nahi jama", "lagche na",
    "laglo na", "lagchhe na", "valo na", "bhalo na", "pochondo holo na", "pochhondo hoyni",
    "पसंद नहीं आया", "नहीं लगा", "नहीं जँचा", "লাগছে না", "লাগলো না", "লাগল না", "পছন্দ হলো না",
    "好きじゃない", "気に入らなかった", "よくない", "마음에 들지 않", "마음에 안 들", "안 좋아",
    "不好看", "不太行", "不喜歡",
    # "it isn't coming together": kuch jam nahi raha, जम नहीं रहा, ঠিক জমছে না.
    "kuch jam nahi raha", "jam nahi raha", "jam nahin raha", "kuch jam nahi", "जम नहीं रहा",
    "जम नहीं", "ঠিক জমছে না", "জমছে না",
    "jomche na",
)  # fmt: skip


# What the visual shows left for later: "content TBD", 詳細はまた, 내용은 아직 미정,
# 具体内容我还没想好, "content baad mein batata hoon", "ki dekhabo pore janachhi". A date and
# a format are no subject yet.
UNDECIDED = re.compile(
    r"(?i:\b(?:content|details?|copy|subject)\s+(?:is\s+|are\s+)?(?:tbd|tbc|to\s+follow|"
    r"still\s+undecided|not\s+decided|later)\b|\bwill\s+(?:send|share)\s+(?:the\s+)?"
    r"(?:content|details)\s+later\b|\b(?:content|details?)\s+baad\s+(?:mein|me)\b|"
    r"\b(?:ki|kii)\s+(?:dekhabo|dekhano\s+hobe)\s+pore\b|\bpore\s+janachhi\b)|"
    r"詳細は(?:また|後ほど|のちほど|追って)|内容は(?:まだ|未定|後ほど|追って)|"
    r"내용은?\s*(?:아직\s*)?(?:미정|나중에)|(?:具体)?内容(?:我)?(?:还没想好|還沒想好|待定|之后再说|之後再說)|"
    r"(?:कंटेंट|कॉन्टेंट|डिटेल्स?)\s+बाद\s+में|কী\s+দেখাব\s+পরে|(?:কনটেন্ট|বিষয়বস্তু)\s+পরে"
)
# A message forwarded with "what now?": the quote is someone else's word, the ask is ours.
WHAT_NOW = re.compile(
    r"(?i:\bwhat\s+(?:do|should)\s+we\s+do\b|\bover\s+to\s+you\b|\bwhat\s+now\b|"
    r"\bab\s+kya\s+(?:karein|karen|karu|karun)\b|\bki\s+kori\s+ekhon\b)|"
    r"どうしましょう|どうする|어떻게\s*할까요|어떡하죠|어떡해|咋办|怎么办|怎麼辦|"
    r"अब\s+क्या\s+करें|কী\s+করি|কি\s+করি"
)
# A question about atelier's plans or where its images may be printed: its terms, a reply.
PLANS = re.compile(
    r"(?i:\b(?:pricing|subscription)\s+plans?\b|\bwhich\s+plan\b|\buse\s+(?:them|it|the\s+"
    r"images?)\s+(?:in|for)\s+print\b|\bprint\s+(?:mein|me|e)\s+use\b)|"
    r"料金プラン|プランは|印刷(?:物)?に(?:も)?使え|요금제|인쇄(?:물)?(?:에|로)(?:도)?\s*(?:쓸|사용)|"
    r"套餐|印刷品?(?:上)?(?:也)?(?:能|可以)用|प्लान\s+(?:क्या|कौन)|प्रिंट\s+में\s+(?:भी\s+)?इस्तेमाल|"
    r"প্ল্যান(?!া)|প্রিন্টে(?:ও)?\s+ব্যবহার|"
    # how atelier bills: invoices issued or sent, how to pay ("can you issue a monthly
    # invoice?", 請求書は…発行できますか, 세금계산서 발행, 能开发票吗, "invoice bhej sakte ho")
    r"(?i:\b(?:issue|send|get|email|receive)\w*\s+(?:us\s+|me\s+)?(?:an?\s+|the\s+|one\s+)?"
    r"(?:monthly\s+|single\s+|combined\s+)?(?:invoices?|receipts?|bills?)\b|"
    r"\bpay\s+(?:by|with|via)\s+(?:card|credit\s+card|invoice|bank\s+transfer|upi|bkash|paypal)\b|"
    r"\b(?:invoice|bill|receipt)\s+(?:bhej|mil|de|pathabe|paw|pabo)\w*)|"
    r"請求書[^。？?]{0,20}(?:発行|送って|送れ|出せ|もらえ|いただけ)|領収書[^。？?]{0,10}(?:発行|もらえ)|"
    r"(?:인보이스|세금계산서|영수증)[^.?？]{0,10}(?:발행|받을|보내)|"
    r"(?:开|開)(?:具)?(?:发票|發票)|(?:发票|發票)(?:能|可以)(?:开|開)|"
    r"(?:इनवॉइस|बिल|रसीद)\s+(?:भेज|मिल|बना)|(?:চালান|ইনভয়েস|রসিদ)\s+(?:পাঠা|দেবে|দেবেন|পাব)"
)

# A bare acknowledgement of the last turn asks for nothing, image on screen or not: "ok",
# "got it", 了解です, 넵 확인했습니다, 好的, ठीक है, আচ্ছা, "darun hoyeche".
ACK = cues(
    "ok", "okay", "k", "kk", "got it", "noted", "sure", "alright", "all right", "fine",
    "nice", "cool", "great", "sounds good", "understood", "will do", "roger", "lovely",
    "looks nice", "gotcha", "yep", "yup", "👍",
    "了解", "了解です", "了解しました", "承知しました", "承知です", "かしこまりました",
    "わかりました", "分かりました", "はい", "オッケー", "いいですね", "いいね", "確認しました",
    "넵", "네", "넹", "예", "확인했습니다", "확인했어요", "확인했어", "확인", "알겠습니다",
    "알겠어요", "알겠어", "오케이", "좋아요", "좋네요", "좋습니다", "좋아",
    "好的", "好", "行", "收到", "明白", "知道了", "没问题", "沒問題", "嗯嗯", "不错", "不錯",
    "ठीक है", "अच्छा", "ओके", "समझ गया", "समझ गई", "बढ़िया", "सही है", "थैंक्स",
    "theek hai", "thik hai", "acha", "accha", "achha", "samajh gaya", "samajh gayi",
    "sahi hai", "badhiya", "mast",
    "আচ্ছা", "ঠিক আছে", "বুঝেছি", "বুঝলাম", "বেশ", "দারুণ হয়েছে", "দারুণ", "ভালো হয়েছে",
    "সুন্দর হয়েছে", "thik ache", "thik ase", "bujhechi", "bujhlam", "besh", "darun",
    "darun hoyeche", "bhalo hoyeche", "sundor hoyeche", "dhonnobad", "dhonyobad",
)  # fmt: skip
# The day's work closed, to go on later: "that's it for today, let's pick it up tomorrow",
# 今日はここまで, 오늘은 여기까지 내일 이어서, 今天先这样 明天再说, "aaj ke liye itna hi",
# আজ এই পর্যন্ত: nothing asked of the image.
SIGN_OFF = re.compile(
    r"(?i:\b(?:that'?s|that\s+is)\s+(?:it|all|enough)\s+for\s+(?:today|now|the\s+day|tonight)\b|"
    r"\bcall(?:ing)?\s+it\s+a\s+(?:day|night)\b|\btalk\s+(?:tomorrow|later|soon)\b|"
    r"\b(?:let'?s|we\s+can)\s+stop\s+here\b|"
    r"\b(?:(?:let'?s|we'?ll|i'?ll|we\s+can|and)\s+)?(?:continue|carry\s+on|"
    r"pick\s+(?:it|this|that)\s+up|resume)\s+(?:tomorrow|later|on\s+monday|next\s+time)\b|"
    r"\b(?:done|finished)\s+for\s+(?:today|the\s+day|now)\b|\bsigning\s+off\b|\blogging\s+off\b|"
    r"\b(?:see|talk\s+to|speak\s+to)\s+(?:you|u|ya)\s+(?:tomorrow|later|monday)\b|\bnight\s+all\b|"
    r"\baaj\s+ke\s+liye\s+(?:itna\s+hi|bas|itna)\b|\bkal\s+(?:milte\s+hain|continue\s+karenge|"
    r"phir\s+se|dekhte\s+hain)\b|\bajke(?:r\s+moto)?\s+(?:eituku(?:i)?|ei\s+porjonto)\b|"
    r"\bkal\s+(?:abar(?:\s+bos(?:bo|ba|i))?|kotha\s+hobe|dekha\s+hobe)\b|"
    # A parting wish: "have a nice weekend", 良い週末を, 좋은 주말 보내세요, 周末愉快.
    r"\bhave\s+a\s+(?:very\s+)?(?:nice|good|great|lovely|happy|relaxing)\s+"
    r"(?:weekend|day|evening|holiday|week|diwali|eid)\b)|"
    r"良い(?:週末|一日|休日)を|よい(?:週末|一日|休日)を|좋은\s*(?:주말|하루|휴일)\s*보내|"
    r"周末愉快|週末愉快|假期愉快|"
    r"(?:今日|本日)は(?:これで|ここ)まで|続きは(?:明日|また)|また明日|お疲れ(?:様|さま)(?:です|でした)?|"
    r"お先に失礼(?:します)?|오늘은\s*여기까지|내일\s*(?:계속|이어서|봬요|봐요|다시)|"
    r"수고(?:하셨습니다|하세요|했어요|많으셨어요)|"
    r"辛苦(?:了|啦|你了|您了)?|今天(?:就|先)?(?:到这儿|到這兒|到这里|到這裡|先这样|先這樣)|"
    r"明天(?:继续|繼續|再说|再說|再弄|再做|见|見)|晚安|"
    r"आज\s+के\s+लिए\s+(?:इतना\s+ही|बस)|कल\s+(?:मिलते\s+हैं|जारी\s+रखेंगे|फिर\s+से)|"
    r"আজ(?:কের\s+মতো)?\s+(?:এই\s+পর্যন্ত|এটুকুই|এইটুকুই)|"
    r"কাল\s+(?:আবার(?:\s+বস(?:ব|বো|া\s+যাবে))?|কথা\s+হবে|দেখা\s+হবে)"
)
# What softens a dislike without saying what to change: "kind of", ちょっと…かな, 좀,
# 感觉, kuch, একটু. Left after the dislike, they ask for no change of their own.
HEDGE = cues(
    "kind of", "kinda", "sort of", "quite", "somehow", "just", "uff", "উফ", "উফফ", "उफ़",
    "उफ", "あー", "아이고",
    "ちょっと", "かな", "かも", "なんか", "やっぱり", "좀", "약간", "뭔가", "것 같아요",
    "것 같아", "같아요", "感觉", "感覺", "有点", "有點", "好像", "还是", "還是",
    "kuch", "thoda", "kichu", "ektu", "কিছু", "একটু", "कुछ", "थोड़ा",
)  # fmt: skip
# The image on screen named as the one to remake: "same as before", "this one", これの,
# 이걸로, 아까 거, 这张的, 的版本, इसका, আগেরটার মতো, etar. With a format and no subject of its
# own, it is that image in another format: an edit.
THIS_ONE = re.compile(
    r"(?i:\b(?:same\s+as\s+(?:before|earlier|the\s+last\s+one|the\s+previous\s+one|this\s+one)|"
    r"like\s+(?:before|the\s+last\s+one|this\s+one)|this\s+one|of\s+this|from\s+this|"
    r"(?:iska|iski|iske|isi\s+ka|isi\s+ki|isi\s+ke|isko)|(?:etar|eta|etai|agertar|ager\s+tar)\b)|"
    r"\bone\s+for\s+\w+(?:\s+\w+)?\s+(?:too|as\s+well)\b)|"
    r"これの|これで|この画像の|これを|さっきの|先ほどの|前の(?:と同じ|やつ)|"
    r"이걸로|이거로|이것으로|이거|아까\s*(?:거|것)|방금\s*(?:거|것)|이\s*이미지(?:로|를)|"
    r"这张的|这个的|這張的|這個的|用这张|用這張|的版本|"
    r"(?<![\u0900-\u097f])(?:इसका|इसकी|इसके|इसी\s+का|इसी\s+की|इसको)(?![\u0900-\u097f])|"
    r"আগেরটার|আগেরটা|আগের\s*মতো|এটার|এটারই|এটাকে"
)
# The same image named again, to be had in another ratio or size: "same but 9:16", "the same
# one in 4:5", 同じ画像で, 同じやつを, 같은 이미지로, 똑같이, 同样的图, 一样的图, "same wali",
# "wahi photo", "ekই chobi", "same ta".
_SAME_IMAGE = re.compile(
    r"(?i:\bsame\s+(?:but|in|at|as|again|for|with|thing|image|pic|picture|photo|shot|render|"
    r"one|wali|wala|wale|ta|ti|chobi)\b|\bsame\s*[,，]\s*but\b|"
    r"\b(?:wahi|vahi|wohi|ekoi|eki|oi\s+eki)\s+(?:image|photo|pic|tasveer|chobi|render)\b)|"
    r"同じ(?:画像|絵|写真|もの|やつ|の|構図)|같은\s*(?:이미지|그림|사진|걸|거)|똑같(?:이|은)|"
    r"(?:同样|同樣|一样|一樣|相同)的?(?:图|圖|图片|圖片|画面|畫面|这张|這張)|同一张|同一張|"
    r"(?:वही|वो\s+ही)\s+(?:इमेज|तस्वीर|फोटो|फ़ोटो)|(?:একই|সেই\s+একই)\s+(?:ছবি|ইমেজ)"
)
# A variation or a reroll of the image on screen: "vary (subtle)", "a few variations",
# "reroll", バリエーション, リロール, 베리에이션, 변형, 리롤, 变体, 变化款, 重新抽, वेरिएशन, रीरोल,
# ভ্যারিয়েশন, রিরোল.
_VARY = cues(
    "vary", "variation", "variations", "reroll", "re-roll", "rerolls", "バリエーション",
    "バリエ", "リロール", "베리에이션", "바리에이션", "변형", "리롤", "变体", "變體", "变化款",
    "變化款", "重新抽", "重抽", "वेरिएशन", "रीरोल", "ভ্যারিয়েশন", "রিরোল",
)  # fmt: skip
# What a request to remake it in another format says besides: "now", "too", "but", も,
# 도, 也, भी, ও, "하되", "की तरह", "মতোই".
_REFORMAT_WORDS = cues(
    "same", "but", "too", "also", "as well", "before", "only", "again", "version", "size",
    "format", "exactly", "like", "just",
    "も", "一枚", "版", "お願いします", "お願い", "横長", "同じ", "サイズ",
    "用", "이번엔", "이번에는", "하되", "똑같이", "같이", "버전", "사이즈", "용도", "용으로",
    "로요", "으로요", "하나", "랑", "그대로",
    "再出", "出", "再", "也", "还", "還", "尺寸", "是",
    "अब", "भी", "वाला", "वाली", "वाले", "तरह", "साइज़", "साइज", "ab", "bhi", "wala", "wali",
    "ekhon", "o", "mato", "moto", "motoi", "size", "ekta",
    "মতোই", "মতো", "শুধু", "করে দিন", "করে দাও", "এখন", "ও", "সাইজ", "জন্য",
)  # fmt: skip
# An occasion and its date given alone, in answer to nothing: "the launch party, 20 June",
# 6月20日のローンチパーティーです, 런칭 파티요, 那个发布会, "launch party hai", লঞ্চ পার্টি.
# Neither what to show nor a format is said.
EVENT = cues(
    "party", "launch", "launch party", "launch event", "event", "sale", "opening",
    "grand opening", "festival", "fair", "webinar", "meetup", "anniversary", "workshop",
    "concert", "pop-up", "popup", "celebration",
    "パーティー", "パーティ", "ローンチ", "イベント", "セール", "オープン", "フェス", "記念日",
    "発表会", "説明会",
    "파티", "런칭", "론칭", "행사", "세일", "오픈", "축제", "기념일", "설명회", "발표회",
    "发布会", "發佈會", "发表会", "活动", "活動", "派对", "派對", "促销", "促銷", "开业", "開業",
    "周年", "庆典", "慶典",
    "पार्टी", "लॉन्च", "लांच", "इवेंट", "सेल", "उत्सव", "ओपनिंग", "मेला",
    "লঞ্চ", "পার্টি", "ইভেন্ট", "সেল", "উৎসব", "অনুষ্ঠান", "মেলা", "ওপেনিং",
)  # fmt: skip
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DATE = re.compile(
    rf"(?i:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?\b|\b\d{1,2}[/.]\d{1,2}\b)|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*(?:日|号|號)?|\d{1,2}\s*월\s*\d{1,2}\s*일|"
    r"\d{1,2}\s+(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|"
    r"नवंबर|नवम्बर|दिसंबर|दिसम्बर)|"
    r"\d{1,2}\s*(?:শে|ই|তারিখ)?\s*(?:জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|"
    r"সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর)"
)
# The words a bare answer wraps itself in: "it's", です, 이요, 就是, "hai", "ko".
_ANSWER_WORDS = cues(
    "it's", "its", "for", "on", "the", "our", "we're having", "there's",
    "です", "でした", "の", "になります",
    "이요", "예요", "이에요", "입니다", "요",
    "就是", "是", "那个", "那個", "这个", "號",
    "hai", "ko", "ka", "ki", "wala", "hobe", "ache", "হবে", "আছে", "है", "को", "का",
    "rakh do", "rakho", "rakhna", "rakhiye", "kar do", "rakhun", "rakho", "koro", "korun",
    "রাখুন", "রাখো", "रखो", "रख दो", "रखिए", "にして", "で", "로", "으로", "로요", "으로요",
    "的", "吧", "就行",
)  # fmt: skip
# An image named as one that exists: "the image's background", ছবির ব্যাকগ্রাউন্ড,
# 画像の背景, 이미지의 배경, 图片的背景, तस्वीर का बैकग्राउंड. A change to it is no new visual.
THE_IMAGE = re.compile(
    r"(?i:\bthe\s+(?:image|picture|photo|pic)(?:'s|\s+(?=background|colou?rs?|text)))|"
    r"(?:画像|写真|イラスト)の|(?:이미지|사진|그림)의|(?:图片|图|圖片|照片)的|"
    r"(?:तस्वीर|इमेज|फोटो|फ़ोटो)\s+(?:का|की|के)(?![\u0900-\u097f])|ছবির|ছবিটার|ছবিটির|ছবিটা"
)


# Everything a request to remake the image in another format says that is no subject.
_REMAKE_WORDS = (
    _REFORMAT_WORDS,
    FRESH,
    FINAL,
    WHEN,
    *_FORMAT_PATTERNS,
    CREATE,
    _FOR_USE,
    _IMAGE_WORDS,
    EDIT_VERBS,
    POLITE_ASK,
    ACK,
    THANKS,
    *FILLERS,
)


def _quoted_lines(text: str) -> tuple[str, str]:
    """The lines quoted with "> " and the rest."""
    quoted: list[str] = []
    rest: list[str] = []
    for line in text.split("\n"):
        (quoted if line.lstrip().startswith(">") else rest).append(line.lstrip(" \t>"))
    return "\n".join(quoted), "\n".join(rest)


# "음... 다시 해줘", "hmm… redo it": a hesitation, then a redo asked for (which change is
# not said), so no mere "hmm".
_REDO = re.compile(
    r"(?i:\b(?:redo|again|re-?do|dobara|dubara|abar|aabar)\b|\bphir\s+se\b)|다시|やり直|もう一(?:回|度)|"
    r"重新|重做|再来|再來|दोबारा|फिर\s+से|আবার"
)

# A misspelling or a wrong word named in the image's text: "there's a typo", 誤字があります,
# 오타가 있어요, 有错别字, 拼错了, "spelling galat hai", বানান ভুল. With the right copy given
# and the image here, the text on it is put right: no verb of changing is needed.
_MISSPELT = re.compile(
    r"(?i:\b(?:typos?|misspel(?:t|led|ling)|spelling\s+(?:mistake|error|is\s+wrong|galat|bhul)|"
    r"spelt\s+wrong|spelled\s+wrong|wrongly\s+spelt|spelling|banan\s+bhul|galat\s+likha|"
    r"bhul\s+lekha)\b)|"
    r"誤字|脱字|スペル(?:ミス|が違|間違)|綴り(?:が違|間違)|표기가?\s*틀|오타|맞춤법|철자(?:가)?\s*틀|"
    r"错别字|錯別字|错字|錯字|拼错|拼錯|写错|寫錯|"
    r"स्पेलिंग|वर्तनी|ग़लत\s+लिखा|गलत\s+लिखा|বানান|ভুল\s+লেখা"
)


def _only(text: str, pattern: re.Pattern[str], *also: re.Pattern[str]) -> bool:
    """``text`` says ``pattern`` (and ``also``) and nothing else that asks for something."""
    return bool(pattern.search(text)) and not _remains(
        text, [pattern, *also, _IMAGE_WORDS, *FILLERS]
    )


def choose(brief: Brief) -> str:
    """The tool for ``brief``: the first rule that fires, else a reply; then the learned
    second look (``route_head``), which overrules the rules only by a clear margin."""
    tool = rule_choice(brief) or REPLY
    head = route_head.shipped()
    if head is None:
        return tool
    return head.second_look(
        tool,
        brief.text,
        current_image=brief.current_image,
        attachments=brief.attachments,
        mask=brief.mask,
        visual_asked=tool == CLARIFY and clarify_question(brief)[0] != CHANGE_QUESTION,
    )


# The request taken back after a change of mind: "actually no, leave it, it's fine as it is",
# やっぱりそのままで, 아니다 그냥 둬요, 算了不用改了, rehne do aise hi theek hai,
# না থাক এভাবেই ঠিক আছে.
WITHDRAWN = re.compile(
    r"(?i:\bleave\s+it(?:\s+as\s+it\s+is)?\b|\b(?:it'?s|it\s+is|that'?s)\s+(?:fine|ok|okay|good)"
    r"(?:\s+as\s+(?:it\s+is|is))?\b|\bkeep\s+it\s+as\s+(?:it\s+)?is\b|\bno\s+changes?\b|"
    r"\b(?:aise|waise)\s+hi\s+(?:theek|thik|sahi)\b|\brehne\s+do\b|\b(?:eivabei|emnii?)\s+thik\b|"
    r"\bthak\b)|"
    r"そのまま(?:で|に)|このまま(?:で|に)|今のまま|変えなくて(?:いい|大丈夫)|"
    r"그냥\s*(?:둬|두세요|두셔도|놔|그대로)|그대로\s*(?:둬|두세요|가|써|괜찮)|안\s*바꿔도|"
    r"不用改|不改了|就这样|就這樣|保持原样|保持原樣|"
    r"रहने\s+दो|ऐसे\s+ही\s+(?:ठीक|सही)|এভাবেই\s+ঠিক|থাক|যেমন\s+আছে"
)


def _dropped_for_final(text: str) -> str | None:
    """What follows a change taken back ("brighten it… no, leave it."), when it asks for the
    final version and nothing else: the last request is the one that counts."""
    drops = list(WITHDRAWN.finditer(text))
    if not drops:
        return None
    rest = text[drops[-1].end() :]
    if not FINAL.search(rest) or EDIT_VERBS.search(FINAL.sub(" ", rest)) or CREATE.search(rest):
        return None
    return rest


def _withdrawn(text: str) -> bool:
    """Whether the message takes its request back and asks for nothing new after."""
    turn = last_change_of_mind(text)
    if turn is None:
        return False
    tail = text[turn:]
    if not WITHDRAWN.search(tail):
        return False
    rest = WITHDRAWN.sub(" ", tail)
    asked = EDIT_VERBS.search(rest) or CREATE.search(rest) or FINAL.search(rest)
    return not (asked or size_for(rest) or re.search(r"[?？]", rest))


# A short answer to an earlier question, naming which one: "10Kの部のやつです", 하프 코스요,
# "21 किलोमीटर वाली रेस के लिए", "half marathon er ta", "the 10k one", 那个半马的.
_ANSWER_END = re.compile(
    r"(?:のやつ|の方|の部|のほう)(?:です|で)?$|(?:코스|부문|종목|버전|쪽|거|것|용)(?:이)?요$|"
    r"(?:वाली|वाला|वाले)\s+\S+\s+के\s+लिए$|के\s+लिए$|(?i:\b(?:wali|wala|wale)\s+\S+\s+ke\s+liye$|"
    r"\bke\s+liye$|\ber\s+ta$|\b(?:the\s+)?[\w-]+\s+one$)|(?:এর|র)\s*টা$|那个的?$|那個的?$|的那个$"
)
_ANSWER_MAX_WORDS = 6
_ANSWER_MAX_CHARS = 16


def _bare_answer(text: str) -> bool:
    said = text.strip().rstrip("。.!！~～ ")
    if not said or re.search(r"[?？]", said) or not _ANSWER_END.search(said):
        return False
    words = said.split()
    cjk = re.fullmatch(r"[^\sA-Za-z]*", said.replace(" ", "")) is not None and len(words) <= 2
    return len(said) <= _ANSWER_MAX_CHARS if cjk else len(words) <= _ANSWER_MAX_WORDS


# A request put off on the spot for a question first: "hold on", "hang on", "wait a sec", 先别做,
# 先等等, 잠깐만요, ちょっと待って, "ruko", "ek minute", দাঁড়ান. What is asked after it is
# the request that counts, as after a change of mind.
_PUT_OFF = re.compile(
    r"(?i:\b(?:hold|hang)\s+on\b|\bwait\s+a\s+(?:sec|second|minute|moment|bit)\b|\bone\s+sec\b|"
    r"\b(?:ruko|rukiye|ek\s+minute|ek\s+min|darao|daran|daraan|ektu\s+darao)\b)|"
    r"先别做|先別做|先不做|先不要做|先等等|先等一下|等一下|等一等|잠깐만|잠시만|잠깐\s*(?:요|만요)|"
    r"ちょっと待って|待ってください|रुकिए|रुको|एक\s+मिनट|দাঁড়ান|দাঁড়াও|এক\s+মিনিট"
)


def _edit_after_a_turn(brief: Brief, text: str) -> bool:
    """Whether a new visual asked for is taken back for a change to the image there is
    ("naya poster bana de… nahi ruk, isi wale mein LIMITED SEATS add kar de"): the request
    after the turn is the one that stands."""
    turn = last_change_of_mind(text)
    if turn is None or _target(brief) is None or not CREATE.search(text, 0, turn):
        return False
    if FINAL.search(text):
        return False  # 最终版 / 確定 read as a turn: the final version asked for
    tail = text[turn:].strip(" \t,.;:!…—–-")
    if not tail or CREATE.search(tail) or MAKE_NOW.search(tail):
        return False
    return rule_choice(replace(brief, text=tail)) == EDIT


def _asked_after_a_turn(brief: Brief, text: str) -> str | None:
    """The lookup a question needs when it follows a request dropped or put off for it
    ("make a banner… actually hold on, what's left in the budget?"), or None."""
    ends = [m.end() for m in _PUT_OFF.finditer(text)]
    turn = last_change_of_mind(text)
    if turn is not None:
        ends.append(turn)
    if not ends:
        return None
    tail = text[max(ends) :]
    if MAKE_NOW.search(tail) or CREATE.search(tail) or EDIT_VERBS.search(tail):
        return None  # a new request after the turn, not a question
    return lookup_for(replace(brief, text=tail))


def rule_choice(brief: Brief) -> str | None:
    """The tool the first rule that fires chooses; None when none does."""
    # A ratio given as a generator's parameter ("--ar 9:16") re-renders what it is said of.
    rerendered = _AR.search(brief.text) is not None
    tagged = prompt_tagged(without_quotes(brief.text))
    # Misspelt format and request words (banr, पोसटर, ぽすたー) are read as the words they mean.
    brief = replace(brief, text=without_parameters(normalise_cues(strip_envelope(brief.text))))
    text = without_quotes(brief.text)
    target = _target(brief)
    if (
        target is None
        and (ELSEWHERE.search(text) or JUST_SENT.search(text))
        and (EDIT_VERBS.search(text))
    ):
        return REPLY  # a change to an image this thread does not have: ask for it
    if WHAT_SHOWN.search(text) and not EDIT_VERBS.search(WHAT_SHOWN.sub(" ", text)):
        return REPLY  # what an image shows: said in words
    dropped = _dropped_for_final(text)
    if dropped is not None and is_finalize(replace(brief, text=dropped)):
        return FINALIZE  # "maybe brighten it… no, leave it. This one's final."
    if _withdrawn(text):
        return REPLY  # "make it brighter… actually no, leave it": nothing is asked any more
    if NOTHING_WANTED.search(text) and THANKS.search(text):
        return REPLY  # thanks for past work, asking for nothing
    if (
        THANKS.search(text)
        and not re.search(r"[?？]", text)
        and not QUESTION.search(text)
        # 満足して holds 足して (add): the praise is read out before the change verbs
        and not (EDIT_VERBS.search(PRAISE_DONE.sub(" ", text)) or SHOW_ME.search(text))
        and not (FINAL.search(text) or MAKE_NOW.search(text))
        and (
            not (CREATE.search(text) or size_for(text))
            # "The banners came out great, thanks!": visuals praised once made, none asked for.
            or (PRAISE_DONE.search(text) and not _ONE_MORE.search(SIGN_OFF.sub(" ", text)))
        )
    ):
        return REPLY  # "the images came out great, thank you!": praise asks for nothing
    making = MAKE_NOW.search(text) and size_for(text)
    usage_asked = QUESTION.search(text) or re.search(r"[?？]", text)
    if USAGE_RIGHTS.search(text) and usage_asked and not making:
        return REPLY  # whether images may be used commercially: atelier's terms
    publish_asked = QUESTION.search(text) or _WHETHER.search(text)
    if PUBLISH.search(text) and publish_asked and not _MAKING.search(text):
        return REPLY  # whether atelier posts to a channel itself: what it does
    if PLANS.search(text) and re.search(r"[?？]", text) and not making:
        return REPLY  # a client's question about plans or printing, quoted: atelier's terms
    offered_asked = QUESTION.search(text) or CAPABILITY.search(text)
    not_offered = NOT_OFFERED.search(text) and not _STILL_FOR_IT.search(text)
    if (not_offered or NOT_POSTED.search(text) or NOT_A_SERVICE.search(text)) and offered_asked:
        return REPLY  # whether it makes video or posts on a schedule: what atelier does
    if _WHEN_TO_POST.search(text) and re.search(r"[?？]", text) and not MAKE_NOW.search(text):
        return REPLY  # when to post, asked as advice: nothing of this work
    lookup = lookup_for(brief)
    if lookup is not None:
        return lookup
    # "帮我做一张海报……算了，先别做。为什么…被扣下了？": the question asked instead.
    lookup = _asked_after_a_turn(brief, text)
    if lookup is not None:
        return lookup
    if _edit_after_a_turn(brief, text):
        return EDIT  # "make a new poster… wait nvm, just slap SOLD OUT on this one"
    dimensioned = _SIZE_RE.search(text) or _RATIO_RE.search(text)
    if _HOW_MANY_CAN.search(text) and not dimensioned and copy_text(brief) is None:
        return REPLY  # "how many images can atelier make a month?": what atelier offers
    if _script_question(text, brief):
        return REPLY  # "does it render Thai text properly?": how well atelier writes it
    # "do you charge per image or by subscription? Finance asks": a question mark inside.
    # ... or asked formally: "I was wondering whether you might explain", 여쭙고자 합니다.
    asked = (
        QUESTION.search(text)
        or (target is None and not making and re.search(r"[?？]", text) is not None)
        or (target is None and not making and (HEDGED.search(text) or FORMAL_TELL.search(text)))
    )
    if PRICE.search(_PRICE_TAG.sub(" ", text)) and asked and not _whole_request(brief, text):
        return REPLY  # what things cost in general: nothing to look up
    if is_finalize(brief):
        return FINALIZE
    # A keyword list of style and quality tags, with no image here, asks for a new visual.
    creating = bool(
        CREATE.search(text) or SOMETHING_MADE.search(text) or (tagged and target is None)
    )
    size = None if _format_open(text) else size_for(text)
    masked = brief.mask and (brief.attachments > 0 or brief.current_image)
    quoted, own = _quoted_lines(brief.text)
    # A displeased "change it" forwarded with "what now?": which change is not said.
    forwarded_change = target is not None and quoted.strip() and WHAT_NOW.search(own)
    if forwarded_change and not has_instruction(replace(brief, text=quoted)):
        return CLARIFY
    if (creating or size) and UNDECIDED.search(text) and copy_text(brief) is None:
        return CLARIFY  # a post for a date whose content is still to come
    if (creating or size) and WHAT_NEEDED.search(text) and copy_text(brief) is None:
        return CLARIFY  # "…by Friday. What info do you need from me?": the content is to come
    if _only(text, ACK, THANKS):
        return REPLY  # "ok", 了解です, আচ্ছা: the last turn acknowledged, nothing asked
    if _only(text, SIGN_OFF, ACK, THANKS, GREETING, WHEN):
        return REPLY  # "今天先这样吧，明天再说": the day closed, nothing asked
    if target is not None and not masked and _only(text, UNSURE) and not _REDO.search(text):
        return REPLY  # "hmm, not sure": nothing asked yet
    if target is not None and not masked and _only(text, DISLIKE, UNSURE, HEDGE):
        return CLARIFY  # "nah", 별로야, ちょっと違うかな: a change is wanted, but which?
    if (
        target is not None
        and not masked
        and size
        and THIS_ONE.search(text)
        and copy_text(brief) is None
        and not _remains(text, [THIS_ONE, *_REMAKE_WORDS])
    ):
        return EDIT  # "same as before but 4:5", これのFacebook用も: this image, another format
    # "same but --ar 9:16", 同样的图 --ar 16:9 再出一版 (its title changed too), "vary (subtle)",
    # 再来一张 variation: the image on screen rendered again at a generator's ratio parameter,
    # or varied, is an edit of it. The same said with a format in words ("now the same but
    # square") is a new visual of that format, and so is a whole new one ("new", its subject).
    same = _SAME_IMAGE.search(text)
    again = (same and size and rerendered) or _VARY.search(text)
    if target is not None and not masked and again:
        fresh = FRESH.search(_SAME_IMAGE.sub(" ", text))
        if not (creating and size and has_subject(brief) and fresh):
            return EDIT
    if (
        target is None
        and not (creating or size)
        and DATE.search(text)
        and EVENT.search(text)
        and not QUESTION.search(text)
        and not _remains(text, [EVENT, DATE, WHEN, _ANSWER_WORDS, *FILLERS])
    ):
        return CLARIFY  # "the launch party, 20 June": what to show, and in which format?
    if target is None and not (creating or size) and _bare_answer(text):
        return CLARIFY  # "하프 코스요", "the 10k one": an answer naming what, with no format
    # "kya background halka kar sakte ho?", "নীল করে দেওয়া যাবে?": asked as whether it can
    # be done, a change of the image in context (a new visual with a format is not one).
    polite_change = (
        POLITE_ASK.search(text) and not (creating and size) and not _WHAT_ASKED.search(text)
    )
    # Beside a new format, a change ruled out is a rule for the new visual.
    wanted = _NOT_CHANGED.sub(" ", text) if size else text
    built = from_attachments(brief, wanted, size)
    if built is not None:
        return built
    remade = target is not None and (_REMAKE_IT.search(text) or _MAKE_THEIR_X.search(text))
    if target is not None and (masked or EDIT_VERBS.search(wanted) or polite_change or remade):
        # A whole new visual (its own format and subject, "new"/"another") is no edit.
        new_visual = creating and size and has_subject(brief) and not masked
        if not (new_visual and FRESH.search(text)):
            return EDIT if has_instruction(brief) else CLARIFY
    # "포스터에 오타 있어요": the format named is the image's own, unless one is made anew.
    # বানান (spelling) is also the imperative "make": the misspelling is read out first.
    fixed = _MISSPELT.search(text) and not (
        MAKE_NOW.search(_MISSPELT.sub(" ", text)) or FRESH.search(text)
    )
    if target is not None and fixed and copy_text(brief) is not None:
        return EDIT  # "বানান ভুল … পুরো লাইনটা হবে: …": the image's text put right
    if creating and _format_open(text):
        return CLARIFY  # a visual wanted, its use not decided yet: ask for the format
    if (THANKS.search(text) or GREETING.search(text)) and not (
        # "need a 4:5 by tomorrow am, thx": a format wanted, its thanks a sign-off
        (size and (creating or has_subject(brief) or _NEW_ONE.search(text)))
        or (
            GREETING.search(text)
            and not THANKS.search(text)
            and SOMETHING_MADE.search(_WHAT_DONE.sub(" ", text))
            and has_subject(brief)
        )
        # "hi there! something for the bake sale, headline: …": a greeting before the copy.
        or (GREETING.search(text) and not THANKS.search(text) and copy_text(brief) is not None)
    ):
        return REPLY
    if target is None and not size and _GO_ON_WITH.search(text) and copy_text(brief) is None:
        return CLARIFY  # "crack on with the festival stuff": which piece, showing what?
    if _capability_question(text, brief):
        return REPLY
    existing = THE_IMAGE.sub(" ", text)
    if (
        target is None
        and not size
        and EDIT_VERBS.search(text)
        and not _VISUAL_NOUN.search(existing)
        and not SOMETHING_MADE.search(text)
        and not tagged  # a prompt's "write …" letters the visual it asks for
    ):
        return REPLY  # "make the background navy blue" with nothing to change
    if target is None and not creating and _CHANGE_IT.search(text):
        return REPLY  # "crop it to square" with no image: attach it first
    changed_part = _MAKE_THE_X.search(text) or _MAKE_THEIR_X.search(text)
    if target is None and changed_part and not _ONE_MORE.search(text):
        return REPLY  # "make the font on the menu board bigger" with nothing to change
    if target is None and _changes_an_element(text) and copy_text(brief) is None:
        return REPLY  # チラシのロゴを小さく with no flyer here: ask for it
    if target is None and _RELAID.search(text) and not _NEW_ONE.search(text):
        return REPLY  # "reflow the body copy … and drop the tagline" with no image here
    if (
        target is None
        and _FORMAT_AS_PLACE.search(text)
        and EDIT_VERBS.search(text)
        and not _MAKING.search(_NOT_CHANGED.sub(" ", text))
    ):
        return REPLY  # "kill the legal line on the 300x250": a set made before, not here
    if creating or size:
        return GENERATE if size and has_subject(brief) else CLARIFY
    if target is not None:
        return EDIT if has_instruction(brief) else CLARIFY
    if EDIT_VERBS.search(text):
        return REPLY  # a change with nothing to change: say what to attach
    if target is None and copy_text(brief) is not None:
        # "学園祭向けに一つ、入れる文字は「…」": copy to letter asks for a visual; its format
        # is still to be asked for.
        return CLARIFY
    return None


# --- arguments --------------------------------------------------------------------------

# "Banner for the hardware store: Tools for Every Job": copy after the colon that follows
# the visual's own description.
_AFTER_COLON = re.compile(
    r"^(?P<lead>(?:[^:：\n]|(?<=\d)[:：](?=\d))+)(?:(?<!\d)|(?<=\d[xX×]\d\d)|(?<=\d[xX×]\d\d\d)|"
    r"(?<=\d[xX×]\d\d\d\d)|(?<=\d[:：]\d)|(?<=\d[:：]\d\d))[:：](?!\d)[ \t]*(?P<x>[^\n]+)$",
    re.MULTILINE,
)

# A lead ending in a verb of lettering and the place it goes: "and write on top:", "print
# at the bottom:", "put across the middle:". What follows the colon is the copy.
_WRITE_AT = re.compile(
    r"(?i:\b(?:write|print|letter|put|add)\s+(?:it\s+)?(?:on|at|in|across|along|over|under)\s+"
    r"(?:the\s+)?(?:very\s+)?(?:top|bottom|middle|cent(?:re|er)|corner|side|left|right|"
    r"(?:top|bottom)\s+(?:left|right|corner)|upper\s+(?:left|right)|lower\s+(?:left|right)|"
    r"header|footer|banner\s+strip)(?:\s+corner)?\s*$)"
)
# "1:1 post: a dad reading in a hammock …": a lower-case article opens a description, and
# so does a colon after "please" ("a LinkedIn header please: recent grads chatting …").
_SCENE_AFTER_COLON = re.compile(r"(?:a|an|the|our|my|some|two|three)\s")
_PLEASE_BEFORE_COLON = re.compile(r"(?i)\b(?:please|pls|plz)\s*$")


# "… — 40 stalls, one night. wait actually make it 50 stalls": after a change of mind, a
# figure with its unit corrects the same unit's figure in the copy, which stands otherwise.
_NEW_FIGURE = re.compile(r"(?P<n>\d[\d,.]*)\s*(?P<unit>[^\W\d_][^\s\d,.。、，!！?？]{0,7})")


def _refigured(spans: list[str], after: str) -> list[str]:
    for new in _NEW_FIGURE.finditer(after):
        word = new.group("unit")
        # "25店舗で": the unit may carry a particle the copy's own figure lacks
        for size in range(len(word), 0, -1):
            unit = re.escape(word[:size])
            old = re.compile(rf"(?<![\d,.])\d[\d,.]*(?=\s*{unit}(?![^\W\d_]))")
            if any(old.search(span) for span in spans):
                return [old.sub(new.group("n"), span, count=1) for span in spans]
    return spans


# A verb of writing, or a label said again, opening what follows a change of mind inside one
# dictated span ("… नहीं नहीं लिखो B", "… no no write B", "… না না লেখো B"): B is the copy.
# ("make it 35 makers" sets a figure of the copy before, which stands.)
_WRITE_AGAIN = re.compile(
    r"^[\s,、，—–-]*(?:(?i:(?:write|put|likho|likh\s+do|lekho|likhe\s+dao)\b|"
    r"(?:the\s+)?(?:text|copy|headline|title)\s+(?:is|should\s+be)\b)|"
    r"लिखो|लिख\s+दो|लिखिए|लिखें|লেখো|লিখুন|লিখে\s+দাও)[\s:：]*"
)


# Dictation closes the copy with a word that says it is done, or opens it with a filler
# ("… LOADED FRIES $7.50 okay", "… えーと以上", "… bas", "… ব্যস", "음 …"): no part of it.
_SPOKEN_CLOSE = re.compile(
    # lower case: "OK" in capitals is lettered ("재활용 OK"); 끝 and 이상 end copy too
    r"(?:[ \t]+(?:okay|that'?s\s+it|that'?s\s+all|bas|bas\s+itna|byas|bys|"
    r"(?:えーと|ええと|えっと|あの)?[ \t]*以上(?:です)?|就这些|就這些|就这样|就這樣|"
    r"बस|बस\s+इतना|ব্যস|ব্যাস|এটুকুই))+[ \t.!。]*$"
)
_SPOKEN_OPEN = re.compile(
    r"^(?:(?i:um+|uh+|erm)|えーと|ええと|えっと|あの|음+|어+|那个|嗯|मतलब|মানে)[ \t,、，]+"
)


# ... and a filler inside it ends it: what follows goes on to the next instruction. Lower
# case only: "Think You Know Trivia?" is lettered.
_SPOKEN_BREAK = re.compile(r"[ \t]+(?:(?:and\s+like|um+|uh+|erm|you\s+know)\b|えーと|えっと)")


def _undictated(span: str) -> str:
    broken = _SPOKEN_BREAK.search(span)
    span = span[: broken.start()] if broken and broken.start() > 0 else span
    cut = _SPOKEN_OPEN.sub("", _SPOKEN_CLOSE.sub("", span))
    return cut if any(ch.isalnum() for ch in cut) else span


def _said_again(span: str) -> str | None:
    """The copy said again after a change of mind inside ``span``, or None."""
    turns = list(CHANGE_OF_MIND.finditer(span))
    if not turns:
        return None
    again = _WRITE_AGAIN.match(span[turns[-1].end() :])
    if again is None:
        return None
    new = span[turns[-1].end() + again.end() :].strip()
    return new if any(ch.isalpha() for ch in new) else None


def _before_turn(span: str) -> str:
    """``span`` up to a change of mind inside it that goes on to a figure ("20店舗、いや違う、
    25店舗で"): the copy is what came before, the figure after corrects it."""
    turn = CHANGE_OF_MIND.search(span)
    if turn is None or not re.search(r"\d", span[turn.end() :]):
        return span
    return span[: turn.start()].rstrip(" \t、，,.。—–-") or span


# A word in capitals is shouted copy ("👉 NEW STORY SEASON 👈"), not a format asked for.
_SHOUTED = re.compile(r"(?<![\w'’])(?=[^\s]*[A-Z][^\s]*[A-Z])[A-Z0-9'’&!%$#.,:-]+(?![\w'’])")


def _asks_for_visual(line: str) -> bool:
    """Whether ``line`` asks for the visual or a change to it rather than giving copy."""
    line = normalise_cues(_SHOUTED.sub(" ", line))
    return bool(
        CREATE.search(line)
        or EDIT_VERBS.search(line)
        or FINAL.search(line)
        or any(p.search(line) for p in _FORMAT_PATTERNS)
    )


def copy_text(brief: Brief) -> str | None:
    """The copy the image must carry, or None: read from the brief's text alone."""
    return _copy_of(brief.text)


# The copy change taken back: "actually leave the text alone", লেখা বদলাতে হবে না,
# 文字は変えなくていい, 문구는 안 바꿔도 돼, 文字不用改, "text mat badlo". After a change of mind
# (or "actually"), with no copy said after it, the image keeps the words it has. Copy "kept
# as is" beside a new format (文言はそのままで, 문구는 그대로) is the copy said before.
_COPY_KEPT = re.compile(
    r"(?i:(?P<actually>\bactually,?\s+)?(?:\bleave\s+the\s+(?:text|copy|wording|words|"
    r"headline|title)\s+(?:as\s+(?:it\s+)?is|unchanged|alone)\b|"
    r"\b(?:no\s+need\s+to|don'?t|do\s+not)\s+change\s+the\s+(?:text|copy|wording|words)\b|"
    r"\b(?:text|likha|likhawat)\s+(?:mat|na|nahi)\s+(?:badlo|badlna|badalna|badaliye)\b|"
    r"\b(?:lekha|text)\s+(?:bodlate|change\s+korte)\s+hobe\s+na\b))|"
    r"(?:文字|文言|テキスト|コピー)(?:は|を)?変えなくて|"
    r"(?:문구|글자|텍스트)(?:는|은)?\s*(?:안\s*바꿔|바꾸지\s*않)|"
    r"(?:文字|文案)(?:就)?(?:不用改|不改了|不用换|不用換)|"
    r"(?:टेक्स्ट|लिखावट)\s+(?:मत|न|नहीं)\s+बदल|"
    r"(?:লেখা|টেক্সট)(?:টা)?\s+(?:বদলাতে\s+হবে\s+না|বদলানোর\s+দরকার\s+নেই)"
)


def _copy_taken_back(text: str, spans: list[str]) -> bool:
    """Whether the copy asked for is taken back after it, none given after that."""
    kept = next(reversed(list(_COPY_KEPT.finditer(text))), None)
    if kept is None:
        return False
    turned = kept.group("actually") or any(
        t.start() < kept.start() for t in CHANGE_OF_MIND.finditer(text)
    )
    after = text[kept.end() :]
    return bool(turned) and not any(span in after for span in spans)


# A pasted thread (quoted lines, "[이름]", "法务:") where a later speaker replaces the copy an
# earlier one gave: "Use "X" instead", 「X」にしてください, "X"으로 해주세요, 改成"X", sirf "X",
# likho "X". The thread settles on the replacement, not on the first line nor on both.
_SPEAKER_LINE = re.compile(
    r"^\s*(?:>\s*)+|^\s*\[[^\]\n]{1,24}\]|^\s*(?:From:\s*)?[^\s:：\"“「『'‘>][^:：\n\"“「『]{0,30}[:：]"
)
_THREAD_QUOTE = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|「([^」\n]+)」|『([^』\n]+)』|‘([^’\n]+)’')
_REPLACES = re.compile(
    r"(?i:\binstead\b|\b(?:change|switch|swap)\s+(?:it|that|this|the\s+\w+)?\s*(?:to|for)\b|"
    r"\breplace\s+(?:it|that|this)\s+with\b|\bsirf\b|\blikh(?:o|\s+do)\b|\blekho\b|"
    r"\bki\s+jagah\b|\bbodle\b|\bshudhu\b)|"
    r"にして(?:ください|下さい|ほしい)|に(?:変更|差し替え)|"
    r"(?:으)?로\s*(?:해\s*주|해줘|가\s*주|바꿔|변경|수정)|"
    r"改成|改为|改為|换成|換成|改用|"
    r"सिर्फ|लिखो|की\s+जगह|লিখো|লেখো|বদলে|শুধু"
)


def _gap(quote: re.Match[str], *, cues: list[re.Match[str]]) -> int:
    return min(max(c.start() - quote.end(), quote.start() - c.end(), 0) for c in cues)


def _thread_settled(text: str) -> tuple[str, str] | None:
    """The replacement copy a pasted thread settles on and the thread up to it, or None."""
    lines = text.split("\n")
    quoted: list[tuple[int, list[re.Match[str]]]] = [
        (i, list(_THREAD_QUOTE.finditer(line)))
        for i, line in enumerate(lines)
        if _SPEAKER_LINE.match(line)
    ]
    quoted = [(i, found) for i, found in quoted if found]
    for n in range(len(quoted) - 1, 0, -1):
        i, found = quoted[n]
        line = lines[i]
        cues = list(_REPLACES.finditer(line))
        if not cues:
            if n == len(quoted) - 1:
                continue
            return None  # a later speaker gives copy again: the thread has not settled
        # the quote nearest a cue of replacement is the new copy
        new = min(found, key=functools.partial(_gap, cues=cues))
        copy = next(g for g in new.groups() if g)
        return copy.strip(), "\n".join(lines[: i + 1])
    return None


_WISHED = re.compile(
    r"(?i:\?\s*$|\b(?:please|pls|can\s+you|could\s+you)\b)|ほしい|欲しい|ください|下さい|吧|"
    r"주세요|해\s*줘|(?i:\b(?:kar|kor)o\b|\b(?:kar|kor)\s+d(?:o|ao|ijiye)\b)|करो|করো|করে\s+দাও"
)


# How a relayed request ends: 「…にしてほしい」, "…해 주세요", "…kar do" (copy may end in 吧 or
# a question: 「周末去露营吧」 is a slogan).
_WISH_END = re.compile(
    r"(?:ほしい|欲しい|してください|して下さい|해\s*주세요|해\s*줘|(?i:\b(?:kar|kor)\s*d(?:o|ao)))"
    r"[\s。.!！?？]*$"
)
# Wishes for a look with no direction, as clients put them: おしゃれに, 세련되게, 调调.
_STYLE_WISH = re.compile(
    r"(?i:\b(?:fancier|classier|sleeker|tweak|adjust|rework)\b)|華やか|おしゃれ|オシャレ|洗練|あか抜け|垢抜け|"
    r"세련되게|고급스럽게|있어\s*보이게|调调|调一调|改改|改一改|弄弄|高级|高級"
)
# "a bit more", もうちょっと, 再, 좀 더: a degree with nothing it applies to.
_DEGREE = re.compile(
    r"(?i:\b(?:a\s+(?:bit|little)|bit|more|thoda|aur|aro|ektu|arektu)\b)|もう(?:ちょっと|少し)?|もっと|"
    r"ちょっと|再|更|稍微|좀\s*더|조금\s*더|थोड़ा|और|আরেকটু|একটু|আরও"
)


def _says_nothing_to_change(span: str) -> bool:
    return not _remains(
        span,
        [_WISHED, _DEGREE, _STYLE_WISH, VAGUE, DISLIKE, EDIT_VERBS, POLITE_ASK, _ASKING, *FILLERS],
    )


def _vague_wish(span: str) -> bool:
    return bool(_WISHED.search(span)) and _says_nothing_to_change(span)


def _relayed_request(span: str, text: str) -> bool:
    """Whether ``span`` is a client's request relayed in quotes rather than copy."""
    return bool(_WISH_END.search(span)) and bool(_RELAY_WORDS.search(text))


# A decision asks for the copy several times (the route, the instruction check, the reply),
# each time of the same text.
@functools.lru_cache(maxsize=256)
def _copy_of(text: str) -> str | None:
    raw = text
    text = emoji_marks(spoken_quotes(unquote(strip_envelope(text))), _asks_for_visual)
    spans = copy_spans(text)
    settled = _thread_settled(raw)
    if settled is not None:
        copy, thread = settled
        spans = [copy, *(s for s in spans if s != copy and s not in thread)]
    turns = list(CHANGE_OF_MIND.finditer(text))
    if not spans:
        # "…: abstract lines in navy, no words on it please" describes a text-free visual.
        no_text = asks_for_no_text(text)
        to_translate = translation_asked(text)
        for match in () if no_text else _AFTER_COLON.finditer(text):
            lead, span = match.group("lead"), match.group("x")
            if any(a <= match.start("x") < b for a, b in to_translate):
                continue  # "slogan: Bold Starts Here, needs translating into Vietnamese"
            cut = next((t for t in turns if match.start("x") < t.start() < match.end("x")), None)
            if cut is not None:
                # the copy said before the change of mind; what follows corrects it
                span = text[match.start("x") : cut.start()]
            span = span.strip().rstrip(".")
            describes_visual = any(p.search(normalise_cues(lead)) for p in _FORMAT_PATTERNS)
            # "…, and write on top: X": the lead ends by saying to letter it, and where
            describes_visual = describes_visual or _WRITE_AT.search(lead) is not None
            if is_job_field(re.split(r"[\s。.,、!?！？]+", lead.strip())[-1]):
                continue  # "…স্টোরি করুন। বিষয়: …": the field says what it shows, not copy
            if (
                describes_visual
                and any(ch.isalpha() for ch in span)
                and not _SCENE_AFTER_COLON.match(span)
                and not (_PLEASE_BEFORE_COLON.search(lead) and span[:1].islower())
                and not CREATE.search(span)
                and not FINAL.search(span)
                and not (_ELEMENT_FIRST.match(span) and EDIT_VERBS.search(span))
            ):
                spans.extend(label_pieces(span))
    if not spans:
        changed = _PRICE_CHANGED.search(text) or caps_changed(text)
        spans = [changed.group("new")] if changed else _copy_lines(text)
    if not spans:
        spans = _placed_last(text) or _named_in_caps(text)
    else:
        # "₹2,499 hata ke ₹1,799 likh do": a piece of the new price read by a cue is all of it
        changed = _PRICE_CHANGED.search(text)
        if changed and all(span in changed.group("new") for span in spans):
            spans = [changed.group("new")]
    # "A no no write B", "‘A’ না না ‘B’": once the copy is said again after a change of mind,
    # only what was said after it stands.
    spans = [_undictated(_said_again(span) or span) for span in spans]
    # ... unless what comes after keeps the copy said before and adds to it: "actually make
    # it a tile instead, same headline plus a second line 'B'".
    kept = bool(turns) and copy_carried_over(text, turns[-1].end())
    if turns and not kept and any(text.find(s) >= turns[-1].end() for s in spans):
        spans = [s for s in spans if not -1 < text.find(s) < turns[-1].start()] or spans
    # "'A'라고 된 거 지우고 'B'로", "A って書いてあるとこ B に直して": A is on the image now
    spans = [s for s in spans if not was_before(text, s)] or spans
    if turns and spans and not any(span in text[turns[-1].end() :] for span in spans):
        spans = _refigured([_before_turn(span) for span in spans], text[turns[-1].end() :])
    # "copy: 春の大感謝祭 (spring thank-you festival). Cherry blossoms …": the gloss ends it
    spans = [cut for cut in (gloss_cut(span) for span in spans) if cut]
    spans = list(dict.fromkeys(split_lines(text, spans)))
    whole = whole_line(text)
    if whole is not None:
        spans = [s for s in spans if s == whole or not fixes_a_word_of(s, whole)]
        spans = spans if whole in spans else [*spans, whole]
    # A quoted wish relayed from the client (先方「もうちょっといい感じにしてほしい」,
    # 客户说“再改改吧”) asks for a change, and says nothing of the copy.
    spans = [s for s in spans if not (_vague_wish(s) or _relayed_request(s, raw))]
    if spans and _copy_taken_back(text, spans):
        return None
    return "\n".join(spans) if spans else None


# The name to print, in capitals after "put our name": "every slide bottom put our name
# BRIGHT MINDS TUITION", "add the shop name KAPOOR SWEETS at the top". Capitals are how the
# name is to be written; a name in lower case may be a description.
_NAMED_IN_CAPS = re.compile(
    r"(?i:\b(?:put|add|write|print|show|place)\s+(?:our|the|my|their)\s+(?:(?:shop|store|brand|"
    r"company|business|school|centre|center|salon|restaurant|cafe|clinic)\s+)?name\b)[ \t:：-]*"
    r"(?P<x>(?=[A-Z0-9'’&.-]*[A-Z]{2})[A-Z0-9][A-Z0-9'’&!%$+:/.-]*"
    r"(?:[ \t]+[A-Z0-9][A-Z0-9'’&!%$+:/.-]*)*)(?![\w'’])"
)


def _named_in_caps(text: str) -> list[str]:
    match = _NAMED_IN_CAPS.search(text)
    return [match.group("x").rstrip(".")] if match else []


# A last sentence of a place and the words for it, with no verb: "右上に 🌸花見弁当 1,080円",
# "오른쪽 위에 🌊 여름 한정 세트". An emoji opening them is decoration.
_PLACED_LAST = re.compile(
    r"(?:^|(?<=[。！!？?\n]))[ \t]*(?:右上|左上|右下|左下|上部|下部|上|下|真ん中|中央|隅)に|"
    r"(?:^|(?<=[.!?。\n]))[ \t]*"
    r"(?:오른쪽\s*위|왼쪽\s*위|오른쪽\s*아래|왼쪽\s*아래|위|아래|가운데|상단|하단)에"
)
_VERB_END = re.compile(
    r"(?:て|で|たい|ます|ください|下さい|する|して|ほしい|欲しい|ね|よ|"
    r"주세요|줘|요|해|하고|기)[ \t。.!！]*$"
)


def _placed_last(text: str) -> list[str]:
    found = list(_PLACED_LAST.finditer(text))
    if not found:
        return []
    rest = text[found[-1].end() :].strip()
    if "\n" in rest or re.search(r"[。.!！?？]\s*\S", rest) or _VERB_END.search(rest):
        return []
    line = _EMOJI_LEAD.sub("", rest).strip().rstrip("。.")
    if not line or not re.search(r"[^\W\d_]", line) or describes_look(line):
        return []
    # "右上に 赤いリボン" may be a thing to draw there: an emoji marking the words, or a
    # figure in them (a price, a date), says they are to be read.
    if line == rest.rstrip("。.") and not re.search(r"\d", line):
        return []
    return [line]


# A price changed on the image: the old price, a word or arrow of change, the new one.
# "$39.99 -> $29.99", "가격 29,900원 → 19,900원", "价格 ¥299 改成 ¥259", "₹1,299 hata ke ₹999
# kar do", "800 টাকার জায়গায় 650 টাকা": the new price is the copy, as written.
_AMOUNT = r"[\d০-৯](?:[\d০-৯,.]*[\d০-৯])?"  # a closing comma or stop ends the clause
_PRICE = (
    rf"(?:(?:[$€£¥￥₹৳₩]|(?i:rs\.?|usd|inr|tk\.?|bdt|rm|s\$)\s?)\s?{_AMOUNT}"
    rf"|{_AMOUNT}\s?(?:원|円|元|块|টাকা|(?i:taka|rupees?|rs\b|/-)))"
)
_PRICE_CHANGED = re.compile(
    rf"(?P<old>{_PRICE})\s*(?:->|-->|→|⟶|⇒|=>|➡️?|➔|"
    # ... or struck out for it: "₹1299 se badal ke ₹999", "৳350 কেটে ৳299", "$20 cross out $15".
    r"(?i:\bto\b|\bhata\s*ke\b|\bki\s+jagah\b|\ber\s+(?:bodole|jaygay)\b|"
    r"\bse\s+(?:badal|badl|change)\s*(?:ke|kar|karke|kar\s+ke)\b|\bkete\b|\bcut\s+to\b|"
    r"\b(?:cross(?:ed)?\s+out|strike\s+out|struck\s+out)(?:\s*,)?\s*(?:and\s+)?(?:put|make\s+it)?\b)|"
    r"改成|改为|改為|换成|換成|"
    r"变成|變成|调成|調成|から|에서|의\s*자리에|की\s+जगह|हटा\s*के|से\s+बदल\s*(?:के|कर|करके)|"
    r"কেটে|হটিয়ে|এর?\s+বদলে|"
    # ... or said not to be the price: "1,200円ではありません、1,500円です", "만 원이 아니라 9천
    # 원", "₹500 nahi, ₹450", "৳300 না, ৳250"
    r"(?:では|じゃ)(?:ありません|ないです|なくて|なく)[、,。]?|(?:이|가)?\s*아니(?:라|고|에요)[,.]?|"
    r"(?i:\s(?:nahi|nahin|na)\b,?)|\s(?:नहीं|না)[,।]?|"
    r"(?<=[\u0980-\u09ff])র\s+জায়গায়|\s+জায়গায়)\s*"
    rf"(?P<new>{_PRICE})"
)


_BARE_LABEL = re.compile(
    r"(?:(?i:text|copy|words|wording|lekha|likha|likho|lekho)|文字|文言|テキスト|문구|글자|"
    r"文案|文字|लिखो|लिखा|टेक्स्ट|লেখা|লেখো|টেক্সট)[ \t:：]*$"
)


def _copy_lines(text: str) -> list[str]:
    """Copy on lines of its own under a first line that describes the visual: "Poster for
    the half-marathon" then "Run the River" then "April 12 · 7 AM start"."""
    first, *rest = text.strip().split("\n")
    while rest and not rest[0].strip():
        rest = rest[1:]  # "포스터 만들어 주세요" then a blank line, then the copy
    if not rest or not any(p.search(normalise_cues(first)) for p in _FORMAT_PATTERNS):
        return []
    # "লেখা", "text" alone on its line labels the lines under it; "ব্যস", "bas", "以上" alone
    # closes them.
    if rest and _BARE_LABEL.match(rest[0].strip()):
        rest = rest[1:]
    lines: list[str] = []
    bulleted = False
    for line in rest:
        line = line.strip()
        if lines and _SPOKEN_CLOSE.match(" " + line):
            break
        if not line or (lines and is_style_note(line)):
            break  # "neon vibe pls" under the copy says how it looks
        if lines and goes_on_with_brief(line):
            break  # "不好意思要求有点多" under the copy speaks to us
        bullet = bullet_lead(line)
        if lines and bulleted and not bullet:
            break  # "shob kota line rakhbe" under a bulleted list is a note on it
        bulleted, line = bool(bullet), line[len(bullet) :]
        placed, value = place_label(line)
        if placed:
            # "ऊपर: 5 मिनट योग" then "नीचे: रोज़ करो": where each line goes, then the line,
            # which may read like a request; "Top: our logo" places no copy.
            if not describes_look(value):
                lines.append(value)
            continue
        formats = [p for p in _FORMAT_PATTERNS if p.search(line)]
        # a format word that is only the product's part ("Lid Cover") makes nothing either
        part = bool(formats) and not any(_names_a_format(p, line) for p in formats)
        # "Final: 21-18, 21-15", "ফাইনাল: …": a match's stage labelling a result line
        labelled = re.match(r"[^:：\n]{1,24}(?=[:：][ \t]*\S)", line)
        final = FINAL.search(line[labelled.end() :] if labelled else line)
        instruction = (
            (CREATE.search(line) and not part)
            or EDIT_VERBS.search(line)
            or final
            or (formats and not part)
            or re.match(r"(?i)(?:use|keep|make|add|put|with|in|on|at|and|no|please)\b", line)
        )
        if instruction and lines and _BACK_TO_THE_LINES.search(line):
            break  # "put those on exactly like that": the lines above are the copy
        if lines and _WRITE_THAT.match(line):
            break  # "oita likhe diyo", "write that": the line above is the copy
        if instruction or len(line) > 60:
            return []
        lines.append(line)
    # A decorative emoji opening the only line ("🌙 Eid Mubarak …") is no part of its copy.
    # ... nor, with it, the same emoji closing it: "🏆 CAMPUS CUP 2025 🏆" frames the line.
    if len(lines) == 1:
        lead = _EMOJI_LEAD.match(lines[0])
        line = _EMOJI_LEAD.sub("", lines[0]) or lines[0]
        emoji = lead.group().strip().rstrip("\ufe0f") if lead else ""
        if emoji and line.rstrip().rstrip("\ufe0f").endswith(emoji):
            line = line.rstrip().rstrip("\ufe0f")[: -len(emoji)].rstrip() or line
        lines = [line]
    return lines


# A format word ending a feature line under the format already named ("洗えるカバー",
# a washable cover; "Leak-proof Lid Cover") is the product's part, not another format.
_ALSO = re.compile(r"(?i:\b(?:also|too|another|plus|version|size)\b)|も|版|도|也|भी|ও|(?i:\bbhi\b)")


def _names_a_format(pattern: re.Pattern[str], line: str) -> bool:
    match = pattern.search(line)
    if match is None:
        return False
    tail = line[match.end() :].strip(" \t.!。！")
    before = line[: match.start()]
    # "Lid Cover", 洗えるカバー: a word of its own right before it; "then the poster" is not one
    modified = bool(before) and not re.search(
        r"(?i)(?:[:：,、，]|\b(?:the|a|an|one|then|plus|for|as|our|my|your)\s)\s*$", before
    )
    dimensioned = _SIZE_RE.search(line) or _RATIO_RE.search(line)
    return not (modified and not tail and not _ALSO.search(line) and not dimensioned)


# A closing line pointing back to the copy above: "write that", "oita likhe diyo",
# "ye likh dena", "これを書いて", "이거 써 주세요", "写这个", "এটা লিখে দিও".
_WRITE_THAT = re.compile(
    # ... with how big it is to be: "write this big", "এটা বড় করে লিখবে", 이거 크게 써줘
    r"(?i:(?:please\s+)?(?:write|put|print)\s+(?:that|this|it)(?:\s+(?:on\s+it|in\s+it))?"
    r"(?:\s+(?:big|bigger|large|larger|bold|in\s+(?:big|large|bold)\s+letters))?\W*$|"
    r"(?:oita|ota|eta|eita|eyta|ye|yeh|yahi|isko|ise|ise|wo|woh)\s+(?:likhe|likh|lekho|likho)"
    r"(?:\s+(?:diyo|dio|dao|den|diben|do|dena|dijiye|dijie|dena))?\W*$)|"
    r"(?:これ|それ)を?(?:書いて|入れて)\S*$|(?:이거|그거|이걸|그걸)\s*(?:써|넣어)\S*$|"
    r"(?:写|寫)(?:这个|這個|上这个|上這個)\S*$|(?:ये|यह|इसे|यही)\s+लिख\S*(?:\s+\S+)?$|"
    r"(?:ওটা|এটা|ওইটা|এইটা)\s+(?:(?:বড়|বড়|মোটা)\s+(?:করে\s+)?)?লিখ\S*(?:\s+\S+)?$|"
    r"(?:これ|それ)を?大きく(?:書いて|入れて)\S*$|(?:이거|그거|이걸|그걸)\s*크게\s*(?:써|넣어)\S*$|"
    r"(?:这个|這個)(?:写|寫)大\S*$|(?:ये|यह|इसे|यही)\s+बड़ा\s+(?:करके\s+)?लिख\S*(?:\s+\S+)?$|"
    # the quoting particle opening the line points back at the lines above: "って入れてほしい",
    # "と書いてください"
    r"^(?:って|と)[ \t]*(?:入れ|書い|書き|載せ|のせ|表示)\S*(?:[ \t]+\S+)?$"
)
# An emoji opening a line of copy, a space after it or none ("📱Screen repair").
_EMOJI_LEAD = re.compile(
    r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2728](?:\uFE0F)?[ \t]*(?=\w)"
)


_BACK_TO_THE_LINES = re.compile(
    r"(?i:\b(?:those|these|them|all\s+of\s+(?:it|that)|exactly|as\s+(?:is|written|they\s+are)|"
    r"like\s+that|ye\s+sab|yeh\s+sab|egulo|eigulo)\b)|この(?:まま|通り|とおり)|そのまま|이대로|그대로|"
    r"这些|這些|照着|照著|इन्हें|इनको|এগুলো"
)


def quality(brief: Brief) -> str:
    return "high" if _HIGH.search(brief.text) else "low"


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


def _list_prices() -> str:
    image = DEFAULT_PRICES["gpt-image"].image
    return ", ".join(f"{usd(image[q])} {q}" for q in ("low", "medium", "high") if q in image)


CAPABILITIES = (
    "I make and edit on-brand images from a brief: square posts, stories, banners and "
    "posters, with copy rendered in English, Japanese, Korean, Chinese, Hindi and Bengali; "
    "edits of an attached image or the current one (with a mask, only that area changes); "
    "and the final, full-quality render of a draft. Ask me what your images cost, what is "
    "left of the budget, which brand references are approved, or why an image was held."
)
LOOKUP_COMMANDS = {
    LOOKUP_IMAGES: "`atelier log` lists this thread's calls and what each cost",
    LOOKUP_SPEND: "`atelier cost --by day` shows the spend",
    LOOKUP_REFERENCES: "`atelier brand list --status approved` lists them",
    LOOKUP_HOLDS: "`atelier review list` shows what is held and why",
}


def reply_message(brief: Brief) -> str:
    text = brief.text
    if USAGE_RIGHTS.search(text) and QUESTION.search(text):
        return (
            "Commercial use of the images follows your team's agreement with the image "
            "model's provider and your brand's own rules; your admin can confirm the terms."
        )
    lookup = lookup_for(brief)
    if lookup is not None:
        return f"I cannot look that up in this turn; {LOOKUP_COMMANDS[lookup]}."
    if THANKS.search(text):
        return "You're welcome! Tell me what to make next."
    if PRICE.search(text):
        return (
            f"A 1024x1024 image costs about {_list_prices()} at list prices (larger sizes "
            "cost more, by pixel count; your team's price table may differ). Drafts are "
            "low quality; finalizing re-renders one draft at high quality."
        )
    if EDIT_VERBS.search(text) and _target(brief) is None:
        return (
            "Which image should I change? Nothing is attached to this message. Attach it "
            "(--image in the CLI, the page's attach button), or ask me to make one first, "
            "then tell me what to change."
        )
    if WHAT_SHOWN.search(text):
        return (
            "This offline engine does not look at what images show; with a model "
            "configured I describe it. To build on it, tell me what to make and its format."
        )
    if GREETING.search(text):
        return "Hello! " + CAPABILITIES
    if QUESTION.search(text):
        return CAPABILITIES
    return (
        "I make and edit on-brand images. Describe the visual and its format "
        "(square post, story, banner or poster) and I will draft it."
    )


def clarify_question(brief: Brief) -> tuple[str, list[str]]:
    """The question for what is missing: the change to make, the subject, the format."""
    text = without_quotes(brief.text)
    if _target(brief) is not None and (not CREATE.search(text) or EDIT_VERBS.search(text)):
        return CHANGE_QUESTION, list(CHANGE_OPTIONS)
    subject = has_subject(brief)
    size = None if _format_open(text) else size_for(brief.text)
    if not subject and size is not None:
        return SUBJECT_QUESTION, []
    if not subject:
        return BOTH_QUESTION, list(CLARIFY_OPTIONS)
    return CLARIFY_QUESTION, list(CLARIFY_OPTIONS)


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


def has_edit_words(text: str) -> bool:
    """True when ``text`` asks to change something (the image tool's "auto" action)."""
    return bool(EDIT_VERBS.search(without_quotes(text)))


def _named_brand(brief: Brief) -> str | None:
    """A brand the brief names: a listed reference's brand, or a capitalised word after
    "for"/"of" (or before a possessive particle in other scripts)."""
    for ref in brief.references:
        if ref.brand and ref.brand.lower() in brief.text.lower():
            return ref.brand
    found = re.search(
        r"\b(?:for|of|from)\s+([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)"
        r"|([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)\s*(?:-এর|के|का|की|의|の|的|有)",
        brief.text,
    )
    if found is None:
        return None
    return (found.group(1) or found.group(2)).strip()


# Which attachment an edit changes, by its place: "the second photo", "pic 2", 2枚目,
# 두 번째 사진, 第二张, दूसरी फोटो, doosri photo, দ্বিতীয় ছবি, "second photo r".
_ORDINALS: dict[int, tuple[str, ...]] = {
    1: (
        "first",
        "1st",
        "pehli",
        "pehla",
        "prothom",
        "প্রথম",
        "पहली",
        "पहला",
        "첫 ?번째",
        "첫째",
        "第一",
        "第1",
        "1枚目",
        "一枚目",
        "1番目",
    ),
    2: (
        "second",
        "2nd",
        "doosri",
        "dusri",
        "doosra",
        "dusra",
        "ditiyo",
        "dwitiyo",
        "দ্বিতীয়",
        "दूसरी",
        "दूसरा",
        "두 ?번째",
        "둘째",
        "第二",
        "第2",
        "2枚目",
        "二枚目",
        "2番目",
    ),
    3: (
        "third",
        "3rd",
        "teesri",
        "tisri",
        "teesra",
        "tritiyo",
        "তৃতীয়",
        "तीसरी",
        "तीसरा",
        "세 ?번째",
        "셋째",
        "第三",
        "第3",
        "3枚目",
        "三枚目",
        "3番目",
    ),
    4: (
        "fourth",
        "4th",
        "chauthi",
        "chouthi",
        "choturtho",
        "চতুর্থ",
        "चौथी",
        "चौथा",
        "네 ?번째",
        "넷째",
        "第四",
        "第4",
        "4枚目",
        "四枚目",
        "4番目",
    ),
}
_IMAGE_NOUN = (
    r"(?:photo|image|picture|pic|shot|one|file|attachment|写真|画像|枚目|사진|이미지|그림|张|張|"
    r"图|圖|照片|फोटो|फ़ोटो|इमेज|तस्वीर|ছবি|ফটো|chobi|tasveer)"
)
_NUMBERED = re.compile(
    r"(?i:\b(?:photo|image|picture|pic|shot|attachment|file)\s*#?\s*(?P<n>[1-4])\b)"
)


def edited_attachment(brief: Brief) -> int:
    """The attachment an edit changes, counted from 1; the first unless one is named."""
    if brief.attachments < 2 or brief.mask:
        return 1
    text = without_quotes(brief.text)
    numbered = _NUMBERED.search(text)
    if numbered and int(numbered.group("n")) <= brief.attachments:
        return int(numbered.group("n"))
    for n, words in _ORDINALS.items():
        ordinal = "|".join(words)
        if n <= brief.attachments and re.search(
            rf"(?i)(?<![{_LATIN_WORD}])(?:{ordinal})(?:\s*(?:번째|번|の|个|個|ta|ti|r|er))?\s*"
            rf"{_IMAGE_NOUN}|(?<![{_LATIN_WORD}])(?:{ordinal})枚目",
            text,
        ):
            return n
    return 1


def arguments(tool: str, brief: Brief) -> dict[str, Any]:
    """Arguments for ``tool`` from the brief, whichever tool was chosen or forced.

    Built through the tool's own argument model, so they are what a strict model sends.
    """
    model = ARGS_BY_TOOL.get(tool) or LOOKUP_BY_TOOL.get(tool)
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
            "target": _target(brief) or "current",
            "attachment": edited_attachment(brief),
            "quality": quality(brief),
            "text": copy_text(brief),
            "reference_ids": reference_ids(brief),
            "reference_kinds": reference_kinds(brief),
        }
    elif tool == CLARIFY:
        question, options = clarify_question(brief)
        raw = {"question": question, "options": options}
    elif tool == REPLY:
        raw = {"message": reply_message(brief)}
    elif tool == FINALIZE:
        draft = _DRAFT_ID.search(brief.text.lower())
        raw = {"size": size_for(brief.text), "asset": draft.group(1) if draft else None}
    elif tool == LOOKUP_IMAGES:
        raw = {"limit": None}
    elif tool == LOOKUP_REFERENCES:
        kinds = reference_kinds(brief)
        raw = {"brand": _named_brand(brief), "kind": kinds[0] if kinds else None}
    elif tool == LOOKUP_HOLDS:
        draft = _DRAFT_ID.search(brief.text.lower())
        raw = {"image": draft.group(1) if draft else None}
    else:
        raw = {}
    return model.model_validate(raw).model_dump()


# --- answering from a lookup ------------------------------------------------------------


def _budget_line(label: str, budget: Budget) -> str:
    if budget.budget_usd is None:
        return f"{label} {usd(budget.spent_usd)} spent (no budget set)"
    return (
        f"{label} {usd(budget.spent_usd)} spent of a {usd(budget.budget_usd)} budget, "
        f"{usd(budget.left_usd)} left"
    )


def _images_reply(out: ImagesOutput) -> str:
    total = (
        f"This conversation has cost {usd(out.conversation_total_usd)} so far "
        f"({out.conversation_calls} model calls)."
    )
    if not out.images:
        return f"No images have been made in this conversation yet. {total}"
    latest = out.images[0]
    lines = [
        f"The latest image ({latest.id}, {latest.made}, {latest.size or '?'} "
        f"{latest.quality or ''}".rstrip()
        + f") cost {usd(latest.cost_usd)}; review: {latest.review}."
    ]
    if len(out.images) > 1:
        lines.append(f"The {len(out.images)} images here cost {usd(out.images_total_usd)}.")
        lines.extend(
            f"- {image.id}: {image.made} {image.size or '?'}, {usd(image.cost_usd)}, {image.review}"
            for image in out.images[1:]
        )
    lines.append(total)
    return "\n".join(lines)


def _spend_reply(out: SpendOutput) -> str:
    session = _budget_line("This session:", out.session)
    today = _budget_line(f"Today ({out.day} UTC):", out.today)
    return f"{session}. {today}."


def _references_reply(out: ReferencesOutput) -> str:
    scope = " ".join(p for p in (out.brand, out.kind) if p)
    scope = f" {scope}" if scope else ""
    if not out.references:
        others = f" Approved brands: {', '.join(out.brands)}." if out.brands else ""
        return f"There are no approved{scope} references.{others}"
    count = len(out.references)
    lines = [f"{count} approved{scope} reference{'s' if count != 1 else ''}:"]
    lines.extend(
        f"- {r.id} ({r.brand}, {r.kind}): {r.description or 'no description'}"
        + (f"; approved by {r.approved_by}" if r.approved_by else "")
        for r in out.references
    )
    return "\n".join(lines)


def _holds_reply(out: HoldsOutput) -> str:
    if not out.holds:
        return "Nothing in this conversation was held for review or refused."
    lines = []
    for hold in out.holds:
        subject = f"{hold.what} {hold.image}" if hold.image else hold.what
        reasons = "; ".join(hold.reasons) or "no reason was recorded"
        lines.append(f"- {subject} ({hold.status}, {hold.at}): {reasons}")
    return "\n".join(lines)


def lookup_reply(tool: str, output: Any) -> str:
    """The answer to a question, stating the figures of the lookup output it got."""
    model = LOOKUP_OUTPUTS.get(tool)
    raw = output if isinstance(output, str) else json.dumps(output)
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = None
    if isinstance(value, dict) and isinstance(value.get("error"), str):
        return f"I could not look that up: {value['error']}"
    if model is None:
        return "I looked that up but cannot read the answer."
    try:
        parsed = model.model_validate_json(raw)
    except ValueError:
        return f"I looked that up but cannot read the answer: {raw[:200]}"
    if isinstance(parsed, ImagesOutput):
        return _images_reply(parsed)
    if isinstance(parsed, SpendOutput):
        return _spend_reply(parsed)
    if isinstance(parsed, ReferencesOutput):
        return _references_reply(parsed)
    if isinstance(parsed, HoldsOutput):
        return _holds_reply(parsed)
    return "I looked that up but cannot read the answer."
