"""A turn's events reach the listener given to the Runner, in the order things happen, and
only that listener."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from agent.runner import Runner

BRIEF = "A square post for our spring launch with the copy “Hello Spring”"


def test_a_turn_tells_its_listener_what_happens_in_order(
    runner_factory: Callable[..., Runner],
) -> None:
    runner = runner_factory()
    events: list[dict[str, Any]] = []
    done = runner.turn(BRIEF, on_event=events.append)
    assert done.status == "done" and done.state.images

    kinds = [e["kind"] if e["kind"] != "node" else f"node:{e['node']}" for e in events]
    assert kinds.index("decision") < kinds.index("node:decide")
    partials = [i for i, k in enumerate(kinds) if k == "partial"]
    assert partials, kinds
    # Previews arrive while the image is being made, each marked as not yet reviewed.
    assert kinds.index("node:decide") < partials[0] < kinds.index("node:generate")
    assert all(events[i]["reviewed"] is False for i in partials)
    assert kinds[-1] == "node:respond"
    nodes = [k for k in kinds if k.startswith("node:")]
    assert nodes[:3] == ["node:moderate_input", "node:retrieve", "node:decide"]

    # A later turn without a listener runs the same and tells the first listener nothing.
    before = len(events)
    runner.turn("Make the background warmer")
    assert len(events) == before


def test_two_runs_at_once_keep_their_listeners_apart(
    runner_factory: Callable[..., Runner],
) -> None:
    runners = [runner_factory(), runner_factory()]
    heard: list[list[dict[str, Any]]] = [[], []]
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            runners[i].turn(BRIEF, on_event=heard[i].append)
        except BaseException as err:  # reported below, on the test's thread
            errors.append(err)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    for i, events in enumerate(heard):
        other = runners[1 - i].thread_id
        paths = [e["path"] for e in events if e["kind"] == "partial"]
        assert paths and all(runners[i].thread_id in p and other not in p for p in paths)
        assert sum(e == {"kind": "node", "node": "respond"} for e in events) == 1
