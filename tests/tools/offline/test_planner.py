"""The offline planner's rules one by one: every way copy is written, and each routing rule
(subject and format, bare edits, finalize in six languages, replies, lookups)."""

from __future__ import annotations

import json

import pytest

from prompts.decide import (
    Budget,
    HoldLine,
    HoldsOutput,
    ImageLine,
    ImagesOutput,
    ReferenceLine,
    ReferencesOutput,
    SpendOutput,
)
from tools.offline import planner
from tools.offline.planner import Brief
from tools.offline.textutil import (
    chat_line,
    copy_spans,
    latin_cue_word,
    normalise_cues,
    without_quotes,
)

# -- copy ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # every kind of quote
        ("A square post with the copy “Hello Spring”", "Hello Spring"),
        ('A story with the text "50% OFF"', "50% OFF"),
        (
            "A post for the bookshop's anniversary, words 'Ten Years of Stories'",
            "Ten Years of Stories",
        ),
        ("A post with 'Don't Stop' in red", "Don't Stop"),
        ("A post for our bakery saying ‘Fresh bread daily’", "Fresh bread daily"),
        ("Poster for the jazz night with «Live at Nine»", "Live at Nine"),
        ("Poster with » Vente privée «", "Vente privée"),
        ("A square post with „Jetzt geöffnet“", "Jetzt geöffnet"),
        ("A square post with ‚Prost‘", "Prost"),
        ("夏祭りのポスター「夏のセール」", "夏のセール"),
        ("夏祭りのポスター『浴衣で来てね』と入れて", "浴衣で来てね"),
        # after a label, a verb, "write … at the top"
        ("A post with the headline Warm Up With Acme", "Warm Up With Acme"),
        ("Story for the sale, caption: Up to 70% off everything", "Up to 70% off everything"),
        ("A banner for the market that says Fresh Every Saturday", "Fresh Every Saturday"),
        ("Poster for the cinema that reads Movies Under the Stars", "Movies Under the Stars"),
        ("A post about burgers, caption reads Plant Power", "Plant Power"),
        ("A banner with the tagline Think Bigger in white", "Think Bigger"),
        (
            "A banner of a cabin and write Book Your Winter Escape at the top",
            "Book Your Winter Escape",
        ),
        ("Change the text to say Open Late", "Open Late"),
        ("A poster for the meetup, title: Code & Coffee.", "Code & Coffee"),
        # several lines
        (
            "Flyer for the bake sale.\nHeadline: Cookies\nSubline: Saturday 10am, hall",
            "Cookies\nSaturday 10am, hall",
        ),
        ("A story, two lines of copy:\nSpring Market\nSunday 9–1", "Spring Market\nSunday 9–1"),
        # unquoted, with each language's own cues
        ("桜の横長バナーを作って、春の訪れという文字を入れて", "春の訪れ"),
        ("母の日の投稿を作って、ありがとうと書いてください", "ありがとう"),
        ("新商品のストーリーを作って、テキスト：今だけ20%オフ", "今だけ20%オフ"),
        ("新作の広告、コピーは走る楽しさを。背景は青", "走る楽しさを"),
        ("배너를 만들어 줘, 새로운 시작이라는 문구를 넣어서", "새로운 시작"),
        ("포스터를 만들어 줘, 행복한 아이라는 문구를 넣어서", "행복한 아이"),
        ("게시물을 만들어 주세요, 봄이 왔어요라고 써 주세요", "봄이 왔어요"),
        ("스토리를 만들어 줘. 문구: 지금 맛보세요", "지금 맛보세요"),
        ("制作双十一的竖版海报，上面写着全场五折", "全场五折"),
        ("制作奶茶的海报，文案是夏日限定", "夏日限定"),
        ("做一张帖子，标语：开业大吉", "开业大吉"),
        ("पोस्टर बनाओ जिस पर लिखा हो गर्मी की सेल", "गर्मी की सेल"),
        ("स्क्वेयर पोस्ट बनाओ जिस पर ताज़ा ब्रेड लिखा हो", "ताज़ा ब्रेड"),
        ("बैनर बनाइए, टेक्स्ट: भव्य शुभारंभ", "भव्य शुभारंभ"),
        ("মেলার পোস্টার বানাও যেখানে লেখা থাকবে শুভ নববর্ষ", "শুভ নববর্ষ"),
        ("দোকানের পোস্ট বানাও যেখানে মিষ্টিমুখ লেখা থাকবে", "মিষ্টিমুখ"),
        ("চায়ের দোকানের স্টোরি বানাও, শিরোনাম: এক কাপ চা।", "এক কাপ চা"),
        # after the colon that follows the visual's own description
        ("Banner for the hardware store: Tools for Every Job", "Tools for Every Job"),
        # a short run of capitalised words after a comma is still the copy
        ("A story that says Eat Well, Sleep Well, with our logo", "Eat Well, Sleep Well"),
        # copy an edit sets, in each language
        ("Update the tagline to Made in Leeds", "Made in Leeds"),
        ("Swap the price with €4.50", "€4.50"),
        ("把标题换成新品上市", "新品上市"),
        ("見出しを冬のセールに変えて", "冬のセール"),
        ("가격을 9900원으로 바꿔 줘", "9900원"),
        ("शीर्षक बदलकर दिवाली धमाका कर दो", "दिवाली धमाका"),
        ("দামটা বদলে ৯৯ টাকা করে দাও", "৯৯ টাকা"),
        # two labels on one line, and a quote with a particle attached
        ("Banner, headline: Open Late, tagline: Every Friday", "Open Late\nEvery Friday"),
        ("배너에 '오늘 마감'이라고 써 줘", "오늘 마감"),
        # a replaced piece of copy is not drawn; only its replacement is
        ('Swap "Book Now" for "Book Today"', "Book Today"),
        ("「予約する」を「今すぐ予約」に差し替えて", "今すぐ予約"),
        ('"सदस्य बनें" की जगह "अभी जुड़ें" कर दो', "अभी जुड़ें"),
        ("把“立即购买”改成“马上抢”", "马上抢"),
        # further label lines under the first, in each script
        ("Flyer\nTitle: Yard Sale\nWhen: Sunday 8am", "Yard Sale\nSunday 8am"),
        ("ポスター\nタイトル：秋の古本市\n日時：10月5日", "秋の古本市\n10月5日"),
        ("포스터\n제목: 가을 음악회\n장소: 시민공원", "가을 음악회\n시민공원"),
        ("पोस्टर\nशीर्षक: योग शिविर\nसमय: सुबह 6 बजे", "योग शिविर\nसुबह 6 बजे"),
        # a label then a dash, title quotes, a price set without 把, a place before the copy
        ("Story for the gym, tagline — Stronger Every Day", "Stronger Every Day"),
        ("做一张海报，印上《书香满城》字样", "书香满城"),
        ("标题改成 秋季上新", "秋季上新"),
        ("이 포스터 왼쪽 아래에 SALE 라고 크게 써줘", "SALE"),
        # copy after the verbs of other Latin languages, and before "written"
        ("Un cartel 4:5 para la feria, con el texto: Todo a 5 euros", "Todo a 5 euros"),
        ("Ein Plakat im Querformat mit der Aufschrift Sommerfest 2026", "Sommerfest 2026"),
        ("A square post with @acme_bakes written along the bottom", "@acme_bakes"),
        # copy on lines of its own under the visual's description
        ("Square post for the book fair\nRead More\nOct 3-5", "Read More\nOct 3-5"),
        # backticks, a new price set unquoted, several labels on one line in any script
        ("Story for the café, text `Open till 2am`", "Open till 2am"),
        ("Change the price from $24 to $19", "$19"),
        ("इस पोस्टर में ₹250 की जगह ₹199 कर दो", "₹199"),
        ("価格を1200円から980円に", "980円"),
        ("가격을 15000원에서 12000원으로 바꿔", "12000원"),
        ("स्टोरी, ऊपर: दिवाली सेल, नीचे: सिर्फ़ आज", "दिवाली सेल\nसिर्फ़ आज"),
        # a name's own word before the quote, and a feed caption apart from the image's copy
        ("Post for our soap called 'Moss', headline 'Wash Slow'", "Wash Slow"),
        ("新作ドリンク「ユズソーダ」の正方形投稿、コピーは「夏を一口」", "夏を一口"),
        (
            'Square post for the tea launch. Caption for the feed: "Our new tea 🍵". '
            "On the image itself just STEEP",
            "STEEP",
        ),
        ('Ganti tulisan "Diskon 10%" jadi "Diskon 25%"', "Diskon 25%"),
        # structured briefs: each field line whole, fields kept off the image left out
        (
            "Deliverables: 1080x1080\nVisual: a bowl of ramen, steam rising\nHeadline: Slurp. "
            "Repeat.\nCTA: Order now\nCaption (for the feed, not on image): New bowls every "
            "Friday\nHashtags: #ramen",
            "Slurp. Repeat.\nOrder now",
        ),
        (
            "> Formato: banner 1200x400\n> Titular: Vuelta al cole\n> Subtítulo: Todo al 30%"
            "\n> Imagen: mochilas de colores",
            "Vuelta al cole\nTodo al 30%",
        ),
        ("媒体：LINE広告\n商品：「はちみつ茶」\n見出し：のどに、やさしく。", "のどに、やさしく。"),
        (
            "- Headline: Almost gone\n- Badge text: 3 LEFT\n- Link: in bio, not on the image",
            "Almost gone\n3 LEFT",
        ),
        # a value set with だけ, a sticker's words, traditional writing cues, Hinglish replace
        ("チラシの時間だけ 19時開場 に直して", "19時開場"),
        ("왼쪽 위에 『오늘만』 스티커 붙여 줘", "오늘만"),
        ("做一張 IG 貼文，上面寫 週年慶五折", "週年慶五折"),
        ('button pe "Join" se badal ke "Join Free" kar do', "Join Free"),
        ("menu mein ₹120 ki jagah ₹99 kar do", "₹99"),
        ("The tag should say €12 not €15", "€12"),
        # dictated, lowercase, code-switched
        ("story for the taco truck with the words two for five tuesdays", "two for five tuesdays"),
        ("add text sayin Back To School on the top", "Back To School"),
        ("put 50% OFF in big yellow letters on it", "50% OFF"),
        ("正方形の投稿、毎日焼きたてって入れて", "毎日焼きたて"),
        ("给海报再加一行字 Open Late", "Open Late"),
        ("在图上加上 NEW 字样", "NEW"),
        ("文字寫「早鳥優惠」和「限時三天」", "早鳥優惠\n限時三天"),
        ("제목 그냥 주말 특가 로 바꿔 줘", "주말 특가"),
        ("insta post banao jisme likha ho chai pe charcha", "chai pe charcha"),
        ("pujo r poster banao, lekha thakbe Shubho Bijoya", "Shubho Bijoya"),
    ],
)
def test_copy_in_every_form(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    "brief",
    [
        "Let's make the bookshop's anniversary post square",
        "Make the text bigger",
        "Create a square post for our café with no text, just a latte",
        "Make the final version as a portrait 4:5",
        "Replace the text in this image",
        "Ship it: final high-res version please",
        "Change the headline to something punchier",
        "Replace the logo with the blue one",
        # quoted names of products are not copy, in any script
        "A story for our 'Nimbus' rain jacket, moody and wet",
        "Square post of the “Marea” sandals on wet sand",
        "新作の“ソラ”スニーカーの縦長バナー",
        "给“松间”茶叶做一张横幅",
        "'바다' 향수 세로형 포스터",
        'हमारे "सुकून" तेल का पोस्टर',
        # a brief that asks for no text
        'Banner for the "Harbor" lights launch, no text anywhere',
        "正方形の投稿、「ミナモ」ブランドの写真だけで文字なし",
        "Poster for the gym\nUse our logo\nKeep it dark",
        "‘ঝুমকা’ চায়ের প্যাকেটের একটা 1:1 পোস্ট, শুধু ছবি",
        "Format: story 9:16\nVisual: a sunrise over the bay\nTone: calm",
        "做一张 1:1 的 post，给新款 sneaker《Aero》，不要字",
    ],
)
def test_no_copy_where_there_is_none(brief: str) -> None:
    assert planner.copy_text(Brief(text=brief)) is None


def test_copy_spans_keep_order_and_appear_once() -> None:
    text = "Headline: “Hi”\nthe banner says Bye, and again “Hi”"
    assert copy_spans(text) == ["Hi", "Bye"]
    assert "Hi" not in without_quotes('say "Hi" now')


# -- routing ------------------------------------------------------------------------------


def _choose(text: str, **context: object) -> str:
    return planner.choose(Brief(text=text, **context))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "size"),
    [
        ("A square post for our spring launch", "1024x1024"),
        ("Instagram story for the summer sale", "864x1536"),
        ("A landscape banner of wind turbines for Solara", "1536x864"),
        ("Poster for the jazz night", "1024x1440"),
        ("A portrait ad for our running shoes", "1024x1280"),
        ("A 1080x1350 image of a ceramic mug", "1088x1344"),
        ("A story with the copy “Hi”", "864x1536"),
        ("여름 세일 배너를 만들어 주세요", "1536x864"),
        ("हमारी सेल का पोस्टर बनाओ", "1024x1440"),
    ],
)
def test_generate_needs_a_subject_and_a_format(brief: str, size: str) -> None:
    assert _choose(brief) == planner.GENERATE
    assert planner.arguments(planner.GENERATE, Brief(text=brief))["size"] == size


@pytest.mark.parametrize(
    ("brief", "question"),
    [
        ("A banner", planner.SUBJECT_QUESTION),
        ("Design a poster please", planner.SUBJECT_QUESTION),
        ("バナーを作って", planner.SUBJECT_QUESTION),
        ("একটি পোস্ট তৈরি করো", planner.SUBJECT_QUESTION),
        ("Create an image", planner.BOTH_QUESTION),
        ("画像を作って", planner.BOTH_QUESTION),
        ("Create a visual for the spring collection", planner.CLARIFY_QUESTION),
        ("帮我设计春季活动的图片", planner.CLARIFY_QUESTION),
    ],
)
def test_a_visual_without_subject_or_format_asks_for_what_is_missing(
    brief: str, question: str
) -> None:
    assert _choose(brief) == planner.CLARIFY
    args = planner.arguments(planner.CLARIFY, Brief(text=brief))
    assert args["question"] == question
    assert bool(args["options"]) == (question != planner.SUBJECT_QUESTION)


def test_the_answer_completes_a_brief_without_a_subject() -> None:
    assert _choose("A banner our summer sale with surfboards") == planner.GENERATE


@pytest.mark.parametrize(
    ("brief", "context"),
    [
        ("Make the sky warmer", {"current_image": True}),
        ("Put our logo top right", {"attachments": 1}),
        ("Fill this area with soft clouds", {"attachments": 1, "mask": True}),
        ("背景を青に変えて", {"current_image": True}),
        ("空をもっと明るくして", {"current_image": True}),
        ("배경을 흰색으로 바꿔 주세요", {"current_image": True}),
        ("把背景换成红色", {"current_image": True}),
        ("बैकग्राउंड को नीला कर दो", {"current_image": True}),
        ("পটভূমি সাদা করে দাও", {"current_image": True}),
    ],
)
def test_an_edit_with_an_instruction(brief: str, context: dict[str, object]) -> None:
    assert _choose(brief, **context) == planner.EDIT
    target = "attachment" if context.get("attachments") else "current"
    assert planner.arguments(planner.EDIT, Brief(text=brief, **context))["target"] == target  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context"),
    [
        ("Change it", {"current_image": True}),
        ("Edit this", {"attachments": 1}),
        ("Can you change this?", {"attachments": 1}),
        ("Modify this", {"attachments": 1, "mask": True}),
        ("変えて", {"current_image": True}),
        ("바꿔 줘", {"current_image": True}),
        ("改一下", {"current_image": True}),
        ("इसे बदलो", {"current_image": True}),
        ("এটা বদলাও", {"current_image": True}),
    ],
)
def test_a_bare_change_asks_what_to_change(brief: str, context: dict[str, object]) -> None:
    assert _choose(brief, **context) == planner.CLARIFY
    args = planner.arguments(planner.CLARIFY, Brief(text=brief, **context))  # type: ignore[arg-type]
    assert args["question"] == planner.CHANGE_QUESTION


def test_a_change_with_no_image_says_what_to_attach() -> None:
    assert _choose("Change the background to red") == planner.REPLY
    assert "Attach" in planner.reply_message(Brief(text="Change the background to red"))


def test_a_new_visual_with_a_current_image_is_generated() -> None:
    brief = "Now a portrait 4:5 version of the same visual, with the copy “Stay Cool”"
    assert _choose(brief, current_image=True) == planner.GENERATE


@pytest.mark.parametrize(
    "brief",
    [
        "Looks great, give me the final version",
        "Make it print-ready",
        "これを最終版にしてください",
        "이걸 최종본으로 만들어 주세요",
        "把这个做成最终版",
        "इसका फ़ाइनल वर्शन बना दो",
        "এটার ফাইনাল ভার্সন বানাও",
    ],
)
def test_the_final_version_of_the_draft_in_six_languages(brief: str) -> None:
    assert _choose(brief, current_image=True) == planner.FINALIZE
    assert _choose(brief) != planner.FINALIZE  # no draft, nothing to finalize


def test_finalize_a_named_draft_at_a_size() -> None:
    brief = Brief(text="Finalize draft 3fa9c21d at 1536x864")
    assert planner.choose(brief) == planner.FINALIZE
    assert planner.arguments(planner.FINALIZE, brief) == {"size": "1536x864", "asset": "3fa9c21d"}


@pytest.mark.parametrize(
    "brief",
    [
        "What can you do?",
        "Can you make videos?",
        "What sizes do you support?",
        "How much does a high-quality poster cost?",
        "Thanks a lot, that's perfect",
        "Good morning! How's it going?",
        "何ができますか？",
        "이미지 한 장에 얼마예요?",
        "谢谢！",
        "तुम क्या-क्या कर सकते हो?",
        "একটা ছবির দাম কত?",
    ],
)
def test_questions_about_atelier_thanks_and_small_talk_are_replies(brief: str) -> None:
    assert _choose(brief, current_image=True) == planner.REPLY


def test_a_price_question_is_answered_with_list_prices() -> None:
    message = planner.reply_message(Brief(text="How much does an image cost?"))
    assert "$0.0110 low" in message and "$0.1670 high" in message


def test_a_request_phrased_as_a_question_is_a_request() -> None:
    assert _choose("Can you make a poster?") == planner.CLARIFY
    assert _choose("Could you make a square post for our spring sale?") == planner.GENERATE


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        ("How much did that cost?", planner.LOOKUP_IMAGES),
        ("What did the last image cost?", planner.LOOKUP_IMAGES),
        ("Show me what we've made in this thread", planner.LOOKUP_IMAGES),
        ("さっきの画像はいくらかかった？", planner.LOOKUP_IMAGES),
        ("How much have we spent today?", planner.LOOKUP_SPEND),
        ("Is there any budget left for this session?", planner.LOOKUP_SPEND),
        ("How much did this session cost?", planner.LOOKUP_SPEND),
        ("今天一共花了多少钱？", planner.LOOKUP_SPEND),
        ("Which logos are approved for Acme?", planner.LOOKUP_REFERENCES),
        ("অনুমোদিত ব্র্যান্ড রেফারেন্সগুলো দেখাও", planner.LOOKUP_REFERENCES),
        ("Why was the last image held for review?", planner.LOOKUP_HOLDS),
        ("왜 거절됐어요?", planner.LOOKUP_HOLDS),
    ],
)
def test_questions_about_the_work_go_to_the_lookups(brief: str, tool: str) -> None:
    assert _choose(brief, current_image=True) == tool


def test_a_visual_that_mentions_cost_or_approval_is_still_a_visual() -> None:
    assert _choose("A poster about the cost of living today for our charity") == planner.GENERATE
    assert _choose("A square post for Acme using the approved logo") == planner.GENERATE


def test_lookup_arguments() -> None:
    refs = planner.arguments(
        planner.LOOKUP_REFERENCES, Brief(text="Which logos are approved for Acme?")
    )
    assert refs == {"brand": "Acme", "kind": "logo"}
    assert planner.arguments(planner.LOOKUP_REFERENCES, Brief(text="Show approved references")) == {
        "brand": None,
        "kind": None,
    }
    holds = planner.arguments(planner.LOOKUP_HOLDS, Brief(text="Why was 2c79a286999c held?"))
    assert holds == {"image": "2c79a286999c"}
    assert planner.arguments(planner.LOOKUP_SPEND, Brief(text="spend?")) == {}
    assert planner.arguments(planner.LOOKUP_IMAGES, Brief(text="what cost?")) == {"limit": None}


def test_a_lookup_question_without_lookup_tools_points_to_the_command() -> None:
    assert "atelier cost" in planner.reply_message(Brief(text="How much have we spent today?"))


# -- answering from a lookup's output -----------------------------------------------------


def test_the_images_answer_states_the_latest_cost_and_the_total() -> None:
    out = ImagesOutput(
        images=[
            ImageLine(id="bbb", made="finalized", size="1024x1280", quality="high",
                      cost_usd=0.1672, review="passed", current=True, at="t2"),
            ImageLine(id="aaa", made="generated", size="1024x1024", quality="low",
                      cost_usd=0.01115, review="held for review (rv_1)", at="t1"),
        ],
        images_total_usd=0.1784,
        conversation_total_usd=0.17864,
        conversation_calls=9,
    )  # fmt: skip
    text = planner.lookup_reply(planner.LOOKUP_IMAGES, out.model_dump_json())
    assert "The latest image (bbb, finalized, 1024x1280 high) cost $0.1672" in text
    assert "The 2 images here cost $0.1784" in text
    assert "- aaa: generated 1024x1024, $0.0112, held for review (rv_1)" in text
    assert "This conversation has cost $0.1786 so far (9 model calls)." in text
    empty = ImagesOutput(images=[], images_total_usd=0, conversation_total_usd=0.0001,
                         conversation_calls=2)  # fmt: skip
    assert planner.lookup_reply(planner.LOOKUP_IMAGES, empty.model_dump_json()).startswith(
        "No images have been made in this conversation yet. This conversation has cost $0.0001"
    )


def test_the_spend_answer_states_each_budget() -> None:
    out = SpendOutput(
        session=Budget(spent_usd=3.25, budget_usd=5.0, left_usd=1.75),
        today=Budget(spent_usd=1.25, budget_usd=None, left_usd=None),
        day="2026-03-01",
        downgrade_when_over=False,
    )
    assert planner.lookup_reply(planner.LOOKUP_SPEND, out.model_dump()) == (
        "This session: $3.2500 spent of a $5.0000 budget, $1.7500 left. "
        "Today (2026-03-01 UTC): $1.2500 spent (no budget set)."
    )


def test_the_references_and_holds_answers() -> None:
    line = ReferenceLine(
        id="ref_1", brand="Acme", kind="logo", description="navy", approved_by="ana"
    )
    refs = ReferencesOutput(brand="Acme", kind="logo", references=[line])
    assert planner.lookup_reply(planner.LOOKUP_REFERENCES, refs.model_dump_json()) == (
        "1 approved Acme logo reference:\n- ref_1 (Acme, logo): navy; approved by ana"
    )
    none = ReferencesOutput(brand="Solara", kind=None, references=[], brands=["Acme"])
    assert planner.lookup_reply(planner.LOOKUP_REFERENCES, none.model_dump_json()) == (
        "There are no approved Solara references. Approved brands: Acme."
    )
    holds = HoldsOutput(
        holds=[HoldLine(what="image held for review", image="aaa", status="open",
                        reasons=["rule logo-recolour"], at="t1")]
    )  # fmt: skip
    assert planner.lookup_reply(planner.LOOKUP_HOLDS, holds.model_dump_json()) == (
        "- image held for review aaa (open, t1): rule logo-recolour"
    )
    assert "Nothing" in planner.lookup_reply(planner.LOOKUP_HOLDS, '{"holds": []}')


def test_a_failed_or_unreadable_lookup_is_said_so() -> None:
    error = json.dumps({"error": "the ledger database is locked"})
    assert planner.lookup_reply(planner.LOOKUP_SPEND, error) == (
        "I could not look that up: the ledger database is locked"
    )
    assert "cannot read" in planner.lookup_reply(planner.LOOKUP_SPEND, "{}")


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        # reactions to the current image: unsure is no request, a dislike asks what to change
        ("hmm, let me think", planner.REPLY),
        ("よくわからない", planner.REPLY),
        ("meh, not feeling it", planner.CLARIFY),
        ("이건 별로", planner.CLARIFY),
        ("不太好，换个感觉", planner.CLARIFY),
        ("pasand nahi aaya", planner.CLARIFY),
        ("সত্যি বলতে ভালো লাগছে না", planner.CLARIFY),
        ("fix that bit", planner.CLARIFY),
        ("nah, make the sky pink", planner.EDIT),
        # the draft approved in other words
        ("that's the one, ship it", planner.FINALIZE),
        # a greeting with a whole new brief is the brief
        ("Hey! Same look, but a 1200x628 ad that says Free Delivery", planner.GENERATE),
        ("수고하셨습니다!", planner.REPLY),
    ],
)
def test_replies_in_the_middle_of_a_thread(brief: str, tool: str) -> None:
    assert planner.choose(Brief(text=brief, current_image=True)) == tool


