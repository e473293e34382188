"""Studio: atelier's web page for the creative team, served by ``atelier web``.

One ASGI app (``agent.web.app``) over the same ``Runner`` the CLI drives: threads and their
turns streamed over SSE, masked edits painted in the page, finalize and export, the brand
library, the review queue, the cost panel and scripted sessions' reports. The front end is
plain HTML, CSS and JavaScript under ``static/``: no build step, nothing fetched from a CDN.

Importing this package loads nothing heavy; ``agent.web.app`` pulls in the graph, the SDK
and the stores, so the CLI imports it only inside the ``web`` command.
"""
