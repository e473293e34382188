"""The second opinion on briefs (tools.brief_risk): training it, and what it adds on unseen briefs.

python -m bench.brief_risk train [--moderation-through 29] [--routing-through 29]
python -m bench.brief_risk

``train`` embeds the labelled briefs and writes ``tools/data/brief_risk.json``:
- violating: every violating brief of tests/data/moderation's tuning split and of the
  held-out rounds up to ``--moderation-through``;
- benign: their benign briefs, every brief of tests/data/routing's tuning set and of its
  held-out sets up to ``--routing-through`` (ordinary requests: edits, questions, thanks),
  and the rewrites the policy proposes for the violating briefs where the rules pass them;
- the risk head is a logistic regression; its threshold is the 99th percentile of the benign
  briefs' five-fold cross-validated scores, so about one benign training brief in a hundred
  would be held; the kind head is a second regression over the violating briefs' kinds.

Without arguments it measures the stored heads on what they were not trained on: each later
moderation round through ``tools.moderation.screen`` with and without the second opinion
(recall: violating briefs blocked or held; false positives: benign briefs blocked or held),
and the share of the later routing sets' ordinary briefs the second opinion would hold.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from bench import moderation as mb

ROUTING = Path(__file__).resolve().parents[1] / "tests" / "data" / "routing"
C = 16.0
BENIGN_QUANTILE = 0.99
BATCH = 32


def _round(path: Path) -> int:
    """The round a held-out file belongs to: 1 for the first, its number for the others."""
    found = re.search(r"_(\d+)$", path.stem)
    return int(found.group(1)) if found else 1


def moderation_files(through: int | None) -> list[Path]:
    """The tuning split and the held-out rounds up to ``through`` (all when None)."""
    held = sorted(mb.DATA.glob("heldout*.yaml"), key=_round)
    return [mb.DATA / "prompts.yaml", *(p for p in held if through is None or _round(p) <= through)]


def routing_files(through: int | None) -> list[Path]:
    held = sorted(ROUTING.glob("held_out*.yaml"), key=_round)
    return [ROUTING / "tuning.yaml", *(p for p in held if through is None or _round(p) <= through)]


def routing_briefs(path: Path) -> list[str]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    return [str(c["brief"]) for c in cases]


def embed_all(texts: Sequence[str]) -> np.ndarray:
    from rich.progress import Progress

    from tools import brief_risk

    out: list[np.ndarray] = []
    with Progress(transient=True) as progress:
        task = progress.add_task("embedding briefs", total=len(texts))
        for start in range(0, len(texts), BATCH):
            out.append(brief_risk.embed(texts[start : start + BATCH]))
            progress.advance(task, len(out[-1]))
    return np.concatenate(out)


def fit_risk(
    vectors: Any, labels: np.ndarray, counted: np.ndarray | None = None
) -> tuple[Any, np.ndarray, float]:
    """A risk head fitted on all briefs, its five-fold held-out scores, and its threshold.

    Both heads hold at the same point: the benign briefs' ``BENIGN_QUANTILE`` of scores they
    were not fitted on, over the briefs ``counted`` (all when None). Refusal's rewrites are
    trained on but not counted: each is a violating brief with its harm taken out, so they
    score high by design and would lift the threshold for every other brief.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    risk = LogisticRegression(C=C, max_iter=4000, class_weight="balanced")
    folds = StratifiedKFold(n_splits=5, shuffle=False)
    held_out_scores = cross_val_predict(risk, vectors, labels, cv=folds, method="predict_proba")
    benign = ~labels if counted is None else ~labels & counted
    threshold = float(np.quantile(held_out_scores[benign, 1], BENIGN_QUANTILE))
    risk.fit(vectors, labels)
    return risk, np.asarray(held_out_scores), threshold


