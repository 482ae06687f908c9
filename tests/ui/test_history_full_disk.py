"""The window when the history's disk fills up in the middle of a reply: the reply is still
shown whole, the window says the history could not keep it, and no half-written turn stays in
the history (the reply's row and its audio file are both gone). The fault is real: the history's
audio folder is a 150 kB tmpfs, which a 10 s reply (480 kB) fills (ENOSPC)."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.shell.wiring import AppParts
from tests.ui.conftest import reply_settled, type_and_send, until

LIMIT = 150_000  # bytes: the database stays under it, a 10 s reply's audio (480 kB) does not


@contextmanager
def a_small_disk_at(folder: Path, size: int) -> Iterator[None]:
    """A tmpfs of ``size`` bytes mounted on ``folder`` (the tests run as root), then unmounted."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.asyncio(loop_scope="session")
async def test_a_full_disk_mid_reply_keeps_no_half_written_turn(
    parley: AppParts, tmp_path: Path
) -> None:
    messages: list[str] = []
    parley.session.store_failed.connect(messages.append)
    audio = tmp_path / "data" / "audio"
    with a_small_disk_at(audio, LIMIT):
        type_and_send(parley, "/long 10")
        card = await reply_settled(parley)
        assert not card.error_text()
        assert "long reply" in card.transcript_text()
        await until(lambda: messages, what="the window to say the history failed")
        assert "disk is full" in messages[0]
        with sqlite3.connect(tmp_path / "data" / "history.sqlite3") as conn:
            roles = [r[0] for r in conn.execute("SELECT role FROM turns ORDER BY id")]
        assert roles == ["user"], "the reply is kept whole or not at all"
        files = [p for p in audio.rglob("*") if p.is_file()]
        assert files == [], f"orphan audio: {files}"
