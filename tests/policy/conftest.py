"""Fixtures for policy tests: offline services and node runtimes, as in tests/agent."""

from __future__ import annotations

from tests.agent.conftest import events, runtime, services, settings

__all__ = ["events", "runtime", "services", "settings"]
