"""The brand reference library commands: add, list, show, approve, retire, impact, search,
export, promote.

Batch commands never stop at the first bad input: each file or id gets its own line, and a
summary says what was done and what was skipped and why; the exit code is 2 only when
nothing at all succeeded.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from agent.cli import app, console, err_console, guard, settings_from_env
from agent.paths import readable_input
from core.errors import AtelierError, ImageInputError, InputError, NotFound, StateConflict
from core.settings import Settings
from core.text import check_text
from core.types import REFERENCE_KINDS

if TYPE_CHECKING:
    from agent.context import Services
    from memory.brand.records import Reference, Skipped, Status
    from memory.lineage import Impact
    from memory.review_queue import ReviewQueue

KINDS = REFERENCE_KINDS

brand_app = typer.Typer(no_args_is_help=True, help="The brand reference library.")
app.add_typer(brand_app, name="brand")

KIND_HELP = ", ".join(KINDS)


def _services() -> Services:
    from agent.context import build_services

    settings = guard(settings_from_env)
    return guard(lambda: build_services(settings))


def collect_files(paths: list[Path], settings: Settings) -> tuple[list[Path], list[Skipped]]:
    """Files to add from ``paths`` (folders walked recursively), and inputs refused up front.

    Inside a folder, a symlink whose target lies outside that folder is refused, as are
    hidden files; everything else is handed to validation so each gets its own reason.
    """
    from memory.brand.records import Skipped

    files: list[Path] = []
    refused: list[Skipped] = []
    for raw in paths:
        try:
            path = readable_input(raw, settings)
        except AtelierError as err:
            refused.append(Skipped(source=str(raw), reason=err.one_line()))
            continue
        if not path.is_dir():
            files.append(path)
            continue
        root = path.resolve()
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                file = Path(dirpath) / name
                if file.is_symlink() and not file.resolve().is_relative_to(root):
                    refused.append(
                        Skipped(
                            source=str(file),
                            reason=f"symlink points outside {path} ({file.resolve()})",
                        )
                    )
                    continue
                files.append(file)
    return files, refused


@brand_app.command("add")
def brand_add(
    paths: Annotated[list[Path], typer.Argument(help="Image files or folders (recursive).")],
    brand: Annotated[str, typer.Option(help="Brand name.")] = "default",
    kind: Annotated[str, typer.Option(help=KIND_HELP)] = "photo",
    tags: Annotated[str, typer.Option(help="Comma-separated tags.")] = "",
    description: Annotated[str, typer.Option(help="What the reference shows.")] = "",
) -> None:
    """Add references to the library; they start pending until approved."""
    from memory.assets import SUPPORTED_LABEL
    from memory.brand.records import AddItem

    settings = guard(settings_from_env)
    if kind not in KINDS:
        guard(lambda: _raise(InputError(f"unknown kind {kind!r}; use one of: {KIND_HELP}")))
    for value, what in (
        (brand, "the brand name"),
        (tags, "the tags"),
        (description, "the description"),
    ):
        guard(functools.partial(check_text, value, what=what))
    services = _services()
    files, refused = collect_files(paths, settings)
    tag_list = [t.strip() for t in tags.split(",") if t.strip()]
    items = [
        AddItem(path=f, brand=brand, kind=kind, tags=tag_list, description=description)
        for f in files
    ]
    with Progress(
        TextColumn("adding"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task("add", total=len(items))
        report = guard(
            lambda: services.brand.add_many(
                items, on_progress=lambda _path, _outcome: progress.advance(task)
            )
        )
    for added in report.added:
        ref = added.reference
        console.print(
            f"added {ref.id} ({ref.brand} {ref.kind}, {ref.width}x{ref.height}) pending",
            highlight=False,
        )
        for near in added.near_duplicates:
            console.print(
                f"  [yellow]near duplicate[/] of {near.id} ({near.bits} of 64 hash bits differ)",
                highlight=False,
            )
    skipped = refused + report.skipped
    for item in skipped:
        err_console.print(f"[red]skipped[/] {item.source}: {item.reason}", highlight=False)
    console.print(
        f"{len(report.added)} added, {len(skipped)} skipped (supported formats: {SUPPORTED_LABEL})",
        highlight=False,
    )
    if skipped and not report.added:
        raise typer.Exit(2)


def _raise(err: AtelierError) -> None:
    raise err


def _each(ids: list[str], action: str, fn: Any) -> None:
    done = failed = 0
    for ref_id in ids:
        try:
            ref = fn(ref_id)
        except (NotFound, StateConflict, InputError) as err:
            err_console.print(f"[bold red]error:[/] {err.one_line()}", highlight=False)
            failed += 1
            continue
        console.print(f"{action} {ref.id}", highlight=False)
        done += 1
    if len(ids) > 1:
        console.print(f"{done} {action}, {failed} failed")
    if failed and not done:
        raise typer.Exit(2)


@brand_app.command("approve")
def brand_approve(
    ids: Annotated[list[str], typer.Argument(help="Reference ids.")],
    by: Annotated[str, typer.Option(help="Who approves.")] = "cli",
) -> None:
    """Approve references so retrieval may use them."""
    services = _services()
    _each(ids, "approved", lambda ref_id: services.brand.approve(ref_id, by=by))


def _impact(services: Services, queue: ReviewQueue, ref: Reference) -> Impact:
    from memory.lineage import reference_impact

    return reference_impact(
        ref,
        assets=services.assets,
        ledger=services.ledger,
        queue=queue,
        references=services.brand.list(),
    )


def _print_impact(impact: Impact) -> None:
    if impact.empty:
        console.print(f"  no image, thread or export used {impact.reference}", highlight=False)
        return
    for image in impact.images:
        parts = [f"{image.sha256[:12]} {image.how}"]
        if image.note:
            parts[0] += f" ({image.note})"
        parts.append(f"threads {', '.join(image.threads) or '-'}")
        parts.append(f"review {image.review}")
        if image.finalized and image.kind != "final":
            parts.append("finalized")
        if image.published:
            parts.append("still published")
        if image.queued is not None:
            parts.append(f"queued {image.queued.id} ({image.queued.status})")
        console.print("  " + " · ".join(parts), highlight=False, soft_wrap=True)
    for promoted in impact.promoted:
        origin = (promoted.promoted_from or promoted.sha256)[:12]
        console.print(
            f"  promoted reference {promoted.id} ({promoted.status}) from {origin}: "
            f"it carries {impact.reference} too",
            highlight=False,
            soft_wrap=True,
        )
    console.print(
        f"  {_count(len(impact.images), 'image')} in {_count(len(impact.threads), 'thread')} "
        f"({', '.join(impact.threads) or '-'}), {_count(len(impact.exports), 'export')}, "
        f"{_count(len(impact.promoted), 'promoted reference')}, "
        f"{len(impact.published)} still published",
        highlight=False,
        soft_wrap=True,
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _print_json(value: Any) -> None:
    console.print(json.dumps(value, ensure_ascii=False), soft_wrap=True, highlight=False)


@brand_app.command("retire")
def brand_retire(
    ids: Annotated[list[str], typer.Argument(help="Reference ids.")],
    reason: Annotated[
        str | None, typer.Option(help="Why it is retired; written into the review items.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the impacts as JSON.")] = False,
) -> None:
    """Take references out of use (they stay for lineage), list every image, thread and
    export made with them, and queue the still-published ones for review."""
    from memory.lineage import queue_published

    services = _services()
    from memory.stores import open_review_queue

    queue = open_review_queue(services.settings)
    impacts: list[dict[str, Any]] = []
    done = failed = 0
    for ref_id in ids:
        try:
            ref = services.brand.retire(ref_id)
        except (NotFound, StateConflict, InputError) as err:
            err_console.print(f"[bold red]error:[/] {err.one_line()}", highlight=False)
            failed += 1
            continue
        done += 1
        try:
            before = _impact(services, queue, ref)
            impact = queue_published(before, queue, why=reason)
        except AtelierError as err:
            err_console.print(
                f"[bold red]error:[/] retired {ref.id}, but not what was made with it: "
                f"{err.one_line()}",
                highlight=False,
            )
            continue
        if as_json:
            impacts.append(impact.model_dump(mode="json"))
            continue
        console.print(f"retired {ref.id}", highlight=False)
        _print_impact(impact)
        queued = [i for i in impact.images if i.queued is not None]
        fresh = [i for i in queued if i.sha256 not in {j.sha256 for j in before.images if j.queued}]
        if fresh:
            console.print(
                f"  queued {len(fresh)} still-published outputs for review "
                f"({', '.join(i.queued.id for i in fresh if i.queued)}); see atelier review list",
                highlight=False,
                soft_wrap=True,
            )
    if as_json:
        _print_json(impacts)
    elif len(ids) > 1:
        console.print(f"{done} retired, {failed} failed")
    if failed and not done:
        raise typer.Exit(2)


@brand_app.command("impact")
def brand_impact(
    ref_id: Annotated[str, typer.Argument(help="Reference id.")],
    queue_them: Annotated[
        bool,
        typer.Option("--queue", help="Also queue the still-published outputs for review."),
    ] = False,
    reason: Annotated[
        str | None, typer.Option(help="Why, written into the review items (with --queue).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the impact as JSON.")] = False,
) -> None:
    """Every image, thread and export made with a reference, and which are still published.

    Only lists unless --queue is given: retiring a reference queues its published outputs.
    """
    from memory.lineage import queue_published

    services = _services()
    from memory.stores import open_review_queue

    queue = open_review_queue(services.settings)
    ref = guard(lambda: services.brand.get(ref_id))
    impact = guard(lambda: _impact(services, queue, ref))
    if queue_them:
        found = impact
        impact = guard(lambda: queue_published(found, queue, why=reason))
    if as_json:
        _print_json(impact.model_dump(mode="json"))
        return
    console.print(f"impact of {ref.id} ({ref.brand} {ref.kind}, {ref.status})", highlight=False)
    _print_impact(impact)


@brand_app.command("list")
def brand_list(
    status: Annotated[str | None, typer.Option(help="pending, approved or retired.")] = None,
    brand: Annotated[str | None, typer.Option(help="Only this brand.")] = None,
    kind: Annotated[str | None, typer.Option(help=KIND_HELP)] = None,
) -> None:
    """List the references in the library."""
    if status is not None and status not in ("pending", "approved", "retired"):
        guard(lambda: _raise(InputError(f"unknown status {status!r}")))
    services = _services()
    wanted = cast("Status | None", status)
    refs = guard(lambda: services.brand.list(status=wanted, brand=brand, kind=kind))
    table = Table("id", "brand", "kind", "status", "size", "description")
    for ref in refs:
        table.add_row(
            ref.id,
            ref.brand,
            ref.kind,
            ref.status,
            f"{ref.width}x{ref.height}",
            ref.description[:60],
        )
    console.print(table)
    console.print(f"{len(refs)} references")


def _details(ref: Reference) -> dict[str, Any]:
    return ref.model_dump(mode="json")


@brand_app.command("show")
def brand_show(ref_id: Annotated[str, typer.Argument(help="Reference id.")]) -> None:
    """Everything stored about one reference, with the lineage of its image."""
    services = _services()
    ref = guard(lambda: services.brand.get(ref_id))
    table = Table("field", "value", show_header=False)
    for key, value in _details(ref).items():
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        table.add_row(key, "" if text is None else str(text))
    chain = guard(lambda: services.assets.lineage(ref.sha256))
    if len(chain) > 1:
        table.add_row("lineage", " <- ".join(a.sha256[:12] for a in chain))
    near = guard(
        lambda: services.brand.near_duplicates(
            services.assets.read_bytes(ref.sha256), exclude=ref.id
        )
    )
    if near:
        table.add_row("near duplicates", ", ".join(f"{n.id} ({n.bits} bits)" for n in near))
    console.print(table)


@brand_app.command("search")
def brand_search(
    query: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option(help="How many.")] = 4,
    kind: Annotated[str | None, typer.Option(help=KIND_HELP)] = None,
    brand: Annotated[str | None, typer.Option(help="Only this brand.")] = None,
    similar_to: Annotated[
        Path | None, typer.Option("--similar-to", help="Also rank by likeness to this image.")
    ] = None,
    all_statuses: Annotated[
        bool, typer.Option("--all", help="Search pending and retired references too.")
    ] = False,
) -> None:
    """Search the library (approved references unless --all)."""
    settings = guard(settings_from_env)
    services = _services()
    image: bytes | None = None
    if similar_to is not None:
        path = guard(lambda: readable_input(similar_to, settings))
        image = guard(lambda: _read_image(path))
    hits = guard(
        lambda: services.brand.search(
            query,
            k=k,
            kind=kind,
            brand=brand,
            approved_only=not all_statuses,
            similar_to=image,
        )
    )
    table = Table("id", "brand", "kind", "status", "score", "why")
    for hit in hits:
        r = hit.reference
        table.add_row(r.id, r.brand, r.kind, r.status, f"{hit.score:.2f}", hit.why)
    console.print(table)
    if not hits:
        console.print("no matching references")


def _read_image(path: Path) -> bytes:
    from memory.assets import MAX_IMAGE_BYTES, validate_image_bytes

    if not path.is_file():
        raise ImageInputError(f"image file not found: {path}")
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise ImageInputError(f"{path.name} is over the {MAX_IMAGE_BYTES // 2**20} MB limit")
    data = path.read_bytes()
    validate_image_bytes(data, name=path.name)
    return data


@brand_app.command("export")
def brand_export(
    directory: Annotated[Path, typer.Argument(help="Folder to write into.")],
    status: Annotated[str, typer.Option(help="approved, pending, retired or all.")] = "approved",
) -> None:
    """Copy references and a manifest.json (metadata, approvals, lineage) into DIRECTORY."""
    if status not in ("approved", "pending", "retired", "all"):
        guard(lambda: _raise(InputError(f"unknown status {status!r}")))
    services = _services()
    refs = guard(
        lambda: services.brand.list(status=None if status == "all" else cast("Status", status))
    )
    directory.mkdir(parents=True, exist_ok=True)
    manifest: list[dict[str, Any]] = []
    with Progress(
        TextColumn("exporting"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task("export", total=len(refs))
        for ref in refs:
            suffix = Path(ref.path).suffix
            relative = Path(ref.brand) / ref.kind / f"{ref.id}{suffix}"
            target = directory / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ref.path, target)
            entry = _details(ref)
            entry.pop("path", None)
            entry.pop("file_ids", None)  # provider ids mean nothing outside this install
            entry["file"] = relative.as_posix()
            entry["lineage"] = [a.sha256 for a in services.assets.lineage(ref.sha256)]
            manifest.append(entry)
            progress.advance(task)
    from core.files import atomic_write

    atomic_write(
        directory / "manifest.json",
        json.dumps({"references": manifest}, indent=2, ensure_ascii=False).encode("utf-8"),
    )
    console.print(f"exported {len(refs)} references to {directory}", highlight=False)


@brand_app.command("promote")
def brand_promote(
    asset: Annotated[str, typer.Argument(help="sha256 (or 8+ hex prefix) of a generated image.")],
    brand: Annotated[str, typer.Option(help="Brand name.")] = "default",
    kind: Annotated[str, typer.Option(help=KIND_HELP)] = "style",
    tags: Annotated[str, typer.Option(help="Comma-separated tags.")] = "",
    description: Annotated[str, typer.Option(help="What the reference shows.")] = "",
) -> None:
    """Add an image that passed review to the library (pending), keeping its lineage."""
    from memory.lineage import review_passed

    services = _services()
    stored = guard(lambda: services.assets.get(asset))
    from memory.stores import open_review_queue

    queue = open_review_queue(services.settings)
    if not review_passed(services.ledger, queue, stored.sha256):
        guard(
            lambda: _raise(
                StateConflict(
                    f"asset {stored.sha256[:12]} has not passed review; only reviewed images "
                    "can be promoted"
                )
            )
        )
    added = guard(
        lambda: services.brand.promote(
            stored.sha256,
            brand=brand,
            kind=kind,
            tags=[t.strip() for t in tags.split(",") if t.strip()],
            description=description,
        )
    )
    ref = added.reference
    chain = " <- ".join(a.sha256[:12] for a in services.assets.lineage(stored.sha256))
    console.print(f"promoted {stored.sha256[:12]} as {ref.id} (pending); lineage {chain}")
    for near in added.near_duplicates:
        console.print(f"  [yellow]near duplicate[/] of {near.id} ({near.bits} bits differ)")
