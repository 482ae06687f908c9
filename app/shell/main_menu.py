"""The window's menus (every action reachable from the keyboard, with its shortcut) and docks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

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

    def toggle_talk(self) -> None: ...

    def stop(self) -> None: ...

    def toggle_mute(self) -> None: ...

    def show_shortcuts(self) -> None: ...

    def ensure_compare(self) -> Any: ...


@dataclass
class Menus:
    """The actions whose state follows the window's (talk mode on or off)."""

    send: QAction
    talk: QAction
    mute: QAction


def new_tabs(parent: QWidget, name: str) -> tuple[QTabWidget, QWidget]:
    """The window's tabs, and the widget to build a page in: their page stack (adding a page
    built there moves nothing; moving a built page re-applies the style sheet to all of it)."""
    tabs = QTabWidget(parent)
    tabs.setObjectName("mainTabs")
    tabs.setAccessibleName(name)
    stack = tabs.findChild(QStackedWidget)
    return tabs, stack if stack is not None else tabs


def new_dock(window: QMainWindow, title: str, name: str) -> QDockWidget:
    """A dock of ``window``, to build its widget in (then ``add_dock``)."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    return dock


def add_dock(
    window: QMainWindow, dock: QDockWidget, widget: QWidget, *, left: bool = False
) -> None:
    """``widget`` in ``dock`` on the right (movable) or, with ``left``, the left (also closable)."""
    dock.setWidget(widget)
    features = QDockWidget.DockWidgetFeature.DockWidgetMovable
    if left:
        features |= QDockWidget.DockWidgetFeature.DockWidgetClosable
    dock.setFeatures(features)
    area = Qt.DockWidgetArea.LeftDockWidgetArea if left else Qt.DockWidgetArea.RightDockWidgetArea
    window.addDockWidget(area, dock)
    window.resizeDocks([dock], [260 if left else 300], Qt.Orientation.Horizontal)


def build_menus(window: QMainWindow, host: MenuHost) -> Menus:
    """The menu bar; every action the window has is in it, with its shortcut (Help → Keyboard
    shortcuts lists them from here)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&File"))
    history = host.history
    new = history.on_new_clicked if history is not None else host.chat.new_conversation
    _action(
        window,
        file_menu,
        QCoreApplication.translate("MainMenu", "&New conversation"),
        new,
        "Ctrl+N",
    )
    if history is not None:
        _action(
            window,
            file_menu,
            QCoreApplication.translate("MainMenu", "&Export conversation…"),
            history.export_conversation,
            "Ctrl+Shift+E",
        )
        _action(
            window,
            file_menu,
            QCoreApplication.translate("MainMenu", "Export &selected replies…"),
            lambda: history.export_conversation(selected_replies=True),
        )
        file_menu.addSeparator()
        # The conversation picked in the history list; its keys work where the list has focus.
        for text, slot, keys in (
            (
                QCoreApplication.translate("MainMenu", "&Rename conversation…"),
                history.on_rename_clicked,
                QKeySequence("F2"),
            ),
            (
                QCoreApplication.translate("MainMenu", "&Delete conversation…"),
                history.on_delete_clicked,
                QKeySequence(QKeySequence.StandardKey.Delete),
            ),
        ):
            action = _action(window, file_menu, text, slot, keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            history.conversations.addAction(action)
    file_menu.addSeparator()
    _action(
        window,
        file_menu,
        QCoreApplication.translate("MainMenu", "Export as &podcast…"),
        lambda: open_podcast(window, host),
    )
    if host.has_compare():
        _action(
            window,
            file_menu,
            QCoreApplication.translate("MainMenu", "Narrate a &script…"),
            lambda: open_narrate(window, host),
        )
    file_menu.addSeparator()
    _action(
        window,
        file_menu,
        QCoreApplication.translate("MainMenu", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    edit = bar.addMenu(QCoreApplication.translate("MainMenu", "&Edit"))
    _action(
        window,
        edit,
        QCoreApplication.translate("MainMenu", "&Settings…"),
        host.open_settings,
        "Ctrl+,",
    )
    _action(
        window, edit, QCoreApplication.translate("MainMenu", "Try the offline &demo"), host.use_demo
    )
    chat_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&Chat"))
    composer = host.chat.composer
    send = _action(
        window,
        chat_menu,
        QCoreApplication.translate("MainMenu", "&Send"),
        composer.on_send_clicked,
        "Ctrl+Return",
    )
    # Ctrl+Enter sends what is written in the chat, not from the compare tab or a dock.
    send.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    send.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    host.chat.addAction(send)
    _action(
        window,
        chat_menu,
        QCoreApplication.translate("MainMenu", "St&op the reply"),
        host.stop,
        "Esc",
    )
    _action(
        window,
        chat_menu,
        QCoreApplication.translate("MainMenu", "&Record a voice message"),
        composer.on_mic_clicked,
    )
    chat_menu.addSeparator()
    talk = _action(
        window,
        chat_menu,
        QCoreApplication.translate("MainMenu", "&Talk hands-free"),
        host.toggle_talk,
        "Ctrl+T",
    )
    talk.setCheckable(True)
    mute = _action(
        window,
        chat_menu,
        QCoreApplication.translate("MainMenu", "&Mute the microphone"),
        host.toggle_mute,
        "M",
    )
    mute.setCheckable(True)
    mute.setEnabled(False)
    view = bar.addMenu(QCoreApplication.translate("MainMenu", "&View"))
    view.addAction(host.system_dock.toggleViewAction())
    if host.history_dock is not None:
        view.addAction(host.history_dock.toggleViewAction())
    _action(
        window,
        view,
        QCoreApplication.translate("MainMenu", "Focus the &prompt"),
        host.chat.composer.prompt.setFocus,
        "Ctrl+L",
    )
    if host.has_compare():
        _action(
            window,
            view,
            QCoreApplication.translate("MainMenu", "&Compare voices"),
            host.show_compare,
            "Ctrl+K",
        )
    help_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&Help"))
    _action(
        window,
        help_menu,
        QCoreApplication.translate("MainMenu", "&Keyboard shortcuts"),
        host.show_shortcuts,
        QKeySequence.StandardKey.HelpContents,
    )
    _action(
        window,
        help_menu,
        QCoreApplication.translate("MainMenu", "&About Parley"),
        lambda: show_about(window),
    )
    overflow = bar.findChild(QToolButton, "qt_menubar_ext_button")  # when the bar is too narrow
    if overflow is not None:
        overflow.setAccessibleName(QCoreApplication.translate("MainMenu", "More menus"))
    return Menus(send, talk, mute)


def menu_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """Every action in the window's menus, with the title of the menu it is in (in order)."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu) -> None:
        title = plain(menu.title())
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)
            elif not action.isSeparator() and action.text():
                found.append((title, action))

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu)
    return found


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&Quit" → "Quit", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


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
            QCoreApplication.translate("MainMenu", "Export as podcast"),
            QCoreApplication.translate(
                "MainMenu", "This conversation has no audio yet to make a podcast of."
            ),
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
        QCoreApplication.translate("MainMenu", "About Parley"),
        f"<b>Parley {__version__}</b>"
        + QCoreApplication.translate(
            "MainMenu", "<p>Talk with audio-capable chat models.</p><p>MIT licensed.</p>"
        ),
    )
