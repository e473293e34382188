"""Content-addressed image store: every image atelier reads or makes, named by its sha256.

This module owns the bytes of uploads, brand references and generated/edited outputs, the
SQLite index beside them (size, format, parent, provenance, and the brand references each
call that made an image was sent), and the validation every image passes before it is
stored. Graph state and checkpoints only ever carry an :class:`AssetRef`.

Layout under ``root``: ``ab/<sha256>.<ext>`` (``ab`` = first two hex digits) and
``index.sqlite``, or the index in PostgreSQL (memory/db.py) when several workers share
``root``. Writes are atomic (temp file in the same directory, fsync, ``os.replace``)
and idempotent: the same bytes stored twice give the same ref and write nothing new.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pydantic
from PIL import Image, UnidentifiedImageError

from core.errors import ImageInputError, NotFound, PathOutsideDataDir, StorageError
from core.files import atomic_write
from memory.db import ConnContext, Database, Row, SqliteDatabase
from memory.imaging import open_checked
from memory.metadata import strip_metadata
from memory.sqlite import BUSY_TIMEOUT_MS, Begin

MAX_IMAGE_BYTES = 50 * 1024 * 1024
# Pillow format name -> (AssetRef.format, file extension)
SUPPORTED_FORMATS: dict[str, tuple[str, str]] = {
    "PNG": ("png", "png"),
    "JPEG": ("jpeg", "jpg"),
    "WEBP": ("webp", "webp"),
}
SUPPORTED_LABEL = "PNG, JPEG or WEBP"
MIN_PREFIX = 8

_HEX = re.compile(r"^[0-9a-f]+$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS assets (
    {seq}
    sha256 TEXT PRIMARY KEY,
    ext TEXT NOT NULL,
    format TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    parent TEXT,
    source TEXT NOT NULL,
    thread_id TEXT,
    note TEXT,
    created_at TEXT NOT NULL
);
-- Every distinct way an asset arrived (a retry of the same call adds nothing).
CREATE TABLE IF NOT EXISTS provenance (
    {seq}
    sha256 TEXT NOT NULL REFERENCES assets(sha256),
    parent TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    thread_id TEXT NOT NULL DEFAULT '',
    note TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (sha256, parent, source, thread_id)
);
CREATE INDEX IF NOT EXISTS provenance_thread ON provenance(thread_id, created_at);
CREATE INDEX IF NOT EXISTS provenance_parent ON provenance(parent);
-- Images sent with the call that made an asset besides its parent (the brand references):
-- what a reference's revocation has to find (memory/lineage.py).
CREATE TABLE IF NOT EXISTS inputs (
    {seq}
    sha256 TEXT NOT NULL,
    input TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    thread_id TEXT NOT NULL DEFAULT '',
    surface TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (sha256, input, thread_id)
);
CREATE INDEX IF NOT EXISTS inputs_input ON inputs(input);
"""


class AssetRef(pydantic.BaseModel):
    """A stored image, small enough to live in graph state and checkpoints."""

    model_config = pydantic.ConfigDict(frozen=True)

    sha256: str
    path: str
    width: int
    height: int
    format: str
    parent: str | None = None


def validate_image_bytes(data: bytes, *, name: str = "image") -> tuple[int, int, str]:
    """Check that ``data`` is a complete PNG, JPEG or WEBP image of sane size.

    Returns ``(width, height, format)`` with format ``"png"``, ``"jpeg"`` or ``"webp"``;
    raises :class:`ImageInputError` with a one-line message naming ``name`` otherwise.
    """
    if not data:
        raise ImageInputError(f"{name} is empty (0 bytes)")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageInputError(
            f"{name} is {_mb(len(data))}; the limit is {_mb(MAX_IMAGE_BYTES)}",
            hint="downscale or re-encode it",
        )
    try:
        with open_checked(data, name=name) as probe:
            fmt = probe.format or ""
            width, height = probe.size
            if fmt not in SUPPORTED_FORMATS:
                raise ImageInputError(
                    f"{name} is a {fmt or 'unknown'} image; supported: {SUPPORTED_LABEL}"
                )
            probe.verify()
        # verify() leaves the image unusable and skips pixel data in some formats, so
        # decode it fully on a fresh handle to catch truncated files.
        with Image.open(io.BytesIO(data)) as full:
            full.load()
    except ImageInputError:
        raise
    except UnidentifiedImageError as exc:
        raise ImageInputError(
            f"{name} is not an image or not a supported format; supported: {SUPPORTED_LABEL}"
        ) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageInputError(f"{name} is corrupt or truncated ({exc})") from exc
    if width < 1 or height < 1:
        raise ImageInputError(f"{name} has no pixels ({width}x{height})")
    return width, height, SUPPORTED_FORMATS[fmt][0]


