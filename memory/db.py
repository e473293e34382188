"""The storage seam under the small stores (ledger, asset index, review queue): one SQLite
file each by default, or one PostgreSQL database shared by every worker.

The stores write one SQL text for both engines, in SQLite's spelling that PostgreSQL also
speaks: ``?`` placeholders (rewritten to ``%s`` here), ``INSERT ... ON CONFLICT``, ``RETURNING``,
``IS NOT DISTINCT FROM``. What differs lives on :class:`Database`:

- ``ddl()`` turns a store's schema into the engine's (identity keys, double precision, and
  an explicit ``seq`` column where SQLite orders by its implicit ``rowid``); ``rowid`` names
  that ordering column in queries;
- ``connect(begin=...)`` is one transaction. ``"IMMEDIATE"`` means "writers of this store
  go one at a time": SQLite's write lock taken up front, or on PostgreSQL a transaction
  advisory lock keyed by the store, so a read-then-write (a migration, queueing an item once)
  happens exactly once however many processes race;
- ``setup()`` runs a schema once under that lock (concurrent ``CREATE TABLE IF NOT EXISTS``
  on PostgreSQL otherwise fails in the catalogue).

PostgreSQL connections come from one pool per URL and process. The URL's password never
leaves this module: messages name :func:`redact_url`'s form of it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

from core.errors import StorageError
from memory.sqlite import BUSY_TIMEOUT_MS, Begin, short_connection

Dialect = Literal["sqlite", "postgres"]
POSTGRES_SCHEMES = ("postgresql", "postgres")
# Long enough for a burst of workers to queue for a connection, short enough that a server
# that is down fails a command in seconds rather than hanging it.
POOL_TIMEOUT_S = 15.0
POOL_MAX = 8


def is_postgres_url(url: str) -> bool:
    return urlsplit(url).scheme in POSTGRES_SCHEMES


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***`` (what logs and messages may show)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{user}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class Row(tuple[Any, ...]):
    """A result row read by position, by column name, or as ``dict(row)`` (like sqlite3.Row)."""

    _names: tuple[str, ...]

    def __new__(cls, values: Sequence[Any], names: tuple[str, ...]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def keys(self) -> list[str]:
        return list(self._names)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            try:
                return tuple.__getitem__(self, self._names.index(key))
            except ValueError:
                raise IndexError(f"no column {key!r}") from None
        return tuple.__getitem__(self, key)


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Conn(Protocol):
    """One connection inside one transaction (see :meth:`Database.connect`)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


ConnContext = contextlib.AbstractContextManager[Conn]


class Database:
    """Where one store keeps its tables; see the module docstring for what differs."""

    dialect: Dialect
    rowid: str
    label: str
    where: str

    def connect(
        self, *, begin: Begin | None = "DEFERRED"
    ) -> contextlib.AbstractContextManager[Conn]:
        raise NotImplementedError

    def ddl(self, schema: str) -> str:
        raise NotImplementedError

    def setup(self, schema: str) -> None:
        """Create the store's tables and indexes (``CREATE ... IF NOT EXISTS``) once."""
        raise NotImplementedError

    def table_exists(self, conn: Conn, name: str) -> bool:
        raise NotImplementedError


# -- SQLite ------------------------------------------------------------------------------------


def _sqlite_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Row:
    return Row(values, tuple(d[0] for d in cursor.description))


class _SqliteConn:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        return self._conn.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(sql, [tuple(r) for r in rows])


class SqliteDatabase(Database):
    """A SQLite file (WAL) with one short connection per operation."""

    dialect: Dialect = "sqlite"
    rowid = "rowid"

    def __init__(self, path: Path, *, label: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path)
        self.label = label
        self.where = str(self.path)
        self._busy_timeout_ms = busy_timeout_ms

    @contextlib.contextmanager
    def connect(self, *, begin: Begin | None = "DEFERRED") -> Iterator[Conn]:
        with short_connection(
            self.path, label=self.label, busy_timeout_ms=self._busy_timeout_ms, begin=begin
        ) as conn:
            conn.row_factory = _sqlite_row
            yield _SqliteConn(conn)

    def ddl(self, schema: str) -> str:
        return schema.replace("{seq}", "")

    def setup(self, schema: str) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the {self.label} directory: {exc}") from exc
        # journal_mode cannot change inside a transaction, and executescript commits first.
        with short_connection(
            self.path, label=self.label, busy_timeout_ms=self._busy_timeout_ms, begin=None
        ) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(self.ddl(schema))

    def table_exists(self, conn: Conn, name: str) -> bool:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return found is not None


# -- PostgreSQL --------------------------------------------------------------------------------

_POOLS: dict[tuple[int, str, str], Any] = {}
_POOLS_LOCK = threading.Lock()


PoolKind = Literal["stores", "checkpoints"]


