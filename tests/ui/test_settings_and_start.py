"""First run, settings and keys: the welcome offer, the demo, a key kept in the real OS keyring,
Test connection, the model list from /models, and Space on a reply."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.secrets import OSKeyStore
from app.demo.server import DemoServer
from app.settings.dialog import SettingsDialog
from app.shell.wiring import AppParts, create_app
from tests.ui.conftest import settings_for, until

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture
def keyring_service(os_keyring: None) -> Iterator[OSKeyStore]:
    """The real OS keyring, under a service name of this test's own (removed afterwards)."""
    store = OSKeyStore(service=f"parley-test-{uuid.uuid4().hex[:8]}")
    yield store
    for profile in ("Local", "Remote"):
        store.delete(profile)


def start(qapp: QApplication, tmp_path: Path, url: str, keys: OSKeyStore) -> AppParts:
    parts = create_app(
        qapp,
        settings_path=settings_for(tmp_path / "settings.json", url),
        data_dir=tmp_path / "data",
        keys=keys,
        env_key=None,
    )
    parts.window.show()
    parts.window.start()
    return parts


async def close(parts: AppParts) -> None:
    parts.window.close()
    await parts.shutdown()


async def test_first_run_without_a_key_offers_the_demo_and_it_works(
    qapp: QApplication, tmp_path: Path, keyring_service: OSKeyStore
) -> None:
    parts = start(qapp, tmp_path, "https://api.openai.com/v1", keyring_service)
    try:
        window = parts.window
        await until(window.welcome.isVisible, what="the welcome offer")
        assert not window.demo_banner.isVisible()
        QTest.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
        await until(window.demo_banner.isVisible, what="the demo banner")
        assert not window.welcome.isVisible()
        assert window.chat.controls.profile.currentText() == "Offline demo"
        assert "not a real model" in window.demo_banner.text()
        window.chat.send("Say 'the demo answers'")
        await until(lambda: window.chat.cards, what="a card")
        card = list(window.chat.cards.values())[-1]
        await until(lambda: card.transcript_text() == "the demo answers", what="the reply")
    finally:
        await close(parts)


async def test_a_key_entered_in_settings_goes_to_the_os_keyring_and_is_used(
    qapp: QApplication, tmp_path: Path, keyed_demo_server: DemoServer, keyring_service: OSKeyStore
) -> None:
    parts = start(qapp, tmp_path, keyed_demo_server.url, keyring_service)
    window = parts.window
    try:
        await until(lambda: parts.session.endpoint, what="connect")
        dialogs: list[SettingsDialog] = []
        window.open_settings()
        await until(lambda: window._dialog is not None, what="the settings dialog")
        dialog = window._dialog
        assert dialog is not None
        dialogs.append(dialog)
        assert "Secret Service" in dialog.key_note.text()
        dialog.key_edit.setText("sk-wrong-0000000000000")
        QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.test_result.text().startswith("✗"), what="a failed test")
        assert "key" in dialog.test_result.text().lower()
        assert "sk-wrong" not in dialog.test_result.text()
        dialog.key_edit.setText("sk-test-parley-0123456789")
        QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.test_result.text().startswith("✓"), what="a passed test")
        assert "Connected" in dialog.test_result.text()
        dialog.accept()
        await until(
            lambda: keyring_service.get("Local") == "sk-test-parley-0123456789",
            what="the key in the OS keyring",
        )
        assert "sk-test" not in (tmp_path / "settings.json").read_text()
        # the model picker lists what the endpoint's /models offers, once the key is in use
        await until(
            lambda: "gpt-4o-audio-preview-2025-06-03" in window.chat.controls.model_ids(),
            what="the endpoint's models",
        )
        window.chat.send("Say 'the key works'")
        await until(lambda: window.chat.cards, what="a card")
        card = list(window.chat.cards.values())[-1]
        await until(lambda: card.transcript_text() == "the key works", what="the reply")
    finally:
        await close(parts)


async def test_space_plays_and_pauses_the_focused_reply(
    parley: AppParts, sound_server: None
) -> None:
    chat = parley.window.chat
    chat.controls.autoplay.setChecked(False)
    chat.send("Say 'press space to hear this sentence spoken slowly and clearly'")
    await until(lambda: chat.cards, what="a card")
    card = list(chat.cards.values())[-1]
    await until(lambda: chat.slots[card.key].takes, what="the reply")
    assert not parley.playback.is_playing(card.key)
    await until(card.play_button.isEnabled, what="the reply's audio to load")
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Space)
    await until(lambda: parley.playback.is_playing(card.key), what="playback to start")
    assert card.play_button.accessibleName() == "Pause reply"
    QTest.keyClick(card, Qt.Key.Key_Space)
    await until(lambda: not parley.playback.is_playing(card.key), what="pause")
    assert card.play_button.accessibleName() == "Play reply"
