"""The human review queue commands: list, show, approve, reject, with reviewer and time spent."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from agent.cli import app, console, guard, settings_from_env

if TYPE_CHECKING:
    from memory.review_queue import ReviewItem, ReviewQueue

review_app = typer.Typer(no_args_is_help=True, help="Images held for human review.")
app.add_typer(review_app, name="review")


def _queue() -> ReviewQueue:
    # Imported here: the stores bring Pillow and asyncio, 40 ms of every other command's start.
    from memory.stores import open_review_queue

    settings = guard(settings_from_env)
    return guard(lambda: open_review_queue(settings))


def _reviewer(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def _print(item: ReviewItem) -> None:
    console.print(f"{item.id}  {item.status}  asset {item.asset_sha256[:12]}", highlight=False)
    console.print(f"  thread: {item.thread_id or '-'}", highlight=False)
    console.print(f"  opened: {item.opened_at:%Y-%m-%d %H:%M:%S} UTC", highlight=False)
    for reason in item.reasons:
        console.print(f"  reason: {reason}", highlight=False)
    if item.status != "open":
        console.print(
            f"  {item.status} by {item.reviewer} after {item.seconds_spent or 0:.0f} s"
            + (f": {item.note}" if item.note else ""),
            highlight=False,
        )


@review_app.command("list")
def review_list(
    all_items: Annotated[bool, typer.Option("--all", help="Include decided items.")] = False,
) -> None:
    """List open items (or every item with --all) and the review time spent so far."""
    queue = _queue()
    items = guard(lambda: queue.list(status=None if all_items else "open"))
    table = Table()
    for name in ("id", "status", "asset", "thread", "opened"):
        table.add_column(name, no_wrap=True)
    table.add_column("reasons")
    for item in items:
        table.add_row(
            item.id,
            item.status,
            item.asset_sha256[:12],
            item.thread_id or "-",
            f"{item.opened_at:%Y-%m-%d %H:%M}",
            "; ".join(item.reasons)[:80],
        )
    console.print(table)
    stats = guard(queue.stats)
    console.print(
        f"{int(stats['open'])} open, {int(stats['approved'])} approved, "
        f"{int(stats['rejected'])} rejected; review time {stats['seconds_total']:.0f} s "
        f"(median {stats['seconds_median']:.0f} s per item)",
        highlight=False,
    )


@review_app.command("show")
def review_show(item_id: Annotated[str, typer.Argument(help="Review item id.")]) -> None:
    """Show an item and its image path; review time starts counting at the first show."""
    from memory.stores import open_assets, open_review_queue

    settings = guard(settings_from_env)
    queue = guard(lambda: open_review_queue(settings))
    item = guard(lambda: queue.start(item_id))
    _print(item)

    store = open_assets(settings)
    ref = guard(lambda: store.get(item.asset_sha256))
    console.print(f"  image: {ref.path}", highlight=False)


def _decide(item_id: str, approve: bool, note: str | None, by: str | None) -> None:
    queue = _queue()
    reviewer = _reviewer(by)
    if approve:
        item = guard(lambda: queue.approve(item_id, reviewer=reviewer, note=note))
    else:
        item = guard(lambda: queue.reject(item_id, reviewer=reviewer, note=note))
    _print(item)


@review_app.command("approve")
def review_approve(
    item_id: Annotated[str, typer.Argument(help="Review item id.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    by: Annotated[str | None, typer.Option(help="Reviewer (default: your user name).")] = None,
) -> None:
    """Approve a held image."""
    _decide(item_id, True, note, by)


@review_app.command("reject")
def review_reject(
    item_id: Annotated[str, typer.Argument(help="Review item id.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    by: Annotated[str | None, typer.Option(help="Reviewer (default: your user name).")] = None,
) -> None:
    """Reject a held image."""
    _decide(item_id, False, note, by)
