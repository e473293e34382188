"""The servers the "servers" test runs use: PostgreSQL (scripts/test-servers.sh prepares it)
and a Chroma server this test session starts from the venv's ``chroma`` and stops.

``backend`` is a fixture parametrised over ``embedded`` (SQLite files and embedded Chroma,
the defaults) and ``servers`` (checkpoints, ledger, review queue and asset index in
PostgreSQL, brand references in the Chroma server). Each servers test gets its own
PostgreSQL schema (dropped after it) and an empty Chroma server. Test modules that import
``backend`` run every test twice; a server that does not answer FAILS the servers run with
the command that starts it: nothing is skipped.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on now, for a server a test starts."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


ROOT = Path(__file__).resolve().parents[1]
# scripts/test-servers.sh creates this role and database on the loopback cluster.
DEFAULT_POSTGRES_URL = "postgresql://atelier_test:atelier-test-secret@127.0.0.1:5432/atelier_test"
START_POSTGRES = "sudo sh scripts/test-servers.sh (as root: sh scripts/test-servers.sh)"
CHROMA_START_S = 60.0
# What the embedded defaults write; a servers run must write none of them.
EMBEDDED_STORE_FILES = (
    "ledger.sqlite",
    "checkpoints.sqlite",
    "review.sqlite",
    "index.sqlite",
    "chroma.sqlite3",
)


def postgres_url() -> str:
    return os.environ.get("ATELIER_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def postgres_password() -> str:
    return urlsplit(postgres_url()).password or ""


def _admin_connect() -> object:
    import psycopg

    try:
        return psycopg.connect(postgres_url(), autocommit=True, connect_timeout=5)
    except psycopg.Error as exc:
        where = urlsplit(postgres_url())
        pytest.fail(
            f"PostgreSQL for the servers tests does not answer at {where.hostname}:{where.port}"
            f" ({type(exc).__name__}); start it with: {START_POSTGRES}",
            pytrace=False,
        )


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose tables land in a fresh schema, dropped afterwards."""
    from memory.db import close_pools

    schema = f"t_{uuid.uuid4().hex[:12]}"
    conn = _admin_connect()
    conn.execute(f"CREATE SCHEMA {schema}")  # type: ignore[attr-defined]
    sep = "&" if "?" in postgres_url() else "?"
    url = f"{postgres_url()}{sep}options={quote(f'-csearch_path={schema}')}"
    try:
        yield url
    finally:
        close_pools()
        conn.execute(f"DROP SCHEMA {schema} CASCADE")  # type: ignore[attr-defined]
        conn.close()  # type: ignore[attr-defined]


@dataclass
class ChromaServer:
    host: str
    port: int
    process: subprocess.Popen[bytes] | None
    log: Path

    def client(self) -> object:
        import chromadb
        from chromadb.config import Settings

        return chromadb.HttpClient(
            host=self.host, port=self.port, settings=Settings(anonymized_telemetry=False)
        )

    def reset(self) -> None:
        """Drop every collection, so each test starts on an empty server."""
        client = self.client()
        for collection in client.list_collections():  # type: ignore[attr-defined]
            client.delete_collection(collection.name)  # type: ignore[attr-defined]


def _chroma_binary() -> str | None:
    beside = Path(sys.executable).parent / "chroma"
    return str(beside) if beside.exists() else shutil.which("chroma")


def start_chroma(folder: Path) -> ChromaServer:
    binary = _chroma_binary()
    if binary is None:
        pytest.fail(
            "the Chroma server (`chroma`, from the chromadb package) is not in the venv;"
            " install the project with: pip install -e '.[dev]'",
            pytrace=False,
        )
    port = free_port()
    log = folder / "chroma.log"
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                binary,
                "run",
                "--path",
                str(folder / "data"),
                "--host",
                "127.0.0.1",
                "--port",
                f"{port}",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=folder,
        )
    server = ChromaServer("127.0.0.1", port, process, log)
    deadline = time.monotonic() + CHROMA_START_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            server.client().heartbeat()  # type: ignore[attr-defined]
            return server
        except Exception:
            time.sleep(0.3)
    stop_chroma(server)
    tail = log.read_text(errors="replace")[-600:]
    pytest.fail(
        f"the Chroma server did not answer on 127.0.0.1:{port} (`{binary} run`); its log:\n{tail}",
        pytrace=False,
    )


def stop_chroma(server: ChromaServer) -> None:
    if server.process is not None and server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@dataclass
class Backend:
    """What one run of a test uses; ``urls`` is empty for the embedded defaults."""

    name: str
    postgres_url: str | None = None
    chroma: ChromaServer | None = None


def use_servers(monkeypatch: pytest.MonkeyPatch, url: str, chroma: ChromaServer) -> None:
    """Point every Settings made from the environment (and every subprocess) at the servers."""
    monkeypatch.setenv("ATELIER_CHECKPOINT_URL", url)
    monkeypatch.setenv("ATELIER_LEDGER_URL", url)
    monkeypatch.setenv("CHROMA_HOST", chroma.host)
    monkeypatch.setenv("CHROMA_PORT", str(chroma.port))
