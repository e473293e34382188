"""Commands over the ledger: ``cost`` reports, ``log`` listings and ``log purge``."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any, cast, get_args

import typer
from rich.table import Table

from agent.cli import app, console, guard, settings_from_env
from core.errors import InputError

if TYPE_CHECKING:
    from memory.ledger import GroupBy

# The ledger, the stores and the price table are imported by the commands that use them:
# at the top they cost every other command's start-up (policy check, --help) 30 ms.

log_app = typer.Typer(
    invoke_without_command=True, help="The call ledger: list calls, purge old prompts."
)
app.add_typer(log_app, name="log")

_RELATIVE = re.compile(r"^\s*(\d{1,5})\s*([dhm])\s*$")
_GROUPS = ("day", "session", "outcome", "model")


def parse_when(text: str, *, name: str) -> datetime:
    """An ISO date or datetime (UTC if no zone), or a relative age like ``7d``, ``12h``."""
    rel = _RELATIVE.match(text)
    if rel:
        amount, unit = int(rel.group(1)), rel.group(2)
        delta = {"d": timedelta(days=amount), "h": timedelta(hours=amount)}.get(
            unit, timedelta(minutes=amount)
        )
        return datetime.now(UTC) - delta
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            f"{name} {text!r} is not a date", hint="use YYYY-MM-DD, an ISO time, or 7d / 12h"
        ) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


@app.command("cost")
def cost(
    by: Annotated[str, typer.Option(help="Group by day, session, outcome or model.")] = "day",
    since: Annotated[str | None, typer.Option(help="Only calls since (date or 7d).")] = None,
    thread: Annotated[str | None, typer.Option(help="Only this thread.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Spend from the ledger: actual cost (from usage) and the estimates made before calls."""

    def run() -> None:
        if by not in _GROUPS:
            raise InputError(f"cannot group by {by!r}", hint="use day, session, outcome or model")
        from memory.stores import open_ledger
        from tools.pricing import PriceTable

        settings = settings_from_env()
        ledger = open_ledger(settings)
        when = parse_when(since, name="--since") if since else None
        groups = ledger.cost_by(cast("GroupBy", by), since=when, thread_id=thread)
        if as_json:
            console.print_json(json.dumps(groups))
            return
        prices = PriceTable.load(settings.prices_file)
        taken = sorted({p.taken for p in prices.entries().values() if p.taken})
        table = Table(title=f"cost by {by}", caption=f"prices taken {', '.join(taken)}")
        for col in (by, "calls", "threads", "estimate $", "actual $", "tokens in", "tokens out"):
            table.add_column(col, justify="left" if col == by else "right")
        for g in groups:
            table.add_row(
                str(g[by]) or "-",
                str(g["calls"]),
                str(g["threads"]),
                f"{g['estimate_usd']:.4f}",
                f"{g['cost_usd']:.4f}",
                str(g["input_tokens"]),
                str(g["output_tokens"]),
            )
        total = sum(g["cost_usd"] for g in groups)
        table.add_section()
        table.add_row("total", str(sum(g["calls"] for g in groups)), "", "", f"{total:.4f}", "", "")
        console.print(table)

    guard(run)


@log_app.callback()
def log(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="Only calls since (date or 7d).")] = None,
    thread: Annotated[str | None, typer.Option(help="Only this thread.")] = None,
    outcome: Annotated[str | None, typer.Option(help="Only this outcome.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many, most recent.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV with a header.")] = False,
) -> None:
    """List model calls from the ledger."""
    if ctx.invoked_subcommand is not None:
        return

    def run() -> None:
        if as_json and as_csv:
            raise InputError("choose one of --json and --csv")
        from memory.ledger import Outcome
        from memory.stores import open_ledger

        outcomes = get_args(Outcome)
        if outcome is not None and outcome not in outcomes:
            raise InputError(f"unknown outcome {outcome!r}", hint=", ".join(outcomes))
        if limit < 1:
            raise InputError("--limit must be at least 1")
        settings = settings_from_env()
        ledger = open_ledger(settings)
        rows = ledger.rows(
            thread_id=thread,
            since=parse_when(since, name="--since") if since else None,
            outcome=cast(Outcome | None, outcome),
            limit=limit,
        )
        dicts: list[dict[str, Any]] = [r.model_dump(mode="json") for r in rows]
        if as_json:
            for d in dicts:
                console.print(json.dumps(d, ensure_ascii=False), soft_wrap=True, highlight=False)
            return
        if as_csv:
            out = io.StringIO()
            fields = list(dicts[0]) if dicts else ["id"]
            writer = csv.DictWriter(out, fieldnames=fields)
            writer.writeheader()
            for d in dicts:
                writer.writerow({**d, "assets": " ".join(d.get("assets", []))})
            console.print(out.getvalue(), end="", soft_wrap=True, highlight=False, markup=False)
            return
        table = Table(title=f"{len(rows)} calls")
        for col in ("id", "time", "thread", "node", "surface", "outcome", "try", "$", "error"):
            table.add_column(col)
        for r in rows:
            table.add_row(
                str(r.id),
                r.ts.strftime("%Y-%m-%d %H:%M:%S"),
                r.thread_id or "",
                r.node,
                r.surface,
                r.outcome,
                str(r.attempt),
                "" if r.cost_usd is None else f"{r.cost_usd:.4f}",
                (r.error or "")[:60],
            )
        console.print(table)

    guard(run)


@log_app.command("purge")
def purge(
    before: Annotated[str, typer.Option(help="Purge calls before this date (or 30d).")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False,
) -> None:
    """Delete prompts before DATE, and the images that only those calls referenced.

    Threads with no call since DATE also lose their checkpoints, which hold their briefs.
    """
    # The checkpointer comes with langgraph, which the other ledger commands never need.
    from agent.state import STATE_TYPES
    from memory.checkpoints import close_checkpointer, open_checkpointer
    from memory.stores import open_assets, open_ledger

    def run() -> None:
        settings = settings_from_env()
        cutoff = parse_when(before, name="--before")
        if cutoff > datetime.now(UTC):
            raise InputError(f"--before {before!r} is in the future")
        if not yes and not typer.confirm(
            f"forget prompts and their images from before {cutoff.isoformat()}?"
        ):
            raise typer.Exit(1)
        ledger = open_ledger(settings)
        idle = ledger.idle_threads(cutoff)
        purged, referenced, still = ledger.purge_prompts(cutoff)
        saver = open_checkpointer(settings, STATE_TYPES)
        try:
            for thread_id in idle:
                saver.delete_thread(thread_id)
        finally:
            close_checkpointer(saver)
        assets = open_assets(settings)
        deleted = sum(1 for sha in sorted(referenced - still) if assets.delete(sha))
        console.print(
            f"purged {purged} calls; deleted {deleted} images; kept "
            f"{len(referenced & still)} still used by later calls; forgot "
            f"{len(idle)} idle threads"
        )

    guard(run)
