"""The CLI's edges: one-line errors for bad input, Ctrl-C, and the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent import cli
from agent.runner import Runner
from tests.helpers import write_mask, write_png

runner = CliRunner()


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(cli.app, list(args))
    return result.exit_code, result.output


def _assert_one_line_error(code: int, output: str, fragment: str) -> None:
    assert code == 2, output
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and fragment in errors[0], output


def test_empty_brief(atelier_home: Path) -> None:
    _assert_one_line_error(*_run("chat", "   "), "the brief is empty")


def test_unknown_size(atelier_home: Path) -> None:
    _assert_one_line_error(*_run("chat", "a square post", "--size", "abc"), "unknown size")


def test_missing_image(atelier_home: Path, tmp_path: Path) -> None:
    _assert_one_line_error(
        *_run("chat", "edit this", "--image", str(tmp_path / "nope.png")), "not found"
    )


def test_corrupt_image(atelier_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    code, output = _run("chat", "edit this", "--image", str(bad))
    _assert_one_line_error(code, output, "bad.png")


def test_mask_of_another_size(atelier_home: Path, tmp_path: Path) -> None:
    image = write_png(tmp_path / "a.png", (1024, 1024))
    mask = write_mask(tmp_path / "m.png", (512, 512), (0, 0, 10, 10))
    code, output = _run("chat", "make the sky red", "--image", str(image), "--mask", str(mask))
    _assert_one_line_error(code, output, "the mask is 512x512")


def test_bad_input_loses_nothing(atelier_home: Path, tmp_path: Path) -> None:
    code, output = _run("chat", "A square post with the copy “Hi”", "--thread", "t-keep")
    assert code == 0, output
    assets = sorted((atelier_home / "assets").rglob("*.png"))
    assert assets
    _run("chat", "   ", "--thread", "t-keep")
    _run("chat", "x", "--thread", "t-keep", "--size", "0x0")
    assert sorted((atelier_home / "assets").rglob("*.png")) == assets
    code, output = _run("chat", "A square post with the copy “Again”", "--thread", "t-keep")
    assert code == 0, output


def test_ctrl_c_is_one_line_with_resume_hint(
    atelier_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: Runner, *args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Runner, "turn", interrupted)
    code, output = _run("chat", "a square post", "--thread", "t-ctrlc")
    assert code == 130
    assert "Traceback" not in output
    assert "atelier chat --thread t-ctrlc" in output


def test_demo_runs_every_branch(tmp_path: Path) -> None:
    code, output = _run("demo", "--out", str(tmp_path / "demo"))
    assert code == 0, output
    assert "output folder" in output
    for word in ("clarify", "generate", "edit", "refused", "[pass]"):
        assert word in output, word
    assert (tmp_path / "demo" / "ledger.sqlite").exists()
    assert (tmp_path / "demo" / "checkpoints.sqlite").exists()
    assert len(list((tmp_path / "demo" / "assets").rglob("*.png"))) >= 3


def test_input_outside_the_allowed_folders(
    atelier_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    image = write_png(elsewhere / "a.png")
    work = tmp_path / "work"
    work.mkdir()
    (work / "link.png").symlink_to(image)
    monkeypatch.chdir(work)
    _assert_one_line_error(*_run("chat", "edit this", "--image", str(image)), "outside")
    _assert_one_line_error(*_run("chat", "edit this", "--image", "link.png"), "outside")
    _assert_one_line_error(*_run("chat", "edit this", "--image", "../elsewhere/a.png"), "outside")
    monkeypatch.setenv("ATELIER_INPUT_ROOTS", str(elsewhere))
    code, output = _run("chat", "What can you do?", "--image", str(image))
    assert code == 0, output


def test_rejected_input_still_gets_a_ledger_row(atelier_home: Path, tmp_path: Path) -> None:
    from memory.ledger import Ledger

    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    _run("chat", "   ", "--thread", "t-rows")
    _run("chat", "edit this", "--image", str(bad), "--thread", "t-rows")
    rows = Ledger(atelier_home / "ledger.sqlite").rows(thread_id="t-rows")
    assert [r.outcome for r in rows] == ["rejected", "rejected"]
    assert "empty" in (rows[0].error or "") and "bad.png" in (rows[1].error or "")


def test_chat_budget_flags_refuse_with_a_clear_message(atelier_home: Path) -> None:
    code, output = _run("chat", "A square post with the copy “Hi”", "--session-budget", "0.0001")
    assert code == 0, output
    assert "budget" in output and "Traceback" not in output
    code, output = _run("chat", "A square post", "--session-budget", "-1")
    _assert_one_line_error(code, output, "session_budget_usd")


def test_a_lookup_is_shown_as_it_happens(tmp_path: Path) -> None:
    from rich.console import Console

    from agent.cli.chat import TurnView

    out = Console(record=True, width=120)
    TurnView(out, tmp_path)({"kind": "lookup", "tool": "lookup_spend", "arguments": {}})
    assert "looked up lookup_spend" in out.export_text()


def test_a_turn_stopped_by_an_error_says_how_to_finish_it(
    atelier_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.errors import ProviderError

    stopped: set[str] = set()

    def outage(self: Runner, *args: object, **kwargs: object) -> None:
        if self.thread_id == "t-outage":
            stopped.add(self.thread_id)  # as a turn the outage cut after its checkpoints
        raise ProviderError("the provider is unavailable (503)")

    monkeypatch.setattr(Runner, "turn", outage)
    monkeypatch.setattr(Runner, "unfinished", lambda self: self.thread_id in stopped)
    code, output = _run("chat", "a square post", "--thread", "t-outage")
    _assert_one_line_error(code, output, "unavailable (503)")
    assert "finish it with `atelier chat --thread t-outage`" in output

    # Refused before anything ran: there is nothing to finish.
    code, output = _run("chat", "a square post", "--thread", "t-outage-2")
    _assert_one_line_error(code, output, "unavailable (503)")
    assert "finish it" not in output
