"""The window's menus (every action reachable from the keyboard, with its shortcut) and docks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from app import __version__
from app.chat.panel import ChatPanel
from app.history.sidebar import HistorySidebar


class MenuHost(Protocol):
    """What the menus reach in the window (app.shell.main_window.MainWindow)."""

    chat: ChatPanel
    history: HistorySidebar | None
    system_dock: QDockWidget
    history_dock: QDockWidget | None

    def open_settings(self) -> None: ...

    def use_demo(self) -> None: ...

    def has_compare(self) -> bool: ...

    def show_compare(self) -> None: ...

    def ensure_compare(self) -> Any: ...


def add_dock(
    window: QMainWindow, title: str, name: str, widget: QWidget, *, left: bool = False
) -> QDockWidget:
    """``widget`` in a dock on the right (movable) or, with ``left``, the left (also closable)."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    features = QDockWidget.DockWidgetFeature.DockWidgetMovable
    if left:
        features |= QDockWidget.DockWidgetFeature.DockWidgetClosable
    dock.setFeatures(features)
    area = Qt.DockWidgetArea.LeftDockWidgetArea if left else Qt.DockWidgetArea.RightDockWidgetArea
    window.addDockWidget(area, dock)
    window.resizeDocks([dock], [260 if left else 300], Qt.Orientation.Horizontal)
    return dock


def build_menus(window: QMainWindow, host: MenuHost) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    history = host.history
    new = history.on_new_clicked if history is not None else host.chat.new_conversation
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
    _action(window, file_menu, "Export as &podcast…", lambda: open_podcast(window, host))
    if host.has_compare():
        _action(window, file_menu, "Narrate a &script…", lambda: open_narrate(window, host))
    file_menu.addSeparator()
    _action(window, file_menu, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    edit = bar.addMenu("&Edit")
    _action(window, edit, "&Settings…", host.open_settings, "Ctrl+,")
    _action(window, edit, "Try the offline &demo", host.use_demo)
    view = bar.addMenu("&View")
    view.addAction(host.system_dock.toggleViewAction())
    if host.history_dock is not None:
        view.addAction(host.history_dock.toggleViewAction())
    _action(window, view, "Focus the &prompt", host.chat.composer.prompt.setFocus, "Ctrl+L")
    if host.has_compare():
        _action(window, view, "&Compare voices", host.show_compare, "Ctrl+K")
    help_menu = bar.addMenu("&Help")
    _action(window, help_menu, "&About Parley", lambda: show_about(window))


def _action(
    window: QMainWindow, menu: QMenu, text: str, slot: Callable[[], object], shortcut: Any = None
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def open_podcast(window: QWidget, host: MenuHost) -> None:
    """The podcast export of the conversation on show (app.studio.podcast_dialog)."""
    shown = host.chat.conversation
    if not any(turn.audio is not None for turn in shown.turns):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            window,
            window.tr("Export as podcast"),
            window.tr("This conversation has no audio yet to make a podcast of."),
        )
        return
    from app.studio.podcast_dialog import PodcastDialog

    snapshot = replace(shown, turns=list(shown.turns))
    dialog = PodcastDialog(snapshot, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def open_narrate(window: QWidget, host: MenuHost) -> None:
    """File → Narrate a script, on the compare tab's endpoint and clip cache."""
    compare = host.ensure_compare()
    if compare is None:
        return
    from app.studio.narrate_dialog import NarrateDialog

    session = compare.session
    dialog = NarrateDialog(lambda: session.client, session.store, session.prices, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_about(window: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox  # loaded when first shown

    QMessageBox.about(
        window,
        "About Parley",
        f"<b>Parley {__version__}</b><p>Talk with audio-capable chat models.</p>"
        "<p>MIT licensed.</p>",
    )
