"""The window on a profile of each server kind, against the demo server answering as that server
(``DemoServer(persona=...)``): a reply comes in, the voices offered are the server's, each
kind's errors show in the server's words with Parley's hint, and Settings → Profiles sets the
kind (Azure's deployment and api-version) and tests the connection."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.secrets import SessionKeyStore
from app.core.settings import Profile, Settings
from app.demo.server import DemoServer
from app.shell.wiring import AppParts, create_app
from tests.ui.conftest import reply_settled, type_and_send, until

pytestmark = pytest.mark.asyncio(loop_scope="session")

KEY = "sk-test-servers-0123456789"
#: persona, profile kind, model, voice, (bad model, words of its error, hint)
KINDS = [
    (
        "azure",
        "azure",
        "gpt-audio",
        "coral",
        (
            "nowhere",
            "The API deployment for this resource does not exist",
            "Azure has no deployment",
        ),
    ),
    (
        "openrouter",
        "openrouter",
        "openai/gpt-audio",
        "alloy",
        ("openai/gpt-4o", "openai/gpt-4o is not a valid model ID", ""),
    ),
    (
        "vllm-omni",
        "vllm-omni",
        "Qwen/Qwen3-Omni-30B-A3B-Instruct",
        "ethan",
        ("Qwen/Qwen9", "The model `Qwen/Qwen9` does not exist", ""),
    ),
    (
        "qwen-omni",
        "qwen-omni",
        "qwen3-omni-flash",
        "Cherry",
        ("qwen-nope", "The model `qwen-nope` does not exist", ""),
    ),
    (
        "new-api",
        "gateway",
        "gpt-audio",
        "alloy",
        ("gpt-audio-9", "无可用渠道", "no upstream channel"),
    ),
]


@asynccontextmanager
async def window_on(
    qapp: QApplication, tmp_path: Path, persona: str, kind: str, **profile: Any
) -> AsyncIterator[tuple[AppParts, DemoServer]]:
    with DemoServer(api_key=KEY, persona=persona) as server:
        path = tmp_path / f"settings-{persona}.json"
        Settings(
            profiles=[Profile("Server", server.url, kind, **profile)], active_profile="Server"
        ).save(path)
        keys = SessionKeyStore()
        keys.set("Server", KEY)
        parts = create_app(
            qapp,
            settings_path=path,
            data_dir=tmp_path / f"data-{persona}",
            keys=keys,
            env_key=None,
        )
        parts.window.show()
        parts.window.start()
        await until(lambda: parts.session.endpoint, what="the session to connect")
        try:
            yield parts, server
        finally:
            parts.window.close()
            await parts.shutdown()
            parts.window.deleteLater()


def chat_posts(server: DemoServer) -> list[tuple[str, dict[str, Any]]]:
    return [(p, b) for m, p, b in server.requests if m == "POST"]


@pytest.mark.parametrize("case", KINDS, ids=[k[0] for k in KINDS])
async def test_a_profile_of_each_kind_talks_to_its_server(
    case: tuple[str, str, str, str, tuple[str, str, str]], qapp: QApplication, tmp_path: Path
) -> None:
    persona, kind, model, voice, (bad_model, words, hint) = case
    async with window_on(qapp, tmp_path, persona, kind) as (parts, server):
        controls = parts.window.chat.controls
        voices = [controls.voice.itemText(i) for i in range(controls.voice.count())]
        assert voice in voices  # the server's own voices are offered
        controls.model.setCurrentText(model)
        controls.voice.setCurrentText(voice)
        controls.format.setCurrentText("mp3")
        type_and_send(parts, "Hello there")
        card = await reply_settled(parts)
        assert not card.error_text()
        assert card.transcript_text().startswith("Hello!")
        path, body = chat_posts(server)[-1]
        assert path.split("?")[0].endswith("/chat/completions")
        if kind == "vllm-omni":
            assert body["speaker"] == voice
        if kind == "qwen-omni":
            assert body["audio"]["format"] == "wav" and body["stream"] is True
        # Its error, in the server's own words, with Parley's hint where it has one.
        controls.model.setCurrentText(bad_model)
        type_and_send(parts, "Hello again")
        await until(lambda: len(parts.window.chat.cards) >= 2, what="a second card")
        failed = await reply_settled(parts)
        assert words in failed.error_text()
        assert hint in failed.error_text()
        assert KEY not in failed.error_text()


async def test_settings_sets_an_azure_profile_and_tests_which_url_shape_answers(
    qapp: QApplication, tmp_path: Path
) -> None:
    async with window_on(qapp, tmp_path, "azure", "") as (parts, server):
        window = parts.window
        window.open_settings()
        await until(lambda: window._dialog is not None, what="the settings dialog")
        dialog = window._dialog
        assert dialog is not None
        fields = dialog.server_fields
        # A bare endpoint on this machine names no kind: Azure is chosen by hand.
        assert not fields.deployment_edit.isVisibleTo(dialog)
        fields.kind_picker.setCurrentIndex(fields.kind_picker.findData("azure"))
        assert fields.deployment_edit.isVisibleTo(dialog)
        assert "api-key" in fields.allows_label.text() or "Azure" in fields.allows_label.text()
        fields.deployment_edit.setText("gpt-audio")
        fields.api_version_edit.setText("2023-01-01")
        QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.test_result.text()[:1] in "✓✗", what="a tested connection")
        # The dated shape refused the api-version; the v1 shape answered, and Parley says so.
        result = dialog.test_result.text()
        assert result.startswith("✓"), result
        assert "Azure OpenAI" in result and "…/openai/v1 URL answered" in result
        assert f"{server.url}/openai/v1" in result
        fields.api_version_edit.setText("2024-10-21")
        QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: "deployments URL answered" in dialog.test_result.text(), what="test")
        dialog.accept()
        await until(lambda: window.settings.active().kind == "azure", what="the profile saved")
        saved = window.settings.active()
        assert (saved.deployment, saved.api_version) == ("gpt-audio", "2024-10-21")
        await until(lambda: parts.session.endpoint, what="reconnect")
        type_and_send(parts, "Hello")
        card = await reply_settled(parts)
        assert not card.error_text(), card.error_text()
        path, _ = chat_posts(server)[-1]
        assert path == "/openai/deployments/gpt-audio/chat/completions?api-version=2024-10-21"


async def test_a_gateway_profile_sends_earlier_replies_as_text(
    qapp: QApplication, tmp_path: Path
) -> None:
    async with window_on(qapp, tmp_path, "new-api", "gateway") as (parts, server):
        type_and_send(parts, "Hello")
        await reply_settled(parts)
        type_and_send(parts, "And again")
        await until(lambda: len(parts.window.chat.cards) >= 2, what="a second card")
        await reply_settled(parts)
        _, body = chat_posts(server)[-1]
        assistant = [m for m in body["messages"] if m["role"] == "assistant"]
        assert assistant and all("audio" not in m and m["content"] for m in assistant)


async def test_a_set_up_that_cannot_work_is_said_before_sending(
    qapp: QApplication, tmp_path: Path
) -> None:
    with DemoServer(api_key=KEY, persona="azure") as server:
        path = tmp_path / "settings-nameless.json"
        url = f"{server.url}/openai/deployments/"
        Settings(profiles=[Profile("Server", url)], active_profile="Server").save(path)
        keys = SessionKeyStore()
        keys.set("Server", KEY)
        parts = create_app(
            qapp, settings_path=path, data_dir=tmp_path / "data-nameless", keys=keys, env_key=None
        )
        parts.window.show()
        parts.window.start()
        try:
            await until(lambda: parts.session.endpoint, what="the session to connect")
            type_and_send(parts, "Hello")
            card = await reply_settled(parts)
            assert "The Azure URL names no deployment" in card.error_text()
            assert [m for m, *_ in server.requests if m == "POST"] == []  # nothing was sent
        finally:
            parts.window.close()
            await parts.shutdown()
            parts.window.deleteLater()
