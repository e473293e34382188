"""docs/architecture.md carries the graph diagram generated from the code."""

from __future__ import annotations

from agent.diagram import checked_in, mermaid


def test_checked_in_diagram_matches_the_graph() -> None:
    assert checked_in() == mermaid(), "run: python -m agent.diagram --write"
