"""Parley's subcommands, one module each (see app.cli).

Import no PySide6 (the CLI runs without Qt); may import core, audio and demo."""