def pool(url: str, kind: PoolKind = "stores") -> Any:
    """The process's connection pool for ``url`` (a forked child opens its own: sockets are
    not shared). LangGraph's checkpointer wants dict rows and no prepared statements."""
    from psycopg.rows import dict_row
    from psycopg_pool import ConnectionPool

    key = (os.getpid(), kind, url)
    with _POOLS_LOCK:
        found = _POOLS.get(key)
        if found is None:
            kwargs: dict[str, Any] = {"autocommit": True}
            if kind == "checkpoints":
                kwargs.update(prepare_threshold=0, row_factory=dict_row)
            found = ConnectionPool(
                url,
                min_size=1,
                max_size=POOL_MAX,
                timeout=POOL_TIMEOUT_S,
                kwargs=kwargs,
                open=True,
                name=f"atelier-{kind}",
            )
            _POOLS[key] = found
    return found


def close_pools() -> None:
    """Close this process's pools (tests, and workers shutting down)."""
    with _POOLS_LOCK:
        mine = [k for k in _POOLS if k[0] == os.getpid()]
        pools = [_POOLS.pop(k) for k in mine]
    for pool in pools:
        pool.close()


def _pg_row(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    names = tuple(d.name for d in (cursor.description or ()))
    return lambda values: Row(values, names)


_PLACEHOLDER = re.compile(r"\?")


class _PgConn:
    def __init__(self, conn: Any) -> None:
        self._conn = conn

    @staticmethod
    def _sql(sql: str) -> str:
        return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        cur = self._conn.cursor(row_factory=_pg_row)
        if params:
            cur.execute(self._sql(sql), tuple(params))
        else:
            # Without parameters psycopg does no placeholder processing at all.
            cur.execute(sql)
        return _PgCursor(cur)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self._conn.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])


class _PgCursor:
    def __init__(self, cur: Any) -> None:
        self._cur = cur

    @property
    def rowcount(self) -> int:
        return int(self._cur.rowcount)

    def fetchone(self) -> Any:
        return self._cur.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self._cur.fetchall())


_DDL_REWRITES = (
    (
        re.compile(r"INTEGER PRIMARY KEY AUTOINCREMENT"),
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    ),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
)


class PostgresDatabase(Database):
    """A store's tables in a PostgreSQL database shared by every worker."""

    dialect: Dialect = "postgres"
    rowid = "seq"

    def __init__(self, url: str, *, label: str) -> None:
        if not is_postgres_url(url):
            raise StorageError(f"the {label} URL must start with postgresql://")
        self._url = url
        self.label = label
        self.where = redact_url(url)
        # Transaction advisory locks share one key space per database: one key per store.
        self._lock_key = zlib.crc32(f"atelier:{label}".encode())

    def _clean(self, text: str) -> str:
        # A driver message may quote the connection string; the password never leaves.
        password = urlsplit(self._url).password
        return text.replace(password, "***") if password else text

    @contextlib.contextmanager
    def connect(self, *, begin: Begin | None = "DEFERRED") -> Iterator[Conn]:
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            with pool(self._url).connection() as conn:
                if begin is None:
                    yield _PgConn(conn)
                    return
                with conn.transaction():
                    if begin != "DEFERRED":
                        conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._lock_key,))
                    yield _PgConn(conn)
        except PoolTimeout as exc:
            raise StorageError(
                f"cannot reach the {self.label} at {self.where}: {self._clean(str(exc))}",
                hint="is PostgreSQL running and the URL right? `atelier doctor` checks it",
            ) from None
        except psycopg.OperationalError as exc:
            raise StorageError(
                f"cannot reach the {self.label} at {self.where}: {self._clean(str(exc))}",
                hint="is PostgreSQL running and the URL right? `atelier doctor` checks it",
            ) from None
        except psycopg.Error as exc:
            raise StorageError(
                f"{self.label} error ({self.where}): {self._clean(str(exc))}"
            ) from None

    def ddl(self, schema: str) -> str:
        out = schema.replace("{seq}", "seq BIGSERIAL,")
        for pattern, repl in _DDL_REWRITES:
            out = pattern.sub(repl, out)
        return out

    def setup(self, schema: str) -> None:
        if not schema.strip():
            return
        with self.connect(begin="IMMEDIATE") as conn:
            conn.execute(self.ddl(schema))

    def table_exists(self, conn: Conn, name: str) -> bool:
        found = conn.execute("SELECT to_regclass(?) IS NOT NULL", (name,)).fetchone()
        return bool(found[0])


def ping(url: str, *, timeout_s: int = 5) -> str:
    """The server version at ``url`` on a connection of its own (no pool), or a
    ``StorageError`` whose message holds no password."""
    import psycopg

    where = redact_url(url)
    password = urlsplit(url).password
    try:
        with psycopg.connect(url, connect_timeout=timeout_s, autocommit=True) as conn:
            row = conn.execute("SHOW server_version").fetchone()
    except psycopg.Error as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if password:
            text = text.replace(password, "***")
        raise StorageError(f"PostgreSQL at {where} does not answer: {text}") from None
    return f"PostgreSQL {row[0] if row else '?'}"


def database(path: Path, *, url: str | None, label: str) -> Database:
    """The store's database: PostgreSQL at ``url`` when one is configured, else the file."""
    if url:
        return PostgresDatabase(url, label=label)
    return SqliteDatabase(path, label=label)
