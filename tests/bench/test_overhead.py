"""bench.overhead's code path on two briefs: the three ways make the same SDK calls."""

from __future__ import annotations

from pathlib import Path

from bench import overhead


def test_two_briefs_three_ways_and_the_peer(tmp_path: Path) -> None:
    briefs = overhead.BRIEFS[:3]  # a generation, an edit of it, a clarifying question
    figures = overhead.run_pass(tmp_path / "raw", briefs, latency="none", bare=True)
    assert [o.split(" ")[0] for o in figures.outcomes] == ["generated", "edited", "asked,"]
    # Each turn's calls were recorded under its nodes and made again by the floor and
    # directly: moderation, decision and image calls at the least.
    assert figures.atelier.calls >= 3 * len(briefs)
    assert figures.bare.calls == figures.direct.calls == figures.atelier.calls
    for way in (figures.atelier, figures.bare, figures.direct):
        assert len(way.turns) == len(briefs) and all(t > 0 for t in way.turns)
    assert all(n < t for n, t in zip(figures.atelier.in_nodes, figures.atelier.turns, strict=True))

    overhead.peer_pass(tmp_path / "peer", briefs[:2], "none", figures)
    assert figures.peer_note == ""
    assert figures.peer.calls == figures.peer_direct.calls >= 2
    lines = overhead.report(figures, briefs)
    assert any("peer: openai-agents Agent" in line for line in lines)
