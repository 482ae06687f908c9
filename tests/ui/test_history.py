"""The history in the window, against the demo server: the sidebar lists, opens, renames, deletes
and searches conversations; reopened conversations play and continue; exports are checked file
by file; another process sees what the window saved."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.audio import codecs
from app.chat.export_dialog import ExportDialog
from app.chat.reply_card import ReplyCard
from app.core.store import Store
from app.demo.server import DemoServer
from app.history.export_dialog import ConversationExportDialog, base_name
from app.history.sidebar import HistorySidebar
from app.shell.wiring import AppParts
from tests.ui.conftest import reply_settled, type_and_send, until
from tests.unit.sound_helpers import MonitorRecording, rms, tone

pytestmark = pytest.mark.asyncio(loop_scope="session")
ROOT = Path(__file__).resolve().parents[2]
RATE = 24_000


# Helpers ------------------------------------------------------------------------------------
def sidebar(parts: AppParts) -> HistorySidebar:
    history = parts.window.history
    assert history is not None, "the window has a history sidebar"
    return history


def store_of(parts: AppParts) -> Store:
    assert parts.store is not None
    return parts.store


def titles(history: HistorySidebar) -> list[str]:
    items = (history.conversations.item(i) for i in range(history.conversations.count()))
    return [item.text().splitlines()[0] for item in items if item is not None]


def click_item(view: QListWidget, item: QListWidgetItem | None) -> None:
    assert item is not None
    view.scrollToItem(item)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center()
    )


def click_title(history: HistorySidebar, title: str) -> None:
    click_item(history.conversations, history.conversations.item(titles(history).index(title)))


def reply_cards(parts: AppParts) -> list[ReplyCard]:
    return [c for c in parts.window.chat.view.cards() if isinstance(c, ReplyCard)]


def history_in_new_process(data: Path) -> list[str]:
    env = {**os.environ, "PARLEY_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "app", "history"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[1:-1]  # the header and the cost footnote left out


def stored_talk(store: Store, *, expires_at: int | None = None) -> int:
    """A conversation with audio: a spoken prompt (0.5 s), a reply (1.0 s), a typed prompt and a
    reply in another voice (0.7 s)."""
    expires = expires_at if expires_at is not None else int(time.time()) + 3000
    cid = store.create_conversation(system_prompt="Be brief.")
    store.add_user_turn(cid, "Tell me about tides", codecs.encode(tone(330, 0.5), RATE, "wav"))
    for n, (voice, seconds, words) in enumerate(
        [("alloy", 1.0, "The moon pulls the sea."), ("coral", 0.7, "Twice a day.")]
    ):
        if n:
            store.add_user_turn(cid, "How often?")
        reply = store.begin_reply(cid, voice, "gpt-audio-1.5", "pcm16")
        store.append_reply_audio(reply, codecs.encode(tone(440 + 110 * n, seconds), RATE, "pcm16"))
        store.finish_reply(
            reply, audio_id=f"audio_stored_{n}", expires_at=expires, usage=None,
            real_format="pcm16", transcript=words,
        )  # fmt: skip
    return cid


async def open_stored(parts: AppParts, cid: int, title: str) -> None:
    history = sidebar(parts)
    history.bridge.refresh()
    await until(lambda: title in titles(history), what="the conversation in the sidebar")
    click_title(history, title)
    await until(lambda: parts.window.chat.conversation_id == cid, what="the conversation to open")


# The sidebar --------------------------------------------------------------------------------
async def test_chats_are_listed_new_starts_afresh_and_reopening_brings_cards_and_audio_back(
    parley: AppParts, demo_server: DemoServer, sound_server: None, tmp_path: Path
) -> None:
    history, chat = sidebar(parley), parley.window.chat
    assert titles(history) == []
    type_and_send(parley, "Say 'the lighthouse keeper'")
    await reply_settled(parley)
    await until(lambda: titles(history) == ["Say 'the lighthouse keeper'"], what="the listing")
    first_id = chat.conversation_id
    assert history.selected_id() == first_id, "the open conversation is the one selected"
    assert "· 2 turns" in history.conversations.item(0).text()

    QTest.mouseClick(history.new_button, Qt.MouseButton.LeftButton)
    assert chat.view.card_count() == 0 and chat.conversation_id is None
    assert history.selected_id() is None
    type_and_send(parley, "Say 'a second conversation'")
    await reply_settled(parley)
    await until(lambda: len(titles(history)) == 2, what="the second conversation listed")
    assert titles(history) == ["Say 'a second conversation'", "Say 'the lighthouse keeper'"]

    click_title(history, "Say 'the lighthouse keeper'")
    await until(lambda: chat.conversation_id == first_id, what="the first conversation to open")
    user_card, reply_card = chat.view.cards()
    assert user_card.text.text() == "Say 'the lighthouse keeper'"  # type: ignore[attr-defined]
    assert isinstance(reply_card, ReplyCard)
    assert reply_card.transcript_text() == "the lighthouse keeper"
    await until(lambda: reply_card.duration() > 0.3, what="the waveform from the stored audio")
    stored = chat.slots[reply_card.key].current
    assert stored is not None and stored.audio is not None and stored.audio.path is not None
    assert stored.audio.path.is_relative_to(tmp_path / "data")
    assert stored.audio_id and stored.expires_at, "loaded turns keep the server's audio id"
    with MonitorRecording() as rec:
        QTest.mouseClick(reply_card.play_button, Qt.MouseButton.LeftButton)
        await until(lambda: parley.playback.is_playing(reply_card.key), what="playback")
        await until(lambda: not parley.playback.is_playing(reply_card.key), what="its end")
    assert rms(rec.samples()) > 0.01, "the stored reply was not heard"

    type_and_send(parley, "Say 'still here'")
    await reply_settled(parley)
    messages = demo_server.requests[-1][2]["messages"]
    assert messages == [
        {"role": "user", "content": "Say 'the lighthouse keeper'"},
        {"role": "assistant", "audio": {"id": stored.audio_id}},
        {"role": "user", "content": "Say 'still here'"},
    ]
    await until(lambda: titles(history)[0] == "Say 'the lighthouse keeper'", what="re-sorting")
    rows = history_in_new_process(tmp_path / "data")
    # ID, date, time, turns, estimated cost, title
    assert [row.split(None, 5)[3] for row in rows] == ["4", "2"]
    assert [row.split("  ")[-1] for row in rows] == [
        "Say 'the lighthouse keeper'",
        "Say 'a second conversation'",
    ]


async def test_continuing_an_old_conversation_sends_expired_replies_as_transcripts(
    parley: AppParts, demo_server: DemoServer
) -> None:
    store = store_of(parley)
    cid = stored_talk(store, expires_at=int(time.time()) - 60)
    await open_stored(parley, cid, "Tell me about tides")
    assert [c.transcript_text() for c in reply_cards(parley)] == [
        "The moon pulls the sea.",
        "Twice a day.",
    ]
    type_and_send(parley, "Say 'and the sun'")
    await reply_settled(parley)
    messages = demo_server.requests[-1][2]["messages"]
    assert messages[0] == {"role": "system", "content": "Be brief."}
    assert messages[2] == {"role": "assistant", "content": "The moon pulls the sea."}
    assert messages[4] == {"role": "assistant", "content": "Twice a day."}
    assert messages[5] == {"role": "user", "content": "Say 'and the sun'"}
    assert [t.text for t in store.load_conversation(cid).turns[-2:]] == [
        "Say 'and the sun'",
        "and the sun",
    ]


async def test_rename_and_delete_with_confirmation(
    parley: AppParts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    history, chat, store = sidebar(parley), parley.window.chat, store_of(parley)
    keep = store.create_conversation()
    store.add_user_turn(keep, "Which birds migrate?")
    cid = stored_talk(store)
    await open_stored(parley, cid, "Tell me about tides")
    assert (tmp_path / "data" / "audio" / str(cid)).is_dir()

    monkeypatch.setattr(history, "ask_title", lambda current: f"{current} (renamed)")
    QTest.mouseClick(history.rename_button, Qt.MouseButton.LeftButton)
    await until(lambda: "Tell me about tides (renamed)" in titles(history), what="the new title")
    assert store.load_conversation(cid).title == "Tell me about tides (renamed)"
    assert any(row.endswith("Tell me about tides (renamed)") for row in history_in_new_process(
        tmp_path / "data"
    ))  # fmt: skip

    asked: list[str] = []
    monkeypatch.setattr(history, "confirm", lambda q: asked.append(q) or False)
    click_title(history, "Tell me about tides (renamed)")
    QTest.keyClick(history.conversations, Qt.Key.Key_Delete)
    assert asked == [
        "Delete “Tell me about tides (renamed)” and its audio for good? This cannot be undone."
    ]
    assert len(titles(history)) == 2 and chat.conversation_id == cid

    monkeypatch.setattr(history, "confirm", lambda q: True)
    QTest.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    await until(lambda: titles(history) == ["Which birds migrate?"], what="the deletion")
    assert chat.conversation_id is None and chat.view.card_count() == 0
    assert not (tmp_path / "data" / "audio" / str(cid)).exists()
    assert [s.id for s in store.list_conversations()] == [keep]


async def test_search_finds_a_transcript_word_and_jumps_to_its_turn(parley: AppParts) -> None:
    history, chat, store = sidebar(parley), parley.window.chat, store_of(parley)
    other = store.create_conversation()
    store.add_user_turn(other, "Nothing to see here")
    long = store.create_conversation(title="A long talk")
    from app.core.conversation import Turn

    for n in range(60):
        store.add_user_turn(long, f"Question {n} about the weather")
        words = "A zeppelin floated over the harbour." if n == 2 else f"Answer {n}: mild."
        store.add_turn(long, Turn(role="assistant", text=words, voice="alloy"))
    history.bridge.refresh()
    await until(lambda: len(titles(history)) == 2, what="the listing")

    history.search_box.setFocus()
    QTest.keyClicks(history.search_box, "zeppel")
    await until(history.hit_texts, what="search results")
    assert history.conversations.isHidden() and history.results.isVisible()
    assert history.hit_texts() == ["A long talk, turn 6: A zeppelin floated over the harbour."]
    assert history.results_label.text() == "1 turn matches “zeppel”."
    click_item(history.results, history.results.item(0))
    await until(lambda: chat.conversation_id == long and chat.found_card, what="the jump")
    found = chat.found_card
    assert isinstance(found, ReplyCard)
    assert found.transcript_text() == "A zeppelin floated over the harbour."
    assert found in chat.view.cards(), "the earlier cards were built to show it"
    await until(lambda: not found.visibleRegion().isEmpty(), what="the card scrolled into view")
    assert chat.view.earlier_button.isHidden() and len(chat.view.gap_buttons()) == 1

    QTest.keyClicks(history.search_box, "zz")
    await until(lambda: history.results_label.text().startswith("No turns match"), what="none")
    history.search_box.clear()
    assert history.conversations.isVisible() and history.results.isHidden()


async def test_search_says_how_much_it_found_when_there_is_more_than_it_lists(
    parley: AppParts,
) -> None:
    store, history = store_of(parley), sidebar(parley)
    many = store.create_conversation(title="Weather every day")
    from app.core.conversation import Turn

    for n in range(130):
        store.add_user_turn(many, f"What is the weather on day {n}?")
        store.add_turn(many, Turn(role="assistant", text=f"Day {n}: mild.", voice="alloy"))
    history.search_box.setFocus()
    QTest.keyClicks(history.search_box, "weather")
    await until(history.hit_texts, what="search results")
    assert history.results_label.text() == "First 100 of 130 turns match “weather”."
    assert history.results.count() == 100
    history.search_box.clear()


# Export -------------------------------------------------------------------------------------
def menu_action(parts: AppParts, text: str) -> QAction:
    for action in parts.window.findChildren(QAction):
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no menu entry {text!r}")


async def export_dialog(parts: AppParts, entry: str) -> ConversationExportDialog:
    menu_action(parts, entry).trigger()
    dialog = sidebar(parts).export_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def duration(data: bytes, fmt: str | None = None) -> float:
    return codecs.decode(data, fmt).duration


@pytest.mark.parametrize("shape", ["folder", "zip", "joined"])
async def test_export_the_conversation(
    parley: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shape: str
) -> None:
    cid = stored_talk(store_of(parley))
    await open_stored(parley, cid, "Tell me about tides")
    dialog = await export_dialog(parley, "Export conversation…")
    assert dialog.whole.isChecked()
    target = {"folder": tmp_path / "out", "zip": tmp_path / "talk", "joined": tmp_path / "all.wav"}[
        shape
    ]
    target.parent.mkdir(exist_ok=True)
    if shape == "folder":
        target.mkdir()
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))
    monkeypatch.setattr(ExportDialog, "ask_folder", classmethod(lambda cls, *a, **k: target))
    {"folder": dialog.as_folder, "zip": dialog.as_zip, "joined": dialog.as_joined}[shape].click()
    dialog.set_format({"folder": "original", "zip": "mp3", "joined": "wav"}[shape])
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.outcome or "Could not" in dialog.status.text(), what="the export")
    assert dialog.outcome is not None, dialog.status.text()
    assert dialog.progress.value() == dialog.progress.maximum() > 0

    if shape == "joined":
        assert dialog.status.text() == f"Exported 3.4 s of audio to {target}."
        assert codecs.sniff(target.read_bytes()) == "wav"
        assert duration(target.read_bytes()) == pytest.approx(0.5 + 0.6 + 1.0 + 0.6 + 0.7, abs=0.01)
        return
    if shape == "zip":
        path = target.with_suffix(".zip")
        with zipfile.ZipFile(path) as archive:
            files = {name: archive.read(name) for name in archive.namelist()}
        ext, tolerance = "mp3", 0.08
    else:
        path = target
        files = {p.name: p.read_bytes() for p in target.iterdir()}
        ext, tolerance = "wav", 0.001  # streamed pcm16 as received: in a WAV file
    assert dialog.status.text() == (
        f"Exported 3 audio files, transcript.md and conversation.json to {path}."
    )
    user_ext = "wav" if shape == "folder" else ext
    assert sorted(files) == [
        f"01-user.{user_ext}",
        f"02-assistant-alloy.{ext}",
        f"04-assistant-coral.{ext}",
        "conversation.json",
        "transcript.md",
    ]
    pcm = None
    assert duration(files[f"01-user.{user_ext}"]) == pytest.approx(0.5, abs=tolerance)
    assert duration(files[f"02-assistant-alloy.{ext}"], pcm) == pytest.approx(1.0, abs=tolerance)
    assert duration(files[f"04-assistant-coral.{ext}"], pcm) == pytest.approx(0.7, abs=tolerance)
    md = files["transcript.md"].decode()
    assert md.startswith("# Tell me about tides\n")
    for line in ["## 1. You", "Tell me about tides", "## 2. Assistant (alloy)",
                 "The moon pulls the sea.", "## 3. You", "How often?",
                 "## 4. Assistant (coral)", "Twice a day."]:  # fmt: skip
        assert f"\n{line}\n" in md
    doc = json.loads(files["conversation.json"])
    assert [t["audio_file"] for t in doc["turns"]] == [
        f"01-user.{user_ext}",
        f"02-assistant-alloy.{ext}",
        None,
        f"04-assistant-coral.{ext}",
    ]
    assert "audio_stored" not in files["conversation.json"].decode()


async def test_export_ticked_replies_only(
    parley: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = stored_talk(store_of(parley))
    await open_stored(parley, cid, "Tell me about tides")
    dialog = await export_dialog(parley, "Export selected replies…")
    assert dialog.selected.isChecked() and dialog.replies.count() == 2
    assert dialog.replies.item(1).text() == "4. coral: Twice a day."
    target = tmp_path / "picked"
    monkeypatch.setattr(ExportDialog, "ask_folder", classmethod(lambda cls, *a, **k: target))
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Tick at least one reply to export."
    item = dialog.replies.item(1)
    item.setCheckState(Qt.CheckState.Checked)
    dialog.set_format("wav")
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.outcome or "Could not" in dialog.status.text(), what="the export")
    assert sorted(p.name for p in target.iterdir()) == [
        "04-assistant-coral.wav",
        "conversation.json",
        "transcript.md",
    ]
    assert duration((target / "04-assistant-coral.wav").read_bytes()) == pytest.approx(0.7, 0.01)
    md = (target / "transcript.md").read_text()
    assert "## 4. Assistant (coral)\n\nTwice a day." in md and "## 2." not in md


async def test_cancelling_an_export_leaves_nothing_behind(
    parley: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = stored_talk(store_of(parley))
    await open_stored(parley, cid, "Tell me about tides")
    dialog = await export_dialog(parley, "Export conversation…")
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "talk.zip"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))
    dialog.as_zip.click()
    # Hold the export's worker after its first turn, as a slow disk would, until Cancel is in.
    release = threading.Event()

    def hold(done: int, _total: int) -> None:
        if done == 1:
            release.wait(10)

    bridge = sidebar(parley).bridge
    bridge._progress_from_worker.connect(hold, Qt.ConnectionType.DirectConnection)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    try:
        await until(lambda: dialog.progress.value() == 1, what="the first turn's progress")
        assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    finally:
        release.set()
    await until(lambda: not dialog.is_running(), what="the export to stop")
    assert dialog.status.text() == "The export was cancelled; nothing was written."
    assert dialog.outcome is None
    assert list(out.iterdir()) == []
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    bridge._progress_from_worker.disconnect(hold)


def choose_folders(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    """The folder picker answers ``folders`` in turn."""
    answers = iter(folders)
    monkeypatch.setattr(ExportDialog, "ask_folder", classmethod(lambda cls, *a, **k: next(answers)))


def folder_answers(parts: AppParts) -> list[bool]:
    """Records the bridge's folder-check answers (whether each folder was empty)."""
    answers: list[bool] = []
    sidebar(parts).bridge.folder_checked.connect(lambda _number, empty: answers.append(empty))
    return answers


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


