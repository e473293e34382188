"""atelier's graph under LangGraph Server: services built from settings, one whole thread
through ``langgraph dev`` with the official SDK client, a clarifying interrupt included.

``langgraph dev`` runs as a child process on loopback with everything that would call out
turned off (the CLI's analytics, the PyPI version check, LangSmith tracing, onnxruntime's
telemetry); it needs nothing from the network to serve the graph.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from agent import server
from agent.graph import build_graph
from agent.server import ServicesPool
from core.settings import Settings
from memory.ledger import Ledger
from tests.backends import free_port

ROOT = Path(__file__).resolve().parents[3]
CLARIFY = "Create a summer-sale visual for Acme with our logo and the copy “Stay Cool”"
OFFLINE_ENV = {
    "LANGGRAPH_CLI_NO_ANALYTICS": "1",
    "LANGGRAPH_NO_VERSION_CHECK": "true",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "ORT_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
}


def test_the_server_graph_builds_services_when_a_run_passes_none(settings: Settings) -> None:
    pool = ServicesPool(settings)
    graph = build_graph(InMemorySaver(), services_for=pool.for_thread)
    config: Any = {"configurable": {"thread_id": "t-server1"}}
    first = graph.invoke(cast(Any, {"brief": CLARIFY}), config)
    asked = first["__interrupt__"][0].value
    assert asked["question"] == "Which format should it be?"
    done = graph.invoke(Command(resume="square 1:1"), config)
    assert done["images"][0].review == "pass"
    assert done["message"].startswith("Generated 1024x1024")
    # Everything the run wrote is filed under the thread the server ran, not a default one.
    rows = Ledger(settings.ledger_db).rows()
    assert rows and {r.thread_id for r in rows if r.node != "embedding"} == {"t-server1"}
    assert list((settings.previews_dir / "t-server1").glob("*.png"))
    # One set of heavy parts for every thread.
    assert pool.for_thread("a").client is pool.for_thread("b").client


def test_the_served_graph_declares_no_context_and_keeps_the_nodes() -> None:
    assert server.graph.builder.context_schema is None
    assert set(server.graph.nodes) == set(build_graph().nodes)
    assert build_graph().builder.context_schema is not None
    config = json.loads((ROOT / "langgraph.json").read_text())
    assert config["graphs"] == {"atelier": "agent.server:graph"}


@pytest.fixture
def langgraph_dev(atelier_home: Path, tmp_path: Path) -> Iterator[str]:
    binary = Path(sys.executable).parent / "langgraph"
    if not binary.exists():
        pytest.fail(
            "langgraph-cli is not installed: pip install -e '.[dev]' (langgraph-cli[inmem])"
        )
    port = free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "AZURE_", "LANGSMITH_", "LANGCHAIN_"))
    }
    env.update(OFFLINE_ENV, ATELIER_HOME=str(atelier_home), ATELIER_PROVIDER="offline")
    log = (tmp_path / "langgraph-dev.log").open("w")
    proc = subprocess.Popen(
        [
            str(binary),
            "dev",
            "--no-browser",
            "--no-reload",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--config",
            str(ROOT / "langgraph.json"),
        ],
        cwd=tmp_path,  # its .langgraph_api/ state folder lands here
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"langgraph dev exited: {(tmp_path / 'langgraph-dev.log').read_text()}")
            try:
                if httpx.get(url + "/ok", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("langgraph dev did not answer /ok within 120 s")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        log.close()


def test_langgraph_dev_runs_a_whole_thread_through_the_sdk(
    langgraph_dev: str, atelier_home: Path
) -> None:
    from langgraph_sdk import get_sync_client

    client = get_sync_client(url=langgraph_dev)
    assistants = client.assistants.search(graph_id="atelier")
    assert [a["graph_id"] for a in assistants] == ["atelier"]
    thread = client.threads.create()
    thread_id = thread["thread_id"]
    custom: list[dict[str, Any]] = []
    for part in client.runs.stream(
        thread_id, "atelier", input={"brief": CLARIFY}, stream_mode=["updates", "custom"]
    ):
        if part.event == "custom":
            custom.append(part.data)
        assert part.event != "error", part.data
    waiting = client.threads.get_state(thread_id)
    assert waiting["next"] == ["clarify"]
    question = waiting["interrupts"][0]["value"]
    assert question["options"][0].startswith("square post")
    for part in client.runs.stream(
        thread_id,
        "atelier",
        command={"resume": question["options"][0]},
        stream_mode=["updates", "custom"],
    ):
        if part.event == "custom":
            custom.append(part.data)
        assert part.event != "error", part.data
    done = client.threads.get_state(thread_id)
    assert done["next"] == []
    values = cast(dict[str, Any], done["values"])
    assert values["answer"] == question["options"][0]
    assert values["images"][0]["review"] == "pass"
    assert values["current_image"]["sha256"] == values["images"][0]["asset"]["sha256"]
    assert [e["kind"] for e in custom if e["kind"] in ("decision", "partial")] == [
        "decision",
        "decision",
        "partial",
    ]
    # The server's run used the same data directory as the CLI would: ledger and assets.
    rows = Ledger(atelier_home / "ledger.sqlite").rows(thread_id=thread_id)
    assert {"moderate_input", "decide", "generate", "review"} <= {r.node for r in rows}
    assert Path(values["images"][0]["asset"]["path"]).is_relative_to(atelier_home)
