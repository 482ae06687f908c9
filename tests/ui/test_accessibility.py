"""Accessibility kept whole, in the real window: every control a user can reach has a name a
screen reader reads (from Qt's accessibility interface), Tab reaches the reply cards and Space
plays one on the real sound server, and talk mode's states and a reply's arrival are announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QWidget

from app.chat.reply_card import ReplyCard
from app.shell.wiring import AppParts
from tests.ui.conftest import reply_settled, type_and_send, until

pytestmark = pytest.mark.asyncio(loop_scope="session")


def named_by_parent(widget: QWidget) -> bool:
    """The editor inside a combo box or spin box: screen readers present the named box."""
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox | QAbstractSpinBox) and bool(spoken_name(parent))


def spoken_name(widget: QWidget) -> str:
    """What a screen reader calls ``widget`` (its accessible interface's name)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


async def test_every_control_a_user_can_reach_has_a_name(parley: AppParts) -> None:
    window = parley.window
    assert parley.talk is not None  # built behind the first frame
    type_and_send(parley, "Say 'names for everything'")
    await reply_settled(parley)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not spoken_name(w).strip()
        and not named_by_parent(w)
    ]
    assert unnamed == [], "\n".join(unnamed)
    # Buttons too, shown or not (a screen reader lists hidden ones, such as a search's clear).
    buttons = [b for b in window.findChildren(QAbstractButton) if not spoken_name(b).strip()]
    assert buttons == [], [f"{type(b).__name__} {b.objectName()!r}" for b in buttons]
    for action in window.menuBar().actions():
        assert action.text()


async def test_tab_reaches_the_reply_cards_and_space_plays_one(
    parley: AppParts, sound_server: None
) -> None:
    chat = parley.window.chat
    chat.controls.autoplay.setChecked(False)
    type_and_send(parley, "Say 'a reply to reach with the tab key and play with space'")
    card = await reply_settled(parley)
    await until(card.play_button.isEnabled, what="the reply's audio")
    parley.window.activateWindow()
    chat.composer.prompt.setFocus()
    visited: list[QWidget] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        if isinstance(focused, ReplyCard):
            break
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    else:
        pytest.fail(f"Tab never reached a reply: {[w.objectName() for w in visited]}")
    assert focused is card
    assert spoken_name(card).startswith("Reply in")
    QTest.keyClick(card, Qt.Key.Key_Space)
    await until(lambda: parley.playback.is_playing(card.key), what="playback to start")
    QTest.keyClick(card, Qt.Key.Key_Space)
    await until(lambda: not parley.playback.is_playing(card.key), what="pause")


async def test_a_reply_arriving_is_announced(parley: AppParts) -> None:
    heard: list[str] = []
    parley.window.ensure_announcer().announced.connect(heard.append)
    type_and_send(parley, "Say 'good news travels fast'")
    await reply_settled(parley)
    await until(lambda: heard, what="an announcement")
    assert heard == ["Reply received: good news travels fast"]


async def test_talk_mode_states_are_announced(parley: AppParts, microphone: str) -> None:
    window = parley.window
    heard: list[str] = []
    window.ensure_announcer().announced.connect(heard.append)
    window.toggle_talk()
    await until(lambda: "Listening" in heard, what="listening announced")
    assert heard[0] == "Talk mode on: speak, then pause."
    window.toggle_talk()
    await until(lambda: "Talk mode ended." in heard, what="the end announced")
