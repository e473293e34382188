"""Where a warm offline turn's time goes, node by node, and how much memory a session needs.

Run: ``.venv/bin/python -m bench.turn [--one-core]``

A 12-turn scripted session (copy in six scripts, a clarifying question, a reply, edits
with and without a mask, the brand's logo) runs in-process on the offline engine, twice on
the same images: with the review as it is, and with the earlier review path (every image
read in all six languages, then the copy read pass after pass in the earlier order, each
tesseract run through pytesseract with its default threads, moderation after OCR). Node
wall times come from LangGraph's ``tasks`` stream (each task's start and end), so they
hold the node's own work and nothing of the checkpointing around it. Both runs follow one
warm-up turn each, and the OCR caches are emptied before every turn: a real turn's image
is new to them.

Printed: every node's p50 in both runs and their ratio, the warm turn's p50, the line
``review p50 N ms`` (goal: <= 300 ms), the peak resident memory of this process after the
session, and ``two-turn peak MB N``: a fresh process that runs two turns against a brand
library made beforehand, next to the resident memory of an interpreter that has imported
only the libraries any turn needs (goal: <= 400 MB).
"""

from __future__ import annotations

import argparse
import base64
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from bench import common

REVIEW_GOAL_MS = 300.0
MEMORY_GOAL_MB = 400.0


@dataclass(frozen=True)
class Turn:
    brief: str
    answer: str | None = None
    mask: bool = False


SCRIPT: tuple[Turn, ...] = (
    Turn(
        "Create a summer-sale visual for Acme with our logo and the copy “Stay Cool”",
        answer="square 1:1",
    ),
    Turn("A square post for our spring launch with the copy “Hello Spring”"),
    Turn("A square 1:1 Instagram post for a summer sale with the copy “夏のセール 50%オフ”"),
    Turn("Make the background warmer"),
    Turn("A square 1:1 Instagram post for a summer sale with the copy “여름 세일 50% 할인”"),
    Turn("A square post of a leather passport holder on a marble table"),
    Turn("A square 1:1 Instagram post for a summer sale with the copy “गर्मी की सेल 50% छूट”"),
    Turn("Replace the masked area with a bright yellow sun on a clear blue sky", mask=True),
    Turn("A square 1:1 Instagram post for a summer sale with the copy “গ্রীষ্মের সেল ৫০% ছাড়”"),
    Turn("What can you do for our team?"),
    Turn("A square 1:1 post for our autumn promotion with the copy “夏季促销 全场五折”"),
    Turn(
        "Now a portrait 4:5 version of the same visual for the feed, with our logo and the "
        "copy “Stay Cool”"
    ),
)
WARM_UP = Turn("A square post for our grand opening with the copy “Grand Opening”")
TWO_TURNS = SCRIPT[1], SCRIPT[3]


# -- the earlier review path ---------------------------------------------------------------

_LEGACY_SIDES = (512, 360, 768, 1024)


def _legacy_read(gray: Any, langs: Sequence[str]) -> str:
    pytesseract: Any = importlib.import_module("pytesseract")
    return str(pytesseract.image_to_string(gray, lang="+".join(langs), config="--psm 11"))


def _legacy_passes(gray: Any) -> list[tuple[str, Any]]:
    from PIL import ImageOps

    from tools import qa

    passes: list[tuple[str, Any]] = []
    for side in _LEGACY_SIDES:
        if side > max(gray.size) and side != _LEGACY_SIDES[0]:
            continue
        small = qa._scaled(gray, side)
        passes.append((f"otsu@{side}", qa._otsu(small)))
        for light in (True, False):
            fill = qa._extreme(small, light)
            if fill is not None:
                passes.append((f"{'light' if light else 'dark'}-fill@{side}", fill))
        passes.append((f"raw@{side}", small))
    passes.append(("otsu-inverted@512", ImageOps.invert(qa._otsu(qa._scaled(gray, 512)))))
    if max(gray.size) > _LEGACY_SIDES[-1]:
        passes.append(("raw@full", qa._scaled(gray, min(1600, max(gray.size)))))
    return passes


def legacy_text_rendering(image: Any, expected: str, threshold: float = 0.05) -> Any:
    """The copy check as it was: every pass prepared up front, scales first."""
    from memory.imaging import flatten
    from tools import qa

    script = qa.detect_script(expected)
    langs = qa._check_langs(qa.SCRIPT_LANGS[script])
    gray = flatten(image).convert("L")
    results: list[dict[str, Any]] = []
    best_text, best = "", 1.0
    seen: set[str] = set()
    for label, prepared in _legacy_passes(gray):
        read = _legacy_read(prepared, langs)
        score = qa.cer(expected, read)
        results.append({"pass": label, "cer": round(score, 4)})
        if score < best or not best_text:
            best, best_text = score, read
        if best <= threshold:
            break
        words = qa.normalise_text(read)
        if words and words in seen:
            break
        seen.add(words)
    return qa.QAResult(
        name="text_rendering",
        score=round(best, 4),
        passed=best <= threshold,
        evidence={"read": " ".join(best_text.split()), "langs": langs, "passes": results},
    )