def proposal_briefs(items: Sequence[dict[str, Any]]) -> list[str]:
    """The rewrites atelier would propose for the violating briefs, where the rules pass them.

    A refused brief's proposal is screened like any brief, the second opinion included, and
    a proposal it holds is never offered. These are ordinary requests by construction ("a
    model wearing our skates in an ad" for a named skater's), so the heads learn them as
    benign instead of holding what refusal itself suggests.
    """
    from agent.nodes.moderate_input import clean_brief
    from tools.offline.moderation import score_text
    from tools.policy import SEVERITY_ORDER, load_policy

    policy = load_policy(None)
    kept: dict[str, None] = {}
    for item in items:
        if item["label"] != "violating":
            continue
        proposal = policy.propose(clean_brief(str(item["text"])))
        if (
            proposal is None
            or SEVERITY_ORDER[policy.check(proposal).outcome] > SEVERITY_ORDER["warn"]
            or score_text(proposal).flagged_categories()
        ):
            continue
        kept[proposal] = None
    return list(kept)


def train(moderation_through: int, routing_through: int) -> None:
    from sklearn.linear_model import LogisticRegression

    from tools import brief_risk

    mod_files = moderation_files(moderation_through)
    route_files = routing_files(routing_through)
    items = [item for path in mod_files for item in mb.load_split(path)]
    ordinary = [brief for path in route_files for brief in routing_briefs(path)]
    proposals = proposal_briefs(items)
    texts = [str(item["text"]) for item in items] + ordinary + proposals
    labels = np.array(
        [item["label"] == "violating" for item in items]
        + [False] * (len(ordinary) + len(proposals))
    )
    counted = np.arange(len(texts)) < len(items) + len(ordinary)
    vectors = embed_all(texts)

    risk, held_out_scores, threshold = fit_risk(vectors, labels, counted)

    kinds_of = [str(item["kind"]) for item in items if item["label"] == "violating"]
    kind = LogisticRegression(C=C, max_iter=4000)
    kind.fit(vectors[: len(items)][labels[: len(items)]], kinds_of)

    head = brief_risk.Head(
        weights=risk.coef_[0].astype(np.float32),
        bias=float(risk.intercept_[0]),
        threshold=threshold,
        kinds=tuple(str(k) for k in kind.classes_),
        kind_weights=kind.coef_.astype(np.float32),
        kind_bias=kind.intercept_.astype(np.float32),
        trained_on={
            "moderation": [p.name for p in mod_files],
            "routing": [p.name for p in route_files],
        },
    )
    head.write()
    caught = held_out_scores[labels, 1] >= threshold
    print(
        f"trained on {int(labels.sum())} violating and {int((~labels).sum())} benign briefs "
        f"({len(ordinary)} of them ordinary routing briefs, {len(proposals)} the rewrites "
        "proposed for refused briefs)"
    )
    print(
        f"threshold {threshold:.4f} (benign cross-validated {BENIGN_QUANTILE:.0%} quantile); "
        f"cross-validated recall of the head alone {caught.mean():.3f}"
    )
    print(f"wrote {brief_risk.MODEL_FILE}")
    train_spelling(texts, labels, head.trained_on, counted)


MIN_BRIEFS = 3  # a slot seen in fewer training briefs is left out of the spelling head


def char_matrix(texts: Sequence[str], slots: np.ndarray | None = None) -> tuple[Any, np.ndarray]:
    """Sublinear counts of each brief's hashed n-grams, one sparse row per brief, over the
    ``slots`` given, or over those in ``MIN_BRIEFS`` or more of ``texts``; and the slots."""
    from scipy.sparse import csr_matrix

    from tools import brief_risk
    from tools.char_ngrams import kept_positions

    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for row, text in enumerate(texts):
        for slot, value in brief_risk.char_counts(text).items():
            rows.append(row)
            cols.append(slot)
            values.append(value)
    hashed = np.asarray(cols, dtype=np.int64)
    if slots is None:
        seen, briefs = np.unique(hashed, return_counts=True)  # each slot once per brief
        slots = seen[briefs >= MIN_BRIEFS]
    kept, at = kept_positions(slots, hashed)
    matrix = csr_matrix(
        (np.asarray(values)[kept], (np.asarray(rows)[kept], at[kept])),
        shape=(len(texts), slots.size),
    )
    return matrix, slots


