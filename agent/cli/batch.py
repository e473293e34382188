"""``atelier batch``: many briefs through the graph with a rate limit and a progress bar."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from agent.cli import app, console, err_console, guard, settings_from_env
from agent.paths import readable_input

if TYPE_CHECKING:
    from agent.batch import BatchTotals, RowResult


@app.command("batch")
def batch(
    file: Annotated[Path, typer.Argument(help="Briefs: CSV with a 'brief' column, or YAML list.")],
    concurrency: Annotated[int, typer.Option(help="Rows in flight at once.")] = 2,
    rpm: Annotated[float, typer.Option(help="At most this many briefs started a minute.")] = 30,
    resume: Annotated[bool, typer.Option(help="Skip rows already done in the results.")] = False,
    out: Annotated[Path | None, typer.Option(help="Results file (JSON lines).")] = None,
    session_budget: Annotated[
        str | None, typer.Option(help="USD limit per brief (each brief is a session).")
    ] = None,
    daily_budget: Annotated[
        str | None, typer.Option(help="USD limit for today, all calls.")
    ] = None,
    allow_downgrade: Annotated[
        bool, typer.Option(help="Lower quality instead of refusing over budget.")
    ] = False,
) -> None:
    """Run every brief of FILE; results are written per row as they finish."""
    # The graph, Chroma and the SDK take a second to import: only this command pays it.
    from agent.batch import read_batch, results_path, run_batch
    from agent.budget import parse_budget
    from agent.context import build_services

    def run() -> None:
        settings = settings_from_env()
        limits: dict[str, object] = {}
        if session_budget is not None:
            limits["session_budget_usd"] = parse_budget(session_budget, name="--session-budget")
        if daily_budget is not None:
            limits["daily_budget_usd"] = parse_budget(daily_budget, name="--daily-budget")
        if allow_downgrade:
            limits["budget_downgrade"] = True
        settings = settings.model_copy(update=limits)
        source = readable_input(file, settings)
        _, encoding = read_batch(source)
        services = build_services(settings)
        target = out or results_path(source)
        stop = threading.Event()
        columns = (
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("done {task.fields[done]} · failed {task.fields[failed]}"),
            TextColumn("· ${task.fields[cost]:.4f}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
        )
        with Progress(*columns, console=console) as progress:
            task = progress.add_task("batch", total=None, done=0, failed=0, cost=0.0)

            def started(t: BatchTotals) -> None:
                progress.update(
                    task,
                    total=t.total,
                    completed=t.finished,
                    done=t.done,
                    failed=t.failed,
                    cost=t.cost_usd,
                )

            def finished(result: RowResult, t: BatchTotals) -> None:
                started(t)
                if result.status == "failed":
                    progress.console.print(f"[red]failed[/] {result.error}", highlight=False)

            try:
                totals = run_batch(
                    settings,
                    services,
                    source,
                    concurrency=concurrency,
                    rpm=rpm,
                    resume=resume,
                    out=target,
                    on_result=finished,
                    on_start=started,
                    stop=stop,
                )
            except KeyboardInterrupt:
                stop.set()
                err_console.print(
                    f"\n[yellow]interrupted[/]: finished rows are in {target}; run the same "
                    "command with --resume to continue"
                )
                raise typer.Exit(130) from None
        console.print(
            f"{totals.done} done ({totals.skipped} from before), {totals.failed} failed, "
            f"${totals.cost_usd:.4f}; read as {encoding}; results in {target}"
        )
        if totals.failed:
            raise typer.Exit(1)

    guard(run)