def test_a_blank_quote_does_not_shift_the_quotes_after_it() -> None:
    brief = 'Poster " " with the headline "Open Late" for our "Aurora" lamp'
    assert copy_spans(brief) == ["Open Late"]


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        # earlier work asked to be shown again is a lookup, a new one in its style is not
        ("前回作ったチラシ、もう一度見せてください", planner.LOOKUP_IMAGES),
        ("kal ke banners phir se dikhao", planner.LOOKUP_IMAGES),
        ("make a story like the one we made yesterday, for the spring menu", planner.GENERATE),
        # Latin words and sizes inside CJK text, chat-app formats
        ("端午节的banner，要龙舟图", planner.GENERATE),
        ("会员日海报 800*1200 主推面包", planner.GENERATE),
        ("LINE配信用の画像、秋の新作ケーキ", planner.GENERATE),
        # a visual named only by its purpose asks for its format
        ("다음 주 세일 홍보용으로 하나 부탁해요", planner.CLARIFY),
        # a draft named in Bengali or Korean script
        ("ড্রাফট X-42 ফাইনাল করো", planner.FINALIZE),
    ],
)
def test_lookups_formats_and_purposes_in_every_script(brief: str, tool: str) -> None:
    assert planner.choose(Brief(text=brief)) == tool


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        ("在杯子旁边加点薄荷叶", planner.EDIT),
        ("コーヒーの横にクッキーを足して", planner.EDIT),
        ("इसे चेंज कर दो", planner.CLARIFY),
        ("এটা চেঞ্জ করে দাও", planner.CLARIFY),
    ],
)
def test_additions_and_borrowed_change_verbs(brief: str, tool: str) -> None:
    assert planner.choose(Brief(text=brief, attachments=1)) == tool


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("会员日横幅 上面写 MEMBERS ONLY 背景黑色", "MEMBERS ONLY"),
        ("七夕海报 写 爱要大声说", "爱要大声说"),
        ("story banao, upar likho Weekend Brunch Special", "Weekend Brunch Special"),
        ("ব্যানার, শিরোনাম Summer Camp 2025", "Summer Camp 2025"),
        ("포스터, 영어로 SEE YOU SOON 이라고 써 주세요", "SEE YOU SOON"),
        ("バナー、テキストは ただいま、ふるさと", "ただいま、ふるさと"),
        ("バナー、テキストは 新作登場、背景は白", "新作登場"),
        ("A5チラシ\n内容：\n古本市\n日曜 10時", "古本市\n日曜 10時"),
    ],
)
def test_copy_after_writing_verbs_labels_and_blocks(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        # a wish to improve with no direction asks what to change ...
        ("make it prettier", planner.CLARIFY),
        ("can you make this stand out more?", planner.CLARIFY),
        ("もっと素敵にして", planner.CLARIFY),
        ("더 예쁘게 해 주세요", planner.CLARIFY),
        ("弄得更漂亮一点", planner.CLARIFY),
        ("इसे और आकर्षक बनाओ", planner.CLARIFY),
        ("isko aur behtar karo", planner.CLARIFY),
        ("এটাকে আরও আকর্ষণীয় করো", planner.CLARIFY),
        ("aro sundor koro", planner.CLARIFY),
        # ... while a change that says itself stays an edit
        ("make the title bigger", planner.EDIT),
        ("make it better, with a navy background", planner.EDIT),
        ("crop it", planner.EDIT),
        ("もっと小さくして", planner.EDIT),
        ("더 크게 해 줘", planner.EDIT),
        ("把图缩小一点", planner.EDIT),
        ("इसे और चमकीला बनाओ", planner.EDIT),
        ("লোগোটা ছোট করো", planner.EDIT),
        # "more" alone goes on with the last change
        ("a little more", planner.EDIT),
        # a change to earlier work is an edit, not a lookup, with an image in context
        ("前回作ったポスターを正方形にして", planner.EDIT),
    ],
)
def test_improvement_wishes_and_real_instructions(brief: str, tool: str) -> None:
    assert planner.choose(Brief(text=brief, current_image=True)) == tool


def test_a_wish_to_improve_is_asked_what_to_change() -> None:
    question, _ = planner.clarify_question(Brief(text="इसे और सुंदर बनाओ", current_image=True))
    assert question == planner.CHANGE_QUESTION


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        # "something" made is a visual request, even as a question: its format is missing
        ("could you cook up something for the farmers market? anything goes", planner.CLARIFY),
        ("ハロウィン用に何かデザインできますか？", planner.CLARIFY),
        ("할로윈용으로 뭔가 디자인해 줄 수 있나요?", planner.CLARIFY),
        ("可以帮我们做点东西宣传一下吗？", planner.CLARIFY),
        ("क्या आप हमारी बेकरी के लिए कुछ बना सकते हैं?", planner.CLARIFY),
        ("kichu baniye dite parba amader mela-r jonno?", planner.CLARIFY),
        # what atelier makes is still a question about it
        ("what can you make?", planner.REPLY),
        ("你能做什么？", planner.REPLY),
        # images said to have been made here are a lookup
        ("which visuals were generated here today?", planner.LOOKUP_IMAGES),
        ("このチャットで作られた画像を教えて", planner.LOOKUP_IMAGES),
        ("여기서 배너가 몇 개 만들어졌어?", planner.LOOKUP_IMAGES),
        ("这里出了哪些图？", planner.LOOKUP_IMAGES),
        ("इस बातचीत में कौन से बैनर बने हैं?", planner.LOOKUP_IMAGES),
        ("ekhane ki ki poster banano hoyeche?", planner.LOOKUP_IMAGES),
    ],
)
def test_something_made_and_images_made_here(brief: str, tool: str) -> None:
    assert planner.choose(Brief(text=brief)) == tool


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # single guillemets, lenticular and tortoise-shell brackets, double primes
        ("Square post, caption ‹Open Late Fridays›", "Open Late Fridays"),
        ("Affiche A4 avec le texte › Marché de Noël ‹", "Marché de Noël"),
        ("横幅，写上【双倍积分】", "双倍积分"),
        ("バナーに〔本日限り〕と大きく", "本日限り"),
        ("ポスター、〝大人の休日〟という文字", "大人の休日"),
        ("把标题改成【新品到店】", "新品到店"),
        # a bracketed heading over a structured brief's fields is not copy
        ("【依頼】\n媒体：インスタ投稿\n見出し：夏の冷やし麺", "夏の冷やし麺"),
        # a label closing its line, the copy below
        ("ストーリー用の画像\n見出しは\n夜カフェ始めました", "夜カフェ始めました"),
        ("方形海报，标语如下：\n绿色出行\n从我做起", "绿色出行\n从我做起"),
        ("정사각형 게시물\n문구는\n신메뉴 출시", "신메뉴 출시"),
        ("Flyer, A5. Copy as follows:\nBook Swap\nSunday 3 PM", "Book Swap\nSunday 3 PM"),
        ("स्टोरी, शीर्षक:\nनई शुरुआत", "नई शुरुआत"),
        ("পোস্টার, শিরোনাম:\nনতুন বছর", "নতুন বছর"),
    ],
)
def test_new_quote_styles_and_labels_closing_their_line(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    "brief",
    [
        "take out all the text",
        "remove the words",
        "テキストを全部取って",
        "문구는 모두 지워 주세요",
        "把文案都删掉",
        "सारे शब्द हटा दो",
        "টেক্সট সরিয়ে দাও",
    ],
)
def test_text_taken_off_the_image_is_no_copy(brief: str) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) is None
    assert planner.choose(Brief(text=brief, current_image=True)) == planner.EDIT


def test_new_copy_after_text_is_taken_off() -> None:
    brief = Brief(text='remove all the text, then write "Sold Out" across it', current_image=True)
    assert planner.copy_text(brief) == "Sold Out"


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # a message that changes its mind: the copy of the request that counts
        (
            'Ok so the "Grand Reopening" wording is off the table, forget that. Make it a '
            'square post of the new shop front that says "Doors Open Again".',
            "Doors Open Again",
        ),
        (
            "看板は「冬の大感謝祭」の予定でしたが、やっぱり「年末ありがとう市」でお願いします",
            "年末ありがとう市",
        ),
        (
            "“주말 특가”로 하려다 결국 “오늘만 반값”으로 가기로 했어요. 정사각형 게시물로요",
            "오늘만 반값",
        ),
        ("本来写“周年庆”，最后定了写“感恩回馈”，做一张方图", "感恩回馈"),
        ("पहले 'Big Bachat' लिखना था, वो रद्द हुआ; अब फाइनल: पोस्ट पर 'Mega Deal' लिखो", "Mega Deal"),
        (
            "'Eid Sale' likhte chaiechilam, seta batil. Ekhon final: post e 'Eid Mubarak' lekho",
            "Eid Mubarak",
        ),
        # a remark quoted from someone is no copy
        (
            'my manager said "way too busy", so strip it back: square post, headline '
            '"Less, Better"',
            "Less, Better",
        ),
        ("店長に「地味すぎ」と言われたので、見出しを「週末限定セール」にして", "週末限定セール"),
        (
            "팀장님이 “너무 밋밋해”라고 하셨어요. 문구는 “지금 예약하세요”로 해 주세요",
            "지금 예약하세요",
        ),
        ("老板说“太挤了”。标题改成“轻松一夏”", "轻松一夏"),
        ('सर ने कहा "बहुत फीका है", हेडलाइन "दिवाली धमाका" रखो', "दिवाली धमाका"),
        ("বস বলল “খুব সাদামাটা”, শিরোনাম “শীতের উপহার” দাও", "শীতের উপহার"),
        # "A" to "B": only the new copy
        ('switch the tag from "Pre-order" to simply "In Stock"', "In Stock"),
        ("“회원가”를 “특별가”로 바꿔 주세요", "특별가"),
        ("“₹250” को “₹199” कर दीजिए", "₹199"),
        # "only" before the copy belongs to the request
        ("কার্ডে শুধু “শুভ বিবাহ” লেখা থাকবে", "শুভ বিবাহ"),
        # a judgement of the copy is not the copy
        ("the tagline is a bit long, shorten it", None),
    ],
)
def test_copy_from_the_final_request_only(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a visual wanted, its use not decided: ask for the format
        (
            "I'd like some artwork for our open day; not sure yet where it'll run. "
            "Can you make something?",
            {},
            planner.CLARIFY,
        ),
        ("周年記念の画像、どこで使うかは未定です。何か作れますか", {}, planner.CLARIFY),
        ("개업 기념 이미지가 필요한데 어디에 올릴지 모르겠어요", {}, planner.CLARIFY),
        ("想做一张店庆的图，用在哪里还没想好", {}, planner.CLARIFY),
        ("दुकान की सालगिरह के लिए इमेज चाहिए, कहाँ डालेंगे अभी पता नहीं", {}, planner.CLARIFY),
        ("দোকানের বর্ষপূর্তির ছবি চাই, কোথায় দেব জানি না", {}, planner.CLARIFY),
        # a change to an image this thread does not hold: ask for it
        ("the poster our agency made has a typo, can you correct it?", {}, planner.REPLY),
        ("別の部署の人が作ったチラシ、色を変えてほしい", {}, planner.REPLY),
        ("다른 팀이 만든 배너 글씨 좀 키워 주세요", {}, planner.REPLY),
        ("别人做的海报，帮我把字改大一点", {}, planner.REPLY),
        # ... but attached, it is an edit
        (
            "the poster our agency made has a typo in the date, fix it to June 2",
            {"attachments": 1},
            planner.EDIT,
        ),
        # thanks for past work, nothing asked
        (
            "the reels you made got great numbers - no new request, just thank you!",
            {},
            planner.REPLY,
        ),
        ("前回のバナー好評でした。お礼だけ伝えたくて、ありがとうございます", {}, planner.REPLY),
        ("सारे पोस्ट बढ़िया थे, अभी कुछ नहीं चाहिए, बस धन्यवाद", {}, planner.REPLY),
        # plans and video are atelier's offer, not this work's spend
        (
            "is there a monthly plan, and what's our budget option if we add video?",
            {},
            planner.REPLY,
        ),
        ("영상도 만들 수 있나요? 요금제는 어떻게 돼요?", {}, planner.REPLY),
        # a price change to the image just made is an edit, not a lookup
        (
            "이 이미지 가격 “5,000원”을 “4,500원”으로 수정해 주세요",
            {"current_image": True},
            planner.EDIT,
        ),
        (
            "এইমাত্র বানানো ছবির দাম “৳৩০০” বদলে “৳২৫০” করে দিন, বাকি সব এক রাখুন",
            {"current_image": True},
            planner.EDIT,
        ),
        # terse: chat abbreviations, one-word finals, a format alone, this month's spend
        ("yt thumb: TOP 10 HIKES", {}, planner.GENERATE),
        ("smth for the bake sale", {}, planner.CLARIFY),
        ("final thx", {"current_image": True}, planner.FINALIZE),
        ("ei version ta final kore din", {"current_image": True}, planner.FINALIZE),
        ("전단지 하나만", {}, planner.CLARIFY),
        ("新メニューのイラスト", {}, planner.CLARIFY),
        ("이번달 얼마 썼어?", {}, planner.LOOKUP_SPEND),
        # native digits in a ratio, no text
        ("৩:৪ মাপে নকশিকাঁথার ছবি, কোনো লেখা দেবেন না", {}, planner.GENERATE),
    ],
)
def test_long_and_terse_messages(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


def test_the_format_of_the_final_request() -> None:
    brief = "I wanted a story first, scrap that: a 4:5 portrait of the cake, no text"
    assert planner.size_for(brief) == "1024x1280"
    assert planner.size_for("৪:৫ মাপে ছবি") == "1024x1280"
    assert planner.copy_text(Brief(text="swap caption to SOLD OUT", attachments=1)) == "SOLD OUT"
    question, _ = planner.clarify_question(
        Brief(text="make something for the gala, the channel is still TBD, maybe a poster")
    )
    assert question == planner.CLARIFY_QUESTION


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a format and only when it is due: no subject yet
        ("a pinterest pin before noon tomorrow please", {}, planner.CLARIFY),
        ("今夜までにリール用のサムネがほしい", {}, planner.CLARIFY),
        ("오늘 저녁까지 배너 하나 빨리요", {}, planner.CLARIFY),
        ("今晚之前要一张小红书封面", {}, planner.CLARIFY),
        ("aaj shaam tak ek banner chahiye", {}, planner.CLARIFY),
        ("আজ রাতের মধ্যে একটা স্টোরি লাগবে", {}, planner.CLARIFY),
        # ... a subject beside the time still generates
        ("a4 poster for the museum's night tour, needed by tomorrow", {}, planner.GENERATE),
        # displeasure and a bare change: ask which change
        ("meh, wrong vibe. edit it", {"current_image": True}, planner.CLARIFY),
        ("違和感ある。修正して", {"current_image": True}, planner.CLARIFY),
        ("영 아니네요, 수정 부탁해요", {"current_image": True}, planner.CLARIFY),
        ("不满意，重新改", {"current_image": True}, planner.CLARIFY),
        ("बेकार है, बदल दो", {"current_image": True}, planner.CLARIFY),
        ("dhur, palte dao", {"current_image": True}, planner.CLARIFY),
        # ... displeasure with a real instruction is an edit
        ("wrong vibe, swap the background for a forest", {"current_image": True}, planner.EDIT),
        ("ধ্যাত, রংটা সবুজ করো", {"current_image": True}, planner.EDIT),
        # whether atelier can letter a script in images
        ("can atelier letter Thai script on an image?", {}, planner.REPLY),
        ("atelierで韓国語の文字を画像に入れられますか？", {}, planner.REPLY),
        ("atelier가 이미지에 일본어도 쓸 수 있나요?", {}, planner.REPLY),
        ("atelier能否在图里写日文？", {}, planner.REPLY),
        ("क्या atelier तस्वीर में बांग्ला लिख सकता है?", {}, planner.REPLY),
        ("atelier ki chobite Hindi lekha bosate pare?", {}, planner.REPLY),
        # ... a request phrased as a question still generates
        ("can atelier make a 9:16 story for our tea house?", {}, planner.GENERATE),
        # a draft id after a hyphen or a colon, in any script
        ("lock in draft:a3 as final", {}, planner.FINALIZE),
        ("草图-9 出定稿", {}, planner.FINALIZE),
        ("খসড়া-7 চূড়ান্ত করুন", {}, planner.FINALIZE),
        # reference images asked to be shown
        ("pull up the approved reference pictures", {}, planner.LOOKUP_REFERENCES),
        ("승인된 참고 이미지 보여 주세요", {}, planner.LOOKUP_REFERENCES),
        ("मंज़ूर रेफरेंस इमेजें दिखाइए", {}, planner.LOOKUP_REFERENCES),
        # hoardings and ratios outside the format words
        ("hoarding for the bike repair shop: Fixed While You Wait", {}, planner.GENERATE),
        ("美術館の看板、「夜間開館」", {}, planner.GENERATE),
        ("2:1 image of the lighthouse at dusk", {}, planner.GENERATE),
    ],
)
def test_fifteenth_round_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


def test_other_ratios_pick_a_shape_and_times_are_no_ratio() -> None:
    assert planner.size_for("a 3:1 strip of the skyline") == "1536x864"
    assert planner.size_for("1:2 image of a tall cactus") == "864x1536"
    assert planner.size_for("5:4 shot of the harbour") == "1024x1024"
    assert planner.size_for("the tour starts at 7:30, something for it") is None


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # slashes break the lines when the copy is said to go on several lines
        (
            "Museum poster, on two lines: Late Opening / Fridays till 10",
            "Late Opening\nFridays till 10",
        ),
        ("茶屋のポスター、3行で「抹茶 / 煎茶 / ほうじ茶」", "抹茶\n煎茶\nほうじ茶"),
        ("찻집 포스터, 두 줄로 '말차 라떼 / 오늘만 할인'", "말차 라떼\n오늘만 할인"),
        ("茶馆海报，文字分两行：“新茶上市 / 买二送一”", "新茶上市\n买二送一"),
        ("चाय की दुकान का पोस्टर, दो लाइनों में 'ताज़ी चाय / हर सुबह' लिखा हो", "ताज़ी चाय\nहर सुबह"),
        ("চায়ের দোকানের পোস্টার, দুই লাইনে লেখা থাকবে 'গরম চা / সারাদিন'", "গরম চা\nসারাদিন"),
        # ... and a slash is copy when no lines are said
        ("Poster for the diner, headline 'Open 24/7 / every day'", "Open 24/7 / every day"),
        # a change of mind said on the spot: only the final copy
        ("Poster for the tea house, text 'Chai time'. no wait, text 'Tea o'clock'", "Tea o'clock"),
        ("茶馆的海报，文字“好茶”，算了，文字“一杯好茶”", "一杯好茶"),
        ("찻집 포스터, 문구 '녹차' 아니다, 문구 '홍차'로", "홍차"),
        ("चाय का पोस्टर, टेक्स्ट 'चाय' — नहीं, टेक्स्ट 'कड़क चाय' रखो", "कड़क चाय"),
        ("চায়ের পোস্টার, লেখা 'চা' — না, লেখা 'দুধ চা' দিন", "দুধ চা"),
        # a required warning line is copy; the label before a quote is not
        (
            "煙草店のポスター、「新入荷」と「喫煙は健康を害します」の注意書き",
            "新入荷\n喫煙は健康を害します",
        ),
        ("酒吧海报，文案“夏夜微醺”，加一行小字“理性饮酒”", "夏夜微醺\n理性饮酒"),
        (
            "bar poster, title 'Summer nights' plus a 'Drink responsibly' warning",
            "Summer nights\nDrink responsibly",
        ),
        # after 写： the copy runs to the clause's end
        ("茶馆横幅 3:1，上面写：新茶 上市 欢迎品尝", "新茶 上市 欢迎品尝"),
    ],
)
def test_fifteenth_round_copy(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        # vowels or a doubled letter dropped, one vowel changed, two letters swapped
        ("bnnr", "banner"),
        ("bannar", "banner"),
        ("pstrs", "posters"),
        ("posetr", "poster"),
        ("flier", "flyer"),
        ("leaflit", "leaflet"),
        ("brochr", "brochure"),
        ("facebok", "facebook"),
        ("thumbnal", "thumbnail"),
        ("somthin", None),  # a letter of its own changed: not the same consonants
        ("smthing", "something"),
    ],
)
def test_a_misspelt_cue_word_is_recovered(typed: str, word: str | None) -> None:
    assert latin_cue_word(typed) == word


@pytest.mark.parametrize(
    "ordinary",
    [
        "manner", "planner", "banker", "banter", "bonnet", "pastor", "foster", "posted",
        "postal", "roster", "boaster", "flower", "flayer", "leafy", "broach", "facet",
        "thumbs", "somehow", "soothing", "smoothing", "nothing", "story", "store",
        "banner", "poster",
    ],
)  # fmt: skip
def test_ordinary_words_are_not_read_as_cue_words(ordinary: str) -> None:
    assert latin_cue_word(ordinary) is None


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [
        ("a bnnr for the garage sale", "a banner for the garage sale"),
        ("didnt like the colours", "didn't like the colours"),
        ("दो फलायर चाहिए", "दो फ्लायर चाहिए"),  # no virama
        ("बेनर लगाना है", "बैनर लगाना है"),  # short vowel sign
        ("লিফলেটটা ছাপাও", "লিফলেটটা ছাপাও"),  # already right: unchanged
        ("ফ্লাযার দরকার", "ফ্লায়ার দরকার"),  # য without nukta
        ("ふらいやーを配る", "フライヤーを配る"),
        ("さむねがほしい", "サムネがほしい"),
        ("스토라 올릴 거예요", "스토리 올릴 거예요"),
    ],
)
def test_cue_words_are_spelt_as_the_planner_knows_them(typed: str, spelt: str) -> None:
    assert normalise_cues(typed) == spelt


