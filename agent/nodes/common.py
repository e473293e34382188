"""Helpers the nodes share: reading assets as model inputs and emitting progress events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.runtime import Runtime

from agent.context import Services, listener
from agent.state import TurnState
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
    """Send an event (partial images, progress) to the run's listener, or else to whoever
    streams the run's "custom" mode."""
    handler = listener()
    if handler is not None:
        handler(event)
        return
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


def changes(state: TurnState, updates: dict[str, Any]) -> dict[str, Any]:
    """The ``updates`` that change ``state``: a field written with the value it holds costs
    a channel write and a checkpoint entry, and changes nothing."""
    return {key: value for key, value in updates.items() if getattr(state, key) != value}


def short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rel(path: str | Path, base: Path) -> str:
    try:
        return str(Path(path).relative_to(base))
    except ValueError:
        return str(path)
