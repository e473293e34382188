"""Commands that run turns: chat, demo, and the offline engine server.

The graph, Chroma and the SDK take over a second to import, so nothing here imports them at
module level. An interactive chat on a new thread shows its prompt first and builds the runner
on a background thread, then warms up what the first turn needs (``agent.warmup``) while the
user types.
"""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.panel import Panel
from rich.prompt import Prompt

from agent import warmup
from agent.cli import app, console, err_console, guard, settings_from_env
from core.errors import AtelierError
from core.ids import new_thread_id

if TYPE_CHECKING:
    from agent.runner import Runner, TurnResult
    from core.settings import Settings

engine_app = typer.Typer(no_args_is_help=True, help="The embedded offline engine.")
app.add_typer(engine_app, name="engine")


class TurnView:
    """Renders a turn's events as they stream: decisions, image calls, partial images."""

    def __init__(self, out: Console, home: Path) -> None:
        self.out = out
        self.home = home

    def __call__(self, event: dict[str, Any]) -> None:
        kind = event.get("kind")
        if kind == "decision":
            d = event["decision"]
            action = d["action"]
            if action in ("generate", "edit"):
                detail = f"{d.get('size') or 'same size'} · quality {d['quality']}"
                if d.get("text"):
                    detail += f" · text {d['text']!r}"
                if d.get("reference_ids"):
                    detail += f" · references {', '.join(d['reference_ids'])}"
                self.out.print(f"[bold cyan]decision[/] {action}: {detail}")
            else:
                self.out.print(f"[bold cyan]decision[/] {action}")
        elif kind == "image_call":
            note = f" (size adjusted: {event['adjusted']})" if event.get("adjusted") else ""
            self.out.print(
                f"[cyan]image call[/] {event['surface']} {event['size']} {event['quality']}{note}"
            )
        elif kind == "partial":
            self.out.print(
                f"  [yellow]partial image {event['index'] + 1}[/] (unreviewed preview): "
                f"{event['path']}"
            )
        elif kind == "lookup":
            # The figures the answer will quote come from here: show where they were read.
            self.out.print(f"[cyan]looked up[/] {event['tool']}", highlight=False)


def _show_result(result: TurnResult) -> None:
    state = result.state
    if state.refusal is not None:
        console.print(Panel(result.message, title="refused", border_style="red"))
    elif result.status == "done":
        console.print(
            Panel(result.message or "Done.", title=f"turn {state.turn}", border_style="green")
        )


def _ask(result: TurnResult) -> str:
    console.print(Panel(result.question or "", title="question", border_style="yellow"))
    for i, option in enumerate(result.options, 1):
        console.print(f"  {i}. {option}")
    while True:
        raw = Prompt.ask("[yellow]answer[/]", console=console).strip()
        if raw.isdigit() and 1 <= int(raw) <= len(result.options):
            return result.options[int(raw) - 1]
        if raw:
            return raw
        console.print("[dim]an answer is needed; type it or pick a number[/]")


def _drive(
    runner: Runner, first: Callable[[], TurnResult], view: TurnView, interactive: bool
) -> TurnResult:
    with console.status("[dim]working…[/]"):
        result = first()
    while result.status == "question":
        if not interactive:
            console.print(Panel(result.question or "", title="question", border_style="yellow"))
            for i, option in enumerate(result.options, 1):
                console.print(f"  {i}. {option}")
            console.print(
                f'[dim]answer with: atelier chat --thread {runner.thread_id} --answer "..."[/]'
            )
            return result
        answer = _ask(result)
        with console.status("[dim]working…[/]"):
            result = runner.answer(answer, on_event=view)
    _show_result(result)
    if result.state.proposal:
        return _offer_proposal(runner, result, view, interactive)
    return result


