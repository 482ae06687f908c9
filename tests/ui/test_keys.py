"""The keys people expect, in the real window on the demo server: Enter sends, Shift+Enter makes
a new line, Ctrl+Enter also sends; "Send with Ctrl+Enter" swaps Enter's part; an input method's
Enter never sends; every menu action has its keys, and Help → Keyboard shortcuts lists them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.settings import Settings
from app.demo.server import DemoServer
from app.shell.main_menu import menu_actions, plain
from app.shell.wiring import AppParts
from tests.ui.conftest import reply_settled, until

pytestmark = pytest.mark.asyncio(loop_scope="session")

ENTER = Qt.Key.Key_Return
SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def sent_texts(server: DemoServer) -> list[str]:
    """The text of the last user message of each chat request the server got."""
    out = []
    for _method, path, body in server.requests:
        if not path.endswith("/chat/completions"):
            continue
        content: Any = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
        if isinstance(content, list):
            content = "".join(p.get("text", "") for p in content if p.get("type") == "text")
        out.append(content)
    return out


def typing(parts: AppParts, text: str, *keys: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    prompt = parts.window.chat.composer.prompt
    prompt.setFocus()
    QTest.keyClicks(prompt, text)
    for key, mods in keys:
        QTest.keyClick(prompt, key, mods)


async def test_enter_sends_and_shift_enter_makes_a_new_line(
    parley: AppParts, demo_server: DemoServer
) -> None:
    composer = parley.window.chat.composer
    assert "Enter sends, Shift+Enter makes a new line" in composer.prompt.placeholderText()
    before = len(sent_texts(demo_server))
    typing(parley, "First line", (ENTER, SHIFT))
    QTest.keyClicks(composer.prompt, "second line")
    assert composer.draft() == "First line\nsecond line"  # nothing sent yet
    assert len(sent_texts(demo_server)) == before
    QTest.keyClick(composer.prompt, ENTER)
    await reply_settled(parley)
    assert sent_texts(demo_server)[-1] == "First line\nsecond line"
    assert composer.draft() == ""
    # Ctrl+Enter sends too, and so does the keypad's Enter.
    typing(parley, "Say 'control'", (ENTER, CTRL))
    await until(lambda: sent_texts(demo_server)[-1] == "Say 'control'", what="the Ctrl+Enter send")
    await reply_settled(parley)
    typing(parley, "Say 'keypad'", (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier))
    await until(lambda: sent_texts(demo_server)[-1] == "Say 'keypad'", what="the keypad send")
    await reply_settled(parley)


async def test_send_with_ctrl_enter_makes_enter_a_new_line(
    parley: AppParts, demo_server: DemoServer, tmp_path: Path
) -> None:
    window = parley.window
    window.open_settings()
    await until(lambda: window._dialog is not None, what="the settings dialog")
    dialog = window._dialog
    assert dialog is not None
    assert not dialog.send_with_ctrl_enter.isChecked()
    assert dialog.send_with_ctrl_enter.accessibleName() == "Send with Ctrl+Enter"
    dialog.send_with_ctrl_enter.setChecked(True)
    dialog.accept()
    composer = window.chat.composer
    await until(lambda: composer.prompt.send_with_ctrl_enter, what="the setting to apply")
    assert "Ctrl+Enter sends, Enter makes a new line" in composer.prompt.placeholderText()
    saved = tmp_path / "settings.json"
    await until(
        lambda: json.loads(saved.read_text()).get("send_with_ctrl_enter") is True,
        what="the setting saved",
    )
    assert Settings.load(saved).send_with_ctrl_enter is True
    before = len(sent_texts(demo_server))
    typing(parley, "one", (ENTER, Qt.KeyboardModifier.NoModifier))
    QTest.keyClicks(composer.prompt, "two")
    assert composer.draft() == "one\ntwo"
    assert len(sent_texts(demo_server)) == before
    QTest.keyClick(composer.prompt, ENTER, CTRL)
    await reply_settled(parley)
    assert sent_texts(demo_server)[-1] == "one\ntwo"
    assert composer.draft() == ""


async def test_the_enter_that_commits_an_input_method_composition_does_not_send(
    parley: AppParts, demo_server: DemoServer
) -> None:
    composer = parley.window.chat.composer
    prompt = composer.prompt
    prompt.setFocus()
    before = len(sent_texts(demo_server))
    # Pinyin: "ni" is being composed; Enter picks the candidate and commits it.
    QApplication.sendEvent(prompt, QInputMethodEvent("ni", []))
    QTest.keyClick(prompt, ENTER)
    commit = QInputMethodEvent("", [])
    commit.setCommitString("你好")
    QApplication.sendEvent(prompt, commit)
    assert composer.draft() == "你好"
    assert len(sent_texts(demo_server)) == before
    QTest.keyClick(prompt, ENTER)  # the composition is over: this Enter sends
    await reply_settled(parley)
    assert sent_texts(demo_server)[-1] == "你好"


async def test_every_menu_action_has_distinct_keys_and_the_shortcuts_list_shows_them(
    parley: AppParts,
) -> None:
    window = parley.window
    actions = menu_actions(window)
    by_name = {plain(a.text()): (menu, a) for menu, a in actions}
    menu, talk = by_name["Talk hands-free"]
    assert menu == "Chat" and talk.shortcut() == QKeySequence("Ctrl+T")
    assert by_name["Stop the reply"][1].shortcut() == QKeySequence("Esc")
    assert by_name["Send"][1].shortcut() == QKeySequence("Ctrl+Return")
    assert by_name["Keyboard shortcuts"][0] == "Help"
    keys = [k.toString() for _m, a in actions for k in a.shortcuts()]
    assert len(keys) == len(set(keys)), "two actions share a key"
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    await until(dialog.isVisible, what="the shortcuts list")
    listed = dict(dialog.listed())
    for _menu, action in actions:  # every menu action, with the keys its menu shows
        shown = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        assert listed[plain(action.text())] == shown
    assert listed["Talk hands-free"] == "Ctrl+T"
    assert "Enter sends, Shift+Enter makes a new line" in dialog.notes.text()
    dialog.close()


async def test_ctrl_t_in_the_menu_starts_talk_mode(parley: AppParts, microphone: str) -> None:
    window = parley.window
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_T, CTRL)
    talk = parley.talk
    assert talk is not None
    await until(talk.bridge.is_active, what="talk mode")
    await until(window.menus.talk.isChecked, what="the menu to show it")
    assert window.menus.mute.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_Escape)  # Esc ends it
    await until(lambda: not talk.bridge.is_active(), what="talk mode to end")
    assert not window.menus.talk.isChecked() and not window.menus.mute.isEnabled()
