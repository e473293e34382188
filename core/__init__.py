"""The bottom layer: the error tree, the settings and the records every layer shares.

Nothing here imports another atelier package, so ``agent/``, ``tools/``, ``memory/`` and
``prompts/`` can all reach it and imports only ever go down.
"""
