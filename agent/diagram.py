"""The diagrams in docs/architecture.md, generated from the code.

Two blocks: the graph (from the compiled LangGraph) and the layers (from every import
statement in the packages). ``python -m agent.diagram --write`` refreshes both between
their markers; tests fail when a checked-in diagram no longer matches the code, and when
an import runs uphill (``uphill()``).
"""

from __future__ import annotations

import argparse
import ast
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
# Top to bottom: a package may import its own layer and the ones below it, never above.
LAYERS = ("agent", "tools", "memory", "prompts", "core")
# Parts drawn as their own boxes in the layer diagram.
UNITS = ("agent.cli", "agent.nodes", "agent.sessions", "tools.offline")


def _markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start (python -m agent.diagram --write) -->", f"<!-- {name}:end -->"


def graph_mermaid() -> str:
    from agent.graph import build_graph

    return build_graph().get_graph().draw_mermaid().strip()


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, dotted
    target: str  # the imported module, dotted
    path: Path
    line: int


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(root: Path = ROOT) -> list[Import]:
    """Every import of an atelier package by an atelier package, with its place."""
    found: list[Import] = []
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            source = _module_name(path, root)
            package = source if path.name == "__init__.py" else source.rpartition(".")[0]
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Import | ast.ImportFrom):
                    continue
                targets: list[str] = []
                if isinstance(node, ast.Import):
                    targets = [alias.name for alias in node.names]
                else:
                    if node.level:  # relative: resolve against the importing package
                        base = package.split(".")
                        base = base[: len(base) - node.level + 1]
                        targets = [".".join([*base, node.module] if node.module else base)]
                    elif node.module:
                        targets = [node.module]
                for target in targets:
                    if target.split(".")[0] in LAYERS:
                        found.append(Import(source, target, path, node.lineno))
    return found


def layer_of(module: str) -> int:
    return LAYERS.index(module.split(".")[0])


def uphill(found: list[Import] | None = None) -> list[Import]:
    """Imports of a layer above the importing one."""
    return [i for i in (found or imports()) if layer_of(i.target) < layer_of(i.source)]


def _unit(module: str) -> str:
    for unit in UNITS:
        if module == unit or module.startswith(unit + "."):
            return unit
    return module.split(".")[0]


def layers_mermaid(found: list[Import] | None = None) -> str:
    edges = {(_unit(i.source), _unit(i.target)) for i in found or imports()}
    ident = {u: u.replace(".", "_") for u in (*LAYERS, *UNITS)}
    lines = ["graph TD"]
    for layer in LAYERS:
        parts = [u for u in UNITS if u.split(".")[0] == layer]
        if parts:
            lines.append(f"  subgraph {layer}_layer [{layer}/]")
            lines.append(f"    {ident[layer]}[{layer}]")
            lines.extend(f"    {ident[u]}[{u.replace('.', '/')}]" for u in parts)
            lines.append("  end")
        else:
            lines.append(f"  {ident[layer]}[{layer}/]")
    lines.extend(f"  {ident[a]} --> {ident[b]}" for a, b in sorted(edges) if a != b)
    return "\n".join(lines)


DIAGRAMS: dict[str, Callable[[], str]] = {"graph": graph_mermaid, "layers": layers_mermaid}


def block(name: str, diagram: str) -> str:
    start, end = _markers(name)
    return f"{start}\n```mermaid\n{diagram}\n```\n{end}"


def checked_in(name: str = "graph", doc: Path = DOC) -> str | None:
    start, end = _markers(name)
    match = re.search(
        re.escape(start) + r"\n```mermaid\n(.*?)\n```\n" + re.escape(end),
        doc.read_text(encoding="utf-8"),
        re.DOTALL,
    )
    return match.group(1) if match else None


def write(doc: Path = DOC) -> None:
    text = doc.read_text(encoding="utf-8")
    for name, make in DIAGRAMS.items():
        start, end = _markers(name)
        found = re.search(re.escape(start) + r".*?" + re.escape(end), text, re.DOTALL)
        if found is None:
            raise SystemExit(f"{doc} has no {name} markers")
        text = text[: found.start()] + block(name, make()) + text[found.end() :]
    doc.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="update docs/architecture.md")
    parser.add_argument("--which", choices=sorted(DIAGRAMS), default="graph")
    args = parser.parse_args()
    if args.write:
        write()
    else:
        print(DIAGRAMS[args.which]())


if __name__ == "__main__":
    main()
