"""The window on a damaged or read-only history: a damaged file is kept aside and salvaged, the
window says so once (with the kept copy's path), and chatting goes on into the new history; a
read-only one is still listed, and chatting goes on unsaved."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from app.core.conversation import Turn
from app.core.secrets import SessionKeyStore
from app.core.store import Store
from app.demo.server import DemoServer
from app.shell.wiring import create_app
from tests.ui.conftest import reply_settled, settings_for, type_and_send, until


def _damaged_history(data: Path) -> None:
    with Store(data) as store:
        for i in range(200):
            cid = store.create_conversation()
            store.add_turn(cid, Turn("user", f"question {i} " + "words " * 80))
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(data / "history.sqlite3", "r+b") as f:
        f.seek(4096 * 30)
        f.write(b"\xde\xad" * 4096)


@pytest.mark.asyncio(loop_scope="session")
async def test_a_damaged_history_is_salvaged_and_said_once(
    qapp: QApplication, demo_server: DemoServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _damaged_history(data)
    keys = SessionKeyStore()
    parts = create_app(
        qapp,
        settings_path=settings_for(tmp_path / "settings.json", demo_server.url),
        data_dir=data,
        keys=keys,
        env_key=None,
    )
    parts.window.show()
    parts.window.start()
    try:
        await until(lambda: parts.session.endpoint, what="the session to connect")
        copy = next(data.glob("history.damaged-*.sqlite3"))
        notices = [
            label.text()
            for label in parts.window.findChildren(QLabel, "historyProblem")
            if label.text()
        ]
        assert len(notices) == 1 and str(copy) in notices[0] and "damaged" in notices[0]
        type_and_send(parts, "Still there?")
        card = await reply_settled(parts)
        assert not card.error_text()
        await until(
            lambda: _count(data, "SELECT COUNT(*) FROM turns WHERE text = 'Still there?'") == 1,
            what="the new turn in the new history",
        )
        assert _count(data, "SELECT COUNT(*) FROM conversations") > 150
    finally:
        parts.window.close()
        await parts.shutdown()
        parts.window.deleteLater()


def _count(data: Path, sql: str) -> int:
    with sqlite3.connect(data / "history.sqlite3") as conn:
        return int(conn.execute(sql).fetchone()[0])


@pytest.mark.asyncio(loop_scope="session")
async def test_a_read_only_history_is_shown_and_said_and_chat_goes_on(
    qapp: QApplication, demo_server: DemoServer, tmp_path: Path
) -> None:
    """The data folder is a read-only mount (the tests run as root, so permissions alone would
    not stop a write): the history is listed, the window says new conversations are not kept,
    and a reply still comes."""
    data = tmp_path / "data"
    with Store(data) as store:
        cid = store.create_conversation()
        store.add_turn(cid, Turn("user", "an old question"))
    _read_only_mount(data)
    parts = create_app(
        qapp,
        settings_path=settings_for(tmp_path / "settings.json", demo_server.url),
        data_dir=data,
        keys=SessionKeyStore(),
        env_key=None,
    )
    failures: list[str] = []
    parts.window.chat.status.connect(failures.append)
    parts.window.show()
    parts.window.start()
    try:
        await until(lambda: parts.session.endpoint, what="the session to connect")
        notices = [
            label.text()
            for label in parts.window.findChildren(QLabel, "historyProblem")
            if label.text()
        ]
        assert len(notices) == 1 and "cannot be written" in notices[0]
        assert parts.window.store is not None and parts.window.store.read_only
        assert [c.title for c in parts.window.store.list_conversations()] == ["an old question"]
        type_and_send(parts, "Can you hear me?")
        card = await reply_settled(parts)
        assert not card.error_text() and "Can you hear me" in card.transcript_text()
        await until(lambda: failures, what="the window to say the turn is not kept")
        assert "not kept in the history" in failures[0] and "cannot be written" in failures[0]
    finally:
        parts.window.close()
        await parts.shutdown()
        parts.window.deleteLater()
        _unmount(data)


def _read_only_mount(folder: Path) -> None:
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False)
