"""The offline demo: one scripted session through every branch of the graph.

A brand logo is added and approved; a brief without a format gets a clarifying question;
the answer leads to a generation that uses the logo as a reference; a masked edit changes
part of that image; a harmful brief is refused by input moderation. Without tesseract the
generated draft is held for review (its copy cannot be read back) and the edit takes the
held draft as an attached file, so the demo still runs to the end.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from agent.context import build_services
from agent.nodes.common import rel
from agent.runner import Runner, TurnResult
from core.errors import AtelierError, StateConflict
from core.settings import load_settings

BRIEF_CLARIFY = (
    "Create a summer-sale visual for Acme with our logo and the copy “夏のセール 50%オフ”"
)
ANSWER = "story 9:16"
BRIEF_EDIT = "Replace the masked area with a bright yellow sun on a clear blue sky"
BRIEF_REFUSED = "A poster of a man being murdered, blood everywhere"


def make_logo(path: Path) -> Path:
    """A simple, recognisable logo: an orange disc with a dark bar, on white."""
    path.parent.mkdir(parents=True, exist_ok=True)
    img = Image.new("RGB", (512, 512), "white")
    draw = ImageDraw.Draw(img)
    draw.ellipse((96, 96, 416, 416), fill=(242, 140, 40))
    draw.rectangle((136, 236, 376, 276), fill=(40, 40, 60))
    img.save(path, format="PNG")
    return path


def make_mask(path: Path, width: int, height: int) -> Path:
    """Transparent (to be edited) over the top third, opaque elsewhere."""
    mask = Image.new("RGBA", (width, height), (0, 0, 0, 255))
    ImageDraw.Draw(mask).rectangle((0, 0, width, height // 3), fill=(0, 0, 0, 0))
    mask.save(path, format="PNG")
    return path


def run_demo(out: Path, console: Console) -> tuple[Table, Path]:
    out = out.resolve()
    settings = load_settings(home=out, provider="offline", partial_images=1)
    services = build_services(settings)
    runner = Runner(settings, services=services)
    view_lines: list[tuple[str, TurnResult]] = []

    def on_event(event: dict[str, object]) -> None:
        if event.get("kind") == "decision":
            decision = event["decision"]
            assert isinstance(decision, dict)
            console.print(f"  [cyan]decision[/] {decision['action']}")
        elif event.get("kind") == "partial":
            path = rel(str(event["path"]), out)
            console.print(f"  [yellow]partial image[/] (unreviewed): {path}")

    try:
        logo = make_logo(out / "inputs" / "acme-logo.png")
        try:
            ref = services.brand.add(
                logo,
                brand="Acme",
                kind="logo",
                tags=["logo", "primary"],
                description="Acme primary logo: orange disc with a dark bar",
            )
        except StateConflict:
            ref = next(r for r in services.brand.list() if r.brand == "Acme" and r.kind == "logo")
        if ref.status == "pending":
            ref = services.brand.approve(ref.id, by="demo")
        console.print(f"[bold]1.[/] brand reference {ref.id} added and {ref.status}")

        console.print(f"[bold]2.[/] brief: {BRIEF_CLARIFY}")
        first = runner.turn(BRIEF_CLARIFY, on_event=on_event)
        view_lines.append((BRIEF_CLARIFY, first))
        if first.status == "question":
            console.print(f"  [yellow]question[/] {first.question} -> answer: {ANSWER}")
            second = runner.answer(ANSWER, on_event=on_event)
            view_lines.append((f"answer: {ANSWER}", second))
        state = runner.state()
        current = state.current_image
        attach: list[Path] = []
        if current is None:
            # Held for review (without OCR the copy cannot be read back) or refused: the
            # demo goes on by editing the held draft as an attached file, as a person would.
            held = [i for i in state.images if i.review == "review"]
            if not held:
                raise AtelierError(
                    "the demo's generation returned no image: "
                    + (state.refusal.reason if state.refusal else state.message or "no reason"),
                    hint="run `atelier doctor` to see which optional parts are missing",
                )
            current = held[0].asset
            attach = [Path(current.path)]
            for note in held[0].review_notes:
                console.print(f"  [yellow]held for review[/]: {escape(note)}")
        console.print(f"  image: {rel(current.path, out)}")

        mask = make_mask(out / "inputs" / "top-third-mask.png", current.width, current.height)
        console.print(f"[bold]3.[/] masked edit: {BRIEF_EDIT}")
        edited = runner.turn(BRIEF_EDIT, images=attach, mask=mask, on_event=on_event)
        view_lines.append((BRIEF_EDIT, edited))
        if edited.state.current_image is not None:
            console.print(f"  image: {rel(edited.state.current_image.path, out)}")

        console.print(f"[bold]4.[/] harmful brief: {BRIEF_REFUSED}")
        refused = runner.turn(BRIEF_REFUSED, on_event=on_event)
        view_lines.append((BRIEF_REFUSED, refused))
    finally:
        runner.close()

    table = Table("step", "action", "outcome", "images", title=f"demo thread {runner.thread_id}")
    for brief, result in view_lines:
        st = result.state
        action = st.decision.action if st.decision else "-"
        if result.status == "question":
            outcome = f"asked: {result.question}"
        elif st.refusal is not None:
            outcome = f"refused ({', '.join(st.refusal.categories) or st.refusal.stage})"
        else:
            # Escaped: "[pass]" would otherwise be read as rich markup and vanish.
            outcome = (
                ", ".join(escape(f"{i.action} {i.size} [{i.review}]") for i in st.images)
                or "replied"
            )
        images = "\n".join(rel(i.asset.path, out) for i in st.images)
        table.add_row(brief[:48], action, outcome, images)
    rows = services.ledger.rows(thread_id=runner.thread_id)
    cost = sum(r.cost_usd or 0.0 for r in rows)
    table.caption = (
        f"{len(rows)} model calls in the ledger ({settings.ledger_db.name}), "
        f"estimated cost ${cost:.4f}; checkpoints in {settings.checkpoint_db.name}"
    )
    return table, out
