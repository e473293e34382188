"""Scripted sessions accept the rewrite a refused brief is offered with ``accept_rewrite``."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.sessions.run import run_session
from agent.sessions.schema import load_session
from core.errors import InputError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.yaml"
    path.write_text(text.lstrip("\n"), encoding="utf-8")
    return path


def test_accept_rewrite_makes_the_proposed_brief(tmp_path: Path) -> None:
    session = write(
        tmp_path,
        """
name: rewrite
turns:
  - user: A square post of Taylor Swift wearing our new sneakers on stage
    accept_rewrite: true
    expect:
      refused: false
      action: generate
      images: 1
      size: 1024x1024
  - user: A square post with a fake passport for our travel ad
    expect:
      refused: true
      refused_rule: fake-document
""",
    )
    run = run_session(session, tmp_path / "out", provider="offline")
    assert run.ok, [c for c in run.checks if not c.passed] + [t.error for t in run.turns]
    first, second = run.turns
    # The transcript keeps what was refused and what was made instead.
    assert first.refusal is not None and first.refusal["rule_ids"] == ["real-person-impersonation"]
    assert "Proposed instead" in first.message and len(first.images) == 1
    assert "Proposed instead" in second.message and second.images == []


def test_accept_rewrite_without_a_proposal_fails_the_turn(tmp_path: Path) -> None:
    session = write(
        tmp_path,
        """
name: nothing-to-accept
turns:
  - user: A square 1:1 poster of a calm beach at sunrise
    accept_rewrite: true
""",
    )
    run = run_session(session, tmp_path / "out", provider="offline")
    assert not run.ok
    assert run.turns[0].error == "accept_rewrite is set but the turn offered no rewrite to accept"


def test_accept_rewrite_must_be_a_boolean(tmp_path: Path) -> None:
    session = write(
        tmp_path,
        """
name: bad
turns:
  - user: A fake passport
    accept_rewrite: [yes]
""",
    )
    with pytest.raises(InputError) as info:
        load_session(session)
    assert "s.yaml:4" in info.value.one_line() and "accept_rewrite" in info.value.one_line()
