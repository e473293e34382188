"""The planner's second look (``tools/offline/route_head.py``): training it, and a backtest.

Run: ``.venv/bin/python -m bench.route_head train`` writes the shipped head, trained on the
tuning file and every held-out file of tests/data/routing/ (scikit-learn's LinearSVC, a dev
dependency; the planner reads the stored weights with numpy alone).

Run: ``.venv/bin/python -m bench.route_head [--first N]`` is the backtest the head was
chosen by. A held-out file was written blind and committed, with its first reading in its
header, before anything was tuned on it; so for each held-out file from ``--first`` on, the
commit that added it holds the rules as they were when the file was first read and the
labelled data that existed then. For each such file it

- runs that commit's planner (rules alone) on the file, in a temporary git worktree;
- trains a head, with today's features, on that commit's tuning and older held-out files;
- scores the rules, the head alone and the rules with the second look at each margin.

It prints one line per file and the figure lines ``first look, rules alone:``,
``first look, head alone:`` and ``first look, rules + second look:`` (the mean over the
files), and the margin and the floor chosen on the earlier half of the files, measured on
the later half. It needs the repository's history (a full clone) and takes a few minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from scipy.sparse import csr_matrix

from bench.routing import SPLITS, Case
from tools.offline import route_head

ROOT = Path(__file__).resolve().parents[1]
NEVER = float("inf")
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)
FLOORS = (-NEVER, -0.25, 0.0, 0.25, 0.5)

# Run inside a worktree at an old commit: that commit's rules on one held-out file (rules
# alone, also at commits whose planner has a second look).
_RULES_THEN = """
import json, sys, yaml
from bench import routing as R
for entry in yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["cases"]:
    brief = R.Case(**entry).planner_brief
    tool = R.planner.rule_choice(brief) or R.planner.REPLY
    asked = tool == R.planner.CLARIFY
    visual = asked and R.planner.clarify_question(brief)[0] != R.planner.CHANGE_QUESTION
    print(json.dumps([R.action_of(tool), visual]))
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _rows(cases: Sequence[Case]) -> csr_matrix:
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, case in enumerate(cases):
        counts = route_head.features(
            case.brief,
            current_image=case.current_image,
            attachments=case.attachments,
            mask=case.mask,
        )
        rows += [i] * len(counts)
        cols += list(counts)
        vals += list(counts.values())
    return csr_matrix((vals, (rows, cols)), shape=(len(cases), route_head.WIDTH), dtype=np.float32)


def fit(cases: Sequence[Case], *, trained_on: dict[str, str]) -> route_head.RouteHead:
    """A head trained on ``cases``, its weights rounded as the shipped file stores them."""
    from sklearn.preprocessing import normalize
    from sklearn.svm import LinearSVC

    counts = _rows(cases)
    seen = np.asarray((counts > 0).sum(axis=0)).ravel()
    idf = np.where(seen >= 2, np.log((1 + len(cases)) / (1 + seen)) + 1, 0.0).astype(np.float32)
    x = normalize(csr_matrix(counts.multiply(idf)))
    labels = [route_head.TOOL_OF_ACTION[case.action] for case in cases]
    svm = LinearSVC(C=1.0, random_state=0).fit(x, labels)
    return route_head.RouteHead(
        tools=tuple(str(tool) for tool in svm.classes_),
        idf=idf.astype(np.float16).astype(np.float32),
        weights=svm.coef_.astype(np.float16).astype(np.float32),
        bias=svm.intercept_.astype(np.float32),
        margin=route_head.MARGIN,
        floor=route_head.FLOOR,
        trained_on=trained_on,
    )


def train() -> None:
    cases: list[Case] = []
    trained_on: dict[str, str] = {}
    for name, path in SPLITS.items():
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases += [Case(**entry) for entry in raw["cases"]]
        trained_on[name] = digest(path)
    head = fit(cases, trained_on=trained_on)
    head.write()
    size = route_head.HEAD_FILE.stat().st_size
    where = route_head.HEAD_FILE
    print(
        f"trained on {len(cases)} briefs of {len(trained_on)} files; wrote {where} ({size:,} bytes)"
    )


# --- the backtest -------------------------------------------------------------------------


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def _cases_at(commit: str, name: str) -> list[Case] | None:
    try:
        text = _git("show", f"{commit}:tests/data/routing/{name}.yaml")
    except subprocess.CalledProcessError:
        return None
    return [Case(**entry) for entry in yaml.safe_load(text)["cases"]]


def _added_in(name: str) -> str | None:
    found = _git(
        "log", "--diff-filter=A", "--format=%H", "--", f"tests/data/routing/{name}.yaml"
    ).split()
    return found[-1] if found else None


