"""The graph diagram in docs/architecture.md, generated from the compiled graph.

``python -m agent.diagram --write`` refreshes the block between the markers; a test fails
when the checked-in diagram no longer matches the code.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

START = "<!-- graph:start (python -m agent.diagram --write) -->"
END = "<!-- graph:end -->"
DOC = Path(__file__).resolve().parent.parent / "docs" / "architecture.md"


def mermaid() -> str:
    from agent.graph import build_graph

    return build_graph().get_graph().draw_mermaid().strip()


def block(diagram: str) -> str:
    return f"{START}\n```mermaid\n{diagram}\n```\n{END}"


def checked_in(doc: Path = DOC) -> str | None:
    match = re.search(
        re.escape(START) + r"\n```mermaid\n(.*?)\n```\n" + re.escape(END),
        doc.read_text(encoding="utf-8"),
        re.DOTALL,
    )
    return match.group(1) if match else None


def write(doc: Path = DOC) -> None:
    text = doc.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"{doc} has no graph markers")
    doc.write_text(pattern.sub(lambda _: block(mermaid()), text), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="update docs/architecture.md")
    args = parser.parse_args()
    if args.write:
        write()
    else:
        print(mermaid())


if __name__ == "__main__":
    main()
