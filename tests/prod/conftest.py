"""Fixtures for production-control tests: offline settings with tiny retry delays."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.context import Services, build_services
from agent.runner import Runner
from core.settings import Settings
from tools.client import engine_for


@pytest.fixture
def settings(atelier_home: Path) -> Settings:
    return Settings(
        home=atelier_home,
        provider="offline",
        partial_images=0,
        max_retries=3,
        retry_base_s=0.001,
        retry_max_delay_s=0.01,
    )


@pytest.fixture
def services(settings: Settings) -> Services:
    return build_services(settings, thread_id="t-prod")


@pytest.fixture
def engine(services: Services) -> Any:
    return engine_for(services.client)


@pytest.fixture
def make_runner(settings: Settings, services: Services) -> Iterator[Callable[..., Runner]]:
    made: list[Runner] = []

    def make(thread_id: str = "t-prod", **overrides: Any) -> Runner:
        chosen = settings.model_copy(update=overrides) if overrides else settings
        services.settings = chosen
        runner = Runner(chosen, thread_id=thread_id, services=services)
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.close()
