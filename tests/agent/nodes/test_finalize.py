"""The draft -> final workflow: the planner's choice, the node, and the CLI command."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.runner import Runner
from tools.offline import planner

pytestmark = pytest.mark.production

cli = CliRunner()


@pytest.mark.parametrize(
    "text", ["finalize it", "make the final version", "high quality version of this"]
)
def test_planner_finalizes_only_with_a_draft(text: str) -> None:
    assert planner.choose(planner.Brief(text=text, current_image=True)) == planner.FINALIZE
    assert planner.choose(planner.Brief(text=text, current_image=False)) != planner.FINALIZE


def test_draft_then_final(make_runner: Callable[..., Runner]) -> None:
    runner = make_runner()
    draft = runner.turn("Make a square post for the spring sale with the copy 'Hello'")
    draft_ref = draft.state.images[0]
    assert draft_ref.quality == "low"
    final = runner.turn("Make the final version as a portrait 4:5")
    assert final.state.decision is not None and final.state.decision.action == "finalize"
    record = final.state.images[0]
    assert record.quality == "high" and record.size == "1024x1280"
    assert record.asset.parent == draft_ref.asset.sha256
    assert final.state.current_image == record.asset
    row = [r for r in runner.services.ledger.rows(thread_id="t-prod") if r.node == "finalize"]
    assert len(row) == 1 and row[0].quality == "high" and row[0].surface == "image-api"
    assert row[0].prompt is not None and "Hello" in row[0].prompt  # the draft's prompt


def test_finalize_without_a_draft_says_so(make_runner: Callable[..., Runner]) -> None:
    runner = make_runner()
    result = runner.turn("Finalize draft 0123456789abcdef")
    assert result.state.images == []
    assert "no draft" in result.message.lower()


def test_finalize_cli(make_runner: Callable[..., Runner]) -> None:
    runner = make_runner(thread_id="t-cli")
    empty = cli.invoke(app, ["finalize", "--thread", "t-cli"])
    assert empty.exit_code == 2 and "no current image" in empty.output
    draft = runner.turn("Make a square post for the spring sale")
    assert draft.state.current_image is not None
    out = cli.invoke(app, ["finalize", "--thread", "t-cli", "--size", "story"])
    assert out.exit_code == 0, out.output
    rows = [r for r in runner.services.ledger.rows(thread_id="t-cli") if r.node == "finalize"]
    assert len(rows) == 1 and rows[0].size == "864x1536"
