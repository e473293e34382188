"""The call ledger: one row for every model call atelier makes, and its outcome.

This module owns the ledger database (a SQLite file, or PostgreSQL through memory/db.py:
schema, migrations, redaction) and the
:class:`CallRecord` shape every node writes: which model was asked what, how long it took,
what moderation said, what it cost and which assets it produced. Strings that look like API
keys are redacted before anything reaches the disk. It also answers what a team lead asks
of it: spend so far (budgets), cost grouped by day / thread / outcome / model, and purging
prompts (personal data) before a date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import pydantic

from core.errors import StorageError
from memory.db import Conn, ConnContext, Database, Row, SqliteDatabase
from memory.sqlite import BUSY_TIMEOUT_MS, Begin

SCHEMA_VERSION = 2

# "local" rows are not model calls: they record derived assets (exports) for lineage.
Surface = Literal["image-api", "responses", "moderation", "embedding", "local"]
Outcome = Literal[
    "generated",
    "edited",
    "retried",
    "rejected",
    "clarified",
    "replied",
    "decided",
    "moderated",
    "failed",
    "exported",
    "embedded",
]

_SECRET = re.compile(r"sk-[A-Za-z0-9_-]{8,}")
REDACTED = "sk-[redacted]"


def redact(text: str | None) -> str | None:
    """Replace anything shaped like an OpenAI API key."""
    return None if text is None else _SECRET.sub(REDACTED, text)


def _utc(ts: datetime) -> datetime:
    # Naive datetimes are taken as UTC so comparisons never mix zones.
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def _iso(ts: datetime) -> str:
    # Fixed width with +00:00, so text order in SQLite is time order.
    return _utc(ts).isoformat(timespec="microseconds")


class CallRecord(pydantic.BaseModel):
    """One model call. ``id`` is set on rows read back from the ledger."""

    id: int | None = None
    ts: datetime = pydantic.Field(default_factory=lambda: datetime.now(UTC))
    thread_id: str | None = None
    node: str
    surface: Surface
    provider: str
    model: str
    request_id: str | None = None
    prompt: str | None = None
    size: str | None = None
    quality: str | None = None
    n: int | None = None
    latency_ms: float
    moderation: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    cost_usd: float | None = None
    estimate_usd: float | None = None
    outcome: Outcome
    attempt: int = 1
    error: str | None = None
    assets: list[str] = pydantic.Field(default_factory=list)

    @pydantic.field_validator("ts")
    @classmethod
    def _ts_utc(cls, value: datetime) -> datetime:
        return _utc(value)


_COLUMNS = (
    "ts",
    "thread_id",
    "node",
    "surface",
    "provider",
    "model",
    "request_id",
    "prompt",
    "size",
    "quality",
    "n",
    "latency_ms",
    "moderation",
    "input_tokens",
    "output_tokens",
    "cost_usd",
    "estimate_usd",
    "outcome",
    "attempt",
    "error",
    "assets",
)

Migration = Callable[[Conn, Database], None]
_MIGRATIONS: list[Migration] = []


def _migration(fn: Migration) -> Migration:
    _MIGRATIONS.append(fn)
    return fn


@_migration
def _v1(conn: Conn, db: Database) -> None:
    for statement in db.ddl(
        """
        CREATE TABLE calls (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ts TEXT NOT NULL,
            thread_id TEXT,
            node TEXT NOT NULL,
            surface TEXT NOT NULL,
            provider TEXT NOT NULL,
            model TEXT NOT NULL,
            request_id TEXT,
            prompt TEXT,
            size TEXT,
            quality TEXT,
            n INTEGER,
            latency_ms REAL NOT NULL,
            moderation TEXT,
            input_tokens INTEGER,
            output_tokens INTEGER,
            cost_usd REAL,
            outcome TEXT NOT NULL,
            attempt INTEGER NOT NULL DEFAULT 1,
            error TEXT,
            assets TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX calls_thread ON calls(thread_id, id);
        CREATE INDEX calls_ts ON calls(ts);
        CREATE INDEX calls_outcome ON calls(outcome)
        """
    ).split(";"):
        conn.execute(statement)


@_migration
def _v2(conn: Conn, db: Database) -> None:
    # The estimate made before an image call, next to the actual cost from usage.
    conn.execute(db.ddl("ALTER TABLE calls ADD COLUMN estimate_usd REAL"))


assert len(_MIGRATIONS) == SCHEMA_VERSION

GroupBy = Literal["day", "session", "outcome", "model"]
_GROUP_SQL: dict[str, str] = {
    "day": "substr(ts, 1, 10)",
    "session": "COALESCE(thread_id, '')",
    "outcome": "outcome",
    "model": "model",
}


LABEL = "ledger database"


class Ledger:
    """Append-only log of model calls: a SQLite file (WAL) or PostgreSQL, safe across
    processes either way."""

    def __init__(self, db: Path | Database, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.db = (
            db
            if isinstance(db, Database)
            else SqliteDatabase(Path(db), label=LABEL, busy_timeout_ms=busy_timeout_ms)
        )
        if isinstance(self.db, SqliteDatabase):
            try:
                self.db.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"cannot create the ledger directory: {exc}") from exc
        self._migrate()

    def record(self, rec: CallRecord) -> int:
        """Append ``rec`` (secrets redacted) and return its row id."""
        values = self._values(rec)
        sql = (
            f"INSERT INTO calls ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
            " RETURNING id"
        )
        with self._connect() as conn:
            (row_id,) = conn.execute(sql, values).fetchone()
        return int(row_id)

    def rows(
        self,
        *,
        thread_id: str | None = None,
        since: datetime | None = None,
        outcome: Outcome | None = None,
        limit: int | None = None,
        until: datetime | None = None,
    ) -> list[CallRecord]:
        """Matching rows in the order they were written; ``limit`` keeps the most recent."""
        where, params = self._where(thread_id=thread_id, since=since, outcome=outcome, until=until)
        sql = f"SELECT * FROM calls{where} ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, limit))
        with self._connect() as conn:
            found = conn.execute(sql, params).fetchall()
        return [self._from_row(r) for r in reversed(found)]

    def count(self, *, thread_id: str | None = None) -> int:
        where, params = self._where(thread_id=thread_id)
        with self._connect() as conn:
            (n,) = conn.execute(f"SELECT COUNT(*) FROM calls{where}", params).fetchone()
        return int(n)

    def totals(self, *, thread_id: str | None = None) -> dict[str, Any]:
        """Calls, cost and tokens overall and per outcome (missing costs count as 0)."""
        where, params = self._where(thread_id=thread_id)
        sql = (
            "SELECT outcome, COUNT(*), COALESCE(SUM(cost_usd), 0), "
            "COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0) "
            f"FROM calls{where} GROUP BY outcome ORDER BY outcome"
        )
        with self._connect() as conn:
            grouped = conn.execute(sql, params).fetchall()
        by_outcome: dict[str, dict[str, Any]] = {}
        for outcome, calls, cost, tin, tout in grouped:
            by_outcome[outcome] = {
                "calls": int(calls),
                "cost_usd": round(float(cost), 6),
                "input_tokens": int(tin),
                "output_tokens": int(tout),
            }
        return {
            "calls": sum(v["calls"] for v in by_outcome.values()),
            "cost_usd": round(sum(v["cost_usd"] for v in by_outcome.values()), 6),
            "input_tokens": sum(v["input_tokens"] for v in by_outcome.values()),
            "output_tokens": sum(v["output_tokens"] for v in by_outcome.values()),
            "by_outcome": by_outcome,
        }

    def spent(self, *, thread_id: str | None = None, since: datetime | None = None) -> float:
        """USD spent by the matching calls (actual cost; calls without usage count 0)."""
        where, params = self._where(thread_id=thread_id, since=since)
        with self._connect() as conn:
            (total,) = conn.execute(
                f"SELECT COALESCE(SUM(cost_usd), 0) FROM calls{where}", params
            ).fetchone()
        return round(float(total), 6)

    def cost_by(
        self, by: GroupBy, *, since: datetime | None = None, thread_id: str | None = None
    ) -> list[dict[str, Any]]:
        """Calls, estimated and actual cost per group, in group order."""
        key = _GROUP_SQL[by]
        where, params = self._where(thread_id=thread_id, since=since)
        sql = (
            f"SELECT {key} AS grp, COUNT(*), COALESCE(SUM(cost_usd), 0), "
            "COALESCE(SUM(estimate_usd), 0), COALESCE(SUM(input_tokens), 0), "
            "COALESCE(SUM(output_tokens), 0), COUNT(DISTINCT thread_id) "
            f"FROM calls{where} GROUP BY grp ORDER BY grp"
        )
        with self._connect() as conn:
            found = conn.execute(sql, params).fetchall()
        return [
            {
                by: grp,
                "calls": int(calls),
                "cost_usd": round(float(cost), 6),
                "estimate_usd": round(float(estimate), 6),
                "input_tokens": int(tin),
                "output_tokens": int(tout),
                "threads": int(threads),
            }
            for grp, calls, cost, estimate, tin, tout, threads in found
        ]

    def purge_prompts(self, before: datetime) -> tuple[int, set[str], set[str]]:
        """Forget the prompts of calls made before ``before``.

        Returns the number of rows purged, the assets those rows referenced, and the assets
        still referenced by rows that are kept (the caller deletes only the difference).
        """
        cutoff = _iso(before)
        with self._connect(begin="IMMEDIATE") as conn:
            old = conn.execute(
                "SELECT assets FROM calls WHERE ts < ? AND (prompt IS NOT NULL OR assets != '[]')",
                (cutoff,),
            ).fetchall()
            kept = conn.execute(
                "SELECT assets FROM calls WHERE ts >= ? AND assets != '[]'", (cutoff,)
            ).fetchall()
            cur = conn.execute(
                "UPDATE calls SET prompt = NULL, assets = '[]' "
                "WHERE ts < ? AND (prompt IS NOT NULL OR assets != '[]')",
                (cutoff,),
            )
            purged = cur.rowcount
        referenced = {sha for (raw,) in old for sha in json.loads(raw or "[]")}
        still = {sha for (raw,) in kept for sha in json.loads(raw or "[]")}
        return purged, referenced, still

    def idle_threads(self, before: datetime) -> list[str]:
        """Threads whose every call is older than ``before`` (nothing newer to keep)."""
        with self._connect() as conn:
            found = conn.execute(
                "SELECT thread_id FROM calls WHERE thread_id IS NOT NULL "
                "GROUP BY thread_id HAVING MAX(ts) < ? ORDER BY thread_id",
                (_iso(before),),
            ).fetchall()
        return [str(t) for (t,) in found]

    def prompt_for_asset(self, sha256: str) -> str | None:
        """The prompt of the latest call that produced ``sha256`` (None if purged or unknown)."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT prompt FROM calls WHERE assets LIKE ? AND prompt IS NOT NULL "
                "ORDER BY id DESC LIMIT 1",
                (f'%"{sha256}"%',),
            ).fetchone()
        return None if row is None else str(row[0])

    def rows_for_asset(self, sha256: str) -> list[CallRecord]:
        """Every row that names ``sha256`` among its assets (made it, reviewed it, exported
        it), in the order they were written."""
        with self._connect() as conn:
            found = conn.execute(
                "SELECT * FROM calls WHERE assets LIKE ? ORDER BY id", (f'%"{sha256}"%',)
            ).fetchall()
        return [r for r in map(self._from_row, found) if sha256 in r.assets]

    def schema_version(self) -> int:
        with self._connect() as conn:
            return self._version(conn)

    # -- internals -------------------------------------------------------------------------

    @staticmethod
    def _values(rec: CallRecord) -> tuple[Any, ...]:
        data = rec.model_dump(exclude={"id"})
        data["ts"] = _iso(rec.ts)
        for key in ("prompt", "error", "moderation"):
            data[key] = redact(data[key])
        data["assets"] = json.dumps(list(rec.assets))
        return tuple(data[c] for c in _COLUMNS)

    @staticmethod
    def _from_row(row: Row) -> CallRecord:
        data = dict(row)
        data["ts"] = datetime.fromisoformat(data["ts"])
        data["assets"] = json.loads(data["assets"] or "[]")
        return CallRecord.model_validate(data)

    @staticmethod
    def _where(
        *,
        thread_id: str | None = None,
        since: datetime | None = None,
        outcome: str | None = None,
        until: datetime | None = None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if thread_id is not None:
            clauses.append("thread_id = ?")
            params.append(thread_id)
        if since is not None:
            clauses.append("ts >= ?")
            params.append(_iso(since))
        if until is not None:
            clauses.append("ts < ?")
            params.append(_iso(until))
        if outcome is not None:
            clauses.append("outcome = ?")
            params.append(outcome)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def _version(self, conn: Conn) -> int:
        if not self.db.table_exists(conn, "schema_version"):
            return 0
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        # WAL for a SQLite file (nothing else: the tables come from the migrations).
        self.db.setup("")
        with self._connect() as conn:
            current = self._version(conn)
        self._check_not_newer(current)
        if current == SCHEMA_VERSION:
            return
        # IMMEDIATE: the store's write lock up front so two processes cannot both migrate.
        with self._connect(begin="IMMEDIATE") as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            current = self._version(conn)
            self._check_not_newer(current)
            for version in range(current + 1, SCHEMA_VERSION + 1):
                _MIGRATIONS[version - 1](conn, self.db)
                conn.execute(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                    (version, _iso(datetime.now(UTC))),
                )

    def _check_not_newer(self, current: int) -> None:
        if current > SCHEMA_VERSION:
            raise StorageError(
                f"ledger {self.db.where} has schema v{current}; this atelier knows "
                f"v{SCHEMA_VERSION} (upgrade atelier)"
            )

    def _connect(self, *, begin: Begin | None = "DEFERRED") -> ConnContext:
        return self.db.connect(begin=begin)
