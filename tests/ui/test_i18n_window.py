"""The window in the user's language: every word on its buttons, labels, tabs and menus is
translated in each shipped language; German's long words fit; and bad luck (a missing or broken
translation file, a locale Parley does not ship) gives the English window, never empty labels."""

from __future__ import annotations

import contextlib
import html
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QTabBar, QWidget

from app.core.secrets import SessionKeyStore
from app.demo.server import DemoServer
from app.runtime.i18n import SHIPPED, Translations, i18n_dir, pick_language
from app.shell.wiring import AppParts, create_app
from tests.ui.conftest import reply_settled, settings_for, type_and_send, until

pytestmark = pytest.mark.asyncio(loop_scope="session")

#: Words that are names, not English: Parley, models, voices, formats, units, keys, protocols.
NAMES = {
    "parley", "gpt", "audio", "mini", "preview", "alloy", "ash", "ballad", "coral", "echo",
    "fable", "nova", "onyx", "sage", "shimmer", "verse", "marin", "cedar", "wav", "mp3", "flac",
    "opus", "pcm", "pcm16", "aac", "ogg", "zip", "ctrl", "esc", "space", "enter", "api", "url",
    "http", "https", "openai", "local", "tokens", "usd", "kb", "mb", "khz", "ms",
}  # fmt: skip
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def _plain(text: str) -> str:
    """What a reader sees: no accelerator marks, no rich-text tags."""
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text).replace("&&", "&").replace("&", "")


