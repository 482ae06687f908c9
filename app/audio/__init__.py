"""Parley's Qt-free audio engine: codecs, player, recorder, peaks."""
