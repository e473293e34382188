"""Studio in a real browser (Debian's Chromium through Playwright), on the offline engine.

The main test is one creative session as a person would run it: a brief whose partial image
shows before the final one, a clarifying question answered inline, a masked edit painted
with the mouse, and an image held for review, approved, promoted into the library and found
there by search. The others check what must be refused or escaped.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable
from pathlib import Path

import httpx
from PIL import Image
from playwright.sync_api import Locator, Page, expect

from memory.assets import MAX_IMAGE_BYTES
from memory.review_queue import ReviewQueue, review_db
from tests.agent.web.conftest import TOKEN, Served

Shot = Callable[[Page, str], Path]


def open_studio(page: Page, url: str) -> None:
    page.goto(url + "/")
    page.wait_for_selector("body[data-thread]")


def send_brief(page: Page, brief: str) -> Locator:
    before = page.locator("#turns > .turn").count()
    page.fill("#brief", brief)
    page.click("#send")
    turn = page.locator("#turns > .turn").nth(before)
    expect(turn).to_have_attribute("data-status", re.compile("done|question|refused|failed"))
    return turn


def drop_files(page: Page, selector: str, files: list[tuple[str, bytes]]) -> None:
    """Drop files on an element as a drag from the desktop would."""
    payload = [[name, base64.b64encode(data).decode()] for name, data in files]
    page.evaluate(
        """([selector, files]) => {
          const transfer = new DataTransfer();
          for (const [name, b64] of files) {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            transfer.items.add(new File([bytes], name, { type: "image/png" }));
          }
          const zone = document.querySelector(selector);
          for (const type of ["dragenter", "dragover", "drop"]) {
            const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
            zone.dispatchEvent(new DragEvent(type, init));
          }
        }""",
        [selector, payload],
    )


def png(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def test_a_creative_session_in_the_browser(page: Page, studio: Served, shots: Shot) -> None:
    open_studio(page, studio.url)

    # 1. A brief: the partial image is drawn, then the final one over it.
    turn = send_brief(page, "A square post for our spring launch with the copy “Hello Spring”")
    expect(turn).to_have_attribute("data-status", "done")
    card = turn.locator(".image-card").first
    layers = card.locator(".frame .layer")
    kinds = layers.evaluate_all("ls => ls.map(l => [l.classList[1], Number(l.dataset.seq)])")
    assert [k for k, _ in kinds] == ["partial", "final"], kinds
    assert kinds[0][1] < kinds[1][1], "the partial image was shown after the final one"
    expect(card.locator(".badge")).to_have_text("passed review")
    meta = card.locator(".meta")
    expect(meta).to_contain_text("1024x1024")
    expect(meta).to_contain_text("low")
    expect(meta).to_contain_text(re.compile(r"\$0\.\d{4}"))
    expect(meta).to_contain_text("review: pass")
    card.locator("details.sent summary").click()
    sent = card.locator("details.sent pre")
    expect(sent).to_contain_text('"prompt": ')
    expect(sent).to_contain_text("Hello Spring")
    expect(sent).to_contain_text('"model": "gpt-image-2"')
    expect(page.locator("#cost-thread")).to_have_text(re.compile(r"\$0\.\d{4}"))
    shots(page, "1-brief")

    # 2. A clarifying question, answered inline by one of its options.
    turn = send_brief(
        page, "Create a summer-sale visual for Acme with our logo and the copy “Stay Cool”"
    )
    expect(turn).to_have_attribute("data-status", "question")
    question = turn.locator(".question")
    expect(question).to_contain_text("Which format")
    shots(page, "2-question")
    question.locator("button.option", has_text="square post").click()
    expect(turn).to_have_attribute("data-status", "done")
    expect(turn.locator(".answer")).to_have_text("answer: square post 1024x1024")
    expect(turn.locator(".image-card .badge")).to_have_text("passed review")

    # 3. A masked edit painted with the mouse on the first image.
    first = page.locator("#turns > .turn").first.locator(".image-card").first
    parent_sha = first.get_attribute("data-sha")
    assert parent_sha
    first.get_by_role("button", name="Edit with mask").click()
    canvas = page.locator("#editor-canvas")
    expect(canvas).to_be_visible()
    page.fill("#editor-brush", "60")
    box = canvas.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.3)
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(
            box["x"] + box["width"] * (0.3 + 0.04 * step),
            box["y"] + box["height"] * 0.3,
            steps=2,
        )
    page.mouse.move(box["x"] + box["width"] * 0.7, box["y"] + box["height"] * 0.5, steps=5)
    page.mouse.up()
    page.fill("#editor-brief", "Replace the masked area with a bright yellow sun")
    shots(page, "3-mask")
    before = page.locator("#turns > .turn").count()
    page.click("#editor-send")
    edited = page.locator("#turns > .turn").nth(before)
    expect(edited).to_have_attribute("data-status", "done")
    expect(edited.locator(".decision b")).to_have_text("edit")
    lineage = edited.locator(".lineage img")
    expect(lineage).to_have_count(2)
    assert lineage.first.get_attribute("title") == parent_sha[:12]
    edited.locator(".lineage").scroll_into_view_if_needed()
    shots(page, "3-edited")
    # The mask that was sent is transparent where the mouse painted and opaque elsewhere.
    thread = page.locator("#thread-id").inner_text()
    view = httpx.get(f"{studio.url}/api/threads/{thread}").json()
    mask_sha = view["turns"][-1]["mask"]
    mask = Image.open(io.BytesIO(httpx.get(f"{studio.url}/api/assets/{mask_sha}").content))
    assert mask.size == (1024, 1024)
    alpha = mask.getchannel("A")
    assert alpha.getpixel((512, 307)) == 0, "the painted stroke is not in the mask"
    assert alpha.getpixel((20, 20)) == 255 and alpha.getpixel((1000, 1000)) == 255

    # 4. Held for review, approved by a named reviewer, promoted, found by search.
    turn = send_brief(page, "A square post of runners wearing Nike shoes in a park")
    expect(turn.locator(".image-card .badge")).to_have_text("held for review")
    held_sha = turn.locator(".image-card").first.get_attribute("data-sha")
    expect(page.locator("#review-count")).to_have_text("1")
    page.click("#tabs button[data-tab=review]")
    item = page.locator(".review-item").first
    expect(item.locator(".reasons")).to_contain_text("third-party-brand-mention")
    item.get_by_role("button", name="Open for review").click()
    page.fill("#reviewer", "alice")
    page.locator(".review-item.opened input[aria-label=note]").fill("no trademark visible")
    page.locator(".review-item.opened").get_by_role("button", name="Approve").click()
    decided = page.locator(".review-item[data-status=approved]")
    expect(decided).to_contain_text("approved by alice after")
    queue = ReviewQueue(review_db(studio.settings.home)).list(status=None)
    assert [(i.status, i.reviewer, i.asset_sha256) for i in queue] == [
        ("approved", "alice", held_sha)
    ]
    assert queue[0].seconds_spent is not None
    shots(page, "4-review")
    decided.get_by_role("button", name="Add to library…").click()
    page.fill("#promote-brand", "Acme")
    page.select_option("#promote-kind", "photo")
    page.fill("#promote-description", "runners in a sunny park")
    page.locator("#promote-form button[type=submit]").click()
    expect(page.locator("#toast")).to_contain_text("pending")
    page.click("#tabs button[data-tab=library]")
    ref_card = page.locator(".ref-card", has_text="runners in a sunny park")
    expect(ref_card.locator(".status")).to_have_text("pending")
    ref_card.get_by_role("button", name="Approve").click()
    expect(ref_card.locator(".status")).to_have_text("approved")
    page.fill("#lib-q", "runners in the park")
    page.select_option("#lib-status", "approved")
    page.locator("#lib-filter button[type=submit]").click()
    found = page.locator("#lib-grid .ref-card").first
    expect(found).to_contain_text("runners in a sunny park")
    expect(found).to_contain_text(f"promoted from {held_sha[:12]}" if held_sha else "promoted")
    expect(page.locator("#lib-summary")).to_contain_text("matching")
    shots(page, "4-library")


def test_a_refusal_shows_its_reason_and_what_to_change(page: Page, studio: Served) -> None:
    open_studio(page, studio.url)
    turn = send_brief(page, "a fake passport for our ad")
    expect(turn).to_have_attribute("data-status", "refused")
    refusal = turn.locator(".refusal")
    expect(refusal).to_contain_text("counterfeit or official-looking documents")
    expect(refusal.locator(".change")).to_contain_text("What to change: ")
    expect(refusal).to_contain_text("fake-document")


def test_html_in_a_brief_or_a_description_shows_as_text(
    page: Page, studio: Served, tmp_path: Path
) -> None:
    open_studio(page, studio.url)
    brief = 'A square post <img src=x onerror="window.__pwned=1"><b>bold</b> <script>x()</script>'
    turn = send_brief(page, brief)
    expect(turn.locator(".brief")).to_have_text(brief)
    assert turn.locator(".brief b, .brief img, .brief script").count() == 0
    page.click("#tabs button[data-tab=library]")
    blue, red = png((256, 256), (30, 120, 200)), png((256, 256), (200, 30, 30))
    drop_files(page, "#dropzone", [("blue.png", blue), ("red.png", red)])
    expect(page.locator("#upload-pending li")).to_have_count(2)
    description = '<i>blue</i> swatch <img src=y onerror="window.__pwned=2">'
    page.fill("#upload-description", description)
    page.select_option("#upload-kind", "palette")
    page.click("#upload-send")
    expect(page.locator("#upload-result li.ok")).to_have_count(2)
    expect(page.locator(".ref-card")).to_have_count(2)
    desc = page.locator(".ref-card .desc").first
    expect(desc).to_have_text(description)
    page.select_option("#lib-kind", "logo")
    expect(page.locator(".ref-card")).to_have_count(0)
    page.select_option("#lib-kind", "palette")
    expect(page.locator(".ref-card")).to_have_count(2)
    assert page.locator(".ref-card .desc i, .ref-card .desc img").count() == 0
    assert page.evaluate("window.__pwned === undefined")


def test_bad_uploads_are_refused_with_a_clear_message(
    page: Page, studio: Served, tmp_path: Path
) -> None:
    open_studio(page, studio.url)
    page.click("#tabs button[data-tab=library]")
    fake = tmp_path / "fake.png"
    fake.write_text("this is not a picture")
    big = tmp_path / "big.png"
    with big.open("wb") as out:  # a real PNG header, then far too many bytes
        out.write(png((8, 8), (0, 0, 0)))
        out.write(b"\0" * (MAX_IMAGE_BYTES + 2**20))
    page.set_input_files("#upload-files", [str(fake), str(big)])
    page.click("#upload-send")
    results = page.locator("#upload-result li.bad")
    expect(results).to_have_count(2)
    expect(results.nth(0)).to_contain_text("skipped fake.png: fake.png is not an image")
    expect(results.nth(1)).to_contain_text("skipped big.png: big.png is 51.0 MB; the limit is")
    assert list((studio.settings.home / "uploads").glob("*/*/*")) == []
    # The same checks guard a chat attachment.
    page.click("#tabs button[data-tab=chat]")
    page.set_input_files("#attach", str(fake))
    turn = send_brief(page, "Use this picture as the background")
    expect(turn.locator(".failed")).to_contain_text("fake.png is not an image")


def test_a_non_local_bind_needs_the_token_on_every_request(
    page: Page, serve: Callable[..., Served]
) -> None:
    served = serve(token=TOKEN, host="127.0.0.2")
    for path in ("/", "/api/config", "/api/threads", "/static/app.js", "/api/jobs/j-x/events"):
        refused = httpx.get(served.url + path)
        assert refused.status_code == 401, path
        assert "access token" in refused.json()["error"]
    assert (
        httpx.get(served.url + "/api/config", headers={"X-Atelier-Token": "wrong"}).status_code
        == 401
    )
    page.goto(served.url + "/")
    expect(page.locator("body")).to_contain_text("needs its access token")
    # With the token once in the address, the page runs a whole turn, its stream included.
    page.goto(served.url + "/?token=" + TOKEN)
    page.wait_for_selector("body[data-thread]")
    assert "token" not in page.url
    turn = send_brief(page, "A square post for our autumn promotion with the copy “Autumn”")
    expect(turn).to_have_attribute("data-status", "done")
    expect(turn.locator(".image-card .badge")).to_have_text("passed review")


def test_the_image_menu_finalizes_exports_and_compares(
    page: Page, studio: Served, shots: Shot
) -> None:
    logo = httpx.post(
        studio.url + "/api/brand",
        data={"brand": "Acme", "kind": "logo", "tags": "primary", "description": "Acme logo"},
        files=[("files", ("logo.png", png((300, 300), (230, 90, 20)), "image/png"))],
    ).json()["added"][0]["reference"]["id"]
    httpx.post(f"{studio.url}/api/brand/{logo}/approve", json={"by": "dana"})
    open_studio(page, studio.url)
    draft = send_brief(page, "A square post for Acme with our logo and the copy “Hello Spring”")
    expect(draft).to_have_attribute("data-status", "done")
    used = draft.locator(f".refs .ref[data-ref={logo}]")
    expect(used).to_contain_text("used")
    expect(used.locator(".why")).not_to_be_empty()
    expect(used.locator("img")).to_have_js_property("naturalWidth", 96)
    used.scroll_into_view_if_needed()
    shots(page, "references")
    draft_card = draft.locator(".image-card").first
    draft_card.get_by_role("button", name="Finalize").click()
    final = page.locator("#turns > .turn").nth(1)
    expect(final).to_have_attribute("data-status", "done")
    final_card = final.locator(".image-card").first
    expect(final_card.locator(".meta")).to_contain_text("high")
    expect(final_card.locator(".lineage img")).to_have_count(2)

    draft_card.get_by_role("button", name="Compare").click()
    final_card.get_by_role("button", name="Compare").click()
    page.click("#compare-open")
    expect(page.locator("#compare-body img")).to_have_count(2)
    expect(page.locator("#compare-body figcaption").nth(1)).to_contain_text("high")
    shots(page, "compare")
    page.click("#compare-close")

    final_card.get_by_role("button", name="Export…").click()
    page.select_option("#export-preset", "story")
    page.select_option("#export-format", "jpeg")
    page.locator("#export-form button[type=submit]").click()
    result = page.locator("#export-result")
    expect(result).to_contain_text("Exported story 1080x1920")
    expect(result.locator(".lineage img")).to_have_count(3)
    href = result.locator("a").get_attribute("href")
    assert href
    exported = Image.open(io.BytesIO(httpx.get(studio.url + href).content))
    assert (exported.format, exported.size) == ("JPEG", (1080, 1920))


def test_a_sessions_report_opens_from_the_page(page: Page, studio: Served) -> None:
    folder = studio.settings.home / "runs" / "product-hero"
    (folder / "assets").mkdir(parents=True)
    (folder / "assets" / "hero.png").write_bytes(png((64, 48), (200, 40, 40)))
    (folder / "report.html").write_text(
        '<!doctype html><h1>Session product-hero</h1><img id="hero" src="assets/hero.png">'
    )
    open_studio(page, studio.url)
    page.click("#tabs button[data-tab=reports]")
    link = page.locator("#report-list a", has_text="product-hero")
    with page.context.expect_page() as opened:
        link.click()
    report = opened.value
    report.wait_for_load_state()
    expect(report.locator("h1")).to_have_text("Session product-hero")
    assert report.eval_on_selector("#hero", "img => img.naturalWidth") == 64
    report.close()