def _offer_proposal(
    runner: Runner, result: TurnResult, view: TurnView, interactive: bool
) -> TurnResult:
    """A refused brief came with a rewrite that passes: make it on "yes"."""
    if not interactive:
        console.print(
            f"[dim]make the proposed brief with: atelier chat --thread {runner.thread_id} "
            f"--answer yes[/]"
        )
        return result
    from agent.runner import accepts

    reply = Prompt.ask("[yellow]make the proposed brief?[/] (yes/no)", console=console).strip()
    if not accepts(reply):
        return result
    return _drive(runner, lambda: runner.answer("yes", on_event=view), view, interactive)


@app.command()
def chat(
    brief: Annotated[
        str | None, typer.Argument(help="The brief; omit for an interactive chat.")
    ] = None,
    thread: Annotated[str | None, typer.Option(help="Continue this thread.")] = None,
    image: Annotated[
        list[Path] | None,
        typer.Option(
            "--image",
            "-i",
            help="Attach an image; repeat for several (at most 16, the mask's image first).",
        ),
    ] = None,
    mask: Annotated[Path | None, typer.Option(help="PNG mask for the first image.")] = None,
    size: Annotated[str | None, typer.Option(help="WxH or a preset name.")] = None,
    answer: Annotated[str | None, typer.Option(help="Answer the thread's open question.")] = None,
    provider: Annotated[str | None, typer.Option(help="offline, openai or azure.")] = None,
    session_budget: Annotated[
        float | None, typer.Option(help="USD this thread may spend on images.")
    ] = None,
    daily_budget: Annotated[
        float | None, typer.Option(help="USD all threads may spend today.")
    ] = None,
    allow_downgrade: Annotated[
        bool, typer.Option(help="Send at a cheaper quality instead of refusing over budget.")
    ] = False,
) -> None:
    """Talk to atelier: it generates, edits, or asks first."""
    settings = guard(
        lambda: settings_from_env(
            provider=provider,
            session_budget_usd=session_budget,
            daily_budget_usd=daily_budget,
            budget_downgrade=allow_downgrade or None,
        )
    )
    view = TurnView(console, settings.home)
    interactive = brief is None and answer is None and sys.stdin.isatty()
    if interactive and thread is None:
        _new_chat(settings, view, image or [], mask, size)
        return
    from agent.runner import Runner

    runner = guard(lambda: Runner(settings, thread_id=thread))
    console.print(
        f"[dim]thread {runner.thread_id} · provider {runner.services.provider} · "
        f"data {settings.home}[/]"
    )
    if interactive:
        warmup.start(runner.services)
    try:
        guard(
            lambda: _resumable(
                runner,
                lambda: _chat(runner, view, brief, image or [], mask, size, answer, interactive),
            )
        )
    except KeyboardInterrupt:
        err_console.print(
            f"\n[yellow]interrupted[/]: everything already saved is kept; resume with "
            f"`atelier chat --thread {runner.thread_id}`"
        )
        raise typer.Exit(130) from None
    finally:
        runner.close()


def _new_chat(
    settings: Settings, view: TurnView, images: list[Path], mask: Path | None, size: str | None
) -> None:
    """Interactive chat on a new thread: the prompt first, the runner built while the user
    types, then warm-up on the same background thread."""
    guard(settings.check)  # a missing key is reported now, not after the first brief
    thread_id = new_thread_id()
    console.print(
        f"[dim]thread {thread_id} · provider {settings.resolved_provider} · data {settings.home}[/]"
    )

    def make_runner() -> Runner:
        from agent.runner import Runner

        return Runner(settings, thread_id=thread_id)

    pending, _ = warmup.prepare(make_runner)
    try:
        guard(lambda: _repl(pending, view, images, mask, size))
    except KeyboardInterrupt:
        err_console.print(
            f"\n[yellow]interrupted[/]: everything already saved is kept; resume with "
            f"`atelier chat --thread {thread_id}`"
        )
        raise typer.Exit(130) from None
    finally:
        if pending.done() and pending.exception() is None:
            pending.result().close()


