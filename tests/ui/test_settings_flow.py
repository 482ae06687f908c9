"""The settings dialog's round trip through the OS keyring: what it starts from and what storing
its result does to the settings and the keys."""

from __future__ import annotations

import uuid

import pytest

from app.core.secrets import OSKeyStore
from app.core.settings import Profile, Settings
from app.settings.dialog import ProfileDraft
from app.settings.flow import draft_of, look_up, store_draft
from app.settings.keys import Keys

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture
def keys(os_keyring: None) -> Keys:
    said: list[str] = []
    return Keys(OSKeyStore(service=f"parley-test-{uuid.uuid4().hex[:8]}"), said.append)


async def test_the_dialog_starts_from_the_saved_settings_and_the_keyring(keys: Keys) -> None:
    settings = Settings(
        profiles=[
            Profile("Work", "https://api.openai.com/v1"),
            Profile("Home", "http://127.0.0.1:9/v1"),
        ],
        active_profile="Home",
        voice="sage",
        theme="dark",
    )
    await keys.set("Work", "sk-test-work-0123456789")
    draft = draft_of(settings, look_up(settings, keys))
    assert [(p.name, p.has_key) for p in draft.profiles] == [("Work", True), ("Home", False)]
    assert (draft.active, draft.voice, draft.theme) == ("Home", "sage", "dark")
    assert draft.key_location == keys.where() != "this session only (not saved)"
    await keys.forget("Work")


async def test_storing_the_result_keeps_typed_keys_and_forgets_removed_ones(keys: Keys) -> None:
    settings = Settings(
        profiles=[
            Profile("Work", "https://api.openai.com/v1"),
            Profile("Old", "https://x.test/v1"),
        ],
        active_profile="Work",
    )
    await keys.set("Work", "sk-test-work-0123456789")
    await keys.set("Old", "sk-test-old-0123456789")
    draft = draft_of(settings, look_up(settings, keys))
    draft.profiles = [
        ProfileDraft("Work", "https://api.openai.com/v1", has_key=True, remove_key=True),
        ProfileDraft("Gateway", "https://gw.test/v1", new_key="sk-test-gateway-0123456789"),
    ]
    draft.active, draft.voice, draft.stream = "Gateway", "verse", False

    await store_draft(settings, keys, draft)

    assert [(p.name, p.base_url) for p in settings.profiles] == [
        ("Work", "https://api.openai.com/v1"),
        ("Gateway", "https://gw.test/v1"),
    ]
    assert (settings.active_profile, settings.voice, settings.stream) == ("Gateway", "verse", False)
    assert await keys.get("Gateway") == "sk-test-gateway-0123456789"
    assert await keys.get("Work") is None  # removed in the dialog
    assert await keys.get("Old") is None  # its profile was deleted
    await keys.forget("Gateway")
