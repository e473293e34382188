"""The embedded offline engine: an OpenAI-compatible ASGI app, its transport and server.

atelier reaches it in-process with ``offline_client(engine)``: the SDK client over
``sync_transport(engine.asgi_app)``, no socket.
"""

from .app import OfflineEngine
from .client import offline_client
from .fonts import fonts_missing
from .server import make_server, serve
from .transport import sync_transport

__all__ = [
    "OfflineEngine",
    "fonts_missing",
    "make_server",
    "offline_client",
    "serve",
    "sync_transport",
]