def read_image_file(path: Path | str) -> tuple[bytes, str]:
    """The bytes of an image file and the label messages name it by; a missing, unreadable
    or oversized file is refused before it is read whole. The bytes are not validated yet:
    ``validate_image_bytes`` does that."""
    file = Path(path).expanduser()
    label = file.name or str(file)
    if not file.exists():
        raise ImageInputError(f"image file not found: {file}")
    if not file.is_file():
        raise ImageInputError(f"not a file: {file}")
    try:
        size = file.stat().st_size
        if size > MAX_IMAGE_BYTES:  # refuse before reading a huge file into memory
            raise ImageInputError(
                f"{label} is {_mb(size)}; the limit is {_mb(MAX_IMAGE_BYTES)}",
                hint="downscale or re-encode it",
            )
        return file.read_bytes(), label
    except PermissionError as exc:
        raise ImageInputError(f"cannot read {file}: permission denied") from exc
    except OSError as exc:
        raise ImageInputError(f"cannot read {file}: {exc.strerror or exc}") from exc


def resolve_inside(base: Path, candidate: Path | str) -> Path:
    """Resolve ``candidate`` (relative to ``base`` unless absolute) and require it inside ``base``.

    Symlinks are followed before the check, so a link pointing out of ``base`` is refused.
    """
    root = Path(base).resolve()
    raw = Path(candidate).expanduser()
    target = (raw if raw.is_absolute() else root / raw).resolve()
    if not target.is_relative_to(root):
        raise PathOutsideDataDir(f"{candidate} is outside {root}")
    return target


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


LABEL = "asset index"


