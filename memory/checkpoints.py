"""Checkpointer factory: LangGraph checkpoints in SQLite under the data directory.

The serializer is told which state types it may rebuild, so checkpoints restore atelier's
pydantic records and nothing else.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from core.errors import StorageError


def serializer(types: Sequence[type]) -> JsonPlusSerializer:
    return JsonPlusSerializer(allowed_msgpack_modules=list(types))


def sqlite_checkpointer(path: Path, types: Sequence[type]) -> SqliteSaver:
    """A saver at ``path`` that rebuilds only ``types`` (the graph's state records)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10.0)
        conn.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as err:
        raise StorageError(f"cannot open the checkpoint database {path}: {err}") from err
    saver = SqliteSaver(conn, serde=serializer(types))
    saver.setup()
    return saver
