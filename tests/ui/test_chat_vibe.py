"""The chat's vibe, in the real window against the demo server: chosen in the system prompt
dock, sent after the system prompt as how to speak, remembered in the settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.demo.server import DemoServer
from app.shell.wiring import AppParts
from tests.ui.conftest import reply_settled, type_and_send, until

pytestmark = pytest.mark.asyncio(loop_scope="session")


def system_messages(server: DemoServer) -> list[str]:
    return [
        m["content"]
        for method, path, body in server.requests
        if method == "POST" and "/chat/completions" in path
        for m in body["messages"]
        if m["role"] in ("system", "developer")
    ]


async def test_the_chat_speaks_in_the_chosen_vibe_and_remembers_it(
    parley: AppParts, demo_server: DemoServer, tmp_path: Path
) -> None:
    panel = parley.window.system_panel
    panel.set_prompt("Be brief.")
    picker = panel.vibe
    picker.combo.setCurrentIndex(picker.combo.findData("Newscaster"))
    type_and_send(parley, "What is the news?")
    await reply_settled(parley)
    sent = system_messages(demo_server)[-1]
    assert sent.startswith("Be brief.\n\nSpeak in this style")
    assert "Tone: Neutral, professional, factual." in sent
    settings = tmp_path / "settings.json"
    await until(lambda: json.loads(settings.read_text())["vibe"] == "Newscaster", what="saved")
    picker.on_shuffle_clicked()
    assert picker.current_name() not in ("", "Newscaster")
