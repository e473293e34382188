"""The embedded offline engine: an OpenAI-compatible ASGI app, its transport and server.

atelier reaches it in-process with
``OpenAI(api_key="offline", base_url="http://offline.atelier/v1",
http_client=DefaultHttpx2Client(transport=sync_transport(engine.asgi_app)))``.
"""

from .app import OfflineEngine
from .fonts import fonts_missing
from .server import make_server, serve
from .transport import sync_transport

__all__ = ["OfflineEngine", "fonts_missing", "make_server", "serve", "sync_transport"]
