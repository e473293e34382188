"""The brand reference library commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from agent.cli import app, console, err_console, guard, settings_from_env
from agent.errors import AtelierError
from agent.paths import readable_input

brand_app = typer.Typer(no_args_is_help=True, help="The brand reference library.")
app.add_typer(brand_app, name="brand")


@brand_app.command("add")
def brand_add(
    paths: Annotated[list[Path], typer.Argument(help="Image files.")],
    brand: Annotated[str, typer.Option(help="Brand name.")] = "default",
    kind: Annotated[
        str, typer.Option(help="logo, product, palette, style, photo, font-sample")
    ] = "photo",
    tags: Annotated[str, typer.Option(help="Comma-separated tags.")] = "",
    description: Annotated[str, typer.Option(help="What the reference shows.")] = "",
) -> None:
    """Add references to the library; they start pending until approved."""
    from agent.context import build_services

    settings = guard(settings_from_env)
    services = guard(lambda: build_services(settings))
    added = skipped = 0
    for path in paths:
        try:
            ref = services.brand.add(
                readable_input(path, settings),
                brand=brand,
                kind=kind,
                tags=[t.strip() for t in tags.split(",") if t.strip()],
                description=description,
            )
            console.print(f"added {ref.id} ({ref.kind}, {ref.width}x{ref.height}) pending")
            added += 1
        except AtelierError as err:
            err_console.print(f"[red]skipped[/] {path}: {err.one_line()}", highlight=False)
            skipped += 1
    console.print(f"{added} added, {skipped} skipped")
    if skipped and not added:
        raise typer.Exit(2)


@brand_app.command("approve")
def brand_approve(
    ids: Annotated[list[str], typer.Argument(help="Reference ids.")],
    by: Annotated[str, typer.Option(help="Who approves.")] = "cli",
) -> None:
    """Approve references so retrieval may use them."""
    from agent.context import build_services

    services = guard(lambda: build_services(settings_from_env()))
    for ref_id in ids:
        ref = guard(lambda ref_id=ref_id: services.brand.approve(ref_id, by=by))  # type: ignore[misc]
        console.print(f"approved {ref.id} by {by}")


@brand_app.command("list")
def brand_list() -> None:
    """List the references in the library."""
    from agent.context import build_services

    services = guard(lambda: build_services(settings_from_env()))
    table = Table("id", "brand", "kind", "status", "size", "description")
    for ref in services.brand.list():
        table.add_row(
            ref.id,
            ref.brand,
            ref.kind,
            ref.status,
            f"{ref.width}x{ref.height}",
            ref.description[:60],
        )
    console.print(table)


@brand_app.command("search")
def brand_search(
    query: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option(help="How many.")] = 4,
) -> None:
    """Search approved references."""
    from agent.context import build_services

    services = guard(lambda: build_services(settings_from_env()))
    table = Table("id", "brand", "kind", "score", "description")
    for hit in services.brand.search(query, k=k):
        r = hit.reference
        table.add_row(r.id, r.brand, r.kind, f"{hit.score:.2f}", r.description[:60])
    console.print(table)
