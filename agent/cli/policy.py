"""The content policy commands: show the rules in force and check a text against them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from agent.cli import app, console, guard, settings_from_env

if TYPE_CHECKING:
    from tools.policy import Policy

policy_app = typer.Typer(no_args_is_help=True, help="The content policy (rules in YAML).")
app.add_typer(policy_app, name="policy")


def _policy() -> Policy:
    # Imported here: its rule models cost every other command's start-up 20 ms.
    from tools.policy import load_policy

    settings = guard(settings_from_env)
    return guard(lambda: load_policy(settings.home))


@policy_app.command("show")
def policy_show() -> None:
    """List the rules in force and the files they come from."""
    policy = _policy()
    for source in policy.sources:
        console.print(f"from {source}", highlight=False)
    table = Table("id", "severity", "category", "explanation")
    for rule in policy.rules:
        table.add_row(rule.id, rule.severity, rule.category, " ".join(rule.explanation.split()))
    console.print(table)
    console.print(
        "copy the shipped file to $ATELIER_HOME/policy.yaml to change or add rules",
        highlight=False,
    )


@policy_app.command("check")
def policy_check(
    text: Annotated[str, typer.Argument(help="The brief or text to check.")],
) -> None:
    """Show which rules a text triggers (local rules only, no model call); exit 1 on block."""
    policy = _policy()
    # As a turn's screening reads it: with filter-dodging spellings undone too.
    result = policy.check_as_read(text)
    if not result.hits:
        console.print("pass: no policy rule fired", highlight=False)
        return
    for hit in result.hits:
        console.print(
            f"{hit.severity}: {hit.rule_id} ({hit.category}) matched "
            f"{', '.join(repr(e) for e in hit.evidence)}",
            highlight=False,
        )
        console.print(f"  {hit.explanation}", highlight=False)
        if hit.advice:
            console.print(f"  what to change: {hit.advice}", highlight=False)
    console.print(f"outcome: {result.outcome}", highlight=False)
    if result.outcome == "block":
        proposal = policy.propose(text)
        if proposal is not None:
            # The same proposal a refused turn offers (before moderation, which needs a model).
            console.print(f"proposed instead: {proposal}", highlight=False)
        raise typer.Exit(1)
