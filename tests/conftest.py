"""Shared fixtures: no test reaches past loopback, and every test gets its own data dir.

Also the fixtures most tests use: offline settings and services (on an engine a test can
drive, see tests/helpers.py), node runtimes, runners, test images and a shared embedder.
"""

from __future__ import annotations

import base64
import io
import ipaddress
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from langgraph.runtime import Runtime
from PIL import Image

from agent.context import Services
from agent.runner import Runner
from core.settings import Settings
from memory.assets import AssetStore
from memory.db import Database, PostgresDatabase, SqliteDatabase
from memory.embeddings import MiniLMEmbedder
from tests.backends import (
    EMBEDDED_STORE_FILES,
    Backend,
    ChromaServer,
    postgres_schema,
    start_chroma,
    stop_chroma,
    use_servers,
)
from tests.helpers import ImageFactory, engine_of, image_bytes, offline_services
from tools.offline import OfflineEngine, offline_client

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection


def _is_loopback(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX paths stay on this machine
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetworkBlocked(RuntimeError):
    pass


def _guard(address: Any) -> None:
    if not _is_loopback(address):
        raise NetworkBlocked(f"test tried to reach {address!r}: only loopback is allowed")


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def connect(self: socket.socket, address: Any) -> None:
        _guard(address)
        _real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _guard(address)
        return _real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        _guard(address)
        return _real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    yield


@pytest.fixture(autouse=True)
def atelier_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "atelier-home"
    home.mkdir()
    monkeypatch.setenv("ATELIER_HOME", str(home))
    for var in (
        "OPENAI_API_KEY",
        "AZURE_OPENAI_ENDPOINT",
        "AZURE_OPENAI_API_KEY",
        "ATELIER_PROVIDER",
        "CHROMA_HOST",
        "CHROMA_PORT",
        "OPENAI_BASE_URL",
        "ATELIER_CHECKPOINT_URL",
        "ATELIER_LEDGER_URL",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    return home


@pytest.fixture(autouse=True)
def _work_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # atelier reads input files from the working directory; tests make theirs in tmp_path.
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def settings(atelier_home: Path, request: pytest.FixtureRequest) -> Settings:
    if "backend" in request.fixturenames:
        request.getfixturevalue("backend")  # the servers' URLs first, when the test has them
    if request.node.get_closest_marker("production") is not None:
        # Production controls: fast retries, no previews to wait for.
        return Settings(
            home=atelier_home,
            provider="offline",
            partial_images=0,
            max_retries=3,
            retry_base_s=0.001,
            retry_max_delay_s=0.01,
        )
    return Settings(home=atelier_home, provider="offline", partial_images=1)


@pytest.fixture
def services(settings: Settings, request: pytest.FixtureRequest) -> Services:
    production = request.node.get_closest_marker("production") is not None
    return offline_services(settings, thread_id="t-prod" if production else "t-test")


@pytest.fixture
def engine(services: Services) -> OfflineEngine:
    """The offline engine behind ``services``: the one a test makes fail."""
    return engine_of(services)


@pytest.fixture
def events() -> list[dict[str, Any]]:
    return []


@pytest.fixture
def runtime(services: Services, events: list[dict[str, Any]]) -> Runtime[Services]:
    return Runtime(context=services, stream_writer=events.append)


@pytest.fixture
def runners() -> Iterator[list[Runner]]:
    """Runners a test made, closed after it."""
    made: list[Runner] = []
    yield made
    for runner in made:
        runner.close()


@pytest.fixture
def runner_factory(settings: Settings, runners: list[Runner]) -> Callable[..., Runner]:
    def make(thread_id: str | None = None, services: Services | None = None) -> Runner:
        # Each runner on its own engine, as a new process would be, that a test can drive.
        services = services or offline_services(settings)
        runners.append(Runner(settings, thread_id=thread_id, services=services))
        return runners[-1]

    return make


@pytest.fixture
def make_image() -> ImageFactory:
    return image_bytes


@pytest.fixture
def write_image(tmp_path: Path) -> Callable[..., Path]:
    def write(name: str, **kw: object) -> Path:
        path = tmp_path / "inputs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(image_bytes(**kw))  # type: ignore[arg-type]
        return path

    return write


@pytest.fixture
def store(tmp_path: Path) -> AssetStore:
    return AssetStore(tmp_path / "data" / "assets")


@pytest.fixture(scope="session")
def embedder() -> MiniLMEmbedder:
    model = MiniLMEmbedder()
    model.warm_up()
    return model


@pytest.fixture
def make_runner(
    settings: Settings, services: Services, runners: list[Runner]
) -> Callable[..., Runner]:
    """Runners sharing ``services`` (so ``engine`` drives them), with settings overridden."""

    def make(thread_id: str = "t-prod", **overrides: Any) -> Runner:
        chosen = settings.model_copy(update=overrides) if overrides else settings
        services.settings = chosen
        runners.append(Runner(chosen, thread_id=thread_id, services=services))
        return runners[-1]

    return make


@pytest.fixture(scope="session")
def needs_tesseract() -> None:
    if shutil.which("tesseract") is None:
        pytest.fail("tesseract is not installed: apt-get install the packages in the README")


@pytest.fixture
def engine_image(atelier_home: Path) -> Callable[..., Image.Image]:
    """Images drawn by the offline engine through the SDK, as the graph gets them."""
    client = offline_client(OfflineEngine(atelier_home / "offline-engine"), max_retries=0)

    def make(prompt: str, size: str = "1024x1024") -> Image.Image:
        result = client.images.generate(model="gpt-image-2", prompt=prompt, size=size)
        assert result.data and result.data[0].b64_json
        return Image.open(io.BytesIO(base64.b64decode(result.data[0].b64_json))).convert("RGB")

    return make


@pytest.fixture
def engine_edit(atelier_home: Path) -> Callable[[Image.Image, Image.Image, str], Image.Image]:
    client = offline_client(OfflineEngine(atelier_home / "offline-engine"), max_retries=0)

    def edit(base: Image.Image, mask: Image.Image, prompt: str) -> Image.Image:
        def png(img: Image.Image) -> bytes:
            buffer = io.BytesIO()
            img.save(buffer, "PNG")
            return buffer.getvalue()

        result = client.images.edit(
            model="gpt-image-2",
            image=("base.png", png(base), "image/png"),
            mask=("mask.png", png(mask), "image/png"),
            prompt=prompt,
            size=f"{base.width}x{base.height}",
        )
        assert result.data and result.data[0].b64_json
        return Image.open(io.BytesIO(base64.b64decode(result.data[0].b64_json))).convert("RGB")

    return edit


# -- backends: embedded defaults and servers (tests/backends.py) -------------------------------


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """One Chroma server for the test session, on loopback; started on first use."""
    server = start_chroma(tmp_path_factory.mktemp("chroma-server"))
    yield server
    stop_chroma(server)


@pytest.fixture(params=["embedded", "servers"])
def backend(
    request: pytest.FixtureRequest, atelier_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Backend]:
    """Run the test on the embedded defaults and again on PostgreSQL plus a Chroma server.

    Request it before ``settings`` (or make it autouse in a module) so settings read the
    servers' URLs from the environment.
    """
    if request.param == "embedded":
        for var in ("ATELIER_CHECKPOINT_URL", "ATELIER_LEDGER_URL"):
            monkeypatch.delenv(var, raising=False)
        yield Backend("embedded")
        return
    chroma: ChromaServer = request.getfixturevalue("chroma_server")
    chroma.reset()
    tmp_path: Path = request.getfixturevalue("tmp_path")
    with postgres_schema() as url:
        use_servers(monkeypatch, url, chroma)
        yield Backend("servers", postgres_url=url, chroma=chroma)
        # Proof the run used the servers: no store fell back to a file of its own.
        local = sorted(
            str(p.relative_to(tmp_path))
            for name in EMBEDDED_STORE_FILES
            for p in tmp_path.rglob(name)
        )
        assert not local, f"the servers run wrote embedded stores: {local}"


StoreDb = Callable[[str, Path], Database]


@pytest.fixture(params=["sqlite", "postgres"])
def store_db(request: pytest.FixtureRequest) -> Iterator[StoreDb]:
    """Makes a small store's database: the SQLite file, or the store's tables in a fresh
    PostgreSQL schema; store tests that take it run on both engines."""
    if request.param == "sqlite":
        yield lambda label, path: SqliteDatabase(path, label=label)
        return
    with postgres_schema() as url:
        yield lambda label, path: PostgresDatabase(url, label=label)


# -- the backends' runs, counted in the test output ------------------------------------------

_BACKEND_RUNS: dict[str, dict[str, int]] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count each test that ran on a backend (``backend`` or ``store_db``), by outcome."""
    params = dict(getattr(report, "backend_params", {}) or {})
    # The call's report, or the setup's when the test never got to its call.
    counted = report.when == "call" or (report.when == "setup" and report.outcome != "passed")
    if not params or not counted:
        return
    for name in params.values():
        runs = _BACKEND_RUNS.setdefault(str(name), {"passed": 0, "failed": 0, "skipped": 0})
        runs[report.outcome] = runs.get(report.outcome, 0) + 1


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    callspec = getattr(item, "callspec", None)
    if callspec is not None:
        chosen = {k: v for k, v in callspec.params.items() if k in ("backend", "store_db")}
        report.backend_params = chosen  # type: ignore[attr-defined]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line per backend: the whole-session and store tests ran on each, none skipped."""
    if not _BACKEND_RUNS:
        return
    terminalreporter.section("backends")
    for name in sorted(_BACKEND_RUNS):
        runs = _BACKEND_RUNS[name]
        terminalreporter.write_line(
            f"{name}: {runs['passed']} passed, {runs['failed']} failed, {runs['skipped']} skipped"
        )