def test_quoted_copy_keeps_its_typos() -> None:
    brief = "a bnnr with the words 'Gr8 Postr Sale'"
    assert normalise_cues(brief) == "a banner with the words 'Gr8 Postr Sale'"
    assert planner.copy_text(Brief(text=brief)) == "Gr8 Postr Sale"


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a misspelt format with a subject generates; bare, it asks
        ("bnnr 16:9 for the piano recital", {}, planner.GENERATE),
        ("ふらいやー 卓球クラブの部員募集", {}, planner.GENERATE),
        ("스토라 하나 만들어 주세요", {}, planner.CLARIFY),
        ("दो फलायर चाहिए", {}, planner.CLARIFY),
        ("একটা ষ্টোরি চাই", {}, planner.CLARIFY),  # ষ for স
        ("幫我做個橫幅", {}, planner.CLARIFY),
        # a displeased bare change, romanised
        ("acha nahi laga, badal do", {"current_image": True}, planner.CLARIFY),
        ("valo laglo na, paltao", {"current_image": True}, planner.CLARIFY),
        ("didnt like it, change", {"current_image": True}, planner.CLARIFY),
        # Banglish and Hinglish final
        ("eitai final, final ta din", {"current_image": True}, planner.FINALIZE),
        ("isi ko final karo", {"current_image": True}, planner.FINALIZE),
        # registered or uploaded assets, and why something was held, typed in a hurry
        ("which fonts are on file for us?", {}, planner.LOOKUP_REFERENCES),
        ("登録済みのブランドカラーはどれ？", {}, planner.LOOKUP_REFERENCES),
        ("등록된 로고 뭐가 있어?", {}, planner.LOOKUP_REFERENCES),
        ("amader registered logo konta?", {}, planner.LOOKUP_REFERENCES),
        ("y did my banner get flagged", {}, planner.LOOKUP_HOLDS),
        ("咋又被屏蔽了？", {}, planner.LOOKUP_HOLDS),
        ("mera post kyu atak gaya?", {}, planner.LOOKUP_HOLDS),
        # a visual asked for that names registered or approved people is no lookup
        ("can you make a poster for registered nurses week?", {}, planner.GENERATE),
        ("could u do a banner 16:9 for the uploaded photo contest?", {}, planner.GENERATE),
    ],
)
def test_sixteenth_round_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # the new value of an edit, without quotes
        ("update the venue at the top to Hall B", "Hall B"),
        ("住所を 港区1-2-3 になおして", "港区1-2-3"),
        ("8시 말고 9시로 바꿔 주세요", "9시"),
        ("营业时间改成 9:00-21:00", "9:00-21:00"),
        ("price 499 ki jagah 399 rupaye kar do", "399 rupaye"),
        ("ঠিকানা বদলে পার্ক স্ট্রিট ১২ করো", "পার্ক স্ট্রিট ১২"),
        # copy after a label set off by a space runs to the line's end
        ("チラシ A4 文字は 古本市 10/5 13時から", "古本市 10/5 13時から"),
        ("배너 글씨는 바자회 10월 5일 오후 1시", "바자회 10월 5일 오후 1시"),
        ("story banao, likho: Chai, Samosa, 5 baje", "Chai, Samosa, 5 baje"),
        # spoken punctuation ends the copy
        ("poster, headline: Lost Cat Found period", "Lost Cat Found"),
        ("পোস্টার, লেখো বই মেলা দাঁড়ি", "বই মেলা"),
        ("海报 写：读书会 句號", "读书会"),
        # a voice-typing apology before the copy is not copy
        ("音声入力です すみません ポスターに 古本市開催 って入れて", "古本市開催"),
        # single quotes straight after Chinese
        ("海报上写'周末特价'", "周末特价"),
    ],
)
def test_sixteenth_round_copy(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    "brief",
    [
        "文字は 赤で",  # how the copy looks
        "글씨는 좀 더 굵게",
        "글자는 넣지 말아 주세요",
        "ちょっと文字を小さくして",  # もっと / ちょっと are no quoting と
        "make the font bigger full stop",  # no copy, only a spoken full stop
    ],
)
def test_sixteenth_round_no_copy(brief: str) -> None:
    assert planner.copy_text(Brief(text=brief)) is None


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # the new copy chosen over the old one: rather than, 而不是, na ki
        ('Banner 16:9 saying "Open Sundays" rather than "Closed Sundays"', "Open Sundays"),
        ("海报3:4，标题用“秋季上新”而不是“清仓”", "秋季上新"),
        # "reading" is a cue only before copy-like words
        ("Poster for the Spring Reading Week, 4:5, a sign reading Quiet Please", "Quiet Please"),
        # a request forwarded whole in quotes is the brief, not copy
        ('Fwd from Sam: "a 1:1 post of our new mug on a desk, no text please"', None),
        # old copy named again or erased
        ("swap 'Sale' for 'Mega Sale' — nobody reads 'sale'", "Mega Sale"),
        ("'Offer' muche 'Big Offer' likhe dao", "Big Offer"),
        # an occasion named before の / er jonno beside labelled copy
        ("「秋まつり」のポスター A4、文字は『屋台が30店』", "屋台が30店"),
        # Korean and Hindi copy ending the message
        ("블로그 썸네일 16:9. 제목은 가을 캠핑 준비물", "가을 캠핑 준비물"),
        ("인스타 피드 1:1. 문구는 따끈따끈, 오늘만 반값", "따끈따끈, 오늘만 반값"),
        ("A4 पोस्टर बनाओ, पेड़ और बच्चे। नीचे लिखो हर रविवार सुबह 9 बजे", "हर रविवार सुबह 9 बजे"),
        # a sheet's copy column, bullets and field labels, a title opening with an article
        ("week | product | copy\n12 | kettle | Boil in 60s", "Boil in 60s"),
        ("A3ポスター\n入れる文字：\n• 見出し：古本市\n• 日時：5月3日", "古本市\n5月3日"),
        ("Poster, A3. Headline: An Afternoon of Jazz", "An Afternoon of Jazz"),
        # a typo corrected, a price changed from an old one, a thousands comma, a time
        ("it says Coffe Break, should be Coffee Break", "Coffee Break"),
        ("오타요, 여름 세알 아니고 여름 세일이요", "여름 세일"),
        ('price is wrong, change "$9.99" to $7.99', "$7.99"),
        ("把价格从¥59改成¥49", "¥49"),
        ("文字は 今だけ1,000円引き だけでいいです", "今だけ1,000円引き"),
        ("把时间改成 周日 10:00 开始", "周日 10:00 开始"),
        # copy closing the message keeps its sentences; "put on it" up to a sign-off
        (
            "Story for the fair. text on it: Fair opens at 9. Free entry",
            "Fair opens at 9. Free entry",
        ),
        (
            "square post of our bread and put on it Fresh Every Morning thanks",
            "Fresh Every Morning",
        ),
        # romanised Hindi around likhna / add karo
        ("Holi ka 1:1 post — 'Rang Barse Sale' likhna hai", "Rang Barse Sale"),
        ("isme neeche add karo — Free Delivery", "Free Delivery"),
        # no copy: kept off the image, left to the post, written by the team later
        ("Post 1:1 for 'Harvest Days' but don't put that on it", None),
        ("公众号头图 900x383，书展，图上不用字", None),
        ("'Zoom Pro' ka YouTube thumbnail 1280x720, title abhi mat daalna", None),
        ("인스타 피드 1:1, 딸기 케이크. 글씨는 없이요", None),
    ],
)
def test_copy_forms_of_the_late_rounds(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a request taken back after a change of mind asks for nothing
        (
            "make it warmer… actually no, leave it as it is, thanks",
            {"current_image": True},
            "reply",
        ),
        ("背景を青に…いや、やっぱりそのままで", {"current_image": True}, "reply"),
        # a bare answer naming which one, with no format
        ("ハーフの部のやつです", {}, "ask_clarifying_question"),
        ("the 10k one", {}, "ask_clarifying_question"),
        # a self-introduction is no subject; "have a look" asks for no change
        ("Hi, I'm Ana from the front desk. I need a flyer please.", {}, "ask_clarifying_question"),
        ("do photos bhej raha hoon, dekh lo", {"attachments": 2}, "ask_clarifying_question"),
        # something wished for with nothing said of it
        ("何かいい感じのものお願いします", {}, "ask_clarifying_question"),
        ("来点有春天感觉的东西", {}, "ask_clarifying_question"),
        # several attachments made into one post of a named format
        ("turn them into one 1:1 post, mug on a table", {"attachments": 2}, "generate_image"),
        # an attached photo placed somewhere only wished nice, pointed at without 把
        ("这张杯子照片帮我放到一个好看的地方", {"attachments": 1}, "ask_clarifying_question"),
        ("ei pic ta kono bhalo jaygay boshao", {"attachments": 1}, "ask_clarifying_question"),
        # writing on an attached photo is an edit of it
        ("এই ছবির উপরে লিখে দাও 'নতুন মেনু'", {"attachments": 1}, "edit_image"),
        # praise for work made, whether atelier does something, spend in Banglish
        ("We loved yesterday's posters, thanks!", {}, "reply"),
        ("아틀리에는 GIF도 되나요?", {}, "reply"),
        ("ei mase image e koto khoroch korlam?", {}, "lookup_spend"),
        ("有没有审核过的品牌颜色？", {}, "lookup_references"),
        # a store screenshot is a format; 할인 상품 이미지 is a picture of what is on offer
        ("play store screenshot of the new map, three heroes", {}, "generate_image"),
        ("세일 상품 이미지 필요해요, 우유랑 빵", {}, "ask_clarifying_question"),
    ],
)
def test_routing_forms_of_the_late_rounds(
    brief: str, context: dict[str, object], tool: str
) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool", "copy"),
    [
        # quoted old copy, then the new value unquoted: to, 改成, を…に, 를…로, ki jagah
        ("wrong day, change 'Fri 3 May' to Sat 4 May", {"current_image": True}, "edit_image",
         "Sat 4 May"),
        ("“¥128”改成 ¥98", {"current_image": True}, "edit_image", "¥98"),
        ("「11時」を 11時半 に変えて", {"current_image": True}, "edit_image", "11時半"),
        ("'5층'을 6층으로 바꿔줘", {"current_image": True}, "edit_image", "6층"),
        ("'₹450' ki jagah ₹399 likho", {"current_image": True}, "edit_image", "₹399"),
        # ... but "with 'A' for B" in a request for a new visual changes nothing
        ("Make a 1:1 post with 'Summer Sale' for Instagram", {}, "generate_image", "Summer Sale"),
        ("replace 'Sale' with Mega Sale please", {"current_image": True}, "edit_image",
         "Mega Sale"),
        # two quotes joined by kete, or by the old one's spelling named
        ("'Rs 90' ta kete 'Rs 75' likhe dao", {"current_image": True}, "edit_image", "Rs 75"),
        ("「お問合せ」の表記を「お問い合わせ」に直して", {"current_image": True}, "edit_image",
         "お問い合わせ"),
        # an unquoted old value changed with an arrow, said to be wrong or changed
        ("가격 틀렸어요 12,000원 → 10,000원으로 수정", {"current_image": True}, "edit_image",
         "10,000원"),
        ("typo: Recieve → Receive", {"current_image": True}, "edit_image", "Receive"),
        # ... not a route of several stops, nor an arrow in a request to make something
        ("make a 16:9 banner: Lyon → Nice", {}, "generate_image", "Lyon → Nice"),
        # lines of copy, then a note on the look
        ("A4ポスター。文字は以下の通り\nジャズの夕べ\n9月6日\nレトロな雰囲気で", {},
         "generate_image", "ジャズの夕べ\n9月6日"),
        ("Poster for the quiz night\nQuiz Night\nThursday 8pm\nneon vibe pls", {}, "generate_image",
         "Quiz Night\nThursday 8pm"),
        # the lines under the only copy label go on with it
        ("A4 poster\nHeadline: Blood Drive\nMonday 12 May\nTown Hall, 10–4", {}, "generate_image",
         "Blood Drive\nMonday 12 May\nTown Hall, 10–4"),
        ("A4 포스터\n제목: 헌혈의 날\n5월 12일\n시청 로비", {}, "generate_image",
         "헌혈의 날\n5월 12일\n시청 로비"),
        # ... but not one that describes the picture
        ("A4 poster\nHeadline: Blood Drive\nRed and white colours", {}, "generate_image",
         "Blood Drive"),
        # 写 after katakana is no verb; で おねがい closes the copy
        ("アー写3枚で正方形の告知画像を作って。文言は 本日発売 でおねがい", {"attachments": 3},
         "generate_image", "本日発売"),
        ("1:1 post, text: Back In Stock pls", {}, "generate_image", "Back In Stock"),
        ("정사각형 이미지 만들어줘. 문구는 재입고 완료 로 부탁해요", {}, "generate_image",
         "재입고 완료"),
        # an occasion quoted before "for", beside copy given unquoted
        ("'Clean Beach Day' ke liye 1:1 post, text: Bring gloves", {}, "generate_image",
         "Bring gloves"),
        ("「朝市」のA4ポスター、文字：毎週日曜7時から", {}, "generate_image", "毎週日曜7時から"),
        ("story 9:16 for 'Beach Day', text: Bring gloves", {}, "generate_image", "Bring gloves"),
        # quoted copy pointed back at before a verb of writing
        ("A4 poster chai, film club er — 'Jazz Night · 8 PM' eta likhe dao", {},
         "generate_image", "Jazz Night · 8 PM"),
        # a question that is the copy asks atelier nothing
        ("1080x1080, पानी बचाने पर। टेक्स्ट: पानी क्यों बचाएँ?", {}, "generate_image",
         "पानी क्यों बचाएँ?"),
        # photos only said to be sent
        ("세 장 보냄", {"attachments": 3}, "ask_clarifying_question", None),
        ("3枚送った", {"attachments": 3}, "ask_clarifying_question", None),
        # a visual wanted, no format; one only wished good has no subject
        ("下周有读书会，想弄点视觉", {}, "ask_clarifying_question", None),
        ("कोई अच्छा सा बैनर चाहिए", {}, "ask_clarifying_question", None),
        ("ekta darun poster chai", {}, "ask_clarifying_question", None),
        # a subject in the photo put in a named scene; somewhere only nice asks which
        ("is photo mein bachche ko park ke jhoole pe bitha do", {"attachments": 1}, "edit_image",
         None),
        ("is kutte ko kahin sundar jagah pe daal do", {"attachments": 1},
         "ask_clarifying_question", None),
        # ... while the poster or a corner it goes on is no scene
        ("इस स्टिकर को पोस्टर पर डाल दो", {"attachments": 1}, "edit_image", None),
    ],
)  # fmt: skip
def test_forms_of_held_out_34(
    brief: str, context: dict[str, object], tool: str, copy: str | None
) -> None:
    made = Brief(text=brief, **context)  # type: ignore[arg-type]
    assert planner.choose(made) == tool
    assert planner.copy_text(made) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool", "copy"),
    [
        # a thing pointed at with a noun, put somewhere only wished nice; a named scene edits
        ("put that vase somewhere pretty, thanks", {"attachments": 1}, "ask_clarifying_question",
         None),
        ("put that vase on a marble shelf", {"attachments": 1}, "edit_image", None),
        ("এই আলমারিটা কোনো সুন্দর জায়গায় রাখো", {"attachments": 1}, "ask_clarifying_question",
         None),
        # photos said sent, then combined with nothing said of the result
        ("char photos bheje hain, sab ko jod do", {"attachments": 4}, "ask_clarifying_question",
         None),
        # 横图 names a wide image
        ("横图一张，茶馆开业，文案写'一壶好茶'", {}, "generate_image", "一壶好茶"),
        # a change of mind after a break, whatever follows; one asking for no text leaves none
        ("square post, headline 'Go Big'.. actually no go with 'Go Bold'", {}, "generate_image",
         "Go Bold"),
        ("A4 poster, title 'Run Club'... nahi yaar, 'Run Crew' likho", {}, "generate_image",
         "Run Crew"),
        ("A4 পোস্টার, লেখা 'বর্ষা উৎসব'... না থাক, কোনো লেখা দিও না", {}, "generate_image", None),
        ("1:1 post for the mugs, actually no people in it", {}, "generate_image", None),
        # a two-column table's copy row; one row with a bar is no table
        ("From the plan:\n| Channel | Instagram post 1:1 |\n| Copy | Brew slow. Sip often. |\n"
         "| Notes | morning light |", {}, "generate_image", "Brew slow. Sip often."),
        ("A4 poster, text: Doors 7pm | Free entry", {}, "generate_image", "Doors 7pm | Free entry"),
        # an old value changed to a new one with from … to, theke … kore dao, から…に
        ("move the time from 6pm to 7pm, nothing else", {"current_image": True}, "edit_image",
         "7pm"),
        ("date ta 3 May theke 10 May kore dao", {"current_image": True}, "edit_image", "10 May"),
        ("開始を9月1日から9月8日に変更", {"current_image": True}, "edit_image", "9月8日"),
        # quoted copy taken off the image is none; taking it off is the change
        ("标题写「冬季特卖」，把「秋季特卖」删掉", {"current_image": True}, "edit_image",
         "冬季特卖"),
        ("'Free Wi-Fi' hata do", {"current_image": True}, "edit_image", None),
        # the caption named, then "but" turning to the image
        ("1:1 post, caption mein daalunga 'DM for details' lekin image pe sirf 'Open Now' likhna",
         {}, "generate_image", "Open Now"),
        # a price per something keeps its unit
        ("A4 poster for the gym, the price should be £25/mo", {}, "generate_image", "£25/mo"),
        # lines labelled with where they go; one over what the picture shows places no copy
        ("Banner for the pottery class\nTop: Clay Days\nBottom: Sign up today", {},
         "generate_image", "Clay Days\nSign up today"),
        ("Banner for the pottery class\nTop: our logo\nBottom: Clay Days", {}, "generate_image",
         "Clay Days"),
        # copy closing the message after its label or how it is lettered, set off by a space
        ("インスタ投稿1:1、花屋の新作。タイトル 春のブーケ", {}, "generate_image", "春のブーケ"),
        ("A4 포스터, 꽃집. 제목 나중에 알려줄게요", {}, "generate_image", None),
        ("문구 오타 있어요 ㅠ 꽃피는 봄낭 아니고 꽃피는 봄날이요", {"current_image": True},
         "edit_image", "꽃피는 봄날"),
        # hashtags, a phone number or an address put on with a verb of putting
        ("1:1 이미지, 꽃집 오픈. 하단에 02-123-4567 넣어줘", {}, "generate_image", "02-123-4567"),
        ("1:1 post for the florist, add #BloomWeek", {}, "generate_image", "#BloomWeek"),
        ("1:1 post for the florist, caption with #BloomWeek", {}, "generate_image", None),
    ],
)  # fmt: skip
def test_forms_of_held_out_35(
    brief: str, context: dict[str, object], tool: str, copy: str | None
) -> None:
    made = Brief(text=brief, **context)  # type: ignore[arg-type]
    assert planner.choose(made) == tool
    assert planner.copy_text(made) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool", "copy"),
    [
        # an old quote changed to a new one with 에서 … 로, or over to "our new name"
        ("간판 '카페 봄'에서 '카페 여름'으로 바꿔줘", {"current_image": True}, "edit_image",
         "카페 여름"),
        ("swap the old 'Petal' sign over to our new name 'Petal & Stem'", {"current_image": True},
         "edit_image", "Petal & Stem"),
        # a no said twice, or "nahi yaar" straight before the new quote
        ("A4 poster, text 'Tea ₹20' — no no, 'Tea ₹15' please", {}, "generate_image", "Tea ₹15"),
        ("1:1 post, lekha 'Cha 20' — na na, 'Cha 15' koro", {}, "generate_image", "Cha 15"),
        ("story, text 'Open 9' ... nahi yaar 'Open 10' kar do", {}, "generate_image", "Open 10"),
        # a second line put under the copy before it; an English one needs its colon
        ("A4 poster\nHeadline: Tea Week\nSmaller line underneath: Every cup ₹15", {},
         "generate_image", "Tea Week\nEvery cup ₹15"),
        ("A4 poster, headline 'Tea Week', our logo below the headline", {}, "generate_image",
         "Tea Week"),
        ("A4ポスター。見出し：「お茶の週」 下に小さく 全品100円", {}, "generate_image",
         "お茶の週\n全品100円"),
        ("1:1 पोस्ट, ऊपर लिखो 'चाय सप्ताह' और नीचे हर कप ₹15", {}, "generate_image",
         "चाय सप्ताह\nहर कप ₹15"),
        ("1:1 post, upar likho 'Tea Week' aur niche dekho", {}, "generate_image", "Tea Week"),
        # copy after लिख दो:, লিখে দাও:
        ("कोने में लिख दो: सदस्यता के लिए संपर्क करें 90000 11111", {"current_image": True},
         "edit_image", "सदस्यता के लिए संपर्क करें 90000 11111"),
        ("কোণে লিখে দাও: সদস্য হতে যোগাযোগ করুন ৯০০০০", {"current_image": True}, "edit_image",
         "সদস্য হতে যোগাযোগ করুন ৯০০০০"),
        # quoted lines under a label end at a note; labelled ones give their values
        ("A4ポスター。コピーは\n『お茶の週』\n『全品100円』\n日付は不要です。", {},
         "generate_image", "お茶の週\n全品100円"),
        ("A4海报。文案如下：\n标题：茶叶周\n副标题：全场九折\n请周五前交稿。", {},
         "generate_image", "茶叶周\n全场九折"),
        # a quote said to be a name; an occasion before "campaign ke liye"
        ("show ke liye kuch banana hai, 'Chai Time' naam hai", {}, "ask_clarifying_question",
         None),
        ("'Tea Week' campaign ke liye 1:1 post, bas 'Ek cup aur' likhna", {}, "generate_image",
         "Ek cup aur"),
        # anything at all, or only the week it is for, is no subject
        ("인스타 스토리용으로 아무거나 만들어주세요", {}, "ask_clarifying_question", None),
        ("1:1 post banao, kuch bhi", {}, "ask_clarifying_question", None),
        ("下周要用，做一张海报", {}, "ask_clarifying_question", None),
        ("下周要用，做一张茶叶周海报", {}, "generate_image", None),
        # the person in the photo, as him or her, put in a named scene
        ("এই শিল্পীর ছবিটা নাও, ওকে পুরোনো একটা চায়ের দোকানের সামনে দাঁড় করাও",
         {"attachments": 1}, "edit_image", None),
        ("এই শিল্পীর ছবিটা নাও, ওকে কোথাও সুন্দর জায়গায় দাঁড় করাও", {"attachments": 1},
         "ask_clarifying_question", None),
        # a price asked in general in Banglish
        ("ekta story banate koto khoroch hoy?", {}, "reply", None),
        # a table the brief makes the content; the line for the top goes first
        ("Make a 1:1 post with this table:\n| Tea | Price |\n| Masala | ₹15 |\n"
         "Top headline: Tea menu", {}, "generate_image",
         "Tea menu\n| Tea | Price |\n| Masala | ₹15 |"),
    ],
)  # fmt: skip
def test_forms_of_held_out_36(
    brief: str, context: dict[str, object], tool: str, copy: str | None
) -> None:
    made = Brief(text=brief, **context)  # type: ignore[arg-type]
    assert planner.choose(made) == tool
    assert planner.copy_text(made) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # how pressing it is, or who waits for it, is no subject
        ("uhh need a story asap, my manager's waiting on it", {}, "ask_clarifying_question"),
        ("急！做张海报", {}, "ask_clarifying_question"),
        ("포스터 하나만 급함 ㅠ", {}, "ask_clarifying_question"),
        ("joruri, ekta banner lagbe", {}, "ask_clarifying_question"),
        ("एक बैनर चाहिए, अर्जेंट है", {}, "ask_clarifying_question"),
        ("急！做张茶饮节海报，竖版", {}, "generate_image"),
        # copy with no format asks for one, after a greeting too
        ("hey! headline: Soup Season", {}, "ask_clarifying_question"),
        ("スープ祭りの件でお願いします、文字は「秋の味覚」で", {}, "ask_clarifying_question"),
        ("1:1 post please, headline: Soup Season", {}, "generate_image"),
        # a separate new visual once the current one is settled
        ("all good with this one. separately, a 1:1 post for our soup night",
         {"current_image": True}, "generate_image"),
        ("이거 말고 아예 새로, 수프 나이트 1:1 게시물 만들어줘", {"current_image": True},
         "generate_image"),
        ("all good with this one. make the title bigger", {"current_image": True}, "edit_image"),
        # the day closed, to go on later
        ("that's all for today, see you tomorrow", {"current_image": True}, "reply"),
        ("今日はここまで、お疲れ様でした", {"current_image": True}, "reply"),
        ("aaj ke liye bas, kal milte hain", {"current_image": True}, "reply"),
        ("今天先这样，明天再弄", {"current_image": True}, "reply"),
        ("今日はここまで、でも背景だけ青にして", {"current_image": True}, "edit_image"),
        # a draft id run on from Chinese; final in Latin letters or sent to print
        ("把draft-9c这一版定稿", {}, "finalize_image"),
        ("finalで入稿します", {"current_image": True}, "finalize_image"),
        ("이걸로 final로 해주세요", {"current_image": True}, "finalize_image"),
        # attachments presented with no stop; photos of something combined with nothing said
        ("this is the shop pic can u put it on a snowy street instead of the beach",
         {"attachments": 1}, "edit_image"),
        ("here r the two mug shots merge them", {"attachments": 2}, "ask_clarifying_question"),
        ("マグの写真2枚です まとめて", {"attachments": 2}, "ask_clarifying_question"),
        # somewhere only wished stylish
        ("このマグ どっかおしゃれなとこに置いて", {"attachments": 1}, "ask_clarifying_question"),
        ("이 머그 사진을 감성 있는 곳에 놓아줘", {"attachments": 1}, "ask_clarifying_question"),
        # what is left of the budget
        ("这个月海报的预算还有多少", {}, "lookup_spend"),
        ("남은 예산 얼마야", {}, "lookup_spend"),
        ("এই মাসে বাজেট কত বাকি", {}, "lookup_spend"),
        # a press ad names a print format
        ("half page newspaper ad for the soup night", {}, "generate_image"),
        ("汤品节的报纸广告，半版", {}, "generate_image"),
        # work over a span of time shown again
        ("show me this week's posts", {}, "lookup_images"),
        ("今週の投稿を全部見せて", {}, "lookup_images"),
        ("show me this week's offer as a story", {}, "generate_image"),
    ],
)  # fmt: skip
def test_forms_of_held_out_37_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool", "copy"),
    [
        # a sheet row under a lead that calls it copy: every cell but where it runs
        ("チラシ A5 で。シートの文言をそのまま↓\n見出し\t補足\t日程\n"
         "秋の栗フェア\t全店で開催中\t9/10〜9/30", {}, "generate_image",
         "秋の栗フェア\n全店で開催中\n9/10〜9/30"),
        ("배너 1200x628, 시트 붙여요, 인스타 줄 문구로:\n채널\t문구\n페이스북\t가을 신메뉴\n"
         "인스타\t밤 라떼", {}, "generate_image", "밤 라떼"),
        ("배너 728x90, 시트에서 복붙한 문구예요:\n채널\t카피\n인스타\t밤 라떼", {},
         "generate_image", "밤 라떼"),
        ("only the large one goes on it:\nItem | Small | Large\nIced Mocha | $4.20 | $5.10",
         {"current_image": True}, "edit_image", "$5.10"),
        ("活动海报 A3，表格里的文案：\n| 用途 | 文案 |\n|---|---|\n| 主标题 | 冬日特惠 |\n"
         "| 副标题 | 八折 |", {}, "generate_image", "冬日特惠\n八折"),
        ("A4 poster chahiye, sheet ki lines ye hain:\nTitle — Diwali Dhamaka\n"
         "Deal — Har kurta ₹799", {}, "generate_image", "Diwali Dhamaka\nHar kurta ₹799"),
        ("A4 poster, copy:\nWinter Sale — 30% off", {}, "generate_image", "Winter Sale — 30% off"),
        # bulleted lines under "content as below", up to a line with no bullet
        ("展览海报 A3，内容如下：\n• 城市影像展\n• 二楼展厅", {}, "generate_image",
         "城市影像展\n二楼展厅"),
        ("전시 포스터 A3로요.\n내용 아래 그대로 넣어주세요:\n- 도시 사진전\n- 2층 전시실", {},
         "generate_image", "도시 사진전\n2층 전시실"),
        ("A4 poster for the photo walk:\n* City Light Walk\n* 12 Nov, 6 pm\nline gulo ek e rakho",
         {}, "generate_image", "City Light Walk\n12 Nov, 6 pm"),
        # a second line put under the first, the first keeping its own stops
        ("탁구 대회 포스터 A3 부탁드려요 헤드라인 마지막 한 세트 그 밑에 7월 2일 오후 3시", {},
         "generate_image", "마지막 한 세트\n7월 2일 오후 3시"),
        ("陶芸教室のチラシ。見出し：こねて、焼いて、使おう。\nその下に場所 市民会館", {},
         "generate_image", "こねて、焼いて、使おう。\n市民会館"),
        ("hockey final ka 1:1 post, upar likhna ONE MORE GOAL. aur neeche Sunday 4 baje", {},
         "generate_image", "ONE MORE GOAL.\nSunday 4 baje"),
        # quotes joined by 랑, or set on two lines
        ("꿀차 상세 이미지 1:1, 문구 ‘국산 꿀’ ‘당일 출발’ 두 줄로 해주세요", {},
         "generate_image", "국산 꿀\n당일 출발"),
        ("겨울 메뉴 포스터 A4로, 『뱅쇼 개시』 밑에 가격 『6,200원』 넣어줘요", {},
         "generate_image", "뱅쇼 개시\n6,200원"),
        # a line saying how many lines follow, or that they go in order
        ("パン屋の告知、インスタ 4:5 で。コピーは2行\n朝いちばん、焼きたて。\n7時開店", {},
         "generate_image", "朝いちばん、焼きたて。\n7時開店"),
        ("1:1 카드뉴스요. 제목은 두 가지 반\n반 이름은 순서대로:\n오전반\n저녁반", {},
         "generate_image", "두 가지 반\n오전반\n저녁반"),
        # a header before capitalised words; one before a lower-case word names a format
        ("16:9 screen, header FRESH TODAY then these lines exactly as they are:\n\n"
         "Sourdough $6", {}, "generate_image", "FRESH TODAY\nSourdough $6"),
        ("twitter header for the bakery's new loaf, warm light", {}, "generate_image", None),
        # an aside in brackets after an arrow's new value; a bracket of no sentence stays
        ("update the mocha price: $4.00 → $4.40 (beans cost more now)",
         {"current_image": True}, "edit_image", "$4.40"),
        ("fix the hours, 9am → 10am (Sat)", {"current_image": True}, "edit_image",
         "10am (Sat)"),
        # old copy said to be what it was, or before ，改成 or "ko badal ke"; "nahi wait"
        ("海报上的标题原来是'冬日特饮'，现在改成'冬日热饮'", {"current_image": True},
         "edit_image", "冬日热饮"),
        ("副标题：'全场九折'，改成'全场八折'", {"current_image": True}, "edit_image", "全场八折"),
        ("is flyer pe 'Enrol Today' ko badal ke 'Last 2 Seats' kar do", {"current_image": True},
         "edit_image", "Last 2 Seats"),
        ("yoga ka 1:1 post, likho 'Join Now'.. nahi wait, 'First Class Free' likho", {},
         "generate_image", "First Class Free"),
        # a price said wrong, then the right one; "$A not $B" keeps A
        ("bhul hoye geche, misti er daam ৳40 na ৳35 hobe", {"current_image": True},
         "edit_image", "৳35"),
        ("가격 틀렸어요 7,000원 말고 7,500원이요", {"current_image": True}, "edit_image",
         "7,500원"),
        ("价格错了，不是¥18，是¥22", {"current_image": True}, "edit_image", "¥22"),
        ("the price should say $9.99 not $12.99", {"current_image": True}, "edit_image",
         "$9.99"),
        # copy closing the message keeps its sentences, unless one goes on with the brief
        ("trivia story 9:16, the copy is Trivia Night. Free entry", {}, "generate_image",
         "Trivia Night. Free entry"),
        ("trivia story 9:16, the copy is Trivia Night. Please keep it dark", {},
         "generate_image", "Trivia Night"),
        # a label set off by a space: 内容は, キャッチは, a Korean 문구 after any word
        ("A6のカードで、内容は ほうじ茶ラテ50円引き ※8/1まで", {}, "generate_image",
         "ほうじ茶ラテ50円引き ※8/1まで"),
        ("A3 포스터 뮤지컬 예매 안내 문구 예매 오픈 8/3 2PM", {}, "generate_image",
         "예매 오픈 8/3 2PM"),
        ("스토리용 세로 이미지로 '최대 30%'라는 문구 넣어줘", {}, "generate_image", "최대 30%"),
        # a quote that names: a shop cat, "naam 'X' hai", a product before "… er jonno"
        ("小红书封面 3:4，我们的店猫「麻薯」趴在书架上，写上 今晚也开门", {}, "generate_image",
         "今晚也开门"),
        ("site board 8x4 ft, society ka naam 'Palm Court' hai, copy: Booking Open", {},
         "generate_image", "Booking Open"),
        ("'Rupa Gold' jhalmuri mix er jonno 1:1 post, lekha thakbe Jhal e moja", {},
         "generate_image", "Jhal e moja"),
        # the writing named again before it is taken off; a brand colour
        ("ছবির নিচের “Offer Ends” লেখাটা মুছে দাও", {"current_image": True}, "edit_image", None),
        ("看板の文字色を白じゃなくてブランドカラーの水色にしてもらえますか",
         {"current_image": True}, "edit_image", None),
        # a footnote marked as one; a tag said to be all the image carries
        ("spa promo, 4:5 post, headline ‘Massage from £49*’ with a footnote in tiny type "
         "*Weekdays only", {}, "generate_image", "Massage from £49*\n*Weekdays only"),
        ("A4 poster, headline Win a Kayak, small print: Over 18s only", {}, "generate_image",
         "Win a Kayak\nOver 18s only"),
        ("club story 9:16, team bus photo vibe, only #AwayDays 💛 in the corner", {},
         "generate_image", "#AwayDays 💛"),
        # the forms in other scripts: a native verb of writing cut at "और नीचे"; an old quote
        # after 원래; a brand dog named before a place; the writing named before हटा दो
        ("1:1 पोस्ट, ऊपर लिखो योग दिवस और नीचे 21 जून सुबह 7 बजे", {}, "generate_image",
         "योग दिवस\n21 जून सुबह 7 बजे"),
        ("제목 바꿔주세요: 원래 '지금 신청'이었는데 '마감 5일 전'으로", {"current_image": True},
         "edit_image", "마감 5일 전"),
        ("A4 poster, headline 'Open Day', our brand dog 'Biscuit' in the corner", {},
         "generate_image", "Open Day"),
        ("'Big Launch' वाला text हटा दो", {"current_image": True}, "edit_image", None),
        ("「新装開店」の文字を消してください", {"current_image": True}, "edit_image", None),
        # near misses: what the job is about, a 문구 with no figure after it, a bare animal
        # before copy to write, "pehle" as "first"
        ("A4ポスター、内容は 新商品の紹介です", {}, "generate_image", None),
        ("포스터 A3 만들어줘 가을 세일 문구 있는 버전으로 하나 더", {}, "generate_image", None),
        ("インスタ投稿 1:1、猫「おかえり」と書いて", {}, "generate_image", "おかえり"),
        ("1:1 post banao, pehle 'Sale' likho phir 'Today only'", {}, "generate_image",
         "Sale\nToday only"),
        # a footnote after a label's copy is its own line; closing Latin copy after 문구는;
        # a quote followed by थी is what it was; a price said wrong with a comma
        ("A4ポスター、見出し：秋のパン祭り、注釈は小さく ※数量限定", {}, "generate_image",
         "秋のパン祭り\n※数量限定"),
        ("링크드인 배너 1584x396, 문구는 Study in Busan. Apply by 1 June.", {},
         "generate_image", "Study in Busan. Apply by 1 June."),
        ("हेडलाइन पहले 'अभी जुड़ें' थी, उसे 'आखिरी मौका' कर दो", {"current_image": True},
         "edit_image", "आखिरी मौका"),
        ("मूल्य 250 रुपये नहीं, 220 रुपये होगा", {"current_image": True}, "edit_image",
         "220 रुपये"),
    ],
)  # fmt: skip
def test_forms_of_held_out_37_copy(
    brief: str, context: dict[str, object], tool: str, copy: str | None
) -> None:
    made = Brief(text=brief, **context)  # type: ignore[arg-type]
    assert planner.choose(made) == tool
    assert planner.copy_text(made) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool", "copy"),
    [
        # a reply's quote marks are no part of the copy, and the note after the quote is none
        ("fwd from Sam:\n> 1:1 post for the quiz night, it should say\n> Quiz Night · Fri 8pm\n"
         "thanks!!", {}, "generate_image", "Quiz Night · Fri 8pm"),
        ("রিনা লিখেছে —\n> A5 লিফলেট, বইমেলা,\n> লেখা: বইমেলা · শনিবার ১১টা\nএটা করে দিও", {},
         "generate_image", "বইমেলা · শনিবার ১১টা"),
        # a forwarding lead that runs long before its quote
        ("दुकान के मालिक का मैसेज फॉरवर्ड कर रही हूँ: \"इंस्टा के लिए 1:1 पोस्ट, होली सेल, "
         "लिखो: होली पर 30% छूट\"", {}, "generate_image", "होली पर 30% छूट"),
        # the caption the user posts themselves
        ("1:1 insta post of the bakery window, I'll put \"Fresh at 7\" as the post caption", {},
         "generate_image", None),
        ("正方形のインスタ投稿、画像に「新作パン」と入れて。キャプションは「朝7時から！」にします",
         {}, "generate_image", "新作パン"),
        ("인스타 정사각형, 이미지에 '새 메뉴' 넣고 캡션은 '오늘부터!'로 할게요", {},
         "generate_image", "새 메뉴"),
        # a price in ten-thousands changed
        ("요금을 5만원에서 4만 5천원으로 바꿔주세요", {"current_image": True}, "edit_image",
         "4만 5천원"),
        ("把价格从12万改成10万", {"current_image": True}, "edit_image", "10万"),
        # a slip put right on the spot
        ("A4海报，标题写『周末特惠』，哦不对，改成『周末五折』", {}, "generate_image", "周末五折"),
        ("A4ポスター、見出しは「夏祭り」、いや違う、「盆踊り」に変えて", {}, "generate_image",
         "盆踊り"),
        ("屏幕上的颜色不对，改成绿色", {"current_image": True}, "edit_image", None),
        # the line a new one replaces
        ("the banner should read\nOpen late on Fridays\ninstead of the hours line",
         {"current_image": True}, "edit_image", "Open late on Fridays"),
        ("লেখা:\nশীতের অফার\nপুরনো লাইনের বদলে", {"current_image": True}, "edit_image",
         "শীতের অফার"),
        # a header said first, then lines exactly as written
        ("A5 card. Header first: Opening Hours\nthen these lines exactly:\nMon — 9 to 5\n"
         "Sat — 10 to 2", {}, "generate_image", "Opening Hours\nMon — 9 to 5\nSat — 10 to 2"),
        ("A5 카드, 제목 먼저: 진료 시간\n그다음 이 줄 그대로:\n평일 9시-6시\n토요일 9시-1시", {},
         "generate_image", "진료 시간\n평일 9시-6시\n토요일 9시-1시"),
        ("email header 600x200 for the newsletter: our team at the picnic", {},
         "generate_image", None),
        # copy added after 추가; a detail named before a colon
        ("위에 '신규 오픈' 추가요", {"current_image": True}, "edit_image", "신규 오픈"),
        ("নিচে ওয়েবসাইট যোগ করো: www.puja-mela.in", {"current_image": True}, "edit_image",
         "www.puja-mela.in"),
        ("下に住所を追加して：渋谷区1-2-3", {"current_image": True}, "edit_image", "渋谷区1-2-3"),
        # copy with its size and that it is all there is
        ("썸네일 1280x720, 글씨는 크게 D-3 하나만", {}, "generate_image", "D-3"),
        ("YouTube थंबनेल 1280x720, बड़े अक्षरों में सिर्फ LIVE", {}, "generate_image", "LIVE"),
        ("썸네일 1280x720, 글씨는 크게 눈에 띄게", {}, "generate_image", None),
    ],
)  # fmt: skip
def test_forms_of_held_out_39(
    brief: str, context: dict[str, object], tool: str, copy: str | None
) -> None:
    made = Brief(text=brief, **context)  # type: ignore[arg-type]
    assert planner.choose(made) == tool
    assert planner.copy_text(made) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool", "copy"),
    [
        # a figure corrected after a change of mind replaces the same unit's figure
        ("A4 poster, headline: Craft Market — 30 makers, one day. wait actually make it 35 makers",
         {}, "generate_image", "Craft Market — 35 makers, one day"),
        ("A4 포스터, 제목: 플리마켓 30개 부스, 아 아니다, 35개 부스로", {}, "generate_image",
         "플리마켓 35개 부스"),
        ("A4 poster, headline: Craft Market 30 makers. no wait, make the background green", {},
         "generate_image", "Craft Market 30 makers"),
    ],
)  # fmt: skip
def test_forms_of_held_out_39_correction(
    brief: str, context: dict[str, object], tool: str, copy: str | None
) -> None:
    made = Brief(text=brief, **context)  # type: ignore[arg-type]
    assert planner.choose(made) == tool
    assert planner.copy_text(made) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a change to part of a visual named by its format, with no image here
        ("make the title on the banner a little bigger", {}, "reply"),
        ("ポスターの文字をもう少し大きくして", {}, "reply"),
        ("포스터 글씨 좀 더 크게 해주세요", {}, "reply"),
        ("poster er lekha ta ektu boro kore dao", {}, "reply"),
        ("A4 poster for the bake sale with our logo a bit bigger than last time", {},
         "generate_image"),
        # money spent or burned on images made here is the spend
        ("how much have we burned on the spring posters so far?", {}, "lookup_spend"),
        ("how much did the spring posters cost?", {}, "lookup_images"),
        # attachments to combine as atelier sees fit
        ("この2枚、いい感じに合わせて", {"attachments": 2}, "ask_clarifying_question"),
        ("这两张你看着合成一下", {"attachments": 2}, "ask_clarifying_question"),
        ("merge these two nicely", {"attachments": 2}, "ask_clarifying_question"),
        # a format wished for softly names no subject
        ("チラシ作ってほしいんですけど", {}, "ask_clarifying_question"),
        ("배너 만들어 주셨으면 하는데요", {}, "ask_clarifying_question"),
        ("想做个横幅", {}, "ask_clarifying_question"),
        # a hesitation before a redo
        ("음... 다시 만들어 줘", {"current_image": True}, "ask_clarifying_question"),
        ("hmm... phir se karo", {"current_image": True}, "ask_clarifying_question"),
        ("hmm", {"current_image": True}, "reply"),
        # a picture wanted, romanised
        ("ekta chhobi chai", {}, "ask_clarifying_question"),
        # something asked for, nothing said of it
        ("来週の勉強会の何かお願いできますか", {}, "ask_clarifying_question"),
        ("Holi ke liye kuch chahiye", {}, "ask_clarifying_question"),
    ],
)  # fmt: skip
def test_forms_of_held_out_39_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool", "copy"),
    [
        # a quote said aloud in dictation
        ("story 9:16 for the car wash a shiny red car and the words are quote spotless in ten"
         " minutes unquote", {}, "generate_image", "spotless in ten minutes"),
        ("洗車のストーリー 9:16 かっこ 十分でピカピカ かっことじ と入れて", {}, "generate_image",
         "十分でピカピカ"),
        ("세차장 스토리 9:16 문구는 따옴표 십 분이면 반짝반짝 따옴표 닫고", {}, "generate_image",
         "십 분이면 반짝반짝"),
        ("洗车店的竖版海报 9:16 文字是 引号 十分钟洗干净 引号结束", {}, "generate_image",
         "十分钟洗干净"),
        ("कार वॉश की 9:16 स्टोरी बनाओ उस पर लिखो कोट दस मिनट में चमक अनकोट", {}, "generate_image",
         "दस मिनट में चमक"),
        ("কার ওয়াশের 9:16 স্টোরি বানাও লেখা থাকবে কোট দশ মিনিটে ঝকঝকে আনকোট", {}, "generate_image",
         "দশ মিনিটে ঝকঝকে"),
        # a coat (कोट) and かっこいい open no quote
        ("लाल कोट पहने आदमी का A4 पोस्टर, लिखो कोट सर्दी की सेल अनकोट", {}, "generate_image",
         "सर्दी की सेल"),
        ("かっこいい車のポスター A4 かっこ 夏の試乗会 かっことじ と入れて", {}, "generate_image",
         "夏の試乗会"),
        # lines told by ordinal, and one ordinal alone naming a line
        ("A5 flyer for the car wash first line open every day second line ten dollar wash", {},
         "generate_image", "open every day\nten dollar wash"),
        ("洗车店传单 A5 第一行 每天营业 第二行 洗车十块", {}, "generate_image",
         "每天营业\n洗车十块"),
        ("세차장 전단지 A5 첫 줄 매일 영업 둘째 줄 세차 만 원", {}, "generate_image",
         "매일 영업\n세차 만 원"),
        ("car wash ka A5 flyer pehli line mein roz khula doosri line mein sirf sau rupaye", {},
         "generate_image", "roz khula\nsirf sau rupaye"),
        ("second line should be bigger", {"current_image": True}, "edit_image", None),
        ("A5 flyer for the car wash line one open daily line two free vacuum line three no"
         " appointment", {}, "generate_image", "open daily\nfree vacuum\nno appointment"),
        ("A5 flyer for the car wash first line open daily second line free vacuum and make the"
         " background blue", {}, "generate_image", "open daily\nfree vacuum"),
        ("洗车店传单 A5 第一行 每天营业 第二行 免费吸尘 然后背景用蓝色", {}, "generate_image",
         "每天营业\n免费吸尘"),
        # dictated copy after its cue, to the end of the message
        ("facebook cover for the car wash a van covered in foam and the tagline is we come to you",
         {}, "generate_image", "we come to you"),
        ("car wash ka facebook cover foam wali van aur likho ghar pe dhulai", {}, "generate_image",
         "ghar pe dhulai"),
        ("car wash er facebook cover foam e dhaka van text hobe barite eshe dhoa", {},
         "generate_image", "barite eshe dhoa"),
        ("洗車のFacebookカバー 泡だらけのバン 文字は 出張洗車 で", {}, "generate_image",
         "出張洗車"),
        ("car wash ka poster A4 aur likho usmein", {}, "generate_image", None),
        ("세차장 인스타 피드 거품 가득한 차 글자는 주말 세차 반값 로 해줘", {}, "generate_image",
         "주말 세차 반값"),
        ("글자는 더 크게 해줘", {"current_image": True}, "edit_image", None),
        # a figure said aloud, the old one first
        ("가격 바꿔주세요 만 원 말고 구천 원으로", {"current_image": True}, "edit_image",
         "구천 원"),
        ("सौ नहीं अस्सी रुपये लिखो", {"current_image": True}, "edit_image", "अस्सी रुपये"),
        ("eksho na ashi taka koro", {"current_image": True}, "edit_image", "ashi taka"),
        ("dam ₹150 likha hai, ₹120 kar do", {"current_image": True}, "edit_image", "₹120"),
        ("料金 五百円じゃなくて四百円で", {"current_image": True}, "edit_image", "四百円"),
        ("change the price from six fifty to seven dollars", {"current_image": True}, "edit_image",
         "seven dollars"),
        ("change the photo from one of the kids to two", {"current_image": True}, "edit_image",
         None),
        # a claim dropped, a line given whole, a name kept off
        ("legal says the 'number one in town' claim has to go, drop it", {"current_image": True},
         "edit_image", None),
        ("「地域最安値」という表現はNGなので削除してください", {"current_image": True},
         "edit_image", None),
        ("'Wahs' nahi 'Wash' hona chahiye. poori line: Car Wash open 24/7", {"current_image": True},
         "edit_image", "Car Wash open 24/7"),
        ("第一行有错字，“洗车店”写成了“洗车点”。整行应为：城东洗车店 全天营业",
         {"current_image": True}, "edit_image", "城东洗车店 全天营业"),
        ("naya shampoo aaya hai 'FoamKing 3000'. naam image pe mat daalna, A4 poster, bas"
         " likho \"Chamak guaranteed\"", {}, "generate_image", "Chamak guaranteed"),
        ("the event is called 'Harvest Nights'. A4 poster, headline 'Come hungry'. don't put"
         " the name on it", {}, "generate_image", "Come hungry"),
        # copy after an arrow, under it, and lines closed by a request
        ("洗車のバナー 728x90 テキスト→ 平日限定 500円引き", {}, "generate_image",
         "平日限定 500円引き"),
        ("car wash poster A4, headline \"Shine on\" and under it #WashDay", {}, "generate_image",
         "Shine on\n#WashDay"),
        ("car wash flyer A5. The line should say\nFoam party every Friday\n"
         "fix that and nothing else", {}, "generate_image", "Foam party every Friday"),
        ("square post for the car wash with the prices\nbasic wash ten dollars\n"
         "full valet forty dollars\nput those on just like that", {}, "generate_image",
         "basic wash ten dollars\nfull valet forty dollars"),
        # a slogan's own closing stop
        ("A4 poster for the car wash, foam everywhere. Only text on the image: Clean car,"
         " happy day.", {}, "generate_image", "Clean car, happy day."),
    ],
)  # fmt: skip
def test_forms_of_held_out_40_41(
    brief: str, context: dict[str, object], tool: str, copy: str | None
) -> None:
    made = Brief(text=brief, **context)  # type: ignore[arg-type]
    assert planner.choose(made) == tool
    assert planner.copy_text(made) == copy


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a draft named by its number
        ("사 번 시안으로 최종 확정해 주세요", {}, "finalize_image"),
        ("3番の案で最終確定します", {}, "finalize_image"),
        # asked without a question mark
        ("이번 주에 배너 만드는 데 얼마나 썼어요", {}, "lookup_spend"),
        ("혹시 이거 어떤 모델로 돌아가는 거예요", {}, "reply"),
        ("把上周给洗车店做的海报都调出来", {}, "lookup_images"),
        # who paid, from which budget
        ("who paid for the car wash banners? I only approved two", {}, "lookup_spend"),
        ("how much have we spent on the car wash banners? I only approved two", {}, "lookup_spend"),
        ("이 배너들 누가 결제했어요? 어느 예산이에요?", {}, "lookup_spend"),
        ("ye banners kisne pay kiye? kon budget se?", {}, "lookup_spend"),
        # the sender's own review
        ("승인된 레퍼런스 어디 있어요? 그걸로 검토하려고요", {}, "lookup_references"),
        # a draft turned down, a hesitation, a change with no direction
        ("no. not this one. redo it", {"current_image": True}, "ask_clarifying_question"),
        ("बदल दो इसे यार", {"current_image": True}, "ask_clarifying_question"),
        ("えーと この3枚 いい感じに合わせといて", {"attachments": 3}, "ask_clarifying_question"),
        ("ye teen photos hain car wash ki, inko mila do", {"attachments": 3},
         "ask_clarifying_question"),
        ("ये दो फोटो हैं कार वॉश की, इन्हें मिला दो", {"attachments": 2}, "ask_clarifying_question"),
        ("ei duto chobi car wash er, egulo milie dao", {"attachments": 2},
         "ask_clarifying_question"),
        ("বদলাও ভাই", {"current_image": True}, "ask_clarifying_question"),
        # a background changed to a place only wished nice, or to a named one
        ("이 자동차 사진 배경 좀 멋있는 데로 바꿔줘요", {"attachments": 1},
         "ask_clarifying_question"),
        ("이 자동차 사진 배경 바닷가로 바꿔줘요", {"attachments": 1}, "edit_image"),
        ("ei gari ta ke kothao ekta bhalo jaygay boshao", {"attachments": 1},
         "ask_clarifying_question"),
        ("change the background of this car photo to somewhere cool", {"attachments": 1},
         "ask_clarifying_question"),
        # part of someone in the image made otherwise
        ("make her dress more like teal in that one", {"current_image": True}, "edit_image"),
        ("make her dress more like teal", {}, "reply"),
        # a nudge to begin
        ("嗯 做个海报 先做着吧", {}, "ask_clarifying_question"),
    ],
)  # fmt: skip
def test_forms_of_held_out_40_41_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        # a whole request (made now, a format, its copy) with the price asked beside it
        ("Could you design a square post for our bakery saying 'Fresh bread daily'? "
         "Also how much does one of these cost?", "generate_image"),
        ("A5 flyer for the choir concert please, text: Evensong Sunday 6pm. is it expensive?",
         "generate_image"),
        ("インスタ用の正方形の画像をお願いします。文字は「毎朝焼きたて」で。料金はいくらですか？",
         "generate_image"),
        ("정사각형 인스타 이미지 하나 부탁드려요. 문구는 '봄맞이 할인'. 가격은 얼마예요?",
         "generate_image"),
        ("ek A4 poster banao, likho 'Yoga Camp Sunday'. iska kharcha kitna hoga?",
         "generate_image"),
        ("ekta square post banao, lekha 'Notun menu', eta banate dam koto?", "generate_image"),
        # the price asked alone, or with a request still missing its copy: answered
        ("How much does one square post cost?", "reply"),
        ("Could you design a square post for our bakery? How much does one cost?", "reply"),
        ("정사각형 포스터 하나에 가격은 얼마예요?", "reply"),
    ],
)  # fmt: skip
def test_a_whole_request_goes_ahead_with_the_price_asked_beside_it(brief: str, tool: str) -> None:
    assert planner.choose(Brief(text=brief)) == tool


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a visual asked for with a question of what to say for it
        ("I'd like a poster for my bike repair stall, what do I need to tell you?", {},
         "ask_clarifying_question"),
        ("自転車屋のチラシがほしいです。何を用意すればいいですか", {}, "ask_clarifying_question"),
        ("cycle shop ka banner chahiye, kya kya batana padega?", {}, "ask_clarifying_question"),
        ("সাইকেলের দোকানের পোস্টার চাই, কী কী জানাতে হবে?", {}, "ask_clarifying_question"),
        ("A4 poster for the bike stall, headline: Fixed While You Wait. What else do I need to"
         " tell you?", {}, "generate_image"),
        # a refusal reported as seen
        ("the bike poster just says it can't be done, why?", {}, "lookup_holds"),
        ("자전거 포스터가 계속 안 된다고 나와요 왜요?", {}, "lookup_holds"),
        ("it says I can't upload more than ten photos, why?", {}, "reply"),
        # upload words beside an attachment
        ("did the photo of the bike come through? it says uploaded. remove the lock from the"
         " railing please", {"attachments": 1}, "edit_image"),
        ("which logos have we uploaded for the bike shop?", {}, "lookup_references"),
        # how paying works, what one image usually costs
        ("do I pay per picture or is it monthly?", {}, "reply"),
        ("自転車のチラシ1枚作るのにふつういくらですか？", {}, "reply"),
        ("how much did the bike posters we made cost?", {}, "lookup_images"),
        ("how much do we usually spend on bike posters?", {}, "lookup_spend"),
        # something asked for in kana
        ("こんにちは。自転車屋です。なにか作ってもらえますか？", {}, "ask_clarifying_question"),
        # the brand's own marks asked after as kept here
        ("is our bike shop logo stored on your side?", {}, "lookup_references"),
        ("我们车行的标志和标准色你们那边有存吗？", {}, "lookup_references"),
        ("put our bike shop logo on a 1:1 post, headline: Spring Tune-Up", {}, "generate_image"),
        # earlier work asked where to find again, or as a list
        ("where can I find the bike flyer you made yesterday?", {}, "lookup_images"),
        ("先週作った自転車のバナーを一覧で見せてください", {}, "lookup_images"),
        ("gotokal je cycle er poster ta baniyechilen seta kothay pabo?", {}, "lookup_images"),
        # 合 with a light verb
        ("这三张合一下吧", {"attachments": 3}, "ask_clarifying_question"),
        # a change ruled out beside a new format
        ("attached the bike cutout and our logo. need a 1080x1080 post, bike on a forest"
         " trail, don't crop the handlebars. Copy: Ride Further", {"attachments": 2},
         "generate_image"),
        ("添付の自転車の切り抜きで、A4横のチラシを1枚。見出し「春の点検フェア」",
         {"attachments": 1}, "generate_image"),
        ("crop the attached bike photo to 1080x1080", {"attachments": 1}, "edit_image"),
        # a change on a format of a set made before, with no image here
        ("kill the price on the 728x90", {}, "reply"),
        ("4:5 버전에서 가격 지워줘", {}, "reply"),
        ("4:5 wale mein se price hata do", {}, "reply"),
        ("kill the price on the 728x90", {"current_image": True}, "edit_image"),
        # a nudge to go on with a piece of work named by what it was for
        ("can we crack on with the bike week stuff now", {}, "ask_clarifying_question"),
        ("自行车节那个也弄一下吧", {}, "ask_clarifying_question"),
        ("can we crack on with the bike week poster, A3, headline: Bike Week", {},
         "generate_image"),
        # a format beside the final word, the draft on screen
        ("이걸로 확정할게요. A2 포스터 파이널로 넘겨주세요", {"current_image": True},
         "finalize_image"),
        ("love this one, take the A3 bike poster through to final", {"current_image": True},
         "finalize_image"),
        ("this is final. now make a new A2 poster for the bike swap", {"current_image": True},
         "generate_image"),
        # a photo made into a place only wished nice
        ("この自転車の写真を、どこか素敵な場所にしてください", {"attachments": 1},
         "ask_clarifying_question"),
        ("この自転車の写真を、海辺の景色にしてください", {"attachments": 1}, "edit_image"),
    ],
)  # fmt: skip
def test_forms_of_held_out_42_43_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # a block of copy ends at a line that goes on with the brief
        ("Ferry café A4 poster. Text:\nSoup & a roll £4\nEvery weekday\nMUSTS: logo top right",
         {}, "Soup & a roll £4\nEvery weekday"),
        ("square post for the choir, text:\nSing with us\nThursdays 7pm\n"
         "sorry if thats not enough, how does this work?", {}, "Sing with us\nThursdays 7pm"),
        ("Square post, copy:\nDon't wait!\nDoors at 6", {}, "Don't wait!\nDoors at 6"),
        ("花屋の母の日チラシ A4縦。コピー：\nありがとうを花に\n5月11日まで\nNG：造花っぽい写真",
         {}, "ありがとうを花に\n5月11日まで"),
        ("빵집 인스타 정사각형. 문구:\n갓 구운 식빵\n매일 오전 8시\n필수: 가게 로고", {},
         "갓 구운 식빵\n매일 오전 8시"),
        ("面包店海报 A4竖版。文案：\n每天现烤\n早上8点开门\n不要用卡通面包。", {},
         "每天现烤\n早上8点开门"),
        ("बेकरी का इंस्टा पोस्ट 1:1। टेक्स्ट:\nताज़ा ब्रेड रोज़\nसुबह 8 बजे से\nज़रूरी: दुकान का लोगो",
         {}, "ताज़ा ब्रेड रोज़\nसुबह 8 बजे से"),
        ("bakery r insta story banao. lekha:\nRoj tatka pauruti\nSokal 8 ta theke\n"
         "pauruti kete dio na", {}, "Roj tatka pauruti\nSokal 8 ta theke"),
        # one keyed deliverable asked for first
        ("Zoo summer set:\n1) bus shelter 6-sheet — \"Meet the otters\"\n"
         "2) Facebook 1:1 — \"Kids go free in August\"\nJust do 2 first.", {},
         "Kids go free in August"),
        ("Zoo summer set:\n1) bus shelter 6-sheet — \"Meet the otters\"\n"
         "2) Facebook 1:1 — \"Kids go free in August\"", {},
         "Meet the otters\nKids go free in August"),
        ("水族館の夏、2点。\nA: 駅貼りポスター B1 「くらげと、夜ふかし。」\n"
         "B: インスタ正方形 「夜の水族館 8月限定」\nまずAだけお願いします", {},
         "くらげと、夜ふかし。"),
        ("动物园暑期物料：\n1）公交站海报 「和水獭见个面」\n"
         "2）朋友圈广告 1:1 「八月儿童免票」\n先出2）就行",
         {}, "八月儿童免票"),
        # copy put under the copy from the line's end
        ("Book club poster, A4. Headline 'Read together' with the time under it:\nTuesdays 6pm",
         {}, "Read together\nTuesdays 6pm"),
        ("書店のポスター A4縦。コピーは『本と、夜ふかし。』、その下に小さく\n毎週金曜 21時まで", {},
         "本と、夜ふかし。\n毎週金曜 21時まで"),
        ("Boi Ghar er poster A4, lekho 'Boi porar din' niche somoy:\nProti robibar 5 ta", {},
         "Boi porar din\nProti robibar 5 ta"),
        # the line the image has now is the old copy
        ("where it says 'Open 9-5' put 'Open 8-6'", {"current_image": True}, "Open 8-6"),
        ("「定休日 月曜」となっているところを「定休日 火曜」に直して", {"current_image": True},
         "定休日 火曜"),
        ("把海报上的字改成“周日休息”，原来的“周一休息”不对", {"current_image": True}, "周日休息"),
        ("সাইনবোর্ডে ‘দই’ না, ‘মিষ্টি দই’ হবে", {"current_image": True}, "মিষ্টি দই"),
        # copy it may do without
        ("꽃집 로고로 인스타 피드 4:5, 꽃다발 사진 느낌. 문구는 없어도 돼요", {}, None),
        ("Square post with our florist logo, tulips in a jar, no text needed", {}, None),
    ],
)  # fmt: skip
def test_forms_of_held_out_42_43_copy(
    brief: str, context: dict[str, object], copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # a name or a post's text said to stay off the image
        ("Square post for the choir. We're called 'Harbour Voices' but that shouldn't go on "
         "the picture. Text: Sing with us", {}, "Sing with us"),
        ("Story for the van: text - Fixed while you wait\nDon't put the van name 'Fix Mobile' "
         "on it", {}, "Fixed while you wait"),
        ("合唱团小红书封面3:4，团名叫“海港之声”，名字不用放。图上写 周六晚7点 免费入场", {},
         "周六晚7点 免费入场"),
        ("花店朋友圈海报，文案就一句“把春天带回家”。朋友圈配文写“全场八折”，但这个别放图里", {},
         "把春天带回家"),
        ("奶茶店海报，文案写“夏日限定”。朋友圈写“快来打卡”，不要放到图上", {}, "夏日限定"),
        ("가게 이름은 '봄날'인데 이미지에는 안 넣어도 돼요. 인스타 정사각형, "
         "문구는 '신상 입고'", {}, "신상 입고"),
        ("Square post for the choir, text: 'Harbour Voices Live'", {}, "Harbour Voices Live"),
        # a date alone on its line
        ("Square invite. Text:\nOur Big Day\n09.08.2025\nRose Hall", {},
         "Our Big Day\n09.08.2025\nRose Hall"),
        # a label line closing with a colon, a blank line, the lines, a remark under them
        ("A4 poster with a river please. The words the club chose:\n\nRegatta Day\n"
         "Sunday 8 June · 11am\n\nThank you!", {}, "Regatta Day\nSunday 8 June · 11am"),
        ("Hi, A4 poster please, with vegetables. The words our chair wrote:\n\nSeed Swap\n"
         "Saturday 3rd May · 2pm\nBring spares, take what you need\n\nThanks so much.", {},
         "Seed Swap\nSaturday 3rd May · 2pm\nBring spares, take what you need"),
        ("Square post please. On it:\nOpen Studio\nSat 10am\nnothing fancy, my wife says I "
         "overdo it", {}, "Open Studio\nSat 10am"),
        # "on the image just says" closing its line
        ("4:5 post, a bike at night. headline on the image just says\nRide after dark", {},
         "Ride after dark"),
        # an app's status is no copy
        ("I sent the photo (hope it arrived, it says uploaded). Take the bin out of it please",
         {"attachments": 1}, None),
        # a quote after a topic label
        ("বাচ্চাদের জন্য পোস্টার A3, বিষয় 'গাছ লাগাও'। পোস্টারে লিখবেন «একটি গাছ, একটি প্রাণ»", {},
         "একটি গাছ, একটি প্রাণ"),
        # a quote pointed back at after a change of mind
        ("분식집 정사각형 이미지요. 문구는 '오늘 특가'로.. 아 아니다 그냥 "
         "'떡볶이 2인분 8,000원' 이걸로요", {}, "떡볶이 2인분 8,000원"),
        # a further labelled line saying where it goes
        ("Gym launch, 1:1. Copy:\nheadline: Lift Louder\nsub: First week free\n"
         "hashtag bottom corner: #LiftLouder\nmusts: logo top left", {},
         "Lift Louder\nFirst week free\n#LiftLouder"),
        ("図書館のチラシ A4縦。\n見出し：夏の朗読会\nその下に 7月6日(土) 14:00〜16:00", {},
         "夏の朗読会\n7月6日(土) 14:00〜16:00"),
        # what the image alone carries, after the image as its place
        ("꽃집 인스타 피드요. 게시글에는 '놀러 오세요'라고 쓸 건데 그건 이미지에 안 넣어도 되고, "
         "이미지에는 봄 꽃다발 입고 만 들어가면 돼요", {}, "봄 꽃다발 입고"),
        ("花屋のインスタ投稿。画像には 春のブーケ入荷 だけ入れてください", {}, "春のブーケ入荷"),
    ],
)  # fmt: skip
def test_forms_of_held_out_42_43_copy_second_part(
    brief: str, context: dict[str, object], copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        # a modal particle or an interjection adds no instruction to a bare change
        ("不太对啊，改一下", "ask_clarifying_question"),
        ("哎呀，改一下吧", "ask_clarifying_question"),
        ("背景改暗一点吧", "edit_image"),
        ("酒吧的海报改成蓝色", "edit_image"),
    ],
)
def test_chinese_particles_say_nothing_of_the_change(brief: str, tool: str) -> None:
    assert planner.choose(Brief(text=brief, current_image=True)) == tool


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # whether work asked for earlier got made, or where it went
        ("did the bake sale poster ever get made? can't find it", {}, "lookup_images"),
        ("is the choir concert flyer done yet?", {}, "lookup_images"),
        ("頼んでいた夏祭りのポスター、できてますか？", {}, "lookup_images"),
        ("어제 부탁한 빵집 배너 나왔나요?", {}, "lookup_images"),
        ("之前那张开业海报做好了吗？", {}, "lookup_images"),
        ("wo Eid wala poster ban gaya kya? dikh nahi raha", {}, "lookup_images"),
        ("নববর্ষের পোস্টারটা বানানো হয়েছে কি?", {}, "lookup_images"),
        ("can't find the Easter flyer from last week anywhere", {}, "lookup_images"),
        ("can't find a good shop photo, so make an A4 poster for our bake sale", {},
         "generate_image"),
        ("이번 달 이미지 비용 얼마 나왔어요?", {}, "lookup_spend"),
        # how many images atelier can make is atelier's offer
        ("how many images can atelier make a month?", {}, "reply"),
        ("月に何枚まで作れますか？", {}, "reply"),
        ("কয়টা ছবি বানানো যায় এক মাসে?", {}, "reply"),
        ("how many images have we made this month?", {}, "lookup_images"),
        # doubt come back to, with a bare change
        ("hmm not sure about it anymore. redo it", {"current_image": True},
         "ask_clarifying_question"),
        ("having second thoughts about this one, change it", {"current_image": True},
         "ask_clarifying_question"),
        ("not sure about this one anymore, make the sky orange", {"current_image": True},
         "edit_image"),
        # an attached photo given a background named before 배경으로, or a place noun
        ("첨부한 컵 사진, 노을 지는 해변 배경으로 바꿔줘", {"attachments": 1}, "edit_image"),
        ("이 컵 사진 예쁜 배경으로 바꿔줘", {"attachments": 1}, "ask_clarifying_question"),
        ("이 컵 사진 어디 예쁜 곳에 놓아 주세요", {"attachments": 1}, "ask_clarifying_question"),
        ("이 컵 사진 대리석 식탁 같은 데 놓아 주세요", {"attachments": 1}, "edit_image"),
        # the draft sent out as it is
        ("这版可以了，发出去吧", {"current_image": True}, "finalize_image"),
        ("looks fine, send it out", {"current_image": True}, "finalize_image"),
        ("before you send it out, make the title bigger", {"current_image": True}, "edit_image"),
    ],
)  # fmt: skip
def test_forms_of_held_out_44_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # an adverb between the modal and the verb
        ("the badge should now read 20% OFF", {"current_image": True}, "20% OFF"),
        # the copy of the last verb of writing, a scene put first
        ("put this teapot on a garden table, and write Slow Sundays across the top",
         {"attachments": 1}, "Slow Sundays"),
        # a copy put right after a change of mind keeps the last
        ("A4 poster saying Quiz Night... actually make that Trivia Night", {}, "Trivia Night"),
        ("A4 poster saying Quiz Night, actually no, make it Trivia Night", {}, "Trivia Night"),
        ("A4 poster saying Quiz Night, actually make it bigger", {}, "Quiz Night"),
        # the copy's word with は なし
        ("ロゴで正方形の画像を作って。文言はなしで", {"attachments": 1}, None),
        ("ロゴで正方形の画像を作って。テキストはなしでお願いします", {"attachments": 1}, None),
        # lettered big and closed by a verb of putting; Latin capitals at a place
        ("유튜브 썸네일 1280x720, 큰 글씨로 인생 첫 마라톤 넣어주세요", {}, "인생 첫 마라톤"),
        ("이 신발 사진 위에 JUST RUN 넣어줘", {"attachments": 1}, "JUST RUN"),
        ("이 신발 사진 위에 로고 넣어줘", {"attachments": 1}, None),
        # a quote before 들어간
        ("'생일 축하해' 들어간 정사각형 카드 이미지요", {}, "생일 축하해"),
        # copy named with its count of characters
        ("裁成方图，放上 新品上市 四个字", {"current_image": True}, "新品上市"),
        ("字体放大两个字号", {"current_image": True}, None),
        # a dash closing the cue's line
        ("পোস্টার A4, লেখা থাকবে —\nবসন্ত উৎসব\nশনিবার বিকেল ৪টা", {},
         "বসন্ত উৎসব\nশনিবার বিকেল ৪টা"),
    ],
)  # fmt: skip
def test_forms_of_held_out_44_copy(
    brief: str, context: dict[str, object], copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # what the cost came to, said with a verb of its own and no image named
        ("いくらかかりましたか？", {}, "lookup_spend"),
        ("이번 분기 지출 얼마나 나왔는지 알려 주세요", {}, "lookup_spend"),
        ("비용 얼마 들었어요?", {}, "lookup_spend"),
        ("कितना खर्च आया?", {}, "lookup_spend"),
        ("koto khoroch holo?", {}, "lookup_spend"),
        ("いくらかかりましたか？", {"current_image": True}, "lookup_images"),
        # atelier's prices are its offer, whatever the tense
        ("what was the price of the pro plan?", {}, "reply"),
        ("프로 플랜은 얼마예요?", {}, "reply"),
    ],
)  # fmt: skip
def test_what_the_cost_came_to_is_looked_up(
    brief: str, context: dict[str, object], tool: str
) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # which markets or language versions a campaign was made for, or which are left
        ("which markets have we covered with the rainy season flyer?", {}, "lookup_images"),
        ("梅雨キャンペーン、どの国の分が残ってますか？", {}, "lookup_images"),
        ("장마 할인 배너 어느 나라까지 끝났어요?", {}, "lookup_images"),
        ("雨季促销海报哪些市场的还没做？", {}, "lookup_images"),
        ("monsoon sale ke kaun kaun se desh ke poster ban chuke hain?", {}, "lookup_images"),
        ("বর্ষার অফারের ব্যানার কোন কোন মার্কেটের জন্য বাকি?", {}, "lookup_images"),
        ("which markets are left? make a 1:1 banner for them with our umbrella", {},
         "generate_image"),
        # what market or language versions cost, with no image named
        ("what did the Polish and Czech versions cost us?", {}, "lookup_spend"),
        ("韓国版と台湾版、それぞれいくらかかりましたか？", {}, "lookup_spend"),
        ("how much did each of the Polish posters cost?", {}, "lookup_images"),
        # a format for a market alone says nothing of what it shows
        ("a 4:5 post for the Lagos office please", {}, "ask_clarifying_question"),
        ("필리핀 시장용 A4 포스터 만들어 주세요", {}, "ask_clarifying_question"),
        ("Kochi market ke liye ek A3 poster chahiye", {}, "ask_clarifying_question"),
        ("a 4:5 post for the Lagos office showing our new solar lamp", {}, "generate_image"),
        ("A3 poster for the night market on Friday", {}, "generate_image"),
        # displeasure for a market before a bare change
        ("not right for the Polish market, redo it", {"current_image": True},
         "ask_clarifying_question"),
        ("for the Polish market, make the sky grey", {"current_image": True}, "edit_image"),
        # how well atelier writes a script or a language
        ("does Khmer text come out properly when you generate it?", {}, "reply"),
        ("你们生成的缅甸文会不会乱码？", {}, "reply"),
        ("क्या पंजाबी अक्षर सही से बन जाते हैं?", {}, "reply"),
        ("the Khmer on this came out garbled, fix it", {"current_image": True}, "edit_image"),
        # a photo put somewhere only wished nice, the place noun alone
        ("isko kisi acchi jagah bitha do", {"attachments": 1}, "ask_clarifying_question"),
        ("eta ke kono sundor jaygay rekhe dao", {"attachments": 1}, "ask_clarifying_question"),
        ("eta ke Sundarban er nodir ghate rekhe dao", {"attachments": 1}, "edit_image"),
        # attachments listed under a label, combined with nothing said of the result
        ("Attached: our van and the festival logo. Combine them.", {"attachments": 2},
         "ask_clarifying_question"),
        ("附件：货车照片和活动标志。合成一下", {"attachments": 2}, "ask_clarifying_question"),
        ("Attached: our van and the festival logo. Combine them so the logo sits on the door.",
         {"attachments": 2}, "edit_image"),
        # a misspelling named, with the right copy given, on the image here
        ("typo on this one, it should say: Harvest Market Days", {"current_image": True},
         "edit_image"),
        ("ছবিতে বানান ভুল, পুরো লাইনটা হবে: বসন্ত মেলা", {"current_image": True}, "edit_image"),
        ("this one had a typo, so make a new A4 poster of our pears with 'Pear Days'",
         {"current_image": True}, "generate_image"),
    ],
)  # fmt: skip
def test_forms_of_held_out_45_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # a gloss in brackets after the copy: another script, or a word for meaning
        ("A3 poster for the Kyoto tea fair, copy: 新茶まつり (new tea festival). Green fields.",
         {}, "新茶まつり"),
        ("A4海报，标语：ราคาพิเศษ（特价）", {}, "ราคาพิเศษ"),
        ("put 'Ciao Estate' at the top (means 'hello summer')", {"attachments": 1}, "Ciao Estate"),
        ("ছবিতে লিখে দিন: Open Late (মানে, রাত পর্যন্ত খোলা)", {"attachments": 1}, "Open Late"),
        ("A5 flyer, copy: Yoga Sunday (10am)", {}, "Yoga Sunday (10am)"),
        ("A5チラシ、コピー：朝ヨガ（毎週日曜）", {}, "朝ヨガ（毎週日曜）"),
        # a translation asked for and not given; refused, or given after the ask
        ("1:1 post for the Rome shop, put our slogan Taste Slow on it translated into Italian",
         {}, None),
        ("インスタ用1:1、「ゆっくり味わう」はイタリア語に訳して入れて", {}, None),
        ("인스타 1:1, 문구는 이탈리아어로 번역해서 넣어줘", {}, None),
        ("做一张1:1海报，把“慢慢品尝”翻译成意大利语放上去", {}, None),
        ("1:1 post, tagline 'Taste Slow' ka Italian translation daal do", {}, None),
        ("1:1 post, tagline 'Taste Slow', translate mat karna", {}, "Taste Slow"),
        ("1:1 post, slogan 'Taste Slow' — Italian translation: 'Gusta piano'", {}, "Gusta piano"),
        ("1:1 post, slogan: Taste Slow, needs translating into Italian", {}, None),
        ("A3 poster, headline 'Say It Anywhere', for our translation app", {}, "Say It Anywhere"),
        ("put 「本日限定」 (\"today only\") on it", {"attachments": 1}, "本日限定"),
        # the line as it reads now, named before the new one
        ("見出しが「Hapy Hour」になってますが「Happy Hour」に直して", {"current_image": True},
         "Happy Hour"),
        ("is poster pe 'Hapy Hour' na, 'Happy Hour' likho", {"current_image": True}, "Happy Hour"),
        # a slip remembered after a break, with an interjection
        ("「営業中」と入れて。…あ、韓国の店なので「영업 중」でお願いします", {"attachments": 1},
         "영업 중"),
        ("write 'Open' on the door... oh, and 'Since 2001' under it", {"attachments": 1},
         "Open\nSince 2001"),
        # Latin copy after its language; after 改成 on a title said to be wrong
        ("이 사진 아래쪽에 영어로 Stay Cozy 넣어줘", {"attachments": 1}, "Stay Cozy"),
        ("写真の下に英語で Stay Cozy 入れて", {"attachments": 1}, "Stay Cozy"),
        ("照片上加一行英文 Stay Cozy", {"attachments": 1}, "Stay Cozy"),
        ("英文标题拼错了，改成 Stay Cozy", {"current_image": True}, "Stay Cozy"),
        ("背景改成 Ocean Blue", {"current_image": True}, None),
    ],
)  # fmt: skip
def test_forms_of_held_out_45_copy(
    brief: str, context: dict[str, object], copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # the image on screen again at a generator's ratio parameter, copy changed or not
        ("same thing, --ar 2:3 please", {"current_image": True}, "edit_image"),
        ("同じやつ --ar 16:9 で、コピーは「秋限定」に", {"current_image": True}, "edit_image"),
        ("now the same but as an A4 flyer", {"current_image": True}, "generate_image"),
        # a variation or a reroll of the image on screen
        ("a couple of variations please, same mood", {"current_image": True}, "edit_image"),
        ("再出两个变体", {"current_image": True}, "edit_image"),
        ("a couple of variations please", {}, "reply"),
        # an upscale of the draft or a pick from its grid
        ("upscale number 3", {"current_image": True}, "finalize_image"),
        ("2번 업스케일 부탁해요", {"current_image": True}, "finalize_image"),
        ("pehli wali ko upscale kar do", {"current_image": True}, "finalize_image"),
        ("upscale #1 and make the sign red", {"current_image": True}, "edit_image"),
        # attachments picked by number, combined with nothing said of the result
        ("combine img2 + img3 --v 6", {"attachments": 3}, "ask_clarifying_question"),
        ("blend img1 + img2 --s 750 --chaos 20", {"attachments": 2}, "ask_clarifying_question"),
        ("图2和图3合成一下", {"attachments": 3}, "ask_clarifying_question"),
        # credits burnt, used or left
        ("how many credits did this batch eat? ate a lot I think", {"current_image": True},
         "lookup_spend"),
        ("크레딧 얼마나 남았어요?", {}, "lookup_spend"),
        ("is round e koto credit gelo?", {"current_image": True}, "lookup_spend"),
        ("how many credits does the studio plan include?", {}, "reply"),
        # a keyword list with weights, a negative prompt or quality tags, no format
        ("lighthouse, storm, (crashing waves:1.3)", {}, "ask_clarifying_question"),
        ("桜並木、夕暮れ、ネガティブ: 人物", {}, "ask_clarifying_question"),
        ("lighthouse, storm, (crashing waves:1.3), --ar 9:16", {}, "generate_image"),
        ("学園祭のスライド用（16:9）に、校舎のイラストがほしいです", {}, "generate_image"),
        # earlier pieces shown, named by their size or ratio
        ("show me the bakery posts we made yesterday, the 1080x1350 ones", {}, "lookup_images"),
        ("kal wali bakery posts dikhao, 1:1 wali", {}, "lookup_images"),
        # an attached thing put somewhere only wished nice, as it is spelt when said
        ("ei jug ta kono shundor jaygay rakho", {"attachments": 1}, "ask_clarifying_question"),
    ],
)  # fmt: skip
def test_forms_of_held_out_46_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a request dropped or put off for a question about this work
        ("a 4:5 post for the kayak hire... hang on, how much budget is left for June?", {},
         "lookup_spend"),
        ("给面包店做张横幅……算了，先别做。为什么昨天那张海报被扣下了？", {}, "lookup_holds"),
        ("ফুলের দোকানের ব্যানার বানান... না থাক, আগে বলুন অনুমোদিত লোগো কোনগুলো।", {},
         "lookup_references"),
        ("make a banner for the kayak hire... hang on, make it a 1:1 post instead, showing two "
         "red kayaks", {}, "generate_image"),
        # 'final' closing the message after praise
        ("love the colours, final pls", {"current_image": True}, "finalize_image"),
        ("bahut badhiya, final", {"current_image": True}, "finalize_image"),
        ("love the colours, thanks", {"current_image": True}, "reply"),
        # what making one earlier piece came to
        ("Those four gym banners from Tuesday, what did it cost us to make each one?", {},
         "lookup_spend"),
        ("어제 만든 카페 포스터들, 한 장 만드는 데 비용이 얼마 들었는지 궁금해요", {},
         "lookup_spend"),
        ("How much did each of the Spanish banners cost?", {}, "lookup_images"),
        ("포스터 하나 만드는 데 얼마예요?", {}, "reply"),
        # a change said of the attachments as they are presented
        ("添付は塗り替えたばかりの店の外観と、店主の写真です。2枚を組み合わせてA5のチラシにしてください。",
         {"attachments": 2}, "generate_image"),
        # romanised Bengali removal
        ("ekta chhobi pathalam, samner bike ta ar dustbin ta soriye dao", {"attachments": 1},
         "edit_image"),
        # a price ending in 가 before 로 is no landscape
        ("제목을 반값 특가로", {"current_image": True}, "edit_image"),
    ],
)  # fmt: skip
def test_forms_of_held_out_47_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # a field and its new value with no verb
        ("제목을 반값 특가로", {"current_image": True}, "반값 특가"),
        ("headline to Autumn Opening", {"current_image": True}, "Autumn Opening"),
        ("見出しを秋の限定セールに", {"current_image": True}, "秋の限定セール"),
        ("배경을 바다로", {"current_image": True}, None),
        # an old figure with 'instead of' and its kin
        ("change the price to $18 instead of $22", {"current_image": True}, "$18"),
        ("Change the price on the flyer to €12 instead of €15.", {"current_image": True}, "€12"),
        ("価格を¥380の代わりに¥420に変えて", {"current_image": True}, "¥420"),
        ("가격을 3,800원 대신 4,200원으로 바꿔 주세요", {"current_image": True}, "4,200원"),
        ("A3 poster, headline 'Tea instead of coffee'", {}, "Tea instead of coffee"),
        # the old line before 'er bodole' or 'er jaygay'
        ("'Eid Sale' er bodole 'Puja Sale' lekho", {"current_image": True}, "Puja Sale"),
        ("'Eid Sale' er jaygay likho 'Puja Sale'", {"current_image": True}, "Puja Sale"),
        # a date after the line's comma, to the sentence's end
        ("A5 flyer that says Open Studios, 3–5 May. Keep it calm.", {}, "Open Studios, 3–5 May"),
        ("A5 flyer that says Open Studios, with our logo", {}, "Open Studios"),
        # the copy kept as said before
        ("A4ポスター、文言は「毎朝とれたて」。やっぱり正方形の投稿にして、文言はそのままで。", {},
         "毎朝とれたて"),
        # a sentence on colour or tone after the line's full stop
        ("ইনস্টাগ্রাম পোস্ট চাই, লেখা থাকবে: বর্ষা সেল, ২০ জুলাই পর্যন্ত। রঙ হালকা রাখবেন।", {},
         "বর্ষা সেল, ২০ জুলাই পর্যন্ত"),
    ],
)  # fmt: skip
def test_forms_of_held_out_47_copy(
    brief: str, context: dict[str, object], copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # what was made on an earlier day, asked in the past tense
        ("what did we make on Friday?", {}, "lookup_images"),
        ("gato shoptahe ki ki poster banalam?", {}, "lookup_images"),
        ("पिछले हफ्ते हमने क्या बनाया?", {}, "lookup_images"),
        ("先週は何を作りましたっけ？", {}, "lookup_images"),
        ("지난주에 뭐 만들었는지 기억이 안 나요", {}, "lookup_images"),
        # a past day's request, its results asked to be shown
        ("On Thursday I asked for two banners for the bike repair stand. Could you show me "
         "what came out of it?", {}, "lookup_images"),
        # a hold status shown in quotes, asked about
        ("ジムのバナーが「保留」と表示されたままです。どういうことか教えてください", {},
         "lookup_holds"),
        ('the bakery story just says "on hold", what does that mean?', {}, "lookup_holds"),
        ('A4 sign for the workshop door that says "Under Review" in red', {}, "generate_image"),
    ],
)  # fmt: skip
def test_forms_of_held_out_48_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.choose(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # the copy after a romanised label that is the writing itself
        ("cha er dokan niye kichu ekta banao, lekha: Brishtir dine gorom cha", {},
         "Brishtir dine gorom cha"),
        # the field traded for its new value
        ("swap the title for Open Late Fridays", {"current_image": True}, "Open Late Fridays"),
        ("swap the headline for something shorter", {"current_image": True}, None),
        # capitalised words 'on it', or lettered in a described type
        ("Square post for the bike shop with Free Tune-Ups All March on it", {},
         "Free Tune-Ups All March"),
        ("Square post for the bike shop with our mascot on it", {}, None),
        ("A4 poster for the cider fair with the Orchard Lane logo on it", {}, None),
        ("A square post, a red bike by a brick wall, with Tune-Up Week in thin gold letters", {},
         "Tune-Up Week"),
        # copy set off by a comma and placed by what follows it
        ("A5 flyer for the night market, OPEN TILL 2AM big across the top", {}, "OPEN TILL 2AM"),
        ("A5 flyer for the night market, QR code at the bottom", {}, None),
        ("A5 flyer for the night market, our logo at the top", {}, None),
        # a line's second clause after its comma, to the sentence's end
        ("做一张1:1的图，上面写 早上七点开门，晚上十点打烊", {}, "早上七点开门，晚上十点打烊"),
        ("做一张1:1的图，上面写 早上七点开门，背景用暖色", {}, "早上七点开门"),
        ("1080x1080 post banao, upar likho Chai ki chuski, baarish ki khushi. Logo mat lagana.",
         {}, "Chai ki chuski, baarish ki khushi"),
        ("1080x1080 post banao, upar likho Chai ki chuski, logo bhi lagao.", {}, "Chai ki chuski"),
    ],
)  # fmt: skip
def test_forms_of_held_out_48_copy(
    brief: str, context: dict[str, object], copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # a pair of pointing emoji quotes what is between them
        ("Poster A3 for the climbing gym reopening 🧗\n👉 WALLS ARE BACK 👈\nthx!!", {},
         "WALLS ARE BACK"),
        ("健身房开业海报 A4 💪\n👉 首月五折 👈\n谢谢！", {}, "首月五折"),
        # a writing emoji or an arrow opening a line labels it; alone, the lines under it
        ("square post for the vinyl fair pls 🎶\n📝 CRATE DIGGERS WELCOME", {},
         "CRATE DIGGERS WELCOME"),
        ("做一张奶茶店的小红书封面 3:4\n✍️ 第二杯半价", {}, "第二杯半价"),
        ("헬스장 오픈 이벤트 포스터 A4로 만들어줘 💪\n📝\n첫 달 50% 할인\n선착순 100명", {},
         "첫 달 50% 할인\n선착순 100명"),
        # ... after a copy word or a verb of writing, its colon
        ("story 9:16 for the pottery open studio\ntext ✍️\nMUD, WHEELS & TEA\nSun 3 Nov", {},
         "MUD, WHEELS & TEA\nSun 3 Nov"),
        ("FB cover for the florist, write ➡️ Fresh Tulips Every Friday", {},
         "Fresh Tulips Every Friday"),
        ("बेकरी का पोस्टर A4 बनाओ 🍰, लिखो ➡️ ताज़ा केक रोज़", {}, "ताज़ा केक रोज़"),
        ("카페 인스타 스토리 부탁해요 ☕ 문구 👉 오늘도 달콤하게", {}, "오늘도 달콤하게"),
        # emoji drawn in the copy stay
        ("square post for Mina's party, text: Happy Bday 🎂 Mina", {}, "Happy Bday 🎂 Mina"),
        ("story 9:16 for the tapas bar, headline 🌶️ HOT NIGHTS 🌶️", {}, "🌶️ HOT NIGHTS 🌶️"),
        # a mark before a request, or arrows as a list's bullets, mark no copy
        ("📝 need a flyer for the spelling bee, A5", {}, None),
        ("👉 make the sky darker 👈", {"current_image": True}, None),
        ("➡️ logo thoda bada kar do", {"current_image": True}, None),
        ("Poster A4 for the fun run\n→ use our blue\n→ no faces please", {}, None),
    ],
)  # fmt: skip
def test_emoji_that_point_at_the_copy_or_stand_for_writing_are_marks(
    brief: str, context: dict[str, object], copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "chat"),
    [
        ("need it by 5pm pls 🙏", True),
        ("ty so much!!", True),
        ("🌱🌱🌱", True),
        ("明日までにお願いします🙏", True),
        ("빨리 부탁드려요 ㅠㅠ", True),
        ("麻烦尽快，谢谢🙏", True),
        ("jaldi bhejo plz 🙏", True),
        ("कल सुबह तक चाहिए!!", True),
        ("কাল সকালের মধ্যে লাগবে 🙏", True),
        # a time or a day with no deadline said, or more words, is a line of copy
        ("Tonight 8pm", False),
        ("今夜 18時から", False),
        ("오늘만 1+1", False),
        ("今晚8点前有效", False),
        ("Aaj raat tak 20% off", False),
        ("আজ থেকে ভর্তি শুরু", False),
        ("1+1 8/31까지", False),
    ],
)
def test_a_chat_line_is_urgency_a_deadline_pleading_or_thanks_alone(line: str, chat: bool) -> None:
    assert chat_line(line) is chat


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("A5 flyer for the car wash\nheadline: Shine in 10 Minutes\nneed it by 5pm pls 🙏",
         "Shine in 10 Minutes"),
        ("美容院のインスタ投稿 1:1\nコピー：髪も心も軽やかに\n明日までにお願いします🙏",
         "髪も心も軽やかに"),
        ("치킨집 전단지 A5 부탁해요\n문구: 오늘 밤은 치킨이닭\n빨리 부탁드려요 ㅠㅠ",
         "오늘 밤은 치킨이닭"),
        ("火锅店海报 A3\n标题：冬天就要吃火锅\n麻烦尽快，谢谢🙏", "冬天就要吃火锅"),
        ("mobile shop ka poster A4\nlikho: EXCHANGE OFFER ₹2000 tak\njaldi bhejo plz 🙏",
         "EXCHANGE OFFER ₹2000 tak"),
        ("বইয়ের দোকানের পোস্টার A4\nলেখা: পুজোর নতুন বই এসেছে\nকাল সকালের মধ্যে লাগবে 🙏",
         "পুজোর নতুন বই এসেছে"),
        ("square post for the plant shop\ntext: Grow Something Today\n🌱🌱🌱",
         "Grow Something Today"),
        # a change of mind on the next line turns back to the request
        ("poster A3 for the comic swap\ntext ✍️\nSWAP, READ, REPEAT\nSat 9 Nov\n"
         "actually no, make it A2",
         "SWAP, READ, REPEAT\nSat 9 Nov"),
        # ... the next line is copy
        ("A5 flyer for the jazz bar\nheadline: JAZZ ON THE ROOF\nTonight 8pm",
         "JAZZ ON THE ROOF\nTonight 8pm"),
        ("빵집 포스터 A4\n문구: 갓 구운 소금빵\n오늘만 1+1", "갓 구운 소금빵\n오늘만 1+1"),
        ("sweet shop ka poster A4\nlikho: Diwali Dhamaka\nAaj raat tak 20% off",
         "Diwali Dhamaka\nAaj raat tak 20% off"),
    ],
)  # fmt: skip
def test_a_labelled_line_stops_at_chat_under_it(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # old copy → new copy: the new one, without what leads to it
        ("the date's wrong 😩 it says 12 Oct → should be 19 Oct", {"current_image": True},
         "19 Oct"),
        ("fix the headline pls: GRAND OPENING → ‘NOW OPEN DAILY’", {"current_image": True},
         "NOW OPEN DAILY"),
        ("キャッチ 秋の新作 → 「冬の新作」に直して", {"current_image": True}, "冬の新作"),
        ("date galat hai 😅 5 March → '9 March' kar do", {"current_image": True}, "9 March"),
        # an arrow to the next step, and an arrow inside the copy
        ("logo's too small 😬 ➡️ make it bigger pls", {"current_image": True}, None),
        ("banner 16:9 for the coach company, headline: Bristol → Bath, every hour", {},
         "Bristol → Bath, every hour"),
        # a hashtag put on the image is copy; one for the caption is not
        ("square post for the beach cleanup, put #CleanTides on the image, the other tags go in "
         "the caption", {}, "#CleanTides"),
        ("square post for the beach cleanup, I'll add #CleanTides in the caption", {}, None),
        ("북카페 인스타 피드 1:1 만들어줘, 사진 위에 #책과커피 넣어줘", {}, "#책과커피"),
        ("북카페 인스타 피드 1:1 만들어줘, 캡션에 #책과커피 넣을게요", {}, None),
        ("বইমেলার ইনস্টা পোস্ট 1:1, ছবিতে #বইমেলা২০২৫ লিখে দাও", {}, "#বইমেলা২০২৫"),
        ("বইমেলার ইনস্টা পোস্ট 1:1 বানাও, #বইমেলা২০২৫ ক্যাপশনে দেব", {}, None),
        # a size names the line before its colon
        ("火锅店海报 A3，右下角加一行小字：活动解释权归本店所有", {}, "活动解释权归本店所有"),
        ("A4 poster for the raffle, small print 📝 T&Cs apply", {}, "T&Cs apply"),
    ],
)  # fmt: skip
def test_forms_of_held_out_49_copy(
    brief: str, context: dict[str, object], copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # money said gone is this work's spend, images counted beside it or not
        ("wait we only made like 4 images and the money is already gone??", {}, "lookup_spend"),
        ("몇 장 만들었는데 벌써 돈이 이렇게 많이 나갔어요?", {}, "lookup_spend"),
        ("才做了几张图钱就花了这么多？？", {}, "lookup_spend"),
        ("sirf 3 image banaye aur itne paise chale gaye??", {}, "lookup_spend"),
        ("মাত্র কয়েকটা ছবি বানালাম আর এত টাকা চলে গেল??", {}, "lookup_spend"),
        # ... what one named image cost is that image's; a visual about money is a visual
        ("那张海报花了多少钱？", {}, "lookup_images"),
        ("A4 poster for our Money Week workshop, piggy banks and coins", {}, "generate_image"),
        # a bare format with urgency names no subject
        ("poster!! need it NOW!! 🔥", {}, "ask_clarifying_question"),
        ("ポスター！！今すぐほしい！！", {}, "ask_clarifying_question"),
        ("海报！！今晚就要！！", {}, "ask_clarifying_question"),
        ("পোস্টার!! এখনই চাই!! 🙏", {}, "ask_clarifying_question"),
        ("海报！！火锅店开业！！今晚就要！！", {}, "generate_image"),
        # one more of the current image, in any language
        ("再来一张竖版 9:16 的", {"current_image": True}, "generate_image"),
        ("もう一枚、縦長 9:16 で", {"current_image": True}, "generate_image"),
    ],
)  # fmt: skip
def test_forms_of_held_out_49_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.rule_choice(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # the wrapping of formal correspondence names no subject
        (
            "Dear team, would you kindly produce a 1:1 post at your earliest convenience? "
            "Warm regards, the Press Office",
            {},
            "ask_clarifying_question",
        ),
        (
            "안녕하십니까. 1200x628 크기로 하나 제작해 주시면 감사하겠습니다.",
            {},
            "ask_clarifying_question",
        ),
        ("恳请制作一张16:9横幅，谢谢。", {}, "ask_clarifying_question"),
        (
            "恐れ入りますが、1:1の画像を一枚作成していただけますでしょうか。",
            {},
            "ask_clarifying_question",
        ),
        ("कृपया एक 1:1 पोस्ट बनाने का कष्ट करें। सधन्यवाद।", {}, "ask_clarifying_question"),
        ("অনুগ্রহ করে একটি ৯:১৬ স্টোরি বানিয়ে দেবেন।", {}, "ask_clarifying_question"),
        # ... and around a subject it is still a request for that visual
        (
            "Dear team, would you kindly produce a 1:1 post announcing our Leeds warehouse "
            "opening at your earliest convenience? Warm regards, the Press Office",
            {},
            "generate_image",
        ),
        ("恳请为我司新开的火锅店制作一张16:9横幅，谢谢。", {}, "generate_image"),
        # ... nor says what to change
        ("Kripya ise zara badal dijiye.", {"current_image": True}, "ask_clarifying_question"),
        (
            "Kripya iska background safed karne ka kasht karein.",
            {"current_image": True},
            "edit_image",
        ),
    ],
)
def test_formal_wrapping_routing(brief: str, context: dict[str, object], tool: str) -> None:
    assert planner.rule_choice(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # a formal close opens the signature under the copy
        (
            "いつもお世話になっております。正方形の画像をお願いいたします。文言は以下の通りでございます。\n"
            "春を包む、桜もち\nどうぞよろしくお願い申し上げます。\n和菓子処 松風 販売部",
            {},
            "春を包む、桜もち",
        ),
        (
            "烦请制作一张3:4海报，文案如下：\n读书的春天\n敬请费心，谢谢！\n青石书局 敬上",
            {},
            "读书的春天",
        ),
        ("4:5 पोस्टर, पंक्ति:\nपढ़ें, सीखें, आगे बढ़ें\nसधन्यवाद।\nपुस्तकालय समिति", {}, "पढ़ें, सीखें, आगे बढ़ें"),
        ("১:১ পোস্ট, লেখা:\nবইয়ের সাথে বসন্ত\nধন্যবাদান্তে,\nঅরিন্দম দাস", {}, "বইয়ের সাথে বসন্ত"),
        # ... a line of copy that thanks is still copy
        (
            "Square post for our volunteer drive, text:\nThank You, Volunteers",
            {},
            "Thank You, Volunteers",
        ),
        # old copy replaced in a formal passive, or with के स्थान पर
        (
            "Might the title be changed from 'Harbour Lights' to 'Lights on the Harbour'?",
            {"current_image": True},
            "Lights on the Harbour",
        ),
        (
            "कृपया शीर्षक 'नई शुरुआत' के स्थान पर 'हर दिन नई शुरुआत' कर दीजिए।",
            {"current_image": True},
            "हर दिन नई शुरुआत",
        ),
    ],
)
def test_formal_copy(brief: str, context: dict[str, object], copy: str) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "context", "tool"),
    [
        # a formal request to be told or shown asks about this work as a question does
        ("Kindly let us know the total we have spent so far this quarter.", {}, "lookup_spend"),
        (
            "지난주 저희 약국 캠페인용으로 제작된 이미지들을 보여 주시기 바랍니다.",
            {},
            "lookup_images",
        ),
        ("저희 카페 광고 배너가 반려된 사유를 알려 주시기 바랍니다.", {}, "lookup_holds"),
        ("烦请列出上个月为我店制作的全部海报。", {}, "lookup_images"),
        ("烦请告知我司已批准的品牌参考图。", {}, "lookup_references"),
        ("कृपया इस तिमाही का कुल व्यय बताने का कष्ट करें।", {}, "lookup_spend"),
        (
            "Kripya hamare hotel ke anumodit sandarbh chitra (approved references) batane ka "
            "kasht karein.",
            {},
            "lookup_references",
        ),
        ("অনুগ্রহ করে এই মাসের মোট ব্যয় জানাবেন।", {}, "lookup_spend"),
        # ... and of atelier in general, a reply
        ("일반적으로 이미지 제작 비용이 어떻게 책정되는지 여쭙고자 합니다.", {}, "reply"),
        (
            "I was wondering whether you might explain, broadly, how images are priced.",
            {},
            "reply",
        ),
        # formal finals, and a formal change with no instruction
        ("यह संस्करण उपयुक्त है, कृपया इसे अंतिम रूप दें।", {"current_image": True}, "finalize_image"),
        ("烦请帮忙调整一下，谢谢。", {"current_image": True}, "ask_clarifying_question"),
        ("烦请帮忙把背景改成浅灰色，谢谢。", {"current_image": True}, "edit_image"),
    ],
)
def test_formal_questions_and_finals_routing(
    brief: str, context: dict[str, object], tool: str
) -> None:
    assert planner.rule_choice(Brief(text=brief, **context)) == tool  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "A4 포스터를 제작해 주시기 바랍니다. 문구는 아래와 같습니다.\n"
            "건강한 봄맞이\n전 품목 10% 할인",
            "건강한 봄맞이\n전 품목 10% 할인",
        ),
        ("烦请制作一张1:1海报，并在顶部写上 周年庆 全场八折 字样。", "周年庆 全场八折"),
        # 字样 run on with no space, or "这几个字", closes the copy all the same
        ("开业海报，竖版，写上开业大吉字样", "开业大吉"),
        ("海报3:4，底部印上满百减二十这几个字", "满百减二十"),
        # ... but a name that starts with it is the copy
        ("竖版海报，写上：字样设计工作室", "字样设计工作室"),
    ],
)
def test_formal_label_sentence_and_zi_yang(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "context", "copy"),
    [
        # a verdict on the copy ends it
        (
            "A 4:5 post for the bakery; the headline Warm Bread, Warmer Welcome would be "
            "perfect. Kind regards, Tom",
            {},
            "Warm Bread, Warmer Welcome",
        ),
        # a Hindi verb of writing after the surface and यह, an emoji before the copy a mark
        ("1:1 पोस्ट तैयार करें। पोस्ट पर यह लिखें 🥐 ताज़ा नाश्ता हर सुबह", {}, "ताज़ा नाश्ता हर सुबह"),
        # ... an emoji drawn at its end is part of it
        ("4:5 पोस्टर बना दीजिए। बैनर पर यह लिखें दिवाली धमाका सेल 🎉", {}, "दिवाली धमाका सेल 🎉"),
        # copy after the colon of a formal verb of adding
        (
            "Kripya chitra ke upar yeh pankti jodne ka kasht karein: Har Ravivaar Band",
            {"attachments": 1},
            "Har Ravivaar Band",
        ),
        # a quote before करने का कष्ट करें is the new copy
        (
            "कृपया शीर्षक 'सुबह की चाय' के स्थान पर 'हर सुबह, नई चाय' करने का कष्ट करें।",
            {"current_image": True},
            "हर सुबह, नई चाय",
        ),
        # a quoted campaign name beside the copy is not copy
        (
            "'रंग उत्सव' अभियान हेतु 16:9 बैनर तैयार करें। बैनर पर यह पंक्ति हो: “Colours of Our City”",
            {},
            "Colours of Our City",
        ),
        # Japanese copy set off by spaces before と追記
        (
            "画像の右上に 期間限定 と追記していただけますでしょうか。",
            {"current_image": True},
            "期間限定",
        ),
    ],
)
def test_formal_copy_forms(brief: str, context: dict[str, object], copy: str) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "brief",
    [
        "kripya is poster mein sudhar dijiye: logo ko bada kar dijiye",
        "इस बैनर में सुधार कीजिए: लोगो को थोड़ा छोटा कर दीजिए",
        "এই পোস্টারটা ঠিক করে দাও: লোগোটা বড় করে দাও",
        "このチラシを直してください：背景をもう少し暗くしてください",
        "이 포스터 좀 고쳐 주세요: 배경을 더 밝게 해 주세요",
        "Please fix the flyer: the background needs to be darker",
    ],
)
def test_a_change_after_the_colon_is_no_copy(brief: str) -> None:
    # the colon opens the change asked for, which names a part of the image
    assert planner.copy_text(Brief(text=brief, current_image=True)) is None


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # copy that happens to name a part of a visual and a verb is still copy
        ("Poster headline: Text Us Today", "Text Us Today"),
        ("Story banner, copy: Colours that change with you", "Colours that change with you"),
    ],
)
def test_copy_naming_a_part_of_a_visual_stays(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "Instagram post for the bakery with 🥐 Fresh at 7am 🥐 across the top",
            "🥐 Fresh at 7am 🥐",
        ),
        ("做一张小红书封面 3:4，中间写 🍵 新茶上市 🍵 就好", "🍵 新茶上市 🍵"),
        (
            "Diwali ke liye Instagram post banao jisme 🪔 Shubh Deepavali 🪔 likha ho",
            "🪔 Shubh Deepavali 🪔",
        ),
        # lower-case words between two emoji are prose, not copy
        (
            "make a 1:1 post with 🎈 and 🎈 balloons all around, text: Happy 5th Birthday",
            "Happy 5th Birthday",
        ),
        ("Instagram post, text: 🔥 40% OFF 🔥", "🔥 40% OFF 🔥"),
    ],
)
def test_copy_framed_by_the_same_emoji(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    "brief",
    [
        "'Boishakhi Mela' campaign er jonno koyta chhobi banano hoyechhilo?",
        "Pujo sale er jonno ki ki chhobi banano hoyechhe?",
        "গত মাসে নববর্ষের জন্য কী কী ছবি বানানো হয়েছিল?",
        "How many images were made for the Spring Gala campaign in March?",
    ],
)
def test_images_made_for_a_campaign_are_looked_up(brief: str) -> None:
    assert planner.choose(Brief(text=brief)) == planner.LOOKUP_IMAGES


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("add the line open till late under the logo", "open till late"),
        ("put the words Fresh Daily bottom right", "Fresh Daily"),
        ("add the text Back in Stock in this spot", "Back in Stock"),
        ("add a line under the headline", None),
    ],
)
def test_added_copy_stops_before_its_place(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("title ko English mein kar do: Sweet Memories", "Sweet Memories"),
        ("हेडलाइन को हिंदी में कर दो: मीठे पल", "मीठे पल"),
        ("হেডলাইনটা বাংলায় করে দাও: নতুন বই এসেছে", "নতুন বই এসেছে"),
        ("제목을 영어로 바꿔 줘: Summer Sale", "Summer Sale"),
        ("見出しを英語にしてください：Welcome to Kyoto", "Welcome to Kyoto"),
        ("文字は英語で AUTUMN 🍂 MENU IS HERE だけ載せてください。", "AUTUMN 🍂 MENU IS HERE"),
        # a language name that opens the copy stays
        ("change the headline to English Breakfast All Day", "English Breakfast All Day"),
    ],
)
def test_the_language_asked_is_not_copy(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "ジムの10周年インスタ投稿を作ってください。コピーは二行で\n10年、ありがとう\n今週は体験無料",
            "10年、ありがとう\n今週は体験無料",
        ),
        (
            "Gym post banao, text दो लाइन में\n10 Saal Mazboot\nPoore hafte free class",
            "10 Saal Mazboot\nPoore hafte free class",
        ),
        ("做一张小红书封面 3:4，上面写 COFFEE DAY 第二杯半价，别的不要", "COFFEE DAY 第二杯半价"),
        ("用英文写 OPEN LATE 的夜宵店海报，A3", "OPEN LATE"),
        ("给这张照片加一句「周末满减」，店名「老街茶铺」不用写上来", "周末满减"),
        ("把角落的贴纸去掉，换成一行大字：今日营业到十点", "今日营业到十点"),
        ("로고 옆에 매주 토요일 휴무 한 줄 넣어 주세요", "매주 토요일 휴무"),
        ("맨 위에 작은 글씨로 한 줄 추가해 줘", None),
    ],
)
def test_line_counts_places_and_clauses_around_copy(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    "brief",
    ["add the line art of a bike next to the logo", "add a line drawing of a teapot in the corner"],
)
def test_line_art_added_is_no_copy(brief: str) -> None:
    # "line art" names a kind of picture, not a line of copy
    assert planner.copy_text(Brief(text=brief, current_image=True)) is None


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        ("Thanks, the client was very pleased with the posters. Have a great weekend!", "reply"),
        ("ありがとう、お客さんもバナーに満足していました", "reply"),
        ("I've been assigned a poster, kindly do the needful", "ask_clarifying_question"),
        ("बॉस ने बोला है एक बैनर बना दो", "ask_clarifying_question"),
        ("이 포스터 만드는 데 비용 얼마 들었어요?", "lookup_spend"),
        ("We made just two flyers, how is the bill this much?", "lookup_spend"),
        ("上个月出的海报都发我", "lookup_images"),
    ],
)
def test_office_shorthand_routes(brief: str, tool: str) -> None:
    # praise of made work, a job handed down, cost complaints and 出图 are read for what they ask
    assert planner.rule_choice(Brief(text=brief)) == tool


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "Poster for the clinic, text should be Open On Sundays\nFormat to follow.",
            "Open On Sundays",
        ),
        ("Salon r jonno 4:5 post, lekha thakbe FRESH CUTS, FAIR PRICES", "FRESH CUTS, FAIR PRICES"),
        # words written on a part of the thing shown, in capitals or another script
        (
            "Put the tote on a park bench and write Carry Less, Live More on the strap",
            "Carry Less, Live More",
        ),
        ("Put this jar on a shelf and write 手作りジャム on the lid", "手作りジャム"),
        ("Put this box on a table and write something cheerful on the lid", None),
        # capitals naming a look word are still lettered: no description of the copy's look
        ("Tailor er jonno square post, lekha thakbe CUT, COLOUR, CARE", "CUT, COLOUR, CARE"),
        (
            "Dhobi ke liye square post, likh do BRIGHT COLOURS, SOFT TOUCH",
            "BRIGHT COLOURS, SOFT TOUCH",
        ),
        ("square post for the dhaba, likh do colourful font mein", None),
        ("가운데 BEST 배지 달아 주세요", "BEST"),
        ("底部写上 FREE WIFI", "FREE WIFI"),
        ("Remove the SALE badge", None),
        ("Flyer for the fair, A5\n🎈 Fun For All\noita likhe diyo", "Fun For All"),
        ("Make the title 'Spring Fair'... actually no need to change the text, crop it.", None),
    ],
)
def test_office_shorthand_copy(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        ("how come the candle batch cost double what the soap batch did?", "lookup_spend"),
        ("SKU별 비용 정리해서 보여줘", "lookup_spend"),
        ("这批图的成本怎么这么高？", "lookup_spend"),
        ("ei set er chobi gulor khoroch eto beshi keno?", "lookup_spend"),
        ("一般的に、画像一枚あたりの料金はどのくらいでしょうか。", "reply"),
        ("Infographic 1:1 for our meal-prep set: cost per set under $5", "generate_image"),
    ],
)
def test_cost_by_sku_set_or_batch_is_this_works_spend(brief: str, tool: str) -> None:
    # a unit of this work named beside its cost asks what the work cost; per image in
    # general asks atelier's price
    assert planner.rule_choice(Brief(text=brief)) == tool


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        ("final V-318 pls", "finalize_image"),
        ("定稿 MK-904，谢谢", "finalize_image"),
        ("P-450 को फाइनल कर दो", "finalize_image"),
        ("Final sale poster A4 for the BX-40 blender", "generate_image"),
    ],
)
def test_final_word_beside_a_draft_code(brief: str, tool: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == tool


@pytest.mark.parametrize(
    ("brief", "tool"),
    [
        ("these four photos", "ask_clarifying_question"),
        ("这两张", "ask_clarifying_question"),
        ("এই দুটো ছবি", "ask_clarifying_question"),
        ("these two photos, put them side by side", "edit_image"),
    ],
)
def test_attachments_only_counted_ask_what_to_do(brief: str, tool: str) -> None:
    assert planner.rule_choice(Brief(text=brief, attachments=2)) == tool


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("the price in the corner: €24.50 → €19.90", "€19.90"),
        ("원래 15,000원에서 12,000원으로 바꿔줘", "12,000원"),
        ("把 ¥88 换成 ¥68", "¥68"),
        ("₹2,499 hata ke ₹1,799 likh do", "₹1,799"),
        ("update the fee from $40 to $35, rest is fine", "$35"),
    ],
)
def test_a_changed_price_gives_the_new_one(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "Infographic 1:1 for the LB-7 lunch box\nLeak-proof\nSnap-on Lid Cover",
            "Leak-proof\nSnap-on Lid Cover",
        ),
        (
            "商品画像 1:1 水筒 WB-3\n保冷12時間\n洗えるボトルカバー",
            "保冷12時間\n洗えるボトルカバー",
        ),
        ("Flyer A5 for the book fair\nthen the poster", None),
    ],
)
def test_a_format_word_ending_a_feature_line_is_a_part(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("ইনস্টাগ্রাম পোস্ট ১:১, চায়ের দোকান, লেখা সকালের চা মাত্র ১০ টাকা", "সকালের চা মাত্র ১০ টাকা"),
        ("লেখা বড় করো", None),
        ("ফেসবুক কভার, জুতার দোকান, নিচে FREE DELIVERY", "FREE DELIVERY"),
        ("উপরে লোগো বসাও", None),
        ("পোস্টার A4, লোগো উপরে 🌸 Spring Sale", "Spring Sale"),
        ("ডানদিকে একটা স্টিকার দাও: সেরা দাম", "সেরা দাম"),
    ],
)
def test_unquoted_bengali_copy_after_its_label_place_or_colon(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("Tabloid flyer, 3mm bleed, CMYK coated, 300dpi, print-ready PDF please.", planner.CLARIFY),
        ("B1ポスター、塗り足し3mm、CMYK、350dpi、PDF/X-1aで入稿。", planner.CLARIFY),
        ("৮২০x৩১২, JPG, ৩ মিমি ব্লিড, CMYK।", planner.CLARIFY),
        ("A3 海报,出血3mm,CMYK,宠物医院的免费体检日。", planner.GENERATE),
    ],
)
def test_production_specs_alone_name_no_subject(brief: str, action: str) -> None:
    assert _choose(brief) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("Kill the disclaimer and reflow the body text on the A5 leaflet.", planner.REPLY),
        ("Make a new A5 leaflet for the pottery class and drop the tagline idea", planner.GENERATE),
    ],
)
def test_reworking_copy_or_layout_with_no_image_asks_for_it(brief: str, action: str) -> None:
    assert _choose(brief) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("Kon kon size support kore? Billboard size hobe ki?", planner.REPLY),
        ("어떤 사이즈까지 지원하나요? 현수막 크기도 되나요?", planner.REPLY),
        ("Can atelier make a billboard for our tyre shop, 'Grip that lasts'?", planner.GENERATE),
    ],
)
def test_which_sizes_atelier_offers_is_a_question(brief: str, action: str) -> None:
    assert _choose(brief) == action


