"""The window against the API as it is in late 2026: a stream cut and closed as whole, a model
that sends whole replies only, retired models, a gateway's 401, and what replies cost."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from app.chat.context_dialog import ContextDialog
from app.core.context import ContextPolicy
from app.demo.server import DemoServer
from app.history.sidebar import HistorySidebar
from app.settings.dialog import ProfileDraft, SettingsDialog, SettingsDraft
from app.shell.wiring import AppParts
from tests.ui.conftest import reply_settled, type_and_send, until

pytestmark = pytest.mark.asyncio(loop_scope="session")


def posts(server: DemoServer) -> list[dict]:
    return [body for method, path, body in server.requests if path.endswith("/chat/completions")]


async def test_a_stream_closed_as_whole_after_a_cut_shows_partial(
    parley: AppParts, demo_server: DemoServer
) -> None:
    demo_server.faults.litellm_cut_after = 2
    type_and_send(parley, "Tell me a joke")
    card = await reply_settled(parley)
    assert "cut off after 0.8 s of audio" in card.error_text()
    assert "closed as if whole" in card.error_text()
    assert "partial" in card.state_label.text()
    assert card.retry_button.isVisible()
    store = parley.store
    assert store is not None
    stored = store.load_conversation(store.latest_conversation_id() or 0).turns[-1]
    assert stored.partial and stored.audio is not None


async def test_a_model_that_sends_whole_replies_is_asked_again_whole(
    parley: AppParts, demo_server: DemoServer
) -> None:
    demo_server.faults.no_stream_models = ("gpt-audio-mini",)
    chat = parley.window.chat
    chat.controls.model.setCurrentText("gpt-audio-mini")
    chat.controls.format.setCurrentText("mp3")
    assert chat.controls.stream.isChecked()
    type_and_send(parley, "Say 'Parley is listening'")
    card = await reply_settled(parley)
    assert not card.error_text()
    assert "This model sends whole replies (gpt-audio-mini)" in card.note_label.text()
    assert card.note_label.isVisible()
    assert card.transcript_text() == "Parley is listening"
    assert card.format_badge.text() == "mp3"
    first, second = posts(demo_server)[-2:]
    assert first["stream"] is True and "stream" not in second
    assert second["audio"]["format"] == "mp3"
    # gpt-audio-mini's audio price is not published: tokens only for its audio.
    assert "+ unpriced audio (estimate)" in card.cost_label.text()


async def test_each_reply_shows_its_estimated_cost_and_the_next_request(
    parley: AppParts, demo_server: DemoServer
) -> None:
    chat = parley.window.chat
    type_and_send(parley, "Say 'the quick brown fox'")
    card = await reply_settled(parley)
    assert card.cost_label.text().startswith("≈ $") and "(estimate)" in card.cost_label.text()
    tip = card.cost_label.toolTip()
    assert "audio output:" in tip and "× $64/1M" in tip and "OpenAI's model pages" in tip
    label = chat.costs.label
    await until(lambda: "This conversation ≈ $" in label.text(), what="the conversation cost")
    assert "Next request: ~" in label.text()
    QTest.keyClicks(chat.composer.prompt, "x" * 400)
    before = label.text()
    await until(lambda: label.text() != before, what="the estimate to follow the draft")
    # The sidebar shows each conversation's cost too.
    history = parley.window.findChild(HistorySidebar)
    assert history is not None
    items = history.conversations
    await until(lambda: items.count() and "≈ $" in items.item(0).text(), what="the sidebar cost")
    assert "(estimate)" in items.item(0).toolTip()


async def test_context_setting_sends_older_replies_as_transcripts(
    parley: AppParts, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = parley.window.chat
    for n in range(3):
        type_and_send(parley, f"Say 'turn number {n}'")
        await reply_settled(parley)
    body = posts(demo_server)[-1]
    assert sum(1 for m in body["messages"] if "audio" in m) == 2
    monkeypatch.setattr(ContextDialog, "ask", classmethod(lambda cls, p, pol: ContextPolicy(1, 0)))
    chat.costs.context_button.click()
    await until(lambda: "1 as audio" in chat.costs.context_button.text(), what="the setting")
    choices = parley.session.context_choices
    await until(choices.path.exists, what="the setting to be kept")
    assert str(chat.conversation_id) in choices.path.read_text()
    type_and_send(parley, "Say 'the last one'")
    await reply_settled(parley)
    messages = posts(demo_server)[-1]["messages"]
    assert next(m for m in messages if m["role"] == "assistant") == {
        "role": "assistant",
        "content": "turn number 0",
    }
    assert sum(1 for m in messages if "audio" in m) == 1
    # A budget leaves the oldest turns out, and the card says so.
    monkeypatch.setattr(ContextDialog, "ask", classmethod(lambda cls, p, pol: ContextPolicy(1, 60)))
    chat.costs.context_button.click()
    await until(lambda: "budget 60" in chat.costs.context_button.text(), what="the budget")
    type_and_send(parley, "Say 'short'")
    card = await reply_settled(parley)
    assert "left out to keep within the context budget of 60 tokens" in card.note_label.text()
    assert len(posts(demo_server)[-1]["messages"]) < len(messages)


async def test_retired_and_dated_models_in_the_picker(
    parley: AppParts, demo_server: DemoServer
) -> None:
    demo_server.faults.model_dates = True
    chat = parley.window.chat
    parley.session.list_models()
    labels = chat.controls.model_labels
    await until(lambda: "gpt-audio (shuts down 2027-02-01)" in labels(), what="dated models")
    assert "gpt-4o-audio-preview (retired 2026-05-07)" in labels()
    assert "gpt-audio-mini (shuts down 2027-03-01)" in labels()
    chat.controls.model.setCurrentText("gpt-4o-audio-preview (retired 2026-05-07)")
    assert chat.controls.choices().model == "gpt-4o-audio-preview"


async def test_a_retired_model_says_when_and_what_instead(
    parley: AppParts, demo_server: DemoServer
) -> None:
    demo_server.faults.retired_gone = True
    parley.window.chat.controls.model.setCurrentText("gpt-4o-audio-preview")
    type_and_send(parley, "Say 'hello'")
    card = await reply_settled(parley)
    assert "'gpt-4o-audio-preview'" in card.error_text()
    assert "OpenAI retired it on 2026-05-07. Choose gpt-audio-1.5 instead." in card.error_text()


async def test_a_gateways_401_shows_its_words(parley: AppParts, demo_server: DemoServer) -> None:
    demo_server.faults.status_code = 401
    demo_server.faults.gateway_401 = True
    type_and_send(parley, "Say 'hello'")
    card = await reply_settled(parley)
    assert "did not accept the API key" in card.error_text()
    assert "the upstream provider rejected the key" in card.error_text()


async def test_prices_set_in_the_settings_price_the_replies(
    parley: AppParts, demo_server: DemoServer
) -> None:
    draft = SettingsDraft(profiles=[ProfileDraft("Local", demo_server.url)], active="Local")
    dialog = SettingsDialog(draft)
    table = dialog.prices_tab.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(rows["gpt-audio-1.5"], 4).text() == "64"  # audio out, published
    assert table.item(rows["gpt-audio-mini"], 4).text() == ""  # not published
    table.item(rows["gpt-audio-mini"], 4).setText("20")
    assert dialog.result_draft().prices == {"Local": {"gpt-audio-mini": {"audio_out": 20.0}}}
    dialog.deleteLater()
    parley.window.settings.prices = dialog.result_draft().prices
    parley.window.chat.controls.model.setCurrentText("gpt-audio-mini")
    type_and_send(parley, "Say 'priced at last'")
    card = await reply_settled(parley)
    assert card.cost_label.text().startswith("≈ $") and "unpriced" not in card.cost_label.text()
    assert "× $20/1M" in card.cost_label.toolTip()
