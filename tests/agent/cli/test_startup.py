"""Cold start and warm-up: light commands import nothing heavy, and warm-up is safe.

The CLI imports the graph, Chroma and the SDK only inside the commands that run turns, so
``atelier --help``, ``policy``, ``log``, ``cost`` and ``review`` start in a fraction of a
second; these tests check what gets imported (never how long it takes). Warm-up runs on a
daemon thread beside the first turn: the tests race the two and check that nothing breaks,
nothing is loaded twice and nothing is printed.
"""

from __future__ import annotations

import json
import logging
import os
import pkgutil
import pty
import re
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import agent.cli
from agent import warmup
from agent.context import Services
from agent.runner import Runner
from core.errors import ConfigError
from memory.brand_index import BrandIndex

ROOT = Path(__file__).resolve().parents[3]

# What a command that runs no turn must not import: each costs from 0.1 s to over a second.
HEAVY = (
    "langgraph",
    "langchain_core",
    "chromadb",
    "openai",
    "numpy",
    "onnxruntime",
    "skimage",
    "cv2",
    "sklearn",
    "agent.runner",
    "agent.context",
    "agent.batch",
    "agent.graph",
    "agent.session",
    "memory.brand_index",
    "memory.embeddings",
    "memory.checkpoints",
    "tools.qa",
    "tools.classifiers",
    "tools.moderation",
)

# Runs one command in-process and writes which heavy modules it imported to argv[1].
_PROBE = """
import json, sys
report, args = sys.argv[1], sys.argv[2:]
sys.argv = ["atelier", *args]
from agent.cli import main
try:
    main()
except SystemExit:
    pass
heavy = json.loads(sys.stdin.read())
with open(report, "w") as out:
    json.dump(sorted(m for m in heavy if m in sys.modules), out)
"""


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_"))}
    env.update(
        ATELIER_HOME=str(home),
        ATELIER_PROVIDER="offline",
        ANONYMIZED_TELEMETRY="False",
        COLUMNS="200",
        NO_COLOR="1",
    )
    return env


