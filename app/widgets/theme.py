"""Themes: follow the system, light or dark (Fusion style, a palette, Parley's stylesheet)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.runtime.resources import resource_path

THEMES = ("system", "light", "dark")
#: QApplication arguments that pick Parley's style (Fusion) as the application starts. Choosing it
#: there instead of with ``setStyle`` afterwards builds one style, not two, and no Python wrapper
#: for it (the wrapper's enums alone cost ~8 ms of start-up).
STYLE_ARGS = ("-style", "Fusion")
_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}

# (role, light, dark): colours chosen for contrast (text on base at least 7:1 in both).
_ROLES: tuple[tuple[QPalette.ColorRole, str, str], ...] = (
    (QPalette.ColorRole.Window, "#efeff2", "#202124"),
    (QPalette.ColorRole.WindowText, "#1d1d21", "#e8e8ec"),
    (QPalette.ColorRole.Base, "#ffffff", "#2b2c30"),
    (QPalette.ColorRole.AlternateBase, "#f4f4f7", "#33343a"),
    (QPalette.ColorRole.Text, "#1d1d21", "#ececf0"),
    (QPalette.ColorRole.PlaceholderText, "#6b6b75", "#a0a0aa"),
    (QPalette.ColorRole.Button, "#f7f7f9", "#3a3b41"),
    (QPalette.ColorRole.ButtonText, "#1d1d21", "#ececf0"),
    (QPalette.ColorRole.Highlight, "#4f5bd5", "#7c86ff"),
    (QPalette.ColorRole.HighlightedText, "#ffffff", "#101014"),
    (QPalette.ColorRole.ToolTipBase, "#ffffdc", "#3a3b41"),
    (QPalette.ColorRole.ToolTipText, "#1d1d21", "#ececf0"),
    (QPalette.ColorRole.Link, "#3d49c4", "#9aa2ff"),
    (QPalette.ColorRole.Mid, "#c9c9d1", "#4a4b52"),
    (QPalette.ColorRole.Midlight, "#dcdce2", "#404148"),
    (QPalette.ColorRole.Dark, "#9d9da8", "#17181a"),
    (QPalette.ColorRole.Light, "#ffffff", "#4f5058"),
)


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    for role, light_colour, dark_colour in _ROLES:
        colour = QColor(dark_colour if dark else light_colour)
        palette.setColor(QPalette.ColorGroup.All, role, colour)
        disabled = QColor(colour)
        disabled.setAlphaF(0.45)
        if role in (
            QPalette.ColorRole.Text,
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(app: QApplication, theme: str) -> bool:
    if theme in ("light", "dark"):
        return theme == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the chosen scheme ("system" follows the desktop's) with Parley's palette and
    stylesheet. The style itself (Fusion) is chosen when the application starts: ``STYLE_ARGS``."""
    hints = app.styleHints()
    scheme = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    if scheme == Qt.ColorScheme.Unknown:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(scheme)
    app.setPalette(palette_for(is_dark(app, theme)))
    qss = resource_path("qss", "parley.qss")
    app.setStyleSheet(qss.read_text(encoding="utf-8") if qss.exists() else "")
