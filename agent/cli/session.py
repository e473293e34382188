"""``atelier run``: a scripted session (YAML) through the graph, with a report and a verdict.

Exit codes: 0 when every expectation held, 1 when one failed (each failure printed as
``file:line: turn N key: expected X, got Y``), 2 for an unusable session file (nothing is
run) or any other atelier error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from agent.cli import app, console, err_console, guard
from core.settings import load_settings

if TYPE_CHECKING:
    from agent.sessions.transcript import SessionRun, TurnRecord


def _turn_line(turn: TurnRecord) -> str:
    if turn.error:
        outcome = f"[red]error[/] {escape(turn.error)}"
    elif turn.refusal:
        outcome = f"[yellow]refused[/] {escape(', '.join(turn.refusal.get('categories', [])))}"
    elif turn.images:
        outcome = escape(", ".join(f"{i.action} {i.size} [{i.review}]" for i in turn.images))
    else:
        outcome = "replied"
    failed = sum(not c.passed for c in turn.checks)
    checks = f"{len(turn.checks) - failed}/{len(turn.checks)} checks" if turn.checks else ""
    mark = "[red]✗[/]" if failed or turn.error else "[green]✓[/]"
    return (
        f"{mark} turn {turn.index}: {turn.action or '-'} · {outcome} · "
        f"${turn.cost_usd:.4f} · {turn.latency_s:.1f}s {checks}"
    )


@app.command("run")
def run(
    session: Annotated[Path, typer.Argument(help="Session file (YAML).")],
    provider: Annotated[
        str | None, typer.Option(help="offline, openai or azure (default: the file's, else env).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Output folder (default: out/sessions/<name>).")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Only validate the file; make no model call.")
    ] = False,
) -> None:
    """Run a scripted session; write transcript.json, assets/ and report.html."""
    # Sessions run the graph: its imports are paid by this command only.
    from agent.report import write_session_report
    from agent.sessions.run import run_session
    from agent.sessions.schema import load_session

    def go() -> SessionRun | None:
        parsed, _ = load_session(session)
        if check:
            console.print(f"{session}: {len(parsed.turns)} turns, valid", soft_wrap=True)
            return None
        target = out or Path("out") / "sessions" / parsed.name
        console.print(f"[bold]session[/] {parsed.name}: {len(parsed.turns)} turns -> {target}")
        result = run_session(
            session,
            target,
            provider=provider,
            on_turn=lambda t: console.print(_turn_line(t), highlight=False),
        )
        report = write_session_report(result, Path(result.out))
        console.print(f"transcript {Path(result.out) / 'transcript.json'}; report {report}")
        return result

    result = guard(go)
    if result is None:
        return
    if not result.ok:
        err_console.print(f"[bold red]{len(result.failures)} expectation(s) failed:[/]")
        for failure in result.failures:
            err_console.print(f"  {failure.diff(session)}", highlight=False, markup=False)
        raise typer.Exit(1)
    console.print(f"[green]all {len(result.checks)} expectations held[/] · ${result.cost_usd:.4f}")


@app.command("eval")
def eval_pilot(
    pilot: Annotated[Path, typer.Argument(help="Pilot file (YAML): briefs × configurations.")],
    out: Annotated[
        Path | None, typer.Option(help="Output folder (default: out/pilot/<name>).")
    ] = None,
    provider: Annotated[str | None, typer.Option(help="offline, openai or azure.")] = None,
) -> None:
    """Run a pilot through the graph, one thread per configuration and brief; write
    pilot.csv, pilot.json and pilot.html (figures, charts, contact sheet) beside the baseline.
    Each run keeps its own data directory under OUT/runs/."""
    from agent.eval import (
        Sample,
        load_pilot,
        run_directory,
        run_pilot,
        summarise,
        write_csv,
        write_html,
        write_samples,
    )
    from agent.sessions.run import checked_provider
    from memory.stores import open_review_queue

    def line(s: Sample) -> str:
        if s.images:
            outcome = ", ".join(
                f"{i.surface} {i.quality} [{i.review}]"
                + (f" CER {i.cer}" if i.cer is not None else "")
                + (f" SSIM {i.edit_stability}" if i.edit_stability is not None else "")
                for i in s.images
            )
        else:
            outcome = f"no image ({s.error or s.refusal or s.action or 'nothing decided'})"
        asked = f" · {len(s.questions)} question(s) answered" if s.questions else ""
        return (
            f"{s.thread_id} {s.step}: {escape(outcome)}{asked} · {s.calls} calls · "
            f"${s.cost_usd:.4f}"
        )

    def go() -> None:
        parsed = load_pilot(pilot)
        target = (out or Path("out") / "pilot" / parsed.name).resolve()
        home = run_directory(target)
        settings = load_settings(home=home, **checked_provider(provider))
        settings.check()
        console.print(
            f"[bold]pilot[/] {parsed.name}: {len(parsed.briefs)} briefs × "
            f"{len(parsed.configurations)} configurations -> {target} (data {home})"
        )
        _, samples = run_pilot(
            pilot,
            target,
            settings,
            on_sample=lambda s: console.print(line(s), highlight=False, soft_wrap=True),
        )
        summaries = summarise(parsed, samples, open_review_queue(settings))
        csv_path = write_csv(summaries, target / "pilot.csv")
        html_path = write_html(parsed, summaries, target / "pilot.html", samples)
        json_path = write_samples(parsed, samples, settings.home, target / "pilot.json")
        for s in summaries:
            console.print(
                f"{s.name}{' (baseline)' if s.baseline else ''}: {s.images} images, "
                f"{s.approved} approved, CER {s.cer_mean}, p50 {s.latency_p50_s}s, "
                f"${s.cost_per_image}/image, ${s.cost_per_approved}/approved, "
                f"{s.rejections} rejected, {s.calls} calls",
                highlight=False,
            )
        console.print(f"report {html_path}; table {csv_path}; samples {json_path}")

    guard(go)
