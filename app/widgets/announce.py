"""Short spoken notes for screen readers: what changed where the user is not looking (talk
mode's state, a reply that arrived), sent as Qt accessibility announcements (AT-SPI's
``object:announcement``, which Orca reads out politely)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    """Sends announcements on behalf of ``source`` (the widget a screen reader attributes them to).

    Signals:
        announced(str): a message was sent to assistive technologies (also when none listens).
    """

    announced = Signal(str)

    def __init__(self, source: QWidget) -> None:
        super().__init__(source)
        self.setObjectName("announcer")
        self._source = source
        self._last = ""

    def __repr__(self) -> str:
        return f"<Announcer last={self._last!r}>"

    @Slot(str)
    def say(self, text: str) -> None:
        """Announce ``text`` (nothing for an empty text or the same text twice in a row)."""
        text = text.strip()
        if not text or text == self._last:
            return
        self._last = text
        event = QAccessibleAnnouncementEvent(self._source, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)

    def forget(self) -> None:
        """The next message is said even if it repeats the last one."""
        self._last = ""
