"""Cold start of the CLI, the interactive chat's prompt, and the first turn with warm-up.

Run: ``.venv/bin/python -m bench.startup [--runs 5] [--turns 5] [--skip-turns]``

1. Commands: each of ``atelier --help``, ``policy check``, ``log``, ``cost`` and
   ``review list`` runs ``--runs`` times as a subprocess against a temporary ATELIER_HOME
   (offline provider); the median wall time is printed next to two baselines measured in
   the same run: the interpreter starting (``python -c pass``) and importing what every
   command used to import (``import agent.runner, agent.batch, memory.brand_index``).
   Goal: each command <= 0.4 s.
2. Offline rules: importing each rule module on its own (the moderation lexicon, the
   planner, the policy), median of ``--runs`` fresh processes, against the same baselines.
   Their patterns compile at import, so a pattern that blows up shows here as a figure
   (goal <= 3 s each) rather than as a worker that outlasts a test's timeout.
3. Chat ready: ``atelier chat`` in a pseudo-terminal, timed until the prompt for the first
   brief appears. Goal: <= 1.5 s.
4. First turn, offline engine, each in a fresh process (the loads warm-up does are
   per-process), median of ``--turns``: cold; started right after ``warm_up`` returned (as
   when the user types for longer than warm-up takes); and started at once while warm-up
   runs on its daemon thread (the race the chat allows). Each line shows the turn's
   slowest nodes and the second turn of the same process, which pays no warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

GOAL_COMMAND_S = 0.4
GOAL_CHAT_READY_S = 1.5
GOAL_RULES_IMPORT_S = 3.0
RULE_MODULES = ("tools.offline.moderation", "tools.offline.planner", "tools.policy")

COMMANDS: list[tuple[str, list[str]]] = [
    ("atelier --help", ["--help"]),
    ('atelier policy check "..."', ["policy", "check", "a fake passport for our ad"]),
    ("atelier log", ["log"]),
    ("atelier cost", ["cost"]),
    ("atelier review list", ["review", "list"]),
]
EAGER_IMPORTS = "import agent.runner, agent.batch, memory.brand_index"
BRIEF = "A square post for our spring launch with the copy “Hello Spring”"
SECOND_BRIEF = "A story banner with the copy “Sale”"
_ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def _env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "OPENAI_BASE_URL")
    }
    env.update(ATELIER_HOME=str(home), ATELIER_PROVIDER="offline", ANONYMIZED_TELEMETRY="False")
    return env


def _atelier() -> list[str]:
    script = Path(sys.executable).with_name("atelier")
    return [str(script)] if script.exists() else [sys.executable, "-m", "agent.cli"]


def _median_wall(argv: list[str], env: dict[str, str], runs: int) -> float:
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _chat_ready(env: dict[str, str], timeout_s: float = 60.0) -> float:
    """Seconds from spawning ``atelier chat`` in a pty until it asks for a brief."""
    argv = [*_atelier(), "chat"]
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become atelier, and never run the rest of this function
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    seen = b""
    ready = float("nan")
    exited = False
    try:
        deadline = started + timeout_s
        while time.perf_counter() < deadline:
            readable, _, _ = select.select([fd], [], [], 0.05)
            if not readable:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            # rich's Prompt.ask writes "brief: " (styled) when it waits for input.
            if b"brief: " in _ANSI.sub(b"", seen):
                ready = time.perf_counter() - started
                break
        os.write(fd, b"/quit\r")
        deadline = time.perf_counter() + 10
        while time.perf_counter() < deadline and not exited:
            exited = os.waitpid(pid, os.WNOHANG)[0] != 0
            try:
                if select.select([fd], [], [], 0.05)[0]:
                    os.read(fd, 4096)
            except OSError:
                pass
    finally:
        if not exited:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)
    return ready


def _child(mode: str, home: Path) -> None:
    """One process: build a runner, warm up or not, time the first and second turns."""
    from agent import warmup
    from agent.runner import Runner
    from core.settings import Settings

    settings = Settings(home=home, provider="offline", partial_images=1)
    runner = Runner(settings)
    warm_ms = 0.0
    if mode == "warm":
        warm_ms = warmup.warm_up(runner.services).total_ms
    elif mode == "racing":
        warmup.start(runner.services)

    def timed(brief: str) -> tuple[float, dict[str, float]]:
        nodes: dict[str, float] = {}
        last = [time.perf_counter()]

        def on_event(event: dict[str, Any]) -> None:
            if event.get("kind") == "node":
                now = time.perf_counter()
                nodes[str(event["node"])] = round((now - last[0]) * 1000, 1)
                last[0] = now

        started = time.perf_counter()
        runner.turn(brief, on_event=on_event)
        return time.perf_counter() - started, nodes

    first, nodes = timed(BRIEF)
    second, _ = timed(SECOND_BRIEF)
    runner.close()
    print(json.dumps({"first": first, "second": second, "nodes": nodes, "warm_ms": warm_ms}))


def _turns(mode: str, base: Path, runs: int) -> dict[str, Any]:
    results: list[dict[str, Any]] = []
    for i in range(runs):
        home = base / f"turn-{mode}-{i}"
        out = subprocess.run(
            [sys.executable, "-m", "bench.startup", "--child", mode, "--home", str(home)],
            env=_env(home),
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    nodes = {
        name: statistics.median(r["nodes"].get(name, 0.0) for r in results)
        for name in results[0]["nodes"]
    }
    return {
        "first": statistics.median(r["first"] for r in results),
        "second": statistics.median(r["second"] for r in results),
        "warm_ms": statistics.median(r["warm_ms"] for r in results),
        "nodes": nodes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="Runs per command (median).")
    parser.add_argument("--turns", type=int, default=5, help="Processes per turn mode.")
    parser.add_argument("--skip-turns", action="store_true", help="Only commands and chat.")
    parser.add_argument("--child", choices=("cold", "warm", "racing"), help=argparse.SUPPRESS)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, Path(args.home))
        return

    print(f"bench.startup: median of {args.runs} runs, {os.cpu_count()} cores")
    ok = True
    with tempfile.TemporaryDirectory(prefix="atelier-bench-") as tmp:
        base = Path(tmp)
        env = _env(base / "home")
        atelier = _atelier()
        # One unmeasured run writes bytecode caches and creates the data folder.
        subprocess.run([*atelier, "log"], env=env, capture_output=True, check=False)
        subprocess.run([sys.executable, "-c", EAGER_IMPORTS], env=env, check=False)

        interpreter = _median_wall([sys.executable, "-c", "pass"], env, args.runs)
        eager = _median_wall([sys.executable, "-c", EAGER_IMPORTS], env, args.runs)
        print(f"{'baseline python -c pass':<36} median {interpreter:.2f} s")
        print(f"{'baseline eager imports':<36} median {eager:.2f} s   ({EAGER_IMPORTS})")
        timed = [(label, atelier + argv, GOAL_COMMAND_S) for label, argv in COMMANDS] + [
            (f"import {module}", [sys.executable, "-c", f"import {module}"], GOAL_RULES_IMPORT_S)
            for module in RULE_MODULES
        ]
        for label, argv, goal in timed:
            wall = _median_wall(argv, env, args.runs)
            met = wall <= goal
            ok &= met
            print(
                f"{label:<36} median {wall:.2f} s   {wall / eager:.2f}x eager imports, "
                f"{wall / interpreter:.1f}x python start; goal <= {goal} s: "
                f"{'met' if met else 'MISSED'}"
            )

        readies = [_chat_ready(env) for _ in range(args.runs)]
        ready = statistics.median(readies)
        met = ready <= GOAL_CHAT_READY_S
        ok &= met
        print(
            f"{'atelier chat (prompt shown)':<36} median {ready:.2f} s   "
            f"{ready / eager:.2f}x eager imports; goal <= {GOAL_CHAT_READY_S} s: "
            f"{'met' if met else 'MISSED'}"
        )

        if not args.skip_turns:
            print(f"first turn, offline engine, median of {args.turns} processes each:")
            labels = {
                "cold": "cold",
                "warm": "after warm-up",
                "racing": "racing warm-up",
            }
            for mode, label in labels.items():
                r = _turns(mode, base, args.turns)
                slowest = sorted(r["nodes"].items(), key=lambda kv: -kv[1])[:4]
                nodes = ", ".join(f"{name} {ms:.0f}" for name, ms in slowest)
                extra = f"; warm-up itself {r['warm_ms'] / 1000:.2f} s" if mode == "warm" else ""
                print(
                    f"  {label:<16} first turn {r['first']:.2f} s (second {r['second']:.2f} s)"
                    f"  nodes ms: {nodes}{extra}"
                )
    print("goals met" if ok else "goals MISSED")


if __name__ == "__main__":
    main()
