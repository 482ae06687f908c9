"""Help → Keyboard shortcuts: every action of the window's menus with its keys, read from the
menus themselves (so the list cannot drift from what the keys do), and how the prompt sends."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shell.main_menu import menu_actions, plain


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action, keys as the menus show them ("" if none)."""
    rows = []
    for menu, action in menu_actions(window):
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        rows.append((menu, plain(action.text()), keys))
    return rows


class ShortcutsDialog(QDialog):
    """The window's keyboard shortcuts, by menu (see the module docstring)."""

    def __init__(
        self, window: QMainWindow, notes: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcutsList")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setRootIsDecorated(False)
        menus: dict[str, QTreeWidgetItem] = {}
        for menu, action, keys in shortcut_rows(window):
            group = menus.get(menu)
            if group is None:
                group = menus[menu] = QTreeWidgetItem(self.table, [menu, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(group, [action, keys])
        self.table.expandAll()
        self.table.resizeColumnToContents(0)
        self.notes = QLabel("\n".join(notes), self)
        self.notes.setObjectName("shortcutsNotes")
        self.notes.setAccessibleName(self.tr("More keys"))
        self.notes.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

    def listed(self) -> list[tuple[str, str]]:
        """(action, keys) as listed, in order."""
        out = []
        for i in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(i)
            assert group is not None
            for j in range(group.childCount()):
                item = group.child(j)
                assert item is not None
                out.append((item.text(0), item.text(1)))
        return out
