"""The history sidebar: conversations by last use (new, open, rename, delete) and full-text
search over prompts and transcripts that jumps to the matching turn. Store work goes through
:class:`app.history.bridge.HistoryBridge`; this widget only shows and asks."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.panel import BUSY_MESSAGE, ChatPanel
from app.core.conversation import Conversation, Usage
from app.core.costs import money, total
from app.history.bridge import HistoryBridge
from app.runtime.cost_text import estimate_text
from app.runtime.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.core.search import SearchHit
    from app.core.store import ConversationSummary
    from app.history.export_dialog import ConversationExportDialog

ID_ROLE = Qt.ItemDataRole.UserRole
#: The item's text without its cost (added when the usages are read).
BASE_ROLE = Qt.ItemDataRole.UserRole + 1
TURN_ROLE = Qt.ItemDataRole.UserRole + 1
#: Wait this long after the last key before searching (ms).
SEARCH_DELAY = 200
UNTITLED = QT_TRANSLATE_NOOP("HistorySidebar", "Untitled conversation")


def when(stamp: float, now: float | None = None) -> str:
    """A short "last used" time: the clock today, else the date."""
    now = time.time() if now is None else now
    local, today = time.localtime(stamp), time.localtime(now)
    if local[:3] == today[:3]:
        return time.strftime("%H:%M", local)
    return time.strftime("%Y-%m-%d", local)


class _Found(QObject):  # lupdate reads a plural form only from a tr() call
    def matches(self, shown: int) -> str:
        return self.tr("%n turn(s) match “{text}”.", "", shown)


def found_text(text: str, shown: int, total: int) -> str:
    """What a search found, in words: "First 100 of 2,431 turns match “tide”." when not all
    are listed."""
    if not shown:
        words = QCoreApplication.translate("HistorySidebar", "No turns match “{text}”.")
    elif total > shown:
        words = QCoreApplication.translate(
            "HistorySidebar", "First {shown} of {total} turns match “{text}”."
        )
    else:
        words = _Found().matches(shown)
    return words.format(text=text, shown=f"{shown:,}", total=f"{total:,}")


def snippet_html(snippet: str) -> str:
    """The search snippet (matches between \\x02 and \\x03) as escaped HTML with bold matches."""
    import html

    text = html.escape(" ".join(snippet.split()))
    return text.replace("\x02", "<b>").replace("\x03", "</b>")


class _List(QListWidget):
    """A list that reports Delete and F2 on the current item."""

    delete_pressed = Signal()
    rename_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        signal = {Qt.Key.Key_Delete: self.delete_pressed, Qt.Key.Key_F2: self.rename_pressed}
        if self.currentItem() is not None and event.key() in signal:
            signal[Qt.Key(event.key())].emit()
            return
        super().keyPressEvent(event)


class HistorySidebar(QWidget):
    """Saved conversations beside the chat.

    Signals:
        status(str): a message for the status bar.
    """

    status = Signal(str)

    def __init__(self, bridge: HistoryBridge, chat: ChatPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historySidebar")
        self.bridge, self.chat = bridge, chat
        self._titles: dict[int, str] = {}
        self.export_dialog: ConversationExportDialog | None = None

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("historySearch")
        self.search_box.setAccessibleName(self.tr("Search conversations"))
        self.search_box.setPlaceholderText(self.tr("Search prompts and transcripts"))
        self.search_box.setClearButtonEnabled(True)
        for clear in self.search_box.findChildren(QToolButton):  # its icon button: a name for
            clear.setAccessibleName(self.tr("Clear the search"))  # screen readers, not a text
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("newConversationButton")
        self.new_button.setAccessibleName(self.tr("New conversation"))
        self.new_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setObjectName("renameConversationButton")
        self.rename_button.setAccessibleName(self.tr("Rename conversation"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteConversationButton")
        self.delete_button.setAccessibleName(self.tr("Delete conversation"))
        self.conversations = _List(self)
        self.conversations.setObjectName("historyList")
        self.conversations.setAccessibleName(self.tr("Conversations, most recently used first"))
        self.conversations.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversations.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conversations.setUniformItemSizes(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setVisible(False)
        self.results_label = QLabel(self)
        self.results_label.setObjectName("searchSummary")
        self.results_label.setWordWrap(True)
        self.results_label.setVisible(False)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_box)
        layout.addLayout(buttons)
        layout.addWidget(self.results_label)
        layout.addWidget(self.conversations, 1)
        layout.addWidget(self.results, 1)

        self.search_box.textChanged.connect(self.on_search_text_changed)
        self.search_box.returnPressed.connect(self.on_search_timer_timeout)
        self._search_timer.timeout.connect(self.on_search_timer_timeout)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.rename_button.clicked.connect(self.on_rename_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.conversations.itemClicked.connect(self.on_conversation_chosen)
        self.conversations.itemActivated.connect(self.on_conversation_chosen)
        self.conversations.delete_pressed.connect(self.on_delete_clicked)
        self.conversations.rename_pressed.connect(self.on_rename_clicked)
        self.conversations.customContextMenuRequested.connect(self.on_context_menu_requested)
        self.conversations.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.results.itemClicked.connect(self.on_hit_chosen)
        self.results.itemActivated.connect(self.on_hit_chosen)
        bridge.listed.connect(self.on_bridge_listed)
        bridge.usages_listed.connect(self.on_bridge_usages)
        bridge.opened.connect(self.on_bridge_opened)
        bridge.found.connect(self.on_bridge_found)
        bridge.deleted.connect(self.on_bridge_deleted)
        bridge.problem.connect(self.status)
        chat.conversation_changed.connect(bridge.refresh)
        # A reply that failed still leaves its prompt (and maybe a new conversation) stored.
        chat.session.busy_changed.connect(lambda busy: None if busy else bridge.refresh())
        self._update_buttons()  # the list fills when the window starts (MainWindow.start)

    # Dialog hooks: tests replace these instead of patching QInputDialog / QMessageBox.
    def ask_title(self, current: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog  # dialogs load when first used

        title, ok = QInputDialog.getText(
            self, self.tr("Rename conversation"), self.tr("Title:"), text=current
        )
        return title.strip() if ok and title.strip() else None

    def confirm(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Parley"), question)
        return answer == QMessageBox.StandardButton.Yes

    # The list ------------------------------------------------------------------------------
    def on_bridge_listed(self, summaries: list[ConversationSummary]) -> None:
        chosen = self.selected_id()
        self._titles = {s.id: s.title for s in summaries}
        self.conversations.blockSignals(True)
        self.conversations.clear()
        for s in summaries:
            title = s.title or self.tr(UNTITLED)
            turns = self.tr("%n turn(s)", "", s.turn_count)
            item = QListWidgetItem(f"{title}\n{when(s.updated_at)} · {turns}")
            item.setData(ID_ROLE, s.id)
            item.setData(BASE_ROLE, item.text())
            item.setToolTip(title)
            self.conversations.addItem(item)
        self.conversations.blockSignals(False)
        self._select(self.chat.conversation_id if self.chat.conversation_id else chosen)

    def on_bridge_usages(self, usages: dict[int, list[tuple[str, Usage]]]) -> None:
        """Each conversation's estimated cost, beside its date and turns."""
        prices = self.chat.session.prices
        for n in range(self.conversations.count()):
            item = self.conversations.item(n)
            spent = total([prices.estimate(u, m) for m, u in usages.get(item.data(ID_ROLE), [])])
            if spent.usd is not None:
                item.setText(f"{item.data(BASE_ROLE)} · ≈ {money(spent.usd)}")
                item.setToolTip(
                    f"{self._titles.get(item.data(ID_ROLE), '')}\n{estimate_text(spent)}"
                )

    def conversation_ids(self) -> list[int]:
        """The listed conversations' ids, in the order shown."""
        items = (self.conversations.item(i) for i in range(self.conversations.count()))
        return [int(item.data(ID_ROLE)) for item in items if item is not None]

    def selected_id(self) -> int | None:
        item = self.conversations.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def title_of(self, conversation_id: int) -> str:
        return self._titles.get(conversation_id, "")

    def _select(self, conversation_id: int | None) -> None:
        self.conversations.blockSignals(True)
        self.conversations.setCurrentRow(-1)
        for i in range(self.conversations.count()):
            item = self.conversations.item(i)
            if item is not None and item.data(ID_ROLE) == conversation_id:
                self.conversations.setCurrentItem(item)
                break
        self.conversations.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.conversations.currentItem() is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _busy(self) -> bool:
        if self.chat.session.is_busy():
            self.status.emit(QCoreApplication.translate("ChatPanel", BUSY_MESSAGE))
            return True
        return False

    def on_new_clicked(self) -> None:
        if self._busy():
            return
        self.chat.new_conversation()
        self._select(None)
        self.chat.composer.prompt.setFocus()

    def on_conversation_chosen(self, item: QListWidgetItem) -> None:
        conversation_id = int(item.data(ID_ROLE))
        if conversation_id == self.chat.conversation_id or self._busy():
            self._select(self.chat.conversation_id)
            return
        self.bridge.open(conversation_id)

    def on_bridge_opened(self, conversation: Conversation, turn_id: int | None) -> None:
        self.chat.show_conversation(conversation)
        self._select(conversation.id)
        if turn_id is not None:
            self.chat.reveal_turn(turn_id)

    def on_rename_clicked(self) -> None:
        conversation_id = self.selected_id()
        if conversation_id is None:
            return
        title = self.ask_title(self._titles.get(conversation_id, ""))
        if title is not None:
            self.bridge.rename(conversation_id, title)

    def on_delete_clicked(self) -> None:
        conversation_id = self.selected_id()
        if conversation_id is None:
            return
        title = self._titles.get(conversation_id) or self.tr(UNTITLED)
        question = self.tr("Delete “{title}” and its audio for good? This cannot be undone.")
        question = question.format(title=title)
        if conversation_id == self.chat.conversation_id and self.chat.session.is_busy():
            self.status.emit(QCoreApplication.translate("ChatPanel", BUSY_MESSAGE))
            return
        if self.confirm(question):
            self.bridge.delete(conversation_id)

    def on_bridge_deleted(self, conversation_id: int) -> None:
        if conversation_id == self.chat.conversation_id:
            self.chat.new_conversation()
        self.status.emit(self.tr("The conversation was deleted."))

    def on_context_menu_requested(self, pos: QPoint) -> None:
        if self.conversations.itemAt(pos) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), self.on_rename_clicked)
        menu.addAction(self.tr("Delete"), self.on_delete_clicked)
        menu.exec(self.conversations.viewport().mapToGlobal(pos))

    # Search --------------------------------------------------------------------------------
    def on_search_text_changed(self, text: str) -> None:
        searching = bool(text.strip())
        self.conversations.setVisible(not searching)
        self.results.setVisible(searching)
        self.results_label.setVisible(searching)
        if searching:
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.results.clear()

    def on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if text:
            self.results_label.setText(self.tr("Searching…"))
            self.bridge.search(text)

    def on_bridge_found(self, text: str, hits: list[SearchHit], total: int) -> None:
        if text != self.search_box.text().strip():
            return  # an older search
        self.results.clear()
        self.results_label.setText(found_text(text, len(hits), total))
        import html  # with the first search, not at start-up

        for hit in hits:
            item = QListWidgetItem()
            item.setData(ID_ROLE, hit.conversation_id)
            item.setData(TURN_ROLE, hit.turn_id)
            title = html.escape(hit.title or self.tr(UNTITLED))
            turn = self.tr("turn {number}").format(number=hit.turn_number)
            label = QLabel(f"<b>{title}</b> · {turn}<br>{snippet_html(hit.snippet)}")
            label.setObjectName("searchHit")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setMargin(4)
            plain = " ".join(hit.snippet.replace("\x02", "").replace("\x03", "").split())
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{hit.title or self.tr(UNTITLED)}, {turn}: {plain}",
            )
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
            width = max(120, self.results.viewport().width() - 8)
            item.setSizeHint(QSize(width, label.heightForWidth(width)))

    def hit_texts(self) -> list[str]:
        """The search results as plain text ("title, turn n: snippet"), in the order shown."""
        items = (self.results.item(i) for i in range(self.results.count()))
        return [str(it.data(Qt.ItemDataRole.AccessibleTextRole)) for it in items if it is not None]

    def on_hit_chosen(self, item: QListWidgetItem) -> None:
        conversation_id, turn_id = int(item.data(ID_ROLE)), int(item.data(TURN_ROLE))
        if conversation_id == self.chat.conversation_id and self.chat.reveal_turn(turn_id):
            return
        if self._busy():
            return
        self.bridge.open(conversation_id, turn_id)

    # Export --------------------------------------------------------------------------------
    def export_conversation(self, *, selected_replies: bool = False) -> None:
        """Open the export dialog for the conversation on show (or its ticked replies)."""
        shown = self.chat.conversation
        if not shown.turns:
            self.status.emit(
                self.tr("There is nothing to export yet: this conversation has no turns.")
            )
            return
        if self.export_dialog is not None and self.bridge.is_exporting():
            self.export_dialog.raise_()
            return
        title = shown.title or self._titles.get(self.chat.conversation_id or 0, "")
        snapshot = Conversation(
            system_prompt=shown.system_prompt,
            turns=list(shown.turns),
            title=title,
            id=shown.id,
            created_at=shown.created_at,
            updated_at=shown.updated_at,
        )
        from app.history.export_dialog import ConversationExportDialog

        dialog = ConversationExportDialog(
            self.bridge, snapshot, selected_replies=selected_replies, parent=self.window()
        )
        dialog.finished.connect(lambda _result: self._export_closed(dialog))
        self.export_dialog = dialog
        dialog.open()

    def _export_closed(self, dialog: ConversationExportDialog) -> None:
        if self.export_dialog is dialog:
            self.export_dialog = None
        dialog.deleteLater()