def train_spelling(
    texts: Sequence[str],
    labels: np.ndarray,
    trained_on: dict[str, list[str]],
    counted: np.ndarray | None = None,
) -> None:
    """The spelling head on the same briefs, its threshold chosen as the embedding head's."""
    from sklearn.preprocessing import normalize

    from tools import brief_risk

    counts, slots = char_matrix(texts)
    seen = np.asarray((counts > 0).sum(axis=0)).ravel()
    # Smoothed inverse document frequency, rounded as stored, so the threshold is chosen on
    # the weights screening will read.
    idf = np.log((1 + len(texts)) / (1 + seen)) + 1.0
    idf = idf.astype(np.float16).astype(np.float64)
    vectors = normalize(counts.multiply(idf[None, :]).tocsr())
    risk, held_out_scores, threshold = fit_risk(vectors, labels, counted)
    spelling = brief_risk.CharHead(
        slots=slots,
        idf=idf.astype(np.float32),
        weights=risk.coef_[0].astype(np.float32),
        bias=float(risk.intercept_[0]),
        threshold=threshold,
        trained_on=trained_on,
    )
    spelling.write()
    caught = held_out_scores[labels, 1] >= threshold
    print(
        f"spelling head: {slots.size} slots kept; threshold {threshold:.4f}; cross-validated "
        f"recall of the head alone {caught.mean():.3f}"
    )
    print(f"wrote {brief_risk.CHARS_FILE}")


def measure() -> None:
    from core.settings import Settings
    from tests.helpers import offline_services
    from tools import brief_risk
    from tools.moderation import screen
    from tools.policy import load_policy

    head = brief_risk.Head.read()
    seen_mod = set(head.trained_on["moderation"])
    seen_route = set(head.trained_on["routing"])
    unseen = [p for p in moderation_files(None) if p.name not in seen_mod]
    ordinary_files = [p for p in routing_files(None) if p.name not in seen_route]
    print(f"second opinion trained on {len(seen_mod)} moderation, {len(seen_route)} routing files")
    policy = load_policy()
    totals = np.zeros(6, dtype=int)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), provider="offline", partial_images=0)
        services = offline_services(settings)

        def outcomes(text: str) -> tuple[bool, bool]:
            found = screen(
                services.client,
                model=settings.moderation_model,
                policy=policy,
                text=text,
                review_threshold=settings.review_threshold,
                second_opinion=True,
            )
            stopped = ("block", "review")
            return found.rules_outcome in stopped, found.outcome in stopped

        for path in unseen:
            rows: list[tuple[bool, bool, bool]] = []
            for item in mb.load_split(path):
                rules, both = outcomes(str(item["text"]))
                rows.append((item["label"] == "violating", rules, both))
            counts = _counts(rows)
            totals += counts
            print(f"unseen split {path.stem}: {_line(counts)}")
        if unseen:
            print(f"unseen splits together: {_line(totals)}")
        held = 0
        total = 0
        for path in ordinary_files:
            for brief in routing_briefs(path):
                resemblance = brief_risk.resemblance(brief)
                held += bool(resemblance and resemblance.flagged)
                total += 1
        if total:
            print(
                f"ordinary briefs held by the second opinion: {held}/{total} "
                f"({held / total:.3%}) in {len(ordinary_files)} unseen routing sets"
            )


def _counts(rows: Sequence[tuple[bool, bool, bool]]) -> np.ndarray:
    bad = [r for r in rows if r[0]]
    good = [r for r in rows if not r[0]]
    return np.array(
        [
            sum(r[1] for r in bad),
            sum(r[2] for r in bad),
            len(bad),
            sum(r[1] for r in good),
            sum(r[2] for r in good),
            len(good),
        ]
    )


def _line(c: Any) -> str:
    return (
        f"recall rules {c[0] / c[2]:.3f} ({c[0]}/{c[2]}), with second opinion "
        f"{c[1] / c[2]:.3f} ({c[1]}/{c[2]}); false positives rules {c[3]}/{c[5]}, "
        f"with second opinion {c[4]}/{c[5]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    fit = sub.add_parser("train", help="embed the labelled briefs and write the heads")
    fit.add_argument("--moderation-through", type=int, default=max(mb.LATER_ROUNDS))
    # Routing sets after 29 stay out of training: they measure holds on ordinary briefs.
    fit.add_argument("--routing-through", type=int, default=29)
    args = parser.parse_args()
    if args.command == "train":
        train(args.moderation_through, args.routing_through)
    else:
        measure()


if __name__ == "__main__":
    main()
