"""Checkpointer factory: LangGraph checkpoints in SQLite under the data directory.

The serializer is told which state types it may rebuild, so checkpoints restore atelier's
pydantic records and nothing else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from agent.errors import StorageError


def serializer() -> JsonPlusSerializer:
    from agent.state import STATE_TYPES

    return JsonPlusSerializer(allowed_msgpack_modules=list(STATE_TYPES))


def sqlite_checkpointer(path: Path) -> SqliteSaver:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10.0)
        conn.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as err:
        raise StorageError(f"cannot open the checkpoint database {path}: {err}") from err
    saver = SqliteSaver(conn, serde=serializer())
    saver.setup()
    return saver
