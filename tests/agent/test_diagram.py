"""docs/architecture.md carries diagrams generated from the code, and the layers hold."""

from __future__ import annotations

from pathlib import Path

from agent import diagram


def test_checked_in_graph_diagram_matches_the_graph() -> None:
    assert diagram.checked_in("graph") == diagram.graph_mermaid(), (
        "run: python -m agent.diagram --write"
    )


def test_checked_in_layer_diagram_matches_the_imports() -> None:
    assert diagram.checked_in("layers") == diagram.layers_mermaid(), (
        "run: python -m agent.diagram --write"
    )


def test_imports_only_go_down() -> None:
    uphill = [
        f"{i.path.relative_to(diagram.ROOT)}:{i.line} imports {i.target}" for i in diagram.uphill()
    ]
    assert not uphill, "imports running uphill:\n" + "\n".join(uphill)


def test_an_uphill_import_is_caught(tmp_path: Path) -> None:
    for layer in diagram.LAYERS:
        (tmp_path / layer).mkdir()
    (tmp_path / "tools" / "bad.py").write_text("from agent.state import TurnState\n")
    (tmp_path / "tools" / "fine.py").write_text("from memory import assets\nfrom . import bad\n")
    (tmp_path / "core" / "sneaky.py").write_text("def f():\n    import prompts.decide\n")
    found = diagram.imports(tmp_path)
    assert {(i.source, i.target) for i in diagram.uphill(found)} == {
        ("tools.bad", "agent.state"),
        ("core.sneaky", "prompts.decide"),
    }
    assert ("tools.fine", "tools") in {(i.source, i.target) for i in found}