def _chat(
    runner: Runner,
    view: TurnView,
    brief: str | None,
    images: list[Path],
    mask: Path | None,
    size: str | None,
    answer: str | None,
    interactive: bool,
) -> None:
    from agent.runner import TurnResult

    if answer is not None:
        _drive(runner, lambda: runner.answer(answer, view), view, False)
        return
    open_question = runner.pending_question()
    if open_question is not None:
        waiting = TurnResult(
            "question", runner.state(), question=open_question[0], options=open_question[1]
        )
        if not (interactive or sys.stdin.isatty()):
            _drive(runner, lambda: waiting, view, False)
            return
        _drive(runner, lambda: runner.answer(_ask(waiting), view), view, True)
    elif runner.unfinished():
        console.print("[yellow]resuming the unfinished turn from its last checkpoint[/]")
        _drive(runner, lambda: runner.resume(view), view, sys.stdin.isatty())
    if brief is not None:
        _drive(
            runner,
            lambda: runner.turn(brief, images=images, mask=mask, size=size, on_event=view),
            view,
            sys.stdin.isatty(),
        )
    elif interactive:
        ready: Future[Runner] = Future()
        ready.set_result(runner)
        _repl(ready, view, images, mask, size)


def _repl(
    pending: Future[Runner],
    view: TurnView,
    images: list[Path],
    mask: Path | None,
    size: str | None,
) -> None:
    """Read briefs until /quit; ``pending`` gives the runner, which may still be being built
    when the first brief arrives (an error building it ends the chat)."""
    console.print("[dim]/image PATH, /mask PATH, /size WxH attach to the next brief; /quit ends[/]")
    while True:
        try:
            line = Prompt.ask("[bold]brief[/]", console=console).strip()
        except EOFError:
            return
        if not line:
            continue
        if line in ("/quit", "/exit"):
            return
        command, _, arg = line.partition(" ")
        if command == "/image":
            images.append(Path(arg.strip()))
            continue
        if command == "/mask":
            mask = Path(arg.strip())
            continue
        if command == "/size":
            size = arg.strip() or None
            continue
        if not pending.done():
            with console.status("[dim]starting…[/]"):
                pending.exception()
        runner = pending.result()
        try:
            start = functools.partial(
                runner.turn, line, images=list(images), mask=mask, size=size, on_event=view
            )
            _resumable(runner, functools.partial(_drive, runner, start, view, True))
        except AtelierError as err:
            err_console.print(f"[bold red]error:[/] {err.one_line()}", highlight=False)
        images, mask, size = [], None, None


def _resumable(runner: Runner, fn: Callable[[], object]) -> None:
    """Run ``fn``; when a turn stops part-way on an error (an outage, a full disk), the
    error's one line also says how to finish it: nothing saved so far is lost."""
    try:
        fn()
    except AtelierError as err:
        stopped = False
        # The store itself may be what failed: the first error is the one to show.
        with contextlib.suppress(AtelierError):
            stopped = runner.unfinished()
        resume = f"atelier chat --thread {runner.thread_id}"
        if stopped and resume not in err.one_line():
            finish = f"the turn stopped part-way; finish it with `{resume}`"
            err.hint = f"{err.hint}; {finish}" if err.hint else finish
        raise


@app.command()
def demo(
    out: Annotated[Path, typer.Option(help="Folder for the demo's data.")] = Path("atelier-demo"),
) -> None:
    """Run a scripted offline session end to end and summarise it."""
    from agent.demo import run_demo

    table, folder = guard(lambda: run_demo(out, console))
    console.print(table)
    console.print(f"[bold]output folder:[/] {folder}")


@engine_app.command("serve")
def engine_serve(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8000,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
) -> None:
    """Serve the offline engine for any OpenAI client (base URL http://HOST:PORT/v1)."""
    from tools.offline import serve

    settings = guard(settings_from_env)
    console.print(f"offline engine on http://{host}:{port}/v1 (data {settings.engine_dir})")
    serve(settings.engine_dir, host=host, port=port, latency=settings.offline_latency)
