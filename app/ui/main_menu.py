"""The window's menus: every action reachable from the keyboard, with its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app import __version__

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    history = window.history
    new = history.on_new_clicked if history is not None else window.chat.new_conversation
    _action(window, file_menu, "&New conversation", new, "Ctrl+N")
    if history is not None:
        _action(
            window,
            file_menu,
            "&Export conversation…",
            history.export_conversation,
            "Ctrl+Shift+E",
        )
        _action(
            window,
            file_menu,
            "Export &selected replies…",
            lambda: history.export_conversation(selected_replies=True),
        )
    file_menu.addSeparator()
    _action(window, file_menu, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    edit = bar.addMenu("&Edit")
    _action(window, edit, "&Settings…", window.open_settings, "Ctrl+,")
    _action(window, edit, "Try the offline &demo", window.use_demo)
    view = bar.addMenu("&View")
    view.addAction(window.system_dock.toggleViewAction())
    if window.history_dock is not None:
        view.addAction(window.history_dock.toggleViewAction())
    _action(window, view, "Focus the &prompt", window.chat.composer.prompt.setFocus, "Ctrl+L")
    if window.has_compare():
        _action(window, view, "&Compare voices", window.show_compare, "Ctrl+K")
    help_menu = bar.addMenu("&Help")
    _action(window, help_menu, "&About Parley", lambda: show_about(window))


def _action(
    window: MainWindow, menu: QMenu, text: str, slot: Callable[[], object], shortcut: Any = None
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def show_about(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox  # loaded when first shown

    QMessageBox.about(
        window,
        "About Parley",
        f"<b>Parley {__version__}</b><p>Talk with audio-capable chat models.</p>"
        "<p>MIT licensed.</p>",
    )
