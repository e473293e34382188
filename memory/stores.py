"""Opens the small stores where the settings put them: the ledger, the asset index, the
review queue and the moderation cache, in SQLite files under the data directory by
default, or all in the PostgreSQL database at ``ATELIER_LEDGER_URL``.

The image bytes stay on disk under ``settings.assets_dir`` either way: workers sharing one
PostgreSQL must share that folder too (docs/architecture.md, "Deployment").
"""

from __future__ import annotations

from core.settings import Settings
from memory.assets import LABEL as ASSETS_LABEL
from memory.assets import AssetStore
from memory.db import Database, PostgresDatabase, SqliteDatabase
from memory.ledger import LABEL as LEDGER_LABEL
from memory.ledger import Ledger
from memory.review_queue import LABEL as REVIEW_LABEL
from memory.review_queue import ModerationCache, ReviewQueue, review_db


def _database(settings: Settings, label: str, sqlite_file: Database) -> Database:
    if settings.ledger_url is not None:
        return PostgresDatabase(settings.ledger_url.get_secret_value(), label=label)
    return sqlite_file


def open_ledger(settings: Settings) -> Ledger:
    return Ledger(
        _database(settings, LEDGER_LABEL, SqliteDatabase(settings.ledger_db, label=LEDGER_LABEL))
    )


def open_assets(settings: Settings) -> AssetStore:
    index = SqliteDatabase(settings.assets_dir / "index.sqlite", label=ASSETS_LABEL)
    return AssetStore(settings.assets_dir, db=_database(settings, ASSETS_LABEL, index))


def open_review_queue(settings: Settings) -> ReviewQueue:
    file = SqliteDatabase(review_db(settings.home), label=REVIEW_LABEL)
    return ReviewQueue(_database(settings, REVIEW_LABEL, file))


def open_moderation_cache(settings: Settings) -> ModerationCache:
    label = "moderation cache"
    return ModerationCache(
        _database(settings, label, SqliteDatabase(review_db(settings.home), label=label))
    )


def ledger_where(settings: Settings) -> str:
    """Where the small stores live, fit to print (a URL without its password)."""
    if settings.ledger_url is not None:
        return PostgresDatabase(settings.ledger_url.get_secret_value(), label="ledger").where
    return str(settings.home)
