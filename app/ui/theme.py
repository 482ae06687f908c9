"""Themes: follow the system, light or dark (Fusion style plus Parley's stylesheet)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

THEMES = ("system", "light", "dark")
_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the Fusion style with the chosen colour scheme ("system" follows the desktop)."""
    app.setStyle("Fusion")
    hints = app.styleHints()
    scheme = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    if scheme == Qt.ColorScheme.Unknown:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(scheme)
    qss: Path = resource_path("qss", "parley.qss")
    app.setStyleSheet(qss.read_text(encoding="utf-8") if qss.exists() else "")
