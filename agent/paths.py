"""Which input paths atelier may read: inside the data directory, the working directory or
a folder named in ATELIER_INPUT_ROOTS (a session file's own folder, for its run). Symlinks
are resolved before the check, so a link out of those folders is refused too."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from core.errors import PathOutsideDataDir
from core.settings import Settings

ROOTS_HINT = "run atelier from the folder that holds it, or add it to ATELIER_INPUT_ROOTS"


def readable_in(path: Path | str, roots: Sequence[Path], *, folders: str, hint: str) -> Path:
    """``path`` as given when it resolves inside one of ``roots``; ``folders`` names them."""
    candidate = Path(path).expanduser()
    resolved = candidate.resolve()
    for root in roots:
        if resolved.is_relative_to(root.resolve()):
            return candidate
    raise PathOutsideDataDir(
        f"{path} is outside the folders atelier reads from ({folders})", hint=hint
    )


def readable_input(path: Path | str, settings: Settings) -> Path:
    return readable_in(
        path,
        settings.readable_roots(),
        folders="the data directory and the working directory",
        hint=ROOTS_HINT,
    )
