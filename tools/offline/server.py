"""Serving the engine on a TCP port for any OpenAI client (``atelier engine serve``)."""

from __future__ import annotations

from pathlib import Path

import uvicorn

from .app import OfflineEngine


def make_server(
    data_dir: Path, host: str = "127.0.0.1", port: int = 8000, latency: str = "none"
) -> uvicorn.Server:
    engine = OfflineEngine(Path(data_dir), latency=latency)
    config = uvicorn.Config(engine.asgi_app, host=host, port=port, log_level="warning")
    return uvicorn.Server(config)


def serve(data_dir: Path, host: str = "127.0.0.1", port: int = 8000, latency: str = "none") -> None:
    """Run a uvicorn server for the engine over ``data_dir`` until interrupted."""
    make_server(data_dir, host, port, latency).run()
