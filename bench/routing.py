"""Offline routing and copy accuracy on the labelled briefs in tests/data/routing/.

Run: ``.venv/bin/python -m bench.routing [--split NAME|all] [--methods] [--misses]``

For each split it prints the shipped planner's routing accuracy (the tool it chooses for
a brief and its context) and copy accuracy (the copy it extracts, exactly, for every brief
that wants a visual made or changed, and for the briefs that carry copy alone), overall,
per expected action and per language, next to the planner as it was before issue 14
(``bench/routing_baseline.py``) measured in the same run. ``--methods`` adds the routing
methods the shipped one was chosen against: the shipped MiniLM int8 embeddings with the
tuning briefs as labelled exemplars (1-nearest neighbour and nearest centroid;
leave-one-out on the tuning split itself), and the rules with nearest-neighbour as the
fallback when no rule fires.

The held-out files were each written before they were first evaluated; their headers
record that first evaluation and what changed after it. The routing test in
tests/tools/offline/test_planner_routing.py fails below 0.9 on any of them.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import yaml

from bench import routing_baseline as baseline
from tools.offline import planner, route_head

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "routing"
HELD_OUT = ("held_out", *(f"held_out_{n}" for n in range(2, 65)))
SPLITS = {"tuning": DATA / "tuning.yaml", **{name: DATA / f"{name}.yaml" for name in HELD_OUT}}
ACTIONS = (
    "generate",
    "edit",
    "clarify",
    "reply",
    "finalize",
    "lookup_images",
    "lookup_spend",
    "lookup_references",
    "lookup_holds",
)
LANGUAGES = ("en", "ja", "ko", "zh", "hi", "bn")
# A visual is made or changed (or would be, once the question is answered): copy matters.
VISUAL_ACTIONS = frozenset({"generate", "edit", "clarify"})
_ACTION_OF_TOOL = {tool: action for action, tool in route_head.TOOL_OF_ACTION.items()}


@dataclass(frozen=True)
class Case:
    brief: str
    lang: str
    action: str
    text: str | None
    current_image: bool = False
    attachments: int = 0
    mask: bool = False

    @property
    def planner_brief(self) -> planner.Brief:
        return planner.Brief(
            text=self.brief,
            attachments=self.attachments,
            mask=self.mask,
            current_image=self.current_image,
        )


def load_cases(split: str) -> list[Case]:
    """The labelled cases of ``split`` (a key of ``SPLITS``)."""
    raw = yaml.safe_load(SPLITS[split].read_text(encoding="utf-8"))
    cases = [Case(**entry) for entry in raw["cases"]]
    for case in cases:
        if case.action not in ACTIONS or case.lang not in LANGUAGES:
            raise ValueError(f"{split}: bad label in {case}")
    return cases


def action_of(tool: str) -> str:
    return _ACTION_OF_TOOL[tool]


Router = Callable[[Case], str]
Copier = Callable[[Case], str | None]


def planner_route(case: Case) -> str:
    return action_of(planner.choose(case.planner_brief))


def planner_copy(case: Case) -> str | None:
    return planner.copy_text(case.planner_brief)


def baseline_route(case: Case) -> str:
    tool = baseline.choose(
        case.brief,
        attachments=case.attachments,
        mask=case.mask,
        current_image=case.current_image,
    )
    return action_of(tool)


def baseline_copy(case: Case) -> str | None:
    return baseline.copy_text(case.brief)


@dataclass
class Score:
    routing: dict[str, list[bool]]  # by key ("all", "action:x", "lang:y")
    copy: dict[str, list[bool]]
    misses: list[str]

    def rate(self, table: str, key: str) -> tuple[float, int]:
        hits = (self.routing if table == "routing" else self.copy).get(key, [])
        return (sum(hits) / len(hits) if hits else float("nan")), len(hits)


def score(cases: Sequence[Case], route: Router, copy: Copier) -> Score:
    routing: dict[str, list[bool]] = defaultdict(list)
    copied: dict[str, list[bool]] = defaultdict(list)
    misses: list[str] = []
    for case in cases:
        got = route(case)
        ok = got == case.action
        for key in ("all", f"action:{case.action}", f"lang:{case.lang}"):
            routing[key].append(ok)
        if not ok:
            misses.append(f"route {case.lang} {case.brief!r}: want {case.action}, got {got}")
        if case.action in VISUAL_ACTIONS:
            text = copy(case)
            good = text == case.text
            keys = ["all", f"lang:{case.lang}", *(["with_copy"] if case.text else [])]
            for key in keys:
                copied[key].append(good)
            if not good:
                misses.append(f"copy  {case.lang} {case.brief!r}: want {case.text!r}, got {text!r}")
    return Score(dict(routing), dict(copied), misses)


# --- the methods the shipped one was measured against ------------------------------------


class Exemplars:
    """Labelled briefs embedded with the shipped MiniLM int8 model."""

    def __init__(self, cases: Sequence[Case]) -> None:
        from memory.embeddings import MiniLMEmbedder

        self.embedder = MiniLMEmbedder()
        self.cases = list(cases)
        self.vectors = self.embedder.embed_array([c.brief for c in self.cases])
        self.labels = [c.action for c in self.cases]

    def embed(self, text: str) -> npt.NDArray[np.float32]:
        vector: npt.NDArray[np.float32] = self.embedder.embed_array([text])[0]
        return vector

    def nearest(self, case: Case, *, exclude_self: bool) -> str:
        scores = self.vectors @ self.embed(case.brief)
        if exclude_self:
            for i, other in enumerate(self.cases):
                if other is case or other == case:
                    scores[i] = -2.0
        return self.labels[int(np.argmax(scores))]

    def centroid(self, case: Case, *, exclude_self: bool) -> str:
        query = self.embed(case.brief)
        best, best_score = "reply", -2.0
        for action in sorted(set(self.labels)):
            rows = [
                i
                for i, label in enumerate(self.labels)
                if label == action and not (exclude_self and self.cases[i] == case)
            ]
            if not rows:
                continue
            centre = self.vectors[rows].mean(axis=0)
            value = float(centre @ query) / float(np.linalg.norm(centre) or 1.0)
            if value > best_score:
                best, best_score = action, value
        return best


def _possible(case: Case, action: str) -> str:
    """What a label can be in the case's context: no edit without an image, no finalize
    without a draft (the same constraints the graph applies to any model's answer)."""
    if action == "edit" and not (case.attachments or case.current_image):
        return "reply"
    if action == "finalize" and not case.current_image:
        return "reply"
    return action


def knn_router(exemplars: Exemplars, *, held_out: bool, centroid: bool = False) -> Router:
    def route(case: Case) -> str:
        pick = exemplars.centroid if centroid else exemplars.nearest
        return _possible(case, pick(case, exclude_self=not held_out))

    return route


def mixed_router(exemplars: Exemplars, *, held_out: bool) -> Router:
    """The shipped rules, and the nearest exemplar where no rule fires."""

    def route(case: Case) -> str:
        tool = planner.rule_choice(case.planner_brief)
        if tool is not None:
            return action_of(tool)
        return _possible(case, exemplars.nearest(case, exclude_self=not held_out))

    return route


# --- printing ---------------------------------------------------------------------------


def _fmt(value: float) -> str:
    return " n/a " if value != value else f"{value:.3f}"


def report(split: str, cases: Sequence[Case], methods: dict[str, tuple[Router, Copier]]) -> None:
    scores = {name: score(cases, route, copy) for name, (route, copy) in methods.items()}
    note = " (held out; its header gives its first evaluation)" if split in HELD_OUT else ""
    print(f"\n== {split}: {SPLITS[split].relative_to(DATA.parents[2])}{note}")
    width = max(len(name) for name in scores)
    for name, result in scores.items():
        rate, n = result.rate("routing", "all")
        copy_rate, copy_n = result.rate("copy", "all")
        with_rate, with_n = result.rate("copy", "with_copy")
        print(
            f"{name:<{width}}  routing accuracy {_fmt(rate)} (n={n})  "
            f"copy accuracy {_fmt(copy_rate)} (n={copy_n}; "
            f"briefs with copy {_fmt(with_rate)}, n={with_n})"
        )
    names = list(scores)
    header = "  ".join(f"{name:>{max(8, len(name))}}" for name in names)
    print(f"routing per action{'':<10}{header}")
    for action in ACTIONS:
        n = scores[names[0]].rate("routing", f"action:{action}")[1]
        if not n:
            continue
        cells = "  ".join(
            f"{_fmt(scores[name].rate('routing', f'action:{action}')[0]):>{max(8, len(name))}}"
            for name in names
        )
        print(f"  action {action:<18} (n={n:>3}) {cells}")
    print(f"routing / copy per language{'':<1}{header}   (copy)")
    for lang in LANGUAGES:
        n = scores[names[0]].rate("routing", f"lang:{lang}")[1]
        copy_n = scores[names[0]].rate("copy", f"lang:{lang}")[1]
        cells = "  ".join(
            f"{_fmt(scores[name].rate('routing', f'lang:{lang}')[0]):>{max(8, len(name))}}"
            for name in names
        )
        copies = "  ".join(
            f"{_fmt(scores[name].rate('copy', f'lang:{lang}')[0]):>{max(8, len(name))}}"
            for name in names
        )
        print(f"  language {lang} (n={n:>3}, copy n={copy_n:>2})   {cells}   {copies}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument(
        "--methods", action="store_true", help="also the embedding methods, for comparison"
    )
    parser.add_argument("--misses", action="store_true", help="list the shipped planner's misses")
    args = parser.parse_args(argv)
    splits = list(SPLITS) if args.split == "all" else [args.split]
    tuning = load_cases("tuning")
    exemplars = Exemplars(tuning) if args.methods else None
    for split in splits:
        cases = tuning if split == "tuning" else load_cases(split)
        methods: dict[str, tuple[Router, Copier]] = {
            "planner": (planner_route, planner_copy),
            "baseline": (baseline_route, baseline_copy),
        }
        if exemplars is not None:
            held = split in HELD_OUT
            methods["minilm-1nn"] = (knn_router(exemplars, held_out=held), planner_copy)
            methods["minilm-centroid"] = (
                knn_router(exemplars, held_out=held, centroid=True),
                planner_copy,
            )
            methods["rules+1nn"] = (mixed_router(exemplars, held_out=held), planner_copy)
        report(split, cases, methods)
        if args.misses:
            for line in score(cases, planner_route, planner_copy).misses:
                print("  miss:", line)


if __name__ == "__main__":
    main()
