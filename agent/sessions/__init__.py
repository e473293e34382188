"""Scripted sessions: a YAML file of turns in; a transcript, assets and a report out.

``schema`` owns the file's format and loading, ``expect`` the expectation checks,
``transcript`` the records written out, ``run`` the driving of the turns.
"""
