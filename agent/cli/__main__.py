"""``python -m agent.cli`` runs the CLI."""

from agent.cli import main

main()
