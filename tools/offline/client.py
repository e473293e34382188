"""The SDK client that reaches an offline engine in-process, through its ASGI transport."""

from __future__ import annotations

from typing import Any

import openai

from .app import OfflineEngine
from .transport import sync_transport

BASE_URL = "http://offline.atelier/v1"


def offline_client(engine: OfflineEngine, **options: Any) -> openai.OpenAI:
    """An ``openai.OpenAI`` whose requests go straight to ``engine`` (no socket).

    ``options`` are the client's own (``max_retries``, ``timeout``, ...).
    """
    return openai.OpenAI(
        api_key="offline",
        base_url=BASE_URL,
        http_client=openai.DefaultHttpx2Client(transport=sync_transport(engine.asgi_app)),
        **options,
    )
