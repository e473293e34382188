"""On-disk state of the offline engine: stored responses and uploaded files.

Everything lives under one data directory as JSON (and raw bytes for files), written
atomically (temp file + ``os.replace``), so a response chain started by one process can
be continued by a new engine on the same directory.
"""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path
from typing import Any

from core.files import atomic_write

_ID_RE = re.compile(r"^[A-Za-z0-9_\-]{1,128}$")


def new_id(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(16)}"


class Store:
    """Responses (with their normalized input) and files, keyed by id."""

    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir)
        self.responses_dir = self.root / "responses"
        self.files_dir = self.root / "files"
        self.responses_dir.mkdir(parents=True, exist_ok=True)
        self.files_dir.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def _safe(ident: str) -> bool:
        # ids come from URLs and request bodies: never let them escape the data dir
        return bool(_ID_RE.match(ident))

    def save_response(self, record: dict[str, Any]) -> None:
        ident = str(record["response"]["id"])
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        atomic_write(self.responses_dir / f"{ident}.json", data)

    def load_response(self, ident: str) -> dict[str, Any] | None:
        if not self._safe(ident):
            return None
        path = self.responses_dir / f"{ident}.json"
        if not path.is_file():
            return None
        loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
        return loaded

    def save_file(self, meta: dict[str, Any], content: bytes) -> None:
        ident = str(meta["id"])
        atomic_write(self.files_dir / f"{ident}.bin", content)
        atomic_write(self.files_dir / f"{ident}.json", json.dumps(meta).encode("utf-8"))

    def file_meta(self, ident: str) -> dict[str, Any] | None:
        if not self._safe(ident):
            return None
        path = self.files_dir / f"{ident}.json"
        if not path.is_file():
            return None
        loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
        return loaded

    def file_content(self, ident: str) -> bytes | None:
        if not self._safe(ident):
            return None
        path = self.files_dir / f"{ident}.bin"
        return path.read_bytes() if path.is_file() else None

    def delete_file(self, ident: str) -> bool:
        if self.file_meta(ident) is None:
            return False
        (self.files_dir / f"{ident}.json").unlink(missing_ok=True)
        (self.files_dir / f"{ident}.bin").unlink(missing_ok=True)
        return True

    def delete_all_files(self) -> int:
        """Forget every uploaded file (as when they expire); returns how many there were."""
        gone = 0
        for meta in self.files_dir.glob("*.json"):
            if self.delete_file(meta.stem):
                gone += 1
        return gone
