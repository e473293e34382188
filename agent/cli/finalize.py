"""Commands that turn drafts into deliverables: ``finalize`` and ``export``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer
from rich.panel import Panel

from agent.cli import app, console, guard, settings_from_env
from agent.cli.chat import TurnView
from core.errors import InputError
from tools.sizes import CHANNELS

if TYPE_CHECKING:
    from agent.export import Fit, Format

PRESET_HELP = "Channel preset (" + ", ".join(CHANNELS) + ") or exact WIDTHxHEIGHT."


@app.command("finalize")
def finalize(
    thread: Annotated[str, typer.Option(help="The thread whose draft to finalize.")],
    asset: Annotated[
        str | None, typer.Option(help="Draft id (sha256 prefix); default the current image.")
    ] = None,
    size: Annotated[str | None, typer.Option(help="Final size or preset.")] = None,
) -> None:
    """Re-render a draft at final quality (ATELIER_FINAL_QUALITY) and the final size."""
    from agent.runner import Runner

    def run() -> None:
        settings = settings_from_env()
        runner = Runner(settings, thread_id=thread)
        try:
            if asset:
                runner.services.assets.get(asset)
            elif runner.state().current_image is None:
                raise InputError(
                    f"thread {thread} has no current image to finalize",
                    hint="make a draft first, or pass --asset ID",
                )
            brief = f"Finalize draft {asset.lower()}" if asset else "Finalize the current image"
            result = runner.turn(brief, size=size, on_event=TurnView(console, settings.home))
        finally:
            runner.close()
        state = result.state
        title = "refused" if state.refusal is not None else f"turn {state.turn}"
        console.print(Panel(result.message or "Done.", title=title))

    guard(run)


@app.command("export")
def export(
    asset: Annotated[str, typer.Argument(help="Stored image id (sha256 or 8+ digit prefix).")],
    preset: Annotated[str, typer.Option(help=PRESET_HELP)],
    fmt: Annotated[str, typer.Option("--format", help="png, jpeg or webp.")] = "png",
    quality: Annotated[int, typer.Option(help="JPEG/WEBP quality 1..100.")] = 90,
    fit: Annotated[str, typer.Option(help="crop (fill, around --focus) or pad.")] = "crop",
    focus: Annotated[str, typer.Option(help="Focal point X,Y in 0..1.")] = "0.5,0.5",
    background: Annotated[
        str | None, typer.Option(help="Pad colour #RRGGBB; default the image's edge colour.")
    ] = None,
    out: Annotated[Path, typer.Option(help="Folder to write the file to.")] = Path("exports"),
    thread: Annotated[str | None, typer.Option(help="Thread to file the export under.")] = None,
) -> None:
    """Write an image at a channel's exact size, keeping its lineage."""

    # Pillow and the stores load with this command, not with every other one.
    from agent.export import export_asset, parse_colour, parse_focus
    from memory.stores import open_assets, open_ledger

    def run() -> None:
        if fmt not in ("png", "jpeg", "webp"):
            raise InputError(f"format {fmt!r} is not png, jpeg or webp")
        if fit not in ("crop", "pad"):
            raise InputError(f"fit {fit!r} is not crop or pad")
        settings = settings_from_env()
        result = export_asset(
            open_assets(settings),
            open_ledger(settings),
            asset,
            preset,
            out_dir=out,
            fmt=cast("Format", fmt),
            quality=quality,
            fit=cast("Fit", fit),
            focus=parse_focus(focus),
            background=parse_colour(background) if background else None,
            thread_id=thread,
        )
        console.print(
            f"exported {result.channel.name} ({result.note}) -> {result.path} "
            f"[dim]asset {result.asset.sha256[:12]}, parent {asset}[/]"
        )

    guard(run)
