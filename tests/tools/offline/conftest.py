"""Fixtures for the offline engine tests: an engine on a temp dir and SDK clients over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openai import DefaultHttpx2Client, OpenAI

from tools.offline import OfflineEngine, sync_transport


def make_client(engine: OfflineEngine, **kwargs: object) -> OpenAI:
    return OpenAI(
        api_key="offline",
        base_url="http://offline.atelier/v1",
        http_client=DefaultHttpx2Client(transport=sync_transport(engine.asgi_app)),
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "engine"
    path.mkdir()
    return path


@pytest.fixture
def engine(data_dir: Path) -> OfflineEngine:
    return OfflineEngine(data_dir)


@pytest.fixture
def client(engine: OfflineEngine) -> OpenAI:
    return make_client(engine, max_retries=0)