@pytest.mark.parametrize(
    ("brief", "action", "attachments"),
    [
        ("जो पोस्टर पिछले हफ्ते बने थे, वो दिखाओ।", planner.LOOKUP_IMAGES, 0),
        ("承認済みのリファレンスに花屋のロゴがあるか確認して。", planner.LOOKUP_REFERENCES, 0),
        ("Approved reference e bakery r logo ache kina dekho.", planner.LOOKUP_REFERENCES, 0),
        ("Tinte chhobi pathalam, mile kore dao.", planner.CLARIFY, 3),
    ],
)
def test_earlier_work_references_checked_and_a_bare_combine(
    brief: str, action: str, attachments: int
) -> None:
    assert _choose(brief, attachments=attachments) == action


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "Put this teapot on a slate shelf and add SMALL BATCH SINCE 1988 bottom-right.",
            "SMALL BATCH SINCE 1988",
        ),
        ("Gym poster 1:1 for Ironside Fitness, put OPEN 24/7 top right", "OPEN 24/7"),
        ("Put this teapot on a slate shelf and add our logo bottom-right.", None),
    ],
)
def test_capitals_added_at_a_bare_place_are_the_copy(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, attachments=1)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("Bakery ke liye A5 flyer chahiye 🥐 Subah ki pehli roti", "Subah ki pehli roti"),
        ("꽃집 인스타 피드 1:1로 부탁해요 🌷 봄은 꽃집에서", "봄은 꽃집에서"),
        ("Square post for the florist please 🌷 make it pastel", None),
        ("花屋のインスタ投稿、正方形でお願いします 🙏 内容はまだ決めてません", None),
        ("Square post, caption on it: Spring 🌷 Sale", "Spring 🌷 Sale"),
    ],
)
def test_words_after_an_emoji_closing_the_request_are_the_copy(
    brief: str, copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "Client: Juniper Dental\nFormat: LinkedIn post, 1200x1200\nVisual: bright reception"
            "\nHeadline: SMILE, IT'S MONDAY\nThat's all the copy, cheers!",
            "SMILE, IT'S MONDAY",
        ),
        ("客户: 山海咖啡\n格式: 小红书竖图 1080x1440\n标题: 早八续命\n就这些，谢谢！", "早八续命"),
        (
            "Poster A3 for the jazz bar\nHeadline: LATE SETS\nFRIDAYS 11PM",
            "LATE SETS\nFRIDAYS 11PM",
        ),
    ],
)
def test_a_copy_field_among_fields_ends_at_its_line(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("can you make the square one for facebook", planner.CLARIFY),
        ("インスタのストーリーのやつお願い", planner.CLARIFY),
        ("인스타 스토리 사이즈로 하나 만들어줘", planner.CLARIFY),
        ("小红书那种竖的来一个", planner.CLARIFY),
        ("insta wala bana do", planner.CLARIFY),
        ("ফেসবুক পোস্টের সাইজের টা বানাও", planner.CLARIFY),
        ("카톡 프사 사이즈로 하나 해줘, 우리 떡집 개업 기념", planner.GENERATE),
        ("whatsapp status wala bana do, meri mehendi shop ke liye", planner.GENERATE),
        ("朋友圈方的做一个,卖我们家的手工水饺", planner.GENERATE),
    ],
)
def test_a_format_named_as_the_one_of_its_shape_or_use_is_no_subject(
    brief: str, action: str
) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("wot did u make us in march? need the eid one again", planner.LOOKUP_IMAGES),
        ("你们那边存的我们的logo是哪个颜色的?", planner.LOOKUP_REFERENCES),
        ("what is atelier? can it do flyers?", planner.REPLY),
        ("アトリエって何?メニュー表も作れる?", planner.REPLY),
        ("아틀리에는 뭐 하는 거예요? 전단지도 돼요?", planner.REPLY),
        ("atelier kya karta hai? menu card bana sakta hai?", planner.REPLY),
        ("atelier ki kore? flyer hoy?", planner.REPLY),
        (
            "what is atelier? anyway make me an A4 flyer for my shoe repair stall, "
            "'Heels fixed while you wait'",
            planner.GENERATE,
        ),
    ],
)
def test_hurried_lookups_and_what_atelier_is(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "copy", "context"),
    [
        (
            "erase the old sign and write FRESH FISH DAILY in its place",
            "FRESH FISH DAILY",
            {"current_image": True, "mask": True},
        ),
        ("take out the bike, put our logo there instead", None, {"current_image": True}),
        (
            "インスタ用の正方形、パン屋の新作。コピーは 焼きたて毎朝7時 でお願い",
            "焼きたて毎朝7時",
            {},
        ),
        (
            "꽃집 전단지 A4 만들어줘\n🌷어버이날 카네이션 예약 중\n색은 분홍색 톤으로 해줘",
            "어버이날 카네이션 예약 중",
            {},
        ),
        (
            "Poster A4 for my bakery\n🍞Fresh bread daily\ncolours: warm brown",
            "Fresh bread daily",
            {},
        ),
        (
            "Poster A4 for my bakery\nFresh bread daily\nOpen 7am to 2pm",
            "Fresh bread daily\nOpen 7am to 2pm",
            {},
        ),
        ("小红书竖图,宣传我们的《桂花酒酿》,上面写“买一送一”", "买一送一", {}),
        ("海报A4,上面写《老街面馆》", "老街面馆", {}),
        (
            "做个竖版海报… 算了,还是做成小红书图吧,文字 周末特价 奶茶第二杯半价",
            "周末特价 奶茶第二杯半价",
            {},
        ),
        ("海报A4,文字 大一点", None, {}),
        ("thali ₹250 se badal ke ₹199 kar do", "₹199", {"current_image": True}),
        ("थाली ₹250 से बदलकर ₹199 कर दो", "₹199", {"current_image": True}),
        ("পোস্টারে ৳১২০ কেটে ৳৯৯ করো", "৳৯৯", {"current_image": True}),
    ],
)
def test_copy_put_in_place_labelled_bare_or_struck_out(
    brief: str, copy: str | None, context: dict[str, bool]
) -> None:
    assert planner.copy_text(Brief(text=brief, **context)) == copy  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("Can atelier turn the yoga studio photo into a 6-second video for Reels?", planner.REPLY),
        ("Could you schedule the bakery posts to go out on Facebook at 8am?", planner.REPLY),
        ("この写真でTikTok用の動画って作れますか？", planner.REPLY),
        ("만든 이미지 인스타에 자동으로 올려 줄 수 있나요?", planner.REPLY),
        ("能帮我们花店做个抖音视频吗？", planner.REPLY),
        ("क्या ये पोस्टर कल सुबह अपने आप पोस्ट हो सकता है?", planner.REPLY),
        ("tomra ki amader dokaner video banate parbe?", planner.REPLY),
        # a still for a video, or a notice of bookings, is a visual asked for
        ("Can you make a 16:9 YouTube thumbnail for our knife-sharpening video?", planner.GENERATE),
        ("치과 예약 안내 인스타 피드 이미지 1:1로 만들어 줘", planner.GENERATE),
        ("为什么我那张舞蹈活动图被拒了？", planner.LOOKUP_HOLDS),
    ],
)
def test_what_atelier_does_not_do_asked_of_it(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("Which version was the lighthouse poster from Friday?", planner.LOOKUP_IMAGES),
        ("昨日の花火の画像、どのバージョンだっけ？", planner.LOOKUP_IMAGES),
        ("지난주 고양이 있는 포스터 어느 버전이었더라?", planner.LOOKUP_IMAGES),
        ("那张有猫的海报是哪个版本来着？", planner.LOOKUP_IMAGES),
        ("ডেন্টাল ক্লিনিকের বিজ্ঞাপনটা রিজেক্ট হলো কেন?", planner.LOOKUP_HOLDS),
        ("How much did each client's account cost us this week?", planner.LOOKUP_SPEND),
        ("这周做的图分别花了多少？", planner.LOOKUP_IMAGES),
    ],
)
def test_earlier_versions_rejections_and_spend_by_brand(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("空いてるところにNEWって金（#C9A227）で入れて", "NEW"),
        ("真ん中にOPENって白で入れて", "OPEN"),
        ("左上に⭐ 本日のおすすめ って入れて", "本日のおすすめ"),
        ("🌸春限定 って入れて", "🌸春限定"),
        ("左下加上 @老王烧烤", "@老王烧烤"),
        ("cc @maria can you make a poster", None),
        ("change the headline to 新春快乐, leave the rest alone", "新春快乐"),
        ("change the title to 新春快乐，万事如意", "新春快乐，万事如意"),
    ],
)
def test_copy_beside_its_colour_place_handle_or_an_english_tail(
    brief: str, copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "context", "action"),
    [
        ("水曜の投稿用になんか作っといて", {}, planner.CLARIFY),
        ("수요일 게시물용으로 뭔가 만들어 줘", {}, planner.CLARIFY),
        ("Make something for Wednesday's post", {}, planner.CLARIFY),
        ("水曜の投稿用にカレーの画像作っといて", {}, planner.GENERATE),
        ("এই দুটো ছবি একসাথে করে দাও", {"attachments": 2}, planner.CLARIFY),
    ],
)
def test_a_weekday_or_pictures_put_together_say_nothing_of_what_it_shows(
    brief: str, context: dict[str, int], action: str
) -> None:
    assert planner.rule_choice(Brief(text=brief, **context)) == action  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("카페 인스타 피드 1:1로 만들어 줘. GRAND OPEN 넣고", "GRAND OPEN"),
        ("카페 인스타 피드 1:1로 만들어 줘. LOGO 넣고", None),
        ("তারিখটা বদলে লেখো বুধবার, ১২ মার্চ", "বুধবার, ১২ মার্চ"),
    ],
)
def test_latin_copy_before_a_bare_put_and_a_date_after_its_comma(
    brief: str, copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            '> Owner: tagline "Best pies in Cork"\n> Legal: Use "Baked fresh in Cork" instead.\n'
            "> Owner: fine\nInstagram post 1:1, a pie on a windowsill.",
            "Baked fresh in Cork",
        ),
        (
            "> 店長: コピーは「県内最安」で\n"
            "> 本部: 「最安」はNGなので「毎日お得な青果市」にしてください\n"
            "> 店長: 本部案で\nチラシA4、野菜の山で。",
            "毎日お得な青果市",
        ),
        (
            '[팀장] 문구 "국내 최고 커피"로 가주세요\n[법무] "매일 아침 볶는 커피"로 해주세요\n'
            "[팀장] 법무 의견대로\n인스타 1:1 포스트, 원두 클로즈업",
            "매일 아침 볶는 커피",
        ),
        ("老板:标题“全网第一”\n法务:改成“匠心手作”\n老板:行\n海报 A4,手工皂。", "匠心手作"),
        (
            '> Boss: headline "Fresh daily"\n> Boss: and subline "Since 1982" please\n'
            "Facebook post 1200x630, the shop front.",
            "Fresh daily\nSince 1982",
        ),
    ],
)
def test_a_pasted_thread_settles_on_the_copy_a_later_speaker_puts_instead(
    brief: str, copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "action", "copy"),
    [
        ("> Dana (client): hmm, can you rework it?\nme: your call", planner.CLARIFY, None),
        ("先方から「もう少し華やかにしてほしい」とのことです。", planner.CLARIFY, None),
        ("先方から「ロゴを右上にしてほしい」とのことです。", planner.EDIT, None),
        ("老板说:“改改吧。” 没别的了", planner.CLARIFY, None),
        ("老板说:“标题换成红色。”", planner.EDIT, None),
        ("> বায়ার: একটু ভালো করে দাও\nকী বদলাবে কিছুই বলেনি", planner.CLARIFY, None),
    ],
)
def test_a_relayed_client_wish_says_what_to_change_or_is_a_bare_change(
    brief: str, action: str, copy: str | None
) -> None:
    brief_ = Brief(text=brief, current_image=True)
    assert planner.rule_choice(brief_) == action
    assert planner.copy_text(brief_) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "Poster A3, the pier at dusk, headline in caps SEA FOOD. SEA VIEWS.",
            "SEA FOOD. SEA VIEWS.",
        ),
        ("Poster A3 of the pier, in caps OPEN. A new season starts", "OPEN"),
        ("1:1 post of the scones, put 焼きたて small in the top corner", "焼きたて"),
        ("LINE用1040x1040、文字は英語で GRAND SALE — KOBE", "GRAND SALE — KOBE"),
        (
            "배너 1200x628, 문구는 딱 한 줄\nFREE SHIPPING #FF5500\n색은 주황으로요.",
            "FREE SHIPPING #FF5500",
        ),
        ("海报 A4，文案就两行\n开学季\n全场八折\n其他随意。", "开学季\n全场八折"),
    ],
)
def test_copy_beside_its_own_cue(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "Post 1:1 for car loans.\nText:\nRates from 5.9% APR*\n*Subject to approval",
            "Rates from 5.9% APR*\n*Subject to approval",
        ),
        ("치과 게시물 4:5\n문구:\n스케일링 1만원*\n*연 1회", "스케일링 1만원*\n*연 1회"),
        (
            "Story 9:16 for the clinic.\nText:\n* Whitening from $199\n* Free check-up",
            "Whitening from $199\nFree check-up",
        ),
    ],
)
def test_a_footnote_under_an_asterisked_line_keeps_its_mark(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("Post 1:1, upar HEALTH CAMP 2025-26 likh dena.", "HEALTH CAMP 2025-26"),
        ("Poster A4, upar OPEN DAY likho, neeche 12-14 MAY likho.", "OPEN DAY\n12-14 MAY"),
    ],
)
def test_a_piece_inside_a_longer_line_of_copy_is_not_a_line_again(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "attachments", "current", "action"),
    [
        ("need a 9:16 by monday, thanks", 0, False, planner.CLARIFY),
        (
            "from the client's WhatsApp: 'move the logo to the top'. Can you?",
            0,
            False,
            planner.REPLY,
        ),
        ("pull up the posters from R2 please", 0, False, planner.LOOKUP_IMAGES),
        ("定时在周日晚上发到公众号可以吗？", 0, True, planner.REPLY),
        ("ei tinte chhobi mix kore dao", 3, False, planner.CLARIFY),
        ("この3枚、組み合わせてください", 3, False, planner.CLARIFY),
        ("첨부한 가방 사진, 어디 분위기 있는 데 놓아주세요", 1, False, planner.CLARIFY),
        (
            "Attached: our van. The client wants it turned into a snowy street at dawn.",
            1,
            False,
            planner.EDIT,
        ),
    ],
)
def test_relayed_and_hurried_asks_route_by_what_they_ask(
    brief: str, attachments: int, current: bool, action: str
) -> None:
    b = Brief(text=brief, attachments=attachments, current_image=current)
    assert planner.rule_choice(b) == action


