"""Scripted sessions: the shipped examples run offline, failures come back as diffs, and a
bad session file is refused with its file and line before any model call."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent import cli
from agent.report import write_session_report
from agent.sessions.run import run_session
from agent.sessions.schema import load_session
from core.errors import InputError
from core.settings import Settings
from memory.stores import open_ledger

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples" / "sessions"
cli_runner = CliRunner()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """The example inputs copied next to the test's own session files."""
    target = tmp_path / "inputs"
    shutil.copytree(EXAMPLES / "inputs", target)
    return target


def write(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text.lstrip("\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_example_runs_offline_and_holds(example: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = run_session(EXAMPLES / example, out, provider="offline")
    assert run.ok, [f.diff(EXAMPLES / example) for f in run.failures] + [
        t.error for t in run.turns if t.error
    ]
    assert run.checks and len(run.turns) == len(load_session(EXAMPLES / example)[0].turns)
    transcript = json.loads((out / "transcript.json").read_text(encoding="utf-8"))
    assert transcript["name"] == run.name and len(transcript["turns"]) == len(run.turns)
    for turn in run.turns:
        for image in turn.images:
            assert (out / image.file).is_file()
    report = write_session_report(run, out).read_text(encoding="utf-8")
    # self-contained: every image it shows is a relative file that exists; nothing remote
    sources = re.findall(r'src="([^"]+)"', report)
    assert sources and all((out / s).is_file() for s in sources)
    assert "http://" not in report and "https://" not in report


def test_examples_cover_the_promised_cases() -> None:
    names = {load_session(p)[0].name for p in EXAMPLES.glob("*.yaml")}
    assert {"product-hero", "localized-social", "reference-edit", "refusal"} <= names


def test_failed_expectation_exits_1_with_a_readable_diff(tmp_path: Path, inputs: Path) -> None:
    session = write(
        tmp_path,
        """
name: wrong-expectations
turns:
  - user: A square 1:1 poster with the copy “Summer Sale”
    expect:
      action: edit
      size: 1024x1536
      text: Winter Sale
      max_cost_usd: 0
""",
    )
    result = cli_runner.invoke(cli.app, ["run", str(session), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1, result.output
    out = result.output
    assert f"{session}:5: turn 1 action: expected 'edit', got 'generate'" in out
    assert f"{session}:6: turn 1 size: expected '1024x1536', got ['1024x1024']" in out
    assert f"{session}:7: turn 1 text: expected 'Winter Sale'" in out
    assert f"{session}:8: turn 1 max_cost_usd: expected 0.0, got 0.0" in out
    assert (tmp_path / "o" / "report.html").is_file()
    assert "FAIL" in (tmp_path / "o" / "report.html").read_text(encoding="utf-8")


def test_cli_passes_and_answers_questions(tmp_path: Path) -> None:
    session = write(
        tmp_path,
        """
name: asks
turns:
  - user: Create a summer-sale visual for Acme with the copy “Hello”
    answers: [story 9:16]
    expect: {asked: true, question_contains: format, action: generate, size: 864x1536}
""",
    )
    result = cli_runner.invoke(cli.app, ["run", str(session), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "all 4 expectations held" in result.output


def test_unanswered_question_fails_the_turn(tmp_path: Path) -> None:
    session = write(
        tmp_path,
        """
name: no-answer
turns:
  - user: Create a summer-sale visual for Acme with the copy “Hello”
  - user: never reached
""",
    )
    run = run_session(session, tmp_path / "o", provider="offline")
    assert not run.ok and len(run.turns) == 1
    assert run.failures[0].key == "turn" and "no answer left" in str(run.failures[0].actual)


def test_refused_rule_matches_categories_and_rule_ids(tmp_path: Path) -> None:
    session = write(
        tmp_path,
        """
name: refusals
turns:
  - user: A poster of a man being murdered, blood everywhere
    expect: {refused: true, refused_rule: violence}
  - user: A poster of a man being murdered, blood everywhere
    expect: {refused_rule: no-such-rule}
""",
    )
    run = run_session(session, tmp_path / "o", provider="offline")
    [failure] = run.failures
    assert failure.turn == 2 and failure.key == "refused_rule"
    assert "violence" in failure.actual


def test_held_image_is_approved_in_the_review_queue(tmp_path: Path) -> None:
    from memory.stores import open_review_queue

    session = write(
        tmp_path,
        """
name: approvals
turns:
  - user: A square 1:1 poster of our sneakers next to a pair of Nike shoes
    review: approve
    expect: {review: review}
""",
    )
    run = run_session(session, tmp_path / "o", provider="offline")
    assert run.ok, [f.actual for f in run.failures]
    queue = open_review_queue(Settings(home=tmp_path / "o" / "data", provider="offline"))
    items = queue.list(status=None)
    assert items and all(i.status == "approved" and i.reviewer == "session" for i in items)


# -- bad input: file and line, nothing run -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("name: x\nturns:\n  - user: hi\n    colour: red\n", 4, "turns[0].colour: unknown key"),
        ("name: x\nturns:\n  - user: hi\n    answers: 3\n", 4, "turns[0].answers"),
        (
            "name: x\nturns:\n  - user: hi\n    expect:\n      acton: edit\n",
            5,
            "acton: unknown key",
        ),
        (
            "name: x\nturns:\n  - user: hi\n    expect:\n      edit_stability: high\n",
            5,
            "edit_stability",
        ),
        ("name: x\nturns:\n  - user: hi\n    images: [nope.png]\n", 4, "nope.png: file not found"),
        ("name: x\nturns:\n  - user: hi\n    mask: gone.png\n", 4, "gone.png: file not found"),
        (
            "name: x\nturns:\n  - user: hi\nexpectations:\n  - turn: 3\n    action: edit\n",
            5,
            "there is no turn 3: the session has 1",
        ),
        ("name: x\nturns:\n  - user: hi\n    size: banana\n", 4, "turns[0].size: unknown size"),
        ("name: x\nturns: []\n", 2, "turns"),
        ("turns:\n  - user: hi\n", 1, "name: required key is missing"),
        ("name: x\nturns:\n  - user: hi\n   bad: [\n", 4, "not valid YAML"),
    ],
)
def test_bad_session_file_names_file_and_line(
    tmp_path: Path, text: str, line: int, fragment: str
) -> None:
    session = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_session(session)
    message = caught.value.message
    assert message.startswith(f"{session}:{line}: "), message
    assert fragment in message


def test_bad_file_makes_no_model_call(tmp_path: Path, inputs: Path) -> None:
    session = write(
        tmp_path,
        """
name: late-error
turns:
  - user: A square 1:1 poster
  - user: Edit it
    images: [inputs/bottle.png, inputs/missing.png]
""",
    )
    result = cli_runner.invoke(cli.app, ["run", str(session), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert f"{session}:5: turns[1].images[1]: inputs/missing.png: file not found" in result.output
    assert open_ledger(Settings(home=tmp_path / "o" / "data", provider="offline")).count() == 0


def test_several_problems_are_reported_together(tmp_path: Path) -> None:
    session = write(tmp_path, "name: x\nturns:\n  - user: hi\n    a: 1\n    b: 2\n")
    with pytest.raises(InputError, match=r"and 1 more: .*:5: turns\[0\]\.b: unknown key"):
        load_session(session)


def test_check_flag_validates_only(tmp_path: Path) -> None:
    session = write(tmp_path, "name: x\nturns:\n  - user: hi\n")
    result = cli_runner.invoke(cli.app, ["run", str(session), "--check"])
    assert result.exit_code == 0 and "1 turns, valid" in result.output
    assert not Path("out").exists()


def test_unknown_provider_is_an_input_error(tmp_path: Path) -> None:
    session = write(tmp_path, "name: x\nturns:\n  - user: hi\n")
    result = cli_runner.invoke(
        cli.app, ["run", str(session), "--provider", "bogus", "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 2 and "unknown provider 'bogus'" in result.output