def legacy_screen(services: Any, asset: Any, plan: Any) -> Any:
    """The review's screening as it was: all six languages, then moderation, then the copy."""
    from agent.nodes import review
    from memory.imaging import decode, flatten
    from tools import classifiers, qa
    from tools.moderation import moderate, screen
    from tools.policy import load_policy

    settings = services.settings
    started = time.perf_counter()
    img = decode(services.assets.read_bytes(asset.sha256))
    url = "data:image/jpeg;base64," + base64.b64encode(classifiers.moderation_copy(img)).decode()
    gray = flatten(img).convert("L")
    gray = qa._scaled(gray, min(768, max(gray.size)))
    text = " ".join(_legacy_read(qa._otsu(gray), qa.ALL_LANGS).split())[: review.OCR_CHARS]
    retry = services.retrying(node="review", surface="moderation", model=settings.moderation_model)
    screening = screen(
        services.client,
        model=settings.moderation_model,
        policy=load_policy(settings.home),
        text=text or None,
        image_urls=[url],
        review_threshold=settings.review_threshold,
        image_moderation=settings.image_moderation,
        policy_text=text,
        retry=retry,
    )
    if screening.moderation is None:
        screening.moderation = retry(
            lambda: moderate(
                services.client, model=settings.moderation_model, text=None, image_urls=[url]
            )
        )
    reading = review.Reading(text=text, evidence={"read": "legacy"})
    if plan.copy is not None:
        reading.copy = legacy_text_rendering(img, plan.copy)
    screening.moderation.latency_ms = (time.perf_counter() - started) * 1000
    return review.Screened(screening, reading, [])


# -- one session ---------------------------------------------------------------------------


@dataclass
class SessionTimes:
    nodes: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    turns: list[float] = field(default_factory=list)
    review_images: int = 0
    outcomes: list[str] = field(default_factory=list)


def _make_runner(settings: Any, times: SessionTimes) -> Any:
    from agent.runner import Runner

    class TimedRunner(Runner):
        """A Runner that also asks LangGraph for task start and end events."""

        def _updates(self, graph_input: Any) -> Iterator[dict[str, Any]]:
            from agent.runner import DURABILITY

            started: dict[str, float] = {}
            stream = self.graph.stream(
                graph_input,
                config=self.config,
                context=self.services,
                stream_mode=["updates", "tasks"],
                durability=DURABILITY,
            )
            for mode, chunk in stream:
                if mode != "tasks":
                    yield cast(dict[str, Any], chunk)
                    continue
                now = time.perf_counter()
                task = cast(dict[str, Any], chunk)
                if "triggers" in task:  # a task starts
                    started[task["id"]] = now
                elif task["id"] in started:
                    times.nodes[task["name"]].append((now - started.pop(task["id"])) * 1000)

    return TimedRunner(settings)


def _clear_ocr_caches() -> None:
    from tools import classifiers, qa

    classifiers._OCR_CACHE.clear()
    qa._TEXT_CACHE.clear()


def _play(runner: Any, turn: Turn, home: Path) -> tuple[float, str]:
    from agent.demo import make_mask

    _clear_ocr_caches()
    mask = None
    if turn.mask:
        current = runner.state().current_image
        if current is not None:
            mask = make_mask(home / "inputs" / "mask.png", current.width, current.height)
    started = time.perf_counter()
    result = runner.turn(turn.brief, mask=mask)
    if result.status == "question":
        result = runner.answer(turn.answer or "square 1:1")
    elapsed = (time.perf_counter() - started) * 1000
    state = result.state
    if state.refusal is not None:
        outcome = f"refused ({state.refusal.stage})"
    elif state.images:
        outcome = ", ".join(f"{i.action} {i.size} [{i.review}]" for i in state.images)
    else:
        outcome = "replied"
    return elapsed, outcome


def run_session(home: Path, *, legacy: bool) -> SessionTimes:
    from agent.nodes import review
    from core.settings import Settings

    home.mkdir(parents=True, exist_ok=True)
    common.add_logo(home)
    settings = Settings(home=home, provider="offline")
    times = SessionTimes()
    real = review._screen
    if legacy:
        review._screen = legacy_screen
    warm = _make_runner(settings, SessionTimes())
    try:
        _play(warm, WARM_UP, home)
        runner = _make_runner(settings, times)
        try:
            for turn in SCRIPT:
                elapsed, outcome = _play(runner, turn, home)
                times.turns.append(elapsed)
                times.outcomes.append(outcome)
        finally:
            runner.close()
    finally:
        warm.close()
        review._screen = real
    from memory.ledger import Ledger

    times.review_images = sum(
        1 for r in Ledger(settings.ledger_db).rows(thread_id=runner.thread_id) if r.node == "review"
    )
    return times


