"""Short-lived SQLite connections for every small store (ledger, asset index, review queue).

One connection per operation is safe across threads and processes. Each operation is one
explicit transaction (``DEFERRED`` by default; ``IMMEDIATE`` takes the write lock up front;
``None`` runs without one, for pragmas that cannot change inside a transaction), committed
on success, rolled back on any error and always closed. sqlite errors become one-line
``StorageError``s that name the store, and a lock held too long by another process says so.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from core.errors import StorageError

Begin = Literal["DEFERRED", "IMMEDIATE", "EXCLUSIVE"]
# How long a write waits for another process's lock before it fails. Workers of a batch share
# one ledger on one machine; on a loaded machine a turn of theirs can hold the lock for seconds,
# and a ledger row lost after its image was paid for costs more than a wait.
BUSY_TIMEOUT_MS = 30_000


@contextlib.contextmanager
def short_connection(
    db_path: Path, *, label: str, busy_timeout_ms: int, begin: Begin | None = "DEFERRED"
) -> Iterator[sqlite3.Connection]:
    """A connection in one transaction of mode ``begin``, committed on success and closed."""
    try:
        conn = sqlite3.connect(db_path, timeout=busy_timeout_ms / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open the {label} {db_path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if begin is None:
            yield conn
            return
        conn.execute(f"BEGIN {begin}")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(
                f"the {label} is locked by another process: {db_path}",
                hint="close the other atelier process or try again",
            ) from exc
        raise StorageError(f"{label} error ({db_path}): {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{label} error ({db_path}): {exc}") from exc
    finally:
        conn.close()