@pytest.mark.parametrize(
    ("brief", "current", "action", "copy"),
    [
        (
            "uh can you do a square post for the bike shop headline Spring Tune Ups Are Here"
            " and like show a wrench on a chain you know",
            False,
            planner.GENERATE,
            "Spring Tune Ups Are Here",
        ),
        (
            "story for the bakery each card says at the bottom Fresh Bread Daily um with a loaf"
            " on a wooden board",
            False,
            planner.GENERATE,
            "Fresh Bread Daily",
        ),
        (
            "poster for the plumber across the top NO HOT WATER? CALL TODAY",
            False,
            planner.GENERATE,
            "NO HOT WATER? CALL TODAY",
        ),
        (
            "banner for the gym headline Summer Shred Challenge okay",
            False,
            planner.GENERATE,
            "Summer Shred Challenge",
        ),
        (
            "flyer for the car wash text FULL WASH $12 no scratch that"
            " the text is FULL WASH $15 okay",
            False,
            planner.GENERATE,
            "FULL WASH $15",
        ),
        (
            "my sister says Fresh Today sounds nicer, can you make a square post for the florist",
            False,
            planner.GENERATE,
            None,
        ),
        (
            "A4 チラシ ピアノ教室 見出し 春の体験レッスン受付中 えーと以上",
            False,
            planner.GENERATE,
            "春の体験レッスン受付中",
        ),
        (
            "インスタ用 正方形 パン屋の新作 真ん中に 焼きたて毎朝7時 って入れといて",
            False,
            planner.GENERATE,
            "焼きたて毎朝7時",
        ),
        ("A4 チラシ、テニス教室。見出し 大きめで", False, planner.GENERATE, None),
        (
            "えーと 定休日水曜って書いてあるとこ カッコ 定休日木曜 カッコとじ に直して",
            True,
            planner.EDIT,
            "定休日木曜",
        ),
        (
            "카페 전단지 하나 만들어줘 위에 아메리카노 두 잔 오천원 써줘",
            False,
            planner.GENERATE,
            "아메리카노 두 잔 오천원",
        ),
        (
            "꽃집 배너 영어로 Fresh Flowers Daily 쓰고 음 배경은 연두색으로 해줘",
            False,
            planner.GENERATE,
            "Fresh Flowers Daily",
        ),
        (
            "'주말 특가'라고 된 거 지우고 '평일 10% 할인'으로 바꿔줘",
            True,
            planner.EDIT,
            "평일 10% 할인",
        ),
        (
            "एक बैनर बनाओ जिम का, लिखो न्यू ईयर ऑफर 20% छूट नहीं नहीं लिखो न्यू ईयर ऑफर 25% छूट",
            False,
            planner.GENERATE,
            "न्यू ईयर ऑफर 25% छूट",
        ),
        (
            "जहाँ लिखा है 'कल बंद' उसकी जगह 'रविवार को भी खुला' लिखो",
            True,
            planner.EDIT,
            "रविवार को भी खुला",
        ),
        (
            "ek poster banao chai stall ka, quote unquote Garam Chai Har Subah likhna hai bas",
            False,
            planner.GENERATE,
            "Garam Chai Har Subah",
        ),
        (
            "একটা পোস্টার বানাও ‘ঈদ অফার’ না না ‘ঈদ মোবারক ২০% ছাড়’ লেখো",
            False,
            planner.GENERATE,
            "ঈদ মোবারক ২০% ছাড়",
        ),
        (
            "একটা ব্যানার বানাও মিষ্টির দোকানের জন্য\nলেখা\nরসগোল্লা প্রতি পিস ১০ টাকা\nব্যস",
            False,
            planner.GENERATE,
            "রসগোল্লা প্রতি পিস ১০ টাকা",
        ),
        (
            "একটা পোস্টার বানাও বইমেলার জন্য\nলেখা\nবইমেলা ২০২৬\nসবার আমন্ত্রণ",
            False,
            planner.GENERATE,
            "বইমেলা ২০২৬\nসবার আমন্ত্রণ",
        ),
    ],
)
def test_dictated_copy_ends_at_a_filler_a_closing_word_or_the_next_instruction(
    brief: str, current: bool, action: str, copy: str | None
) -> None:
    b = Brief(text=brief, current_image=current)
    assert planner.rule_choice(b) == action
    assert planner.copy_text(b) == copy