class AssetStore:
    """Images on disk under ``root``, addressed by sha256, with an index in SQLite beside
    them or in PostgreSQL (``db``)."""

    def __init__(
        self, root: Path, *, db: Database | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.root = Path(root).resolve()
        self.db = db or SqliteDatabase(
            self.root / "index.sqlite", label=LABEL, busy_timeout_ms=busy_timeout_ms
        )
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the asset store at {self.root}: {exc}") from exc
        self.db.setup(_SCHEMA)

    # -- writing ---------------------------------------------------------------------------

    def put_bytes(
        self,
        data: bytes,
        *,
        parent: str | None = None,
        source: str = "upload",
        thread_id: str | None = None,
        note: str | None = None,
        name: str = "image",
    ) -> AssetRef:
        """Validate and store ``data``; storing the same bytes again returns the first ref.

        ``parent`` is the sha256 (or unique prefix) of a stored asset this one derives from.
        A later put with a different parent keeps the first parent and only adds provenance.
        """
        width, height, fmt = validate_image_bytes(data, name=name)
        sha = hashlib.sha256(data).hexdigest()
        parent_sha = self._resolve_parent(parent, sha)
        ext = next(e for f, e in SUPPORTED_FORMATS.values() if f == fmt)
        path = self._path_for(sha, ext)
        now = _now()
        # File first, row second: an index row never points at a file that is not there.
        if not self._is_intact(path, len(data)):
            try:
                atomic_write(path, data)
            except OSError as exc:
                raise StorageError(f"cannot write asset {sha[:12]}: {exc}") from exc
        with self._connect() as conn:
            # ON CONFLICT DO NOTHING: of many writers racing on the same bytes, one row wins
            # and the others wait for it and add nothing (on either engine).
            conn.execute(
                "INSERT INTO assets (sha256, ext, format, width, height, bytes, parent,"
                " source, thread_id, note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT DO NOTHING",
                (sha, ext, fmt, width, height, len(data), parent_sha, source, thread_id, note, now),
            )
            conn.execute(
                "INSERT INTO provenance (sha256, parent, source, thread_id, note,"
                " created_at) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                (sha, parent_sha or "", source, thread_id or "", note, now),
            )
            row = conn.execute("SELECT * FROM assets WHERE sha256 = ?", (sha,)).fetchone()
        return self._ref(row)

    def put_file(
        self,
        path: Path | str,
        *,
        parent: str | None = None,
        source: str = "upload",
        thread_id: str | None = None,
        note: str | None = None,
    ) -> AssetRef:
        """Validate and store the image file someone handed in at ``path``, without the text
        its metadata carries (``memory.metadata``): it goes on to the models as an input."""
        data, label = read_image_file(path)
        return self.put_bytes(
            strip_metadata(data).data,
            parent=parent,
            source=source,
            thread_id=thread_id,
            note=note,
            name=label,
        )

    # -- reading ---------------------------------------------------------------------------

    def get(self, sha256: str) -> AssetRef:
        """The asset with this sha256 or unique prefix of at least 8 hex digits."""
        return self._ref(self._row(sha256))

    def read_bytes(self, ref_or_sha: AssetRef | str) -> bytes:
        """The stored bytes, checked against their hash."""
        sha = ref_or_sha.sha256 if isinstance(ref_or_sha, AssetRef) else ref_or_sha
        ref = self.get(sha)
        try:
            data = Path(ref.path).read_bytes()
        except OSError as exc:
            raise StorageError(f"asset {ref.sha256[:12]} is indexed but unreadable: {exc}") from exc
        if hashlib.sha256(data).hexdigest() != ref.sha256:
            raise StorageError(f"asset {ref.sha256[:12]} on disk does not match its hash")
        return data

    def lineage(self, sha256: str) -> list[AssetRef]:
        """This asset, then its parent, grandparent and so on."""
        chain = [self.get(sha256)]
        seen = {chain[0].sha256}
        while (parent := chain[-1].parent) is not None and parent not in seen:
            try:
                chain.append(self.get(parent))
            except NotFound:
                break
            seen.add(parent)
        return chain

    def list(self, *, thread_id: str | None = None, limit: int = 100) -> list[AssetRef]:
        """Newest first; with ``thread_id``, every asset that thread stored or re-stored."""
        with self._connect() as conn:
            if thread_id is None:
                rows = conn.execute(
                    f"SELECT * FROM assets ORDER BY created_at DESC, {self.db.rowid} DESC LIMIT ?",
                    (limit,),
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT a.* FROM assets a JOIN ("
                    "  SELECT sha256, MAX(created_at) AS seen FROM provenance"
                    "  WHERE thread_id = ? GROUP BY sha256"
                    ") p ON p.sha256 = a.sha256 ORDER BY p.seen DESC LIMIT ?",
                    (thread_id, limit),
                ).fetchall()
        return [self._ref(r) for r in rows]

    def provenance(self, sha256: str) -> builtins.list[dict[str, Any]]:
        """Every distinct (parent, source, thread) an asset was stored with, oldest first."""
        sha = self.get(sha256).sha256
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT parent, source, thread_id, note, created_at FROM provenance"
                f" WHERE sha256 = ? ORDER BY created_at, {self.db.rowid}",
                (sha,),
            ).fetchall()
        return [
            {
                "parent": r["parent"] or None,
                "source": r["source"],
                "thread_id": r["thread_id"] or None,
                "note": r["note"],
                "created_at": r["created_at"],
            }
            for r in rows
        ]

    def record_inputs(
        self,
        sha256: str,
        inputs: Sequence[tuple[str, str]],
        *,
        thread_id: str | None = None,
        surface: str = "",
    ) -> None:
        """Remember that the call which made ``sha256`` was sent ``inputs`` ((sha256, label)
        pairs, e.g. a brand reference's image and id); recording the same again adds nothing."""
        if not inputs:
            return
        sha = self.get(sha256).sha256
        now = _now()
        with self._connect() as conn:
            conn.executemany(
                "INSERT INTO inputs (sha256, input, label, thread_id, surface,"
                " created_at) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                [(sha, used, label, thread_id or "", surface, now) for used, label in inputs],
            )

    def made_with(self, input_sha256: str) -> builtins.list[dict[str, Any]]:
        """Every asset whose call was sent ``input_sha256`` (see ``record_inputs``), oldest
        first, one entry per (asset, thread)."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT sha256, label, thread_id, surface, created_at FROM inputs"
                f" WHERE input = ? ORDER BY created_at, {self.db.rowid}",
                (input_sha256,),
            ).fetchall()
        return [
            {
                "sha256": r["sha256"],
                "label": r["label"] or None,
                "thread_id": r["thread_id"] or None,
                "surface": r["surface"] or None,
                "created_at": r["created_at"],
            }
            for r in rows
        ]

    def children(self, sha256: str) -> builtins.list[dict[str, Any]]:
        """Every stored way an asset was derived from ``sha256`` (edits, final renders,
        exports), oldest first: one entry per (child, source, thread) as in ``provenance``."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT sha256, source, thread_id, note, created_at FROM provenance"
                f" WHERE parent = ? AND sha256 != parent ORDER BY created_at, {self.db.rowid}",
                (sha256,),
            ).fetchall()
        return [
            {
                "sha256": r["sha256"],
                "source": r["source"],
                "thread_id": r["thread_id"] or None,
                "note": r["note"],
                "created_at": r["created_at"],
            }
            for r in rows
        ]

    def find(self, *, note: str, thread_id: str) -> builtins.list[AssetRef]:
        """Assets a thread stored with this exact note, oldest first.

        Image calls store their output with the call's id as the note, so a turn resumed
        after a crash finds the bytes it already saved instead of paying for them again.
        """
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT a.* FROM assets a JOIN provenance p ON p.sha256 = a.sha256"
                f" WHERE p.note = ? AND p.thread_id = ? ORDER BY p.created_at, p.{self.db.rowid}",
                (note, thread_id),
            ).fetchall()
        return [self._ref(r) for r in rows]

    def delete(self, sha256: str) -> bool:
        """Remove an asset's file, index row and provenance; False if it was not stored.

        Children keep their ``parent`` sha so lineage shows where the chain was cut.
        """
        try:
            ref = self.get(sha256)
        except NotFound:
            return False
        with self._connect() as conn:
            conn.execute("DELETE FROM provenance WHERE sha256 = ?", (ref.sha256,))
            conn.execute("DELETE FROM inputs WHERE sha256 = ?", (ref.sha256,))
            conn.execute("DELETE FROM assets WHERE sha256 = ?", (ref.sha256,))
        try:
            Path(ref.path).unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot delete asset {ref.sha256[:12]}: {exc}") from exc
        return True

    # -- internals -------------------------------------------------------------------------

    def _path_for(self, sha: str, ext: str) -> Path:
        return self.root / sha[:2] / f"{sha}.{ext}"

    @staticmethod
    def _is_intact(path: Path, size: int) -> bool:
        # Same name means same content, so a file of the right size needs no rewrite.
        try:
            return path.stat().st_size == size
        except OSError:
            return False

    def _resolve_parent(self, parent: str | None, sha: str) -> str | None:
        if parent is None:
            return None
        try:
            parent_sha = self.get(parent).sha256
        except NotFound as exc:
            raise NotFound(f"parent asset {parent!r} is not in the asset store") from exc
        return None if parent_sha == sha else parent_sha

    def _row(self, sha256: str) -> Row:
        key = sha256.strip().lower()
        if len(key) < MIN_PREFIX or not _HEX.match(key):
            raise NotFound(
                f"no asset {sha256!r} (give a sha256 or at least {MIN_PREFIX} hex digits)"
            )
        with self._connect() as conn:
            if len(key) == 64:
                rows = conn.execute("SELECT * FROM assets WHERE sha256 = ?", (key,)).fetchall()
            else:
                # The key is hex only, so it holds no LIKE wildcard; LIKE rather than a
                # range because a range depends on the database's collation.
                rows = conn.execute(
                    "SELECT * FROM assets WHERE sha256 LIKE ? LIMIT 2", (key + "%",)
                ).fetchall()
        if not rows:
            raise NotFound(f"no asset {sha256!r}")
        if len(rows) > 1:
            raise NotFound(f"asset prefix {sha256!r} is ambiguous; give more digits")
        row: Row = rows[0]
        return row

    def _ref(self, row: Row) -> AssetRef:
        return AssetRef(
            sha256=row["sha256"],
            path=str(self._path_for(row["sha256"], row["ext"])),
            width=row["width"],
            height=row["height"],
            format=row["format"],
            parent=row["parent"],
        )

    def _connect(self, *, begin: Begin | None = "DEFERRED") -> ConnContext:
        return self.db.connect(begin=begin)
