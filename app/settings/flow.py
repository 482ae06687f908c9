"""Between the settings file, the keyring and the settings dialog: what the dialog starts from,
and storing what it returns. The window opens the dialog and applies the result to itself."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.servers import ServerSpec
from app.core.settings import Profile, Settings
from app.settings.dialog import ProfileDraft, SettingsDraft
from app.settings.keys import Keys


@dataclass
class Found:
    """What the dialog lists that must be looked up (devices, keyring): slow, off the UI thread."""

    output_devices: list[str]
    input_devices: list[str]
    key_location: str
    has_key: dict[str, bool]


def look_up(settings: Settings, keys: Keys) -> Found:
    """The audio devices and which profiles have a key (blocking: run it in a worker thread)."""
    from app.audio.devices import input_devices, output_devices

    try:
        outs = [d.name for d in output_devices()]
        ins = [d.name for d in input_devices()]
    except Exception:  # no sound system at all: the lists stay empty
        outs, ins = [], []
    has = {p.name: keys.has(p.name) for p in settings.profiles}
    return Found(outs, ins, keys.where(), has)


def draft_of(settings: Settings, found: Found) -> SettingsDraft:
    """The dialog's starting point: the saved settings and what was looked up."""
    s = settings
    return SettingsDraft(
        profiles=[
            ProfileDraft(p.name, p.base_url, found.has_key[p.name], server=p.server())
            for p in s.profiles
        ],
        active=s.active().name,
        output_device=s.output_device,
        input_device=s.input_device,
        max_recording_seconds=s.max_recording_seconds,
        theme=s.theme,
        language=s.language,
        model=s.model,
        voice=s.voice,
        format=s.format,
        stream=s.stream,
        autoplay=s.autoplay,
        send_with_ctrl_enter=s.send_with_ctrl_enter,
        output_devices=found.output_devices,
        input_devices=found.input_devices,
        key_location=found.key_location,
        prices=s.prices,
    )


def _profile(draft: ProfileDraft) -> Profile:
    spec = draft.server or ServerSpec(draft.base_url)
    return Profile(
        draft.name,
        draft.base_url,
        spec.kind,
        spec.deployment,
        spec.api_version,
        spec.replies_as_text,
    )


async def store_draft(settings: Settings, keys: Keys, draft: SettingsDraft) -> None:
    """Take the dialog's result into ``settings`` (in memory) and the keyring: typed keys are
    stored, removed ones and those of deleted profiles forgotten. Saving the file is the
    caller's (it reports a failure where the user sees it)."""
    s = settings
    old_names = {p.name for p in s.profiles}
    s.profiles = [_profile(p) for p in draft.profiles]
    s.active_profile = draft.active
    s.output_device, s.input_device = draft.output_device, draft.input_device
    s.max_recording_seconds = draft.max_recording_seconds
    s.theme = draft.theme  # type: ignore[assignment]
    s.language = draft.language
    s.model, s.voice, s.format = draft.model, draft.voice, draft.format
    s.stream, s.autoplay = draft.stream, draft.autoplay
    s.send_with_ctrl_enter = draft.send_with_ctrl_enter
    kept = {p.name for p in draft.profiles}
    s.prices = {name: models for name, models in draft.prices.items() if name in kept}
    for p in draft.profiles:
        if p.new_key:
            await keys.set(p.name, p.new_key)
        elif p.remove_key:
            await keys.forget(p.name)
    for gone in old_names - {p.name for p in draft.profiles}:
        await keys.forget(gone)