def _rules_then(commit: str, name: str) -> list[tuple[str, bool]]:
    """Per brief, that commit's rules' action and whether their question is about a new
    visual's subject or format."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        _git("worktree", "add", "--detach", str(tree), commit)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree)}
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _RULES_THEN,
                    str(tree / "tests/data/routing" / f"{name}.yaml"),
                ],
                cwd=tree,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        finally:
            _git("worktree", "remove", "--force", str(tree))
    return [(str(a), bool(v)) for a, v in (json.loads(line) for line in out.splitlines())]


@dataclass
class FirstLook:
    name: str
    gold: list[str]
    rules: list[str]
    # Per brief: the head's best action, its lead over the rules' action, its own score.
    head: list[tuple[str, float, float]]

    def alone(self) -> float:
        return sum(
            best == gold for gold, (best, _, _) in zip(self.gold, self.head, strict=True)
        ) / len(self.gold)

    def rate(self, margin: float = route_head.MARGIN, floor: float = route_head.FLOOR) -> float:
        right = 0
        for gold, rule, (best, lead, top) in zip(self.gold, self.rules, self.head, strict=True):
            right += (best if lead > margin and top > floor else rule) == gold
        return right / len(self.gold)


def first_look(name: str) -> FirstLook | None:
    commit = _added_in(name)
    if commit is None:
        return None
    number = int(name.rsplit("_", 1)[1])
    train_on: list[Case] = []
    for older in ("tuning", "held_out", *(f"held_out_{n}" for n in range(2, number))):
        train_on += _cases_at(commit, older) or []
    test = _cases_at(commit, name) or []
    head = fit(train_on, trained_on={})
    action_of = {tool: action for action, tool in route_head.TOOL_OF_ACTION.items()}
    looks: list[tuple[str, float, float]] = []
    rules = _rules_then(commit, name)
    for case, (rule, visual_asked) in zip(test, rules, strict=True):
        scores = head.scores(
            case.brief,
            current_image=case.current_image,
            attachments=case.attachments,
            mask=case.mask,
        )
        best = max(scores, key=scores.__getitem__)
        rule_tool = route_head.TOOL_OF_ACTION[rule]
        allowed = route_head.may_overrule(
            rule_tool,
            best,
            current_image=case.current_image,
            attachments=case.attachments,
            visual_asked=visual_asked,
        )
        lead = scores[best] - scores[rule_tool] if allowed else -NEVER
        looks.append((action_of[best], lead, scores[best]))
    return FirstLook(name, [case.action for case in test], [rule for rule, _ in rules], looks)


def _mean(values: Sequence[float]) -> float:
    return float(np.mean(values)) if values else float("nan")


def backtest(first: int) -> None:
    names = [
        name
        for name in SPLITS
        if name.startswith("held_out_") and int(name.rsplit("_", 1)[1]) >= first
    ]
    looks: list[FirstLook] = []
    for name in names:
        look = first_look(name)
        if look is None:
            continue
        looks.append(look)
        print(
            f"{name}: n={len(look.gold)} rules {look.rate(NEVER):.3f} head {look.alone():.3f} "
            f"rules + second look {look.rate():.3f}",
            flush=True,
        )
    rules = _mean([look.rate(NEVER) for look in looks])
    alone = _mean([look.alone() for look in looks])
    both = _mean([look.rate() for look in looks])
    print(f"first look, rules alone: {rules:.3f} ({len(looks)} files)")
    print(f"first look, head alone: {alone:.3f}")
    print(
        f"first look, rules + second look: {both:.3f} "
        f"(margin {route_head.MARGIN}, floor {route_head.FLOOR})"
    )
    grid = [(margin, floor) for margin in MARGINS for floor in FLOORS]
    for floor in FLOORS:
        row = " ".join(f"{_mean([look.rate(m, floor) for look in looks]):.3f}" for m in MARGINS)
        print(f"  floor {floor:>5}: margins {MARGINS}: {row}")
    half = len(looks) // 2
    if half:
        earlier, later = looks[:half], looks[half:]
        chosen = max(grid, key=lambda mf: _mean([look.rate(*mf) for look in earlier]))
        print(
            f"margin and floor chosen on the earlier {half} files: {chosen}; on the later "
            f"{len(later)}: rules {_mean([look.rate(NEVER) for look in later]):.3f}, "
            f"rules + second look {_mean([look.rate(*chosen) for look in later]):.3f}"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", nargs="?", choices=("train", "backtest"), default="backtest")
    parser.add_argument("--first", type=int, default=36, help="the first held-out file to backtest")
    args = parser.parse_args(argv)
    if args.command == "train":
        train()
    else:
        backtest(args.first)


if __name__ == "__main__":
    main()
