"""Short-lived SQLite connections for the small stores (asset index, review queue).

One connection per operation is safe across threads and processes; sqlite errors become
one-line StorageErrors that name the store, and a lock held too long by another process
says so. (The ledger has its own, with explicit transaction modes.)
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from agent.errors import StorageError


@contextlib.contextmanager
def short_connection(
    db_path: Path, *, label: str, busy_timeout_ms: int
) -> Iterator[sqlite3.Connection]:
    """A connection committed on success, rolled back on error and always closed."""
    try:
        conn = sqlite3.connect(db_path, timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open the {label} {db_path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        with conn:
            yield conn
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(f"the {label} is locked by another process: {db_path}") from exc
        raise StorageError(f"{label} error ({db_path}): {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{label} error ({db_path}): {exc}") from exc
    finally:
        conn.close()
