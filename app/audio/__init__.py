"""Parley's Qt-free audio engine: codecs, player, recorder, peaks, loudness.

Imports no PySide6 and nothing else of Parley: the bottom of the house."""