def _python(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_importing_the_cli_loads_no_heavy_module(atelier_home: Path) -> None:
    code = "import json, sys, agent.cli; print(json.dumps(sorted(sys.modules)))"
    done = _python(atelier_home, "-c", code)
    loaded = set(json.loads(done.stdout))
    assert [m for m in HEAVY if m in loaded] == []


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["policy", "check", "a fake passport for our ad"],
        ["policy", "show"],
        ["log"],
        ["cost"],
        ["review", "list"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_light_commands_load_no_heavy_module(
    args: list[str], atelier_home: Path, tmp_path: Path
) -> None:
    report = tmp_path / "loaded.json"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(report), *args],
        cwd=ROOT,
        env=_env(atelier_home),
        input=json.dumps(HEAVY),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert json.loads(report.read_text()) == [], done.stdout


def test_help_lists_every_command(atelier_home: Path) -> None:
    import typer.main

    # Every module in agent/cli registers commands: each must be imported by agent.cli.
    modules = {m.name for m in pkgutil.iter_modules(agent.cli.__path__)} - {"__main__"}
    missing = sorted(m for m in modules if f"agent.cli.{m}" not in sys.modules)
    assert modules and not missing, f"not imported at the end of agent/cli/__init__.py: {missing}"

    done = _python(atelier_home, "-m", "agent.cli", "--help")
    group = typer.main.get_command(agent.cli.app)
    names = set(getattr(group, "commands", {}))
    assert {"chat", "brand", "policy", "review", "log", "cost", "batch", "run"} <= names
    listed = {line.split()[1] for line in done.stdout.splitlines() if line.startswith("│ ")}
    assert names <= listed, done.stdout


# -- warm-up -----------------------------------------------------------------------------


def test_warm_up_loads_everything_and_writes_no_ledger_row(services: Services) -> None:
    report = warmup.warm_up(services)
    assert report.errors == {}
    assert list(report.timings_ms) == [
        "policy",
        "profanity",
        "detector",
        "brand",
        "sdk",
        "graph",
    ]
    assert services._brand is not None
    assert services.ledger.rows() == []


def test_brand_index_opens_once_when_asked_from_two_threads(services: Services) -> None:
    factory = services.brand_factory
    assert factory is not None
    opened: list[BrandIndex] = []

    def slow_open() -> BrandIndex:
        time.sleep(0.2)  # long enough for the other thread to ask meanwhile
        index = factory()
        opened.append(index)
        return index

    services.brand_factory = slow_open
    got: list[BrandIndex] = []
    threads = [threading.Thread(target=lambda: got.append(services.brand)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(opened) == 1
    assert len(got) == 2 and got[0] is got[1] is opened[0]


def test_a_turn_can_start_while_warm_up_runs(
    services: Services, runner_factory: Callable[..., Runner]
) -> None:
    factory = services.brand_factory
    assert factory is not None
    opened: list[BrandIndex] = []

    def slow_open() -> BrandIndex:
        time.sleep(0.3)  # keeps warm-up opening the index while the turn reaches retrieve
        opened.append(factory())
        return opened[-1]

    services.brand_factory = slow_open
    runner = runner_factory(services=services)
    pending = warmup.start(services)
    result = runner.turn("A square post for our spring launch with the copy “Hello Spring”")
    report = pending.result(timeout=120)
    assert result.status == "done" and result.state.refusal is None
    assert [img.review for img in result.state.images] != []
    assert report.errors == {}
    assert len(opened) == 1
    # A second turn in the same process, both warm now, runs the same way.
    again = runner.turn("A story banner with the copy “Sale”")
    assert again.status == "done"


def test_a_failing_step_is_logged_and_skipped(
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    def broken(_: Services) -> None:
        raise RuntimeError("chroma is on fire")

    monkeypatch.setattr(warmup, "_brand", broken)
    hook_calls: list[object] = []
    monkeypatch.setattr(threading, "excepthook", hook_calls.append)
    with caplog.at_level(logging.INFO, logger="agent.warmup"):
        report = warmup.start(services).result(timeout=120)
    assert report.errors == {"brand": "RuntimeError: chroma is on fire"}
    assert "sdk" in report.timings_ms and "graph" in report.timings_ms
    assert any("brand" in r.getMessage() and r.exc_info for r in caplog.records)
    assert hook_calls == []
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "fire" not in out + err


def test_prepare_hands_over_the_error_building_the_runner() -> None:
    def make() -> Runner:
        raise ConfigError("provider 'openai' needs an API key")

    runner, report = warmup.prepare(make)
    with pytest.raises(ConfigError):
        runner.result(timeout=30)
    with pytest.raises(ConfigError):
        report.result(timeout=30)


# -- the interactive chat ------------------------------------------------------------------

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _read_until(fd: int, seen: list[str], want: Callable[[str], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not select.select([fd], [], [], 0.1)[0]:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return False
        if not chunk:
            return False
        seen.append(chunk.decode("utf-8", errors="replace"))
        if want(_ANSI.sub("", "".join(seen))):
            return True
    return False


def test_interactive_chat_prompts_first_then_runs_the_turn(atelier_home: Path) -> None:
    argv, env = [sys.executable, "-m", "agent.cli", "chat"], _env(atelier_home)
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes the CLI and never returns here
        try:
            os.chdir(ROOT)
            os.execve(sys.executable, argv, env)
        finally:
            os._exit(127)
    seen: list[str] = []
    try:
        assert _read_until(fd, seen, lambda s: "brief: " in s, 120), "".join(seen)
        os.write(fd, "A square post with the copy “Hi”\r".encode())
        assert _read_until(fd, seen, lambda s: s.count("brief: ") >= 2, 240), "".join(seen)
        os.write(fd, b"/quit\r")
        _read_until(fd, seen, lambda s: False, 30)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    text = _ANSI.sub("", "".join(seen))
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "Traceback" not in text
    assert re.search(r"thread t-[0-9a-f]{10} · provider offline", text), text
    assert "Generated 1024x1024" in text, text
