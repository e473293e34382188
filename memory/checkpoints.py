"""Checkpointer factory: LangGraph checkpoints in SQLite under the data directory.

The serializer is told which state types it may rebuild, so checkpoints restore atelier's
pydantic records and nothing else. Three things keep a turn's checkpoints small and cheap
(``python -m bench.session`` prints the bytes per turn):

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

from langgraph.checkpoint.serde.encrypted import EncryptedSerializer
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from core.errors import StorageError

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
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.Error as err:
        raise StorageError(f"cannot open the checkpoint database {path}: {err}") from err
    saver = CompactSqliteSaver(conn, serde=serializer(types))
    saver.setup()
    return saver
