"""The model pickers offer the models that speak in a chat, out of whatever /models lists:
api.openai.com lists a hundred (embeddings, images, speech to text), a gateway its own names."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.chat.controls import ChatControls
from app.compare.form import AuditionForm

#: Part of what api.openai.com's /models lists, and what OpenRouter and DashScope name theirs.
LISTED = [
    "dall-e-3", "gpt-4o", "gpt-4o-audio-preview", "gpt-4o-mini-tts", "gpt-4o-realtime-preview",
    "gpt-4o-transcribe", "gpt-audio (shuts down 2027-01-20)", "gpt-audio-1.5", "gpt-audio-mini",
    "gpt-realtime-2.1", "openai/gpt-audio", "qwen3-omni-flash", "text-embedding-3-small",
    "whisper-1",
]  # fmt: skip
SPEAKING = [
    "gpt-4o-audio-preview", "gpt-audio (shuts down 2027-01-20)", "gpt-audio-1.5",
    "gpt-audio-mini", "openai/gpt-audio", "qwen3-omni-flash",
]  # fmt: skip


def test_the_chat_picker_offers_the_models_that_speak(qapp: QApplication) -> None:
    controls = ChatControls()
    controls.set_models(LISTED)
    offered = [controls.model.itemText(i) for i in range(controls.model.count())]
    assert offered == SPEAKING
    # An Azure resource names its deployments as it likes: nothing is hidden then.
    controls.set_models(["prod-voice", "staging-voice"])
    assert [controls.model.itemText(i) for i in range(controls.model.count())] == [
        "prod-voice",
        "staging-voice",
    ]


def test_the_compare_list_offers_the_same(qapp: QApplication) -> None:
    form = AuditionForm()
    form.set_models(LISTED)
    offered = [form.models.item(i).text() for i in range(form.models.count())]
    assert offered == SPEAKING
