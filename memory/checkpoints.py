"""Checkpointer factory: LangGraph checkpoints in SQLite under the data directory, or in
PostgreSQL (``ATELIER_CHECKPOINT_URL``) when several workers share threads.

The serializer is told which state types it may rebuild, so checkpoints restore atelier's
pydantic records and nothing else, whichever engine holds them.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Sequence
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from core.errors import StorageError
from core.settings import Settings
from memory.db import PostgresDatabase, pool

Checkpointer = BaseCheckpointSaver[str]
LABEL = "checkpoint database"


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


def postgres_checkpointer(url: str, types: Sequence[type]) -> Checkpointer:
    """LangGraph's Postgres saver on the process's pool for ``url``, rebuilding only ``types``."""
    from langgraph.checkpoint.postgres import PostgresSaver

    db = PostgresDatabase(url, label=LABEL)
    saver = PostgresSaver(pool(url, "checkpoints"), serde=serializer(types))
    # The saver's migrations are CREATE ... IF NOT EXISTS, which races in PostgreSQL's
    # catalogue when workers start together: one at a time, under a session lock held on
    # another connection. Not a transaction lock: a transaction left open there would make
    # the migrations' CREATE INDEX CONCURRENTLY wait for it forever.
    key = zlib.crc32(b"atelier:checkpoints")
    with db.connect(begin=None) as conn:
        conn.execute("SELECT pg_advisory_lock(?)", (key,))
        try:
            # Driver errors leave connect() as a StorageError naming the URL without its
            # password.
            saver.setup()
        finally:
            conn.execute("SELECT pg_advisory_unlock(?)", (key,))
    return saver


def open_checkpointer(settings: Settings, types: Sequence[type]) -> Checkpointer:
    """The checkpointer ``settings`` name: PostgreSQL at ``checkpoint_url``, else SQLite."""
    if settings.checkpoint_url is not None:
        return postgres_checkpointer(settings.checkpoint_url.get_secret_value(), types)
    return sqlite_checkpointer(settings.checkpoint_db, types)


def close_checkpointer(saver: Checkpointer) -> None:
    """Release what one saver holds (a SQLite connection; Postgres pools stay for the
    process, see memory.db.close_pools)."""
    if isinstance(saver, SqliteSaver):
        saver.conn.close()