@pytest.mark.parametrize(
    ("brief", "action", "copy"),
    [
        ("能不能帮我直接发到小红书 周五晚上八点", planner.REPLY, None),
        ("能不能把背景换成蓝色", planner.EDIT, None),
        ("parso shaam 6 baje ise instagram pe daal sakte ho kya", planner.REPLY, None),
        ("ise instagram pe daalne layak banao, thoda bright karo", planner.EDIT, None),
        (
            "빵집 포스터 배경은 노을로 하고 '매일 아침 8시 오픈' 요것도 써줘",
            planner.EDIT,
            "매일 아침 8시 오픈",
        ),
    ],
)
def test_posting_asked_without_a_question_word_and_a_quote_pointed_back_at(
    brief: str, action: str, copy: str | None
) -> None:
    b = Brief(text=brief, current_image=True)
    assert planner.rule_choice(b) == action
    assert planner.copy_text(b) == copy


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("salon er approved reference chobi ki ki ache", planner.LOOKUP_REFERENCES),
        ("hamare approved reference photo kya kya hain", planner.LOOKUP_REFERENCES),
        ("আমাদের অনুমোদিত রেফারেন্স ছবি গুলো কী কী", planner.LOOKUP_REFERENCES),
        ("ki ki lagbe apnar poster er jonno", planner.CLARIFY),
    ],
)
def test_references_asked_what_all_they_are(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("can you print the posters and deliver them to the shop?", planner.REPLY),
        ("do you guys manage Facebook ad campaigns as well?", planner.REPLY),
        ("could atelier make a pitch deck for our investors?", planner.REPLY),
        ("PPT도 만들 수 있나요?", planner.REPLY),
        ("what does this app do? can it make labels", planner.REPLY),
        (
            "1:1 post for our courier firm, a van at dawn: we print and ship overnight",
            planner.GENERATE,
        ),
        ("can you make a 4:5 post for our ad agency, a laptop with charts", planner.GENERATE),
        ("A4 price list poster for the salon, haircut and colour prices", planner.GENERATE),
        ("would it be expensive to do a 4K poster?", planner.REPLY),
    ],
)
def test_services_atelier_does_not_give_are_asked_about_not_ordered(
    brief: str, action: str
) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("えーと バナー作ってほしいんだけど", planner.CLARIFY),
        ("뭐더라 포스터 하나", planner.CLARIFY),
        ("ek mast sa poster bana do, boss ko parso chahiye", planner.CLARIFY),
        ("インスタって何時に投稿するのがいい？", planner.REPLY),
        ("when's the best day to post a carousel?", planner.REPLY),
        ("昨日のじゃなくて先週の画像、一覧で出して", planner.LOOKUP_IMAGES),
        (
            "why is this costing me so much, I've spent thirty bucks on images this week",
            planner.LOOKUP_SPEND,
        ),
    ],
)
def test_dictated_asks_without_a_subject_or_about_this_work(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("Offer ta ‘Flat 10% off’ theke ‘Flat 15% off’ kore dao", "Flat 15% off"),
        ("ব্যানারের লেখা ‘সকাল ৯টা’ থেকে ‘সকাল ১০টা’ করে দিন", "সকাল ১০টা"),
        ("कीमत ‘₹2,499’ से ‘₹1,999’ कर दो", "₹1,999"),
        # a span of days said with se ... tak, no verb of changing: both lines stay
        ("Offer ‘Mon’ se ‘Fri’ tak likh do", "Mon\nFri"),
        # ... and with one, a range still keeps both ends
        ("'Mon' se 'Fri' tak 'Open 9-5' likh do, banner ready kar do", "Mon\nFri\nOpen 9-5"),
        ("‘সোম’ থেকে ‘শুক্র’ পর্যন্ত লিখে দাও, ব্যানার রেডি করে দাও", "সোম\nশুক্র"),
    ],
)
def test_from_the_old_copy_to_the_new_keeps_only_the_new(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("Do you delete the product photos we uploaded once the order is finished?", planner.REPLY),
        ("アップロードした写真は学習に使われますか？", planner.REPLY),
        ("우리가 업로드한 사진은 언제 삭제되나요?", planner.REPLY),
        ("kya aap hamare upload kiye files delete karte hain?", planner.REPLY),
        ("Are the logos we uploaded used for AI training?", planner.REPLY),
        ("Which logos have we uploaded?", planner.LOOKUP_REFERENCES),
        # a training centre's logo asked for is a reference, not a question of training on it
        ("Is our training academy logo in the approved library?", planner.LOOKUP_REFERENCES),
        ("kya hamara training wala logo saved hai?", planner.LOOKUP_REFERENCES),
        ("amader upload kora logo gulo ki ki?", planner.LOOKUP_REFERENCES),
    ],
)
def test_how_atelier_keeps_uploads_is_a_question_about_atelier(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    "brief",
    [
        "才做了两张海报怎么扣了这么多？",
        "今月の利用料、なんでこんなにかかったんですか？",
        "이번 달 사용료가 왜 이렇게 많이 나왔어요?",
    ],
)
def test_a_bill_complained_of_asks_for_the_spend(brief: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == planner.LOOKUP_SPEND


def test_the_post_text_said_to_be_for_the_feed_is_not_on_the_image() -> None:
    brief = (
        "Instagram square for our bakery, headline 'Sourdough Saturdays'. The post text will "
        "be 'Come early, we sell out by 10' - that's for the feed."
    )
    assert planner.copy_text(Brief(text=brief)) == "Sourdough Saturdays"


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("박스를 흰색으로 바꾸고 앞면에 NORDLINE FREIGHT 넣어 주세요.", "NORDLINE FREIGHT"),
        ("옆면에 로고 넣어 주세요.", None),
        ("把附件里的水泵图改成蓝色，在泵体上印上 AQ-200", "AQ-200"),
        ("在杯子上加上 COFFEE TIME", "COFFEE TIME"),
        ("在瓶盖上加上 LOGO", None),
    ],
)
def test_latin_copy_put_on_a_part_of_the_thing_shown(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("What have we already made for the spring menu?", planner.LOOKUP_IMAGES),
        ("Did we ever make posters for the Diwali sale, or just stories?", planner.LOOKUP_IMAGES),
        (
            "Did we already make the banner? If not, make a 1080x1080 one for the Diwali sale.",
            planner.GENERATE,
        ),
    ],
)
def test_what_was_already_made_for_a_line_is_looked_up(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        ("Make her lab coat plain white with no logo on it.", planner.EDIT),
        ("make him smile and look at the camera", planner.EDIT),
        ("Make their jerseys green instead of red.", planner.EDIT),
    ],
)
def test_a_person_changed_in_the_image_on_screen_is_an_edit(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief, current_image=True)) == action


