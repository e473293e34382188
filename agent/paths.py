"""Which input paths atelier may read: inside the data directory, the working directory or
a folder named in ATELIER_INPUT_ROOTS. Symlinks are resolved before the check."""

from __future__ import annotations

from pathlib import Path

from core.errors import PathOutsideDataDir
from core.settings import Settings


def readable_input(path: Path | str, settings: Settings) -> Path:
    candidate = Path(path).expanduser()
    resolved = candidate.resolve()
    for root in settings.readable_roots():
        if resolved.is_relative_to(root):
            return candidate
    raise PathOutsideDataDir(
        f"{path} is outside the folders atelier reads from (the data directory and the "
        "working directory)",
        hint="run atelier from the folder that holds it, or add it to ATELIER_INPUT_ROOTS",
    )
