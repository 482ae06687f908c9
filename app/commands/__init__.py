"""Parley's subcommands, one module each (see app.cli)."""