def test_a_person_changed_with_no_image_asks_for_one() -> None:
    assert planner.rule_choice(Brief(text="make him smile")) == planner.REPLY


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # a figure said to have shrunk or grown describes the story, it letters nothing
        (
            "事例紹介のバナー、1200x628。納期が14日から5日に短縮されたお客様の話です。文字は不要です。",
            None,
        ),
        ("売上が120万円から300万円に増加した事例のLinkedIn画像、1:1、文字なしで", None),
        # ... the same figures changed on the image are its new copy
        ("価格を980円から880円に変更してください", "880円"),
        # Latin put on with を: "型番 … を刻印として追加", "側面に … を入れて"
        ("マスクした部分に品番 AB-220-X を刻印として追加してください。", "AB-220-X"),
        ("箱の側面に NORTH PORT を入れてください", "NORTH PORT"),
        ("ロゴを右下に追加して", None),
        ("QR を入れて", None),
        # a small lettered piece set to capitals
        ("Make the crates grey and change the corner tag to BACK IN STOCK.", "BACK IN STOCK"),
        ("change the sale badge to ON SALE NOW", "ON SALE NOW"),
        ("change the price tag to red", None),
    ],
)
def test_copy_put_on_or_changed_and_figures_that_only_describe(
    brief: str, copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        (
            "A5 flyer, headline 'Open House Saturday'. Actually no, scrap the flyer, make it an "
            "Instagram story instead, same headline plus a second line 'Free parking'.",
            "Open House Saturday\nFree parking",
        ),
        (
            "チラシ、見出し「春の感謝祭」。やっぱりインスタ用に、見出しは同じで「先着100名」も追加",
            "春の感謝祭\n先着100名",
        ),
        # ... without it, only the copy said after the change of mind stands
        (
            "Poster, headline 'Spring Sale'. Actually no, make the headline 'Summer Sale' instead.",
            "Summer Sale",
        ),
    ],
)
def test_copy_carried_over_a_change_of_mind_stands_beside_the_new(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        # how atelier bills is a question about atelier
        ("Can you issue us a monthly invoice?", planner.REPLY),
        ("세금계산서 발행 되나요?", planner.REPLY),
        ("能开发票吗？", planner.REPLY),
        # whether making anything costs at all
        ("is it free to make a poster?", planner.REPLY),
        ("is atelier free to use?", planner.REPLY),
        # ... while the amount on this work's invoice is its spend
        ("How much is on this month's invoice?", planner.LOOKUP_SPEND),
        ("这个月的账单是多少？", planner.LOOKUP_SPEND),
        ("make a poster, entry is free, instagram square", planner.GENERATE),
        ("kya aap invoice bhej sakte ho?", planner.REPLY),
        ("make an invoice template graphic for Instagram, 1:1, text 'Pay Later'", planner.GENERATE),
        # posting to a company page there, asked of atelier
        ("能帮我直接发到公司领英主页吗？", planner.REPLY),
        # the kind of occasion a format is for says nothing of what it shows
        ("Need a conference banner.", planner.CLARIFY),
        ("セミナー用のバナーをお願いします", planner.CLARIFY),
        ("展会海报做一张", planner.CLARIFY),
        ("seminar ka poster bana do", planner.CLARIFY),
        ("trade show banner for our new CNC lathe TX-850", planner.GENERATE),
        ("Hannover Messe banner, 3x1m", planner.GENERATE),
    ],
)
def test_billing_posting_and_occasions_without_a_subject(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        # whether atelier costs anything, and how many images one gets, ask about atelier
        ("wait is it actually free? how many posters do we get a week", planner.REPLY),
        ("ye app free hai kya? ek din mein kitne poster milte hain?", planner.REPLY),
        ("これ無料ですか？", planner.REPLY),
        ("这个免费吗？", planner.REPLY),
        # ... while how many were made here is this work's record
        ("how many images did we make for the open day last month?", planner.LOOKUP_IMAGES),
        ("A4 flyer for the chess club open night, headline FREE ENTRY", planner.GENERATE),
    ],
)
def test_whether_atelier_is_free_and_how_many_one_gets(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) == action


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # 'A' ta bodle 'B': B in place of A, A is what the image says now
        ("'Rs 50 ticket' ta bodle 'ENTRY FREE' likhe dao", "ENTRY FREE"),
        ("'Sunday' ta bodle 'SATURDAY 5PM ✨' kore dao", "SATURDAY 5PM ✨"),
        # an arrow after "a line" points at the line to add, and is no part of it
        ("底部再加一句 👉 JOIN US TONIGHT", "JOIN US TONIGHT"),
        ("add one more line 👉 DOORS OPEN 7PM", "DOORS OPEN 7PM"),
        ("아래에 한 줄 추가해줘 👉 SEE YOU SOON", "SEE YOU SOON"),
        # emoji drawn inside the copy stay
        ("story 9:16 for the quiz night, text 'QUIZ TIME 🧠'", "QUIZ TIME 🧠"),
    ],
)
def test_replaced_line_and_arrow_after_a_named_line(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # a headline of capitals beat out in full stops keeps its stops and its words
        ("1:1 post for the swim team\nheadline SWIM. EAT. SLEEP.\nty 🙏", "SWIM. EAT. SLEEP."),
        ("A5 flyer for our bakery, headline FRESH. WARM. LOCAL. pls", "FRESH. WARM. LOCAL."),
        # capitals changed to others, unquoted: the new ones are the copy
        ("oops wrong day, change SUN 9 to MON 10 MAR", "MON 10 MAR"),
        ("replace DOORS 7PM with DOORS 8PM please", "DOORS 8PM"),
        ("把 OPEN 9AM 改成 OPEN 10AM", "OPEN 10AM"),
        ("SUN 9를 MON 10으로 바꿔줘", "MON 10"),
        ("SUN 9 を MON 10 に変えて", "MON 10"),
        ("SUN 9 ko MON 10 kar do", "MON 10"),
        # a file type or a colour space changed is no copy
        ("change the file from PDF to PNG", None),
        ("change RGB to CMYK", None),
    ],
)
def test_stopped_capitals_and_capitals_changed_to_others(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # a title in 《》 or quotes right after 标题 is copy, whatever cheer follows it
        ("读书会海报 竖版A4 标题《今晚一起读书》走起!!", "今晚一起读书"),
        ("滑板社招新海报 3:4 标题“一起飞吧”冲冲冲", "一起飞吧"),
        # ... and 《》 naming a work elsewhere is not
        ("小红书3:4 《三体》读书会海报，标题：宇宙很大", "宇宙很大"),
        # every line under 写上 is copy
        (
            "篮球社比赛海报，小红书3:4，写上\nPLAY HARD\n11月3日 下午3点 篮球馆",
            "PLAY HARD\n11月3日 下午3点 篮球馆",
        ),
        ("读书会海报 3:4，写上：\n宇宙很大\n12月7日 图书馆\n谢谢", "宇宙很大\n12月7日 图书馆"),
    ],
)
def test_title_after_biaoti_and_lines_under_xieshang(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # a quote put in with 追加して / を入れて is copy
        ("日付の横に『※要予約』追加して", "※要予約"),
        ("右下に「先着50名」を入れて", "先着50名"),
        # lines of copy, then a line opening with って入れて / と書いて pointing back at them
        (
            "写真部の展示会、A4ポスター\nLOOK CLOSER\n5/20-5/22 部室棟\nと書いてください",
            "LOOK CLOSER\n5/20-5/22 部室棟",
        ),
        (
            "茶道部の体験会、インスタ投稿用に\nお茶、のみにきて\n毎週水曜 16時\nって入れてほしい🍵",
            "お茶、のみにきて\n毎週水曜 16時",
        ),
        # capitals right before a Korean verb of writing are copy; an element is not
        ("칠한 부분 의자 지우고 거기에 OPEN MIC 써줘", "OPEN MIC"),
        ("위에 SOLD OUT 크게 넣어줘", "SOLD OUT"),
        ("QR 넣어줘 오른쪽 아래에", None),
    ],
)
def test_japanese_put_in_and_korean_capitals_written(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True, mask=True)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # the same emoji on both ends of a line of its own frames it
        ("chess club insta story 9:16\n♟️ CHECKMATE NIGHT ♟️", "CHECKMATE NIGHT"),
        ("야구부 인스타 피드 1:1\n⚾ SPRING LEAGUE 2026 ⚾", "SPRING LEAGUE 2026"),
        # ... an emoji closing it alone, or framing labelled copy, is part of it
        ("chess club insta story 9:16\n♟️ CHECKMATE NIGHT 🔥", "CHECKMATE NIGHT 🔥"),
        ("story 9:16 for the tapas bar, headline 🌶️ HOT NIGHTS 🌶️", "🌶️ HOT NIGHTS 🌶️"),
    ],
)
def test_emoji_framing_a_line_of_its_own(brief: str, copy: str) -> None:
    assert planner.copy_text(Brief(text=brief)) == copy


