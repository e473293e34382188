"""Small text helpers shared by the planner, renderer and moderation: quotes, copy and tokens.

``copy_spans`` finds the copy a brief wants rendered, in every way people write it: inside
quotes of any kind (“” "" '' ‘’ «» »« „“ ‚‘ ‹› 「」 『』 【】 〔〕 〈〉 《》 〝〟), after a
label ("headline", "caption:", "text:", 見出し, 문구, 标语, शीर्षक, শিরোনাম), after "says" /
"that reads" / "to say" / "write … at the top", and unquoted in Japanese, Korean,
Chinese, Hindi and Bengali before or after the language's own cue words (という文字,
라는 문구, 写着, लिखा हो, লেখা থাকবে).
Copy is returned exactly as written; only the cue, surrounding spaces and a closing full
stop are left out.
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

_QUOTE_RE = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|「([^」\n]+)」|『([^』\n]+)』')
# \w misses the vowel signs of Indic scripts (they are combining marks), which would split
# every Hindi or Bengali word in two; the Indic blocks and the joiners are added back.
_TOKEN_RE = re.compile(r"[\w\u0900-\u0DFF\u200c\u200d]+", re.UNICODE)


def words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string, for long keyword lists."""
    return frozenset(text.split())


STOPWORDS = words(
    "a an the and or of to for in on with at by from is are be it this that our your my "
    "we you i me us please can could would should will make new"
)


def quoted_strings(text: str) -> list[str]:
    """Every quoted span in straight, curly, or CJK corner quotes, in order of appearance."""
    found: list[str] = []
    for match in _QUOTE_RE.finditer(text):
        span = next(group for group in match.groups() if group is not None).strip()
        if span:
            found.append(span)
    return found


def tokens(text: str) -> list[str]:
    return [token.lower() for token in _TOKEN_RE.findall(text)]


def content_tokens(text: str) -> set[str]:
    """Tokens worth comparing: no stopwords, no one-letter Latin words."""
    return {
        token
        for token in tokens(text)
        if token not in STOPWORDS and (len(token) > 2 or not token.isascii())
    }


def has_word(text: str, words: frozenset[str] | set[str]) -> bool:
    return any(token in words for token in tokens(text))


# --- copy -------------------------------------------------------------------------------

# Every pairing of quotes in use across the six scripts. Single quotes double as
# apostrophes: a span opens only where a word does not continue into the quote, may hold
# apostrophes between letters ("'Don't stop'"), and closes where no word follows.
# A closing single quote is no apostrophe when no Latin letter follows: Korean, Japanese,
# Hindi and Bengali attach their particles to the quote ('무료 배송'이라고).
_NO_LATIN_AFTER = r"(?![A-Za-z0-9_\u00c0-\u024f])"
# An apostrophe inside a word ("don't", "l'été") sits between Latin letters; after a Korean
# or Japanese word ('여름 독서교실'의) the mark closes a quote.
_LATIN_LETTER = r"[A-Za-z\u00c0-\u024f]"
_ANY_QUOTE_RE = re.compile(
    r'"(?P<straight>[^"\n]+)"'
    r"|[“”](?P<curly>[^“”\n]+)[”“]"
    r"|„(?P<low>[^“”\n]+)[“”]"
    r"|«\s?(?P<guillemets>[^»\n]+?)\s?»"
    r"|»(?P<reversed>[^«\n]+)«"
    r"|「(?P<corner>[^」\n]+)」"
    r"|『(?P<white_corner>[^』\n]+)』"
    r"|`(?P<backtick>[^`\n]+)`"
    r"|《(?P<double_angle>[^》\n]+)》"
    r"|〈(?P<angle>[^〉\n]+)〉"
    r"|‹\s?(?P<single_guillemets>[^›\n]+?)\s?›"
    r"|›(?P<reversed_single>[^‹\n]+)‹"
    r"|【(?P<lenticular>[^】\n]+)】"
    r"|〖(?P<white_lenticular>[^〗\n]+)〗"
    r"|〔(?P<tortoise>[^〕\n]+)〕"
    r"|〘(?P<white_tortoise>[^〙\n]+)〙"
    r"|〝(?P<double_prime>[^〝〞〟\n]+)[〞〟]"
    r"|＂(?P<fullwidth>[^＂\n]+)＂"
    r"|‚(?P<low_single>[^‘’\n]+)[‘’]"
    r"|(?<![A-Za-z0-9_\u00c0-\u024f\u0900-\u0DFF'’])‘(?P<curly_single>(?:[^’\n]|"
    rf"’(?={_LATIN_LETTER}))+)’"
    + _NO_LATIN_AFTER
    + r"|(?<![A-Za-z0-9_\u00c0-\u024f\u0900-\u0DFF'’])'(?P<single>(?:[^'\n]|"
    rf"(?<={_LATIN_LETTER})'(?={_LATIN_LETTER}))+)'" + _NO_LATIN_AFTER
)
_MASK = "\x00"

# Words that name the copy, in each language. Latin labels are whole words.
# "Header first: Smile Plan 2025" opens a sentence; "LinkedIn header: …" is a format.
_EN_LABEL_WORDS = (
    r"headlines?|heading|(?<![A-Za-z0-9] )(?<![A-Za-z0-9])header|title|sub-?titles?|"
    r"sub-?head(?:line)?s?|sublines?|taglines?|"
    r"slogans?|captions?|copy|text|words|cta|call to action|button(?: text)?|strapline|"
    r"kicker|body(?: copy)?|lines? of (?:copy|text)|(?:the|a) line|lettering|wording|"
    r"message"
)
_EN_LABELS = f"(?:{_EN_LABEL_WORDS})"
# "Label: value" (also one label per line, or a label then the copy on the next lines).
_OTHER_LATIN_LABELS = (
    r"(?:textos?|titular(?:es)?|t[ií]tulos?|subt[ií]tulos?|sottotitolo|titolo|eslogan|lema|frase|"
    r"leyenda|texte|titre|sous-titre|"
    r"accroche|l[ée]gende|[ée]crit|escrito|[üu]berschrift|titel|untertitel|schriftzug|"
    r"aufschrift|spruch|legenda|chamada|dizeres|"
    # Hinglish and Banglish verbs of writing before a colon: "likho: …", "lekho: …".
    r"likho|likh\s+do|likhiye|likhna\s+hai|lekho|likhe\s+dao|likhun|likhe\s+din|"
    # ... and the noun, the writing itself: "lekha: Gorom cha", "likha: Naya stock".
    r"lekha|likha)"
)
# "heading ko Hindi mein kar do: …", 見出しを英語にして：…: the language the copy is to be
# in, said between its label and the colon; what follows the colon is the copy.
_LANGUAGE_NAMES = (
    r"(?:(?<![A-Za-z])(?i:english|hindi|bangla|bengali|japanese|korean|chinese|angrezi|angreji|"
    r"ingreji|inglish)(?![A-Za-z])|英語|日本語|韓国語|中国語|英文|英语|中文|日文|韩文|韓文|영어|영문|"
    r"한글|한국어|일본어|중국어|अंग्रेज़ी|अंग्रेजी|इंग्लिश|हिंदी|हिन्दी|বাংলা|ইংরেজি|ইংলিশ|হিন্দি)"
)
_LABEL_COLON_RE = re.compile(
    r"(?:\b(?:"
    + _EN_LABELS
    + r"|"
    + _OTHER_LATIN_LABELS
    + r")(?:(?:[ \t]+[A-Za-z\u00c0-\u024f'’]+){0,2}[ \t]+"
    + _LANGUAGE_NAMES
    + r"(?:[ \t]+[A-Za-z\u00c0-\u024f'’]+){0,4}|(?:[ \t]+[A-Za-z\u00c0-\u024f'’]+){0,4})"
    r"|キャッチコピー|コピー|テキスト|文字|文言|見出し|タイトル|"
    r"サブタイトル|スローガン|キャッチ|メッセージ|문구|텍스트|카피|헤드라인|제목|슬로건|타이틀|"
    r"글자|문안|메시지|文字内容|文字|文案|标语|口号|主标题|副标题|标题|字样|广告语|宣传语|"
    r"टेक्स्ट|शीर्षक|हेडलाइन|कैप्शन|स्लोगन|नारा|संदेश|कॉपी|टैगलाइन|लिखा हुआ हो|लिखा हो|"
    r"लिख\s+(?:दो|दीजिए|दीजिये|देना)|লিখে\s+(?:দাও|দিন|দিও)|लिखें|लिखो|लिखा|"
    r"টেক্সট|শিরোনাম|হেডলাইন|ক্যাপশন|স্লোগান|কপি|ট্যাগলাইন|লেখা থাকবে|লেখা)"
    r"(?:[^\n:：]{0,10}?" + _LANGUAGE_NAMES + r"[^\n:：]{0,16}?(?=[:：]))?"
    # "제목 먼저: …", "見出しを先に：…": the label first, before the lines that follow it.
    r"(?:[ \t]*(?:먼저|부터|を先に|が先|を最初に))?"
    r"(?:[ \t]*[:：]|[ \t]+[–—-])[ \t]*(?P<x>[^\n]*)",
    re.IGNORECASE,
)
# A line that names the copy and ends with a colon, an arrow or "say": the copy is the next
# non-empty line ("text bas ye rakhna:", 文字就这一行：, 텍스트는 딱 이거:, テキストはこれ↓,
# "3. Copy for the header, on its own line:", "text should just say", a blank line between).
_COPY_LABEL_LINE_RE = re.compile(
    r"^(?:[^\n:：]|(?<=\d)[:：](?=\d))*?"
    r"(?:(?<![A-Za-z])(?i:text|copy|headline|tagline|slogan|line|lekha|likha|likhna|title|"
    r"exactly\s+as\s+written|as\s+written|word\s+for\s+word|verbatim|wording|words|"
    # "On it:", "On the card:": what the visual carries, below.
    r"on\s+(?:it|the\s+(?:image|picture|card|poster|flyer|banner|sign|front)))"
    r"(?![A-Za-z])|コピー|テキスト|文字|文言|見出し|文案|문구|텍스트|카피|헤드라인|글자|标语|标题|"
    r"लाइन|टेक्स्ट|कॉपी|हेडलाइन|लिख|লাইন|লেখা|টেক্সট|কপি|হেডলাইন)[^\n:：\x00]{0,30}?"
    r"(?:[:：↓]|(?<![A-Za-z])(?i:just\s+say|should\s+say|should\s+read|just\s+read|"
    # "Copy yeh rahega" / "লেখা এটা থাকবে" closing the line: the copy is on the next.
    r"(?:yeh|ye|ei|eta)\s+(?:rahega|rahegi|hoga|hogi|hai|hobe|thakbe))|"
    r"(?:यह|ये)\s+(?:रहेगा|रहेगी|होगा|है)|(?:এটা|এই)\s+(?:থাকবে|হবে))[ \t]*$",
    re.MULTILINE,
)
# Japanese and Chinese copy set off by a space after its label (テキストは 夢を、かたちに)
# goes on past a comma to the sentence's end, unless what follows the comma is the next
# instruction: a topic particle, a request, or a word about the layout.
_NEXT_WORDS = (
    r"は|で(?:お願い|ください|$)|ください|下さい|お願い|大きく|小さく|大きめ|小さめ|太字|背景|色|"
    r"ロゴ|サイズ|フォント|写真|画像|要|请|請|颜色|顏色|字体|字體|尺寸|照片|图片|logo|字样|字樣"
)
_NEXT_INSTRUCTION = re.compile(_NEXT_WORDS, re.IGNORECASE)
# A space inside Chinese copy goes on with it unless the next word starts an instruction.
# ... looking no further than its own clause: "TEA TIME 买一送一，别的字都不要" runs to the comma.
_SPACE_GOES_ON = rf"[ \t]+(?![^\s、。，,;；]*(?:{_NEXT_WORDS}))"


def _run_on(rest: str) -> str:
    """The rest of the sentence after a comma when it goes on with the copy, else ""."""
    if not rest or rest[0] not in "、，,":
        return ""
    sentence = re.split(r"[。\n]", rest, maxsplit=1)[0]
    return "" if _NEXT_INSTRUCTION.search(sentence) else sentence


# The second clause of a line after its comma, to the sentence's end, when it is a like
# half of it and asks for nothing: 开锁不用等，十五分钟上门; "Pital ki chamak, tyohaar ki
# raunak"; ঘরে বসে অর্ডার, দুয়ারে ডেলিভারি. A clause that asks (做成方图, "logo bhi lagao",
# लाल रंग में) is the next instruction.
_CLAUSE_ASKS = re.compile(
    r"(?i:\b(?:karo|kar\s+do|kijiye|banao|banaiye|daalo|dalo|daalna|dalna|rakho|rakhna|lagao|"
    r"lagana|likho|dikhao|use|chahiye|mat|nahi|aur|bhi|koro|kore|dao|din|diyo|dio|rakhun|"
    r"banan|banao|dibe|deben|rakhbe|na|ar|o|and|with|please|pls|background|logo|photo|font|"
    r"colou?rs?|rang|rong|size|format|post|poster|banner|story|ad|neeche|niche|nichey|upar|"
    r"upor|upore|opore|nichhe|kone|corner|side|top|bottom|number|date|price)\b)|नीचे|ऊपर|कोने|"
    r"নিচে|উপরে|ওপরে|কোণে|下面|上面|下方|上方|角|"
    r"करो|कर\s+दो|कीजिए|बनाओ|डालो|डालना|रखो|रखना|लगाओ|लगाना|दिखाओ|मत|और|भी|रंग|लोगो|फोटो|फ़ोटो|"
    r"করো|করুন|দাও|দিন|রাখো|রাখুন|বানাও|বানান|না\b|আর|ও\b|রং|রঙ|লোগো|ছবি|"
    r"[做弄用放加改换換调調画畫要请請帮幫给給让讓别別图圖版色字]|logo|背景|照片|尺寸|"
    # "…，其他不动": the rest of the image left as it is
    r"其他|其它|其余|其餘|不动|不動|不变|不變|就行|就好|保持"
)


def _clause_run_on(rest: str, *, closing: bool) -> str:
    """The comma and the clause after it that go on with the copy before them, else ""."""
    if not rest or rest[0] not in "，,、":
        return ""
    stop = re.search(r"[。！？!?।\n]|\.(?=\s|$)", rest)
    clause = rest[: stop.start()] if stop else rest
    if closing and rest[len(clause) :].strip(" \t。.!！"):
        return ""  # in Chinese only the message's last clause: it has no stop to end it
    body = clause[1:].strip()
    if not body or len(body) > 24 or _CLAUSE_ASKS.search(body) or _MASK in body:
        return ""
    return clause.rstrip()


# Korean copy closing the message goes on past its comma ("문구는 금요일 밤, 루프탑에서"), unless
# what follows is another instruction: a topic or object particle, a request, a layout word.
_KO_NEXT_INSTRUCTION = re.compile(
    r"[\uac00-\ud7a3](?:은|는|을|를)\s|주세요|줘|해|요|크게|작게|색|배경|로고|사진|이미지|"
    r"사이즈|폰트|글씨|넣|빼"
)

# "… 큰 글씨로 시즌 8 오픈": the copy ending the message after how it is lettered.
# "… 큰 글씨로 역대급 매운맛 넣어주세요": the verb of putting after it closes the message too.
_KO_LETTERED_END_RE = re.compile(
    r"(?:글씨|글자)(?:로|으로)[ \t]+(?P<x>[^.?!。\n\x00]+?)[ \t]*"
    r"(?:(?:이?라고|을|를)?[ \t]*(?:넣어|써|적어|박아)(?:[ \t]*주)?[^\s.?!。\n\x00]*[ \t]*)?[.!~]?$"
)


# Where a second line of copy is put under the first: "그 밑에", "その下に", "aur neeche".
# The first line ends there, its own stops kept ("FINAL WHISTLE? NOT YET. aur neeche …").
_UNDER_MARK = (
    r"(?:그[ \t]*)?(?:밑에|아래에?)[ \t]|その下に|"
    r"(?i:aur|and|ar)[ \t]+(?i:neeche|niche|nichhe)[ \t]|"
    r"(?:और|আর)[ \t]+(?:नीचे|নিচে|নীচে)[ \t]"
)
_UNDER_CUT = re.compile(rf"[ \t]+(?:{_UNDER_MARK})")


# Copy closing the message after its label or how it is lettered, set off by a space and
# with no particle or colon: "タイトル 入門クラス 開講", "デカ文字で 捕れる手になる", "제목 입문반
# 개강", "标题 入门班 开课", 大字写 发球变了, "bade akshar mein Serve Badlo", "বড় করে লেখো …".
_LABEL_SPACE_END_RE = re.compile(
    # ... or after a Korean request closing its sentence with no stop ("해주세요 헤드라인 …")
    # ... or, for a Korean copy label, after any word when a figure or a Latin word says the
    # rest is copy ("공지 문구 티켓 오픈 6/10"; "포스터 문구 있는 버전으로" is none)
    r"(?:^|(?<=[。．.!！?？、，,\n])|(?<=[요다][ \t])|"
    r"(?<=[\uAC00-\uD7A3][ \t])(?=(?:문구|카피|헤드라인)[ \t][^\n]*[0-9A-Za-z]))[ \t　]*"
    r"(?:タイトル|見出し|メインコピー|キャッチコピー|"
    r"キャッチ|コピー|文言|(?:デカ|でか|大きな|大きい|太い|太)文字で|大きく|(?<!부)제목|문구|카피|헤드라인|"
    r"主标题|标题|標題|文案|标语|標語|(?:用)?大字(?:写|寫)?|बड़े\s+अक्षरों\s+में|बड़ा\s+करके|"
    r"বড়\s+(?:করে|অক্ষরে)(?:\s+(?:লেখো|লিখে\s+দাও))?|"
    r"(?i:(?:bade|bada|mote)\s+(?:akshar(?:on)?|letters?)\s+(?:mein|me)|boro\s+(?:kore|okkhore)"
    r"(?:\s+(?:lekho|likhe\s+dao))?))"
    # ("제목 먼저: …": a word and a colon make the label a field of its own)
    r"[ \t　]+(?![^\n\s]{1,3}[ \t]*[:：])"
    r"(?P<x>[^\s\x00。][^\n\x00。]*?)(?:[ \t]*[。.!！]?$|(?=[ \t]+(?:" + _UNDER_MARK + r")))",
    re.MULTILINE,
)
# ... unless what follows is the request itself: デカ文字で お願いします, 제목 나중에.
_NOT_CLOSING_COPY = re.compile(
    r"お願い|ください|下さい|よろしく|後で|あとで|未定|부탁|주세요|나중에|미정|请|請|待定|之后|"
    r"^(?:大きめ|小さめ|大きく|小さく|太字|太め|크게|작게|굵게|大一点|小一点|大一些|加粗)|"
    # ... or a sentence about the copy: "문구 오타 있어요 … 순간이요" reports a typo.
    r"(?:요|니다|어|야|죠|줘)[.!?~ㅠㅜ]*$|^(?:넣|써|적)|오타|틀렸|잘못|間違|誤字|错字|錯字|(?i:\btypo\b)|"
    r"(?i:(?:please|pls|baad\s+mein|pore)\b)|बाद\s+में|পরে"
)


# Hashtags, a phone number, a handle or a web address put on the image: "해시태그 #스트링데이
# #무료교체 넣어줘", "하단에 010-2345-6789 넣어줘", ハッシュタグ #… を入れて, 底部加上 #…,
# "neeche 98765 43210 daal do", "add #SmashWeek #FreeRestring". The verb of putting says
# it is copy; a caption or post takes its hashtags elsewhere.
_TOKEN_VALUE = (
    # a colour code (赤（#E60012）で) is how the copy looks, no tag of its own
    r"(?:(?![#＃](?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})(?![0-9A-Za-z]))"
    r"[#＃@][^\s#＃@,，。、\x00]+(?:[ \t]+[#＃@][^\s#＃@,，。、\x00]+)*|"
    r"\+?\d[\d\- ]{5,}\d|(?:https?://|www\.)[^\s,，。、\x00]+|"
    r"[A-Za-z0-9-]+\.(?:com|in|bd|jp|kr|cn|net|org|co)(?:\.[a-z]{2})?(?:/[^\s,，。、\x00]*)?)"
)
_TOKEN_PUT_RES = [
    re.compile(
        rf"(?P<x>{_TOKEN_VALUE})"
        r"(?:[ \t]*(?:해시태그|ハッシュタグ|话题|話題|हैशटैग|হ্যাশট্যাগ|(?i:hashtags?))(?:도|も|भी|ও)?)?"
        r"[ \t]*(?:을|를|は|を|ta|টা|ko|को)?[ \t]*"
        r"(?:넣어|적어|써\s*줘|박아|달아|추가|入れ|載せ|書い|追加|(?i:daal|dal|likh|laga|add\s+kar|"
        r"dao|diye\s+dao|de\s+dao|lekho|likhe\s+dao|boshao)|डाल|लिख|लगा|দাও|দিন|লেখো|লিখে|বসাও)"
    ),
    re.compile(
        r"(?:(?i:\b(?:add|put|include)(?:\s+(?:the|our))?(?:\s+(?:hashtags?|handle|number|"
        r"phone(?:\s+number)?|website|url|link))?)|加上|放上|写上|寫上|加|印上)"
        rf"[ \t]*[:：]?[ \t]*(?P<x>{_TOKEN_VALUE})"
    ),
    # "just #WeAreTheLeague 🔥 bottom right nothing else", "#가을맞이 만", "#秋フェア だけ":
    # a tag said to be all the image carries, with the emoji beside it.
    re.compile(
        r"(?i:\b(?:just|only|sirf|bas|shudhu|sudhu)[ \t]+)"
        rf"(?P<x>{_TOKEN_VALUE}(?:[ \t]+[^\w\s\x00]{{1,4}})?)"
        r"(?=[ \t]+(?i:bottom|top|in|on|at|nothing|and|please|pls|likho|lekho|rakho)\b|"
        r"[ \t]*[,.!]?[ \t]*$)"
    ),
    re.compile(rf"(?P<x>{_TOKEN_VALUE})[ \t]*(?:だけ|만)(?![\uAC00-\uD7A3])"),
]
# Copy named with its count of characters after a verb of putting or writing: 放上 周末特价
# 四个字, 写上“新品”两个字, 加上 满100减20 这几个字. The count says the words before it are
# the ones to letter (字体, 字号 and 字幕 are no count).
_COUNTED_COPY_RE = re.compile(
    r"(?:放上|写上|寫上|加上|打上|印上|放|写|寫|加|印)[ \t]*(?P<x>[^\s，,。、：:\x00]{1,16}?)[ \t]*"
    r"(?:这|這|那)?(?:[一二两兩三四五六七八九十\d]{1,2}|几|幾)[个個]?字(?![体體号號幕])"
)
# Copy added as one line at a place of the image, the line counted after it: "맨 아래에 문의
# 02-123-4567 한 줄 추가해 줘", "위에 오늘만 반값 한 줄 넣어 줘".
_ONE_LINE_ADDED_RE = re.compile(
    # "작은 글씨로 한 줄" says how the line looks, not what it says
    r"[\uAC00-\uD7A3](?:에|에다|에다가)[ \t]+"
    r"(?P<x>(?![^\n]*(?:글씨|글자|폰트)로)[^\n,.。，]{1,40}?)"
    r"[ \t]*(?:이?라고[ \t]*)?"
    r"한[ \t]*줄(?:로)?[ \t]*(?:추가|넣|써|적|달|올려|박아)"
)
# Words in capitals that name a thing to place or a file to deliver, not copy: "LOGO 넣고",
# "QR 코드", "PNG로", "RGB to CMYK". A run of them (with CODE, BUTTON, ICON) is an element.
_ELEMENT_WORD = re.compile(
    r"LOGOS?|QR|CTA|URL|SNS|UI|AI|CI|BI|CODE|BUTTON|ICON|LINK|"
    r"PNG|JPE?G|PDF|SVG|GIF|WEBP|TIFF?|HEIC|PSD|RGB|CMYK|HEX|HD|4K|MP4"
)


def names_element_in_capitals(run: str) -> bool:
    """Whether a Latin run read as copy only names an element, a file or a colour space."""
    words = re.findall(r"[A-Za-z0-9][\w:/.-]*", run)
    return bool(words) and all(_ELEMENT_WORD.fullmatch(word.upper()) for word in words)


# Capitalised Latin copy put at a place of the image in Korean: "위에 RUN IN THE RAIN 넣어줘",
# "하단에 OPEN DAILY 써 주세요". Copy in capitals, or two capitalised words; "위에 로고 넣어줘"
# puts an element.
_KO_PLACED_LATIN_RE = re.compile(
    # ... or a face of the thing shown: "옆면에 NORDLINE FREIGHT 넣어 주세요", 뚜껑 윗면에
    r"(?:위|아래|밑|상단|하단|가운데|중앙|옆|왼쪽|오른쪽|구석|한가운데|옆면|앞면|뒷면|윗면|측면|"
    r"표면|바닥면|바닥)(?:쪽)?"
    r"(?:에|에다|에다가)(?:는)?[ \t]+"
    r"(?P<x>[A-Z0-9][A-Z0-9'&!?.,%$+ -]*[A-Z0-9!?.%]|"
    r"[A-Z][\w'&!?.%$-]*(?:[ \t]+[A-Z0-9][\w'&!?.%$-]*)+)"
    r"[ \t]*(?:이?라고[ \t]*|을[ \t]*|를[ \t]*)?(?:넣|써|적|박|올려)"
)
# ... or at the start of its clause, put with a bare 넣고/넣어: "BUY 1 GET 1 넣고". A logo,
# a QR code or a button named in capitals is an element.
_KO_LATIN_PUT_RE = re.compile(
    r"(?:^|(?<=[.!?。\n])|(?<=[.!?。,，][ \t]))[ \t]*"
    r"(?P<x>[A-Z][A-Z0-9'&!?.,%$+ -]*[A-Z0-9!?.%])"
    r"[ \t]*(?:이?라고[ \t]*|을[ \t]*|를[ \t]*)?넣(?:고|어)"
)
# ... and in Japanese, a Latin code or capitals put on with を, what it is named before it
# and how it goes on said between: "型番 KX-30-S を刻印として追加", "側面に NORTH PORT を入れて".
_JA_LATIN_PUT_RE = re.compile(
    r"(?<![A-Za-z0-9'&.-])"
    r"(?P<x>(?=[A-Z0-9'&!?.,%$+ /-]*[A-Z])[A-Z0-9][A-Z0-9'&!?.,%$+ /-]*[A-Z0-9!?.%])"
    r"[ \t]*(?:と|って)?[ \t]*を[ \t]*(?:[^\s。、,，\n]{1,8}として[ \t]*)?"
    r"(?:追加|入れ|刻印|印字|載せ|記載|書い|書き|彫)"
)
# Latin capitals put at a place in Chinese: "右上角加上 SUMMER GLOW", "底部写 OPEN 24H".
_ZH_PLACED_LATIN_RE = re.compile(
    r"(?:右上角|左上角|右下角|左下角|上方|下方|顶部|頂部|底部|中间|中間|角落|上面|下面|旁边|旁邊"
    # ... or any part of the thing shown, named with 上: "在底座上加上型号 VMC-5X", 瓶盖上印上
    r"|(?<=[在把])[\u4e00-\u9fff]{1,4}上)"
    r"(?:的位置)?(?:再)?(?:加上|加个|加個|加|写上|寫上|写|寫|放上|打上|印上|刻上)[ \t]*"
    # ... what the run is, said before it: 型号, 编号, 字样
    r"(?:型号|型號|编号|編號|货号|貨號|文字)?[ \t]*"
    r"(?P<x>[A-Z0-9][A-Z0-9'&!?.,%$+ -]*[A-Z0-9!?.%]|[A-Z0-9])"
    # ... the Latin run alone to its clause's end: "上面写 TEA TIME 买一送一" runs on in Han.
    r"(?=[ \t]*(?:[，。,！!？?；;\n]|$))"
)
# Han words set apart by a space after 加上 and closing their clause are words to letter:
# "再加上 冠军之路", "右上角加上 新品上市". What is added may be a thing instead: a counted
# one (一个红色边框), a look, or an element named (阴影, 二维码, 水印).
_ZH_ADDED_HAN_RE = re.compile(
    r"(?:加上|添上|打上|印上)[ \t]+"
    r"(?P<x>(?=[^\s，。,、；;！!？?]*[\u4e00-\u9fff])[^\s，。,、；;！!？?\n]{2,20})"
    r"(?=[ \t]*(?:[，。,！!？?；;\n]|$))"
)
_ZH_ADDED_THING = re.compile(
    r"^(?:一|几|幾|两|兩|些|点|點|个|個|张|張|条|條)|"
    r"(?:阴影|陰影|二维码|二維碼|水印|贴纸|貼紙|标签|標籤|图标|圖標|边框|邊框|按钮|按鈕|光效|滤镜|"
    r"濾鏡|背景|图案|圖案|花纹|花紋|线条|線條|装饰|裝飾|照片|图片|圖片|人物|模特|箭头|箭頭|"
    r"(?i:logo)|标志|標誌|商标|商標|印章|底纹|底紋|渐变|漸變|效果|元素)$"
)


def _zh_added_han(masked: str) -> Iterator[re.Match[str]]:
    for match in _ZH_ADDED_HAN_RE.finditer(masked):
        words = match.group("x")
        if not _ZH_ADDED_THING.search(words) and not describes_look(words):
            yield match


_LATIN_PUT_RES = (_KO_PLACED_LATIN_RE, _KO_LATIN_PUT_RE, _JA_LATIN_PUT_RE, _ZH_PLACED_LATIN_RE)
# Latin capitals added as a badge, sticker or tag: "NEW 뱃지 넣어주세요", "SALEのバッジを付けて",
# "加一个 HOT 角标", "add a NEW badge", "NEW badge laga do". The badge's word is no copy.
_BADGE_WORDS = (
    r"(?:뱃지|배지|스티커|라벨|태그|バッジ|ステッカー|ラベル|タグ|角标|角標|标签|標籤|贴纸|貼紙|徽章|"
    r"बैज|स्टिकर|ব্যাজ|স্টিকার)"
)
_BADGE_CAPS = r"(?P<x>[A-Z0-9][A-Z0-9'&!%+-]*(?:[ \t]+[A-Z0-9][A-Z0-9'&!%+-]*)*)"
_BADGE_RES = [
    re.compile(
        rf"(?<![\w'&]){_BADGE_CAPS}[ \t]*(?:の)?{_BADGE_WORDS}"
        r"(?:[를을은는도]|を|の)?[ \t]*(?:하나[ \t]*)?"
        r"(?:넣|붙|달|추가|박|入れ|付け|つけ|貼|追加|加|放|贴|लगा|দাও|দিন|লাগ)"
    ),
    re.compile(
        rf"(?:加|放|贴|貼)(?:上|一个|一個|个|個)?[ \t]*{_BADGE_CAPS}[ \t]*(?:的)?{_BADGE_WORDS}"
    ),
    re.compile(
        r"(?i:\b(?:add|put|place|stick|slap|include)\s+(?:a|an|the)\s+)"
        rf"{_BADGE_CAPS}[ \t]+(?i:badge|sticker|tag|label|stamp|ribbon)\b"
    ),
    re.compile(
        rf"(?<![\w'&]){_BADGE_CAPS}[ \t]+(?i:badge|sticker|tag|label)[ \t]+"
        r"(?i:laga|lagao|lagado|lagiye|lagie|daal|dal|daalo|dalo|de\s+do|dao|diyo|den)\b"
    ),
]
# A footnote given after the word for it, marked as one or after a colon: "the asterisk
# note tiny at the bottom *T&Cs apply", "small print: Subject to availability",
# 注釈は小さく ※数量限定, 각주: …, 脚注：….
_FOOTNOTE_WORDS = (
    r"(?:(?i:\basterisk(?:[ \t]+note)?|\bfootnote|\bsmall[ \t]+print|\bfine[ \t]+print|"
    r"\bdisclaimer)|注釈|注記|각주|별표[ \t]*문구|脚注|注释|注釋|星号注释)"
)
_FOOTNOTE_START = re.compile(_FOOTNOTE_WORDS)
_FOOTNOTE_RE = re.compile(
    _FOOTNOTE_WORDS + r"(?:[^\n*※†:：\x00]{0,40}?[ \t](?P<x>[*※†]\S[^\n\x00]*)|"
    r"[ \t]*[:：][ \t]*(?P<y>\S[^\n\x00]*))$",
    re.MULTILINE,
)


def _ko_run_on(rest: str) -> str:
    """The rest of a Korean message after a comma when it is the end of the copy, else ""."""
    if not rest or rest[0] not in "、，,":
        return ""
    if re.search(r"[.!?。\n]", rest.rstrip(".!? \t")) or _KO_NEXT_INSTRUCTION.search(rest):
        return ""
    return rest.rstrip()


# A label alone on its line over the copy, one line each: "内容：" then 夏祭り, then the date.
# Beside a value on the same line these words describe the job ("内容：新商品の紹介"), so only
# the block form counts.
_BLOCK_LABEL_RE = re.compile(
    r"^[ \t]*(?:[>•*・·-][ \t]*)*(?:content|contents|what it says|内容|掲載内容|記載内容|"
    r"内容文字|내용|문구 내용|सामग्री|कंटेंट|कॉन्टेंट|বিষয়বস্তু|কনটেন্ট)[ \t]*[:：][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A copy label closing its line, the copy on the lines below: "文字は" / "文字如下:" /
# "텍스트는" / "Text below:" / "टेक्स्ट यह है:" / "লেখা হবে:", then one line each. Latin and
# Indic labels need a colon or "as follows"; CJK ones may end with their topic particle.
_LABEL_AT_LINE_END_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:" + _EN_LABELS + r")"
    r"(?:[ \t]+(?:is|are|reads|will\s+be|should\s+(?:be|read)))?"
    r"(?:[ \t]*(?:[:：]|as\s+follows|below)[ \t]*[:：]?)"
    r"|(?:キャッチコピー|コピー|テキスト|文字|文言|見出し|タイトル|メッセージ)"
    r"(?:は(?:以下|下記|次)?(?:の(?:とおり|通り))?(?:です)?|[:：])"
    r"|(?:문구|텍스트|카피|헤드라인|제목|글자|문안)\s*"
    r"(?:(?:은|는)(?:\s*다음과\s*같(?:아요|습니다|이))?|[:：])"
    r"|(?:文字内容|文字|文案|标语|口号|标题|標題|广告语|宣传语)(?:如下|是|为|為|[:：])"
    # ... or a verb of writing closes it: "写上" / "印上：" then the lines, every one of them
    r"|(?<![不别別])(?:写上|寫上|印上|写着|寫著|写|寫)(?:这些|這些|这几行|這幾行)?(?:[ \t]*[:：])?"
    r"|(?:टेक्स्ट|शीर्षक|हेडलाइन|कॉपी|स्लोगन)(?:\s+(?:यह|ये|नीचे)\s*(?:है|हैं|रहेगा|होगा))?[ \t]*[:：]"
    r"|(?:টেক্সট|লেখা|শিরোনাম|হেডলাইন|কপি|স্লোগান)(?:\s+(?:হবে|নিচে|এই))?[ \t]*[:：])"
    # ... a formal label may close its sentence: 문구는 다음과 같습니다.
    r"[ \t]*[:：.。]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The copy labels a line may open with before the copy under it ("문구는 아래처럼", "文案就两行").
_LINE_LABELS = (
    r"(?<![A-Za-z])(?:" + _EN_LABELS + r")(?![A-Za-z])"
    r"|キャッチコピー|コピー|テキスト|文字|文言|見出し|문구|텍스트|카피|헤드라인|제목|글자|문안|"
    r"文案|标语|標語|口号|标题|標題|टेक्स्ट|शीर्षक|हेडलाइन|कॉपी|টেক্সট|লেখা|শিরোনাম|হেডলাইন|কপি"
)
# A copy label and "as below" on one line, the copy on the lines under it: "the words as
# below", "문구는 아래처럼 부탁드려요", "文字は以下でお願いします", "文案用以下的", "text neeche
# diya hai", "লেখা নিচের মতো". The line itself is the request, not copy.
_BELOW_LINE_RE = re.compile(
    r"^[^\n]*?(?:" + _LINE_LABELS + r"|タイトル|字|लिख|"
    # "내용은 아래 그대로:", "内容如下，照抄：": the content as below is the copy too.
    r"(?<![A-Za-z])(?i:contents?)(?![A-Za-z])|内容|내용|सामग्री|कंटेंट|বিষয়বস্তু|কনটেন্ট)"
    r"[^\n]*?(?:(?<![A-Za-z])(?i:as\s+below|like\s+below|as\s+follows|below\s*[:：]|"
    r"neeche\s+(?:diya|diye|likha|wala)|niche(?:r)?\s+(?:moto|dilam|deya|dewa))"
    r"|아래(?:처럼|와\s*같이|에\s*적은|\s*그대로)|다음(?:처럼|과\s*같이)|以下|下記|如下|下面(?:的|这|這)|"
    r"नीचे\s+(?:दिया|दिए|लिखा|लिखे|वाला)|নিচের\s+মতো|নিচে\s+(?:দেওয়া|দিলাম|দেয়া))"
    r"[^\n]{0,24}$",
    re.MULTILINE,
)
# A copy label and how many lines it has, closing its line: "문구는 딱 한 줄", "copy is just one
# line:", "文案就一行", "コピーは1行だけ", "text ek line ka". The copy is that many lines under it.
_COUNTED_LINES_RE = re.compile(
    r"^[^\n]*?(?:" + _LINE_LABELS + r"|타이틀)"
    r"[^\n]*?(?:(?i:\b(?:just\s+|only\s+)?(?P<en>one|a\s+single|two|three|1|2|3)\s+lines?\b|"
    r"\b(?P<hi>ek|do|teen)\s+(?:line|laain)\b)"
    r"|(?:딱\s*)?(?P<ko>한|두|세|1|2|3)\s*줄|(?P<cjk>[一二两三123１２３])\s*(?:行|句)|"
    r"(?P<deva>एक|दो|तीन)\s+(?:लाइन|पंक्ति)|(?P<beng>এক|দুই|দু|তিন)\s+লাইন)"
    r"[^\n\w]{0,3}(?:만|だけ|で|就|का|ki|er|ই)?[ \t]*[:：.。]?[ \t]*$",
    re.MULTILINE,
)
_LINE_COUNTS = {
    "one": 1, "a single": 1, "1": 1, "ek": 1, "한": 1, "一": 1, "１": 1, "एक": 1, "এক": 1,
    "two": 2, "2": 2, "do": 2, "두": 2, "二": 2, "两": 2, "２": 2, "दो": 2, "দুই": 2, "দু": 2,
    "three": 3, "3": 3, "teen": 3, "세": 3, "三": 3, "３": 3, "तीन": 3, "তিন": 3,
}  # fmt: skip


# A label, then the copy after the topic particle: コピーは…, 문구는…, 文案是… .
_TOPIC_RE = re.compile(
    r"(?:(?:キャッチコピー|キャッチ|コピー|テキスト|文言|見出し|タイトル|スローガン|メッセージ)は"
    r"|(?:문구|텍스트|카피|헤드라인|슬로건|문안|(?<!부)제목)\s*(?:은|는)"
    r"|(?:文字内容|文字|文案|标语|口号|主标题|副标题|标题|广告语|宣传语)(?:为|是))"
    r"[ \t]*(?P<x>[^、。，,;；\n\x00][^、。，,;；\n]*)"
    # 文字は / 글씨는 / 글자는 / 字是 name the copy only when a space sets it off: "文字は 夏祭り
    # 8/3", not 文字は大きく (how it is lettered).
    r"|(?:文字|字|内容)は[ \t　]+(?P<y>[^、。，,;；\n\x00][^、。，,;；\n]*)"
    r"|(?:글씨|글자)\s*(?:은|는)[ \t]+(?P<z>[^、。，,;；\n\x00][^、。，,;；\n]*)"
    # ... and in Chinese the label alone, the space after it: "文字 NEW OPEN 全场九折".
    r"|(?<![\u3040-\u30ff\u4e00-\u9fff])(?:文字|文案|标语|標語|广告语|廣告語)[ \t　]+"
    r"(?P<w>[^、。，,;；\n\x00\s][^、。，,;；\n]*)"
)
# Said, not typed: "文字は 夏こそ運転デビュー で", "文字は 今だけ百円引き だけでいいです …",
# "글자는 봄이 왔어요 로 해줘": the particle after the copy's space ends it.
_SPOKEN_TAIL = re.compile(
    r"[ \t]+(?:で|だけ(?:で)?)(?:(?:お願い|いい|OK|大丈夫)\S*)?(?:[ \t].*)?$"
    r"|[ \t]+(?:으로|로)(?:[ \t]*(?:해\s*(?:줘|주세요|줘요)|부탁\S*|할게요|요))?[ \t.!]*$"
)
# "内容は 新商品の紹介です" says what the job is about, not what it says.
_ABOUT_TAIL = re.compile(r"(?:告知|紹介|案内|お知らせ|宣伝|について|関連|用|です|でお願い\S*)$")
# ... and not when what follows says how it looks or that there is none: 文字は 大きく,
# 글씨는 더 크게 해줘, 글자는 넣지 마세요, 文字は なしで.
_HOW_IT_LOOKS = re.compile(
    r"大きく|小さく|太く|細く|目立|もっと|赤|白|黒|色|右|左|上|下|真ん中|なし|いらな|不要|入れな|"
    r"안\s|않|지\s*마|없|빼|"
    r"크게|작게|굵게|진하게|더\s|키워|줄여|바꿔|해\s*줘|해\s*주세요|주세요|빨간|흰|검은|색|"
    r"오른쪽|왼쪽|위|아래|가운데|"
    r"[大小]一?[点點些]|加粗|放大|缩小|縮小|居中|颜色|顏色|改成|换成|換成"
)
# An English label then the copy, without a colon: "with the headline Warm Up With Acme",
# "caption reads Plant Power". Without "reads" / "says" the copy must start like copy
# (a capital, a digit or a non-Latin letter), so "make the text bigger" is no copy.
_EN_LABEL_RE = re.compile(
    r"\b" + _EN_LABELS + r"(?P<verb>(?:\s+(?:that|which))?\s+(?:reads?|says?|saying|reading|is))?"
    r"\s+(?P<x>[^\n]+)",
    re.IGNORECASE,
)
_EN_VERB_RE = re.compile(
    r"\b(?:(?:that|which)\s+(?:reads?|says?)|says|reads|saying|sayin'?|reading|"
    r"with\s+the\s+words|"
    # "the price tag should now read $4.50": an adverb between the modal and the verb.
    r"(?:to|should|must|needs?\s+to|has\s+to|(?:make|have|let)\s+it)\s+"
    r"(?:(?:now|just|only|instead|actually|simply|then)\s+)?(?:say|read)|"
    r"(?:make|have|let)\s+the\s+[\w-]+(?:\s+on\s+it)?\s+(?:say|read|show)|"
    # "on the image just says" closing its line: the copy is on the next
    r"on\s+the\s+(?:image|picture|visual)(?:\s+itself)?,?\s+(?:just|only)(?:\s+(?:says|reads))?|"
    r"(?<=[,;:]\s)say|(?<=[,;:])say)"
    r"\s+(?P<x>[^\n]+)",
    re.IGNORECASE,
)
_OTHER_LATIN_VERB_RE = re.compile(
    r"\b(?:que\s+(?:diga|dice|diz|digan)|qui\s+dit|o[uù]\s+(?:il\s+)?est\s+[ée]crit|"
    r"avec\s+(?:le\s+texte|l'inscription|les\s+mots)|mit\s+(?:dem\s+(?:Text|Spruch|Satz)|"
    r"der\s+Aufschrift|den\s+Worten)|con\s+(?:el\s+texto|la\s+frase|las\s+palabras)|"
    r"com\s+(?:o\s+texto|a\s+frase|os\s+dizeres))\s*:?\s+(?P<x>[^\n]+)",
    re.IGNORECASE,
)
# "with #NationalCoffeeDay written small in the corner": the copy before a verb of writing.
# "put 20% OFF in big red letters on this": the words before how they are lettered.
_EN_LETTERED_RE = re.compile(
    r"\b(?:put|add|write|print|stick)\s+(?P<x>[^\n]{1,40}?)\s+in\s+(?:\w+\s+){0,3}"
    r"(?:letters|lettering|font|type|caps|capitals)\b",
    re.IGNORECASE,
)
_EN_WRITTEN_RE = re.compile(
    r"\bwith\s+(?P<x>[^\n]{1,60}?)\s+(?:written|printed|lettered|spelled out|"
    # "with Open Today in clean white letters", "… in thin gold type"
    r"in (?:[a-z-]+\s+){1,3}(?:letters|lettering|type|font|capitals|caps))\b",
    re.IGNORECASE,
)
_PLACES = (
    r"(?:top|bottom|middle|centre|center|left|right|corner|upper|lower|side|edge|front|"
    r"back|header|footer)"
)
# "with Fresh Bread Daily on it": the capitalised words the visual is to carry; "with our
# logo on it" or "with the Maple Cafe logo on it" puts an element there, not words.
_EN_WITH_ON_IT_RE = re.compile(
    r"\b(?i:with)\s+(?P<x>[A-Z0-9][^\n;:]{1,60}?)\s+"
    r"(?i:on\s+(?:it|them|top|the\s+(?:front|image|picture|poster|banner|flyer|card|sign))|"
    r"across\s+(?:it|the\s+middle))\b"
)
# Words put on the visual, not words to read: what ends such a span.
_ELEMENT_END_RE = re.compile(
    r"(?i:\b(?:logos?|photos?|pictures?|images?|icons?|mascot|badge|seal|stamp|map|qr(?:\s+code)?|"
    r"code|arrow|shapes?|illustrations?|graphics?|pattern|frame|border|sticker|watermark))[ \t]*$"
)
# Unquoted copy set off by a comma and placed by what follows it: ", LAST ORDERS 22:00 big
# across the top", ", Free Trial Week at the bottom in small letters". Every word is
# capitalised or a figure, so a clause ("our logo at the bottom") is none.
_PLACED_AFTER_RE = re.compile(
    r"(?:^|[,;]|\.(?=\s))[ \t]*(?P<x>[A-Z0-9][A-Za-z0-9'’&!%$£€#:.·–-]*"
    r"(?:[ \t]+[A-Z0-9$£€#][A-Za-z0-9'’&!%$£€#:.·–-]*){0,7})[ \t]+"
    r"(?:(?i:big|small|large|bold|huge|tiny|"
    r"(?:in\s+)?(?:big|small|bold|large)\s+(?:letters|type))[ \t]+)?"
    r"(?i:across|at|along|on|over|in)[ \t]+the[ \t]+(?:very[ \t]+)?" + _PLACES + r"\b"
)
# Unquoted capitals added at a place, the place said bare after them: "add HAND-PRESSED
# SINCE 1962 bottom-left", "put FREE REFILLS top right", "stamp NEW in the corner". Only a
# run of capitals (each word two letters or more, or a figure) is copy: "add our logo
# bottom-left" and "add a Price Tag top right" place an element.
_CAPS_WORD = r"(?:[A-Z][A-Z0-9'’&!%$£€#./·–-]+|[0-9$£€#][A-Z0-9'’&!%$£€#.,:/·–-]*)"
_ADDED_CAPS_RE = re.compile(
    r"\b(?i:add|put|write|stamp|stick|slap|print|place)[ \t]+"
    rf"(?P<x>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,7}})[ \t]+"
    r"(?:(?i:at|in|on|along|across|to)[ \t]+(?:the[ \t]+)?)?"
    r"(?i:(?:top|bottom|upper|lower)(?:[- ]?(?:left|right|centre|center|corner))?|"
    r"(?:left|right)[- ]?(?:side|corner|edge)?|centre|center|corner|middle|"
    # ... or where something was taken out: "remove the sign, put OPEN LATE there instead"
    r"there|here|instead|in[ \t]+(?:its|their)[ \t]+place)\b"
)
_EN_WRITE_RE = re.compile(
    # "put this jar on a table, and write Raw & Local across the top": the copy is the last
    # verb's, the scene before it another instruction.
    r"\b(?:write|put|add|place|print)\s+"
    r"(?P<x>(?:(?!\b(?:write|put|add|place|print)\s)[^\n])+?)"
    # "put 本日限定 small in the top corner": how big it is drawn is no part of it
    r"(?:\s+(?:small|smaller|big|bigger|large|larger|huge|tiny|bold))?"
    r"\s+(?:at|on|across|along|in|near|over)"
    r"\s+the\s+(?:very\s+)?" + _PLACES + r"\b",
    re.IGNORECASE,
)
# "write Rainy Day Deal on the sleeve", "write 雨天第二杯半价 on the cup": words written on a
# part of the thing shown. Only "write", whose object is always words, and only words that
# open in a capital, a figure or another script ("write something nice on the card" says
# nothing to letter).
_EN_WRITE_ON_PART_RE = re.compile(
    r"\b(?i:write)\s+(?P<x>(?:[A-Z0-9]|[^\x00-\x7f])[^\n]{0,60}?)\s+"
    r"(?i:on)\s+(?i:the|its|our|each|every)\s+[a-z]+(?:\s+[a-z]+)?(?=\s*(?:[.,;!]|$|\s+(?:and|then)\b))"
)
# "… and put on it Fresh cinnamon buns every Saturday from 8am thank you": the copy after
# "put on it", up to a lower-case sign-off.
_EN_PUT_ON_IT_RE = re.compile(
    r"\b(?:put|write|add|print)\s+(?:on|onto)\s+(?:it|this|the\s+(?:image|picture|poster|banner|"
    r"post|story|flyer|visual))\s*:?\s+(?P<x>[^\n]+?)"
    r"(?=\s+(?-i:thank\s+you|thanks|thx|please|pls|cheers)\b|\s*$)",
    re.IGNORECASE,
)
_STYLE_WORDS = (
    r"(?:white|black|gold|golden|silver|red|blue|green|yellow|pink|orange|purple|navy|teal|"
    r"grey|gray|brown|cream|bold|big|large|small|huge|tiny|capitals|caps|uppercase|"
    r"lowercase|italics?|serif|sans(?:-serif)?|script|neon|handwriting|handwritten|"
    r"\w+\s+(?:letters|lettering|font|type|typeface))"
)
# Where unquoted English copy stops: a modifier about how or where it is drawn, or the
# next clause.
# "in that spot", "under the logo", "bottom right": where the copy goes, said after it.
_SPOTS = r"(?:spot|space|place|area|gap|box|blank|patch)"
_BESIDE = r"(?:logo|photo|picture|image|headline|heading|title|price|date|name)"
_PLACE_AFTER = (
    r"(?:(?:in|at|on|into|over)\s+(?:the|that|this|this\s+empty|the\s+empty)\s+" + _SPOTS + r"\b"
    r"|(?:under|below|above|beneath|beside|next\s+to|over)\s+(?:the|our|my|its|that)\s+"
    + _BESIDE
    + r"\b|(?:(?:at|in)\s+(?:the\s+)?)?(?:top|bottom|upper|lower)[ -](?:left|right)\b)"
)
_EN_TAIL_RE = re.compile(
    r"\s+(?:(?:in|at|on|across|over|under|below|above|along|near|using|with)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:" + _STYLE_WORDS + r"|" + _PLACES + r")\b"
    r"|"
    + _PLACE_AFTER
    + r"|and\s+(?:add|put|use|make|include|show|place|a|an|the|our|with|leave|keep|don't|then|"
    r"do\s+not)\b"
    # "… somewhere near the top", "… right at the bottom": where, not what.
    r"|somewhere\b|(?:right|up|down|just)\s+(?:at|on|in|near|by|top|bottom)\b"
    # "add the line Chef's Special underneath": a bare place word closing unquoted copy says
    # where it goes, not what it says.
    r"|(?:underneath|beneath|below|under\s+(?:it|that|this)|(?:below|above|over)\s+(?:it|that|this)|"
    r"on\s+top(?:\s+of\s+(?:it|that|this))?|up\s+top|down\s+below)\s*[.!]?\s*$"
    r"|(?:not|instead\s+of|rather\s+than)\s"
    r"|(?:for|on)\s+(?:a|an|the|our|my)\s)"
)
_ADDED_LINE_RE = re.compile(r"(?i)\b(?:add|put|write|print|place|include)\s+(?:the\s+|a\s+)?$")
_PLACED_TAIL_RE = re.compile(
    r"\s+(?:(?:in|at|on|across|along|near)\s+(?:the\s+)?(?:very\s+)?"
    + _PLACES
    + r"\b|"
    + _PLACE_AFTER
    + r")"
)
_EN_FUNCTION_START = re.compile(
    r"(?:in|on|at|to|for|of|with|and|or|the|a|an|this|that|it|is|be|from|by|as|more|less|"
    r"bigger|smaller|larger|colou?r|size|font|style|here|there)\b",
    re.IGNORECASE,
)

# "header SUMMER MENU and then these lines": a header names the copy only before a run of
# capitalised words ("twitter header for the opener" names a format).
_EN_HEADER_RE = re.compile(
    r"\b(?i:header|heading)[ \t]+(?P<x>[A-Z][\w'’&!-]*(?:[ \t]+[A-Z0-9][\w'’&!.-]*)*)"
)
# ... or a run of capitals ("IN STOCK", "ON SALE NOW"): lettering, not a preposition
_TITLE_START = re.compile(r"[A-Z][a-z]*\s+[A-Z0-9]|[A-Z]{2,}\s+[A-Z0-9]{2,}")
_CJK_STOP = "、。，,;；\n"
# Chinese copy has no spaces, but Latin copy inside it does: 上面写 RUN YOUR CITY. A space
# followed by Latin letters or digits goes on with the copy; one before Han ends it.
_LATIN_RUN = r"(?:[ \t]+[A-Za-z0-9$€£¥%&'’!?.+#@-][A-Za-z0-9$€£¥%&'’!?.+#@-]*)*"
# 写 on its own, before a space, a colon or Latin copy (写 满1000减150, 写SALE): not the 写
# of 手写, 描写, 大写, 写字楼 or 写实.
# After katakana 写 ends a Japanese noun (アー写2枚, 宣材写), no verb of writing.
_WRITTEN_ON_LATIN = (
    "(?:"
    + "|".join(
        f"(?<={cue} )"
        for cue in ("面写", "面寫", "写上", "写着", "写有", "寫上", "寫著", "寫有", "印上")
    )
    + ")"
)
_BARE_WRITE = (
    r"(?<![手描大小速抄改书聽听默编撰缩特轻寫写字\u30a1-\u30fa\u30fc])(?:写|寫)"
    r"(?=[ \t:：]|[A-Za-z]|\d(?!\d*\s*枚))"
)
_INDIC_STOP = "।,\n"
# A date after a weekday's comma goes on with it: শুক্রবার, ১৮ অক্টোবর.
_DATE_AFTER_COMMA = (
    r",[ \t]*[০-৯\d]{1,2}[ \t]+(?:জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|"
    r"সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর)"
)
# Unquoted copy before or after the cue words of the other five languages. The copy is
# taken from the last clause break (or the start) to the cue, or from the cue to the next
# break; a span holding masked (quoted) text is left to the quote.
_JA_CUES = 2  # the first two patterns below, Japanese
_ZH_COLON_CUE = 4  # 写：…, whose copy may go on past a comma
# A Bengali clause that asks something (করো, দাও, হবে): its words are a request, not copy.
_BN_ASKS = r"করো|করুন|করে|দাও|দিন|দিও|হবে|চাই|লাগবে|থাকবে|সরাও|বদলাও|বানাও|বানান|রাখো|বসাও|লাগাও"
# How copy is lettered, said between its cue and the verb: 赤で, 白抜きで, 太字で.
_JA_LETTERING = (
    r"(?:赤|青|白|黒|金|銀|黄色|黄|緑|ピンク|オレンジ|紫|茶色|赤字|白抜き|白字|黒字|太字|"
    r"金色|銀色|大きめ|小さめ|大きい字|小さい字)"
)
_CUE_RES = [
    # ja: 春の訪れという文字 / ありがとうと書いて
    re.compile(
        rf"(?P<x>[^{_CJK_STOP}\s{_MASK}「」『』]+)(?:という|って)"
        r"(?:文字|テキスト|コピー|文言|言葉|メッセージ|見出し|フレーズ)"
    ),
    re.compile(
        # a comma inside Latin copy is its own: "BE BRAVE, PLAY FREE と大きく入れて"
        rf"(?P<x>(?:[^{_CJK_STOP}{_MASK}「」『』]|(?<=[A-Za-z0-9!?.%]),(?=[ \t]*[A-Za-z0-9]))+?)"
        r"(?:[、，][ \t]*)?(?:(?<!っ)と|って)"
        # ... with its colour or weight between (SALEって赤（#E60012）で入れて): no copy
        rf"(?:{_JA_LETTERING}(?:[（(][^）)\n]{{1,12}}[）)])?で)?"
        r"(?:書いて|書く|書き|入れて|入れる|記載|表示|大きく|大きめ|小さめ|目立つ|載せて)"
    ),
    # ko: 새로운 시작이라는 문구 / 봄이 왔어요라고 써
    re.compile(
        rf"(?:^|[{_CJK_STOP}.!?]\s*)(?P<x>[^{_CJK_STOP}.{_MASK}]+?)(?P<particle>\s?이?라는)"
        r"\s*(?:문구|텍스트|글자|카피|말|메시지|문장|슬로건|헤드라인)"
    ),
    re.compile(
        rf"(?:^|[{_CJK_STOP}.!?？]\s*)(?P<x>[^{_CJK_STOP}.?？{_MASK}]+?)(?P<particle>\s?이?라고)"
        r"\s*(?:[\uAC00-\uD7A3]+\s+)?(?:써|적어|넣어|쓰|써서|적|표시|붙여|달아|박아)"
    ),
    # zh: 就写：全场 五折 / 上面写：春季 上新: after the colon the copy runs to the clause's
    # end, spaces included.
    # ... and so after 文案就一句—— / 标语只有一句：, the one line the copy is.
    re.compile(
        r"(?:(?<![手描大小速抄改书聽听默编撰缩特轻寫写])(?:写|寫|印)(?:着|著|上|成|的是)?"
        r"[ \t]*[:：]"
        r"|(?:标题|標題|文案|文字|标语|標語|口号|口號)?(?:改成|换成|換成|改为|改為)"
        # 换成一行小字：…: the size of the line before its colon
        r"(?:一行|一句)?(?:[小大粗细細]?字)?[ \t]*[:：]"
        r"|(?:文案|标语|標語|口号|口號|文字|广告语|廣告語|宣传语|宣傳語)"
        r"(?:(?:就|只有|只要|只)?(?:一句(?:话|話)?|一行(?:字)?)[ \t]*(?:[:：]|——|—|–|--?)?"
        r"|[ \t]*(?:——|—|–)))"
        r"[ \t]*"
        rf"(?P<x>[^{_CJK_STOP}{_MASK}]+)"
    ),
    # zh: 写上 新鲜出炉 每天下午三点: set off by a space, the copy runs to the clause's end.
    re.compile(
        r"(?:上面写(?:着|上|有)?|上面寫(?:著|上|有)?|写上|写着|写有|寫上|寫著|寫有|印上|印着|印著|印有|"
        rf"改成|改为|改為|换成|換成|{_BARE_WRITE})"
        # Latin copy only after "written on it" (上面写 TEA TIME 买一送一), not after 改成 or
        # a bare 写, which may name a colour or run into the brief (写 OPEN LATE 的海报).
        rf"[ \t]+(?P<x>(?:[\u4e00-\u9fff0-9]|{_WRITTEN_ON_LATIN}[A-Z])"
        rf"(?:[^{_CJK_STOP}{_MASK}\s]|{_SPACE_GOES_ON})*)"
    ),
    # zh: 上面写着全场五折 / 印上新品首发
    re.compile(
        rf"(?:上面写(?:着|上|有)?|上面寫(?:著|上|有)?|写上|写着|写有|寫上|寫著|寫有|印上|印着|印著|"
        rf"印有|配上文字|加上文字|{_BARE_WRITE})\s*[:：]?\s*"
        # 写上去 / 写上来: the verb's direction, no copy
        rf"(?P<x>(?![着上有著])(?![去来來](?![\u4e00-\u9fff]))[^{_CJK_STOP}\s{_MASK}]+{_LATIN_RUN})"
    ),
    re.compile(
        rf"(?:加一行字|加一句|加一行|加上文字|加个字|加點字|加点字|文字写|文字寫)\s*[:：]?\s*"
        rf"(?P<x>[^{_CJK_STOP}{_MASK}]+)"
    ),
    re.compile(rf"(?:加上|加|写上|寫上|印上)\s*(?P<x>[^{_CJK_STOP}{_MASK}]+?)\s*(?:字样|字樣)"),
    # Hinglish and Banglish: jisme likha ho …, lekha thakbe …
    re.compile(
        r"(?i)\b(?:jisme|jis\s*(?:par|pe|mein))\s+likha\s+(?:ho|hua\s+ho|rahe)\s+"
        rf"(?P<x>[^{_INDIC_STOP}{_MASK}]+)"
    ),
    re.compile(rf"(?i)\blekha\s+thak(?:be|uk)\s+(?P<x>[^{_INDIC_STOP}{_MASK}]+)"),
    # hi: जिस पर लिखा हो गर्मी की सेल / जिस पर ताज़ा ब्रेड लिखा हो
    re.compile(rf"लिखा\s+(?:हुआ\s+)?(?:हो|रहे)(?:\s+कि)?\s+(?P<x>[^{_INDIC_STOP}{_MASK}]+)"),
    re.compile(
        rf"(?:जिस\s*पर|जिसमें|जिस\s+में)\s+(?P<x>[^{_INDIC_STOP}{_MASK}]+?)\s+"
        r"(?:लिखा\s+हुआ\s+हो|लिखा\s+हो|लिखा\s+रहे|लिखा\s+हुआ|लिखें|लिखो)"
    ),
    # hi: "ऊपर लिखो हर शनिवार सुबह 11 बजे": the verb opening its clause, after where it goes;
    # "लिखो बड़े अक्षरों में" says how, not what.
    re.compile(
        r"(?:^|[,।.]\s*)(?:(?:ऊपर|नीचे|बीच\s+में|कोने\s+में|साइड\s+में|उस\s*पर|इस\s*पर|"
        # ... any surface named ("स्टोरी पर"), and "यह" pointing at the copy to come
        r"पोस्टर\s+पर|इमेज\s+पर|[^\s,।.]+\s+पर)\s+)?(?:(?:यह|ये)\s+)?"
        r"(?:लिखो|लिखिए|लिखिये|लिखें|लिख\s+दो|लिख\s+दीजिए)\s+"
        # an emoji between the verb and the copy marks where it opens, as a colon would
        rf"(?:[^\w\s,।.{_MASK}]{{1,4}}\s+)?"
        rf"(?!बड़े|बड़ा|छोटे|छोटा|मोटे|अक्षर|अच्छ|कुछ|कोई)(?P<x>[^{_INDIC_STOP}{_MASK}]+)"
    ),
    # bn: যেখানে লেখা থাকবে শুভ নববর্ষ / উপরে লেখো … / যেখানে … লেখা থাকবে
    # ... a date after the weekday's comma is the same line: শুক্রবার, ১৮ অক্টোবর.
    re.compile(
        r"(?:লেখা\s+থাকবে|লেখা\s+থাকুক|লেখা\s+থাকে|লিখে\s+দাও|লিখে\s+দিন|লেখো|লিখুন|লিখবে|লিখো)"
        rf"\s+(?P<x>[^{_INDIC_STOP}{_MASK}]+(?:{_DATE_AFTER_COMMA}[^{_INDIC_STOP}{_MASK}]*)?)"
    ),
    # bn: ", লেখা পুজোর অফার ৩০% ছাড়": লেখা opening its clause labels the copy after it,
    # unless the clause asks something of the writing (লেখা বড় করো, লেখা সরিয়ে দাও).
    re.compile(
        r"(?:^|[,।]\s*)লেখা\s+(?!থাক|আছে|ছাড়া|নেই|না\b|টা|টি|গুলো|বড়|ছোট|মোটা|হবে)"
        rf"(?![^{_INDIC_STOP}{_MASK}]*(?:{_BN_ASKS}))"
        rf"(?P<x>[^{_INDIC_STOP}{_MASK}]+)"
    ),
    # bn: "উপরে MEGA DEAL", "লোগো উপরে ✨ Eid Collection 2025": a place, then Latin copy or an
    # emoji opening the copy, with no verb in the clause.
    re.compile(
        r"(?:^|[,।]\s*)(?:লোগো(?:র)?\s+)?(?:উপরে|ওপরে|নিচে|নীচে|মাঝে|মাঝখানে|কোণে|পাশে)\s+"
        rf"(?![^{_INDIC_STOP}{_MASK}]*(?:{_BN_ASKS}))"
        r"(?:[\u2600-\u27BF\U0001F300-\U0001FAFF]\uFE0F?\s*(?=\S)|(?=[A-Z0-9]))"
        rf"(?P<x>[^{_INDIC_STOP}{_MASK}]+)"
    ),
    # bn: "একটা ব্যাজ দাও: নতুন": the colon after a badge or tag asked for gives its text.
    re.compile(
        r"(?:ব্যাজ|ট্যাগ|স্টিকার|লেবেল|(?i:\bbadge|\btag|\bsticker|\blabel))(?:টা|টি)?\s+"
        r"(?:দাও|দিন|দিও|লাগাও|লাগিয়ে\s+দাও|বসাও|(?i:dao|din|dio|lagao|lagiye\s+dao))\s*[:：]\s*"
        rf"(?P<x>[^\n{_MASK}]+)"
    ),
    re.compile(
        r"(?:যেখানে|যাতে|যার\s+(?:উপর|ওপর|উপরে))"
        rf"\s+(?P<x>[^{_INDIC_STOP}{_MASK}]+?)\s+(?:লেখা\s+থাকবে|লেখা\s+থাকে|লেখা\s+থাকুক)"
    ),
    # ko/ja/zh: "이걸로요: 3월 31일까지 무이자 할부", これで：…, 改为这个：…
    re.compile(
        r"(?:이걸로요?|이거로요?|이렇게요?|これで|こちらで|用这个|用這個|इससे|এটা\s+দিয়ে)\s*[:：]\s*"
        rf"(?P<x>[^\n{_MASK}]+)"
    ),
    # hi: "neeche chhota sa add karo — Free home delivery above ₹999": the copy after the dash.
    re.compile(
        r"(?i)\b(?:(?:add|likh|daal|laga|jod)\s+(?:karo|kar\s+do|do|dijiye|kijiye)|"
        # ... asked formally: "yeh pankti jodne ka kasht karein: …"
        r"(?:add\s+karne|likhne|daalne|lagane|jodne)\s+ka\s+kasht\s+kar(?:ein|en|e))\s*[—–:-]+\s*"
        rf"(?P<x>[^\n{_MASK}]+)"
    ),
    # hi: "अब 15 जनवरी लिखिए": a new value before the verb of writing, after "now".
    re.compile(
        rf"(?:^|[,।]\s*)(?:अब|सिर्फ़?|केवल)\s+(?P<x>[^{_INDIC_STOP}{_MASK}]{{1,30}}?)\s+"
        r"(?:लिखिए|लिखिये|लिखो|लिखें|लिख\s+दो|लिख\s+दीजिए)"
    ),
    # ja: "価格表示として ¥3,800(税込) と追記": copy set off by spaces before と and a verb of
    # writing it in.
    re.compile(
        rf"[ \t　](?P<x>[^\s、。{_MASK}][^、。\n{_MASK}]*?)[ \t　]+と(?:追記|記載|記入|表示|明記|"
        r"書き(?:入れ|加え|添え)|書いて|入れて|添えて)"
    ),
]
# Copy told without marks that any message may carry: "in caps ALL YOU CAN EAT" (the run of
# capitals) and テキスト→ 夏ダイヤ 7/20〜8/31 (an arrow after the label, not after old copy).
_MARKLESS_RES = [
    re.compile(
        r"(?i:\bin\s+(?:all\s+)?(?:caps|capitals|capital\s+letters|upper\s*case)[ \t]+)"
        # Sentences of capitals go on past a full stop ("MADE IN DHAKA. SHIPPED WORLDWIDE."),
        # when the next one runs to the end of its line in capitals too.
        r"(?P<x>[A-Z0-9][A-Z0-9'’&!%$#-]*(?:[ \t]+[A-Z0-9'’&!%$#-]+)*"
        r"(?:[.!?](?:[ \t]+[A-Z0-9][A-Z0-9'’&!%$#-]*(?:[ \t]+[A-Z0-9'’&!%$#-]+)*[.!?]?)+"
        r"(?=[ \t]*(?:\n|$))|)"
        r")(?![a-z])"
    ),
    re.compile(
        r"(?:テキスト|文字|文言|コピー|文案|标题|標題|문구|텍스트|(?i:\btext\b|\bcopy\b|\bheadline\b))"
        rf"[ \t]*(?:→|⇒|->|=>)[ \t]*(?P<x>[^\n{_MASK}]+)"
    ),
    # A verb of writing, then a colon: the line after it is the copy, its commas kept
    # ("ওটা বদলে লেখো: ১২ পার্ক স্ট্রিট, কলকাতা").
    re.compile(
        r"(?:লেখো|লিখুন|লিখে\s+দাও|লিখে\s+দিন|लिखो|लिखिए|लिखें|लिख\s+दो|लिख\s+दीजिए|"
        r"(?:लिखने|जोड़ने)\s+का\s+कष्ट\s+करें|"
        r"(?i:\b(?:likho|lekho|likh\s+do|likhe\s+dao)\b))"
        rf"[ \t]*[:：][ \t]*(?P<x>[^\s{_MASK}][^\n{_MASK}]*)"
    ),
]
_CAPS_SENTENCES = re.compile(r"[.!?][ \t]+[A-Z0-9]")
# Dictation has no full stop to end the copy: after its cue the copy runs to the end of the
# message ("and the tagline is same day emergency call outs", "aur likho ladies batch
# special", "text hobe ek mase licence", "और उस पर लिखो ताज़ा गन्ने का रस"), or to a
# trailing particle (文字は 夏こそ運転デビュー で). Read only in a message with no stops, where
# the end of the message is the end of what was said.
_UNPUNCTUATED = re.compile(r"[.!?。！？।](?:\s|$)")
_DICTATED_RES = [
    re.compile(
        r"(?i)\b(?:the\s+)?(?:words?|wording|tagline|slogan|text|headline|title|copy)\s+"
        r"(?:is|are|should\s+be|will\s+be|would\s+be|gonna\s+be|going\s+to\s+be)\s+"
        r"(?!(?:too|wrong|fine|good|great|ok|okay|perfect|off|missing|hard|not|a|an|the|bit|way|"
        r"so|very|really|still|blurry|tiny|small|big|huge|up\s+to|in|on|at|for)\b)"
        rf"(?P<x>[a-z0-9][^\n{_MASK}]*?)[ \t]*$",
        re.MULTILINE,
    ),
    re.compile(
        r"(?<=\s)(?:(?:उस|इस)\s*पर\s+|ऊपर\s+|नीचे\s+)?"
        r"(?:लिखो|लिखिए|लिखें|लिखना\s+है|लिख\s+दो|लिखा\s+हो)\s+"
        r"(?!और\s|बड़े|बड़ा|छोटे|छोटा|मोटे|अक्षर|अच्छ|कुछ|कोई)"
        rf"(?P<x>[^{_INDIC_STOP}{_MASK}]+?)\s*$"
    ),
    re.compile(
        r"(?i)\b(?:likho|likh\s+do|likhna\s+hai|likha\s+ho|lekho|likhe\s+dao|lekha\s+thakbe|"
        r"text\s+(?:hoga|hogi|ho|hobe|thakbe|rakho|rakhbe|likho|lekho))\s+"
        r"(?!(?:bada|bade|badi|chhota|chhote|mota|bold|aur|ar|kuch|koi|kichu|na|nahi|neeche|niche|nichhe|"
        r"upar|upor|upore|yahan|wahan|ekhane)\b)"
        # A comma is no stop: "lekha thakbe GORAM RAMEN, THANDA DINE" is one line of copy.
        rf"(?P<x>[a-z0-9][^\n.!?।{_MASK}]*?)[ \t]*$",
        re.MULTILINE,
    ),
]
# Where dictated copy ends when nothing marks it: at a filler ("um", "you know", えーと, 음,
# 那个), at a word that closes the dictation (okay, 以上, bas, ব্যস), at "and" going on to the
# next instruction ("and like show …", "and make …"), or at the end of the message.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{3,}")
_DICTATION_STOP = (
    r"(?=[ \t]+(?:(?i:and\s+(?:like|then|also|maybe|show|make|put|use|add|have|give)|um+|uh+|"
    r"erm|you\s+know|okay|ok|bas|byas)\b|えーと|ええと|えっと|以上|음+(?:\s|$)|어+\s|그리고|"
    r"那个|嗯|然后|बस|ব্যস)|[ \t]*$)"
)
# ... after a cue to letter it with no colon or quotes: "headline Birria Nights are back and
# like …", "each card says at the bottom Book by Friday", "across the top NO HOT WATER?"
# (its first letter a capital, as dictation writes a name), 見出し 駅前で朝七時から えーと,
# and before the verb that puts it: 上に 限定30食 って入れて, 밑에 오늘만 반값 써줘,
# 영어로 Open Late 쓰고.
_DICTATED_CUE_RES = [
    re.compile(
        r"(?i:\b(?:headline|tagline|slogan|title|caption|heading)|"
        # what the image says, not a person ("my daughter says Fresh Today sounds better")
        r"\b(?:slide|card|page|post|poster|banner|flyer|sign|image|picture|it|one|story|tile|"
        r"sticker|label|tag|menu|board)s?\s+"
        r"(?:says|say|reads|read)(?:\s+(?:at|on|along|across)\s+the\s+(?:top|bottom|side|middle))?|"
        r"\b(?:across|along)\s+the\s+(?:top|bottom))[ \t]+"
        r"(?!(?i:is|are|should|will|would|in|on|at|to|for|and|with|of)\b)"
        rf"(?P<x>(?-i:[A-Z0-9$£€])[^\n{_MASK}]*?){_DICTATION_STOP}"
    ),
    re.compile(
        r"(?:見出し|タイトル|キャッチコピー|キャッチ|コピー|文言|テキスト)(?:は)?[ \t]+"
        # 大きめで, 赤く: how the headline looks, not what it says
        rf"(?P<x>[^\s{_MASK}、。]+)(?<![でにくを]){_DICTATION_STOP}"
    ),
    re.compile(
        r"(?<=[^\s])(?:に|には|へ)[ \t]+"
        rf"(?P<x>[^\s{_MASK}、。]+)[ \t]*(?:って|と)(?:入れ|書い|載せ|のせ)"
    ),
    re.compile(
        r"(?:위에|밑에|아래에?|아래쪽에|위쪽에|상단에|하단에|가운데에?|영어로|영문으로)[ \t]+"
        # 라고 closes the copy, a size may come before the verb ("SALE 라고 크게 써줘")
        rf"(?P<x>(?:(?!라고)[^\n{_MASK}])+?)[ \t]*(?:이?라고[ \t]*(?:\S+[ \t]+)?)?"
        r"(?:써|적어|넣어|쓰고|적고|넣고)"
    ),
]
# A label or a verb of writing, then copy in another script with no colon or quotes:
# হেডলাইন We're hiring, uspe likho GST फाइलिंग अब आसान, 标题 SUMMER SALE, 見出し Big Day,
# 헤드라인 NEW IN. The switch of script says where the copy starts. In Hindi and Bengali the
# copy runs to the clause's end (it may go on in the native script); beside Japanese,
# Korean and Chinese it is the Latin run.
_SWITCH_INDIC_RE = re.compile(
    r"(?:हेडलाइन|शीर्षक|टाइटल|टेक्स्ट|कैप्शन|टैगलाइन|स्लोगन|लिखो|लिखिए|लिखें|लिख\s+दो|लिख\s+दीजिए|"
    r"হেডলাইন|শিরোনাম|টাইটেল|টেক্সট|ক্যাপশন|ট্যাগলাইন|স্লোগান|লেখো|লিখুন|লিখে\s+দাও|লিখে\s+দিন)"
    rf"[ \t]*[:：-]?[ \t]+(?P<x>[A-Z0-9$₹৳][^{_INDIC_STOP}{_MASK}]*)"
    r"|(?i:\b(?:likho|likh\s+do|likh\s+dena|likhiye|likhna\s+hai|lekho|likhe\s+dao|likhun|"
    # bare "likhna" with no colon: one after it is a label another pattern takes whole
    r"likhe\s+din|likhna(?![ \t]*[:：])))"
    rf"[ \t]*[:：-]?[ \t]+(?P<y>(?:[A-Z0-9$₹৳]|[\u0900-\u09ff])"
    rf"(?:[^{_INDIC_STOP}{_MASK}]|(?<=\d),(?=\d))*)"
)
_SWITCH_CJK_RE = re.compile(
    r"(?:(?<![A-Za-z])(?i:copy|text|headline|title|tagline|slogan)(?:は|는|은|是|为|為)"
    r"|見出し|タイトル|キャッチコピー|コピー|テキスト|文言|헤드라인|제목|문구|카피|텍스트|标题|主标题|"
    r"副标题|標題|文案|标语|標語|口号|口號"
    # ... the language it is in said between: 文字は英語で, 문구는 영어로, 文案用英文
    r"|(?:文字|文言|コピー|テキスト)(?:は|を)?[ \t]*(?:英語|英字|ローマ字)で"
    r"|(?:문구|텍스트|카피|글자)(?:는|은)?[ \t]*(?:영어|영문)(?:으로|로)"
    r"|(?:文字|文案|标语)(?:用|是)?[ \t]*(?:英文|英语|英語))[ \t]*[:：]?[ \t]+"
    r"(?P<x>[A-Z0-9$€£¥#@][A-Za-z0-9$€£¥%&'’!?.+#@-]*"
    r"(?:,?[ \t]+(?:[A-Za-z0-9$€£¥%&'’!?.+#@-]+|[—–](?=[ \t]+[A-Z0-9])))*)"
)
# ... and the copy before the verb, in the order Hindi and Bengali put it: ইংরেজিতে Join Our
# Team লিখে দাও, नीचे Free Delivery लिखो; romanised (upar Sale Live Hai likho), a run of
# capitalised words.
_SWITCH_BEFORE_RE = re.compile(
    r"(?<![A-Za-z0-9'’])(?!\d+\s*[x×*]\s*\d+\b)(?P<x>[A-Z0-9$₹৳][A-Za-z0-9$₹৳%&'’!?.+#@,-]*"
    r"(?:[ \t]+[A-Za-z0-9$₹৳%&'’!?.+#@,-]+)*)(?<!,)[ \t]+"
    r"(?:লিখে\s+দাও|লিখে\s+দিন|লিখে\s+দেবেন|লিখে\s+দিবেন|লিখে\s+দিতে|লেখো|লিখুন|লিখবে|"
    r"লেখা\s+থাকবে|लिखो|लिख\s+दो|लिखें|लिखिए|लिख\s+दीजिएगा|लिख\s+दीजिए|लिख\s+देंगे|लिखा\s+हो)"
    r"|(?<![A-Za-z0-9'’])(?!(?i:upar|neeche|niche|beech|upore|niche)\b)"
    r"(?P<y>[A-Z0-9₹৳$][\w'’!%&.-]*(?:[ \t]+(?:[A-Z0-9][\w'’!%&.-]*|only|off|sirf|matro))*)[ \t]+"
    r"(?i:likho|likhna|likh\s+do|likh\s+dena|lekho|likhe\s+dao|likhun|likhe\s+(?:diben|deben|din|dite)|"
    r"likh\s+(?:dijiye|dijiyega|denge|doge|dena))\b"
)
# An edit that sets one piece of copy to a new value: "change the headline to Now Open",
# "replace the price with $19.99", 把价格改成￥99, 見出しを新メニューに変えて,
# 제목을 주말 특가로 바꿔, हेडलाइन बदलकर नया ऑफ़र कर दो, শিরোনামটা বদলে নতুন অফার করে দাও.
_COPY_FIELDS = (
    r"(?:" + _EN_LABEL_WORDS + r"|prices?|date|time|discount|offer|phone number|url|website|"
    r"hashtag|handle|phone|number|address|email|venue|day|"
    # the small lettered pieces on a visual: a tag, a badge, a sticker, a sign
    r"tag|label|badge|sticker|stamp|ribbon|sign)"
)
_ENGLISH_TAIL = re.compile(r"[,;][ \t]+(?=[a-z][a-z' ]*(?:[,.!]|$))(?=[\x00-\x7f]*$)")
_SET_COPY_RES = [
    re.compile(
        r"\b(?:change|update|set|make|replace|swap|switch|turn|edit|fix)\s+(?:the\s+)?"
        # ... one word may say which: "the corner tag", "the top headline"
        + r"(?:(?!to\b)[\w-]+\s+)?"
        + _COPY_FIELDS
        # ... and where it is: "the date in this bit", "the phone number at the bottom".
        + r"(?:\s+(?:in|on|at)\s+(?:this|that|the)(?:\s+(?!to\b)[\w-]+)?)?"
        + r"\s+(?:(?:so\s+)?(?:it|that\s+it)\s+(?:reads|says)|to\s+(?:read|say)|to|with|into|as)\s+"
        r"(?P<x>[^\n]+)",
        re.IGNORECASE,
    ),
    # "swap the headline for Open Late Fridays": the field traded for its new value.
    re.compile(
        r"\b(?:swap|switch|trade|exchange)\s+(?:out\s+)?(?:the\s+)?"
        + _COPY_FIELDS
        + r"\s+(?:out\s+)?for\s+(?P<x>[^\n]+)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:标题|主标题|副标题|价格|价钱|文字|文案|标语|口号|日期|时间|折扣|標題|價格|文字|文案|"
        rf"电话号码|电话|手机号|號碼|电話|電話號碼|電話|地址|网址|網址|营业时间|營業時間)"
        rf"(?:改成|换成|改为|变成|改成為|換成|改為|變成)\s*"
        # Set off by spaces, the value runs on to the next instruction: 10月26日 7:30 开跑.
        rf"(?P<x>[^{_CJK_STOP}\s{_MASK}]+(?:{_SPACE_GOES_ON}[^{_CJK_STOP}\s{_MASK}]+)*)"
    ),
    re.compile(
        rf"(?:見出し|タイトル|価格|値段|文字|文言|コピー|日付|日時|時間|電話番号|番号|住所)"
        rf"(?:を|だけ|は|も)\s*"
        rf"(?P<x>[^{_CJK_STOP}{_MASK}を]+?)\s*に(?:変えて|変更|書き換え|直して|なおして|修正)"
    ),
    re.compile(
        rf"(?:제목|가격|문구|헤드라인|텍스트|날짜|전화번호|번호|주소|시간)(?:을|를)?\s+(?:그냥|좀|한번)?\s*"
        rf"(?P<x>[^{_CJK_STOP}{_MASK}.!?]+?)\s*(?:으로|로)\s*"
        r"(?:바꿔|변경|수정|고쳐)"
    ),
    # The field and its new value with no verb, the whole message: "제목을 여름 특가로",
    # "headline to Summer Sale", 「見出しを夏の大売り出しに」, "title ab Monsoon Sale".
    re.compile(
        rf"^[ \t]*(?:제목|가격|문구|헤드라인|텍스트|날짜|시간)(?:을|를|은|는)?[ \t]+"
        rf"(?P<x>[^{_CJK_STOP}{_MASK}.!?\n]+?)[ \t]*(?:으로|로)"
        r"(?:요|\s*부탁(?:해요|합니다|드려요))?[ \t.!~]*$"
    ),
    re.compile(
        r"^[ \t]*(?:(?:and|now|ok|okay|then)[ \t,]+)?(?:the[ \t]+)?(?:"
        + _EN_LABEL_WORDS
        + r"|prices?)[ \t]+to[ \t]+(?P<x>[A-Z0-9£$€₹][^\n]*?)[ \t]*(?:,?[ \t]*(?:please|pls|plz))?"
        r"[ \t.!]*$"
    ),
    re.compile(
        rf"^[ \t]*(?:見出し|タイトル|文言|コピー)(?:を|は)[ \t]*(?P<x>[^{_CJK_STOP}{_MASK}を\n]+?)"
        r"[ \t]*(?:に|で)(?:お願いします|お願い|ね)?[ \t。!！]*$"
    ),
    # "Not the old value but the new one": 12/12 じゃなくて 12/21 になおして, 3시 말고 4시로
    # 바꿔, 不是12号 改成21号, 5 nahi 6 baje kar do, ৫টা নয় ৬টা করো.
    re.compile(
        rf"(?:じゃなくて|じゃなく|ではなくて|ではなく)\s*(?P<x>[^{_CJK_STOP}{_MASK}]+?)\s*に"
        r"(?:変えて|変更|書き換え|直して|なおして|修正|して)"
    ),
    # A correction ending the message: 11月16日じゃなくて11月23日です, 숨간 아니고 순간이요.
    re.compile(
        rf"(?:じゃなくて|ではなくて|ではなく)\s*(?P<x>[^\n{_CJK_STOP}{_MASK}]+?)"
        r"(?:です|でした|になります|でお願いします)[。.!！]*\s*$"
    ),
    re.compile(rf"\s아니고\s+(?P<x>[^\n.!?{_MASK}]+?)(?:이요|예요|이에요|입니다|요)?\s*[.!?]*\s*$"),
    re.compile(
        # Only a value with a figure: "장미 말고 튤립으로 해 주세요" changes the subject.
        rf"\s말고\s+(?P<x>[^{_CJK_STOP}{_MASK}]*?\d[^{_CJK_STOP}{_MASK}]*?)\s*(?:으로|로)\s*"
        r"(?:바꿔|변경|수정|고쳐|해)"
    ),
    re.compile(
        # The old value stops at its comma, unless the change verb follows it ("背景是" after
        # the comma describes the scene).
        rf"不是[^{_CJK_STOP}\s]+?\s*(?:[，,]?\s*(?:改成|换成|換成|改为|改為)|是)\s*"
        rf"(?P<x>[^{_CJK_STOP}\s{_MASK}]+{_LATIN_RUN})"
    ),
    re.compile(
        r"(?i:\b(?:nahi|nahin|na|noy)\s+)"
        rf"(?P<x>\d[^{_INDIC_STOP}{_MASK}]*?)\s+(?:kar\s+do|kar\s+dijiye|karo|koro|kore\s+dao)\b"
    ),
    re.compile(
        rf"(?:नहीं|নয়|না)[,，]?\s+(?P<x>[$₹৳]?\s?[\d০-৯०-९][^{_INDIC_STOP}{_MASK}]*?)\s+"
        r"(?:कर दो|कर दें|कीजिए|करो|করো|করে দাও|করুন|लिखो|लिखें|लिखिए|লেখো|লিখুন|লিখে দাও|লিখে দিন)"
    ),
    re.compile(
        r"(?:हेडलाइन|शीर्षक|कीमत|दाम|टेक्स्ट|फ़ोन नंबर|फोन नंबर|नंबर|तारीख़|तारीख|पता|समय)"
        r"\s+(?:बदलकर|बदल कर|को)\s+"
        rf"(?P<x>[^{_INDIC_STOP}{_MASK}]+?)\s+"
        r"(?:कर दो|कर दें|कीजिए|करो|में बदल दो)"
    ),
    re.compile(
        rf"(?:শিরোনাম|দাম|লেখা|ফোন নম্বর|নম্বর|তারিখ|ঠিকানা|সময়)(?:টা|টি)?\s+"
        rf"(?:[^\s{_INDIC_STOP}]+\s+){{0,3}}?(?:থেকে\s+)?বদলে\s+"
        rf"(?P<x>[^{_INDIC_STOP}{_MASK}]+?)\s+"
        r"(?:করে দাও|করো|করুন)"
    ),
]
# The old value named and dropped before the new one: じゃなくて, 말고, 不是, nahi, নয়.
_NOT_OLD_RE = re.compile(r"じゃなく|ではなく|\s말고\s|不是|(?i:\bnahi\b|\bnahin\b)|नहीं|নয়")
# "텍스트는 오른쪽으로", 文字は右に: where the copy goes, not what it says.
_PLACE_ONLY = re.compile(
    r"\s*(?:왼쪽|오른쪽|위쪽?|아래쪽?|가운데|중앙|상단|하단|右|左|上|下|中央|真ん中|右边|左边|右邊|"
    r"左邊|上面|下面|中间|中間)\S{0,3}\s*$"
)
_KO_PLACE_RE = re.compile(r"^.*[\uAC00-\uD7A3](?:에|에다|에다가|에는)\s+")
_SENTENCE_END_RE = re.compile(r"。|(?<=[^\s.])\.\s+(?=\S)")


def _mask_quotes(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with every quoted span blanked out, and the non-blank ones with the offsets
    of their quotes."""
    spans: list[tuple[int, int, str]] = []
    masked = list(text)
    for match in _ANY_QUOTE_RE.finditer(text):
        inner = next(g for g in match.groups() if g is not None).strip()
        if inner:
            spans.append((match.start(), match.end(), inner))
        masked[match.start() : match.end()] = _MASK * (match.end() - match.start())
    return "".join(masked), spans


def without_quotes(text: str) -> str:
    """``text`` with every quoted span blanked: copy in quotes is never an instruction."""
    return _mask_quotes(text)[0].replace(_MASK, " ")


# Where a Japanese clause ends before a space: a particle (A5 で, チラシに) or a polite ending
# (すみません, ので), or how it is lettered (小さく). Copy said before と書いて / って入れて
# starts after the last of them, so a voice-typing preamble ("音声入力なので…すみません")
# is not copy.
_JA_CLAUSE_END = re.compile(
    r"(?:[でにはをがへ]|ません|です|ます|ました|ので|けど|から|"
    # ... or how it is lettered: 右下に小さく 数量限定 って入れて.
    r"大きく|小さく|大きめに|小さめに|太く|細く|目立つように|控えめに)"
    # ... an emoji set at the place before the copy (右上に🍜 限定10食) goes with the place
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]*[ \t　]+"
    # ... and a place particle straight before Latin copy (ところにSALE) ends the clause
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff])[にへ](?=[A-Z0-9])"
)


def _after_clauses(span: str) -> str:
    ends = list(_JA_CLAUSE_END.finditer(span))
    return span[ends[-1].end() :] if ends else span


def _has_batchim(syllable: str) -> bool:
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


# Punctuation said aloud to a voice keyboard that wrote it out: "full stop", फुल स्टॉप,
# দাঁড়ি, 句号, 마침표, 句点. It ends the copy and is no part of it.
_SPOKEN_STOP_RE = re.compile(
    r"[ \t　]+(?:(?-i:full\s?stop|period|fullstop|exclamation\s+mark|question\s+mark)|"
    r"फ\u093c?ुल\s*स्टॉप|पूर्ण\s*विराम|विराम|ফুল\s*স্টপ|দাঁড়ি|দাড়ি|দাঁড়ি|পূর্ণচ্ছেদ|"
    r"句号|句號|句点|句點|まる|마침표|온점|느낌표)[ \t]*[.。!！।]?$"
)

# "글자는 일몰 요가 매주 토요일 이렇게", "… 就好": a word pointing back at the copy, or saying
# that is all, ends it.
_POINTER_TAIL_RE = re.compile(
    r"[ \t　]*(?:(?<=[ \t　])(?:이렇게|이걸로|이대로|こんな感じで|这样|這樣)요?|"
    r"(?<=[ \t　])(?:だけ)?(?:で(?:いい|良い|大丈夫|お願い|おねがい|よろしく|OK)\S*)|"
    r"(?<=[ \t　])だけ|"
    r"就这样|就這樣|就好|就行|就可以|即可)$"
)

# "写上新春特卖字样", "印上限时五折这几个字": the word for the wording closes the copy, run on
# with no space as often as not; it is never part of the line.
_WORDING_TAIL_RE = re.compile(
    r"(?<=\S)[ \t　]*(?:这|這)?(?:几个字|幾個字|的字样|的字樣|字样|字樣)$"
)


# A request said after the copy, set off by a space: "In Stock Today pls", "오늘 입고 로
# 부탁해요", "আজ স্টকে আছে প্লিজ", "Aaj Stock Mein likhna pls". Never part of the copy.
_TRAILING_ASK_RE = re.compile(
    r"(?<=\S)(?:[ \t]+(?i:likhna|likhna\s+hai|likh\s+do|likh\s+dena|likhe\s+dao|lekho))?"
    r"[ \t]+(?:(?i:pls|plz)|প্লিজ|প্লীজ|प्लीज़|प्लीज|(?:으로|로)[ \t]*(?:부탁|해\s*주)\S*)[.!]*$"
)


# A verdict on the copy closing its clause ends it: "the headline X would be ideal. Many
# thanks, Julian".
_VERDICT_TAIL_RE = re.compile(
    r"[ \t]+(?i:(?:would|will|should|could|might)\s+be\s+(?:ideal|perfect|great|lovely|best|"
    r"wonderful|excellent|preferable|most\s+appropriate)|works?\s+best)(?![A-Za-z]).*$"
)


# A headline of capitals beat out in full stops ("BUILD. BREAK. REPEAT.", "LEARN. PLAY. WIN.")
# is one line: its stops are part of it, not the ends of sentences.
_STOPPED_CAPS_RE = re.compile(
    r"(?:[A-Z0-9][A-Z0-9'’&!?%$+-]*(?:[ \t]+[A-Z0-9][A-Z0-9'’&!?%$+-]*){0,3}\.(?:[ \t]+|$)){2,}"
)


# A place word closing unquoted copy after a space: "今日推荐 在下面", "本日限定 下に",
# "오늘의 메뉴 아래에", "आज का स्पेशल नीचे", "আজকের অফার নিচে". It says where the line goes.
_PLACE_TAIL_RE = re.compile(
    r"\s+(?:在?(?:下面|下方|底部|上面|上方|顶部|頂部)|(?:一番)?(?:下に|上に|下の方に)|"
    r"(?:맨\s*)?(?:아래에?|아래쪽에|위에|밑에)|(?:सबसे\s+)?(?:नीचे|ऊपर)|(?:একদম\s+)?(?:নিচে|নীচে|উপরে))"
    r"\s*[.。!！]?\s*$"
)


def _clean(span: str) -> str:
    """A span without the clause that follows it, a spoken full stop or its closing one."""
    stopped = _STOPPED_CAPS_RE.match(span.strip())
    if stopped is not None:
        return stopped.group().strip()
    end = _SENTENCE_END_RE.search(span)
    if end is not None:
        span = span[: end.start()]
    span = _VERDICT_TAIL_RE.sub("", span)
    span = _TRAILING_ASK_RE.sub("", span.rstrip())
    span = _SPOKEN_STOP_RE.sub("", span.rstrip())
    span = _POINTER_TAIL_RE.sub("", span)
    span = _WORDING_TAIL_RE.sub("", span)
    span = _PLACE_TAIL_RE.sub("", span)
    span = span.strip().rstrip("।")
    if span.endswith(".") and not span.endswith(".."):
        span = span[:-1]
    return span.strip()


def _trim_english(span: str) -> str:
    span = _VERDICT_TAIL_RE.sub("", span.split("\n", 1)[0].split(";", 1)[0])
    head, *rest = span.split(",")
    for part in rest:
        # "Lift Heavy, Live Light": a short run of capitalised words goes on with the copy;
        # ", with our logo" or ", square" starts the next instruction. "Pick your own,
        # 12–14 September. Families…": a date after the comma ends with the sentence.
        stop = _SENTENCE_STOP_RE.search(part)
        piece = part[: stop.start()] if stop else part
        if not _TITLE_RUN_RE.fullmatch(piece.strip()):
            break
        head += "," + piece
        if stop:
            break
    span = head
    tail = _EN_TAIL_RE.search(span)
    if tail is not None:
        span = span[: tail.start()]
    return _clean(span)


_TITLE_RUN_RE = re.compile(r"(?:[A-Z0-9][\w'’&!–-]*)(?:\s+[A-Z0-9][\w'’&!.–-]*){0,3}[.!]?")
_SENTENCE_STOP_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_NEXT_LABEL_RE = re.compile(
    r",\s*\b" + _EN_LABELS + r"\s*:\s*|[,，、]\s*(?![\x00-\x7f])[^\s,，、:：]{1,12}\s*[:：]\s*",
    re.IGNORECASE,
)


def label_pieces(value: str) -> list[str]:
    """``value`` cut where a further label opens: "A, subtitle: B" and "A, नीचे: B"."""
    return [piece.strip() for piece in _NEXT_LABEL_RE.split(value) if piece.strip()]


# "Only" said before the copy belongs to the request, not to the copy: শুধু “…”, sirf "…".
_ONLY_WORD = re.compile(
    r"(?i:only|just|simply|sirf|bas|keval|shudhu|sudhu|shudhui|kebol)|सिर्फ़?|केवल|बस|"
    r"শুধু(?:ই|মাত্র)?|কেবল|だけ|のみ|只|仅|僅|만|딱"
)


# Words that name a line of copy, not copy: "small print", 小字, 注意書き, 작은 글씨, छोटे अक्षर,
# ছোট অক্ষর; a span that is only one of them is the label before the quote.
_LABEL_ONLY = re.compile(
    r"(?i:small\s+print|fine\s+print|small\s+text|warning|disclaimer|footnote|legal\s+line)|"
    r"小字|大字|一行字|一行小字|文字|字|提示语|警示语|警示語|说明|說明|注释|註釋|"
    r"小さい?文字|小さな文字|注意書き|注釈|警告文|但し書き|"
    r"작은\s*글씨|작은\s*글자|경고\s?문구?|주의\s?문구?|안내\s?문구?|"
    r"छोटे\s+अक्षर(?:ों)?(?:\s+में)?|छोटा\s+टेक्स्ट|चेतावनी|अस्वीकरण|"
    r"ছোট\s+অক্ষরে?|ছোট\s+লেখা|সতর্কবার্তা|সতর্কীকরণ"
)


_LABEL_ONLY_LEAD = re.compile(rf"(?:{_LABEL_ONLY.pattern})[ \t]*[:：][ \t]*")


# A note on the look under the copy, no line of it: ネオンっぽい感じで, 레트로 느낌으로,
# 要复古风格, "neon vibe pls", "retro feel mein", "neon type er look".
_STYLE_NOTE = (
    r"[^\n]{1,24}?(?:っぽい|みたいな|風の?|的な|な)?(?:感じ|雰囲気|テイスト|トーン|イメージ|色味)"
    r"(?:で|に)(?:お願い\S*|おねがい\S*|よろしく\S*)?[。.!！]*$|"
    r"[^\n]{1,24}?(?:느낌|분위기|톤|스타일|감성)(?:으로|로)(?:\s*(?:부탁\S*|해\s*줘\S*|해\s*주세요))?[.!]*$|"
    r"(?:要|用|做成|来点)?[^\n]{0,16}?(?:风格|風格|的感觉|的感覺|感觉|感覺|"
    r"(?:复古|復古|日系|韩系|韓系|极简|極簡|简约|簡約|可爱|可愛|科技|国潮|國潮|中国|中國|ins)风)"
    r"(?:的)?(?:吧|就好|就行)?[。!！]*$|"
    r"(?-i:[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+(?:vibes?|feel|style|look|mood|tones?)"
    r"(?:\s+(?:mein|me|e|te|please|pls|plz|chahiye|chai|dao|do))?[.!]*)$|"
    r"[^\n]{1,24}?(?:वाला|वाली|जैसा|जैसी)\s+(?:लुक|फील|स्टाइल|वाइब)[^\n]{0,12}$|"
    r"[^\n]{1,24}?(?:টাইপের|ধরনের|মতো)\s+(?:লুক|ফিল|স্টাইল|ভাইব)[^\n]{0,12}$|"
    # ... or on its colours: 색은 파란색 계열로 해줘, 色は赤っぽく, 颜色用红色,
    # "colours: red and gold", "rang laal rakho", রং সবুজ করো.
    r"(?:색은|색깔은|색상은|컬러는|바탕색은|배경색은)\s*[^\n]{1,24}?(?:으로|로|계열|톤|색)[^\n]{0,12}$|"
    r"(?:色は|色味は|カラーは|背景色は)[^\n]{1,24}$|"
    r"(?:颜色|顏色|配色|底色|主色)(?:用|要|就|是|以|选|選)[^\n]{1,20}$|"
    r"(?-i:(?:colou?rs?|background\s+colou?r)\s*(?:should\s+be|in|:|=)\s*[^\n]{1,30})$|"
    r"(?-i:(?:rang|rong|colou?r)\s+[^\n]{1,24}?(?:rakho|rakhna|karo|kar\s+do|koro|kore\s+dao|dao|"
    r"hobe|rakhben|chahiye)[^\n]{0,6})$|"
    r"(?:रंग|कलर)\s+[^\n]{1,24}?(?:रखो|रखना|करो|कर\s+दो|चाहिए)[^\n]{0,6}$|"
    r"(?:রং|রঙ)\s*[^\n]{1,24}?(?:করো|রাখো|দাও|হবে|করে\s+দাও|চাই)[^\n]{0,6}$"
)
_STYLE_NOTE_RE = re.compile(_STYLE_NOTE)


def is_style_note(line: str) -> bool:
    """Whether ``line`` only says how the visual should look ("neon vibe pls", レトロな感じで)."""
    return _STYLE_NOTE_RE.fullmatch(line.strip()) is not None


# A sentence under the copy that goes on with the brief ("Leave room at the bottom for a QR
# code, we'll add that ourselves."), not a line of copy.
_INSTRUCTION_LINE = re.compile(
    r"(?i:(?:leave|keep|make|use|add|put|place|include|avoid|and|also|then|please)\s+"
    r"(?:[\w'’,-]+\s+){3,}[^\n]*[.!]?$)|(?i:.*\b(?:we'll|we\s+will|you\s+can)\b.*)$|"
    # ... or describes the picture: "Moody forest, little glowing lantern, soft greens."
    r"[A-Z][a-z]+(?:\s+[a-z][\w'’-]*)*,(?:\s+[a-z][\w'’-]*,?){2,}\.$|"
    # ... or says what the picture shows in another script: 写真はゴール付近で…, 배경은 …
    r"(?:写真|画像|背景|色|ロゴ|フォント|サイズ|イメージ|雰囲気|全体|사진|배경|색상?|로고|이미지|"
    r"照片|图片|背景|颜色|字体)(?:は|を|も|은|는|을|를|用|要|是)|"
    r"(?:" + _STYLE_NOTE + r")|"
    # ... or says which line the new one replaces: "instead of the book-now line",
    # 「今すぐ予約」の代わりに, '지금 예약' 대신, 原来那句的替换, की जगह, এর বদলে.
    r"(?i:(?:instead\s+of|in\s+place\s+of|rather\s+than|replacing)\s[^\n]*)|"
    # ... or closes the request the lines are part of: "fix that and nothing else please",
    # "の2行だけでお願いします。", "이렇게 두 줄로 부탁해요", "就这两行".
    r"(?i:(?:fix|change|correct|update|swap)\s+(?:that|this|it)\b[^\n]*|[^\n]*\bnothing\s+else\b[^\n]*)|"
    r"(?:の|で|と|を|って)[^\n]{0,20}?(?:お願い(?:します|いたします)?|ください|下さい)[。.!！]*$|"
    r"(?:이렇게|으로|로)[^\n]{0,15}?(?:부탁|해\s*주세요)[^\n]{0,6}$|"
    r"(?:就)?(?:这|這)(?:两|兩|几|幾|三)?(?:行|句)(?:就行|就好|就可以)?[。!！]*$|"
    r"[^\n]{0,30}(?:の代わりに|の代わり|대신(?:에)?|代替|替换|替換|换掉|換掉|की\s+जगह|ki\s+jagah|"
    r"(?:এর\s+)?(?:বদলে|জায়গায়)|er\s+bodole)[^\n]{0,12}"
)


# A line under a block of copy that goes on with the brief: a rule of the job under its
# label ("MANDATORIES: …", "NG: …", 必须：…, 필수: …, ज़रूरी: …, মাস্ট: …), a thing the
# picture must not have (不要红毯, 使用NG, 빨대 X, স্ট্র দিও না, "crop mat karna", "no straws,
# no ice"), or a word to us about the request itself (sorry, 不好意思, でいいのでしょうか).
_RULE_LABEL = (
    r"(?i:mandator(?:y|ies)|musts?|must[- ]haves?|must\s+have|requirements?|required|rules?|"
    r"do'?s(?:\s*(?:&|and|/)\s*don'?ts)?|don'?ts|do[- ]?nots?|avoid|restrictions?|legal|ng|"
    r"zaroori|jaruri|mat\s+karna|korbe\s+na|korben\s+na)|"
    r"必須(?:事項)?|必须|必需|禁止(?:事項)?|注意(?:事項)?|不要|不可|要求|NG|필수|금지|주의|"
    r"ज़रूरी|जरूरी|मत\s+करना|मना|মাস্ট|জরুরি|অবশ্যই|করবে\s+না|করবেন\s+না|নিষেধ"
)
_RULE_FIELD_RE = re.compile(
    r"[ \t]*(?:[>•*・·-][ \t]*)*(?:" + _RULE_LABEL + r")[ \t]*(?:\([^)\n]*\)[ \t]*)?[:：]"
)
_MUST_NOT = re.compile(
    r"(?i:^(?:no|don'?t|do\s+not|never|avoid)\s[^\n]*,\s*(?:no|not|don'?t|never)\s|"
    r"^(?:don'?t|dont|do\s+not|avoid|pls\s+don'?t|please\s+don'?t)\s+[a-z]|"
    r"\b(?:mat|na)\s+(?:karna|karo|karein|daalna|dalna|lagana|dikhana|rakhna)\b|"
    r"\b(?:korbe|korben|dio|diyo|diben|deben|dekhabe|rakhbe)\s+na\b)|"
    r"(?:不要|别|別|禁止|勿|不能)(?!错过|錯過|等|犹豫|猶豫)[\u4e00-\u9fff]|NG[。.、，,]?|なし(?:で|に)|"
    r"(?:入れ|使わ|載せ|し)ないで|금지|\sX(?:[.!]|$)|(?:하지|넣지|쓰지)\s*(?:마|말)|빼\s*주세요|"
    r"मत\s+(?:करना|करो|करें|डालना|डालो|लगाना|दिखाना|रखना)|नहीं\s+चाहिए|"
    r"(?:দিও|দেবে|দেবেন|করবে|করবেন|করো|দেখাবে|রাখবে)\s+না|নিষেধ"
)
_ABOUT_THE_REQUEST = re.compile(
    r"(?i:^sorry\b|\bsorry\s+(?:if|for|about|i|i'm|im|to)\b|\bhow\s+(?:this|it)\s+works\b|"
    r"\b(?:do|should|can|will)\s+i\s+[a-z]+[^\n]*\?$|\bis\s+(?:this|that)\s+(?:ok|okay|right|enough)\b)|"
    r"不好意思|すみません|申し訳|でしょうか|(?:いい|よろしい|大丈夫)(?:です)?か[。？?]?$|"
    r"죄송|미안|(?:되나요|될까요|괜찮을까요|맞나요)[?？.]*$|"
    r"(?:可以|行|对|對)(?:吗|嗎)[?？。]*$|麻烦(?:您|你)?了|"
    r"माफ़|माफ|क्षमा|(?:ठीक|सही)\s+है\s*[?？]|"
    r"দুঃখিত|মাফ|(?:চলবে|ঠিক\s+আছে)\s*[?？]|"
    r"(?i:\b(?:maaf|sorry)\s+(?:karna|kijiye|koro|korben)\b|\bchalbe\s*\?)"
)


# A line of chat under the copy, said to us and not printed: urgency, a deadline, pleading,
# thanks, only emoji ("pls asap thx", 今晚就要🙏, 오늘 안에 ㅠㅠ, 今日中にほしい！！, जल्दी
# प्लीज़!!, আজ রাতের মধ্যে!!, "bas itna hi likhna"). Such a line is made of nothing but the words
# below, and at least one of them says something to us: "Tonight 8pm" alone, a time with no
# deadline said, is a line of copy.
_TIME = (
    r"(?:(?i:today|tonight|tonite|tmrw|tmr|tomorrow|tomoz|noon|midday|lunch(?:time)?|morning|"
    r"evening|eod|eow|aaj|aj|ajke|aajke|raat|rater|kal|kalke|subah|shaam)|"
    r"\d{1,2}(?:[:.]\d\d\s*(?i:am|pm)?|\s*(?i:am|pm|hrs|baje|時|시|点|點|টা|বাজে|बजे))|今日|今夜|今晩|明日|明朝|今朝|夜|朝|昼|夕方|"
    r"오늘(?:\s*밤)?|내일|밤|저녁|아침|점심|今晚|今天|明天|明早|今早|晚上|中午|下午|上午|"
    r"आज(?:\s+रात)?|कल|रात|सुबह|शाम|দুপুর|আজ(?:কে)?|কাল(?:কে)?|রাত|সকাল|বিকেল|সন্ধ্যা)"
)
_CHAT_SAID_RE = re.compile(
    # a deadline: by tonight, b4 lunch, 今日中に, 오늘 안에, 今晚之前, आज रात तक, আজ রাতের মধ্যে
    rf"(?i:\b(?:by|before|b4|within)\s+(?:the\s+)?{_TIME}(?:\s+{_TIME})?)|"
    rf"{_TIME}(?:\s*{_TIME})?\s*(?:中に|中|までに|まで|안에|안으로|까지|중으로|중에|전에|전까지|"
    r"之前|以前|前|内|內|तक|से\s+पहले|(?:এর|ের|র)?\s*(?:মধ্যে|আগে)|"
    r"(?i:\s(?:tak|se\s+pehle|er\s+moddhe|moddhe|modhye|er\s+age)\b))|"
    r"(?i:(?<![A-Za-z])(?:asap|a\.s\.a\.p|urgent(?:ly)?|urgnt|rush|hurry|quick(?:ly)?|fast|"
    r"p+l+e+a+s+e+|pl[sz]+|thx|thanx|thanks|thank\s+(?:you|u)|ty|tysm|cheers|sorry|need(?:ed)?|"
    r"send|help|jaldi|jldi|chahiye|chahie|bhejo|bhej\s+do|dhanyavaad|dhanyawad|shukriya|"
    r"taratari|tarataari|joldi|lagbe|pathao|pathiye|dhonnobad|thank\s+u|"
    r"bas\s+itna|itna\s+hi|bas\s+yahi|that'?s\s+(?:it|all)|nothing\s+else)(?![A-Za-z]))|"
    r"急ぎ|急いで|至急|大至急|なるはや|早め|お願い(?:します|しま[すー〜]*)?|おねがい|"
    r"よろしく(?:お願いします)?|ありがとう(?:ございます)?|ほしい|欲しい|必要|すみません|助かります|"
    r"頼みます|급해요|급해|급함|급합니다|빨리|얼른|서둘러|부탁(?:해요|드려요|드립니다|합니다|해)?|"
    r"감사(?:합니다|해요)|고마워요?|제발|필요해요?|주세요|[ㅠㅜ]+|"
    # chat typed in bare consonants: ㄱㄱ (go go), ㅇㅋ (ok), ㅈㅅ (sorry), ㅇㅇ, ㄴㄴ, ㄷㄷ
    r"(?:ㄱㄱ|ㅇㅋ|ㅈㅅ|ㅇㅇ|ㄴㄴ|ㄷㄷ)+|"
    r"急+|赶紧|趕緊|尽快|盡快|马上|馬上|立刻|立即|现在|現在|快点|快點|拜托|拜託|求求|谢谢|謝謝|感谢|感謝|多谢|多謝|"
    r"辛苦了?|麻烦了?|麻煩了?|就要|要|需要|等着用|等著用|着急|著急|在线等|在線等|"
    r"जल्दी|प्लीज़|प्लीज|कृपया|धन्यवाद|शुक्रिया|चाहिए|अर्जेंट|तुरंत|फ़ौरन|भेजो|भेज\s+दो|"
    r"भेजिए|बस\s+इतना|इतना\s+ही|জলদি|তাড়াতাড়ি|তাড়াতাড়ি|প্লিজ|প্লীজ|দয়া\s+করে|ধন্যবাদ|চাই|লাগবে|"
    r"জরুরি|আর্জেন্ট|পাঠাও|পাঠান|শুধু\s+এটুকু(?:ই)?"
)
# ... and the words that go with those in chat and say nothing alone.
_CHAT_FILLER_RE = re.compile(
    rf"{_TIME}|"
    r"(?i:(?<![A-Za-z])(?:now|rn|right|it|this|that|i|we|me|us|so|much|very|ok|okay|k|you|u|ur|"
    r"the|a|for|by|before|b4|till|until|just|only|really|if|can|could|possible|guys|team|hi|"
    r"hai|abhi|tak|se|pehle|bhai|yaar|na|bas|itna|likhna|likho|de|do|dena|ei|eta|ta|dada|didi|"
    r"ektu|koro|kore|dao|din|ke|er|age|moddhe)(?![A-Za-z]))|"
    r"中に|中|までに|まで|に|で|です|ね|よ|の|今すぐ|すぐ|できれば|"
    r"요|좀|꼭|지금|당장|안에|까지|해|"
    r"就|现在|現在|一定|务必|務必|给我|給我|我|我们|你|一下|了|吧|啊|呀|哦|呢|嘛|的|"
    r"अभी|तक|से|पहले|ही|में|तो|ना|यार|भाई|है|हैं|दो|दीजिए|ज़रा|"
    r"মধ্যে|আগে|ই|দাদা|দিদি|একটু|করে|দাও|দিন|ের|এর"
)


# The words of chat that say something to us: none of them says what a visual shows.
CHAT_WORDS = _CHAT_SAID_RE


def chat_line(line: str) -> bool:
    """Whether ``line``, under a line of copy, is chat said to us: urgency, a deadline,
    pleading, thanks or only emoji, in any of the six languages."""
    bare = line.strip()
    if not bare:
        return False
    if not any(ch.isalnum() for ch in bare):
        return True  # "🙏🙏", "!!!": only marks and emoji
    said = _CHAT_SAID_RE.search(bare)
    rest = _CHAT_FILLER_RE.sub(" ", _CHAT_SAID_RE.sub(" ", bare))
    return said is not None and not any(ch.isalnum() for ch in rest)


# A line that opens with a change of mind ("あ、やっぱりA3で！", "oh wait, make it A3") turns
# back to the request; an interjection may come first.
_INTERJECTION_LEAD = re.compile(
    r"(?:(?i:oh|ah|umm?|hmm+|ok|okay)|あっ?|ああ|아|앗|음|啊|哦|噢|诶|欸|嗯|अरे|ओह|ওহ|আরে)[、,，!！.…\s]*"
)


def _turns_back(line: str) -> bool:
    lead = _INTERJECTION_LEAD.match(line)
    return CHANGE_OF_MIND.match(line, lead.end() if lead else 0) is not None


def goes_on_with_brief(line: str) -> bool:
    """Whether ``line``, under lines of copy, is the brief going on: a rule of the job, a
    thing the picture must not have, a word to us about the request, chat, or a change of
    mind."""
    bare = line.strip()
    return bool(
        _RULE_FIELD_RE.match(bare)
        or (_MUST_NOT.search(bare) and not re.search(r"[!！]$", bare))
        or _ABOUT_THE_REQUEST.search(bare)
        or chat_line(bare)
        or _turns_back(bare)
    )


_BULLETS = (">", "•", "*", "・", "·", "-")
_BULLET_RE = re.compile(r"[ \t]*(?:[•・·*][ \t]*|-[ \t]+)+")


def bullet_lead(line: str) -> str:
    """The bullet opening ``line`` ("* ", "• ", "- "), or "" when it has none."""
    match = _BULLET_RE.match(line)
    return "" if match is None or match.end() == len(line) else match.group()


_DASH_FIELD_RE = re.compile(
    r"^[ \t]*(?:[>•*・·-][ \t]*)*(?P<label>[^\s:：—–-]{1,16}(?:[ \t][^\s:：—–-]{1,12})?)"
    r"[ \t]+[—–][ \t]+(?P<x>\S[^\n]*)$"
)


_EXACTLY_RE = re.compile(
    r"(?i:\bexactly\b|\bas\s+(?:they\s+are|is|written)\b|\bverbatim\b)|そのまま|그대로|照写|照寫|"
    r"原样|原樣|照抄|हूबहू|ज्यों\s+की\s+त्यों|হুবহু"
)


def _copy_block(lines: list[str]) -> bool:
    """Whether ``lines``, a paragraph of their own, are lines of copy: short, none a
    sentence, a field, a request or a note, none opening in lower case."""
    return all(
        len(line) <= 60
        and not re.search(r"[.?？。]$", line)
        and not re.match(r"[a-z]", line)
        and not _FIELD_LINE_RE.match(line)
        and not _INSTRUCTION_LINE.match(line)
        and not goes_on_with_brief(line)
        for line in lines
    )


# A remark under lines of copy that open in capitals: "nothing fancy, my fiancé says I
# overthink it", "no rush, we're away till Monday" — lower case, and speaking of us or them.
_REMARK_LINE = re.compile(
    r"[a-z][^\n]*\b(?i:i|i'm|i've|i'd|im|my|me|we|we're|our|us|you|your|he|she|they)\b[^\n]*"
)


def _remark_after(lines: list[str], line: str) -> bool:
    """Whether ``line`` under ``lines`` of copy is a remark to us, not another line of it."""
    return (
        len(line.split()) >= 4
        and _REMARK_LINE.fullmatch(line) is not None
        and all(re.match(r"[^a-z]", above.strip()) for above in lines)
    )


def _lines_below(after: str, *, whole: bool = False) -> list[str]:
    """The lines under a label that closes its line, up to a blank line or, past the first,
    a sentence that goes on with the brief; ``whole`` when they are to be printed as written."""
    lines: list[str] = []
    quoted = labelled = False
    below = after.split("\n")[1:]
    # "Headline — Chai nahi" then "Offer — Flat 30% off": rows pasted from a sheet, a short
    # label and a dash before each value; two in a row, as one dash may be the copy's own.
    dashed = not whole and len(below) > 1 and all(_DASH_FIELD_RE.match(line) for line in below[:2])
    for line in below:
        bare = line.strip()
        if not bare or (lines and (_INSTRUCTION_LINE.match(bare) or goes_on_with_brief(bare))):
            break
        if lines and _remark_after(lines, bare):
            break
        whole_quote = _MASK in bare and not bare.replace(_MASK, "").strip()
        field = _FIELD_LINE_RE.match(line) or (_DASH_FIELD_RE.match(line) if dashed else None)
        if field is not None and (len(field.group("label")) > 12 or not field.group("x").strip()):
            field = None
        if not lines:
            quoted, labelled = whole_quote, field is not None
        elif quoted and not whole_quote:
            break  # 『A』 then 『B』 in quotes, then a note on the brief that is not
        elif labelled and field is None and not line.lstrip().startswith(_BULLETS):
            # "标题：A", "副标题：B", then the deadline: the labelled lines are the copy (a
            # bullet under labelled bullets goes on with them).
            break
        if labelled and field is not None:
            if _off_image(field.group("label")) or is_job_field(field.group("label")):
                break
            lines.append(field.group("x"))
            continue
        lines.append(line)
    return lines


# A dictated 그리고 ("… 모습 그리고 막힌 곳 뻥 이라고 써줘") joins the scene to the copy.
_KO_CLAUSE_RE = re.compile(r".*(?:인데|는데|은데|니까|어서|아서|해서|지만|(?<!\S)그리고)\s+")
_COLOUR_ONLY = re.compile(
    # "ブランドカラーの水色": a colour, named after what it is
    r"(?:(?:ブランドカラー|ブランド色|브랜드\s?컬러|品牌色)(?:の|의|的)?\s*)?"
    r"(?:ブランドカラー|水色|空色|茶色|灰色|金色|銀色|ネイビー|ベージュ|하늘색|남색|베이지|"
    r"天蓝色|天藍色|藏青色|米色)|"
    r"(?:深|浅|淺|淡|亮|暗|明るい|濃い|진한|연한)?\s*"
    r"(?:[红紅蓝藍绿綠黄黃紫粉橙棕灰黑白金银銀青]|赤|青|緑|黄色|紫|ピンク|オレンジ|グレー|黒|白|"
    r"빨간|파란|초록|노란|보라|분홍|주황|회색|검정|흰)(?:色|색|いろ)?"
)
_REQUEST_TAIL = re.compile(
    r"(?:で|と|って|を|に)?(?:お願い(?:します|いたします|致します)?|ください|下さい|頼みます)[。.!！]*|"
    r"(?:으로|로|이렇게)?\s*(?:부탁(?:드려요|드립니다|해요|합니다)?|해\s*주세요)[.!]*|"
    r"(?:就)?(?:这样|這樣)?(?:吧|谢谢|謝謝|麻烦了|麻煩了|拜托了|拜託了)[。!！]*|"
    r"(?i:please|thanks|thank\s+you|pls|thx|ty)[.!]*|"
    r"(?i:dhonnobad|dhanyavaad|shukriya)[.!।]*|धन्यवाद[।.!]*|ধন্যবাদ[।.!]*|"
    # "baaki design aap dekh lo", বাকিটা আপনি দেখুন, 残りはお任せ: the rest is left to us.
    r"(?i:baa?ki|baqi|the\s+rest)\b.*|(?:बाकी|বাকি|残り|나머지|其余|其他|其它)\S*.*|"
    r"(?:随意|随便|隨意|隨便|お任せ|おまかせ|알아서)\S*"
)
_UNDECIDED_COPY = re.compile(
    r"(?:아직\s*)?(?:미정|안\s*정해)|(?:还|還)?(?:没定|沒定|未定|待定)|(?:まだ)?未定|"
    r"(?i:tbd|tbc|to\s+be\s+(?:decided|confirmed)|undecided|not\s+decided)\b"
)


_AS_FOLLOWS = re.compile(
    r"(?i:as\s+follows|(?:is|are|reads?)\s+as\s+follows)|(?:다음|아래)(?:과|와)\s*같(?:습니다|아요|음)|"
    r"(?:以下|下記|次)の(?:とおり|通り)(?:です|でございます)?|如下(?:所示)?|"
    r"(?:निम्नलिखित|निम्न)\s+(?:है|हैं)|নিম্নরূপ"
)


_LANGUAGE_ONLY = re.compile(
    _LANGUAGE_NAMES
    + r"(?:[ \t]*(?:में|(?i:mein|me|te|e)(?![A-Za-z])|তে|য়|로|으로|で|に))?"
    + r"(?:[ \t]+(?i:please|pls|too|only))?(?:[ \t]*[:：][^\n]*)?"
)


def _acceptable(span: str, *, needs_capital: bool = False, own_line: bool = False) -> bool:
    if not span or _MASK in span or len(span) > 80 or re.match(r"[:：(（→⇒]|[–—-]\s|[-=]>", span):
        return False  # a dash, colon or arrow opens the copy that another pattern takes whole
    if _ONLY_WORD.fullmatch(span.strip(" \t,:：")):
        return False
    if _UNDECIDED_COPY.match(span):
        return False  # "문구는 아직 미정", 文案待定: the copy is still to come
    if _COLOUR_ONLY.fullmatch(span.strip()):
        return False  # "改成深灰": a colour to paint, not words to draw
    if _REQUEST_TAIL.fullmatch(span.strip()):
        return False  # "見出しは\n…\nでお願いします": the line after the copy asks, it is none
    if _LABEL_ONLY.fullmatch(span.strip(" \t,:：")):
        return False
    if _AS_FOLLOWS.fullmatch(span.strip(" \t.。:：")):
        return False  # "문구는 다음과 같습니다.": the copy is on the lines below
    if _LANGUAGE_ONLY.fullmatch(span.strip()):
        return False  # "हिंदी में", "영어", "English please: …": the language, not the copy
    if _LINE_COUNT_RE.fullmatch(span.strip()):
        return False  # "コピーは2行": how many lines follow, none of them
    # "An Evening with Mira Okafor" is a title; "the background darker" is none.
    function_start = span[0].isascii() and _EN_FUNCTION_START.match(span)
    if function_start and not own_line and not _TITLE_START.match(span):
        return False
    first = span[0]
    return not (needs_capital and first.isascii() and first.isalpha() and not first.isupper())


# Words after a closing quote that say the quote is copy, not a name: 「…」という文字,
# “…”字样, '…' 문구, "…" लिखा हो, "…" লেখা থাকবে, "…" in gold.
_COPY_AFTER_QUOTE = re.compile(
    r"\s*(?:という|って|と(?:書|入|大きく|記|表示)|の?(?:文字|文言|コピー|テキスト)|"
    # 『※雨天決行』追加して, 「限定10食」を入れて: the quote put into the image
    r"(?:を|も)?[ \t]*(?:追加|追記|入れ|書い|書き|書け|載せ|のせ|足し)|"
    r"字样|字樣|而不是|而非|几个字|幾個字|四个字|的字|文字|标语|標語|口号|口號|和|与|與|及|跟|"
    r"(?:可以|好|行)[吗嗎]|(?:这|這)(?:个|個|句)?(?=[吧就好行，,。！!]|$)|"
    r"(?:이?라는|이?라고|(?:이|요|이런)\s*(?:문구|글자|텍스트|카피)|문구|글자|텍스트|카피|그리고|및|하고|"
    # "“…” 버튼 문구 넣어주세요": what the copy is on, its label, then a verb of putting it in
    r"[\uAC00-\uD7A3]{1,4}\s*(?:문구|글자|텍스트|카피|문안)(?:로|으로|를|을|는|도)?\s*(?:넣|써|적|추가|달)|"
    # "‘A’ 랑 ‘B’ 두 줄로", "『A』 밑에 가격 『B』": joined to more copy, set on lines or
    # with the next line put under it.
    r"이?랑[ \t]*(?=['‘\"“「『])|(?:두|세|네|[2-5])\s*줄|"
    # "아 아니다 그냥 'B' 이걸로": the quote pointed back at, the one to use
    r"(?:이|요|그)걸로|이거로|이것으로|"
    # "'…' 이것도 넣어", "'…' 요것도 써줘": the quote pointed back at, then put in
    r"(?:이것|이거|요것|요거|그것|그거)(?:도|을|를|만)?\s*(?:넣|써|적|추가)|"
    r"(?:그\s*)?(?:밑에|아래에?)(?![\uAC00-\uD7A3])|"
    r"크게|작게|넣|써|적|추가|도\s|만\s|"
    # "'…' 들어간 정사각형 이미지": the image the quote goes into
    r"(?:이|가)?\s*(?:들어간|들어가는|들어갈|들어가게|들어가도록|쓰인|박힌)|"
    r"스티커|배지|뱃지|라벨|띠지|경고\s?문구?|주의\s?문구?|고지\s?문구?|안내\s?문구?)|"
    r"ステッカー|シール|バッジ|贴纸|貼紙|标签|標籤|स्टिकर|স্টিকার|"
    # A required line named after it: "'…' 경고문도", “…”警示语, 「…」の注意書き, "…" warning too.
    r"の?(?:注意書き|注意文|警告文|但し書き|免責)|警示语|警示語|警告语|警告語|提示语|提示語|免责声明|免責聲明|"
    r"चेतावनी|डिस्क्लेमर|সতর্কবার্তা|সতর্কীকরণ|ডিসক্লেমার|"
    r"(?:warning|disclaimer|disclosure|notice|small\s+print|fine\s+print)s?(?![A-Za-z])|"
    r"(?:sticker|badge|label|stamp|tag)s?(?![A-Za-z])|"
    # "… के स्थान पर '…' करने का कष्ट करें": the formal "make it '…'", no genitive.
    r"कर(?:ने|ना)\s+का\s+कष्ट|karne\s+ka\s+kasht|"
    # ... not "'…' likha hai", which says what the image carries now.
    r"लिख|লেখ|(?i:likh(?!a\s+(?:hai|he|h|hua)\b)|lekh)\w*|"
    # "'…' eta likhe dio", "'…' ye likho": the quote pointed back at, then written.
    r"(?:এটা|এটাই|ওটা|এইটা|ये|यह|इसे|इसको|(?i:eta|etai|ota|eita|ye|yeh|ise|isko))\s+"
    r"(?:লিখ|লেখ|लिख|(?i:likh|lekh))|"
    r"(?:in|on|at|across|along|over|under|below|above|near|with|and|as|written|printed|"
    r"text|lettering|font|type|typeface|copy|caption|headline|title|cta|nothing|only|plus|"
    r"then|but|is|that|which|to|for|from|by|or|so|big|bold|small|large|centred|centered|"
    r"underneath|beneath|next|here|there|please|pls|no|all|at)(?![A-Za-z]))",
    re.IGNORECASE,
)
# A quote used as a name: "the 'Juniper' candle", 新商品の“ルミナ”加湿器, “星河”香水,
# '루나' 향수, আমাদের "মেঘলা" শাড়ি. Straight after it comes a noun: in Latin script after
# a determiner, in Japanese and Chinese a Han or katakana word (a hiragana particle would
# make it an object: 「今すぐ予約」に変えて), in Korean a word after a space (a particle
# is attached), in Hindi and Bengali after a possessive.
_NAME_AFTER_QUOTE = re.compile(
    r"[ \t]?[A-Za-z\u00c0-\u024f]|[\u4e00-\u9fff\u30a0-\u30ff]|[ \t][\uAC00-\uD7A3]"
    r"|[ \t]?[\u0900-\u09ff]"
)
_NAME_BEFORE = re.compile(
    r"(?:\b(?:the|our|my|their|your|his|her|its|new|for|of|called|named)|हमारा|हमारी|हमारे|अपना|अपनी|"
    r"अपने|नई|नया|नए|আমাদের|আমার|নতুন|[^\x00-\u024f\u0900-\u09ff])\s*$",
    re.IGNORECASE,
)
# Copy named before the quote: a label or a verb of writing just ahead of it.
_COPY_BEFORE_QUOTE = re.compile(
    r"(?:\b(?:" + _EN_LABEL_WORDS + r"|says?|saying|reads?|reading(?![ \t]+from\b)|write|written|"
    r"print|printed|"
    r"put|add|with the words|lekha(?:\s+thakbe)?|likha(?:\s+ho)?|likho|lekho|likhna)\b|"
    r"改成|换成|換成|改为|改為|变成|變成|写上|写着|写有|印上|印着|"
    r"寫上|寫著|写(?!真)|寫(?!真)|文字は|コピーは|見出し|"
    r"문구는?|제목|글씨|글자|लिखा|लिखो|लिख\s+दो|লেখা|লেখো|লিখে\s+দাও|"
    # "5 March → '9 March' kar do": the arrow leads to the new copy
    r"on the image(?: itself)?|→|->|=>|⇒|➡)[^\n]{0,12}$|"
    # 标题《动漫社等你来》, 标题：“…”: the title right before the quote is its copy; 《》 a
    # few words further off still names a work.
    r"(?:主|副)?(?:标题|標題)(?:是|为|為|用|写|寫|就)?[ \t:：]*$",
    re.IGNORECASE,
)
# "no text at all", 文字は入れないで, 不要任何文字, 글자 없이, बिना टेक्स्ट, কোনো লেখা লাগবে না
_NO_TEXT_RE = re.compile(
    r"\b(?:no|without(?:\s+any)?|zero)\s+(?:text|copy|words|lettering|writing|type)\b|"
    r"\btext-?free\b|\bsin\s+texto\b|\bsans\s+texte\b|\bohne\s+text\b|"
    r"(?:文字|文言|テキスト|コピー)(?:は|を|も)?(?:一切|全く|まったく)?"
    r"(?:入れない|いらない|なし|無し|不要)|文字なし|"
    # The text added later by the team itself: "we'll add the text ourselves",
    # 文字はこちらで入れる, 글자는 저희가 넣을게요, 文字我们自己加, text hum khud daalenge.
    r"\b(?:we'?ll|we\s+will|i'?ll|i\s+will)\s+(?:add|put|do|write)\s+(?:the\s+|any\s+)?"
    r"(?:text|copy|words|lettering|them|it)\s+(?:ourselves|myself|later)\b|"
    r"(?:文字|テキスト|コピー|文言)(?:は|を)?(?:こちら|こっち|自分|後)で|"
    r"(?:글자|텍스트|문구|카피)(?:는|은)?\s*(?:저희가|제가|나중에|따로)|"
    r"(?:文字|字|文案)(?:我们|我們|我)(?:自己|之后|之後|后面|後面)|"
    r"(?:टेक्स्ट|लिखावट|शब्द)\s+(?:हम|मैं)\s+(?:खुद|ख़ुद|बाद\s+में)|"
    r"\b(?:text|likha|words)\s+(?:hum|main)\s+(?:khud|baad\s+mein)\b|"
    r"(?:লেখা|টেক্সট)\s+(?:আমরা|আমি)\s+(?:নিজেরা|নিজে|পরে)|"
    r"\b(?:lekha|text)\s+(?:amra|ami)\s+(?:nijera|nije|pore)\b|"
    r"不要(?:任何)?文字|不要字|不加字|无字|無字|没字|无文字|無文字|没有文字|不加文字|"
    r"(?:글자|텍스트|문구|글씨)\s*(?:(?:은|는)\s*)?(?:없이|넣지|빼고)|"
    # Copy it may do without, the logo alone: 문구는 없어도 돼요, 文字はなくても大丈夫,
    # 文字不用也行, "no text needed", टेक्स्ट की ज़रूरत नहीं, lekha na holeo cholbe.
    r"(?:글자|텍스트|문구|카피)(?:는|은)?\s*없어도\s*(?:돼|되|괜찮)|"
    r"(?:文字|テキスト|コピー)(?:は|も)?なくても(?:大丈夫|いい|良い|OK)|"
    r"(?:文字|文案|字)(?:可以)?不(?:用|要|加)也(?:行|可以|没关系)|"
    r"\b(?:no\s+(?:text|copy|words)\s+(?:needed|necessary|required)|"
    r"(?:text|copy|words)\s+(?:isn'?t|is\s+not|not)\s+(?:needed|necessary))\b|"
    r"(?:टेक्स्ट|लिखावट)\s+की\s+(?:ज़रूरत|जरूरत)\s+नहीं|"
    r"\b(?:text|lekha)\s+na\s+(?:holeo|thakleo)\s+(?:cholbe|hobe)\b|"
    r"(?:লেখা|টেক্সট)\s+না\s+(?:থাকলেও|হলেও)\s+(?:চলবে|হবে)|"
    # Copy not decided yet, so none now: "문구는 아직 미정이라 빼고", 文案还没定, 文字は未定.
    r"(?:글자|텍스트|문구|카피)(?:는|은)?\s*(?:아직\s*)?(?:미정|안\s*정해)|"
    r"(?:文案|文字|标语)(?:还|還)?(?:没定|沒定|未定|待定)|(?:文字|コピー|文言)(?:は)?(?:まだ)?未定|"
    r"\b(?:copy|text|wording|headline)\s+(?:is\s+)?(?:still\s+)?(?:tbd|tbc|undecided|"
    r"not\s+(?:decided|final)\s+yet)\b|"
    r"(?:बिना|कोई)\s+(?:टेक्स्ट|शब्द|लिखावट)|"
    r"\bno\s+(?:words|text|writing|lettering)\s+on\s+(?:it|this|the\s+(?:image|picture|photo|"
    r"visual|post|poster|banner))\b|"
    r"\b(?:koi\s+)?text\s+nahi(?:n|\s+chahiye|\s+dalna)?\b|\bkono\s+(?:lekha|text)\s+(?:lagbe\s+na|"
    r"chai\s+na|na|debe\s+na|dio\s+na|diben\s+na|deben\s+na)\b|"
    r"\b(?:image|photo|tasveer|picture)\s+(?:pe|par|me|mein)\s+kuch\s+(?:mat|na|nahi)\s+likh\w*|"
    r"\bkuch\s+mat\s+likh\w*|कुछ\s+(?:मत|न)\s+लिख\w*|কিছু\s+লিখবেন\s+না|\bkichu\s+likhben\s+na\b|\b(?:lekha|text)\s+chara\b|कोई\s+टेक्स्ट\s+नहीं|कोई\s+शब्द\s+नहीं|"
    r"\b(?:don't|do\s+not|dont)\s+(?:put|add|write|include)\s+(?:any\s+)?(?:text|copy|words|"
    r"lettering)\b|\bleave\s+(?:the\s+)?(?:text|copy|words)\s+off\b|"
    r"文字(?:は|を)?(?:載せない|のせない|入れず)|(?:不要|别|別|不用)(?:放|加|写|寫)(?:任何)?(?:文字|字)|"
    r"(?:글자|텍스트|문구)(?:는|를|은|을)?\s*(?:넣지|쓰지|올리지)|"
    # 글자는 HTML로 올릴 거라 이미지에는 넣지 말아주세요: a reason between the text and the "don't".
    r"(?:글자|텍스트|문구)(?:는|은)\s[^.\n。]{0,30}?넣지\s*말|"
    r"(?:टेक्स्ट|शब्द|कुछ\s+भी)\s+(?:मत|न)\s+(?:डाल|लिख|लगा)|"
    r"\b(?:koi\s+)?(?:text|likha)\s+(?:mat|nahi|na)\s+(?:daal|likh|lagana|chahiye)|"
    r"(?:কোনো|কোন)\s+(?:লেখা|টেক্সট)\s+(?:লাগবে না|থাকবে না|চাই না|দেবেন না|দিও না|দিবেন না|"
    r"দেবে না|রাখবেন না)|লেখা\s+ছাড়া|\b(?:kono\s+)?lekha\s+(?:diben|deben|dio|rakhben)\s+na\b|"
    # The title put in elsewhere or later: サイト側で入れるので画像には不要, "text abhi mat
    # daalna", टाइटल हम बाद में डालेंगे, "chobir upor lekhar dorkar nei".
    r"(?:画像|写真)(?:に|の中に)は(?:文字|テキスト|タイトル)?(?:は)?(?:不要|いらない|入れない)|"
    r"(?:サイト|ページ|こちら|HTML)側で入れる|文字は入れなくて(?:大丈夫|いい|良い|OK)|"
    r"(?:图上|圖上|图片上|圖片上)(?:不用|不要|不需要|不加)(?:文)?字|"
    r"\b(?:text|likha|title)\s+(?:abhi\s+)?(?:mat|na)\s+(?:daal\w*|likh\w*)|"
    r"(?:टाइटल|टेक्स्ट|शीर्षक|हेडलाइन)\s+(?:हम|मैं)\s+(?:बाद\s+में|खुद|ख़ुद)|"
    r"\b(?:upor|upore|opor)\s+lekhar\s+dorkar\s+nei\b|(?:উপর|উপরে|ওপর)\s+লেখার\s+দরকার\s+নেই",
    re.IGNORECASE,
)
# The copy taken off the image, not put on it: "remove all the text", 文字を全部消して,
# 텍스트는 다 빼 주세요, 把文字都删掉, सारा टेक्स्ट हटा दो, সব লেখা মুছে দাও (and a quote
# straight after: remove the text "SALE").
_REMOVE_TEXT_RE = re.compile(
    r"\b(?:remove|delete|erase|clear|strip|take\s+out|take\s+off|get\s+rid\s+of|drop|lose)"
    r"\s+(?:(?:all|any|every)\s+)?(?:(?:of\s+)?the\s+)?(?:\w+\s+)?"
    r"(?:text|copy|words|lettering|writing|captions?|headlines?|titles?)\b(?:[ \t]*\x00+)?"
    r"|(?:\x00+[ \t]*)?(?:文字|テキスト|文言|コピー)(?:を|は|も)?(?:全部|すべて|全て|ぜんぶ|一旦)?"
    r"(?:消|削除|取って|取り除|なくして|無くして|外して|抜いて)"
    r"|(?:\x00+[ \t]*)?(?:텍스트|글자|문구|글씨)\s*(?:는|은|를|을|도)?\s*"
    r"(?:다|전부|모두|싹|전부\s*다)?\s*"
    r"(?:빼|지워|지우|삭제|없애)"
    r"|(?:把|將|将)?(?:所有|全部)?(?:的)?(?:文字|字|文案)(?:都|全部|全)?(?:删|刪|去掉|去除|拿掉|清除|清掉)"
    r"|(?:删掉|刪掉|去掉|去除|拿掉|清除)(?:所有|全部)?(?:的)?(?:文字|文案)"
    r"|(?:सारा|सारे|सभी|सब|पूरा)?\s*(?:टेक्स्ट|लिखावट|शब्द|लिखा\s+हुआ)\s*(?:को\s*)?"
    r"(?:हटा|मिटा|निकाल)"
    r"|(?:সব|সমস্ত|সবটা)?\s*(?:লেখা|টেক্সট)(?:গুলো|গুলি|টা)?\s*(?:মুছে|সরিয়ে|বাদ)"
    r"|\b(?:saara\s+|sara\s+|sob\s+)?(?:text|likha)\s+(?:hata|mita|nikal|muche|soriye|bad)\w*"
    r"|\btext\s*(?:को\s*)?(?:हटा|मिटा|निकाल|মুছে|সরিয়ে)",
    re.IGNORECASE,
)
# What joins the old copy to the new one in an edit: replace "A" with "B", "A" की जगह "B".
_REPLACED_BY = re.compile(
    r"^\s*(?:(?:with|by|for|to|into)(?:\s+(?:just|only|simply))?|→|->|=>|par|por|durch|"
    # "swap the old 'A' sign over to our new name 'B'": what the old copy is, then the new.
    r"(?:[a-z'-]+\s+){0,2}(?:over\s+)?(?:to|with|for)\s+(?:(?:the|our|its|a)\s+)?new(?:\s+[a-z-]+)?|"
    r"pela|pelo|jadi|menjadi|dengan|con|in|को|ko|"
    r"se\s+badal\s*ke|se\s+badalkar|ki\s+jagah|ke\s+bajaye|से\s+बदल\s*(?:के|कर)|"
    # "'A' ko badal ke 'B' kar do", "原来是'A'，改成'B'"
    r"(?:ko\s+|को\s+)?(?:badal\s*(?:ke|kar)|बदल\s*(?:के|कर))|[，,、]\s*(?:改成|换成|換成|改为|改為)|"
    r"thành|bằng|"
    r"की\s+जगह|के\s+बजाय|के\s+स्थान\s+पर|(?i:ke\s+sthan\s+par)|대신(?:에)?|(?:을|를)|에서|を|から|말고|じゃなくて|ではなく|"
    r"(?:ta\s+|টা\s*)?(?:muche|muchhe|মুছে|kete|কেটে)(?:\s+(?:diye|দিয়ে))?|"
    # "'A' ta bodle 'B' kore dao": B in place of A.
    r"(?:ta|টা)\s*(?:bodle|bodole|বদলে)|"
    r"(?:ko\s+|को\s*)?(?:kaat\s*ke|kaatkar|kaat\s+kar|काट\s*(?:के|कर)|hata\s*(?:ke|kar)|"
    r"हटा\s*(?:के|कर))|"
    # 「A」の表記を「B」に, 'A' 표기를 'B'로, “A”的写法改成“B”: the old copy's spelling named.
    r"の(?:表記|表示|文字|文言|部分|ところ|箇所|書き方)を|(?:표기|부분|글자|문구|철자)(?:을|를)|"
    r"的(?:写法|寫法|字)(?:改成|换成|換成|改为|改為)|"
    # "'A' er jaygay likho 'B'": the old line named, then the verb of writing the new one.
    r"(?:er|r)\s+(?:jaygay|jaygae|jayga(?:y|i)|bodole)(?:\s+(?:likho|lekho|likhun|likhe\s+da[ow]|"
    r"likhe\s+din|kore\s+da[ow]|koro))?|"
    # "'A' theke 'B' kore dao", "'A' se 'B' kar do": from the old copy to the new one.
    r"theke|থেকে|se|से|"
    r"theke\s+(?:badle|bodle|bodol(?:iye)?)|থেকে\s+বদলে|এর\s+(?:বদলে|জায়গায়)|বদলে(?:\s+(?:লিখুন|লিখে\s+দিন|লেখো|লিখে\s+দাও|লিখবেন))?|改成|换成|換成|改为|改為)\s*$",
    re.IGNORECASE,
)
# The new copy first and the old after it: "A" rather than "B", 用「A」而不是「B」, "A" na ki
# "B". No verb is needed: the words themselves say which one is dropped.
_CHOSEN_OVER = re.compile(
    r"^\s*[,，、]?\s*(?:(?:rather|instead)\s+(?:than|of)|and\s+not|not|"
    r"而不是|而非|不是|不要|別用|别用|न\s+कि|na\s+ki|naki|ki\s+jagah\s+nahi)\s*$",
    re.IGNORECASE,
)
_REPLACE_VERB = re.compile(
    # ... said in the passive of a formal request too: "might the title be changed from A to B"
    r"\b(?:replaced?|swap(?:ped)?|switch(?:ed)?|changed?|amend(?:ed)?|alter(?:ed)?|turn|cambia|cambiar|remplace[rz]?|ersetze|troque|"
    r"substitua|ganti|ubah|sostituisci|đổi|thay|badal\w*|bodl\w*|jagah|jaygay|jaygae|jayga[yi]|"
    r"bodole|fix|correct|update|make)\b|এর\s+জায়গায়|"
    r"把|将|की\s+जगह|के\s+स्थान\s+पर|बदल|대신|を.*に|から.*に|じゃなくて.*に|ではなく.*に|말고|বদলে|"
    r"(?:으로|로)\s*(?:고쳐|바꿔|바꾸|변경|수정)|"
    r"कर\s*(?:दो|दीजिए|दें|देना|दीजिये)|\bkar\s*(?:do|dijiye|dein|dena)\b|"
    r"করে\s*(?:দাও|দিন|দেবেন)|\bkore\s*(?:dao|din|deben)\b|\bmuch(?:h)?e\b|মুছে|\bkete\b|কেটে|"
    r"\bkaat\w*|काट|\bhata\s*(?:ke|kar)\b|हटा\s*(?:के|कर)|直して|なおして|修正|"
    r"改成|换成|換成|改为|改為",
    re.IGNORECASE,
)
# "見出し：A" then "サブ：B" on the next line: a short label opens each further line of copy,
# where it goes maybe said with it ("hashtag bottom corner: #…", "CTA top right: …").
_NEXT_LINE_LABEL_RE = re.compile(
    r"^[ \t]*(?:[>•*・·-][ \t]*)?[^\s:：]{1,14}(?:[ \t][^\s:：]{1,10}){0,2}[ \t]*"
    r"(?:(?<!\d)[:：]|[:：](?!\d))[ \t]*"  # a colon between figures is a time (10:00)
    r"(?P<x>\S[^\n]*)$"
)
# A line of a structured brief: "Headline: …", "> Visual: …", "- CTA: …", "見出し：…". The
# colon is no time or ratio ("16:9", "10:30").
_FIELD_LINE_RE = re.compile(
    r"^[ \t]*(?:[>•*・·-][ \t]*)*(?P<label>[^\n:：]{1,40}?)[ \t]*(?<!\d)[:：](?!\d)[ \t]*"
    r"(?P<x>[^\n]*)$",
    re.MULTILINE,
)
# A field kept off the image, wherever its label says so: "Body copy (for the caption, not on
# image):", "本文（画像には入れない）：", "Caption (post mein jayega, image pe nahi):".
_OFF_IMAGE_RE = re.compile(
    r"not\s+on\s+(?:the\s+)?image|off\s+(?:the\s+)?image|for\s+the\s+(?:caption|feed|post)|"
    r"画像には入れない|画像に入れない|投稿キャプション|이미지에는?\s*(?:안|넣지)|不上图|不放图|不放在图|"
    r"image\s+pe\s+nahi|post\s+mein|इमेज\s+पर\s+नहीं|ছবিতে\s+নয়|ছবিতে\s+না",
    re.IGNORECASE,
)
# Fields that describe the job, not words to draw: the whole label is one of these.
_JOB_FIELD_RE = re.compile(
    r"(?:the\s+|our\s+)?(?:subject\s+line|preheader|primary\s+text|hashtags?|visuals?|image|"
    r"photo|format|formats|deliverables?|products?|ambiance|ambience|mood|tone|style|look|"
    r"colou?rs?|palette|background|sizes?|channels?|campaign|objective|audience|notes?|"
    r"deadline|occasion|brand|client|media|placement|dimensions|references?|refs?|"
    r"(?:swipe-?up\s+)?link|url|visuel|produit|formato|producto|imagen|foto|bild|produkt|"
    r"ambiente|estilo|tono|owners?|assignee|due(?:\s+date)?|contact|status|subject|topic|theme|"
    r"event|about|"
    r"tone\s*(?:&|and)\s*manner)(?:\s*\([^)]*\))?|"
    r"(?:本文|媒体|商品|ビジュアル|画像|写真|トーン|雰囲気|形式|サイズ|納期|본문|게시글|비주얼|형식|포맷|"
    r"사이즈|제품|톤|正文|配文|画面|视觉|視覺|格式|尺寸|产品|產品|商品|风格|風格|विज़ुअल|फ़ॉर्मेट|"
    r"फॉर्मेट|प्रोडक्ट|ভিজ্যুয়াল|ফরম্যাট|প্রোডাক্ট|বিষয়|विषय|主题|主題|テーマ|주제|"
    # Who owns the job and when it is due: 担当, 締切, 담당, 마감, 负责人, 截止, ओनर, দায়িত্বে.
    r"担当(?:者)?|締切|締め切り|期限|담당(?:자)?|마감|톤앤매너|负责人|負責人|截止(?:日期)?|"
    r"ओनर|डेडलाइन|ज़िम्मेदार|জিম্মায়|দায়িত্বে|ডেডলাইন|"
    # Notes to the designer and where it runs: 备注, 備考, 비고, नोट, মন্তব্য, 渠道, bishoy.
    r"备注|備註|备考|備考|メモ|비고|메모|참고|टिप्पणी|नोट्स?|মন্তব্য|নোট|渠道|チャネル|채널|चैनल|"
    r"চ্যানেল|मूड|মুড|(?:bishoy|bishoi|bisoy|vishay|vishai|mood\s*board))(?:\s*[（(][^）)]*[）)])?",
    re.IGNORECASE,
)


def is_job_field(label: str) -> bool:
    """``label`` names a field of the job (subject, format, tone, deadline), not copy."""
    return _JOB_FIELD_RE.fullmatch(label.strip()) is not None


def _off_image(label: str) -> bool:
    label = label.strip()
    return bool(
        _OFF_IMAGE_RE.search(label)
        or _JOB_FIELD_RE.fullmatch(label)
        or _RULE_FIELD_RE.fullmatch(label + ":")
    )


# A quote after a mascot or pet, whatever follows it: 品牌猫「豆包」, "our brand dog 'Biscuit'
# in the corner", 看板犬「ポチ」, 마스코트 '…': the animal's name, not copy.
_MASCOT_BEFORE = re.compile(
    r"(?:(?i:\bmascot|\b(?:brand|shop|store|office|our|team)\s+(?:dog|cat|puppy|kitten))|"
    r"(?:品牌|吉祥|店|看板|愛|宠物|寵物)(?:猫|貓|狗|犬)|吉祥物|マスコット|마스코트|반려(?:견|묘)|"
    r"शुभंकर|মাসকট)\s*[:：]?\s*$"
)
# A quote after the word for a name: "called 'Nimbus'", 商品は「山の麦茶」, 상품명 '…'.
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:called|named|product name|brand name|product|model)\s*:?|"
    r"商品は|商品[：:]|商品名|製品名|品名|ブランド名|新作|新商品|상품명|제품명|브랜드명|产品名|品名|"
    r"新品|新款|"
    r"品牌名|(?:新)?機能|功能|기능|书名是?|書名は?|(?i:\bfeature\b|\bapp\b)|"
    r"(?<![\u0900-\u097f])नाम\s*(?:है)?|(?<![\u0980-\u09ff])নাম|"
    # "project ka naam 'Green Acres' hai": a name, not copy
    r"\b(?:naam|nam)|"
    # "topic 'Road Safety'", বিষয় '…', विषय '…', 主题“…”, テーマ「…」, 주제 '…': what it is about
    r"\b(?:topic|theme|subject|bishoy|bishoi|vishay|vishai)(?:\s+(?:is|hai|holo))?|"
    r"(?<![\u0900-\u097f])विषय(?:\s+है)?|(?<![\u0980-\u09ff])বিষ(?:য়|য\u09bc)|主题是?|主題是?|テーマは?|주제는?)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
# A katakana noun straight before the quote names the thing: 新作スニーカー「AIR-LITE」;
# a label there (キャッチコピー「…」) introduces copy. Not Han: Chinese verbs of writing
# come straight before copy (改成“…”, 标题写「…」).
_NOUN_BEFORE_CJK = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}$")
# ... unless the noun is the visual itself: 夏祭りのポスター「夏のセール」 is the poster's copy.
_VISUAL_BEFORE_CJK = re.compile(
    r"(?:ポスター|バナー|チラシ|フライヤー|ストーリー|リール|サムネイル|サムネ|カバー|ヘッダー|カード|"
    r"イラスト|ビジュアル|デザイン|ステッカー|ラベル|パッケージ|ポップ|メニュー)$"
)
_LABEL_BEFORE_CJK = re.compile(
    r"(?:コピー|文字|テキスト|見出し|タイトル|文言|キャッチ|標語|スローガン|メッセージ|字样|文案|标语|"
    r"标题|標題|口号|口號|广告语|宣传语|文字内容)$"
)


_INDIC_GENITIVE_AFTER = re.compile(
    r"\s[\u0980-\u09ff]+(?:ের|র)(?=\s)|\s[\u0900-\u097f]+\s(?:का|की|के)(?=\s)"
    # "'Sylhet Gold' cha masala er jonno": a product noun of one or two words may come first
    r"|\s(?i:[a-z]+(?:\s+[a-z]+)?\s+(?:ke\s+liy?e|er\s+jo?nno))\b"
)


# Words quoted from a person: what the boss said, what someone was told to do. "I was told
# to 'sort the visuals'", 社長に「…」と言われた, "…"라고 하셨어요, 老板说“…”, बॉस ने कहा "…",
# বস বলল "…". They report a remark; the copy is what the brief asks to write.
_SPEECH_AFTER_QUOTE = re.compile(
    r"[ \t]*(?:(?:と|って)(?:しか|も|は|ばかり)?(?:言(?!う(?:文字|言葉|コピー|テキスト|文言))|"
    r"いわ|い(?:われ|った)|おっしゃ|仰|怒|突っ込|指摘)"
    r"|이?(?:라고|라며|란)\s*(?:하셨|하시|했|하더|하네|하던|말|그러|얘기|지적)|이?래(?:요|서|\s|$)"
    r"|(?:他|她|老板|领导|領導|总监|總監|客户|客戶)?(?:说|說|讲|講)(?:的|了|过|過)"
    r"|[,，]?\s*(?:कहा|बोला|बोले|बोलीं|बोली|कह\s+रहे|कह\s+रही)"
    r"|[,，]?\s*(?:বলল|বলেছে|বলেছেন|বললেন|বলছিল|বলছিলেন|বলছেন)"
    r"|(?i:,?\s*(?:(?:he|she|they|[a-z]+)\s+(?:said|says|told|keeps\s+saying)|bola|boli|bole|"
    r"kaha|bollo|boleche|bollen)\b))"
)
_SPEECH_BEFORE_QUOTE = re.compile(
    r"(?:\b(?:told|asked)\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?to|\bsaid|\bkeeps\s+saying|"
    r"\b(?:he|she|they)\s+(?:says|thinks|wants)|"
    r"(?:说|說|讲|講|问|問|表示)|(?:ने\s+)?(?:कहा|बोला|बोले|बोलीं)(?:\s+कि)?|"
    r"(?:বলল|বলেছে|বলেছেন|বললেন)(?:\s+যে)?|\b(?:bola|boli|kaha|bollo|boleche)(?:\s+ki|\s+je)?)"
    r"[ \t]*[:：,，]?[ \t]*$",
    re.IGNORECASE,
)


# The copy the image has now, named beside the new one: "Ekhon 'Eid Offer' ache", "it
# currently says 'Sale'", 今は「セール」になっています, 지금은 '세일'이라고 되어 있어요,
# 现在是“促销”, अभी "Sale" लिखा है, এখন "Sale" লেখা আছে. Only the new copy is drawn.
_NOW_BEFORE_QUOTE = re.compile(
    r"(?:(?i:\b(?:ekhon|akhon|abhi|currently|right\s+now|at\s+the\s+moment|now\s+it)\b)|"
    r"現在(?:は)?|今は|지금은?|현재는?|现在|目前|अभी|এখন)"
    r"[ \t]*(?i:(?:it\s+)?(?:says|reads|is|has)|(?:写|寫)的是|是)?[ \t]*[:：]?[ \t]*$"
)
_IS_AFTER_QUOTE = re.compile(
    r"[ \t]*(?:(?i:(?:lekha|likha)?\s*(?:ache|achhe|ase|hai)\b)|(?:লেখা\s+)?আছে|(?:लिखा\s+)?है|"
    r"(?:に|と)なって|となってい|です|이?라고\s*(?:되어|돼|써|적)|(?:이|가)\s*(?:있|들어|써)|"
    r"[，,。.;；]|$)"
)


def _quote_is_current(text: str, start: int, end: int) -> bool:
    """Whether the quote at ``text[start:end]`` names the copy the image carries now."""
    before, after = text[max(0, start - 24) : start], text[end : end + 16]
    return bool(_NOW_BEFORE_QUOTE.search(before) and _IS_AFTER_QUOTE.match(after))


def _quote_is_speech(text: str, start: int, end: int) -> bool:
    """Whether the quote at ``text[start:end]`` reports what someone said."""
    after, before = text[end : end + 24], text[max(0, start - 40) : start]
    return bool(_SPEECH_AFTER_QUOTE.match(after) or _SPEECH_BEFORE_QUOTE.search(before))


# "…, 'Chai pe Charcha' naam hai", 「朝の窓」という名前です, '아침 창'이 이름이에요, 名字叫“晨窗”:
# a quote said to be the name of the show or shop names it; nothing asks to write it.
_NAME_IS_AFTER = re.compile(
    r"\s*(?:(?i:(?:is\s+)?(?:the|its|our)\s+name\b|naam\s+(?:hai|he|h|rakha|rakhenge)\b|"
    r"nam\s+(?:hobe|holo|dilam|rekhechi)\b)|नाम\s+(?:है|रखा|रखेंगे)|নাম\s+(?:হবে|হলো|দিলাম|রেখেছি)|"
    r"という(?:名前|名称)(?:です|だ|に)|(?:이?라는|(?:이|가))\s*이름|(?:是|为)?(?:它的)?(?:名字|名称)(?:[。，,]|$))"
)


def _quote_is_name(text: str, start: int, end: int) -> bool:
    """Whether the quote at ``text[start:end]`` names something rather than giving copy."""
    after, before = text[end : end + 24], text[max(0, start - 40) : start]
    if _NAME_IS_AFTER.match(after) or _MASCOT_BEFORE.search(before):
        return True
    if _TRANSLATION_ASKED.search(after, 0, 12):
        return False  # "“每天现烤”不用翻译", "'…' 번역해서": a line to translate or keep
    if _COPY_AFTER_QUOTE.match(after) or _COPY_BEFORE_QUOTE.search(before):
        return False
    if _INDIC_GENITIVE_AFTER.match(after):
        return True
    if _NAMED_BEFORE.search(before):
        return True
    if (
        _NOUN_BEFORE_CJK.search(before)
        and not _LABEL_BEFORE_CJK.search(before)
        and not _VISUAL_BEFORE_CJK.search(before)
    ):
        return True
    follows = _NAME_AFTER_QUOTE.match(after)
    if follows is None:
        return False
    cjk_or_korean = re.search(r"[\u3000-\u9fff\uAC00-\uD7A3]", follows.group(0)) is not None
    return cjk_or_korean or bool(_NAME_BEFORE.search(before))


# 図書館の「夏休み読書スタンプラリー」のポスター … 文字は『…』: beside copy that is labelled,
# a quote followed by a genitive (の, 的, 의, এর, का, "er jonno") names what the visual is for.
_OF_AFTER_QUOTE = re.compile(
    r"\s*(?:の(?!文字|文言|コピー|テキスト)|的(?!字)|의\s|-?এর\s|(?:का|की|के)\s)"
    r"|\s+(?i:er|ka|ki|ke)\s"
)


# "'स्वच्छ वार्ड अभियान' के लिए", "'Puja Utsav' er jonno", 「秋祭り」のための, '가을 축제'를 위한:
# a quote followed by "for" (or by の, 的, का) names the occasion; beside copy given
# unquoted it is no copy.
_FOR_AFTER_QUOTE = re.compile(
    # ... also with what it is between them: "'Kids Week' campaign ke liye", 'X' utsab er jonno.
    r"\s*(?:(?:[A-Za-z\u0900-\u09ff]+[ \t]+)?"
    r"(?:के\s+लिए|(?i:ke\s+liye|ke\s+liy?e|er\s+jo?nno|r\s+jo?nno)\b|"
    r"এর\s+জন্য|র\s+জন্য)|[ \t]+[\u0980-\u09ff]+(?:ের|র)\s+জন্য|"
    r"の?ための?|用の|(?:을|를)?\s*위한|(?:을|를)\s*위해|(?:而)?(?:做|准备)的)"
)

# ... and so is one after "for": "a 1:1 post for 'Green Streets', text: …", 为“…”做一张海报.
_FOR_BEFORE_QUOTE = re.compile(
    r"(?:\b(?:for|celebrating)(?:\s+(?:the|our))?|为|為)\s*$", re.IGNORECASE
)


_WAS_BEFORE_QUOTE = re.compile(
    r"(?:(?i:\b(?:originally|it\s+was|used\s+to\s+say|was)\b)|"
    # "where it says '6pm' put '7pm'": the line as the image has it now.
    r"(?i:\b(?:where|wherever)\s+it\s+(?:says|reads)|\b(?:bit|part|line)\s+that\s+(?:says|reads))|"
    r"原来是|原来的|原本是|以前是|之前是|原來是|原來的|원래|기존(?:에는?)?|元は|もともと|"
    # "जहाँ लिखा है 'A' उसकी जगह 'B'", "jahan likha hai 'A'", "যেখানে লেখা আছে 'A'"
    r"जहाँ\s+लिखा\s+(?:है|हुआ\s+है)|(?i:\bjahan?\s+likha\s+(?:hai|hua\s+hai)\b)|"
    r"যেখানে\s+লেখা(?:\s+আছে)?|(?i:\bjekhane\s+lekha(?:\s+ache)?\b))"
    r"[ \t]*[:：]?[ \t]*$"
)


# "हेडलाइन पहले 'A' थी, उसे 'B' कर दो", "'A' chilo, 'B' koro": the quote it was.
_WAS_AFTER_QUOTE = re.compile(
    r"[ \t]*(?:(?i:tha|thi|the|chilo|chhilo|silo)\b|था|थी|थे|ছিল|だった|でした|이었|였|"
    # 「A」となっているところ, 'A'라고 되어 있는, “A”写错了: the line as the image has it now.
    r"と(?:なって|書いて|書かれて)(?:いる|ある)|とある(?:ところ|部分|箇所)|"
    # 「A」って書いてあるとこ, 'A'라고 된 거: the old copy named by where it is
    r"って(?:書いて|書かれて)(?:ある|る)|(?:이?라고\s*)?된\s*(?:거|것|부분|곳|데)|"
    r"(?:उसकी|उस\s+की|इसकी)\s+जगह|(?i:\b(?:uski|iski)\s+jagah\b)|(?:ওর|ওটার|এর)\s+জায়গায়|"
    r"(?:이?라고\s*)?(?:되어|돼|써|적혀)\s*있는|(?:写|寫)(?:错|錯)|不对|不對|错了|錯了|"
    # 「A」になってますが「B」に, 'A'로 되어 있는데: as it reads now, said before the new one
    r"[とに](?:なって|書いて|書かれて)(?:い)?(?:ます|る)(?:が|けど|けれど|ので|から|[、,，])|"
    r"(?:이?라고|으로|로)\s*(?:되어|돼|써|적혀)\s*있(?:는데|어요|습니다)|이?(?:인데|었는데|였는데)|"
    # "‘A’ না, ‘B’ হবে", "'A' नहीं, 'B'", "'A' na, likho 'B'": not the one, the next is.
    r"(?:না|नहीं|(?i:nahi|nahin|noy|na))[ \t]*[,，、])"
)


def was_before(text: str, span: str) -> bool:
    """Whether ``span`` is said in ``text`` as the copy the image has now, to be replaced."""
    at = text.find(span)
    return at >= 0 and bool(_WAS_AFTER_QUOTE.match(text, at + len(span)))


# "from … to": "'Mon' se 'Fri' tak", "'৳500' থেকে '৳900' পর্যন্ত".
_RANGE_START = re.compile(r"\s*(?:theke|থেকে|se|से)\s*$", re.IGNORECASE)
_RANGE_END = re.compile(r"\s*(?:(?:tak|porjonto|obdhi)\b|तक|পর্যন্ত|অবধি)", re.IGNORECASE)


def _replaced_quotes(text: str, quotes: list[tuple[int, int]]) -> set[int]:
    """Starts of quotes an edit replaces with the next quote, or that the quote before is
    chosen over: the old copy goes."""
    old: set[int] = set()
    for (a_start, a_end), (b_start, b_end) in itertools.pairwise(quotes):
        between = text[a_end:b_start]
        # "'Mon' se 'Fri' tak": from one to the other, a range that keeps both
        ranged = _RANGE_END.match(text, b_end) and _RANGE_START.match(between)
        if _REPLACED_BY.match(between) and _REPLACE_VERB.search(text) and not ranged:
            old.add(a_start)
        elif _CHOSEN_OVER.match(between):
            old.add(b_start)
    return old


# Words in capitals changed to others, unquoted: "change FRI 21 to SAT 22 NOV", "replace
# SALE with MEGA SALE", "把 OPEN 9AM 改成 OPEN 10AM", "SUN 5을 SAT 4로 바꿔줘", "FRI 21 ko SAT 22
# kar do". The capitals after the change are the copy; those before are on the image now.
_CAPS_TOKEN = r"[A-Z0-9][A-Z0-9'’&!%$+:/.-]*"
_CAPS_RUN = rf"{_CAPS_TOKEN}(?:[ \t]+{_CAPS_TOKEN})*"
_CAPS_CHANGED_RES = [
    re.compile(
        r"(?i:\b(?:change|replace|swap|switch|update|correct|fix)\b)[ \t]+"
        rf"(?P<old>{_CAPS_RUN})[ \t]+(?i:to|with|into|for|->|→)[ \t]+(?P<new>{_CAPS_RUN})(?![\w'’])"
    ),
    re.compile(rf"(?P<old>{_CAPS_RUN})[ \t]*(?:->|→)[ \t]*(?P<new>{_CAPS_RUN})(?![\w'’])"),
    re.compile(
        rf"(?:把|将|將)[ \t]*(?P<old>{_CAPS_RUN})[ \t]*(?:改成|换成|換成|改为|改為)[ \t]*"
        rf"(?P<new>{_CAPS_RUN})(?![\w'’])"
    ),
    re.compile(
        rf"(?<![\w'’])(?P<old>{_CAPS_RUN})[ \t]*(?:을|를)[ \t]*(?P<new>{_CAPS_RUN})[ \t]*"
        r"(?:으로|로)[ \t]*(?:바꿔|바꾸|고쳐|변경|수정)"
    ),
    re.compile(
        rf"(?<![\w'’])(?P<old>{_CAPS_RUN})[ \t]*(?:を|から)[ \t]*(?P<new>{_CAPS_RUN})[ \t]*に[ \t]*"
        r"(?:変え|直し|変更|修正|して)"
    ),
    re.compile(
        rf"(?<![\w'’])(?P<old>{_CAPS_RUN})[ \t]+(?:ko|को|ke\s+bodole|er\s+bodole|ta\s+bodle)[ \t]+"
        rf"(?P<new>{_CAPS_RUN})[ \t]+(?i:kar|kore|कर)"
    ),
]


def caps_changed(text: str) -> re.Match[str] | None:
    """Capitals changed to other capitals, unquoted: the match's "new" group is the copy."""
    for pattern in _CAPS_CHANGED_RES:
        for match in pattern.finditer(text):
            # copy in capitals on both sides, not a size or a figure alone ("16:9 to 4:5")
            new, old = match.group("new"), match.group("old")
            if names_element_in_capitals(new) or names_element_in_capitals(old):
                continue  # "change PDF to PNG", "RGB to CMYK": a file or a colour space
            if re.search(r"[A-Z]{2}", new) and re.search(r"[A-Z]{2}", old):
                return match
    return None


# Where a brief turns from the caption to the image's own copy: 이미지(안)에는, 画像には, 图上.
_IMAGE_TURN = (
    r"(?:이미지|사진|그림)\s*(?:안|위)?(?:에는|엔)|(?:画像|写真)(?:に|の中に)は|(?:图|圖)(?:片)?上"
)
# The post's own text, which the image does not carry: "Caption for the feed: …", "the
# caption will be …", "post caption: …", 投稿文, 게시글, 正文.
_FEED_CAPTION_RE = re.compile(
    r"\b(?:caption|text)\s+(?:for|in|on)\s+(?:the\s+)?(?:feed|post|tweet)\b[^\n]*?"
    r"(?=\.\s|\s[-–—]\s|;|$)|"
    # ... "the post text will be '…'", "the feed copy is going to be '…'" too
    r"\b(?:the\s+)?(?:caption|(?:post|feed)\s+(?:text|copy))\s+"
    r"(?:(?:will|would|should)\s+be|is\s+going\s+to\s+be)\b[^\n]*?(?=\.\s|\s[-–—]\s|;|$)|"
    r"\b(?:post|feed)\s+caption\b[^\n]*?(?=\.\s|\s[-–—]\s|;|$)|"
    # "I'll write 'Tulips are back!' in the caption myself": the post's text, not the image's.
    # "I'll put "Dust it up" as the post caption myself" too.
    r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+(?:write|put|add|use)\s+[^\n]{0,60}?"
    r"\b(?:in|as)\s+(?:the|a|my|our)\s+(?:(?:post|feed|insta(?:gram)?)\s+)?"
    r"(?:caption|post(?:\s+text)?)\b|"
    # ... up to where the brief turns to the image's own copy: "…, 이미지에는 …".
    r"(?:投稿文|本文|게시글|본문|正文|配文|पोस्ट का कैप्शन|পোস্টের ক্যাপশন)"
    rf"(?:(?!{_IMAGE_TURN})[^\n。])*|"
    # キャプションは「…」にする予定, 캡션은 '…'로 할게요, कैप्शन में "…" डालूँगी: a social
    # post's caption is the post's text, whatever the image carries.
    r"(?:キャプション|캡션|कैप्शन|ক্যাপশন)(?:は|に|은|에는|에|으로|\s*(?:में|पर|में\s+लिखूँगी|"
    rf"হবে|এ|ে|তে))(?:(?!{_IMAGE_TURN})[^\n。.।])*|"
    # "Caption e debo '…'", "caption mein daalunga '…'": the post's text, written by us.
    r"\bcaption\s+(?:e|te|mein|me|par)\s+(?:debo|dibo|likhbo|dunga|daalunga|likhunga|"
    r"daal\s+denge)\b[^\n]*?(?=[.–—]\s|\s[-–—]\s|$|"
    # ... up to "but" turning to the image: "… kintu chobite shudhu 'Net Practice'".
    r",?\s+(?:kintu|but|lekin|magar|par|কিন্তু|लेकिन|मगर)\s)",
    re.IGNORECASE,
)
# The copy said to be all the image carries, after the image as its place: "이미지에는 가을
# 신메뉴 출시 만 들어가면 돼요", 画像には 秋の新メニュー だけ入れて, 图上只放 秋季新品上市.
_IMAGE_ONLY_RES = [
    re.compile(
        r"(?:이미지|사진|그림|포스터|배너)(?:에는|엔)[ \t]*(?P<x>[^,.!?\n\x00]+?)[ \t]*"
        r"(?:정도)?만[ \t]*"
        r"(?:들어가면|들어가게|넣어|넣으면|있으면|나오면|써|적어)"
    ),
    re.compile(
        r"(?:画像|写真|ポスター|バナー|チラシ)(?:に|の中に|の上に)は[ \t　]*(?P<x>[^、。\n\x00]+?)"
        r"[ \t　]*だけ(?:を)?(?:入れ|載せ|書い|で)"
    ),
    re.compile(
        r"(?:图|圖|图片|圖片|画面|畫面)上(?:只|就)(?:放|写|寫|要|留)[ \t]*(?P<x>[^，。,\n\x00]+)"
    ),
]
# Prices set to a new value unquoted: "change $19 to $15", "दाम ₹499 की जगह ₹399 कर दो",
# 990円を790円に, 9900원을 7900원으로, 把¥99改成¥79.
# A price per something keeps what it is per: ¥2980/期, ₹399/day, 5만원/월, ৳৫০০/মাস.
_PER_UNIT = (
    r"(?:\s?/\s?(?:[\u4e00-\u9fff]{1,2}|[A-Za-z]{1,5}\b|[\uac00-\ud7a3]{1,2}|[\u0900-\u09ff]+))?"
)
# The figure ends on a digit: "from £299 to £249, everything else stays" keeps no comma.
# A figure may count in ten-thousands or lakhs: 39万円, 2만 5천원, ₹1.5 लाख, ৳২ হাজার.
_LARGE_UNIT = (
    r"(?:\s?(?:万|萬|亿|億|千|만|천|억|लाख|हज़ार|हजार|লাখ|হাজার|(?i:lakh|hazar)\b)"
    r"(?:\s?\d+\s?(?:千|천|百|백))?)?"
)
_AMOUNT = (
    r"(?:[$€£¥₹৳￥₩]|\b(?:Tk|Rs)\.?)?\s?\d(?:[\d.,:\u2063]*\d)?"
    + _LARGE_UNIT
    + r"\s?(?:%|円|원|元|块|টাকা|रुपये|€|\$)?"
    + _PER_UNIT
)
# ... and so does a date or an hour changed the same way: 8月12日, 8월 15일, "15 August".
_DATE_VALUE = (
    r"\d{1,2}\s*(?:月|월)\s*\d{1,2}\s*(?:日|일|号|號)|\d{1,2}\s*(?:日|일|号|號|時|시|点|點)(?:半)?"
)
_LATIN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_VALUE = rf"(?:{_DATE_VALUE}|{_AMOUNT})"
_CLOCK = r"\s?(?i:[ap]\.?m\.?)(?![A-Za-z])"
_KO_SPOKEN_AMOUNT = r"(?:[일이삼사오육칠팔구십백천만]+\s?)+(?:원|달러|프로|퍼센트)"
_JA_SPOKEN_AMOUNT = r"[一二三四五六七八九十百千万]+\s?(?:円|ドル|パーセント)"
_EN_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|point|oh)"
)
_EN_SPOKEN_AMOUNT = (
    rf"(?i:{_EN_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_EN_NUMBER_WORD})*"
    r"(?:\s+(?:dollars?|pounds?|euros?|bucks|cents|pence|percent|rupees|taka))?)(?![A-Za-z])"
)
_SPOKEN_UNIT = (
    r"(?:रुपये|रुपए|रुपया|टका|টাকা|(?i:rupaye|rupaiye|rupees|rupiya|rs|taka|dollars?|percent)\b)"
)
_INDIC_NEW_VERB = (
    r"लिखो|लिख\s+दो|लिखिए|कर\s+दो|करो|कीजिए|होगा|होना\s+चाहिए|লেখো|লিখে\s+দাও|করো|করে\s+দাও|হবে|"
    r"(?i:likho|likh\s+do|kar\s+do|karo|hoga|koro|kore\s+dao|lekho|hobe)\b"
)
_WRITTEN_THERE = (
    r"लिखी\s+है|लिखा\s+है|लिखा\s+हुआ\s+है|লেখা\s+আছে|লিখে\s+রেখেছে|"
    r"(?i:likh[ai]\s+(?:hua\s+)?hai|likhe\s+rekhe\w*|lekha\s+ach?he)"
)
_NEW_AMOUNT_RES = [
    re.compile(
        r"\b(?:change|replace|swap|update|move|shift|cambia|troque|ganti|ubah)\s+(?:the\s+)?"
        rf"(?:\w+\s+)?(?:from\s+)?(?:{_AMOUNT}(?:\s*{_LATIN_MONTH}|{_CLOCK})?|{_MASK}+)\s+"
        rf"(?:to|with|for|by|por|para|jadi|menjadi)\s+"
        rf"(?P<x>{_AMOUNT}(?:\s*{_LATIN_MONTH}|{_CLOCK})?)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_AMOUNT}(?:\s+(?!se\b|से)[^\s,।]+)?\s*(?:की\s+जगह|ki\s+jagah|se|से)\s+"
        rf"(?P<x>{_AMOUNT}(?:/[^\W\d_]+)?(?:\s+(?!kar\b|कर|likh|लिख)[^\s,।]+){{0,2}}?)"
        # ... said to be written instead: "2000 ki jagah 1500/month likh do"
        r"(?=\s+(?:kar|कर|likh|लिख))"
    ),
    # "12 August theke 15 August kore dao", "৳৫০০ থেকে ৳৪০০ করে দাও": from the old to the new.
    re.compile(
        rf"{_AMOUNT}(?:\s+[^\s,।]+)?\s+(?:theke|থেকে)\s+"
        rf"(?P<x>{_AMOUNT}(?:\s+(?!kore\b|করে)[^\s,।]+){{0,2}}?)"
        r"(?=\s+(?:kore|করে)\s+(?:dao|din|diben|দাও|দিন|দেবেন))",
        re.IGNORECASE,
    ),
    # ... not a figure said to have grown or shrunk ("10日から3日に短縮された事例"): the
    # verb after に is one of change, or none yet.
    re.compile(
        rf"{_VALUE}\s*(?:を|から)\s*(?P<x>{_VALUE})\s*に"
        r"(?!\s*(?:短縮|延長|増加|減少|拡大|縮小|削減|増え|減っ|減り|伸び|上が|下が|向上|改善|低下|成長))"
    ),
    # ... a rate's period before its figure kept with it: "월 12만원에서 월 9만9천원으로"
    re.compile(
        rf"(?:(?:월|주|일|연|회당)\s*)?{_VALUE}\s*(?:을|를|에서)\s*"
        rf"(?P<x>(?:(?:월|주|일|연|회당)\s*)?{_VALUE})\s*(?:으로|로)"
    ),
    re.compile(rf"把\s*{_VALUE}\s*(?:改成|换成|改为|換成|改為)\s*(?P<x>{_VALUE})"),
    re.compile(rf"从\s*{_VALUE}\s*(?:改成|换成|改为|換成|改為|调到|降到|調到)\s*(?P<x>{_VALUE})"),
    re.compile(rf"{_AMOUNT}\s*(?:এর\s+)?(?:বদলে|জায়গায়)\s+(?P<x>{_AMOUNT})"),
    # A price said wrong, then the right one: "৳250 na ৳220 hobe", "₹250 nahi ₹220 hoga",
    # "not $25 but $22", "5,000원 말고 5,500원이요", 不是¥20，是¥25.
    re.compile(
        rf"(?<![\w$€£¥₹৳￥₩]){_AMOUNT}\s+(?i:na|nahi|nahin|noy|না|নয়|नहीं)[,，]?\s+(?P<x>{_AMOUNT})"
        r"(?=\s+(?i:hobe|hoga|hogi|hai|he|chai|হবে|होगा|होगी|है)|\s*[.,।!]?\s*$)"
    ),
    re.compile(rf"(?i:\bnot\s+){_AMOUNT}\s*,?\s+but\s+(?P<x>{_AMOUNT})"),
    re.compile(rf"{_AMOUNT}\s*말고\s*(?P<x>{_AMOUNT})(?:이요|예요|이에요|입니다|요)?\s*[.!?]*\s*$"),
    re.compile(rf"不是\s*{_AMOUNT}\s*[，,]\s*(?:而)?是\s*(?P<x>{_AMOUNT})"),
    # ... and said aloud, the figures spelled out: "사천 오백 원 말고 사천 원으로",
    # "तीस नहीं पैंतीस रुपये लिखो", "tirish na pochish taka koro".
    re.compile(rf"{_KO_SPOKEN_AMOUNT}\s*말고\s*(?P<x>{_KO_SPOKEN_AMOUNT})(?=으로|로|이요|요|\s|$)"),
    re.compile(
        rf"{_JA_SPOKEN_AMOUNT}\s*(?:じゃなくて|じゃなく|ではなく(?:て)?)\s*(?P<x>{_JA_SPOKEN_AMOUNT})"
        r"(?=で|に|です|\s|$)"
    ),
    re.compile(
        rf"(?i:\b(?:change|make|switch|update|fix)\b[^.\n]{{0,30}}?\bfrom\s+){_EN_SPOKEN_AMOUNT}\s+"
        rf"(?i:to)\s+(?P<x>{_EN_SPOKEN_AMOUNT})"
    ),
    re.compile(
        rf"(?i:\bnot\s+){_EN_SPOKEN_AMOUNT},?\s+(?i:make\s+it|but|it'?s|it\s+should\s+be)\s+"
        rf"(?P<x>{_EN_SPOKEN_AMOUNT})"
    ),
    re.compile(
        r"(?<!\S)[^\s,।]+\s+(?:नहीं|নয়|না|(?i:nahi|nahin|na|noy))\s+"
        rf"(?P<x>[^\s,।]+(?:\s+[^\s,।]+)?\s+{_SPOKEN_UNIT})"
        rf"(?=\s+(?:{_INDIC_NEW_VERB})|\s*$)"
    ),
    # The figure the draft says, then the one to make it: "कीमत ₹1,299 लिखी है, उसे ₹999 कर
    # दो", "dam ₹250 likhe rekheche, ₹199 koro", "it says £5, make it £4".
    re.compile(
        rf"{_AMOUNT}\s+(?:{_WRITTEN_THERE})[,，]?\s*"
        r"(?:(?:उसे|इसे|उसको|use|ise|usko|ota|oita|ওটা|ওটাকে|ওটা\s+কে)\s+)?"
        rf"(?P<x>{_AMOUNT})\s+(?:{_INDIC_NEW_VERB})"
    ),
    re.compile(
        rf"(?i:\b(?:it|the\s+\w+)\s+says\s+){_AMOUNT}[,;]?\s+(?i:make\s+it|change\s+it\s+to)\s+"
        rf"(?P<x>{_AMOUNT})"
    ),
]
# Quoted old copy, then the new value unquoted: "change 'Sat 14 Sept' to Sun 15 Sept",
# 原来写的“¥499”改成 ¥459, 「旧」を 新 に直して, '구' 를 신으로 바꿔, 'A' ki jagah B likho,
# 'A' kete B likhe dao. An arrow joins them in any language: 'A' → B.
_NOT_QUOTED = rf"(?!\s*[{_MASK}:：])"  # a colon opens copy another pattern takes whole
_INDIC_WRITE = (
    r"(?i:likho|likh\s+do|likhiye|likhe\s+da[ow]|likhe\s+din|lekho|likhun|kar\s+do|karo|"
    r"kore\s+da[ow]|koro|daalo|daal\s+do)|लिखो|लिख\s+दो|लिखिए|लिखें|कर\s+दो|करो|डालो|"
    r"লিখে\s+দাও|লিখে\s+দিন|লেখো|লিখুন|করে\s+দাও|করো"
)
_NEW_AFTER_QUOTE_RES = [
    re.compile(rf"\s*(?:→|->|=>|⇒|➡️?){_NOT_QUOTED}\s*(?P<x>[^\n{_MASK}]+)"),
    re.compile(
        rf"\s+(?:to|with|into|for)\s+(?:(?:just|only)\s+)?{_NOT_QUOTED}(?P<x>[^\n{_MASK}]+)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\s*(?:的(?:写法|寫法|字))?\s*(?:改成|换成|換成|改为|改為|变成|變成){_NOT_QUOTED}\s*"
        rf"(?P<x>[^{_CJK_STOP}{_MASK}]+)"
    ),
    re.compile(
        rf"\s*(?:の(?:表記|表示|文字|文言|部分|ところ|箇所))?(?:を|から){_NOT_QUOTED}\s*"
        rf"(?P<x>[^{_CJK_STOP}{_MASK}を]+?)\s*(?:に|へ)\s*"
        r"(?:変え|変更|直し|なおし|修正|書き換え|差し替え)"
    ),
    re.compile(
        rf"\s*(?:(?:표기|부분|글자|문구)(?:을|를)|을|를|에서){_NOT_QUOTED}\s*"
        rf"(?P<x>[^{_CJK_STOP}{_MASK}.!?]+?)\s*(?:으로|로)\s*(?:바꿔|바꾸|변경|수정|고쳐)"
    ),
    re.compile(
        r"\s*(?:(?:ta|টা)\s*)?(?:(?i:ki\s+jagah|ke\s+bajaye|(?:ko\s+)?(?:hata|kaat)\s*(?:ke|kar)|kete|"
        r"muche|er\s+jaygay|er\s+bodole|bodle)|की\s+जगह|के\s+बजाय|(?:को\s+)?(?:हटा|काट)\s*(?:के|कर)|"
        r"কেটে|মুছে|এর\s+জায়গায়|এর\s+বদলে|বদলে)(?:\s+(?:diye|দিয়ে))?"
        rf"{_NOT_QUOTED}\s+(?P<x>[^{_INDIC_STOP}{_MASK}]+?)\s+(?:{_INDIC_WRITE})(?![\w\u0900-\u09ff])"
    ),
]
_CHANGE_BEFORE_QUOTE = re.compile(
    r"\b(?:change|replace|swap|switch|update|fix|correct|edit)\s+"
    r"(?:(?:the|that|this)\s+(?:(?!(?:to|with|into|for|as|so)\b)[\w'-]+\s+){0,2})?(?:from\s+)?$",
    re.IGNORECASE,
)
_EN_CLAUSE_END = re.compile(
    r"\s+(?:and|but|so|then|please|pls|plz|thanks|instead|on|in|at)\s+|\s+[-–—]\s+|[,;]|(?<=[!?])\s|\.\s",
    re.IGNORECASE,
)
_EN_SIGN_OFF = re.compile(r"[\s,]+(?:please|pls|plz|thanks|thank\s+you|thx|ty)\W*$", re.IGNORECASE)
# The words that close a value changed to: 11월 4일로 수정, 15日に直して, "kar do".
_CHANGE_TAIL = re.compile(
    r"\s*(?:(?:으로|로)\s*(?:수정|바꿔|바꾸|변경|고쳐|해)|(?:に|へ)\s*(?:変更|修正|直|なお|変え|書き換え|"
    r"差し替え|して)|で(?:お願い|おねがい|よろしく)|(?:吧|就好|就行)|\s+(?:改|换|換|修)|"
    rf"\s(?:{_INDIC_WRITE})(?![\w\u0900-\u09ff])).*$"
)
# An unquoted old value changed to a new one with an arrow: "11월 3일 → 11월 4일로 수정",
# "9:00 → 9:30", "¥499→¥459に". The edit is said by a verb of change or by calling the old
# one wrong.
_ARROW_CHANGE_RE = re.compile(
    rf"(?P<old>[^\s{_MASK}→][^\n{_MASK}→]*?)[ \t]*(?:→|->|=>|⇒|➡️?)[ \t]*"
    rf"(?P<x>[^\s{_MASK}→][^\n{_MASK}→]*)"
)
_CORRECTION = re.compile(
    r"(?i:\bwrong\b|\btypo\b|\bmistake\b|\bgalat\b|\bbhul\b|\bvul\b)|틀렸|틀린|잘못|오타|間違|違い|誤|"
    r"错|錯|不对|不對|ग़लत|गलत|ভুল|"
    # ... or a verb of changing what is there ("make" makes something new).
    r"(?i:\b(?:change|update|fix|correct|replace|swap|switch|edit|badal\w*|bodl\w*|sudhar\w*|"
    r"kar\s+do|kore\s+dao)\b)|修正|直し|直して|なおして|変更|変えて|改成|改为|改為|改一下|换成|換成|"
    r"바꿔|바꾸|수정|변경|고쳐|बदल|सुधार|कर\s+दो|করে\s+দাও|করো|বদল"
)


# After an arrow, words that lead to the new value ("£5 → should be £3.50", "→ now 10am"),
# and a verb that goes on to the next step instead ("balloons ➡️ swap them for lanterns").
_NEW_LEAD_RE = re.compile(
    r"[ \t]*(?i:(?:it\s+)?(?:should|must|needs?\s+to|has\s+to|will)\s+(?:be|read|say)|"
    r"(?:make|change)\s+it(?:\s+(?:to|into))?|to|into|now)(?:\s+|$)"
)
_NEXT_STEP_RE = re.compile(
    r"[ \t]*(?i:(?:then\s+|and\s+|pls\s+|please\s+)?(?:swap|change|replace|make|add|remove|delete|"
    r"erase|put|move|turn|use|fix|update|take|bring|give|keep|crop|paint|colour|color)\s+"
    r"(?:them|it|this|that|those|these|the|a|an|our|my|some|all)\b)"
)


def _changed_value(value: str, english: bool) -> str:
    """The new value changed to, without the verb that closes it."""
    if english:
        # Not _trim_english: its tails ("may", "can") are no end of "4 May".
        value = _EN_CLAUSE_END.split(_EN_SIGN_OFF.sub("", value), maxsplit=1)[0]
        return _clean(value)
    return _ASIDE_RE.sub("", _clean(_CHANGE_TAIL.sub("", value)))


# "$5.80 (supplier went up again 🙃)": a remark in brackets after the new value, in words
# of a sentence, is said to us, not printed.
_ASIDE_RE = re.compile(r"\s+[(（](?=[^)）]*\b[a-z]+\s+[a-z]+\b)[^)）]*[)）]$")


# A price to print, given unquoted with its currency: "the price on it should be $49.99",
# 価格は1,980円で, 가격은 29,900원으로 넣어, 价格写成¥199, "price ₹499 likho", দামটা ৳৯৯৯ লিখে.
# The sign or unit is part of the copy, and without one a number is no price to print.
_PRICED = (
    r"(?:[$€£¥₹৳￥₩]\s?\d(?:[\d.,\u2063]*\d)?(?:\s?(?:円|원|元))?|"
    r"\d(?:[\d.,\u2063]*\d)?\s?(?:円|원|元|块|塊|টাকা|रुपये|रुपए|€|৳))" + _PER_UNIT
)
_PRICE_COPY_RES = [
    re.compile(
        r"\bprices?(?:\s+tag)?(?:\s+(?:on|in)\s+(?:it|this|that|the\s+\w+))?\s+"
        r"(?:(?:should|must|needs\s+to|has\s+to|will|is\s+to|to)\s+(?:be|read|say|show)|"
        r"says?|reads?|shows?)\s+"
        rf"(?P<x>{_PRICED})",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:price|daam|dam|damta|keemat|kimat)\s+(?P<x>{_PRICED})\s+(?:likho|likh\s+do|"
        r"likhna|likhiye|daalo|daal\s+do|rakho|kar\s+do|dikhao|likhe|lekho|likhun|boshiye|"
        r"boshao|rakhun|koro|kore)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:दाम|कीमत|क़ीमत|प्राइस)\s+(?P<x>{_PRICED})\s+(?:लिख|डाल|रख|कर\s+द|दिखा)"
        rf"|(?:দামটা|দাম|মূল্য|প্রাইস)\s*(?P<y>{_PRICED})\s*(?:লিখ|লেখ|বসি|বসা|রাখ|করে|দিন|দাও)"
    ),
    re.compile(
        r"(?:价格|价钱|價格|價錢|售价|售價|定价|定價)\s*(?:写成|寫成|标成|標成|写上|寫上|改成|改为|"
        rf"改為|换成|換成|写|寫|标|標|是|为|為)\s*(?P<x>{_PRICED})"
        rf"|(?:価格|値段|金額)(?:は|を)?\s*(?P<y>{_PRICED})\s*(?:で|に|と)"
        rf"|(?:가격|금액)(?:은|는|을|를)?\s*(?P<z>{_PRICED})\s*(?:으로|로|이라고|라고)?\s*"
        r"(?:넣어|적어|써|표시|표기|해|바꿔|변경)"
    ),
]


# The line's full stop, then a sentence on how the visual looks: "… থেকে। হালকা রঙ রাখবেন",
# "…まで。色は落ち着いた感じで", "... 3–5 May. Soft colours please".
_STOP_THEN_LOOK_RE = re.compile(
    r"(?:[।。]|[.!](?=\s))"
    r"(?=[ \t]*[^\n।。]*?(?:(?i:\b(?:colou?rs?|tones?|pastel|muted|bright|brighter|soft|calm|"
    r"font|rang|rong|halka|halki)\b)|色|トーン|明るめ|落ち着|색감?|톤|밝게|차분|颜色|顏色|色调|色調|"
    r"淡一|亮一|रंग|टोन|हल्क|चमकील|রঙ|রং|টোন|হালকা|ঝলমলে|উজ্জ্বল))"
)
# The copy kept as it was said before, after a change of format: 문구는 그대로요, 文言はそのまま
# で, 文案不变, "text same as before", टेक्स्ट वही रखो, লেখা আগের মতোই.
_AS_BEFORE_RE = re.compile(
    r"(?:그대로(?:요|예요|입니다|로|로요|\s*(?:둬|두세요|가|갑니다)(?:\s*주세요|요)?)?|"
    r"そのまま(?:で|です|でお願いします)?|同じ(?:で|です)?|不变|不變|照旧|照舊|一样|一樣|保持不变|"
    r"(?i:(?:the\s+)?same(?:\s+as\s+before)?|unchanged|as\s+before|wahi|wohi|same\s+rakho|"
    r"ager\s+motoi?|eki(?:\s+thakbe)?)|वही(?:\s+रखो|\s+रहेगा)?|वैसा\s+ही|আগের\s+মতোই?|একই)"
    r"[ \t]*[.!。！~]*"
)
# A figure set, then the one it replaces: "£4.50 instead of £3.80", "₹120 rather than ₹150",
# ¥45而不是¥38. The old one is no copy.
_OLD_FIGURE_AFTER_RE = re.compile(
    r"(?<=[\d%])[ \t]*(?:,[ \t]*)?(?:(?i:instead\s+of|rather\s+than|in\s+place\s+of|not)[ \t]+|"
    r"[，,]?(?:而不是|而非|不是)[ \t]*)"
    r"(?:[$€£¥₹৳￥₩]|(?i:\b(?:Tk|Rs)\.?))?[ \t]?\d[^\n]*$"
)
# ... or said before it: ¥380の代わりに¥420, 3,800원 대신 4,200원.
_OLD_FIGURE_BEFORE_RE = re.compile(
    r"^[^\n]*?\d[^\n]*?[ \t]*(?:の代わりに|の代わり|(?:의[ \t]*)?대신(?:에)?)[ \t]*"
    r"(?=(?:[$€£¥₹৳￥₩][ \t]?)?\d)"
)


# The language the copy is in, said before it: "영어로 SPRING EDITION 이라고", 英語で, 用英文,
# अंग्रेज़ी में, ইংরেজিতে, "in English:". It says how to write the copy, not what.
_LANGUAGE_LEAD = re.compile(
    r"(?:in\s+(?:English|Japanese|Korean|Chinese|Hindi|Bengali|Bangla)\s*[:,]?|"
    r"(?:英語|日本語|韓国語|中国語|ローマ字|英字)で|"
    r"(?:영어|영문|한글|한국어|일본어|중국어)(?:으로|로)|"
    r"用(?:英文|英语|英語|中文|日文|韩文|韓文)(?:写|寫)?|"
    r"(?:अंग्रेज़ी|अंग्रेजी|इंग्लिश|हिंदी|हिन्दी)\s+में|"
    r"(?:english|angrezi|angreji|hindi)\s+(?:mein|me)|"
    r"(?:ইংরেজিতে|ইংলিশে|বাংলায়)|(?:english\s*e|ingreji\s*te|banglay))[ \t]+|"
    # 加一行英文 Free Shipping, 写上英文：…: the bare language word before Latin copy
    r"(?:英文|英语|英語)(?:[ \t]*[:：])?[ \t]*(?=[A-Za-z0-9])",
    re.IGNORECASE,
)
# What may stand before a field's label on its line: spaces, a "> " or a bullet.
_LINE_LEAD_RE = re.compile(r"[ \t]*(?:[>•*・·-][ \t]*)*")


def _section_heading(text: str, start: int, end: int) -> bool:
    """A bracketed line over the fields of a structured brief: 【制作依頼】 then 媒体：…"""
    if text[start] not in "【〖〔[":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip() or text[end:line_end].strip():
        return False
    next_line = text[line_end + 1 :].split("\n", 1)[0]
    return _FIELD_LINE_RE.fullmatch(next_line) is not None


# A message that changes its mind: the request dropped before it, the one that counts
# after it. "scrap that", "never mind", 結局, やっぱり, 최종적으로, 취소됐, 最终, 被否了,
# "ab final", "cancel ho gaya", रद्द, "ekhon final", বাতিল, শেষমেশ.
CHANGE_OF_MIND = re.compile(
    r"(?i:\b(?:scrap|scratch|forget|ignore|drop)\s+(?:that|this|it|all\s+that)\b|"
    r"\bnever\s*mind\b|\bchange\s+of\s+plans?\b|\bon\s+second\s+thoughts?\b|"
    r"\b(?:was|got|were|has\s+been|have\s+been)\s+(?:dropped|cancell?ed|scrapped|killed|"
    r"rejected|vetoed|shot\s+down|binned)\b|\bin\s+the\s+end\b|"
    r"\b(?:now|but\s+now)\s+(?:the\s+)?(?:final|they\s+want|we\s+(?:need|want))\b|"
    r"\b(?:ab|abhi)\s+final\b|\bcancel\s+(?:ho|kar)\s*(?:gaya|gayi|diya|di)\b|"
    r"\b(?:ekhon|akhon)\s+final\b|\bbatil\b|\bcancel\s+hoye\s+gech\w*|\bshesh\s*mesh\b)|"
    r"結局|やっぱり|最終的に|取りやめ|取り止め|ボツ|没になっ|却下され|なしになっ|中止にな|"
    r"최종적으로|결국|취소(?:됐|되었|했|하고)|무산|엎어(?:졌|짐)|없던\s*걸로|"
    r"最终|最終|最后(?:定|决定|还是|改|选)|最後(?:定|決定|還是|改|選)|(?:被|给)(?:\S{0,4})?否|取消了|作废|不要了|不用了|改主意|"
    r"अब\s+(?:फ़ाइनल|फाइनल)|रद्द|कैंसल\s+हो|आखिर\s*में|आख़िर\s*में|"
    r"এখন\s+ফাইনাল|বাতিল|শেষমেশ|শেষ\s+পর্যন্ত|কিন্তু\s+না|"
    # ... and said on the spot: "no wait", "actually no,", "wait, no", 算了, いや、やっぱ,
    # 아니다, नहीं रुकिए, रहने दो, "— না", না থাক, "nahi ruko", "na thak".
    r"(?i:\bno,?\s+wait\b|\bwait,?\s+no\b|\bactually,?\s+no\b(?=\s*[,.;:!—–-])|"
    # ... "…'A'.. actually no make it B": after a break, whatever follows, unless it is what
    # the visual should have none of ("…, actually no text on it").
    r"(?<=[.…,;!?—–-]\s)actually,?\s+no\b(?!\s+(?:text|words?|copy|writing|lettering|logo|"
    r"captions?|people|faces?|background|borders?|emojis?|more|need)\b)|"
    # "… it should read A... actually make that B": the copy put right with no "no".
    r"(?<=[.…,;!?—–-]\s)actually,?\s+(?=(?:make|change)\s+(?:that|it)\b)|"
    # "nahi yaar, 'B' likho", "না রে", "no yaar": taken back among friends.
    r"\b(?:nahi|nahin|nah|na|no),?\s+(?:yaar|yar|re)\b(?=\s*[,.;:!—–-]|\s+['\"‘“\x00])|"
    # "— na na, 'B' koro", "no no, make it B": a no said twice takes back what came before.
    r"\b(nahi|nahin|na|no),?\s+(?-i:\1)\b(?=\s*[,.;:!—–-]|\s+['\"‘“\x00]|\s+(?:likh|lekh|write\b))|"
    r"\bnah,?\s+(?:wait|actually)\b|\b(?:nahi|nahin),?\s+(?:ruko|ruk|rukiye|rehne\s+do)\b|"
    # "wait nvm, just …", "nvm, make it …": typed short, the same taking back
    r"\b(?:wait,?\s+)?(?:nvm|nevermind)\b(?=\s*[,.;:!—–-])|"
    r"\bruko,?\s+(?:nahi|nahin)\b|\bna,?\s+(?:thak|tha[kh]uk|darao|daran)\b|[—–]\s*(?:no|nahi|na)\b(?=\s*,))|"
    # "oh no wait", 哦不对, いや違う, 아 잘못 말했, गलत बोला, ভুল বললাম: a slip put right.
    r"(?i:\bwait,?\s+actually\b|\bsorry,?\s+(?:i\s+meant|make\s+that)\b|\bgalat\s+bol(?:a|i)\b|"
    r"\bbhul\s+bol(?:lam|chi)\b)|(?<![\u4e00-\u9fff])(?:哦|噢|啊|诶|欸|呃)?不[对對](?=[，,！!])|"
    r"いや(?:、|，|\s)*違(?:う|った|います)|違う違う|아\s*잘못\s*말했|गलत\s+बोल(?:ा|ी)|"
    r"ভুল\s+বল(?:লাম|েছি)|"
    r"算了|不对不对|不對不對|等等，|还是改|還是改|"
    r"いや(?:、|，|\s)*(?:やっぱ|待って|ちょっと待って)|訂正(?:します|で)|"
    r"아니다|아니\s*아니|아\s*아니(?:다|야)|잠깐만?[,，]?\s*(?:아니|그거)|정정(?:할게|합니다)|"
    r"नहीं[,\s]+(?:रुकिए|रुको|रुकें|रहने\s+दो)|रुकिए[,\s]+नहीं|रुको[,\s]+नहीं|रहने\s+दो|"
    r"[—–]\s*(?:नहीं|না)(?=[\s,।]|$)|না[,\s]+থাক|না[,\s]+দাঁড়া|দাঁড়াও[,\s]+না|"
    r"नहीं[,\s]+यार|না[,\s]+রে(?=[\s,।]|$)|"
    # ... a no said twice, dictated with no stop: before the copy said again, its quote or
    # its verb of writing ("… 30% छूट नहीं नहीं लिखो …", "‘A’ না না ‘B’ লেখো")
    r"(?:नहीं[,\s]+नहीं|না[,\s]+না)(?=\s*[,।—–-]|\s+['\"‘“\x00]|\s+(?:लिख|লিখ|লেখ))"
)


# "… actually make that Climb After Hours": after a change of mind, the copy put in the place
# of the one before it, capitalised as copy ("make it bigger" changes the look).
_COPY_PUT_RIGHT_RE = re.compile(
    r"[\s,.;:!—–-]*(?i:(?:just\s+)?(?:make|change)\s+(?:that|it)(?:\s+(?:to|into))?|go\s+with)"
    # "actually no, make it A2": a paper size is the format put right, no copy
    r"\s+(?![AB]\d(?:\b|$))(?P<x>[A-Z][^\n]*)"
)
_COPY_RETRACTED_RE = re.compile(
    r"(?i:\b(?:nahi|nahin|na|nah)\s*,?\s+wait\b|\bwait\s*,?\s+(?:nahi|nahin|na)\b)|"
    r"(?:नहीं|না)[,\s]+(?:वेट|ওয়েট)"
)
# "「新発売」と入れて。…あ、中国向けなので「新品上市」で": a slip remembered after a break, with
# an interjection (…あ、, ... oh,, 아 참, 啊对了, arre haan, ওহ): the copy said after it is
# the one, unless it is only more ("… oh, and also …", それと, 그리고, 还有, aur, আর).
_AFTERTHOUGHT_RE = re.compile(
    r"(?:…+|\.{2,}|(?<=[。.!！?？])[ \t]*)[ \t]*"
    r"(?:(?i:oh|oops|ah|arre|arey|oho|ohh|h+m+|u+m+)|あっ?|ああ|うーん|んー|아\s*참|아|앗|음|"
    r"啊|哦|噢|诶|欸|嗯|अरे|ओह|हम्म|ওহ|আরে|হুম)"
    r"(?:[ \t]*(?:(?i:haan|han|wait|right|actually)|对了|對了|そうだ|맞다|हाँ|হ্যাঁ))?[、,，!！ \t]"
    r"(?![ \t]*(?:(?i:and|also|plus|aur|ar|arek)\b|それと|あと|それから|그리고|또|还有|還有|另外|"
    r"और|আর))"
)


# The copy said before a change of mind carried over to the new request: "same headline",
# "keep the title", 見出しは同じで, 같은 제목, 标题不变, वही हेडलाइन, একই শিরোনাম.
_SAME_COPY = re.compile(
    r"(?i:\b(?:same|keep\s+the)\s+(?:headline|title|copy|text|wording|tagline|slogan)s?\b|"
    r"\b(?:headline|title|copy|text|wording)\s+(?:stays|remains)\s+the\s+same\b|"
    r"\b(?:wahi|wohi|same)\s+(?:headline|title|text)\b|\bekoi\s+(?:headline|title|lekha)\b)|"
    r"(?:見出し|タイトル|コピー|文言)(?:は|も)?同じ|同じ(?:見出し|タイトル|コピー|文言)|"
    r"같은\s*(?:제목|문구|카피|헤드라인)|(?:제목|문구|카피|헤드라인)(?:은|는|도)?\s*(?:같게|동일)|"
    r"(?:标题|文案|標題)(?:不变|不變|一样|一樣|照旧|照舊)|同样的(?:标题|文案)|同樣的(?:標題|文案)|"
    r"वही\s+(?:हेडलाइन|टाइटल|शीर्षक)|একই\s+(?:হেডলাইন|শিরোনাম|লেখা)"
)


def copy_carried_over(text: str, turn: int) -> bool:
    """Whether what follows a change of mind ending at ``turn`` keeps the copy said before."""
    return _SAME_COPY.search(text, turn) is not None


def last_change_of_mind(text: str) -> int | None:
    """Where the last change of mind in ``text`` ends, or None when it has none."""
    turns = list(CHANGE_OF_MIND.finditer(text))
    return turns[-1].end() if turns else None


def asks_for_no_text(text: str) -> bool:
    """The brief asks for an image without text ("no words on it", 文字なし, 글자 없이), or
    leaves it to later ("copy TBD", 文案待定)."""
    return _NO_TEXT_RE.search(text) is not None


# "Reading" is a cue only as "a sign reading SALE": what follows starts like copy. "Kids
# reading in a treehouse", "the reading room" and "the Summer Reading Challenge" describe
# the scene or name it.
_READING_NOT_CUE = re.compile(r"\s+[a-z]")
_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][\w'-]*\s+$")


# "my fiancé says I overcomplicate things", "she says it's fine": a person's "says" reports
# what they said, not what the image says.
_SPEAKER_BEFORE = re.compile(
    r"(?i:\b(?:my|our|his|her|their|the)\s+(?:[\w'’-]+\s+)?(?:husband|wife|fianc[ée]e?|partner|"
    r"boyfriend|girlfriend|boss|manager|mum|mom|mother|dad|father|son|daughter|kids?|nephew|"
    r"niece|friends?|sister|brother|client|customers?|teacher|colleagues?|neighbou?rs?|aunt|"
    r"uncle|gran|grandma|granny|grandad|grandpa|granddaughter|grandson|vicar|priest|coach|"
    r"owner|chair|secretary)|\b(?:he|she|they|everyone|everybody|someone|somebody|people))"
    r"\s+(?:always\s+|still\s+|just\s+)?$"
)
# "(it says uploaded)", "it says sent": what the upload or the app shows, in lower case,
# not copy ("a sign that says Done." is).
_STATUS_WORD = re.compile(
    r"(?:successfully\s+)?(?:uploaded|uploading|sent|sending|failed|error|loading|"
    r"complete|completed|done|pending|processing|attached|received|saved)"
    r"(?:\s+successfully)?[ \t]*(?:[).!?]|$)"
)


def _verb_cues(masked: str, offset: int, no_text: bool) -> Iterator[re.Match[str]]:
    """The verb cues from ``offset`` on. A "reading" that is no cue takes nothing with it:
    the search goes on after the word, so "the Reading Week … a sign reading Quiet" still
    finds the sign's copy."""
    position = offset
    while (match := _EN_VERB_RE.search(masked, position)) is not None:
        if match.group(0)[:7].lower() == "reading" and not _reads_copy(masked, match, no_text):
            position = match.start() + 7
            continue
        if _SPEAKER_BEFORE.search(masked, max(0, match.start() - 40), match.start()):
            position = match.start("x")
            continue
        if _STATUS_WORD.match(match.group("x")):
            position = match.start("x")
            continue
        yield match
        position = match.end()


def _reads_copy(masked: str, match: re.Match[str], no_text: bool) -> bool:
    if no_text:
        return False  # "no copy" beside "a reading nook": the word describes the scene
    if match.group(0)[0] == "R" and _TITLE_WORD_BEFORE.search(masked[: match.start()]):
        return False
    return _READING_NOT_CUE.match(masked, match.start() + 7) is None


# A row pasted from a sheet under its header ("week | product | format | copy on banner",
# tab- or bar-separated): the cells of a column the header names as copy.
_CELL_SEP = re.compile(r"[ \t]*(?:\||\t)[ \t]*")
_COPY_COLUMN = re.compile(
    rf"(?i:\b(?:{_EN_LABEL_WORDS}|sub)\b)|コピー|文言|見出し|テキスト|キャッチ|サブ|문구|카피|헤드라인|"
    r"텍스트|부제|文案|标题|標題|标语|標語|टेक्स्ट|हेडलाइन|कॉपी|शीर्षक|কপি|হেডলাইন|লেখা|শিরোনাম|"
    r"সাবটাইটেল"
)


# A table pasted under words that make it the visual's content: "with this table", "put the
# table below on it", এই টেবিলটা দিয়ে, is table se, この表で, 이 표로, 用这个表格.
_THIS_TABLE = re.compile(
    r"(?i:\b(?:this|the\s+following|the\s+below|the)\s+table\b(?!\s+(?:of|for)\b)|"
    r"\b(?:is|ye|yeh)\s+table\b|\bei\s+table\s?(?:ta|ti)\b)|"
    r"(?:এই|নিচের)\s+টেবিল(?:টা|টি)?|(?:इस|यह|ये|नीचे\s+दी\s+गई)\s+(?:टेबल|तालिका)|"
    r"(?:この|以下の|下の)表|(?:이|아래)\s*표|(?:这个|這個|这张|這張|下面的|以下)表格?"
)


_TABLE_ROW_RE = re.compile(r"^[ \t]*\|[^\n]*\|[^\n]*\|[ \t]*$", re.MULTILINE)
# The rule under a table's header ("|---|:--|", "— —"): no row of cells.
_RULE_ROW = re.compile(r"[|:\s—–-]+")
# A copy label opening its line after a word for the top: "Top: …", "উপরে শিরোনাম: …".
_ON_TOP_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:top|upar|uppar|upore|opore)\b|উপরে|ওপরে|ऊपर|"
    r"上部|上段|上に|상단|맨\s*위|顶部|最上面)"
    r"[^\n:：]{0,20}[:：][ \t]*$"
)


def _whole_table(text: str) -> tuple[list[tuple[int, str]], str]:
    """A table the brief makes the content ("with this table"): its rows as written, with
    their offsets, and ``text`` with them blanked."""
    rows = list(_TABLE_ROW_RE.finditer(text))
    if len(rows) < 2 or not _THIS_TABLE.search(text, 0, rows[0].start()):
        return [], text
    kept: list[tuple[int, str]] = []
    blanked = list(text)
    for row in rows:
        line = row.group().strip()
        if not _RULE_ROW.fullmatch(line):
            kept.append((row.start() + row.group().find(line), line))
        blanked[row.start() : row.end()] = " " * (row.end() - row.start())
    return kept, "".join(blanked)


# A sheet's lead-in that makes a pasted row the copy ("文言はスプシからコピペします↓", "শিট
# থেকে কপি:", "use all three cells"): every cell but those naming the job is copy.
_SHEET_COPY_LEAD = re.compile(
    rf"{_COPY_COLUMN.pattern}|(?i:\b(?:all|every|each)\s+(?:\w+\s+)?(?:cells?|columns?)\b)"
)
# Header cells that say where or for what a row runs, never words to draw.
_NOT_COPY_HEADER = re.compile(
    r"(?i:\b(?:post|feed|alt|channel|platform|position|placement|slot|item|product|week|"
    r"format|size)s?\b)|投稿|게시|帖子|位置|品名|商品|媒体|サイズ|チャネル|채널|매체|위치|사이즈|"
    r"渠道|平台|尺寸|产品|चैनल|प्लेटफ़ॉर्म|চ্যানেল|প্ল্যাটফর্ম"
)


# A line that closes by saying how many lines of copy follow, or that the lines below go in
# order or as they are: "コピーは2行", "文案两行：", "copy in two lines:", "学部名はこの順で
# 縦に並べて：", "these lines exactly as they are:", "순서대로:". The lines under it are copy.
_LINE_COUNT = (
    r"(?:[2-5二三四五两兩][ \t]*行|(?:두|세|네|[2-5])[ \t]*줄|"
    r"(?i:(?:in[ \t]+)?(?:two|three|four|[2-5])[ \t]+lines|(?:do|teen|dui|tin)[ \t]+line)|"
    r"(?:दो|तीन|[2-5])[ \t]+(?:लाइन|लाइनें|पंक्तियाँ)|(?:দুই|তিন|[২-৫])[ \t]+লাইন)"
)
# ... with the particle that says "in" that many lines (두 줄로, 二行で, दो लाइन में, "in two
# lines:"): a lead before the lines, never one of them.
_LINE_COUNT_RE = re.compile(
    r"(?i:in[ \t]+)?(?:分成?)?"
    + _LINE_COUNT
    + r"(?:[ \t]*(?:으로|로|で|に|में|মে|(?i:mein|me|e|te)(?![A-Za-z])|ে))?(?:[ \t]*[:：])?"
)
_LINE_COUNT_LEAD_RE = re.compile(rf"(?:{_LINE_COUNT_RE.pattern})[ \t]*\n")
_LIST_LEAD_RE = re.compile(
    r"^[^\n]*?(?:(?:"
    + _COPY_COLUMN.pattern
    + r")[ \t]*(?:は|는|은|是|为|[:：])?[ \t]*"
    + _LINE_COUNT
    + r"(?:で|로|으로)?[ \t]*[:：↓]?"
    r"|(?:(?i:these[ \t]+lines|in[ \t]+(?:this|that|the[ \t]+same)[ \t]+order|"
    r"as[ \t]+they[ \t]+are|is[ \t]+order[ \t]+(?:mein|me)|ei[ \t]+order[ \t]*e)|"
    r"この順|順番(?:に|で|通り)|縦に並べ|순서대로|차례대로|"
    r"按(?:这个|這個|此)?(?:顺序|順序)|依次|इस[ \t]+क्रम[ \t]+में|এই[ \t]+ক্রমে|"
    # "then these lines exactly:" in every script: この行をそのまま, 이 줄 그대로, 这几行照写,
    # ये लाइनें, এই লাইনগুলো, "ye lines", "ei line gulo".
    r"(?:この|以下の|下の)(?:行|文言|文字)(?:を)?そのまま|"
    r"(?:이|아래|다음)[ \t]*(?:줄|문구)(?:들)?[ \t]*그대로|"
    r"(?:这|這|下面)(?:几|幾)?行(?:字)?(?:照写|照寫|原样|原樣|照抄)|"
    r"(?:ये|यह|नीचे\s+की)[ \t]+लाइन(?:ें)?|"
    r"(?:এই|নিচের)[ \t]+লাইন(?:গুলো)?|(?i:\bye[ \t]+lines\b|\bei[ \t]+line(?:[ \t]*gulo)?\b))"
    r"[^\n:：]{0,40}[:：↓])"
    r"[ \t]*$",
    re.MULTILINE,
)


def _sheet_blocks(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of lines pasted from a sheet, with their offsets: three or more cells split by
    bars or tabs, or two split by a tab (a bar between two may be copy: "Open | 9am")."""
    block: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        cells = _CELL_SEP.split(line.strip().strip("|"))
        if len(cells) >= 3 or (len(cells) == 2 and "\t" in line.strip()):
            block.append((offset, line))
        elif block:
            yield block
            block = []
        offset += len(line) + 1
    if block:
        yield block


def _table_copy(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """The copy cells of a table pasted into the brief, with their offsets, and the spans
    of the table's lines and of the line that leads into it."""
    found: list[tuple[int, str]] = []
    lines: list[tuple[int, int]] = []
    for block in _sheet_blocks(text):
        rows = [
            (offset, line, _CELL_SEP.split(line.strip().strip("|")))
            for offset, line in block
            if not _RULE_ROW.fullmatch(line)
        ]
        if len(rows) < 2:
            continue  # "SUN 14 JULY | FLAG-OFF 6:30 AM | ENTRY ₹499": one line is copy, no sheet
        lines.extend((offset, offset + len(line)) for offset, line in block)
        header = [cell.strip() for cell in rows[0][2]]
        lead = text[: block[0][0]].rstrip()
        lead_line = lead[lead.rfind("\n") + 1 :]
        # "图上只放了大杯的": a column the brief names is the one it wants; else the columns
        # the header names as copy, or every column under a lead that calls the row copy.
        said = lead.casefold()
        named = [
            i for i, cell in enumerate(header) if i and len(cell) > 1 and cell.casefold() in said
        ]
        columns = named or [
            i
            for i, cell in enumerate(header)
            if not _NOT_COPY_HEADER.search(cell)
            and (_COPY_COLUMN.search(cell) or _SHEET_COPY_LEAD.search(lead_line))
        ]
        data = [row for row in rows[1:] if len(row[2]) == len(header)]
        # "유튜브 행만 쓰면 돼요": rows the brief names by their first cell are the only ones.
        chosen = [
            row
            for row in data
            if 0 not in columns
            and len(row[2][0].strip()) > 1
            and row[2][0].strip().casefold() in said
        ]
        if columns and data:
            lines.append((block[0][0] - len(lead_line) - 1, block[0][0]))
        for offset, line, cells in chosen or data:
            for i in columns:
                cell = cells[i].strip()
                if cell and _MASK not in cell:
                    found.append((offset + line.find(cell), cell))
    return found, lines


# "text on it: Volunteers wanted – Sunday 12 October. Sign up at the info tent": a label's
# copy closing the message keeps its sentences unless one goes on with the brief.
_BRIEF_SENTENCE = re.compile(
    r"(?i)^(?:please|pls|make|use|keep|add|put|can|could|would|thanks|thank|and|also|with|in|on|"
    r"no|not|just|the\s+(?:logo|background|font|colou?r)|square|portrait|landscape|format|size)\b"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[^\s.])\.\s+(?=\S)")


# A slogan phrased with its own commas and one closing stop (来て、見て、決めよう。, "Back to
# school, sorted.") keeps the stop: it is part of the copy, not the end of the brief's
# sentence.
_PHRASED_LINE = re.compile(r"[^\n。、]+(?:、[^\n。、]+)+。|[^\n.,]+(?:,[ \t][^\n.,]+)+\.")


def _closing_at(masked: str, end: int, value: str) -> str | None:
    """``value`` whole, sentences and all, when it closes the message as copy: "copy is Derby
    Day. Tickets £5 on the gate", "英文文案就写 Study in Shanghai. Apply by 31 March."."""
    return None if masked[end:].strip() else _closing_copy(value)


def _closing_copy(value: str) -> str | None:
    sentences = _SENTENCE_SPLIT.split(value.strip())
    if len(sentences) < 2 or any(_BRIEF_SENTENCE.match(x) or "?" in x for x in sentences[1:]):
        return None
    return value.strip()


# A bullet and a copy label opening a line of copy: "• 見出し：第5回 …", "- Subline: …".
_FOOTNOTE_MARK_RE = re.compile(r"[ \t]*\*(?=[^\s*])")
_BULLET_LABEL_RE = re.compile(_BULLET_RE.pattern + r"(?:(?:[^\s:：]{1,12})[:：][ \t]*)?")
# "it says Half Marthon 🙈 should be Half Marathon": the corrected copy.
_EN_TYPO_RE = re.compile(
    r"\b(?:says|reads|it'?s|is|spelt|spelled)\s+[^\n]+?\s+(?:it\s+)?should\s+(?:be|say|read)\s+"
    r"(?P<x>[^\n]+)",
    re.IGNORECASE,
)
# A name or a post's text said to stay off the image: "don't put that on it", "but that
# shouldn't go on the picture", "keep that off the image", "don't put the shop name 'X' on
# it" (the quote inside), 这个别放图里, 名字不用放, 그건 이미지에 안 넣어도 되고.
_OFF_IT = r"(?:it|the\s+(?:image|picture|poster|visual|graphic|design|card|flyer|banner))"
_KEPT_OFF_RE = re.compile(
    r"(?i:\b(?:don'?t|do\s+not|never)\s+(?:put|add|write|include|show)\s+(?:that|it|this|them|"
    rf"the\s+name)\s+on\s+{_OFF_IT}\b|"
    rf"\b(?:don'?t|do\s+not|never)\s+(?:put|add|write|include|show)\s+(?:the|our|my)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}name\b[^\n]{{0,60}}?\s+on\s+{_OFF_IT}\b|"
    r"\b(?:that|it|this|the\s+name)\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|"
    r"doesn'?t\s+need\s+to|does\s+not\s+need\s+to|needn'?t|won'?t|can'?t)\s+"
    rf"(?:go|be|appear)\s+(?:on|in)\s+{_OFF_IT}\b|"
    rf"\b(?:keep|leave)\s+(?:that|it|this|them|the\s+name)\s+off(?:\s+(?:of\s+)?{_OFF_IT})?\b|"
    r"\b(?:chh?obi|photo|image)\s*(?:te|e|pe|par)\s+(?:dio|diyo|diben|deben|dena)\s+na\b|"
    r"\b(?:image|photo|tasveer)\s+(?:pe|par|mein)\s+mat\s+(?:daal|likh)\w*)|"
    r"(?:画像|写真)(?:に|の中に)は入れ(?:ず|ない|ないで)|(?:图上|图片上|圖上)(?:不要|别|不用)(?:放|写|寫)|"
    r"(?:不要|别|別|不用|不必)(?:放|写|寫|加)(?:到|在|进|進)?(?:图|圖|画面|畫面)(?:片)?(?:里|裡|上|中)|"
    r"(?:这个|這個|这句|這句|它|名字|名称|名稱)(?:就|也)?(?:不要|别|別|不用|不必)(?:放|写|寫|加|出现|出現)|"
    r"(?:이미지|사진)에는?\s*(?:넣지|빼|안\s*(?:넣|들어가))|"
    r"(?:ছবিতে|ছবির উপর)\s+(?:দিও|দেবেন|দিবেন)\s+না|"
    r"(?:तस्वीर|इमेज)\s+(?:पर|में)\s+मत\s+(?:डाल|लिख)"
)
_NAME_KEPT_OFF = re.compile(r"(?i:\bname\b|\bnaam\b|\bnam\b)|名前|商品名|名称|名稱|이름|नाम|নাম")
# A figure's thousands comma is no clause break: 3,000円, ₹4,999, 18,000 runners.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_THOUSANDS_MARK = "\u2063"


# Words that describe the picture, not words to print on it: a line with one under a copy
# label ("Blue background", 粉色背景, 파스텔 톤) says how it looks.
_LOOK_WORDS = re.compile(
    r"(?i:\b(?:background|backdrop|colou?rs?|palette|logo|font|typeface|photo|image|picture|"
    r"illustration|style|vibe|tones?|pastel|layout|corner|bottom|top|left|right|minimal|"
    r"theme|mood|feel|look)s?\b)|"
    r"背景|色|ロゴ|フォント|写真|画像|イラスト|雰囲気|トーン|배경|색|로고|폰트|사진|이미지|톤|느낌|"
    r"분위기|颜色|顏色|字体|字體|照片|图片|圖片|风格|風格|"
    r"बैकग्राउंड|रंग|लोगो|फ़ॉन्ट|फॉन्ट|फोटो|फ़ोटो|तस्वीर|স্টাইল|ব্যাকগ্রাউন্ড|রং|রঙ|লোগো|ফন্ট|ছবি"
)


# Where a line of copy goes, as its label: "Top: 10 Minute Stretch", "ऊपर: …", 上：…, 하단: ….
_PLACE_LABEL_RE = re.compile(
    r"[ \t]*(?:[•・·*-][ \t]*)?(?:(?i:top|bottom|upper|lower|middle|cent(?:re|er)|footer|"
    r"upar|uppar|neeche|niche|nichay|beech|upore|opore|nichhe|majhe)(?:\s+(?i:line|text|e|te|me|mein))?|"
    r"ऊपर|नीचे|बीच\s*में|上|下|上方|下方|上部|下部|上段|下段|中央|真ん中|상단|하단|위|아래|중앙|가운데|"
    r"顶部|底部|中间|中間|উপরে|ওপরে|নিচে|নীচে|মাঝে)[ \t]*[:：][ \t]*(?=\S)"
)


# The field a line put under the copy may name first: "その下に日程 8月3日".
_UNDER_FIELDS = (
    r"(?:日程|日時|日付|場所|会場|価格|値段|料金|期間|날짜|일정|일시|가격|장소|시간|日期|时间|時間|地点|地點|"
    r"价格|價格|(?i:date|time|price|venue|tareekh|samay|daam|dam|somoy))[ \t]*[:：]?[ \t]+"
)
_UNDER_FIELD = re.compile(_UNDER_FIELDS)

# A second line put under the copy already given: "Smaller line underneath: …",
# 「…」 下に小さく …, 아래에 작게 …, 下面小字 …, "… और नीचे …", "… ar niche …". It is copy
# only after other copy, and an English one only with its colon ("the logo below the
# headline" places an element).
_UNDER_IT_RE = re.compile(
    r"(?:^|(?<=[\s\x00。、，,.!！]))(?:(?i:and|aur|ar)[ \t]+|और[ \t]+|আর[ \t]+|그리고[ \t]+)?"
    r"(?:(?P<en>(?i:(?:(?:a|one)[ \t]+)?(?:smaller|small|little)[ \t]+(?:line|text)[ \t]+)?"
    r"(?:underneath|below(?:[ \t]+(?:it|that))?|under[ \t]+(?:it|that)))|"
    r"(?i:niche|neeche|nichhe|niche[ \t]+chhote[ \t]+(?:mein|me)|nichhe[ \t]+chhoto[ \t]+kore)|"
    r"नीचे(?:[ \t]+छोटे[ \t]+में)?|নিচে|নীচে|(?:নিচে|নীচে)[ \t]+ছোট[ \t]+করে|"
    r"(?:その|画像の)?下(?:の方)?に(?:小さく|小さめに|小さめで)?|"
    r"(?:그[ \t]*)?(?:아래|밑)(?:에|쪽에)?(?:[ \t]*작게)?|"
    r"(?:下面|下方|底下)(?:(?:用)?小字)?)"
    r"(?:[ \t]*(?:[:：]|[-–—])[ \t]*(?P<x>[^\s\x00][^\n\x00]*)|"
    r"(?:[ \t]+|(?=" + _UNDER_FIELDS + r"))(?P<y>[^\s\x00:：][^\n\x00]*?)[ \t]*[。.!！]?\s*\Z)"
)

# A line that ends by putting what comes next under the copy: "… with the dates under it:",
# 『…』、その下に小さく, 그 아래에 작게, 下面小字：, नीचे छोटे में, "niche date:". The next
# lines are copy.
_UNDER_AT_END_RE = re.compile(
    r"(?:(?i:\b(?:with\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}(?:underneath|under\s+(?:it|that)|"
    r"below\s+(?:it|that))|\b(?:niche|neeche|nichhe)(?:\s+[a-z]+)?)|"
    r"(?:その)?下に(?:小さく|小さめに)?|(?:그[ \t]*)?(?:아래|밑)(?:에|쪽에)?(?:[ \t]*작게)?|"
    r"(?:下面|下方)(?:(?:用)?小字)?|नीचे(?:[ \t]+\S+){0,2}|(?:নিচে|নীচে)(?:[ \t]+\S+){0,2})"
    r"[ \t]*[:：]?[ \t]*$",
    re.MULTILINE,
)


_HASHTAG_RE = re.compile(r"#[^\s#]+")
_ALSO_PUT_RE = re.compile(r"[ \t]*(?:も|を)?(?:入れて|載せて|のせて)\S*$")


# A hashtag said to go on the image is copy ("이미지 안에는 #고양이카페데이 만 크게 넣어줘",
# "ছবিতে #শুভবিজয়া বড় করে লিখে দাও", "put #TeamBlue on the poster"); hashtags for the caption,
# or kept off, are not. The clause names the image as the place and a verb puts or writes.
_TAG_RE = re.compile(r"#[\w\u0900-\u0DFF\u200c\u200d]+")
_TAG_CLAUSE_RE = re.compile(r"[^,，、.。!！?？;；\n]+")
_ON_THE_IMAGE_RE = re.compile(
    r"(?i:\b(?:on|in|onto|across)\s+(?:the\s+|our\s+)?(?:image|picture|pic|photo|poster|visual|"
    r"graphic|design|banner|flyer|story|artwork|it)\b|\b(?:image|photo|poster|tasveer|chobi)\s*"
    r"(?:pe|par|mein|me|te|e|ete)\b|\bchobite\b)|"
    r"(?:画像|写真|ポスター|バナー|チラシ|画面)(?:の中|の上)?(?:に|には|へ)|"
    r"(?:이미지|사진|그림|포스터|배너)\s*(?:안|위|속)?(?:에|에는|엔|에다)|"
    r"(?:图|圖|图片|圖片|画面|畫面|海报|海報|图像|圖像)(?:上|里|裡|中)|"
    r"(?:इमेज|तस्वीर|फोटो|फ़ोटो|पोस्टर)\s+(?:पर|में)|"
    r"ছবিতে|ছবির\s+(?:উপর|ওপর|মধ্যে)|ইমেজে|পোস্টারে|ব্যানারে"
)
_PUT_OR_WRITE_RE = re.compile(
    r"(?i:\b(?:put|add|write|stick|slap|place|print|show|include|keep|have)\b|"
    r"\b(?:daal|dal|likh|laga|rakh|de|dao|dio|likhe|lekho|boshiye|bosao)\w*)|"
    r"入れ|載せ|のせ|書い|書き|置い|넣|써|쓰|적|박아|붙여|放|写|寫|加|打上|印|"
    r"डाल|लिख|लगा|रख|লিখ|দাও|দিও|বসিয়ে|বসাও|রাখ"
)
_CAPTION_WORD_RE = re.compile(
    r"(?i:caption|post\s+text)|キャプション|投稿文|캡션|본문|配文|文案区|正文|कैप्शन|ক্যাপশন"
)


def _tags_on_image(masked: str) -> Iterator[tuple[int, str]]:
    """The hashtags ``masked`` says to put on the image, with where each starts."""
    for clause in _TAG_CLAUSE_RE.finditer(masked):
        text = clause.group()
        if not _TAG_RE.search(text) or _CAPTION_WORD_RE.search(text) or _MUST_NOT.search(text):
            continue
        if _ON_THE_IMAGE_RE.search(text) and _PUT_OR_WRITE_RE.search(text):
            for tag in _TAG_RE.finditer(text):
                yield clause.start() + tag.start(), tag.group()


def under_it(masked: str) -> Iterator[tuple[int, str]]:
    """Lines of copy put under the copy before them, with where each starts."""
    for match in _UNDER_IT_RE.finditer(masked):
        group = "x" if match.group("x") is not None else "y"
        value = _ALSO_PUT_RE.sub("", match.group(group).strip())
        # A hashtag is copy however it is put: "and then under it #SizzleSeason".
        tag = _HASHTAG_RE.fullmatch(value) is not None
        if group == "y" and match.group("en") is not None and not tag:
            continue
        if group == "y" and len(value.split()) < 2 and not re.search(r"\d", value) and not tag:
            continue  # "niche dekho": a word after it is the next request
        field = _UNDER_FIELD.match(value)
        if field is not None and field.end() < len(value):
            value = value[field.end() :]  # "その下に日程 8月3日": the field, then its line
        if not describes_look(value):
            yield match.start(group) + (field.end() if field else 0), value


def place_label(line: str) -> tuple[bool, str]:
    """Whether ``line`` opens with where its copy goes, and the line without that label."""
    match = _PLACE_LABEL_RE.match(line)
    return (False, line) if match is None else (True, line[match.end() :].strip())


def describes_look(value: str) -> bool:
    """Whether ``value`` says how the picture looks ("our logo", 青い背景), not what it says."""
    return bool(_LOOK_WORDS.search(value) or is_style_note(value))


def _unlabelled_copy(lines: list[str]) -> bool:
    """Whether the lines under a copy label, up to a blank line, are more lines of it: short,
    none labelled, none a request or a note on the look, none a sentence or opening in lower
    case."""
    block: list[str] = []
    for line in lines:
        if not line.strip() or (block and goes_on_with_brief(line)):
            break
        block.append(line.strip())
    return bool(block) and all(
        len(line) <= 40
        and not _FIELD_LINE_RE.match(line)
        and not _NEXT_LINE_LABEL_RE.match(line)
        and not _INSTRUCTION_LINE.match(line)
        and not _LOOK_WORDS.search(line)
        and not re.search(r"[.?？。]$|^>", line)
        and not _REQUEST_TAIL.fullmatch(line)
        and not any(p.search(line) for p in _TOKEN_PUT_RES)  # "하단에 010-… 넣어줘" asks
        and not re.match(r"[a-z]", line)
        for line in block
    )


_DELETED_AFTER_QUOTE = re.compile(
    # "“Grand Opening” লেখাটা সরিয়ে দাও", "'Sale' wala text hata do": the writing named again
    r"[ \t]*(?:(?i:wala|wali)[ \t]+|(?:वाला|वाली)[ \t]+)?(?:(?:লেখা|লিখা)(?:টা|টি)?|"
    r"(?i:(?:text|likha|lekha)(?:\s*ta)?)|लिखा|(?:の)?(?:文字|テキスト)|字样|字樣|글자|문구)?"
    r"[ \t]*(?:は|を|も|는|은|를|을|도|(?i:ta|ke|ko|wala|wali|take)\b|টা|টাকে|কে|को|वाला|वाली)?[ \t]*"
    r"(?:删掉|删除|刪掉|刪除|去掉|拿掉|不要了|消して|消す|消しといて|削除|取って|外して|지워|지우|"
    r"삭제|빼|없애|हटा|मिटा|निकाल|মুছে|সরিয়ে|বাদ\s+দা|"
    r"(?i:hata|mita|nikal|muche|muchhe|soriye|sorie|bad\s+da)\w*(?!\s+(?:ke|kar|diye|দিয়ে)\b))"
)
# A claim legal wants dropped is taken off, not written: "the 'clinically proven' claim",
# 「業界最安」という表現はNGなので消して, "100% गारंटी" वाला दावा हटा दो, "শহরের সেরা" দাবিটা বাদ দাও.
_CLAIM_DROPPED_AFTER_QUOTE = re.compile(
    r"[ \t]*(?:(?i:claim|wala\s+dawa|dawa|dabi(?:\s*ta)?)|"
    r"(?:という|って)(?:表現|文言|言い方|表記|主張)|"
    r"(?:这个|這個|的)?(?:说法|說法|表述|字眼)|(?:이?라는\s*)?(?:표현|문구|주장)|"
    r"(?:वाला\s+|वाली\s+)?दावा|দাবি(?:টা|টি)?)"
    r"[^。.!?？！।\n]{0,24}?"
    r"(?:(?i:drop|remove|delete|cut|hata|bad\s+d|sora)|NG|使えない|消し|削除|外し|删|刪|去掉|不能用|"
    r"지워|삭제|빼|안\s*돼|हटा|निकाल|মুছ|সরা|বাদ\s+দ)"
)
_DELETE_BEFORE_QUOTE = re.compile(
    r"\b(?:remove|delete|erase|drop|take\s+out|take\s+off|get\s+rid\s+of)\s+(?:the\s+)?"
    r"(?:old\s+|current\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


# A two-column table pasted from a planning doc ("| Copy | Your desk is waiting. |",
# "文案 | 旧拍抵 ¥100"): each row is a field, its first cell the label.
_PAIR_ROW_RE = re.compile(
    r"^[ \t]*\|?[ \t]*(?P<label>[^|:：\n]{1,30}?)[ \t]*\|[ \t]*(?P<x>[^|\n]*?)[ \t]*\|?[ \t]*$",
    re.MULTILINE,
)


def _pairs_as_fields(text: str) -> str:
    """``text`` with the rows of a two-column table written as "label: value" lines. A
    single row is no table: "Open Day | 9am" may be copy with a bar in it."""
    rows = list(_PAIR_ROW_RE.finditer(text))
    if len(rows) < 2:
        return text
    # A row over a rule ("| 位置 | 文案 |" then "|---|---|") is the header: it names the
    # columns and is no field.
    header = {
        row.start()
        for row, below in itertools.pairwise(rows)
        if not below.group("x").strip("-: ") and re.fullmatch(r"[-: ]+", below.group("label"))
    }
    return _PAIR_ROW_RE.sub(
        lambda m: (
            f"{m.group('label')}: {m.group('x')}"
            if m.group("x").strip("-: ") and m.start() not in header
            else ""
        ),
        text,
    )


def removes_quoted(text: str) -> bool:
    """Whether ``text`` asks for quoted copy to be taken off the image ("'Sale' hata do")."""
    _, quoted = _mask_quotes(text)
    return any(
        _DELETED_AFTER_QUOTE.match(text, end) or _DELETE_BEFORE_QUOTE.search(text, 0, start)
        for start, end, _ in quoted
    )


# A detail to add, named, then its value after a colon: "add the phone number at the
# bottom: 98300 12345", 下に電話番号を追加して：03-…, 전화번호 추가해줘: 02-…, 底部加上电话：…,
# नीचे फ़ोन नंबर जोड़ दो: …, নিচে ফোন নম্বর যোগ করো: …. The value is what is printed.
_DETAIL_NOUN = (
    r"(?i:\b(?:phone(?:\s+(?:number|no\.?))?|number|contact(?:\s+number)?|whats\s?app|website|"
    r"url|web\s+address|e-?mail|address|handle|hours|opening\s+hours|nambar|nomb[oa]r)\b)|"
    r"電話番号|電話|連絡先|住所|URL|メール(?:アドレス)?|営業時間|番号|"
    r"전화번호|연락처|주소|홈페이지|이메일|영업시간|번호|"
    r"电话|電話|号码|號碼|网址|網址|地址|联系方式|聯繫方式|营业时间|營業時間|"
    r"फ़ोन|फोन|नंबर|नम्बर|वेबसाइट|पता|ईमेल|"
    r"ফোন|নম্বর|নাম্বার|ওয়েবসাইট|ঠিকানা|ইমেইল"
)
_ADD_VERB = (
    r"(?i:\b(?:add|put|include|insert|jodo|jod\s+do|daalo|daal\s+do|jog\s+koro|"
    r"bosao|dao|din)\b)|追加|入れ|載せ|加え|추가|넣|달아|"
    r"加上|添加|加|放上|写上|寫上|जोड़|डाल|लिख|যোগ|বসা|দাও|দিন|লিখ"
)
_ADDED_DETAIL_RE = re.compile(
    r"(?:^|(?<=[.!?。！？，,、\n]))(?P<lead>[^\n:：.!?。！？]{1,100}?)[:：][ \t]*(?P<x>[^\n]+)",
    re.MULTILINE,
)


def _added_details(masked: str) -> Iterator[tuple[int, str]]:
    for match in _ADDED_DETAIL_RE.finditer(masked):
        lead = match.group("lead")
        if re.search(_DETAIL_NOUN, lead) and re.search(_ADD_VERB, lead):
            value = match.group("x").strip().rstrip("。.")
            if re.search(r"[\d@]|www\.|\.com", value):  # a number, an address online
                yield match.start("x"), value


# The copy named with how big it goes and that it is all there is: "글씨는 크게 NEW 하나만",
# 文字は大きく NEW だけ, "text big, just NEW". Without the "only" it may say how it looks
# ("글씨는 크게 잘 보이게").
_SIZED_ONLY_RE = re.compile(
    r"(?:(?:글씨|글자|문구|텍스트|카피)(?:는|은)?|(?:文字|テキスト|コピー)(?:は)?|"
    r"(?i:\b(?:text|copy|lettering|words)\b))"
    r"[ \t]*(?:크게|작게|굵게|大きく|小さく|太く|デカく|(?i:big|large|huge|small|bold)\b)"
    r"[ \t,、，]*"
    r"(?P<lead>(?i:just|only)\s+|딱\s+)?(?P<x>[^\s,，、。\n\x00][^\n,，、。\x00]*?)"
    r"(?P<tail>\s*(?:딱\s*)?(?:하나만|한\s*개만)|\s*(?:だけ|のみ)(?:で)?)?"
    r"[ \t]*(?:[,，、。.!！]|$)",
    re.MULTILINE,
)
# "सिर्फ NEW", "শুধু NEW", "sirf NEW" after a size: the copy is what the "only" is about.
_ONLY_LEAD = re.compile(
    r"(?:(?i:just|only|sirf|bas|keval|shudhu|sudhu|kebol)\b|सिर्फ़|सिर्फ|केवल|শুধুমাত্র|শুধু|কেবল)\s+"
)


# Deliverables listed one a line, each keyed (1) 2) 3), A: B: C:, 1. 2.) with its own copy,
# of which one is asked for first ("do #2 first", まずBだけ, 先出1）就行, 일단 1번만 먼저,
# पहले सिर्फ़ नंबर 2, ager A ta koro): only that one's copy goes on the image now.
_ITEM_RE = re.compile(
    r"^[ \t]*(?:[•*-][ \t]*)?(?:#|(?i:no\.?)[ \t]*)?(?P<key>\d{1,2}|[A-Z])"
    r"(?:[.)）:：][ \t]*|[ \t]+[—–-][ \t]+)(?=\S)",
    re.MULTILINE,
)
_FIRST_WORDS = re.compile(
    r"(?i:\b(?:first|only|just|start\s+with|to\s+start|pehle|pahle|sirf|bas|ager|age|aage|"
    r"prothome|shudhu|sudhu)\b)|まず|だけ|先|のみ|から|只|就行|먼저|일단|만\s|만$|부터|"
    r"पहले|सिर्फ़|सिर्फ|केवल|बस|প্রথমে|আগে|শুধু"
)
_CLAUSE_SPLIT = re.compile(
    r"[,，、。.;；!！?？\n]|(?i:\bthen\b|\brest\b)|बाकी|বাকি|나머지|残り|其他"
)


def _item_key(key: str) -> str:
    digits = r"(?:#|(?i:no\.?|number|num|nambar|nombor)[ \t]*|नंबर[ \t]*|নম্বর[ \t]*|第)?"
    if key.isdigit():
        return digits + rf"(?<![\d.:x×/]){key}(?![\d.:x×/%])"
    return rf"(?<![A-Za-z]){key}(?![A-Za-z])"


def _picked_deliverable(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``found`` kept to the one keyed deliverable asked for first, when several keyed ones
    each carry copy; unchanged otherwise."""
    items: list[tuple[str, int, int]] = []
    for match in _ITEM_RE.finditer(text):
        end = text.find("\n", match.start())
        items.append((match.group("key"), match.start(), len(text) if end < 0 else end))
    keys = [key for key, _, _ in items]
    if len(items) < 2 or len(set(keys)) < len(keys):
        return found
    with_copy = {key for key, a, b in items if any(a <= start < b for start, _ in found)}
    if len(with_copy) < 2:
        return found
    picked = None
    rest = text
    for _, a, b in items:
        rest = rest[:a] + " " * (b - a) + rest[b:]  # the items themselves pick none
    for clause in _CLAUSE_SPLIT.split(rest):
        if not _FIRST_WORDS.search(clause + "\n"):
            continue
        named = [key for key in with_copy if re.search(_item_key(key), clause)]
        if len(named) == 1:
            picked = named[0]
            break
    if picked is None:
        return found
    lines = [(a, b) for key, a, b in items if key != picked]
    return [(start, span) for start, span in found if not any(a <= start < b for a, b in lines)]


# A gloss in brackets after the copy ("春の大感謝祭 (spring thank-you festival)",
# ลดราคาพิเศษ（特价）, "Free Delivery (মানে, ফ্রি ডেলিভারি)") says what it means to the reader:
# it is written in another script than the copy, or opens with a word for meaning. It is no
# copy, and the brief goes on after it.
_GLOSS_MARK = re.compile(
    r"[ \t]*(?:(?i:(?:(?:it|that|this|which)\s+)?(?:means?|meaning)|literally|translation|"
    r"matlab|mane|maane|mani|yaani|yani|arth)\b|(?i:i\.\s?e\.|lit\.|transl\.)|[=≈]|"
    r"意味|意思是?|つまり|訳|译|譯|뜻|의미|मतलब|मानी|मायने|अर्थात|अर्थ|মানে|অর্থাৎ|অর্থ)"
)
_BRACKETED = re.compile(r"[ \t]*[(（](?P<in>[^()（）\n]+)[)）]")


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    head = name.split(" ", 1)[0]
    return "CJK" if head in ("CJK", "HIRAGANA", "KATAKANA") else head


def _first_letter(text: str) -> str | None:
    return next((ch for ch in text if ch.isalpha()), None)


def _is_gloss(before: str, inner: str) -> bool:
    if _GLOSS_MARK.match(inner):
        return True
    # "50%OFF（6月末まで）": a script the copy is written in is the copy's own
    scripts = {_script(ch) for ch in before if ch.isalpha()}
    first = _first_letter(inner)
    return bool(scripts) and first is not None and _script(first) not in scripts


def gloss_cut(span: str) -> str:
    """``span`` up to a gloss in brackets after its copy, or whole when it has none."""
    for match in _BRACKETED.finditer(span):
        if match.start() and _is_gloss(span[: match.start()], match.group("in")):
            return span[: match.start()].rstrip(" \t,、，:：—–-")
    return span


_QUOTE_CLOSE_BEFORE = re.compile(r"[」』”\"'’»›】〕〉》〟]$")


def _gloss_spans(text: str) -> list[tuple[int, int]]:
    """Brackets that open with a word for meaning ("(means 'new now')", （意味は「…」）), or
    straight after a quote in another script (「新発売」 ("new release")): a quote inside
    glosses the copy, it is none."""
    spans = []
    for match in _BRACKETED.finditer(text):
        inner, before = match.group("in"), text[: match.start()]
        if _QUOTE_CLOSE_BEFORE.search(before):
            opened = max(before.rfind(mark, 0, len(before) - 1) for mark in "「『“\"'‘«‹【〔〈《〝")
            before = before[opened + 1 : -1] if opened >= 0 else ""
        else:
            before = ""
        if _GLOSS_MARK.match(inner) or (before and _is_gloss(before, inner)):
            spans.append(match.span())
    return spans


def translation_asked(text: str) -> list[tuple[int, int]]:
    """Where ``text`` asks for a translation it does not give, the clause asking included."""
    return _translation_asked(_mask_quotes(text)[0])


# A translation asked for and not given ("put our tagline Run Your City on it but translated
# into Korean", 「…」はタイ語に訳して, 베트남어로 번역해서 넣어줘, 把“…”翻译成泰文, 'X' ka Hindi
# translation daal dena): the line to translate is not what the image carries, and its
# translation is still to be written, so the copy before the ask in its clause is none.
_TRANSLATION_ASKED = re.compile(
    r"(?i:\btranslat(?:e|ed|ing|ion)\b|\banu?vaa?d\b|\bo?nubad\b)|"
    r"[訳译譯]して|[訳译譯]した|語訳|翻訳|翻译|翻譯|[译譯]成|翻成|번역|"
    r"अनुवाद|ट्रांसलेट|ट्रांसलेशन|অনুবাদ|ট্রান্সলেট|ট্রান্সলেশন"
)
# "translate 'Run Your City' into Korean": the line to translate may follow the verb.
_TRANSLATED_INTO = re.compile(r"(?:\s+\S+){0,6}?\s+(?:into|to|in)\s+[A-Z]\w+")
# ... unless it is refused (don't translate it, 번역하지 말고, 不用翻译, translate mat karna,
# অনুবাদ করবেন না). A translation given after the ask ("French translation: …") is copy.
_TRANSLATION_REFUSED = re.compile(
    r"(?i:\b(?:don'?t|do\s+not|no|not|without|never|no\s+need\s+to)\s+(?:\w+\s+)?$)|"
    r"(?:不用|不要|别|別|无需|無需|不必|不需要)$"
)
_TRANSLATION_REFUSED_AFTER = re.compile(
    r"\s*(?:(?i:(?:it|this|that)\s+)?(?i:mat|nahi|nahin|na|not)\b|しない|せず|不要|いらない|"
    r"要らない|하지\s*(?:말|마|않)|안\s*해|없이|(?:मत|नहीं)(?:\s|$)|"
    r"(?:করবেন|করো|কোরো|করবে)\s+না|(?i:(?:korben|korbe|koro|korio)\s*na)\b)"
)
# "our translation app", 번역 앱, 翻译软件: a business or a tool named, nothing asked.
_TRANSLATION_NAMES = re.compile(
    r"[ \t]*(?:(?i:apps?|services?|company|agency|team|tools?|software|studio|firm|platform|"
    r"business|startup|courses?|classes?)\b|앱|어플|서비스|회사|학원|软件|軟體|软体|公司|服务|服務|"
    r"アプリ|サービス|会社|ソフト|ऐप|सर्विस|कंपनी|অ্যাপ|সার্ভিস|কোম্পানি)"
)
# Where the clause asking for it starts: a full stop, or a new item joined on ("…, and the
# headline …", 그리고, 还有, それと, aur, আর).
_ASK_CLAUSE_START = re.compile(
    r"[.!?。！？।\n](?:\s|$)|[。！？\n]|;|,\s+and\b|\band\s+(?:the|a|an)\b|그리고|还有|另外|"
    r"それと|(?i:\baur\b|\balso\b)|और|আর"
)


def _translation_asked(masked: str) -> list[tuple[int, int]]:
    """The clauses asking for a translation not given, from their start to the ask's end."""
    found = []
    for match in _TRANSLATION_ASKED.finditer(masked):
        before = masked[max(0, match.start() - 24) : match.start()]
        if _TRANSLATION_REFUSED.search(before) or _TRANSLATION_REFUSED_AFTER.match(
            masked, match.end()
        ):
            continue
        if _TRANSLATION_NAMES.match(masked, match.end()):
            continue
        starts = [m.end() for m in _ASK_CLAUSE_START.finditer(masked, 0, match.start())]
        end = match.end()
        into = _TRANSLATED_INTO.match(masked, end) if match.group().isascii() else None
        found.append((starts[-1] if starts else 0, into.end() if into else end))
    return found


# Latin copy after the language it is in, said before it: 아래쪽에 영어로 Warm Up Your Winter
# 넣어줘, 英語で Taste The Season 入れて. The language word says how to write it, it is none of
# it; the copy is capitalised as copy ("영어로 써 주세요" alone gives none).
_LATIN_TITLE = r"[A-Z0-9][\w'’&!?.%$+-]*(?:,?[ \t]+[A-Za-z0-9][\w'’&!?.%$+-]*)*(?<![,.])"
# ... with emoji drawn between its words ("NEW DROP ✨ FRIDAY 7PM"), and "only that" after it
# (だけ, のみ, 만).
_EMOJI = "[\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff]"
_EMOJI_WORD = rf"(?:{_EMOJI}[\ufe0f\U0001f3fb-\U0001f3ff]*)+"
_LATIN_TITLE_DRAWN = (
    rf"[A-Z0-9][\w'’&!?.%$+-]*(?:,?[ \t]+(?:[A-Za-z0-9][\w'’&!?.%$+-]*|{_EMOJI_WORD}))*(?<![,.])"
)
_LANGUAGE_COPY_RES = [
    re.compile(
        r"(?:영어|영문|알파벳|로마자)(?:으로|로)[ \t]+"
        rf"(?P<x>{_LATIN_TITLE_DRAWN})[ \t]*(?:이?라고[ \t]*|을[ \t]*|를[ \t]*)?(?:만[ \t]*)?"
        r"(?:넣|써|적|박|올려)"
    ),
    re.compile(
        r"(?:英語|英字|ローマ字|アルファベット)で[ \t　]*"
        rf"(?P<x>{_LATIN_TITLE_DRAWN})[ \t　]*(?:と|って)?[ \t　]*(?:だけ|のみ)?"
        r"[ \t　]*(?:を[ \t　]*)?(?:入れ|書い|書き|載せ|のせ|表示)"
    ),
]
# A line of Latin copy a Chinese brief changes the text to, on a title or a word said to be
# wrong (英文标题拼错了，改成 So Delicious, So Easy): two words or more, up to the clause's end.
# "背景改成 Pantone Blue" changes a colour: no text is named before it.
_TEXT_NAMED_ZH = re.compile(
    r"标题|標題|文字|文案|标语|標語|口号|口號|拼错|拼錯|写错|寫錯|错字|錯字|错别字|錯別字|英文|单词|單詞"
)
_LATIN_CHANGED_TO_ZH = re.compile(
    r"(?:改成|改为|改為|换成|換成|改正为|改正成|更正为|更正成)[ \t]*"
    r"(?P<x>[A-Z0-9][\w'’&!?.%$+-]*(?:,?[ \t]+[A-Za-z0-9][\w'’&!?.%$+-]*)+)"
    r"(?=[ \t]*(?:吧|啊|哈|哦)?[ \t]*(?:[，。,！!？?\n]|$))"
)


# Capitals set straight before a verb of writing or adding that closes the clause: "거기에
# GAME NIGHT 써줘", "위에 SOLD OUT 크게 넣어줘", "isi mein LIMITED SEATS add kar de", "upore
# HOUSEFULL likhe dao". Capitals are copy as written; an element named in capitals (LOGO,
# QR) is not.
_KO_CAPITALS_WRITTEN = re.compile(
    r"(?<![\w'’])(?P<x>[A-Z0-9][A-Z0-9'’&!?.%$+/-]*(?:[ \t]+[A-Z0-9][A-Z0-9'’&!?.%$+/-]*)*)"
    r"(?:[ \t]*(?:을|를|이라고|라고)?[ \t]*(?:만[ \t]*)?(?:(?:크게|작게|굵게)[ \t]*)?"
    r"(?:써|넣어|적어|박아)|"
    r"[ \t]+(?:(?:add|likh|daal|dal|laga)[ \t]*(?:kar[ \t]*)?(?:do|de|dena|dijiye|dijie)|"
    r"(?:add|likhe|bosiye|boshiye)[ \t]*(?:kore[ \t]*)?(?:dao|din|diyo|den))(?![A-Za-z]))"
)


def _korean_capitals_written(masked: str) -> Iterator[re.Match[str]]:
    for match in _KO_CAPITALS_WRITTEN.finditer(masked):
        words = match.group("x")
        if re.search(r"[A-Z]{2}", words) and not names_element_in_capitals(words):
            yield match


def _latin_changed_to(masked: str) -> Iterator[re.Match[str]]:
    for match in _LATIN_CHANGED_TO_ZH.finditer(masked):
        opened = max(masked.rfind(stop, 0, match.start()) for stop in "。！？!?\n")
        if _TEXT_NAMED_ZH.search(masked, opened + 1, match.start()):
            yield match


_DASH_AT_LINE_END = re.compile(r"(?<=[\w\u0900-\u0DFF])[ \t]*[—–―][ \t]*(?=\n[ \t]*\S)")


_CAMPAIGN_AFTER_QUOTE = re.compile(
    r"[ \t]*(?:(?i:campaign|drive)(?![A-Za-z])|キャンペーン|캠페인|活动|活動|运动|運動|अभियान|"
    r"कैंपेन|ক্যাম্পেইন|অভিযান|(?i:abhiyan|campaign))"
)


def copy_spans(text: str) -> list[str]:
    """The copy ``text`` asks to render, each span once, in order of appearance."""
    rows, text = _whole_table(text)
    text = _pairs_as_fields(text)
    # "লেখা থাকবে —" then the lines: a dash closing the line after a word opens what is
    # under it, as a colon does, and is no part of it.
    text = _DASH_AT_LINE_END.sub(":", text)
    masked, quoted = _mask_quotes(text)
    masked = _THOUSANDS.sub(_THOUSANDS_MARK, masked)
    replaced = _replaced_quotes(text, [(start, end) for start, end, _ in quoted])
    glosses = _gloss_spans(text)
    replaced |= {start for start, _, _ in quoted if any(a < start < b for a, b in glosses)}
    to_translate = _translation_asked(masked)
    replaced |= {start for start, _, _ in quoted if any(a <= start < b for a, b in to_translate)}
    # "The event's called 'Homecoming 2025' but don't put that on it": the quote before it in
    # its sentence is a name kept off the image.
    # Only the nearest quote is "that": a dictated message has no stop to end the sentence.
    # A name kept off ("model ka naam image pe mat daalna") points back past the stop.
    for match in _KEPT_OFF_RE.finditer(text):
        opened = max(text.rfind(stop, 0, match.start()) for stop in ".!?。！？\n")
        crossing = _NAME_KEPT_OFF.search(text, max(0, match.start() - 24), match.end())
        if crossing:
            opened = -1
        before = [
            start
            for start, _, _ in quoted
            if opened < start < match.end()
            # past the stop, copy given with its label is not the name
            and not (crossing and _COPY_BEFORE_QUOTE.search(text[max(0, start - 40) : start]))
        ]
        replaced |= set(before[-1:])
    # A quoted old price changed to a new one: change "£2.99" to £2.49.
    amounts = [match for pattern in _NEW_AMOUNT_RES for match in pattern.finditer(masked)]
    for match in amounts:
        old_part = range(match.start(), match.start("x"))
        replaced |= {start for start, _, _ in quoted if start in old_part}
    changed_to: list[re.Match[str]] = []
    for start, end, _ in quoted:
        for pattern in _NEW_AFTER_QUOTE_RES:
            joint = pattern.match(masked, end)
            # "to" or "with" joins old copy to new only straight after a verb of change
            # ("make a post with 'Sale' for Instagram" names no new copy); elsewhere the
            # joint is itself the change.
            english = pattern is _NEW_AFTER_QUOTE_RES[1]
            if joint is not None and (not english or _CHANGE_BEFORE_QUOTE.search(text, 0, start)):
                replaced.add(start)
                changed_to.append(joint)
                break
    # Copy taken off the image is none it must carry: "delete the old 'Summer Deals'",
    # 原来的「暑期特惠」删掉, 「夏のセール」は消して, '여름 특가'는 지워줘, 'Sale' hata do.
    replaced |= {
        start
        for start, end, _ in quoted
        if _DELETED_AFTER_QUOTE.match(text, end)
        or _CLAIM_DROPPED_AFTER_QUOTE.match(text, end)
        or _DELETE_BEFORE_QUOTE.search(text, 0, start)
    }
    # "原来是'A'，改成'B'", "원래 'A'이었는데 'B'으로", "it was 'A', make it 'B'": a quote said
    # to be what it was, with a later one, is the old copy.
    replaced |= {
        start
        for start, end, _ in quoted[:-1]
        if _WAS_BEFORE_QUOTE.search(text, max(0, start - 16), start)
        or _WAS_AFTER_QUOTE.match(text, end)
    }
    # ... said after the new one as well: 改成“A”，原来的“B”不对
    replaced |= {
        start
        for start, _, _ in quoted[-1:]
        if len(quoted) > 1 and _WAS_BEFORE_QUOTE.search(text, max(0, start - 16), start)
    }
    # Beside other quoted copy, a quote that names a campaign ("'अतुल्य हिमालय' अभियान हेतु",
    # the 'Golden Hour' campaign) is its name, not a line to letter.
    if len(quoted) > 1:
        replaced |= {start for start, end, _ in quoted if _CAMPAIGN_AFTER_QUOTE.match(text, end)}
    # The old copy named again later ("— marketing hates 'book now'") is still the old copy.
    old_copy = {span.casefold() for start, _, span in quoted if start in replaced}
    replaced |= {start for start, _, span in quoted if span.casefold() in old_copy}
    no_text = _NO_TEXT_RE.search(masked.replace(_MASK, " ")) is not None
    feed = [
        *(m.span() for m in _FEED_CAPTION_RE.finditer(text)),
        *(m.span() for m in _FIELD_LINE_RE.finditer(text) if _off_image(m.group("label"))),
        *(m.span() for m in _REMOVE_TEXT_RE.finditer(masked)),
    ]
    labelled = {
        start
        for start, _, _ in quoted
        if _COPY_BEFORE_QUOTE.search(text[max(0, start - 40) : start])
    }
    found = [
        (start, span)
        for start, end, span in quoted
        if start not in replaced
        and not (labelled and start not in labelled and _OF_AFTER_QUOTE.match(text, end))
        # 《…》 marks the title of a work or product: beside copy a cue labels, it names it.
        and not (labelled and start not in labelled and text.startswith("《", start))
        and not (len(quoted) > 1 and _quote_is_current(text, start, end))
        and not _section_heading(text, start, end)
        and not any(a <= start < b for a, b in feed)
        and not _quote_is_name(text, start, end)
        and not _quote_is_speech(text, start, end)
        and not (no_text and start not in labelled)
    ]
    covered: list[tuple[int, int]] = [*feed, *glosses, *to_translate]
    if _CORRECTION.search(masked):
        # "見出し SUMMER SALE → 『夏の大感謝祭』に変えて", "it says £5 → should be '£3.50'": what
        # stands before an arrow to a quote, back to its clause, is the copy the quote replaces.
        for arrow in re.finditer(r"→|->|=>|⇒|➡️?", masked):
            lead = _NEW_LEAD_RE.match(masked, arrow.end())
            new_at = lead.end() if lead else arrow.end()
            new_at += len(masked[new_at:]) - len(masked[new_at:].lstrip(" \t"))
            line_start = masked.rfind("\n", 0, arrow.start()) + 1
            line = masked[line_start:].split("\n", 1)[0]
            if not masked.startswith(_MASK, new_at) or len(re.findall(r"→|->|=>|⇒|➡", line)) > 1:
                continue
            opened = max(masked.rfind(stop, 0, arrow.start()) for stop in "\n。、,，;；!！?？")
            covered.append((opened + 1, arrow.end()))

    def add(
        start: int,
        span: str,
        *,
        needs_capital: bool = False,
        own_line: bool = False,
        marked: bool = False,
    ) -> None:
        bullet = None if marked else _BULLET_LABEL_RE.match(span)
        if bullet is not None and _FOOTNOTE_MARK_RE.match(span) and "*" in text[:start]:
            # "*Terms apply" under "4.5% APY*": the footnote the asterisk points to, not a
            # bullet; its mark is part of the copy.
            bullet = None
        if bullet is not None and 0 < bullet.end() < len(span):
            start, span = start + bullet.end(), span[bullet.end() :]
        lead = _LANGUAGE_LEAD.match(span)
        if lead is not None and lead.end() < len(span):
            start, span = start + lead.end(), span[lead.end() :]
        counted = _LINE_COUNT_LEAD_RE.match(span)
        if counted is not None and counted.end() < len(span):
            start, span = start + counted.end(), span[counted.end() :]
        named = _LABEL_ONLY_LEAD.match(span)
        if named is not None and named.end() < len(span):
            # "加一行小字：扫码领券", "small print: T&Cs apply": the size names the line
            start, span = start + named.end(), span[named.end() :]
        span = gloss_cut(span)
        span = _OLD_FIGURE_BEFORE_RE.sub("", _OLD_FIGURE_AFTER_RE.sub("", span))
        stop = _STOP_THEN_LOOK_RE.search(span)
        if stop is not None:
            span = span[: stop.start()]  # "…থেকে। হালকা রঙ রাখবেন": how it looks, after the line
        if _AS_BEFORE_RE.fullmatch(span.strip()):
            return  # "문구는 그대로요": the copy said before stands; this names none
        if not _acceptable(span, needs_capital=needs_capital, own_line=own_line):
            return
        if any(a <= start < b for a, b in covered):
            return
        covered.append((start, start + len(span)))
        found.append((start, span))

    cells, table_lines = _table_copy(masked)
    for start, cell in cells:
        add(start, cell)
    covered.extend(table_lines)  # a table's other cells are no copy, its header no label
    for match in _COPY_LABEL_LINE_RE.finditer(masked):
        after = masked[match.end() :]
        paragraphs = re.split(r"\n[ \t]*\n", after.lstrip("\n"), maxsplit=1)
        below = [line.strip() for line in paragraphs[0].split("\n") if line.strip()]
        # Past a blank line only a single line is taken: a paragraph is the next request,
        # unless its lines are short lines of copy ("The wording he gave me:", a blank line,
        # then the title, the date and the line under it).
        past_blank = re.match(r"[ \t]*\n[ \t]*\n", after) is not None
        if not below or (past_blank and len(below) > 1 and not _copy_block(below)):
            continue
        covered.append((match.start(), match.end()))
        # "Leave room at the bottom for a QR code.": the brief goes on.
        for line in _lines_below("\n" + paragraphs[0]):
            add(masked.find(line.strip(), match.end()), line.strip(), own_line=True)
    no_text_spans = [m.span() for m in _NO_TEXT_RE.finditer(masked)]
    for match in _LABEL_COLON_RE.finditer(masked):
        if any(a < match.start("x") and match.start() < b for a, b in no_text_spans):
            continue  # "kono text chai na — eta dekho": the label is the "no text" itself
        # A label opening its own line is a field of a structured brief: its value is the
        # whole rest of the line, full stops included ("Headline: Run lighter.").
        line_start = masked.rfind("\n", 0, match.start()) + 1
        field = _LINE_LEAD_RE.fullmatch(masked, line_start, match.start())
        x = match.group("x")
        foot = _FOOTNOTE_START.search(x)
        if foot is not None:
            x = x[: foot.start()].rstrip(" \t、，,")  # "…、注釈は小さく ※…": the footnote's own
        last = not masked[match.end() :].strip()
        closing = _closing_copy(x) if last and not field else None
        value = x.strip() if field else closing or _clean(x)
        if _PHRASED_LINE.fullmatch(x.strip()):
            value = x.strip()  # "見出し：来て、見て、決めよう。" to its line's end
        if value:
            # "title: A, subtitle: B" is two pieces of copy, the next label included.
            pieces = _NEXT_LABEL_RE.split(value)
            offset = match.start("x")
            for piece in pieces:
                if piece.strip():
                    add(offset + value.find(piece), piece.strip())
            offset = match.end()
            following = masked[offset:].split("\n")[1:]
            dashed = re.search("[—–]", masked[match.start() : match.start("x")]) is not None
            # In a brief of "Field: value" lines (job, deliverable, visual, palette), each
            # field is its line: a line under the copy's, unlabelled, signs the brief off.
            fielded = sum(bool(_FIELD_LINE_RE.match(ln)) for ln in masked[:line_start].split("\n"))
            if field and not dashed and fielded < 2 and _unlabelled_copy(following):
                # "제목: 추석 연휴 진료 안내" then "9/16 휴진", "9/17 오전만 진료": the lines
                # under the only label, none of them a request, go on with its copy.
                for line in following:
                    if not line.strip() or goes_on_with_brief(line):
                        break
                    # "その下に 10月19日": where it goes opens the line, no part of it
                    mark = _UNDER_IT_RE.match(line.strip())
                    value = line.strip()[mark.start("y") :] if mark and mark.group("y") else line
                    add(offset + masked[offset:].find(value), value.strip(), own_line=True)
                continue
            for line in following:
                further = (_DASH_FIELD_RE if dashed else _NEXT_LINE_LABEL_RE).match(line)
                field_line = _FIELD_LINE_RE.match(line)
                # The next field of a brief pasted from a doc (owner, deadline, tone) ends
                # the copy; only another unnamed or copy label carries it on.
                if further is None or (field_line and _off_image(field_line.group("label"))):
                    break
                if goes_on_with_brief(line):
                    break
                add(
                    offset + masked[offset:].find(line) + further.start("x"),
                    further.group("x").strip() if field else _clean(further.group("x")),
                )
            continue
        # "two lines of copy:" then the copy, one line each, up to a blank line.
        offset = match.end()
        for line in _lines_below(masked[offset:]):
            add(offset + masked[offset:].find(line), line.strip())
    for match in _COUNTED_LINES_RE.finditer(masked):
        offset = match.end()
        word = next(g for g in match.groups() if g is not None)
        below = _lines_below(masked[offset:])[: _LINE_COUNTS[re.sub(r"\s+", " ", word.lower())]]
        if not below:
            continue
        covered.append((match.start(), match.end()))
        for line in below:
            add(offset + masked[offset:].find(line), line.strip())
    for match in _BELOW_LINE_RE.finditer(masked):
        offset = match.end()
        below = masked[offset:].split("\n")[1:]
        if not below or not below[0].strip():
            continue
        covered.append((match.start(), match.end()))
        for line in _lines_below(masked[offset:]):
            add(offset + masked[offset:].find(line), line.strip())
    block_labels = [
        *_BLOCK_LABEL_RE.finditer(masked),
        *_LABEL_AT_LINE_END_RE.finditer(masked),
    ]
    for match in block_labels:
        offset = match.end()
        for line in _lines_below(masked[offset:]):
            add(offset + masked[offset:].find(line), line.strip())
    for match in _LIST_LEAD_RE.finditer(masked):
        offset = match.end()
        # "these lines exactly as they are:", a blank line, then the lines, each whole
        # ("Latte — $4" is a line to print, not a label and its value)
        whole = _EXACTLY_RE.search(match.group()) is not None
        for line in _lines_below("\n" + masked[offset:].lstrip(" \t\n"), whole=whole):
            add(offset + masked[offset:].find(line), line.strip(), own_line=True)
    for match in amounts:
        add(match.start("x"), match.group("x").strip())
        covered.append((match.start(), match.end()))
    for joint in changed_to:
        english = joint.re is _NEW_AFTER_QUOTE_RES[1]
        value = _changed_value(joint.group("x"), english)
        add(joint.start("x"), value, needs_capital=english)
        covered.append(joint.span())
    if _CORRECTION.search(masked):
        for arrow in _ARROW_CHANGE_RE.finditer(masked):
            line_start = masked.rfind("\n", 0, arrow.start()) + 1
            line = masked[line_start:].split("\n", 1)[0]
            if len(re.findall(r"→|->|=>|⇒|➡", line)) > 1:
                continue  # "Leeds → York → Whitby": a route, not a change
            value = arrow.group("x")
            if _NEXT_STEP_RE.match(value):
                continue  # "balloons 🎈 ➡️ swap them for lanterns": then the next step
            lead = _NEW_LEAD_RE.match(value)
            if lead is not None:
                value = value[lead.end() :]  # "£5 → should be £3.50": the new value
                if not value.strip() and masked.startswith(_MASK, arrow.end("x")):
                    covered.append((line_start, arrow.end()))
                    continue  # "→ should be '£3.50 ALL DAY'": the quote is the new copy
            add(arrow.end("x") - len(value), _changed_value(value, english=False))
            covered.append((line_start, arrow.end()))
    for pattern in _PRICE_COPY_RES:
        for match in pattern.finditer(masked):
            group = next(g for g in ("x", "y", "z") if match.groupdict().get(g) is not None)
            add(match.start(group), match.group(group).strip())
            covered.append((match.start(), match.end()))
    for pattern in _SET_COPY_RES:
        for match in pattern.finditer(masked):
            value = match.group("x").strip()
            old = list(_NOT_OLD_RE.finditer(value))
            if old:
                continue  # "5월 3일 말고 5월 10일": the pattern for "not X but Y" takes the new one
            english = value[:1].isascii()
            # "change the heading to শুভ নববর্ষ, keep the rest": copy in another script ends
            # where an English clause in small letters follows its comma.
            tail = None if english else _ENGLISH_TAIL.search(value)
            if tail is not None:
                value = value[: tail.start()]
            # English needs copy-like text ("to something punchier" is no copy).
            add(
                match.start("x"),
                _trim_english(value) if english else _clean(value),
                needs_capital=english,
            )
    for start, value in _added_details(masked):
        add(start, value)
    for match in (m for pattern in _IMAGE_ONLY_RES for m in pattern.finditer(masked)):
        add(match.start("x"), match.group("x").strip())
    for match in _SIZED_ONLY_RE.finditer(masked):
        if match.group("lead") or match.group("tail"):
            value = match.group("x").strip()
            add(match.start("x"), value, needs_capital=value[:1].isascii())
    for match in _EN_TYPO_RE.finditer(masked):
        add(match.start("x"), _trim_english(match.group("x")))
        covered.append((match.start(), match.end()))
    turn = last_change_of_mind(masked)
    # "'A'... nahi wait, likho 'B'": a copy taken back on the spot; only the copy follows it
    # (the format said before still stands).
    retracted = [
        m.end()
        for pattern in (_COPY_RETRACTED_RE, _AFTERTHOUGHT_RE)
        for m in pattern.finditer(masked)
    ]
    if retracted and (turn is None or retracted[-1] > turn):
        turn = retracted[-1]
    # "says SOLD OUT? no wait — it should say LAST TICKETS": a cue after the change of mind,
    # on the line the first cue took, is read again from there.
    for offset in (0,) if turn is None else (0, turn):
        for match in _verb_cues(masked, offset, no_text):
            value = match.group("x")
            if turn is not None and match.start("x") < turn < match.end("x"):
                value = value[: turn - match.start("x")]  # the copy dropped stops at the turn
            add(match.start("x"), _trim_english(value))
    put_right = None if turn is None else _COPY_PUT_RIGHT_RE.match(masked, turn)
    if put_right is not None:
        add(put_right.start("x"), _trim_english(put_right.group("x")), needs_capital=True)
    for match in _OTHER_LATIN_VERB_RE.finditer(masked):
        add(match.start("x"), _trim_english(match.group("x")))
    for match in _EN_LETTERED_RE.finditer(masked):
        add(match.start("x"), _clean(match.group("x")), needs_capital=True)
    for match in _EN_WRITTEN_RE.finditer(masked):
        add(match.start("x"), _clean(match.group("x")), needs_capital=True)
    for pattern in (_EN_WITH_ON_IT_RE, _PLACED_AFTER_RE, _ADDED_CAPS_RE, _EN_WRITE_ON_PART_RE):
        for match in pattern.finditer(masked):
            value = _clean(match.group("x"))
            # "Text in the bottom corner should read …": a label placed, its copy to come
            label = re.match(rf"(?i:{_EN_LABELS})\b", value)
            if not _ELEMENT_END_RE.search(value) and label is None:
                add(match.start("x"), value, needs_capital=True)
    for match in _EN_PUT_ON_IT_RE.finditer(masked):
        add(match.start("x"), _trim_english(match.group("x")), needs_capital=True)
    for match in _EN_WRITE_RE.finditer(masked):
        # "put our logo in the corner" places an element; only "write" is always copy.
        placed = not match.group(0).lower().startswith("write")
        add(match.start("x"), _trim_english(match.group("x")), needs_capital=placed)
    for pattern in _TOKEN_PUT_RES:
        for match in pattern.finditer(masked):
            add(match.start("x"), match.group("x").strip())
    for pattern in _LATIN_PUT_RES:
        for match in pattern.finditer(masked):
            if not names_element_in_capitals(match.group("x")):
                add(match.start("x"), match.group("x").strip())
    for match in (
        *_COUNTED_COPY_RE.finditer(masked),
        *(m for pattern in _BADGE_RES for m in pattern.finditer(masked)),
        *_ONE_LINE_ADDED_RE.finditer(masked),
    ):
        add(match.start("x"), match.group("x").strip())
    for match in (
        *(m for pattern in _LANGUAGE_COPY_RES for m in pattern.finditer(masked)),
        *_latin_changed_to(masked),
        *_korean_capitals_written(masked),
        *_zh_added_han(masked),
    ):
        add(match.start("x"), match.group("x").strip())
    for match in _FOOTNOTE_RE.finditer(masked):
        group = "x" if match.group("x") is not None else "y"
        # its mark (*, ※) ties it to the line it notes: no bullet
        add(match.start(group), match.group(group).strip(), own_line=True, marked=True)
    for match in _LABEL_SPACE_END_RE.finditer(masked):
        value = match.group("x")
        if not (_NOT_CLOSING_COPY.search(value) or _HOW_IT_LOOKS.search(value) or no_text):
            only = _ONLY_LEAD.match(value)
            start = match.start("x") + (only.end() if only else 0)
            value = value[only.end() :] if only else value
            add(start, _clean(value), needs_capital=value[:1].isascii())
    for match in _KO_LETTERED_END_RE.finditer(masked):
        if not _KO_NEXT_INSTRUCTION.search(match.group("x")):
            add(match.start("x"), _clean(match.group("x")))
    for match in _TOPIC_RE.finditer(masked):
        said_in = next((g for g in ("y", "z", "w") if match.group(g) is not None), None)
        if said_in is not None:
            spoken = match.group(said_in)
            # "글자는 저희가 넣을게요": who writes it, with no copy given.
            about = match.group(0).startswith("内容") and _ABOUT_TAIL.search(spoken)
            spoken = _SPOKEN_TAIL.sub("", spoken)
            if not _HOW_IT_LOOKS.search(spoken) and not no_text and not about:
                add(match.start(said_in), _clean(spoken))
            continue
        value = match.group("x")
        if any(a < match.end() and match.start() < b for a, b in no_text_spans):
            continue  # "문구는 없이요": the label says there is none
        if value and not _PLACE_ONLY.match(value):
            if masked[match.start("x") - 1] in " \t" and not re.search("[\uac00-\ud7a3]", value):
                value += _run_on(masked[match.end("x") :])
            elif re.search("[\uac00-\ud7a3]", value):
                value += _ko_run_on(masked[match.end("x") :])
            said = _closing_at(masked, match.end("x"), value) or _clean(value)
            if masked[match.start("x") - 1] in " \t":
                # "コピーは ありがとう5周年 で": set off by a space, the copy ends at the particle
                said = _SPOKEN_TAIL.sub("", said) or said
            add(match.start("x"), said)
    for match in _SWITCH_INDIC_RE.finditer(masked):
        group = "x" if match.group("x") is not None else "y"
        value = match.group(group)
        value += _clause_run_on(masked[match.end(group) :], closing=False)
        cut = _UNDER_CUT.search(value)
        add(match.start(group), value[: cut.start()].strip() if cut else _clean(value))
    for match in _SWITCH_BEFORE_RE.finditer(masked):
        group = "x" if match.group("x") is not None else "y"
        add(match.start(group), _clean(match.group(group)))
    for match in _SWITCH_CJK_RE.finditer(masked):
        add(match.start("x"), _trim_english(match.group("x")))
    for match in _EN_HEADER_RE.finditer(masked):
        add(match.start("x"), match.group("x"))
    for match in _EN_LABEL_RE.finditer(masked):
        # "the headline is way too long" judges the copy; "the headline is Now Open" gives it.
        verb = match.group("verb")
        bare = verb is None or verb.split()[-1].lower() == "is"
        value = _closing_at(masked, match.end("x"), match.group("x"))
        value = _VERDICT_TAIL_RE.sub("", value or _trim_english(match.group("x"))).strip()
        # "add the line restock friday!! in the corner": words a verb adds as a line, and
        # places after them, are copy as written, in lower case too.
        added = _ADDED_LINE_RE.search(masked, max(0, match.start() - 16), match.start())
        rest = match.group("x")[len(value) :] if match.group("x").startswith(value) else ""
        # ... but "line art", "a line drawing" name a kind of picture, not a line of copy
        lined = (
            re.match(
                r"(?i)(?:(?:the|a)\s+)?(?:line(?!\s+(?:art|drawings?|icons?|illustrations?|"
                r"sketch(?:es)?|work|patterns?|style)\b)|words)\s",
                match.group(0),
            )
            is not None
        )
        placed = bool(added and lined and value and _PLACED_TAIL_RE.match(rest))
        add(match.start("x"), value, needs_capital=bare and not placed)
    for match in (m for pattern in _MARKLESS_RES for m in pattern.finditer(masked)):
        value = match.group("x")
        # sentences of capitals, bounded by the pattern, keep their stops
        sentences = match.re is _MARKLESS_RES[0] and _CAPS_SENTENCES.search(value) is not None
        add(match.start("x"), value.strip() if sentences else _clean(value))
    for match in (m for pattern in _DICTATED_RES for m in pattern.finditer(masked)):
        # A dictated line ends the copy where it ends: "text should be Grand Opening" then
        # a line about the channel. Only a line with no stop is dictated.
        line_start = masked.rfind("\n", 0, match.start()) + 1
        line_end = masked.find("\n", match.end())
        line = masked[line_start : len(masked) if line_end < 0 else line_end]
        if _UNPUNCTUATED.search(line.rstrip()) is not None:
            continue
        value = match.group("x").strip()
        letters = [ch for ch in value if ch.isalpha()]
        # Capitals are lettered as written: "lekha thakbe CUT, COLOUR, CARE" names no look.
        shouted = len(letters) > 2 and all(ch.isascii() and ch.isupper() for ch in letters)
        if (describes_look(value) or is_style_note(value)) and not shouted:
            continue  # "likh do colourful font mein" says how the copy before it looks
        if len(value.split()) < 2 and not re.search(r"\d", value):
            continue  # "₹499 likho usmein": one word after the verb says where
        cut = _UNDER_CUT.search(value)
        add(match.start("x"), value[: cut.start()].strip() if cut else _clean(value))
    for match in (m for pattern in _DICTATED_CUE_RES for m in pattern.finditer(masked)):
        line_start = masked.rfind("\n", 0, match.start()) + 1
        line_end = masked.find("\n", match.end())
        line = masked[line_start : len(masked) if line_end < 0 else line_end]
        value = match.group("x").strip()
        letters = [ch for ch in value if ch.isalpha()]
        shouted = len(letters) > 2 and all(ch.isascii() and ch.isupper() for ch in letters)
        # only a line with no stop is dictated; capitals keep theirs ("NO HOT WATER? CALL US")
        if _UNPUNCTUATED.search(line.replace(value, " ").rstrip()) is not None or (
            _UNPUNCTUATED.search(value) is not None and not shouted
        ):
            continue
        if describes_look(value) or is_style_note(value) or names_element_in_capitals(value):
            continue
        if len(value.split()) < 2 and not re.search(r"\d", value) and not _CJK_RUN.search(value):
            continue
        add(match.start("x"), value)
    for index, pattern in enumerate(_CUE_RES):
        for match in pattern.finditer(masked):
            span = match.group("x").strip()
            if index < _JA_CUES:
                span = _after_clauses(span)
            particle = match.groupdict().get("particle")
            if particle and particle.startswith("이") and span and not _has_batchim(span[-1]):
                span += "이"  # 아이라는: after a vowel the particle is 라는, so 이 ends the word
            if particle is not None:
                # "오른쪽 위에 NEW 라고": the place comes before the copy, not in it.
                place = _KO_PLACE_RE.search(span)
                if place is not None:
                    span = span[place.end() :]
                # "운영시간 변경 안내인데 새벽 6시 오픈이라고": the clause before the
                # connective says what the image is about; the copy follows it.
                clause = _KO_CLAUSE_RE.match(span)
                if clause is not None and clause.end() < len(span):
                    span = span[clause.end() :]
            start = match.start("x") + len(match.group("x")) - len(span)
            if index == _ZH_COLON_CUE:
                # "写：陌生来电要警惕，转账之前先核实": one slogan, its comma kept.
                span += _run_on(masked[match.end("x") :])
            elif index == _ZH_COLON_CUE + 1:
                # "上面写 开锁不用等，十五分钟上门" closing the message: its second half too
                span += _clause_run_on(masked[match.end("x") :], closing=True)
            cut = _UNDER_CUT.search(span)
            if cut is not None:
                # "ऊपर लिखो योग दिवस और नीचे …": the line put under it is its own
                add(start, span[: cut.start()].strip())
                continue
            add(start, _closing_at(masked, match.end("x"), span) or _clean(span))
    for start, tag in _tags_on_image(masked):
        add(start, tag)
    for start, line in under_it(masked):
        if any(earlier < start for earlier, _ in found):
            # a line of its own, which may open like a phrase ("from £3.20 at all stores")
            add(start, _clean(line), own_line=True)
    for match in _UNDER_AT_END_RE.finditer(masked):
        if any(earlier < match.start() for earlier, _ in found):
            # "… with the dates under it:", その下に小さく, "niche date:": the next lines
            offset = match.end()
            for line in _lines_below(masked[offset:]):
                add(offset + masked[offset:].find(line), line.strip(), own_line=True)
    quote_starts = {start for start, _, _ in quoted}
    if any(start not in quote_starts for start, _ in found):
        occasions = {
            start
            for start, end, _ in quoted
            if _FOR_AFTER_QUOTE.match(text, end)
            or _OF_AFTER_QUOTE.match(text, end)
            or _FOR_BEFORE_QUOTE.search(text, 0, start)
        }
        found = [(start, span) for start, span in found if start not in occasions]
    found.extend(rows)
    # "উপরে শিরোনাম: …" after the table, "Top: …" after the body: the line on top goes first.
    ordered = sorted(found, key=lambda item: (not _ON_TOP_RE.search(text, 0, item[0]), item[0]))
    if turn is not None and copy_carried_over(masked, turn):
        turn = None  # "… actually a tile instead, same headline plus 'B'": both stand
    if turn is not None and any(start >= turn for start, _ in ordered):
        ordered = [(start, span) for start, span in ordered if start >= turn]
    elif turn is not None and _NO_TEXT_RE.search(masked, turn):
        ordered = []  # "'Relax'... না থাক, কোনো লেখা দিও না": the copy taken back, none left
    ordered = _picked_deliverable(text, ordered)
    # "upar ADMISSIONS OPEN 2025-26 likh dena": a piece ("2025-26") lying inside another
    # span taken from the same words is part of that line, not a line of its own.
    ordered = [
        (start, span)
        for start, span in ordered
        if not any(
            other != span and s <= start and start + len(span) <= s + len(other)
            for s, other in ordered
        )
    ]
    spans = [span.replace(_THOUSANDS_MARK, ",") for _, span in ordered if span]
    return list(dict.fromkeys(split_lines(text, spans)))


def split_lines(text: str, spans: list[str]) -> list[str]:
    """``spans`` cut into lines at each slash when ``text`` says the copy goes on several
    lines ("on three lines: A / B / C"); unchanged otherwise."""
    if not _ON_LINES_RE.search(without_quotes(text)):
        return spans
    lines: list[str] = []
    for span in spans:
        said = _ON_LINES_RE.match(span)  # "세 줄로: A / B": the phrase is no copy
        if said is not None and re.match(r"\s*[:：]", span[said.end() :]):
            span = span[said.end() :].lstrip(" \t:：")
        lines.extend(line.strip() for line in _LINE_BREAK_RE.split(span) if line.strip())
    return lines


# The copy said to go on several lines ("on three lines", "in 2 lines", "line by line",
# 3行で, 세 줄로, 分三行, तीन लाइनों में, তিন লাইনে): a slash between its pieces breaks the line.
_ON_LINES_RE = re.compile(
    r"(?i:\b(?:on|in|over|across|into)\s+(?:two|three|four|five|2|3|4|5|separate|multiple)\s+"
    r"lines\b|\bline\s+by\s+line\b|\bone\s+(?:per|a)\s+line\b|\beach\s+on\s+its\s+own\s+line\b|"
    r"\b(?:do|teen|char|dui|tin|char)\s+(?:line|lines|laain)\s+(?:mein|me|e|te)\b)|"
    r"[2-5二三四五]行(?:で|に|に分け|分け)|[2-5二三四五]段(?:で|に)|改行して|"
    r"(?:두|세|네|다섯|[2-5])\s*줄(?:로|에)|줄\s*바꿔|"
    r"分(?:成)?[2-5二两兩三四五]行|[2-5二两兩三四五]行(?:字|文字|排)|换行|換行|"
    r"(?:दो|तीन|चार|[2-5२-५])\s+(?:लाइनों|लाइन|पंक्तियों|पंक्ति)\s+में|"
    r"(?:দুই|তিন|চার|[2-5২-৫])\s+(?:লাইনে|লাইনে|সারিতে)"
)
_LINE_BREAK_RE = re.compile(r"\s+[/|｜]\s+|\s*／\s*")


# --- cue words typed in a hurry ---------------------------------------------------------
# Briefs typed on a phone misspell the words that name a format or ask for something:
# "banr", "postr", "instgram", "smthng", पोसटर, পোষ্টার, ぽすたー, 포스타. ``normalise_cues``
# puts those words back in the spelling the planner's cues know, and touches nothing else
# (quoted copy least of all). Each script has one small rule instead of a list of typos.

# Latin: the format and request words worth recovering. A word is recovered from a typo
# that drops vowels or doubled letters ("banr", "smthng", "postr": the same consonants in
# the same order, fewer letters) or, for words of five letters or more, from one edit that
# keeps its consonants (a vowel changed, a letter dropped or doubled, two letters swapped).
# A consonant changed is never a typo of it: "manner", "banker", "planner" and "foster"
# stay themselves.
_LATIN_CUE_WORDS = (
    "banner", "banners", "poster", "posters", "flyer", "flyers", "leaflet", "leaflets",
    "brochure", "instagram", "facebook", "thumbnail", "invitation", "something",
)  # fmt: skip
_VOWELS = frozenset("aeiouy")
# Contractions typed without their apostrophe: "dont like it", "its fine", "thats it".
_CONTRACTIONS = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "thats": "that's", "whats": "what's",
}  # fmt: skip


def _skeleton(word: str) -> str:
    """The consonants of ``word`` in order, a doubled one once: "banner" and "banr" → bnr."""
    out: list[str] = []
    for ch in word:
        if ch in _VOWELS:
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _one_edit(typed: str, word: str) -> bool:
    """``typed`` is one vowel-for-vowel change, one dropped or doubled letter or one swap of
    neighbours away from ``word``."""
    if typed == word:
        return False
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(diff) == 1:
            return typed[diff[0]] in _VOWELS and word[diff[0]] in _VOWELS
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == word[diff[1]]
            and typed[diff[1]] == word[diff[0]]
        )
    shorter, longer = sorted((typed, word), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1 :] == shorter:
            # An added letter must double its neighbour ("bannner"), not be a new one.
            return longer is word or longer[i] in (longer[i - 1 : i] + longer[i + 1 : i + 2])
    return False


def latin_cue_word(token: str) -> str | None:
    """The cue word a Latin ``token`` misspells, or None (also when it is spelt right)."""
    typed = token.lower()
    if len(typed) < 4 or typed in _LATIN_CUE_WORDS or not typed.isalpha():
        return None
    for word in _LATIN_CUE_WORDS:
        if typed[0] != word[0]:
            continue
        if len(word) >= 6 and len(typed) < len(word) and _skeleton(typed) == _skeleton(word):
            return word
        if len(word) >= 5 and _one_edit(typed, word):
            return word
    return None


# Hindi and Bengali: the same word is spelt with or without a nukta or a virama
# (पोसटर, पोस्टर), with a long or short vowel sign, with স or ষ or শ, and ্যা as ে (বেনার,
# ব্যানার). Words compare by a key that forgets those differences; a word that starts with
# a cue word's key (inflections follow: পোষ্টারটা) gets the cue's spelling.
_INDIC_CUE_WORDS = (
    "पोस्टर", "बैनर", "फ्लायर", "इंस्टाग्राम", "स्टोरी", "थंबनेल", "निमंत्रण",
    "পোস্টার", "ব্যানার", "ফ্লায়ার", "লিফলেট", "ইনস্টাগ্রাম", "স্টোরি", "থাম্বনেইল",
)  # fmt: skip
_INDIC_KEY = str.maketrans(
    {
        "\u093c": None, "\u09bc": None, "\u094d": None, "\u09cd": None,  # nukta, virama
        "\u0940": "\u093f", "\u0942": "\u0941", "\u0948": "\u0947", "\u094c": "\u094b",
        "\u09c0": "\u09bf", "\u09c2": "\u09c1", "\u0937": "\u0938", "\u0936": "\u0938",
        "\u09b7": "\u09b8", "\u09b6": "\u09b8", "\u0902": None, "\u0901": None,
        "\u0982": None, "\u0981": None, "\u09df": "\u09af",
    }
)  # fmt: skip


def _indic_key(word: str) -> str:
    return word.replace("\u09cd\u09af\u09be", "\u09c7").translate(_INDIC_KEY)


_INDIC_KEYS = sorted(
    ((_indic_key(word), word) for word in _INDIC_CUE_WORDS), key=lambda kw: -len(kw[0])
)
_INDIC_TOKEN_RE = re.compile(r"[\u0900-\u09ff]+")


def _indic_cue_word(token: str) -> str:
    key = _indic_key(token)
    for cue_key, word in _INDIC_KEYS:
        if key.startswith(cue_key) and not token.startswith(word):
            rest = len(key) - len(cue_key)  # the inflection, spelt as typed
            return word + (_indic_key(token)[len(cue_key) :] if rest else "")
    return token


# Japanese: a format word typed in hiragana (ぽすたー, ちらし) is its katakana cue; an IME
# that picked the wrong kanji (散らし for チラシ) gives the same word.
_KANA_CUE_WORDS = ("ポスター", "チラシ", "バナー", "フライヤー", "インスタ", "ストーリー", "サムネ")
_HIRAGANA_CUES = {
    "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in word): word
    for word in _KANA_CUE_WORDS
}
_KANJI_FOR_KANA = {"散らし": "チラシ"}
_KANA_RE = re.compile("|".join(sorted([*_HIRAGANA_CUES, *_KANJI_FOR_KANA], key=len, reverse=True)))
# Korean: a cue word of three syllables or more with one vowel wrong (포스타 for 포스터,
# 전단치 is not one: consonants must agree), at the start of a word (particles follow).
_HANGUL_CUE_WORDS = ("포스터", "전단지", "인스타", "인스타그램", "썸네일", "게시물", "스토리")
_HANGUL_RUN_RE = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{3,}")


def _jamo(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - 0xAC00
    return code // 588, (code % 588) // 28, code % 28


def _hangul_cue(run: str) -> str:
    for word in _HANGUL_CUE_WORDS:
        head = run[: len(word)]
        if len(head) < len(word) or head == word:
            continue
        pairs = [(_jamo(a), _jamo(b)) for a, b in zip(head, word, strict=True)]
        vowels = sum(a[1] != b[1] for a, b in pairs)
        if vowels == 1 and all(a[0] == b[0] and a[2] == b[2] for a, b in pairs):
            return word + run[len(word) :]
    return run


_LATIN_TOKEN_RE = re.compile(r"(?<![A-Za-z'’])[A-Za-z]+(?![A-Za-z'’])")


def normalise_cues(text: str) -> str:
    """``text`` with misspelt format and request words spelt as the cues know them; quoted
    copy is left as written."""
    masked, _ = _mask_quotes(text)
    out = list(text)

    def put(start: int, end: int, new: str) -> None:
        out[start] = new
        for i in range(start + 1, end):
            out[i] = ""

    for match in _LATIN_TOKEN_RE.finditer(masked):
        token = match.group(0)
        fixed = _CONTRACTIONS.get(token.lower()) or latin_cue_word(token)
        if fixed is not None:
            put(match.start(), match.end(), fixed)
    for match in _INDIC_TOKEN_RE.finditer(masked):
        fixed = _indic_cue_word(match.group(0))
        if fixed != match.group(0):
            put(match.start(), match.end(), fixed)
    for match in _KANA_RE.finditer(masked):
        kana = match.group(0)
        put(match.start(), match.end(), _HIRAGANA_CUES.get(kana) or _KANJI_FOR_KANA[kana])
    for match in _HANGUL_RUN_RE.finditer(masked):
        fixed = _hangul_cue(match.group(0))
        if fixed != match.group(0):
            put(match.start(), match.end(), fixed)
    return "".join(out)


# --- a pasted message's envelope --------------------------------------------------------
# Briefs pasted from an email, a document or a chat thread carry the message's envelope:
# a forwarding separator, header lines, a reply's attribution, a signature, Slack mentions
# and emoji shortcodes. None of it is ever copy or a request, and left in it reads as both
# (the sender's name as a headline, "Subject: Mother's Day" as a subject, ":pray:" as a
# label), so ``strip_envelope`` takes it out and keeps the line structure of the rest.
_SEPARATOR_RE = re.compile(
    r"^[ \t>]*[-_=─―—–]{2,}[ \t]*(?:(?i:forwarded\s+message|original\s+message)|"
    r"転送されたメッセージ|전달된\s*메시지|转发的邮件|原始邮件)?[ \t]*[-_=─―—–]*[ \t]*$"
)
_SENDER_LABELS = r"from|差出人|送信者|보낸\s*사람|发件人|寄件者|प्रेषक|প্রেরক"
_HEADER_RE = re.compile(
    r"^[ \t>]*(?P<label>(?i:" + _SENDER_LABELS + r"|to|cc|bcc|date|sent|subject|reply-to)|"
    r"宛先|送信日時|日付|件名|받는\s*사람|참조|날짜|제목|收件人|收件者|抄送|日期|主题|主題|"
    r"प्रति|दिनांक|विषय|প্রাপক|তারিখ|বিষ(?:য়|য\u09bc))[ \t]*[:：](?P<x>[^\n]*)$"
)
_SENDER_RE = re.compile(r"^(?i:" + _SENDER_LABELS + r")$")
_SUBJECT_RE = re.compile(r"^(?:(?i:subject)|件名|제목|主题|主題|विषय|বিষ(?:য়|য\u09bc))$")
# A subject line alone at the top marks a pasted e-mail, except 제목, which is as often the
# title to print ("제목: 여름 세일" above the request): that one only when a letter's
# greeting follows it.
_LONE_SUBJECT_RE = re.compile(r"^(?:(?i:subject)|件名|主题|主題|विषय|বিষ(?:য়|য\u09bc))$")
_LETTER_OPENING_RE = re.compile(r"^\s*(?:안녕하세요|안녕하십니까)")
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# "On Mon, 10 Feb, Carla <carla@…> wrote:", "2025/02/12 鈴木 <k@…>:", "…님이 작성:", "写道："
_ATTRIBUTION_RE = re.compile(r"^[ \t>]*[^\n]*<" + _EMAIL + r">[^\n]*[:：][ \t]*$")
# A date on its own line ("21.06.2025", "2025-09-14", "15/01/2026") is a line of copy, not
# the numbers under a signature.
_PHONE_RE = re.compile(
    r"^(?![ \t]*(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})[ \t]*$)"
    r"[ \t]*(?:(?i:tel|phone|mob(?:ile)?|t|m)\.?[ \t]*[:：.]?|電話[:：]?|电话[:：]?|전화[:：]?)?"
    r"[ \t]*\+?\(?\d[\d \t().-]{6,}\d[ \t]*$"
)
# A handle to be drawn ("@acme_bakes written along the bottom", 加上 @茶屋) is copy, not
# a mention.
_PUT_BEFORE = "".join(
    f"(?<!{verb})(?<!{verb}[ \t])" for verb in ("加上", "写上", "寫上", "印上", "放上", "(?i:add)")
)
_MENTION_RE = re.compile(
    r"(?i:\bcc\b[ \t:]*)?(?:(?<![\w.+-])"
    + _PUT_BEFORE
    + r"@[\w.-]*\w(?![\w.-]*[ \t]+(?i:written|printed|"
    r"lettered|in\s+(?:the|big|small|white|black)|along|at\s+the|on\s+the))[ \t,]*)+"
)
_SHORTCODE_RE = re.compile(r"(?<![A-Za-z0-9]):[a-z_][a-z0-9_+-]*:(?![A-Za-z0-9])")
# A sign-off alone on its line: what follows it is the sender's name, title and numbers.
_SIGN_OFF_RE = re.compile(
    r"^[ \t]*(?:(?i:(?:many\s+|big\s+)?thanks(?:\s+(?:again|so\s+much|a\s+lot|yaar))?|"
    r"thank\s+you(?:\s+so\s+much)?|thx|cheers|best(?:\s+wishes)?|(?:best|kind|warm|many)\s+regards|"
    r"regards|all\s+the\s+best|merci|sincerely|xx+|xo+|dhonnobad|dhanyavaad|shukriya)"
    r"(?:[ \t]+[^\W\d_][\w.'-]*)?"
    r"|(?:何卒|以上、?)?(?:どうぞ)?よろしくお願い(?:(?:いた|致)?します|申し上げます)|감사합니다|고맙습니다|"
    r"[^\s\n]{1,10}\s*드림|"
    # a formal close: 敬请费心，谢谢！, सधन्यवाद, ধন্যবাদান্তে, 감사합니다 after a wish
    r"(?:(?:敬请|敬請|烦请|煩請)\S{1,4}[,，、]?)?(?:谢谢|謝謝|多谢|多謝)|此致|祝好|敬上|"
    r"(?:स)?धन्यवाद(?:\s+सहित)?|शुक्रिया|ধন্যবাদ(?:ান্তে|ান্তেও)?|বিনীত)[ \t]*[,，.。!！~～।]*[ \t]*$"
)
_SIGNATURE_MAX_LINES = 6


def _signature_start(lines: list[str]) -> int | None:
    """Where the signature begins: a sign-off or "--" line with only a name, a title and
    numbers after it (short lines, no question)."""
    for index, line in enumerate(lines):
        if not (_SIGN_OFF_RE.match(line) or line.strip() in {"--", "-- "}):
            continue
        rest = [tail.strip() for tail in lines[index + 1 :] if tail.strip()]
        if (
            index > 0
            and any(earlier.strip() for earlier in lines[:index])
            and len(rest) <= _SIGNATURE_MAX_LINES
            and all(len(tail) <= 60 and not re.search(r"[?？]", tail) for tail in rest)
        ):
            return index
    return None


# A request forwarded whole inside quotes: 'Fwd from Priya: "can someone mock up …"',
# 转发同事的需求：「…」, 部長から転送：「…」. The quote is the brief itself, not copy, when a note
# after it asks nothing of its own ("— eta ektu dekho please"); "…" — what now? keeps the
# quote as someone else's word.
_FORWARD_LEAD_RE = re.compile(
    r"^\s*(?:(?i:fwd?|fw|forwarded|forwarding)\b[^\n:：]{0,40}|(?i:from)\s+[^\n:：]{1,30}|"
    r"[^\n:：]{0,40}(?:转发|轉發|転送|전달|फॉरवर्ड|ফরোয়ার্ড)[^\n:：]{0,20})[:：]\s*"
)
_FORWARDED_BODY_MIN = 20


def _unwrap_forwarded(text: str) -> str:
    lead = _FORWARD_LEAD_RE.match(text)
    if lead is None:
        return text
    quote = _ANY_QUOTE_RE.match(text, lead.end())
    if quote is None:
        return text
    body = next(g for g in quote.groups() if g is not None).strip()
    tail = text[quote.end() :].strip()
    if len(body) < _FORWARDED_BODY_MIN or re.search(r"[?？]", tail):
        return text
    return body + text[quote.end() :].rstrip()


# "> it has to say" then "> Lantern Night · 14 Sept": a reply's quote marks are no part of
# the copy (though the routing reads them: a quoted complaint is someone else's, not an
# instruction). The quoted block is the forwarded request; a line after it is the sender's own
# note ("can u do that one"), so a blank line keeps it from running on with the copy.
_QUOTE_MARK_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+")


def unquote(text: str) -> str:
    lines = text.split("\n")
    if not any(_QUOTE_MARK_RE.match(line) for line in lines):
        return text
    out: list[str] = []
    quoted_before = False
    for line in lines:
        mark = _QUOTE_MARK_RE.match(line)
        if mark is None and quoted_before and line.strip():
            out.append("")
        out.append(line[mark.end() :] if mark else line)
        quoted_before = mark is not None
    return "\n".join(out)


def strip_envelope(text: str) -> str:
    """``text`` without the envelope of a pasted message (see above); unchanged when it
    has none, and never emptied."""
    text = _unwrap_forwarded(text)
    lines = text.split("\n")
    drop: set[int] = set()
    after_separator = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if _SEPARATOR_RE.match(line) and line.strip():
            drop.add(index)
            after_separator = True
            index += 1
            continue
        block = []
        while index < len(lines) and _HEADER_RE.match(lines[index]):
            block.append(index)
            index += 1
        if block:
            labels = [m.group("label") for i in block if (m := _HEADER_RE.match(lines[i]))]
            opening = not any(lines[i].strip() for i in range(block[0]))
            ends = index >= len(lines) or not lines[index].strip()
            if (
                after_separator
                or any(_SENDER_RE.match(label) for label in labels)
                or (opening and ends and any(_LONE_SUBJECT_RE.match(label) for label in labels))
                or (
                    opening
                    and ends
                    and any(_SUBJECT_RE.match(label) for label in labels)
                    and _LETTER_OPENING_RE.match(next((x for x in lines[index:] if x.strip()), ""))
                )
            ):
                drop.update(block)
            after_separator = False
            continue
        if _ATTRIBUTION_RE.match(line):
            drop.add(index)
        if line.strip():
            after_separator = False
        index += 1
    kept = [
        _SHORTCODE_RE.sub(" ", _MENTION_RE.sub(" ", line)).rstrip()
        for i, line in enumerate(lines)
        if i not in drop
    ]
    start = _signature_start(kept)
    if start is not None:
        kept = kept[:start]
    kept = [line for line in kept if not _PHONE_RE.match(line)]
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return cleaned or text


# Dictation has no quote marks: the quote is said aloud ("quote no fix no fee unquote",
# 따옴표 … 따옴표 닫고, 引号 … 引号结束, かっこ … かっことじ, कोट … अनकोट, কোট … আনকোট).
# Each spoken pair is written as the marks it stands for, so every rule of quoted copy
# (a caption kept off, an old value changed, a change of mind) reads it as it reads marks.
_SPOKEN_QUOTE_RES = [
    # "quote unquote X likhna hai": said before the copy, which runs to its verb or the end
    re.compile(
        r"(?i)\bquote[ \t]+unquote[ \t]+(?P<x>[^\n\"“”]+?)(?=[ \t]+(?:likhna|likho|likh|lekho|"
        r"lekha|likhe|write|is\s+what|on\s+it|bas|okay|ok)\b|[ \t]*$)"
    ),
    re.compile(
        r"(?i)\b(?:open\s+)?quote\s+(?:marks?\s+)?(?P<x>(?:(?!\bquote\b)[^\n\"“”])+?)\s+"
        r"(?:unquote|(?:end|close)\s+quote)\b"
    ),
    re.compile(
        r"따옴표\s*(?:열고\s+|시작\s+)?(?P<x>(?:(?!따옴표)[^\n])+?)\s*따옴표\s*(?:닫고|닫기|끝)"
    ),
    re.compile(
        r"(?:前)?引号(?:开始)?\s*(?P<x>(?:(?!引号)[^\n])+?)\s*(?:引号结束|结束引号|后引号|引号完)"
    ),
    # かっこいい is "cool", no bracket opened
    re.compile(
        r"(?:かっこ|カッコ|括弧)(?!いい|良|よ)\s*(?P<x>(?:(?!かっこ|カッコ|括弧)[^\n])+?)\s*"
        r"(?:かっこ|カッコ|括弧)\s*(?:とじ|閉じ)"
    ),
    # कोट and কোট are also a coat: the quote is the pair, nothing said between but the copy
    re.compile(
        r"(?<![\u0900-\u097f])(?:ओपन\s+)?कोट\s+(?P<x>(?:(?!कोट)[^\n])+?)\s+"
        r"(?:अनकोट|कोट\s+बंद|क्लोज़?\s+कोट)"
    ),
    re.compile(
        r"(?<![\u0980-\u09ff])কোট\s+(?P<x>(?:(?!কোট)[^\n])+?)\s+(?:আনকোট|কোট\s+শেষ|ক্লোজ\s+কোট)"
    ),
]


# Lines told by ordinal with no colon ("first line … second line …", 一行目 … 二行目 …,
# 第一行 … 第二行 …, 첫 줄 … 둘째 줄 …, पहली लाइन … दूसरी लाइन …, প্রথম লাইন … দ্বিতীয় লাইন …):
# each ordinal opens a line of copy that runs to the next one; the last runs to the end of
# its sentence. Said only once ("두 번째 줄 오타 있어요") the ordinal names a line, no copy.
_ORDINALS = (
    r"(?i:\b(?:(?:the\s+)?(?:first|1st|top)\s+line|line\s+one)(?:\s+(?:is|says|reads))?)|一行目(?:は)?|1行目(?:は)?|"
    r"第一行|第1行|(?:첫|첫째|첫\s*번째)\s*줄(?:은|에는?)?|पहली\s+(?:लाइन|पंक्ति)(?:\s+में)?|"
    r"(?i:\bpehli\s+line(?:\s+(?:me|mein))?)|প্রথম\s+লাইন(?:ে)?|(?i:\bprothom\s+line(?:e)?)",
    r"(?i:\b(?:and\s+)?(?:(?:the\s+)?(?:second|2nd)\s+line|line\s+two)(?:\s+(?:is|says|reads))?)|二行目(?:は)?|"
    r"2行目(?:は)?|第二行|第2行|(?:둘째|두\s*번째)\s*줄(?:은|에는?)?|दूसरी\s+(?:लाइन|पंक्ति)(?:\s+में)?|"
    r"(?i:\b(?:doosri|dusri)\s+line(?:\s+(?:me|mein))?)|দ্বিতীয়\s+লাইন(?:ে)?|"
    r"(?i:\b(?:ditiyo|dwitiyo)\s+line(?:e)?)",
    r"(?i:\b(?:and\s+)?(?:(?:the\s+)?(?:third|3rd)\s+line|line\s+three)(?:\s+(?:is|says|reads))?)|三行目(?:は)?|"
    r"3行目(?:は)?|第三行|第3行|(?:셋째|세\s*번째)\s*줄(?:은|에는?)?|तीसरी\s+(?:लाइन|पंक्ति)(?:\s+में)?|"
    r"(?i:\b(?:teesri|tisri)\s+line(?:\s+(?:me|mein))?)|তৃতীয়\s+লাইন(?:ে)?|"
    r"(?i:\b(?:tritiyo)\s+line(?:e)?)",
)
_SPOKEN_LINES_RE = re.compile(
    rf"(?:{_ORDINALS[0]})[ \t]+(?P<a>[^\n:：]+?)[ \t]+(?:{_ORDINALS[1]})[ \t]+"
    rf"(?:(?P<b>[^\n:：]+?)[ \t]+(?:{_ORDINALS[2]})[ \t]+(?P<c>[^\n:：。.!?]+)"
    rf"|(?P<b2>[^\n:：。.!?]+))"
)


_NEXT_REQUEST_RE = re.compile(
    r"(?i:\s+(?:and|aur|ar|then|plus)\s+(?:make|add|put|use|change|keep|please|pls|"
    r"(?:the\s+)?background)\b)|\s+(?:그리고\s|然后|然後|並且|并且)"
)


def spoken_quotes(text: str) -> str:
    """``text`` with each spoken quote pair, and each line told by ordinal, written as
    quote marks."""
    for pattern in _SPOKEN_QUOTE_RES:
        text = pattern.sub(lambda m: f"“{m.group('x')}”", text)

    def lines(match: re.Match[str]) -> str:
        said = [match.group(g) for g in ("a", "b", "c", "b2") if match.group(g)]
        # the last line ends where the next request starts ("… and make the background blue")
        last = _NEXT_REQUEST_RE.search(said[-1])
        rest = said[-1][last.start() :] if last else ""
        if last:
            said[-1] = said[-1][: last.start()]
        return " ".join(f"“{line.strip()}”" for line in said) + rest

    return _SPOKEN_LINES_RE.sub(lines, text)


# Emoji that point at the copy or stand for writing it are marks, not copy: a pair pointing
# in from both sides (👉 SALE 👈, ➡️ SALE ⬅️) quotes what is between; a writing emoji (📝, ✍️,
# ✏️) or an arrow after a word that names the copy or writes it ("copy ✍️", "likhna ➡️", 小字
# 📝, 문구👉) is its colon; a writing emoji or an arrow opening a line ("📝 MIDNIGHT BAKERY",
# "➡️ OPEN TILL 2AM") labels the rest of that line, and a writing emoji alone on its line
# labels the lines under it. Emoji drawn inside the copy ("Happy Bday 🎂 Mina", "🔥 40% OFF
# 🔥") are none of these and stay.
_MOD = "[\ufe0f\U0001f3fb-\U0001f3ff]*"
_WRITING_MARK = f"(?:[📝✍✏🖊🖋🖍]{_MOD})"
_RIGHT_MARK = f"(?:[👉➡→⇒➜➔]{_MOD})"
_LEFT_MARK = f"(?:[👈⬅←⇐]{_MOD})"
_DOWN_MARK = f"(?:[👇⬇↓]{_MOD})"
_POINTED_PAIR_RE = re.compile(
    rf"{_RIGHT_MARK}[ \t]*(?P<x>[^\s👉👈➡⬅→←](?:[^\n👉👈➡⬅→←]*[^\s👉👈➡⬅→←])?)[ \t]*{_LEFT_MARK}"
)
_LABEL_BEFORE_MARK_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?:{_EN_LABEL_WORDS}|{_OTHER_LATIN_LABELS}|write|writes|say|says|read|reads|"
    r"likhna|likhe|likhiye|likhen|lekhe|lekha\s+thakbe|small\s+print|fine\s+print)"
    r"|キャッチコピー|コピー|テキスト|文字|文言|見出し|タイトル|メッセージ|書いて|入れて|"
    r"문구|텍스트|카피|헤드라인|제목|글자|글씨|문안|써\s*줘|써\s*주세요|적어\s*줘|"
    r"文案|标语|標語|口号|口號|标题|標題|字样|字樣|广告语|宣传语|写|寫|[小大粗细細]?字|"
    # "再加一行 👉 X", "one more line 👉 X", "한 줄 더 👉 X": the line to add is named, then given.
    r"一行|一句|(?<![A-Za-z])line|줄\s*(?:더|추가)?|"
    r"टेक्स्ट|शीर्षक|हेडलाइन|कैप्शन|स्लोगन|कॉपी|लिखना|लिखो|लिखें|लिखिए|लिख\s+दो|"
    r"টেক্সট|শিরোনাম|হেডলাইন|ক্যাপশন|স্লোগান|কপি|লেখা(?:\s+থাকবে)?|লেখো|লিখুন|লিখে\s+দাও)$",
    re.IGNORECASE,
)
_ANY_MARK = f"(?:{_WRITING_MARK}|{_RIGHT_MARK}|{_DOWN_MARK})"
_MARKS_RE = re.compile(rf"[ \t]*{_ANY_MARK}+[ \t]*")
_MARK_LINE_RE = re.compile(
    rf"^(?P<lead>[ \t]*)(?:{_WRITING_MARK}|{_RIGHT_MARK})+[ \t]*(?P<x>[^\n]*)$", re.MULTILINE
)


# The same emoji on both sides of words in the middle of a sentence ("a story with 🥫 Every
# can counts 🥫 on it", "「🍡 三色だんご 🍡」" aside) frames them as copy, emoji and all, as
# quote marks would; words that open in lower case ("with 🎈 and 🎈 balloons") are prose.
_FRAMED_RE = re.compile(
    rf"(?<=[^\s:：\"“‘'「『(（])(?P<gap>[ \t]*)(?P<q>(?P<e>(?:{_EMOJI}{_MOD})+)[ \t]*"
    rf"(?P<x>[^\s\"“”「」『』]"
    rf"(?:[^\n\"“”「」『』\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff]{{0,58}}\S)?)"
    rf"[ \t]*(?P=e))(?![\ufe0f\U0001f3fb-\U0001f3ff]|[ \t]*[\"”」』])"
)


def _framed_by_emoji(text: str, asks: Callable[[str], bool]) -> str:
    def quote(match: re.Match[str]) -> str:
        inner = match.group("x")
        first = next((ch for ch in inner if ch.isalnum()), "")
        if not first or (first.isascii() and first.islower()) or asks(inner):
            return match.group(0)
        return f"{match.group('gap')}“{match.group('q')}”"

    return _FRAMED_RE.sub(quote, text)


# An emoji closing the request, then a few words ending the brief: "… 2:3 book poster chahiye
# 📚 Kahani jo rukti nahi", "A5 flyer for the bakery please 🥐 Baked Before Sunrise". The
# emoji sets the words off as a colon would: they are the copy. Words that ask something,
# open in lower case, run on as sentences or carry more emoji are not; nor are words after a
# face or a hand (🙏 具体内容我还没想好), which speak to us, or after copy already given.
_EMOJI_TAIL_RE = re.compile(
    rf"(?P<before>[^\n]*[^\s\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff\ufe0f])[ \t]+"
    rf"(?P<e>(?:{_EMOJI}{_MOD})+)[ \t]+"
    r"(?P<x>[^\s\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff\"“”「」『』]"
    r"[^\n\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff\"“”「」『』]{0,58}?)[ \t]*[.!。！]?\Z"
)


_GESTURE_RE = re.compile(
    "[\U0001f600-\U0001f64f\U0001f44a-\U0001f450\U0001f90c-\U0001f91f\U0001f932\U0001f933]"
)


def _emoji_tail(text: str, asks: Callable[[str], bool]) -> str:
    match = _EMOJI_TAIL_RE.search(text.rstrip())
    if match is None:
        return text
    words = match.group("x")
    first = next((ch for ch in words if ch.isalnum()), "")
    if (
        not first
        or _GESTURE_RE.search(match.group("e"))
        or (first.isascii() and not first.isupper() and not first.isdigit())
        or not asks(match.group("before"))
        or asks(words)
        or re.search(r"[.?？。!！,，;]", words)
        or len(words.split()) > 8
        or goes_on_with_brief(words)
        or is_style_note(words)
        or copy_spans(text)
    ):
        return text
    return f"{text[: match.start('x')]}“{words}”{text.rstrip()[match.end('x') :]}"


def emoji_marks(text: str, asks: Callable[[str], bool] = lambda line: False) -> str:
    """``text`` with the emoji that point at its copy, or stand for writing it, written as the
    quote marks, colons and labels they stand for; ``asks`` tells a line that asks for the
    visual ("📝 need a flyer for the spelling bee") from one of copy."""
    text = _emoji_tail(_framed_by_emoji(text, asks), asks)
    if not _MARKS_RE.search(text):
        return text

    def quote(match: re.Match[str]) -> str:
        inner = match.group("x")
        if asks(inner):
            return match.group(0)  # "👉 make it 9:16 👈" points at a request
        whole = _ANY_QUOTE_RE.fullmatch(inner)
        return inner if whole is not None else f"“{inner}”"

    text = _POINTED_PAIR_RE.sub(quote, text)
    # one-way lookbehinds cannot hold the words: match the mark, then test the words before it
    out: list[str] = []
    last = 0
    for match in _MARKS_RE.finditer(text):
        if _LABEL_BEFORE_MARK_RE.search(text, 0, match.start()):
            out.append(text[last : match.start()] + ": ")
            last = match.end()
    text = "".join(out) + text[last:]

    # Arrows opening two lines or more are a list's bullets ("→ 5K and 10K", "→ Sun 6 April").
    listed = sum(
        re.search(_WRITING_MARK, m.group(0)) is None and bool(m.group("x").strip())
        for m in _MARK_LINE_RE.finditer(text)
    )

    def line(match: re.Match[str]) -> str:
        rest = match.group("x")
        writing = re.search(_WRITING_MARK, match.group(0)) is not None
        if not rest.strip():
            # "📝" alone over the lines: their label; an arrow alone says nothing of copy
            return f"{match.group('lead')}text:" if writing else match.group(0)
        if not writing and listed > 1:
            return f"{match.group('lead')}- {rest}"
        if asks(rest) or _MARKS_RE.fullmatch(rest):
            return match.group(0)
        field = _FIELD_LINE_RE.match(rest)
        if field is not None and not field.group("label").isupper():
            return match.group(0)  # "📝 Note: the logo is attached": the field's own label
        return f"{match.group('lead')}text: {rest}"

    return _MARK_LINE_RE.sub(line, text)


# A typo fixed, then the line given whole ("poori line: Registration closes 30 Nov", 整行应为：…,
# 전체 문장은 '…'): the whole line is the copy; the words of the fix are pieces of it.
_WHOLE_LINE_RE = re.compile(
    r"(?i:\b(?:the\s+)?(?:whole|full|entire|complete|corrected)\s+(?:line|sentence)"
    r"(?:\s+(?:should\s+(?:read|be|say)|is|reads|becomes|will\s+be))?|"
    r"\bpoo?ri\s+(?:line|lain)(?:\s+(?:ye|yeh)(?:\s+ho(?:gi)?)?)?|"
    r"\bpuro\s+(?:line|lain)(?:\s*ta)?(?:\s+hobe)?)|"
    r"पूरी\s+(?:लाइन|पंक्ति)(?:\s+(?:यह|ये))?(?:\s+होगी)?|পুরো\s+(?:লাইন|বাক্য)(?:টা|টি)?(?:\s+হবে)?|"
    r"(?:整行|整句|全句)(?:应为|應為|应该是|應該是|是|为|為|改成)?|(?:行全体|一行全体|文全体)(?:は|を)?|"
    r"전체\s*(?:문장|줄|문구)(?:은|는|을)?"
)
_WHOLE_VALUE_RE = re.compile(r"[ \t]*(?:[:：][ \t]*(?P<x>[^\n]+)|(?P<q>[\"“‘'「『][^\n]+))")


def whole_line(text: str) -> str | None:
    """The line given whole after a typo fix, or None."""
    found = None
    for match in _WHOLE_LINE_RE.finditer(text):
        value = _WHOLE_VALUE_RE.match(text, match.end())
        if value is None:
            continue
        if value.group("q"):
            quoted = quoted_strings(value.group("q")) or [
                m.group(0)[1:-1] for m in _ANY_QUOTE_RE.finditer(value.group("q"))
            ]
            found = quoted[0] if quoted else None
        else:
            found = value.group("x").strip().rstrip("。.")
    return found or None


def fixes_a_word_of(span: str, line: str) -> bool:
    """``span`` is a word of ``line``, or a misspelling of one: what a typo fix names."""
    if span == line or len(span) > len(line) // 2 + 2:
        return False
    size = len(span)
    windows = {line[i : i + n] for n in (size - 1, size, size + 1) for i in range(len(line))}
    return any(
        difflib.SequenceMatcher(None, span.casefold(), w.casefold()).ratio() >= 0.75
        for w in windows
        if w
    )
