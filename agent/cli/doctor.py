"""`atelier doctor`: which optional parts are installed, and the command for each missing one."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from agent.cli import app, console

_STYLE = {"ok": "green", "missing": "yellow", "warn": "yellow", "error": "bold red"}


@app.command()
def doctor(
    as_json: Annotated[bool, typer.Option("--json", help="Print the checks as JSON.")] = False,
) -> None:
    """Check tesseract and its languages, fonts per script, offline models, provider, data."""
    from agent.doctor import run_checks

    checks = run_checks()
    if as_json:
        console.print_json(json.dumps([c.as_dict() for c in checks], ensure_ascii=False))
    else:
        table = Table("part", "state", "detail", "to install", title="atelier doctor")
        group = ""
        for check in checks:
            if check.group != group:
                group = check.group
                table.add_section()
            style = _STYLE[check.state]
            table.add_row(
                f"{check.group}: {check.part}",
                f"[{style}]{check.state}[/]",
                check.detail,
                check.fix,
            )
        console.print(table)
        missing = [c for c in checks if c.state != "ok"]
        console.print(
            f"{len(checks) - len(missing)} of {len(checks)} parts ready"
            + ("; atelier runs without the missing ones (see README)" if missing else ""),
            highlight=False,
        )
    # Only what stops atelier from working fails the command; optional parts do not.
    if any(c.state == "error" for c in checks):
        raise typer.Exit(1)
