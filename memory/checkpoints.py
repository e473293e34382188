"""Checkpointer factory: LangGraph checkpoints in SQLite under the data directory, or in
PostgreSQL (``ATELIER_CHECKPOINT_URL``) when several workers share threads.

The serializer is told which state types it may rebuild, so checkpoints restore atelier's
pydantic records and nothing else, whichever engine holds them. Three things keep a turn's
checkpoints small and cheap in SQLite (``python -m bench.session`` prints the bytes per
turn):

- Channel versions are integers. SqliteSaver's own are 50-character strings (a counter
  padded to 32 digits and a random fraction) and a checkpoint carries two per channel,
  more than half its bytes. A thread whose checkpoints already hold string versions keeps
  them: a saver must only ever hand out increasing versions of one type per thread.
- Payloads over ``COMPRESS_FROM`` bytes are zlib-compressed, through LangGraph's own
  ``EncryptedSerializer`` wrapper (the type column reads ``msgpack+zlib``), which keeps the
  restricted msgpack allow-list working and reads uncompressed rows as before.
- Commits do not wait for the disk (``synchronous=NORMAL`` in WAL mode). A killed process
  loses nothing committed: the WAL is in the operating system's hands. Only a power cut
  can lose the last commits, and never corrupts the file.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.serde.encrypted import EncryptedSerializer
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from core.errors import StorageError
from core.settings import Settings
from memory.db import PostgresDatabase, pool
from memory.sqlite import BUSY_TIMEOUT_MS

Checkpointer = BaseCheckpointSaver[str]
LABEL = "checkpoint database"

# Below this a payload (most channel writes: a flag, an id) does not shrink by compressing.
COMPRESS_FROM = 128
ZLIB_LEVEL = 6
_ZLIB, _PLAIN = "zlib", "plain"


class ZlibCodec:
    """A LangGraph ``CipherProtocol`` that compresses instead of encrypting."""

    def encrypt(self, plaintext: bytes) -> tuple[str, bytes]:
        if len(plaintext) >= COMPRESS_FROM:
            packed = zlib.compress(plaintext, ZLIB_LEVEL)
            if len(packed) < len(plaintext):
                return _ZLIB, packed
        return _PLAIN, plaintext

    def decrypt(self, ciphername: str, ciphertext: bytes) -> bytes:
        if ciphername == _ZLIB:
            return zlib.decompress(ciphertext)
        if ciphername == _PLAIN:
            return ciphertext
        raise StorageError(f"checkpoint payload in an unknown encoding: {ciphername!r}")


def serializer(types: Sequence[type]) -> EncryptedSerializer:
    """msgpack that rebuilds only ``types``, compressed when that saves bytes."""
    return EncryptedSerializer(ZlibCodec(), JsonPlusSerializer(allowed_msgpack_modules=list(types)))


class CompactSqliteSaver(SqliteSaver):
    """SqliteSaver with integer channel versions (see the module's docstring)."""

    def get_next_version(self, current: Any, channel: None) -> Any:
        if isinstance(current, str):  # a thread checkpointed before versions were integers
            return super().get_next_version(current, channel)
        return (current or 0) + 1


def sqlite_checkpointer(path: Path, types: Sequence[type]) -> CompactSqliteSaver:
    """A saver at ``path`` that rebuilds only ``types`` (the graph's state records)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        # The saver reads a thread's newest checkpoint and its writes, pages the OS already
        # caches; SQLite's default 2 MB cache on this long-lived connection only grew the
        # process with the file.
        conn.execute("PRAGMA cache_size=-512")
    except sqlite3.Error as err:
        raise StorageError(f"cannot open the checkpoint database {path}: {err}") from err
    saver = CompactSqliteSaver(conn, serde=serializer(types))
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
