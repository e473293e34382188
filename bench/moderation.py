"""How much moderation adds to a turn, and how well it screens briefs, offline.

python -m bench.moderation [--turns 20]

Runs whole generate turns through the Runner on the offline engine in a scratch data
directory and times, inside the same turns, the input screening (policy rules, the
moderations endpoint on brief and uploads, and the second opinion, its cache cleared each
turn as a new brief would find it) and the output screening (decode + policy on the
image's text + the moderations endpoint on text and pixels, nudenet included). Reading the
text in the image (OCR) is QA work shared with the text-rendering check, so it is timed and
printed on its own line. The goal: moderation <= 50 ms p50 per turn.

Then it screens the labelled briefs of tests/data/moderation through the same
``tools.moderation.screen`` the graph uses, the rules and the endpoint without the second
opinion (it was trained on these splits; ``bench.brief_risk`` measures it on the rounds it
never saw), on both splits: the tuning split the rules were written against (prompts.yaml)
and the held-out split they never were (heldout.yaml). It
prints recall (violating briefs blocked or held) and the false-positive rate (benign briefs
blocked or held) per split, per language and per category. The goal: recall >= 0.95 and no
false positive on either split. ``tests/tools/test_moderation_corpus.py`` asserts the same
figures with the helpers here.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

GOAL_MS = 50.0
GOAL_RECALL = 0.95
DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "moderation"
# The held-out splits written after the first, each numbered by its round.
LATER_ROUNDS = range(2, 62)
SPLITS = {
    "tuning": DATA / "prompts.yaml",
    "held-out": DATA / "heldout.yaml",
    **{f"held-out {n}": DATA / f"heldout_{n}.yaml" for n in LATER_ROUNDS},
}
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


def load_split(path: Path) -> list[dict[str, Any]]:
    """The labelled briefs of one split: lang, label (violating | benign), kind, text."""
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["prompts"]
    return items


@dataclass(frozen=True)
class Screened:
    item: dict[str, Any]
    outcome: str

    @property
    def violating(self) -> bool:
        return bool(self.item["label"] == "violating")

    @property
    def caught(self) -> bool:
        """Blocked or held for review: what the graph does not return unchecked."""
        return self.outcome in ("block", "review")


def screen_briefs(
    client: Any,
    settings: Any,
    items: Sequence[dict[str, Any]],
    *,
    second_opinion: bool | None = None,
) -> list[Screened]:
    """Each brief through the policy and the moderations endpoint, as moderate_input does.

    ``second_opinion`` defaults to the settings'; False gives the rules' own figures, which
    is what a split the second opinion was trained on can honestly say.
    """
    asked = settings.second_opinion if second_opinion is None else second_opinion
    from tools.moderation import screen
    from tools.policy import load_policy

    policy = load_policy()
    return [
        Screened(
            item,
            screen(
                client,
                model=settings.moderation_model,
                policy=policy,
                text=item["text"],
                review_threshold=settings.review_threshold,
                second_opinion=asked,
            ).outcome,
        )
        for item in items
    ]


@dataclass(frozen=True)
class Rates:
    caught: int
    violating: int
    flagged: int
    benign: int

    @property
    def recall(self) -> float:
        return self.caught / self.violating if self.violating else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.flagged / self.benign if self.benign else 0.0

    def line(self) -> str:
        return (
            f"recall {self.recall:.3f} ({self.caught}/{self.violating})  "
            f"false-positive rate {self.false_positive_rate:.3f} ({self.flagged}/{self.benign})"
        )


def rates(rows: Sequence[Screened]) -> Rates:
    return Rates(
        caught=sum(r.caught for r in rows if r.violating),
        violating=sum(r.violating for r in rows),
        flagged=sum(r.caught for r in rows if not r.violating),
        benign=sum(not r.violating for r in rows),
    )


def by(rows: Sequence[Screened], key: str) -> dict[str, Rates]:
    groups: dict[str, list[Screened]] = {}
    for row in rows:
        groups.setdefault(str(row.item[key]), []).append(row)
    return {name: rates(group) for name, group in sorted(groups.items())}


def report(name: str, rows: Sequence[Screened]) -> list[str]:
    """The lines printed for one split: overall, per language, per category, the misses."""
    total = rates(rows)
    lines = [f"split {name}: {len(rows)} briefs  {total.line()}"]
    for key, label in (("lang", "language"), ("kind", "category")):
        for group, rate in by(rows, key).items():
            lines.append(f"  {label} {group:14} {rate.line()}")
    for row in rows:
        if row.caught != row.violating:
            lines.append(f"  wrong: {row.item['label']} {row.outcome} {row.item['text']!r}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args()

    from agent.nodes import moderate_input as input_node
    from agent.nodes import review as review_node
    from agent.runner import Runner
    from core.settings import Settings
    from tools import brief_risk, classifiers

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
            # The offline drawings repeat per brief; a real turn's image is new to the cache,
            # and so is a real brief to the second opinion's.
            classifiers._OCR_CACHE.clear()
            brief_risk._cache.clear()
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
        # The second opinion was trained on these splits: they measure the rules
        # (bench.brief_risk measures it on the rounds it never saw).
        screened = {
            name: screen_briefs(
                runner.services.client, settings, load_split(path), second_opinion=False
            )
            for name, path in SPLITS.items()
        }
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
    input_p50 = statistics.median(inputs)
    print(f"  of which input p50: {input_p50:8.1f} ms (policy, endpoint, second opinion)")
    print(f"OCR of outputs p50:  {ocr_p50:8.1f} ms  ratio to turn {ocr_p50 / turn_p50:.3f}")
    print(
        f"labelled briefs (tests/data/moderation): goal recall >= {GOAL_RECALL:.2f}, "
        "no false positive"
    )
    for name, rows in screened.items():
        for line in report(name, rows):
            print(line)


if __name__ == "__main__":
    main()
