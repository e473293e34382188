"""What the Studio page costs on top of the Runner it drives, measured in a real browser.

Run: ``.venv/bin/python -m bench.web [--turns 5] [--keys 80]``

Studio is served on 127.0.0.1 by uvicorn on a thread of this process and Debian's Chromium
(``/usr/bin/chromium``, driven by Playwright) opens it; the offline engine makes every
image. The same briefs also run through ``Runner.turn`` directly, in the same run, on a
fresh thread each (building the runner included, as the CLI does per command): that is the
baseline the page is compared with. Times on the page come from the page itself
(``performance.now()``): from the click on Send to the frame after the first partial image
is decoded and drawn, and to the frame after the final image's card (its review outcome,
cost and references) is on the page.

Printed:
- ``first partial share N%``: time to the first partial image as a share of the whole turn
  on the page (median over the turns; goal <= 10%), and how much of the wait is the
  service's own (its paced profile: moderation, the decision, the image call until its
  first partial) and how much atelier's and the page's;
- ``page overhead ratio X``: the page's median turn over the direct median (goal <= 1.1);
- ``input latency p50 N ms p95 N ms``: five threads streaming at once in five tabs while
  keys are typed into a sixth; each key's time from the key event to the next painted frame.

The engine is paced like the hosted service (``--latency``, default 0.1: its profile ten
times faster; ``none`` answers as fast as it draws, where atelier's own work is most of a
turn). Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.helpers import CHROMIUM, CHROMIUM_ARGS

FIRST_PARTIAL_GOAL = 0.10
OVERHEAD_GOAL = 1.1
# Five tabs stream at once: none may be throttled as a background tab.
BENCH_ARGS = [
    *CHROMIUM_ARGS,
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
]
BRIEFS = (
    "A square post for our spring launch with the copy “Hello Spring”",
    "A square post for our summer sale with the copy “Summer Sale”",
    "A square post for our autumn promotion with the copy “Autumn”",
    "A square post for our winter launch with the copy “Winter”",
    "A square post for our grand opening with the copy “Grand Opening”",
)

# Marks, on the page, the click on Send, the first partial image drawn and the turn's
# result drawn, for the turn card that the click creates.
_WATCH = """
() => {
  const turns = document.getElementById("turns");
  const index = turns.children.length;
  const marks = {};
  window.__turnMarks = marks;
  delete document.documentElement.dataset.benchDone;
  const frame = (name) => requestAnimationFrame(() => {
    marks[name] = performance.now();
    if (name === "done") document.documentElement.dataset.benchDone = "1";
  });
  const send = document.getElementById("send");
  const clicked = () => { marks.send = performance.now(); };
  send.addEventListener("click", clicked, { once: true, capture: true });
  const observer = new MutationObserver(() => {
    const card = turns.children[index];
    if (!card) return;
    const partial = card.querySelector(".layer.partial");
    if (partial && !marks.partialSeen) {
      marks.partialSeen = true;
      partial.decode().then(() => frame("partial"), () => frame("partial"));
    }
    if (card.dataset.status === "done" && !marks.doneSeen) {
      marks.doneSeen = true;
      frame("done");
      observer.disconnect();
    }
  });
  observer.observe(turns, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["data-status"],
  });
}
"""

_KEY_LATENCY = """
() => {
  window.__keyLatency = [];
  document.getElementById("brief").addEventListener("keydown", (event) => {
    const at = event.timeStamp;
    requestAnimationFrame(() => window.__keyLatency.push(performance.now() - at));
  });
}
"""


def _p(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _serve(app: Any) -> tuple[Any, threading.Thread, int]:
    import socket

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    return server, thread, port


def _direct_turn(settings: Any, pool: Any, brief: str) -> float:
    from agent.runner import Runner
    from core.ids import new_thread_id

    events: list[dict[str, Any]] = []
    started = time.perf_counter()
    thread_id = new_thread_id()
    runner = Runner(settings, thread_id=thread_id, services=pool.for_thread(thread_id))
    try:
        result = runner.turn(brief, on_event=events.append)
    finally:
        runner.close()
    elapsed = time.perf_counter() - started
    assert result.status == "done" and result.state.images, result.message
    return elapsed * 1000


def _new_thread(page: Any) -> None:
    # The page's CSP forbids eval, so waits are on attributes the page sets, not predicates.
    old = page.get_attribute("body", "data-thread") or ""
    page.click("#new-thread")
    page.wait_for_selector(f"body[data-thread]:not([data-thread='{old}'])")


def _page_turn(page: Any, brief: str) -> dict[str, float]:
    _new_thread(page)
    page.evaluate(_WATCH)
    page.fill("#brief", brief)
    page.click("#send")
    page.wait_for_selector("html[data-bench-done]", state="attached", timeout=180_000)
    marks: dict[str, float] = page.evaluate("() => window.__turnMarks")
    return {"partial": marks["partial"] - marks["send"], "done": marks["done"] - marks["send"]}


def service_before_first_partial(settings: Any) -> float:
    """Seconds the paced engine itself takes before a generation's first partial leaves it:
    the prompt's moderation, the decision, and the image call up to its first partial."""
    from tools.offline.latency import MODERATION_S, Latency

    latency = Latency.of(settings.offline_latency)
    schedule = latency.image_schedule(settings.default_quality, settings.partial_images)
    return MODERATION_S * latency.scale + latency.decision_s() + schedule[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--turns", type=int, default=5, help="turns measured each way")
    parser.add_argument("--keys", type=int, default=80, help="keys typed during the streams")
    parser.add_argument(
        "--latency",
        default="0.1",
        help="the offline engine's pacing: none (as fast as it draws), realistic, or a scale "
        "on realistic (default 0.1: the hosted service's profile ten times faster)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("bench.web needs Playwright: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"bench.web needs {CHROMIUM}: apt-get install -y chromium", file=sys.stderr)
        return 2

    from agent.server import ServicesPool
    from agent.web.app import create_app
    from core.settings import Settings

    with tempfile.TemporaryDirectory(prefix="atelier-bench-web-") as tmp:
        home = Path(tmp) / "home"
        settings = Settings(
            home=home, provider="offline", partial_images=1, offline_latency=args.latency
        )
        app = create_app(settings)
        pool = ServicesPool(settings)
        server, thread, port = _serve(app)
        url = f"http://127.0.0.1:{port}/"
        print(
            f"bench.web: {args.turns} turns each way, offline engine paced "
            f"{settings.offline_latency!r}, {os.cpu_count()} cores"
        )
        try:
            with sync_playwright() as playwright:
                context = playwright.chromium.launch_persistent_context(
                    str(Path(tmp) / "profile"),
                    executable_path=CHROMIUM,
                    args=BENCH_ARGS,
                    viewport={"width": 1400, "height": 1000},
                )
                page = context.pages[0] if context.pages else context.new_page()
                page.goto(url)
                page.wait_for_selector("body[data-thread]")
                # Warm both sides: models, classifiers, the brand index, the page's code.
                _direct_turn(settings, pool, BRIEFS[0])
                _page_turn(page, BRIEFS[0])

                direct: list[float] = []
                on_page: list[dict[str, float]] = []
                for i in range(args.turns):
                    brief = BRIEFS[i % len(BRIEFS)]
                    direct.append(_direct_turn(settings, pool, brief))
                    on_page.append(_page_turn(page, brief))

                tabs = [page, *(context.new_page() for _ in range(5))]
                for tab in tabs[1:]:
                    tab.goto(url)
                    tab.wait_for_selector("body[data-thread]")
                typing = tabs[0]
                _new_thread(typing)
                typing.evaluate(_KEY_LATENCY)
                streams = tabs[1:]
                for tab, brief in zip(streams, BRIEFS, strict=True):
                    _new_thread(tab)
                    tab.fill("#brief", brief)
                started = time.perf_counter()
                for tab in streams:
                    tab.click("#send")
                typing.bring_to_front()
                typing.click("#brief")
                typing.keyboard.type("a" * args.keys, delay=40)
                for tab in streams:
                    tab.wait_for_selector(
                        "#turns > .turn[data-status=done] .image-card", timeout=300_000
                    )
                all_done = time.perf_counter() - started
                latency: list[float] = typing.evaluate("() => window.__keyLatency")
                context.close()
        finally:
            server.should_exit = True
            thread.join(timeout=30)
            app.close()

    direct_p50 = statistics.median(direct)
    page_p50 = statistics.median(t["done"] for t in on_page)
    partial_p50 = statistics.median(t["partial"] for t in on_page)
    share = statistics.median(t["partial"] / t["done"] for t in on_page)
    ratio = page_p50 / direct_p50
    print(f"direct turn p50 {direct_p50:.0f} ms (Runner.turn on a new thread, runner built)")
    print(f"page turn p50 {page_p50:.0f} ms (Send to the final image's card drawn)")
    print(f"first partial p50 {partial_p50:.0f} ms after Send")
    print(f"first partial share {share * 100:.0f}% (goal <= {FIRST_PARTIAL_GOAL * 100:.0f}%)")
    waited = service_before_first_partial(settings) * 1000
    print(
        f"  of which the service's own wait {waited:.0f} ms (the engine's profile: moderation, "
        f"the decision, the image call until its first partial) and atelier's and the page's "
        f"{max(partial_p50 - waited, 0.0):.0f} ms, "
        f"{max(partial_p50 - waited, 0.0) / page_p50 * 100:.0f}% of the turn"
    )
    print(f"page overhead ratio {ratio:.2f} (goal <= {OVERHEAD_GOAL})")
    print(f"five threads streaming at once: all done in {all_done:.1f} s")
    print(
        f"input latency p50 {_p(latency, 0.5):.0f} ms p95 {_p(latency, 0.95):.0f} ms "
        f"({len(latency)} keys typed while they streamed)"
    )
    met = share <= FIRST_PARTIAL_GOAL and ratio <= OVERHEAD_GOAL
    print("goals met" if met else "goals MISSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
