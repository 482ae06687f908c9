"""A length of audio as the window shows it ("1:05"), in a module of its own so the composer's
first frame need not load the reply card's."""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    seconds = max(seconds, 0.0)
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"