async def test_a_folder_with_files_gets_a_new_folder_inside_and_never_an_overwrite(
    parley: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = stored_talk(store_of(parley))
    await open_stored(parley, cid, "Tell me about tides")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("keep me")
    choose_folders(monkeypatch, busy, busy)
    dialog = await export_dialog(parley, "Export conversation…")
    name = base_name(dialog.conversation)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Checking the folder…"
    assert not dialog.export_button.isEnabled() and not dialog.as_zip.isEnabled()
    await until(lambda: dialog.outcome or "Could not" in dialog.status.text(), what="the export")
    assert dialog.status.text() == (
        f"Exported 3 audio files, transcript.md and conversation.json to {busy / name}."
    )
    assert (busy / "notes.txt").read_text() == "keep me"
    before = listing(busy)
    assert len(before) == 1 + 1 + 5, before

    # The same folder again: the new folder inside is taken now, and nothing is replaced.
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    await until(lambda: "Could not" in dialog.status.text(), what="the refusal")
    assert dialog.status.text() == (
        f"Could not export: “{name}” already exists in {busy}; choose another name "
        "or allow replacing it."
    )
    assert listing(busy) == before
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()


async def test_an_empty_folder_is_the_export_and_stale_folder_checks_are_ignored(
    parley: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = stored_talk(store_of(parley))
    await open_stored(parley, cid, "Tell me about tides")
    busy, empty, later = tmp_path / "busy", tmp_path / "empty", tmp_path / "later"
    for folder in (busy, empty, later):
        folder.mkdir()
    (busy / "notes.txt").write_text("keep me")
    answers = folder_answers(parley)
    # Choose the folder with files, change one's mind (Cancel) and choose the empty one, all
    # before the first answer can come back: the first answer must not start an export.
    choose_folders(monkeypatch, busy, empty, busy, later)
    dialog = await export_dialog(parley, "Export conversation…")
    dialog.set_format("wav")
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Checking the folder…" and dialog.cancel_button.isEnabled()
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.export_button.isEnabled() and dialog.status.text() == ""
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.outcome or "Could not" in dialog.status.text(), what="the export")
    await until(lambda: len(answers) == 2, what="both folder checks to answer")
    assert sorted(answers) == [False, True]
    assert dialog.status.text() == (
        f"Exported 3 audio files, transcript.md and conversation.json to {empty}."
    )
    assert "02-assistant-alloy.wav" in listing(empty)
    assert listing(busy) == ["notes.txt"]

    # Choosing a folder and closing the dialog before the answer: nothing is exported there.
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    second = await export_dialog(parley, "Export conversation…")
    QTest.mouseClick(second.export_button, Qt.MouseButton.LeftButton)
    await until(lambda: second.outcome or "Could not" in second.status.text(), what="the export")
    await until(lambda: len(answers) == 4, what="both folder checks to answer")
    assert second.outcome is not None and second.outcome.path == later
    assert listing(busy) == ["notes.txt"]
    assert dialog.outcome is not None and dialog.outcome.path == empty
