"""The window on a damaged history: the damaged file is kept aside and salvaged, the window says
so once (with the kept copy's path), and chatting goes on into the new history."""

from __future__ import annotations

import sqlite3
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
