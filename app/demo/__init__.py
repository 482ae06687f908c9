"""A local OpenAI-compatible Chat Completions server with audio output (demo and test double).

Imports no PySide6; may import core and audio."""
