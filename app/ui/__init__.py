"""Parley's widgets: one widget (and its small helpers) per file."""
