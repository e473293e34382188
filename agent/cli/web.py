"""``atelier web``: Studio, the creative team's page, on the same Runner as the CLI.

Loopback (127.0.0.1) by default. Any other address refuses to start unless
``ATELIER_WEB_TOKEN`` is set; the page is then opened with ``?token=...`` once. The app,
uvicorn and everything a turn needs are imported inside the command.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from agent.cli import app, console, crash_log, guard, settings_from_env


@app.command("web")
def web(
    host: Annotated[str, typer.Option(help="Interface to bind (others need a token).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port.")] = 8765,
    reports: Annotated[
        list[Path] | None,
        typer.Option(help="Also list scripted-session reports found under this folder."),
    ] = None,
) -> None:
    """Serve Studio: threads, live turns, masked edits, brand library, review, cost."""
    from agent.web.auth import TOKEN_ENV, check_bind, is_local

    token = os.environ.get(TOKEN_ENV) or None
    guard(lambda: check_bind(host, token))
    settings = guard(settings_from_env)
    from agent.web.app import serve

    shown = f"[{host}]" if ":" in host else host
    where = f"http://{shown}:{port}/"
    if token:
        console.print(f"Studio on {where} (open it with ?token=<{TOKEN_ENV}>)", highlight=False)
    else:
        console.print(f"Studio on {where}", highlight=False)
    if not is_local(host):
        console.print(f"[yellow]every request needs {TOKEN_ENV}[/]")
    console.print(f"[dim]data {settings.home} · provider {settings.resolved_provider}[/]")
    guard(
        lambda: serve(
            settings,
            host=host,
            port=port,
            token=token,
            report_roots=[p.expanduser().resolve() for p in reports or []],
            on_crash=crash_log,
        )
    )
