"""Fixtures for Studio tests: the app served on loopback by uvicorn in a thread, and Debian's
Chromium driven by Playwright with a fresh profile and nothing that phones home."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from agent.web.app import StudioApp, create_app
from core.settings import Settings
from tests.backends import free_port
from tests.helpers import CHROMIUM, CHROMIUM_ARGS

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

TOKEN = "studio-test-token-0123456789"


@dataclass
class Served:
    url: str
    app: StudioApp
    settings: Settings
    host: str
    port: int


class Serving:
    """uvicorn running one app on a thread; ``stop`` waits for it to shut down."""

    def __init__(self, app: Any, host: str, port: int) -> None:
        import uvicorn

        config = uvicorn.Config(
            app, host=host, port=port, log_level="warning", access_log=False, lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start on {host}:{port}")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture
def serve(settings: Settings) -> Iterator[Callable[..., Served]]:
    """Serve a Studio over ``settings`` (optionally with a token, on another loopback host)."""
    running: list[tuple[Serving, StudioApp]] = []

    def start(*, token: str | None = None, host: str = "127.0.0.1", **kw: Any) -> Served:
        app = create_app(settings, token=token, **kw)
        port = free_port(host)
        running.append((Serving(app, host, port), app))
        return Served(f"http://{host}:{port}", app, settings, host, port)

    yield start
    for serving, app in running:
        serving.stop()
        app.close()


@pytest.fixture
def studio(serve: Callable[..., Served]) -> Served:
    return serve()


@pytest.fixture
def browser_context(tmp_path: Path) -> Iterator[BrowserContext]:
    """A fresh Chromium profile per test; failing, not skipping, when there is no browser."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright is not installed: pip install -e '.[dev]' (the dev extras)")
    if shutil.which(CHROMIUM) is None:
        pytest.fail(
            f"{CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium "
            "(it is in .ci/debian-packages.txt)"
        )
    profile = tmp_path / "chromium-profile"
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
            accept_downloads=False,
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser_context: BrowserContext) -> Iterator[Page]:
    page = browser_context.pages[0] if browser_context.pages else browser_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.set_default_timeout(90_000)
    yield page
    assert errors == [], f"the page raised: {errors}"


@pytest.fixture
def shots(tmp_path: Path) -> Callable[[Page, str], Path]:
    folder = tmp_path / "screenshots"
    folder.mkdir()

    def shot(page: Page, name: str) -> Path:
        path = folder / f"{name}.png"
        page.screenshot(path=str(path))
        return path

    return shot
