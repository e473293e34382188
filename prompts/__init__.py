"""Prompt text and the wire formats atelier shows to models: constants and templates only."""