def _untranslated(lang: str) -> set[str]:
    """The English sources whose translation in ``lang`` differs from them (so seeing one of
    them on screen means a string was not translated)."""
    root = ET.parse(i18n_dir() / f"parley_{lang}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if text and text != source and "{" not in source and "%n" not in source:
            found.add(_plain(source).strip())
    return found


def _shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible button, label, tab, menu and menu action."""
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text():
            yield f"button {button.objectName()}", button.text()
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text() and label.objectName() != "userText":
            yield f"label {label.objectName()}", label.text()
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            yield "tab", bar.tabText(i)
    menus = [a.menu() for a in window.menuBar().actions()]  # type: ignore[attr-defined]
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        yield "menu", action.text()
    for menu in menus:
        if isinstance(menu, QMenu):
            for action in menu.actions():
                if not action.isSeparator():
                    yield f"menu {menu.title()}", action.text()


def _accessible_names(window: QWidget) -> Iterator[tuple[str, str]]:
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and widget.accessibleName():
            yield widget.objectName(), widget.accessibleName()


async def _open(
    qapp: QApplication, demo_server: DemoServer, tmp_path: Path, prompt: str = ""
) -> AppParts:
    keys = SessionKeyStore()
    keys.set("Local", "sk-test-parley-0123456789")
    parts = create_app(
        qapp,
        settings_path=settings_for(tmp_path / "settings.json", demo_server.url, autoplay=False),
        data_dir=tmp_path / "data",
        keys=keys,
        env_key=None,
    )
    parts.window.resize(1200, 780)
    parts.window.show()
    parts.window.start()
    await until(lambda: parts.session.endpoint, what="the session to connect")
    if prompt:
        type_and_send(parts, prompt)
        await reply_settled(parts)
    return parts


async def _close(parts: AppParts) -> None:
    parts.window.close()
    await parts.shutdown()
    parts.window.deleteLater()


@pytest.mark.parametrize("lang", list(SHIPPED))
async def test_the_window_shows_no_english_in_a_shipped_language(
    lang: str,
    qapp: QApplication,
    translations: Translations,
    demo_server: DemoServer,
    tmp_path: Path,
) -> None:
    assert translations.install(qapp, lang) == lang
    try:
        parts = await _open(qapp, demo_server, tmp_path, prompt="Hi")
        try:
            window = parts.window
            untranslated = _untranslated(lang)
            shown = list(_shown_texts(window))
            assert len(shown) > 40
            for where, text in shown:
                plain = _plain(text).strip()
                assert plain, f"{where}: empty"
                assert plain not in untranslated, f"{where}: {text!r} is not translated"
                if lang in ("zh_CN", "ja"):  # no Latin words but names
                    english = [w for w in ENGLISH_WORD.findall(plain) if w.lower() not in NAMES]
                    assert not english, f"{where}: {text!r} has English words {english}"
            # Accessible names stay set, and are in the window's language too.
            names = list(_accessible_names(window))
            assert len(names) > 30
            for name, accessible in names:
                assert _plain(accessible).strip() not in untranslated, (name, accessible)
        finally:
            await _close(parts)
    finally:
        translations.install(qapp, "en")


def _clipped(window: QWidget) -> list[tuple[str, str, int]]:
    """Visible buttons, one-line labels and tabs narrower than their text needs."""
    clipped = []
    for button in window.findChildren(QAbstractButton):
        shown = button.isVisibleTo(window) and button.text()
        if shown and button.width() < button.minimumSizeHint().width():
            clipped.append((button.objectName(), button.text(), button.width()))
    for label in window.findChildren(QLabel):
        one_line = label.isVisibleTo(window) and label.text() and not label.wordWrap()
        if one_line and label.width() < label.minimumSizeHint().width():
            clipped.append((label.objectName(), label.text(), label.width()))
    for bar in window.findChildren(QTabBar):
        metrics = QFontMetrics(bar.font())
        for i in range(bar.count()):
            needed = metrics.horizontalAdvance(bar.tabText(i).replace("&", ""))
            if bar.tabRect(i).width() < needed:
                clipped.append(("tab", bar.tabText(i), bar.tabRect(i).width()))
    return clipped


@pytest.mark.parametrize("lang", ["de", "es", "ja", "zh_CN"])
async def test_long_words_fit_the_window_at_its_minimum_size(
    lang: str,
    qapp: QApplication,
    translations: Translations,
    demo_server: DemoServer,
    tmp_path: Path,
) -> None:
    """German first: its long words. The window at its smallest still fits a 1280x800 screen
    with the chat and the compare tab, and no button, label or tab is cut short there."""
    assert translations.install(qapp, lang) == lang
    try:
        parts = await _open(qapp, demo_server, tmp_path, prompt="Hallo")
        try:
            window = parts.window
            window.demo_banner.setVisible(True)  # as with the offline demo: one line above all
            for tab in (0, 1):
                window.tabs.setCurrentIndex(tab)
                page = window.tabs.currentWidget()
                panel = window.chat if tab == 0 else window.compare
                await until(lambda p=panel: p is not None and p.isVisible())
                # The compare panel is built on its first show: wait for the window's layout
                # to take its size in.
                central = window.centralWidget()
                await until(
                    lambda p=page, c=central: (
                        c.minimumSizeHint().width() >= p.minimumSizeHint().width()
                    )
                )
                smallest = window.minimumSizeHint()
                assert smallest.width() <= 1280 and smallest.height() <= 800, (tab, smallest)
                window.resize(smallest)
                await until(lambda s=smallest: window.width() <= max(s.width(), 1280))
                # The layout settles after the resize; a text cut short stays cut short.
                with contextlib.suppress(pytest.fail.Exception):
                    await until(lambda: not _clipped(window), timeout=3, what="the layout")
                assert not _clipped(window), (tab, _clipped(window))
        finally:
            await _close(parts)
    finally:
        translations.install(qapp, "en")


@pytest.mark.parametrize("damage", ["missing", "broken"])
async def test_a_missing_or_broken_translation_gives_the_english_window_and_one_log_line(
    *,
    damage: str,
    qapp: QApplication,
    translations: Translations,
    demo_server: DemoServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    if damage == "broken":
        (folder / "parley_de.qm").write_bytes(b"not a translation file at all")
    with caplog.at_level(logging.DEBUG, logger="app.runtime.i18n"):
        assert translations.install(qapp, "de", folder=folder) == "en"
    said = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert len(said) == 1 and "parley_de.qm" in said[0].getMessage(), said
    try:
        parts = await _open(qapp, demo_server, tmp_path)
        try:
            window = parts.window
            assert window.chat.composer.send_button.text() == "Send"
            for where, text in _shown_texts(window):
                assert _plain(text).strip(), f"{where}: empty"
        finally:
            await _close(parts)
    finally:
        translations.install(qapp, "en")


async def test_a_locale_parley_does_not_ship_gives_english_with_one_log_line(
    qapp: QApplication, translations: Translations, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="app.runtime.i18n"):
        assert translations.install(qapp, ui_languages=["fr-FR", "fr"]) == "en"
    said = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert len(said) == 1 and "fr" in said[0].getMessage(), said
    assert qapp.translate("ConversationView", "Show %n earlier turn(s)", "", 2) == (
        "Show 2 earlier turns"
    )
    translations.install(qapp, "en")


async def test_the_system_language_picks_the_shipped_translation() -> None:
    assert pick_language("", ["zh-CN", "en-US"]) == "zh_CN"
    assert pick_language("", ["zh-Hans-SG"]) == "zh_CN"
    assert pick_language("", ["zh-TW", "en"]) == "en"  # Traditional Chinese is not shipped
    assert pick_language("", ["de-AT", "de"]) == "de"
    assert pick_language("", ["es-419"]) == "es"
    assert pick_language("", ["ja-JP"]) == "ja"
    assert pick_language("", ["fr-FR", "de-DE"]) == "de"
    assert pick_language("", ["en-GB", "de-DE"]) == "en"
    assert pick_language("", ["C"]) == "en"
    assert pick_language("ja", ["de-DE"]) == "ja"  # Settings → Language wins
    assert pick_language("xx", ["de-DE"]) == "en"  # a setting Parley does not ship


async def test_the_window_words_core_errors_as_the_command_line_does_in_english() -> None:
    """The window's (translatable) sentences for core's typed errors say in English exactly what
    core's own sentences say, the server's words and the key's redaction included."""
    from app.audio import devices
    from app.audio.devices import AudioDevice
    from app.core import errors as e
    from app.core.reply import Reply
    from app.core.secrets import KeyringUnavailable
    from app.core.talk.realtime_wire import RealtimeFailure
    from app.runtime.error_text import error_text
    from app.runtime.talk_text import REALTIME

    partial = Reply(transcript="Once upon", partial=True)
    cases: list[e.ParleyError] = [
        e.InsecureEndpoint("example.com"),
        e.NetworkError("example.com", "connection refused"),
        e.RequestTimeout("example.com", 30, "answer"),
        e.RequestTimeout("example.com", None, "accept a connection"),
        e.RequestTimeout("example.com", 120, "send the whole reply"),
        e.MalformedResponse("a reply without choices"),
        e.StreamCut("the connection closed in the middle of the reply"),
        e.StreamCut("the stream ended", partial=partial),
        e.error_for(401, {"error": {"message": "Incorrect API key provided: sk-abcd****wxyz"}}),
        e.error_for(401, {"error": {"message": "User not found."}}),
        e.error_for(401, {}),
        e.error_for(404, {"error": {"code": "model_not_found"}}, model="gpt-4o-audio-preview"),
        e.error_for(404, {"error": {"code": "model_not_found", "message": "no"}}, model="x-1"),
        e.error_for(403, {"error": {"message": "Forbidden"}}, model="gpt-audio"),
        e.error_for(403, {"error": {"message": "Forbidden {sic}"}}),
        e.error_for(400, {"error": {"message": "Bad voice.", "param": "audio.voice"}}),
        e.error_for(404, {"error": {"message": "Nope"}}),
        e.error_for(429, {"error": {"message": "Slow down", "code": "rate_limit_exceeded"}}),
        e.error_for(429, {"error": {"message": "Pay up", "code": "insufficient_quota"}}),
        e.error_for(503, {"error": {"message": ""}}),
        e.error_for(418, {"error": {"message": "teapot"}}),
        e.error_for(None, {"error": {"message": "boom", "type": "server_error"}}),
        KeyringUnavailable("no system keyring is available"),
    ]
    for err in cases:
        assert error_text(err) == err.user_message, err
    device = AudioDevice(3, "USB Headset", "ALSA", 2, 48000, False)
    sounds = [
        devices.device_error(OSError("x"), device, "play sound"),
        devices.device_error(OSError("x"), None, "record from the microphone"),
        devices.device_error(OSError("x"), device, "listen to the microphone"),
    ]
    sounds.append(devices.AudioDeviceError("Something else."))  # no kind: its own words
    for direction in ("output", "input"):
        try:
            devices.find_device("no such device at all", direction)  # type: ignore[arg-type]
        except devices.AudioDeviceError as exc:
            sounds.append(exc)
    # Talk mode's: the listener's failures and a Realtime session's.
    sounds += [
        devices.AudioDeviceError(
            "The microphone “USB Headset” went away (unplugged or switched off); the sound "
            "server now offers “Monitor of Built-in Audio”.",
            "mic_gone",
            name="USB Headset",
            now="Monitor of Built-in Audio",
        ),
        devices.AudioDeviceError(
            "The sound server went away, and the microphone “USB Headset” with it (stopped or "
            "restarting).",
            "server_gone",
            name="USB Headset",
        ),
        devices.AudioDeviceError(
            "Listening stopped: the stream broke", "listen_failed", reason="the stream broke"
        ),
    ]
    for sound in sounds:
        assert error_text(sound) == str(sound), sound
    for kind in REALTIME:
        failure = RealtimeFailure(kind, "the server's words", model="gpt-realtime-9")
        assert error_text(failure) == failure.user_message, kind
    leaked = e.error_for(401, {"error": {"message": "bad key sk-test-parley-0123456789"}})
    leaked.secret = "sk-test-parley-0123456789"
    assert "sk-test" not in error_text(leaked)


async def test_talk_modes_failures_are_said_in_the_windows_language(
    qapp: QApplication, translations: Translations
) -> None:
    """A Realtime session's failures and the listener's are worded in Chinese in a Chinese
    window; the server's own words and the device's name are kept as they are."""
    from app.audio.devices import AudioDeviceError
    from app.core.talk.realtime_wire import RealtimeFailure
    from app.runtime.error_text import error_text
    from app.runtime.talk_text import REALTIME

    assert translations.install(qapp, "zh_CN") == "zh_CN"
    try:
        for kind in REALTIME:
            failure = RealtimeFailure(kind, "server words", model="gpt-realtime-9")
            text = error_text(failure)
            assert text != failure.user_message and _has_cjk(text), (kind, text)
            if kind == "unknown_model":
                assert "gpt-realtime-9" in text
            if kind in ("refused", "network", "unknown_model"):
                assert text.endswith("(server words)"), text
        assert error_text(RealtimeFailure("bad_key")) == "服务器拒绝了此 API 密钥。"
        gone = AudioDeviceError("English", "mic_gone", name="USB Headset", now="Monitor")
        assert error_text(gone) == (
            "麦克风“USB Headset”已消失（被拔出或关闭）；声音服务器现在提供的是“Monitor”。"
        )
        server = AudioDeviceError("English", "server_gone", name="USB Headset")
        assert _has_cjk(error_text(server)) and "USB Headset" in error_text(server)
        failed = AudioDeviceError("English", "listen_failed", reason="PortAudio error -9999")
        assert error_text(failed) == "聆听已停止：PortAudio error -9999"
    finally:
        translations.install(qapp, "en")


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


async def test_settings_language_lists_each_language_in_its_own_name_and_is_kept(
    qapp: QApplication,
) -> None:
    from app.core.settings import Settings
    from app.settings.dialog import ProfileDraft, SettingsDialog, SettingsDraft
    from app.settings.flow import store_draft
    from app.settings.keys import Keys

    draft = SettingsDraft([ProfileDraft("default", "https://api.openai.com/v1")], "default")
    draft.language = "ja"
    dialog = SettingsDialog(draft)
    picker = dialog.language
    names = [picker.itemText(i) for i in range(picker.count())]
    assert names == ["System default", "English", "简体中文", "Español", "Deutsch", "日本語"]
    assert picker.currentData() == "ja"
    assert picker.accessibleName() == "Language"
    picker.setCurrentIndex(picker.findData("de"))
    result = dialog.result_draft()
    assert result.language == "de"
    settings = Settings()
    await store_draft(settings, Keys(SessionKeyStore(), lambda _text: None), result)
    assert settings.language == "de"
    assert Settings.from_dict(settings.to_dict()).language == "de"
    dialog.deleteLater()
