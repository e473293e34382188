"""The command line: the only package that prints.

Every command turns atelier errors into one line on stderr and exit code 2, and Ctrl-C
into exit code 130 with a note on how to resume; no traceback reaches the user. Each
area of the product has its own module here, registering its commands on ``app``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console

from agent.errors import AtelierError
from agent.settings import Settings, load_settings

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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err_console.print(
            "\n[yellow]interrupted[/]: everything already saved is kept; run the same "
            "`atelier chat --thread ...` to resume the turn from its last checkpoint"
        )
        raise SystemExit(130) from None


# Each module registers its commands on ``app``; imported last because they import ``app``.
from agent.cli import batch, brand, chat, cost, finalize, policy, review, session  # noqa: E402, F401
