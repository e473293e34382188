"""Helpers the nodes share: reading assets as model inputs and emitting progress events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services
from memory.assets import AssetRef
from tools.images import InputImage

_MIME = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "webp": "image/webp"}


def input_image(services: Services, ref: AssetRef, name: str | None = None) -> InputImage:
    data = services.assets.read_bytes(ref.sha256)
    fmt = ref.format.lower()
    return InputImage(
        name=name or f"{ref.sha256[:12]}.{fmt}", data=data, mime=_MIME.get(fmt, "image/png")
    )


def emit(runtime: Runtime[Services], event: dict[str, Any]) -> None:
    """Send a custom stream event (partial images, progress) to whoever is streaming."""
    writer = runtime.stream_writer
    if writer is not None:
        writer(event)


def preview_saver(runtime: Runtime[Services], label: str) -> Any:
    """A callback that saves each partial image as an unreviewed preview and announces it."""
    services = runtime.context
    folder = services.settings.previews_dir / services.thread_id
    folder.mkdir(parents=True, exist_ok=True)

    def on_partial(index: int, data: bytes) -> None:
        path = folder / f"{label}-partial-{index}.png"
        tmp = path.with_suffix(".tmp")
        try:
            tmp.write_bytes(data)
            tmp.replace(path)
        except OSError:
            # A preview is a courtesy: a full disk must not fail the image call it previews.
            tmp.unlink(missing_ok=True)
            return
        emit(runtime, {"kind": "partial", "index": index, "path": str(path), "reviewed": False})

    return on_partial


def short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rel(path: str | Path, base: Path) -> str:
    try:
        return str(Path(path).relative_to(base))
    except ValueError:
        return str(path)