# -- memory of a two-turn session, in a fresh process ----------------------------------------


def _two_turn_child(home: Path) -> None:
    from core.process import tune_memory

    tune_memory()  # as the CLI does before anything else
    # The floor: an interpreter with the libraries every turn needs, and nothing else.
    import langgraph.graph  # noqa: F401
    import numpy  # noqa: F401
    import openai  # noqa: F401
    import pydantic  # noqa: F401
    import yaml  # noqa: F401
    from PIL import Image  # noqa: F401

    floor = common.rss_mb()
    from agent.runner import Runner
    from core.settings import Settings

    imported = common.rss_mb()
    runner = Runner(Settings(home=home, provider="offline"))
    try:
        for turn in TWO_TURNS:
            _play(runner, turn, home)
    finally:
        runner.close()
    # Linux carries ru_maxrss across exec, so a child started by a large parent would report
    # the parent's peak; VmHWM is this process image's own high-water mark.
    print(json.dumps({"floor": floor, "imported": imported, "peak": common.status_mb("VmHWM")}))


def two_turn_memory(base: Path) -> dict[str, float]:
    home = base / "two-turn"
    home.mkdir(parents=True, exist_ok=True)
    common.add_logo(home)  # a library made earlier, as a user's would be
    done = subprocess.run(
        [sys.executable, "-m", "bench.turn", "--two-turn-child", str(home)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "ATELIER_HOME": str(home)},
    )
    if done.returncode != 0:
        raise SystemExit(f"two-turn child failed:\n{done.stderr}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


# -- report ----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one-core", action="store_true", help="pin this process to one CPU")
    parser.add_argument("--two-turn-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.two_turn_child:
        _two_turn_child(Path(args.two_turn_child))
        return
    if args.one_core:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # tesseract inherits it
    cpus = len(os.sched_getaffinity(0))
    print(
        f"bench.turn: {len(SCRIPT)} scripted turns on the offline engine, warm, {cpus} CPU(s); "
        "baseline: the earlier review path on the same images, in this process"
    )
    with tempfile.TemporaryDirectory(prefix="atelier-bench-turn-") as tmp:
        base = Path(tmp)
        now = run_session(base / "now", legacy=False)
        peak = common.peak_mb()
        before = run_session(base / "before", legacy=True)
        memory = two_turn_memory(base)

    for i, (turn, outcome) in enumerate(zip(SCRIPT, now.outcomes, strict=True), start=1):
        print(f"  {i:>2}. {turn.brief[:60]:<60} {outcome}")
    print(f"\n{'node':<16} {'runs':>4} {'p50 ms':>8} {'baseline p50 ms':>16} {'ratio':>6}")
    order = ["moderate_input", "retrieve", "decide", "clarify", "generate", "edit", "review"]
    order += sorted(set(now.nodes) - set(order))
    for node in order:
        if node not in now.nodes:
            continue
        mine, theirs = common.p50(now.nodes[node]), common.p50(before.nodes.get(node, []))
        print(
            f"{node:<16} {len(now.nodes[node]):>4} {mine:>8.0f} {theirs:>16.0f} "
            f"{mine / theirs if theirs else float('nan'):>6.2f}"
        )
    turn_now, turn_before = common.p50(now.turns), common.p50(before.turns)
    print(
        f"{'turn (warm)':<16} {len(now.turns):>4} {turn_now:>8.0f} {turn_before:>16.0f} "
        f"{turn_now / turn_before:>6.2f}"
    )
    review_now = common.p50(now.nodes["review"])
    review_before = common.p50(before.nodes["review"])
    print(
        f"\nreview: {now.review_images} images; p50 {review_now:.0f} ms against "
        f"{review_before:.0f} ms before (ratio {review_now / review_before:.2f}; "
        f"goal <= {REVIEW_GOAL_MS:.0f} ms -> "
        f"{'ok' if review_now <= REVIEW_GOAL_MS else 'MISSED'})"
    )
    print(f"warm turn p50 {turn_now:.0f} ms (baseline {turn_before:.0f} ms)")
    print(f"peak resident memory of this process after the session: {peak:.0f} MB")
    print(
        f"two-turn peak MB {memory['peak']:.0f} (floor {memory['floor']:.0f} MB: interpreter "
        f"with numpy, Pillow, openai, pydantic, langgraph; {memory['imported']:.0f} MB after "
        f"importing atelier; goal <= {MEMORY_GOAL_MB:.0f} MB -> "
        f"{'ok' if memory['peak'] <= MEMORY_GOAL_MB else 'MISSED'})"
    )
    print(f"review p50 {review_now:.0f} ms")


if __name__ == "__main__":
    main()