@pytest.mark.parametrize(
    ("brief", "action", "copy"),
    [
        # a new visual taken back for a change to the image there is
        (
            "make a fresh flyer for the car wash... wait nvm, just put CLOSED TODAY across "
            "the top of this one",
            planner.EDIT,
            "CLOSED TODAY",
        ),
        (
            "naya banner bana do... nahi ruk, isi wale mein SALE ENDS SUNDAY add kar do",
            planner.EDIT,
            "SALE ENDS SUNDAY",
        ),
        (
            "notun poster banao... na thak, eitar kone te HOUSEFULL likhe dao",
            planner.EDIT,
            "HOUSEFULL",
        ),
        # ... and a change taken back for a new visual is a new visual
        ("edit this one... nvm, make a new A4 poster for the car wash", planner.GENERATE, None),
        # ... and the final version asked for is no turn at all
        ("このバナーで確定です。最終データとしてお願いします。", planner.FINALIZE, None),
    ],
)
def test_new_visual_taken_back_for_an_edit(brief: str, action: str, copy: str | None) -> None:
    b = Brief(text=brief, current_image=True)
    assert planner.rule_choice(b) == action
    assert planner.copy_text(b) == copy


@pytest.mark.parametrize(
    ("brief", "attachments", "action"),
    [
        # carousel and insta spelt in the brief's own script
        ("कैरोसेल 5 स्लाइड हमारे योग क्लब के लिए", 0, planner.GENERATE),
        ("ক্যারোসেল ৫টা স্লাইড আমাদের বইমেলার জন্য, কোনো লেখা ছাড়া", 0, planner.GENERATE),
        ("इंस्टा कैरोसेल बना दो", 0, planner.CLARIFY),
        # chat in bare consonants (ㄱㄱ, ㅇㅋ) says nothing of the subject
        ("포스터 ㄱㄱ", 0, planner.CLARIFY),
        ("유튜브 썸네일 ㄱㄱ 롤 대회 하이라이트", 0, planner.GENERATE),
        # attachments fused with nothing said of the result
        ("この2枚合体させて", 2, planner.CLARIFY),
        ("이 두 장 합체해줘", 2, planner.CLARIFY),
        ("この2枚合体させて、インスタ用の正方形で", 2, planner.GENERATE),
    ],
)
def test_scripts_slang_and_fusing(brief: str, attachments: int, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief, attachments=attachments)) == action


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        # posting at a set hour, asked of atelier: it does not post
        ("이거 내일 8시에 인스타에 올려줄 수 있어?", planner.REPLY),
        ("这张明晚8点发到小红书可以吗？", planner.REPLY),
        ("kal 8 baje insta pe post kar doge?", planner.REPLY),
        ("can you post this on insta at 8pm tomorrow?", planner.REPLY),
        # ... a visual to be posted at that hour is still made
        ("明日の20時に投稿する文化祭のストーリー、9:16で作って", planner.GENERATE),
    ],
)
def test_posting_at_a_set_hour_is_a_reply(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief, current_image=True)) == action


@pytest.mark.parametrize(
    ("brief", "attachments", "action", "copy"),
    [
        (
            "রেস্টুরেন্টের ইনস্টাগ্রাম পোস্ট 1:1।\nEID FEAST BUFFET\nএটা বড় করে লিখবে।",
            0,
            planner.GENERATE,
            "EID FEAST BUFFET",
        ),
        (
            "Poster for our bakery A4\nFRESH BREAD DAILY\nwrite this big",
            0,
            planner.GENERATE,
            "FRESH BREAD DAILY",
        ),
        (
            "가게 인스타 포스트 1:1\n오픈 기념 세일\n이거 크게 써줘",
            0,
            planner.GENERATE,
            "오픈 기념 세일",
        ),
        ("पोस्टर A4 बनाओ\nDIWALI SALE\nये बड़ा करके लिखना", 0, planner.GENERATE, "DIWALI SALE"),
        ("チラシの値段、980円じゃなくて1,280円です。直してください。", 1, planner.EDIT, "1,280円"),
        ("사진 가격 수정해 주세요. 15,000원이 아니라 12,000원이에요.", 1, planner.EDIT, "12,000원"),
        ("ロゴの色をなおしてください", 1, planner.EDIT, None),
        ("Please do the needful with this photo.", 1, planner.CLARIFY, None),
        ("Sending 2 pics of our bakery counter. Kindly do the needful.", 2, planner.CLARIFY, None),
        ("ये फोटो, जो ज़रूरी है कर दो", 1, planner.CLARIFY, None),
        ("Kindly do the needful and remove the background.", 1, planner.EDIT, None),
        ("Sending 2 photos of our cafe, make them brighter", 2, planner.EDIT, None),
        (
            "Please send again the menu poster you made for us yesterday",
            0,
            planner.LOOKUP_IMAGES,
            None,
        ),
        ("Where is design k-771? I cannot find it.", 0, planner.LOOKUP_IMAGES, None),
        ("시안 B-22 어디에 있어요?", 0, planner.LOOKUP_IMAGES, None),
        ("d-0913 のポスターはどこですか?", 0, planner.LOOKUP_IMAGES, None),
        ("इस महीने कितनी images बनी?", 0, planner.LOOKUP_IMAGES, None),
        ("এখন পর্যন্ত কয়টা images বানানো হয়েছে?", 0, planner.LOOKUP_IMAGES, None),
        (
            "put the cake on a beach, and write at the bottom: Happy 10th Birthday Mia",
            1,
            planner.EDIT,
            "Happy 10th Birthday Mia",
        ),
        ("put at the top right corner: 50% OFF", 1, planner.EDIT, "50% OFF"),
        ("add at the bottom: our logo", 1, planner.EDIT, None),
        (
            "जो हिस्सा मैंने मार्क किया है उसमें से पुराना फ़ोन नंबर हटाओ और नया नंबर डालो: 98111 22334",
            1,
            planner.EDIT,
            "98111 22334",
        ),
        ("这张照片剪成正方形", 1, planner.EDIT, None),
        ("用这张照片,放在一个漂亮的地方吧。", 1, planner.CLARIFY, None),
        ("拿这个蛋糕照片，放到花园里", 1, planner.EDIT, None),
        (
            "Make A4 poster for Diwali sale, add the shop name KAPOOR SWEETS at the top",
            0,
            planner.GENERATE,
            "KAPOOR SWEETS",
        ),
        ("Make A4 poster for Diwali sale, put our name in big letters", 0, planner.GENERATE, None),
        (
            "このケーキの写真を海辺に置いてください。左下に 🎂誕生日ケーキ 2,500円",
            1,
            planner.EDIT,
            "誕生日ケーキ 2,500円",
        ),
        ("この写真を明るくしてください。右上に 赤いリボン", 1, planner.EDIT, None),
        (
            "이 사진을 바다 배경에 넣어 주세요. 오른쪽 위에 🌊 여름 한정 세트",
            1,
            planner.EDIT,
            "여름 한정 세트",
        ),
    ],
)
def test_needful_resend_placed_copy_and_names_in_capitals(
    brief: str, attachments: int, action: str, copy: str | None
) -> None:
    """A line saying to write the copy big closes it; a price said not to be the one gives the
    new one; "do the needful" says nothing of the change; earlier work sent again or looked
    for by its code is looked up; copy after "write on top:", after "put our name" in
    capitals, or after a place with an emoji or a figure is copy."""
    given = Brief(text=brief, attachments=attachments)
    assert planner.rule_choice(given) == action
    assert planner.copy_text(given) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("하단에 QR CODE 넣어 주세요", None),
        ("위에 LOGO 넣어줘", None),
        ("右下角加上 LOGO", None),
        ("PDF を追加して", None),
        ("change PNG to JPG", None),
        ("상단에 AI SUMMIT 2026 넣어줘", "AI SUMMIT 2026"),
        ("底部写 2026.05.01", "2026.05.01"),
        ("型番 KX-30-S を刻印として追加", "KX-30-S"),
        ("change SALE to MEGA SALE", "MEGA SALE"),
    ],
)
def test_an_element_named_in_capitals_is_no_copy(brief: str, copy: str | None) -> None:
    """Every reader of Latin capitals put on the image asks one question of what it read:
    whether it only names an element, a file or a colour space."""
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "attachments", "current", "action"),
    [
        # when to post, the verb first, asked as advice
        ("ストーリーにアップするならいつがいいですか？", 0, False, "reply"),
        ("릴스 올리려면 몇 시가 좋아요?", 0, False, "reply"),
        ("视频发布在星期几比较好？", 0, False, "reply"),
        ("Story kab dalun, lunch time ya raat ko?", 0, False, "reply"),
        ("Reel ta kokhon dibo, shokale na rate?", 0, False, "reply"),
        ("Should we post it when the gates open or the night before?", 0, False, "reply"),
        ("Post this when it's ready, 1:1 poster for the bakery's cake week", 0, False,
         "generate_image"),
        # a budget said used up or nearly so: this work's spend
        ("Our marketing budget is almost gone after three banners, what happened?", 0, False,
         "lookup_spend"),
        ("予算がもうほとんどないんですけど、何にそんなに使いました？", 0, False, "lookup_spend"),
        ("예산이 벌써 바닥났어요", 0, False, "lookup_spend"),
        ("बजट लगभग खत्म हो गया, इतना कैसे लगा?", 0, False, "lookup_spend"),
        ("Budget airline poster, 4:5, headline FLY FOR LESS", 0, False, "generate_image"),
        # a recolour of a named format with nothing in context: ask for the image
        ("チラシの色を青にして", 0, False, "reply"),
        ("배너 색상 초록으로 바꿔줘", 0, False, "reply"),
        ("banner ka rang peela kar do", 0, False, "reply"),
        ("ব্যানারের রং সবুজ করে দাও", 0, False, "reply"),
        ("ব্যানারের রং সবুজ করে দাও", 0, True, "edit_image"),
        # earlier weeks' work shown, romanised
        ("Pichle hafte ke saare banner dikhao", 0, False, "lookup_images"),
        ("ager maser sob flyer gulo dekhao", 0, False, "lookup_images"),
        # attachments placed on a new visual whose size is given
        ("Put the logo from pic 1 on a 1200x628 event banner for our pottery class, "
         "the bowl from pic 2 in the middle", 2, False, "generate_image"),
        ("put the logo on the 1200x628 banner", 1, False, "edit_image"),
        # what kinds of visuals it makes, asked politely
        ("What kinds of images can you create for a small bakery?", 0, False, "reply"),
        ("어떤 이미지를 만들 수 있나요?", 0, False, "reply"),
        ("你们可以做什么样的图片？", 0, False, "reply"),
        ("Aap kis tarah ki images bana sakte ho?", 0, False, "reply"),
    ],
)  # fmt: skip
def test_posting_time_budget_gone_recolour_and_new_visuals(
    brief: str, attachments: int, current: bool, action: str
) -> None:
    """When to post, with the verb first, is advice; a budget said nearly gone asks for the
    spend; a format's colour changed with no image asks for it; earlier weeks' work is shown;
    attachments put on a new visual of a given size make it, they are not edited."""
    given = Brief(text=brief, attachments=attachments, current_image=current)
    assert planner.rule_choice(given) == action


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("요금을 주 3만원에서 주 2만5천원으로 바꿔줘", "주 2만5천원"),
        ("가격을 12만원에서 9만9천원으로 바꿔줘", "9만9천원"),
        ("kiraya 800 ki jagah 950/week likh do", "950/week"),
        ("दाम 300 की जगह 250 रुपये लिख दो", "250 रुपये"),
        ("price 500 ki jagah 450 kar do", "450"),
    ],
)
def test_a_new_figure_with_its_period_or_unit(brief: str, copy: str) -> None:
    """A figure changed from the old to the new keeps the new one's period ("주 2만5천원")
    or unit ("950/week"), and "ki jagah … likh do" writes the new one."""
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        # one line of cells split by bars is a line of copy; a sheet needs two rows
        (
            "Story 9:16 for the cafe, put this on it:\nOPEN DAILY\nMON–FRI | 8–6 | FREE WIFI",
            "OPEN DAILY\nMON–FRI | 8–6 | FREE WIFI",
        ),
        # a comma inside Latin copy before と入れて is the copy's own
        ("バナー、横長で。BIG SALE, 50% OFF と赤で入れて", "BIG SALE, 50% OFF"),
        ("正方形の投稿、パン屋さん。Fresh, warm, daily と書いて", "Fresh, warm, daily"),
        ("ロゴは右上, SALE と入れて", "SALE"),
        # a match's stage labelling a result line is no request for the final version
        (
            "Results card, Instagram square\nWinner: Kolkata Kites\nFinal: 3-1",
            "Winner: Kolkata Kites\nFinal: 3-1",
        ),
        (
            "কাবাডি ফলাফল পোস্ট, ইনস্টাগ্রাম স্কোয়ার:\nবিজয়ী: সল্টলেক টাইগার্স\nফাইনাল: ৩৪-২৯",
            "বিজয়ী: সল্টলেক টাইগার্স\nফাইনাল: ৩৪-২৯",
        ),
        # Han words set apart after 加上 closing their clause are copy; a thing added is not
        ("把背景调暗一点，右下角加上 限时五折", "限时五折"),
        ("再加上 一个红色边框", None),
        ("再加上 阴影", None),
        ("底部加上 二维码", None),
    ],
)
def test_copy_in_lines_of_cells_latin_commas_result_labels_and_added_han(
    brief: str, copy: str | None
) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    ("brief", "action"),
    [
        # 載せ and 上げ also put copy on or raise brightness, いつも is "as usual"
        ("ロゴを上に載せて、いつもの青い背景でいいですか？", planner.EDIT),
        ("インスタに投稿するなら何曜日の何時がいいですか？", planner.REPLY),
        ("인스타에 올리려면 몇 시가 좋아요?", planner.REPLY),
        # a budget "out of our hands" or "over $5000" is not said to be spent
        (
            "Our budget is over $5000 for the gala, can you make a 4:5 poster of the venue?",
            planner.GENERATE,
        ),
        ("the budget's nearly gone, what did we spend?", planner.LOOKUP_SPEND),
    ],
)
def test_when_to_post_and_budget_gone_stay_narrow(brief: str, action: str) -> None:
    assert planner.rule_choice(Brief(text=brief, current_image=True)) == action


@pytest.mark.parametrize(
    ("brief", "action", "current"),
    [
        # a complaint about the bill or charges asks for this work's spend
        ("Why is the bill this high? We only made two menu cards", planner.LOOKUP_SPEND, False),
        ("請求がまた増えてる…ポスター2枚だけなのにおかしくない？", planner.LOOKUP_SPEND, False),
        ("요금이 왜 이렇게 비싸요? 배너 세 개밖에 안 했는데", planner.LOOKUP_SPEND, False),
        ("বিল এত বেশি কেন? মাত্র দুটো পোস্টার", planner.LOOKUP_SPEND, False),
        # a bill drawn in a visual of a named size is a visual
        ("Poster 1080x1350 of a diner bill with a smiley face", planner.GENERATE, False),
        # a change taken back, then the final version: the final request counts
        ("Sharpen it a little... no, leave it. This one's final.", planner.FINALIZE, True),
        # a delivery app or channel is no subject
        ("Need a Deliveroo banner, 1200x628", planner.CLARIFY, False),
        ("Deliveroo banner 1200x628 for our bao combo", planner.GENERATE, False),
    ],
)
def test_bill_complaints_dropped_changes_and_channels(
    brief: str, action: str, current: bool
) -> None:
    assert planner.rule_choice(Brief(text=brief, current_image=current)) == action


@pytest.mark.parametrize(
    ("brief", "copy"),
    [
        ("Make the cup green and add the line Baked Since 1998 underneath", "Baked Since 1998"),
        ("Add the words Two For One on top", "Two For One"),
        ('Add the line "Down Below" to it', "Down Below"),
        ("把杯子改成绿色，再加一行 现磨咖啡 在下面", "现磨咖啡"),
        ("把杯子改成绿色，再加一行“现磨咖啡 在下面”", "现磨咖啡 在下面"),
    ],
)
def test_a_place_word_after_unquoted_copy_is_no_part_of_it(brief: str, copy: str | None) -> None:
    assert planner.copy_text(Brief(text=brief, current_image=True)) == copy


@pytest.mark.parametrize(
    "brief",
    ["요금표 포스터인데 왜 이렇게 글씨가 작아요?", "为什么收费标准的海报没有英文？"],
)
def test_a_price_list_named_as_the_subject_is_no_complaint_about_the_bill(brief: str) -> None:
    assert planner.rule_choice(Brief(text=brief)) != planner.LOOKUP_SPEND
