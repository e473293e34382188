"""docs/architecture.md carries diagrams generated from the code, and the layers hold."""

from __future__ import annotations

from agent import diagram


def test_checked_in_graph_diagram_matches_the_graph() -> None:
    assert diagram.checked_in("graph") == diagram.graph_mermaid(), (
        "run: python -m agent.diagram --write"
    )


def test_checked_in_layer_diagram_matches_the_imports() -> None:
    assert diagram.checked_in("layers") == diagram.layers_mermaid(), (
        "run: python -m agent.diagram --write"
    )
