"""A first run where the optional parts are missing: no tesseract, no Noto fonts.

The demo and `atelier chat` run to the end in a child process whose PATH has no
tesseract and whose font search finds nothing; what could not be checked is held for
review, `atelier doctor` says what is missing and how to install it, and an unexpected
error is one line that names the log file holding its traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent import cli, doctor
from memory.review_queue import ReviewQueue, review_db
from tools.offline import fonts

# Runs the CLI with no font found and PATH as the parent gave it.
_BOOT = (
    "import sys, tools.offline.fonts as f\n"
    "f.FONT_ROOTS = ()\n"
    "f._find.cache_clear()\n"
    "sys.argv = ['atelier', *sys.argv[1:]]\n"
    "from agent.cli import main\n"
    "main()\n"
)


def _bare(tmp_path: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    empty = tmp_path / "empty-bin"
    empty.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_"))}
    env.update({"PATH": str(empty), "ATELIER_HOME": str(home), "COLUMNS": "200"})
    return subprocess.run(
        [sys.executable, "-c", _BOOT, *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def test_demo_runs_to_the_end_without_tesseract_or_fonts(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    done = _bare(tmp_path, out, "demo", "--out", str(out))
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Traceback" not in output
    assert "held for review" in output
    assert "output folder" in output
    items = ReviewQueue(review_db(out)).list(status="open")
    assert items, "the draft whose copy could not be read must be held"
    assert any("tesseract" in reason for item in items for reason in item.reasons)


def test_chat_holds_copy_it_cannot_read_back(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = _bare(tmp_path, home, "chat", "A square post with the copy “Hello Spring”")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Traceback" not in output
    items = ReviewQueue(review_db(home)).list(status="open")
    assert len(items) == 1
    assert any("tesseract" in reason for reason in items[0].reasons)


def test_unexpected_error_is_one_line_naming_the_log(tmp_path: Path) -> None:
    home = tmp_path / "home"
    boot = (
        "import sys, agent.doctor\n"
        "def broken(*a, **k):\n"
        "    raise RuntimeError('disk on fire\\nsecond line')\n"
        "agent.doctor.run_checks = broken\n"
        "sys.argv = ['atelier', 'doctor']\n"
        "from agent.cli import main\n"
        "main()\n"
    )
    env = {**os.environ, "ATELIER_HOME": str(home), "COLUMNS": "300"}
    done = subprocess.run(
        [sys.executable, "-c", boot], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    log = home / "logs" / "atelier.log"
    assert lines[0] == f"error: unexpected RuntimeError: disk on fire (full traceback in {log})"
    written = log.read_text()
    assert "Traceback (most recent call last)" in written and "disk on fire" in written


@pytest.fixture
def no_fonts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(fonts, "FONT_ROOTS", (tmp_path / "no-fonts",))
    fonts._find.cache_clear()
    yield
    fonts._find.cache_clear()


def _bare_checks(monkeypatch: pytest.MonkeyPatch, macos: bool) -> dict[str, doctor.Check]:
    monkeypatch.setattr(doctor, "is_macos", lambda: macos)
    return {c.part: c for c in doctor.run_checks(which=lambda _: None)}


@pytest.mark.usefixtures("no_fonts")
def test_doctor_names_what_is_missing_and_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checks = _bare_checks(monkeypatch, macos=False)
    assert checks["tesseract"].state == "missing"
    assert checks["tesseract"].fix.endswith(
        "apt-get install -y --no-install-recommends tesseract-ocr"
    )
    assert checks["language chi_sim"].fix.endswith("tesseract-ocr-chi-sim")
    assert checks["Noto cjk"].state == "missing"
    assert checks["Noto cjk"].fix.endswith("fonts-noto-cjk")
    assert checks["Noto bengali"].fix.endswith("fonts-noto-core")
    for part in (
        "MiniLM int8 embedder",
        "nudenet detector",
        "profanity model",
        "second opinion",
        "routing second look",
    ):
        assert checks[part].state == "ok", part
    assert checks["provider"].detail.startswith("offline")
    assert checks["data directory"].state == "ok"


@pytest.mark.usefixtures("no_fonts")
def test_doctor_on_macos_names_homebrew(monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _bare_checks(monkeypatch, macos=True)
    assert checks["tesseract"].fix == "brew install tesseract tesseract-lang"
    assert checks["language jpn"].fix == "brew install tesseract-lang"
    assert checks["Noto cjk"].fix == "brew install --cask font-noto-sans-cjk"


def test_doctor_reads_tesseract_languages(tmp_path: Path) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text('#!/bin/sh\necho "List of available languages (2):"\necho eng\necho kor\n')
    fake.chmod(0o755)
    checks = {c.part: c.state for c in doctor.ocr_checks(which=lambda _: str(fake))}
    assert checks["tesseract"] == "ok"
    assert checks["language eng"] == checks["language kor"] == "ok"
    assert checks["language jpn"] == checks["language ben"] == "missing"


def test_doctor_cli_without_tesseract_passes_and_lists_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = CliRunner().invoke(cli.app, ["doctor", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["part"]: row for row in json.loads(result.output)}
    assert rows["tesseract"]["state"] == "missing"
    assert "install" in rows["tesseract"]["fix"]


def test_doctor_fails_on_what_stops_atelier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATELIER_PROVIDER", "openai")
    result = CliRunner().invoke(cli.app, ["doctor"])
    assert result.exit_code == 1
    assert "OPENAI_API_KEY" in result.output
    assert "Traceback" not in result.output


def test_data_directory_that_is_a_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder")
    (check,) = doctor.data_dir_checks(home)
    assert check.state == "error" and "not a folder" in check.detail


def test_doctor_says_when_the_planner_routes_by_its_rules_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tools.offline import route_head

    monkeypatch.setattr(route_head, "HEAD_FILE", tmp_path / "absent.npz")
    checks = {c.part: c for c in doctor.model_checks()}
    assert checks["routing second look"].state == "missing"
    assert "rules alone" in checks["routing second look"].detail
