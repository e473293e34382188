"""The command line: the only package that prints.

Every command turns atelier errors into one line on stderr and exit code 2, and Ctrl-C
into exit code 130 with a note on how to resume; any other exception becomes one line
(exit code 1) naming the log file in the data directory that holds its traceback. No
traceback reaches the user. Each area of the product has its own module here, registering
its commands on ``app``.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from core.errors import AtelierError
from core.process import tune_memory
from core.settings import Settings, default_home, load_settings

app = typer.Typer(
    no_args_is_help=True, add_completion=False, help="atelier: briefs in, brand-safe images out."
)

console = Console()
err_console = Console(stderr=True, soft_wrap=True)

T = TypeVar("T")


def settings_from_env(**overrides: Any) -> Settings:
    return load_settings(**{k: v for k, v in overrides.items() if v is not None})


def guard(fn: Callable[[], T]) -> T:
    """Run ``fn``; an atelier error becomes one line on stderr and exit code 2."""
    try:
        return fn()
    except AtelierError as err:
        err_console.print(f"[bold red]error:[/] {err.one_line()}", highlight=False)
        raise typer.Exit(2) from None


def _log_dirs() -> list[Path]:
    dirs: list[Path] = []
    try:
        dirs.append(load_settings().home / "logs")
    except Exception:  # the settings themselves may be what is broken
        dirs.append(default_home() / "logs")
    dirs.append(Path(tempfile.gettempdir()) / "atelier-logs")
    return dirs


def crash_log(err: BaseException) -> Path | None:
    """Append the full traceback to ``logs/atelier.log`` in the data directory."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = "".join(traceback.format_exception(err))
    for folder in _log_dirs():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "atelier.log"
            with path.open("a", encoding="utf-8") as log:
                log.write(f"--- {stamp} atelier {' '.join(sys.argv[1:])}\n{text}\n")
            return path
        except OSError:
            continue
    return None


def main() -> None:
    tune_memory()  # before any thread starts: see core/process.py
    try:
        app()
    except KeyboardInterrupt:
        err_console.print(
            "\n[yellow]interrupted[/]: everything already saved is kept; run the same "
            "`atelier chat --thread ...` to resume the turn from its last checkpoint"
        )
        raise SystemExit(130) from None
    except Exception as err:
        # The last guard: an error atelier did not foresee is still one line, and the
        # traceback goes to a file a bug report can attach.
        path = crash_log(err)
        said = str(err).strip().splitlines()
        what = f"{type(err).__name__}: {said[0]}" if said else type(err).__name__
        where = f"full traceback in {path}" if path else "the traceback could not be written"
        err_console.print(
            f"[bold red]error:[/] unexpected {escape(what)} ({escape(where)})", highlight=False
        )
        raise SystemExit(1) from None


# Each module registers its commands on ``app``; imported last because they import ``app``.
from agent.cli import (  # noqa: E402, F401
    batch,
    brand,
    chat,
    cost,
    doctor,
    finalize,
    policy,
    review,
    session,
    web,
)
