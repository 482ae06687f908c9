"""Parley: a desktop app for talking with audio-capable chat models."""

__version__ = "0.1.0"
