"""How much moderation adds to a turn, offline: p50 milliseconds and the ratio to the turn.

python -m bench.moderation [--turns 20]

Runs whole generate turns through the Runner on the offline engine in a scratch data
directory and times, inside the same turns, the input screening (policy rules + the
moderations endpoint on brief and uploads) and the output screening (decode + policy on the
image's text + the moderations endpoint on text and pixels, nudenet included). Reading the
text in the image (OCR) is QA work shared with the text-rendering check, so it is timed and
printed on its own line. The goal: moderation <= 50 ms p50 per turn.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

GOAL_MS = 50.0
BRIEFS = [
    "A square post for our spring launch with the copy “Hello Spring”",
    "A square banner for the summer sale with the copy “50% off”",
    "夏のセールの正方形のバナー、コピーは「夏のセール」",
    "A square post of a leather passport holder on a marble table",
]


def _timed(module: Any, name: str, bucket: list[float]) -> Callable[..., Any]:
    real: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            bucket.append((time.perf_counter() - started) * 1000)

    setattr(module, name, wrapper)
    return real


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args()

    from agent.nodes import moderate_input as input_node
    from agent.nodes import review as review_node
    from agent.runner import Runner
    from core.settings import Settings
    from tools import classifiers

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), provider="offline", partial_images=0)
        runner = Runner(settings)
        screen_in: list[float] = []
        screen_out: list[float] = []
        ocr: list[float] = []
        _timed(input_node, "screen", screen_in)
        _timed(review_node, "screen_image", screen_out)
        _timed(classifiers, "image_text", ocr)
        # Warm-up: imports, the nudenet session, the policy file, fonts.
        runner.turn(BRIEFS[0])
        screen_in.clear()
        screen_out.clear()
        ocr.clear()
        turns: list[float] = []
        moderation: list[float] = []
        ocr_per_turn: list[float] = []
        inputs: list[float] = []
        for i in range(args.turns):
            # The offline drawings repeat per brief; a real turn's image is new to the cache.
            classifiers._OCR_CACHE.clear()
            marks = (len(screen_in), len(screen_out), len(ocr))
            started = time.perf_counter()
            result = runner.turn(BRIEFS[i % len(BRIEFS)])
            turns.append((time.perf_counter() - started) * 1000)
            if result.status == "question":
                runner.answer("square 1:1")
                turns[-1] = (time.perf_counter() - started) * 1000
            read = sum(ocr[marks[2] :])
            spent = sum(screen_in[marks[0] :]) + sum(screen_out[marks[1] :]) - read
            moderation.append(spent)
            ocr_per_turn.append(read)
            inputs.append(sum(screen_in[marks[0] :]))
        runner.close()

    turn_p50 = statistics.median(turns)
    mod_p50 = statistics.median(moderation)
    ocr_p50 = statistics.median(ocr_per_turn)
    print(f"turns: {len(turns)} (offline engine, one image each)")
    print(f"turn p50:            {turn_p50:8.1f} ms")
    print(
        f"moderation p50:      {mod_p50:8.1f} ms  ratio to turn {mod_p50 / turn_p50:.3f}  "
        f"goal <= {GOAL_MS:.0f} ms: {'met' if mod_p50 <= GOAL_MS else 'NOT met'}"
    )
    print(f"  of which input p50: {statistics.median(inputs):8.1f} ms (policy + endpoint)")
    print(f"OCR of outputs p50:  {ocr_p50:8.1f} ms  ratio to turn {ocr_p50 / turn_p50:.3f}")


if __name__ == "__main__":
    main()
