"""Backends by configuration: the URLs pick PostgreSQL and the Chroma server, a bad URL is
refused without quoting it, and the PostgreSQL password never reaches the logs, the ledger,
the checkpoints or `atelier doctor`."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from langgraph.checkpoint.postgres import PostgresSaver
from langgraph.checkpoint.sqlite import SqliteSaver
from pydantic import SecretStr

from agent import doctor
from agent.runner import Runner
from agent.state import STATE_TYPES
from core.errors import ConfigError
from core.settings import Settings, load_settings
from memory.checkpoints import close_checkpointer, open_checkpointer
from memory.db import PostgresDatabase, SqliteDatabase
from memory.stores import open_assets, open_ledger, open_review_queue
from tests.backends import Backend, postgres_password


def test_defaults_are_embedded_files(atelier_home: Path) -> None:
    settings = Settings(home=atelier_home, provider="offline")
    assert settings.checkpoint_url is None and settings.ledger_url is None
    assert isinstance(open_ledger(settings).db, SqliteDatabase)
    assert isinstance(open_assets(settings).db, SqliteDatabase)
    assert isinstance(open_review_queue(settings).db, SqliteDatabase)
    saver = open_checkpointer(settings, STATE_TYPES)
    try:
        assert isinstance(saver, SqliteSaver)
    finally:
        close_checkpointer(saver)
    assert (atelier_home / "ledger.sqlite").exists() and settings.checkpoint_db.exists()


def test_urls_select_postgres(backend: Backend, settings: Settings) -> None:
    expect_pg = backend.name == "servers"
    for store in (open_ledger(settings), open_assets(settings), open_review_queue(settings)):
        assert isinstance(store.db, PostgresDatabase if expect_pg else SqliteDatabase)
    saver = open_checkpointer(settings, STATE_TYPES)
    try:
        assert isinstance(saver, PostgresSaver if expect_pg else SqliteSaver)
    finally:
        close_checkpointer(saver)
    assert (settings.chroma_host is not None) is expect_pg


@pytest.mark.parametrize("name", ["ATELIER_LEDGER_URL", "ATELIER_CHECKPOINT_URL"])
@pytest.mark.parametrize(
    "value", ["mysql://u:hunter2-secret@h/db", "hunter2-secret", "sqlite:///hunter2-secret"]
)
def test_a_url_that_is_not_postgres_is_refused_without_quoting_it(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    text = caught.value.one_line()
    assert "postgresql://" in text and name.removeprefix("ATELIER_").lower() in text
    assert "hunter2" not in text


def test_password_never_leaves(
    backend: Backend,
    settings: Settings,
    runner_factory: Callable[..., Runner],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if backend.name == "embedded":
        # Nothing to leak: the embedded run only checks that no URL is configured.
        assert settings.ledger_url is None and settings.checkpoint_url is None
        return
    password = postgres_password()
    assert password and backend.postgres_url and password in backend.postgres_url
    caplog.set_level(logging.DEBUG)
    runner = runner_factory()
    runner.turn("A square post with the copy “Hello”")
    assert runner.state().current_image is not None

    # Settings, doctor (text and JSON), and a doctor run whose server refuses the password.
    assert password not in repr(settings) and password not in str(settings.model_dump())
    checks = doctor.backend_checks(settings)
    assert [c.state for c in checks if c.part != "images"] == ["ok", "ok", "ok"]
    assert password not in json.dumps([c.as_dict() for c in checks])
    refusing = backend.postgres_url.replace(f":{password}@", f":{password}-wrong@")
    wrong = settings.model_copy(update={"checkpoint_url": SecretStr(refusing)})
    refused = doctor.backend_checks(wrong)[0]
    assert refused.state == "error" and "***" in refused.detail
    assert password not in json.dumps(refused.as_dict())

    # Every table the run wrote (ledger, review queue, assets, checkpoints), as text and
    # with bytea shown as hex.
    db = PostgresDatabase(backend.postgres_url, label="probe")
    with db.connect() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                "current_schema()"
            ).fetchall()
        ]
        assert {"calls", "assets", "checkpoints", "checkpoint_blobs"} <= set(tables)
        dump = "".join(
            str(row[0])
            for t in tables
            for row in conn.execute(f"SELECT t::text FROM {t} t").fetchall()
        )
    assert dump and password not in dump and password.encode().hex() not in dump

    logged = caplog.text + capsys.readouterr().err
    log_file = settings.home / "logs" / "atelier.log"
    if log_file.exists():
        logged += log_file.read_text(errors="replace")
    assert password not in logged
