"""Parley's Qt-free core: protocol, client, conversation, store, secrets, settings, catalog.

Imports no PySide6 and no Qt-side folder; may import app.audio (below it)."""
