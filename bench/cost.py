"""Cost per approved asset: draft -> final against a naive all-high-quality n=4 session.

Run: ``.venv/bin/python -m bench.cost [--briefs 6]``

Both sessions run the same briefs against the offline engine and are costed from the
ledger (actual cost from each response's usage, priced by the price table):

- naive (the baseline): the decision call, then one Image API call per brief at quality
  high with n=4; the team keeps one of the four, so each brief yields one approved asset;
- draft -> final: a normal turn (quality low by default), then "make the final version",
  which the agent routes to finalize (one high-quality render of the chosen draft). One
  approved asset per brief.

Prints the cost per approved asset of each and the ratio (goal <= 0.40).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from agent.context import build_services
from agent.runner import Runner
from core.settings import Settings
from prompts.decide import image_prompt
from tools import images

GOAL_RATIO = 0.40
BRIEFS = [
    "Make a square post for the spring sale with the copy 'Hello Spring'",
    "Make a story for the new coffee blend",
    "Make a landscape banner for the summer festival",
    "Make a portrait 4:5 post announcing the store opening",
    "Make a square post for the autumn collection",
    "Make a story for the winter sale with the copy 'Stay warm'",
]


def _settings(home: Path) -> Settings:
    return Settings(home=home, provider="offline", partial_images=0)


def naive(home: Path, briefs: list[str]) -> tuple[float, int]:
    """All-high, n=4: returns total cost and approved assets (one kept per brief)."""
    settings = _settings(home)
    services = build_services(settings)
    for i, brief in enumerate(briefs):
        runner = Runner(settings, thread_id=f"naive-{i}", services=services)
        # The decision call is paid in both sessions; only the image policy differs.
        result = runner.turn(brief)
        runner.close()
        decision = result.state.decision
        assert decision is not None and decision.action == "generate", brief
        # Replace the default draft with what a naive session sends: high quality, n=4.
        size = decision.size or settings.default_size
        out = images.generate(
            services.client,
            model=settings.image_model,
            prompt=image_prompt(decision.prompt, decision.text),
            size=size,
            quality="high",
            n=4,
        )
        services.record(
            node="generate",
            surface="image-api",
            model=settings.image_model,
            outcome="generated",
            latency_ms=out.latency_ms,
            size=size,
            quality="high",
            n=len(out.images),
            usage=out.usage,
        )
    # The low draft the runner made is not part of the naive session: take it out.
    drafts = sum(
        r.cost_usd or 0.0
        for r in services.ledger.rows()
        if r.node == "generate" and r.quality == "low"
    )
    return services.ledger.spent() - drafts, len(briefs)


def draft_final(home: Path, briefs: list[str]) -> tuple[float, int]:
    settings = _settings(home)
    services = build_services(settings)
    approved = 0
    for i, brief in enumerate(briefs):
        runner = Runner(settings, thread_id=f"draft-{i}", services=services)
        runner.turn(brief)
        final = runner.turn("Make the final version")
        runner.close()
        decision = final.state.decision
        if decision is not None and decision.action == "finalize" and final.state.images:
            approved += 1
    return services.ledger.spent(), approved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=len(BRIEFS))
    args = parser.parse_args()
    briefs = BRIEFS[: max(1, min(args.briefs, len(BRIEFS)))]
    with tempfile.TemporaryDirectory(prefix="atelier-bench-") as tmp:
        base_cost, base_ok = naive(Path(tmp) / "naive", briefs)
        flow_cost, flow_ok = draft_final(Path(tmp) / "draft", briefs)
    if flow_ok == 0:
        raise SystemExit("no brief reached a final image: the draft -> final flow is broken")
    base = base_cost / base_ok
    flow = flow_cost / flow_ok
    ratio = flow / base
    print(f"bench.cost: {len(briefs)} briefs, costs from the ledger")
    print(f"naive high n=4 (baseline)  ${base_cost:.4f} / {base_ok} approved = ${base:.4f}")
    print(f"draft -> final             ${flow_cost:.4f} / {flow_ok} approved = ${flow:.4f}")
    verdict = "ok" if ratio <= GOAL_RATIO else "MISSED"
    print(f"ratio {ratio:.3f} (goal <= {GOAL_RATIO}) -> {verdict}")


if __name__ == "__main__":
    main()
