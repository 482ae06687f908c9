"""The scrolling list of turn cards, newest at the bottom."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


class ConversationView(QScrollArea):
    """Cards for each turn. Follows the newest turn while the user is at the bottom.

    Signals:
        load_earlier_requested(): the user asked to see turns above the first card.
        load_later_requested(int): the user asked to see the turns of a gap between cards (the
            gap's number, counting from the top, as given to ``set_gaps``).
    """

    load_earlier_requested = Signal()
    load_later_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self.setAccessibleName(self.tr("Conversation"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget(self)
        self._body.setObjectName("conversationBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(10)
        self.earlier_button = QPushButton(self._body)
        self.earlier_button.setObjectName("earlierButton")
        self.earlier_button.setAccessibleName(self.tr("Show earlier turns"))
        self.earlier_button.setVisible(False)
        self.earlier_button.clicked.connect(self.load_earlier_requested)
        self._gap_buttons: list[QPushButton] = []
        self.empty_label = QLabel(self._body)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._layout.addWidget(self.earlier_button)
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self._follow = True
        #: The card to keep in view while the cards around it are laid out (see ``scroll_to``).
        self._target: QWidget | None = None
        self._scrolling = False
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.setVisible(self.card_count() == 0 and bool(text))

    def cards(self) -> list[QWidget]:
        out: list[QWidget] = []
        for i in range(self._layout.count()):
            item = self._layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.property("card"):
                out.append(widget)
        return out

    def card_count(self) -> int:
        return len(self.cards())

    def add_card(self, card: QWidget) -> None:
        """Append a card at the bottom and keep it in view."""
        self._layout.insertWidget(self._layout.count() - 1, card)
        self.empty_label.setVisible(False)
        self._follow = True
        self._target = None

    def remove_cards(self, cards: list[QWidget]) -> None:
        """Tear down cards (the oldest, far above the view, when a conversation grows long)."""
        for card in cards:
            self._layout.removeWidget(card)
            card.deleteLater()

    def following(self) -> bool:
        """Whether the view follows the newest turn (the user is at the bottom)."""
        return self._follow and self._target is None

    def insert_cards(self, cards: list[QWidget], *, before: QWidget) -> None:
        """Put cards right above the card ``before`` (and below a gap's button there)."""
        index = self._layout.indexOf(before)
        for offset, card in enumerate(cards):
            self._layout.insertWidget(index + offset, card)
        self.empty_label.setVisible(False)

    def set_earlier_count(self, count: int) -> None:
        self.earlier_button.setText(self.tr("Show %n earlier turn(s)", "", count))
        self.earlier_button.setVisible(count > 0)

    def set_gaps(self, gaps: list[tuple[QWidget, int]]) -> None:
        """A "Show N later turns" button right above each given card, for the N turns between
        it and the card above that have no card yet. Top to bottom; replaces the earlier set."""
        while len(self._gap_buttons) > len(gaps):
            button = self._gap_buttons.pop()
            self._layout.removeWidget(button)
            button.deleteLater()
        for number, (below, count) in enumerate(gaps):
            if number == len(self._gap_buttons):
                button = QPushButton(self._body)
                button.setObjectName("laterButton")
                button.setAccessibleName(self.tr("Show later turns"))
                button.clicked.connect(
                    lambda _checked=False, n=number: self.load_later_requested.emit(n)
                )
                self._gap_buttons.append(button)
            button = self._gap_buttons[number]
            button.setText(self.tr("Show %n later turn(s)", "", count))
            self._layout.removeWidget(button)
            self._layout.insertWidget(self._layout.indexOf(below), button)

    def gap_buttons(self) -> list[QPushButton]:
        """The buttons of the gaps between cards, top to bottom."""
        return list(self._gap_buttons)

    def clear(self) -> None:
        for card in self.cards():
            self._layout.removeWidget(card)
            card.deleteLater()
        self.set_earlier_count(0)
        self.set_gaps([])
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self._target = None

    def scroll_to(self, card: QWidget) -> None:
        """Bring ``card`` into view, and keep it there while the cards just built are laid out
        (their heights are known only then), until the user scrolls."""
        self._target = card
        self._follow = False
        QTimer.singleShot(0, self._show_target)

    def _show_target(self) -> None:
        target = self._target
        if target is None:
            return
        self._scrolling = True
        try:
            self.ensureWidgetVisible(target, 0, 40)
        finally:
            self._scrolling = False

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if not self._scrolling:
            self._target = None  # the user scrolled: their place wins
        self._follow = self._target is None and value >= bar.maximum() - 24

    def _on_range_changed(self, _low: int, high: int) -> None:
        if self._target is not None:
            self._show_target()
        elif self._follow:
            self.verticalScrollBar().setValue(high)
